"""Matmul on tensor cores (CUDA sm_80+, float16 or bfloat16 operands): the TensorCoreMatmul rule's schedule
(the rule is in matmul.py).

The outer structure is the GPU Matmul rule's (gpu_matmul.py): a group owns a
tile_m x tile_n output tile, and the K loop stages `depth`-deep panels of A
and B through group memory with the prologue applied and the edges zero-filled.
The inner product differs: the group's warps form a grid, each warp owns a
32 x 32 sub-tile, that is 2 x 4 tiles of 16 x 8, and every 16 of K is one
`Mma` (PTX mma.sync.m16n8k16, float32 accumulation) per 16 x 8 tile.

Group memory holds `stages` panels in a ring: while the warps multiply panel
k, the copies of panels k + 1 .. k + stages - 1 are in flight (raw operands
move 16 bytes per asynchronous Copy where the alignment is provable, each
panel one committed batch), and one barrier per step suffices. A is kept
K-contiguous; B keeps its global layout (K-contiguous for x @ W.T, N-contiguous
for a weight stored [K, N]), so staging never transposes. Rows are padded by 8
elements so a warp's fragment reads spread over the banks.

The epilogue runs on each lane's accumulators at the positions `mma_fragment`
gives, behind the same masks as the Matmul rule, so any M, N, K and any Var
value within bounds is safe.

A serving batch (few rows, N of a few thousand) has few output tiles: 50 for
N = 1,600, fewer than the H200's 132 multiprocessors, each walking K alone. Its
configuration may split K across `k_warps` warps of a group: a staged panel is
k_warps slices of `depth`, warp w multiplies slice w of every panel (so a
group keeps k_warps times the bytes in flight), and at the end the warps add
their partial tiles through group memory before the first one stores.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.dtype import DType, bfloat16, float16, int32
from minic.ir.symbolic import Sint, bounds, ceil_div
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Alu,
    AwaitCopies,
    Barrier,
    CommitCopies,
    DeviceArray,
    Fence,
    Load,
    LocalArray,
    LoopKernel,
    LoopKind,
    Mma,
    Ref,
    Store,
    cond,
    mma_fragment,
)
from minic.sched.lower import Emitter, ScopeKind
from minic.sched.rules.gpu_matmul import Staging, output_tile, stage, store_output
from minic.sched.rules.matmul_plan import Plan
from minic.sched.rules.nest import gpu_ids, grid, last_to_arrive, new_emitter
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target

WARP_M, WARP_N = 32, 32  # each warp's share of the output tile
MMA_M, MMA_N, MMA_K = 16, 8, 16  # one Mma
PAD = 8  # elements after each row of a panel in group memory (bank spread for the fragment reads)
MMA_DTYPES = (float16, bfloat16)


@dataclass(frozen=True)
class MmaSettings(RuleSettings):
    tiles: tuple = ((128, 128), (128, 64), (64, 64))  # output tiles per group, largest first: the first that gives
    #     every multiprocessor `waves` groups (and fits the group memory) is used, else the one with the most groups
    #     (bench/gpu_matmul_tiles.py compares them; results in bench/README.md)
    waves: int = 4  # groups per multiprocessor that make a big tile worth it (fewer leave wave tails)
    depth: int = 64  # K elements per staged panel (a multiple of 16)
    stages: int = 4  # panels in group memory: one in use, the others' copies in flight
    var_rows: tuple = ((64, 64), 4)  # (tile, stages) for a symbolic row count: one kernel serves n = 1 (decode)
    #     to n = 1024 (prefill); 64x64 tiles (the most groups at a prefill's rows), four panels in flight (74 KB;
    #     bench/README.md, fifteenth session, compares tiles and panel counts on GPT-2 prefills) ...
    var_split: tuple = (2, 4, 128, 4)  # ... (stages, k_warps, rows, k_groups): where a prefill of `rows` rows
    #     gives the product fewer groups than the device has multiprocessors (GPT-2's c_proj: 2 x 12 tiles small,
    #     2 x 25 XL), K is split over k_warps warps a tile, so each group keeps k_warps times the bytes in flight,
    #     and over up to k_groups groups a tile (as many as fill the multiprocessors at `rows` rows), which add
    #     their partial tiles through device memory (bench/README.md, sixteenth session: both sweeps on GPT-2)
    var_keys: tuple = (2, 2)  # (stages, k_warps) instead of var_split's for a product of few columns whose K is
    #     symbolic too (attention's P @ V, K the keys): no split across groups, whose runs would each be a fraction
    #     of a panel at a prefill's key count (GPT-2 small's P @ V at 128 tokens: 16.4 us with var_split, 12.1 so;
    #     bench/README.md, twenty-fourth session)
    few_rows: tuple = ((32, 32), 4, 4)  # (tile, stages, k_warps) for a symbolic row count bounded by the tile's
    #     rows (a serving batch of up to 32 sequences): one warp per 32x32 tile, K split over k_warps warps, and
    #     more panels in flight along the long K walk


@dataclass(frozen=True)
class MmaLayout:
    """One tensor-core configuration: the group's output tile, its warps and threads, and group memory."""
    tile_m: int
    tile_n: int
    depth: int  # K per staged panel: k_warps slices of MmaSettings.depth
    warps_n: int  # warps along N
    k_warps: int  # warps that split K for the same output tile (each owns one slice of every panel)
    threads: int
    lda: int  # row pitch of A's panel in group memory (padded)
    ldb: int
    stage_a: int  # elements of one panel of A
    stage_b: int
    b_kmajor: bool  # B's panel is N-contiguous (a [K, N] weight)
    smem: int  # bytes of group memory for all stages
    stages: int
    k_groups: int = 1  # groups that split K for the same output tile (their partial tiles meet in device memory)


