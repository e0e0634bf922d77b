"""A quantized weight on a device: its format, logical shape and stored parts, dequantized lazily."""
from __future__ import annotations

import numpy as np

from minic.errors import ShapeError
from minic.quant.format import Format, Part, get_format
from minic.tensor import Tensor


class QuantizedWeight:
    """A [out, in] weight stored in `format`. `dequant()` is a lazy float32 Tensor: used in `x @ w.dequant().T`
    it is the matmul's prologue, so the kernel reads the packed parts and never writes dequantized weights."""

    def __init__(self, fmt: Format | str, shape: tuple, parts: dict, device: str | None = None):
        self.format = get_format(fmt)
        out, blocks = self.format.check_shape(shape)
        self.shape = (int(shape[0]), int(shape[1]))
        self.format.check_parts(parts, (out, blocks), self.format.block_size(self.shape[1]))
        widen = _widens_scales(device)
        self.parts = {p.name: Tensor(_stored(np.ascontiguousarray(parts[p.name]), p, widen), device=device)
                      for p in self.format.parts}

    @property
    def device(self) -> str:
        return next(iter(self.parts.values())).device

    @property
    def nbytes(self) -> int:
        return sum(int(np.prod(t.shape)) * t.dtype.itemsize for t in self.parts.values())

    def dequant(self) -> Tensor:
        return self.format.expr(self.parts).reshape(*self.shape)

    def rows(self, ids: Tensor) -> Tensor:
        """Dequantized rows `ids` [...] -> [..., in] (an embedding lookup): only the picked rows' blocks are read."""
        picked = {name: t[ids] for name, t in self.parts.items()}
        lead = tuple(ids.shape)
        flat = {name: t.reshape(-1, *t.shape[len(lead):]) for name, t in picked.items()}
        return self.format.expr(flat).reshape(*lead, self.shape[1])

    def split_rows(self, sizes) -> list[QuantizedWeight]:
        """The weight cut by output rows into pieces of `sizes` rows (a fused q/k/v matrix into q, k and v):
        rows are independent in every format, so each piece keeps its packed blocks as they are."""
        if sum(sizes) != self.shape[0] or min(sizes) <= 0:
            raise ShapeError(f"split_rows: sizes {list(sizes)} do not split the {self.shape[0]} rows of "
                             f"{self.format.name} weight {list(self.shape)}")
        parts, begin, out = self.parts_numpy(), 0, []
        for n in sizes:
            out.append(QuantizedWeight(self.format, (n, self.shape[1]),
                                       {k: v[begin:begin + n] for k, v in parts.items()}, self.device))
            begin += n
        return out

    @staticmethod
    def cat_rows(weights: list[QuantizedWeight]) -> QuantizedWeight:
        """One weight holding `weights`' rows in order (q, k and v as one fused matrix), the reverse of split_rows:
        they must share a format and an input width, and keep their packed blocks as they are."""
        if not weights:
            raise ShapeError("cat_rows: no weights to join")
        first = weights[0]
        for w in weights[1:]:
            if w.format.name != first.format.name or w.shape[1] != first.shape[1] or w.device != first.device:
                raise ShapeError(f"cat_rows: {first!r} and {w!r} differ in format, input width or device")
        parts = [w.parts_numpy() for w in weights]
        return QuantizedWeight(first.format, (sum(w.shape[0] for w in weights), first.shape[1]),
                               {name: np.concatenate([p[name] for p in parts]) for name in parts[0]}, first.device)

    def parts_numpy(self) -> dict:
        """The parts in the format's own dtypes (scales a CPU holds widened come back as float16, exactly)."""
        return {p.name: self.parts[p.name].numpy().astype(p.dtype, copy=False) for p in self.format.parts}

    def numpy(self) -> np.ndarray:
        """The numpy reference dequantization (float32 [out, in])."""
        return self.format.reference(self.parts_numpy())

    def __repr__(self) -> str:
        return (f"<QuantizedWeight {self.format.name} {list(self.shape)} on {self.device}: "
                f"{self.nbytes / 2**20:.2f} MiB>")


def _widens_scales(device: str | None) -> bool:
    """A CPU holds float16 scales as float32: its GEMV then broadcasts each block's scale straight from memory
    instead of converting it (on AVX2 a 16-bit insert, a conversion and a broadcast per block, and registers that
    spill); +2 bytes per scale (Q4_1: 24 instead of 20 bytes per 32 weights) on a machine that is compute-bound
    here. A GPU keeps them narrow (memory-bound: every byte counts). bench/README.md has the numbers."""
    from minic.runtime.registry import CPU_DEVICES, canonical, default_device
    return (canonical(device) if device else default_device()) in CPU_DEVICES


def _stored(a: np.ndarray, part: Part, widen: bool) -> np.ndarray:
    """A part as the device holds it: a float16 scale (one value per block) as float32 when `widen` (exact)."""
    return a.astype(np.float32) if widen and a.dtype == np.float16 and not part.per_block else a


def quantize(w: np.ndarray, fmt: Format | str, device: str | None = None) -> QuantizedWeight:
    """Quantize a numpy [out, in] weight with the format's numpy quantizer."""
    f = get_format(fmt)
    w = np.asarray(w, dtype=np.float32)
    return QuantizedWeight(f, w.shape, f.quantize(w), device)


def linear(x: Tensor, w: QuantizedWeight | Tensor, bias: Tensor | None = None) -> Tensor:
    """x @ w.T (+ bias) for a weight w [out, in], quantized or not; with a QuantizedWeight this is one kernel
    that reads the packed weight. The dequantized weight takes x's dtype, as a float weight of x's dtype would:
    a float16 model's activations stay float16 into and out of every product (its kernels accumulate in float32
    all the same), so that a cast never sits between a product and what reads it (RoPE's copies, the attention
    output a projection reads)."""
    weight = w.dequant() if isinstance(w, QuantizedWeight) else w
    if isinstance(w, QuantizedWeight) and x.dtype.is_float and weight.dtype != x.dtype:
        weight = weight.cast(x.dtype)
    if x.shape[-1] != weight.shape[1]:
        raise ShapeError(f"linear: input {list(x.shape)} has {x.shape[-1]} features, the weight [out, in] = "
                         f"{list(weight.shape)} expects {weight.shape[1]}")
    out = x @ weight.T
    return out + bias if bias is not None else out
