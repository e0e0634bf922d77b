"""The CPU GEMV's integer dot products (rules/cpu_int_dot.py): which formats take them, how close they stay to the
float product, and that everything else keeps the float loop."""
from __future__ import annotations

import numpy as np
import pytest

import minic
from minic import Tensor, quant
from minic.dtype import int8, int32, uint8
from minic.quant.format import Format, Part
from minic.quant.ops import spread
from minic.runtime.registry import get_device
from minic.sched.loopir import Alu, Cast, Const, Load, Loop, Store
from minic.sched.rules import cpu_int_dot
from minic.sched.rules.cpu_gemv import CpuGemvSettings
from minic.sched.rules.cpu_int_dot import widened_span
from minic.sched.rules.settings import tune

rng = np.random.default_rng(11)
# dequant = scale * code + offset per bit plane, a K-quant's sub-block scales integers folded into its codes
# (Q6_K's two code fields, summed in float, join into one integer code)
AFFINE = ["q4_0", "q4_1", "q8_0", "q4g32", "q4g128", "q4_k", "q5_k", "q3_k", "q2_k", "q6_k"]
NOT_AFFINE = ["nf4", "iq4_xs", "int8"]  # codebooks, no K split
FLOAT_SLACK = 1e-6  # of the largest output: float rounding (the float path is ~1e-7)


def cpu_devices() -> list:
    return [d for d in ("LLVM", "C") if minic.devices().get(d) == "ok"]


def gemv(fmt: str, device: str, out: int = 48, cols: int = 512, x: np.ndarray | None = None):
    """(minic's x @ w.T, numpy's of the same dequantized weight, the kernel's loop IR, the integer path's error
    bound of each output)."""
    w = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), fmt, device=device)
    x = rng.standard_normal((1, cols)).astype(np.float32) if x is None else x
    y = quant.linear(Tensor(x, device=device), w)
    (kernel,) = y.schedule()
    block = w.format.block  # int8 per channel has none
    bound = int_error_bound(x, w.numpy(), block) if block and cols % block == 0 else None
    return y.numpy(), x @ w.numpy().T, kernel.loop.to_text(), bound


