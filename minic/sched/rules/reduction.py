"""Reduction: kernels whose reductions run along rows (sum, softmax, norms, matmul).

CPU: output loops with the outer one across cores; each reduction is a serial
loop hoisted to the outermost output loop it depends on, so a softmax reads
its row max once per row. GPU: one group per row, threads split each row
reduction and combine their partial results with warp shuffles where the target
has them (CUDA, WebGPU subgroups), else with a tree in group memory (see
nest._group_reduce)."""
from __future__ import annotations

from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule, has_reduce
from minic.sched.rules.nest import cpu_nest, gpu_rows, row_depth
from minic.sched.target import Target


class Reduction(Rule):
    name = "Reduction"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        if not has_reduce(graph):
            return "the kernel has no reduction"
        if target.gpu and target.reduce_threads > target.max_threads:
            return f"{target.reduce_threads} threads per group exceed the device's {target.max_threads}"
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        if target.gpu:
            return gpu_rows(graph, target, row_depth(graph) or 0)
        return cpu_nest(graph, parallel=target.cores > 1, vector=True)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        if target.gpu:
            return (f"row reduction: one group of {target.reduce_threads} threads per row over the first "
                    f"{row_depth(graph)} output dims, partial results combined "
                    f"{'with warp shuffles' if target.warp > 1 else 'in group memory'}")
        return f"row reduction: outer loop over {target.cores} cores, reductions hoisted to the rows they depend on"