def mma_text(plan: Plan, target: Target) -> str:
    """What the tensor-core kernel does, for `describe`."""
    p = mma_layout(target, plan)
    return (f"matmul M={plan.M} N={plan.N} K={plan.K} on tensor cores: {p.tile_m}x{p.tile_n} output tiles "
            f"per group of {p.threads} threads (a 32x32 tile per warp, mma.m16n8k16 on {plan.a.dtype.name}, "
            f"float32 accumulators), A and B through a ring of {p.stages} panels of {p.depth} K in "
            f"group memory, B {'N' if p.b_kmajor else 'K'}-contiguous; edges masked"
            + (f"; K split over {p.k_warps} warps a tile, added in group memory" if p.k_warps > 1 else "")
            + (f"; K split over {p.k_groups} groups a tile, the last to finish adding the partial tiles from device "
               f"memory" if p.k_groups > 1 else "")
            + ("" if isinstance(plan.M, int) else f"; one kernel for every {plan.M}, few rows included"))


def _layout(target: Target, plan: Plan, tile: tuple, stages: int, k_warps: int = 1, k_groups: int = 1) -> MmaLayout:
    """Threads, row pitches and group-memory bytes of one configuration. K is split over no more warps than it
    has slices of MmaSettings.depth, and over no more groups than it has panels (on a target with device
    scratch)."""
    (tile_m, tile_n), slice_k = tile, settings(MmaSettings, target).depth
    k_warps = max(1, min(k_warps, ceil_div(bounds(plan.K)[1], slice_k)))
    depth = slice_k * k_warps
    b_kmajor = plan.b_stride_n == 1
    warps = (tile_m // WARP_M) * (tile_n // WARP_N) * k_warps
    lda, ldb = depth + PAD, (tile_n if b_kmajor else depth) + PAD
    stage_a, stage_b = tile_m * lda, (depth if b_kmajor else tile_n) * ldb
    partials = (k_warps - 1) * tile_m * tile_n * plan.reduce.dtype.compute.itemsize
    smem = stages * (stage_a + stage_b) * plan.a.dtype.itemsize + partials
    k_groups = max(1, min(k_groups, ceil_div(bounds(plan.K)[1], depth))) if target.device_scratch else 1
    return MmaLayout(tile_m, tile_n, depth, tile_n // WARP_N, k_warps, 32 * warps, lda, ldb, stage_a, stage_b,
                     b_kmajor, smem, stages, k_groups)


def _fault(target: Target, p: MmaLayout) -> str | None:
    """Why a configuration cannot run on this target (None: it can)."""
    tile_m, tile_n, depth = p.tile_m, p.tile_n, p.depth
    if p.stages < 2:
        return "mma stages must be at least 2 (a panel in use and one in flight)"
    if tile_m % WARP_M or tile_n % WARP_N or depth % MMA_K or (tile_m * depth) % p.threads or \
            ((tile_n * depth) % p.threads):
        return f"mma tile {tile_m}x{tile_n} / depth {depth} do not split into 32x32 warp tiles and 16 of K"
    if p.threads > target.max_threads:
        return f"a {tile_m}x{tile_n} tile needs {p.threads} threads, the device allows {target.max_threads}"
    if target.shared_bytes and p.smem > target.shared_bytes:
        return f"{p.smem} bytes of group memory exceed the device's {target.shared_bytes}"
    return None


def mma_layout(target: Target, plan: Plan) -> MmaLayout:
    """With a symbolic row count, MmaSettings.few_rows when its bound fits that tile's rows (its K split only when
    the tiles leave multiprocessors idle: a split group's deeper ring fits fewer groups on one), else var_rows
    (the kernel must also be quick at a few rows), its K split as var_split says for products of few columns
    (as var_keys says where K is symbolic too).
    Else the first of MmaSettings.tiles that gives every multiprocessor `waves` groups, else the one that gives
    the most groups (the smaller on a tie), with `stages` panels."""
    s = settings(MmaSettings, target)
    batch = plan.batches
    rows, cols = bounds(plan.M)[1], bounds(plan.N)[1]

    def groups(tile: tuple, at_rows: int = rows) -> int:
        return ceil_div(min(at_rows, rows), tile[0]) * ceil_div(cols, tile[1]) * batch
    if not isinstance(plan.M, int):
        if rows <= s.few_rows[0][0]:
            tile, stages, k_warps = s.few_rows
            k_warps, k_groups = k_warps if groups(tile) < target.multiprocessors else 1, 1
        else:
            (tile, stages), k_warps, k_groups = s.var_rows, 1, 1
            split_stages, split_warps, typical, most_groups = s.var_split
            few = groups(tile, typical)
            if few < target.multiprocessors and not isinstance(plan.K, int):
                stages, k_warps = s.var_keys
            elif few < target.multiprocessors:
                stages, k_warps = split_stages, split_warps
                k_groups = max(1, min(most_groups, target.multiprocessors // few))
        p = _layout(target, plan, tile, stages, k_warps, k_groups)
        if _fault(target, p) is None:
            return p
    tiles = [t for t in s.tiles if _fault(target, _layout(target, plan, t, s.stages)) is None]
    full = [t for t in tiles if groups(t) >= s.waves * target.multiprocessors]
    tile = full[0] if full else max(tiles, key=lambda t: (groups(t), -t[0] * t[1]))
    return _layout(target, plan, tile, s.stages)


def mma_declines(plan: Plan, target: Target) -> str | None:
    """Why the tensor-core schedule does not fit this product on this target (None: it does)."""
    if not target.mma:
        return "the target has no tensor cores (mma.sync needs CUDA sm_80 or newer)"
    if plan.a.dtype != plan.b.dtype or plan.a.dtype not in MMA_DTYPES:
        return (f"operands are {plan.a.dtype.name} and {plan.b.dtype.name}: tensor cores take two float16 or two "
                f"bfloat16 operands (others would be rounded)")
    s = settings(MmaSettings, target)
    faults = [_fault(target, _layout(target, plan, t, s.stages)) for t in s.tiles]
    return None if None in faults else faults[0]


def build_gpu_mma(graph: KernelGraph, plan: Plan, target: Target) -> LoopKernel:
    """The tensor-core kernel. With a symbolic row count it has no small-batch GEMV branch (gpu_small_batch.py):
    the MmaSettings.var_rows configuration is as quick as the GEMV schedule at n <= 4 on the H200 (numbers in
    bench/README.md), while a GEMV branch in the same kernel would run under this schedule's group memory and
    group size."""
    p = mma_layout(target, plan)
    tile_m, tile_n, depth, threads, lda, ldb = p.tile_m, p.tile_n, p.depth, p.threads, p.lda, p.ldb
    kmajor, slice_k = p.b_kmajor, depth // p.k_warps
    em = new_emitter(graph)
    specials, group, lid = gpu_ids(em, threads)
    K, splits = plan.K, p.k_groups
    split, group = (group % splits, group // splits) if splits > 1 else (0, group)  # K part `split` of a tile
    groups, live, base, out_base, m0, n0 = output_tile(group, plan, graph, tile_m, tile_n)
    warp, lane = lid // 32, lid % 32
    tile_warps = (tile_m // WARP_M) * p.warps_n
    k_slice, warp = warp // tile_warps, warp % tile_warps  # which slice of each panel; which 32x32 of the tile
    wm, wn = (warp // p.warps_n) * WARP_M, (warp % p.warps_n) * WARP_N
    dt, acc_t = plan.a.dtype, plan.reduce.dtype.compute
    a_smem, b_smem = em.fresh("As"), em.fresh("Bs")
    stages = p.stages
    locals_ = [LocalArray(a_smem, dt, stages * p.stage_a), LocalArray(b_smem, dt, stages * p.stage_b)]
    accs = {(i, j): tuple(em.accumulator(acc_t) for _ in range(4))
            for i in range(WARP_M // MMA_M) for j in range(WARP_N // MMA_N)}

    def stage_into(step: Sint) -> None:
        """This group's K panel `step`, if it has one, into ring slot step % stages, as one batch of copies (a
        panel past K, the last part's when the parts do not divide it, is staged as zeros)."""
        guard = cond(step, 0, steps)
        if guard is not None:
            em.open_if(guard)
        a_at, b_at = (step % stages) * p.stage_a, (step % stages) * p.stage_b
        b_to = (lambda k, n: b_at + k * ldb + n) if kmajor else (lambda k, n: b_at + n * ldb + k)
        a_to = (a_smem, lambda m, k: a_at + m * lda + k)
        stage(em, plan, base, (m0, n0, (split * steps + step) * depth), (tile_m, tile_n, depth), a_to, (b_smem, b_to),
              Staging(lid, threads, dt, target.wide_copy_bytes, asynchronous=True))
        if guard is not None:
            em.close()
        em.emit(CommitCopies())  # also when empty: batch i is always panel i

    steps = ceil_div(ceil_div(K, depth), splits)  # panels per K part
    for step in range(stages - 1):
        stage_into(step)
    kt = em.open_loop(em.fresh("k"), steps, LoopKind.SERIAL, scope_kind=ScopeKind.REDUCE)
    em.emit(AwaitCopies(stages - 2))  # panel kt is in: only the later ones may still be in flight
    em.emit(Barrier())  # ... for every thread; and every warp is done with panel kt - 1, whose slot is refilled now
    stage_into(kt + stages - 1)
    a_at, b_at = (kt % stages) * p.stage_a, (kt % stages) * p.stage_b
    for k in range(0, slice_k, MMA_K):
        k = k_slice * slice_k + k if p.k_warps > 1 else k
        for (i, j), names in accs.items():
            b_index = b_at + (k * ldb + wn + MMA_N * j if kmajor else (wn + MMA_N * j) * ldb + k)
            em.emit(Mma(names, dt, a_smem, a_at + (wm + MMA_M * i) * lda + k, lda, b_smem, b_index, ldb, kmajor))
    em.close()
    # each lane's outputs: (accumulator, position in the group's tile)
    outputs = [(Ref(acc_t, name), (wm + MMA_M * i + r, wn + MMA_N * j + c))
               for (i, j), names in accs.items() for name, (r, c) in zip(names, mma_fragment(lane))]
    if p.k_warps > 1:
        outputs = _add_slices(em, outputs, k_slice, p, acc_t, locals_)
    arrays, opened = [], int(p.k_warps > 1)
    if splits > 1:
        arrays = _add_parts(em, outputs, plan, p, (group % groups, split), (lid, k_slice, live), acc_t, locals_)
        opened += 1
    for total, (r, c) in outputs:
        store_output(em, graph, plan, (out_base, live, tile_m, tile_n), m0 + r, n0 + c, total)
    for _ in range(opened):
        em.close()
    return em.finish(gpu=True, specials=specials, global_size=grid(groups * splits),
                  local_size=(threads, 1, 1), locals=locals_, device_arrays=arrays)


def _add_parts(em: Emitter, outputs: list, plan: Plan, p: MmaLayout, at: tuple, ids: tuple, acc_t: DType,
               locals_: list) -> list:
    """The groups of one output tile (`at`: the tile's number, this group's K part) each computed a partial tile
    over its part of K: each stores it to device memory, and the last of them to arrive (nest.last_to_arrive)
    adds them up. Replaces `outputs` (accumulator, position) by those sums, read inside the last group's If
    (and, with K split over warps too, inside _add_slices' If, which is closed around the group's barriers and
    opened again). Returns the DeviceArrays it uses."""
    tile, split = at
    lid, k_slice, live = ids
    size, splits = p.tile_m * p.tile_n, p.k_groups
    tiles = ceil_div(bounds(plan.M)[1], p.tile_m) * ceil_div(bounds(plan.N)[1], p.tile_n) * plan.batches
    partials, arrivals = em.fresh("parts"), em.fresh("arrivals")
    em.open_if(live)  # a folded grid's extra groups redo a real group's work: they must not store or arrive
    for acc, (r, c) in outputs:
        em.emit(Store(partials, (tile * splits + split) * size + r * p.tile_n + c, acc))
    em.emit(Fence())
    em.close()
    if p.k_warps > 1:
        em.close()
    last_to_arrive(em, arrivals, tile, splits, lid, live, locals_)
    if p.k_warps > 1:
        em.open_if(cond(k_slice, 0, 1))
    sums = []
    for _, (r, c) in outputs:
        parts = [Load(acc_t, partials, (tile * splits + s) * size + r * p.tile_n + c) for s in range(splits)]
        total = parts[0]
        for part in parts[1:]:
            total = Alu(acc_t, "add", (total, part))
        sums.append((em.named(total, "sum"), (r, c)))
    outputs[:] = sums
    return [DeviceArray(partials, acc_t, tiles * splits * size), DeviceArray(arrivals, int32, tiles)]


def _add_slices(em: Emitter, outputs: list, k_slice: Sint, p: MmaLayout, acc_t: DType, locals_: list) -> list:
    """The warps of K slices 1.. write their partial tiles to group memory; after a barrier, the warps of slice 0
    add them to their own. Returns the totals of slice 0's warps, inside an `if` on the slice (the caller stores
    them and closes it)."""
    tile = p.tile_m * p.tile_n
    partials = em.fresh("partial")
    locals_.append(LocalArray(partials, acc_t, (p.k_warps - 1) * tile))
    em.open_if(cond(k_slice, 1, p.k_warps))
    for acc, (r, c) in outputs:
        em.emit(Store(partials, (k_slice - 1) * tile + r * p.tile_n + c, acc))
    em.close()
    em.emit(Barrier())
    em.open_if(cond(k_slice, 0, 1))
    totals = []
    for acc, (r, c) in outputs:
        total = acc
        for s in range(1, p.k_warps):
            total = Alu(acc_t, "add", (total, Load(acc_t, partials, (s - 1) * tile + r * p.tile_n + c)))
        totals.append((total, (r, c)))
    return totals
