"""Quantization formats: bit-exact dequantization against numpy and gguf, the dequant fused into GEMV and
GEMM on every backend present, GGUF files in and out."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import gguf
import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, nvrtc_or_skip, packed_atol, require, smollm2_folder

import minic
from minic import Tensor, Var, quant
from minic.errors import MinicError, ShapeError
from minic.quant.ggml_types import BLOCK_BYTES
from minic.quant.gguf_formats import GGUFFormat
from minic.quant.gguf_io import add_weight, load_gguf_weights
from minic.runtime.registry import get_device

rng = np.random.default_rng(7)
OUT, IN = 24, 512
W = (rng.standard_normal((OUT, IN)) * 0.05).astype(np.float32)
QUANTIZED = [f for f in quant.FORMATS if f not in ("f32", "f16")]
GGUF_TYPES = [f for f, fmt in quant.FORMATS.items() if isinstance(fmt, GGUFFormat)]
# worst |dequant - w| over max |w| of each format on Gaussian weights (about twice what they reach)
ERROR = {"q8_0": 0.01, "int8": 0.01, "q6_k": 0.03, "q4_0": 0.15, "q4_1": 0.1, "q4_k": 0.1, "q4g32": 0.1,
         "q4g128": 0.12, "nf4": 0.25, "q5_0": 0.07, "q5_1": 0.05, "q5_k": 0.05, "f16": 1e-3, "f32": 0.0,
         "q2_k": 0.5, "q3_k": 0.3, "iq4_nl": 0.15, "iq4_xs": 0.15}


def bits(a: np.ndarray) -> np.ndarray:
    return np.ascontiguousarray(a, dtype=np.float32).view(np.uint32)


def devices_here() -> list:
    return [d for d, status in minic.devices().items() if status == "ok" and d != "CUDA"]


@pytest.mark.parametrize("fmt", list(quant.FORMATS))
def test_dequant_equals_reference_bit_for_bit(fmt):
    w = quant.quantize(W, fmt)
    ref = w.numpy()
    assert np.array_equal(bits(w.dequant().numpy()), bits(ref))
    assert np.abs(ref - W).max() <= ERROR[fmt] * np.abs(W).max()


@pytest.mark.parametrize("fmt", GGUF_TYPES)
def test_gguf_types_match_gguf(fmt):
    """GGUF's bytes from our parts dequantize (in gguf's own numpy code) to exactly our reference, and
    parse back to the same parts."""
    f = quant.get_format(fmt)
    w = quant.quantize(W, fmt)
    parts = w.parts_numpy()
    raw = f.to_gguf(parts)
    theirs = gguf.quants.dequantize(raw, f.gguf_type).reshape(OUT, IN)
    assert np.array_equal(bits(theirs), bits(w.numpy()))
    back = f.from_gguf(raw)
    assert all(np.array_equal(back[k], v) for k, v in parts.items())


# the float16 scales of each type's blocks (byte offsets): random blocks get a finite scale there
SCALE_BYTES = {"q8_0": (0,), "q4_0": (0,), "q4_1": (0, 2), "q5_0": (0,), "q5_1": (0, 2), "q2_k": (80, 82),
               "q3_k": (108,), "q4_k": (0, 2), "q5_k": (0, 2), "q6_k": (208,), "iq4_nl": (0,), "iq4_xs": (0,)}


@pytest.mark.parametrize("fmt", GGUF_TYPES)
def test_random_gguf_blocks_decode_as_gguf(fmt):
    """Blocks of random bytes (every field value a file may hold, not only what our quantizer writes): parsed into
    parts and back to the same bytes, and the fused dequant kernel's values equal gguf's own dequantization."""
    f = quant.get_format(fmt)
    block, size = BLOCK_BYTES[f.gguf_type]
    raw = np.random.default_rng(3).integers(0, 256, (4, 512 // block, size), dtype=np.uint8)
    for at in SCALE_BYTES[fmt]:
        raw[..., at:at + 2] = np.frombuffer(np.float16(0.03).tobytes(), np.uint8)
    raw = raw.reshape(4, -1)
    parts = f.from_gguf(raw)
    assert np.array_equal(f.to_gguf(parts), raw)
    w = quant.QuantizedWeight(fmt, (4, 512), parts)
    theirs = gguf.quants.dequantize(raw, f.gguf_type).reshape(4, 512)
    assert np.array_equal(bits(w.dequant().numpy()), bits(theirs))
    assert np.array_equal(bits(w.numpy()), bits(theirs))


@pytest.mark.parametrize("fmt", ["q8_0", "q4_0", "q4_1", "q5_0", "q5_1"])
def test_quantizers_match_gguf(fmt):
    """Where gguf ships a quantizer, ours writes the same bytes."""
    f = quant.get_format(fmt)
    assert np.array_equal(f.to_gguf(f.quantize(W)), gguf.quants.quantize(W, f.gguf_type))


def test_shape_not_a_multiple_of_the_block_is_refused():
    with pytest.raises(ShapeError, match="multiple of the block size 256, got 300"):
        quant.quantize(np.zeros((4, 300), np.float32), "q4_k")
    with pytest.raises(MinicError, match="unknown quantization format 'q3'"):
        quant.quantize(W, "q3")


def _one_kernel(y: Tensor, w: quant.QuantizedWeight, rule: str, *others: Tensor):
    """y schedules as one kernel of `rule` whose inputs are exactly the packed parts and `others` (x, bias): no
    buffer anywhere holds a dequantized weight."""
    kernels = y.schedule()
    assert len(kernels) == 1, [k.why for k in kernels]
    (k,) = kernels
    assert k.rule == rule, k.decision.declined
    want = {id(t.realize().node.arg) for t in list(w.parts.values()) + list(others)}
    assert {id(b) for b in k.graph.inputs} == want
    assert k.graph.output.size == int(np.prod([int(y.var_vals.get(str(s), s)) for s in y.shape]))
    return k


@pytest.mark.parametrize("fmt", QUANTIZED)
def test_fused_gemv(fmt):
    w = quant.quantize(W, fmt)
    x = Tensor(rng.standard_normal((1, IN)).astype(np.float32))
    y = quant.linear(x, w)
    k = _one_kernel(y, w, "GEMV", x)
    want = x.numpy() @ w.numpy().T
    np.testing.assert_allclose(y.numpy(), want, rtol=1e-4, atol=1e-4 * np.abs(want).max())
    if fmt in ("q4_0", "q4_k", "nf4"):  # the K loop is cut at the format's blocks: contiguous inner loads
        assert "kb" in k.ir and "# vector" in k.ir


def test_k_split_follows_the_blocks():
    from minic.sched.rules.matmul_plan import analyze
    x = Tensor(rng.standard_normal((1, IN)).astype(np.float32))
    for fmt, split in (("q4_0", (32, 16)), ("q8_0", (32, 32)), ("q4_k", (256, 32)), ("q6_k", (256, 16)),
                       ("nf4", (64, 32)), ("int8", ()), ("q5_k", (256, 32)), ("q5_0", (32, 16)), ("q2_k", (256, 16)),
                       ("q3_k", (256, 16)), ("iq4_nl", (32, 16)), ("iq4_xs", (256, 16))):
        plan = analyze(quant.linear(x, quant.quantize(W, fmt)).schedule()[0].graph)
        assert plan.k_split == split and plan.b_stride_k == 1, (fmt, plan)


@pytest.mark.parametrize("fmt", ["q4_0", "q4_k", "q8_0", "nf4"])
def test_fused_matmul_symbolic_rows(fmt):
    """Prefill: many rows go to Matmul (one kernel, the dequant in its prologue); a symbolic n takes the
    GEMV branch for few rows, GEMVs over chunks of rows up to gemv_chunk_rows (9: two chunks and one row left;
    16: four chunks) and the tiles for more, in the same kernel."""
    w = quant.quantize(W, fmt)
    n = Var("n", 1, 64)
    bias = Tensor(rng.standard_normal(OUT).astype(np.float32))
    for rows in (3, 9, 16, 37):
        xa = rng.standard_normal((rows, IN)).astype(np.float32)
        x = Tensor(xa, shape=(n, IN))
        y = quant.linear(x, w, bias).relu()
        _one_kernel(y, w, "Matmul", x, bias)
        want = np.maximum(xa @ w.numpy().T + bias.numpy(), 0)
        np.testing.assert_allclose(y.numpy(), want, rtol=1e-4, atol=1e-4 * np.abs(want).max())


@pytest.mark.parametrize("dev,fmt", [("LLVM", f) for f in ("q4_k", "q6_k", "nf4", "q4_0", "q8_0", "q5_0")] +
                         [("C", "q4_k"), ("C", "q4_1"), ("C", "q5_1")])
def test_matmul_panels_of_packed_weights(dev, fmt):
    """Prefill tiles copy each column tile's panel of a packed weight per core: blocks of 64 and more column by
    column, the codes read along K (CpuMatmulSettings.pack_along_k_block), and Q5_0/Q5_1, whose fifth bits take a
    factor of the position along K (cpu_matmul._position_factor); other blocks of 32 across the columns; all against
    numpy, with a partial column tile (and a column tile for every core at least: fewer are not packed)."""
    require(dev)
    columns = 64 * max(3, get_device(dev).target.cpu_cores) + 8
    wide = (rng.standard_normal((columns, 512)) * 0.05).astype(np.float32)
    w = quant.quantize(wide, fmt, device=dev)
    xa = rng.standard_normal((24, 512)).astype(np.float32)
    y = quant.linear(Tensor(xa, shape=(Var("n", 1, 64), 512), device=dev), w)
    (k,) = y.schedule()
    assert "panel of B packed per core" in k.rule_why
    assert ("read along K" in k.rule_why) == (w.format.block >= 64 or fmt.startswith("q5_")), k.rule_why
    assert "in range(512):  # novector" in k.loop.to_text()  # the tiles' K loop over the panel: one loop, not B's
    #                                                          blocks (CpuMatmulSettings.panel_k_split)
    want = xa @ w.numpy().T
    np.testing.assert_allclose(y.numpy(), want, rtol=1e-4, atol=1e-4 * np.abs(want).max())


BACKEND_CASES = [(dev, fmt) for dev in ("C", "CL", "WEBGPU") for fmt in ("q4_0", "q4_k", "q6_k", "nf4")] + \
    [("C", "q8_0"), ("C", "q4g32"), ("C", "int8"), ("C", "q4_1"), ("PY", "q4_0"), ("PY", "q6_k"),
     ("C", "q5_k"), ("CL", "q5_0"), ("CL", "q5_k"), ("WEBGPU", "q5_1"), ("PY", "q5_0"), ("C", "q3_k"),
     ("CL", "q2_k"), ("WEBGPU", "q3_k"), ("CL", "iq4_xs"), ("WEBGPU", "iq4_nl"), ("PY", "q2_k"), ("C", "iq4_nl")]


@pytest.mark.parametrize("dev,fmt", [c for c in BACKEND_CASES if c[0] in devices_here()])
def test_backends(dev, fmt):
    """Formats on every backend here: dequant bit for bit, the fused GEMV and GEMM against numpy."""
    out, cols = (4, 256) if dev == "PY" else (OUT, IN)
    w = quant.quantize(W[:out, :cols], fmt, device=dev)
    ref = w.numpy()
    assert np.array_equal(bits(w.dequant().numpy()), bits(ref))
    for rows in (1, 9):
        x = Tensor(rng.standard_normal((rows, cols)).astype(np.float32), device=dev)
        y = quant.linear(x, w)
        assert len(y.schedule()) == 1
        want = x.numpy() @ ref.T
        np.testing.assert_allclose(y.numpy(), want, rtol=1e-4, atol=1e-4 * np.abs(want).max())


@pytest.mark.parametrize("fmt", ["q4_0", "q4_k", "q6_k", "nf4", "q2_k", "q3_k", "iq4_xs"])
def test_cuda_fused_dequant_compiles(fmt):
    """CUDA without a GPU: the fused GEMV and GEMM render and compile with NVRTC (the GPU run is
    .scratch/gpu/quant.sh)."""
    w = quant.quantize(W, fmt)
    for rows, rule in ((1, "GEMV"), (64, "Matmul")):
        x = Tensor(rng.standard_normal((rows, IN)).astype(np.float32))
        ptx = compile_all_cuda(quant.linear(x, w), cuda_target(), rule)
        assert len(ptx) == 1


def test_explain_shows_the_fused_dequant():
    w = quant.quantize(W, "q4_0")
    x = Tensor(rng.standard_normal((1, IN)).astype(np.float32))
    text = minic.explain(quant.linear(x, w), file=None)
    assert text.startswith("1 kernel ")
    assert " idiv " in text and " mod " in text and "rule: GEMV" in text
    assert "K in blocks of 32 (2 x 16)" in text and "dequant" in text


def test_dequant_divides_as_integers():
    """A dequant's bit fields use the IR's integer division (idiv), not true division (`div`, what `/` means):
    a reduction over dequantized values is a sum, not a kernel named as a mean."""
    w = quant.quantize(W, "q4_0")
    (k,) = w.dequant().sum(1).schedule()
    assert k.loop.name.startswith("sum") and " idiv " in minic.explain(w.dequant().sum(1), file=None)
    np.testing.assert_allclose(w.dequant().sum(1).numpy(), w.numpy().sum(1), rtol=1e-5, atol=1e-4)


def test_embedding_rows():
    w = quant.quantize(W, "q8_0")
    ids = Tensor(np.array([3, 0, 17], np.int32))
    np.testing.assert_array_equal(bits(w.rows(ids).numpy()), bits(w.numpy()[[3, 0, 17]]))


def test_gguf_file_round_trip(tmp_path):
    """Every format through a GGUF file: GGUF's own types as GGUF tensors (gguf reads them back to the same
    values), ours as one tensor per part; a truncated file is refused."""
    path = tmp_path / "w.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    weights = {f"w.{fmt}": quant.quantize(W, fmt) for fmt in quant.FORMATS}
    for name, w in weights.items():
        add_weight(writer, name, w)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    reader = quant.open_gguf(path)
    loaded = load_gguf_weights(reader)
    for name, w in weights.items():
        got = loaded[name]
        assert got.format is w.format and got.shape == w.shape
        assert np.array_equal(bits(got.numpy()), bits(w.numpy()))
    for t in reader.tensors:
        if t.name in weights and weights[t.name].format.gguf_type is not None:
            fmt = weights[t.name].format
            theirs = gguf.quants.dequantize(t.data, t.tensor_type).reshape(OUT, IN)
            assert t.tensor_type == fmt.gguf_type and np.array_equal(bits(theirs), bits(weights[t.name].numpy()))
    data = path.read_bytes()
    cut = tmp_path / "cut.gguf"
    cut.write_bytes(data[: len(data) - 1000])
    with pytest.raises(MinicError, match="truncated or corrupt"):
        quant.open_gguf(cut)


TINY_GPT2 = ["--n-layer", "1", "--n-head", "2", "--n-embd", "64", "--vocab-size", "128", "--n-positions", "32"]


def test_quantize_command(tmp_path, capsys):
    """`minic quantize`: a GPT-2 directory into llama.cpp's `gpt2` layout (Conv1D weights stored [out, in], other
    GGUF readers see Q8_0), then that GGUF into nf4 (names and metadata carried over); a block that does not fit is
    refused, or takes --fallback's format."""
    from minic.cli import main
    from models.weights import read_tensors
    src = tmp_path / "gpt2"
    assert main(["make-random-gpt2", str(src), *TINY_GPT2]) == 0
    raw = {k.removeprefix("transformer."): v for k, v in read_tensors(src).items()}
    assert main(["quantize", "--format", "q8_0", str(src), str(tmp_path / "q8.gguf")]) == 0
    reader = quant.open_gguf(tmp_path / "q8.gguf")
    types = {t.name: t.tensor_type for t in reader.tensors}
    assert types["blk.0.ffn_up.weight"] == gguf.GGMLQuantizationType.Q8_0
    assert types["position_embd.weight"] == gguf.GGMLQuantizationType.F32 and types["blk.0.attn_norm.weight"] == \
        gguf.GGMLQuantizationType.F32
    loaded = load_gguf_weights(reader)
    fc = loaded["blk.0.ffn_up.weight"]
    assert fc.shape == (256, 64)
    assert np.array_equal(fc.numpy(), quant.quantize(raw["h.0.mlp.c_fc.weight"].T, "q8_0").numpy())
    assert main(["quantize", "--format", "nf4", str(tmp_path / "q8.gguf"), str(tmp_path / "nf4.gguf")]) == 0
    again = load_gguf_weights(quant.open_gguf(tmp_path / "nf4.gguf"))
    assert again["blk.0.ffn_up.weight"].format.name == "nf4"
    np.testing.assert_array_equal(again["blk.0.attn_norm.weight"], raw["h.0.ln_1.weight"])
    capsys.readouterr()
    assert main(["quantize", "--format", "q4_k", str(src), str(tmp_path / "k.gguf")]) == 1
    err = capsys.readouterr().err
    assert "multiple of the block size 256" in err and "blk.0.attn_qkv.weight" in err
    assert main(["quantize", "--format", "q4_k", "--fallback", "q5_0", str(src), str(tmp_path / "k.gguf")]) == 0
    assert "weights whose input dim is not a multiple of 256 as q5_0: blk.0.attn_qkv.weight" in capsys.readouterr().out
    mixed = load_gguf_weights(quant.open_gguf(tmp_path / "k.gguf"))
    assert mixed["blk.0.ffn_down.weight"].format.name == "q4_k"  # its input dim is 256
    assert mixed["blk.0.attn_qkv.weight"].format.name == "q5_0"


