"""The CPU register tile that the Matmul and GEMV schedules share (cpu_matmul.py, cpu_gemv.py).

A tile of rows x cols outputs keeps one scalar accumulator per output, which LLVM's SLP vectoriser packs into
SIMD registers; the K loop broadcasts A once per row and reads cols values of B (from B itself or from a
core's packed panel of it), then the epilogue (bias, activation, residual) runs on each accumulator before
its store.
"""
from __future__ import annotations

import math
from typing import NamedTuple

from minic.ir.node import toposort
from minic.ir.symbolic import Sint, Sym, ceil_div, free_syms, substitute
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Cast, Const, Load, LocalArray, Prefetch, Ref, Store, Update, cond
from minic.sched.lower import Emitter, LoweringError
from minic.sched.rules.cpu_int_dot import (
    IntRows,
    affine_code,
    at_block,
    block_forms,
    block_offsets,
    block_scale,
    expanded,
    int_products,
)
from minic.sched.rules.matmul_plan import Plan, close_k, k_planes, open_k


class Panel(NamedTuple):
    """A core's packed column panel of B (K x width, zeros past N) and the rows x width tile its row tiles hand
    their sums to the epilogue through (see Tile.epilogue_from_scratch)."""
    array: str
    width: int
    sums: str
    k_split: bool = False  # the tiles' K loop over it still follows B's blocks (CpuMatmulSettings.panel_k_split)


