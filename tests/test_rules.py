"""Schedule rules (Matmul, GEMV, Reduction on the CPU): right answers for every shape and
Var value, the right rule chosen, ablation gives the same numbers, explain says why.

Compared with numpy on LLVM, C and PY (PY at tiny sizes: it is an interpreter)."""
from __future__ import annotations

import math
import os
import re
import subprocess
import sys

import numpy as np
import pytest

import minic
from minic import Tensor, Var, engine
from minic.explain import explain
from minic.runtime.registry import get_device
from minic.sched.rules.cpu_matmul import CpuMatmulSettings
from minic.sched.rules.settings import settings, tune

rng = np.random.default_rng(7)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def rand(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(math.sqrt(2 / math.pi) * (x + 0.044715 * x ** 3)))


def rules_of(t: Tensor) -> list:
    return [k.rule for k in t.schedule()]


def close(t: Tensor, ref: np.ndarray, tol: float = 1e-4) -> None:
    got = t.numpy()
    assert got.shape == ref.shape
    np.testing.assert_allclose(got, ref, rtol=tol, atol=tol)


def shapes(device: str) -> list:
    small = [(5, 7, 3), (6, 16, 64), (7, 33, 130), (13, 17, 70)]
    return small if device == "PY" else small + [(64, 48, 200), (37, 100, 515)]


@pytest.fixture
def dev(cpu_device):
    return cpu_device


def test_matmul_shapes_and_epilogues(dev):
    for M, K, N in shapes(dev):
        a, b, bias, res = rand(M, K), rand(K, N), rand(N), rand(M, N)
        ta, tb = Tensor(a, device=dev), Tensor(b, device=dev)
        mm = ta @ tb
        assert rules_of(mm) == ["Matmul"]
        close(mm, a @ b)
        close((mm + Tensor(bias, device=dev)).gelu(), gelu(a @ b + bias))
        close(Tensor(res, device=dev) + mm, res + a @ b)


def test_matmul_transposed_weight(dev):
    """x @ W.T (W [N, K], the LM head): B is contiguous along K; packed into the panel layout, and with packing
    off, the dot-product tile."""
    for M, K, N in shapes(dev):
        a, w = rand(M, K), rand(N, K)
        t = Tensor(a, device=dev) @ Tensor(w, device=dev).T
        assert rules_of(t) == ["Matmul"]
        assert "(dot)" in t.schedule()[0].rule_why
        close(t, a @ w.T)
    device = minic.get_device(dev)
    a, w = rand(6, 24), rand(device.target.cpu_cores * 64 + 5, 24)  # a column tile for every core: packed
    t = Tensor(a, device=dev) @ Tensor(w, device=dev).T
    assert "packed" in t.schedule()[0].rule_why
    close(t, a @ w.T)
    base = device.target
    device.target = tune(base, CpuMatmulSettings, pack_bytes=0)
    engine.clear_schedule_cache()
    try:
        for M, K, N in shapes(dev):
            a, w = rand(M, K), rand(N, K)
            t = Tensor(a, device=dev) @ Tensor(w, device=dev).T
            assert "K loop vector" in t.schedule()[0].rule_why and not t.schedule()[0].loop.locals
            close(t, a @ w.T)
    finally:
        device.target = base
        engine.clear_schedule_cache()


def test_matmul_float_panels_along_k(dev):
    """A float x @ W.T whose K is a multiple of 512 up to 2,048 (CpuMatmulSettings.float_along_k) copies its panels
    column by column, each row of W read along K; another K keeps the copy across the columns. Both against numpy,
    with a partial column tile, a symbolic row count and an epilogue."""
    if dev == "PY":
        pytest.skip("a K of 1,024 is too long a product for the Python backend")
    cores = minic.get_device(dev).target.cpu_cores
    n = Var("n", 1, 64)
    for K, along in ((1024, True), (1000, False)):
        w, bias = rand(cores * 64 + 5, K), rand(cores * 64 + 5)
        for rows in (7, 40):
            x = rand(rows, K)
            t = (Tensor(x, shape=(n, K), device=dev) @ Tensor(w, device=dev).T + Tensor(bias, device=dev)).relu()
            (k,) = t.schedule()
            assert "panel of B packed per core" in k.rule_why
            assert ("read along K" in k.rule_why) == along, k.rule_why
            close(t, np.maximum(x @ w.T + bias, 0))


