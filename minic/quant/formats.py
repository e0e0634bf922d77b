"""Formats outside GGUF's block types: int8 per output channel, int4 group-wise asymmetric (AWQ / GPTQ / MLC
q4f16 scheme), NF4 (QLoRA), and plain float32 / float16 tensors so every weight of a file loads one way.

These are stored in a GGUF file as one tensor per part (see minic/quant/gguf_io.py)."""
from __future__ import annotations

import numpy as np

from minic.quant.format import Format, Part, register
from minic.quant.ggml_types import GGMLType
from minic.quant.gguf_formats import inverse, nearest, pack_planes, round_away, unpack_planes
from minic.quant.ops import lookup, spread, unpack


class Int8(Format):
    name, block = "int8", 0
    parts = (Part("q", "int8", (0,)), Part("scale", "float32"))
    description = "8-bit codes, one float32 scale per output channel (symmetric)"

    def quantize_blocks(self, x):
        scale = np.abs(x).max(-1) / 127
        return {"q": round_away(x * inverse(scale)[..., None]).astype(np.int8), "scale": scale.astype(np.float32)}

    def reference_blocks(self, p):
        return p["q"].astype(np.float32) * p["scale"][..., None]

    def expr(self, p):
        return p["q"].float() * spread(p["scale"], p["q"].shape[-1])


class GroupInt4(Format):
    """int4 group-wise asymmetric: (q - zero) * scale per group of `block`, float16 scales, integer zero points.
    Nibble order: byte t of a group holds elements t and t + block / 2 (as GGUF's Q4 types), so a group's codes
    are read with contiguous loads; AWQ / GPTQ checkpoints (8 adjacent codes per int32) are repacked on import."""

    def __init__(self, group: int):
        if group <= 0 or group % 2:
            raise ValueError(f"q4g groups hold two codes per byte: the group size must be even and positive, "
                             f"got {group}")
        self.name, self.block = f"q4g{group}", group
        self.parts = (Part("qs", "uint8", (group // 2,)), Part("scale", "float16"), Part("zero", "uint8"))
        self.description = f"int4 group-wise asymmetric, groups of {group}, float16 scales, uint8 zero points"

    def quantize_blocks(self, x):
        lo, hi = np.minimum(x.min(-1), 0), np.maximum(x.max(-1), 0)
        scale = ((hi - lo) / 15).astype(np.float16)
        inv = inverse(scale.astype(np.float32))[..., None]
        zero = np.clip(round_away(-lo * inv[..., 0]), 0, 15)
        q = np.clip(round_away(x * inv) + zero[..., None], 0, 15).astype(np.uint8)
        return {"qs": pack_planes(q, 4), "scale": scale, "zero": zero.astype(np.uint8)}

    def reference_blocks(self, p):
        q = unpack_planes(p["qs"], 4).astype(np.float32) - p["zero"].astype(np.float32)[..., None]
        return q * p["scale"].astype(np.float32)[..., None]

    def expr(self, p):
        """q * scale - zero * scale: equal bit for bit to (q - zero) * scale (4-bit codes, 8-bit zeros and a
        float16 scale: every product and the difference are exact in float32; a code equal to its zero under a
        negative scale gives +0 instead of -0), and one multiply-add a weight in the K loop instead of a
        subtraction and a multiply (zero * scale is one per group)."""
        scale = spread(p["scale"].float(), self.block)
        return unpack(p["qs"], 4).float() * scale - spread(p["zero"].float(), self.block) * scale


# QLoRA's NormalFloat4: quantiles of N(0, 1) scaled to [-1, 1], with an exact 0 (Dettmers et al. 2023, appendix E)
NF4_TABLE = (-1.0, -0.6961928009986877, -0.5250730514526367, -0.39491748809814453, -0.28444138169288635,
             -0.18477343022823334, -0.09105003625154495, 0.0, 0.07958029955625534, 0.16093020141124725,
             0.24611230194568634, 0.33791524171829224, 0.44070982933044434, 0.5626170039176941,
             0.7229568362236023, 1.0)


class NF4(Format):
    name, block = "nf4", 64
    parts = (Part("qs", "uint8", (32,)), Part("absmax", "float32"))
    description = "4-bit NormalFloat codebook (QLoRA), blocks of 64, float32 absmax"
    table = np.array(NF4_TABLE, dtype=np.float32)

    def quantize_blocks(self, x):
        absmax = np.abs(x).max(-1)
        y = x * inverse(absmax)[..., None]
        q = nearest(y, self.table)
        return {"qs": pack_planes(q, 4), "absmax": absmax.astype(np.float32)}

    def reference_blocks(self, p):
        return self.table[unpack_planes(p["qs"], 4)] * p["absmax"][..., None]

    def expr(self, p):
        return lookup(unpack(p["qs"], 4), NF4_TABLE) * spread(p["absmax"], self.block)


class Plain(Format):
    """A float tensor kept as it is (GGUF's F32 / F16 types): dequant is a cast."""
    block = 0

    def __init__(self, name: str, dtype: str, gguf_type):
        self.name, self.dtype, self.gguf_type = name, dtype, gguf_type
        self.parts = (Part("w", dtype, (0,)),)
        self.description = f"plain {dtype}"

    def quantize_blocks(self, x):
        return {"w": x.astype(self.dtype)}

    def reference_blocks(self, p):
        return p["w"].astype(np.float32)

    def expr(self, p):
        return p["w"].float()


for _f in (Int8(), GroupInt4(32), GroupInt4(128), NF4(), Plain("f32", "float32", GGMLType.F32),
           Plain("f16", "float16", GGMLType.F16)):
    register(_f)
