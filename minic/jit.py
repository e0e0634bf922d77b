"""minic.jit: record the kernel launches of a function, then replay them without Python scheduling.

    step = minic.jit(fn)
    out = step(tokens, minic.Bound(past, 17), "greedy")

Arguments are of three kinds, and each kind is handled so that a replay can
never silently compute something else than a fresh call would:
  * Tensors: realized before the call; their buffers are the replay's inputs and
    the Vars they are bound to (`Tensor(a, shape=(n,))`) are top-level Vars.
  * `Bound(var, value)`: a Var bound at the top-level call; the function gets the
    Bound and builds its graph on `.var`.
  * anything else is a guarded constant: part of the cache key, so a changed
    constant records afresh (it is never reused for another value).

The first call with a key runs the function normally and records every launch
(program, buffers, Var values). The second call records again and the two
records are compared: the same programs must run; a buffer that is the same
object in both is state (weights, KV cache); a buffer that differs must be an
argument's or be written by a kernel before it is read (a temporary), otherwise
the function made host data inside itself and the jit refuses. A Var counts as
replayable once two records with different values of it launched the same
programs, which proves no value of it was baked into a kernel; a call that
changes an unproven Var records again instead of replaying.

Replay: temporaries are resized from the bound Vars (a record at n=5 can replay
at n=60), outputs get fresh buffers each call (a returned tensor is never
overwritten by a later call), and output shapes keep their Vars, bound to the
new values. The function must not read tensor data on the host (`.numpy()`)
to decide what to compute: host code does not run on replay.

Guards (minic/jit_guards.py): before each call, what the function captures is
compared with what it was when the function was recorded: its closure cells,
the globals its code names, and the attributes of the object a method is bound
to, each with its dict/list/tuple entries one level deep; Tensors and other
objects by identity, scalars by value. A change records afresh (MINIC_DEBUG=1
says what changed: `self.w['h.0.attn.c_attn.weight'] is a different Tensor`),
so a captured scalar that changes on every call records on every call.
`minic.override` (or `clear_overrides`) of a kernel that a record launched,
for its program or for the launch site (scope) it ran at, drops the record too
(MINIC_DEBUG=1 says which kernel). A record keeps each launch's minic.scope, so a
replay's launches keep their names (`h.3.attn.attention`) in a profile or capture. The guard cannot see:
  * anything deeper than one container level: `self.blocks[0].w` replaced, a
    list inside a dict, the attributes of objects other than the bound one (a
    `model` captured by a closure or a global is compared by identity only),
    the entries of a container larger than jit_guards.MAX_ENTRIES;
  * the code the function calls: only its own code (and code nested in it) is
    read for global names (a method's helpers reach `self`, which is watched);
  * changes inside an object: a numpy array (or any object that is not a
    dict/list at the first level) mutated in place is the same object (a
    Tensor's data written in place needs no guard: a replay reads its buffer);
  * callables that are not Python functions or methods (functools.partial, an
    object with `__call__`), and the attributes of a bound object without a
    `__dict__` (slots).
`MINIC_JIT_VERIFY=1` closes the gap while debugging: every replay also runs the
function afresh, recording (what its kernels write into state is put back), and
raises a JitError naming the first kernel whose program, buffers or Var values
differ from the replay's.
"""
from __future__ import annotations

import functools
import itertools
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minic import debugging as dbg
from minic import engine, jit_guards
from minic.envflag import EnvFlag
from minic.errors import BoundError, MinicError
from minic.ir.node import Node
from minic.ir.symbolic import Var
from minic.runtime.buffer import Buffer
from minic.runtime.registry import get_device
from minic.runtime.replay import LaunchList, Recording, ReplayMemoryError, Step, graphs_enabled
from minic.scope import current, qualified
from minic.tensor import Tensor

_recording: list = []  # active recorders; a jitted call inside another's recording runs plainly
_VERIFY = EnvFlag("MINIC_JIT_VERIFY")


class JitError(MinicError):
    """A function cannot be captured safely (host data made inside it, programs that change, aliasing)."""


