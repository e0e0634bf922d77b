"""Schedules on disk, so a warm start skips the rules and the renderer.

The disk cache of compiled programs (runtime/cache.py) saves the compiler, but
a GPT-2 start spends most of its time before that: rules building loop IR and
renderers printing source. A kernel's Decision and source depend only on its
graph (buffers by position), output view, Vars with their bounds, the target's
parameters, the enabled rules and minic's own code, so they are stored under a
hash of exactly that, as a canonical text, and the text is stored with the
entry and compared on load. Schedules are not stored when a user's own rule is
registered: editing a rule in a notebook must change what runs.
"""
from __future__ import annotations

import functools
import hashlib
import pickle
from pathlib import Path

from minic.ir.node import toposort
from minic.runtime import cache
from minic.sched import rules
from minic.sched.fuse import KernelGraph

SUFFIX = ".sched"


@functools.cache
def code_fingerprint() -> str:
    """A hash of minic's sources: any change to the compiler invalidates every stored schedule."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        h.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()


def canonical(kg: KernelGraph, device: str, target) -> str | None:
    """The text a kernel's schedule is a function of (None: do not store, a user rule is in play)."""
    enabled = [r for r in rules.rules() if not rules.is_disabled(r.name)]
    if any(not type(r).__module__.startswith("minic.") for r in enabled):
        return None
    slot = {id(b): i for i, b in enumerate(kg.buffers)}
    index: dict = {}
    scatter = None if kg.scatter is None else (slot[id(kg.scatter.rows.arg)], kg.scatter.rows.dtype.name,
                                                   kg.scatter.shape)
    sides = [s.key(slot) for s in kg.side_stores]
    lines = [device, repr(target), kg.name, repr(kg.out_view), repr(scatter), repr(sides),
             " ".join(r.name for r in enabled),
             " ".join(f"{s.name}:{s.lo}:{s.hi}" for s in kg.var_syms)]
    for i, n in enumerate(toposort([kg.root])):
        index[id(n)] = i
        arg = f"slot{slot[id(n.arg)]}" if n.op == "BUFFER" else repr(n.arg)
        lines.append(f"{i} {n.op} {arg} {n.dtype.name} {n.shape} {[index[id(s)] for s in n.src]}")
    return "\n".join(lines)


def load(text: str | None) -> tuple | None:
    """(Decision, source) stored for `text`, or None (absent, corrupt, or from other code)."""
    if text is None:
        return None
    blob = cache.read(cache.key_of("schedule", code_fingerprint(), text), SUFFIX)
    if blob is None:
        return None
    try:
        stored_text, decision, source = pickle.loads(blob)
    except Exception:  # an entry we cannot read is a miss, never an error
        return None
    return (decision, source) if stored_text == text else None


def save(text: str | None, decision, source: str) -> None:
    if text is not None:
        cache.write(cache.key_of("schedule", code_fingerprint(), text), pickle.dumps((text, decision, source)),
                    SUFFIX)
