"""The Matmul rule on every backend (register tiles on the CPU, group-memory tiles on GPUs) against numpy:
sizes that are not multiples of any tile, both weight layouts, a fused epilogue, halves, symbolic rows at
several values (one compile), batched products. CUDA sources are also compiled with NVRTC here."""
from __future__ import annotations

import numpy as np
import pytest
from conftest import compile_all_cuda, needs

import minic
from minic import Tensor, Var

rng = np.random.default_rng(11)


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def rules_of(t: Tensor) -> list:
    return [k.rule for k in t.schedule()]


@pytest.mark.parametrize("M,K,N", [(64, 64, 64), (5, 7, 3), (130, 100, 70), (67, 300, 129)])
def test_matmul_layouts_and_epilogue(device, M, K, N):
    x, w, b = f32(M, K), f32(K, N), f32(N)
    t = (Tensor(x, device=device) @ Tensor(w, device=device) + Tensor(b, device=device)).relu()
    assert rules_of(t) == ["Matmul"]
    np.testing.assert_allclose(t.numpy(), np.maximum(x @ w + b, 0), rtol=1e-4, atol=1e-4)
    t = Tensor(x, device=device) @ Tensor(np.ascontiguousarray(w.T), device=device).T
    assert rules_of(t) == ["Matmul"]
    np.testing.assert_allclose(t.numpy(), x @ w, rtol=1e-4, atol=1e-4)


def test_matmul_symbolic_rows_compile_once(device):
    n = Var("n", 1, 200)
    w = f32(48, 33)
    dev = minic.get_device(device)
    before = dev.compiles
    for rows in (5, 64, 200):
        x = f32(rows, 48)
        t = Tensor(x, shape=(n, 48), device=device) @ Tensor(w, device=device)
        assert rules_of(t) == ["Matmul"]
        np.testing.assert_allclose(t.numpy(), x @ w, rtol=1e-4, atol=1e-4)
    assert dev.compiles - before == 1


def test_matmul_batched(device):
    a, b = f32(3, 20, 30), f32(3, 30, 17)
    t = Tensor(a, device=device) @ Tensor(b, device=device)
    assert rules_of(t) == ["Matmul"]
    np.testing.assert_allclose(t.numpy(), a @ b, rtol=1e-4, atol=1e-4)


def test_matmul_halves_accumulate_in_float32(device):
    needs(device, "float16")
    x, w = f32(70, 200), f32(200, 40)
    t = Tensor(x, dtype=minic.float16, device=device) @ Tensor(w, dtype=minic.float16, device=device)
    ref = x.astype(np.float16).astype(np.float32) @ w.astype(np.float16).astype(np.float32)
    np.testing.assert_allclose(t.numpy().astype(np.float32), ref, rtol=3e-3, atol=3e-2)


def test_gpu_matmul_cuda_sources_compile():
    n = Var("n", 1, 512)
    x = Tensor(f32(9, 96), shape=(n, 96), device="LLVM")
    for t in ((x @ Tensor(f32(96, 70), device="LLVM")).gelu(), x @ Tensor(f32(70, 96), device="LLVM").T,
              Tensor(f32(3, 20, 30), dtype=minic.float16, device="LLVM") @ Tensor(f32(3, 30, 17), dtype=minic.float16,
                                                                                   device="LLVM")):
        compile_all_cuda(t, rule="Matmul")


def test_wide_staging_only_where_aligned(device):
    """GPU targets with wide copies stage raw float32 operands 16 bytes per load; views whose rows start off a
    16-byte boundary, padded views and odd widths take the element-by-element path, with the same results."""
    if not minic.get_device(device).target.wide_copy_bytes:
        pytest.skip(f"{device} stages operands element by element (no wide copies)")
    a, w = f32(64, 72), f32(64, 64)
    t = Tensor(a[:, :64].copy(), device=device) @ Tensor(w, device=device)
    assert "uint4" in t.schedule()[0].source
    np.testing.assert_allclose(t.numpy(), a[:, :64] @ w, rtol=1e-4, atol=1e-4)
    cases = [(Tensor(a, device=device)[:, 1:65], a[:, 1:65]),  # rows start one float past the boundary
             (Tensor(a[:, :62].copy(), device=device).pad(((0, 0), (1, 1))), np.pad(a[:, :62], ((0, 0), (1, 1))))]
    for view, ref in cases:
        t = view @ Tensor(w, device=device)
        np.testing.assert_allclose(t.numpy(), ref @ w, rtol=1e-4, atol=1e-4)
    w2 = f32(64, 70)  # rows of 70 floats: only every other row starts on a 16-byte boundary
    t = Tensor(a[:, :64].copy(), device=device) @ Tensor(w2, device=device)[:, :66]
    np.testing.assert_allclose(t.numpy(), a[:, :64] @ w2[:, :66], rtol=1e-4, atol=1e-4)


def test_gpu_small_batch_branch(device):
    """A symbolic row count on a GPU is one kernel that runs the GEMV schedule while n <= gemv_max_rows and the
    Matmul schedule above: both weight layouts, n on each side of the switch, one compile per layout."""
    target = minic.get_device(device).target
    if not target.gpu or not target.uniform_exit_barriers:
        pytest.skip(f"{device} has no small-batch branch (CPU nests branch in the Matmul rule; OpenCL: see "
                    f"rules/gpu_small_batch.py)")
    n = Var("n", 1, 300)
    w = f32(96, 80)
    dev = minic.get_device(device)
    for weight, wt in ((Tensor(w, device=device), w), (Tensor(np.ascontiguousarray(w.T), device=device).T, w)):
        before = dev.compiles
        for rows in (1, 2, 4, 5, 64, 300):
            x = f32(rows, 96)
            t = (Tensor(x, shape=(n, 96), device=device) @ weight).relu()
            (sk,) = t.schedule()
            assert sk.rule == "Matmul" and "the GEMV schedule, in the same kernel" in sk.rule_why
            np.testing.assert_allclose(t.numpy(), np.maximum(x @ wt, 0), rtol=1e-4, atol=1e-4)
        assert dev.compiles - before == 1


def test_gpu_small_batch_cuda_sources_compile():
    n = Var("n", 1, 300)
    x = Tensor(f32(9, 96), shape=(n, 96), device="LLVM")
    for t in (x @ Tensor(f32(96, 70), device="LLVM"), x @ Tensor(f32(70, 96), device="LLVM").T):
        (ptx,) = compile_all_cuda(t, rule="Matmul")
        assert "bar.sync" in ptx
