"""GGUF's 2- and 3-bit K-quants (Q2_K, Q3_K) and its non-linear 4-bit types (IQ4_NL, IQ4_XS).

These are what Q2_K, Q3_K_S/M/L and IQ4_XS files hold (the formats people pick to fit a large model in little
memory). Kept packed, their matrices read 2.6-4.6 bits a weight where a float32 copy reads 32.

  * Q2_K: super-blocks of 256 in 16 sub-blocks of 16, each with a 4-bit scale and a 4-bit min (one byte, kept as
    GGUF stores it): d * sc * q - dmin * m, q in 0..3.
  * Q3_K: super-blocks of 256 in 16 sub-blocks of 16 with signed 6-bit scales: d * sc * q, q in -4..3 from two
    low bits and a high bit kept apart (GGUF's `hmask`: the code is 4 lower when that bit is 0). GGUF packs the
    16 scales into 12 bytes; minic keeps them one int8 each (half a bit more a weight) for plain byte loads.
  * IQ4_NL: blocks of 32, one float16 scale, 4-bit codes that index llama.cpp's 16-value table (denser near 0).
  * IQ4_XS: IQ4_NL's table in super-blocks of 256 with a signed 6-bit scale per 32 (kept one int8 each, as Q3_K's).

Every product of codes and scales is exact in float32 (at most 23 significant bits: a float16 scale, a 6-bit
scale, a table value of 7 bits), so the dequant equals gguf's bit for bit under any FMA contraction or
reassociation (see minic/quant/__init__.py)."""
from __future__ import annotations

import numpy as np

from minic.dtype import int8
from minic.quant.format import Part, register
from minic.quant.ggml_types import GGMLType
from minic.quant.gguf_formats import (
    GGUFFormat,
    extreme,
    inverse,
    nearest,
    pack_planes,
    round_away,
    sub_block_scales,
    unpack_planes,
)
from minic.quant.ops import field, lookup, spread, unpack

# IQ4's 16 code values (part of the GGUF file format, as the NF4 table is of QLoRA's)
IQ4_VALUES = (-127, -104, -83, -65, -49, -35, -22, -10, 1, 13, 25, 38, 53, 69, 89, 113)


def signed_scales(s: np.ndarray, top: int) -> tuple[np.ndarray, np.ndarray]:
    """Signed integer scales (-top..top) of the sub-block values `s` [..., n] relative to the float16 super-block
    scale d = max |s| / top."""
    d16 = (np.abs(s).max(-1) / top).astype(np.float16)
    q = np.clip(round_away(s * inverse(d16.astype(np.float32))[..., None]), -top, top)
    return d16, q.astype(np.int8)


def nearest_iq4(y: np.ndarray) -> np.ndarray:
    """The index of the IQ4 table value nearest each of `y` (values already divided by their scale)."""
    return nearest(y, np.array(IQ4_VALUES, dtype=np.float32))


def six_bit_scales(u: np.ndarray) -> np.ndarray:
    """Unsigned 6-bit scales 0..63 -> minic's int8 scales (GGUF stores scale + 32)."""
    return (u.astype(np.int16) - 32).astype(np.int8)


