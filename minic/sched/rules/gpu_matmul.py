"""Matmul on a GPU: output tiles per group, operands staged through group memory.

Each group computes a `tile` x `tile` block of the output (batch axes and
blocks numbered by the flat group id). Its `threads` threads form a square
`side` x `side` grid, and thread (ty, tx) owns the outputs at rows
ty + side*i and columns tx + side*j (i, j < tile / side): neighbouring threads
own neighbouring columns, so the tile reads of B and the stores of C are
coalesced. The K loop advances `depth` at a time: all threads copy a
tile x depth panel of A and a depth x tile panel of B into group memory
(the prologue, e.g. a half -> float cast or dequantisation, runs here, once
per element), wait at a barrier, and every thread then runs its register
tile of multiply-adds out of group memory. Reads past M, N or K load zero;
stores past M or N are skipped, so any size and any Var value within bounds
is safe. The epilogue (bias, gelu, residual) runs on each thread's
accumulators before the store.
"""
from __future__ import annotations

from math import isqrt

from minic.ir.symbolic import bounds, ceil_div, smod
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Alu,
    Barrier,
    Copy,
    Load,
    LocalArray,
    LoopKernel,
    LoopKind,
    Ref,
    Store,
    Update,
    all_of,
    cond,
)
from minic.sched.lower import Emitter, ScopeKind
from minic.sched.rules.matmul_plan import Plan
from minic.sched.rules.nest import (
    batch_origin,
    gpu_ids,
    grid,
    live_groups,
    masked_operand,
    new_emitter,
)
from minic.sched.target import Target


def gpu_mm_params(target: Target, plan: Plan | None = None) -> dict:
    """Tile edge, K depth per stage and thread grid on this target (Target.gpu_mm_*). When the product has
    too few output tiles to give every multiprocessor two groups (taking a symbolic row count at its upper
    bound), tiles of half the edge with half the per-thread block: four times the groups, same threads."""
    tile, per = target.gpu_mm_tile, target.gpu_mm_thread_tile
    if plan is not None and per > 1:
        tiles = ceil_div(bounds(plan.M)[1], tile) * ceil_div(bounds(plan.N)[1], tile)
        for ax, _ in plan.batch:
            tiles *= bounds(plan.mul.shape[ax])[1]
        if tiles < 2 * target.cores:
            tile, per = tile // 2, per // 2
    side = tile // per
    return {"tile": tile, "depth": target.gpu_mm_depth, "side": side, "per": per, "threads": side * side}


def gpu_mm_fits(target: Target) -> str | None:
    """Why this target cannot run the tiled schedule (None: it can)."""
    p = gpu_mm_params(target)
    smem = 2 * p["tile"] * p["depth"] * 4
    if p["threads"] > target.max_threads:
        return f"{p['threads']} threads per group exceed the device's {target.max_threads}"
    if target.shared_bytes and smem > target.shared_bytes:
        return f"{smem} bytes of group memory exceed the device's {target.shared_bytes}"
    if isqrt(p["threads"]) ** 2 != p["threads"]:
        return "gpu_mm_tile / gpu_mm_thread_tile must give a square thread grid"
    return None


