"""GGUF's block formats: Q8_0, Q4_0, Q4_1, Q5_0, Q5_1 (blocks of 32) and the K-quants Q4_K, Q5_K, Q6_K
(super-blocks of 256).

Parts hold the fields of GGUF's block structs as separate arrays (a float16 scale array, a packed-code
array...), which `to_gguf` and `from_gguf` turn into GGUF's interleaved bytes and back; Q4_K's and Q5_K's twelve
bytes of 6-bit sub-block scales and mins are kept unpacked, one byte each (an eighth of a bit more per weight),
so the kernel reads them with plain byte loads. Q5_0's and Q5_1's 32 fifth bits stay in GGUF's order (element i
at bit i of a 32-bit word), read 16 at a time (`ops.bits_of`)."""
from __future__ import annotations

import numpy as np

from minic.dtype import int8, int32
from minic.quant.format import Format, Part, register
from minic.quant.ggml_types import BLOCK_BYTES, GGMLType
from minic.quant.ops import bits_of, spread, unpack

Q = GGMLType


def round_away(x: np.ndarray) -> np.ndarray:
    """Round half away from zero (C's roundf, what GGUF's quantizers use)."""
    return np.sign(x) * np.floor(np.abs(x) + 0.5)


def nearest(y: np.ndarray, table: np.ndarray, chunk: int = 1 << 20) -> np.ndarray:
    """The index (uint8) of the `table` value nearest each of `y` (the first on a tie), `chunk` values at a time:
    a whole weight at once takes len(table) times its float32 size in temporaries (16x: 3.8 GB for SmolLM2's
    embedding)."""
    flat, out = y.reshape(-1), np.empty(y.size, np.uint8)
    for at in range(0, flat.size, chunk):
        out[at:at + chunk] = np.abs(flat[at:at + chunk, None] - table).argmin(-1)
    return out.reshape(y.shape)


def extreme(x: np.ndarray) -> np.ndarray:
    """Each block's value of largest magnitude, with its sign: [..., n] -> [...]."""
    at = np.abs(x).argmax(-1)[..., None]
    return np.take_along_axis(x, at, -1)[..., 0]


def inverse(d: np.ndarray) -> np.ndarray:
    """1 / d, with 0 where d is 0 (an all-zero block)."""
    with np.errstate(divide="ignore"):
        return np.where(d == 0, 0.0, 1.0 / d).astype(np.float32)


def unpack_planes(packed: np.ndarray, bits: int) -> np.ndarray:
    """uint8 [..., n] -> codes [..., 8 n / bits] in the order `ops.unpack` reads: byte t holds elements t, t + n,
    t + 2 n, ... in its bit fields from the lowest (4 bits: the low nibbles of the n bytes, then the high ones)."""
    mask = (1 << bits) - 1
    return np.concatenate([(packed >> s) & mask for s in range(0, 8, bits)], axis=-1).astype(np.uint8)


