"""Elementwise: kernels without a reduction.

CPU: outer loop across cores, inner loop vectorised. GPU: `per_thread` elements per thread."""
from __future__ import annotations

from dataclasses import dataclass

from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule, has_reduce
from minic.sched.rules.nest import cpu_nest, gpu_elementwise
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class ElementwiseSettings(RuleSettings):
    threads: int = 256  # GPU: threads per group (Fallback's groups too)
    per_thread: int = 4  # GPU: output elements per thread: more loads in flight per thread

    @classmethod
    def defaults(cls, target: Target) -> ElementwiseSettings:
        """256 threads per group, or all a GPU allows when that is fewer."""
        return cls(threads=min(cls.threads, target.max_threads)) if target.gpu else cls()


class Elementwise(Rule):
    name = "Elementwise"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return "the kernel has a reduction" if has_reduce(graph) else None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        if target.gpu:
            s = settings(ElementwiseSettings, target)
            return gpu_elementwise(graph, s.threads, s.per_thread)
        return cpu_nest(graph, parallel=target.cpu_cores > 1, vector=True)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        if target.gpu:
            s = settings(ElementwiseSettings, target)
            return (f"elementwise: {s.per_thread} output elements per thread, {s.threads} threads per group, "
                    f"loads issued before stores")
        return f"elementwise: outer loop over {target.cpu_cores} cores, inner loop vectorised"