class Tile:
    """Emit one register tile: accumulators, the K loop, the epilogue and stores."""

    def __init__(self, em: Emitter, graph: KernelGraph, plan: Plan, base_idx: list, out_base: list, locals_: list):
        self.em, self.graph, self.plan, self.locals_ = em, graph, plan, locals_  # locals_: the kernel's scratch arrays
        self.base_idx, self.out_base = base_idx, out_base  # mul-shaped and output-shaped index, batch dims set
        self.staged: str | None = None  # A's rows computed once into this scratch (stage_rows), row r at r * K

    def stage_rows(self, rows: list) -> None:
        """Compute A's `rows` (a norm's output: its statistics are in scope) into a scratch of the kernel, which the
        K loops then read: each core does it once before its tasks (the kernel runs on every core), where
        otherwise every task would compute its share of the normalised row again inside its K loop."""
        em, plan = self.em, self.plan
        acc_t, K = plan.reduce.dtype.compute, plan.K
        self.staged = em.fresh("arow")
        self.locals_.append(LocalArray(self.staged, acc_t, len(rows) * K))
        for r, row in enumerate(rows):
            k = em.open_loop(em.fresh("k"), K, "vector")
            em.emit(Store(self.staged, r * K + k, em.value(plan.a, plan.a_index(self.base_idx, row, k))))
            em.close()

    def a_value(self, r: int, row: Sint, k: Sint):
        """A at row `row` (the r-th of the tile's rows), K position `k`: from the staged rows when there are."""
        if self.staged is not None:
            return Load(self.plan.reduce.dtype.compute, self.staged, r * self.plan.K + k)
        return self.em.value(self.plan.a, self.plan.a_index(self.base_idx, row, k))

    def emit(self, rows: list, cols: list, col_guard: bool, kkind: str, panel: Panel | None = None,
             prefetch: int = 0, ints: IntRows | None = None) -> None:
        """rows, cols: index expressions of the tile's rows and columns (all rows exist);
        col_guard: columns may overhang N; kkind: the K loop's kind; panel: B's columns cols[0].. packed by
        pack_panel, read instead of B; prefetch: with kkind "lanes", ask for B's bytes this many rows ahead; ints: with
        kkind "lanes", A's rows staged as int16 (cpu_int_dot.stage_ints) for integer products."""
        em, plan = self.em, self.plan
        if kkind == "lanes":
            self._emit_lanes(rows, cols, col_guard, prefetch, ints)
            return
        acc_t = plan.reduce.dtype.compute
        products = plan.products  # one, or sibling products of the same A (never with a panel: Matmul has none)
        accs = {(p, r, c): em.accumulator(acc_t)
                for p in range(len(products)) for r in range(len(rows)) for c in range(len(cols))}
        # over a dequantized panel the K loop need not follow B's blocks, unless A's own layout needs the cut
        split = None if panel is not None and not panel.k_split and not plan.a_k_split else plan.k_split
        k0 = open_k(em, plan.K, split, kkind)
        mul_t = plan.mul.dtype.compute
        for kv in (k0 + off for off in k_planes(split)):
            avals = [self.a_value(r, row, kv) for r, row in enumerate(rows)]
            for p, (_, b) in enumerate(products):
                bvals = [Load(acc_t, panel.array, kv * panel.width + c) if panel is not None else
                         em.value(b, plan.b_index(self.base_idx, kv, col), cond(col, 0, plan.N) if col_guard else None)
                         for c, col in enumerate(cols)]
                for r in range(len(rows)):
                    for c in range(len(cols)):
                        em.emit(Update(accs[(p, r, c)], "sum", Alu(mul_t, "mul", (avals[r], bvals[c]))))
        close_k(em, split)
        if panel is not None:
            tile = {(r, c): accs[(0, r, c)] for r in range(len(rows)) for c in range(len(cols))}
            self.epilogue_from_scratch(rows, cols, col_guard, tile, panel.sums)
            return
        # epilogue: the root at each tile element, with each reduction read from its accumulator
        for r, row in enumerate(rows):
            for c, col in enumerate(cols):
                self.store(row, col, {red: Ref(acc_t, accs[(p, r, c)]) for p, (red, _) in enumerate(products)},
                           col_guard)

    def _emit_lanes(self, rows: list, cols: list, col_guard: bool, prefetch: int, ints: IntRows | None) -> None:
        """Dot products along K over a packed B (Plan.k_split: blocks of `run` positions per bit plane) with a
        run-wide accumulator per output, in a small scratch array: the run loop is vectorised as before, but
        its lanes are summed once after the K loop rather than once per block (a scalar accumulator makes LLVM
        reduce the vector at the end of every block: a horizontal sum per 32 weights per column). Each block
        first prefetches every buffer of B `prefetch` of its rows ahead of where it reads (see _prefetch). With `ints`
        (A staged as int16, cpu_int_dot.py) a run position's products over the planes are integer ones."""
        em, plan = self.em, self.plan
        acc_t, mul_t = plan.reduce.dtype.compute, plan.mul.dtype.compute
        block, run = plan.k_split
        products = plan.products
        tile = [(p, r, c) for p in range(len(products)) for r in range(len(rows)) for c in range(len(cols))]
        lanes = em.fresh("lanes")
        self.locals_.append(LocalArray(lanes, acc_t, len(tile) * run))
        z = em.open_loop(em.fresh("z"), len(tile) * run, "vector")
        em.emit(Store(lanes, z, Const(acc_t, 0.0)))
        em.close()
        outer, offsets = em.level(), {}  # offsets: (p, r, c) -> the accumulator of its blocks' offset terms
        blocks = plan.K // block
        kb_index = em.open_loop(em.fresh("kb"), blocks, "serial", scope_kind="reduce")
        kb_sym, kb = em.loop_sym(), kb_index * block
        lane = em.open_loop(em.fresh("k"), run, "vector", scope_kind="reduce")
        planes = [kb + off + lane for off in k_planes(plan.k_split)]
        streams = []  # B's values, plane by plane: the loads to prefetch ahead of
        bvals: dict = {}  # (product, column) -> B's value at each plane
        staged = _BlockForms(em, plan, self.base_idx, outer, kb_index, acc_t, self.locals_) if ints is None else None
        for j, kv in enumerate(planes):
            avals = [self.a_value(r, row, kv) for r, row in enumerate(rows)] if ints is None else []
            for p, (_, b) in enumerate(products):
                for c, col in enumerate(cols):
                    guard = cond(col, 0, plan.N) if col_guard else None
                    bval = em.value(b, plan.b_index(self.base_idx, kv, col), guard)
                    streams.append(bval)
                    bvals.setdefault((p, c), []).append(bval)
                    forms_at = staged.column(b, col, guard) if staged is not None else None
                    if forms_at is not None:
                        bval = staged.value(bval, forms_at, j)
                    for r, aval in enumerate(avals):
                        at = tile.index((p, r, c)) * run + lane
                        em.emit(Store(lanes, at, Alu(acc_t, "add", (Load(acc_t, lanes, at),
                                                                     Alu(mul_t, "mul", (aval, bval))))))
        if ints is not None:
            lane_sym = em.loop_sym()
            scales = em.fresh("sdx")  # each output's per-block scale (the weight's times x's), made before the K loop
            self.locals_.append(LocalArray(scales, acc_t, len(tile) * blocks))
            for i, (p, r, c) in enumerate(tile):
                forms = block_forms(em, bvals[(p, c)], lane_sym)
                if forms is None:
                    raise LoweringError("the integer dot path was chosen for a weight whose dequant is not affine "
                                        "per bit plane (cpu_int_dot.block_forms)")
                scale = expanded(em, block_scale(ints, r, kb_index, forms))
                terms = [expanded(em, v) for v in block_offsets(ints, r, kb_index, forms)]
                with em.at_level(outer):  # before the K loop: a vector loop over the blocks
                    if terms:
                        offsets[(p, r, c)] = em.accumulator(acc_t)
                    kbv = em.open_loop(em.fresh("kb"), blocks, "vector")
                    em.emit(Store(scales, i * blocks + kbv, at_block(scale, {kb_sym: kbv})))
                    for term in terms:
                        em.emit(Update(offsets[(p, r, c)], "sum", at_block(term, {kb_sym: kbv})))
                    em.close()
                at = i * run + lane
                scaled = Alu(acc_t, "mul", (Cast(acc_t, int_products(ints, r, kb_index, lane, planes, forms)),
                                            Load(acc_t, scales, i * blocks + kb_index)))
                em.emit(Store(lanes, at, Alu(acc_t, "add", (Load(acc_t, lanes, at), scaled))))
        if prefetch:
            self._prefetch(streams, em.loop_sym(), prefetch)
        em.close()
        em.close()
        totals = {}
        for i, t in enumerate(tile):
            acc = em.accumulator(acc_t)
            j = em.open_loop(em.fresh("j"), run, "vector")
            em.emit(Update(acc, "sum", Load(acc_t, lanes, i * run + j)))
            em.close()
            totals[t] = Ref(acc_t, acc)
            if t in offsets:
                totals[t] = Alu(acc_t, "add", (totals[t], Ref(acc_t, offsets[t])))
        for r, row in enumerate(rows):
            for c, col in enumerate(cols):
                self.store(row, col, {red: totals[(p, r, c)] for p, (red, _) in enumerate(products)}, col_guard)

    def _prefetch(self, streams: list, lane: Sym, rows: int) -> None:
        """Before the run loop (in the block loop around it): a prefetch of each buffer B's values load that moves
        along the run (a weight's codes), at the run's first position plus `rows` of that buffer's rows (a packed
        weight's buffers are shaped (N, ...): a row is the rest; the shapes are in the schedule's key, the sizes
        of the buffers are not). A core streams its columns' rows of a packed weight front to back, and with the
        dequant's arithmetic between loads the hardware prefetcher alone keeps too few bytes in flight (Q8_0 read
        at a third of the copy bandwidth, bench/README.md). The distance is in rows, not bytes, because the best
        one grows with K: a fixed one in bytes too short for a long row is too long for a short one
        (bench/README.md, thirty-second session). A block's scales (one value a block: a 64-byte line
        serves 16 blocks) are left to the hardware prefetcher: a prefetch of them every block cost SmolLM2 3-6% of
        its CPU decode."""
        em = self.em
        row = {em.buffer_name(n): math.prod(n.shape[1:]) for n in toposort([self.graph.root])
               if n.op == "BUFFER" and len(n.shape) > 1 and n.shape[0] == self.plan.N}
        at: dict = {}
        for v in streams:
            for ld in em.loads(v):
                if lane not in free_syms(ld.index) or ld.buf not in row:
                    continue
                at.setdefault((ld.buf, substitute(ld.index, {lane: 0}) + rows * row[ld.buf]), None)
        with em.at_level(em.level() - 1):
            for buf, index in at:
                em.emit(Prefetch(buf, index))

    def store(self, row: Sint, col: Sint, total, col_guard: bool) -> None:
        """The epilogue and store of output (row, col) from the reduction's value `total` (or {reduction: value}
        for sibling products)."""
        guard = cond(col, 0, self.plan.N) if col_guard else None
        self.em.store_output(self.plan.out_index(self.out_base, row, col), reduced=total, guard=guard)

    def epilogue_from_scratch(self, rows: list, cols: list, col_guard: bool, accs: dict, scratch: str) -> None:
        """The accumulators go to a row-major tile in scratch, and the epilogue runs as a vector loop over each
        row. Written per element, LLVM's SLP vectoriser regroups the K loop's accumulators to suit the epilogue
        (bias, residual) and gathers and spills inside that loop, several times slower on the packed micro-kernel
        (bench/README.md, "Measurements quoted by the rules")."""
        em, acc_t = self.em, self.plan.reduce.dtype.compute
        for (r, c), name in accs.items():
            em.emit(Store(scratch, r * len(cols) + c, Ref(acc_t, name)))
        for r, row in enumerate(rows):
            cv = em.open_loop(em.fresh("c"), len(cols), "vector")
            self.store(row, cols[0] + cv, Load(acc_t, scratch, r * len(cols) + cv), col_guard)
            em.close()