class Bound:
    """A Var and its value for one call of a jitted function. Made on every decode step, so a plain class with
    slots: a frozen dataclass costs twice as much to build (do not change one; make a new one)."""

    __slots__ = ("var", "value", "key")

    def __init__(self, var: Var, value: int):
        if not isinstance(var, Var):
            raise BoundError(f"Bound needs a minic.Var, got {var!r}")
        sym = next(iter(var.terms))[0]  # var.sym, without the property's call
        if type(value) is not int or not sym.lo <= value <= sym.hi:
            var.check(value)  # raises, naming the Var and its bounds
        self.var, self.value = var, value
        self.key = sym._key  # what the jit keys a call on: the Var's name and bounds

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Bound) and self.key == other.key and self.value == other.value

    def __hash__(self) -> int:
        return hash((self.key, self.value))

    def __repr__(self) -> str:
        return f"Bound({self.var!r}, {self.value})"

    @property
    def name(self) -> str:
        return self.key[1]


@dataclass
class _Record:
    """One recorded call."""
    launches: list = field(default_factory=list)  # (sk, program, buffers, var_vals)
    args: list = field(default_factory=list)  # argument buffers, in argument order
    arg_shapes: list = field(default_factory=list)  # their tensors' shapes (Vars kept: a replay sizes by bounds)
    vals: dict = field(default_factory=dict)  # top-level Var values
    outputs: Any = None  # the function's return value (tensors realized)
    sources: list = field(default_factory=list)  # each launch's source: a later minic.override makes it stale
    sites: list = field(default_factory=list)  # each launch's minic.scope

    def __call__(self, sk, prog, buffers, var_vals, at: str = "", source: str | None = None) -> None:
        self.launches.append((sk, prog, list(buffers), dict(var_vals)))
        self.sources.append(sk.source if source is None else source)
        self.sites.append(at)


