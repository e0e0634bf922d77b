"""Building blocks of dequant expressions, made of ordinary minic Tensor ops (views, casts, `where`,
integer division and remainder by constants), so every backend renders them with no format-specific code.

All helpers work on the block view of a weight: tensors [out, blocks, ...]."""
from __future__ import annotations

from collections.abc import Sequence

from minic.dtype import int32
from minic.tensor import Tensor


def idiv(x: Tensor, d: int) -> Tensor:
    """x // d for a non-negative integer tensor (a power of two becomes a shift): the IR's integer division
    `idiv` (C's truncating division on every backend). Not `div`, which is true division (numpy's divide, what
    `/` means) and which a kernel's name reads as a mean."""
    return x._binary("idiv", d)


def imod(x: Tensor, d: int) -> Tensor:
    """x % d for a non-negative integer tensor (the IR's `mod`; a power of two becomes a mask)."""
    return x._binary("mod", d)


def field(x: Tensor, shift: int, bits: int) -> Tensor:
    """Bits [shift, shift + bits) of each unsigned byte of x."""
    y = idiv(x, 1 << shift) if shift else x
    return imod(y, 1 << bits) if shift + bits < 8 else y


def spread(x: Tensor, width: int) -> Tensor:
    """[out, blocks, s] (or [out, blocks]: s = 1) -> [out, blocks, width]: each value covers width // s
    consecutive elements (a per-block or per-sub-block scale laid over its elements)."""
    if x.ndim == 2:
        x = x.reshape(*x.shape, 1)
    out, blocks, s = x.shape
    return x.reshape(out, blocks, s, 1).expand(out, blocks, s, width // s).reshape(out, blocks, width)


def unpack(x: Tensor, bits: int) -> Tensor:
    """Packed codes [..., n] uint8 -> [..., n * 8 // bits]: byte t holds elements t, t + n, t + 2n, ... in its
    low bits first (GGUF's order: a run of consecutive elements is one bit field of consecutive bytes, so the
    bytes of a block are read with contiguous loads whatever the element)."""
    planes = 8 // bits
    n = x.shape[-1]
    lead = tuple(x.shape[:-1])
    wide = x.reshape(*lead, 1, n).expand(*lead, planes, n)
    plane = Tensor.arange(planes, device=x.device).reshape(*((1,) * len(lead)), planes, 1)
    out = field(wide, bits * (planes - 1), bits)
    for p in reversed(range(planes - 1)):  # a select per plane: constant inside a block's inner loop
        out = (plane == p).where(field(wide, bits * p, bits), out)
    return out.reshape(*lead, planes * n)


def bits_of(x: Tensor) -> Tensor:
    """Bits [..., n] uint8 -> [..., 8 n] int32 0 or 1: element i is bit i % 8 of byte i // 8 (a little-endian bit
    string: GGUF's Q5_0 fifth bits). Element t of each run of 16 is bit t of the run's 16-bit word w, computed
    as (w * 2^(15 - t) mod 2^16) // 2^15 with 2^(15 - t) built from t's bits: integer ops on constants that a CPU's
    vector loop over t folds into one constant vector, so a run is one multiply, mask and shift in 16 lanes (a
    shift of each byte by t % 8 would make runs of 1 or 4 lanes)."""
    *lead, n = x.shape
    if n % 2:
        raise ValueError(f"bits_of reads 16-bit words: the last dim must be even, got {n}")
    b = x.cast(int32).reshape(*lead, n // 2, 2)
    words = b[..., 0] + b[..., 1] * 256
    u = 15 - Tensor.arange(16, device=x.device)

    def bit(k: int) -> Tensor:  # bit k of u
        return imod(idiv(u, 1 << k), 2)
    power = (bit(0) + 1) * (bit(1) * 3 + 1) * (bit(2) * 15 + 1) * (bit(3) * 255 + 1)  # 2^u, from u's bits
    wide = words.reshape(*lead, n // 2, 1).expand(*lead, n // 2, 16) * power.reshape(*((1,) * len(lead)), 1, 16)
    return idiv(imod(wide, 1 << 16), 1 << 15).reshape(*lead, 8 * n)


def lookup(code: Tensor, table: Sequence[float]) -> Tensor:
    """table[code] for small non-negative integer codes, as a tree of selects on constants (a codebook: NF4, IQ4).
    With a power-of-two table each level of the tree tests one bit of the code, the same test at every node of the
    level: log2(n) tests for the n - 1 selects, where comparing with each node's midpoint took n - 1."""
    n = len(table)
    levels = n.bit_length() - 1
    if n != 1 << levels:
        raise ValueError(f"lookup takes a table of a power of two entries, got {n}")
    low = [imod(idiv(code, 1 << k), 2) == 0 for k in range(levels)]  # bit k of the code is 0

    def pick(lo: int, level: int):
        if level < 0:
            return float(table[lo])
        return low[level].where(pick(lo, level - 1), pick(lo + (1 << level), level - 1))
    return pick(0, levels - 1)
