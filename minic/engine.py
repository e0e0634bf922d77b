"""From lazy nodes to launched kernels: fuse -> rule -> loop IR -> source -> compile -> launch.

`schedule()` stops before launching and hands back ScheduledKernels a user can
print, override or run alone; `realize()` runs them. Both are plain functions
over plain objects, so each arrow of the pipeline can be called by hand.

Eager code realizes the same graph shapes over and over (`(x @ w).realize()` in
a loop), so `realize()` keeps a Plan per graph structure (`graph_key`: the graph
with its buffers replaced by their positions) and a repeat only walks the graph,
binds its buffers and launches: no fusion, no rules, no lowering.
"""
from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar

import numpy as np

from minic import debugging as dbg
from minic.envflag import EnvFlag
from minic.errors import BoundError, MinicError, ShapeError
from minic.ir.node import Node, pretty, toposort
from minic.ir.symbolic import evaluate
from minic.runtime.buffer import Buffer
from minic.runtime.registry import get_device
from minic.sched import rules, stored
from minic.sched.fuse import COLLECTIVES, KernelGraph, alloc_size, fuse
from minic.sched.loopir import LoopKernel
from minic.sched.rules.attention import keeps as attention_keeps
from minic.sched.rules.attention import query_cut
from minic.sched.rules.matmul_plan import computes_twice, fusion_cuts, recomputable
from minic.sched.target import Target
from minic.scope import current, qualified

_overrides: dict[tuple, str] = {}  # (device, generated) -> source: every launch of a program
_site_overrides: dict[tuple, str] = {}  # (device, generated, scope) -> source: the launches at one scope only
_overrides_generation = 0  # bumped by override() and clear_overrides(): minic.jit re-checks its records' sources
# the profiler and minic.capture subscribe here: (sk, buffers, var_vals, seconds, bytes, ops, scope), timed
_launch_listeners: list = []
_capture_listeners: list = []  # minic.jit records here: (sk, program, buffers, var_vals, scope, source), untimed
# minic.step_into runs chosen launches itself: (sk, scope, buffers, var_vals) -> True when it ran the kernel
_redirects: list = []
_finite_checks: list = []  # minic.debugging.check_finite() blocks; MINIC_CHECK_FINITE=1 checks everywhere
_CHECK_FINITE = EnvFlag("MINIC_CHECK_FINITE")  # read on every jit replay: a quick read (minic/envflag.py)


class NonFiniteError(MinicError):
    """A kernel wrote NaN or Inf while finite values were being checked (MINIC_CHECK_FINITE=1)."""


@dataclass
class ScheduledKernel:
    """One kernel of a schedule: what it computes, which rule scheduled it, and its source."""
    graph: KernelGraph
    decision: rules.Decision
    device: str
    generated: str
    var_vals: dict = field(default_factory=dict)
    collective: ClassVar[bool] = False  # a communicator runs it, not generated code (minic.dist.kernel)

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
        """What the rule's schedule does, and why it was chosen."""
        return self.decision.description

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

    def compile(self, dev) -> Any:
        """The program to launch: the device compiles the source (a collective builds a communicator call)."""
        return dev.compile(self.source, self.loop)

    def launcher(self, dev) -> Any:
        """What launches the program: the device (a collective: its communicator)."""
        return dev

    def __repr__(self) -> str:
        return f"<kernel {self.name} on {self.device}: rule {self.rule}; cut because {self.why}>"

    def run(self, *inputs: np.ndarray, **var_vals: int) -> np.ndarray:
        """Run this kernel alone on host arrays given for its inputs (in `graph.inputs` order)."""
        vals = {**self.var_vals, **var_vals}
        if len(inputs) != len(self.graph.inputs):
            raise ValueError(f"kernel {self.name} takes {len(self.graph.inputs)} inputs, got {len(inputs)}")
        for i, (x, b) in enumerate(zip(inputs, self.graph.inputs)):
            if np.asarray(x).size < b.size:  # the kernel may read any of its input buffer's elements
                raise ShapeError(f"kernel {self.name}: input {i} is a buffer of {b.size} {b.dtype.name} elements; "
                                 f"got an array of {np.asarray(x).size} (shape {np.shape(x)})")
        bufs = [Buffer(self.device, max(np.asarray(x).size, 1), b.dtype).copyin(np.asarray(x))
                for x, b in zip(inputs, self.graph.inputs)]
        out = Buffer(self.device, self.graph.output.size, self.graph.output.dtype)
        mapping = {id(b): nb for b, nb in zip(self.graph.inputs, bufs)}
        mapping[id(self.graph.output)] = out
        launch(self, [mapping.get(id(b), b) for b in self.graph.buffers], vals)
        return out.numpy()[:numel(self.graph.root.shape, vals)].reshape(concrete(self.graph.root.shape, vals))


