"""A model's recorded launch lists as plain data that a target writes out (C, WebGPU).

`minic.jit` proves a recording replayable and hands it over as a `Recording` over buffer slots
(runtime/replay.py). Exporting one is the same job as the device replays do, done once on disk instead of in
memory: every slot becomes a `Memory` the target runtime allocates or loads, and every step a `Launch` that
names its kernel, its memory objects, the Vars it takes and its grid. Slots of several recordings (prefill and
decode) share one memory table: the weights and the KV cache are the same buffers in both.

  * fixed slots that no kernel writes are weights: their bytes go to the weights file;
  * fixed slots some kernel writes are state (the KV cache): zeroed at load, so they must be the caller's
    declared state (written before read, like a KV cache) or hold zeros (an export never drops data silently);
  * temporaries share blocks as a replay's `Arena` lays them out, sized for the Vars' bounds;
  * arguments get one buffer each, sized for their shape at the Vars' bounds.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from minic.dtype import DType, int32
from minic.errors import MinicError
from minic.ir.symbolic import Sint
from minic.ir.view import prod
from minic.runtime.replay import Arena, Recording, largest
from minic.sched.loopir import LoopKernel


class ExportError(MinicError):
    """A model or a recording that cannot be exported to the chosen target."""


@dataclass
class Memory:
    """One buffer of the exported program. `kind`: "weight" (bytes from the weights file at `offset`), "state"
    (zeroed at load, written by kernels), "scratch" (temporaries), "input" (a call's argument)."""
    name: str
    kind: str
    nbytes: int
    data: np.ndarray | None = None  # a weight's bytes, already in the target's storage type
    offset: int = 0  # a weight's byte offset in the weights file


@dataclass(frozen=True)
class Launch:
    """One recorded kernel launch: its kernel, its memory objects in parameter order, its Vars, its grid."""
    kernel: str
    memory: tuple[int, ...]
    var_names: tuple[str, ...]
    groups: Sint  # workgroups along x (GPU targets), an expression over the Vars
    parallel: bool  # a CPU kernel whose parallel loop splits over cores


@dataclass(frozen=True)
class Entry:
    """A recorded function: launches, where its argument and result live, and how its Vars follow from the API's
    parameters (`bindings`: Var name -> an expression that reads the same in C and JavaScript)."""
    name: str
    launches: tuple[Launch, ...]
    inputs: tuple[int, ...]
    output: int
    output_dtype: DType
    output_elements: Sint
    var_names: tuple[str, ...]
    bindings: dict[str, str]


@dataclass
class Exported:
    """Everything a target writes: kernels by name (source text and loop kernel), the memory table, entries."""
    device: str
    kernels: dict[str, str] = field(default_factory=dict)
    loops: dict[str, LoopKernel] = field(default_factory=dict)
    memory: list[Memory] = field(default_factory=list)
    entries: dict[str, Entry] = field(default_factory=dict)

    @property
    def weights(self) -> list[Memory]:
        return [m for m in self.memory if m.kind == "weight"]


WEIGHTS_FILE = "weights.bin"
WEIGHTS_ALIGN = 64  # bytes; every weight starts at a multiple of it in the weights file
WEIGHTS_MAGIC = b"MINICW1\0"
WEIGHTS_HEADER = 64  # magic, then the file's size and the weight count as little-endian uint64, zero padding


def build(device: str, recordings: list[tuple[str, Recording, dict[str, str]]], names: dict[int, str],
          stored: Callable[[DType], np.dtype], state: frozenset[int] = frozenset()) -> Exported:
    """The launch lists of `recordings` (entry name, recording, Var bindings) over one memory table.

    `names` maps id(Buffer) to a readable name for fixed buffers (weights, caches); `stored` gives the numpy
    type a dtype is stored as on the target (WGSL widens 8-bit types and bfloat16 to 4 bytes); `state` holds
    the id(Buffer) of buffers the kernels write before they read them (a KV cache), which start zeroed
    whatever they hold now. Any other buffer a kernel writes must hold zeros: the export would lose its data."""
    out = Exported(device)
    written = {id(rec.slots[s][1]) for _, rec, _ in recordings for s in rec.written_slots()
               if rec.slots[s][0] == "fixed"}
    fixed: dict[int, int] = {}
    for entry, rec, bindings in recordings:
        missing = set(rec.var_names) - set(bindings) - set(rec.consts)
        if missing:
            raise ExportError(f"{entry}: its kernels take Vars {sorted(missing)} that the export does not bind")
        arena = Arena(replace(rec, slots=[_as_stored(spec, stored) for spec in rec.slots]),
                      keep=set(rec.temp_outputs))
        block_memory: dict[int, int] = {}
        slot_memory: dict[int, int] = {}
        for s, spec in enumerate(rec.slots):
            if spec[0] == "fixed":
                buf = spec[1]
                if id(buf) not in fixed:
                    fixed[id(buf)] = len(out.memory)
                    name = names.get(id(buf), f"const{len(out.memory)}")
                    data = None if id(buf) in written else buf.numpy().astype(stored(buf.dtype), copy=False)
                    if data is None and id(buf) not in state:
                        _check_zero(entry, rec, s, buf, names.get(id(buf), f"const{len(out.memory)}"))
                    nbytes = buf.size * np.dtype(stored(buf.dtype)).itemsize
                    out.memory.append(Memory(name, "state" if data is None else "weight", nbytes, data))
                slot_memory[s] = fixed[id(buf)]
            elif spec[0] == "arg":
                count = largest(prod(rec.arg_shapes[spec[1]]))
                slot_memory[s] = len(out.memory)
                out.memory.append(Memory(f"{entry}.input{spec[1]}", "input",
                                         count * np.dtype(stored(spec[2])).itemsize))
            else:
                block = arena.buffers[s]
                if id(block) not in block_memory:
                    block_memory[id(block)] = len(out.memory)
                    out.memory.append(Memory(f"{entry}.scratch{len(block_memory) - 1}", "scratch", block.nbytes))
                slot_memory[s] = block_memory[id(block)]
        launches = tuple(Launch(_kernel_name(out, st.sk.loop, st.prog.source), tuple(slot_memory[s] for s in st.slots),
                                tuple(st.var_names), st.sk.loop.global_size[0], bool(st.prog.extra.get("parallel")))
                         for st in rec.steps)
        if len(rec.out_slots) != 1 or rec.out_slots[0] is None or rec.slots[rec.out_slots[0]][0] != "temp":
            raise ExportError(f"{entry}: an exported function must return one tensor its kernels compute")
        _, size, dtype, _ = rec.slots[rec.out_slots[0]]
        inputs = tuple(slot_memory[s] for s, spec in enumerate(rec.slots) if spec[0] == "arg")
        consts = {k: str(v) for k, v in rec.consts.items()}
        out.entries[entry] = Entry(entry, launches, inputs, slot_memory[rec.out_slots[0]], dtype, size,
                                   tuple(rec.var_names), {**consts, **bindings})
    _lay_out_weights(out.weights)
    return out


def _check_zero(entry: str, rec: Recording, slot: int, buf, name: str) -> None:
    """A buffer the kernels write starts zeroed in the export: refuse one that holds data now."""
    values = buf.numpy()
    if np.any(values != 0):
        writer = next(st.sk.name for st in rec.steps if slot in st.writes)
        raise ExportError(f"{entry}: buffer {name} ({buf.dtype.name}, {buf.size} elements) is written by kernel "
                          f"{writer} and holds {np.count_nonzero(values)} nonzero values; the export starts "
                          f"written buffers zeroed, so they would be lost. Declare it state (written before read, "
                          f"like a KV cache) or compute its values inside the exported function")


def _as_stored(spec: tuple, stored: Callable[[DType], np.dtype]) -> tuple:
    """A temporary's slot with a dtype as wide as its target storage, so that the `Arena` sizes blocks in the
    target's bytes."""
    if spec[0] != "temp" or np.dtype(stored(spec[2])).itemsize == spec[2].itemsize:
        return spec
    return (spec[0], spec[1], int32, spec[3])


def _kernel_name(out: Exported, loop: LoopKernel, source: str) -> str:
    """The kernel's name in the export: its own, or with a suffix when another kernel of the export took it
    (names say what a kernel computes, not which one it is; the source is renamed to match)."""
    name, i = loop.name, 1
    while name in out.kernels and out.kernels[name] != _renamed(source, loop.name, name):
        i += 1
        name = f"{loop.name}_v{i}"
    out.kernels[name] = _renamed(source, loop.name, name)
    out.loops[name] = loop
    return name


def _renamed(source: str, old: str, new: str) -> str:
    return source if old == new else re.sub(rf"\b{re.escape(old)}\(", f"{new}(", source, count=1)


def _lay_out_weights(weights: list[Memory]) -> None:
    at = WEIGHTS_HEADER
    for m in weights:
        m.offset = at
        at += -(-m.nbytes // WEIGHTS_ALIGN) * WEIGHTS_ALIGN


def write_files(ex: Exported, out: Path, ext: str) -> int:
    """What every target writes: out/kernels/NAME.ext (the sources minic ran; stale ones removed), the weights
    file and weights.json (its layout). The weights file's size."""
    (out / "kernels").mkdir(parents=True, exist_ok=True)
    for old in (out / "kernels").glob(f"*.{ext}"):
        old.unlink()
    for name, source in ex.kernels.items():
        (out / "kernels" / f"{name}.{ext}").write_text(source)
    size = write_weights(out / WEIGHTS_FILE, ex)
    (out / "weights.json").write_text(json.dumps(weights_manifest(ex), indent=1) + "\n")
    return size


def write_weights(path, ex: Exported) -> int:
    """The weights file: a 64-byte header (magic b"MINICW1\\0", then the file's size and the weight count as
    little-endian uint64), then every weight at its `offset` (64-byte aligned), zero-padded. Its size."""
    weights = ex.weights
    end = (weights[-1].offset + weights[-1].nbytes) if weights else WEIGHTS_HEADER
    size = -(-end // WEIGHTS_ALIGN) * WEIGHTS_ALIGN
    with open(path, "wb") as f:
        head = WEIGHTS_MAGIC + np.array([size, len(weights)], dtype="<u8").tobytes()
        f.write(head + b"\0" * (WEIGHTS_HEADER - len(head)))
        for m in weights:
            f.write(b"\0" * (m.offset - f.tell()))
            f.write(np.ascontiguousarray(m.data).tobytes())
        f.write(b"\0" * (size - f.tell()))
    return size


def weights_manifest(ex: Exported) -> dict:
    """What weights.json documents: each weight's name, byte offset and size in the weights file."""
    return {"magic": WEIGHTS_MAGIC.decode().rstrip("\0"), "header_bytes": WEIGHTS_HEADER, "align": WEIGHTS_ALIGN,
            "weights": [{"name": m.name, "dtype": str(m.data.dtype), "elements": int(m.data.size),
                         "offset": m.offset, "nbytes": m.nbytes} for m in ex.weights]}
