"""Fallback: always applies and is always correct; nothing clever.

CPU: plain serial loops. GPU: one thread per output element, reductions serial."""
from __future__ import annotations

from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule
from minic.sched.rules.elementwise import ElementwiseSettings
from minic.sched.rules.nest import cpu_nest, gpu_elementwise
from minic.sched.rules.settings import settings
from minic.sched.target import Target


class Fallback(Rule):
    name = "Fallback"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        if target.gpu:
            return gpu_elementwise(graph, settings(ElementwiseSettings, target).threads)
        return cpu_nest(graph, parallel=False, vector=False)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        return "fallback: one thread per output, serial reductions" if target.gpu else "fallback: serial loops"
