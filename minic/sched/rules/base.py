"""The rule framework: rules are tried in order and the first that applies wins.

The contract a rule implements (`choose` below is its only caller):
  why_not(graph, target)   a sentence saying why the rule declines, or None when it applies;
                           it looks only at the KernelGraph's structure and never raises, so adding
                           a rule can never break a kernel that used to compile
  build(graph, target)     the LoopKernel, called only after why_not returned None
  describe(graph, target)  one line saying what the schedule does (explain and MINIC_DEBUG show it)

A rule with `device = "cpu"` or `"gpu"` is only tried on targets of that kind (CpuMatmul and GpuMatmul are both
"Matmul": switching the name off switches both off); `None` (the default) is tried everywhere.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, replace

from minic.ir.node import toposort
from minic.sched.attention import is_reshape
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.lower import Emitter
from minic.sched.target import Target


class Rule:
    name = "Rule"
    device: str | None = None  # "cpu" or "gpu": tried only on such targets; None: on every target

    def runs_on(self, target: Target) -> bool:
        return self.device is None or self.device == ("gpu" if target.gpu else "cpu")

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        """A sentence saying why this rule declines `graph`, or None if it applies."""
        raise NotImplementedError

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        raise NotImplementedError

    def describe(self, graph: KernelGraph, target: Target) -> str:
        return self.name

    def __repr__(self) -> str:
        return f"<rule {self.name}{'' if self.device is None else f' ({self.device})'}>"


@dataclass
class Decision:
    rule: Rule
    kernel: LoopKernel
    description: str  # what the chosen rule's schedule does (a kernel's `why` is its fusion cut instead)
    declined: list  # [(rule name, reason)] for rules tried before it


# MINIC_DISABLE_RULES=GEMV,Matmul switches rules off for the whole process (names as in `rules()`)
_disabled: set = {x.strip() for x in os.environ.get("MINIC_DISABLE_RULES", "").split(",") if x.strip()}
_registry: list = []


def register(rule: Rule, before: str | None = None) -> Rule:
    """Add a rule; `before` names the rule it should be tried ahead of (default: ahead of Fallback)."""
    anchor = before or "Fallback"
    names = [r.name for r in _registry]
    _registry.insert(names.index(anchor) if anchor in names else len(_registry), rule)
    return rule


def unregister(name: str) -> None:
    _registry[:] = [r for r in _registry if r.name != name]


def disable(*names: str) -> None:
    """Switch rules off by name (Fallback cannot be: something must always match)."""
    _disabled.update(n for n in names if n != "Fallback")


def enable(*names: str) -> None:
    _disabled.difference_update(names)


def is_disabled(name: str) -> bool:
    """True when the user switched rule `name` off (minic.rules.disable or MINIC_DISABLE_RULES)."""
    return name in _disabled


def rules(target: Target | None = None) -> list:
    """The rules in the order they are tried (on `target`, when given)."""
    return [r for r in _registry if target is None or r.runs_on(target)]


def choose(graph: KernelGraph, target: Target) -> Decision:
    graph = _under_reshapes(graph)
    declined = []
    for rule in rules(target):
        if rule.name in _disabled:
            declined.append((rule.name, "disabled by the user"))
            continue
        reason = rule.why_not(graph, target)
        if reason is not None:
            declined.append((rule.name, reason))
            continue
        kernel = rule.build(graph, target)
        return Decision(rule, kernel, rule.describe(graph, target), declined)
    raise AssertionError("Fallback must always apply")


def _under_reshapes(graph: KernelGraph) -> KernelGraph:
    """The kernel as the rules see it: a result stored in a buffer of its own is laid out in flat element order, so
    a reshape at the top of its root (a contiguous one, no reordering) changes nothing in memory, and the rules
    are given the computation under it, in its own shape. Grouped-query attention's values product is
    [kv heads, group x rows, head dim] reshaped into [heads, rows, head dim]: a matmul to the Matmul rule, not a
    plain row reduction (bench/README.md, "grouped-query attention unfused")."""
    root = graph.root
    if graph.writes_into:
        return graph
    while is_reshape(root) and not Emitter.is_raw(root.src[0]):
        root = root.src[0]
    return graph if root is graph.root else replace(graph, root=root)


def has_reduce(graph: KernelGraph) -> bool:
    return any(n.op == "REDUCE" for n in toposort([graph.root]))
