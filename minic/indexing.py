"""Indexing and joining: `x[key]`, gathers, cat/stack/split/chunk, triangles.

Every one of them only builds views (shrink, step, pad, reshape) or a GATHER
node, so they cost nothing until a kernel reads them. They are functions of a
Tensor, installed as its methods at the bottom (`x[1:3]`, `x.split(2)`), and
kept apart from minic/tensor.py so the Tensor core stays a page to read.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from minic import dtype as dt
from minic.binding import check_in, fmt_shape, slice_bounds
from minic.errors import IndexOutOfRange, ShapeError
from minic.ir.node import Node
from minic.ir.symbolic import Expr, sdiv
from minic.tensor import Tensor, _norm_axis, _same


def getitem(x: Tensor, key) -> Tensor:
    """x[key]: ints, slices (steps too), None, Ellipsis, Vars and Var expressions, or an integer Tensor (a gather)."""
    if isinstance(key, Tensor):
        return gather(x, key)
    if not isinstance(key, tuple):
        key = (key,)
    if sum(1 for k in key if k is Ellipsis) > 1:  # identity: `==` on a Tensor key is elementwise
        raise IndexOutOfRange("an index can only have a single ellipsis")
    n_real = sum(1 for k in key if k is not None and k is not Ellipsis)
    if n_real > x.ndim:
        raise IndexOutOfRange(f"too many indices: tensor has {x.ndim} dims, index has {n_real}")
    if any(k is Ellipsis for k in key):
        i = next(j for j, k in enumerate(key) if k is Ellipsis)
        key = key[:i] + (slice(None),) * (x.ndim - n_real) + key[i + 1:]
    else:
        key = key + (slice(None),) * (x.ndim - n_real)
    shrink, steps, out_shape, dim = [], [], [], 0
    squeeze, insert = [], []
    for k in key:
        if k is None:
            insert.append(len(out_shape))
            out_shape.append(1)
            continue
        size = x.shape[dim]
        if isinstance(k, (int, np.integer)) and not isinstance(k, bool):
            k = int(k)
            if isinstance(size, int) and not -size <= k < size:
                raise IndexOutOfRange(f"index {k} is out of range for dim {dim} of size {size}")
            if not isinstance(size, int) and k < 0:
                raise IndexOutOfRange(f"negative index {k} into symbolic dim {size}")
            b = k % size if isinstance(size, int) else k
            shrink.append((b, b + 1))
            steps.append(1)
            squeeze.append(len(out_shape))
            out_shape.append(1)
        elif isinstance(k, Expr):
            check_in(k, 0, size, f"index {k} for dim {dim} of size {size}", upper_inclusive=False)
            shrink.append((k, k + 1))
            steps.append(1)
            squeeze.append(len(out_shape))
            out_shape.append(1)
        elif isinstance(k, slice):
            b, e, st = slice_bounds(k, size, dim)
            shrink.append((b, e))
            steps.append(st)
            out_shape.append(e - b if st == 1 else sdiv(e - b + st - 1, st))
        else:
            raise IndexOutOfRange(f"unsupported index {k!r} ({type(k).__name__})")
        dim += 1
    x = x.shrink(shrink)
    if any(s != 1 for s in steps):
        x = x._view("step", tuple(steps), tuple(s if st == 1 else sdiv(s + st - 1, st)
                                                for s, st in zip(x.shape, steps)))
    # x has one dim per real index: drop the integer-indexed ones, add the None ones
    target = [s for i, s in enumerate(out_shape) if i not in squeeze]
    return x.reshape(*target) if tuple(target) != x.shape else x

def gather(x: Tensor, ids: Tensor) -> Tensor:
    """x[ids] for an integer tensor: rows of x picked by ids (an embedding lookup)."""
    if ids.dtype.is_float or ids.dtype == dt.bool_:
        raise dt.DTypeError(f"index tensors must be integers, got {ids.dtype.name}")
    table = x.realize() if x.node.op not in ("BUFFER",) else x
    if table.node.op != "BUFFER":
        table = x.contiguous().realize()
    shape = ids.shape + table.shape[1:]
    node = Node("GATHER", (table.node, ids.cast(dt.int32).node), None, table.dtype, shape)
    return table._new(node, ids)


def split(x: Tensor, sizes, axis: int = 0) -> list:
    ax = _norm_axis(axis, x.ndim)
    total = x.shape[ax]
    if isinstance(sizes, int):
        if sizes < 1:
            raise ShapeError(f"split size must be a positive integer, got {sizes}")
        if not isinstance(total, int):
            raise ShapeError(f"split of symbolic dim {total} needs explicit sizes")
        sizes = [sizes] * (total // sizes) + ([total % sizes] if total % sizes else [])
    if not sum(sizes) == total:
        raise ShapeError(f"split sizes {list(sizes)} do not add up to dim {ax} of size {total}")
    out, start = [], 0
    for s in sizes:
        arg = [None] * x.ndim
        arg[ax] = (start, start + s)
        out.append(x.shrink(arg))
        start = start + s
    return out

def chunk(x: Tensor, n: int, axis: int = 0) -> list:
    if not isinstance(n, int) or n < 1:
        raise ShapeError(f"chunk count must be a positive integer, got {n!r}")
    size = x.shape[_norm_axis(axis, x.ndim)]
    if not isinstance(size, int):  # how many chunks a symbolic dim makes depends on its value
        raise ShapeError(f"chunk of symbolic dim {size} into {n}: the chunk count varies with its value; use split "
                         f"with explicit sizes")
    return x.split(-(-size // n), axis)

def _tri(x: Tensor, k: int, upper: bool) -> Tensor:
    if x.ndim < 2:
        raise ShapeError(f"triu/tril need at least 2 dims, got {fmt_shape(x.shape)}")
    row = Tensor._of(Node("INDEX", (), x.ndim - 2, dt.int32, x.shape), {}, x.device)
    col = Tensor._of(Node("INDEX", (), x.ndim - 1, dt.int32, x.shape), {}, x.device)
    keep = (col - row >= k) if upper else (col - row <= k)
    return keep.where(x, x._const_like(0, x.dtype))

def triu(x: Tensor, k: int = 0) -> Tensor:
    return _tri(x, k, True)

def tril(x: Tensor, k: int = 0) -> Tensor:
    return _tri(x, k, False)


def cat(tensors: Sequence[Tensor], axis: int = 0) -> Tensor:
    """Concatenate along `axis`: each piece is padded to the full size and the pieces summed."""
    if not tensors:
        raise ShapeError("cat needs at least one tensor")
    first = tensors[0]
    ax = _norm_axis(axis, first.ndim)
    d = tensors[0].dtype
    for t in tensors[1:]:
        d = dt.promote(d, t.dtype)
        if t.ndim != first.ndim or any(not _same(a, b) for i, (a, b) in enumerate(zip(t.shape, first.shape))
                                       if i != ax):
            raise ShapeError(f"cat along dim {ax}: shapes {fmt_shape(first.shape)} and {fmt_shape(t.shape)} differ "
                             f"outside that dim")
    total = sum((t.shape[ax] for t in tensors[1:]), tensors[0].shape[ax])
    out, start = None, 0
    for t in tensors:
        pads = [(0, 0)] * t.ndim
        pads[ax] = (start, total - start - t.shape[ax])
        piece = t.cast(d if d != dt.bool_ else dt.int32).pad(pads)
        out = piece if out is None else out + piece
        start = start + t.shape[ax]
    return out.cast(d)


def stack(tensors: Sequence[Tensor], axis: int = 0) -> Tensor:
    """Join along a new dim `axis`."""
    return cat([t.unsqueeze(axis) for t in tensors], axis)


def _cat_method(x: Tensor, *others: Tensor, axis: int = 0) -> Tensor:
    return cat([x, *others], axis)


Tensor.__getitem__ = getitem
Tensor._gather = gather
Tensor.cat = _cat_method
Tensor.split = split
Tensor.chunk = chunk
Tensor.triu = triu
Tensor.tril = tril
