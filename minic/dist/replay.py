"""Replaying a jit recording that has collectives: the device's fast replay between them.

A whole-recording replay (one native call on the CPU, one CUDA Graph) walks one device's launch table; a
collective is a call into MPI or NCCL. So the recording is cut at every collective into stretches of kernels;
each stretch is a Recording of its own, replayed by the device's fast replayer (or kernel by kernel where the
device has none), and the collectives run in between on the buffers the stretches hand over:
  * what a stretch reads that an earlier stretch or collective wrote is one of its arguments;
  * what it writes that a later stretch or collective reads, or the function returns, is one of its outputs
    (a fresh buffer each call, as every replay's outputs are).
A stretch that writes into a buffer it also receives (an in-place update across a collective) would lose the
write in a replay that copies its arguments (CUDA Graph, WebGPU): such a recording is not cut, it replays
kernel by kernel.
"""
from __future__ import annotations

from typing import Any

from minic.runtime.buffer import Buffer
from minic.runtime.replay import LaunchList, Recording, ReplayMemoryError, Step, elements


def is_collective(st: Step) -> bool:
    """A launch that a communicator runs (minic.dist.kernel.CollectiveKernel), not the device."""
    return st.sk.collective


class _Stretch:
    """Kernels between two collectives: their Recording, its replay, and how its slots map to the whole's."""

    def __init__(self, rec: Recording, steps: list[Step], later_reads: set[int]):
        written = {s for st in steps for s in st.writes}
        used = sorted({s for st in steps for s in st.slots})
        self.inputs: list[int] = []  # whole-recording slots passed as this stretch's arguments, in order
        local: dict[int, int] = {}
        slots: list[tuple] = []
        arg_shapes: list[tuple] = []
        for g in used:
            spec = rec.slots[g]
            local[g] = len(slots)
            if spec[0] == "fixed":
                slots.append(spec)
            elif spec[0] == "temp" and g in written and self._first_write(steps, g):
                slots.append(spec)
            else:  # an argument of the call, or a temporary an earlier stretch or collective wrote
                if g in written:
                    raise _NotCut(f"kernel {next(st.sk.name for st in steps if g in st.writes)} writes into a "
                                  f"buffer that comes from before a collective")
                dtype = spec[2]
                size = rec.arg_shapes[spec[1]] if spec[0] == "arg" else (spec[1],)
                slots.append(("arg", len(self.inputs), dtype))
                arg_shapes.append(tuple(size))
                self.inputs.append(g)
        self.outputs = [g for g in used if rec.slots[g][0] == "temp" and g in written and g in later_reads]
        steps_here = [Step(st.sk, st.prog, st.device, [local[s] for s in st.slots], st.var_names) for st in steps]
        self.rec = Recording(f"{rec.name}[{steps[0].sk.name}..{steps[-1].sk.name}]", steps_here, slots, arg_shapes,
                             [local[g] for g in self.outputs], rec.consts)
        fast = None
        try:
            fast, _ = steps[0].device.replayer(self.rec)
        except ReplayMemoryError:
            pass
        self.replay = fast or LaunchList(self.rec)

    @staticmethod
    def _first_write(steps: list[Step], g: int) -> bool:
        """Whether the stretch writes slot g before it reads it (then it is the stretch's own temporary)."""
        for st in steps:
            if g in st.writes:
                return True
            if g in st.slots:
                return False
        return False


class _NotCut(Exception):
    pass


class SegmentedReplay:
    """The whole recording: stretches replayed fast, collectives called between them."""

    kind = "segmented"

    def __init__(self, rec: Recording, parts: list):
        self.rec, self.parts = rec, parts

    @staticmethod
    def build(rec: Recording) -> tuple[Any, str]:
        """(the replay, or None, and a sentence saying how the recording replays)."""
        devices = {st.device for st in rec.steps if not is_collective(st)}
        if len(devices) != 1:
            return None, "the recording launches on several devices"
        parts: list = []
        stretch: list[Step] = []
        groups: list = []
        for st in rec.steps:
            if is_collective(st):
                if stretch:
                    groups.append(stretch)
                groups.append(st)
                stretch = []
            else:
                stretch.append(st)
        if stretch:
            groups.append(stretch)
        returned = {s for s in rec.out_slots if s is not None}
        try:
            for i, group in enumerate(groups):
                if isinstance(group, Step):
                    parts.append(group)
                    continue
                later = returned | {s for g in groups[i + 1:] for st in ([g] if isinstance(g, Step) else g)
                                    for s in st.slots}
                parts.append(_Stretch(rec, group, later))
        except _NotCut as e:
            return None, f"the recording has collectives and {e}: it replays kernel by kernel"
        kinds = {getattr(p.replay, "kind", "launch list") for p in parts if isinstance(p, _Stretch)}
        n = sum(isinstance(p, Step) for p in parts)
        name = next(iter(devices)).name
        return SegmentedReplay(rec, parts), (f"{n} collective(s) between {len(parts) - n} stretches of kernels, "
                                             f"each replayed by the {name} {'/'.join(sorted(kinds))} replay")

    def run(self, args: list[Buffer], env: dict) -> list:
        rec = self.rec
        table: dict[int, Buffer] = {}
        for s, spec in enumerate(rec.slots):
            if spec[0] == "fixed":
                table[s] = spec[1]
            elif spec[0] == "arg":
                table[s] = args[spec[1]]
        for part in self.parts:
            if isinstance(part, Step):
                for out in part.writes:
                    if out not in table:
                        _, size, dtype, device = rec.slots[out]
                        table[out] = Buffer(device, elements(size, env), dtype)
                part.device.launch(part.prog, [table[s].handle for s in part.slots], [env[n] for n in part.var_names])
            else:
                outs = part.replay.run([table[g] for g in part.inputs], env)
                table.update(zip(part.outputs, outs))
        return [None if s is None else table[s] for s in rec.out_slots]