def test_quantize_reads_any_gguf_and_refuses_bad_paths(tmp_path, capsys):
    """A GGUF source is known by its bytes, not its name, and its BF16 tensors (llama.cpp's converter output) are
    dequantized first; a destination that is the source, a folder, or in a missing folder is refused before any
    work, naming it, and the source is untouched."""
    from minic.cli import main
    w = np.random.default_rng(0).standard_normal((32, 64)).astype(np.float32)
    bf16 = (w.view(np.uint32) >> 16).astype(np.uint16)  # truncated to bfloat16
    src = tmp_path / "model.bin"  # no .gguf suffix
    writer = gguf.GGUFWriter(str(src), "llama")
    writer.add_tensor("blk.0.ffn_up.weight", bf16, raw_dtype=gguf.GGMLQuantizationType.BF16)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    assert main(["quantize", "--format", "q8_0", str(src), str(tmp_path / "q8.gguf")]) == 0
    got = load_gguf_weights(quant.open_gguf(tmp_path / "q8.gguf"))["blk.0.ffn_up.weight"]
    want = (bf16.astype(np.uint32) << 16).view(np.float32)
    np.testing.assert_array_equal(got.numpy(), quant.quantize(want, "q8_0").numpy())
    before = src.read_bytes()
    capsys.readouterr()
    refused = ((src, "is SRC itself"), (tmp_path, "is a directory"), (tmp_path / "no" / "x.gguf", "does not exist"))
    for dst, says in refused:
        assert main(["quantize", "--format", "q4_0", str(src), str(dst)]) == 1
        assert says in capsys.readouterr().err
    assert src.read_bytes() == before
    (tmp_path / "text.gguf").write_text("not a gguf")
    assert main(["quantize", "--format", "q4_0", str(tmp_path / "text.gguf"), str(tmp_path / "o.gguf")]) == 1
    assert "not a GGUF file (it does not start with the bytes 'GGUF')" in capsys.readouterr().err