class Q2_K(GGUFFormat):
    name, block, gguf_type = "q2_k", 256, GGMLType.Q2_K
    parts = (Part("scales", "uint8", (16,)), Part("qs", "uint8", (2, 32)), Part("d", "float16"),
             Part("dmin", "float16"))
    gguf_order = ("scales", "qs", "d", "dmin")
    description = "2-bit codes in 16 sub-blocks of 16 with 4-bit scales and mins: d*sc*q - dmin*m"

    def quantize_blocks(self, x):
        sub = x.reshape(*x.shape[:2], 16, 16)
        lo = np.minimum(sub.min(-1), 0)
        d, sc = sub_block_scales((sub.max(-1) - lo) / 3, 15)
        dmin, m = sub_block_scales(-lo, 15)
        step = (d.astype(np.float32)[..., None] * sc)[..., None]
        shift = (dmin.astype(np.float32)[..., None] * m)[..., None]
        q = np.clip(round_away((sub + shift) * inverse(step)), 0, 3).astype(np.uint8)
        return {"scales": (sc | (m << 4)).astype(np.uint8), "qs": pack_planes(q.reshape(*x.shape[:2], 2, 128), 2),
                "d": d, "dmin": dmin}

    def reference_blocks(self, p):
        lead = p["d"].shape
        step = p["d"].astype(np.float32)[..., None] * (p["scales"] & 0x0F).astype(np.float32)
        shift = p["dmin"].astype(np.float32)[..., None] * (p["scales"] >> 4).astype(np.float32)
        q = unpack_planes(p["qs"], 2).reshape(*lead, 16, 16).astype(np.float32)
        return (step[..., None] * q - shift[..., None]).reshape(*lead, 256)

    def expr(self, p):
        out, blocks = p["d"].shape
        q = unpack(p["qs"], 2).reshape(out, blocks, 256).float()
        step = p["d"].float().reshape(out, blocks, 1) * field(p["scales"], 0, 4).float()
        shift = p["dmin"].float().reshape(out, blocks, 1) * field(p["scales"], 4, 4).float()
        return spread(step, 256) * q - spread(shift, 256)


class Q3_K(GGUFFormat):
    name, block, gguf_type = "q3_k", 256, GGMLType.Q3_K
    parts = (Part("hmask", "uint8", (32,)), Part("qs", "uint8", (2, 32)), Part("sc", "int8", (16,)),
             Part("d", "float16"))
    gguf_order = ("hmask", "qs", "scales", "d")
    description = "3-bit codes in 16 sub-blocks of 16 with signed 6-bit scales: d*sc*q"

    def quantize_blocks(self, x):
        sub = x.reshape(*x.shape[:2], 16, 16)
        d, sc = signed_scales(extreme(sub) / -4, 31)  # a sub-block's extreme value takes the code -4
        step = (d.astype(np.float32)[..., None] * sc)[..., None]
        code = (np.clip(round_away(sub * inverse(step)), -4, 3) + 4).astype(np.uint8).reshape(*x.shape[:2], 256)
        return {"hmask": pack_planes(code >> 2, 1), "qs": pack_planes((code & 3).reshape(*x.shape[:2], 2, 128), 2),
                "sc": sc, "d": d}

    def reference_blocks(self, p):
        lead = p["d"].shape
        low = unpack_planes(p["qs"], 2).reshape(*lead, 256)
        q = low.astype(np.float32) + 4 * unpack_planes(p["hmask"], 1).astype(np.float32) - 4
        step = p["d"].astype(np.float32)[..., None] * p["sc"].astype(np.float32)
        return (step[..., None] * q.reshape(*lead, 16, 16)).reshape(*lead, 256)

    def expr(self, p):
        """d * sc * q, with q = low + 4 * high - 4 taken in integers (exact)."""
        out, blocks = p["d"].shape
        code = unpack(p["qs"], 2).reshape(out, blocks, 256) + unpack(p["hmask"], 1) * 4
        step = p["d"].float().reshape(out, blocks, 1) * p["sc"].float()
        return spread(step, 256) * (code.cast(int8) - 4).float()

    # GGUF packs the 16 scales (+ 32, 6 bits each) into 12 bytes: byte i holds scale i's low nibble and scale
    # i + 8's in its high nibble (i < 8); byte 8 + i holds the top two bits of scales i, 4 + i, 8 + i, 12 + i
    def gguf_layout(self):
        return [Part("hmask", "uint8", (32,)), Part("qs", "uint8", (2, 32)), Part("scales", "uint8", (12,)),
                Part("d", "float16")]

    def gguf_fields(self, p):
        u = (p["sc"].astype(np.int16) + 32).astype(np.uint8)
        low = (u[..., :8] & 0x0F) | ((u[..., 8:] & 0x0F) << 4)
        high = pack_planes(u >> 4, 2)
        return [p["hmask"], p["qs"], np.concatenate([low, high], axis=-1).astype(np.uint8), p["d"]]

    def parts_from_fields(self, f):
        b = f.pop("scales")
        f["sc"] = six_bit_scales(unpack_planes(b[..., :8], 4) | (unpack_planes(b[..., 8:], 2) << 4))
        return f


