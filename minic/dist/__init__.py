"""Tensor-parallel inference: collectives as IR nodes, communicators chosen by device, Megatron sharding.

    from minic import dist
    y = dist.allreduce(x)                 # ALLREDUCE node: a fusion boundary, run by MPI or NCCL
    logits = dist.allgather(part, axis=-1)

Run the ranks with an MPI launcher: `mpiexec -n 2 minic generate ... --tp 2`. docs/distributed.md has the
whole story: across hosts, what scales, the cost model.
"""
from minic.dist.group import DistError, Group, init, launched, world
from minic.dist.ops import allgather, allreduce, reduce_scatter

__all__ = ["DistError", "Group", "init", "launched", "world", "allgather", "allreduce", "reduce_scatter"]