def test_gpu_gemv_loads_each_code_byte_once():
    """On a GPU a thread takes a run of consecutive codes of a block and reads it as one wide load, whose bytes
    serve both nibbles: no code byte is loaded on its own, and each block's run is loaded once a step."""
    import re

    from minic.sched import rules
    from minic.sched.fuse import fuse
    w = quant.quantize(W, "q4_0")
    x = Tensor(rng.standard_normal((1, IN)).astype(np.float32))
    y = quant.linear(x, w)
    (kg,) = fuse([y.node], y.device, y.var_vals)
    text = rules.choose(kg, cuda_target()).kernel.to_text()
    codes = re.search(r"uint8\* (b\d+)", text).group(1)
    loads = [line for line in text.splitlines() if f"{codes}[" in line]
    assert len(loads) == 1 and re.search(r"for i < (4|8|16)  # one load", loads[0]), text


# formats whose blocks a GPU GEMV thread reads in runs of at least 4 bytes of codes (the 16 sub-blocks of Q6_K,
# Q2_K and Q3_K, and IQ4_XS's runs of 16 in 8 sub-blocks, leave a thread 2 positions of a run, read a byte at a time)
WIDE_CODES = ["q8_0", "q4_0", "q4_1", "q4_k", "q4g32", "q4g128", "nf4", "iq4_nl"]


