"""The GEMV rule on every backend: decode-shaped products (a few rows times a weight matrix) against numpy.

Shapes cover columns that do not fill a group, K that is not a multiple of the split, a symbolic row
count (masked rows), batched heads with a symbolic sequence dim (attention in decode), the weight stored
either way round, an epilogue (bias + gelu), and float16 weights. CUDA kernels are also compiled with NVRTC
here (with warp shuffles and without), so a syntax error shows up on a machine without a GPU."""
from __future__ import annotations

import re
import zlib

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, needs, packed_atol, render_all

import minic
from minic import Tensor, Var, quant

rng = np.random.default_rng(7)


@pytest.fixture(autouse=True)
def own_data(request):
    """Each test draws the same data whichever xdist worker runs it after whichever tests: with one generator for
    the module, a test's inputs depended on the order, and test_gpu_gemv_warps_per_column[CL-6400-4096] met, now
    and then, an output near relu's kink where float32 sums over K = 6,400 exceed its tolerance."""
    global rng
    rng = np.random.default_rng(zlib.crc32(request.node.nodeid.encode()))


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1 + np.tanh(np.sqrt(2 / np.pi) * (x + 0.044715 * x**3)))


def only_gemv(t: Tensor) -> None:
    rules = [k.rule for k in t.schedule()]
    assert rules == ["GEMV"], rules


