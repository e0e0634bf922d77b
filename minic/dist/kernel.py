"""A collective as a kernel of the schedule: no rule and no generated code, a call into a communicator.

The engine turns every ALLREDUCE / ALLGATHER / REDUCE_SCATTER kernel graph into a CollectiveKernel. It has
what every ScheduledKernel has (name, why it was cut, a rule name, a source text to read, a loop kernel with
its buffers and Vars), so explain, viz, the profiler and minic.jit's recordings list it like the kernels
around it; its program is a `Call` that the communicator, not the device, launches.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from minic.dist.comm import Call, Communicator
from minic.engine import ScheduledKernel
from minic.ir.view import prod
from minic.runtime.device import Program
from minic.sched.fuse import COLLECTIVES
from minic.sched.loopir import BufParam, LoopKernel
from minic.sched.rules import Decision, Rule


class CollectiveRule(Rule):
    """Not a registered rule: what a collective kernel reports as the rule that scheduled it."""
    name = "Collective"

    def why_not(self, graph, target) -> str | None:
        return None if graph.root.op in COLLECTIVES else "not a collective"


RULE = CollectiveRule()


@dataclass
class CollectiveKernel(ScheduledKernel):
    comm: Communicator | None = field(default=None, repr=False)
    collective: ClassVar[bool] = True

    def compile(self, dev) -> Program:
        root = self.graph.root
        call = Call(root.op.lower(), root.dtype, prod(root.src[0].shape), tuple(s.name for s in self.loop.vars))
        return Program(self.name, self.source, call, self.loop)

    def launcher(self, dev) -> Communicator:
        return self.comm

    @property
    def ir(self) -> str:
        return self.source


def collective_kernel(kg, device: str, var_vals: dict) -> CollectiveKernel:
    """The kernel for a collective's graph (root: the collective over one BUFFER), on `device`'s communicator."""
    root = kg.root
    group = root.arg
    comm = group.communicator(device)
    kind = root.op.lower()
    src = root.src[0]
    what = {"allreduce": "sum over every rank", "allgather": "every rank's buffer, stacked in rank order",
            "reduce_scatter": "sum over every rank, this rank's block"}[kind]
    text = (f"{kg.name}: b0 {root.dtype.name}[{', '.join(map(str, root.shape))}] = {kind}(b1 "
            f"{src.dtype.name}[{', '.join(map(str, src.shape))}]): {what}; {comm.describe()}, rank {group.rank}")
    loop = LoopKernel(kg.name, [BufParam("b0", root.dtype, True), BufParam("b1", src.dtype, False)],
                      list(kg.var_syms), [])
    decision = Decision(RULE, loop, f"{kind} runs in the {comm.name} communicator, not in generated code", [])
    return CollectiveKernel(kg, decision, device, text, dict(var_vals), comm)
