"""The GPU GEMV's integer products over a packed weight (rules/gpu_int_dot.py): x quantized to int16 per run in
group memory, four codes a word of bytes against two words of x (dot2lo / dot2hi). Run for real wherever the
renderer has the byte-pair products: CUDA's dp2a on a GPU machine, OpenCL's emulated ones on PoCL here (forced with
GpuGemvSettings.int_dot="any"); the CUDA kernels compile with NVRTC everywhere."""
from __future__ import annotations

import contextlib

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, packed_atol

from minic import Tensor, quant
from minic.engine import kernel_graphs
from minic.runtime.registry import get_device
from minic.sched import rules
from minic.sched.rules.gpu_gemv import GpuGemvSettings
from minic.sched.rules.settings import tune

INT_FORMATS = ["q4_0", "q4_1", "q8_0", "q4g32", "q4g128", "q4_k"]  # affine per plane, byte codes
FLOAT_FORMATS = ["q6_k", "nf4"]  # two code fields summed in float / a codebook: the float K loop


def f32(*shape, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


@contextlib.contextmanager
def integer_products(device: str):
    """`device` schedules GEMVs with integer products wherever its renderer has them; skips where it has none."""
    dev = get_device(device)
    if not dev.target.byte_dot:
        pytest.skip(f"{device}'s renderer has no byte-pair products (Target.byte_dot): WGSL has no dp2a")
    saved = dev.target
    dev.target = tune(saved, GpuGemvSettings, int_dot="any")
    try:
        yield dev.target
    finally:
        dev.target = saved


def describe(t: Tensor, target) -> str:
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    return rules.choose(kg, target).rule.describe(kg, target)


@pytest.mark.parametrize("fmt", INT_FORMATS)
@pytest.mark.parametrize("K,N", [(256, 40), (768, 72), (1024, 24)])
def test_integer_products_equal_the_dequantized_product(gpu_device, fmt, K, N):
    """Every affine format at widths where the threads read whole blocks or parts of them, with columns that
    overhang the group: x @ W.T equals numpy's product with the format's numpy dequant within the int16 rounding
    of x (2^-16 of a run's largest element)."""
    x, wn = f32(1, K), f32(N, K, seed=1) * 0.1
    with integer_products(gpu_device) as target:
        w = quant.quantize(wn, fmt, device=gpu_device)
        t = quant.linear(Tensor(x, device=gpu_device), w)
        assert "integer products" in describe(t, target)
        got = t.numpy()
    want = x @ w.numpy().T
    np.testing.assert_allclose(got, want, rtol=0, atol=packed_atol(want))


@pytest.mark.parametrize("dtype", ["float32", "float16"])
@pytest.mark.parametrize("fmt", ["q4_1", "q8_0", "q4_k"])
def test_integer_products_of_several_rows_under_a_norm(gpu_device, fmt, dtype):
    """Rows of a batch and the RMSNorm before the product, in a float32 or a float16 model: the group quantizes the
    normalised rows, each row its own runs' scales; a zero row and a row of one large element keep their exact
    zero and their scale."""
    K, N = 512, 48
    x, g, wn = f32(3, K), f32(K, seed=2), f32(N, K, seed=1) * 0.1
    x[1] = 0.0
    x[2, 7] = 1e4
    with integer_products(gpu_device) as target:
        w = quant.quantize(wn, fmt, device=gpu_device)
        xs, gs = (Tensor(v, device=gpu_device).cast(dtype) for v in (x, g))
        t = quant.linear(xs.rms_norm(gs), w)
        assert "integer products" in describe(t, target)
        got = t.cast("float32").numpy()
    x, g = (v.astype(dtype).astype(np.float32) for v in (x, g))
    xn = x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-6) * g
    if dtype == "float16":  # the norm's output is rounded to float16 before the product
        xn = xn.astype(np.float16).astype(np.float32)
    want = xn @ w.numpy().T
    assert np.all(got[1] == 0.0)
    for r in (0, 2):
        np.testing.assert_allclose(got[r], want[r], rtol=0, atol=packed_atol(want[r], 1e-4 if dtype == "float32"
                                                                             else 2e-3))


