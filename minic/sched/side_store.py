"""Side stores: a kernel that only copies a view of another kernel's result is done by that kernel instead.

A decode step writes a product's columns into the KV cache (`cache[:, past].assign(qkv[:, c:2c]...)`) and
realizes another slice of it for attention. Each is a kernel of its own that reads what the product just
stored: a launch and a round trip through memory for a few kilobytes. When both are in one schedule
(`minic.realize(q, k_write, v_write)`), fusion (fuse.py) hands the copy to the producing kernel as a
`SideStore`: wherever that kernel stores element `idx` of its result, it stores the same value a second time at
the copy's place, if the copy reads that element at all.

For that the copy's view must be inverted: given a position in the product, which element of the copy reads
it. `SideStore.of` accepts one View without a mask whose strides nest (each dim's elements lie inside one
element of the next-larger stride's dim, within one dim of the product), so every product element is read by
at most one copy element, found by division, and `locate` finds it, per product dim.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.ir.node import Node
from minic.ir.symbolic import Sint, bounds, sdiv, smod
from minic.ir.view import View, ViewStack, contiguous_strides, prod, unravel
from minic.runtime.buffer import Buffer
from minic.sched.lower import flat_index


@dataclass(frozen=True)
class _Part:
    """How the copy walks one dim of the product: the copy dims that step along it, with their strides in that
    dim's units, largest first (none: the copy reads one element along it), from element `start` on."""
    dims: tuple
    steps: tuple
    start: int

    def extent(self, shape: tuple) -> Sint:
        """How many elements of the product dim the walk spans, from `start` (the copy has `shape`)."""
        return sum(((shape[k] - 1) * t for k, t in zip(self.dims, self.steps)), 1)


