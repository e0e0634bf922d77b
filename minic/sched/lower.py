"""Lowering: turn a fused kernel graph into loop-IR statements.

The Emitter evaluates a node *at an index*: `value(node, idx)` returns a Val
and emits the statements that compute it. Every statement is placed in the
outermost open loop where all of its index variables exist, so a row
reduction used by every column of a softmax is computed once per row, and a
load that does not depend on a loop never sits inside it. Rules open the
loops (serial, parallel, GPU-thread strided) and decide how reductions are
carried out; the Emitter does the rest for every rule alike.
"""
from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

from minic.dtype import DType, bfloat16, bool_, float16, int32
from minic.ir.node import Node
from minic.ir.symbolic import Expr, Sint, Sym, free_syms, loop_var
from minic.ir.view import contiguous_strides, prod, unravel
from minic.sched.loopir import (
    Acc,
    Alu,
    Cast,
    Const,
    Idx,
    If,
    Let,
    Load,
    Loop,
    LoopKind,
    Ref,
    Store,
    Update,
    Val,
    all_of,
    cond,
    val_syms,
)


class NeedsRealize(Exception):
    """Raised while lowering when fusing `node` would recompute it; fusion cuts there."""

    def __init__(self, node: Node, why: str, path: tuple = ()):
        super().__init__(why)
        self.node, self.why = node, why
        self.path = path  # the nodes being evaluated, kernel root first, `node` last


def reduce_identity(op: str, dtype: DType) -> object:
    if op == "sum":
        return 0.0 if dtype.is_float else 0
    big = float("inf") if dtype.is_float else (2**31 - 1 if dtype.itemsize <= 4 else 2**63 - 1)
    if dtype == bool_:
        big = 1
    return -big if op == "max" else big


class ScopeKind(str, enum.Enum):
    """What opened a scope of the emitter's path: the kernel (ROOT), an output loop (SPATIAL), a reduction's
    loop (REDUCE: values it defines are partial), an If (GUARD: nothing is hoisted above it)."""
    ROOT = "root"
    SPATIAL = "spatial"
    REDUCE = "reduce"
    GUARD = "guard"


@dataclass
class Scope:
    stmts: list
    defined: frozenset  # Syms usable here
    kind: ScopeKind
    stmt: object = None  # the Loop/If this scope is the body of
    cse: dict = None

    def __post_init__(self):
        self.cse = {}