@pytest.mark.parametrize("M,K,N", [(1, 64, 48), (1, 768, 2304), (3, 100, 37), (4, 33, 1000), (2, 5, 3)])
def test_gemv_weight_kn_with_epilogue(device, M, K, N):
    x, w, b = f32(M, K), f32(K, N), f32(N)
    t = (Tensor(x, device=device) @ Tensor(w, device=device) + Tensor(b, device=device)).gelu()
    only_gemv(t)
    np.testing.assert_allclose(t.numpy(), gelu(x @ w + b), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("M,K,N", [(1, 64, 48), (1, 768, 1001), (4, 33, 9)])
def test_gemv_weight_nk(device, M, K, N):
    x, w = f32(M, K), f32(N, K)
    t = Tensor(x, device=device) @ Tensor(w, device=device).T
    only_gemv(t)
    np.testing.assert_allclose(t.numpy(), x @ w.T, rtol=1e-4, atol=1e-4)


def test_gemv_symbolic_rows_one_kernel(device):
    n = Var("n", 1, 4)
    w = f32(64, 50)
    before = minic.get_device(device).compiles
    for rows in (1, 3, 4, 2):
        x = f32(rows, 64)
        t = Tensor(x, shape=(n, 64), device=device) @ Tensor(w, device=device)
        only_gemv(t)
        np.testing.assert_allclose(t.numpy(), x @ w, rtol=1e-4, atol=1e-4)
    assert minic.get_device(device).compiles - before == 1


@pytest.mark.parametrize("m", [1, 17, 40])
def test_gemv_attention_heads(device, m):
    """Decode attention: q [h, 1, d] against a symbolic-length K/V cache, both products."""
    seq = Var("m", 1, 40)
    q, k, p = f32(12, 1, 64), f32(12, m, 64), f32(12, 1, m)
    kt = Tensor(k, shape=(12, seq, 64), device=device)
    scores = Tensor(q, device=device) @ kt.transpose(1, 2)
    only_gemv(scores)
    np.testing.assert_allclose(scores.numpy(), q @ k.transpose(0, 2, 1), rtol=1e-4, atol=1e-4)
    out = Tensor(p, shape=(12, 1, seq), device=device) @ kt
    only_gemv(out)
    np.testing.assert_allclose(out.numpy(), p @ k, rtol=1e-4, atol=1e-4)


def test_gemv_float16_weights(device):
    needs(device, "float16")
    x, w = f32(1, 256), f32(256, 96)
    t = Tensor(x, dtype=minic.float16, device=device) @ Tensor(w, dtype=minic.float16, device=device)
    only_gemv(t)
    ref = x.astype(np.float16).astype(np.float32) @ w.astype(np.float16).astype(np.float32)
    np.testing.assert_allclose(t.numpy().astype(np.float32), ref, rtol=2e-3, atol=2e-2)


def test_gemv_cuda_sources_compile():
    n = Var("n", 1, 4)
    x = Tensor(f32(3, 96), shape=(n, 96), device="LLVM")
    for t in (x @ Tensor(f32(96, 70), device="LLVM"), x @ Tensor(f32(70, 96), device="LLVM").T,
              Tensor(f32(1, 96), dtype=minic.float16, device="LLVM") @ Tensor(f32(96, 8), dtype=minic.float16,
                                                                               device="LLVM")):
        for target in (cuda_target(), cuda_target().with_(warp=1)):
            compile_all_cuda(t, target, "GEMV")


def test_gemv_decode_attention_on_a_cache_slice(device):
    """Decode reads keys as cache[:, :past + 1]: the scores product is still a GEMV."""
    past = Var("past", 0, 40)
    cache = f32(12, 41, 64)
    q = f32(12, 1, 64)
    keys = Tensor(cache, device=device)[:, :past + 1].bind(past=16)
    scores = Tensor(q, device=device) @ keys.transpose(1, 2)
    assert [k.rule for k in scores.schedule()] == ["GEMV"]
    np.testing.assert_allclose(scores.numpy(), q @ cache[:, :17].transpose(0, 2, 1), rtol=1e-4, atol=1e-4)


@pytest.mark.parametrize("packed", [False, True])
def test_gemv_stores_its_columns_as_heads_into_a_cache(device, packed):
    """A projection of kv_heads * head_dim columns, reshaped to heads and assigned into cache[:, past]: the GEMV
    stores each column at its (head, position, dim) in the cache (the output's dims read as digits of the
    column), and leaves every other position alone."""
    from minic import quant
    from minic.intermediates import kernels
    heads, d, ctx, k_in = 3, 64, 40, 96
    wn = f32(heads * d, k_in)
    w = quant.quantize(wn, "q4_1", device=device) if packed else Tensor(wn, device=device)
    ref = w.numpy() if packed else wn
    cache = Tensor(np.zeros((heads, ctx, d), np.float32), device=device).realize()
    xn = f32(1, k_in)
    x = Tensor(xn, device=device).realize()
    v = (quant.linear(x, w) if packed else x @ w.T).reshape(1, heads, d).permute(1, 0, 2)
    past = Var("past", 0, ctx - 1)
    launched = kernels(lambda: cache[:, past:past + 1].bind(past=7).assign(v))  # assign runs now
    assert [c.kernel.rule for c in launched.select("*")] == ["GEMV"]
    got = cache.numpy()
    want = (xn @ ref.T).reshape(heads, d)
    np.testing.assert_allclose(got[:, 7], want, rtol=1e-4, atol=packed_atol(want) if packed else 1e-4)
    assert not np.delete(got, 7, axis=1).any()



@pytest.mark.parametrize("warps_per_sm", [1, 4096])
@pytest.mark.parametrize("K", [64, 100, 6400])
def test_gpu_gemv_warps_per_column(gpu_device, warps_per_sm, K):
    """GpuGemvSettings.warps_per_sm: with few columns each gets several warps (where the target has shuffles), their
    sums meeting in group memory, or (without shuffles: OpenCL, WebGPU without a fixed subgroup width) more
    threads, up to the whole group, their partial sums halved in a tree; rows, sibling products and a norm in the
    prologue ride along."""
    from minic.runtime.registry import get_device
    from minic.sched.rules.gpu_gemv import SERIAL_TAIL, GpuGemvSettings, gpu_gemv_tile
    from minic.sched.rules.matmul_plan import analyze
    from minic.sched.rules.settings import tune
    dev = get_device(gpu_device)
    saved = dev.target
    dev.target = tune(saved, GpuGemvSettings, warps_per_sm=warps_per_sm, min_steps=1)
    try:
        n = Var("n", 1, 3)
        x, wg, wu, g = f32(2, K), f32(40, K), f32(40, K), f32(K)
        a = Tensor(x, shape=(n, K), device=gpu_device).rms_norm(Tensor(g, device=gpu_device))
        t = (a @ Tensor(wg, device=gpu_device).T).relu() * (a @ Tensor(wu, device=gpu_device).T)
        only_gemv(t)
        (kernel,) = t.schedule()
        tile = gpu_gemv_tile(analyze(kernel.graph), dev.target)
        if not tile.shuffle and warps_per_sm > 1 and K == 6400:  # the tree's halvings are exercised
            assert tile.split > SERIAL_TAIL, tile
        h = x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-6) * g
        np.testing.assert_allclose(t.numpy(), np.maximum(h @ wg.T, 0) * (h @ wu.T), rtol=2e-4, atol=2e-3)
    finally:
        dev.target = saved