def test_matmul_tiles_stay_short_where_rows_alias(dev):
    """A long K narrows the panel and makes the tile taller, but not past CpuMatmulSettings.aliased_rows where A's
    rows sit a multiple of 4 KB apart (K = 8,192 floats: they share L1 sets), whose wider panel is packed up to
    aliased_pack_bytes; K = 8,160 narrows as before. Both packed, both against numpy."""
    if dev == "PY":
        pytest.skip("a K of 8,192 is too long a product for the Python backend")
    target = minic.get_device(dev).target
    s = settings(CpuMatmulSettings, target)
    n = Var("n", 1, 64)
    rows = {}
    for K in (8192, 8160):
        w, x = rand(target.cpu_cores * 32 + 3, K), rand(20, K)
        t = Tensor(x, shape=(n, K), device=dev) @ Tensor(w, device=dev).T
        (k,) = t.schedule()
        rows[K] = int(re.search(r"(\d+)x\d+ register tiles", k.rule_why).group(1))
        want = x @ w.T  # sums of 8,192 products: float32's rounding against the largest output
        np.testing.assert_allclose(t.numpy(), want, rtol=0, atol=1e-5 * np.abs(want).max())
        assert "panel of B packed per core" in k.rule_why, k.rule_why
    assert rows[8192] <= s.aliased_rows, rows
    if target.vector_bytes >= 64:  # AVX-512's 6 x 4 vectors narrow past 12 rows at a long K
        assert rows[8160] > s.aliased_rows, rows


def test_matmul_prologue_half_weights(dev):
    a, w = rand(9, 24), rand(24, 40)
    t = Tensor(a, device=dev) @ Tensor(w, dtype=minic.float16, device=dev).float()
    assert rules_of(t) == ["Matmul"]
    close(t, a @ w.astype(np.float16).astype(np.float32), 1e-3)