def override(kernel, source: str, at: str | None = None) -> None:
    """Use `source` instead of the generated source of `kernel` (a ScheduledKernel, or a launch `minic.capture`
    recorded): at every launch of its program (`at=None`; a model's 12 layers share one), or only at the launches
    at scope `at` (`"h.3.attn"`: layer 3's). A minic.jit record that launched it records again."""
    global _overrides_generation
    sk = getattr(kernel, "kernel", kernel)  # a captured launch
    if not isinstance(sk, ScheduledKernel):
        raise TypeError(f"override() takes a kernel (t.schedule()[i], or a minic.capture launch), "
                        f"got {type(kernel).__name__}")
    if not isinstance(source, str):
        raise TypeError(f"override() takes the new source as a str, got {type(source).__name__}")
    if sk.collective:
        raise TypeError(f"kernel {sk.name} is a collective: the communicator runs it, there is no source to override")
    if at is None:
        _overrides[(sk.device, sk.generated)] = source
    else:
        _site_overrides[(sk.device, sk.generated, at)] = source
    _overrides_generation += 1


def clear_overrides() -> None:
    """Forget every override, per program and per launch site."""
    global _overrides_generation
    _overrides.clear()
    _site_overrides.clear()
    _overrides_generation += 1


def source_at(sk: ScheduledKernel, at: str) -> str:
    """The source a launch of `sk` at scope `at` runs: that site's override, else the program's source."""
    if _site_overrides:
        hit = _site_overrides.get((sk.device, sk.generated, at))
        if hit is not None:
            return hit
    return sk.source


def checking_finite() -> bool:
    """Whether every launch's output is checked for NaN/Inf (MINIC_CHECK_FINITE=1 or minic.debugging.check_finite)."""
    return bool(_finite_checks) or _CHECK_FINITE.on()


def watched() -> bool:
    """Whether each launch must run from Python, where a listener, minic.step_into or the finite check sees it: a
    minic.jit replay then launches kernel by kernel instead of replaying the whole recording at once."""
    return bool(_launch_listeners or _redirects) or checking_finite()


def concrete(shape: tuple, var_vals: dict) -> tuple:
    return tuple(s if isinstance(s, int) else evaluate(s, var_vals) for s in shape)


def numel(shape: tuple, var_vals: dict) -> int:
    return math.prod(concrete(shape, var_vals))


SCHEDULE_CACHE_SIZE = 4096
# schedule_key -> (Decision, generated source) per kernel, and graph_key -> Plan per realized graph: one dict,
# so emptying it (clear_schedule_cache, or a test swapping it out) forgets both
_schedule_cache: dict = {}
_placeholders: dict = {}  # (position, device) -> a stand-in Buffer that never holds data


