"""The rule toolkit around products: the plan's index helpers, the one GEMV/Matmul route, per-rule settings
carried by a Target, rules tried only on their kind of device, and rules that build only through the emitter's
API. Scheduling only (no kernel runs): fast and device-free."""
from __future__ import annotations

import ast
from pathlib import Path

import numpy as np
import pytest

import minic
from minic import Tensor, Var
from minic.sched import rules
from minic.sched.fuse import fuse
from minic.sched.rules.cpu_matmul import CpuMatmulSettings, matmul_tile
from minic.sched.rules.gpu_gemv import GpuGemvSettings
from minic.sched.rules.matmul_plan import ProductSettings, analyze, route
from minic.sched.rules.reduction import ReductionSettings
from minic.sched.rules.settings import settings, tune
from minic.sched.target import Target

CPU = Target("cpu", cpu_cores=4, vector_bytes=32)
GPU = Target("gpu", gpu=True, max_threads=1024, warp=32, shared_bytes=48 * 1024, multiprocessors=8)


def graph_of(t: Tensor):
    (kg,) = fuse([t.node], t.device, t.var_vals)
    return kg


def product(rows, k: int = 32, n: int = 48, transposed: bool = False):
    x = Tensor(np.ones((rows.lo, k), np.float32), shape=(rows, k)) if isinstance(rows, Var) else \
        Tensor(np.ones((rows, k), np.float32))
    w = Tensor(np.ones((n, k) if transposed else (k, n), np.float32))
    return graph_of(x @ (w.T if transposed else w))


def test_index_helpers_place_rows_columns_and_k():
    plan = analyze(product(6))
    m, k, n = Var("m", 0, 5), Var("k", 0, 31), Var("c", 0, 47)
    a, b = plan.a_index([0, 0, 0], m, k), plan.b_index([0, 0, 0], k, n)
    assert (a[plan.m], a[plan.k], a[plan.n]) == (m, k, 0)
    assert (b[plan.m], b[plan.k], b[plan.n]) == (0, k, n)
    out = plan.out_index([0, 0], m, n)
    assert plan.out_n == ((1, 1),)  # the columns are output dim 1 itself
    assert out[plan.out_m] == m and out[1] == n