class _BlockForms:
    """The float K loop over a packed weight, its block scales and offsets made before the loop: where a plane's
    value is an affine map of an integer code per block (cpu_int_dot.affine_code: Q4_K's d * sc - dmin * m per
    sub-block, say), a loop over the blocks and a vector loop over the planes, before the K loop, fill each
    column's `scale[block][plane]` and `offset[block][plane]`; the K loop then reads the code and those two
    instead of computing every plane's scale and offset again per column and block in its body (scalar work that
    took Q4_K's GEMV 1.3-1.5x longer, bench/README.md). A weight whose planes are not affine, or whose scales and
    offsets are plain loads already, keeps its values."""

    def __init__(self, em: Emitter, plan: Plan, base_idx: list, outer: int, kb_index: Sint, dtype, locals_: list):
        self.em, self.plan, self.base_idx, self.outer, self.kb_index, self.dtype = \
            em, plan, base_idx, outer, kb_index, dtype
        self.blocks, self.planes = plan.K // plan.k_split[0], len(k_planes(plan.k_split))
        self.arrays: tuple = ()  # the scale and offset arrays, made when a first column is staged
        self.locals_, self.columns = locals_, {}

    def column(self, b, col: Sint, guard) -> int | None:
        """Stage weight `b`'s block forms at column `col` (once a column): their first element's index in the
        arrays, or None where its planes are not affine per block."""
        key = (id(b), col)
        if key not in self.columns:
            self.columns[key] = self._stage(b, col, guard)
        return self.columns[key]

    def _stage(self, b, col: Sint, guard) -> int | None:
        em, plan = self.em, self.plan
        block, run = plan.k_split
        with em.taken_back():  # the forms at a symbolic block and plane, found on a value nothing keeps
            kb = em.open_loop(em.fresh("kb"), self.blocks, "serial")
            kb_sym = em.loop_sym()
            j = em.open_loop(em.fresh("j"), self.planes, "serial")
            j_sym = em.loop_sym()
            lane = em.open_loop(em.fresh("k"), run, "vector")
            form = affine_code(em, em.value(b, plan.b_index(self.base_idx, kb * block + j * run + lane, col), guard),
                               em.loop_sym())
            scale, offset = (None, None) if form is None else (expanded(em, form.scale), expanded(em, form.offset))
            for _ in range(3):
                em.close()
        if form is None or all(v is None or isinstance(v, Load) for v in (scale, offset)):
            return None  # not affine, or its scale and offset are plain loads (Q4_0, Q4_1): nothing to save
        if not self.arrays:
            self.arrays = tuple(LocalArray(em.fresh(name), self.dtype, 0) for name in ("wscale", "woffset"))
            self.locals_ += self.arrays
        at = self.arrays[0].size
        for a in self.arrays:  # this column's blocks x planes, after the columns staged before it
            a.size += self.blocks * self.planes
        with em.at_level(self.outer):
            kb2 = em.open_loop(em.fresh("kb"), self.blocks, "serial")
            j2 = em.open_loop(em.fresh("j"), self.planes, "vector")
            for a, v in zip(self.arrays, (scale, offset)):
                if v is not None:
                    em.emit(Store(a.name, at + kb2 * self.planes + j2, at_block(v, {kb_sym: kb2, j_sym: j2})))
            em.close()
            em.close()
        return at

    def value(self, bval, at: int, plane: int):
        """Plane `plane`'s value at this run position from its code and the staged forms (`at`: column())."""
        em = self.em
        form = affine_code(em, bval, em.loop_sym())
        if form is None:
            return bval
        where = at + self.kb_index * self.planes + plane
        scale, offset = self.arrays
        out = Cast(self.dtype, form.code)
        if form.scale is not None:
            out = Alu(self.dtype, "mul", (out, Load(self.dtype, scale.name, where)))
        if form.offset is not None:
            out = Alu(self.dtype, "add", (out, Load(self.dtype, offset.name, where)))
        return out


def fit_width(N: Sint, cols: int, lanes: int) -> int:
    """Tile width: `cols`, or fewer whole vectors when a static N is narrower."""
    if isinstance(N, int) and N < cols:
        return max(lanes, ceil_div(N, lanes) * lanes) if N > lanes else N
    return cols
