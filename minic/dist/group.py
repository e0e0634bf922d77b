"""The ranks of a tensor-parallel run and the communicator each device's buffers use.

A `Group` is the set of ranks that take part in collectives (the MPI world by
default). It hands out one communicator per kind of device: MPI (mpi4py) for
host buffers (LLVM, C, PY), NCCL for CUDA buffers. The rendezvous is MPI's
launcher: `mpiexec -n N` starts the ranks, and NCCL's unique id travels over
MPI. A collective that waits longer than MINIC_DIST_TIMEOUT seconds (default
300) for the other ranks raises DistError and aborts the whole job, so a rank
that died or hangs makes the others exit instead of waiting forever.
"""
from __future__ import annotations

import atexit
import os
import sys

from minic.errors import MinicError

HOST_DEVICES = ("LLVM", "C", "PY")
# environment variables an MPI launcher sets in every rank (MPICH/Hydra, Open MPI, PMIx, Slurm's srun)
LAUNCHER_VARS = ("PMI_RANK", "PMI_SIZE", "OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "MPI_LOCALNRANKS", "SLURM_PROCID")


class DistError(MinicError, RuntimeError):
    """A collective failed: no launcher, a rank that did not join in time, a device without a communicator."""


def launched() -> bool:
    """Whether an MPI launcher (mpiexec, mpirun, srun) started this process."""
    return any(v in os.environ for v in LAUNCHER_VARS)


def timeout_seconds() -> float:
    raw = os.environ.get("MINIC_DIST_TIMEOUT", "300")
    try:
        value = float(raw)
    except ValueError:
        raise DistError(f"MINIC_DIST_TIMEOUT must be a number of seconds, got {raw!r}") from None
    if value <= 0:
        raise DistError(f"MINIC_DIST_TIMEOUT must be positive, got {raw!r}")
    return value


def _mpi():
    try:
        from mpi4py import MPI
    except ImportError:
        raise DistError("collectives on host buffers need mpi4py and an MPI library: pip install 'minic[dist]' "
                        "(mpi4py and MPICH)") from None
    return MPI


class Group:
    """Ranks that run collectives together: `rank` of `size`, over an MPI communicator (None: a process started
    without a launcher and without mpi4py, a group of one whose NCCL communicator needs no rendezvous)."""

    def __init__(self, mpi_comm=None):
        self.mpi = mpi_comm
        self.rank, self.size = (mpi_comm.Get_rank(), mpi_comm.Get_size()) if mpi_comm is not None else (0, 1)
        self._communicators: dict = {}

    def __repr__(self) -> str:
        return f"<Group rank {self.rank} of {self.size}>"

    def communicator(self, device: str):
        """The communicator for buffers on `device` (made on first use; NCCL's is a collective call itself)."""
        kind = "MPI" if device in HOST_DEVICES else "NCCL" if device == "CUDA" else None
        if kind is None:
            raise DistError(f"no communicator for {device} buffers: collectives run on host devices "
                            f"({', '.join(HOST_DEVICES)}, over MPI) and on CUDA (over NCCL)")
        comm = self._communicators.get(kind)
        if comm is None:
            if kind == "MPI" and self.mpi is None:
                self.mpi = _mpi().COMM_WORLD  # raises, saying what to install
            if kind == "MPI":
                from minic.dist.mpi import MPICommunicator
                comm = MPICommunicator(self)
            else:
                from minic.dist.nccl import NCCLCommunicator
                comm = NCCLCommunicator(self)
            self._communicators[kind] = comm
        return comm

    def schedule(self, kg, device: str, var_vals: dict):
        """The kernel for a collective kernel graph over this group: the engine asks the node's group (its arg)."""
        from minic.dist.kernel import collective_kernel
        return collective_kernel(kg, device, var_vals)

    def fail(self, message: str) -> DistError:
        """A collective gave up: the error to raise, and the job aborts at exit (MPI_Finalize would wait for the
        rank that never came), so the launcher stops every rank."""
        print(f"minic rank {self.rank}/{self.size}: {message}", file=sys.stderr, flush=True)
        if not _aborting and self.mpi is not None:
            _aborting.append(self)
            atexit.register(lambda: self.mpi.Abort(1))
        return DistError(message)


_aborting: list = []
_world: list = []


def world() -> Group:
    """Every rank the launcher started (one process without a launcher is a group of one)."""
    if not _world:
        try:
            comm = _mpi().COMM_WORLD
        except DistError:
            if launched():
                raise
            comm = None
        _world.append(Group(comm))
    return _world[0]


def init(tp: int) -> Group:
    """The world for a `--tp tp` run: checks that a launcher started exactly `tp` ranks, and pins each rank to
    its own GPU (the rank's place on its host) unless CUDA_VISIBLE_DEVICES already says which."""
    if tp < 1:
        raise DistError(f"--tp must be at least 1, got {tp}")
    if tp > 1 and not launched():
        raise DistError(f"--tp {tp} needs {tp} ranks started by an MPI launcher: run `mpiexec -n {tp} minic "
                        f"generate ... --tp {tp}` (this process was started without one)")
    g = world()
    if g.size != tp:
        raise DistError(f"--tp {tp} needs {tp} ranks, but the launcher started {g.size}: run `mpiexec -n {tp}`")
    if "CUDA_VISIBLE_DEVICES" not in os.environ and g.size > 1:
        local = g.mpi.Split_type(_mpi().COMM_TYPE_SHARED)
        os.environ["CUDA_VISIBLE_DEVICES"] = str(local.Get_rank())
        local.Free()
    return g
