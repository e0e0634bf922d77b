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
tiles of one column panel are consecutive) and the column loop is `parallel`.
With a static K, each core first packs its column panel of B (K x mm_cols, the
prologue applied) into contiguous stack scratch, whichever way B is laid out,
and every row tile reads that: weight rows N floats apart would put each K
step on another page. Tiles that overhang M or N take a guarded path one row at
a time, so any M (also a symbolic n) and any N are correct. Without packing,
when B is contiguous along K (x @ W.T, W [N, K]) the tile keeps a small block
of dot products whose K loop LLVM's loop vectoriser vectorises.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import NamedTuple

from minic.ir.node import Node, toposort
from minic.ir.symbolic import Div, Expr, Mod, Sint, Sym, bounds, free_syms
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Acc,
    Alu,
    Const,
    Idx,
    Let,
    Load,
    LocalArray,
    LoopKernel,
    Ref,
    Store,
    Update,
    all_of,
    cond,
)
from minic.sched.lower import output_index, reduce_identity, spatial_dims
from minic.sched.rules.base import Rule, is_disabled
from minic.sched.rules.nest import finish, masked_operand, new_emitter, store_reduced
from minic.sched.target import Target


@dataclass
class Plan:
    """What `analyze` found: axes of the mul (reduce source) and of the output."""
    reduce: Node
    mul: Node
    a: Node  # operand broadcast along n (depends on m, k)
    b: Node  # operand broadcast along m (depends on k, n)
    k: int  # reduce axis, in the mul's shape
    m: int | None  # row axis in the mul's shape (None: no row axis, a vector times a matrix)
    n: int  # column axis in the mul's shape
    out_m: int | None  # output dims indexing m and n
    out_n: int
    batch: list = field(default_factory=list)  # [(mul axis, output dim)]
    b_stride_n: Sint = 0  # element stride of B's load along n (1: contiguous columns)
    b_stride_k: Sint = 0
    a_stride_k: Sint = 0
    a_stride_m: Sint = 0
    k_split: tuple = ()  # the K loop's cut into blocks (see k_split): the strides above are within the innermost

    @property
    def M(self) -> Sint:
        return 1 if self.m is None else self.mul.shape[self.m]

    @property
    def N(self) -> Sint:
        return self.mul.shape[self.n]

    @property
    def K(self) -> Sint:
        return self.mul.shape[self.k]


def _coeff(index: Sint, sym: Sym) -> Sint | None:
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


def _stride(em, v, sym: Sym) -> Sint | None:
    """Element stride along `sym` of the buffer loads an operand value is made of (None: not one affine stride)."""
    lets = {s.name: s.val for scope in em.path for s in scope.stmts if isinstance(s, Let)}  # nothing closed yet
    seen, loads, stack = set(), [], [v]
    while stack:  # follow Refs back to their Lets
        x = stack.pop()
        if isinstance(x, Ref):
            if x.name not in seen and x.name in lets:
                seen.add(x.name)
                stack.append(lets[x.name])
        elif isinstance(x, Load):
            loads.append(x)
        else:
            stack.extend(getattr(x, "srcs", ()))
            if hasattr(x, "src"):
                stack.append(x.src)
    if not loads or any(ld.dyn is not None for ld in loads):
        return None
    strides = {_coeff(ld.index, sym) for ld in loads}
    moving = strides - {0}  # a per-row scale or a bias along another axis does not decide the layout
    if not moving:
        return 0
    return moving.pop() if len(moving) == 1 else None


def _atoms(x: Sint):
    """Every floor division and modulo inside an index expression, nested ones too."""
    if isinstance(x, int):
        return
    for mono in x.terms:
        for a in mono:
            if not isinstance(a, Sym):
                yield a
                yield from _atoms(a.num)