def test_gpu_gemv_packed_weight_steps_per_lane():
    """A packed weight's step dequantizes a block's run in every bit plane (32 elements of Q4): a long row's
    column gets several warps while each lane keeps GpuGemvSettings.packed_min_steps steps, not the float
    weights' min_steps (GPT-2 XL's int4 mlp.c_proj, K = 6,400: 200 blocks, 7 steps a lane of one warp)."""
    from minic.engine import kernel_graphs
    from minic.sched.rules.gpu_gemv import GpuGemvSettings, gpu_gemv_tile
    from minic.sched.rules.matmul_plan import analyze
    from minic.sched.rules.settings import tune
    t = quant.linear(Tensor(f32(1, 6400)), quant.quantize(f32(64, 6400), "q4g32"))
    target = cuda_target().with_(multiprocessors=132)
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    tiles = {steps: gpu_gemv_tile(analyze(kg), tune(target, GpuGemvSettings, packed_min_steps=steps))
             for steps in (1, 4)}
    assert tiles[4].packed and tiles[4].warps == 1 and tiles[1].warps > 1, tiles


@pytest.mark.parametrize("fmt", ["q4g32", "q4_1"])
def test_gemv_reads_packed_weights_unrounded(device, fmt):
    """A float16 model's product with a packed weight: quant.linear casts the dequantized weight to float16, and
    the GEMV reads it at the float32 its dequant computes instead (matmul_plan.unrounded_weights): no conversion
    to float16 and back per weight in the CUDA source (one float16 conversion is left: the output's store), and
    every backend's result equals the unrounded product to float16's precision."""
    from minic.codegen.cuda import CUDARenderer
    x16 = f32(1, 256).astype(np.float16)
    w = quant.quantize(f32(48, 256) * 0.1, fmt, device=device)
    t = quant.linear(Tensor(x16, device=device), w)
    (src,) = render_all(t, cuda_target(), CUDARenderer())
    body = src.split("__global__")[1]
    assert body.count("f32_to_f16(") == body.count("b0["), src  # one per store of an output column
    want = x16.astype(np.float32) @ w.numpy().T
    np.testing.assert_allclose(t.numpy().astype(np.float32), want, rtol=2e-3, atol=2e-3 * np.abs(want).max())


def test_gpu_gemv_asks_for_one_wave():
    """GpuGemvSettings.one_wave: a GEMV whose groups just outnumber one wave at the registers ptxas would take
    (GPT-2 XL's c_fc, 800 groups of 256 on 132 multiprocessors) asks for 7 groups a multiprocessor
    (__launch_bounds__' minimum, in the PTX as .minnctapersm); fewer groups than MIN_WAVE_GROUPS a multiprocessor,
    the setting off, more groups than a multiprocessor holds (groups of 32 threads, one column each: 49 a
    multiprocessor, past sm_90's 32, which ptxas would ignore), or a target that does not say what a
    multiprocessor holds: no ask."""
    from minic.codegen.cuda import CUDARenderer
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    from minic.sched.rules.settings import tune
    h200 = tune(cuda_target().with_(multiprocessors=132, multiprocessor_threads=2048, multiprocessor_groups=32),
                GpuGemvSettings, thread_cols=1)  # a column a thread: 800 groups (thread_cols: its own test)
    x = Tensor(f32(1, 160).astype(np.float16))
    wide, narrow = (x @ Tensor(f32(n, 160).astype(np.float16)).T for n in (6400, 1600))
    (src,) = render_all(wide, h200, CUDARenderer())
    assert "__launch_bounds__(256, 7)" in src, src
    (ptx,) = compile_all_cuda(wide, h200, "GEMV")
    assert ".minnctapersm 7" in ptx
    for t, target in ((narrow, h200), (wide, tune(h200, GpuGemvSettings, one_wave=False)),
                      (wide, tune(h200, GpuGemvSettings, threads=32)), (wide, cuda_target())):
        (src,) = render_all(t, target, CUDARenderer())
        assert re.search(r"__launch_bounds__\(\d+\)", src), src