def schedule_key(kg: KernelGraph, device: str, target: Target) -> tuple:
    """What a rule's decision and the rendered source can depend on: the kernel's graph with its buffers
    replaced by their positions (so the 12 identical layers of a model schedule once), its output view,
    name, dtypes, the device, its Target and the enabled rules. Var values and buffer sizes are not part of
    it: kernels are generated for every value of a Var."""
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
    scatter = None if kg.scatter is None else (slot[id(kg.scatter.rows.arg)], kg.scatter.shape)
    sides = tuple(s.key(slot) for s in kg.side_stores)
    return (device, target, memo[id(kg.root)], kg.out_view, scatter, sides, kg.name,
            tuple(b.dtype for b in kg.buffers), enabled)


def clear_schedule_cache() -> None:
    _schedule_cache.clear()


def _remember(key: tuple, value) -> None:
    _schedule_cache[key] = value
    if len(_schedule_cache) > SCHEDULE_CACHE_SIZE:
        del _schedule_cache[next(iter(_schedule_cache))]


def _report_graph(roots: list[Node], level: int) -> None:
    """MINIC_DEBUG >= 5: the whole lazy graph before fusion."""
    if level >= 5:
        dbg.emit("graph:\n" + "\n".join("  " + line for line in pretty(roots).splitlines()))


def _report(sk: ScheduledKernel, level: int) -> None:
    """MINIC_DEBUG >= 2: the kernel's fusion cut and rule decision; 3 adds its loop IR, 4 its source."""
    if level >= 2:
        dbg.emit(f"{dbg.bold(qualified(current(), sk.name))}: cut because {sk.why}; "
                 f"rule {dbg.green(sk.rule)}: {sk.rule_why}")
        for side in sk.graph.side_stores:
            dbg.emit(f"    also stores {side.summary}")
        for name, reason in sk.decision.declined:
            dbg.emit(f"    {name} declined: {reason}")
    if level >= 3:
        dbg.emit(sk.ir)
    if level >= 4:
        dbg.emit(sk.source)


def kernel_graphs(roots: list[Node], var_vals: dict | None, device: str, target: Target) -> list[KernelGraph]:
    """Fusion as `schedule` runs it for `target`: an attention stays one kernel where its rule takes it, sibling
    products, a norm before a product, and a product read at a partner column where a GEMV runs them together."""
    return fuse(roots, device, var_vals or {}, keep_attention=lambda match: attention_keeps(match, target),
                target_cuts=lambda kg: fusion_cuts(kg, target) + query_cut(kg, target),
                recomputes=lambda kg: recomputable(kg, target), max_buffers=target.max_buffers,
                second_site=lambda red: computes_twice(red, target))


def schedule(roots: list[Node], var_vals: dict, device: str) -> list[ScheduledKernel]:
    dev = get_device(device)
    out = []
    level = dbg.level()
    _report_graph(roots, level)
    for kg in kernel_graphs(roots, var_vals, device, dev.target):
        if kg.root.op in COLLECTIVES:  # no rule, no source: the group's communicator runs it (minic/dist)
            sk = kg.root.arg.schedule(kg, dev.name, var_vals)
            _report(sk, level)
            out.append(sk)
            continue
        key = schedule_key(kg, dev.name, dev.target)
        hit = _schedule_cache.get(key)
        if hit is None:
            text = stored.canonical(kg, dev.name, dev.target)
            hit = stored.load(text)
            if hit is None:
                decision = rules.choose(kg, dev.target)
                hit = (decision, dev.render(decision.kernel))
                stored.save(text, *hit)
            _remember(key, hit)
        decision, generated = hit
        sk = ScheduledKernel(kg, decision, dev.name, generated, dict(var_vals))
        _report(sk, level)
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
            nbytes += numel(n.shape, var_vals) * n.dtype.itemsize
    ops = 0
    for n in toposort([kg.root]):
        if n.op == "REDUCE":
            ops += numel(n.src[0].shape, var_vals)
        elif n.op not in ("BUFFER", "VIEW", "CONST", "INDEX", "cast"):
            ops += numel(n.shape, var_vals)
    return nbytes, ops