def test_integer_products_of_sibling_weights(gpu_device):
    """LLaMA's gate and up projections read the same normalised row in one kernel: x is quantized once for
    both products."""
    K, N = 256, 40
    x, g = f32(1, K), f32(K, seed=2)
    wg, wu = f32(N, K, seed=3) * 0.1, f32(N, K, seed=4) * 0.1
    with integer_products(gpu_device) as target:
        qg, qu = (quant.quantize(w, "q4_k", device=gpu_device) for w in (wg, wu))
        a = Tensor(x, device=gpu_device).rms_norm(Tensor(g, device=gpu_device))
        y = quant.linear(a, qg).silu() * quant.linear(a, qu)
        text = describe(y, target)
        assert "integer products" in text and "sibling products" in text
        got = y.numpy()
    xn = x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-6) * g
    gate, up = xn @ qg.numpy().T, xn @ qu.numpy().T
    want = gate / (1 + np.exp(-gate)) * up
    np.testing.assert_allclose(got, want, rtol=0, atol=packed_atol(want, 3e-4))


def test_a_nan_in_x_makes_nan_not_garbage(gpu_device):
    """The staging's max skips a NaN (its code would be anything): the run's scale is the NaN sum instead."""
    x = f32(1, 256)
    x[0, 100] = np.nan
    with integer_products(gpu_device):
        w = quant.quantize(f32(16, 256, seed=1) * 0.1, "q4_1", device=gpu_device)
        got = quant.linear(Tensor(x, device=gpu_device), w).numpy()
    assert np.isnan(got).all()


@pytest.mark.parametrize("fmt", FLOAT_FORMATS)
def test_formats_that_are_not_affine_keep_the_float_loop(fmt):
    target = cuda_target()
    t = quant.linear(Tensor(f32(1, 512)), quant.quantize(f32(64, 512), fmt))
    assert "integer products" not in describe(t, target)


def test_cuda_takes_dp2a_where_told():
    """CUDA's byte_dot is native: int_dot="native" takes the integer loop, whose PTX has the dp2a instructions
    (compiled with NVRTC); the default (until measured on a GPU) keeps the float loop."""
    t = quant.linear(Tensor(f32(1, 576).astype(np.float16)), quant.quantize(f32(96, 576), "q4_1"))
    (ptx,) = compile_all_cuda(t, tune(cuda_target(), GpuGemvSettings, int_dot="native"), "GEMV")
    assert "dp2a.lo.s32.s32" in ptx and "dp2a.hi.s32.s32" in ptx
    (ptx,) = compile_all_cuda(t, cuda_target(), "GEMV")
    assert "dp2a" not in ptx


@pytest.mark.parametrize("fmt", INT_FORMATS)
def test_codes_are_read_four_to_a_word(fmt):
    """Every format here keeps its codes in whole bytes (Q8_0) or nibbles of bytes: a thread's four codes of a
    plane are one word of its wide load (masked to the nibbles: one or two instructions), not four bytes put
    together, and Q4_0's q - 8 leaves its codes as raw nibbles (the 8 goes into the offset)."""
    from minic.codegen.cuda import CUDARenderer
    target = tune(cuda_target(), GpuGemvSettings, int_dot="native")
    t = quant.linear(Tensor(f32(1, 1024).astype(np.float16)), quant.quantize(f32(256, 1024), fmt))
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    src = CUDARenderer().render(rules.choose(kg, target).kernel)
    assert "__dp2a_lo" in src and "(const int*)" in src
    assert (str(0x0F0F0F0F) in src) == (fmt != "q8_0")
    assert "* 256)" not in src and "+ 256)" not in src
