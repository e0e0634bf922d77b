"""Loop-nest builders the rules share: CPU nests, GPU thread-per-element grids,
and GPU group-per-row cooperative reductions."""
from __future__ import annotations

from minic.dtype import bool_, float32, int32
from minic.ir.symbolic import Sint, Sym, ceil_div, sym_expr
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Alu,
    AtomicAdd,
    Barrier,
    Cast,
    Const,
    Load,
    LocalArray,
    LoopKernel,
    LoopKind,
    Ref,
    Store,
    Update,
    Val,
    WarpReduce,
    all_of,
    cond,
)
from minic.sched.lower import Emitter, ScopeKind, reduce_identity, spatial_dims, unravel_into
from minic.sched.target import Target

MAX_GROUPS_X = 65535  # the smallest grid-x limit of our backends (WebGPU); larger grids fold into y


def new_emitter(graph: KernelGraph, reduce=None) -> Emitter:
    """An emitter for `graph`'s kernel; `reduce` is its reduction strategy (see Emitter)."""
    return Emitter(graph, reduce=reduce)


def cpu_nest(graph: KernelGraph, parallel: bool, vector: bool) -> LoopKernel:
    """One loop per output dim; the outermost runs across cores, the innermost is vectorised."""
    em = new_emitter(graph)
    dims = spatial_dims(graph.root.shape)
    idx: list = [0] * len(graph.root.shape)
    for n, d in enumerate(dims):
        kind = LoopKind.PARALLEL if parallel and n == 0 else LoopKind.VECTOR if vector and n == len(dims) - 1 \
            else LoopKind.SERIAL
        idx[d] = em.open_loop(f"i{d}", graph.root.shape[d], kind)
    em.store_output(idx)
    for _ in dims:
        em.close()
    return em.finish()


def gpu_ids(em: Emitter, threads: int) -> tuple[list, Sint, Sint]:
    """Declare group/thread ids; return (specials, flat group index, thread index)."""
    g0, g1 = Sym("gidx0", 0, MAX_GROUPS_X - 1), Sym("gidx1", 0, MAX_GROUPS_X - 1)
    n0, lid = Sym("ngroups0", 1, MAX_GROUPS_X), Sym("lidx0", 0, threads - 1)
    for s in (g0, g1, n0, lid):
        em.define(s)
    specials = [(g0, "group", 0), (g1, "group", 1), (n0, "ngroups", 0), (lid, "local", 0)]
    return specials, sym_expr(g1) * sym_expr(n0) + sym_expr(g0), sym_expr(lid)


def batch_origin(group: Sint, plan, graph: KernelGraph) -> tuple[list, list]:
    """Index lists (into the mul's shape, into the output) holding the batch coordinates (attention heads)
    of flat batch number `group`; the rule fills in the row, column and K axes."""
    base: list = [0] * len(plan.mul.shape)
    unravel_into(group, plan.mul.shape, [ax for ax, _ in plan.batch], base)
    out_base: list = [0] * len(graph.root.shape)
    for ax, d in plan.batch:
        out_base[d] = base[ax]
    return base, out_base


def live_groups(group: Sint, groups: Sint) -> tuple[Sint, Val | None]:
    """For kernels with barriers: (group index wrapped into range, "this group is real" guard for stores).
    A folded grid can launch a few groups too many; rather than wrapping the body (and its barriers) in
    an `if`, which PoCL miscompiles, the extra groups redo a real group's work and store nothing."""
    return group % groups, cond(group, 0, groups)


def last_to_arrive(em: Emitter, arrivals: str, slot: Sint, count: int, lid: Sint, live: Val | None,
                   locals_: list) -> None:
    """Once this group's partial results are in device memory (fenced by the threads that stored them), count
    the group in at `slot` of `arrivals` (a DeviceArray of int32 counters, zero between launches) and open an If
    that admits the whole group where it is the last of the slot's `count` groups to arrive: that group combines
    the partials, and puts the counter back to zero for the next launch. Groups that are not `live` (a folded
    grid's extras) do not count. The caller closes the If."""
    last = em.fresh("last")
    locals_.append(LocalArray(last, int32, 1))
    em.emit(Barrier())  # every thread's partial is out before the group arrives
    em.open_if(cond(lid, 0, 1))
    arrived = em.fresh("arrived")
    one = Const(int32, 1) if live is None else Alu(int32, "where", (live, Const(int32, 1), Const(int32, 0)))
    em.emit(AtomicAdd(arrived, arrivals, slot, one))
    is_last = all_of([Alu(bool_, "cmpeq", (Ref(int32, arrived), Const(int32, count - 1))), live])
    em.emit(Store(last, 0, Alu(int32, "where", (is_last, Const(int32, 1), Const(int32, 0)))))
    em.close()
    em.emit(Barrier())
    em.open_if(Alu(bool_, "cmpne", (Load(int32, last, 0), Const(int32, 0))))  # uniform: the whole group, or none
    em.open_if(cond(lid, 0, 1))
    em.emit(Store(arrivals, slot, Const(int32, 0)))  # every group has arrived: ready for the next launch
    em.close()