def launch(sk: ScheduledKernel, buffers: list[Buffer], var_vals: dict, at: str | None = None) -> float | None:
    """Run one kernel on `buffers` (in `sk.graph.buffers` order) at scope `at` (default: the active minic.scope);
    its seconds when timed (MINIC_DEBUG >= 1 or a launch listener), else None."""
    return _launch(sk, buffers, var_vals, dbg.level(), current() if at is None else at, checking_finite())


def _program(sk: ScheduledKernel, dev, source: str):
    """`source` compiled for `sk`: once per kernel, and once per launch site that has its own override."""
    if source is sk.source or source == sk.source:
        cached = sk.__dict__.get("_program")
        if cached is None or cached[0] is not source:  # an override of the program recompiles
            cached = sk.__dict__["_program"] = (source, sk.compile(dev))
        return cached[1]
    sites = sk.__dict__.setdefault("_site_programs", {})
    if source not in sites:
        sites[source] = dev.compile(source, sk.loop)
    return sites[source]


def _launch(sk: ScheduledKernel, buffers: list[Buffer], var_vals: dict, level: int, at: str = "",
            check: bool = False) -> float | None:
    """launch() with what it reads once per call of its caller (reading the environment costs microseconds): the
    debug level, the scope, and whether outputs are checked for NaN/Inf."""
    dev = get_device(sk.device)
    source = source_at(sk, at) if _site_overrides else sk.source
    prog = _program(sk, dev, source)
    args = var_args(sk.loop, var_vals) if sk.loop.vars else []
    for record in _capture_listeners:
        record(sk, prog, buffers, var_vals, at, source)
    timed = level >= 1 or bool(_launch_listeners)
    if timed:
        dev.synchronize()
        t0 = time.perf_counter()
    if not (_redirects and any(r(sk, at, buffers, var_vals) for r in _redirects)):
        sk.launcher(dev).launch(prog, [b.handle for b in buffers], args)
    if check:
        _check_finite(sk, buffers, var_vals, at)
    if not timed:
        return None
    dev.synchronize()
    seconds = time.perf_counter() - t0
    nbytes, ops = cost(sk.graph, var_vals)
    for listener in _launch_listeners:
        listener(sk, buffers, var_vals, seconds, nbytes, ops, at)
    if level >= 1:
        peak = dev.target.peak_gbps
        pct = f" ({100 * nbytes / seconds / 1e9 / peak:4.1f}% of peak)" if peak else ""
        dbg.emit(f"{dbg.bold(f'{qualified(at, sk.name):<28}')} {sk.device:<6} {seconds * 1e6:9.1f} us  "
                 f"{nbytes / seconds / 1e9:7.3g} GB/s{pct}  {ops / seconds / 1e9:7.3g} GFLOP/s  [{sk.rule}]")
    return seconds


def written(sk: ScheduledKernel, out: Buffer, var_vals: dict) -> np.ndarray:
    """A host copy of what `sk` wrote into `out`: its result, or the whole target buffer of an assign."""
    shape = sk.graph.root.shape
    if sk.graph.writes_into:  # an assign into (a slice of) an existing buffer, or a scatter: that buffer
        shape = sk.graph.source_node.src[0].shape
    shape = concrete(shape, var_vals)
    return host_values(out, math.prod(shape)).reshape(shape)


def host_values(buf: Buffer, count: int | None = None) -> np.ndarray:
    """The first `count` elements of `buf` on the host (all by default); bfloat16 as float32."""
    data = buf.numpy(count) if count is not None else buf.numpy()
    if buf.dtype.name == "bfloat16":
        from minic.runtime.host import bfloat16_to_float32
        return bfloat16_to_float32(data)
    return data


