"""Partner columns: a product read at its own column and at another one by its epilogue, as RoPE reads it
(y * cos + partner(y) * sin, models/llama.py).

On a GPU a GEMV computes the partner's column too, reading those weights a second time, so RoPE costs no kernel
of its own (matmul_plan.Partner; the fuser's `second_site`). On a CPU, where decode is bound by the weights'
bytes, the product is stored and an elementwise kernel reads it twice; so it is where rows are too many for a
GEMV or the weights more than ProductSettings.partner_max_weights. Checked against numpy on every backend, for
plain and packed weights of either layout and both pairings (GGUF's interleaved, Hugging Face's halves), and
compiled for CUDA with NVRTC."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, packed_atol

import minic
from minic import Tensor, Var, quant
from minic.runtime.registry import get_device
from minic.sched.rules.matmul_plan import TWICE_CUT, ProductSettings
from minic.sched.rules.settings import tune

rng = np.random.default_rng(5)
K, N, D = 64, 96, 16  # N columns: 6 heads of D


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def partner_np(y: np.ndarray, interleaved: bool) -> np.ndarray:
    rows = y.shape[0]
    if interleaved:
        return y.reshape(rows, N // 2, 2)[:, :, ::-1].reshape(rows, N)
    return y.reshape(rows, N // D, 2, D // 2)[:, :, ::-1].reshape(rows, N)


def partner(y: Tensor, interleaved: bool) -> Tensor:
    rows = y.shape[0]
    if interleaved:
        return y.reshape(rows, N // 2, 2).flip(2).reshape(rows, N)
    return y.reshape(rows, N // D, 2, D // 2).flip(2).reshape(rows, N)


def weight(fmt: str, device: str, transposed: bool):
    """A weight [N, K] as `fmt`, the numpy matrix it holds, and the product function."""
    w = f32(N, K)
    if fmt == "f32" and transposed:
        return Tensor(w.T.copy(), device=device), w, lambda x, t: x @ t
    if fmt == "f32":
        return Tensor(w, device=device), w, lambda x, t: x @ t.T
    q = quant.quantize(w, fmt, device=device)
    return q, q.numpy(), quant.linear


def tables(rows: int):
    """Per-row, per-column cos and signed sin, as models/llama.rope_tables makes them."""
    return f32(rows, N), f32(rows, N)


@pytest.mark.parametrize("fmt,transposed", [("f32", False), ("f32", True), ("q4_1", False), ("q8_0", False)])
@pytest.mark.parametrize("interleaved", [True, False])
@pytest.mark.parametrize("rows", [1, 3])
def test_rope_epilogue(device, fmt, transposed, interleaved, rows):
    w, wn, lin = weight(fmt, device, transposed)
    xn, bias = f32(rows, K), f32(N)
    cos, sin = tables(rows)
    y = lin(Tensor(xn, device=device), w) + Tensor(bias, device=device)
    t = y * Tensor(cos, device=device) + partner(y, interleaved) * Tensor(sin, device=device)
    kernels = t.schedule()
    if get_device(device).target.gpu:
        assert [k.rule for k in kernels] == ["GEMV"]
        assert "computed at the partner column" in minic.explain(t, file=None)
    else:
        assert [k.rule for k in kernels] == ["GEMV", "Elementwise"] and kernels[0].graph.why == TWICE_CUT
    yn = xn @ wn.T + bias
    want = yn * cos + partner_np(yn, interleaved) * sin
    np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=2e-4 if fmt == "f32" else max(2e-4, packed_atol(want)))


def test_partner_read_before_the_own_column(gpu_device):
    """The epilogue may reach the partner's read first: each sum still goes where it is read."""
    w, wn, lin = weight("f32", gpu_device, False)
    xn = f32(1, K)
    cos, sin = tables(1)
    y = lin(Tensor(xn, device=gpu_device), w)
    t = partner(y, True) * Tensor(sin, device=gpu_device) - y * Tensor(cos, device=gpu_device)
    assert [k.rule for k in t.schedule()] == ["GEMV"]
    yn = xn @ wn.T
    np.testing.assert_allclose(t.numpy(), partner_np(yn, True) * sin - yn * cos, rtol=2e-4, atol=2e-4)


