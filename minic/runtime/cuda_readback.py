"""Reading a result back while the GPU goes on working: a copy into pinned host memory, and an event to wait on.

A greedy decode loop reads each token back before it can stop on an end token. Read back with a plain copy, the
host waits for everything queued on the stream, so it can only launch step i+1 after step i has finished and been
copied, and the GPU idles while the host works. With the copy of step i queued right after step i, and an event
after that copy, the host can launch step i+1 first and then wait for step i's event alone: the GPU runs step
i+1 while the host reads step i's result and prepares step i+2. The copy has to land in pinned (page-locked)
memory: into pageable memory cuMemcpyDtoHAsync waits for the copy, and with it for every step queued before it.
"""
from __future__ import annotations

import ctypes
from collections.abc import Callable

import numpy as np


class PinnedReadback:
    """Pinned staging blocks and events for one CUDA device, kept by capacity for reuse (a decode step reads back
    the same few sizes every token, and cuMemHostAlloc costs far more than a copy)."""

    def __init__(self, cu, stream, check):
        self.cu, self.stream, self.check = cu, stream, check
        self.blocks: dict[int, list] = {}  # capacity -> [(pointer, numpy view of the pinned bytes)]
        self.events: list = []
        self.made = 0  # pinned blocks allocated so far: a caller that never waits would make this grow

    def start(self, out: np.ndarray, src_ptr: object) -> Callable[[], np.ndarray]:
        """Queue the copy of `out.nbytes` bytes at device pointer `src_ptr` (a CUdeviceptr) after the work queued
        so far; the returned function waits for that copy only and returns `out` filled. Its block and event
        return to the pool when it is called, so every started copy must be waited for."""
        cu, check = self.cu, self.check
        block = self._take(out.nbytes)
        event = self.events.pop() if self.events else check(cu.cuEventCreate(cu.CUevent_flags.CU_EVENT_DISABLE_TIMING))
        check(cu.cuMemcpyDtoHAsync(block[0], src_ptr, out.nbytes, self.stream))
        check(cu.cuEventRecord(event, self.stream))
        done = []

        def wait() -> np.ndarray:
            if not done:
                check(cu.cuEventSynchronize(event))
                out.view(np.uint8).reshape(-1)[:] = block[1][:out.nbytes]
                self._give(block)
                self.events.append(event)
                done.append(True)
            return out
        return wait

    def read(self, out: np.ndarray, src_ptr: object) -> np.ndarray:
        """`out` filled from device pointer `src_ptr` after the work queued so far, now: through a pinned block,
        which the copy reaches directly (a pageable destination is staged by the driver: a turn-by-turn decode
        waits for that on every token)."""
        cu, check = self.cu, self.check
        block = self._take(out.nbytes)
        try:
            check(cu.cuMemcpyDtoHAsync(block[0], src_ptr, out.nbytes, self.stream))
            check(cu.cuStreamSynchronize(self.stream))
            out.view(np.uint8).reshape(-1)[:] = block[1][:out.nbytes]
        finally:
            self._give(block)
        return out

    def _take(self, nbytes: int) -> tuple:
        """A kept block of at least `nbytes` (capacities are powers of two: reads of many sizes share a few)."""
        capacity = 1 << max(nbytes - 1, 63).bit_length()
        kept = self.blocks.get(capacity)
        if kept:
            return kept.pop()
        ptr = self.check(self.cu.cuMemHostAlloc(capacity, 0))
        self.made += 1
        return ptr, np.frombuffer((ctypes.c_uint8 * capacity).from_address(int(ptr)), dtype=np.uint8)

    def _give(self, block: tuple) -> None:
        self.blocks.setdefault(len(block[1]), []).append(block)
