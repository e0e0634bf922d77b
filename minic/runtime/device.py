"""The one Device protocol every backend implements.

allocate, copy in/out, compile(source) -> program, launch(program, buffers,
var values). Everything above this file is backend-agnostic.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minic.sched.loopir import Loop, LoopKernel, LoopKind
from minic.sched.target import Target


@dataclass
class Program:
    """A compiled kernel: `fn` is whatever the backend launches."""
    name: str
    source: str
    fn: Any
    kernel: LoopKernel
    extra: dict = field(default_factory=dict)


PACKED_PER_PROGRAM = 4096  # packed argument blocks kept per program (one per buffers/values seen)


def packed_arguments(prog: Program, key: tuple, pack: Callable[[], Any]) -> Any:
    """The launch arguments `pack()` builds for `key` (buffers and Var values), built once: a decode step replays
    the same launches with the same buffers and one new position, so a replayed launch packs nothing."""
    packed = prog.extra.setdefault("packed", {})
    hit = packed.get(key)
    if hit is None:
        if len(packed) >= PACKED_PER_PROGRAM:
            packed.clear()
        hit = packed[key] = pack()
    return hit


def has_parallel_loop(body: list) -> bool:
    for s in body:
        if isinstance(s, Loop) and (s.kind == LoopKind.PARALLEL or has_parallel_loop(s.body)):
            return True
        if hasattr(s, "body") and not isinstance(s, Loop) and has_parallel_loop(s.body):
            return True
    return False


class Device:
    name = "?"
    renderer: Any = None

    def __init__(self):
        self.target: Target = self.make_target()
        self.programs: dict[tuple, Program] = {}
        self.compiles = 0  # programs built in this process (memory-cache misses)

    def make_target(self) -> Target:
        raise NotImplementedError

    def render(self, kernel: LoopKernel) -> str:
        return self.renderer.render(kernel)

    def compile(self, source: str, kernel: LoopKernel) -> Program:
        # the buffers' dtypes are part of the key: two kernels can share a source text (WGSL stores int8 and
        # int32 alike as i32) while their buffers are laid out differently on the host side
        key = (kernel.name, source, tuple(b.dtype for b in kernel.bufs))
        prog = self.programs.get(key)
        if prog is None:
            prog = self.build(source, kernel)
            self.programs[key] = prog
            self.compiles += 1
        return prog

    # --- backend hooks ----------------------------------------------------------------
    def build(self, source: str, kernel: LoopKernel) -> Program:
        raise NotImplementedError

    def launch(self, prog: Program, handles: list, var_values: list[int]) -> None:
        raise NotImplementedError

    def alloc(self, nbytes: int):
        raise NotImplementedError

    def copyin(self, handle, data: np.ndarray) -> None:
        raise NotImplementedError

    def copyout(self, out: np.ndarray, handle) -> None:
        raise NotImplementedError

    def copyout_async(self, out: np.ndarray, handle: object) -> Callable[[], np.ndarray]:
        """Start copying `handle` into `out` after the work queued so far; the returned function waits for that
        copy and returns `out`. A device with a queue of its own overrides this so that the host can queue more
        work before it waits (see minic/runtime/cuda_readback.py); here the copy is done at once."""
        self.copyout(out, handle)
        return lambda: out

    def synchronize(self) -> None:
        pass

    def free_bytes(self) -> int | None:
        """Memory this device has free (None: it cannot tell); a replay sizes its temporaries against it."""
        return None

    def replayer(self, recording: Any) -> tuple[Any, str]:
        """A replay of a whole jit recording faster than launching kernel by kernel (runtime/replay.py), or
        (None, why not)."""
        return None, f"{self.name} replays kernel by kernel (no whole-recording replay on this backend)"