class _Plan:
    """Two records proven to launch the same programs, as a replayable Recording over buffer slots, and the
    fastest replay the device offers for it (see minic/runtime/replay.py)."""

    def __init__(self, first: _Record, second: _Record, name: str, graph: bool | None = None):
        self.name = name
        steps: list[Step] = []
        slots: list = []  # per slot: ("fixed", Buffer) | ("arg", i, dtype) | ("temp", size expr, dtype, device)
        self.consts: dict = {}  # Vars bound inside the function to values that do not change
        pair_slot: dict = {}
        for i, (a, b) in enumerate(zip(first.args, second.args)):
            pair_slot.setdefault((id(a), id(b)), len(slots))
            if pair_slot[(id(a), id(b))] == len(slots):
                slots.append(("arg", i, a.dtype))
        if len(first.launches) != len(second.launches):
            raise JitError(f"{name}: two calls launched {len(first.launches)} and {len(second.launches)} kernels; "
                           f"the function's kernels must not depend on argument values")
        for (sk, prog, bufs, vals), (sk2, prog2, bufs2, vals2), at, source in zip(
                first.launches, second.launches, first.sites, first.sources):
            if prog is not prog2:
                raise JitError(f"{name}: kernel {sk.name} and kernel {sk2.name} ran at the same step of two calls; "
                               f"a value was baked into a kernel (pass it as a Tensor or a minic.jit.Bound)")
            step_slots = []
            stores = sk.graph.stores
            for j, (a, b) in enumerate(zip(bufs, bufs2)):
                key = (id(a), id(b))
                if key not in pair_slot:
                    pair_slot[key] = len(slots)
                    if a is b:
                        slots.append(("fixed", a))
                    elif j < len(stores) and (stores[j][2] is not None or a.size == b.size):
                        size = a.size if stores[j][2] is None else stores[j][2]
                        slots.append(("temp", size, a.dtype, a.device))
                    else:
                        raise JitError(f"{name}: kernel {sk.name} reads a buffer that was made inside the function "
                                       f"and not by a kernel (host data such as Tensor(array)); make it outside "
                                       f"the function or pass it as an argument")
                step_slots.append(pair_slot[key])
            names = [s.name for s in sk.loop.vars]
            for nm in names:
                self._check_var(nm, vals, vals2, first.vals, second.vals, sk.name)
            steps.append(Step(sk, prog, sk.launcher(get_device(sk.device)), step_slots, names, at, source))
        out_slots = []
        for a, b in zip(_flat_outputs(first.outputs, name), _flat_outputs(second.outputs, name)):
            slot = pair_slot.get((id(a), id(b)))
            if slot is None and a is not b:
                raise JitError(f"{name}: an output buffer was not written by a kernel of the function")
            out_slots.append(slot)
        self.untouched = _flat_outputs(first.outputs, name)  # returned as is where out_slot is None
        self.recording = Recording(name, steps, slots, first.arg_shapes, out_slots, self.consts)
        self.launch_list = LaunchList(self.recording)
        self.why_launch_list = "graphs are off (MINIC_GRAPH=0 or jit(graph=False))"
        self._fast: Any = self._device_replay() if graphs_enabled(graph) else None
        self.fixed_ids = {id(spec[1]) for spec in slots if spec[0] == "fixed"}
        self.lock = threading.Lock()

    def _check_var(self, nm: str, vals: dict, vals2: dict, top1: dict, top2: dict, kernel: str) -> None:
        if nm in top1:
            if vals[nm] != top1[nm] or vals2[nm] != top2[nm]:
                raise JitError(f"{self.name}: kernel {kernel} ran with Var {nm!r} = {vals[nm]}, but the call bound "
                               f"it to {top1[nm]}; do not rebind a top-level Var inside the function")
        elif vals[nm] != vals2[nm]:
            raise JitError(f"{self.name}: Var {nm!r} is bound inside the function to a value that changes between "
                           f"calls ({vals[nm]}, then {vals2[nm]}); pass it as a minic.jit.Bound argument")
        else:
            self.consts[nm] = vals[nm]

    def replayer(self) -> Any:
        """The device's whole-recording replay when graphs are on and no one watches single launches (a profiler,
        MINIC_DEBUG), else the launch list."""
        if self._fast is None or engine.watched() or dbg.level() >= 1:
            return self.launch_list
        return self._fast

    def _device_replay(self) -> Any:
        """Built with the plan, so that the first replay is as quick as the next (a CUDA Graph compiles each
        kernel's graph form and captures; the native CPU replay builds its launch table)."""
        if any(st.sk.collective for st in self.recording.steps):  # only minic.dist makes these
            from minic.dist.replay import SegmentedReplay
            fast, self.why_launch_list = SegmentedReplay.build(self.recording)
            return fast
        devices = {st.device for st in self.recording.steps}
        if len(devices) != 1:
            self.why_launch_list = "the recording launches on several devices"
            return None
        try:
            fast, self.why_launch_list = devices.pop().replayer(self.recording)
        except ReplayMemoryError as e:
            fast, self.why_launch_list = None, str(e)
        return fast

    def run(self, args: list[Buffer], vals: dict, outputs_like: Any) -> Any:
        env = {**self.consts, **vals} if self.consts else vals
        # arguments on one buffer replay a record made with the same ones on one buffer (the call key says which),
        # but an argument on a buffer the record holds itself (a weight, a scratch) would be overwritten or read
        # stale
        if not self.fixed_ids.isdisjoint(map(id, args)):
            raise JitError(f"{self.name}: an argument's buffer is also used as another buffer of the recorded "
                           f"call; pass a fresh tensor (e.g. .contiguous().realize())")
        replay = self.replayer()
        if getattr(replay, "serialized", False):  # it locks for its whole run itself (the native CPU replay)
            outs = replay.run(args, env)
        else:
            with self.lock:  # a replay's arena, argument copies and patched words are shared by every call
                outs = replay.run(args, env)
        if isinstance(outputs_like, Tensor):  # the common case, without _rebuild's walk
            return _out_tensor(outputs_like, outs[0], self.untouched[0], env)
        it = iter(zip(outs, self.untouched))
        return _rebuild(outputs_like, lambda t: _out_tensor(t, *next(it), env))


