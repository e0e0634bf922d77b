"""A norm fused into the product after it: LayerNorm / RMSNorm then x @ W as one GEMV kernel (decode).

The GEMV computes each row's statistics before its K loop (matmul_plan.Plan.prologue, Emitter.precompute): on
the CPU once per row before the tasks, on a GPU by every group like a row Reduction. With more rows than a GEMV
takes, the fuser cuts the normalised rows out for the Matmul (matmul_plan.PROLOGUE_CUT). Checked against numpy
on every backend, for plain and packed (quantized) weights of either layout, and compiled for CUDA with NVRTC.
CPUs run the norm before a GEMV over packed weights as a kernel of its own by default
(ProductSettings.packed_gemv_prologue, measured slower fused on 4-bit weights): these tests switch the fused
schedule on for them, and one checks the default.
"""
from __future__ import annotations

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, packed_atol

import minic
from minic import Tensor, Var, quant
from minic.engine import kernel_graphs
from minic.runtime.registry import get_device
from minic.sched import rules
from minic.sched.rules.matmul_plan import PROLOGUE_CUT, ProductSettings
from minic.sched.rules.settings import settings, tune

rng = np.random.default_rng(5)
K, N = 96, 40


@pytest.fixture(autouse=True)
def fused_on_every_device(request):
    """The fused schedule on the CPUs too (their default cuts the norm out), unless a test checks the default."""
    if "cpu_default" in request.node.name:
        yield
        return
    saved = {}
    for name in ("LLVM", "C", "PY"):
        dev = get_device(name)
        saved[name] = dev.target
        dev.target = tune(dev.target, ProductSettings, packed_gemv_prologue=True)
    yield
    for name, target in saved.items():
        get_device(name).target = target


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


G, B, BIAS = f32(K), f32(K), f32(N)


def np_layer_norm(x: np.ndarray) -> np.ndarray:
    d = x - x.mean(-1, keepdims=True)
    return d / np.sqrt((d * d).mean(-1, keepdims=True) + 1e-5) * G + B


def np_rms_norm(x: np.ndarray) -> np.ndarray:
    return x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-6) * G


NORMS = {"layer_norm": (lambda t, dev: t.layer_norm(Tensor(G, device=dev), Tensor(B, device=dev)), np_layer_norm),
         "rms_norm": (lambda t, dev: t.rms_norm(Tensor(G, device=dev)), np_rms_norm)}


def weight(fmt: str, device: str):
    """A weight as `fmt` (f32 [K, N] read as x @ w, f32t [N, K] read as x @ w.T, or packed [N, K]), the numpy
    [K, N] matrix it holds, and the product function."""
    w = f32(N, K)
    if fmt == "f32":
        return Tensor(w.T.copy(), device=device), w.T, lambda x, t: x @ t
    if fmt == "f32t":
        return Tensor(w, device=device), w.T, lambda x, t: x @ t.T
    q = quant.quantize(w, fmt, device=device)
    return q, q.numpy().T, quant.linear


@pytest.mark.parametrize("norm", list(NORMS))
@pytest.mark.parametrize("fmt", ["f32", "f32t", "q4_0", "q8_0"])
@pytest.mark.parametrize("rows", [1, 3])
def test_norm_then_gemv_is_one_kernel(device, norm, fmt, rows):
    make, ref = NORMS[norm]
    w, wn, lin = weight(fmt, device)
    xn = f32(rows, K) * 3 + 1  # a mean and a scale of their own, so a wrong statistic shows
    t = (lin(make(Tensor(xn, device=device), device), w) + Tensor(BIAS, device=device)).gelu()
    kernels = t.schedule()
    product = "gemv" if rows == 1 else "matmul"  # the name says gemv for one output row (minic/naming.py)
    assert [(k.rule, k.name) for k in kernels] == [("GEMV", f"{norm}_{product}_bias_gelu")]
    # linear_prologue.py; a packed weight's K loop is one loop (foldable) where the target reads runs in wide loads
    target = get_device(device).target
    folded = target.gpu and rows == 1 and (fmt.startswith("f32") or target.wide_copy_bytes > 0)
    assert ("the norm before it (row reductions of the input) folded into the K loop" if folded else
            "row reduction(s) of the input (a norm) computed before the K loop") in minic.explain(t, file=None)
    y = ref(xn) @ wn + BIAS
    want = 0.5 * y * (1 + np.tanh(np.sqrt(2 / np.pi) * (y + 0.044715 * y ** 3)))
    np.testing.assert_allclose(t.numpy(), want, rtol=3e-4, atol=max(3e-4, packed_atol(want)))


