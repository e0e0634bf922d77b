"""The Attention rule: softmax(scores) @ values as one kernel, an online softmax over the keys.

The pattern and its CPU lowering live in minic/sched/attention.py (the fuser needs them to keep the pattern in one
kernel); this module decides where the rule applies and how threads share a row:
  CPU   decode (up to `max_cpu_queries` query rows per head): rows across cores; a row walks its keys once, 16
        at a time (their scores into a scratch, one max and one rescale a block), its value columns in a scratch
        the size of a head. Prefill (more rows): panels of rows in SIMD lanes across cores, each block of keys
        shared by a panel's rows through register tiles (minic/sched/cpu_attention.py).
  GPU   S groups of T threads per softmax row ("flash-decoding"), group s walking the s-th of S equal runs of
        the keys (ceil(m / S) each, whatever the key count m is at this call), T keys per step: each warp scores
        every (T / 32)-th key of the step, its lanes splitting q.k (shuffles; one thread per key where the device
        has none), into group memory; the group agrees on the step's max and sum, turns the scores into weights
        in place, and thread t adds the weighted values of column t % d over every (T / d)-th key of the step.
        A group then leaves its run's max, sum and d unnormalised columns in device scratch (loopir.DeviceArray)
        and counts itself in with an atomic add; the row's last group to arrive combines the S partials and puts
        the counter back to zero. One kernel, no score matrix, K and V read once, and S x rows groups to fill the
        device at decode's few rows. S is fixed per kernel (from the multiprocessor count, the fewest rows and
        the key count's bound), so one CUDA Graph serves every key count. Devices without device scratch
        (WebGPU; OpenCL before C 2.0) get S = 1, which measured slower than the three-kernel path on the H200 and
        is off by default there (`max_gpu_rows`, see AttentionSettings).
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.dtype import int32
from minic.ir.node import VIEWS_CASTS, Node, below_views
from minic.ir.symbolic import Sint, bounds, ceil_div
from minic.sched.attention import (
    NEG_INF,
    AttentionMatch,
    build_cpu_attention,
    exp_minus,
    find_attention,
    output_index,
    rescaling,
    score_dot,
    skips_blocks,
    value_at,
)
from minic.sched.cpu_attention import (
    PanelShape,
    applies,
    build_panel_attention,
    panel_shape,
)
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Alu,
    Barrier,
    Const,
    DeviceArray,
    Fence,
    Load,
    LocalArray,
    LoopKernel,
    LoopKind,
    Ref,
    Store,
    Update,
    Val,
    all_of,
    cond,
)
from minic.sched.lower import Emitter, unravel_into
from minic.sched.rules.base import Rule, is_disabled
from minic.sched.rules.nest import (
    combine_in_group,
    gpu_ids,
    grid,
    group_reduce,
    last_to_arrive,
    live_groups,
    new_emitter,
    warp_stage_ok,
)
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class AttentionSettings(RuleSettings):
    threads: int = 256  # GPU: threads per group, keys per step (at least the head dim, a power of two)
    score_lanes: int = 8  # GPU with lane shuffles: threads that split one key's q.k (a power of two, <= a warp)
    value_unroll: int = 4  # GPU: keys whose values a thread loads at once in the weighted sum
    # GPU with device scratch (split keys): softmax rows (all heads, all batch rows) up to which the rule takes
    # attention; more (batched decode, prefill) go to the three-kernel path: GPT-2 XL's paged decode on the H200
    # ran B=4 (100 rows) 6% and B=16 (400 rows) 25% faster that way, B=1 (25 rows) the same (bench/README.md)
    max_split_rows: int = 64
    groups_per_multiprocessor: int = 2  # GPU, split keys: groups per multiprocessor the splits aim for
    min_split_keys: int = 16  # GPU, split keys: no more splits than leave this many keys each at the bound
    max_splits: int = 64
    max_partials: int = 16384  # GPU, split keys: rows x splits at the rows' bound (the device scratch they need)
    splits: int = 0  # GPU, split keys: groups per row; 0 = from the device and the shapes (see _splits)
    split_threads: int = 256  # GPU, split keys: threads per group (at least a warp and the head dim)
    max_steps: int = 4  # GPU, split keys: enough splits that a run is at most this many steps at the bound
    # GPU without device scratch (one group per row): softmax rows up to which the rule takes attention. 0 (off)
    # by default: on the H200 this schedule measured slower than the three-kernel path at every decode shape
    # (bench/README.md, "Attention"); tune it on to study it (bench/attention.py, tests/test_attention.py do)
    max_gpu_rows: int = 0
    # CPU: query rows per head up to which a row walks the keys alone; more take panels. 2-core AVX-512, GPT-2's
    # heads, kernel time rows / panels: 0.33x at 2 rows, 0.57x at 4, 0.95x at 8, 1.55-1.8x at 16 (bench/README.md)
    max_cpu_queries: int = 8
    cpu_key_block: int = 16  # CPU, a row alone: keys it scores before it updates its running max
    # CPU, more query rows (prefill): panels of this many SIMD vectors of rows share each block of keys
    # (sched/cpu_attention.py); 0 leaves them to the matmul rules (scores, softmax and product as three kernels)
    cpu_panel_vectors: int = 4
    cpu_panel_keys: int = 48  # CPU panels: keys a block
    cpu_panel_tile: int = 6  # CPU panels: keys (value columns) of a register tile, with the panel's rows

    @classmethod
    def defaults(cls, target: Target) -> AttentionSettings:
        """Panels of 4 SIMD vectors of rows where a 6 x 4 tile's accumulators fit the registers (32 with
        AVX-512), 2 in AVX2's 16: on a 2-core AVX-512 machine 4 vectors ran GPT-2's 1,024-token prefill attention
        1.6x faster than 2 (bench/README.md, "prefill attention in panels of rows")."""
        return cls() if target.vector_registers >= 32 else cls(cpu_panel_vectors=2)


def keeps(match: AttentionMatch, target: Target) -> bool:
    """Whether the fuser should keep `match` in one kernel for this rule on `target`. A CPU keeps every attention
    whose scores are one q.k product (panels for prefill, rows alone for decode); a GPU keeps decode-sized work,
    where one pass over the keys beats three kernels, and leaves prefill's many query rows to the matmul rules,
    whose tensor-core tiles share each key among many rows (bench/README.md has both measured)."""
    if is_disabled("Attention"):
        return False
    s = settings(AttentionSettings, target)
    if not target.gpu:
        return _row_at_a_time(match, target) or bool(s.cpu_panel_vectors) and not isinstance(applies(match), str)
    rows = s.max_split_rows if target.device_scratch else s.max_gpu_rows
    return bounds(match.rows())[1] <= rows and _threads(match, target) is not None


QUERY_CUT = "attention reads its query at every key: a computed query (RoPE, a scale) is realized once instead"


def query_cut(graph: KernelGraph, target: Target) -> list[tuple[Node, str]]:
    """The fuser's question for an attention kernel this rule keeps: a query computed on the way (LLaMA's RoPE)
    sits inside the scores' q.k loop, which runs once per key, so the rotation would be recomputed for every key
    (on SmolLM2's CPU decode that doubled the kernel's time). Realized, it is computed once; a query read as
    stored (GPT-2's q, a view of the qkv buffer) is left alone."""
    match = find_attention(graph.root)
    if isinstance(match, str) or not keeps(match, target):
        return []
    split = score_dot(match)
    if isinstance(split, str):
        return []
    query = below_views(split.query, VIEWS_CASTS)
    return [] if Emitter.is_raw(query) else [(query, QUERY_CUT)]


def _row_at_a_time(match: AttentionMatch, target: Target) -> bool:
    """CPU: whether each query row walks the keys alone, not in panels: decode's few rows, and every attention on
    the PY backend, whose kernels are there to be read and stepped through (a panel's register tiles, written
    out, are thousands of lines)."""
    return not target.compiled or bounds(match.queries)[1] <= settings(AttentionSettings, target).max_cpu_queries


def _panel(match: AttentionMatch, target: Target) -> PanelShape:
    s = settings(AttentionSettings, target)
    return panel_shape(match, s.cpu_panel_vectors, s.cpu_panel_keys, s.cpu_panel_tile, max(1, target.vector_bytes // 4))


def _threads(match: AttentionMatch, target: Target) -> int | None:
    """Threads per group: the setting, raised to a power of two that covers the head dim; None if the device
    cannot run that many or hold the step's weights and partial columns in group memory."""
    threads = max(settings(AttentionSettings, target).threads, 1 << (match.head_dim - 1).bit_length())
    return threads if threads <= target.max_threads and 4 * 4 * threads <= target.shared_bytes else None


def _lanes(match: AttentionMatch, target: Target) -> int:
    """Threads that split one key's q.k: `score_lanes` of a warp where shuffles can combine an aligned part of
    one (CUDA), a whole warp where they take only whole warps (WGSL's subgroups), 1 without shuffles."""
    if not warp_stage_ok(target.warp, target.warp, match.product.dtype.compute):
        return 1
    lanes = settings(AttentionSettings, target).score_lanes
    return min(lanes, target.warp) if target.lane_shuffles and lanes & (lanes - 1) == 0 else target.warp


class Attention(Rule):
    name = "Attention"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        match = find_attention(graph.root)
        if isinstance(match, str):
            return f"no softmax(scores) @ values: {match}"
        if target.gpu and _threads(match, target) is None:
            return f"head dim {match.head_dim} needs more threads or group memory than the device has"
        if not target.gpu and not _row_at_a_time(match, target):
            split = applies(match)
            if isinstance(split, str):
                return f"{match.queries} query rows a head need the panel schedule, and {split}"
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        match = find_attention(graph.root)
        if not target.gpu:
            parallel = target.cpu_cores > 1
            if _row_at_a_time(match, target):
                return build_cpu_attention(graph, match, parallel, settings(AttentionSettings, target).cpu_key_block)
            return build_panel_attention(graph, match, applies(match), _panel(match, target), parallel)
        return build_gpu_attention(graph, match, target)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        match = find_attention(graph.root)
        head = f"attention over {match.rows()} softmax rows, head dim {match.head_dim}: online softmax, no scores " \
               f"in memory; "
        if not target.gpu and not _row_at_a_time(match, target):
            p = _panel(match, target)
            return head + f"panels of {p.rows} query rows (in SIMD lanes) across {target.cpu_cores} cores, blocks " \
                f"of {p.keys} keys, register tiles of {p.tile} keys (value columns) x the panel's rows" + \
                ("; a block no row may see is skipped" if skips_blocks(match) else "")
        if not target.gpu:
            return head + f"rows across {target.cpu_cores} cores, each row's {match.head_dim} columns in a scratch, " \
                f"{settings(AttentionSettings, target).cpu_key_block} keys scored per step" + \
                ("; a block the row may not see is skipped" if skips_blocks(match) else "")
        lanes, splits = _lanes(match, target), _splits(match, target)
        threads = _threads(match, target) if splits == 1 else _split_threads(match, target)
        scoring = f"a warp's {lanes} lanes per key's q.k" if lanes > 1 else "one thread per key's q.k"
        groups = "a group of" if splits == 1 else \
            f"the keys split {splits} ways (groups of"
        text = head + f"{groups} {threads} threads per row{'' if splits == 1 else ' and run of keys)'}, {threads} " \
            f"keys per step ({scoring}), then {threads // match.head_dim} threads per column summing the step's " \
            f"weighted values"
        if splits > 1:
            text += "; the row's last group to finish combines the runs' partial max, sum and columns"
        return text


def build_gpu_attention(graph: KernelGraph, match: AttentionMatch, target: Target) -> LoopKernel:
    """Groups of `threads` threads, `splits` groups per softmax row (each a run of the keys; see the module
    docstring), the last group of a row to finish combining the row's partial results."""
    d, splits = match.head_dim, _splits(match, target)
    threads = _threads(match, target) if splits == 1 else _split_threads(match, target)
    acc_t = match.product.dtype.compute
    lanes = _lanes(match, target)  # threads sharing one key's q.k
    locals_: list = []

    def lanes_share(em, node, idx, guard, level):  # a key's q.k (the scores' own reduction) across its lanes
        return group_reduce(em, node, idx, guard, level, lane, lanes, locals_, lanes) if lanes > 1 else None

    em = new_emitter(graph, lanes_share)
    specials, group, lid = gpu_ids(em, threads)
    lane = lid % lanes
    group, live = live_groups(group, match.rows() * splits)
    row, split = (group // splits, group % splits) if splits > 1 else (group, 0)
    idx: list = [0] * len(match.product.shape)
    unravel_into(row, match.product.shape, match.row_axes(), idx)
    chunk = ceil_div(match.keys, splits)  # keys per split, as the key count is at this call
    run = None if splits == 1 else (split * chunk, chunk)
    peak, total, columns = _walk_keys(em, match, idx, run, threads, lid, lanes, locals_, target)
    col_sum = _column_sum(lid, columns, threads // d, d, acc_t)  # read by threads lid < d
    at = list(idx)
    at[match.value_axis] = lid
    arrays = []
    if splits == 1:
        em.open_if(cond(lid, 0, d))
        em.store_output(output_index(graph, match, at), live, reduced=Alu(acc_t, "div", (col_sum, total)))
        em.close()
    else:
        arrays = _combine_splits(em, match, row, split, splits, (peak, total, col_sum), lid, threads, live, locals_,
                                 lambda value: em.store_output(output_index(graph, match, at), reduced=value))
    return em.finish(gpu=True, specials=specials, global_size=grid(match.rows() * splits),
                     local_size=(threads, 1, 1), locals=locals_, device_arrays=arrays)


def _walk_keys(em: Emitter, match: AttentionMatch, idx: list, run: tuple | None, threads: int, lid: Sint,
               lanes: int, locals_: list, target: Target) -> tuple[Ref, Ref, str]:
    """The group's pass over its `run` of keys, (first, count): keys first .. first + count - 1 that are below the
    key count; None: all the keys. `threads` keys a step:
    each warp scores every (threads / lanes)-th key of the step, the group agrees on the step's max and sum, and
    thread t adds the weighted values of column t % d over every (threads / d)-th key. Returns the running max
    and sum (every thread has them) and the group-memory array of the threads' partial columns."""
    d, keys, acc_t = match.head_dim, match.keys, match.product.dtype.compute
    first, count = run or (0, keys)
    per_col = threads // d  # threads sharing one column's sum within a step
    peak, total = em.accumulator(acc_t, "max", "peak"), em.accumulator(acc_t, "sum", "total")
    out = em.accumulator(acc_t, "sum", "o")
    weights = em.fresh("weights")
    locals_.append(LocalArray(weights, acc_t, threads))

    def real(offset: Sint) -> Val | None:  # the key at step offset `offset` is in this run and below the count
        return all_of([cond(base + offset, 0, count)] + ([cond(first + base + offset, 0, keys)] if run else []))

    def at_key(offset: Sint) -> list:
        at = list(idx)
        at[match.key_axis] = first + base + offset
        return at

    one_step = run is not None and bounds(count)[1] <= threads  # a run is one step: its loops end at its length
    span = count if one_step else threads
    base = 0 if one_step else em.open_loop(em.fresh("step"), count, LoopKind.SERIAL, step=threads)
    if lanes > 1:  # a warp scores warp / lanes keys at once; its loop is uniform, keys past the end masked
        slots = target.warp // lanes
        j = em.open_loop(em.fresh("k"), span, LoopKind.SERIAL, start=lid // target.warp * slots,
                         step=threads // lanes)
        em.open_if(real(j))  # uniform in the warp: its first key is real
        k = j + lid % target.warp // lanes
        x = em.value(match.scores, match.score_index(at_key(k)), real(k))  # every lane reaches the shuffles
        em.open_if(all_of([real(k), cond(lid % lanes, 0, 1)]))
    else:
        k = em.open_loop(em.fresh("k"), span, LoopKind.SERIAL, start=lid, step=threads)
        em.open_if(real(k))
        x = em.value(match.scores, match.score_index(at_key(k)))
    em.emit(Store(weights, k, x))
    em.close()
    if lanes > 1:
        em.close()
    em.close()
    em.emit(Barrier())
    here = real(lid)
    x = em.named(Alu(acc_t, "where", (here, Load(acc_t, weights, lid), Const(acc_t, NEG_INF))) if here is not None
                 else Load(acc_t, weights, lid))
    top = combine_in_group(em, lid, threads, target.warp, locals_, "max", acc_t, x.name)
    shift, rescale = rescaling(em, Ref(acc_t, peak), top)
    weight = em.named(exp_minus(x, shift))
    em.emit(Update(peak, "max", top))
    step_total = combine_in_group(em, lid, threads, target.warp, locals_, "sum", acc_t, weight.name)
    em.emit(Store(weights, lid, weight))
    em.emit(Barrier())
    part = em.accumulator(acc_t, "sum", "part")
    em.open_if(cond(lid, 0, per_col * d))
    unroll = settings(AttentionSettings, target).value_unroll  # keys a thread loads at once
    k = em.open_loop(em.fresh("k"), span, LoopKind.SERIAL, start=lid // d, step=per_col * unroll)
    em.open_if(real(k))  # the keys after it are real only if it is
    for u in range(unroll):
        key = k + u * per_col
        ok = all_of(([] if one_step else [cond(key, 0, threads)]) + [real(key)])
        v = value_at(em, match, at_key(key), lid % d, ok)
        em.emit(Update(part, "sum", Alu(acc_t, "mul", (Load(acc_t, weights, key, valid=ok), v))))
    em.close()
    em.close()
    em.close()
    for name, add in ((total, step_total), (out, Ref(acc_t, part))):
        em.emit(Update(name, "mul", rescale))
        em.emit(Update(name, "sum", add))
    if not one_step:
        em.emit(Barrier())  # the next step rewrites the weights
        em.close()
    columns = em.fresh("columns")
    locals_.append(LocalArray(columns, acc_t, threads))
    em.emit(Store(columns, lid, Ref(acc_t, out)))
    em.emit(Barrier())
    return Ref(acc_t, peak), Ref(acc_t, total), columns


def _column_sum(lid: Sint, columns: str, per_col: int, d: int, acc_t) -> Val:
    """Column `lid`'s sum of the per_col partial sums in group memory (thread lid + g * d holds the g-th)."""
    total = Load(acc_t, columns, lid)
    for g in range(1, per_col):
        total = Alu(acc_t, "add", (total, Load(acc_t, columns, g * d + lid)))
    return total


MERGE_BATCH = 8  # partials whose loads a thread issues before merging them (registers: 3 each)


def _combine_splits(em: Emitter, match: AttentionMatch, row: Sint, split: Sint, splits: int, state: tuple,
                    lid: Sint, threads: int, live: Val | None, locals_: list, store) -> list:
    """Hand this group's partial result (its run's max M_s, sum L_s and unnormalised columns O_s) to the row's
    other groups through device memory; the last of the row's `splits` groups to arrive (a counter per row)
    combines them: M = max M_s, out = sum exp(M_s - M) O_s / sum exp(M_s - M) L_s, and puts the counter back to
    zero for the next launch (nest.last_to_arrive). Returns the DeviceArrays it uses."""
    d, acc_t = match.head_dim, match.product.dtype.compute
    peak, total, col_sum = state
    width = d + 2  # a partial: d columns, then its max and its sum
    rows = bounds(match.rows())[1]
    partials, arrivals = em.fresh("partials"), em.fresh("arrivals")
    arrays = [DeviceArray(partials, acc_t, rows * splits * width), DeviceArray(arrivals, int32, rows)]
    slot = (row * splits + split) * width
    em.open_if(live)  # a folded grid's extra groups redo a real group's work: they must not arrive
    em.open_if(cond(lid, 0, d))
    em.emit(Store(partials, slot + lid, col_sum))
    em.close()
    em.open_if(cond(lid, 0, 1))
    em.emit(Store(partials, slot + d, peak))
    em.emit(Store(partials, slot + d + 1, total))
    em.close()
    em.emit(Fence())
    em.close()
    last_to_arrive(em, arrivals, row, splits, lid, live, locals_)
    first = row * splits * width
    per_col, col, share = threads // d, lid % d, lid // d
    em.open_if(cond(lid, 0, per_col * d))  # thread (col, share) merges column col of every per_col-th partial
    merged = [em.accumulator(acc_t, op, name) for op, name in (("max", "peak"), ("sum", "total"), ("sum", "o"))]
    mine = range(ceil_div(splits, per_col))
    for batch in (mine[i:i + MERGE_BATCH] for i in range(0, len(mine), MERGE_BATCH)):  # loads in flight together
        loaded = []
        for i in batch:
            s = share + i * per_col
            ok = cond(s, 0, splits)
            part = [em.named(Load(acc_t, partials, first + s * width + at, valid=ok), "part")
                    for at in (d, d + 1, col)]
            part[0] = Alu(acc_t, "where", (ok, part[0], Const(acc_t, NEG_INF))) if ok is not None else part[0]
            loaded.append(part)
        for part in loaded:
            _merge(em, match, merged, part)
    if per_col > 1:  # the shares of a column meet in group memory
        exchange = [em.fresh(name) for name in ("peaks", "totals", "cols")]
        locals_.extend(LocalArray(name, acc_t, threads) for name in exchange)
        for name, acc in zip(exchange, merged):
            em.emit(Store(name, lid, Ref(acc_t, acc)))
        em.close()
        em.emit(Barrier())
        em.open_if(cond(lid, 0, d))
        merged = [em.accumulator(acc_t, op, name) for op, name in (("max", "peak"), ("sum", "total"), ("sum", "o"))]
        for g in range(per_col):
            _merge(em, match, merged, [Load(acc_t, name, g * d + lid) for name in exchange])
    store(Alu(acc_t, "div", (Ref(acc_t, merged[2]), Ref(acc_t, merged[1]))))
    em.close()
    em.close()
    return arrays


def _merge(em: Emitter, match: AttentionMatch, merged: list, part: list) -> None:
    """Merge one partial (max, sum, column) into the running (max, sum, column) accumulators `merged`."""
    acc_t = match.product.dtype.compute
    shift, rescale = rescaling(em, Ref(acc_t, merged[0]), part[0])
    weight = em.named(exp_minus(part[0], shift))
    em.emit(Update(merged[0], "max", part[0]))
    for name, add in zip(merged[1:], part[1:]):
        em.emit(Update(name, "mul", rescale))
        em.emit(Update(name, "sum", Alu(acc_t, "mul", (weight, add))))


def _split_threads(match: AttentionMatch, target: Target) -> int:
    """Threads per group when the keys are split: the setting, at least a warp and the head dim, at most what the
    device runs in a group."""
    least = max(target.warp, 1 << (match.head_dim - 1).bit_length())
    return min(max(settings(AttentionSettings, target).split_threads, least), target.max_threads)


def _splits(match: AttentionMatch, target: Target) -> int:
    """Groups per softmax row: enough for `groups_per_multiprocessor` groups on every multiprocessor at the
    fewest rows and for runs of at most `max_steps` steps of keys at the key count's bound (a group's steps are
    dependent: barriers and group reductions), no more than leaves `min_split_keys` keys to each at the bound,
    and only where the device has the scratch memory and atomics the combine needs. Fixed for the kernel, so that
    a CUDA Graph serves every key count (each split's run grows with it)."""
    s = settings(AttentionSettings, target)
    if not target.device_scratch:
        return 1
    if s.splits:
        return s.splits
    lo, hi = bounds(match.rows())
    keys = bounds(match.keys)[1]
    fill = ceil_div(s.groups_per_multiprocessor * max(target.multiprocessors, 1), max(lo, 1))
    want = max(fill, ceil_div(keys, _split_threads(match, target) * s.max_steps))
    return max(1, min(want, keys // s.min_split_keys, s.max_splits, s.max_partials // max(hi, 1)))