def pack_planes(q: np.ndarray, bits: int) -> np.ndarray:
    """The inverse of `unpack_planes`: codes [..., 8 n / bits] (each below 2 ** bits) -> uint8 [..., n]."""
    planes = 8 // bits
    split = q.reshape(*q.shape[:-1], planes, q.shape[-1] // planes).astype(np.uint8)
    return np.bitwise_or.reduce(split << (bits * np.arange(planes, dtype=np.uint8))[:, None], axis=-2)


class GGUFFormat(Format):
    """A GGUF block type: `gguf_order` lists the parts in the order of GGUF's block struct."""
    gguf_order: tuple = ()

    def to_gguf(self, parts: dict) -> np.ndarray:
        """Parts -> GGUF's bytes, uint8 [out, blocks * type_size]."""
        fields = self.gguf_fields(parts)
        out = fields[0].shape[0]
        raw = np.concatenate([f.reshape(out, f.shape[1], -1).view(np.uint8) for f in fields], axis=-1)
        return raw.reshape(out, -1)

    def from_gguf(self, raw: np.ndarray) -> dict:
        """GGUF's bytes uint8 [out, blocks * type_size] -> parts."""
        _, type_size = BLOCK_BYTES[self.gguf_type]
        blocks = raw.reshape(raw.shape[0], -1, type_size)
        fields, at = {}, 0
        for part in self.gguf_layout():
            n = part.block_bytes()
            chunk = np.ascontiguousarray(blocks[:, :, at:at + n]).view(part.dtype)
            fields[part.name] = chunk.reshape(blocks.shape[:2] + tuple(part.per_block))
            at += n
        return self.parts_from_fields(fields)

    # the byte layout is the parts themselves unless a format packs some of them differently (Q4_K)
    def gguf_layout(self) -> list:
        by_name = {p.name: p for p in self.parts}
        return [by_name[n] for n in self.gguf_order]

    def gguf_fields(self, parts: dict) -> list:
        return [np.ascontiguousarray(parts[n]) for n in self.gguf_order]

    def parts_from_fields(self, fields: dict) -> dict:
        return fields


class Q8_0(GGUFFormat):
    name, block, gguf_type = "q8_0", 32, Q.Q8_0
    parts = (Part("d", "float16"), Part("qs", "int8", (32,)))
    gguf_order = ("d", "qs")
    description = "8-bit codes, one float16 scale per 32"

    def quantize_blocks(self, x):
        d = np.abs(x).max(-1) / 127
        q = round_away(x * inverse(d)[..., None])
        return {"d": d.astype(np.float16), "qs": q.astype(np.int8)}

    def reference_blocks(self, p):
        return p["d"].astype(np.float32)[..., None] * p["qs"].astype(np.float32)

    def expr(self, p):
        return spread(p["d"].float(), self.block) * p["qs"].float()


class Q4_0(GGUFFormat):
    name, block, gguf_type = "q4_0", 32, Q.Q4_0
    parts = (Part("d", "float16"), Part("qs", "uint8", (16,)))
    gguf_order = ("d", "qs")
    description = "4-bit codes, (q - 8) * d, one float16 scale per 32"

    def quantize_blocks(self, x):
        d = extreme(x) / -8
        q = np.clip(np.trunc(x * inverse(d)[..., None] + 8.5), 0, 15).astype(np.uint8)
        return {"d": d.astype(np.float16), "qs": pack_planes(q, 4)}

    def reference_blocks(self, p):
        return (unpack_planes(p["qs"], 4).astype(np.float32) - 8) * p["d"].astype(np.float32)[..., None]

    def expr(self, p):
        """(q - 8) * d with q - 8 taken in integers (exact), so the code's conversion to float and the offset are
        one integer add on GPUs (cuda.py's plain_cast adds the float's bits to it) rather than two float adds."""
        return (unpack(p["qs"], 4).cast(int8) - 8).float() * spread(p["d"].float(), self.block)


class Q4_1(GGUFFormat):
    name, block, gguf_type = "q4_1", 32, Q.Q4_1
    parts = (Part("d", "float16"), Part("m", "float16"), Part("qs", "uint8", (16,)))
    gguf_order = ("d", "m", "qs")
    description = "4-bit codes, q * d + m, a float16 scale and min per 32"

    def quantize_blocks(self, x):
        lo, hi = x.min(-1), x.max(-1)
        d = (hi - lo) / 15
        q = np.clip(np.trunc((x - lo[..., None]) * inverse(d)[..., None] + 0.5), 0, 15).astype(np.uint8)
        return {"d": d.astype(np.float16), "m": lo.astype(np.float16), "qs": pack_planes(q, 4)}

    def reference_blocks(self, p):
        d, m = p["d"].astype(np.float32)[..., None], p["m"].astype(np.float32)[..., None]
        return unpack_planes(p["qs"], 4).astype(np.float32) * d + m

    def expr(self, p):
        return unpack(p["qs"], 4).float() * spread(p["d"].float(), self.block) + spread(p["m"].float(), self.block)


class Q5_0(GGUFFormat):
    name, block, gguf_type = "q5_0", 32, Q.Q5_0
    parts = (Part("d", "float16"), Part("qh", "uint8", (4,)), Part("qs", "uint8", (16,)))
    gguf_order = ("d", "qh", "qs")
    description = "5-bit codes (low nibbles and fifth bits apart), (q - 16) * d, one float16 scale per 32"

    def quantize_blocks(self, x):
        d = extreme(x) / -16
        q = np.clip(np.trunc(x * inverse(d)[..., None] + 16.5), 0, 31).astype(np.uint8)
        return {"d": d.astype(np.float16), **self.pack_codes(q)}

    @staticmethod
    def pack_codes(q: np.ndarray) -> dict:
        """Codes 0..31 [..., 32] -> the parts `qs` (low nibbles) and `qh` (fifth bits, GGUF's order)."""
        return {"qh": np.packbits(q >> 4, axis=-1, bitorder="little"), "qs": pack_planes(q & 0x0F, 4)}

    @staticmethod
    def codes(p: dict) -> np.ndarray:
        """The inverse of `pack_codes` (numpy)."""
        return unpack_planes(p["qs"], 4) | (np.unpackbits(p["qh"], axis=-1, bitorder="little") << 4)

    @staticmethod
    def code_expr(p: dict):
        """The codes as an expression (int32): the low nibbles' planes plus 16 x the fifth bits (`bits_of`)."""
        return unpack(p["qs"], 4).cast(int32) + bits_of(p["qh"]) * 16

    def reference_blocks(self, p):
        return (self.codes(p).astype(np.float32) - 16) * p["d"].astype(np.float32)[..., None]

    def expr(self, p):
        """(q - 16) * d with q - 16 taken in integers, as Q4_0's."""
        return (self.code_expr(p) - 16).float() * spread(p["d"].float(), self.block)


class Q5_1(Q5_0):
    name, block, gguf_type = "q5_1", 32, Q.Q5_1
    parts = (Part("d", "float16"), Part("m", "float16"), Part("qh", "uint8", (4,)), Part("qs", "uint8", (16,)))
    gguf_order = ("d", "m", "qh", "qs")
    description = "5-bit codes (low nibbles and fifth bits apart), q * d + m, a float16 scale and min per 32"

    def quantize_blocks(self, x):
        lo, hi = x.min(-1), x.max(-1)
        d = (hi - lo) / 31
        q = np.clip(np.trunc((x - lo[..., None]) * inverse(d)[..., None] + 0.5), 0, 31).astype(np.uint8)
        return {"d": d.astype(np.float16), "m": lo.astype(np.float16), **self.pack_codes(q)}

    def reference_blocks(self, p):
        return self.codes(p).astype(np.float32) * p["d"].astype(np.float32)[..., None] + \
            p["m"].astype(np.float32)[..., None]

    def expr(self, p):
        return self.code_expr(p).float() * spread(p["d"].float(), self.block) + spread(p["m"].float(), self.block)


def sub_block_scales(s: np.ndarray, top: int) -> tuple[np.ndarray, np.ndarray]:
    """Integer scales (0..top) of the sub-block values `s` [..., n] relative to the float16 super-block scale d."""
    d16 = (s.max(-1) / top).astype(np.float16)
    q = np.clip(round_away(s * inverse(d16.astype(np.float32))[..., None]), 0, top)
    return d16, q.astype(np.uint8)


class Q4_K(GGUFFormat):
    name, block, gguf_type = "q4_k", 256, Q.Q4_K
    parts = (Part("d", "float16"), Part("dmin", "float16"), Part("sc", "uint8", (8,)), Part("m", "uint8", (8,)),
             Part("qs", "uint8", (4, 32)))
    gguf_order = ("d", "dmin", "scales", "qs")
    description = "4-bit codes in 8 sub-blocks of 32 with 6-bit scales and mins: d*sc*q - dmin*m"
    top = 15  # the largest code

    def quantize_blocks(self, x):
        sub = x.reshape(*x.shape[:2], 8, 32)
        lo = np.minimum(sub.min(-1), 0)
        scale = (sub.max(-1) - lo) / self.top
        d, sc = sub_block_scales(scale, 63)
        dmin, m = sub_block_scales(-lo, 63)
        step = (d.astype(np.float32)[..., None] * sc)[..., None]
        shift = (dmin.astype(np.float32)[..., None] * m)[..., None]
        q = np.clip(round_away((sub + shift) * inverse(step)), 0, self.top).astype(np.uint8)
        return {"d": d, "dmin": dmin, "sc": sc, "m": m, **self.pack_codes(q.reshape(*x.shape[:2], 256))}

    def pack_codes(self, q: np.ndarray) -> dict:
        """Codes uint8 [out, blocks, 256] -> their parts: sub-blocks 2j and 2j + 1 share 32 bytes of `qs`, the
        low and high nibbles."""
        low = (q & 0x0F).reshape(*q.shape[:2], 4, 2, 32)
        return {"qs": (low[..., 0, :] | (low[..., 1, :] << 4)).astype(np.uint8)}

    def codes(self, p: dict) -> np.ndarray:
        """The inverse of `pack_codes` (numpy)."""
        return unpack_planes(p["qs"], 4).reshape(*p["d"].shape, 256)

    def code_expr(self, p: dict):
        """The codes [out, blocks, 256] as an expression (uint8)."""
        out, blocks = p["d"].shape
        return unpack(p["qs"], 4).reshape(out, blocks, 256)

    def reference_blocks(self, p):
        lead = p["d"].shape
        q = self.codes(p).reshape(*lead, 8, 32).astype(np.float32)
        step = p["d"].astype(np.float32)[..., None] * p["sc"].astype(np.float32)
        shift = p["dmin"].astype(np.float32)[..., None] * p["m"].astype(np.float32)
        return (step[..., None] * q - shift[..., None]).reshape(*lead, 256)

    def expr(self, p):
        out, blocks = p["d"].shape
        q = self.code_expr(p).float()
        step = p["d"].float().reshape(out, blocks, 1) * p["sc"].float()
        shift = p["dmin"].float().reshape(out, blocks, 1) * p["m"].float()
        return spread(step, 256) * q - spread(shift, 256)

    # GGUF packs the 6-bit scales and mins of a super-block into 12 bytes
    def gguf_layout(self):
        return [Part("d", "float16"), Part("dmin", "float16"), Part("scales", "uint8", (12,)),
                Part("qs", "uint8", (4, 32))]

    def gguf_fields(self, p):
        sc, m = p["sc"], p["m"]
        packed = np.concatenate([sc[..., :4] | ((sc[..., 4:] >> 4) << 6), m[..., :4] | ((m[..., 4:] >> 4) << 6),
                                 (sc[..., 4:] & 0x0F) | ((m[..., 4:] & 0x0F) << 4)], axis=-1).astype(np.uint8)
        return [p["d"], p["dmin"], packed] + [np.ascontiguousarray(p[n]) for n in self.gguf_order[3:]]

    def parts_from_fields(self, f):
        b = f.pop("scales")
        lo_sc, lo_m, rest = b[..., 0:4], b[..., 4:8], b[..., 8:12]
        f["sc"] = np.concatenate([lo_sc & 0x3F, (rest & 0x0F) | ((lo_sc >> 6) << 4)], axis=-1)
        f["m"] = np.concatenate([lo_m & 0x3F, (rest >> 4) | ((lo_m >> 6) << 4)], axis=-1)
        return f


class Q5_K(Q4_K):
    """Q4_K with a fifth bit per code: GGUF's 32 bytes of fifth bits hold sub-block s's bit of element l of its 32
    in bit s of byte l, the order `ops.unpack(qh, 1)` reads."""
    name, block, gguf_type = "q5_k", 256, Q.Q5_K
    parts = (Part("d", "float16"), Part("dmin", "float16"), Part("sc", "uint8", (8,)), Part("m", "uint8", (8,)),
             Part("qh", "uint8", (32,)), Part("qs", "uint8", (4, 32)))
    gguf_order = ("d", "dmin", "scales", "qh", "qs")
    description = "5-bit codes in 8 sub-blocks of 32 with 6-bit scales and mins: d*sc*q - dmin*m"
    top = 31

    def pack_codes(self, q):
        return {**super().pack_codes(q), "qh": pack_planes(q >> 4, 1)}

    def codes(self, p):
        return super().codes(p) | (unpack_planes(p["qh"], 1) << 4)

    def code_expr(self, p):
        return super().code_expr(p) + unpack(p["qh"], 1) * 16

    def gguf_layout(self):
        return [Part("d", "float16"), Part("dmin", "float16"), Part("scales", "uint8", (12,)),
                Part("qh", "uint8", (32,)), Part("qs", "uint8", (4, 32))]


class Q6_K(GGUFFormat):
    name, block, gguf_type = "q6_k", 256, Q.Q6_K
    parts = (Part("ql", "uint8", (2, 64)), Part("qh", "uint8", (2, 32)), Part("sc", "int8", (16,)),
             Part("d", "float16"))
    gguf_order = ("ql", "qh", "sc", "d")
    description = "6-bit codes in 16 sub-blocks of 16 with int8 scales: d*sc*(q - 32)"

    def quantize_blocks(self, x):
        sub = x.reshape(*x.shape[:2], 16, 16)
        scale = extreme(sub) / -32  # signed, so the extreme value maps to -32
        d = (np.abs(scale).max(-1) / 127).astype(np.float16)
        sc = np.clip(round_away(scale * inverse(d.astype(np.float32))[..., None]), -128, 127).astype(np.int8)
        step = d.astype(np.float32)[..., None] * sc
        q = (np.clip(round_away(sub * inverse(step)[..., None]), -32, 31) + 32).astype(np.uint8)
        q = q.reshape(*x.shape[:2], 2, 128)  # two halves of 128
        ql = pack_planes(np.concatenate([q[..., :64] & 0x0F, q[..., 64:] & 0x0F], -1), 4)
        hi = q >> 4
        qh = (hi[..., 0:32] | (hi[..., 32:64] << 2) | (hi[..., 64:96] << 4) | (hi[..., 96:] << 6)).astype(np.uint8)
        return {"ql": ql, "qh": qh, "sc": sc, "d": d}

    def reference_blocks(self, p):
        lead = p["d"].shape
        low = unpack_planes(p["ql"], 4)  # [.., 2, 128]
        qh = p["qh"]
        high = np.concatenate([(qh >> s) & 3 for s in (0, 2, 4, 6)], axis=-1)
        q = (low | (high << 4)).astype(np.float32) - 32
        step = p["d"].astype(np.float32)[..., None] * p["sc"].astype(np.float32)
        return (step[..., None] * q.reshape(*lead, 16, 16)).reshape(*lead, 256)

    def expr(self, p):
        """The code's two fields summed in float: joined into one 8-bit integer code instead, the float K loop
        (which then stages the planes' forms) ran 1.3x slower at LLaMA's shapes and the integer products that it
        would allow only matched this (bench/README.md, twenty-seventh session)."""
        out, blocks = p["d"].shape
        low = unpack(p["ql"], 4).float()
        high = unpack(p["qh"], 2).float()
        q = (low + high * 16.0 - 32.0).reshape(out, blocks, 256)
        step = p["d"].float().reshape(out, blocks, 1) * p["sc"].float()
        return spread(step, 256) * q


for _f in (Q8_0(), Q4_0(), Q4_1(), Q5_0(), Q5_1(), Q4_K(), Q5_K(), Q6_K()):
    register(_f)