def grid(groups: Sint) -> tuple:
    """Launch shape for `groups` groups; the runtime folds x beyond MAX_GROUPS_X into y."""
    return (groups, 1, 1)


def gpu_elementwise(graph: KernelGraph, threads: int, per_thread: int = 1) -> LoopKernel:
    """Groups of `threads`; each thread computes `per_thread` output elements, `threads` apart (so every load of
    a warp is contiguous); all of a thread's loads are issued before its first store, which keeps more bytes in
    flight than one element per thread. Any reduction runs serially inside its thread."""
    em = new_emitter(graph)
    specials, group, lid = gpu_ids(em, threads)
    shape = graph.root.shape
    dims = spatial_dims(shape)
    total = prod(shape[d] for d in dims)
    span = threads * per_thread
    if per_thread == 1:
        em.open_if(cond(group * threads + lid, 0, total))
    elements = []
    for j in range(per_thread):
        flat = group * span + lid + threads * j
        ok = cond(flat, 0, total) if per_thread > 1 else None
        idx: list = [0] * len(shape)
        unravel_into(flat, shape, dims, idx)
        elements.append((idx, ok, em.value(graph.root, idx, ok)))
    for idx, ok, val in elements:
        em.store_output(idx, ok, val)
    if per_thread == 1:
        em.close()
    return em.finish(gpu=True, specials=specials, global_size=grid(ceil_div(total, span)),
                  local_size=(threads, 1, 1))


def row_depth(graph: KernelGraph) -> int | None:
    """How many leading output loops the kernel's reductions depend on (None: no reduction)."""
    depths: list = []

    def record(em, node, idx, guard, k):
        depths.append(k)
        return None

    em = new_emitter(graph, record)
    idx: list = [0] * len(graph.root.shape)
    for d in spatial_dims(graph.root.shape):
        idx[d] = em.open_loop(f"i{d}", graph.root.shape[d])
    em.value(graph.root, idx)
    return max(depths) if depths else None


def gpu_rows(graph: KernelGraph, target: Target, depth: int, threads: int) -> LoopKernel:
    """One group of `threads` per row: the threads share each row reduction (see group_reduce), then write the
    row's outputs strided by thread."""
    locals_: list = []

    def cooperative(em: Emitter, node, ridx_base, guard, level):
        if level != 0:  # a reduction inside the column loop (not the row's): serial in its thread
            return None
        return group_reduce(em, node, ridx_base, guard, level, lid, threads, locals_, target.warp)

    em = new_emitter(graph, cooperative)
    specials, group, lid = gpu_ids(em, threads)
    shape = graph.root.shape
    dims = spatial_dims(shape)
    row_dims, col_dims = dims[:depth], dims[depth:]
    rows = prod(shape[d] for d in row_dims)
    group, live = live_groups(group, rows)
    idx: list = [0] * len(shape)
    unravel_into(group, shape, row_dims, idx)
    cols = prod(shape[d] for d in col_dims)
    col = em.open_loop("c", cols, LoopKind.SERIAL, start=lid, step=threads)
    unravel_into(col, shape, col_dims, idx)
    em.store_output(idx, live)
    em.close()
    return em.finish(gpu=True, specials=specials, global_size=grid(rows), local_size=(threads, 1, 1),
                  locals=locals_)


def warp_stage_ok(warp: int, threads: int, acc_t) -> bool:
    """Shuffles finish a group reduction when warps tile the group and one warp can hold a value per warp."""
    pow2 = lambda x: x > 0 and x & (x - 1) == 0
    return warp > 1 and pow2(warp) and pow2(threads) and threads >= warp and threads // warp <= warp and \
        acc_t in (float32, int32)


