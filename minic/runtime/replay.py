"""Replaying a recorded launch list: what every backend's replay shares.

`minic.jit` proves a recording replayable (the same programs ran twice; every
buffer is fixed state, an argument, or a temporary a kernel writes before it is
read) and hands it over as a `Recording`. A replay runs it again for new
argument buffers and Var values and returns fresh output buffers:

  * `LaunchList` launches kernel by kernel from Python. Every backend has it, and
    it keeps the per-kernel view debugging needs (MINIC_DEBUG times each launch).
  * `Device.replayer(recording)` may offer something faster: one CUDA Graph launch
    (runtime/cuda_graph.py), or one native call that walks a launch table on the
    CPU (runtime/cpu_replay.py). Those size every temporary for the Vars' bounds
    once (`Arena`), so nothing is allocated or bound per kernel per call.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from minic import debugging as dbg
from minic import engine
from minic.dtype import uint8
from minic.errors import DeviceError, MinicError
from minic.ir.symbolic import bounds, evaluate
from minic.runtime.buffer import Buffer
from minic.runtime.registry import get_device


@dataclass
class Step:
    """One recorded launch: a kernel, its program, and the slot of each of its buffers."""
    sk: Any  # engine.ScheduledKernel
    prog: Any  # runtime.device.Program
    device: Any
    slots: list[int]
    var_names: list[str]
    at: str = ""  # the minic.scope it was launched at
    source: str | None = None  # the source it ran (a per-site override differs from sk.source); None: sk.source

    @cached_property
    def writes(self) -> list[int]:
        """The slots it stores into: its output's, then each side store's (minic/sched/side_store.py); made once,
        as a segmented replay reads it at every launch."""
        return self.slots[:len(self.sk.graph.writes)]

    @property
    def overridden(self) -> bool:
        """Whether it runs another source than the generated one (the program's or this site's override)."""
        return (self.source or self.sk.source) != self.sk.generated


@dataclass
class Recording:
    """Launches over a table of buffer slots. A slot is ("fixed", Buffer): state such as weights or a KV cache;
    ("arg", i, dtype): the call's i-th tensor argument; ("temp", size, dtype, device): written by a kernel first, `size`
    in elements, an expression over the Vars."""
    name: str
    steps: list[Step]
    slots: list[tuple]
    arg_shapes: list[tuple]
    out_slots: list[int | None]  # per returned tensor: its slot (None: a buffer the function did not write)
    consts: dict[str, int]  # Vars bound inside the function to one value

    def var_bounds(self) -> dict[str, int]:
        """The largest value of every Var a kernel takes (its declared bound)."""
        out: dict[str, int] = {}
        for st in self.steps:
            for s in st.sk.loop.vars:
                out[s.name] = max(out.get(s.name, s.hi), s.hi)
        out.update(self.consts)
        return out

    def check_argument(self, i: int, buf: Buffer, allowed: int) -> None:
        """Raise unless argument `i` fits the `allowed` elements a whole-recording replay sized its own copy for
        (its shape at the Vars' bounds)."""
        if buf.size > allowed:
            raise DeviceError(f"{self.name}: argument {i} holds {buf.size} elements, more than its shape allows at "
                              f"the Vars' bounds ({allowed})")

    def written_slots(self) -> set[int]:
        """Slots some kernel stores into."""
        return {s for st in self.steps for s in st.writes}

    @cached_property
    def temp_outputs(self) -> list[int]:
        """The returned slots a kernel writes: every call hands back fresh buffers for them."""
        return [s for s in self.out_slots if s is not None and self.slots[s][0] == "temp"]

    @cached_property
    def var_names(self) -> list[str]:
        """Every Var some kernel takes, sorted."""
        return sorted({nm for st in self.steps for nm in st.var_names})

    def new_output(self, slot: int, env: dict) -> Buffer:
        """A fresh buffer for a temp output slot, sized for this call's Var values."""
        _, size, dtype, device = self.slots[slot]
        return Buffer(device, elements(size, env), dtype)

    def results(self, fresh: dict[int, Buffer], args: list[Buffer]) -> list:
        """What a replay returns, per returned tensor: the fresh buffer of a temp output, the fixed or argument
        buffer otherwise (None: a buffer the function returned untouched)."""
        return [None if s is None else fresh[s] if s in fresh else slot_buffer(self.slots[s], args)
                for s in self.out_slots]


def graphs_enabled(choice: bool | None) -> bool:
    """A jit's `graph` argument wins; else MINIC_GRAPH (on unless set to 0)."""
    return choice if choice is not None else os.environ.get("MINIC_GRAPH", "1") != "0"


def elements(size: Any, env: dict) -> int:
    """A slot's element count at these Var values (at least 1: kernels never get an empty buffer)."""
    return max(size if isinstance(size, int) else int(evaluate(size, env)), 1)


def largest(size: Any) -> int:
    """A slot's element count at the Vars' bounds."""
    return max(bounds(size)[1], 1)


def slot_buffer(spec: tuple, args: list[Buffer]) -> Buffer:
    """The buffer of a fixed or argument slot in this call."""
    return spec[1] if spec[0] == "fixed" else args[spec[1]]


ARENA_SHARE = 0.5  # at most this share of a device's free memory for a whole-recording replay's temporaries


class ReplayMemoryError(MinicError):
    """A whole-recording replay would need too much memory: the jit replays kernel by kernel instead."""


class Arena:
    """Temporaries sized for the Vars' bounds, sharing memory where their lifetimes do not overlap (a temporary
    lives from the kernel that writes it to the last kernel that reads it). A decode step's hundreds of
    temporaries then take a few blocks, and a replay binds no memory at all."""

    def __init__(self, rec: Recording, keep: set[int], skip: set[int] = frozenset()):
        """`keep`: slots that live to the end of the replay (outputs read after it); `skip`: slots the replay
        binds per call itself."""
        first: dict[int, int] = {}
        last: dict[int, int] = {}
        for i, st in enumerate(rec.steps):
            for s in st.slots:
                if rec.slots[s][0] == "temp" and s not in skip:
                    first.setdefault(s, i)
                    last[s] = len(rec.steps) if s in keep else i
        free: list[Buffer] = []
        dying: dict[int, list[Buffer]] = {}
        self.buffers: dict[int, Buffer] = {}
        for s in sorted(first, key=first.get):
            for step in [k for k in dying if k < first[s]]:
                free += dying.pop(step)
            _, size, dtype, device = rec.slots[s]
            nbytes = largest(size) * dtype.itemsize
            fits = [b for b in free if b.device == device and b.nbytes >= nbytes]
            block = min(fits, key=lambda b: b.nbytes) if fits else Buffer(device, max(nbytes, 16), uint8)
            if fits:
                free.remove(block)
            self.buffers[s] = block
            dying.setdefault(last[s], []).append(block)
        blocks = {id(b): b for b in self.buffers.values()}.values()
        self.nbytes = sum(b.nbytes for b in blocks)
        for device in {b.device for b in blocks}:  # nothing is allocated yet: a Buffer allocates on first use
            need = sum(b.nbytes for b in blocks if b.device == device)
            free = get_device(device).free_bytes()
            if free is not None and need > free * ARENA_SHARE:
                raise ReplayMemoryError(f"{rec.name}: its temporaries sized for the Vars' bounds take "
                                        f"{need / 2**20:.0f} MiB, more than {ARENA_SHARE:.0%} of the "
                                        f"{free / 2**20:.0f} MiB {device} has free (lower the Vars' bounds)")


class LaunchList:
    """The portable replay: one `Device.launch` per recorded kernel, temporaries resized per call."""

    def __init__(self, rec: Recording):
        self.rec = rec
        self.temps: dict[int, Buffer] = {}
        self.outs = set(rec.temp_outputs)

    def run(self, args: list[Buffer], env: dict) -> list:
        table: list = [None] * len(self.rec.slots)
        for s, spec in enumerate(self.rec.slots):
            kind = spec[0]
            if kind == "fixed":
                table[s] = spec[1]
            elif kind == "arg":
                table[s] = args[spec[1]]
            else:
                need = elements(spec[1], env)
                buf = None if s in self.outs else self.temps.get(s)
                if buf is None or buf.size < need:
                    buf = Buffer(spec[3], need, spec[2])
                    if s not in self.outs:
                        self.temps[s] = buf
                table[s] = buf
        profiled = engine.watched() or dbg.level() >= 1
        for st in self.rec.steps:
            bufs = [table[s] for s in st.slots]
            if profiled:
                engine.launch(st.sk, bufs, env, st.at)
            else:
                st.device.launch(st.prog, [b.handle for b in bufs], [env[nm] for nm in st.var_names])
        return [None if s is None else table[s] for s in self.rec.out_slots]