@pytest.mark.parametrize("fmt", WIDE_CODES)
def test_gpu_gemv_reads_codes_in_wide_loads(fmt):
    """As a float16 model computes it (float16 rows, the dequantized weight cast to float16): on CUDA every read of
    the codes is a wide load and no other element is loaded twice; on OpenCL, where the device runs here, the same
    schedule's result equals numpy's; the CUDA kernel compiles with NVRTC."""
    import re

    from minic.codegen.cuda import CUDARenderer
    from minic.sched import rules
    from minic.sched.fuse import fuse
    w = quant.quantize(W, fmt)
    xa = rng.standard_normal((1, IN)).astype(np.float16)
    y = Tensor(xa) @ w.dequant().cast(minic.float16).T
    (kg,) = fuse([y.node], y.device, y.var_vals)
    kernel = rules.choose(kg, cuda_target()).kernel
    codes = f"b{[id(b) for b in kg.buffers].index(id(w.parts['qs'].node.arg))}"
    reads = [line for line in kernel.to_text().splitlines() if f"{codes}[" in line]
    assert reads and all(re.search(r"for i < (4|8|16)  # one load", line) for line in reads), kernel.to_text()
    loads = [line.split("=", 1)[1] for line in kernel.to_text().splitlines() if re.search(r"= b\d+\[", line)]
    assert len(loads) == len(set(loads)), kernel.to_text()  # a scale serves its block's positions from one load
    if "CL" in devices_here():
        wc = quant.quantize(W, fmt, device="CL")
        got = (Tensor(xa, device="CL") @ wc.dequant().cast(minic.float16).T).numpy().astype(np.float32)
        want = xa.astype(np.float32) @ w.numpy().astype(np.float16).astype(np.float32).T
        np.testing.assert_allclose(got, want, rtol=2e-3, atol=2e-3 * np.abs(want).max())
    assert ".entry" in nvrtc_or_skip().compile_ptx(CUDARenderer().render(kernel))  # (last: skips without NVRTC)


