"""The Matmul rules: a kernel whose one reduction is sum_k A(.., k) * B(k, ..), as matmul_plan.analyze
recognises it, with more rows than a GEMV takes (matmul_plan.route).

Anything elementwise may sit before the operands (casts, dequantisation) or after the reduction (bias, gelu,
residual): the Emitter computes those at the indices the schedule asks for. One rule class per device kind,
all on the same Plan: CpuMatmul (cpu_matmul.py's register tiles), GpuMatmul (gpu_matmul.py's tiles through
group memory, with gpu_small_batch.py's branch for few rows) and TensorCoreMatmul (gpu_mma.py), tried first.
"""
from __future__ import annotations

from minic.ir.symbolic import bounds
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule
from minic.sched.rules.cpu_matmul import build_cpu, matmul_text
from minic.sched.rules.gpu_matmul import build_gpu_matmul, gpu_matmul_fits, gpu_matmul_text
from minic.sched.rules.gpu_mma import build_gpu_mma, mma_declines, mma_text
from minic.sched.rules.gpu_small_batch import small_batch_text, with_small_batch
from minic.sched.rules.matmul_plan import analyze, decline_common, route
from minic.sched.target import Target


def matmul_declines(graph: KernelGraph, target: Target) -> str | None:
    """Why a Matmul rule (any device) does not take this kernel, or None."""
    plan = analyze(graph)
    reason = decline_common(plan, target)
    if reason is not None:
        return reason
    if plan.m is None:
        return "no row axis: one operand is a single vector (a GEMV)"
    if plan.siblings:
        return "sibling products of one input share a kernel only on the GEMV schedule"
    if plan.prologue:
        return "a row reduction before the product (a norm) shares its kernel only on the GEMV schedule"
    r = route(plan, target)
    if r.rule == "GEMV":
        return f"at most {bounds(plan.M)[1]} rows (<= gemv_max_rows={r.gemv_rows}): a GEMV"
    return None


class CpuMatmul(Rule):
    name = "Matmul"
    device = "cpu"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return matmul_declines(graph, target)

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        plan = analyze(graph)
        return build_cpu(graph, plan, target, route(plan, target))

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        return matmul_text(graph, plan, target, route(plan, target))


class GpuMatmul(Rule):
    name = "Matmul"
    device = "gpu"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return matmul_declines(graph, target) or gpu_matmul_fits(target)

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        plan = analyze(graph)
        return with_small_batch(graph, plan, target, route(plan, target), build_gpu_matmul(graph, plan, target))

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        return gpu_matmul_text(plan, target) + small_batch_text(plan, target, route(plan, target))


class TensorCoreMatmul(Rule):
    """Tried before Matmul: the same products, on tensor cores where the target and the operand types allow."""
    name = "TensorCoreMatmul"
    device = "gpu"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        if not target.gpu:
            return "tensor cores are a GPU schedule"
        return matmul_declines(graph, target) or mma_declines(analyze(graph), target)

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        return build_gpu_mma(graph, analyze(graph), target)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        return mma_text(analyze(graph), target)