def int_error_bound(x: np.ndarray, w: np.ndarray, block: int, xq_max: int = cpu_int_dot.XQ_MAX) -> np.ndarray:
    """The most the integer path can be off per output of x @ w.T: each x rounded to the nearest multiple of its
    block's step max|x| / xq_max (32,767 for int16 codes, 127 for int8; half a step at most), times |w|, summed
    over K; 1% over for the step's own float rounding."""
    rows, cols = x.shape
    top = np.abs(x).reshape(rows, cols // block, block).max(-1)
    half_step = np.repeat(top / xq_max / 2, block, axis=1)
    return 1.01 * (half_step @ np.abs(w).T)


def close(got: np.ndarray, want: np.ndarray, bound: np.ndarray | float) -> None:
    """got within `bound` (per output, or a fraction of the largest output) of want, plus float rounding."""
    scale = np.abs(want).max()
    atol = bound * scale if np.isscalar(bound) else bound
    assert np.all(np.abs(got - want) <= atol + FLOAT_SLACK * scale), np.abs(got - want).max()


def needs_int_dot(device: str) -> None:
    if not get_device(device).target.int_dot:
        pytest.skip(f"{device}: this CPU has no AVX2 (the integer path is for x86 with 256-bit vectors)")


@pytest.mark.parametrize("device", cpu_devices())
@pytest.mark.parametrize("fmt", AFFINE)
def test_affine_formats_take_integer_products(fmt, device):
    needs_int_dot(device)
    got, want, ir, bound = gemv(fmt, device)
    assert "xq" in ir, ir  # x staged as integer codes
    close(got, want, bound)


def _loads(x, out: list) -> list:
    """Every Load inside `x` (statements, values, or lists of them)."""
    if isinstance(x, Load):
        out.append(x)
    if isinstance(x, (list, tuple)):
        for y in x:
            _loads(y, out)
    elif hasattr(x, "__dataclass_fields__") and not isinstance(x, Load):
        for name in x.__dataclass_fields__:
            _loads(getattr(x, name), out)
    return out


def _k_loops(body: list) -> list:
    """The loops over K's blocks: serial loops whose body holds the run loop that adds into the lanes."""
    found = []
    for s in body:
        if isinstance(s, Loop):
            inner = [t for t in s.body if isinstance(t, Loop)]
            if s.kind == "serial" and any(isinstance(t, Store) and t.buf.startswith("lanes")
                                          for i in inner for t in i.body):
                found.append(s)
            found += _k_loops(s.body)
    return found


@pytest.mark.parametrize("fmt", ["q4_1", "q4_0", "q4g32"])
def test_block_scales_and_offsets_stay_out_of_the_k_loop(fmt):
    """A task computes each block's scale (the weight's times x's) and offset terms before its K loop, in a vector
    loop over the blocks: inside the K loop the only buffer of the kernel it reads is the weight's codes (scalar
    work per block and column there cost SmolLM2's CPU decode a third of its time: bench/README.md)."""
    needs_int_dot("LLVM")
    w = quant.quantize((rng.standard_normal((24, 256)) * 0.05).astype(np.float32), fmt, device="LLVM")
    (kernel,) = quant.linear(Tensor(rng.standard_normal((1, 256)).astype(np.float32)), w).schedule()
    loop = kernel.loop
    params = {b.name: b.dtype for b in loop.bufs}
    k_loops = _k_loops(loop.body)
    assert k_loops, loop.to_text()
    for k_loop in k_loops:
        read = {ld.buf for ld in _loads(k_loop.body, []) if ld.buf in params}
        assert read and all(params[b] in (uint8, int8) for b in read), (read, loop.to_text())
        assert any(ld.buf.startswith("sdx") for ld in _loads(k_loop.body, []))


@pytest.mark.parametrize("device", cpu_devices())
@pytest.mark.parametrize("fmt", NOT_AFFINE)
def test_other_formats_keep_the_float_loop(fmt, device):
    got, want, ir, _ = gemv(fmt, device, cols=512)
    assert "xq" not in ir
    close(got, want, 1e-5)


def test_setting_off_and_python_keep_floats():
    """`CpuGemvSettings(int_dot=False)` and the PY device (its kernels are Python: no SIMD to win) multiply floats."""
    dev = get_device("LLVM")
    needs_int_dot("LLVM")
    base = dev.target
    try:
        dev.target = tune(base, CpuGemvSettings, int_dot=False)
        got, want, ir, _ = gemv("q4_1", "LLVM")
    finally:
        dev.target = base
    assert "xq" not in ir
    close(got, want, 1e-5)
    assert not get_device("PY").target.int_dot
    got, want, ir, _ = gemv("q4_0", "PY", out=8, cols=64)
    assert "xq" not in ir
    close(got, want, 1e-5)


@pytest.mark.parametrize("device", cpu_devices())
def test_blocks_of_very_different_size(device):
    """Each block of x has its own scale: a block of tiny values next to one of huge ones keeps its precision, and
    an all-zero block (scale 0) gives zeros, not NaNs."""
    needs_int_dot(device)
    x = rng.standard_normal((1, 512)).astype(np.float32)
    x[0, :32] *= 1e-6
    x[0, 32:64] *= 1e4
    x[0, 64:96] = 0.0
    got, want, _, bound = gemv("q4_1", device, x=x)
    close(got, want, bound)
    w = quant.quantize((rng.standard_normal((16, 32)) * 0.05).astype(np.float32), "q4_1", device=device)
    small = np.full((1, 32), 3e-7, np.float32)
    np.testing.assert_allclose(quant.linear(Tensor(small, device=device), w).numpy(), small @ w.numpy().T,
                               rtol=1e-4, atol=1e-12)


@pytest.mark.parametrize("device", cpu_devices())
@pytest.mark.parametrize("fmt", ["q4_0", "q4_1"])
def test_non_finite_x_is_not_lost(device, fmt):
    """A NaN or an infinity in x makes every output NaN or infinite (as the float loop's), never finite garbage: the
    max that sets a block's int16 scale skips NaNs, so such a block's scale is its (non-finite) sum."""
    needs_int_dot(device)
    for bad in (np.nan, np.inf):
        x = rng.standard_normal((1, 512)).astype(np.float32)
        x[0, 40] = bad
        got = gemv(fmt, device, x=x)[0]
        assert not np.isfinite(got).any(), (bad, got)


@pytest.mark.parametrize("device", cpu_devices())
def test_rows_columns_and_siblings(device):
    """Several rows, an N that leaves a partial task, and LLaMA's gate/up pair under an RMSNorm (siblings sharing the
    staged rows): each output against numpy."""
    needs_int_dot(device)
    cols, out = 256, 37
    wg = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), "q4_1", device=device)
    wu = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), "q4_0", device=device)
    xn = rng.standard_normal((3, cols)).astype(np.float32)
    gamma = rng.standard_normal(cols).astype(np.float32)
    x = Tensor(xn, device=device)
    normed = x * ((x * x).mean(-1, keepdim=True) + 1e-5).rsqrt() * Tensor(gamma, device=device)
    gate, up = quant.linear(normed, wg), quant.linear(normed, wu)
    y = gate.silu() * up
    ir = "\n".join(k.loop.to_text() for k in y.schedule())
    assert "xq" in ir
    ref_norm = xn / np.sqrt((xn * xn).mean(-1, keepdims=True) + 1e-5) * gamma
    g, u = ref_norm @ wg.numpy().T, ref_norm @ wu.numpy().T
    dg, du = int_error_bound(ref_norm, wg.numpy(), 32), int_error_bound(ref_norm, wu.numpy(), 32)
    silu = g / (1 + np.exp(-g))  # |silu'| <= 1.1: the error of silu(g) * u from g's and u's
    close(y.numpy(), silu * u, 1.1 * dg * (np.abs(u) + du) + np.abs(silu) * du)