@pytest.mark.parametrize("run", [2, 4])
@pytest.mark.parametrize("K", [64, 768, 99])
def test_gpu_gemv_element_runs(gpu_device, run, K):
    """GpuGemvSettings.element_run: where the target has no wide loads (WGSL), a thread reads `run` consecutive K
    elements a step, each its own load; a K that the run does not divide keeps one a step. Equal to numpy with
    sibling products and a folded norm, over one row."""
    from minic.runtime.registry import get_device
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    from minic.sched.rules.settings import tune
    dev = get_device(gpu_device)
    saved = dev.target
    dev.target = tune(saved, GpuGemvSettings, element_run=run)
    try:
        x, wg, wu, g = f32(1, K), f32(40, K), f32(40, K), f32(K)
        a = Tensor(x, device=gpu_device).rms_norm(Tensor(g, device=gpu_device))
        t = (a @ Tensor(wg, device=gpu_device).T).relu() * (a @ Tensor(wu, device=gpu_device).T)
        only_gemv(t)
        (kernel,) = t.schedule()
        if not dev.target.wide_copy_bytes:  # the run's loads are in the source, at offsets 1 .. run - 1
            assert (f"({run - 1} + " in kernel.source) == (K % run == 0), kernel.source
        h = x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-6) * g
        np.testing.assert_allclose(t.numpy(), np.maximum(h @ wg.T, 0) * (h @ wu.T), rtol=2e-4, atol=2e-3)
    finally:
        dev.target = saved


def test_gemv_cuda_several_warps_per_column_compiles():
    """GPT-2 XL's mlp.c_proj on an H200-sized target: 1,600 columns of K = 6,400 take 8 warps each."""
    from minic.engine import kernel_graphs
    from minic.sched.rules.gpu_gemv import gpu_gemv_text
    from minic.sched.rules.matmul_plan import analyze
    target = cuda_target().with_(multiprocessors=132)
    t = Tensor(f32(1, 6400)) @ Tensor(f32(1600, 6400)).T
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
    assert "across the column's 8 warps" in gpu_gemv_text(kg, analyze(kg), target)
    assert len(compile_all_cuda(t, target, "GEMV")) == 1


@pytest.mark.parametrize("k_per_lane", [1, 4, 64])
@pytest.mark.parametrize("K", [3, 33, 64])
def test_gpu_gemv_short_k_takes_part_of_a_warp(gpu_device, k_per_lane, K):
    """GpuGemvSettings.k_per_lane: a short K (attention's q.k) takes an aligned part of a warp per column where the
    target's shuffles can sum one (CUDA), so one warp scores several keys; the rows and the epilogue ride along.
    k_per_lane 1 gives the whole warp to K = 33 and 64, 64 one lane a column."""
    from minic.runtime.registry import get_device
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    from minic.sched.rules.settings import tune
    dev = get_device(gpu_device)
    saved = dev.target
    dev.target = tune(saved, GpuGemvSettings, k_per_lane=k_per_lane)
    try:
        n = Var("n", 1, 3)
        x, w = f32(2, K), f32(37, K)
        t = ((Tensor(x, shape=(n, K), device=gpu_device) @ Tensor(w, device=gpu_device).T) * 0.5).relu()
        only_gemv(t)
        np.testing.assert_allclose(t.numpy(), np.maximum(x @ w.T * 0.5, 0), rtol=1e-4, atol=1e-4)
    finally:
        dev.target = saved