@pytest.mark.parametrize("fmt", WIDE_CODES + ["q6_k", "q5_0", "q5_1", "q5_k", "q2_k", "q3_k", "iq4_nl", "iq4_xs"])
def test_gpu_gemv_unrolls_even_packed_steps(fmt):
    """GpuGemvSettings.packed_unroll: where every thread of a column takes the same few steps through a packed
    weight's blocks (one row, K = 4,096), the K loop counts them and is unrolled (its loads issued together), or
    is no loop for one step; else it strides the blocks as before. On OpenCL, where it runs here, the unrolled
    kernel's result equals numpy's; the CUDA kernel compiles with NVRTC."""
    from minic.codegen.cuda import CUDARenderer
    from minic.sched import rules
    from minic.sched.fuse import fuse
    from minic.sched.rules.gpu_gemv import gpu_gemv_tile
    from minic.sched.rules.matmul_plan import analyze

    def steps(kg, target) -> int:
        return gpu_gemv_tile(analyze(kg), target).steps
    wn = (rng.standard_normal((64, 4096)) * 0.05).astype(np.float32)
    xa = rng.standard_normal((1, 4096)).astype(np.float16)
    w = quant.quantize(wn, fmt)
    y = Tensor(xa) @ w.dequant().cast(minic.float16).T
    (kg,) = fuse([y.node], y.device, y.var_vals)
    decision = rules.choose(kg, cuda_target())
    kernel, unrolled = decision.kernel, steps(kg, cuda_target()) > 1
    assert ("# unroll" in kernel.to_text()) == unrolled, kernel.to_text()  # one step: no loop
    assert ("steps a thread in an unrolled loop" in decision.description) == unrolled
    if "CL" in devices_here():
        wd = quant.quantize(wn, fmt, device="CL")
        yd = Tensor(xa, device="CL") @ wd.dequant().cast(minic.float16).T
        (k,) = yd.schedule()
        assert ("# unroll" in k.loop.to_text()) == (steps(k.graph, get_device("CL").target) > 1)
        want = xa.astype(np.float32) @ w.numpy().astype(np.float16).astype(np.float32).T
        np.testing.assert_allclose(yd.numpy().astype(np.float32), want, rtol=2e-3, atol=2e-3 * np.abs(want).max())
    assert ".entry" in nvrtc_or_skip().compile_ptx(CUDARenderer().render(kernel))  # (last: skips without NVRTC)