def _out_tensor(t: Tensor, replayed: Buffer | None, untouched: Buffer, env: dict) -> Tensor:
    """The replay's output for the recorded output `t`: its buffer this call, with t's shape (Vars kept, bound to
    this call's values)."""
    recorded = t.node
    out = object.__new__(Tensor)  # Tensor._of, without its call
    out.node = Node("BUFFER", (), untouched if replayed is None else replayed, recorded.dtype, recorded.shape,
                    recorded.site)
    var_vals = t.var_vals
    out.var_vals = {k: env.get(k, v) for k, v in var_vals.items()} if var_vals else {}
    out.device = t.device
    return out


def _flat_outputs(out: Any, name: str) -> list:
    flat: list = []
    _rebuild(out, lambda t: flat.append(t.node.arg) or t, name)
    return flat


def _rebuild(out: Any, fn: Callable, name: str = "jit") -> Any:
    if out is None:
        return None
    if isinstance(out, Tensor):
        return fn(out)
    if isinstance(out, (tuple, list)):
        return type(out)(_rebuild(o, fn, name) for o in out)
    raise JitError(f"{name}: a jitted function must return Tensors (or a tuple/list of them), got {type(out).__name__}")


@dataclass
class _State:
    first: _Record
    guard: jit_guards.Guard  # what the function captured when `first` was recorded
    generation: int  # engine._overrides_generation when `first` was recorded (or its sources last checked)
    second: _Record | None = None  # the record `plan` was proven from, with `first`
    plan: _Plan | None = None
    proven: set = field(default_factory=set)  # Vars whose values changed between two matching records