@pytest.mark.parametrize("device", cpu_devices())
@pytest.mark.parametrize("rows", [1, 3])
def test_k_quant_block_forms_made_before_the_k_loop(device, rows):
    """Where the products stay float ones (a CPU without integer multiply-adds; here `int_dot` off), Q4_K's
    per-plane scales and offsets are staged per column before the K loop (cpu_tile._BlockForms): one row and
    several, an N that leaves a partial task (guarded columns), and a gate/up pair (Q4_K siblings, as Q4_K_M files
    have them) under an RMSNorm, against numpy; Q6_K (two code fields: not affine to the float loop) keeps its
    values and Q4_0's scales, plain loads, stay unstaged."""
    dev = get_device(device)
    base = dev.target
    dev.target = tune(base, CpuGemvSettings, int_dot=False)
    try:
        _k_quant_float_forms(device, rows)
    finally:
        dev.target = base


def _k_quant_float_forms(device: str, rows: int) -> None:
    cols, out = 512, 37
    wg = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), "q4_k", device=device)
    wu = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), "q4_k", device=device)
    w6 = quant.quantize((rng.standard_normal((out, cols)) * 0.05).astype(np.float32), "q6_k", device=device)
    xn = rng.standard_normal((rows, cols)).astype(np.float32)
    x = Tensor(xn, device=device)
    normed = x * ((x * x).mean(-1, keepdim=True) + 1e-5).rsqrt()
    ref = xn / np.sqrt((xn * xn).mean(-1, keepdims=True) + 1e-5)
    g, u = ref @ wg.numpy().T, ref @ wu.numpy().T
    gate = quant.linear(normed, wg)
    assert "wscale" in "\n".join(k.loop.to_text() for k in gate.schedule())
    close(gate.numpy(), g, 1e-5)
    if rows == 1:  # siblings share the staged row as a GEMV
        y = gate.silu() * quant.linear(normed, wu)
        assert "wscale" in "\n".join(k.loop.to_text() for k in y.schedule())
        close(y.numpy(), g / (1 + np.exp(-g)) * u, 1e-5)
    six = quant.linear(normed, w6)
    assert "wscale" not in "\n".join(k.loop.to_text() for k in six.schedule())
    close(six.numpy(), ref @ w6.numpy().T, 1e-5)
    plain = quant.quantize((rng.standard_normal((8, 64)) * 0.05).astype(np.float32), "q4_0", device=device)
    (k,) = quant.linear(Tensor(xn[:1, :64], device=device), plain).schedule()
    assert "wscale" not in k.loop.to_text()


class SignedBytes(Format):
    """Codes stored as bytes and read back as signed ones (values past 127 wrap to negatives): the widening of a
    code to int32 must keep the wrap (its range does not fit int8, so the cast stays)."""
    name, block = "signed_bytes_test", 32
    parts = (Part("d", "float32"), Part("qs", "uint8", (32,)))

    def quantize_blocks(self, x):
        d = np.abs(x).max(-1) / 127
        q = np.round(x / np.where(d == 0, 1, d)[..., None]).astype(np.int8)
        return {"d": d.astype(np.float32), "qs": q.view(np.uint8)}

    def reference_blocks(self, p):
        return p["d"][..., None] * p["qs"].view(np.int8).astype(np.float32)

    def expr(self, p):
        return p["qs"].cast(int8).float() * spread(p["d"], self.block)


