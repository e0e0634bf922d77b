"""Matmul: a kernel whose one reduction is sum_k A(.., k) * B(k, ..), as matmul_plan.analyze recognises it.

Anything elementwise may sit before the operands (casts, dequantisation) or
after the reduction (bias, gelu, residual): the Emitter computes those at the
indices the micro-kernel asks for. This file holds the CPU schedule (and the
GEMV rule's CPU path, gemv.py); the GPU schedules are gpu_matmul.py,
gpu_small_batch.py and gpu_mma.py, all on the same Plan.

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

from typing import NamedTuple

from minic.ir.symbolic import Sint, bounds, ceil_div
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Alu,
    Const,
    Load,
    LocalArray,
    LoopKernel,
    Ref,
    Store,
    Update,
    all_of,
    cond,
)
from minic.sched.lower import reduce_identity
from minic.sched.rules.base import Rule, is_disabled
from minic.sched.rules.gpu_matmul import build_gpu_matmul, gpu_mm_fits, gpu_mm_params
from minic.sched.rules.gpu_small_batch import small_batch_rows, with_small_batch
from minic.sched.rules.matmul_plan import (
    Plan,
    analyze,
    close_k,
    decline_common,
    divides,
    k_planes,
    open_k,
    split_text,
    style,
)
from minic.sched.rules.nest import masked_operand, new_emitter
from minic.sched.target import Target


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
        accs = {(r, c): em.accumulator(acc_t) for r in range(len(rows)) for c in range(len(cols))}
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
        self.em.store_output(oidx, reduced=total, guard=cond(col, 0, self.plan.N) if col_guard else None)

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
        ceil_div(plan.N, nr) >= target.cores
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
        block = ceil_div(ceil_div(N, 2 * target.cores), lanes) * lanes  # two blocks per core
        block = max(4 * lanes, min(block, target.gemv_stream_cols))
        return {"style": "stream", "block": block, "lanes": lanes, "kkind": "serial"}
    return {"style": st, "cols": _fit(plan.N, target.gemv_vectors * lanes, lanes), "lanes": lanes,
            "kkind": "novector"}


def _fit(N: Sint, cols: int, lanes: int) -> int:
    """Tile width: `cols`, or fewer whole vectors when a static N is narrower."""
    if isinstance(N, int) and N < cols:
        return max(lanes, ceil_div(N, lanes) * lanes) if N > lanes else N
    return cols


def emit_matmul_tiles(em, tile: Tile, plan: Plan, p: dict, parallel: bool, locals_: list) -> None:
    """All (row tile, column tile) pairs, column-major, across cores. With p["pack"], a core first copies its
    column tile's K x width panel of B into contiguous scratch (the prologue applied once per element) and runs
    every row tile against it: a weight row is N floats apart in memory, so without the copy each K step of a
    micro-kernel lands on another page, out of reach of the prefetchers."""
    mr, nr, M, N = p["rows"], p["cols"], plan.M, plan.N
    ntm, ntn = ceil_div(M, mr), ceil_div(N, nr)
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
    full = all_of([None if divides(M, mr) else cond(m0, 0, M - mr + 1),
                   None if divides(N, nr) else cond(n0, 0, N - nr + 1)])
    if full is not None:
        em.open_if(full)
    tile.emit([m0 + r for r in range(mr)], [n0 + c for c in range(nr)], False, p["kkind"], panel)
    if full is not None:
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))  # an edge tile: row by row, columns guarded
        row = em.open_loop(em.fresh("r"), m0 + mr, "serial", start=m0)
        em.open_if(cond(row, 0, M))
        tile.emit([row], [n0 + c for c in range(nr)], not divides(N, nr), p["kkind"], panel)
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
    inside = None if divides(plan.N, width) else cond(n0 + c, 0, plan.N)
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
    t = em.open_loop(em.fresh("t"), ceil_div(N, bw), "parallel" if parallel else "serial")
    if divides(N, bw):
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
    N = plan.N
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

    def out_at(row, n) -> list:
        oidx = list(tile.out_base)
        if plan.out_m is not None:
            oidx[plan.out_m] = row
        oidx[plan.out_n] = n
        return oidx

    n = open_columns()
    for row in row_idx:
        em.accumulate_output(out_at(row, n), Const(acc_t, reduce_identity("sum", acc_t)))
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
        at = out_at(row, n)
        em.accumulate_output(at, Alu(acc_t, "add", (em.output_at(at), Alu(mul_t, "mul", (a, bval)))))
    close_columns()
    em.close()
    n = open_columns()
    for row in row_idx:
        at = out_at(row, n)
        em.store_output(at, reduced=em.let(em.output_at(at)))
    close_columns()


def emit_gemv(em, tile: Tile, plan: Plan, p: dict, rows: int, parallel: bool) -> None:
    """`rows` rows (all of them) times a strip of columns per task; tasks across cores."""
    if p.get("block"):
        emit_gemv_stream(em, tile, plan, p, rows, parallel)
        return
    nr, N = p["cols"], plan.N
    t = em.open_loop(em.fresh("t"), ceil_div(N, nr), "parallel" if parallel else "serial")
    n0 = t * nr
    row_idx = list(range(rows)) if plan.m is not None else [0]
    full = None if divides(N, nr) else cond(n0, 0, N - nr + 1)
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
    em = new_emitter(graph)
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
    return em.finish(locals=locals_)


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


def gemv_text(plan: Plan, target: Target, graph: KernelGraph) -> str:
    g = gemv_params(plan, target, graph)
    if g["style"] == "stream":
        return (f"stream: blocks of {g['block']} columns per task, partial sums in the output rows, "
                f"one contiguous stretch of each weight row per K step")
    if g["style"] == "dot":
        return f"dot: {g['cols']} vectorised dot products along K per task"
    return f"outer: all rows x {g['cols']} columns in registers per task"
