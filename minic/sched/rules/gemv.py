"""The GEMV rules: one (or a few) rows of activations times a weight matrix (decode).

Recognised like Matmul (matmul_plan.analyze), when matmul_plan.route gives the product to GEMV: at most
ProductSettings.gemv_max_rows rows, statically or by the bound of the symbolic n (with a symbolic n the kernel
holds one exact-size variant per possible n, an If on the Var, so every weight is still read once). The
schedules: cpu_gemv.py (strips of columns per core task) and gpu_gemv.py (groups of threads per column block,
a warp or group-memory reduction along K).
"""
from __future__ import annotations

from minic.ir.symbolic import bounds
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule
from minic.sched.rules.cpu_gemv import gemv_text, gemv_tile, stages_rows
from minic.sched.rules.cpu_matmul import build_cpu
from minic.sched.rules.gpu_gemv import build_gpu_gemv, gpu_gemv_text
from minic.sched.rules.matmul_plan import analyze, decline_common, prologue_text, route, sibling_text, split_text
from minic.sched.target import Target


def gemv_declines(graph: KernelGraph, target: Target) -> str | None:
    """Why a GEMV rule (any device) does not take this kernel, or None."""
    plan = analyze(graph)
    reason = decline_common(plan, target)
    if reason is not None:
        return reason
    r = route(plan, target)
    if r.rule != "GEMV":
        return f"up to {bounds(plan.M)[1]} rows (> gemv_max_rows={r.gemv_rows}): a matmul"
    return None


class CpuGEMV(Rule):
    name = "GEMV"
    device = "cpu"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return gemv_declines(graph, target)

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        plan = analyze(graph)
        return build_cpu(graph, plan, target, route(plan, target))

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        staged = ", its rows staged once per core" if stages_rows(plan, gemv_tile(plan, target, graph)) else ""
        return (f"gemv rows={plan.M} N={plan.N} K={plan.K}: {gemv_text(plan, target, graph)}; "
                f"tasks across {target.cpu_cores} cores{split_text(plan)}{sibling_text(plan)}"
                f"{prologue_text(plan, 'once per row before the tasks' + staged)}")


class GpuGEMV(Rule):
    name = "GEMV"
    device = "gpu"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return gemv_declines(graph, target)

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        return build_gpu_gemv(graph, analyze(graph), target)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        return gpu_gemv_text(graph, analyze(graph), target)