@pytest.mark.parametrize("device", cpu_devices())
def test_a_format_defined_in_python_takes_the_integer_path(device):
    needs_int_dot(device)
    fmt = SignedBytes()
    w = quant.QuantizedWeight(fmt, (24, 128), fmt.quantize((rng.standard_normal((24, 128)) * 0.05).astype(np.float32)),
                              device)
    x = rng.standard_normal((1, 128)).astype(np.float32)
    y = quant.linear(Tensor(x, device=device), w)
    assert "xq" in y.schedule()[0].loop.to_text()
    close(y.numpy(), x @ w.numpy().T, int_error_bound(x, w.numpy(), fmt.block))


def test_widening_keeps_what_would_wrap():
    """Codes move to int32 only through operations whose result cannot change: a nibble (byte % 16) does, a byte
    read as signed does not (its range 0..255 does not fit int8)."""
    byte = Load(uint8, "b", 0)
    nibble = Alu(uint8, "mod", (byte, Const(uint8, 16)))
    assert widened_span(nibble, {}) == (Alu(int32, "mod", (Cast(int32, byte), Const(int32, 16))), (0, 15))
    offset = Alu(int8, "sub", (Cast(int8, nibble), Const(int8, 8)))
    assert widened_span(offset, {}) == (Alu(int32, "sub", (Alu(int32, "mod", (Cast(int32, byte), Const(int32, 16))),
                                                           Const(int32, 8))), (-8, 7))
    signed = Cast(int8, byte)
    assert widened_span(signed, {}) == (Cast(int32, signed), (-128, 127))
    overflow = Alu(uint8, "mul", (byte, Const(uint8, 2)))
    assert widened_span(overflow, {}) == (Cast(int32, overflow), (0, 255))


def test_folded_codes_stay_inside_int32():
    """A run position sums |x code| <= 32767 * bound over a block's planes in int32, and a folded code is half a
    pair word (int16): 16 planes of codes up to 4,096 just fit, one more does not."""
    assert cpu_int_dot.fits_int32(4096, 16) and not cpu_int_dot.fits_int32(4097, 16)
    assert cpu_int_dot.fits_int32(32767, 2) and not cpu_int_dot.fits_int32(32768, 1)


def test_pairwise_products_equal_one_by_one():
    """Where the renderer has dot2 (LLVM), a block's planes are multiplied in pairs (x staged in pair words); the
    sums are the same integers as one product at a time, so the outputs are equal bit for bit. A format of one
    plane (Q8_0) keeps products one by one; the K-quants, whose codes carry their sub-block's integer scale
    (CpuGemvSettings.int_dot_folded), fold the two planes' scales into their code word half by half (mul2); C's
    renderer has neither."""
    needs_int_dot("LLVM")
    dev = get_device("LLVM")
    assert dev.target.pair_dot
    for fmt in ["q4_0", "q4_1", "q4g32", "q4g128", "q8_0", "q4_k", "q3_k"]:
        w = quant.quantize((rng.standard_normal((40, 512)) * 0.05).astype(np.float32), fmt, device="LLVM")
        x = Tensor(rng.standard_normal((1, 512)).astype(np.float32), device="LLVM")
        outs, irs = [], []
        base = dev.target
        for pair in (False, True):
            try:
                dev.target = tune(base, CpuGemvSettings, pair_dot=pair)
                y = quant.linear(x, w)
                irs.append(y.schedule()[0].loop.to_text())
                outs.append(y.numpy())
            finally:
                dev.target = base
        assert "dot2(" not in irs[0]
        assert "xq" in irs[1] and ("dot2(" in irs[1]) == (fmt != "q8_0"), (fmt, irs[1])
        assert ("mul2(" in irs[1]) == (fmt in ("q4_k", "q3_k")), (fmt, irs[1])
        np.testing.assert_array_equal(outs[0], outs[1])
    if "C" in cpu_devices():
        assert not get_device("C").target.pair_dot
        assert "dot2(" not in gemv("q4_1", "C")[2]


def test_a_constant_the_codes_add_leaves_their_words_raw():
    """Q4_0's codes are q - 8: the pair words are made from the raw nibbles ((v + v * 2^12) & 0xF000F, as Q4_1's)
    and -8 times the block's sum of x's integer codes is added once a block, an exact integer identity: the error
    stays that of the int16 rounding of x against the codes q - 8 (int_error_bound), not twice it as moving 8 * d
    into the float offset would make it."""
    needs_int_dot("LLVM")
    if not get_device("LLVM").target.pair_dot:
        pytest.skip("this CPU's target has no pairwise products (Target.pair_dot)")
    got, want, text, bound = gemv("q4_0", "LLVM")
    assert str(0x000F000F) in text and "dot2(" in text
    assert "xqsum" in text and "-8.0" in text
    close(got, want, bound)
