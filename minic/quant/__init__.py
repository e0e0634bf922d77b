"""Quantized weights: formats defined in Python, dequantized inside the kernel that reads them.

A format (`Format`) is a storage layout plus a dequant expression:

* the layout is a few arrays ("parts") per weight of logical shape [out, in]: the input dim is cut into
  blocks of `fmt.block_size(in)` elements and every part holds `Part.per_block` values of its dtype per
  block (packed 4-bit codes in uint8, float16 scales, uint8 mins...), shape [out, blocks, *per_block];
* the dequant expression (`Format.expr`) is written with minic Tensor ops (views, casts, `where`, integer
  `//` and `%` through `minic.quant.ops`), so a new format needs no code in any backend.

`x @ w.dequant().T` is one kernel: the expression is the matmul's prologue, the GEMV and Matmul rules
split the K loop at the format's block boundaries so the packed bytes are read with contiguous (vector)
loads, and no dequantized copy of the weight is ever written to memory.

Every format has a numpy quantizer and a numpy dequant reference; minic's dequant equals the reference
bit for bit (and equals `gguf.quants.dequantize` for the GGUF types). The formats are written so that
this holds under the backends' fast-math flags: each product of a code and a scale is exact in float32
(a float16 scale times an integer of at most 13 bits), so contracting a multiply-add into an FMA or
reassociating a product cannot change a bit.

Interface (what models use)::

    w = minic.quant.load_gguf_tensor(reader_tensor, device)  # gguf.ReaderTensor -> QuantizedWeight
    w = minic.quant.quantize(np_array, "q4_0", device=None)  # numpy [out, in] -> QuantizedWeight
    w.shape          # (out, in), the logical shape
    w.dequant()      # lazy minic.Tensor [out, in] float32; fuses into the matmul that reads it
    w.numpy()        # the reference dequantization, in numpy
    y = minic.quant.linear(x, w, bias=None)   # x @ w.dequant().T (+ bias), one kernel

Formats (`minic.quant.FORMATS`): q8_0, q4_0, q4_1, q5_0, q5_1, q2_k, q3_k, q4_k, q5_k, q6_k, iq4_nl, iq4_xs
(GGUF's layouts), int8 (per output channel, float32 scales), q4g32 / q4g128 (int4 group-wise asymmetric, float16
scales, uint8 zero points: the AWQ / GPTQ / MLC q4f16 scheme), nf4 (QLoRA's 4-bit NormalFloat codebook, blocks of
64, float32 absmax), f32 and f16 (plain tensors of a GGUF file, so every weight loads the same way).
"""
from minic.quant import formats, gguf_formats, gguf_low_bits  # noqa: F401 (registers the formats)
from minic.quant.format import FORMATS, Format, Part, get_format, register
from minic.quant.gguf_io import load_gguf_tensor, load_gguf_weights, open_gguf
from minic.quant.weight import QuantizedWeight, linear, quantize

__all__ = ["Format", "Part", "FORMATS", "get_format", "register", "QuantizedWeight", "quantize", "linear",
           "load_gguf_tensor", "load_gguf_weights", "open_gguf"]