@pytest.mark.parametrize("K, N, rows, warps, unrolled", [(4096, 4096, 1, 1, True), (14336, 4096, 1, 1, True),
                                                          (6400, 1600, 1, 4, False), (4096, 512, 1, 4, False),
                                                          (4096, 4096, 4, 4, False)])
def test_gpu_gemv_packed_columns_take_the_warps_an_unrolled_loop_needs(K, N, rows, warps, unrolled):
    """A packed weight's column takes no more warps than leave each lane an even, unrollable number of steps
    (LLaMA's Q4_0 GEMVs of K = 4,096 and 14,336 over 4,096 columns: one warp, 4 and 14 steps), as long as the
    kernel keeps packed_unroll_min_warps warps a multiprocessor (512 columns: 4 warps each, one step: no loop);
    where no warp count gives even steps (GPT-2 XL's K = 6,400: 200 blocks) the warps grow as before
    (packed_min_steps), and so they do for batched rows (GpuGemvTile.steps)."""
    from minic.engine import kernel_graphs
    from minic.sched import rules
    from minic.sched.rules.gpu_gemv import gpu_gemv_tile
    from minic.sched.rules.matmul_plan import analyze
    t = quant.linear(Tensor(np.zeros((rows, K), np.float32)), quant.quantize(np.zeros((N, K), np.float32), "q4_0"))
    target = cuda_target().with_(multiprocessors=132)
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    tile = gpu_gemv_tile(analyze(kg), target)
    assert tile.warps == warps and tile.thread_cols == 1, tile
    assert ("# unroll" in rules.choose(kg, target).kernel.to_text()) == unrolled


@pytest.mark.parametrize("K, N, fmt, rows, columns", [(576, 49152, "q8_0", 1, 2), (1600, 50257, "q4g32", 1, 2),
                                                       (1600, 6400, "q4g32", 1, 1), (4096, 128256, "q4_0", 1, 1),
                                                       (576, 49152, "q8_0", 3, 1)])
def test_gpu_gemv_packed_heads_take_two_columns_a_warp(K, N, fmt, rows, columns):
    """GpuGemvSettings.packed_thread_cols: a packed weight's warp computes two columns side by side (their codes'
    loads in flight together, A's shared) where the kernel keeps packed_thread_cols_min_warps warps a
    multiprocessor, the heads (SmolLM2's 49,152 columns, GPT-2 XL's 50,257), and its K loop is not unrolled
    (LLaMA's head of K = 4,096: four steps of two columns took twice the time); GPT-2 XL's c_fc keeps one, and so
    do batched rows (unmeasured with two)."""
    from minic.codegen.cuda import CUDARenderer
    from minic.engine import kernel_graphs
    from minic.sched import rules
    from minic.sched.rules.gpu_gemv import gpu_gemv_tile
    from minic.sched.rules.matmul_plan import analyze
    t = quant.linear(Tensor(np.zeros((rows, K), np.float32)), quant.quantize(np.zeros((N, K), np.float32), fmt))
    target = cuda_target().with_(multiprocessors=132)
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    assert gpu_gemv_tile(analyze(kg), target).thread_cols == columns
    source = CUDARenderer().render(rules.choose(kg, target).kernel)
    assert ".entry" in nvrtc_or_skip().compile_ptx(source)  # (last: skips without NVRTC)