class Emitter:
    def __init__(self, graph, buf_names: dict, reduce_hook: Callable | None = None):
        self.graph = graph
        self.buf_names = buf_names  # id(Buffer) -> parameter name
        self.path = [Scope([], frozenset(graph.var_syms), ScopeKind.ROOT)]
        self.body = self.path[0].stmts
        self.counter = 0
        self.ref_syms: dict[str, set] = {}
        self.reduce_sites: dict[int, tuple] = {}
        self.reduce_hook = reduce_hook  # (emitter, node, idx, guard, scope_index) -> Val | None
        self.stack: list[Node] = []  # value() calls in progress (NeedsRealize reports them)

    # --- structure ------------------------------------------------------------------
    def fresh(self, prefix: str) -> str:
        self.counter += 1
        return f"{prefix}{self.counter}"

    def open_loop(self, name: str, extent: Sint, kind: LoopKind = LoopKind.SERIAL, start: Sint = 0, step: Sint = 1,
                  scope_kind: ScopeKind = ScopeKind.SPATIAL) -> Sint:
        """Open `for name in range(start, extent, step)`; returns the loop variable."""
        var = loop_var(name, extent)
        sym = next(iter(var.terms))[0]
        loop = Loop(sym, extent, kind, [], start, step)
        self.path.append(Scope(loop.body, self.path[-1].defined | {sym}, scope_kind, loop))
        return var

    def open_if(self, condition: Val | None) -> None:
        """Statements after this run only where `condition` holds; nothing is hoisted above it.
        None (a guard that simplified away) is an always-true condition."""
        stmt = If(condition if condition is not None else Const(bool_, True), [])
        self.path.append(Scope(stmt.body, self.path[-1].defined, ScopeKind.GUARD, stmt))

    def define(self, sym: Sym) -> None:
        """Make an index variable (e.g. a GPU thread id) usable from the current scope on."""
        s = self.path[-1]
        s.defined = s.defined | {sym}

    def close(self) -> None:
        scope = self.path.pop()
        self.path[-1].stmts.append(scope.stmt)

    def emit(self, stmt) -> None:
        self.path[-1].stmts.append(stmt)

    def _place(self, syms: set) -> int:
        floor = max(i for i, s in enumerate(self.path) if i == 0 or s.kind == ScopeKind.GUARD)
        for i in range(floor, len(self.path)):
            if syms <= self.path[i].defined:
                return i
        raise AssertionError(f"index variables {syms} are not defined in any open loop")

    def deps(self, v: Val) -> set:
        out = set(val_syms(v))
        stack = [v]
        while stack:
            x = stack.pop()
            if isinstance(x, Ref):
                out |= self.ref_syms.get(x.name, set())
            for child in getattr(x, "srcs", ()) + ((x.src,) if hasattr(x, "src") else ()):
                stack.append(child)
            for attr in ("valid", "dyn"):
                if getattr(x, attr, None) is not None:
                    stack.append(getattr(x, attr))
        return out

    def let(self, val: Val, key=None, prefix: str = "v") -> Val:
        """Bind a value to a name in the outermost scope that can compute it."""
        if isinstance(val, (Const, Idx)):
            return val
        syms = self.deps(val)
        if isinstance(val, Ref):  # already named (a reduction's result): remember it where it lives
            if key is not None:
                self.path[self._place(syms)].cse[key] = val
            return val
        k = self._place(syms)
        name = self.fresh(prefix)
        self.path[k].stmts.append(Let(name, val))
        self.ref_syms[name] = syms
        ref = Ref(val.dtype, name)
        if key is not None:
            self.path[k].cse[key] = ref
        return ref

    # --- values ---------------------------------------------------------------------
    def value(self, node: Node, idx: list, guard: Val | None = None) -> Val:
        key = (node, tuple(idx), guard)
        for scope in reversed(self.path):
            hit = scope.cse.get(key)
            if hit is not None:
                return hit
        self.stack.append(node)
        v = self._value(node, idx, guard)
        self.stack.pop()
        return self.let(v, key)

    @staticmethod
    def is_raw(node: Node) -> bool:
        """A BUFFER or a view of one: raw_load can read it with no arithmetic on the way."""
        return node.op == "BUFFER" or node.op == "VIEW" and node.src[0].op == "BUFFER"

    def raw_load(self, node: Node, idx: list, guard: Val | None = None) -> Val:
        """A BUFFER, or a view of one, at `idx` as stored (a float16 stays float16; reads 0 where `guard` or
        the view's padding says so). value() is this plus the conversion to the compute type; rules that only
        move elements (staging operands in group memory) use it directly."""
        if node.op == "BUFFER":
            buf, lin, valid = node, flat_index(idx, node.shape), []
        else:
            buf, (lin, valid) = node.src[0], node.arg.linear(idx)
        return self.let(Load(buf.dtype, self.buf_names[id(buf.arg)], lin, all_of([guard] + [cond(*c) for c in valid])))

    def _value(self, node: Node, idx: list, guard: Val | None) -> Val:
        op = node.op
        if self.is_raw(node):
            raw = self.raw_load(node, idx, guard)
            return Cast(node.dtype.compute, raw) if node.dtype in (float16, bfloat16) else raw
        if op == "VIEW":
            src, stack = node.src[0], node.arg
            src_idx, valid = stack.index(idx, src.shape)
            ok = all_of([cond(*c) for c in valid])
            inner = self.value(src, src_idx, all_of([guard, ok]))
            if ok is None:
                return inner
            return Alu(inner.dtype, "where", (ok, inner, Const(inner.dtype, _zero(inner.dtype))))
        if op == "CONST":
            if isinstance(node.arg, Expr):  # a symbolic count, read from the bound Vars
                return Cast(node.dtype.compute, Idx(int32, node.arg))
            return Const(node.dtype.compute, node.arg)
        if op == "GATHER":
            table, ids = node.src
            lead = len(ids.shape)
            row = self.value(ids, idx[:lead], guard)
            in_range = all_of([Alu(bool_, "cmple", (Const(int32, 0), row)),
                               Alu(bool_, "cmplt", (row, Idx(int32, table.shape[0])))])
            name = self.buf_names[id(table.arg)]
            raw = self.let(Load(table.dtype, name, flat_index(idx[lead:], table.shape[1:]), all_of([guard, in_range]),
                                row, prod(table.shape[1:])))
            return Cast(table.dtype.compute, raw) if table.dtype in (float16, bfloat16) else raw
        if op == "INDEX":
            v = Idx(int32, idx[node.arg])
            return v if node.dtype == int32 else Cast(node.dtype.compute, v)
        if op == "REDUCE":
            return self._reduce(node, idx, guard)
        srcs = tuple(self.value(s, idx, guard) for s in node.src)
        if op == "cast":
            target: DType = node.arg
            v = Cast(target.compute, srcs[0]) if target.compute == target else \
                Cast(target.compute, Cast(target, srcs[0]))  # round through the half type
            return v
        dtype = bool_ if op.startswith("cmp") else node.dtype.compute
        return Alu(dtype, op, srcs)

    def _reduce(self, node: Node, idx: list, guard: Val | None) -> Val:
        rop, axes = node.arg
        syms = free_syms_all(idx) | (self.deps(guard) if guard is not None else set())
        k = self._place(syms)
        site = tuple(idx)
        prev = self.reduce_sites.setdefault(id(node), site)
        if prev != site:
            raise NeedsRealize(node, "its result is read at two different indices", tuple(self.stack))
        if any(s.kind == ScopeKind.REDUCE for s in self.path[1:k + 1]):
            raise NeedsRealize(node, "it would be recomputed inside another reduction's loop", tuple(self.stack))
        if self.reduce_hook is not None:
            out = self.reduce_hook(self, node, idx, guard, k)
            if out is not None:
                return out
        return self.serial_reduce(node, idx, guard, k)

    def serial_reduce(self, node: Node, idx: list, guard: Val | None, k: int) -> Val:
        rop, axes = node.arg
        src = node.src[0]
        acc_t = node.dtype.compute
        acc = self.fresh("acc")
        self.path[k].stmts.append(Acc(acc, acc_t, Const(acc_t, reduce_identity(rop, acc_t))))
        saved, self.path = self.path, self.path[:k + 1]
        ridx = list(idx)
        for ax in axes:
            ridx[ax] = self.open_loop(self.fresh("r"), src.shape[ax], LoopKind.REDUCE, scope_kind=ScopeKind.REDUCE)
        self.emit(Update(acc, rop, self.value(src, ridx, guard)))
        for _ in axes:
            self.close()
        self.path = saved
        self.ref_syms[acc] = free_syms_all(idx) | (self.deps(guard) if guard is not None else set())
        return Ref(acc_t, acc)

    def store(self, buf: str, index: Sint, val: Val, dtype: DType) -> None:
        if val.dtype != dtype:
            val = Cast(dtype, val)
        self.emit(Store(buf, index, val))


def _zero(dtype: DType) -> object:
    return False if dtype == bool_ else (0.0 if dtype.is_float else 0)


def free_syms_all(idx: list) -> set:
    out: set = set()
    for i in idx:
        out |= free_syms(i)
    return out


def flat_index(idx: list, shape: tuple) -> Sint:
    lin: Sint = 0
    for i, st in zip(idx, contiguous_strides(shape)):
        lin = lin + i * st
    return lin


def output_index(graph, idx: list) -> tuple[Sint, Val | None]:
    """Where element `idx` of the kernel's result is stored (an assign writes through a view)."""
    if graph.out_view is None:
        return flat_index(idx, graph.root.shape), None
    lin, valid = graph.out_view.linear(idx)
    return lin, all_of([cond(*c) for c in valid])


def spatial_dims(shape: tuple) -> list[int]:
    """Dims that need a loop (static size-1 dims are index 0)."""
    return [d for d, s in enumerate(shape) if s != 1]


def unravel_into(flat: Sint, shape: tuple, dims: list[int], idx: list) -> None:
    """Write the row-major unravel of `flat` over `shape[dims]` into idx[dims]."""
    parts = unravel(flat, tuple(shape[d] for d in dims))
    for d, p in zip(dims, parts):
        idx[d] = p

