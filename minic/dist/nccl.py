"""Collectives on CUDA buffers through NCCL (the library from the `nvidia-nccl-cu13` wheel), called with ctypes.

One rank per GPU; rank 0 makes NCCL's unique id and MPI carries it to the others (the rendezvous). Calls are
enqueued on the CUDA device's own stream, so they run in order with minic's kernels. NVLink multicast
(NVLS) stays off: NCCL_NVLS_ENABLE=0 is set before NCCL loads. After each call the host waits for it with a
deadline (MINIC_DIST_TIMEOUT): a rank that never joins aborts the communicator and the job instead of hanging.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import glob
import importlib.util
import os

from minic import dtype as dt
from minic.dist.comm import Call, Communicator

NCCL_TYPES = {dt.int8: 0, dt.uint8: 1, dt.int32: 2, dt.int64: 4, dt.float16: 6, dt.float32: 7, dt.bfloat16: 9,
              dt.bool_: 1}
NCCL_SUM, NCCL_MAX = 0, 2
NCCL_IN_PROGRESS = 7


class UniqueId(ctypes.Structure):
    _fields_ = [("internal", ctypes.c_char * 128)]


def find_library() -> str:
    """libnccl.so.2 from the nvidia-nccl wheel (cu13 or cu12 layout), else the system's."""
    spec = importlib.util.find_spec("nvidia")
    for root in (spec.submodule_search_locations or []) if spec else []:
        for pattern in ("cu13/lib/libnccl.so*", "nccl/lib/libnccl.so*"):
            hits = sorted(glob.glob(os.path.join(root, pattern)))
            if hits:
                return hits[0]
    found = ctypes.util.find_library("nccl")
    if found is None:
        from minic.dist.group import DistError
        raise DistError("collectives on CUDA buffers need NCCL: pip install nvidia-nccl-cu13")
    return found


class NCCLCommunicator(Communicator):
    name = "NCCL"

    def __init__(self, group):
        super().__init__(group)
        os.environ["NCCL_NVLS_ENABLE"] = "0"  # before NCCL reads its environment
        from minic.runtime.registry import get_device
        self.dev = get_device("CUDA")
        self.lib = ctypes.CDLL(find_library())
        uid = UniqueId()
        if group.rank == 0:
            self._check(self.lib.ncclGetUniqueId(ctypes.byref(uid)), "ncclGetUniqueId")
        if group.size > 1:  # the rendezvous: rank 0's id to every rank
            raw = group.mpi.bcast(bytes(uid.internal) if group.rank == 0 else None, root=0)
            ctypes.memmove(ctypes.byref(uid), raw, 128)
        self.comm = ctypes.c_void_p()
        self._check(self.lib.ncclCommInitRank(ctypes.byref(self.comm), group.size, uid, group.rank),
                    "ncclCommInitRank")
        self.stream = ctypes.c_void_p(int(self.dev.stream))
        self.event = self.dev.cu.cuEventCreate(0)[1]

    def _check(self, status: int, what: str) -> None:
        if status not in (0, NCCL_IN_PROGRESS):
            self.lib.ncclGetErrorString.restype = ctypes.c_char_p
            msg = self.lib.ncclGetErrorString(status).decode()
            raise self.group.fail(f"{what} failed: NCCL error {status} ({msg})")

    def run(self, call: Call, out, inp, n: int) -> None:
        lib, size = self.lib, self.group.size
        if call.dtype not in NCCL_TYPES:
            from minic.dist.group import DistError
            raise DistError(f"NCCL has no type for {call.dtype.name}: collectives on CUDA take "
                            f"{', '.join(d.name for d in NCCL_TYPES)}")
        kind, t = call.kind, NCCL_TYPES[call.dtype]
        op = NCCL_MAX if call.dtype is dt.bool_ else NCCL_SUM  # a sum of bools is a logical or
        send, recv = ctypes.c_void_p(inp.address), ctypes.c_void_p(out.address)
        if kind == "allreduce":
            status = lib.ncclAllReduce(send, recv, ctypes.c_size_t(n), t, op, self.comm, self.stream)
        elif kind == "allgather":
            status = lib.ncclAllGather(send, recv, ctypes.c_size_t(n), t, self.comm, self.stream)
        else:
            status = lib.ncclReduceScatter(send, recv, ctypes.c_size_t(n // size), t, op, self.comm, self.stream)
        self._check(status, f"nccl {kind}")
        self._wait(call, n)

    def _wait(self, call: Call, n: int) -> None:
        """Wait for the call on the stream, up to the deadline; then abort NCCL and the job."""
        cu = self.dev.cu
        cu.cuEventRecord(self.event, self.dev.stream)
        self.wait(lambda: cu.cuEventQuery(self.event)[0] != cu.CUresult.CUDA_ERROR_NOT_READY, call, n, spins=0,
                  pause=2e-5, give_up=lambda: self.lib.ncclCommAbort(self.comm))