def test_symbolic_rows_up_to_the_gemv_bound(cpu_device):
    """A Var row count bounded by gemv_max_rows: one exact-size variant per count, each with its prologue."""
    n = Var("n", 1, 4)
    w, wn, lin = weight("f32t", cpu_device)
    for rows in (1, 2, 4):
        xn = f32(rows, K)
        t = lin(Tensor(xn, shape=(n, K), device=cpu_device).rms_norm(Tensor(G, device=cpu_device)), w)
        assert [k.rule for k in t.schedule()] == ["GEMV"]
        want = np_rms_norm(xn) @ wn
    np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=max(2e-4, packed_atol(want)))


def test_sibling_products_share_the_prologue(device):
    """LLaMA's MLP at decode: rms_norm, then silu(x @ Wg) * (x @ Wu), one kernel."""
    wg, wu = f32(N, K), f32(N, K)
    xn = f32(1, K)
    a = Tensor(xn, device=device).rms_norm(Tensor(G, device=device))
    t = (a @ Tensor(wg, device=device).T).silu() * (a @ Tensor(wu, device=device).T)
    assert [k.rule for k in t.schedule()] == ["GEMV"]
    h = np_rms_norm(xn)
    g = h @ wg.T
    np.testing.assert_allclose(t.numpy(), g / (1 + np.exp(-g)) * (h @ wu.T), rtol=2e-4, atol=2e-4)


def test_a_norm_read_by_two_gemvs_is_computed_in_each(cpu_device):
    """q and k projections of one normalised row: each GEMV computes the statistics itself (a re-read of one row)
    rather than a third kernel computing them for both (matmul_plan.recomputable)."""
    wq, wk = f32(N, K), f32(N // 2, K)
    xn = f32(1, K)
    a = Tensor(xn, device=cpu_device).rms_norm(Tensor(G, device=cpu_device))
    q, k = a @ Tensor(wq, device=cpu_device).T, a @ Tensor(wk, device=cpu_device).T
    target = get_device(cpu_device).target
    graphs = kernel_graphs([q.node, k.node], q.var_vals, cpu_device, target)
    assert [rules.choose(kg, target).rule.name for kg in graphs] == ["GEMV", "GEMV"]
    h = np_rms_norm(xn)
    np.testing.assert_allclose(q.numpy(), h @ wq.T, rtol=2e-4, atol=2e-4)
    np.testing.assert_allclose(k.numpy(), h @ wk.T, rtol=2e-4, atol=2e-4)


@pytest.mark.parametrize("fmt", ["f32", "q4_1"])
def test_more_rows_than_a_gemv_cut_the_norm_out(cpu_device, fmt):
    """A matmul reads the normalised rows from memory: one norm kernel, then the Matmul."""
    w, wn, lin = weight(fmt, cpu_device)
    n = Var("n", 1, 64)
    for rows in (2, 9):
        xn = f32(rows, K)
        t = lin(Tensor(xn, shape=(n, K), device=cpu_device).layer_norm(Tensor(G, device=cpu_device),
                                                                        Tensor(B, device=cpu_device)), w)
        kernels = t.schedule()
        assert [(k.rule, k.graph.why) for k in kernels] == [("Reduction", PROLOGUE_CUT), ("Matmul", "requested output")]
        want = np_layer_norm(xn) @ wn
        np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=max(2e-4, packed_atol(want)))


@pytest.mark.parametrize("fmt", ["f32t", "q4_1"])
def test_cpu_gemv_stages_the_norm_once_per_core(cpu_device, fmt):
    """On CPUs a norm before a GEMV whose tasks each read all of K (W [N, K], float or packed) is one kernel with
    the product: each core computes the normalised row into a scratch before its tasks (cpu_tile.Tile.stage_rows,
    the array `arow` in the source), which the K loops read, instead of every task normalising its share of the
    row again. Equal to numpy."""
    w, wn, lin = weight(fmt, cpu_device)
    xn = f32(1, K)
    t = lin(Tensor(xn, device=cpu_device).rms_norm(Tensor(G, device=cpu_device)), w)
    (kernel,) = t.schedule()
    assert (kernel.rule, kernel.graph.why) == ("GEMV", "requested output")
    assert "arow" in kernel.source, kernel.source
    want = np_rms_norm(xn) @ wn
    np.testing.assert_allclose(t.numpy(), want, rtol=2e-4, atol=max(2e-4, packed_atol(want)))