def group_reduce(em: Emitter, node, idx: list, guard, level: int, lid: Sint, threads: int, locals_: list,
                  warp: int = 1) -> Ref:
    """Each thread reduces a strided share of the row; then the group combines the partial results:
    with warp shuffles (every warp reduces its lanes, lane 0 of each writes one value, every warp reduces those)
    where the target has them, else with a tree in group memory."""
    rop, axes = node.arg
    src = node.src[0]
    acc_t = node.dtype.compute
    with em.at_level(level):
        acc = em.accumulator(acc_t, rop, "acc")
        extent = prod(src.shape[a] for a in axes)
        r = em.open_loop(em.fresh("r"), extent, LoopKind.REDUCE, start=lid, step=threads,
                         scope_kind=ScopeKind.REDUCE)
        ridx = list(idx)
        unravel_into(r, src.shape, list(axes), ridx)
        em.emit(Update(acc, rop, em.value(src, ridx, guard)))
        em.close()
        return combine_in_group(em, lid, threads, warp, locals_, rop, acc_t, acc)


def combine_in_group(em: Emitter, lid: Sint, threads: int, warp: int, locals_: list, rop: str, acc_t, acc: str) -> Ref:
    """Every thread's value of `acc` (a name) combined with `rop` across the group; every thread gets the result.
    Warp shuffles where the target has them, else a tree in group memory; every thread must get here."""
    if warp_stage_ok(warp, threads, acc_t):
        return _warp_finish(em, lid, threads, warp, locals_, rop, acc_t, acc)
    smem = em.fresh("part")
    locals_.append(LocalArray(smem, acc_t, threads))
    em.emit(Store(smem, lid, Ref(acc_t, acc)))
    em.emit(Barrier())
    step = threads // 2
    while step >= 1:
        em.open_if(cond(lid, 0, step))
        pair = Alu(acc_t, rop, (Load(acc_t, smem, lid), Load(acc_t, smem, lid + step)))
        em.emit(Store(smem, lid, pair))
        em.close()
        em.emit(Barrier())
        step //= 2
    total = em.named(Load(acc_t, smem, 0))
    em.emit(Barrier())  # every thread has read the total before the scratch is reused
    return total


def _warp_finish(em: Emitter, lid: Sint, threads: int, warp: int, locals_: list, rop: str, acc_t, acc: str) -> Ref:
    nwarps = threads // warp
    total = em.fresh("row")
    if nwarps == 1:
        return em.named(WarpReduce(acc_t, rop, Ref(acc_t, acc), warp), name=total)
    part, smem = em.fresh("warp"), em.fresh("part")
    part = em.named(WarpReduce(acc_t, rop, Ref(acc_t, acc), warp), name=part)
    locals_.append(LocalArray(smem, acc_t, nwarps))
    lane = lid % warp
    em.open_if(cond(lane, 0, 1))
    em.emit(Store(smem, lid // warp, part))
    em.close()
    em.emit(Barrier())
    # every warp reduces the per-warp values (lanes past nwarps hold the identity), so all threads get the total
    ident = Const(acc_t, reduce_identity(rop, acc_t))
    has_one = cond(lane, 0, nwarps)  # None where every lane has one (as many warps as lanes)
    mine = Load(acc_t, smem, lane % nwarps)
    mine = mine if has_one is None else Alu(acc_t, "where", (has_one, mine, ident))
    total = em.named(WarpReduce(acc_t, rop, mine, warp), name=total)
    em.emit(Barrier())  # every thread has read the scratch before it can be reused
    return total


def masked_operand(em: Emitter, node, idx: list, conds: list, dtype) -> Val:
    """A matmul operand at `idx` as `dtype` (staged in group memory, or packed on the CPU), or 0 outside the
    matrix (not the prologue applied to 0: a dequantised zero need not be 0, and the product of two such values
    would pollute real outputs). A raw view of a buffer of `dtype` is stored as loaded: its guarded load already
    reads 0 there."""
    acc_t = node.dtype.compute
    ok = all_of(conds)
    if node.dtype == dtype and em.is_raw(node):
        return em.raw_load(node, idx, ok)
    val = em.value(node, idx, ok)
    if val.dtype != acc_t:
        val = Cast(acc_t, val)
    val = val if ok is None else Alu(acc_t, "where", (ok, val, Const(acc_t, 0.0)))
    return val if dtype == acc_t else Cast(dtype, val)
