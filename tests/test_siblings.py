"""Sibling products: several products of one input in one kernel (LLaMA's silu(x @ Wg) * (x @ Wu)).

At decode a GEMV runs them side by side, reading the input once (matmul_plan.Plan.siblings); with more rows
than a GEMV takes the fuser cuts them apart so that each gets the Matmul rule (matmul_plan.fusion_cuts).
Checked against numpy on every backend, for plain and packed (quantized) weights of either layout, and
compiled for CUDA with NVRTC."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, packed_atol

import minic
from minic import Tensor, Var, quant
from minic.runtime.registry import get_device
from minic.sched.rules.cpu_gemv import CpuGemvSettings
from minic.sched.rules.matmul_plan import PRODUCT_CUT
from minic.sched.rules.settings import tune

rng = np.random.default_rng(11)
K, N = 96, 40


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def silu(x: np.ndarray) -> np.ndarray:
    return x / (1 + np.exp(-x))


def swiglu(x, g, u, lin):
    return lin(x, g).silu() * lin(x, u)


def weights(fmt: str, device: str, transposed: bool = False):
    """Two weights [N, K] as `fmt` (f32: plain tensors, read as x @ w.T, or x @ w with `transposed`), the numpy
    matrices they hold, and the product function."""
    wg, wu = f32(N, K), f32(N, K)
    if fmt == "f32" and transposed:
        return (Tensor(wg.T.copy(), device=device), Tensor(wu.T.copy(), device=device), wg, wu,
                lambda x, w: x @ w)
    if fmt == "f32":
        return Tensor(wg, device=device), Tensor(wu, device=device), wg, wu, lambda x, w: x @ w.T
    g, u = quant.quantize(wg, fmt, device=device), quant.quantize(wu, fmt, device=device)
    return g, u, g.numpy(), u.numpy(), quant.linear


@pytest.mark.parametrize("fmt,transposed", [("f32", False), ("f32", True), ("q4_0", False), ("q4_1", False),
                                            ("q8_0", False)])
@pytest.mark.parametrize("rows", [1, 3])
def test_gemv_runs_sibling_products_in_one_kernel(device, fmt, transposed, rows):
    g, u, gn, un, lin = weights(fmt, device, transposed)
    xn = f32(rows, K)
    t = swiglu(Tensor(xn, device=device), g, u, lin)
    kernels = t.schedule()
    assert [k.rule for k in kernels] == ["GEMV"]
    assert "2 sibling products of one input" in minic.explain(t, file=None)
    want = silu(xn @ gn.T) * (xn @ un.T)
    np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=max(2e-4, packed_atol(want)))


def test_three_siblings_and_an_epilogue(device):
    ws = [f32(N, K) for _ in range(3)]
    xn, b = f32(1, K), f32(N)
    x = Tensor(xn, device=device)
    q, k, v = (x @ Tensor(w, device=device).T for w in ws)
    t = (q + Tensor(b, device=device)) * k - v.gelu()
    assert [kk.rule for kk in t.schedule()] == ["GEMV"]
    assert "3 sibling products" in minic.explain(t, file=None)
    qn, kn, vn = (xn @ w.T for w in ws)
    gelu = 0.5 * vn * (1 + np.tanh(np.sqrt(2 / np.pi) * (vn + 0.044715 * vn ** 3)))
    np.testing.assert_allclose(t.numpy(), (qn + b) * kn - gelu, rtol=2e-4, atol=2e-4)


@pytest.mark.parametrize("fmt", ["f32", "q4_1"])
def test_more_rows_than_a_gemv_cuts_the_siblings_apart(cpu_device, fmt):
    g, u, gn, un, lin = weights(fmt, cpu_device)
    n = Var("n", 1, 64)
    for rows in (2, 9):
        xn = f32(rows, K)
        t = swiglu(Tensor(xn, shape=(n, K), device=cpu_device), g, u, lin)
        kernels = t.schedule()
        assert [k.rule for k in kernels] == ["Matmul", "Matmul"]
        assert kernels[0].graph.why == PRODUCT_CUT
        want = silu(xn @ gn.T) * (xn @ un.T)
        np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=max(2e-4, packed_atol(want)))


def test_gemv_switched_off_cuts_the_siblings_apart(cpu_device):
    g, u, gn, un, lin = weights("f32", cpu_device)
    xn = f32(1, K)
    minic.rules.disable("GEMV")
    try:
        t = swiglu(Tensor(xn, device=cpu_device), g, u, lin)
        kernels = t.schedule()  # one row is no Matmul either: each product goes to the row reduction
        assert len(kernels) == 2 and kernels[0].graph.why == PRODUCT_CUT
        np.testing.assert_allclose(t.numpy(), silu(xn @ gn.T) * (xn @ un.T), rtol=2e-4, atol=2e-4)
    finally:
        minic.rules.enable("GEMV")


def test_products_of_different_inputs_are_not_siblings(cpu_device):
    x, y, w1, w2 = f32(1, K), f32(1, K), f32(N, K), f32(N, K)
    t = (Tensor(x, device=cpu_device) @ Tensor(w1, device=cpu_device).T) * \
        (Tensor(y, device=cpu_device) @ Tensor(w2, device=cpu_device).T)
    text = minic.explain(t, file=None)
    assert "declined GEMV: its products do not share an operand" in text
    np.testing.assert_allclose(t.numpy(), (x @ w1.T) * (y @ w2.T), rtol=2e-4, atol=2e-4)


@pytest.mark.parametrize("fmt", ["q4_0", "q4_1", "q8_0", "q4_k"])
def test_packed_lanes_equal_the_vector_loop(cpu_device, fmt):
    """The packed dot product's run-wide accumulators (CpuGemvSettings.packed_lanes) and the vectorised run loop
    it replaces give the same numbers (float products in both: the integer ones are test_int_dot.py's)."""
    w = quant.quantize(f32(N, 256), fmt, device=cpu_device)
    xn = f32(1, 256)
    dev = get_device(cpu_device)
    saved, got = dev.target, []
    try:
        for lanes in (True, False):
            dev.target = tune(saved, CpuGemvSettings, packed_lanes=lanes, int_dot=False)
            got.append(quant.linear(Tensor(xn, device=cpu_device), w).numpy())
    finally:
        dev.target = saved
    np.testing.assert_allclose(got[0], got[1], rtol=1e-5, atol=1e-5)
    np.testing.assert_allclose(got[0], xn @ w.numpy().T, rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("fmt", ["q8_0", "q4_1"])
def test_prefetch_is_a_hint_only(cpu_device, fmt):
    """CpuGemvSettings.prefetch_rows: the packed GEMV asks for its weight's bytes some rows ahead (a Prefetch
    statement, in the C and LLVM sources; other backends drop it) and computes exactly what it computes without."""
    w = quant.quantize(f32(N, 256), fmt, device=cpu_device)
    xn = f32(1, 256)
    dev = get_device(cpu_device)
    saved, got = dev.target, []
    try:
        for ahead in (0, 8):
            dev.target = tune(saved, CpuGemvSettings, prefetch_rows=ahead)
            y = quant.linear(Tensor(xn, device=cpu_device), w)
            (k,) = y.schedule()
            assert ("prefetch(" in k.ir) == bool(ahead)
            hint = {"C": "__builtin_prefetch(", "LLVM": "llvm.prefetch.p0"}.get(cpu_device)
            if hint:
                assert (hint in k.source) == bool(ahead)
            got.append(y.numpy())
    finally:
        dev.target = saved
    np.testing.assert_array_equal(got[0], got[1])
    want = xn @ w.numpy().T
    np.testing.assert_allclose(got[1], want, rtol=1e-4, atol=packed_atol(want))


@pytest.mark.parametrize("fmt", ["f32", "q4_0"])
def test_cuda_sibling_gemv_compiles(fmt):
    g, u, _, _, lin = weights(fmt, "LLVM")
    t = swiglu(Tensor(f32(1, K)), g, u, lin)
    assert len(compile_all_cuda(t, cuda_target(), "GEMV")) == 1