def _check_finite(sk: ScheduledKernel, buffers: list[Buffer], var_vals: dict, at: str) -> None:
    """Raise NonFiniteError naming this launch when it wrote NaN or Inf (-inf is fine where the kernel's graph has
    that constant: a mask). Every launch is checked as it runs, so the first one to raise is the first kernel that
    produced a non-finite value."""
    value = written(sk, buffers[0], var_vals)
    if value.dtype.kind != "f" or np.isfinite(value).all():
        return
    bad = ~np.isfinite(value)
    if any(n.op == "CONST" and n.arg == -math.inf for n in toposort([sk.graph.root])):
        bad &= value != -math.inf  # -inf is this kernel's own constant: a mask (causal attention), not a fault
    if not bad.any():
        return
    fed = [i for i, b in enumerate(buffers[1:], 1)
           if b.dtype.is_float and not np.isfinite(host_values(b)).all()]
    bad = int(bad.sum())
    why = (f"its input buffer(s) {fed} already held NaN/Inf, and no kernel checked before it wrote any: a weight "
           f"or an argument is not finite" if fed else "its inputs were finite, so this kernel made them")
    raise NonFiniteError(f"kernel {qualified(at, sk.name)} (rule {sk.rule} on {sk.device}) wrote {bad} NaN/Inf "
                         f"value(s) of {value.size}; {why}")


@dataclass
class Plan:
    """How to realize one graph structure: its kernels over numbered buffer slots. The first `leaves` slots
    are the graph's own buffers, bound by position at each call; the others get fresh buffers at each call,
    sized at that call's Var values, so a returned tensor is never overwritten by a later call. The kernels
    were scheduled on a copy of the graph over stand-in buffers that never hold data: the cache keeps no
    caller's memory alive."""
    kernels: list  # (ScheduledKernel, the slot of each of its graph.buffers)
    leaves: int
    produced: list  # (elements: an int, or the shape when it has Vars; dtype; device) of each slot from `leaves` on
    roots: tuple  # the slot holding each root
    target: Target  # what it was scheduled for: a device whose Target was replaced schedules afresh
    symbolic: bool  # whether the graph has Vars, so its bounds must be checked again at each call
    # (device, overrides generation, per kernel: its launcher, program, slots and loop), made at the first plain
    # launch: what _launch would look up per kernel and call, while no override changed since
    direct: tuple | None = None

    def bind(self, leaves: list[Buffer], var_vals: dict) -> list[Buffer]:
        return leaves + [Buffer(device, size if type(size) is int else alloc_size(size, var_vals), dtype)
                         for size, dtype, device in self.produced]


def graph_key(roots: list[Node], device: str) -> tuple[tuple, dict[Node, int], list[Buffer]]:
    """(key, each node of the graph to its place in a topological order, the graph's buffers by position).

    The key is the graph's structure with every buffer replaced by its position: ops, arguments (views, and
    constants by type and bits: 1, 1.0 and True are equal in Python, and so are 0.0 and -0.0), dtypes, shapes
    (so Vars with their bounds), sources, buffer dtypes and devices, plus the device and the rules in play:
    all that fusion, the rules and the renderers read. Var values and buffer sizes are not part of it. It is
    computed at every realize(), so it is one tight walk."""
    index: dict = {}
    slots: dict = {}
    leaves: list = []
    parts: list = [device, tuple(rules.base._registry), frozenset(rules.base._disabled)]
    for root in roots:
        stack = [root]
        while stack:
            n = stack[-1]
            if n in index:
                stack.pop()
                continue
            src = n.src
            pending = False
            for s in reversed(src):
                if s not in index:
                    stack.append(s)
                    pending = True
            if pending:
                continue
            stack.pop()
            op, arg = n.op, n.arg
            if op == "BUFFER":
                pos = slots.get(arg)
                if pos is None:
                    pos = slots[arg] = len(leaves)
                    leaves.append(arg)
                arg = (pos, arg.dtype.name, arg.device)
            elif op == "CONST":
                arg = (type(arg), arg.hex() if type(arg) is float else arg)
            index[n] = len(index)
            parts.append((op, arg, n.dtype.name, n.shape, tuple(map(index.__getitem__, src))))
    parts.append(tuple(map(index.__getitem__, roots)))
    return tuple(parts), index, leaves


