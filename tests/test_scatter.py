"""Tensor.assign_rows: a scatter of rows into a realized tensor (what a paged KV cache's step stores its new keys
and values with), on every backend, against numpy.

Row ids outside the tensor (-1 in particular) write nothing; the values may be any elementwise graph (fused into
the scatter kernel) or a reduction (computed by a kernel of its own first); the row count may be a Var; a jit
replay writes the rows of each call. CUDA sources compile with NVRTC here and run on the GPU machine.
"""
from __future__ import annotations

import numpy as np
import pytest
from conftest import cuda_target, nvrtc_or_skip

import minic
from minic import Tensor, Var
from minic.errors import MinicError
from minic.ir.node import Node

rng = np.random.default_rng(11)


def f32(*shape) -> np.ndarray:
    return rng.standard_normal(shape).astype(np.float32)


def scattered(base: np.ndarray, rows, values: np.ndarray) -> np.ndarray:
    """numpy's answer: each in-range row id gets its value row."""
    out = base.copy()
    for r, v in zip(rows, values):
        if 0 <= r < len(out):
            out[r] = v
    return out


@pytest.mark.parametrize("dtype", [minic.float32, minic.float16, minic.int32], ids=lambda d: d.name)
def test_rows_land_where_their_ids_say_and_the_others_stay(device, dtype):
    base = (f32(12, 5) * 10).astype(dtype.np)
    values = (f32(4, 5) * 10).astype(dtype.np)
    rows = [9, -1, 0, 12]  # 12 is one past the end: skipped, like -1
    pool = Tensor(base, device=device).realize()
    pool.assign_rows(Tensor(np.array(rows, np.int32), device=device), Tensor(values, device=device))
    np.testing.assert_array_equal(pool.numpy(), scattered(base, rows, values))


def test_the_values_are_computed_in_the_scatter_kernel(device):
    base, a, b = f32(8, 3, 4), f32(2, 3, 4), f32(4)
    pool = Tensor(base, device=device).realize()
    rows = Tensor(np.array([5, 1], np.int32), device=device)
    value = (Tensor(a, device=device) * 2 + Tensor(b, device=device)).exp()
    node = Node("SCATTER", (pool.node, value.node, rows.node), None, pool.dtype, value.shape)
    from minic.engine import kernel_graphs
    from minic.runtime.registry import get_device
    kernels = kernel_graphs([node], {}, device, get_device(device).target)
    assert [k.name for k in kernels] == ["scatter"]
    pool.assign_rows(rows, value)
    np.testing.assert_allclose(pool.numpy(), scattered(base, [5, 1], np.exp(a * 2 + b)), rtol=1e-5)


def test_reduced_values_get_a_kernel_of_their_own(device):
    base, x, w = f32(6, 8), f32(3, 16), f32(16, 8)
    pool = Tensor(base, device=device).realize()
    rows = Tensor(np.array([4, 2, 0], np.int32), device=device)
    pool.assign_rows(rows, Tensor(x, device=device) @ Tensor(w, device=device))
    np.testing.assert_allclose(pool.numpy(), scattered(base, [4, 2, 0], x @ w), rtol=1e-4, atol=1e-4)


def test_values_read_from_the_buffer_they_are_scattered_into(cpu_device):
    """Rows moved within one buffer: the values are read into a buffer of their own before any row is written."""
    base = f32(6, 4)
    pool = Tensor(base, device=cpu_device).realize()
    pool.assign_rows(Tensor(np.array([1, 0], np.int32), device=cpu_device), pool[0:2] + 1)
    np.testing.assert_allclose(pool.numpy(), scattered(base, [1, 0], base[0:2] + 1))


def test_scatters_into_buffers_of_other_row_counts_do_not_share_a_kernel(cpu_device):
    """The in-range check bakes in the target's row count: a scatter into 6 rows and one into 16 rows are
    different kernels (they once shared the first one's, and row 15 was skipped)."""
    for rows in (6, 16):
        base, values = f32(rows, 4), f32(2, 4)
        pool = Tensor(base, device=cpu_device).realize()
        ids = Tensor(np.array([1, rows - 1], np.int32), device=cpu_device)
        pool.assign_rows(ids, Tensor(values, device=cpu_device))
        np.testing.assert_array_equal(pool.numpy(), scattered(base, [1, rows - 1], values))


def test_a_symbolic_row_count(device):
    n = Var("n", 1, 8)
    base, values = f32(10, 3), f32(5, 3)
    pool = Tensor(base, device=device).realize()
    rows = np.array([7, 3, -1, 8, 2], np.int32)
    pool.assign_rows(Tensor(rows, device=device, shape=(n,)), Tensor(values, device=device, shape=(n, 3)))
    np.testing.assert_allclose(pool.numpy(), scattered(base, rows, values))


def test_a_jit_replay_writes_each_calls_rows(cpu_device):
    pool = Tensor(np.zeros((16, 4), np.float32), device=cpu_device).realize()

    @minic.jit
    def step(rows: Tensor, values: Tensor) -> None:
        pool.assign_rows(rows, values)

    expect = np.zeros((16, 4), np.float32)
    for call in range(5):
        rows, values = np.array([call, 15 - call], np.int32), f32(2, 4)
        step(Tensor(rows, device=cpu_device), Tensor(values, device=cpu_device))
        expect = scattered(expect, rows, values)
    assert step.records == 2
    np.testing.assert_array_equal(pool.numpy(), expect)


def test_bad_calls_say_what_was_expected(cpu_device):
    pool = Tensor(f32(4, 2), device=cpu_device).realize()
    ids = Tensor(np.array([0], np.int32), device=cpu_device)
    with pytest.raises(MinicError, match="realized tensor"):
        (pool + 1).assign_rows(ids, 0.0)
    with pytest.raises(MinicError, match="1-D integer tensor, got a float32 tensor"):
        pool.assign_rows(Tensor(np.zeros(1, np.float32), device=cpu_device), 0.0)
    with pytest.raises(MinicError, match="1-D integer tensor, got a int32 tensor of shape"):
        pool.assign_rows(Tensor(np.zeros((1, 1), np.int32), device=cpu_device), 0.0)
    with pytest.raises(MinicError, match="1-D integer tensor, got a list"):
        pool.assign_rows([0], 0.0)
    with pytest.raises(minic.errors.ShapeError):
        pool.assign_rows(ids, Tensor(f32(1, 3), device=cpu_device))


def test_cuda_scatter_compiles():
    from minic.codegen.cuda import CUDARenderer
    from minic.engine import kernel_graphs
    from minic.sched import rules
    cuda = nvrtc_or_skip()
    pool = Tensor(f32(32, 64), device="LLVM", dtype=minic.float16).realize()
    n = Var("n", 1, 16)
    rows = Tensor(np.arange(4, dtype=np.int32), device="LLVM", shape=(n,))
    value = Tensor(f32(4, 64), device="LLVM", shape=(n, 64)).cast(minic.float16)
    node = Node("SCATTER", (pool.node, value.node, rows.node), None, pool.dtype, value.shape)
    (kg,) = kernel_graphs([node], {"n": 4}, "LLVM", cuda_target())
    source = CUDARenderer().render(rules.choose(kg, cuda_target()).kernel)
    assert ".entry" in cuda.compile_ptx(source)
