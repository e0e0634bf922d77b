"""What a quantization format is: named storage parts per block, a numpy quantizer and reference, and the
dequant expression in minic Tensor ops."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from minic.errors import MinicError, ShapeError


@dataclass(frozen=True)
class Part:
    """One stored array of a format: `per_block` values of `dtype` (a numpy dtype name) per block; a 0 in
    `per_block` stands for the block size (formats whose block is a whole row)."""
    name: str
    dtype: str
    per_block: tuple = ()

    def shape(self, block: int) -> tuple:
        return tuple(block if s == 0 else s for s in self.per_block)

    def block_bytes(self, block: int = 0) -> int:
        return int(np.prod(self.shape(block), dtype=np.int64)) * np.dtype(self.dtype).itemsize


class Format:
    """A quantization format. Subclasses set `name`, `block` (elements per block along the input dim; 0: the
    whole row, one block per output channel), `parts`, and write `quantize_blocks`, `reference_blocks` (numpy)
    and `expr` (minic). All three see the weight as blocks: a [out, blocks, block] array of values, and every
    part as [out, blocks, *per_block]."""
    name = "format"
    block = 32
    parts: tuple = ()
    gguf_type = None  # a gguf.GGMLQuantizationType when GGUF has this layout natively
    description = ""

    # --- what a subclass writes -----------------------------------------------------------------
    def quantize_blocks(self, x: np.ndarray) -> dict:
        """float32 [out, blocks, block] -> {part name: array [out, blocks, *per_block]}."""
        raise NotImplementedError

    def reference_blocks(self, p: dict) -> np.ndarray:
        """The numpy dequantization: parts -> float32 [out, blocks, block]."""
        raise NotImplementedError

    def expr(self, p: dict):
        """The dequantization in minic: parts as Tensors -> a float32 Tensor [out, blocks, block]."""
        raise NotImplementedError

    # --- shared --------------------------------------------------------------------------------
    def block_size(self, cols: int) -> int:
        return cols if self.block == 0 else self.block

    def check_shape(self, shape: tuple) -> tuple:
        """(out, blocks) of a weight of `shape`; a clear error when the format cannot hold it."""
        if len(shape) != 2:
            raise ShapeError(f"{self.name}: a weight is a 2-D [out, in] matrix, got shape {tuple(shape)}")
        out, cols = (int(s) for s in shape)
        b = self.block_size(cols)
        if cols <= 0 or cols % b:
            raise ShapeError(f"{self.name}: the input dim of a [{out}, {cols}] weight must be a multiple of the "
                             f"block size {b}, got {cols} ({cols % b} left over)")
        return out, cols // b

    def quantize(self, w: np.ndarray) -> dict:
        """float [out, in] -> parts (numpy)."""
        out, blocks = self.check_shape(w.shape)
        x = np.ascontiguousarray(w, dtype=np.float32).reshape(out, blocks, -1)
        parts = self.quantize_blocks(x)
        self.check_parts(parts, (out, blocks), x.shape[-1])
        return parts

    def reference(self, parts: dict) -> np.ndarray:
        """The numpy dequantization of `parts`: float32 [out, in]."""
        x = self.reference_blocks(parts)
        return x.reshape(x.shape[0], -1).astype(np.float32, copy=False)

    def check_parts(self, parts: dict, lead: tuple, block: int) -> None:
        """Every part present with its dtype and shape [*lead, *per_block] (`block`: this weight's block size)."""
        for part in self.parts:
            if part.name not in parts:
                raise MinicError(f"{self.name}: part {part.name!r} is missing (have {sorted(parts)})")
            a = parts[part.name]
            want = tuple(lead) + part.shape(block)
            if a.shape != want or a.dtype != np.dtype(part.dtype):
                raise MinicError(f"{self.name}: part {part.name!r} should be {part.dtype}{list(want)}, "
                                 f"got {a.dtype}{list(a.shape)}")

    def bits_per_weight(self, cols: int = 4096) -> float:
        block = self.block_size(cols)
        return 8 * sum(p.block_bytes(block) for p in self.parts) / block

    def __repr__(self) -> str:
        return f"<quant format {self.name}: blocks of {self.block or 'a row'}, {self.bits_per_weight():.2f} bits>"


FORMATS: dict = {}


def register(fmt: Format) -> Format:
    """Make a format known by name (to `quantize`, `minic quantize --format` and GGUF loading)."""
    FORMATS[fmt.name] = fmt
    return fmt


def get_format(fmt) -> Format:
    if isinstance(fmt, Format):
        return fmt
    if fmt not in FORMATS:
        raise MinicError(f"unknown quantization format {fmt!r}: expected one of {', '.join(FORMATS)}")
    return FORMATS[fmt]