def _index_exprs(em, v):
    """The integer index expressions an operand value is computed from (load indices, arange values)."""
    lets = {s.name: s.val for scope in em.path for s in scope.stmts if isinstance(s, Let)}
    seen, stack = set(), [v]
    while stack:
        x = stack.pop()
        if isinstance(x, Ref):
            if x.name not in seen and x.name in lets:
                seen.add(x.name)
                stack.append(lets[x.name])
            continue
        if isinstance(x, Load):
            yield x.index
        elif isinstance(x, Idx):
            yield x.expr
        stack.extend(getattr(x, "srcs", ()))
        stack.extend(getattr(x, a) for a in ("src", "valid", "dyn") if getattr(x, a, None) is not None)


def _run(atom, sym: Sym) -> tuple | None:
    """(run, slope) of an index atom in k: within aligned runs of `run` consecutive k it is affine in k with that
    slope (k % 32: runs of 32, slope 1; k // 32: runs of 32, slope 0; (k % 32) // 16: runs of 16, slope 0).
    None when k enters it other than linearly."""
    if not isinstance(atom.den, int):
        return None
    run, slope = 0, 0
    for mono, c in Expr.of(atom.num).terms.items():
        if not mono or sym not in free_syms(Expr({mono: 1})):
            continue
        if len(mono) != 1 or not isinstance(c, int):
            return None
        if mono[0] == sym:
            slope += c
            continue
        inner = _run(mono[0], sym)
        if inner is None:
            return None
        run, slope = math.gcd(run, inner[0]), slope + c * inner[1]
    if slope:
        run = math.gcd(run, atom.den // math.gcd(slope, atom.den))
    return run, (0 if isinstance(atom, Div) and not isinstance(atom, Mod) else slope)


def k_split(em, vals: list, sym: Sym, K: Sint) -> tuple:
    """How to cut the K loop so that every index of the operands is affine in the innermost loop: a packed
    weight indexes its codes and scales with k // 32, (k % 32) // 16, k % 16 and the like (the format's blocks
    and bit planes). Returns (block, run), e.g. (32, 16) for GGUF's Q4_0: k = kb * 32 + plane offset + l with
    l < 16, inside which the loads are plain strides (contiguous vector loads); () when the indices are affine
    already or the cut does not fit K."""
    block, run = 1, 0
    for v in vals:
        for e in _index_exprs(em, v):
            if isinstance(e, int):
                continue
            for mono in e.terms:
                for atom in mono:
                    if isinstance(atom, Sym) or sym not in free_syms(Expr({(atom,): 1})):
                        continue
                    r = _run(atom, sym)
                    if r is None or r[0] == 0:
                        return ()
                    run = math.gcd(run, r[0])
                    if _coeff(atom.num, sym):  # a direct division of k: the block the pattern repeats with
                        block = math.lcm(block, atom.den)
    if run <= 1 or not isinstance(K, int) or K % block or block % run:
        return ()
    return (block, run)


def _affine_in(em, vals: list, sym: Sym) -> bool:
    """No index of `vals` has `sym` inside a division or modulo."""
    return not any(sym in free_syms(a.num) for v in vals for e in _index_exprs(em, v) for a in _atoms(e))


def open_k(em, K: Sint, split: tuple, kind: str, prefix: str = "k") -> Sint:
    """Open the K loop: one `kind` loop, or with a split (see k_split) a serial loop over the blocks and the `kind`
    loop over a run's positions, whose body then takes each bit plane at k + offset for the offsets of
    `k_planes` (written out, so a loaded byte of codes serves all its planes and the vector loop stays
    innermost); close with close_k."""
    if not split:
        return em.open_loop(em.fresh(prefix), K, kind, scope_kind="reduce")
    k = em.open_loop(em.fresh(prefix + "b"), K // split[0], "serial", scope_kind="reduce") * split[0]
    return k + em.open_loop(em.fresh(prefix), split[-1], kind, scope_kind="reduce")


def k_planes(split: tuple) -> list:
    """Offsets of the runs of a block (the bit planes) for a split (block, run): [0] without a split."""
    return list(range(0, split[0], split[1])) if split else [0]


def close_k(em, split: tuple) -> None:
    for _ in range(2 if split else 1):
        em.close()


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
    em, va, vb, syms = _lower_operands(graph, mul, k, ())
    split = k_split(em, [va, vb], next(s for s, d in syms.items() if d == k), mul.shape[k])
    if split:  # strides are read within the innermost run of K
        em2, va2, vb2, syms2 = _lower_operands(graph, mul, k, split)
        inner = next(s for s, d in syms2.items() if d == k)
        if _affine_in(em2, [va2, vb2], inner):  # affine inside every run: use it
            em, va, vb, syms = em2, va2, vb2, syms2
        else:
            split = ()
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
    plan_strides = dict(k_split=split, b_stride_n=sb_n, b_stride_k=_stride(em, vb, inv[k]),
                        a_stride_k=_stride(em, va, inv[k]),
                        a_stride_m=_stride(em, va, inv[m]) if m is not None else 0)
    # the output must be indexed by the rows and columns directly
    sites: list = []

    def record(em2, node, ridx, guard, kk):
        if list(ridx) not in sites:  # an epilogue may read the result several times at one index (gelu)
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

    def out_dim(ax: int) -> int | None:
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


def _lower_operands(graph: KernelGraph, mul: Node, k: int, split: tuple) -> tuple:
    """Both operands of the product at loop indices (K cut by `split`, see open_k); the loop symbols map to the
    mul's axes (the innermost K symbol stands for K)."""
    em, _ = new_emitter(graph)
    idx: list = [0] * len(mul.shape)
    syms: dict = {}
    for d in spatial_dims(mul.shape):
        idx[d] = open_k(em, mul.shape[d], split, "serial", f"a{d}") if d == k else em.open_loop(f"a{d}", mul.shape[d])
        syms[em.path[-1].stmt.var] = d  # K's: the position in a run
    va, vb = em.value(mul.src[0], idx), em.value(mul.src[1], idx)
    for off in k_planes(split)[1:]:  # every plane must be affine in the run too (k_split checks them all)
        at = list(idx)
        at[k] = idx[k] + off
        va = Alu(va.dtype, "add", (va, em.value(mul.src[0], at)))
        vb = Alu(vb.dtype, "add", (vb, em.value(mul.src[1], at)))
    return em, va, vb, syms


# --- building ------------------------------------------------------------------------
def _ceil_div(a: Sint, b: int) -> Sint:
    return (a + b - 1) // b


def _divides(x: Sint, d: int) -> bool:
    return isinstance(x, int) and x % d == 0


def style(plan: Plan) -> str | None:
    """outer: B contiguous along N (x @ W): broadcast A, vector loads of B rows, SLP packs the tile.
    dot: B contiguous along K (x @ W.T): packed like outer when it fits (mm_params), else the K loop is
    vectorised, one vector dot product per tile element."""
    if plan.b_stride_n == 1:
        return "outer"
    if plan.b_stride_k == 1:
        return "dot"
    return None


class Panel(NamedTuple):
    """A core's packed column panel of B (K x width, zeros past N) and the rows x width tile its row tiles hand
    their sums to the epilogue through (see Tile.epilogue_from_scratch)."""
    array: str
    width: int
    sums: str


class Tile:
    """Emit one register tile: accumulators, the K loop, the epilogue and stores."""

    def __init__(self, em, graph: KernelGraph, plan: Plan, base_idx: list, out_base: list):
        self.em, self.graph, self.plan = em, graph, plan
        self.base_idx, self.out_base = base_idx, out_base  # mul-shaped and output-shaped index, batch dims set

    def emit(self, rows: list, cols: list, col_guard: bool, kkind: str, panel: Panel | None = None) -> None:
        """rows, cols: index expressions of the tile's rows and columns (all rows exist);
        col_guard: columns may overhang N; kkind: the K loop's kind; panel: B's columns cols[0].. packed by
        pack_panel, read instead of B."""
        em, plan = self.em, self.plan
        acc_t = plan.reduce.dtype.compute
        ident = Const(acc_t, reduce_identity("sum", acc_t))
        accs = {}
        for r in range(len(rows)):
            for c in range(len(cols)):
                name = em.fresh("c")
                em.emit(Acc(name, acc_t, ident))
                accs[(r, c)] = name
        k0 = open_k(em, plan.K, plan.k_split, kkind)
        mul_t = plan.mul.dtype.compute
        for kv in (k0 + off for off in k_planes(plan.k_split)):
            avals, bvals = [], []
            for row in rows:
                idx = list(self.base_idx)
                idx[plan.k] = kv
                if plan.m is not None:
                    idx[plan.m] = row
                idx[plan.n] = 0  # A does not depend on n
                avals.append(em.value(plan.a, idx))
            for c, col in enumerate(cols):
                if panel is not None:
                    bvals.append(Load(acc_t, panel.array, kv * panel.width + c))
                    continue
                idx = list(self.base_idx)
                idx[plan.k] = kv
                if plan.m is not None:
                    idx[plan.m] = 0  # B does not depend on m
                idx[plan.n] = col
                bvals.append(em.value(plan.b, idx, cond(col, 0, plan.N) if col_guard else None))
            for r in range(len(rows)):
                for c in range(len(cols)):
                    em.emit(Update(accs[(r, c)], "sum", Alu(mul_t, "mul", (avals[r], bvals[c]))))
        close_k(em, plan.k_split)
        tile_syms: set = set()
        for x in list(rows) + list(cols) + list(self.out_base):
            tile_syms |= free_syms(x)
        for name in accs.values():
            em.ref_syms[name] = set(tile_syms)
        if panel is not None:
            self.epilogue_from_scratch(rows, cols, col_guard, accs, panel.sums)
            return
        # epilogue: the root at each tile element, with the reduction read from its accumulator
        for r, row in enumerate(rows):
            for c, col in enumerate(cols):
                self.store(row, col, Ref(acc_t, accs[(r, c)]), col_guard)

    def store(self, row: Sint, col: Sint, total, col_guard: bool) -> None:
        """The epilogue and store of output (row, col) from the reduction's value `total`."""
        oidx = list(self.out_base)
        if self.plan.out_m is not None:
            oidx[self.plan.out_m] = row
        oidx[self.plan.out_n] = col
        store_reduced(self.em, self.graph, oidx, total, cond(col, 0, self.plan.N) if col_guard else None)

    def epilogue_from_scratch(self, rows: list, cols: list, col_guard: bool, accs: dict, scratch: str) -> None:
        """The accumulators go to a row-major tile in scratch, and the epilogue runs as a vector loop over each
        row. Written per element, LLVM's SLP vectoriser regroups the K loop's accumulators to suit the epilogue
        (bias, residual) and gathers and spills inside that loop: 2.5x (static rows) to 35x (symbolic rows) slower
        on the packed micro-kernel."""
        em, acc_t = self.em, self.plan.reduce.dtype.compute
        for (r, c), name in accs.items():
            em.emit(Store(scratch, r * len(cols) + c, Ref(acc_t, name)))
        for r, row in enumerate(rows):
            cv = em.open_loop(em.fresh("c"), len(cols), "vector")
            self.store(row, cols[0] + cv, Load(acc_t, scratch, r * len(cols) + cv), col_guard)
            em.close()


def mm_params(plan: Plan, target: Target) -> dict:
    """Register tile of the Matmul path on this target (defaults: Target.mm_*)."""
    lanes = max(1, target.vector_bytes // 4)
    st = style(plan)
    mr, vecs = target.mm_rows, target.mm_vectors
    K = bounds(plan.K)[1]
    while vecs > 1 and K * vecs * lanes * 4 > target.mm_l2_bytes // 2:  # a long K: narrower panel, taller tile
        vecs, mr = vecs // 2, mr * 2
    nr = _fit(plan.N, vecs * lanes, lanes)
    M = plan.M
    if isinstance(M, int) and M % mr:  # a static M: prefer a tile height that divides it
        for cand in range(mr, max(2, mr // 2) - 1, -1):
            if M % cand == 0:
                mr = cand
                break
    # packing spreads column tiles over the cores: only for a static width with a tile for every core (a
    # weight), not for the attention products whose width is the symbolic context length
    pack = isinstance(plan.K, int) and plan.K * nr * 4 <= target.mm_pack_bytes and isinstance(plan.N, int) and \
        _ceil_div(plan.N, nr) >= target.cores
    if st == "dot" and not pack:  # B's K-contiguous rows read as they are: vector dot products along K
        return {"style": st, "rows": target.mm_dot_rows, "cols": target.mm_dot_cols, "lanes": lanes,
                "kkind": "vector", "pack": False}
    return {"style": st, "rows": mr, "cols": nr, "lanes": lanes, "kkind": "novector", "pack": pack}


# dot products per task when B is packed (a quantized weight): its dequant holds codes and scales in registers
# too; on AVX2 (16 registers) the hot loop of Q4_0 / Q8_0 spills 87 / 35 times with 8 columns, 16 / 0 with 4
PACKED_DOT_COLS = 4


def gemv_params(plan: Plan, target: Target, graph: KernelGraph | None = None) -> dict:
    """Tile of the GEMV path: all rows at once, a wide strip of columns (defaults: Target.gemv_*)."""
    lanes = max(1, target.vector_bytes // 4)
    st = style(plan)
    if st == "dot":
        cols = min(target.gemv_dot_cols, PACKED_DOT_COLS) if plan.k_split else target.gemv_dot_cols
        return {"style": st, "cols": cols, "lanes": lanes, "kkind": "vector"}
    if target.gemv_stream and graph is not None and can_stream(graph, plan):
        N = bounds(plan.N)[1]
        block = _ceil_div(_ceil_div(N, 2 * target.cores), lanes) * lanes  # two blocks per core
        block = max(4 * lanes, min(block, target.gemv_stream_cols))
        return {"style": "stream", "block": block, "lanes": lanes, "kkind": "serial"}
    return {"style": st, "cols": _fit(plan.N, target.gemv_vectors * lanes, lanes), "lanes": lanes,
            "kkind": "novector"}


def _fit(N: Sint, cols: int, lanes: int) -> int:
    """Tile width: `cols`, or fewer whole vectors when a static N is narrower."""
    if isinstance(N, int) and N < cols:
        return max(lanes, _ceil_div(N, lanes) * lanes) if N > lanes else N
    return cols


def emit_matmul_tiles(em, tile: Tile, plan: Plan, p: dict, parallel: bool, locals_: list) -> None:
    """All (row tile, column tile) pairs, column-major, across cores. With p["pack"], a core first copies its
    column tile's K x width panel of B into contiguous scratch (the prologue applied once per element) and runs
    every row tile against it: a weight row is N floats apart in memory, so without the copy each K step of a
    micro-kernel lands on another page, out of reach of the prefetchers."""
    mr, nr, M, N = p["rows"], p["cols"], plan.M, plan.N
    ntm, ntn = _ceil_div(M, mr), _ceil_div(N, nr)
    kind = "parallel" if parallel else "serial"
    panel = None
    if p["pack"]:
        j = em.open_loop(em.fresh("t"), ntn, kind)
        n0 = j * nr
        panel = pack_panel(em, tile, plan, n0, (mr, nr), locals_)
        m0 = em.open_loop(em.fresh("i"), ntm) * mr
    else:
        t = em.open_loop(em.fresh("t"), ntm * ntn, kind)
        m0, n0 = (t % ntm) * mr, (t // ntm) * nr
    full = all_of([None if _divides(M, mr) else cond(m0, 0, M - mr + 1),
                   None if _divides(N, nr) else cond(n0, 0, N - nr + 1)])
    if full is not None:
        em.open_if(full)
    tile.emit([m0 + r for r in range(mr)], [n0 + c for c in range(nr)], False, p["kkind"], panel)
    if full is not None:
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))  # an edge tile: row by row, columns guarded
        row = em.open_loop(em.fresh("r"), m0 + mr, "serial", start=m0)
        em.open_if(cond(row, 0, M))
        tile.emit([row], [n0 + c for c in range(nr)], not _divides(N, nr), p["kkind"], panel)
        em.close()
        em.close()
        em.close()
    em.close()
    if panel is not None:
        em.close()


def pack_panel(em, tile: Tile, plan: Plan, n0: Sint, shape: tuple, locals_: list) -> Panel:
    """B[:, n0:n0 + width] into a K x width scratch array in compute precision (the prologue applied once)."""
    acc_t = plan.reduce.dtype.compute
    rows, width = shape
    panel = Panel(em.fresh("Bp"), width, em.fresh("Ct"))
    locals_ += [LocalArray(panel.array, acc_t, plan.K * width), LocalArray(panel.sums, acc_t, rows * width)]
    kv = em.open_loop(em.fresh("k"), plan.K)
    c = em.open_loop(em.fresh("c"), width, "vector")
    idx = list(tile.base_idx)
    idx[plan.k], idx[plan.n] = kv, n0 + c
    if plan.m is not None:
        idx[plan.m] = 0
    inside = None if _divides(plan.N, width) else cond(n0 + c, 0, plan.N)
    em.emit(Store(panel.array, kv * width + c, masked_operand(em, plan.b, idx, [inside], acc_t)))
    em.close()
    em.close()
    return panel


def can_stream(graph: KernelGraph, plan: Plan) -> bool:
    """The streaming GEMV accumulates in the output buffer itself: it must hold float32 results in
    plain row-major order, and the epilogue must not read it."""
    acc_t = plan.reduce.dtype.compute
    return (graph.out_view is None and graph.output.dtype == acc_t and acc_t.is_float
            and all(b is not graph.output for b in graph.inputs))


def emit_gemv_stream(em, tile: Tile, plan: Plan, p: dict, rows: int, parallel: bool) -> None:
    """x @ W with W [K, N] row-major: each task owns a block of columns and walks K, reading one
    contiguous stretch of each weight row per step; the partial sums live in the output rows
    (in L1), updated by a vectorised loop, and the epilogue rewrites them in place at the end.
    Full blocks run unguarded; the last block (N not a multiple) guards its columns."""
    N, bw = plan.N, p["block"]
    t = em.open_loop(em.fresh("t"), _ceil_div(N, bw), "parallel" if parallel else "serial")
    if _divides(N, bw):
        _stream_block(em, tile, plan, rows, t, bw, False)
    else:
        full = cond(t * bw, 0, N - bw + 1)
        em.open_if(full)
        _stream_block(em, tile, plan, rows, t, bw, False)
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))
        _stream_block(em, tile, plan, rows, t, bw, True)
        em.close()
    em.close()


def _stream_block(em, tile: Tile, plan: Plan, rows: int, t: Sint, bw: int, guarded: bool) -> None:
    graph, N = tile.graph, plan.N
    acc_t, mul_t = plan.reduce.dtype.compute, plan.mul.dtype.compute
    row_idx = list(range(rows)) if plan.m is not None else [0]

    def open_columns() -> Sint:
        c = em.open_loop(em.fresh("c"), bw, "vector")
        n = t * bw + c
        if guarded:
            em.open_if(cond(n, 0, N))
        return n

    def close_columns() -> None:
        em.close()
        if guarded:
            em.close()

    def out_at(row, n) -> tuple:
        oidx = list(tile.out_base)
        if plan.out_m is not None:
            oidx[plan.out_m] = row
        oidx[plan.out_n] = n
        return oidx, output_index(graph, oidx)[0]

    n = open_columns()
    for row in row_idx:
        em.emit(Store("b0", out_at(row, n)[1], Const(acc_t, reduce_identity("sum", acc_t))))
    close_columns()
    kv = em.open_loop(em.fresh("k"), plan.K, "serial", scope_kind="reduce")
    avals = []
    for row in row_idx:
        idx = list(tile.base_idx)
        idx[plan.k], idx[plan.n] = kv, 0
        if plan.m is not None:
            idx[plan.m] = row
        avals.append(em.value(plan.a, idx))
    n = open_columns()
    idx = list(tile.base_idx)
    idx[plan.k], idx[plan.n] = kv, n
    if plan.m is not None:
        idx[plan.m] = 0
    bval = em.value(plan.b, idx)
    for row, a in zip(row_idx, avals):
        at = out_at(row, n)[1]
        em.emit(Store("b0", at, Alu(acc_t, "add", (Load(acc_t, "b0", at), Alu(mul_t, "mul", (a, bval))))))
    close_columns()
    em.close()
    n = open_columns()
    for row in row_idx:
        oidx, at = out_at(row, n)
        partial = em.let(Load(acc_t, "b0", at))
        em.reduce_sites = {}
        em.reduce_hook = lambda em_, node, ridx, guard, kk, partial=partial: partial
        em.store("b0", at, em.value(graph.root, oidx), graph.output.dtype)
    em.reduce_hook = None
    close_columns()


def emit_gemv(em, tile: Tile, plan: Plan, p: dict, rows: int, parallel: bool) -> None:
    """`rows` rows (all of them) times a strip of columns per task; tasks across cores."""
    if p.get("block"):
        emit_gemv_stream(em, tile, plan, p, rows, parallel)
        return
    nr, N = p["cols"], plan.N
    t = em.open_loop(em.fresh("t"), _ceil_div(N, nr), "parallel" if parallel else "serial")
    n0 = t * nr
    row_idx = list(range(rows)) if plan.m is not None else [0]
    full = None if _divides(N, nr) else cond(n0, 0, N - nr + 1)
    if full is not None:
        em.open_if(full)
    tile.emit(row_idx, [n0 + c for c in range(nr)], False, p["kkind"])
    if full is not None:
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))
        tile.emit(row_idx, [n0 + c for c in range(nr)], True, p["kkind"])
        em.close()
    em.close()


def build_cpu(graph: KernelGraph, plan: Plan, target: Target, gemv_only: bool) -> LoopKernel:
    em, bufs = new_emitter(graph)
    locals_: list = []
    parallel = target.cores > 1
    base = [0] * len(plan.mul.shape)
    out_base: list = [0] * len(graph.root.shape)
    for ax, d in plan.batch:  # batch dims: plain loops outside the tiles
        v = em.open_loop(em.fresh("bat"), plan.mul.shape[ax])
        base[ax], out_base[d] = v, v
    tile = Tile(em, graph, plan, base, out_base)
    M = plan.M
    lo, hi = bounds(M)
    G = 0 if (not gemv_only and is_disabled("GEMV")) else target.gemv_max_rows  # ablation drops the branch
    if isinstance(M, int) and M <= G:
        emit_gemv(em, tile, plan, gemv_params(plan, target, graph), M, parallel)
    else:
        # a symbolic row count branches at run time: exact-size GEMV tiles for few rows
        for r in range(max(lo, 1), min(hi, G) + 1):
            em.open_if(cond(M, r, r + 1))
            emit_gemv(em, tile, plan, gemv_params(plan, target, graph), r, parallel)
            em.close()
        if not gemv_only and hi > G:
            big = cond(M, G + 1, hi + 1) if lo <= G else None
            if big is not None:
                em.open_if(big)
            emit_matmul_tiles(em, tile, plan, mm_params(plan, target), parallel, locals_)
            if big is not None:
                em.close()
    for _ in plan.batch:
        em.close()
    return finish(graph, em, bufs, locals=locals_)


def decline_common(plan, target: Target) -> str | None:
    if isinstance(plan, str):
        return plan
    if style(plan) is None:
        return "neither operand is contiguous along the columns or along K"
    return None


from minic.sched.rules.gpu_matmul import build_gpu_matmul, gpu_mm_fits, gpu_mm_params  # noqa: E402 (uses Plan)
from minic.sched.rules.gpu_small_batch import small_batch_rows, with_small_batch  # noqa: E402


def small_batch_text(plan: Plan, target: Target) -> str:
    """The GPU small-batch branch, for `describe` (empty when the kernel has none)."""
    rows = small_batch_rows(plan, target)
    return "" if rows is None else f"; when {plan.M} <= {rows} at run time: the GEMV schedule, in the same kernel"


class Matmul(Rule):
    name = "Matmul"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        plan = analyze(graph)
        reason = decline_common(plan, target)
        if reason is not None:
            return reason
        if plan.m is None:
            return "no row axis: one operand is a single vector (a GEMV)"
        lo, hi = bounds(plan.M)
        if hi <= target.gemv_max_rows and not is_disabled("GEMV"):
            return f"at most {hi} rows (<= gemv_max_rows={target.gemv_max_rows}): a GEMV"
        if target.gpu:
            return gpu_mm_fits(target)
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        plan = analyze(graph)
        if target.gpu:
            return with_small_batch(graph, plan, target, build_gpu_matmul(graph, plan, target))
        return build_cpu(graph, plan, target, gemv_only=False)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        if target.gpu:
            p = gpu_mm_params(target, plan)
            return (f"matmul M={plan.M} N={plan.N} K={plan.K}: {p['tile']}x{p['tile']} output tiles per group of "
                    f"{p['threads']} threads ({p['per']}x{p['per']} outputs each), A and B staged through group "
                    f"memory {p['depth']} K at a time; edges masked" + small_batch_text(plan, target))
        p = mm_params(plan, target)
        text = (f"matmul M={plan.M} N={plan.N} K={plan.K} ({p['style']}): {p['rows']}x{p['cols']} register tiles, "
                f"K loop {p['kkind']}, tiles column-major across {target.cores} cores, edge tiles row by row"
                + (f"; each column tile's K x {p['cols']} panel of B packed per core" if p["pack"] else "")
                + split_text(plan))
        lo, hi = bounds(plan.M)
        if not isinstance(plan.M, int) and lo <= target.gemv_max_rows and not is_disabled("GEMV"):
            text += (f"; when {plan.M} <= {target.gemv_max_rows} at run time: GEMV path "
                     f"({gemv_text(plan, target, graph)})")
        return text


def split_text(plan: Plan) -> str:
    """The K loop's cut, for `describe` (empty when K is one loop)."""
    if not plan.k_split:
        return ""
    block, run = plan.k_split
    planes = f" ({block // run} x {run})" if block != run else ""
    return (f"; K in blocks of {block}{planes} to follow the packed operand's blocks: its dequant runs in the K loop,"
            f" contiguous loads inside")


def gemv_text(plan: Plan, target: Target, graph: KernelGraph) -> str:
    g = gemv_params(plan, target, graph)
    if g["style"] == "stream":
        return (f"stream: blocks of {g['block']} columns per task, partial sums in the output rows, "
                f"one contiguous stretch of each weight row per K step")
    if g["style"] == "dot":
        return f"dot: {g['cols']} vectorised dot products along K per task"
    return f"outer: all rows x {g['cols']} columns in registers per task"
