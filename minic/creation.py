"""Making tensors from nothing: constants, ranges, uninitialised buffers, random data.

A constant or a range is a graph node (CONST, INDEX), not memory: `Tensor.zeros(n, 768)`
costs nothing until a kernel reads it, and fuses into that kernel. Installed as
Tensor's static methods (`Tensor.zeros(...)`) when `minic` is imported.
"""
from __future__ import annotations

import math

import numpy as np

from minic import dtype as dt
from minic.binding import shape_arg
from minic.dtype import to_dtype
from minic.errors import ShapeError
from minic.ir.node import Node
from minic.ir.symbolic import Sint, bounds, sdiv
from minic.ir.view import prod
from minic.runtime.buffer import Buffer
from minic.runtime.registry import canonical, default_device
from minic.tensor import Scalar, Tensor, _py

_rng = np.random.default_rng(0)


def manual_seed(seed: int) -> None:
    """Seed Tensor.rand / Tensor.randn."""
    global _rng
    _rng = np.random.default_rng(seed)


def full(shape, value: Scalar, dtype=None, device: str | None = None) -> Tensor:
    shape = shape_arg(shape)
    d = to_dtype(dtype) if dtype is not None else (dt.bool_ if isinstance(value, bool) else
                                                    dt.default_int if isinstance(value, int) else dt.default_float)
    dev = canonical(device) if device else default_device()
    return Tensor._of(Node("CONST", (), _py(value, d), d, shape), {}, dev)


def zeros(*shape, dtype=None, device: str | None = None) -> Tensor:
    return full(shape, 0.0, dtype or dt.default_float, device)


def ones(*shape, dtype=None, device: str | None = None) -> Tensor:
    return full(shape, 1.0, dtype or dt.default_float, device)


def empty(*shape, dtype=None, device: str | None = None) -> Tensor:
    shape = shape_arg(shape)
    d = to_dtype(dtype or dt.default_float)
    dev = canonical(device) if device else default_device()
    size = prod(bounds(s)[1] if not isinstance(s, int) else s for s in shape)
    return Tensor._of(Node("BUFFER", (), Buffer(dev, max(size, 1), d), d, shape), {}, dev)


def arange(start: Sint, stop: Sint | None = None, step: int = 1, dtype=None,
           device: str | None = None) -> Tensor:
    if stop is None:
        start, stop = 0, start
    floaty = any(isinstance(x, float) for x in (start, stop, step))
    if step == 0:
        raise ShapeError("arange step must not be zero")
    if floaty:
        n = max(math.ceil((stop - start) / step), 0)
    else:
        n = sdiv(stop - start + step - 1, step) if step > 0 else sdiv(start - stop - step - 1, -step)
        n = max(n, 0) if isinstance(n, int) else n  # an empty range, as numpy's (a symbolic one is the caller's)
    d = to_dtype(dtype) if dtype else (dt.default_float if floaty else dt.default_int)
    dev = canonical(device) if device else default_device()
    idx = Tensor._of(Node("INDEX", (), 0, dt.int32, (n,)), {}, dev)
    if floaty:
        idx = idx.cast(d)
    out = idx * step + start if (step != 1 or start != 0) else idx
    return out.cast(d)


def rand(*shape, dtype=None, device: str | None = None) -> Tensor:
    return Tensor(_rng.random(shape_arg(shape), dtype=np.float32), dtype=dtype or dt.float32, device=device)


def randn(*shape, dtype=None, device: str | None = None) -> Tensor:
    return Tensor(_rng.standard_normal(shape_arg(shape), dtype=np.float32), dtype=dtype or dt.float32,
                  device=device)


for _fn in (full, zeros, ones, empty, arange, rand, randn):
    setattr(Tensor, _fn.__name__, staticmethod(_fn))
