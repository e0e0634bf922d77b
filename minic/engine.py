"""From lazy nodes to launched kernels: fuse -> rule -> loop IR -> source -> compile -> launch.

`schedule()` stops before launching and hands back ScheduledKernels a user can
print, override or run alone; `realize()` runs them. Both are plain functions
over plain objects, so each arrow of the pipeline can be called by hand.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from minic import debugging as dbg
from minic.errors import BoundError
from minic.ir.node import Node, pretty, toposort
from minic.ir.symbolic import evaluate
from minic.runtime.buffer import Buffer
from minic.runtime.registry import get_device
from minic.sched import rules, stored
from minic.sched.fuse import KernelGraph, fuse
from minic.sched.loopir import LoopKernel

_overrides: dict[tuple, str] = {}
_overrides_generation = 0  # bumped by override() and clear_overrides(): minic.jit re-checks its records' sources
_launch_listeners: list = []  # the profiler subscribes here: (sk, buffers, var_vals, seconds, bytes, ops), timed
_capture_listeners: list = []  # minic.jit records here: (sk, program, buffers, var_vals), untimed


@dataclass
class ScheduledKernel:
    """One kernel of a schedule: what it computes, which rule scheduled it, and its source."""
    graph: KernelGraph
    decision: rules.Decision
    device: str
    generated: str
    var_vals: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.graph.name

    @property
    def rule(self) -> str:
        return self.decision.rule.name

    @property
    def why(self) -> str:
        """Why the kernel ends where it does (the fusion cut)."""
        return self.graph.why

    @property
    def rule_why(self) -> str:
        return self.decision.why

    @property
    def loop(self) -> LoopKernel:
        return self.decision.kernel

    @property
    def ir(self) -> str:
        return self.loop.to_text()

    @property
    def source(self) -> str:
        return _overrides.get((self.device, self.generated), self.generated)

    @property
    def graph_text(self) -> str:
        return self.graph.root.pretty()

    def __repr__(self) -> str:
        return f"<kernel {self.name} on {self.device}: rule {self.rule}; cut because {self.why}>"

    def run(self, *inputs: np.ndarray, **var_vals: int) -> np.ndarray:
        """Run this kernel alone on host arrays given for its inputs (in `graph.inputs` order)."""
        vals = {**self.var_vals, **var_vals}
        if len(inputs) != len(self.graph.inputs):
            raise ValueError(f"kernel {self.name} takes {len(self.graph.inputs)} inputs, got {len(inputs)}")
        bufs = [Buffer(self.device, max(np.asarray(x).size, 1), b.dtype).copyin(np.asarray(x))
                for x, b in zip(inputs, self.graph.inputs)]
        out = Buffer(self.device, self.graph.output.size, self.graph.output.dtype)
        mapping = {id(b): nb for b, nb in zip(self.graph.inputs, bufs)}
        mapping[id(self.graph.output)] = out
        launch(self, [mapping.get(id(b), b) for b in self.graph.buffers], vals)
        return out.numpy()[:numel(self.graph.root.shape, vals)].reshape(concrete(self.graph.root.shape, vals))


def override(kernel: ScheduledKernel, source: str) -> None:
    """Use `source` instead of the generated source whenever this kernel is generated again."""
    global _overrides_generation
    _overrides[(kernel.device, kernel.generated)] = source
    _overrides_generation += 1


def clear_overrides() -> None:
    global _overrides_generation
    _overrides.clear()
    _overrides_generation += 1


def concrete(shape: tuple, var_vals: dict) -> tuple:
    return tuple(s if isinstance(s, int) else evaluate(s, var_vals) for s in shape)


def numel(shape: tuple, var_vals: dict) -> int:
    return int(np.prod(concrete(shape, var_vals), dtype=np.int64))


SCHEDULE_CACHE_SIZE = 4096
_schedule_cache: dict = {}  # schedule_key -> (Decision, generated source)
_placeholders: dict = {}  # (position, device) -> a stand-in Buffer that never holds data


def schedule_key(kg: KernelGraph, device: str) -> tuple:
    """What a rule's decision and the rendered source can depend on: the kernel's graph with its buffers
    replaced by their positions (so the 12 identical layers of a model schedule once), its output view,
    name, dtypes, the device and the enabled rules. Var values and buffer sizes are not part of it:
    kernels are generated for every value of a Var."""
    slot = {id(b): i for i, b in enumerate(kg.buffers)}
    memo: dict = {}
    for n in toposort([kg.root]):
        if n.op == "BUFFER":
            i = slot[id(n.arg)]
            ph = _placeholders.setdefault((i, device), Buffer(device, 1, n.dtype))
            new = Node("BUFFER", (), ph, n.dtype, n.shape)
        else:
            new = Node(n.op, tuple(memo[id(x)] for x in n.src), n.arg, n.dtype, n.shape)
        memo[id(n)] = new
    enabled = tuple(r.name for r in rules.rules() if r.name not in rules.base._disabled)
    return (device, memo[id(kg.root)], kg.out_view, kg.name, tuple(b.dtype for b in kg.buffers), enabled)


def clear_schedule_cache() -> None:
    _schedule_cache.clear()


def schedule(roots: list[Node], var_vals: dict, device: str) -> list[ScheduledKernel]:
    dev = get_device(device)
    out = []
    level = dbg.level()
    if level >= 5:
        dbg.emit("graph:\n" + "\n".join("  " + line for line in pretty(roots).splitlines()))
    for kg in fuse(roots, device, var_vals):
        key = schedule_key(kg, dev.name)
        hit = _schedule_cache.get(key)
        if hit is None:
            text = stored.canonical(kg, dev.name, dev.target)
            hit = stored.load(text)
            if hit is None:
                decision = rules.choose(kg, dev.target)
                hit = (decision, dev.render(decision.kernel))
                stored.save(text, *hit)
            _schedule_cache[key] = hit
            if len(_schedule_cache) > SCHEDULE_CACHE_SIZE:
                del _schedule_cache[next(iter(_schedule_cache))]
        decision, generated = hit
        sk = ScheduledKernel(kg, decision, dev.name, generated, dict(var_vals))
        if level >= 2:
            dbg.emit(f"{dbg.bold(sk.name)}: cut because {sk.why}; rule {dbg.green(sk.rule)}: {sk.rule_why}")
            for name, reason in decision.declined:
                dbg.emit(f"    {name} declined: {reason}")
        if level >= 3:
            dbg.emit(sk.ir)
        if level >= 4:
            dbg.emit(sk.source)
        out.append(sk)
    return out


def var_args(kernel: LoopKernel, var_vals: dict) -> list[int]:
    args = []
    for s in kernel.vars:
        if s.name not in var_vals:
            raise BoundError(f"Var {s.name!r} is not bound: bind it with tensor.bind({s.name}=...) "
                             f"or create the input with a symbolic shape")
        args.append(var_vals[s.name])
    return args


def cost(kg: KernelGraph, var_vals: dict) -> tuple[int, int]:
    """(bytes moved, floating/int ops) estimated from the graph at the bound Var values."""
    nbytes = numel(kg.root.shape, var_vals) * kg.output.dtype.itemsize
    for n in toposort([kg.root]):
        if n.op == "BUFFER":
            nbytes += min(n.arg.size, numel(n.shape, var_vals)) * n.dtype.itemsize
    ops = 0
    for n in toposort([kg.root]):
        if n.op == "REDUCE":
            ops += numel(n.src[0].shape, var_vals)
        elif n.op not in ("BUFFER", "VIEW", "CONST", "INDEX", "cast"):
            ops += numel(n.shape, var_vals)
    return nbytes, ops


def launch(sk: ScheduledKernel, buffers: list[Buffer], var_vals: dict) -> float | None:
    dev = get_device(sk.device)
    source = sk.source
    cached = sk.__dict__.get("_program")
    if cached is None or cached[0] is not source:  # compiled once per kernel (an override recompiles)
        cached = sk.__dict__["_program"] = (source, dev.compile(source, sk.loop))
    prog = cached[1]
    args = var_args(sk.loop, var_vals)
    for record in _capture_listeners:
        record(sk, prog, buffers, var_vals)
    timed = dbg.level() >= 1 or bool(_launch_listeners)
    if timed:
        dev.synchronize()
        t0 = time.perf_counter()
    dev.launch(prog, [b.handle for b in buffers], args)
    if not timed:
        return None
    dev.synchronize()
    seconds = time.perf_counter() - t0
    nbytes, ops = cost(sk.graph, var_vals)
    for listener in _launch_listeners:
        listener(sk, buffers, var_vals, seconds, nbytes, ops)
    if dbg.level() >= 1:
        peak = dev.target.peak_gbps
        pct = f" ({100 * nbytes / seconds / 1e9 / peak:4.1f}% of peak)" if peak else ""
        dbg.emit(f"{dbg.bold(f'{sk.name:<28}')} {sk.device:<6} {seconds * 1e6:9.1f} us  "
                 f"{nbytes / seconds / 1e9:7.3g} GB/s{pct}  {ops / seconds / 1e9:7.3g} GFLOP/s  [{sk.rule}]")
    return seconds


def realize(roots: list[Node], var_vals: dict, device: str) -> dict[Node, Buffer]:
    """Compute every root; return the buffer holding each."""
    kernels = schedule(roots, var_vals, device)
    for sk in kernels:
        launch(sk, sk.graph.buffers, var_vals)
    produced = {sk.graph.source_node: sk.graph.output for sk in kernels}
    return {r: (r.arg if r.op == "BUFFER" else produced[r]) for r in roots}

