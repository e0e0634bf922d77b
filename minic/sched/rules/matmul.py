"""Matmul: a kernel whose one reduction is sum_k A(.., k) * B(k, ..).

Recognised on structure only (see `analyze`): the kernel's single REDUCE(sum)
over one axis K has a `mul` as its source; one operand does not depend on an
axis N (it is broadcast along it), the other does not depend on an axis M, and
the kernel's output is indexed by M and N directly (other axes are batch).
Anything elementwise may sit before the operands (casts, dequantisation) or
after the reduction (bias, gelu, residual): the Emitter computes those at the
indices the micro-kernel asks for.

CPU: a register-blocked micro-kernel. The output is cut into tiles of
`mm_rows` rows x `mm_cols` columns; each tile keeps mm_rows*mm_cols scalar
accumulators that LLVM's SLP vectoriser packs into SIMD registers, loops over
K once (one broadcast of A per row, mm_cols contiguous values of B, FMAs), then
applies the epilogue and stores. Tiles are numbered column-major (all row
tiles of one column panel are consecutive, so each core streams one panel of B
from its L2 at a time) and the tile loop is `parallel`. Tiles that overhang M
or N take a guarded path one row at a time, so any M (also a symbolic n) and
any N are correct. When B is contiguous along K instead of N (x @ W.T, W
[N, K]) the tile keeps a small block of dot products whose K loop LLVM's loop
vectoriser vectorises.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from minic.ir.node import Node, toposort
from minic.ir.symbolic import Expr, Sint, Sym, bounds, free_syms
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Acc, Alu, Const, If, Idx, Load, LoopKernel, Ref, Update, all_of, cond
from minic.sched.lower import output_index, reduce_identity, spatial_dims
from minic.sched.rules.base import Rule
from minic.sched.rules.nest import finish, new_emitter
from minic.sched.target import Target


@dataclass
class Plan:
    """What `analyze` found: axes of the mul (reduce source) and of the output."""
    reduce: Node
    mul: Node
    a: Node  # operand broadcast along n (depends on m, k)
    b: Node  # operand broadcast along m (depends on k, n)
    k: int  # reduce axis, in the mul's shape
    m: Optional[int]  # row axis in the mul's shape (None: no row axis, a vector times a matrix)
    n: int  # column axis in the mul's shape
    out_m: Optional[int]  # output dims indexing m and n
    out_n: int
    batch: list = field(default_factory=list)  # [(mul axis, output dim)]
    b_stride_n: Sint = 0  # element stride of B's load along n (1: contiguous columns)
    b_stride_k: Sint = 0
    a_stride_k: Sint = 0
    a_stride_m: Sint = 0

    @property
    def M(self) -> Sint:
        return 1 if self.m is None else self.mul.shape[self.m]

    @property
    def N(self) -> Sint:
        return self.mul.shape[self.n]

    @property
    def K(self) -> Sint:
        return self.mul.shape[self.k]


def _coeff(index: Sint, sym: Sym) -> Optional[Sint]:
    """The coefficient of `sym` in an affine index (None when it appears non-linearly)."""
    if isinstance(index, int):
        return 0
    out: Sint = 0
    for mono, c in index.terms.items():
        if sym in mono:
            if len(mono) == 1:
                out = out + c
            else:
                rest = [a for a in mono if a != sym]
                if any(not isinstance(a, Sym) for a in rest) or mono.count(sym) > 1:
                    return None
                term: Sint = c
                for a in rest:
                    term = term * Expr({(a,): 1})
                out = out + term
        elif any(not isinstance(a, Sym) and sym in free_syms(Expr({(a,): 1})) for a in mono):
            return None  # sym inside a div/mod
    return out


def _loads(v) -> list:
    out, stack = [], [v]
    while stack:
        x = stack.pop()
        if isinstance(x, Load):
            out.append(x)
        stack.extend(getattr(x, "srcs", ()))
        if hasattr(x, "src"):
            stack.append(x.src)
    return out


def _stride(em, v, sym: Sym) -> Optional[Sint]:
    """Stride along `sym` of the (single) buffer load an operand value is made of; None if unclear."""
    from minic.sched.loopir import Ref as _Ref
    seen, loads, stack = set(), [], [v]
    while stack:  # follow Lets back to their values
        x = stack.pop()
        if isinstance(x, _Ref):
            if x.name in seen:
                continue
            seen.add(x.name)
            for scope_stmts in _all_lets(em):
                if scope_stmts.name == x.name:
                    stack.append(scope_stmts.val)
            continue
        if isinstance(x, Load):
            loads.append(x)
            continue
        stack.extend(getattr(x, "srcs", ()))
        if hasattr(x, "src"):
            stack.append(x.src)
    strides = {_coeff(ld.index, sym) for ld in loads if ld.dyn is None}
    if len(strides) != 1 or any(ld.dyn is not None for ld in loads):
        return None
    return strides.pop()


def _all_lets(em) -> list:
    """Every Let emitted so far (during analysis no scope has been closed yet)."""
    from minic.sched.loopir import Let
    return [s for scope in em.path for s in scope.stmts if isinstance(s, Let)]


def analyze(graph: KernelGraph) -> Plan | str:
    """A Plan when the kernel is a (batched) matmul with elementwise prologue/epilogue, else the reason."""
    try:
        return _analyze(graph)
    except Exception as e:  # a rule never raises: anything unexpected is a decline
        return f"the kernel's structure could not be analysed ({type(e).__name__}: {e})"


def _analyze(graph: KernelGraph) -> Plan | str:
    nodes = toposort([graph.root])
    reduces = [n for n in nodes if n.op == "REDUCE"]
    if len(reduces) != 1:
        return f"it has {len(reduces)} reductions, a matmul has exactly one"
    red = reduces[0]
    rop, axes = red.arg
    if rop != "sum" or len(axes) != 1:
        return "its reduction is not a sum over one axis"
    mul = red.src[0]
    if mul.op != "mul":
        return f"the reduction sums a {mul.op}, not a product"
    if not red.dtype.is_float:
        return "integer matmuls are left to the row reduction"
    k = axes[0]
    # which axes does each operand depend on? lower both at symbolic indices and look
    em, _ = new_emitter(graph)
    idx: list = [0] * len(mul.shape)
    syms: dict = {}
    for d in spatial_dims(mul.shape):
        idx[d] = em.open_loop(f"a{d}", mul.shape[d])
        syms[next(iter(idx[d].terms))[0]] = d
    va, vb = em.value(mul.src[0], idx), em.value(mul.src[1], idx)
    deps_a = {syms[s] for s in em.deps(va) if s in syms}
    deps_b = {syms[s] for s in em.deps(vb) if s in syms}
    if k not in deps_a or k not in deps_b:
        return "one operand of the product does not vary along the reduced axis"
    only_a, only_b = deps_a - deps_b - {k}, deps_b - deps_a - {k}
    if not only_a and not only_b:
        return "neither operand is broadcast along an axis of the other (an elementwise product)"
    if len(only_a) > 1 or len(only_b) > 1:
        return "an operand has more than one axis of its own"
    swap = not only_b  # the operand with its own contiguous column axis becomes B
    if swap:
        va, vb, deps_a, deps_b, only_a, only_b = vb, va, deps_b, deps_a, only_b, only_a
        a_node, b_node = mul.src[1], mul.src[0]
    else:
        a_node, b_node = mul.src[0], mul.src[1]
    m = next(iter(only_a)) if only_a else None
    n = next(iter(only_b))
    inv = {d: s for s, d in syms.items()}
    # pick as N the side that is contiguous along its own axis when both have one
    sb_n = _stride(em, vb, inv[n])
    if m is not None:
        sa_m = _stride(em, va, inv[m])
        if sb_n != 1 and sa_m == 1:
            a_node, b_node, va, vb, m, n = b_node, a_node, vb, va, n, m
            sb_n = sa_m
    plan_strides = dict(b_stride_n=sb_n, b_stride_k=_stride(em, vb, inv[k]), a_stride_k=_stride(em, va, inv[k]),
                        a_stride_m=_stride(em, va, inv[m]) if m is not None else 0)
    # the output must be indexed by the rows and columns directly
    sites: list = []

    def record(em2, node, ridx, guard, kk):
        sites.append(list(ridx))
        return Const(node.dtype.compute, 0.0)

    em2, _ = new_emitter(graph, record)
    oidx: list = [0] * len(graph.root.shape)
    osyms: dict = {}
    for d in spatial_dims(graph.root.shape):
        oidx[d] = em2.open_loop(f"o{d}", graph.root.shape[d])
        osyms[d] = oidx[d]
    em2.value(graph.root, oidx)
    output_index(graph, oidx)
    if len(sites) != 1:
        return "the reduction is read more than once per output element"
    site = sites[0]

    def out_dim(ax: int) -> Optional[int]:
        for d, v in osyms.items():
            if site[ax] == v:
                return d
        return None

    out_n = out_dim(n)
    out_m = out_dim(m) if m is not None else None
    if out_n is None or (m is not None and out_m is None):
        return "the output is not indexed by the product's rows and columns directly"
    batch = []
    used = {out_n, out_m}
    for ax in spatial_dims(mul.shape):
        if ax in (k, m, n):
            continue
        d = out_dim(ax)
        if d is None or d in used:
            return "a batch axis of the product does not map onto one output dim"
        used.add(d)
        batch.append((ax, d))
    if any(d not in used for d in osyms):
        return "the output has dims the product does not have"
    return Plan(red, mul, a_node, b_node, k, m, n, out_m, out_n, batch, **plan_strides)


# --- building ------------------------------------------------------------------------
def _ceil_div(a: Sint, b: int) -> Sint:
    return (a + b - 1) // b


class _Tile:
    """Emit one register tile: accumulators, the K loop, the epilogue and stores."""

    def __init__(self, em, graph: KernelGraph, plan: Plan, base_idx: list, out_base: list):
        self.em, self.graph, self.plan = em, graph, plan
        self.base_idx, self.out_base = base_idx, out_base  # mul-shaped and output-shaped index with batch dims set

    def emit(self, rows: list, cols: list, col_guard: bool, row_guard: Optional[Sint] = None,
             kvector: bool = False) -> None:
        """rows, cols: index expressions of the tile's rows and columns. col_guard: columns may overhang N."""
        em, plan = self.em, self.plan
        acc_t = plan.reduce.dtype.compute
        ident = Const(acc_t, reduce_identity("sum", acc_t))
        accs = {}
        for r in range(len(rows)):
            for c in range(len(cols)):
                name = em.fresh("c")
                em.emit(Acc(name, acc_t, ident))
                accs[(r, c)] = name
        kv = em.open_loop(em.fresh("k"), plan.K, "vector" if kvector else "reduce", scope_kind="reduce")
        avals = []
        for r, row in enumerate(rows):
            idx = list(self.base_idx)
            idx[plan.k] = kv
            if plan.m is not None:
                idx[plan.m] = row
            idx[plan.n] = 0  # A does not depend on n
            avals.append(em.value(plan.a, idx))
        bvals = []
        for c, col in enumerate(cols):
            idx = list(self.base_idx)
            idx[plan.k] = kv
            if plan.m is not None:
                idx[plan.m] = 0  # B does not depend on m
            idx[plan.n] = col
            guard = cond(col, 0, plan.N) if col_guard else None
            bvals.append(em.value(plan.b, idx, guard))
        mul_t = plan.mul.dtype.compute
        for r in range(len(rows)):
            for c in range(len(cols)):
                prod_ = Alu(mul_t, "mul", (avals[r], bvals[c]))
                em.emit(Update(accs[(r, c)], "sum", prod_))
        em.close()
        tile_syms = set()
        for x in rows + cols + list(self.out_base):
            tile_syms |= free_syms(x)
        for name in accs.values():
            em.ref_syms[name] = set(tile_syms)
        # epilogue: the root at each tile element, with the reduction read from its accumulator
        for r, row in enumerate(rows):
            for c, col in enumerate(cols):
                oidx = list(self.out_base)
                if plan.out_m is not None:
                    oidx[plan.out_m] = row
                oidx[plan.out_n] = col
                guards = []
                if col_guard:
                    guards.append(cond(col, 0, plan.N))
                if row_guard is not None:
                    guards.append(cond(row, 0, row_guard))
                g = all_of(guards)
                if g is not None:
                    em.open_if(g)
                acc = accs[(r, c)]
                em.reduce_sites = {}
                em.reduce_hook = lambda em_, node, ridx, guard, kk, acc=acc: Ref(acc_t, acc)
                val = em.value(self.graph.root, oidx)
                index, valid = output_index(self.graph, oidx)
                if valid is not None:
                    em.open_if(valid)
                em.store("b0", index, val, self.graph.output.dtype)
                if valid is not None:
                    em.close()
                if g is not None:
                    em.close()
        em.reduce_hook = None


