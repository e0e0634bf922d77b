"""GEMV on a GPU: a few rows of activations times a weight matrix (decode).

Memory bound, so the schedule is about reading every weight once, coalesced,
with enough threads in flight. A group of `threads` threads owns `cols` output
columns; `split = threads / cols` threads share each column's K loop:

* B contiguous along N (x @ W, W [K, N]) -- "outer": neighbouring threads take
  neighbouring columns (tx = lid % cols), so a warp reads contiguous stretches
  of a weight row; the split threads (ty = lid // cols) walk K with stride
  `split`. Partial sums meet in group memory and the first split thread of
  each column adds them up.
* B contiguous along K (x @ W.T, W [N, K]) -- "dot": one warp per column
  (ty = lid % split is the lane), lanes walk K with stride `split` so a warp
  reads a contiguous stretch of a weight row, and a warp shuffle sums them;
  without shuffles, group memory as above. A short K (attention's q.k over
  64 elements) takes part of a warp (GpuGemvSettings.k_per_lane), so a warp
  scores several keys. Few columns get several warps each
  (GpuGemvSettings.warps_per_sm), whose sums meet in group memory: 1,600
  columns of K = 6,400 as 1,600 warps leave the memory system waiting.
  Many columns go two to a warp (GpuGemvSettings.thread_cols): both
  columns' weight loads in flight together, A's loads shared.

Every row (at most ProductSettings.gemv_max_rows) is computed by the same threads, so a
weight is loaded once for all rows. A prologue (a LayerNorm or RMSNorm before the product:
Plan.prologue) that is linear in the row once its statistics are known folds into the K loop
(rules/linear_prologue.py): A is a sum of terms times row scalars, each term's product with the
weight and the plain sums the statistics are made of accumulate in the one pass, and the
statistics are applied after it, so the weight's loads start at once (a packed weight's too,
where a thread reads runs of its blocks in one K loop). Any other prologue runs
first: the whole group computes each row's statistics, like a row Reduction, then writes the
normalised rows to group memory, which the K loop reads. Every group recomputes them either way:
a re-read of the input rows from the cache instead of a kernel launch.
Batch axes (attention heads) and column blocks are numbered by the flat group id. Columns
that overhang N are masked (their loads read nothing, their stores are skipped); rows beyond
a symbolic row count likewise.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.ir.symbolic import Sint, bounds, ceil_div
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Alu,
    Barrier,
    Load,
    LocalArray,
    LoopKernel,
    LoopKind,
    Ref,
    Store,
    Update,
    WarpReduce,
    all_of,
    cond,
)
from minic.sched.lower import Emitter, LoweringError, ScopeKind
from minic.sched.rules.gpu_int_dot import StagedX, fits, plane_form, plane_products, stage_x
from minic.sched.rules.linear_prologue import LinearPrologue, fold_prologue, linear_prologue
from minic.sched.rules.matmul_plan import (
    Plan,
    emit_prologue,
    prologue_text,
    sibling_text,
    style,
    unrounded_weights,
)
from minic.sched.rules.nest import (
    batch_origin,
    gpu_ids,
    grid,
    group_reduce,
    live_groups,
    new_emitter,
    warp_stage_ok,
)
from minic.sched.rules.settings import RuleSettings, settings, tune
from minic.sched.target import Target


@dataclass(frozen=True)
class GpuGemvSettings(RuleSettings):
    threads: int = 256  # threads per group
    cols: int = 16  # x @ W: output columns per group (the rest of the group splits K)
    dot_split: int = 16  # x @ W.T without warp shuffles: threads per column sharing K
    warps_per_sm: int = 96  # x @ W.T with shuffles: columns get several warps each until the kernel has this many
    #                         warps per multiprocessor (a few long columns, K = 6400 over 1,600 warps, wait on
    #                         memory one load at a time: bench/gemv_gpu.py) ...
    min_steps: int = 4  # ... while every lane keeps at least this many loads of K (below, the sums' trip through
    #                     group memory costs more than the extra warps bring) ...
    packed_min_steps: int = 1  # ... or, with shuffles, this many steps of a packed weight (a block's run in every
    #                            bit plane a step): GPT-2 XL's int4 mlp.c_proj (K = 6,400) ran 9% faster at 1 than
    #                            at 4 on CUDA (bench/README.md); without shuffles, unmeasured, min_steps holds
    wide_loads: bool = True  # x @ W.T: each thread reads runs of K as wide loads (_vector; bench/gemv_gpu.py
    #                          --sweep wide_loads=0,1 measures what they bring)
    element_run: int = 1  # x @ W.T on a target without wide loads (WGSL): consecutive K elements a thread reads
    #                       per step, each its own load (more loads in flight per thread; bench/README.md)
    fold_norms: bool = True  # a norm before the product folds into its K loop (rules/linear_prologue.py) where
    #                          it is linear in the row; else every group computes the statistics first ...
    fold_groups_per_sm: int = 6  # ... and where the kernel's groups fit in one wave at the folded kernel's
    #                              occupancy: it takes 40 registers a thread against the staged form's 31
    #                              (bench/gemv_registers.py), 6 groups of 256 a multiprocessor instead of 8; GPT-2
    #                              XL's c_fc (800 groups, 792 fit) runs faster staged (bench/README.md) ...
    fold_packed_groups_per_sm: int = 4  # ... with a packed weight, whose folded kernel dequantizes beside the
    #                                     norm's terms: 63 registers a thread under a LayerNorm, 4 groups of 256 a
    #                                     multiprocessor (GPT-2 XL's int4 c_attn, 600 groups, ran 6% faster staged;
    #                                     SmolLM2's, 120-384 groups, took 3.60 us a launch folded, 5.08 staged)
    packed_elements: int = 32  # x @ W.T with a packed weight (Plan.k_split): elements a thread dequantizes per
    #                            step, every bit plane of a few consecutive positions of a block, so its codes,
    #                            scales and inputs come in wide loads (_packed_run; bench/gemv_gpu.py --quant)
    packed_unroll: int = 16  # x @ W.T with a packed weight: where each thread takes the same number of steps, at
    #                          most this many, its K loop is unrolled, so every step's loads are issued before any
    #                          step's arithmetic waits on them, and columns take no more warps than that needs
    #                          (_unrolls; LLaMA's Q4 GEMVs -3% to +25%, bench/README.md) ...
    packed_unroll_min_warps: int = 24  # ... while the kernel keeps this many warps a multiprocessor
    int_packed_elements: int = 128  # ... packed_elements where the K loop takes integer products (int_dot): each
    #                                 plane's float scale applies once to a thread's run of its positions, so a
    #                                 K-quant (8 planes of 32) takes 16 positions a plane, not 4 (its SASS: 5.9-7.0
    #                                 instructions a weight at 4, bench/gemv_sass.py); formats of blocks of 32 read
    #                                 whole blocks either way
    int_dot: str = ""  # x @ W.T with a packed weight: integer products (rules/gpu_int_dot.py) where the target's
    #                    byte_dot is "native" (CUDA's dp2a); "any": wherever the renderer has them (the emulated
    #                    OpenCL ones too: tests run the path on PoCL); "": never. Off until measured on a GPU (the
    #                    session that wrote it had none; bench/h200/int_dot.sh measures it): "native" is meant to
    #                    become the default where it beats the float loop (the hand-written equivalent, 1.5-2.1x
    #                    minic's float kernel at LLaMA's shapes, bench/README.md)
    one_wave: bool = True  # ask the compiler for registers few enough that the kernel's groups run in one wave
    #                        where a multiprocessor must hold MIN_WAVE_GROUPS or more of them (_wave_groups)
    k_per_lane: int = 4  # x @ W.T with shuffles: a short K (attention's q.k, K = 64) takes K / k_per_lane lanes
    #                      of a warp (where Target.lane_shuffles), so one warp scores several keys and its index
    #                      arithmetic, which bounds the kernel, serves them all (bench/README.md: the sweep)
    thread_cols: int = 2  # x @ W.T with whole warps a column: columns each warp computes side by side (their
    #                       weights' loads in flight together, A's loads shared) ...
    packed_thread_cols: int = 2  # ... with a packed weight ...
    thread_cols_min_warps: int = 24  # ... where the kernel keeps this many warps a multiprocessor with them (GPT-2
    #                                  XL's float16 c_fc, 6,400 columns: 10.65 -> 8.79 us a launch at 2; its
    #                                  c_proj, 1,600 columns as 3,200 warps, 5.54 -> 6.14: bench/README.md) ...
    packed_thread_cols_min_warps: int = 96  # ... or this many with a packed weight, whose K loop is not unrolled
    #                                         (the heads: SmolLM2's Q8_0 49,152 columns 18.34 -> 15.17 us; GPT-2
    #                                         XL's int4 c_fc, 6,400, 6.72 -> 6.99 and 11.05 -> 19.35 under its
    #                                         norm; LLaMA's unrolled gate_proj, 14,336, 20.8 -> 40.6)

    @classmethod
    def defaults(cls, target: Target) -> GpuGemvSettings:
        """256 threads per group, or all the GPU allows when that is fewer."""
        return cls(threads=min(cls.threads, target.max_threads)) if target.gpu else cls()


@dataclass(frozen=True)
class GpuGemvTile:
    """How a group splits its columns and K on this target and product."""
    style: str  # "outer" (B contiguous along N) or "dot" (along K)
    threads: int
    split: int  # threads sharing one column's K loop
    cols: int  # columns per group
    shuffle: bool  # the split threads are whole warps: shuffles sum each warp's lanes
    warps: int = 1  # with shuffle: warps per column (their sums meet in group memory)
    vector: int = 1  # "dot": consecutive K elements a thread reads per step, the weight's as one wide load
    packed: int = 0  # "dot" with a packed weight: consecutive positions of a block's run a thread reads per step
    #                  (each in every bit plane), else 0
    thread_cols: int = 1  # columns each thread computes (`cols` apart): the group's columns are cols * thread_cols
    steps: int = 0  # "dot" with a packed weight: the steps every thread takes in an unrolled K loop (packed_ks; 1:
    #                 no loop), or 0: the loop strides the blocks

    @property
    def group_cols(self) -> int:
        return self.cols * self.thread_cols


def _pow2_at_least(x: int) -> int:
    """The smallest power of two >= x (lanes that share a column: a shuffle sums an aligned power of two)."""
    return 1 << max(0, x - 1).bit_length()


def gpu_gemv_tile(plan: Plan, target: Target, threads: int | None = None) -> GpuGemvTile:
    """Columns per group and threads per column on this target (`threads`: a group size other than the
    settings', e.g. the Matmul kernel's that a small-batch branch runs in)."""
    s = settings(GpuGemvSettings, target)
    threads = threads or s.threads
    if style(plan) == "dot":
        if not warp_stage_ok(target.warp, target.warp, plan.reduce.dtype.compute):
            split = _dot_split(plan, target, threads)
            packed = _packed_run(plan, target, split)
            return GpuGemvTile("dot", threads, split, threads // split, False, vector=_vector(plan, target, split),
                               packed=packed, steps=_packed_steps(plan, target, split, packed))
        lanes = min(target.warp, _pow2_at_least(ceil_div(bounds(plan.K)[1], s.k_per_lane)))
        if lanes < target.warp and target.lane_shuffles and not plan.k_split:
            return GpuGemvTile("dot", threads, lanes, threads // lanes, True)
        columns = bounds(plan.N)[1] * plan.batches
        steps = bounds(plan.K)[0] // (target.warp * _per_step(plan, target, target.warp))  # a symbolic K at its
        #                                                                              smallest (attention's)
        warps, min_steps = 1, s.packed_min_steps if _packed_run(plan, target, target.warp) else s.min_steps
        while warps * target.warp * 2 <= threads and columns * warps < s.warps_per_sm * target.multiprocessors \
                and steps // (warps * 2) >= min_steps and not _unrolls(plan, target, warps, columns):
            warps *= 2
        split = target.warp * warps
        packed = _packed_run(plan, target, split)
        per_thread, min_warps = (s.packed_thread_cols, s.packed_thread_cols_min_warps) if plan.k_split else \
            (s.thread_cols, s.thread_cols_min_warps)
        unrolled = _packed_steps(plan, target, split, packed)
        if columns * warps < per_thread * min_warps * target.multiprocessors or unrolled > 1 or \
                (plan.k_split and bounds(plan.M)[1] > 1):  # a packed weight's batched rows: measured at one column
            per_thread = 1
        return GpuGemvTile("dot", threads, split, threads // split, True, warps, _vector(plan, target, split),
                           packed, per_thread, unrolled)
    cols = min(s.cols, threads)
    return GpuGemvTile("outer", threads, threads // cols, cols, False)


ASSUMED_WARP = 32  # threads a multiprocessor runs in lockstep, where the target does not say (its warp is 1)


def _unrolls(plan: Plan, target: Target, warps: int, columns: int) -> bool:
    """Whether `warps` warps a column read a packed weight in an unrolled K loop (packed_ks: every lane the same
    few steps, their loads issued together) while the kernel keeps `packed_unroll_min_warps` warps a
    multiprocessor: more warps a column would leave each lane fewer steps and cost their sums' trip through
    group memory (LLaMA's 4096 x 4096 Q4_0: 4 warps a column of one step 8.9 us, one warp of 4 steps 7.5)."""
    s, split = settings(GpuGemvSettings, target), target.warp * warps
    return columns * warps >= s.packed_unroll_min_warps * target.multiprocessors \
        and _packed_steps(plan, target, split, _packed_run(plan, target, split)) > 0


def _packed_steps(plan: Plan, target: Target, split: int, packed: int) -> int:
    """GpuGemvTile.steps: where `split` threads a column read `packed` positions a step of a product of one row,
    the steps each takes when all take the same number, at most GpuGemvSettings.packed_unroll; else 0. Batched
    rows keep the strided loop: each row adds its accumulators to every unrolled step's registers, and they were
    not measured with it."""
    if not packed or bounds(plan.M)[1] != 1:
        return 0
    blocks, side = plan.K // plan.k_split[0], split // (plan.k_split[-1] // packed)
    limit = settings(GpuGemvSettings, target).packed_unroll
    return blocks // side if blocks % side == 0 and blocks // side <= limit else 0


def _dot_split(plan: Plan, target: Target, threads: int) -> int:
    """Threads sharing a column's K without shuffles: `dot_split`, doubled while the kernel has fewer threads than
    `warps_per_sm` warps (of ASSUMED_WARP threads) a multiprocessor and every thread keeps `min_steps` loads of
    K (wide loads where the target has them). At 16 a column, GPT-2 small's mlp.c_proj (768 columns, K = 3,072)
    ran as 48 groups, each thread a chain of 192 loads, through WebGPU on the H200, whose Vulkan driver reports no
    fixed subgroup width (bench/README.md, fifteenth session)."""
    s = settings(GpuGemvSettings, target)
    split = min(s.dot_split, threads)
    columns = bounds(plan.N)[1] * plan.batches
    steps = bounds(plan.K)[0] // _per_step(plan, target, split)
    while split * 2 <= threads and columns * split < s.warps_per_sm * ASSUMED_WARP * target.multiprocessors \
            and steps // (split * 2) >= s.min_steps:
        split *= 2
    return split


def _vector(plan: Plan, target: Target, split: int) -> int:
    """K elements a "dot" thread of `split` sharing a column reads per step: as many of the weight as one wide
    load of the target moves (8 float16 in 16 bytes), where K is static, a multiple of that and long enough to
    give every thread a load, and every product's weight is a buffer of one dtype (or a cast of one); else 1.
    A target without wide loads reads `element_run` elements a step instead, one load each. A GEMV that loads a
    2-byte element at a time keeps too few bytes in flight to reach the memory's bandwidth (bench/README.md:
    bench/gemv_gpu.py). A packed weight reads runs of its blocks instead (_packed_run)."""
    s = settings(GpuGemvSettings, target)
    if plan.k_split or not isinstance(plan.K, int) or (target.wide_copy_bytes and not s.wide_loads):
        return 1
    raws = [Emitter.raw_source(b) for _, b in plan.products]
    if None in raws or len({b.dtype for b in raws}) != 1:
        return 1
    width = target.wide_copy_bytes // raws[0].dtype.itemsize if target.wide_copy_bytes else s.element_run
    return width if width > 1 and plan.K % width == 0 and plan.K // width >= split else 1


MIN_PACKED_RUN = 4  # positions a thread reads per step of a packed weight at the least (4 bytes of 4-bit codes)


def _packed_run(plan: Plan, target: Target, split: int) -> int:
    """Consecutive positions of a packed weight's innermost run (Plan.k_split: (block, ..., run)) a "dot" thread
    reads per step, each in every bit plane of its block, so the codes byte of a position serves all its planes
    from one load: packed_elements / planes, at most the run, halved (down to MIN_PACKED_RUN) while a row's blocks
    leave some of the `split` threads nothing to read (SmolLM2's K = 576 is 18 blocks of 32), where the target
    has wide loads and the run's chunks divide the threads (each keeps one chunk of every block it reads); else 0
    (one position a thread per step: a byte load per lane, 6-15% of the copy bandwidth, bench/README.md)."""
    s = settings(GpuGemvSettings, target)
    if not plan.k_split or not target.wide_copy_bytes or not s.wide_loads or not isinstance(plan.K, int):
        return 0
    block, inner = plan.k_split[0], plan.k_split[-1]
    positions = _pow2_at_least(min(inner, max(1, s.packed_elements * inner // block)) + 1) // 2
    while positions > MIN_PACKED_RUN and plan.K // block * (inner // positions) < split:
        positions //= 2
    return positions if positions > 1 and inner % positions == 0 and split % (inner // positions) == 0 else 0


def _per_step(plan: Plan, target: Target, split: int) -> int:
    """K elements a "dot" thread of `split` sharing a column reads per step."""
    packed = _packed_run(plan, target, split)
    return packed * plan.k_split[0] // plan.k_split[-1] if packed else _vector(plan, target, split)


def packed_ks(em: Emitter, K: int, k_split: tuple, lane, lanes: int, positions: int,
              steps: int = 0) -> tuple[list, int]:
    """The K loop of a packed weight's blocks for `lanes` threads sharing a column, `positions` per thread (see
    _packed_run); returns the K elements thread `lane` reads in a step: its positions of the block's run, in
    every bit plane. A block's run is read by inner / positions threads side by side, so a warp's loads of
    codes cover a contiguous stretch of them. With `steps` (GpuGemvTile.steps: every thread takes that many) the
    loop counts them (an unrolled loop), or is no loop for one step. Returns (the elements, loops opened)."""
    block, inner = k_split[0], k_split[-1]
    chunks = inner // positions  # threads per block
    blocks, side = K // block, lanes // chunks
    if steps == 1:
        kb = lane // chunks
    elif steps:
        kb = lane // chunks + em.open_loop(em.fresh("t"), steps, LoopKind.UNROLL, scope_kind=ScopeKind.REDUCE) * side
    else:
        kb = em.open_loop(em.fresh("kb"), blocks, LoopKind.REDUCE, start=lane // chunks, step=side,
                          scope_kind=ScopeKind.REDUCE)
    at = kb * block + (lane % chunks) * positions
    return [at + plane + i for plane in range(0, block, inner) for i in range(positions)], int(steps != 1)


def build_gpu_gemv(graph: KernelGraph, plan: Plan, target: Target, max_rows: int | None = None,
                   threads: int | None = None) -> LoopKernel:
    """`max_rows`: compute at most this many rows, in groups of `threads` (the small-batch branch of a bigger
    symbolic row count, inside the Matmul kernel)."""
    p, ints = gemv_schedule(graph, plan, target, threads, max_rows)
    plan = unrounded_weights(plan)
    threads, split, cols = p.threads, p.split, p.cols
    locals_: list = []
    em = new_emitter(graph, lambda em, node, idx, guard, level:  # a prologue's row statistics: the whole group's
                     group_reduce(em, node, idx, guard, level, lid, threads, locals_, target.warp))
    specials, group, lid = gpu_ids(em, threads)
    M, N, K = plan.M, plan.N, plan.K
    rows = min(bounds(M)[1], max_rows or bounds(M)[1])
    blocks = ceil_div(N, p.group_cols)
    batch_extents = [plan.mul.shape[ax] for ax, _ in plan.batch]
    groups = blocks * prod(batch_extents)
    group, live = live_groups(group, groups)
    if p.style == "outer":
        tx, ty = lid % cols, lid // cols
    else:
        tx, ty = lid // split, lid % split
    base, out_base = batch_origin(group // blocks, plan, graph)  # column block fastest
    ns = [(group % blocks) * p.group_cols + c * cols + tx for c in range(p.thread_cols)]  # this thread's columns
    col_oks = [None if isinstance(N, int) and N % p.group_cols == 0 else cond(n, 0, N) for n in ns]
    row_ok = [None if isinstance(M, int) else cond(r, 0, M) for r in range(rows)]
    acc_t, mul_t = plan.reduce.dtype.compute, plan.mul.dtype.compute
    lin = None if ints else _linear_prologue(plan, target, rows)
    folded = fold_prologue(em, plan, lin, base, rows, row_ok, acc_t) if lin else None
    if folded is None:
        emit_prologue(em, plan, base, list(range(rows)), row_ok)
    vec = p.vector
    run_of = plan.k_split[0] if p.packed else vec  # a thread's elements in a step: `vec` apart, or a block apart
    wide = target.wide_copy_bytes
    xq = stage_x(em, plan, base, rows, row_ok, lid, threads, locals_, wide) if ints else None
    staged = None if folded or xq else _stage_rows(em, plan, base, rows, row_ok, lid, threads, target, locals_,
                                                   run_of)
    terms = folded.terms if folded else (plan.a,)  # A as a sum of terms (one, A itself, unless folded)
    per_col = [plan.reads(plan.out_index(out_base, 0, n), n) for n in ns]  # siblings and partners share A's loads
    products = [(red, b, column, c) for c, reads in enumerate(per_col) for red, b, column in reads]
    accs = [em.accumulator(acc_t) for _ in range(rows * len(products) * len(terms))]  # [row][product][term]
    sums = folded.open_sums(em) if folded else []
    run = p.packed or None  # positions read as one run (run_values): a bit plane's of a packed weight
    if p.packed:
        ks, loops = packed_ks(em, K, plan.k_split, ty, split, p.packed, p.steps)
    elif vec > 1:  # thread ty reads K elements kv*vec .. kv*vec + vec - 1, kv = ty, ty + split, ...
        kv = em.open_loop(em.fresh("kv"), K // vec, LoopKind.REDUCE, start=ty, step=split,
                          scope_kind=ScopeKind.REDUCE)
        ks, loops = [kv * vec + i for i in range(vec)], 1
    else:
        k, loops = open_lanes_k(em, K, plan.k_split, ty, split)
        ks = [k]

    def values(t, at, count: int, guard) -> list:  # a term's values: products of wide-loaded factors
        if t.op == "mul":
            return [Alu(t.dtype.compute, "mul", pair) for pair in zip(values(t.src[0], at, count, guard),
                                                                      values(t.src[1], at, count, guard))]
        return em.run_values(t, at, count, guard, wide, run)
    avals = [] if xq else \
        [[[Load(acc_t, staged, r * K + _staged_at(k, K, run_of)) for k in ks]] if staged else
         [None if t is None else values(t, lambda j, r=r: plan.a_index(base, r, ks[j]), len(ks), row_ok[r])
          for t in terms]
         for r in range(rows)]
    for p_i, (_, b, column, c) in enumerate(products):
        bvals = em.run_values(b, lambda j, column=column: plan.b_index(base, ks[j], column), len(ks), col_oks[c],
                              wide, run)
        if xq:
            _int_products(em, xq, rows, ks, bvals, p.packed, accs[p_i::len(products)])
            continue
        for r in range(rows):
            for t_i, tvals in enumerate(avals[r]):
                acc = accs[(r * len(products) + p_i) * len(terms) + t_i]
                for j, bval in enumerate(bvals):
                    em.emit(Update(acc, "sum", bval if tvals is None else Alu(mul_t, "mul", (tvals[j], bval))))
    if folded:
        folded.accumulate(em, ks, row_ok, values)
    for _ in range(loops):
        em.close()
    totals, scratch = _combine(em, accs + sums, acc_t, p, lid, tx, ty, target)
    sum_totals = totals[len(accs):]
    # the epilogue, on the first thread of each column (it holds the totals); one flat guard per row
    for r in range(rows):
        row_totals = []
        for p_i in range(len(products)):
            at = (r * len(products) + p_i) * len(terms)
            parts = totals[at:at + len(terms)]
            row_totals.append(folded.output(em, plan, base, r, parts, sum_totals, row_ok, K) if folded else parts[0])
        each = len(per_col[0])
        for c, n in enumerate(ns):
            em.store_output(plan.out_index(out_base, r, n), reduced=plan.totals(row_totals[c * each:(c + 1) * each]),
                            guard=all_of([live, col_oks[c], row_ok[r]]))
    em.close()
    return em.finish(gpu=True, specials=specials, global_size=grid(groups),
                  local_size=(threads, 1, 1), locals=locals_ + scratch, wave_groups=_wave_groups(groups, threads,
                                                                                                   target))


def gemv_schedule(graph: KernelGraph, plan: Plan, target: Target, threads: int | None = None,
                  max_rows: int | None = None) -> tuple[GpuGemvTile, bool]:
    """The GEMV's tile, and whether its K loop takes integer products (rules/gpu_int_dot.py): a packed weight read
    in runs of positions (int_packed_elements a step), a target whose renderer has dot2lo / dot2hi as the settings
    ask, a kernel of its own (not the small-batch branch of a Matmul: `max_rows`) and a weight that fits
    (gpu_int_dot.fits)."""
    tile = gpu_gemv_tile(plan, target, threads)
    s = settings(GpuGemvSettings, target)
    mode = s.int_dot
    if not plan.k_split or max_rows is not None or not target.byte_dot or not mode or \
            (mode == "native" and target.byte_dot != "native"):
        return tile, False
    ints = gpu_gemv_tile(plan, tune(target, GpuGemvSettings, packed_elements=s.int_packed_elements), threads)
    if ints.packed and fits(graph, unrounded_weights(plan), ints.packed, bounds(plan.M)[1], target.shared_bytes):
        return ints, True
    return tile, False


def _int_products(em: Emitter, xq: StagedX, rows: int, ks: list, bvals: list, positions: int, accs: list) -> None:
    """A step's integer products of one column (`bvals`: its weights at `ks`, `positions` a plane) with every row of
    x (`accs[r]`: row r's accumulator)."""
    for j in range(0, len(ks), positions):
        form = plane_form(em, bvals[j:j + positions])
        if form is None:
            raise LoweringError("the integer dot path was chosen for a weight whose dequant is not affine per bit "
                                "plane with byte codes (gpu_int_dot.fits)")
        for r in range(rows):
            em.emit(Update(accs[r], "sum", plane_products(em, xq, r, ks[j:j + positions], form)))


MIN_WAVE_GROUPS = 4  # groups of a multiprocessor below which asking for one wave binds no GEMV's registers


def _wave_groups(groups: Sint, threads: int, target: Target) -> int:
    """Groups each multiprocessor must hold for the launch to be one wave (LoopKernel.wave_groups), where that
    asks the compiler for fewer registers than it would take: a decode GEMV's groups start together and wait on
    memory together, and a second wave of a few groups costs nearly what the first did (GPT-2 XL's c_fc: 800
    groups of 256 threads, 792 fit at 37 registers a thread; bench/README.md, twenty-first session). 0 where
    the settings say so, the groups are symbolic or more than the multiprocessors hold at once (by threads or by
    groups: ptxas ignores an ask past the hardware's), or a
    multiprocessor would hold fewer than MIN_WAVE_GROUPS (at 256 threads, 3 groups leave 85 registers a thread:
    more than a GEMV takes)."""
    per = ceil_div(groups, target.multiprocessors) if isinstance(groups, int) else 0
    if not settings(GpuGemvSettings, target).one_wave or per < MIN_WAVE_GROUPS:
        return 0
    fits = per * threads <= target.multiprocessor_threads and per <= target.multiprocessor_groups
    return per if fits else 0


def _stage_rows(em: Emitter, plan: Plan, base: list, rows: int, row_ok: list, lid, threads: int, target: Target,
                locals_: list, vector: int) -> str | None:
    """With a prologue (a norm before the product), the group writes its rows of A, normalised, to group memory
    once, and the K loop reads them there: one load per K step instead of the norm's loads and arithmetic in
    every step of every column's loop. Returns the array's name, or None (no prologue, or the rows do not fit in
    a quarter of the group memory: the K loop computes A itself). With `vector` K elements a thread, a row is
    stored as _staged_at says."""
    acc_t, K = plan.reduce.dtype.compute, plan.K
    if not plan.prologue or not isinstance(K, int) or rows * K * acc_t.itemsize > target.shared_bytes // 4:
        return None
    name = em.fresh("arow")
    locals_.append(LocalArray(name, acc_t, rows * K))
    for r in range(rows):
        j = em.open_loop(em.fresh("j"), K, LoopKind.SERIAL, start=lid, step=threads)
        em.emit(Store(name, r * K + _staged_at(j, K, vector), em.value(plan.a, plan.a_index(base, r, j), row_ok[r])))
        em.close()
    em.emit(Barrier())
    return name


def _staged_at(k: Sint, K: int, vector: int) -> Sint:
    """Where a staged row keeps its element k. A thread that reads `vector` consecutive elements of K per step
    (or a run of each `vector`-element block of a packed weight) would have a warp's lanes `vector` elements
    apart, all in a few of the memory's 32 banks; stored element (k % vector) of every run side by side, lane l's
    i-th element sits next to lane l+1's, as with vector 1."""
    return k if vector == 1 else (k % vector) * (K // vector) + k // vector


def open_lanes_k(em: Emitter, K, k_split: tuple, lane, lanes: int) -> tuple:
    """The K loop of `lanes` threads sharing a column, thread `lane` of them; returns (k, loops opened).
    Plain K: k = lane, lane + lanes, ... With a packed operand's blocks (Plan.k_split, innermost run I): the
    threads take consecutive positions of a run (lanes // I blocks side by side, or I / lanes positions each),
    so a warp reads a contiguous stretch of codes and every byte it loads serves all of its bit planes (the
    middle loops) from one load."""
    if not k_split:
        return em.open_loop(em.fresh("k"), K, LoopKind.REDUCE, start=lane, step=lanes, scope_kind=ScopeKind.REDUCE), 1
    inner = k_split[-1]
    fits = lanes % inner == 0  # whole runs per warp; else every lane strides the run (no position read twice)
    side = lanes // inner if fits else 1  # blocks read side by side
    k = em.open_loop(em.fresh("kb"), K // k_split[0], LoopKind.REDUCE, start=lane // inner if side > 1 else 0,
                     step=side, scope_kind=ScopeKind.REDUCE) * k_split[0]
    loops = len(k_split)
    if fits:
        k = k + lane % inner
    else:  # the run's positions before its bit planes: a loaded byte stays in a register across the planes
        k = k + em.open_loop(em.fresh("k"), inner, LoopKind.REDUCE, start=lane, step=lanes, scope_kind=ScopeKind.REDUCE)
        loops += 1
    for outer, run in zip(k_split, k_split[1:]):
        k = k + em.open_loop(em.fresh("kj"), outer // run, LoopKind.SERIAL, scope_kind=ScopeKind.REDUCE) * run
    return k, loops


SERIAL_TAIL = 16  # without shuffles: partial sums a column's first thread adds up itself (more are halved first)


def _combine(em: Emitter, accs: list, acc_t, p: GpuGemvTile, lid, tx, ty, target: Target) -> tuple[list, list]:
    """Sum each column's `split` partial results: a warp shuffle when one warp holds them, else group memory
    (every thread writes its partials; a "dot" column's are halved in a tree down to SERIAL_TAIL, and the first
    thread of each column adds up what is left). Returns with a guard open that admits only that first thread."""
    if p.shuffle:
        width = min(p.split, target.warp)  # a column's lanes: a whole warp, or an aligned part of one
        totals = [em.named(WarpReduce(acc_t, "sum", Ref(acc_t, acc), width)) for acc in accs]
        if p.warps == 1:
            em.open_if(cond(ty, 0, 1))
            return totals, []
        smem = em.fresh("part")  # each warp's lane 0 writes its sums; the column's first thread adds them up
        at = lambda i, w: (i * p.cols + tx) * p.warps + w  # noqa: E731
        em.open_if(cond(ty % target.warp, 0, 1))
        for i, total in enumerate(totals):
            em.emit(Store(smem, at(i, ty // target.warp), total))
        em.close()
        em.emit(Barrier())
        em.open_if(cond(ty, 0, 1))
        sums = []
        for i in range(len(accs)):
            name = em.accumulator(acc_t, prefix="row")
            for w in range(p.warps):
                em.emit(Update(name, "sum", Load(acc_t, smem, at(i, w))))
            sums.append(Ref(acc_t, name))
        return sums, [LocalArray(smem, acc_t, len(accs) * p.cols * p.warps)]
    threads, split, cols = p.threads, p.split, p.cols
    smem = em.fresh("part")
    local = LocalArray(smem, acc_t, threads * len(accs))
    for r, acc in enumerate(accs):
        em.emit(Store(smem, r * threads + lid, Ref(acc_t, acc)))
    em.emit(Barrier())
    tail = split
    if p.style == "dot":  # a column's partials sit side by side: halve them in a tree down to SERIAL_TAIL
        while tail > SERIAL_TAIL:
            tail //= 2
            em.open_if(cond(ty, 0, tail))
            for r in range(len(accs)):
                at = r * threads + tx * split + ty
                em.emit(Store(smem, at, Alu(acc_t, "add", (Load(acc_t, smem, at), Load(acc_t, smem, at + tail)))))
            em.close()
            em.emit(Barrier())
    em.open_if(cond(ty, 0, 1))
    totals = []
    for r in range(len(accs)):
        name = em.accumulator(acc_t, prefix="row")
        j = em.open_loop(em.fresh("j"), tail, LoopKind.SERIAL)
        other = j * cols + tx if p.style == "outer" else tx * split + j
        em.emit(Update(name, "sum", Load(acc_t, smem, r * threads + other)))
        em.close()
        totals.append(Ref(acc_t, name))
    return totals, [local]


def gpu_gemv_text(graph: KernelGraph, plan: Plan, target: Target) -> str:
    """What the GPU GEMV kernel does, for `describe`."""
    p, ints = gemv_schedule(graph, plan, target)
    how = "group memory" if not p.shuffle else "a warp shuffle" if p.warps == 1 else \
        f"warp shuffles, then group memory across the column's {p.warps} warps"
    return (f"gemv rows={plan.M} N={plan.N} K={plan.K} ({p.style}): {p.group_cols} columns per group of "
            f"{p.threads}, {p.split} threads split K per column"
            + (f", {p.thread_cols} columns a thread side by side" if p.thread_cols > 1 else "")
            + f", partial sums combined by {how}"
            + ("; a packed operand dequantized in the K loop" if plan.k_split else "")
            + (f", {p.packed} positions of a block's run a thread per step in every bit plane, in wide loads"
               if p.packed else "")
            + (f", {p.steps} steps a thread in an unrolled loop (their loads issued together)" if p.steps > 1 else "")
            + (f"; {p.vector} consecutive K elements a thread per step, the weight's in one wide load"
               if p.vector > 1 else "")
            + ("; integer products: x quantized to int16 per run into group memory, four codes a word of bytes "
               "against two words of x (dot2lo/dot2hi), scaled once a run (rules/gpu_int_dot.py)" if ints else "")
            + sibling_text(plan) + (prologue_text(plan, "by the whole group (the normalised rows are what is "
                                                          "quantized)") if ints else _prologue_text(plan, target)))


def _linear_prologue(plan: Plan, target: Target, rows: int) -> LinearPrologue | None:
    """The plan's norm as a linear form to fold into the K loop, where the settings allow it, the K loop is one
    loop (a packed weight's is where a thread reads runs of its blocks, _packed_run; the byte-a-lane loop nest
    keeps the staged norm) and the kernel computes one row: every row more adds an accumulator per term and per
    sum, and registers are what the fold already costs on GPT-2 XL (bench/README.md, tenth session), so batched
    rows keep the staged norm until measured; so do products of more groups than one wave of the folded kernel
    holds (GpuGemvSettings.fold_groups_per_sm, fold_packed_groups_per_sm)."""
    s = settings(GpuGemvSettings, target)
    if not plan.prologue or rows != 1 or not s.fold_norms:
        return None
    tile = gpu_gemv_tile(plan, target)
    if plan.k_split and not tile.packed:
        return None
    per_sm = s.fold_packed_groups_per_sm if plan.k_split else s.fold_groups_per_sm
    if ceil_div(bounds(plan.N)[1], tile.group_cols) * plan.batches > per_sm * target.multiprocessors:
        return None
    return linear_prologue(plan.a, plan.prologue)


def _prologue_text(plan: Plan, target: Target) -> str:
    lin = _linear_prologue(plan, target, bounds(plan.M)[1])
    if lin is None:
        return prologue_text(plan, "by the whole group")
    sums = {id(t) for pairs in lin.sums.values() for _, t in pairs if t is not None}
    return (f"; the norm before it (row reductions of the input) folded into the K loop: A as {len(lin.terms)} "
            f"term(s) times the weight and {len(sums)} plain sum(s) in one pass, its statistics from those sums "
            f"after the loop (rules/linear_prologue.py)")