def plan(order: list[Node], leaves: list[Buffer], roots: list[Node], var_vals: dict, device: str,
         symbolic: bool) -> Plan:
    """Schedule a copy of the graph (nodes in `order`) whose buffers are stand-ins of the same size, dtype
    and device, and number every buffer its kernels touch."""
    stand_in = {id(b): Buffer(b.device, b.size, b.dtype) for b in leaves}
    copy: dict = {}
    for n in order:  # each copy keeps the line that made its op: errors keep pointing at the user's code
        arg = stand_in[id(n.arg)] if n.op == "BUFFER" else n.arg
        copy[n] = Node(n.op, tuple(copy[s] for s in n.src), arg, n.dtype, n.shape, n.site)
    slot = {id(stand_in[id(b)]): i for i, b in enumerate(leaves)}
    produced, made_by, kernels = [], {}, []
    for sk in schedule([copy[r] for r in roots], var_vals, device):
        for out, node, _ in sk.graph.stores:
            if id(out) not in slot:
                slot[id(out)] = len(leaves) + len(produced)
                static = all(type(d) is int for d in node.shape)
                produced.append((alloc_size(node.shape, {}) if static else node.shape, out.dtype, out.device))
            made_by[node] = slot[id(out)]
        kernels.append((sk, tuple(slot[id(b)] for b in sk.graph.buffers)))
    root_slots = tuple(slot[id(copy[r].arg)] if r.op == "BUFFER" else made_by[copy[r]] for r in roots)
    return Plan(kernels, len(leaves), produced, root_slots, get_device(device).target, symbolic)


def realize(roots: list[Node], var_vals: dict, device: str,
            check: Callable[[], bool] | None = None) -> dict[Node, Buffer]:
    """Compute every root; return the buffer holding each.

    A graph whose structure (graph_key) was realized before skips fusion and the rules: its Plan launches the
    same kernels on this call's buffers. `check` is the front end's check of the graph at these Var values
    (bound, views in bounds); it returns whether the graph has Vars. It runs before a graph is first scheduled
    and, for a graph with Vars, before every later launch: a graph without Vars that passed once passes again."""
    dev = get_device(device)
    key, nodes, leaves = graph_key(roots, dev.name)
    p = _schedule_cache.get(key)
    level = dbg.level()
    if p is None or p.target is not dev.target:
        symbolic = check() if check is not None else True
        p = plan(list(nodes), leaves, roots, var_vals, device, symbolic)
        _remember(key, p)
    else:
        if p.symbolic and check is not None:
            check()
        if level >= 2:
            _report_graph(roots, level)
            dbg.emit(f"schedule cache hit: this graph's {len(p.kernels)} kernel(s) were scheduled before")
            for sk, _ in p.kernels:
                _report(sk, level)
    bufs = p.bind(leaves, var_vals)
    at, check = current(), checking_finite()
    if level or check or _capture_listeners or _launch_listeners or _redirects or _site_overrides:
        for sk, slots in p.kernels:
            _launch(sk, [bufs[s] for s in slots], var_vals, level, at, check)
    else:  # nobody watches single launches: launch each program straight away
        for launcher, prog, slots, loop in _direct_launches(p, dev):
            launcher.launch(prog, [bufs[s].handle for s in slots], var_args(loop, var_vals) if loop.vars else [])
    return {r: bufs[s] for r, s in zip(roots, p.roots)}


def _direct_launches(p: Plan, dev) -> list:
    """The plan's launches as _launch would make them when nobody watches (no debug level, listener, redirect,
    finite check or per-site override): each kernel's launcher and compiled program, kept until an override."""
    if p.direct is None or p.direct[0] is not dev or p.direct[1] != _overrides_generation:
        launches = [(sk.launcher(dev), _program(sk, dev, sk.source), slots, sk.loop) for sk, slots in p.kernels]
        p.direct = (dev, _overrides_generation, launches)
    return p.direct[2]