def params(plan: Plan, target: Target) -> dict:
    """Tile shape for this matmul on this target (see Target.mm_* for the defaults)."""
    lanes = max(1, target.vector_bytes // 4)
    mr, nr = target.mm_rows, target.mm_vectors * lanes
    M = plan.M
    if isinstance(M, int) and M % mr:  # a static M: prefer a tile height that divides it
        for cand in range(mr, max(2, mr // 2) - 1, -1):
            if M % cand == 0:
                mr = cand
                break
    return {"rows": mr, "cols": nr, "lanes": lanes}


def build_cpu(graph: KernelGraph, plan: Plan, target: Target) -> LoopKernel:
    em, bufs = new_emitter(graph)
    p = params(plan, target)
    mr, nr = p["rows"], p["cols"]
    base = [0] * len(plan.mul.shape)
    out_base: list = [0] * len(graph.root.shape)
    for ax, d in plan.batch:  # batch dims: plain loops outside the tiles
        v = em.open_loop(em.fresh("b"), plan.mul.shape[ax])
        base[ax], out_base[d] = v, v
    M, N = plan.M, plan.N
    ntm, ntn = _ceil_div(M, mr), _ceil_div(N, nr)
    t = em.open_loop("t", ntm * ntn, "parallel" if target.cores > 1 else "serial")
    it, jt = t % ntm, t // ntm
    m0, n0 = it * mr, jt * nr
    tile = _Tile(em, graph, plan, base, out_base)
    full = all_of([cond(m0, 0, M - mr + 1) if not _divides(M, mr) else None,
                   cond(n0, 0, N - nr + 1) if not _divides(N, nr) else None])
    if full is not None:
        em.open_if(full)
    tile.emit([m0 + r for r in range(mr)], [n0 + c for c in range(nr)], col_guard=False)
    if full is not None:
        em.close()
        # edge tiles: one row at a time, columns guarded
        em.open_if(Alu(full.dtype, "not", (full,)))
        row = em.open_loop(em.fresh("r"), m0 + mr, "serial", start=m0)
        em.open_if(cond(row, 0, M))
        tile.emit([row], [n0 + c for c in range(nr)], col_guard=True)
        em.close()
        em.close()
        em.close()
    em.close()
    for _ in plan.batch:
        em.close()
    return finish(graph, em, bufs)


def _divides(x: Sint, d: int) -> bool:
    return isinstance(x, int) and x % d == 0


class Matmul(Rule):
    name = "Matmul"

    def why_not(self, graph: KernelGraph, target: Target) -> Optional[str]:
        if target.gpu:
            return "no GPU matmul schedule yet (the row reduction handles it)"
        plan = analyze(graph)
        if isinstance(plan, str):
            return plan
        if plan.m is None:
            return "no row axis: one operand is a single vector (a GEMV)"
        lo, hi = bounds(plan.M)
        if hi <= target.gemv_max_rows:
            return f"at most {hi} rows: a GEMV (GEMV rule) streams the weights better"
        if plan.b_stride_n != 1:
            return "neither operand is contiguous along its own axis"
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        plan = analyze(graph)
        return build_cpu(graph, plan, target)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        p = params(plan, target)
        return (f"matmul M={plan.M} N={plan.N} K={plan.K}: {p['rows']}x{p['cols']} register tiles "
                f"({p['rows'] * p['cols'] // p['lanes']} vector accumulators of {p['lanes']} lanes), tiles "
                f"column-major across {target.cores} cores, edge tiles row by row with guarded columns")
