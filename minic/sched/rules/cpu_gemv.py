"""The CPU GEMV schedule: one (or a few) rows of activations times a weight matrix (decode).

The kernel is memory bound: every weight is read once. Each task computes all rows for a strip of columns:

* x @ W with W [K, N] row-major (B contiguous along N), "stream": each task owns a block of columns (about
  N / (2 * cores)) and walks K, reading one contiguous stretch of each weight row per step; partial sums live
  in the output rows (L1) and the epilogue rewrites them in place. Used when the output is float32, row-major
  and not read by the epilogue; otherwise "outer": the strip is `vectors` SIMD vectors kept in registers (the
  register tile of cpu_tile.py with rows = n).
* W @ x / x @ W.T with W [N, K] (B contiguous along K), "dot": `dot_cols` vectorised dot products per task,
  each streaming a contiguous row of W. A quantized W (minic.quant: packed codes and per-block scales, the
  dequant as the product's prologue) is read the same way: the K loop is cut at the format's blocks
  (matmul_plan.k_split) so the codes load contiguously inside, and each output keeps one accumulator per
  position of a block's run, summed once after K (`packed_lanes`, cpu_tile.Tile._emit_lanes). Where the
  dequant is scale * code + offset per block (Q4_0, Q4_1, Q8_0, int4 groups), or per bit plane with integer
  sub-block scales folded into the codes (the K-quants), and the CPU has integer SIMD multiply-adds, x is rounded
  to int16 per block once per core and the products are integer ones (`int_dot`, cpu_int_dot.py).
* Sibling products of one input (Plan.siblings: LLaMA's gate and up) share the task: A is read once for all.
* A norm before the product (Plan.prologue: its mean and variance) is computed once per row before the tasks
  start, and every task reads it; with dot products, whose every task reads all of K, each core also computes
  the normalised rows once into a scratch that the K loops read (Tile.stage_rows).

Strips run across cores. The GPU schedule is gpu_gemv.py; the rule is gemv.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.dtype import float32
from minic.ir.symbolic import Sint, bounds, ceil_div
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Const, cond
from minic.sched.lower import Emitter, reduce_identity
from minic.sched.rules.cpu_int_dot import int_dot_fits, stage_ints
from minic.sched.rules.cpu_tile import Tile, fit_width
from minic.sched.rules.matmul_plan import Plan, divides, emit_prologue, k_planes, style
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class CpuGemvSettings(RuleSettings):
    stream: bool = True  # W [K, N]: accumulate column blocks in the output (contiguous weight rows)
    stream_cols: int = 384  # widest such block, in floats (24 zmm registers: LLVM keeps a 1-row block in them)
    vectors: int = 4  # W [K, N] when not streaming: columns per task, in SIMD vectors
    dot_cols: int = 8  # W [N, K] (W @ x, x @ W.T): dot products per task
    packed_dot_cols: int = 2  # ... when W is packed (quantized): its dequant holds codes and scales in registers
    #                           too, and more columns spill on AVX2's 16 registers; 4 with AVX-512's 32 (defaults)
    planes_dot_cols: int = 2  # ... when its products are float ones over more than 2 bit planes a block (Q4_K's 8
    #                           sub-blocks, each its own scale): 4 columns measured 15-20% slower there on AVX-512
    int_dot_cols: int = 4  # ... when its products are integer ones (int_dot): 4 on AVX2 too (SmolLM2's CPU decode
    #                        +5-6% over 2 with pairwise products: bench/README.md, twenty-third session)
    packed_lanes: bool = True  # ... summing a run-wide accumulator once after K, not once per block (cpu_tile.py)
    prefetch_rows: int = 8  # ... each block prefetching the weight's bytes this many of its rows ahead (0: no
    #                         prefetch; a fixed distance suits one K only: bench/README.md, thirty-second session)
    int_dot: bool = True  # ... with integer products where the dequant is affine per block (cpu_int_dot.py)
    pair_dot: bool = True  # ... multiplied pairwise (the loop IR's dot2) where the target has it, in pairs of planes
    int_dot_folded: bool = True  # ... also where a K-quant's sub-blocks scale by integers of their own, folded into
    #                              the codes, for one row (decode): Q4_K and Q5_K 1.1-1.3x, Q3_K and Q2_K 1.4-1.7x
    #                              the float loop at LLaMA-7B's shapes (a whole token on a 2-core machine reading
    #                              DRAM: within noise); 4 rows mixed (bench/README.md, twenty-seventh session). With
    #                              pair_dot two planes a word, their scales folded by mul2 (twenty-ninth session)

    @classmethod
    def defaults(cls, target: Target) -> CpuGemvSettings:
        """With 64-byte vectors (AVX-512: 32 registers) a packed task takes 4 columns, which share each block's
        activation loads; 2 where they would spill (bench/README.md, "packed GEMV columns per task")."""
        return cls(packed_dot_cols=4 if target.vector_bytes >= 64 else 2)


@dataclass(frozen=True)
class GemvTile:
    """The GEMV path's strip on this target and product."""
    style: str  # "stream", "outer" or "dot"
    cols: int  # columns per task (stream: the block width)
    lanes: int  # float32 lanes of a SIMD vector
    kkind: str  # the K loop's kind
    prefetch: int = 0  # B's rows ahead to prefetch (the "lanes" K loop)
    int_dot: bool = False  # the "lanes" K loop may take integer products (cpu_int_dot.py; where the weight allows)
    pair_dot: bool = False  # ... with x staged in pair words for dot2 (the block has an even number of planes)
    fold: bool = False  # ... also with integer sub-block scales folded into the codes
    int_cols: int = 0  # columns per task where the weight takes the integer products (else `cols`)


