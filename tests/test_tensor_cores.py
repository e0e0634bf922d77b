"""The TensorCoreMatmul rule (mma.sync on CUDA sm_80+, float16/bfloat16 operands). NVRTC checks here that its
sources compile for every kind of product; the numbers are checked against numpy on a CUDA device: sizes that
are no multiple of any tile, both weight layouts, a fused epilogue, symbolic rows at several values (one
compile), batched products, bfloat16."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, require

import minic
from minic import Tensor, Var, engine
from minic.codegen.cuda import CUDARenderer, dynamic_shared_bytes
from minic.sched import rules
from minic.sched.fuse import fuse
from minic.sched.rules.gpu_mma import MmaSettings
from minic.sched.rules.settings import tune
from minic.sched.target import Target

rng = np.random.default_rng(5)
MMA_TARGET = cuda_target().with_(mma=True, multiprocessors=132)


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def rounded(x: np.ndarray, dtype) -> np.ndarray:
    """x as the device holds it (float16 or bfloat16), back in float32."""
    if dtype == minic.float16:
        return x.astype(np.float16).astype(np.float32)
    bits = x.view(np.uint32)
    return ((bits + 0x7FFF + ((bits >> 16) & 1)) & 0xFFFF0000).astype(np.uint32).view(np.float32)


def products(device: str, dtype=minic.float16) -> list:
    """(tensor, numpy reference, symbolic?) for the kinds of product the rule takes."""
    out = []
    for M, K, N in [(64, 64, 64), (5, 7, 3), (130, 100, 70), (67, 300, 129)]:
        x, w, b = f32(M, K), f32(K, N), f32(N)
        t = ((Tensor(x, dtype=dtype, device=device) @ Tensor(w, dtype=dtype, device=device)).float()
             + Tensor(b, device=device)).gelu()
        ref = rounded(x, dtype) @ rounded(w, dtype) + b
        out.append((t, 0.5 * ref * (1 + np.tanh(0.7978845608 * (ref + 0.044715 * ref ** 3))), False))
        t = Tensor(x, dtype=dtype, device=device) @ Tensor(np.ascontiguousarray(w.T), dtype=dtype, device=device).T
        out.append((t, rounded(x, dtype) @ rounded(w, dtype), False))
    n = Var("n", 1, 300)
    w = f32(96, 80)
    for rows in (5, 3, 33, 300):  # 3: fewer than gemv_max_rows, still the same kernel
        x = f32(rows, 96)
        t = Tensor(x, shape=(n, 96), dtype=dtype, device=device) @ Tensor(w, dtype=dtype, device=device)
        out.append((t, rounded(x, dtype) @ rounded(w, dtype), True))
    w, b = f32(1300, 70), f32(70)  # MmaSettings.var_split: K over 4 warps and 4 groups, the last part's second
    for rows in (1, 130, 300):     # panel past K (zeros)
        x = f32(rows, 1300)
        t = (Tensor(x, shape=(n, 1300), dtype=dtype, device=device) @ Tensor(w, dtype=dtype, device=device)).float() \
            + Tensor(b, device=device)
        out.append((t, rounded(x, dtype) @ rounded(w, dtype) + b, False))
    batch = Var("batch", 1, 16)  # MmaSettings.few_rows: K split over warps, a K that is no multiple of a panel
    w = f32(300, 70)
    for rows in (1, 7, 16):
        x = f32(rows, 300)
        t = Tensor(x, shape=(batch, 300), dtype=dtype, device=device) @ Tensor(w, dtype=dtype, device=device)
        out.append((t, rounded(x, dtype) @ rounded(w, dtype), False))
    a, b = f32(3, 20, 30), f32(3, 30, 17)
    out.append((Tensor(a, dtype=dtype, device=device) @ Tensor(b, dtype=dtype, device=device),
                rounded(a, dtype) @ rounded(b, dtype), False))
    return out


def test_declines_say_why():
    x = Tensor(f32(64, 32), dtype=minic.float16, device="LLVM") @ Tensor(f32(32, 48), dtype=minic.float16,
                                                                          device="LLVM")
    (kg,) = fuse([x.node], x.device, x.var_vals)
    rule = next(r for r in rules.rules() if r.name == "TensorCoreMatmul")
    assert "GPU schedule" in rule.why_not(kg, Target("cpu"))
    assert "no tensor cores" in rule.why_not(kg, cuda_target())
    assert rule.why_not(kg, MMA_TARGET) is None
    y = Tensor(f32(64, 32), device="LLVM") @ Tensor(f32(32, 48), device="LLVM")
    (kg,) = fuse([y.node], y.device, y.var_vals)
    assert "float32" in rule.why_not(kg, MMA_TARGET)
    assert rules.choose(kg, MMA_TARGET).rule.name == "Matmul"


@pytest.mark.parametrize("dtype", [minic.float16, minic.bfloat16], ids=["float16", "bfloat16"])
def test_sources_compile_with_mma(dtype):
    for t, _, _ in products("LLVM", dtype):
        for ptx in compile_all_cuda(t, MMA_TARGET, "TensorCoreMatmul"):
            assert "mma.sync.aligned.m16n8k16" in ptx


def test_aligned_operands_stage_asynchronously():
    """K and N multiples of 8: both panels move by cp.async, and a [K, N] weight is read by ldmatrix.trans from
    its N-contiguous panel; a weight used transposed (x @ W.T) is K-contiguous and needs no ldmatrix."""
    x, w = f32(64, 96), f32(96, 128)
    t = Tensor(x, dtype=minic.float16, device="LLVM") @ Tensor(w, dtype=minic.float16, device="LLVM")
    (ptx,) = compile_all_cuda(t, MMA_TARGET, "TensorCoreMatmul")
    assert "cp.async.cg.shared.global" in ptx and "ldmatrix.sync.aligned.m8n8.x2.trans" in ptx
    t = Tensor(x, dtype=minic.float16, device="LLVM") @ Tensor(w.T.copy(), dtype=minic.float16, device="LLVM").T
    (ptx,) = compile_all_cuda(t, MMA_TARGET, "TensorCoreMatmul")
    assert "cp.async.cg.shared.global" in ptx and "ldmatrix" not in ptx


def test_deep_rings_use_dynamic_shared_memory():
    """Three 64-deep panels of a 128x64 tile need 83 KB: more than a static __shared__ array may take, so the
    arrays are carved from one dynamic block; the loop waits for all but the newest batch of copies."""
    x = Tensor(f32(256, 192), dtype=minic.float16, device="LLVM") @ Tensor(f32(192, 128), dtype=minic.float16,
                                                                            device="LLVM")
    target = tune(MMA_TARGET.with_(shared_bytes=227 * 1024), MmaSettings, tiles=((128, 64),), stages=3)
    (ptx,) = compile_all_cuda(x, target, "TensorCoreMatmul")
    assert "cp.async.wait_group 1" in ptx
    (kg,) = fuse([x.node], x.device, x.var_vals)
    source = CUDARenderer().render(rules.choose(kg, target).kernel)
    assert "extern __shared__" in source and dynamic_shared_bytes(rules.choose(kg, target).kernel) > 48 * 1024
    two = tune(MMA_TARGET, MmaSettings, tiles=((64, 64),), stages=2)  # 37 KB: static arrays
    assert "extern __shared__" not in CUDARenderer().render(rules.choose(kg, two).kernel)
    small = rules.choose(kg, tune(target.with_(shared_bytes=48 * 1024), MmaSettings, stages=4))  # no opt-in
    assert small.rule.name == "Matmul" and "exceed the device's 49152" in dict(small.declined)["TensorCoreMatmul"]


# MmaSettings the CUDA test runs under: the defaults, two tile sizes tried in order, a shallower panel, and
# a three-panel ring in dynamic shared memory
CONFIGS = {"default": {}, "128x64,64x64": {"tiles": ((128, 64), (64, 64)), "depth": 32},
           "32x64": {"tiles": ((32, 64),), "depth": 16},
           "128x64 3 stages": {"tiles": ((128, 64),), "stages": 3}}


@pytest.mark.parametrize("config", list(CONFIGS))
@pytest.mark.parametrize("dtype", [minic.float16, minic.bfloat16], ids=["float16", "bfloat16"])
def test_tensor_core_products_on_cuda(dtype, config):
    require("CUDA")
    if not minic.get_device("CUDA").target.mma:
        pytest.skip("this GPU has no mma.sync (needs sm_80 or newer)")
    dev = minic.get_device("CUDA")
    base = dev.target
    dev.target = tune(base, MmaSettings, **CONFIGS[config])
    engine.clear_schedule_cache()
    try:
        symbolic_compiles = []
        for t, ref, symbolic in products("CUDA", dtype):
            assert [k.rule for k in t.schedule()] == ["TensorCoreMatmul"]
            before = dev.compiles
            tol = 3e-3 if dtype == minic.float16 else 2e-2
            np.testing.assert_allclose(t.numpy().astype(np.float32), ref, rtol=tol, atol=10 * tol)
            if symbolic:
                symbolic_compiles.append(dev.compiles - before)
        # one kernel serves every value of n: at most the first symbolic product compiles (none when an earlier
        # configuration already built the same source: a symbolic row count always takes MmaSettings.var_rows)
        assert symbolic_compiles[0] <= 1 and symbolic_compiles[1:] == [0, 0, 0], symbolic_compiles
    finally:
        dev.target = base
        engine.clear_schedule_cache()


def test_symbolic_rows_take_the_var_rows_configuration():
    """A symbolic row count: one tensor-core kernel for every n, in MmaSettings.var_rows (here 32x64, two panels),
    with no GEMV branch (see TensorCoreMatmul.build); a static count of the same size takes the waves choice."""
    n = Var("n", 1, 512)
    w = Tensor(f32(96, 80), dtype=minic.float16, device="LLVM")
    t = Tensor(f32(3, 96), shape=(n, 96), dtype=minic.float16, device="LLVM") @ w
    (kg,) = fuse([t.node], t.device, t.var_vals)
    target = tune(MMA_TARGET, MmaSettings, var_rows=((32, 64), 2))
    decision = rules.choose(kg, target)
    assert decision.rule.name == "TensorCoreMatmul" and "32x64 output tiles" in decision.description
    assert "ring of 2 panels" in decision.description and "one kernel for every n" in decision.description
    assert [type(s).__name__ for s in decision.kernel.body].count("Loop") == 1, "the K loop, not two branches"
    static = Tensor(f32(512, 96), dtype=minic.float16, device="LLVM") @ w
    (kg_static,) = fuse([static.node], static.device, static.var_vals)
    assert "64x64 output tiles" in rules.choose(kg_static, target).description
    (ptx,) = compile_all_cuda(t, MMA_TARGET, "TensorCoreMatmul")
    assert "mma.sync.aligned.m16n8k16" in ptx


def test_a_prefill_of_few_columns_splits_k():
    """MmaSettings.var_split: a symbolic row count whose product would have fewer groups than multiprocessors at a
    128-row prefill (GPT-2's c_proj, N = 768) splits K over 4 warps a 64x64 tile with two panels in flight, and
    over 4 groups a tile, which add their partial tiles through device memory; a wide one (c_fc, N = 6,400: 200
    groups) keeps var_rows."""
    n = Var("n", 1, 1024)

    def choose(k: int, cols: int) -> str:
        t = Tensor(f32(3, k), shape=(n, k), dtype=minic.float16, device="LLVM") @ \
            Tensor(f32(k, cols), dtype=minic.float16, device="LLVM")
        (kg,) = fuse([t.node], t.device, t.var_vals)
        return rules.choose(kg, MMA_TARGET).description
    c_proj = choose(3072, 768)
    assert "64x64 output tiles" in c_proj and "K split over 4 warps" in c_proj and "ring of 2 panels" in c_proj
    assert "K split over 4 groups" in c_proj  # 24 tiles at 128 rows: 5 fit the 132 multiprocessors, 4 at most
    c_fc = choose(1600, 6400)
    assert "K split" not in c_fc and "ring of 4 panels" in c_fc
    t = Tensor(f32(3, 3072), shape=(n, 3072), dtype=minic.float16, device="LLVM") @ \
        Tensor(f32(3072, 768), dtype=minic.float16, device="LLVM")
    (ptx,) = compile_all_cuda(t, MMA_TARGET, "TensorCoreMatmul")
    assert "mma.sync.aligned.m16n8k16" in ptx


def test_a_serving_batch_takes_the_few_rows_configuration():
    """A symbolic row count bounded by 32 (a batch of sequences): MmaSettings.few_rows, a 32x32 tile per group with
    K split over warps and four panels in flight, which halves the H200's c_proj products at B=16 against var_rows
    (bench/README.md). K is split over no more warps than it has panel slices."""
    batch = Var("batch", 1, 16)
    w = Tensor(f32(96, 80), dtype=minic.float16, device="LLVM")
    t = Tensor(f32(3, 96), shape=(batch, 96), dtype=minic.float16, device="LLVM") @ w
    (kg,) = fuse([t.node], t.device, t.var_vals)
    decision = rules.choose(kg, MMA_TARGET)
    assert decision.rule.name == "TensorCoreMatmul" and "32x32 output tiles" in decision.description
    assert "ring of 4 panels" in decision.description and "K split over 2 warps" in decision.description
    assert decision.kernel.local_size[0] == 64
    deep = Tensor(f32(3, 1600), shape=(batch, 1600), dtype=minic.float16, device="LLVM") @ \
        Tensor(f32(1600, 80), dtype=minic.float16, device="LLVM")
    (kg,) = fuse([deep.node], deep.device, deep.var_vals)
    assert "K split over 4 warps" in rules.choose(kg, MMA_TARGET).description
    wide = Tensor(f32(3, 1600), shape=(batch, 1600), dtype=minic.float16, device="LLVM") @ \
        Tensor(f32(1600, 6400), dtype=minic.float16, device="LLVM")  # 200 tiles: every multiprocessor has one
    (kg,) = fuse([wide.node], wide.device, wide.var_vals)
    assert "K split" not in rules.choose(kg, MMA_TARGET).description
    (ptx,) = compile_all_cuda(t, MMA_TARGET, "TensorCoreMatmul")
    assert "mma.sync.aligned.m16n8k16" in ptx
