"""Elementwise: kernels without a reduction.

CPU: outer loop across cores, inner loop vectorised. GPU: one thread per element."""
from __future__ import annotations

from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule, has_reduce
from minic.sched.rules.nest import cpu_nest, gpu_elementwise
from minic.sched.target import Target


class Elementwise(Rule):
    name = "Elementwise"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return "the kernel has a reduction" if has_reduce(graph) else None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        if target.gpu:
            return gpu_elementwise(graph, target, target.elementwise_per_thread)
        return cpu_nest(graph, parallel=target.cores > 1, vector=True)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        if target.gpu:
            return (f"elementwise: {target.elementwise_per_thread} output elements per thread, "
                    f"{target.elementwise_threads} threads per group, loads issued before stores")
        return f"elementwise: outer loop over {target.cores} cores, inner loop vectorised"