LINEARS = ("attn.c_attn.weight", "attn.c_proj.weight", "mlp.c_fc.weight", "mlp.c_proj.weight")
# largest |logit error| over the largest |logit| of a quantized random GPT-2 (1 layer), about 3x what it reaches
GPT2_ERROR = {"int8": 0.02, "q4_0": 0.3, "q4_k": 0.3}


@pytest.fixture(scope="module")
def gpt2_small_width(tmp_path_factory):
    from minic.cli import main
    from models.weights import load
    path = tmp_path_factory.mktemp("gpt2q")
    assert main(["make-random-gpt2", str(path), "--n-layer", "1", "--n-head", "2", "--n-embd", "256",
                 "--vocab-size", "128", "--n-positions", "16"]) == 0
    cfg, params, _ = load(str(path))
    return cfg, params


@pytest.mark.parametrize("fmt", sorted(GPT2_ERROR))
def test_gpt2_with_quantized_linears(gpt2_small_width, fmt):
    """GPT-2's linears as lazy dequant expressions (models/gpt2.py is unchanged: `a @ w` fuses the dequant into its
    matmul): logits equal a float32 GPT-2 holding the dequantized weights, and stay within the format's error of
    the float32 model; int8 picks the same ids (the argmax after every token of the prompt)."""
    from models.gpt2 import GPT2
    cfg, params = gpt2_small_width
    prompt = [5, 17, 100, 42, 7, 64, 3, 90, 11, 120, 33, 8]
    qw = {k: quant.quantize(v.T, fmt) for k, v in params.items() if k.endswith(LINEARS)}
    model = GPT2(cfg, params)
    for k, w in qw.items():
        model.w[k] = w.dequant().T
    got = model.prefill(prompt, all_logits=True)
    same_weights = GPT2(cfg, {**params, **{k: w.numpy().T for k, w in qw.items()}}).prefill(prompt, all_logits=True)
    np.testing.assert_allclose(got, same_weights, rtol=1e-4, atol=1e-4 * np.abs(same_weights).max())
    exact = GPT2(cfg, params).prefill(prompt, all_logits=True)
    err = np.abs(got - exact).max() / np.abs(exact).max()
    assert 0 < err <= GPT2_ERROR[fmt], err
    if fmt == "int8":
        np.testing.assert_array_equal(got.argmax(-1), exact.argmax(-1))


def test_smollm2_tensors_bit_for_bit(request):
    """A real GGUF file (SmolLM2's Q4_1 with its Q8_0 embedding), when cached here (tests/test_llama.py fetches
    it): minic's dequant of its tensors equals gguf's own, bit for bit, and its Q4_1 GEMV is one kernel."""
    from models.default_model import FILENAME
    path = smollm2_folder(request) / FILENAME
    if not path.exists():
        pytest.skip(f"{FILENAME} is not cached (tests/test_llama.py fetches it)")
    reader = quant.open_gguf(path)
    tensors = {t.name: t for t in reader.tensors}
    assert tensors["token_embd.weight"].tensor_type == gguf.GGMLQuantizationType.Q8_0
    for name in ("blk.0.ffn_down.weight", "blk.7.attn_k.weight"):
        t = tensors[name]
        w = quant.load_gguf_tensor(t)
        theirs = gguf.quants.dequantize(t.data, t.tensor_type).reshape(w.shape)
        assert np.array_equal(bits(w.dequant().numpy()), bits(theirs)), name
    w = quant.load_gguf_tensor(tensors["blk.0.ffn_down.weight"])
    assert w.format.name == "q4_1" and w.shape == (576, 1536)
    x = Tensor(rng.standard_normal((1, 1536)).astype(np.float32))
    y = quant.linear(x, w)
    _one_kernel(y, w, "GEMV", x)
    want = x.numpy() @ w.numpy().T
    np.testing.assert_allclose(y.numpy(), want, rtol=1e-4, atol=packed_atol(want))


