"""Guards for minic.jit: what a jitted function captures must not change under a replay.

A replay re-runs recorded launches without running the function's Python, so
everything the function read besides its arguments is baked into the record.
`Guard` snapshots what a function can reach when it is recorded, and
`Guard.changed()` says before each later call what differs (None when nothing
does), so the jit records afresh instead of replaying a stale record.

Watched roots: the function's closure cells and default arguments, the globals
its code names (`co_names`, nested code objects included), and the attributes
(`__dict__`) of the object a method is bound to. Each root's value is watched, and for a
dict/list/tuple its entries one level deep (`self.w['h.0.attn.c_attn.weight']`),
unless it holds more than MAX_ENTRIES. Scalars (bool, int, float, complex, str,
bytes, None, numpy scalars) compare by value; everything else, Tensors above
all, by identity.

The per-call check must cost microseconds (GPT-2 small's model object holds 148
weights), so it never walks a dict by key: the snapshot keeps a strong reference
to every watched object (an identity can then not be reused by a new object),
and a call compares identities in one C-level pass of `operator.is_` over the
roots and the live views of each dict/list, plus their lengths. Only when an
identity differs does the slow path compare by value (a scalar rebound to an
equal value is no change) and take a new snapshot.

`replay_mismatch` is MINIC_JIT_VERIFY's check, for what no guard sees: it
compares the launches of a fresh call with the replay two records make.
"""
from __future__ import annotations

import inspect
import reprlib
from collections.abc import Callable
from functools import partial
from itertools import chain
from operator import attrgetter, is_, itemgetter
from types import CodeType
from typing import Any

import numpy as np

from minic.tensor import Tensor

_SCALARS = (bool, int, float, complex, str, bytes, type(None), np.generic)
_CONTAINERS = (dict, list, tuple)
MAX_ENTRIES = 4096  # a larger container is watched by identity only: the per-call check stays microseconds
_ROOT = object()  # the entry key of a root that is not a container: its own value
_MISSING = object()  # a root that is gone: a deleted attribute or global, an empty closure cell
_cell_contents = attrgetter("cell_contents")


class Guard:
    """What `fn` (bound to `obj`, if a method) captures, as it is now; `changed()` compares with later states."""

    def __init__(self, fn: Callable, obj: object = None):
        if inspect.ismethod(fn):
            fn, obj = fn.__func__, fn.__self__
        code = getattr(fn, "__code__", None)
        labels: list[str] = []
        self._getters: list[Callable[[], Any]] = []  # per root, for the slow path: its value or _MISSING
        readers: list[Callable[[], tuple]] = []  # the fast path: the values of a group of roots, in one call
        if obj is not None and hasattr(obj, "__dict__"):
            me = code.co_varnames[0] if code is not None and code.co_argcount else "self"
            self._watch(vars(obj), list(vars(obj)), labels, readers, lambda n: f"{me}.{n}")
        if code is not None:
            names = [n for n in dict.fromkeys(_names(code)) if n in fn.__globals__]
            self._watch(fn.__globals__, names, labels, readers, lambda n: f"global {n}")
            # the closure's cells, and the default arguments (a call that leaves one out reads the function's
            # current default, which `f.__defaults__ = ...` can change)
            cells = fn.__closure__ or ()
            labels += [f"closure variable {n}" for n in code.co_freevars[:len(cells)]]
            labels += ["default arguments", "keyword-only default arguments"]
            self._getters += [lambda c=c: _cell(c) for c in cells]
            self._getters += [lambda: fn.__defaults__, lambda: fn.__kwdefaults__]
            readers.append(lambda: (*map(_cell_contents, cells), fn.__defaults__, fn.__kwdefaults__))
        self.labels = labels
        self._read = _concat(readers)
        self._snapshot()

    def _watch(self, space: dict, names: list[str], labels: list[str], readers: list, label: Callable) -> None:
        if not names:
            return
        labels += [label(n) for n in names]
        self._getters += [lambda n=n: space.get(n, _MISSING) for n in names]
        get = itemgetter(*names) if len(names) > 1 else lambda d: (d[names[0]],)
        readers.append(partial(get, space))  # no Python frame of its own per call

    def _snapshot(self) -> None:
        """Remember every root (and its entries) as they are now."""
        self._roots = self._read()
        self._entries = [_entries(v) for v in self._roots]
        mutable = [v for v, e in zip(self._roots, self._entries) if isinstance(v, (dict, list)) and _ROOT not in e]
        self._views = [v.values() if isinstance(v, dict) else v for v in mutable]  # live: they follow mutation
        self._lens = tuple(map(len, self._views))
        self._flat = (*self._roots, *chain.from_iterable(self._views))  # holds every watched object alive

    def changed(self) -> str | None:
        """What differs from the snapshot, as a phrase for a debug line; None when nothing does."""
        try:
            roots = self._read()
        except (KeyError, ValueError):  # a root is gone
            roots = None
        if (roots is not None and tuple(map(len, self._views)) == self._lens
                and all(map(is_, chain(roots, *self._views), self._flat))):
            return None
        why = self._difference()
        if why is None:  # only scalars or containers were rebound to equal ones: look again from here
            self._snapshot()
        return why

    def _difference(self) -> str | None:
        for label, get, before, old in zip(self.labels, self._getters, self._roots, self._entries):
            now = get()
            if now is _MISSING:
                return f"{label} is gone"
            new = _entries(now)
            if type(now) is not type(before) and _ROOT not in old or (_ROOT in old) != (_ROOT in new):
                # a container became something else (or the reverse), or it grew past MAX_ENTRIES
                return _change(label, before, now) or f"{label} has {len(now)} entries now"
            for key, value in old.items():
                path = label if key is _ROOT else f"{label}[{key!r}]"
                if key not in new:
                    return f"{path} is gone"
                why = _change(path, value, new[key])
                if why:
                    return why
            for key in new.keys() - old.keys():
                return f"{label}[{key!r}] is new"
        return None


