"""Binding Var values to tensors, and the checks a graph passes before it may run.

A tensor carries its Var values (`var_vals`); these functions merge them,
read them off data, and refuse a graph whose Vars are unbound or whose views
would read outside their buffers at the bound values. Kept apart from
minic/tensor.py: none of it builds a graph.
"""
from __future__ import annotations

import numpy as np

from minic.errors import BoundError, IndexOutOfRange, ShapeError
from minic.ir.node import Node
from minic.ir.symbolic import Expr, Sint, Var, bounds, free_syms


def fmt_shape(shape: tuple) -> str:
    """A shape as Python prints a tuple, with Vars by name: (n, 768)."""
    return "(" + ", ".join(str(s) for s in shape) + ("," if len(shape) == 1 else "") + ")"


def merge(a: dict, b: dict) -> dict:
    if not b:
        return a
    if not a:
        return b
    out = dict(a)
    for k, v in b.items():
        if k in out and out[k] != v:
            raise BoundError(f"Var {k!r} is bound to {out[k]} in one operand and {v} in the other")
        out[k] = v
    return out


def shape_arg(shape) -> tuple:
    if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
        shape = tuple(shape[0])
    out = []
    for s in shape:
        if isinstance(s, (int, np.integer)) and not isinstance(s, bool):
            if s < -1:
                raise ShapeError(f"negative dim {s} in shape {tuple(shape)}")
            out.append(int(s))
        elif isinstance(s, Expr):
            out.append(s)
        else:
            raise ShapeError(f"shape entries must be ints or Vars, got {s!r} in {tuple(shape)}")
    return tuple(out)


def bind_from_data(shape: tuple, actual: tuple) -> dict:
    if len(shape) != len(actual):
        raise ShapeError(f"data has shape {actual} but shape {fmt_shape(shape)} was given")
    vals: dict = {}
    for i, (s, a) in enumerate(zip(shape, actual)):
        if isinstance(s, int):
            if s != a:
                raise ShapeError(f"data dim {i} is {a}, expected {s}")
        elif isinstance(s, Var):
            s.check(a)
            if vals.get(s.name, a) != a:
                raise BoundError(f"Var {s.name!r} is {vals[s.name]} in one dim and {a} in another")
            vals[s.name] = a
        else:
            raise ShapeError(f"dim {i} of a data-bound shape must be an int or a plain Var, got {s}")
    return vals


def graph_syms(node: Node) -> set:
    from minic.sched.fuse import view_syms
    syms: set = set()
    for n in node.toposort():
        for s in n.shape:
            syms |= free_syms(s)
        if n.op == "VIEW" or n.op == "ASSIGN":
            syms |= view_syms(n.arg)
        if n.op == "CONST" and isinstance(n.arg, Expr):
            syms |= free_syms(n.arg)
    return syms


def check_in(x: Sint, lo: int, size: Sint, what: str, upper_inclusive: bool) -> None:
    """Reject an index that is out of range for every value of its Vars; the rest is
    checked with the bound values when the graph runs (see check_views)."""
    xlo, xhi = bounds(x)
    if xhi < lo:
        raise IndexOutOfRange(f"{what}: {x} is at most {xhi}, below {lo}")
    slack = (Expr.of(size) - x) if not isinstance(size, int) or not isinstance(x, int) else size - x
    if bounds(slack)[1] < (0 if upper_inclusive else 1):
        raise IndexOutOfRange(f"{what}: {x} always exceeds the dim (at least {xlo}, dim {size})")


def check_ready(node: Node, var_vals: dict) -> bool:
    """Every Var bound and every view in bounds: what a graph needs before it may run. Returns whether the
    graph has Vars at all (without them, a graph that passed once always passes: see engine.realize)."""
    syms = graph_syms(node)
    missing = sorted(s.name for s in syms if s.name not in var_vals)
    if missing:
        raise BoundError(f"Var{'s' if len(missing) > 1 else ''} {', '.join(missing)} "
                         f"{'are' if len(missing) > 1 else 'is'} not bound; use .bind({missing[0]}=...)")
    check_views(node, var_vals)
    return bool(syms)


def check_views(node: Node, var_vals: dict) -> None:
    """Every view must stay inside its source at the bound Var values: a kernel never reads
    or writes out of bounds, whatever the binding."""
    from minic.engine import concrete, numel
    from minic.ir.view import reach
    for n in node.toposort():
        if n.op not in ("VIEW", "ASSIGN"):
            continue
        src = n.src[0]
        for v in n.arg.views:
            dims = concrete(v.shape, var_vals)
            if any(d < 0 for d in dims):  # a slice that starts past its dim's end at these values
                raise IndexOutOfRange(
                    f"a view of shape {fmt_shape(v.shape)} is {fmt_shape(tuple(dims))} at "
                    f"{', '.join(f'{k}={x}' for k, x in sorted(var_vals.items()))}: a slice starts past the end of "
                    f"its dim; it was created at {n.site}")
        sizes = [numel(src.shape, var_vals)] + [numel(v.shape, var_vals) for v in n.arg.views[:-1]]
        for v, size in zip(n.arg.views, sizes):
            r = reach(v, var_vals)
            if r is not None and (r[0] < 0 or r[1] >= size):
                raise IndexOutOfRange(
                    f"a view of shape {fmt_shape(v.shape)} reads elements {r[0]}..{r[1]} of a tensor with {size} "
                    f"(shape {fmt_shape(src.shape)}) at {', '.join(f'{k}={x}' for k, x in sorted(var_vals.items()))}; "
                    f"it was created at {n.site}")


def slice_bounds(k: slice, size: Sint, dim: int) -> tuple:
    st = 1 if k.step is None else k.step
    if not isinstance(st, int) or st <= 0:
        raise IndexOutOfRange(f"slice step must be a positive int, got {k.step!r}")
    b, e = k.start, k.stop
    if isinstance(size, int) and all(isinstance(v, (int, type(None))) for v in (b, e)):
        b, e, _ = slice(b, e, st).indices(size)
        return b, max(e, b), st
    b = 0 if b is None else b
    e = size if e is None else e
    for v in (b, e):
        if isinstance(v, int) and v < 0:
            raise IndexOutOfRange(f"negative slice bound {v} into symbolic dim {size}")
    check_in(e, 0, size, f"slice end for dim {dim} of size {size}", upper_inclusive=True)
    return b, e, st