@dataclass(frozen=True)
class SideStore:
    """A copy of a view of the kernel's result, stored as the kernel stores the result.

    `buffer` receives element `a` of the copy (shape `shape`) at `out_view.linear(a)` (an assign into an existing
    buffer: a KV cache slice) or, when `out_view` is None, at a's row-major position (a buffer of its own).
    `source_node` is the node the copy stood for (its ASSIGN, or the realized view): the schedule reports its
    buffer as that node's. `parts[i]` says how the copy walks dim i of the product (shaped `product_shape`;
    None for a dim of size 1)."""
    buffer: Buffer
    shape: tuple
    out_view: ViewStack | None
    source_node: Node
    product_shape: tuple
    parts: tuple
    name: str = ""  # the copy kernel's name had it stayed one
    scatter: object = None  # a scatter's copy (fuse.Scatter): row a[0] of the copy goes to the row its id names

    @property
    def summary(self) -> str:
        """One line for MINIC_DEBUG and minic.explain."""
        what = "an assign into an existing buffer" if self.out_view is not None else \
            "a scatter of rows" if self.scatter is not None else "a view realized on its own"
        return f"{self.name} [{', '.join(str(s) for s in self.shape)}]: {what}, merged as a side store"

    @staticmethod
    def of(view: View, product_shape: tuple, buffer: Buffer, out_view: ViewStack | None,
           source_node: Node, name: str = "") -> SideStore | None:
        """The side store for a copy reading `view` of a contiguous product of `product_shape`, or None when
        the view cannot be inverted (a mask, a broadcast, overlapping or interleaved strides). A copy dim that
        walks several trailing dims of the product (interleaved RoPE's [rows, heads, d / 2, 2] read as
        [heads, rows, d]) is inverted over the product with those dims merged: the memory is the same."""
        shape = tuple(product_shape)
        for cut in range(len(shape), 0, -1):
            merged = shape[:cut - 1] + (prod(shape[cut - 1:]),)
            if cut < len(shape) and not isinstance(merged[-1], int):
                break
            side = SideStore._inverted(view, merged, buffer, out_view, source_node, name)
            if side is not None:
                return side
        return None

    @staticmethod
    def _inverted(view: View, product_shape: tuple, buffer: Buffer, out_view: ViewStack | None,
                  source_node: Node, name: str) -> SideStore | None:
        strides = contiguous_strides(tuple(product_shape))
        if view.mask is not None or not isinstance(view.offset, int) or \
                not all(isinstance(s, int) for s in strides + view.strides):
            return None
        dims = [k for k, s in enumerate(view.shape) if s != 1]
        if any(view.strides[k] <= 0 for k in dims):
            return None
        table: list = [None] * len(product_shape)
        assigned: list = []
        upper = None  # the stride of the next larger product dim
        for i, size in enumerate(product_shape):
            if size == 1:
                continue
            unit = strides[i]
            mine = sorted((k for k in dims if view.strides[k] >= unit and (upper is None or view.strides[k] < upper)),
                          key=lambda k: -view.strides[k])
            if any(view.strides[k] % unit for k in mine):
                return None
            steps = tuple(view.strides[k] // unit for k in mine)
            part = _Part(tuple(mine), steps, view.offset // unit if upper is None else (view.offset // unit) % size)
            if not _nested(steps, [view.shape[k] for k in mine]):
                return None
            if upper is not None:  # an inner dim: the walk must stay inside it
                if not isinstance(size, int) or bounds(part.start + part.extent(view.shape))[1] > size:
                    return None
            table[i] = part
            assigned += mine
            upper = unit
        if sorted(assigned) != dims:
            return None
        return SideStore(buffer, tuple(view.shape), out_view, source_node, tuple(product_shape), tuple(table), name)

    def locate(self, idx: list, shape: tuple) -> tuple[list, list, Sint, list]:
        """Where the product's element at `idx` (in `shape`: the rule's view of the product, the same elements in
        the same order) is stored by this copy: (conditions on idx, conditions on the copy's coordinates, the
        position in `buffer` (a scatter's: within the row), the copy's coordinates). Each condition is
        (expr, lo, hi): lo <= expr < hi. The first list must hold before the coordinates are computed: they divide
        idx - start, which must not be negative."""
        if tuple(shape) != self.product_shape:
            idx = unravel(flat_index(idx, shape), self.product_shape)
        outer: list = []
        inner: list = []
        coords: list = [0] * len(self.shape)
        for i, part in enumerate(self.parts):
            if part is None:
                continue
            outer.append((idx[i], part.start, part.start + part.extent(self.shape)))
            rest: Sint = idx[i] - part.start
            for n, (k, t) in enumerate(zip(part.dims, part.steps)):
                coords[k] = sdiv(rest, t)
                rest = smod(rest, t)
                if n > 0:
                    inner.append((coords[k], 0, self.shape[k]))
            if part.steps and part.steps[-1] > 1:
                inner.append((rest, 0, 1))
        if self.scatter is not None:
            return outer, inner, flat_index(coords[1:], self.shape[1:]), coords
        if self.out_view is None:
            return outer, inner, flat_index(coords, self.shape), coords
        lin, valid = self.out_view.linear(coords)
        return outer, inner + list(valid), lin, coords

    def key(self, slot: dict) -> tuple:
        """What the rendered kernel depends on, with each buffer as its position among the kernel's buffers
        (`slot`: id(buffer) -> position)."""
        rows = None if self.scatter is None else (slot[id(self.scatter.rows.arg)], self.scatter.shape)
        return (slot[id(self.buffer)], self.buffer.dtype.name, self.shape, self.out_view, self.product_shape,
                self.parts, rows)


def _nested(steps: tuple, extents: list) -> bool:
    """Strides (largest first) whose dims do not overlap: each stride covers the next dim's whole walk."""
    for t, t_next, e_next in zip(steps, steps[1:], extents[1:]):
        if t < t_next * bounds(e_next)[1]:
            return False
    return True


def copy_view(root: Node) -> tuple[View, Node] | None:
    """(the view, the BUFFER node) when a kernel's root only reads a buffer through one unmasked view: a copy."""
    if root.op == "BUFFER":
        return View.contiguous(root.shape), root
    if root.op == "VIEW" and root.src[0].op == "BUFFER" and len(root.arg.views) == 1:
        return root.arg.views[0], root.src[0]
    return None
