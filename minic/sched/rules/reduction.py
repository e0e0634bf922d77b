"""Reduction: kernels whose reductions run along rows (sum, softmax, norms, matmul).

CPU: output loops with the outer one across cores; each reduction is a serial loop hoisted to the outermost
output loop it depends on, so a softmax reads its row max once per row. GPU: one group per row, threads split
each row reduction and combine their partial results with warp shuffles where the target has them (CUDA,
WebGPU subgroups) and the group size allows (nest.warp_stage_ok), else with a tree in group memory (see
nest.group_reduce). A few long rows (decode's argmax over a vocabulary) get the largest groups the device
allows (group_threads)."""
from __future__ import annotations

from dataclasses import dataclass

from minic.ir.node import toposort
from minic.ir.symbolic import bounds
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.lower import spatial_dims
from minic.sched.rules.base import Rule, has_reduce
from minic.sched.rules.nest import cpu_nest, gpu_rows, row_depth, warp_stage_ok
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class ReductionSettings(RuleSettings):
    threads: int = 256  # GPU: threads per group sharing a row
    long_row_threads: int = 1024  # GPU: ... or as many as the device allows up to this, where the kernel has fewer
    #                               rows than the device has multiprocessors and its rows are at least 8x this long
    #                               (a decode step's argmax over the vocabulary): those few groups are all that
    #                               runs, each thread's share of a row is a chain of dependent loads
    many_rows_threads: int = 64  # GPU: ... or this many, where the kernel has at least `many_rows` rows a
    many_rows: int = 8  #           multiprocessor and its rows are at most 16x as long: a prefill's softmax over
    #                               heads x n rows of m keys (GPT-2 XL at 128 tokens, 3,200 rows of 128: 13.2 us
    #                               with 256 threads, 9.6 with 64; a layer norm's 128 rows are too few, 4.7 -> 6.0)

    @classmethod
    def defaults(cls, target: Target) -> ReductionSettings:
        """256 threads per row, or all a GPU allows when that is fewer."""
        return cls(threads=min(cls.threads, target.max_threads)) if target.gpu else cls()


class Reduction(Rule):
    name = "Reduction"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        if not has_reduce(graph):
            return "the kernel has no reduction"
        threads = settings(ReductionSettings, target).threads
        if target.gpu and threads > target.max_threads:
            return f"{threads} threads per group exceed the device's {target.max_threads}"
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        if target.gpu:
            return gpu_rows(graph, target, row_depth(graph) or 0, group_threads(graph, target))
        return cpu_nest(graph, parallel=target.cpu_cores > 1, vector=True)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        if target.gpu:
            threads = group_threads(graph, target)
            how = "with warp shuffles" if warp_stage_ok(target.warp, threads, graph.root.dtype.compute) else \
                "in group memory"
            return (f"row reduction: one group of {threads} threads per row over the first {row_depth(graph)} "
                    f"output dims, partial results combined {how}")
        return (f"row reduction: outer loop over {target.cpu_cores} cores, reductions hoisted to the rows they "
                f"depend on")


def group_threads(graph: KernelGraph, target: Target) -> int:
    """Threads per group (one group a row) on a GPU: ReductionSettings.threads, long_row_threads for a few long
    rows, many_rows_threads for many short ones."""
    s = settings(ReductionSettings, target)
    shape = graph.root.shape
    rows = bounds(prod(shape[d] for d in spatial_dims(shape)[:row_depth(graph) or 0]))[1]
    longest = max(bounds(prod(n.src[0].shape[a] for a in n.arg[1]))[1]
                  for n in toposort([graph.root]) if n.op == "REDUCE")
    if rows < target.multiprocessors and longest >= 8 * s.long_row_threads:
        return min(s.long_row_threads, target.max_threads)
    if rows >= s.many_rows * target.multiprocessors and longest <= 16 * s.many_rows_threads:
        return min(s.many_rows_threads, s.threads)
    return s.threads