def test_prefill_packs_dequantized_panels():
    """Prefill at a weight's real width: each core dequantizes its column panel once into scratch (the packed
    micro-kernel's input) and the kernel is still the only one. Packing needs a column tile for every core, so the
    weight is as wide as this machine needs (on a 16-core machine 256 columns made too few tiles)."""
    width = max(256, 64 * minic.get_device("LLVM").target.cpu_cores)
    w = quant.quantize(rng.standard_normal((width, IN)).astype(np.float32), "q4_0")
    n = Var("n", 1, 256)
    xa = rng.standard_normal((100, IN)).astype(np.float32)
    x = Tensor(xa, shape=(n, IN))
    y = quant.linear(x, w)
    k = _one_kernel(y, w, "Matmul", x)
    assert "panel of B packed per core" in k.rule_why and "K in blocks of 32" in k.rule_why
    np.testing.assert_allclose(y.numpy(), xa @ w.numpy().T, rtol=1e-4, atol=1e-3)


def test_unsupported_gguf_type_is_named(tmp_path):
    path = tmp_path / "iq2.gguf"
    writer = gguf.GGUFWriter(str(path), "llama")
    block, size = gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType.IQ2_XXS]
    writer.add_tensor("w", np.zeros((OUT, IN // block * size), np.uint8),
                      raw_dtype=gguf.GGMLQuantizationType.IQ2_XXS)
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    (t,) = quant.open_gguf(path).tensors
    with pytest.raises(MinicError, match="GGUF tensor type IQ2_XXS is not supported: minic reads .*Q3_K.*IQ4_XS"):
        quant.load_gguf_tensor(t)


def test_ggml_type_numbers_are_gguf_s():
    """minic spells GGUF's type numbers and block sizes itself (no gguf needed to quantize): they are gguf's."""
    from minic.quant.ggml_types import BLOCK_BYTES, GGMLType
    for t in GGMLType:
        assert t == gguf.GGMLQuantizationType[t.name], t
    for t, sizes in BLOCK_BYTES.items():
        assert sizes == gguf.GGML_QUANT_SIZES[gguf.GGMLQuantizationType[t.name]], t


def test_quantized_weights_need_no_gguf_package():
    """Without the gguf package, weights quantize and run (GPT-2 serving imports minic.quant through the LLaMA
    model), and reading a GGUF file says what to install."""
    code = """
import sys
sys.modules["gguf"] = None  # import gguf raises ImportError
import numpy as np
import minic
from minic import Tensor, quant
import models.paged  # noqa: F401 (the server's model imports)
w = quant.quantize(np.random.default_rng(0).standard_normal((64, 64)).astype(np.float32), "q4_0")
x = np.ones((1, 64), np.float32)
assert np.allclose(quant.linear(Tensor(x), w).numpy(), x @ w.numpy().T, rtol=1e-4, atol=1e-4)
try:
    quant.open_gguf("missing.gguf")
except minic.MinicError as e:
    print(e)
"""
    root = str(Path(__file__).resolve().parent.parent)
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, cwd=root,
                       env={**os.environ, "PYTHONPATH": root})
    assert r.returncode == 0, r.stderr[-2000:]
    assert "needs the gguf package: pip install 'minic[llama]'" in r.stdout


@pytest.mark.parametrize("fmt,K,chunked", [("q4_0", 2048, 32), ("q4_1", 4096, 32), ("q4_k", 2048, 16),
                                           ("q4_0", 1024, 16)])
def test_integer_gemv_chunks_reach_further_at_long_k(fmt, K, chunked):
    """Where the GEMV's products are plain pairwise integer ones (Q4_0, Q4_1) and K >= int_chunk_min_k, a symbolic
    row count runs the GEMV chunks up to int_chunk_rows rows (they beat the integer tiles there: bench/README.md);
    K-quants (folded scales) and shorter rows keep gemv_chunk_rows. The chunked rows equal numpy within x's int16
    rounding."""
    from minic.engine import kernel_graphs
    from minic.sched import rules
    dev = get_device("LLVM")
    if not (dev.target.int_dot and dev.target.pair_dot):
        pytest.skip("this CPU's target has no pairwise integer products (Target.int_dot, pair_dot)")
    w = quant.quantize((rng.standard_normal((96, K)) * 0.05).astype(np.float32), fmt)
    x = Tensor(rng.standard_normal((min(chunked, 30), K)).astype(np.float32), shape=(Var("n", 1, 512), K))
    y = quant.linear(x, w)
    (kg,) = kernel_graphs([y.node], y.var_vals, y.device, dev.target)
    assert f"when n <= {chunked}: the GEMV path over chunks" in rules.choose(kg, dev.target).rule.describe(
        kg, dev.target)
    want = x.numpy() @ w.numpy().T
    np.testing.assert_allclose(y.numpy(), want, rtol=0, atol=3e-4 * np.abs(want).max())