class IQ4_NL(GGUFFormat):
    name, block, gguf_type = "iq4_nl", 32, GGMLType.IQ4_NL
    parts = (Part("d", "float16"), Part("qs", "uint8", (16,)))
    gguf_order = ("d", "qs")
    description = "4-bit codes into a 16-value non-linear table, one float16 scale per 32"

    def quantize_blocks(self, x):
        d = (extreme(x) / IQ4_VALUES[0]).astype(np.float16)  # the extreme value takes the table's first entry
        q = nearest_iq4(x * inverse(d.astype(np.float32))[..., None])
        return {"d": d, "qs": pack_planes(q, 4)}

    def reference_blocks(self, p):
        table = np.array(IQ4_VALUES, dtype=np.float32)
        return p["d"].astype(np.float32)[..., None] * table[unpack_planes(p["qs"], 4)]

    def expr(self, p):
        return spread(p["d"].float(), self.block) * lookup(unpack(p["qs"], 4), IQ4_VALUES)


class IQ4_XS(GGUFFormat):
    name, block, gguf_type = "iq4_xs", 256, GGMLType.IQ4_XS
    parts = (Part("d", "float16"), Part("sc", "int8", (8,)), Part("qs", "uint8", (8, 16)))
    gguf_order = ("d", "scales_h", "scales_l", "qs")
    description = "4-bit codes into IQ4_NL's table in 8 sub-blocks of 32 with signed 6-bit scales"

    def quantize_blocks(self, x):
        sub = x.reshape(*x.shape[:2], 8, 32)
        d, sc = signed_scales(extreme(sub) / IQ4_VALUES[0], 31)
        step = (d.astype(np.float32)[..., None] * sc)[..., None]
        return {"d": d, "sc": sc, "qs": pack_planes(nearest_iq4(sub * inverse(step)), 4)}

    def reference_blocks(self, p):
        lead = p["d"].shape
        table = np.array(IQ4_VALUES, dtype=np.float32)
        step = p["d"].astype(np.float32)[..., None] * p["sc"].astype(np.float32)
        return (step[..., None] * table[unpack_planes(p["qs"], 4)]).reshape(*lead, 256)

    def expr(self, p):
        out, blocks = p["d"].shape
        step = p["d"].float().reshape(out, blocks, 1) * p["sc"].float()
        return spread(step, 256) * lookup(unpack(p["qs"], 4).reshape(out, blocks, 256), IQ4_VALUES)

    # GGUF: the scales + 32 (6 bits each) as low nibbles in 4 bytes (scale 2 i in byte i's low nibble, 2 i + 1 in
    # its high one) and top bits in one uint16 (scale i's at bits 2 i, 2 i + 1)
    def gguf_layout(self):
        return [Part("d", "float16"), Part("scales_h", "uint16"), Part("scales_l", "uint8", (4,)),
                Part("qs", "uint8", (8, 16))]

    def gguf_fields(self, p):
        u = (p["sc"].astype(np.int16) + 32).astype(np.uint16)
        low = ((u[..., 0::2] & 0x0F) | ((u[..., 1::2] & 0x0F) << 4)).astype(np.uint8)
        high = np.bitwise_or.reduce((u >> 4) << (2 * np.arange(8, dtype=np.uint16)), axis=-1).astype(np.uint16)
        return [p["d"], high, low, p["qs"]]

    def parts_from_fields(self, f):
        low, high = f.pop("scales_l"), f.pop("scales_h")
        u_low = np.stack([low & 0x0F, low >> 4], axis=-1).reshape(*low.shape[:-1], 8)
        u_high = (high[..., None] >> (2 * np.arange(8, dtype=np.uint16))) & 3
        f["sc"] = six_bit_scales(u_low | (u_high.astype(np.uint8) << 4))
        return f


for _f in (Q2_K(), Q3_K(), IQ4_NL(), IQ4_XS()):
    register(_f)
