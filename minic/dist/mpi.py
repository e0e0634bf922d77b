"""Collectives on host buffers through mpi4py (any MPI: MPICH from PyPI, Open MPI, a cluster's own).

Every call is nonblocking and polled against MINIC_DIST_TIMEOUT, so a rank that never joins ends the job with
an error. Sums of float16 and bfloat16 run in float32 and round once at the end (minic's storage types do
their math in float32; MPI has no portable half type); a sum of bools is a logical or, as in minic's
arithmetic on bools. Gathers move raw bytes, so they take every dtype.
"""
from __future__ import annotations

import numpy as np

from minic import dtype as dt
from minic.dist.comm import Call, Communicator
from minic.runtime.host import bfloat16_to_float32, float32_to_bfloat16

SPINS_BEFORE_SLEEP = 2000  # Test() calls before the wait starts sleeping between polls (decode waits are short)


class MPICommunicator(Communicator):
    name = "MPI"

    def __init__(self, group):
        from mpi4py import MPI
        super().__init__(group)
        self.MPI = MPI

    def run(self, call: Call, out: np.ndarray, inp: np.ndarray, n: int) -> None:
        d, size = call.dtype, self.group.size
        nbytes = n * d.itemsize
        if call.kind == "allgather":
            self._wait(self.group.mpi.Iallgather([inp[:nbytes], self.MPI.BYTE], [out[:nbytes * size], self.MPI.BYTE]),
                       call, n)
            return
        m = n if call.kind == "allreduce" else n // size
        send = _math_view(inp[:nbytes], d)
        recv = np.empty(m, send.dtype) if d in (dt.float16, dt.bfloat16) else out[:m * d.itemsize].view(d.np)
        op = self.MPI.LOR if d is dt.bool_ else self.MPI.SUM
        if d is dt.bool_:
            send, recv = send.view(np.bool_), recv.view(np.bool_)
        if call.kind == "allreduce":
            req = self.group.mpi.Iallreduce(send, recv, op)
        else:
            req = self.group.mpi.Ireduce_scatter_block(send, recv, op)
        self._wait(req, call, n)
        if d is dt.float16:
            out[:m * 2].view(np.float16)[:] = recv
        elif d is dt.bfloat16:
            out[:m * 2].view(np.uint16)[:] = float32_to_bfloat16(recv)

    def _wait(self, req, call: Call, n: int) -> None:
        self.wait(req.Test, call, n, spins=SPINS_BEFORE_SLEEP, pause=1e-4)


def _math_view(raw: np.ndarray, d) -> np.ndarray:
    """The elements of a host buffer as MPI sums them: float16 and bfloat16 widened to float32."""
    if d is dt.float16:
        return raw.view(np.float16).astype(np.float32)
    if d is dt.bfloat16:
        return bfloat16_to_float32(raw.view(np.uint16))
    return raw.view(d.np)
