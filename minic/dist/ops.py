"""Collectives on lazy tensors: `allreduce` (sum), `allgather`, `reduce_scatter`.

Each is one IR node (ALLREDUCE, ALLGATHER, REDUCE_SCATTER) whose argument is the Group it runs over. The node
itself always works on axis 0 of a contiguous buffer, as every collective library does (a gather stacks the
ranks' buffers, a reduce-scatter hands rank r the r-th block); gathering or scattering along another axis is a
view around the node, so fusion and the rules see plain movement ops.
"""
from __future__ import annotations

from minic.dist.group import Group, world
from minic.errors import ShapeError
from minic.ir.node import Node
from minic.tensor import Tensor


def _axis(t: Tensor, axis: int) -> int:
    if not -t.ndim <= axis < t.ndim:
        raise ShapeError(f"axis {axis} is out of range for a tensor of {t.ndim} dims")
    return axis % t.ndim


def allreduce(t: Tensor, group: Group | None = None) -> Tensor:
    """The elementwise sum of `t` over every rank of the group (a logical or for bool)."""
    g = group or world()
    return t._new(Node("ALLREDUCE", (t.node,), g, t.dtype, t.shape))


def allgather(t: Tensor, axis: int = 0, group: Group | None = None) -> Tensor:
    """Every rank's `t` concatenated along `axis`, in rank order."""
    g, a = group or world(), _axis(t, axis)
    stacked = t._new(Node("ALLGATHER", (t.node,), g, t.dtype, (g.size, *t.shape)))  # [ranks, *shape]
    if a == 0:
        return stacked.reshape(g.size * t.shape[0], *t.shape[1:])
    order = list(range(1, a + 1)) + [0] + list(range(a + 1, t.ndim + 1))
    shape = list(t.shape)
    shape[a] = g.size * shape[a]
    return stacked.permute(*order).reshape(*shape)


def reduce_scatter(t: Tensor, axis: int = 0, group: Group | None = None) -> Tensor:
    """The sum over ranks of `t`, split along `axis` into one block per rank: this rank's block."""
    g, a = group or world(), _axis(t, axis)
    size = t.shape[a]
    if not isinstance(size, int) or size % g.size:
        raise ShapeError(f"reduce_scatter splits dim {a} (size {size}) into {g.size} equal blocks, one per rank: "
                         f"it must be a static multiple of {g.size}")
    front = t if a == 0 else t.permute(a, *[i for i in range(t.ndim) if i != a])
    out_shape = (size // g.size, *front.shape[1:])
    block = t._new(Node("REDUCE_SCATTER", (front.node,), g, t.dtype, out_shape))
    if a == 0:
        return block
    back = list(range(1, a + 1)) + [0] + list(range(a + 1, t.ndim))
    return block.permute(*back)