def _concat(readers: list[Callable[[], tuple]]) -> Callable[[], tuple]:
    """One call that reads every group of roots (at most three: attributes, globals, closure cells) as one tuple,
    by tuple concatenation: no generator runs per call."""
    if not readers:
        return tuple
    if len(readers) == 1:
        return readers[0]
    if len(readers) == 2:
        a, b = readers
        return lambda: a() + b()
    a, b, c = readers
    return lambda: a() + b() + c()


def _names(code: CodeType) -> list[str]:
    """The global or attribute names `code` and the code nested in it (lambdas, comprehensions) use."""
    out = list(code.co_names)
    for c in code.co_consts:
        if isinstance(c, CodeType):
            out += _names(c)
    return out


def _cell(cell) -> Any:
    try:
        return cell.cell_contents
    except ValueError:
        return _MISSING


def _entries(value: Any) -> dict:
    """What is watched in a root: a container's entries one level deep, else the value itself."""
    if isinstance(value, _CONTAINERS) and len(value) <= MAX_ENTRIES:
        return dict(value) if isinstance(value, dict) else dict(enumerate(value))
    return {_ROOT: value}


def _change(path: str, before: Any, after: Any) -> str | None:
    if before is after or (type(before) is type(after) and isinstance(before, _SCALARS) and before == after):
        return None
    if isinstance(before, Tensor) and isinstance(after, Tensor):
        return f"{path} is a different Tensor"
    if isinstance(before, _SCALARS) and isinstance(after, _SCALARS):
        return f"{path} changed from {reprlib.repr(before)} to {reprlib.repr(after)}"
    was = "" if type(before) is type(after) else f" (was a {type(before).__name__})"
    return f"{path} is a different {type(after).__name__}{was}"


def replay_mismatch(first: Any, second: Any, now: Any, vals: dict, outputs: list[tuple]) -> str | None:
    """How a fresh call's launches (`now`) differ from the replay two records (`first`, `second`) make, or None.

    A buffer that is the same in both records is fixed state and must be the same now; an argument's must be this
    call's argument; any other is a temporary, one buffer per temporary, the same in every launch that uses it.
    Kernels must get the Var values a replay passes: this call's for top-level Vars, the recorded ones for the
    rest. `outputs` holds each returned tensor's buffers in first, second and now."""
    if len(now.launches) != len(first.launches):
        return f"this call launched {len(now.launches)} kernels, the replay launches {len(first.launches)}"
    slots = _Slots(first.args, second.args, now.args)
    for (sk, prog, bufs, recorded), (_, _, bufs2, _), (sk3, prog3, bufs3, got) in zip(
            first.launches, second.launches, now.launches):
        if prog3 is not prog:
            return f"kernel {sk3.name} ran another program than the replay's kernel {sk.name} launches"
        for j, buffers in enumerate(zip(bufs, bufs2, bufs3)):
            why = slots.mismatch(*buffers)
            if why:
                return f"kernel {sk.name}, buffer {j}: {why}"
        for var in sk.loop.vars:
            want = vals.get(var.name, recorded[var.name])
            if got[var.name] != want:
                return f"kernel {sk.name} ran with Var {var.name!r} = {got[var.name]}, the replay passes {want}"
    for i, buffers in enumerate(outputs):
        why = slots.mismatch(*buffers)
        if why:
            return f"output {i}: {why}"
    return None


class _Slots:
    """The replay's buffer slots, keyed by a buffer pair of the two records, and what fills each in a fresh call."""

    def __init__(self, args: list, args2: list, args_now: list):
        self.args = {(id(a), id(b)): c for a, b, c in zip(args, args2, args_now)}
        self.temps: dict = {}  # slot -> this call's buffer
        self.owner: dict = {}  # id of this call's buffer -> slot

    def mismatch(self, a: Any, b: Any, now: Any) -> str | None:
        key = (id(a), id(b))
        if key in self.args:
            if now is not self.args[key]:
                return "the replay passes an argument's buffer, this call another buffer"
        elif a is b:
            if now is not a:
                return ("the replay uses the recorded state (weights, a cache), this call another buffer: something "
                        "the function captures changed unseen by the guard")
        elif self.temps.setdefault(key, now) is not now:
            return "the replay uses one temporary where this call used two buffers"
        if self.owner.setdefault(id(now), key) != key:
            return "this call used one buffer where the replay uses two slots"
        return None