def gemv_tile(plan: Plan, target: Target, graph: KernelGraph) -> GemvTile:
    """The strip of the GEMV path: all rows at once, a wide strip of columns."""
    s = settings(CpuGemvSettings, target)
    lanes = max(1, target.vector_bytes // 4)
    st = style(plan)
    if st == "dot":  # sibling products share the registers: fewer columns each
        packed = plan.k_split and s.packed_lanes
        int_dot = packed and s.int_dot and target.int_dot and isinstance(plan.K, int) and \
            plan.mul.dtype.compute == float32 and plan.reduce.dtype.compute == float32
        cols = min(s.dot_cols, s.packed_dot_cols) if plan.k_split else s.dot_cols
        if plan.k_split and len(k_planes(plan.k_split)) > 2:
            cols = min(cols, s.planes_dot_cols)
        pairs = int_dot and s.pair_dot and target.pair_dot and len(k_planes(plan.k_split)) % 2 == 0
        return GemvTile(st, max(1, cols // len(plan.products)), lanes, "lanes" if packed else "vector",
                        s.prefetch_rows if packed and isinstance(plan.N, int) else 0, int_dot, pairs,
                        s.int_dot_folded and (plan.m is None or plan.M == 1),
                        max(1, min(s.dot_cols, s.int_dot_cols) // len(plan.products)) if int_dot else 0)
    if s.stream and can_stream(graph, plan):
        N = bounds(plan.N)[1]
        block = ceil_div(ceil_div(N, 2 * target.cpu_cores), lanes) * lanes  # two blocks per core
        return GemvTile("stream", max(4 * lanes, min(block, s.stream_cols)), lanes, "serial")
    return GemvTile(st, fit_width(plan.N, s.vectors * lanes, lanes), lanes, "novector")


def can_stream(graph: KernelGraph, plan: Plan) -> bool:
    """The streaming GEMV accumulates in the output buffer itself: it must hold float32 results in
    plain row-major order, of one product (not siblings), and the epilogue must not read it."""
    acc_t = plan.reduce.dtype.compute
    return (graph.out_view is None and graph.output.dtype == acc_t and acc_t.is_float and not plan.siblings
            and all(b is not graph.output for b in graph.inputs))


def emit_gemv_stream(em: Emitter, tile: Tile, plan: Plan, p: GemvTile, row_idx: list, parallel: bool) -> None:
    """x @ W with W [K, N] row-major: each task owns a block of columns and walks K, reading one
    contiguous stretch of each weight row per step; the partial sums live in the output rows
    (in L1), updated by a vectorised loop, and the epilogue rewrites them in place at the end.
    Full blocks run unguarded; the last block (N not a multiple) guards its columns."""
    N, bw = plan.N, p.cols
    t = em.open_loop(em.fresh("t"), ceil_div(N, bw), "parallel" if parallel else "serial")
    if divides(N, bw):
        _stream_block(em, tile, plan, row_idx, t, bw, False)
    else:
        full = cond(t * bw, 0, N - bw + 1)
        em.open_if(full)
        _stream_block(em, tile, plan, row_idx, t, bw, False)
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))
        _stream_block(em, tile, plan, row_idx, t, bw, True)
        em.close()
    em.close()


def _stream_block(em: Emitter, tile: Tile, plan: Plan, row_idx: list, t: Sint, bw: int, guarded: bool) -> None:
    """Block `t` of `bw` columns of rows `row_idx`: zero their outputs, add each K step's products into them, then
    run the epilogue on the sums in place; `guarded`: columns past N are skipped."""
    N = plan.N
    acc_t, mul_t = plan.reduce.dtype.compute, plan.mul.dtype.compute

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

    n = open_columns()
    for row in row_idx:
        em.accumulate_output(plan.out_index(tile.out_base, row, n), Const(acc_t, reduce_identity("sum", acc_t)))
    close_columns()
    kv = em.open_loop(em.fresh("k"), plan.K, "serial", scope_kind="reduce")
    avals = [em.value(plan.a, plan.a_index(tile.base_idx, row, kv)) for row in row_idx]
    n = open_columns()
    bval = em.value(plan.b, plan.b_index(tile.base_idx, kv, n))
    for row, a in zip(row_idx, avals):
        at = plan.out_index(tile.out_base, row, n)
        em.accumulate_output(at, Alu(acc_t, "add", (em.output_at(at), Alu(mul_t, "mul", (a, bval)))))
    close_columns()
    em.close()
    n = open_columns()
    for row in row_idx:
        at = plan.out_index(tile.out_base, row, n)
        em.store_output(at, reduced=em.let(em.output_at(at)))
    close_columns()


def emit_gemv(em: Emitter, tile: Tile, plan: Plan, p: GemvTile, rows: int, parallel: bool, first: Sint = 0) -> None:
    """`rows` rows (from row `first` on) times a strip of columns per task; tasks across cores. A prologue's row
    reductions (a norm's statistics) run first, once per row, before the tasks; with dot products (each task
    reads all of K) the normalised rows are staged once too (Tile.stage_rows)."""
    row_idx = [first + r for r in range(rows)] if plan.m is not None else [0]
    emit_prologue(em, plan, tile.base_idx, row_idx)
    if p.style == "stream":
        emit_gemv_stream(em, tile, plan, p, row_idx, parallel)
        return
    if stages_rows(plan, p):
        tile.stage_rows(row_idx)
    ints = None
    fit = int_dot_fits(em, plan, tile.base_idx, p.fold) if p.int_dot else None
    if fit is not None:
        ints = stage_ints(em, tile.locals_, len(row_idx), plan.K, plan.k_split[0], plan.k_split[1],
                          lambda r, k: tile.a_value(r, row_idx[r], k), 2 if p.pair_dot else 1, fit.constant)
    # integer products take int_cols columns a task, but folded codes (a K-quant's many planes) the float loop's
    # few: 4 were 10-30% slower on Q4_K and Q5_K at LLaMA-7B's shapes (bench/README.md, twenty-seventh session)
    nr, N = (p.int_cols if not fit.folded else min(p.int_cols, p.cols)) if fit is not None else p.cols, plan.N
    t = em.open_loop(em.fresh("t"), ceil_div(N, nr), "parallel" if parallel else "serial")
    n0 = t * nr
    full = None if divides(N, nr) else cond(n0, 0, N - nr + 1)
    if full is not None:
        em.open_if(full)
    tile.emit(row_idx, [n0 + c for c in range(nr)], False, p.kkind, prefetch=p.prefetch, ints=ints)
    if full is not None:
        em.close()
        em.open_if(Alu(full.dtype, "not", (full,)))
        tile.emit(row_idx, [n0 + c for c in range(nr)], True, p.kkind, prefetch=p.prefetch, ints=ints)
        em.close()
    em.close()


def stages_rows(plan: Plan, p: GemvTile) -> bool:
    """Whether the GEMV stages its prologue's rows once per core (Tile.stage_rows): dot products, whose every task
    reads all of a static K."""
    return p.style == "dot" and bool(plan.prologue) and isinstance(plan.K, int)


def gemv_text(plan: Plan, target: Target, graph: KernelGraph) -> str:
    g = gemv_tile(plan, target, graph)
    if g.style == "stream":
        return (f"stream: blocks of {g.cols} columns per task, partial sums in the output rows, "
                f"one contiguous stretch of each weight row per K step")
    if g.style == "dot":
        ints = ("; integer products (x rounded to int16 per block) if the weight's dequant is scale * code + "
                "offset per block" + (", two bit planes a pairwise multiply-add (dot2)" if g.pair_dot else "") +
                (", or per bit plane with integer sub-block scales folded into the codes" +
                 (" (two planes' scales a 16-bit pairwise product, mul2)" if g.pair_dot else "")
                 if g.fold else "")) if g.int_dot else ""
        cols = f"{g.cols} vectorised dot products along K per task ({g.int_cols} with integer products)" \
            if g.int_dot and g.int_cols != g.cols else f"{g.cols} vectorised dot products along K per task"
        return f"dot: {cols}{ints}"
    return f"outer: all rows x {g.cols} columns in registers per task"