def test_columns_stored_as_heads_are_read_as_digits():
    """A product of 6 x 8 columns reshaped to [heads, rows, head dim]: the output's dims are the column's digits."""
    x, w = Tensor(np.ones((1, 32), np.float32)), Tensor(np.ones((48, 32), np.float32))
    plan = analyze(graph_of((x @ w.T).reshape(1, 6, 8).permute(1, 0, 2)))
    assert plan.out_n == ((0, 8), (2, 1))
    c = Var("c", 0, 47)
    out = plan.out_index([0, 0, 0], 0, c)
    assert (out[0], out[2]) == (c // 8, c % 8)


@pytest.mark.parametrize("rows, rule, gemv_rows, branches", [
    (1, "GEMV", 4, False), (4, "GEMV", 4, False), (5, "Matmul", 4, False),
    (Var("n", 1, 4), "GEMV", 4, False), (Var("n", 1, 1024), "Matmul", 4, True),
    (Var("n", 8, 1024), "Matmul", 4, False)])
def test_route_decides_gemv_matmul_and_the_branch(rows, rule, gemv_rows, branches):
    plan = analyze(product(rows))
    r = route(plan, CPU)
    assert (r.rule, r.gemv_rows, r.branches(plan)) == (rule, gemv_rows, branches)


def test_route_follows_settings_and_the_ablation():
    plan = analyze(product(Var("n", 1, 1024)))
    assert route(plan, CPU.tuned(ProductSettings(gemv_max_rows=8))).gemv_rows == 8
    rules.disable("GEMV")
    try:
        r = route(plan, CPU)
        assert (r.rule, r.gemv_rows, r.branches(plan)) == ("Matmul", 0, False)
        assert rules.choose(product(2), CPU).rule.name == "Matmul"
    finally:
        rules.enable("GEMV")


def test_settings_defaults_overrides_and_hashable_targets():
    wide = CPU.with_(vector_bytes=64, vector_registers=32)  # AVX-512
    assert settings(CpuMatmulSettings, wide) == CpuMatmulSettings()
    assert settings(CpuMatmulSettings, CPU) == CpuMatmulSettings(vectors=2)  # 6 x 2 vectors in AVX2's 16 registers
    tuned = tune(wide, CpuMatmulSettings, rows=3, pack_bytes=0)
    assert settings(CpuMatmulSettings, tuned) == CpuMatmulSettings(rows=3, pack_bytes=0)
    assert tune(tuned, CpuMatmulSettings, rows=5).tuning == (CpuMatmulSettings(rows=5, pack_bytes=0),)
    assert hash(tuned) != hash(wide) and tuned != wide  # the schedule cache keys on the target
    plan = analyze(product(12))
    assert matmul_tile(plan, tuned).rows == 3 and not matmul_tile(plan, tuned).pack
    assert "3x" in rules.choose(product(12), tuned).description


@pytest.mark.parametrize("machine,vector_bytes,registers", [("x86_64", 64, 32), ("x86_64", 32, 16),
                                                              ("aarch64", 16, 32)])
def test_cpu_target_counts_the_simd_registers(monkeypatch, machine, vector_bytes, registers):
    """AVX-512 and AArch64 have 32 SIMD registers, AVX2 16: the CPU Matmul's register tile is sized by them."""
    from minic.sched import target as target_module
    monkeypatch.setattr(target_module.platform, "machine", lambda: machine)
    monkeypatch.setattr(target_module, "_cpu_vector_bytes", lambda: vector_bytes)
    t = target_module.cpu_target("cpu")
    assert t.vector_registers == registers
    assert settings(CpuMatmulSettings, t).vectors == (4 if registers == 32 else 2)


def test_per_target_defaults_fit_a_small_gpu():
    """A GPU allowing 64 threads per group gets 64-thread row reductions (a 256-thread default declined there) and
    GEMV groups; the defaults elsewhere stay 256; an override beyond the device is declined with the reason."""
    small = GPU.with_(max_threads=64)
    assert settings(ReductionSettings, small).threads == settings(GpuGemvSettings, small).threads == 64
    assert settings(ReductionSettings, GPU).threads == 256 and settings(ReductionSettings, CPU).threads == 256
    softmax = graph_of(Tensor(np.ones((4, 100), np.float32)).softmax(-1))
    decision = rules.choose(softmax, small)
    assert decision.rule.name == "Reduction" and decision.kernel.local_size == (64, 1, 1)
    assert rules.choose(product(1), small).kernel.local_size == (64, 1, 1)
    over = rules.choose(softmax, tune(small, ReductionSettings, threads=128))
    assert "128 threads per group exceed the device's 64" in dict(over.declined)["Reduction"]


def test_rules_of_one_device_kind_are_tried_only_there():
    on_cpu, on_gpu = rules.rules(CPU), rules.rules(GPU)
    assert "TensorCoreMatmul" not in {r.name for r in on_cpu}
    assert [r.device for r in on_cpu if r.name == "Matmul"] == ["cpu"]
    assert [r.device for r in on_gpu if r.name == "Matmul"] == ["gpu"]
    decision = rules.choose(product(64), CPU)
    assert decision.rule.device == "cpu" and all(name != "TensorCoreMatmul" for name, _ in decision.declined)
    assert rules.choose(product(64), GPU).rule.device == "gpu"


def test_each_product_rule_declines_with_the_route_reason():
    matmul, gemv = (next(r for r in rules.rules(CPU) if r.name == name) for name in ("Matmul", "GEMV"))
    assert "a GEMV" in matmul.why_not(product(2), CPU)
    assert "a matmul" in gemv.why_not(product(64), CPU)
    assert gemv.why_not(product(64), CPU.tuned(ProductSettings(gemv_max_rows=64))) is None
    assert "reductions" in gemv.why_not(graph_of(Tensor(np.ones((2, 8), np.float32)).exp()), CPU)


FIELDS = {"_path", "_ref_syms", "_reduce_sites", "_buf_names", "_strategy", "path", "ref_syms", "reduce_hook",
          "reduce_sites", "buf_names"}


def test_rules_use_the_emitter_api_only():
    """No rule module reads or writes the emitter's fields (or names the output buffer): they call its methods."""
    rules_dir = Path(minic.__file__).parent / "sched" / "rules"
    for path in sorted(rules_dir.glob("*.py")):
        source = path.read_text()
        assert '"b0"' not in source, f"{path.name} names the output buffer"
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "em":
                assert node.attr not in FIELDS, f"{path.name}:{node.lineno} touches em.{node.attr}"
