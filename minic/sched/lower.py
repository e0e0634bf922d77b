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
import operator
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from minic.dtype import DType, bfloat16, bool_, float16, int32
from minic.ir.node import Node
from minic.ir.symbolic import Expr, Sint, Sym, free_syms, loop_var, smod
from minic.ir.view import contiguous_strides, prod, unravel
from minic.sched.loopir import (
    Acc,
    Alu,
    BufParam,
    Cast,
    Const,
    Idx,
    If,
    Let,
    Load,
    Loop,
    LoopKernel,
    LoopKind,
    Ref,
    Store,
    Update,
    Val,
    WideLoad,
    all_of,
    cond,
    val_syms,
)


class NeedsRealize(Exception):
    """Raised while lowering when fusing `node` would recompute it; fusion cuts there."""

    def __init__(self, node: Node, why: str, path: tuple = (), lift: bool = True):
        super().__init__(why)
        self.node, self.why = node, why
        self.path = path  # the nodes being evaluated, kernel root first, `node` last
        self.lift = lift  # cut above the elementwise ops on `path` (Fuser.lift); else where `node`'s own chain ends


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


class LoweringError(AssertionError):
    """A rule used the emitter wrongly (a value whose loops are unknown, a scope left open): a bug in the rule."""


COMPARE = {"cmplt": operator.lt, "cmple": operator.le, "cmpeq": operator.eq, "cmpne": operator.ne}
WIDE_LOAD_BYTES = (4, 8, 16)  # the wide loads a renderer with them has (Target.wide_copy_bytes: its largest)