def test_gemv_cuda_short_k_lanes_compile():
    """On CUDA a q.k over 64 elements takes 16 lanes a key (GpuGemvSettings.k_per_lane = 4), summed by a shuffle
    over those lanes; a target whose shuffles take the whole warp (WGSL's subgroupAdd) keeps a warp a key."""
    from minic.engine import kernel_graphs
    from minic.sched.rules.gpu_gemv import gpu_gemv_text
    from minic.sched.rules.matmul_plan import analyze
    seq = Var("m", 1, 512)
    t = Tensor(f32(25, 1, 64)) @ Tensor(f32(25, 300, 64), shape=(25, seq, 64)).transpose(1, 2)
    for target, lanes in ((cuda_target(), 16), (cuda_target().with_(lane_shuffles=False), 32)):
        (kg,) = kernel_graphs([t.node], t.var_vals, t.device, target)
        assert f"{lanes} threads split K" in gpu_gemv_text(kg, analyze(kg), target)
    (ptx,) = compile_all_cuda(t, cuda_target(), "GEMV")
    assert "shfl.sync.bfly" in ptx


@pytest.mark.parametrize("fold", [False, True])
@pytest.mark.parametrize("dtype", ["float16", "float32"])
@pytest.mark.parametrize("offset,K", [(0, 256), (0, 264), (1, 256)])
def test_gpu_gemv_wide_loads(gpu_device, dtype, offset, K, fold):
    """x @ W.T reads each thread's run of K in one 16-byte load (8 float16 or 4 float32) where the weight's rows
    start aligned; rows that start off the alignment (a view from column 1) are read an element at a time. Both
    equal numpy, with columns that overhang the group, sibling products and a norm either staged in group memory
    (stored so that the lanes' runs do not share banks; over a symbolic row count) or folded into the K loop (one
    row; its own reads of the row and the gain are wide too, so only the staged form tells the weight's loads
    apart)."""
    from minic.runtime.registry import get_device
    from minic.sched.rules.gpu_gemv import GpuGemvSettings
    from minic.sched.rules.settings import tune
    needs(gpu_device, dtype)
    dev = get_device(gpu_device)
    saved, dev.target = dev.target, tune(dev.target, GpuGemvSettings, fold_norms=fold)
    try:
        _check_wide_loads(gpu_device, dtype, offset, K, fold)
    finally:
        dev.target = saved


def _check_wide_loads(gpu_device: str, dtype: str, offset: int, K: int, fold: bool) -> None:
    from minic.runtime.registry import get_device
    dt = getattr(minic, dtype)
    x, wg, wu, g = f32(1 if fold else 2, K), f32(40, K + 8), f32(40, K + 8), f32(K)
    # the fold takes one row (gpu_gemv._linear_prologue); the staged norm is also checked over symbolic rows
    rows = Tensor(x, device=gpu_device) if fold else Tensor(x, shape=(Var("n", 1, 3), K), device=gpu_device)
    a = rows.rms_norm(Tensor(g, device=gpu_device))
    gate, up = (Tensor(w, device=gpu_device).cast(dt).realize()[:, offset:offset + K] for w in (wg, wu))
    t = (a.cast(dt) @ gate.T).relu() * (a.cast(dt) @ up.T)
    only_gemv(t)
    (source,) = [k.source for k in t.schedule()]
    wide = get_device(gpu_device).target.wide_copy_bytes and offset == 0
    assert ("arow" in source) == (not fold), source  # the staged norm's row in group memory
    if not fold:
        assert ("uint4" in source) == bool(wide), source
    rounded = (lambda v: v.astype(np.float16).astype(np.float32)) if dtype == "float16" else (lambda v: v)
    h = rounded(x / np.sqrt((x * x).mean(-1, keepdims=True) + 1e-6) * g)
    wg, wu = rounded(wg[:, offset:offset + K]), rounded(wu[:, offset:offset + K])
    tol = 2e-2 if dtype == "float16" else 2e-4
    np.testing.assert_allclose(t.numpy().astype(np.float32), np.maximum(h @ wg.T, 0) * (h @ wu.T), rtol=tol,
                               atol=tol * 10)