class jit:  # noqa: N801 - used as a decorator, like functools.cache
    """Record `fn`'s launches on its first calls and replay them afterwards (see the module docstring)."""

    def __init__(self, fn: Callable, graph: bool | None = None):
        self.fn = fn
        self.graph = graph  # None: MINIC_GRAPH decides (on by default); False: replay kernel by kernel
        self.name = getattr(fn, "__qualname__", repr(fn))
        self.states: dict = {}
        self.replays = 0
        self.records = 0
        functools.update_wrapper(self, fn)

    def __get__(self, obj, objtype=None):
        return self if obj is None else functools.partial(self._method, obj)

    def __call__(self, *args, **kwargs):
        return self._call(args, kwargs, None)

    def _method(self, obj, *args, **kwargs):
        """`obj.fn(...)` of a jitted method: obj is the first argument, and its attributes are guarded."""
        return self._call((obj, *args), kwargs, obj)

    def replayer(self) -> Any:
        """The replay of the newest call pattern (the last one first recorded) that replays: a NativeReplay,
        CUDAGraphReplay, ...; None before any pattern has been recorded twice. For the replay's own tools: a native
        CPU replay's time_launches and launch_seconds, say."""
        plans = [state.plan for state in self.states.values() if state.plan is not None]
        return plans[-1].replayer() if plans else None

    def chain(self, runs: int, feed: int, *args, stop=()) -> np.ndarray:
        """Call the function `runs` times, from `args`: each call after the first takes the previous call's
        output (one int32 tensor) as its `feed`-th Tensor argument, and the Var of the one Bound argument one
        higher; a call whose output values are all in `stop` is the last (a greedy decode's end-of-text ids).
        Returns the outputs' values, one row a call made (a greedy decode: the tokens it picked, position by
        position); `args` are left as they are. Once the recording replays with that Var free, the calls run as
        one native call on LLVM and C (NativeReplay.run_chain): no Python between them. Elsewhere, or while
        MINIC_DEBUG, MINIC_JIT_VERIFY or a profiler wants each call, they are made one at a time. The guards are
        checked once, before the native run: nothing the function captures can change while no Python runs."""
        bound = [i for i, a in enumerate(args) if isinstance(a, Bound)]
        tensors = [i for i, a in enumerate(args) if isinstance(a, Tensor)]
        if runs < 0:
            raise JitError(f"{self.name}: a chain runs a count of calls, got {runs}")
        if len(bound) != 1 or not 0 <= feed < len(tensors):
            raise JitError(f"{self.name}: a chain needs one Bound argument (found {len(bound)}) and a Tensor "
                           f"argument to feed (asked for Tensor argument {feed} of {len(tensors)})")
        args = list(args)
        start = args[bound[0]]
        Bound(start.var, start.value + max(runs - 1, 0))  # every call's value in the Var's bounds, or raise now
        stop = np.unique(np.asarray(list(stop), np.int32))
        rows, out, native_may_run = [], None, True
        for run in range(runs):
            if run:
                if stop.size and np.isin(rows[-1], stop).all():
                    break
                args[tensors[feed]], args[bound[0]] = out, Bound(start.var, start.value + run)
            if native_may_run:
                native, native_may_run = self._native_chain(args, feed, runs - run, stop)
                if native is not None:
                    return np.concatenate([np.stack(rows), native]) if rows else native
            out = self(*args)
            fed = args[tensors[feed]]
            if not isinstance(out, Tensor) or out.dtype != fed.dtype or out.shape != fed.shape:
                raise JitError(f"{self.name}: a chain feeds the output back as Tensor argument {feed} "
                               f"({fed.dtype.name} {fed.shape}); the function returned {out!r}")
            rows.append(out.numpy().reshape(-1))
        return np.stack(rows) if rows else np.zeros((0, 0), np.int32)

    def _native_chain(self, args: list, feed: int, runs: int, stop: np.ndarray) -> tuple[np.ndarray | None, bool]:
        """(the next `runs` calls of chain() from `args` as one native run, or None where it cannot be one: then a
        normal call runs, records afresh where a guard saw a change, and says why; whether a later call of the
        chain may still run natively: yes while records are missing, no where the replay cannot chain at all)."""
        if _VERIFY.on():
            return None, False
        key, tensors, bufs, vals = self._inspect(tuple(args), {})
        state = self.states.get(key)
        if state is None or state.plan is None or not state.proven.issuperset(vals) or self._stale(state):
            return None, True
        replay = state.plan.replayer()
        var = next(a.key[1] for a in args if isinstance(a, Bound))
        if not hasattr(replay, "run_chain") or replay.chain_check(feed, var) is not None:
            return None, False
        if len(set(map(id, bufs))) != len(bufs) or not state.plan.fixed_ids.isdisjoint(map(id, bufs)):
            return None, False  # aliased buffers: the one-at-a-time calls raise the error that says so
        rows = replay.run_chain(bufs, {**state.plan.consts, **vals}, runs, feed, var, stop)
        self.replays += len(rows)
        return rows, True

    def _call(self, args: tuple, kwargs: dict, obj: object) -> Any:
        if _recording:
            return self.fn(*args, **kwargs)  # an outer jit records everything this call launches
        key, tensors, bufs, vals = self._inspect(args, kwargs)
        state = self.states.get(key)
        # _stale, with its override check skipped inline when no override changed since the state was checked
        if state is not None and (why := state.guard.changed() if state.generation == engine._overrides_generation
                                  else self._stale(state)):
            if dbg.level() >= 1:
                dbg.emit(f"jit {self.name}: {why}; recording again")
            state = None
        if state is None:  # the guard snapshots what the function captures before it runs
            generation, guard = engine._overrides_generation, jit_guards.Guard(self.fn, obj)
            rec = self._record(args, kwargs, tensors, vals)
            self.states[key] = _State(rec, guard, generation)
            return rec.outputs
        if state.plan is not None:
            proven = state.proven  # Vars that may take any value: usually every one the call binds
            if proven.issuperset(vals) or {k for k, v in vals.items() if state.first.vals[k] != v} <= proven:
                self.replays += 1
                if _VERIFY.on():
                    return self._verified_replay(state, args, kwargs, tensors, bufs, vals)
                return state.plan.run(bufs, vals, state.first.outputs)
        rec = self._record(args, kwargs, tensors, vals)
        state.plan = _Plan(state.first, rec, self.name, self.graph)
        state.second = rec
        state.proven |= {k for k, v in vals.items() if state.first.vals[k] != v}
        return rec.outputs

    def _stale(self, state: _State) -> str | None:
        """Why the state's records may no longer launch what a fresh call would (None: they still do)."""
        if state.generation != engine._overrides_generation:
            for rec in filter(None, (state.first, state.second)):
                for (sk, *_), at, source in zip(rec.launches, rec.sites, rec.sources):
                    if engine.source_at(sk, at) != source:
                        return f"minic.override changed the source of kernel {qualified(at, sk.name)}"
            state.generation = engine._overrides_generation
        return state.guard.changed()

    def _verified_replay(self, state: _State, args: tuple, kwargs: dict, tensors: list, bufs: list,
                         vals: dict) -> Any:
        """MINIC_JIT_VERIFY=1: run the function again, recording, then replay, and check that the replay launched
        what the fresh call did. What the fresh call's kernels write into state or arguments is put back before
        the replay, so that writes land once; a replay that refuses (aliased arguments) raises its own error."""
        first, second = state.first, state.second
        arg_of = {(id(a), id(b)): t.node.arg for a, b, t in zip(first.args, second.args, tensors)}
        written: dict = {}
        for (_, _, used, _), (_, _, used2, _) in zip(first.launches, second.launches):
            out = used[0] if used[0] is used2[0] else arg_of.get((id(used[0]), id(used2[0])))  # not a temporary
            if out is not None:
                written[id(out)] = out
        saved = [(b, b.numpy()) for b in written.values()]
        try:
            now = self._record(args, kwargs, tensors, vals, count=False)
        finally:
            for b, host in saved:
                b.copyin(host)
        out = state.plan.run(bufs, vals, first.outputs)
        outputs = zip(*(_flat_outputs(r.outputs, self.name) for r in (first, second, now)))
        why = jit_guards.replay_mismatch(first, second, now, vals, list(outputs))
        if why:
            raise JitError(f"{self.name}: MINIC_JIT_VERIFY: a fresh call differs from the replay: {why}")
        return out

    def _inspect(self, args: tuple, kwargs: dict) -> tuple:
        """(the cache key, the tensor arguments, their buffers, the top-level Var values) of a call: runs on every
        replay, so it is one flat loop."""
        key: list = [current()]  # the scope the call runs at: its launches (and their per-site overrides) are there
        tensors: list = []
        bufs: list = []
        vals: dict = {}
        first: dict = {}  # id of a buffer -> the index of the first tensor argument on it
        named = zip(_NO_NAMES, args) if not kwargs else [(None, a) for a in args] + sorted(kwargs.items())
        for name, a in named:
            if name is not None:
                key.append(name)
            if isinstance(a, Tensor):
                node = a.node
                if node.op != "BUFFER":
                    node = a.realize().node
                tensors.append(a)
                # which earlier argument shares this one's buffer is part of the key: a record of f(t, t) reads
                # one buffer twice and would replay f(t, u) as f(t, t)
                key.append(("tensor", node.shape, node.dtype.name, a.device,  # a dtype's name hashes in C
                            first.setdefault(id(node.arg), len(bufs))))
                bufs.append(node.arg)
                if a.var_vals:
                    for k, v in a.var_vals.items():
                        _bind(vals, k, v)
            elif isinstance(a, Bound):
                key.append(a.key)
                if vals.setdefault(a.key[1], a.value) != a.value:
                    _bind(vals, a.key[1], a.value)  # raises, naming both values
            else:
                try:
                    hash(a)
                except TypeError:
                    raise JitError(f"{self.name}: argument {a!r} is neither a Tensor, a Bound nor a hashable "
                                   f"constant") from None
                key.append(("const", type(a), a))
        return tuple(key), tensors, bufs, vals

    def _record(self, args, kwargs, tensors: list, vals: dict, count: bool = True) -> _Record:
        rec = _Record(args=[t.node.arg for t in tensors], arg_shapes=[t.shape for t in tensors], vals=dict(vals))
        _recording.append(rec)
        engine._capture_listeners.append(rec)
        try:
            out = self.fn(*args, **kwargs)
            _rebuild(out, lambda t: t.realize(), self.name)
        finally:
            engine._capture_listeners.remove(rec)
            _recording.remove(rec)
        rec.outputs = out
        if count:
            self.records += 1
        return rec


_NO_NAMES = itertools.repeat(None)  # the name of every positional argument in a call key


def _bind(vals: dict, name: str, value: int) -> None:
    if vals.get(name, value) != value:
        raise BoundError(f"Var {name!r} is bound to {vals[name]} by one argument and {value} by another")
    vals[name] = value
