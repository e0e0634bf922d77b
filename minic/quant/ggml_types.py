"""GGUF's numbers for the tensor types minic stores natively, and their block sizes in bytes.

They are written out here, not taken from the `gguf` package: quantizing and dequantizing weights, and running a
model with them, should not need that package. Only reading or writing a .gguf file does (minic/quant/gguf_io.py,
where gguf is imported when first used). The numbers are part of the GGUF file format, the same as
`gguf.GGMLQuantizationType`'s; tests/test_quant.py checks that the two agree."""
from __future__ import annotations

from enum import IntEnum


class GGMLType(IntEnum):
    F32 = 0
    F16 = 1
    Q4_0 = 2
    Q4_1 = 3
    Q5_0 = 6
    Q5_1 = 7
    Q8_0 = 8
    Q2_K = 10
    Q3_K = 11
    Q4_K = 12
    Q5_K = 13
    Q6_K = 14
    IQ4_NL = 20
    IQ4_XS = 23


# (elements per block, bytes per block) of each block type, as GGUF lays it out
BLOCK_BYTES = {GGMLType.Q8_0: (32, 34), GGMLType.Q4_0: (32, 18), GGMLType.Q4_1: (32, 20),
               GGMLType.Q5_0: (32, 22), GGMLType.Q5_1: (32, 24), GGMLType.Q4_K: (256, 144),
               GGMLType.Q5_K: (256, 176), GGMLType.Q6_K: (256, 210), GGMLType.Q2_K: (256, 84),
               GGMLType.Q3_K: (256, 110), GGMLType.IQ4_NL: (32, 18), GGMLType.IQ4_XS: (256, 136)}