@pytest.mark.parametrize("dtype", ["float16", "bfloat16", "float32"])
def test_gemv_cuda_wide_loads_compile(dtype):
    """A decode GEMV of each weight dtype on CUDA reads its weight rows (and its activations) in 16-byte loads:
    8 elements of a 2-byte type, 4 of float32, per thread and step."""
    from minic.engine import kernel_graphs
    from minic.sched.rules.gpu_gemv import gpu_gemv_text
    from minic.sched.rules.matmul_plan import analyze
    dt = getattr(minic, dtype)
    t = Tensor(f32(1, 1600), dtype=dt) @ Tensor(f32(4800, 1600), dtype=dt).T
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, cuda_target())
    per = 16 // dt.itemsize
    assert f"{per} consecutive K elements a thread per step" in gpu_gemv_text(kg, analyze(kg), cuda_target())
    (ptx,) = compile_all_cuda(t, cuda_target(), "GEMV")
    assert re.search(r"ld\.global(\.nc)?\.v4\.(u32|f32)", ptx), "no 16-byte load in the PTX"


def test_gpu_gemv_thread_columns(gpu_device):
    """GpuGemvSettings.thread_cols: where whole warps take a column and the kernel keeps thread_cols_min_warps warps
    a multiprocessor, each warp computes two columns side by side (GPT-2 XL's 6,400-column c_fc; not its 1,600-column
    c_proj). Equal to numpy with columns that overhang the group, sibling products under a norm and a packed weight;
    the CUDA source compiles with NVRTC. (Warps exist on CUDA: elsewhere the same kernels run a column a thread.)"""
    from minic.engine import kernel_graphs
    from minic.runtime.registry import get_device
    from minic.sched.rules.gpu_gemv import GpuGemvSettings, gpu_gemv_text
    from minic.sched.rules.matmul_plan import analyze
    from minic.sched.rules.settings import tune
    h200 = cuda_target().with_(multiprocessors=132, multiprocessor_threads=2048, multiprocessor_groups=32)
    x = Tensor(f32(1, 160).astype(np.float16))
    for n, pairs in ((6400, True), (1600, False)):
        t = x @ Tensor(f32(n, 160).astype(np.float16)).T
        (kg,) = kernel_graphs([t.node], t.var_vals, t.device, h200)
        assert ("2 columns a thread side by side" in gpu_gemv_text(kg, analyze(kg), h200)) == pairs
    (kg,) = kernel_graphs([t.node], t.var_vals, t.device, h200)
    assert "columns a thread" not in gpu_gemv_text(kg, analyze(kg), tune(h200, GpuGemvSettings, thread_cols=1))
    paired = tune(cuda_target(), GpuGemvSettings, thread_cols_min_warps=0)
    dev = get_device(gpu_device)
    saved = dev.target
    dev.target = tune(saved, GpuGemvSettings, thread_cols_min_warps=0)
    try:
        xa, wg, wu, g = f32(1, 256), f32(72, 256), f32(72, 256), f32(256)
        a = Tensor(xa, device=gpu_device).rms_norm(Tensor(g, device=gpu_device))
        y = (a @ Tensor(wg, device=gpu_device).T).silu() * (a @ Tensor(wu, device=gpu_device).T)
        kg = kernel_graphs([y.node], y.var_vals, y.device, paired)[0]
        assert "columns a thread" in gpu_gemv_text(kg, analyze(kg), paired)
        assert len(compile_all_cuda(y, paired, "GEMV")) == 1
        an = xa / np.sqrt((xa * xa).mean(-1, keepdims=True) + 1e-6) * g
        gate, up = an @ wg.T, an @ wu.T
        np.testing.assert_allclose(y.numpy(), gate / (1 + np.exp(-gate)) * up, rtol=1e-4, atol=1e-4)
        w = quant.quantize(f32(40, 256) * 0.1, "q4_1", device=gpu_device)
        xq = f32(1, 256)
        yq = quant.linear(Tensor(xq, device=gpu_device), w)
        assert len(compile_all_cuda(yq, paired, "GEMV")) == 1
        want = xq @ w.numpy().T
        np.testing.assert_allclose(yq.numpy(), want, rtol=0, atol=packed_atol(want))
    finally:
        dev.target = saved