def build_gpu_matmul(graph: KernelGraph, plan: Plan, target: Target) -> LoopKernel:
    p = gpu_mm_params(target, plan)
    tile, depth, side, per, threads = p["tile"], p["depth"], p["side"], p["per"], p["threads"]
    em = new_emitter(graph)
    specials, group, lid = gpu_ids(em, threads)
    K = plan.K
    groups, live, base, out_base, m0, n0 = output_tile(group, plan, graph, tile, tile)
    tx, ty = lid % side, lid // side
    acc_t, mul_t = plan.reduce.dtype.compute, plan.mul.dtype.compute
    a_smem, b_smem = em.fresh("As"), em.fresh("Bs")
    locals_ = [LocalArray(a_smem, acc_t, tile * depth), LocalArray(b_smem, acc_t, depth * tile)]
    accs = {(i, j): em.accumulator(acc_t) for i in range(per) for j in range(per)}
    k0 = em.open_loop(em.fresh("k"), ceil_div(K, depth), LoopKind.SERIAL, scope_kind=ScopeKind.REDUCE) * depth
    stage(em, plan, base, (m0, n0, k0), lid, threads, (tile, tile, depth), acc_t,
          (a_smem, lambda m, k: m * depth + k), (b_smem, lambda k, n: k * tile + n), target.wide_copy_bytes)
    em.emit(Barrier())
    kk = em.open_loop(em.fresh("kk"), depth, LoopKind.UNROLL)
    avals = [em.let(Load(acc_t, a_smem, (ty + side * i) * depth + kk)) for i in range(per)]
    bvals = [em.let(Load(acc_t, b_smem, kk * tile + tx + side * j)) for j in range(per)]
    for (i, j), name in accs.items():
        em.emit(Update(name, "sum", Alu(mul_t, "mul", (avals[i], bvals[j]))))
    em.close()
    em.emit(Barrier())  # everyone is done with this stage before the next overwrites it
    em.close()
    for (i, j), name in accs.items():
        store_output(em, graph, plan, (out_base, live, tile, tile), m0 + ty + side * i, n0 + tx + side * j,
                     Ref(acc_t, name))
    return em.finish(gpu=True, specials=specials, global_size=grid(groups),
                  local_size=(threads, 1, 1), locals=locals_)