def test_siblings_with_a_partner(gpu_device):
    """A partnered product beside a sibling of the same input (q rotated, times a gate)."""
    w, wn, lin = weight("f32", gpu_device, False)
    g, gn, _ = weight("f32", gpu_device, False)
    xn = f32(1, K)
    cos, sin = tables(1)
    x = Tensor(xn, device=gpu_device)
    y = lin(x, w)
    t = (y * Tensor(cos, device=gpu_device) + partner(y, False) * Tensor(sin, device=gpu_device)) * lin(x, g)
    assert [k.rule for k in t.schedule()] == ["GEMV"]
    yn = xn @ wn.T
    np.testing.assert_allclose(t.numpy(), (yn * cos + partner_np(yn, False) * sin) * (xn @ gn.T),
                               rtol=2e-4, atol=2e-4)


def test_two_partnered_siblings(gpu_device):
    """Two products of one input, each rotated (q and k as two weights): one GEMV, four sums."""
    (w, wn, lin), (g, gn, _) = weight("q8_0", gpu_device, False), weight("q8_0", gpu_device, False)
    xn = f32(1, K)
    cos, sin = tables(1)
    x = Tensor(xn, device=gpu_device)
    c, s = Tensor(cos, device=gpu_device), Tensor(sin, device=gpu_device)
    y, z = lin(x, w), lin(x, g)
    t = (y * c + partner(y, True) * s) - (partner(z, True) * s + z * c)
    assert [k.rule for k in t.schedule()] == ["GEMV"]
    yn, zn = xn @ wn.T, xn @ gn.T
    want = (yn * cos + partner_np(yn, True) * sin) - (partner_np(zn, True) * sin + zn * cos)
    np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=2e-4)


def test_more_rows_than_a_gemv_store_the_product(gpu_device):
    """A symbolic row count past gemv_max_rows is a Matmul, which does not compute partners: the product is
    stored and RoPE is a kernel of its own (prefill)."""
    w, wn, lin = weight("f32", gpu_device, False)
    n = Var("n", 1, 64)
    for rows in (1, 9):
        xn = f32(rows, K)
        cos, sin = tables(rows)
        y = lin(Tensor(xn, shape=(n, K), device=gpu_device), w)
        t = y * Tensor(cos, shape=(n, N), device=gpu_device) + \
            partner(y, True) * Tensor(sin, shape=(n, N), device=gpu_device)
        kernels = t.schedule()
        assert len(kernels) == 2 and kernels[0].graph.why == TWICE_CUT
        yn = xn @ wn.T
        np.testing.assert_allclose(t.numpy(), yn * cos + partner_np(yn, True) * sin, rtol=2e-4, atol=2e-4)


def _assert_stored_and_rotated(device: str) -> None:
    """One row's product with RoPE applied: two kernels (the product cut out, read twice by the rotation), and
    numpy's numbers."""
    w, wn, lin = weight("f32", device, False)
    xn = f32(1, K)
    cos, sin = tables(1)
    y = lin(Tensor(xn, device=device), w)
    t = y * Tensor(cos, device=device) + partner(y, True) * Tensor(sin, device=device)
    kernels = t.schedule()
    assert len(kernels) == 2 and kernels[0].graph.why == TWICE_CUT
    yn = xn @ wn.T
    np.testing.assert_allclose(t.numpy(), yn * cos + partner_np(yn, True) * sin, rtol=2e-4, atol=2e-4)


def test_gemv_switched_off_stores_the_product(gpu_device):
    """The ablation's switch: without the GEMV rule no kernel computes partner columns, so the product is cut."""
    minic.rules.disable("GEMV")
    try:
        _assert_stored_and_rotated(gpu_device)
    finally:
        minic.rules.enable("GEMV")


def test_weights_past_the_limit_store_the_product(gpu_device):
    dev = get_device(gpu_device)
    saved = dev.target
    try:
        dev.target = tune(saved, ProductSettings, partner_max_weights=N * K - 1)
        _assert_stored_and_rotated(gpu_device)
    finally:
        dev.target = saved


@pytest.mark.parametrize("fmt", ["f32", "q4_1"])
def test_cuda_partner_gemv_compiles(fmt):
    w, _, lin = weight(fmt, "LLVM", False)
    cos, sin = tables(1)
    y = lin(Tensor(f32(1, K)), w)
    t = y * Tensor(cos) + partner(y, True) * Tensor(sin)
    assert len(compile_all_cuda(t, cuda_target(), "GEMV")) == 1