class Emitter:
    """Builds one kernel's loop IR. Rules open loops and guards, ask for values, declare accumulators and named
    results, and store the output through these methods; the scopes, the loop variables each named value depends
    on and the buffer names are the emitter's own (a value placed in the wrong loop would compute garbage
    silently, so only the emitter places values)."""

    def __init__(self, graph, reduce: Callable | None = None, second_site: Callable[[Node], bool] | None = None):
        """Buffers are parameters b0 (the output), b1.. (the inputs, in graph.buffers order). `reduce`: how the
        kernel carries out a reduction, (emitter, node, idx, guard, level) -> Val, or None to fall back to a
        serial loop (serial_reduce). `second_site(reduction)`: whether this kernel may compute a reduction at a
        second index (default: the ones fusion let it, KernelGraph.partnered: RoPE reading a product's column and
        its partner's); any other read at two indices is the recompute hazard."""
        self.graph = graph
        writes = len(graph.writes)
        self.params = [BufParam(f"b{i}", b.dtype, i < writes) for i, b in enumerate(graph.buffers)]
        self._buf_names = {id(b): p.name for b, p in zip(graph.buffers, self.params)}
        self._written = {p.name for p in self.params if p.writable}
        self._path = [Scope([], frozenset(graph.var_syms), ScopeKind.ROOT)]
        self.body = self._path[0].stmts
        self.counter = 0
        self._ref_syms: dict[str, set] = {}  # a named value -> the index variables it depends on
        self._reduce_sites: dict[int, list] = {}  # id(reduction) -> the distinct indices it was read at
        self._strategy = reduce
        self._second_site = second_site or (lambda node: node in graph.partnered)
        self.stack: list[Node] = []  # value() calls in progress (NeedsRealize reports them)
        self._wide: dict[tuple, tuple] = {}  # (buffer, element, guard) -> (scope, its value) from a wide load
        self._wide_names: set[str] = set()  # the WideLoads' names
        #                                     (run_values) in that scope
        self._reads: list | None = None  # the buffer elements a probe's walk reads (_probe_reads)

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
        self._path.append(Scope(loop.body, self._path[-1].defined | {sym}, scope_kind, loop))
        return var

    def open_if(self, condition: Val | None) -> None:
        """Statements after this run only where `condition` holds; nothing is hoisted above it.
        None (a guard that simplified away) is an always-true condition."""
        stmt = If(condition if condition is not None else Const(bool_, True), [])
        self._path.append(Scope(stmt.body, self._path[-1].defined, ScopeKind.GUARD, stmt))

    def define(self, sym: Sym) -> None:
        """Make an index variable (e.g. a GPU thread id) usable from the current scope on."""
        s = self._path[-1]
        s.defined = s.defined | {sym}

    def close(self) -> None:
        if len(self._path) == 1:
            raise LoweringError("close() with no loop or guard open")
        scope = self._path.pop()
        self._path[-1].stmts.append(scope.stmt)

    def emit(self, stmt) -> None:
        self._path[-1].stmts.append(stmt)

    def level(self) -> int:
        """The innermost open scope, as a level a reduction strategy receives (0: the kernel's top)."""
        return len(self._path) - 1

    def loop_sym(self) -> Sym:
        """The variable of the innermost open loop."""
        stmt = self._path[-1].stmt
        if not isinstance(stmt, Loop):
            raise LoweringError("loop_sym(): the innermost open scope is not a loop")
        return stmt.var

    @contextmanager
    def at_level(self, level: int):
        """Emit into the scope at `level` (an outer loop: where a reduction's accumulator and loop belong) as if
        the scopes inside it were not open; they are back afterwards. Loops opened inside must be closed inside."""
        saved, self._path = self._path, self._path[:level + 1]
        try:
            yield
            if len(self._path) != level + 1:
                raise LoweringError(f"at_level({level}) left {len(self._path) - level - 1} scope(s) open")
        finally:
            self._path = saved

    def finish(self, **launch) -> LoopKernel:
        """The kernel: its buffers, Vars and body (launch: gpu=, specials=, global_size=, ... as LoopKernel)."""
        if len(self._path) != 1:
            raise LoweringError(f"finish() with {len(self._path) - 1} loop(s) or guard(s) still open")
        return LoopKernel(self.graph.name, self.params, list(self.graph.var_syms), self.body, **launch)

    def bindings(self) -> dict:
        """name -> value of every Let in the open scopes (for rules that inspect how an operand is computed)."""
        return {s.name: s.val for scope in self._path for s in scope.stmts if isinstance(s, Let)}

    def leaves(self, v: Val) -> Iterator[Load | Idx]:
        """The buffer loads and index values `v` is computed from, through the named values it reads (for rules that
        inspect an operand: its layout, its index arithmetic, the buffers to prefetch)."""
        lets = self.bindings()
        seen, stack = set(), [v]
        while stack:
            x = stack.pop()
            if isinstance(x, Ref):
                if x.name not in seen and x.name in lets:
                    seen.add(x.name)
                    stack.append(lets[x.name])
                continue
            if isinstance(x, (Load, Idx)):
                yield x
            stack.extend(getattr(x, "srcs", ()))
            stack.extend(getattr(x, a) for a in ("src", "valid", "dyn") if getattr(x, a, None) is not None)

    def loads(self, v: Val) -> list[Load]:
        """The buffer loads `v` is computed from (see leaves)."""
        return [x for x in self.leaves(v) if isinstance(x, Load)]

    def buffer_name(self, node: Node) -> str:
        """The kernel parameter a BUFFER node, or a view of one, reads."""
        buf = node if node.op == "BUFFER" else node.src[0]
        return self._buf_names[id(buf.arg)]

    @property
    def output(self) -> str:
        """The kernel parameter the result is stored into."""
        return self.params[0].name

    # --- placing values ----------------------------------------------------------------
    def _place(self, syms: set) -> int:
        floor = max(i for i, s in enumerate(self._path) if i == 0 or s.kind == ScopeKind.GUARD)
        for i in range(floor, len(self._path)):
            if syms <= self._path[i].defined:
                return i
        raise LoweringError(f"index variables {syms} are not defined in any open loop")

    def deps(self, v: Val) -> set:
        """The index variables `v` depends on (through the named values it reads)."""
        out = set(val_syms(v))
        stack = [v]
        while stack:
            x = stack.pop()
            if isinstance(x, Ref):
                syms = self._ref_syms.get(x.name)
                if syms is None:
                    raise LoweringError(f"{x.name} is not a value this emitter named (use accumulator() or named() "
                                        f"for values a rule computes itself)")
                out |= syms
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
                self._path[self._place(syms)].cse[key] = val
            return val
        k = self._place(syms)
        name = self.fresh(prefix)
        self._path[k].stmts.append(Let(name, val))
        self._ref_syms[name] = syms
        ref = Ref(val.dtype, name)
        if key is not None:
            self._path[k].cse[key] = ref
        return ref

    def accumulator(self, dtype: DType, op: str = "sum", prefix: str = "c") -> str:
        """Declare an accumulator here, starting at `op`'s identity; returns its name (Update it, read it as a
        Ref after its loops). Its value belongs to this scope: nothing that reads it is hoisted above it."""
        name = self.fresh(prefix)
        self.emit(Acc(name, dtype, Const(dtype, reduce_identity(op, dtype))))
        self._ref_syms[name] = set(self._path[-1].defined)
        return name

    def named(self, val: Val, prefix: str = "row", name: str | None = None) -> Ref:
        """Bind `val` to a name (fresh, or `name` from fresh() earlier) right here, not hoisted: a warp shuffle,
        a read of group memory after a barrier must stay where the rule put it; reads of it stay here too."""
        name = name or self.fresh(prefix)
        self.emit(Let(name, val))
        self._ref_syms[name] = set(self._path[-1].defined)
        return Ref(val.dtype, name)

    # --- values ---------------------------------------------------------------------
    def value(self, node: Node, idx: list, guard: Val | None = None) -> Val:
        key = (node, tuple(idx), guard)
        for scope in reversed(self._path):
            hit = scope.cse.get(key)
            if hit is not None:
                return hit
        self.stack.append(node)
        v = self._value(node, idx, guard)
        self.stack.pop()
        return self.let(v, key)

    def precompute(self, node: Node, idx: list, guard: Val | None = None) -> None:
        """Evaluate `node` at `idx` now, so that the reductions inside it are computed here (each in the outermost
        scope its index allows, by the rule's strategy) and later reads at the same index reuse them: a product's
        prologue (a norm's statistics) before its K loop opens. A rule that unrolls rows reads one reduction at
        each row, which is not the recompute hazard `_reduce` reports to fusion, so that check is off here."""
        with self._reducing(self._strategy):
            self.value(node, idx, guard)

    def reduction_sites(self, node: Node, idx: list, guard: Val | None = None) -> dict[int, list]:
        """id(reduction) -> the index it is read at, for each reduction that reading `node` at `idx` reaches (a
        reduction read only inside another's source is not reached). Nothing is emitted: a rule asks this to
        compute the reductions its own way (rules/linear_prologue.py), then reads them with value_given."""
        sites: dict[int, list] = {}

        def record(em, red: Node, ridx: list, g, level: int) -> Val:
            sites.setdefault(id(red), list(ridx))
            return Const(red.dtype.compute, 0.0)
        with self.taken_back(), self._reducing(record):
            self.value(node, idx, guard)
        return sites

    @contextmanager
    def taken_back(self):
        """A walk that emits nothing: what it emitted, remembered (CSE entries, elements named from wide loads)
        and named (the counter) meanwhile goes when it ends."""
        marks = [(scope, len(scope.stmts), dict(scope.cse)) for scope in self._path]
        saved = self.counter, dict(self._wide), set(self._wide_names)
        try:
            yield
        finally:
            self.counter, self._wide, self._wide_names = saved
            for scope, length, cse in marks:
                del scope.stmts[length:]
                scope.cse = cse

    def value_given(self, node: Node, idx: list, guard: Val | None, given: Callable[[Node, list], Val]) -> Val:
        """`node` at `idx`, each reduction inside it taken as given(reduction, its index): the rule computed them."""
        with self._reducing(lambda em, red, ridx, g, level: given(red, ridx)):
            return self.value(node, idx, guard)

    @contextmanager
    def _reducing(self, strategy: Callable | None):
        """Reductions carried out by `strategy` meanwhile, and read at one index each (the check of _reduce) counted
        afresh: the rule that asks reads each row's at its own index."""
        saved = self._strategy, self._reduce_sites
        self._strategy, self._reduce_sites = strategy, {}
        try:
            yield
        finally:
            self._strategy, self._reduce_sites = saved

    @staticmethod
    def is_raw(node: Node) -> bool:
        """A BUFFER or a view of one: raw_load can read it with no arithmetic on the way."""
        return node.op == "BUFFER" or node.op == "VIEW" and node.src[0].op == "BUFFER"

    def raw_load(self, node: Node, idx: list, guard: Val | None = None) -> Val:
        """A BUFFER, or a view of one, at `idx` as stored (a float16 stays float16; reads 0 where `guard` or
        the view's padding says so). value() is this plus the conversion to the compute type; rules that only
        move elements (staging operands in group memory) use it directly."""
        return self._load(*self._address(node, idx, guard))

    def _load(self, dtype: DType, name: str, lin: Sint, full_guard: Val | None) -> Val:
        """Element `lin` of buffer `name`: one Load per element of a buffer the kernel only reads."""
        key = None if name in self._written else ("load", name, lin, full_guard)
        for scope in reversed(self._path if key else ()):
            if key in scope.cse:
                return scope.cse[key]
        return self.let(Load(dtype, name, lin, full_guard), key)

    def _address(self, node: Node, idx: list, guard: Val | None) -> tuple:
        """(dtype, buffer, element, guard) of raw `node` at `idx` (a probe's walk records it: _probe_reads)."""
        if node.op == "BUFFER":
            buf, lin, valid = node, flat_index(idx, node.shape), []
        else:
            buf, (lin, valid) = node.src[0], node.arg.linear(idx)
        out = (buf.dtype, self._buf_names[id(buf.arg)], lin, all_of([guard] + [cond(*c) for c in valid]))
        if self._reads is not None:
            self._reads.append(out)
        return out

    def is_wide(self, name: str) -> bool:
        """Whether `name` is a WideLoad emitted so far (its elements read as Loads of that name)."""
        return name in self._wide_names

    def _live_wide(self, key: tuple) -> bool:
        """Is element `key` in the registers of a wide load whose scope is still open?"""
        scope = self._wide.get(key, (None,))[0]
        return any(s is scope for s in self._path)

    def _raw_value(self, node: Node, idx: list, guard: Val | None) -> Val:
        """Raw `node` at `idx` in the compute type: from the registers of a wide load run_values made, or loaded."""
        dtype, name, lin, full_guard = self._address(node, idx, guard)
        if not self._live_wide((name, lin, full_guard)):
            return _computed(dtype, self._load(dtype, name, lin, full_guard))
        scope, hit = self._wide[(name, lin, full_guard)]
        if not isinstance(hit, Ref) and self._reads is None:  # first read: named here, after its wide load
            hit = self.named(_computed(dtype, hit), prefix="e")
            self._wide[(name, lin, full_guard)] = (scope, hit)
        return hit if isinstance(hit, Ref) else _computed(dtype, hit)

    def run_values(self, node: Node, at: Callable[[int], list], count: int, guard: Val | None,
                   wide_bytes: int, run: int | None = None) -> list[Val]:
        """`node` at at(0), ..., at(count - 1), in the compute type, its buffers read by wide loads where they
        can be: within each `run` consecutive positions (default: all `count`), the elements a buffer of `node`
        is read at there (each once: the codes byte a packed weight's bit planes share) are read as loads of up
        to `wide_bytes` (4, 8 or 16 bytes) where they are consecutive in memory, start on a multiple of the load
        and share the one guard. Emitted here in the open loop; the rest is read an element at a time. A GPU
        GEMV's thread reads its runs of a weight row this way, float or packed: a memory-bound kernel that loads
        an element at a time keeps too few bytes in flight."""
        run = run or count
        if wide_bytes and count % run == 0:
            for first in range(0, count, run):
                self._load_wide(self._probe_reads(node, [at(j) for j in range(first, first + run)], guard),
                                guard, wide_bytes)
        return [self.value(node, at(j), guard) for j in range(count)]

    def _probe_reads(self, node: Node, sites: list, guard: Val | None) -> list[tuple]:
        """(dtype, buffer, element, guard) of each buffer element reading `node` at `sites` loads, in order;
        nothing is emitted (taken_back), no reduction computed."""
        saved, self._reads = self._reads, []
        try:
            with self.taken_back(), self._reducing(lambda em, red, ridx, g, level: Const(red.dtype.compute, 0.0)):
                for idx in sites:
                    self.value(node, idx, guard)
            return self._reads
        finally:
            self._reads = saved

    def _load_wide(self, reads: list[tuple], guard: Val | None, wide_bytes: int) -> None:
        """Wide loads for `reads` (see run_values), their elements entered in self._wide for _raw_value."""
        elements: dict[tuple, list] = {}  # (buffer, dtype) -> its distinct elements, in the order read
        for dtype, name, lin, g in reads:
            lins = elements.setdefault((name, dtype), [])
            if g == guard and lin not in lins and not self._live_wide((name, lin, g)):
                lins.append(lin)
        for (name, dtype), lins in elements.items():
            width = min(len(lins), wide_bytes // dtype.itemsize)
            if width < 2 or len(lins) % width or width * dtype.itemsize not in WIDE_LOAD_BYTES:
                continue
            chunks = [lins[i:i + width] for i in range(0, len(lins), width)]
            if not all(one_load(c) for c in chunks):
                continue
            for chunk in chunks:
                wide = self.fresh("w")
                self.emit(WideLoad(wide, name, chunk[0], width, dtype, guard))
                self._wide_names.add(wide)
                for i, lin in enumerate(chunk):
                    self._wide[(name, lin, guard)] = (self._path[-1], Load(dtype, wide, i))

    @classmethod
    def raw_source(cls, node: Node) -> Node | None:
        """The raw view (see is_raw) that `node` reads as it is or through one cast; None for anything else."""
        if cls.is_raw(node):
            return node
        return node.src[0] if node.op == "cast" and cls.is_raw(node.src[0]) else None

    def _value(self, node: Node, idx: list, guard: Val | None) -> Val:
        op = node.op
        if self.is_raw(node):
            return self._raw_value(node, idx, guard)
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
            name = self._buf_names[id(table.arg)]
            raw = self.let(Load(table.dtype, name, flat_index(idx[lead:], table.shape[1:]), all_of([guard, in_range]),
                                row, prod(table.shape[1:])))
            return _computed(table.dtype, raw)
        if op == "INDEX":
            v = Idx(int32, idx[node.arg])
            return v if node.dtype == int32 else Cast(node.dtype.compute, v)
        if op == "REDUCE":
            return self._reduce(node, idx, guard)
        if op == "where":  # a condition known here (a bit plane's select, written out per plane) reads one side
            known = _known(self.value(node.src[0], idx, guard))
            if known is not None:
                return self.value(node.src[1 if known else 2], idx, guard)
        srcs = tuple(self.value(s, idx, guard) for s in node.src)
        if op == "cast":
            return self._cast(node.arg, srcs[0])
        if op in COMPARE and None not in (known := [_known(v) for v in srcs]):
            return Const(bool_, COMPARE[op](*known))
        dtype = bool_ if op.startswith("cmp") else node.dtype.compute
        return Alu(dtype, op, srcs)

    @staticmethod
    def _cast(target: DType, v: Val) -> Val:
        """`v` cast to `target`, as the loop IR computes it (in target's compute type, rounded through a half
        type on the way)."""
        return Cast(target.compute, v) if target.compute == target else Cast(target.compute, Cast(target, v))

    def _reduce(self, node: Node, idx: list, guard: Val | None) -> Val:
        syms = free_syms_all(idx) | (self.deps(guard) if guard is not None else set())
        k = self._place(syms)
        site = tuple(idx)
        sites = self._reduce_sites.setdefault(id(node), [])
        if site not in sites:
            sites.append(site)
        inside = any(s.kind == ScopeKind.REDUCE for s in self._path[1:k + 1])
        if len(sites) > 1 and (inside or len(sites) > 2 or not self._second_site(node)):
            # (the ops on the way to one read do not lead to the other: cut where the reduction's chain ends)
            raise NeedsRealize(node, "its result is read at two different indices", tuple(self.stack), lift=False)
        if inside:
            raise NeedsRealize(node, "it would be recomputed inside another reduction's loop", tuple(self.stack))
        if self._strategy is not None:
            out = self._strategy(self, node, idx, guard, k)
            if out is not None:
                return out
        return self.serial_reduce(node, idx, guard, k)

    def serial_reduce(self, node: Node, idx: list, guard: Val | None, level: int) -> Val:
        """The reduction `node` at `idx` as a serial loop in the scope at `level`."""
        rop, axes = node.arg
        src = node.src[0]
        acc_t = node.dtype.compute
        with self.at_level(level):
            acc = self.accumulator(acc_t, rop, "acc")
            ridx = list(idx)
            for ax in axes:
                ridx[ax] = self.open_loop(self.fresh("r"), src.shape[ax], LoopKind.REDUCE,
                                          scope_kind=ScopeKind.REDUCE)
            self.emit(Update(acc, rop, self.value(src, ridx, guard)))
            for _ in axes:
                self.close()
        self._ref_syms[acc] = free_syms_all(idx) | (self.deps(guard) if guard is not None else set())
        return Ref(acc_t, acc)

    def store_output(self, idx: list, live: Val | None = None, val: Val | None = None,
                     reduced: Val | dict | None = None, guard: Val | None = None) -> None:
        """Store the kernel's result at output index `idx`: `val` when the rule computed it already, else the root
        at `idx`, with the kernel's one reduction read from `reduced` when given (an accumulator the rule
        computed itself: a register tile, a warp's sum; the epilogue, e.g. bias and activation, runs on it), or
        each of its reductions from `reduced[node]` (sibling products computed side by side; a tuple for one the
        epilogue reads at two indices, KernelGraph.partnered: its sums in the order the epilogue reads them).
        `live` (if any) is one more condition on the store alone (the value must be safe to compute
        everywhere); `guard` encloses computing the value too (an epilogue's bias at column n is only in bounds
        where it holds)."""
        if guard is not None:
            self.open_if(guard)
        if reduced is not None:
            read_at: dict = {}  # id(reduction) -> the indices the epilogue read it at so far

            def pick(em, node: Node, ridx: list, *_) -> Val:
                got = reduced[node] if isinstance(reduced, dict) else reduced
                if not isinstance(got, tuple):
                    return got
                seen = read_at.setdefault(id(node), [])
                if tuple(ridx) not in seen:
                    seen.append(tuple(ridx))
                return got[seen.index(tuple(ridx))]
            saved, self._strategy, self._reduce_sites = self._strategy, pick, {}
            try:
                val = self.value(self.graph.root, idx)
            finally:
                self._strategy = saved
        elif val is None:
            val = self.value(self.graph.root, idx)
        index, valid = output_index(self.graph, idx)
        valid = all_of([live, valid])
        if valid is not None:
            self.open_if(valid)
        dtype = self.graph.output.dtype
        val = val if val.dtype == dtype else Cast(dtype, val)
        if self.graph.side_stores:
            val = self.let(val)
        if self.graph.scatter is None:
            self.emit(Store(self.output, index, val))
        else:
            self._scatter(self.output, self.graph.scatter, idx[:1], index, val)
        for side in self.graph.side_stores:
            self._side_store(side, idx, val)
        if valid is not None:
            self.close()
        if guard is not None:
            self.close()

    def _side_store(self, side, idx: list, val: Val) -> None:
        """Store the result's element at `idx` a second time where a merged copy of it goes (side_store.py), if
        the copy reads that element."""
        outer, inner, index, coords = side.locate(idx, self.graph.root.shape)
        guards = [g for g in (all_of([cond(*c) for c in conds]) for conds in (outer, inner)) if g is not None]
        for g in guards:
            self.open_if(g)
        buf = self._buf_names[id(side.buffer)]
        if side.scatter is None:
            self.emit(Store(buf, index, val))
        else:
            self._scatter(buf, side.scatter, coords[:1], index, val)
        for _ in guards:
            self.close()

    def _scatter(self, buf: str, scatter, row_idx: list, index: Sint, val: Val) -> None:
        """Store a scatter's element at `index` within row `row_idx` of its values into the row of `buf` that its
        row-id buffer names (read here, inside the store's guards), where that id is in range: -1 (or any id
        outside the output) writes nothing."""
        rows, shape = scatter.rows, scatter.shape
        row = self.value(rows, row_idx)
        self.open_if(all_of([Alu(bool_, "cmple", (Const(int32, 0), row)),
                             Alu(bool_, "cmplt", (row, Idx(int32, shape[0])))]))
        self.emit(Store(buf, index, val, row, prod(shape[1:])))
        self.close()

    def output_at(self, idx: list) -> Load:
        """The value stored in the output at output index `idx` (a rule that accumulates in the output itself)."""
        return Load(self.graph.output.dtype, self.output, self._plain_output_index(idx))

    def accumulate_output(self, idx: list, val: Val) -> None:
        """Store `val` at output index `idx` as it is (a partial sum, an identity), in the compute type."""
        self.emit(Store(self.output, self._plain_output_index(idx), val))

    def _plain_output_index(self, idx: list) -> Sint:
        if self.graph.scatter is not None:  # fuse.py realizes a scatter's values: its kernel never reduces
            raise LoweringError("a scatter kernel has no reduction to accumulate in its output")
        return output_index(self.graph, idx)[0]


def _computed(dtype: DType, stored: Val) -> Val:
    """An element loaded as `dtype` stores it, in the type the loop IR computes in (half types widen)."""
    return Cast(dtype.compute, stored) if dtype in (float16, bfloat16) else stored


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


def _known(v: Val) -> object:
    """The value of `v` where it is a constant (an index known here, e.g. a written-out bit plane), else None."""
    if isinstance(v, Const):
        return v.value
    return v.expr if isinstance(v, Idx) and isinstance(v.expr, int) else None


def aligned_run(node: Node, run: list[list]) -> Sint | None:
    """Where the elements of raw `node` (a BUFFER or a view of one) at the indices `run` start in its buffer, when
    they can move as one wide load: consecutive in memory, none in the view's padding, the first on a multiple of
    len(run) elements (the buffer itself starts aligned: device allocations are). None otherwise."""
    lins = []
    for idx in run:
        if node.op == "BUFFER":
            lin, valid = flat_index(idx, node.shape), []
        else:
            lin, valid = node.arg.linear(idx)
        if valid:
            return None
        lins.append(lin)
    return lins[0] if one_load(lins) else None


def one_load(lins: list) -> bool:
    """Are the elements `lins` of a buffer consecutive, the first on a multiple of their count (one wide load)?"""
    return smod(lins[0], len(lins)) == 0 and all(b - a == 1 for a, b in zip(lins, lins[1:]))


def output_index(graph, idx: list) -> tuple[Sint, Val | None]:
    """Where element `idx` of the kernel's result is stored (an assign writes through a view; a scatter's index
    is within its row, and Emitter.store_output adds the row)."""
    if graph.scatter is not None:
        return flat_index(idx[1:], graph.root.shape[1:]), None
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