def test_fused_equals_the_norm_realized_first(cpu_device):
    """The fused kernel and the two-kernel schedule (the norm realized by hand) give the same numbers."""
    w, _, lin = weight("f32t", cpu_device)
    x = Tensor(f32(1, K), device=cpu_device)
    norm = NORMS["layer_norm"][0]
    fused = lin(norm(x, cpu_device), w)
    apart = lin(norm(x, cpu_device).realize(), w)
    assert len(fused.schedule()) == 1
    np.testing.assert_allclose(fused.numpy(), apart.numpy(), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("norm", list(NORMS))
@pytest.mark.parametrize("fmt", ["f32", "f32t", "q4_0"])
def test_cuda_norm_gemv_compiles(norm, fmt):
    w, _, lin = weight(fmt, "LLVM")
    t = lin(NORMS[norm][0](Tensor(f32(1, K)), "LLVM"), w)
    assert len(compile_all_cuda(t, cuda_target(), "GEMV")) == 1


def test_a_gpu_gemv_wider_than_prologue_max_columns_reads_the_norm_from_memory(gpu_device):
    """Every group of a GPU GEMV recomputes its norm's statistics, so past ProductSettings.prologue_max_columns
    columns (a vocabulary head; 16,384 by default on GPUs) the norm is a kernel of its own whose rows the GEMV
    reads: same result, and `explain` says why."""
    from minic.sched.rules.matmul_plan import WIDE_PROLOGUE_CUT
    dev = get_device(gpu_device)
    saved = dev.target
    assert settings(ProductSettings, saved).prologue_max_columns == 16384
    dev.target = tune(saved, ProductSettings, prologue_max_columns=N - 1)
    try:
        make, ref = NORMS["layer_norm"]
        w, wn, lin = weight("f32t", gpu_device)
        xn = f32(1, K) * 3 + 1
        build = lambda: lin(make(Tensor(xn, device=gpu_device), gpu_device), w)  # noqa: E731
        t = build()
        assert [(k.rule, k.why) for k in t.schedule()] == [("Reduction", WIDE_PROLOGUE_CUT),
                                                           ("GEMV", "requested output")]
        np.testing.assert_allclose(t.numpy(), ref(xn) @ wn, rtol=3e-4, atol=3e-4)
        dev.target = tune(saved, ProductSettings, prologue_max_columns=N)
        assert [k.rule for k in build().schedule()] == ["GEMV"]  # N columns: not more than the limit
    finally:
        dev.target = saved


def test_gpu_folds_a_norm_only_for_one_wave_of_groups():
    """The folded norm costs registers (6 groups of 256 a multiprocessor instead of 8): a GEMV with more groups
    than GpuGemvSettings.fold_groups_per_sm x multiprocessors stages the norm instead (GPT-2 XL's c_fc)."""
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    t, _ = _wide_norm_gemv(groups=7)
    for sms, form in ((1, "computed before the K loop"), (2, "folded into the K loop")):
        target = one_column_a_thread(cuda_target().with_(multiprocessors=sms))
        (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
        assert form in rules.choose(kg, target).rule.describe(kg, target)
    target = tune(one_column_a_thread(cuda_target()), GpuGemvSettings, fold_groups_per_sm=7)
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    assert "folded into the K loop" in rules.choose(kg, target).rule.describe(kg, target)


def test_gpu_folds_a_norm_before_a_packed_weight_read_in_runs():
    """A packed weight whose K loop reads runs of its blocks (_packed_run: CUDA's wide loads) takes the folded
    norm too, up to GpuGemvSettings.fold_packed_groups_per_sm groups a multiprocessor (its folded kernel holds
    more registers than a float weight's); past that, and where the weight is read a byte a lane, the norm is
    staged. The folded kernel compiles with NVRTC. (The float K loop, the default: integer products quantize the
    staged rows instead, test_gpu_int_dot.py.)"""
    from minic.sched.rules.gpu_gemv import GpuGemvSettings, gpu_gemv_tile
    from minic.sched.rules.matmul_plan import analyze
    w = quant.quantize(f32(8 * 12, 512), "q4_1")  # 12 groups of 8 columns on CUDA
    t = quant.linear(Tensor(f32(1, 512)).layer_norm(Tensor(f32(512)), Tensor(f32(512))), w)
    for sms, form in ((2, "computed before the K loop"), (3, "folded into the K loop")):  # 12 > 4 x 2, <= 4 x 3
        target = one_column_a_thread(cuda_target().with_(multiprocessors=sms))
        (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
        assert gpu_gemv_tile(analyze(kg), target).packed
        assert form in rules.choose(kg, target).rule.describe(kg, target)
    assert len(compile_all_cuda(t, target, "GEMV")) == 1
    target = tune(target, GpuGemvSettings, packed_elements=1)  # a byte a lane: a loop nest, staged
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    assert "computed before the K loop" in rules.choose(kg, target).rule.describe(kg, target)


def one_column_a_thread(target):
    """`target` with GpuGemvSettings.thread_cols 1: the group counts above are of one column a thread."""
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    return tune(target, GpuGemvSettings, thread_cols=1, packed_thread_cols=1)


def _wide_norm_gemv(groups: int):
    """A LayerNorm then x @ W.T over float16 [8 * groups, 512] weights: `groups` groups of 8 columns on CUDA."""
    half = lambda a: Tensor(a).cast(minic.float16).realize()  # noqa: E731
    w = f32(8 * groups, 512)
    return half(f32(1, 512)).layer_norm(half(f32(512)), half(f32(512))) @ half(w).T, w