def output_tile(group, plan: Plan, graph: KernelGraph, tile_m: int, tile_n: int) -> tuple:
    """The output tile flat group `group` owns, tiles numbered row-major after the batch axes:
    (groups, live guard, batch index into the mul, into the output, first row m0, first column n0)."""
    tiles_m, tiles_n = ceil_div(plan.M, tile_m), ceil_div(plan.N, tile_n)
    groups = tiles_m * tiles_n * prod(plan.mul.shape[ax] for ax, _ in plan.batch)
    group, live = live_groups(group, groups)
    base, out_base = batch_origin(group // (tiles_m * tiles_n), plan, graph)
    within = group % (tiles_m * tiles_n)
    return groups, live, base, out_base, (within // tiles_n) * tile_m, (within % tiles_n) * tile_n


def store_output(em, graph: KernelGraph, plan: Plan, tile: tuple, m, n, total) -> None:
    """The epilogue and store of output (m, n) from accumulator `total`; `tile` is (batch index into the
    output, live guard, tile_m, tile_n) from output_tile. Rows and columns past M and N are masked."""
    out_base, live, tile_m, tile_n = tile
    M, N = plan.M, plan.N
    ok = all_of([live, None if isinstance(M, int) and M % tile_m == 0 else cond(m, 0, M),
                 None if isinstance(N, int) and N % tile_n == 0 else cond(n, 0, N)])
    oidx = list(out_base)
    if plan.out_m is not None:
        oidx[plan.out_m] = m
    oidx[plan.out_n] = n
    em.store_output(oidx, reduced=total, guard=ok)


def stage(em, plan: Plan, base: list, origin: tuple, lid, threads: int, panel: tuple, dtype, a_to: tuple,
          b_to: tuple, wide_bytes: int = 0, asynchronous: bool = False) -> None:
    """Copy this K stage's panels of A (tile_m x depth) and B (depth x tile_n) into group memory as `dtype`.
    `origin` is (m0, n0, k0), `panel` (tile_m, tile_n, depth); `a_to` / `b_to` are (array, offset function):
    A's element (m, k) of the panel goes to a_to[1](m, k), B's (k, n) to b_to[1](k, n). Consecutive threads
    take consecutive elements along each operand's contiguous axis, so the global reads coalesce; with
    `wide_bytes`, raw operands move that many bytes per Copy where the alignment allows, `asynchronous`ly
    (see Copy) where they also land contiguous in group memory."""
    (m0, n0, k0), (tile_m, tile_n, depth) = origin, panel
    M, N, K = plan.M, plan.N, plan.K

    def a_at(m, k):
        idx = list(base)
        idx[plan.k], idx[plan.n] = k0 + k, 0
        if plan.m is not None:
            idx[plan.m] = m0 + m
        return idx

    def b_at(k, n):
        idx = list(base)
        idx[plan.k], idx[plan.n] = k0 + k, n0 + n
        if plan.m is not None:
            idx[plan.m] = 0
        return idx

    def a_in(m, k):
        return [cond(m0 + m, 0, M), cond(k0 + k, 0, K)]

    def b_in(k, n):
        return [cond(k0 + k, 0, K), cond(n0 + n, 0, N)]

    # each panel as (p, q) with q along the operand's contiguous axis in global memory
    if plan.a_stride_k == 1:
        a = ((tile_m, depth), K, lambda p, q: (p, q))
    else:
        a = ((depth, tile_m), M, lambda p, q: (q, p))
    if plan.b_stride_n == 1:
        b = ((depth, tile_n), N, lambda p, q: (p, q))
    else:
        b = ((tile_n, depth), K, lambda p, q: (q, p))
    for node, (shape, extent, swap), at, inside, (smem, to) in ((plan.a, a, a_at, a_in, a_to),
                                                               (plan.b, b, b_at, b_in, b_to)):
        _stage_panel(em, node, shape, extent, lambda p, q, at=at, sw=swap: at(*sw(p, q)),
                     lambda p, q, inside=inside, sw=swap: inside(*sw(p, q)),
                     smem, lambda p, q, to=to, sw=swap: to(*sw(p, q)), lid, threads, dtype, wide_bytes, asynchronous)


def _stage_panel(em, node, shape: tuple, extent, at, inside, smem: str, to, lid, threads: int, dtype,
                 wide_bytes: int, asynchronous: bool) -> None:
    """One operand's P x Q panel (Q contiguous in global memory) into group memory: at(p, q) is the operand's
    index, inside(p, q) its bounds conditions, to(p, q) the offset in `smem`."""
    P, Q = shape
    width = _wide_width(node, at, to, shape, extent, lid, dtype, wide_bytes)
    if width:
        buf, vectors = em.buffer_name(node), P * Q // width
        for e in range(0, vectors, threads):
            flat = lid + e
            p, q = flat // (Q // width), (flat % (Q // width)) * width
            lin, _ = node.arg.linear(at(p, q))
            spare = cond(flat, 0, vectors) if e + threads > vectors else None  # threads past the panel copy nothing
            if spare is not None:
                em.open_if(spare)
            stride = to(p, q + 1) - to(p, q)
            em.emit(Copy(smem, to(p, q), stride, buf, lin, width, dtype, all_of(inside(p, q)),
                         asynchronous and stride == 1))
            if spare is not None:
                em.close()
        return
    for e in range(0, P * Q, threads):
        flat = lid + e
        p, q = flat // Q, flat % Q
        em.emit(Store(smem, to(p, q), masked_operand(em, node, at(p, q), inside(p, q), dtype)))


def _wide_width(node, at, to, shape, extent, lid, dtype, wide_bytes: int) -> int:
    """Elements per Copy for this panel, or 0 (element by element): the operand must be a raw view of a
    buffer of `dtype` with no padding, `width` consecutive elements along Q must be consecutive in memory, start
    on a multiple of `width` (in global and group memory) and never straddle the matrix edge (the contiguous
    axis' extent is a multiple of `width`)."""
    width = wide_bytes // dtype.itemsize
    Q = shape[1]
    if not width or node.op != "VIEW" or not Emitter.is_raw(node) or node.dtype != dtype:
        return 0
    if Q % width or not isinstance(extent, int) or extent % width:
        return 0
    p, q = lid // (Q // width), (lid % (Q // width)) * width
    lin, valid = node.arg.linear(at(p, q))
    nxt, _ = node.arg.linear(at(p, q + 1))
    dst = to(p, q)
    if valid or nxt - lin != 1 or smod(lin, width) != 0:
        return 0
    if to(p, q + 1) - dst == 1 and smod(dst, width) != 0:
        return 0
    return width