def test_matmul_packed_weight_panels(dev):
    """x @ W with W [K, N]: each core copies its columns' K x width panel of W into scratch first (dequantised
    once) and the tiles' sums reach the epilogue through scratch, so edge columns (zeros in the panel), a
    half-precision prologue, a bias-and-residual epilogue, batches and a symbolic row count must all still match
    numpy; a panel over CpuMatmulSettings.pack_bytes, or fewer column tiles than cores, is read in place."""
    target = minic.get_device(dev).target
    s = settings(CpuMatmulSettings, target)
    a, w = rand(23, 40), rand(40, target.cpu_cores * target.vector_bytes // 4 * s.vectors + 3)  # a tile per core
    t = Tensor(a, device=dev) @ Tensor(w, dtype=minic.float16, device=dev).float()
    (k,) = t.schedule()
    assert k.loop.locals and "panel of B packed per core" in k.rule_why
    close(t, a @ w.astype(np.float16).astype(np.float32), 1e-3)
    x, y = rand(3, 9, 40), rand(3, 40, 70)
    close(Tensor(x, device=dev) @ Tensor(y, device=dev), x @ y)
    n = Var("n", 1, 64)
    bias = rand(w.shape[1])
    for rows in (1, 7, 64):
        x, res = rand(rows, 40), rand(rows, w.shape[1])
        product = Tensor(x, shape=(n, 40), device=dev) @ Tensor(w, device=dev)
        t = Tensor(res, shape=(n, res.shape[1]), device=dev) + (product + Tensor(bias, device=dev))
        assert t.schedule()[0].loop.locals
        close(t, res + (x @ w + bias))
    if dev != "PY":  # (a long product for the Python backend)
        # K x (a tile of >= 4 columns: one 16-byte vector) x 4 bytes > pack_bytes, whatever the vector width
        big = rand(s.pack_bytes // 16 + 1, 16 * target.cpu_cores)
        t = Tensor(rand(5, big.shape[0]), device=dev) @ Tensor(big, device=dev)
        assert not t.schedule()[0].loop.locals


def test_batched_matmul_and_attention(dev):
    q, k, v = rand(2, 7, 8), rand(2, 9, 8), rand(2, 9, 8)
    t = Tensor(q, device=dev) @ Tensor(k, device=dev).transpose(1, 2)
    assert rules_of(t) == ["Matmul"]
    close(t, q @ k.transpose(0, 2, 1))
    att = Tensor(q, device=dev).scaled_dot_product_attention(Tensor(k, device=dev), Tensor(v, device=dev))
    s = q @ k.transpose(0, 2, 1) / math.sqrt(8)
    p = np.exp(s - s.max(-1, keepdims=True))
    close(att, (p / p.sum(-1, keepdims=True)) @ v)


def test_gemv_orientations(dev):
    K, N = 33, 70
    x, w, wt = rand(K), rand(K, N), rand(N, K)
    cases = [(Tensor(x, device=dev) @ Tensor(w, device=dev), x @ w),  # x @ W, W [K, N]
             (Tensor(wt, device=dev) @ Tensor(x, device=dev), wt @ x),  # W @ x, W [N, K]
             (Tensor(x[None], device=dev) @ Tensor(wt, device=dev).T, x[None] @ wt.T)]  # x @ W.T
    for t, ref in cases:
        assert rules_of(t) == ["GEMV"]
        close(t, ref)
    for rows in (2, 3, 4):
        a = rand(rows, K)
        t = Tensor(a, device=dev) @ Tensor(w, device=dev) + 1.0
        assert rules_of(t) == ["GEMV"]
        close(t, a @ w + 1.0)


def test_symbolic_rows_one_kernel(dev):
    """One compiled kernel serves every n: GEMV branch for n <= gemv_max_rows, tiles above,
    row edges for any n (1, tile multiples, non-multiples, the upper bound)."""
    hi = 20 if dev == "PY" else 70
    n = Var("n", 1, hi)
    K, N = 24, 70
    w, wt = rand(K, N), rand(N, K)
    device = get_device(dev)
    before = None
    for m in (1, 2, 3, 4, 5, 6, 7, 13, hi):
        a = rand(m, K)
        for weight, ref in ((Tensor(w, device=dev), a @ w), (Tensor(wt, device=dev).T, a @ wt.T)):
            t = Tensor(a, shape=(n, K), device=dev) @ weight
            assert rules_of(t) == ["Matmul"]
            close(t, ref)
        if before is None:
            before = device.compiles
    assert device.compiles == before, "a new Var value must not compile a new kernel"


def test_symbolic_small_bound_is_gemv(dev):
    n = Var("n", 1, 3)
    w = rand(16, 40)
    for m in (1, 3):
        a = rand(m, 16)
        t = Tensor(a, shape=(n, 16), device=dev) @ Tensor(w, device=dev)
        assert rules_of(t) == ["GEMV"]
        close(t, a @ w)


@pytest.mark.parametrize("off", [("GEMV",), ("Matmul",), ("GEMV", "Matmul")])
def test_ablation_same_numbers(off):
    dev = "LLVM"
    n = Var("n", 1, 40)
    a, w, b = rand(9, 32), rand(32, 50), rand(50)
    x1 = rand(1, 32)
    make = [lambda: (Tensor(a, shape=(n, 32), device=dev) @ Tensor(w, device=dev) + Tensor(b, device=dev)),
            lambda: (Tensor(x1, device=dev) @ Tensor(w, device=dev)),
            lambda: (Tensor(x1, shape=(n, 32), device=dev) @ Tensor(w, device=dev))]
    base = [m().numpy() for m in make]
    minic.rules.disable(*off)
    try:
        for m, ref in zip(make, base):
            t = m()
            assert not set(rules_of(t)) & set(off)
            np.testing.assert_allclose(t.numpy(), ref, rtol=1e-5, atol=1e-5)
        text = explain(make[0](), file=None)
        assert f"declined {off[0]}: disabled by the user" in text
    finally:
        minic.rules.enable(*off)


def test_disable_rules_env_var():
    code = ("import numpy as np, minic; from minic import Tensor; from minic.explain import explain\n"
            "print(explain(Tensor(np.ones((8, 4), np.float32)) @ Tensor(np.ones((4, 5), np.float32)), file=None))")
    env = {**os.environ, "MINIC_DISABLE_RULES": "GEMV,Matmul", "PYTHONPATH": ROOT}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert "rule: Reduction" in out.stdout
    assert "declined Matmul: disabled by the user" in out.stdout


def test_explain_content():
    x = Tensor(rand(5, 8), shape=(Var("n", 1, 64), 8))
    w, b = Tensor(rand(8, 40)), Tensor(rand(40))
    text = explain((x @ w + b).gelu(), file=None)
    assert "rule: Matmul: matmul M=n N=40 K=8 (outer)" in text
    assert "register tiles" in text and "GEMV path" in text and "when n <= 16: the GEMV path over chunks of 4" in text
    assert "declined GEMV: up to 64 rows" in text
    text = explain(Tensor(rand(6, 8)).softmax(-1), file=None)
    assert "rule: Reduction" in text
    assert "declined Matmul: the reduction sums a exp, not a product" in text
    text = explain(Tensor(rand(6, 8)).max(-1), file=None)
    assert "declined Matmul: its reduction is not a sum over one axis" in text


def test_matmul_declines_without_raising():
    """Things that look a bit like a matmul but are not: the rules decline and the answer is right."""
    a, b = rand(6, 8), rand(6, 8)
    t = (Tensor(a) * Tensor(b)).sum(-1)  # a row-wise dot: no broadcast axis
    assert rules_of(t) == ["Reduction"]
    close(t, (a * b).sum(-1))
    ai, bi = rng.integers(-5, 5, (6, 8)).astype(np.int32), rng.integers(-5, 5, (8, 7)).astype(np.int32)
    t = Tensor(ai) @ Tensor(bi)  # integer matmul: exact, left to the row reduction
    assert rules_of(t) == ["Reduction"]
    np.testing.assert_array_equal(t.numpy(), ai @ bi)
    x, w = rand(6, 5), rand(8, 7)
    t = Tensor(x).pad(((0, 0), (1, 2))) @ Tensor(w)  # a padded operand: masked loads
    close(t, np.pad(x, ((0, 0), (1, 2))) @ w)
    t = (Tensor(rand(4, 3)).unsqueeze(-1) * Tensor(rand(3, 5)).unsqueeze(0)).max(1)  # max, not sum
    assert "Matmul" not in rules_of(t)


def test_reduction_rows_cpu(dev):
    n = 10 if dev == "PY" else 100
    x = rand(7, n)
    e = np.exp(x - x.max(-1, keepdims=True))
    close(Tensor(x, device=dev).softmax(-1), e / e.sum(-1, keepdims=True))
    ln = (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5)
    close(Tensor(x, device=dev).layer_norm(), ln, 1e-4)
    xs = Tensor(x, shape=(Var("n", 1, 16), n), device=dev)
    close(xs.softmax(-1), e / e.sum(-1, keepdims=True))


def test_symbolic_columns_attention_scores(dev):
    """q @ k.T with the sequence length symbolic on both sides: N is a Var too (guarded column tiles)."""
    n = Var("n", 1, 50)
    for m in (1, 7, 50):
        q, k = rand(m, 8), rand(m, 8)
        t = Tensor(q, shape=(n, 8), device=dev) @ Tensor(k, shape=(n, 8), device=dev).T
        assert rules_of(t) == ["Matmul"]
        close(t, q @ k.T)


def test_gemv_stream_and_register_paths(dev):
    """x @ W GEMV: float32 output streams partial sums through the output; a float16 output (the
    output cannot hold float32 partials) keeps them in registers. Both right, also for N % block != 0."""
    K, N = 20, 70
    x, w, b = rand(1, K), rand(K, N), rand(N)
    t = Tensor(x, device=dev) @ Tensor(w, device=dev) + Tensor(b, device=dev)
    assert "stream" in t.schedule()[0].rule_why
    close(t, x @ w + b)
    h = (Tensor(x, device=dev) @ Tensor(w, device=dev)).cast(minic.float16)
    assert h.schedule()[0].rule == "GEMV" and "outer" in h.schedule()[0].rule_why
    close(h.float(), (x @ w).astype(np.float16).astype(np.float32), 2e-3)


def test_few_long_rows_take_a_large_group(gpu_device):
    """A GPU kernel of fewer rows than multiprocessors over rows at least 8x ReductionSettings.long_row_threads
    long (decode's argmax over a vocabulary) gives each row's group as many threads as allowed; the results
    equal numpy's, ties broken toward the first index as numpy does."""
    from minic.sched.rules.reduction import ReductionSettings
    device = get_device(gpu_device)
    saved = device.target
    device.target = tune(saved.with_(multiprocessors=max(saved.multiprocessors, 4)), ReductionSettings,
                         long_row_threads=64)
    try:
        x = rand(2, 700)
        x[1, 500] = x[1, 20] = x[1].max() + 1  # a tie: the first index wins
        t = Tensor(x, device=gpu_device).argmax(-1)
        (k,) = t.schedule()
        assert k.loop.local_size[0] == min(64, saved.max_threads)
        np.testing.assert_array_equal(t.numpy(), x.argmax(-1))
        close(Tensor(x, device=gpu_device).sum(-1), x.sum(-1), 1e-3)
        short = Tensor(rand(2, 300), device=gpu_device).argmax(-1)  # under 8 x 64 elements: the usual group
        assert short.schedule()[0].loop.local_size[0] == settings(ReductionSettings, device.target).threads
    finally:
        device.target = saved


def test_cuda_argmax_over_a_vocabulary_takes_1024_threads_and_compiles():
    """On an H200-like target (132 multiprocessors) one row of 50,257 logits gets a 1,024-thread group: 32 warps,
    as many as a warp has lanes, so the second shuffle stage reads a partial in every lane."""
    from conftest import compile_all_cuda, cuda_target

    from minic.engine import kernel_graphs
    from minic.sched import rules
    target = cuda_target().with_(multiprocessors=132)
    t = Tensor(rand(1, 50257)).realize().argmax(-1)
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    assert rules.choose(kg, target).kernel.local_size[0] == 1024
    assert len(compile_all_cuda(t, target, "Reduction")) == 1
