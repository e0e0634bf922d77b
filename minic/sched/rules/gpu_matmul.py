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

from minic.ir.symbolic import bounds
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import (
    Acc,
    Alu,
    Barrier,
    Cast,
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
from minic.sched.rules.matmul import Plan
from minic.sched.rules.nest import batch_origin, finish, gpu_ids, grid, live_groups, new_emitter, store_reduced
from minic.sched.target import Target


def gpu_mm_params(target: Target, plan: Plan | None = None) -> dict:
    """Tile edge, K depth per stage and thread grid on this target (Target.gpu_mm_*). When the product has
    too few output tiles to give every multiprocessor two groups (taking a symbolic row count at its upper
    bound), tiles of half the edge with half the per-thread block: four times the groups, same threads."""
    tile, per = target.gpu_mm_tile, target.gpu_mm_thread_tile
    if plan is not None and per > 1:
        tiles = -(-bounds(plan.M)[1] // tile) * -(-bounds(plan.N)[1] // tile)
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
    em, bufs = new_emitter(graph)
    specials, group, lid = gpu_ids(em, threads)
    M, N, K = plan.M, plan.N, plan.K
    tiles_m, tiles_n = (M + tile - 1) // tile, (N + tile - 1) // tile
    batch_extents = [plan.mul.shape[ax] for ax, _ in plan.batch]
    groups = tiles_m * tiles_n * prod(batch_extents)
    group, live = live_groups(group, groups)
    base, out_base = batch_origin(group // (tiles_m * tiles_n), plan, graph)
    within = group % (tiles_m * tiles_n)
    m0, n0 = (within // tiles_n) * tile, (within % tiles_n) * tile
    tx, ty = lid % side, lid // side
    acc_t, mul_t = plan.reduce.dtype.compute, plan.mul.dtype.compute
    a_smem, b_smem = em.fresh("As"), em.fresh("Bs")
    locals_ = [LocalArray(a_smem, acc_t, tile * depth), LocalArray(b_smem, acc_t, depth * tile)]
    ident = Const(acc_t, reduce_identity("sum", acc_t))
    accs = {(i, j): em.fresh("c") for i in range(per) for j in range(per)}
    for name in accs.values():
        em.emit(Acc(name, acc_t, ident))
    k0 = em.open_loop(em.fresh("k"), (K + depth - 1) // depth, "serial", scope_kind="reduce") * depth
    stage(em, plan, base, (m0, n0, k0), lid, threads, (tile, tile, depth), acc_t,
          (a_smem, lambda m, k: m * depth + k), (b_smem, lambda k, n: k * tile + n))
    em.emit(Barrier())
    kk = em.open_loop(em.fresh("kk"), depth, "unroll")
    avals = [em.let(Load(acc_t, a_smem, (ty + side * i) * depth + kk)) for i in range(per)]
    bvals = [em.let(Load(acc_t, b_smem, kk * tile + tx + side * j)) for j in range(per)]
    for (i, j), name in accs.items():
        em.emit(Update(name, "sum", Alu(mul_t, "mul", (avals[i], bvals[j]))))
    em.close()
    em.emit(Barrier())  # everyone is done with this stage before the next overwrites it
    em.close()
    tile_syms = set(em.path[-1].defined)
    for name in accs.values():
        em.ref_syms[name] = tile_syms
    for (i, j), name in accs.items():
        m, n = m0 + ty + side * i, n0 + tx + side * j
        ok = all_of([live, None if isinstance(M, int) and M % tile == 0 else cond(m, 0, M),
                     None if isinstance(N, int) and N % tile == 0 else cond(n, 0, N)])
        oidx = list(out_base)
        if plan.out_m is not None:
            oidx[plan.out_m] = m
        oidx[plan.out_n] = n
        store_reduced(em, graph, oidx, Ref(acc_t, name), ok)
    return finish(graph, em, bufs, gpu=True, specials=specials, global_size=grid(groups),
                  local_size=(threads, 1, 1), locals=locals_)


def stage(em, plan: Plan, base: list, origin: tuple, lid, threads: int, panel: tuple, dtype, a_to: tuple,
          b_to: tuple) -> None:
    """Copy this K stage's panels of A (tile_m x depth) and B (depth x tile_n) into group memory as `dtype`.
    `origin` is (m0, n0, k0), `panel` (tile_m, tile_n, depth); `a_to` / `b_to` are (array, offset function):
    A's element (m, k) of the panel goes to a_to[1](m, k), B's (k, n) to b_to[1](k, n). Consecutive threads
    take consecutive elements along each operand's contiguous axis, so the global reads coalesce."""
    (m0, n0, k0), (tile_m, tile_n, depth) = origin, panel
    M, N, K = plan.M, plan.N, plan.K
    a_along_k = plan.a_stride_k == 1
    b_along_n = plan.b_stride_n == 1
    for e in range(0, tile_m * depth, threads):
        flat = lid + e
        r, c = (flat // depth, flat % depth) if a_along_k else (flat % tile_m, flat // tile_m)  # (m, k) in the panel
        idx = list(base)
        idx[plan.k], idx[plan.n] = k0 + c, 0
        if plan.m is not None:
            idx[plan.m] = m0 + r
        val = _masked(em, plan.a, idx, [cond(m0 + r, 0, M), cond(k0 + c, 0, K)], dtype)
        em.emit(Store(a_to[0], a_to[1](r, c), val))
    for e in range(0, tile_n * depth, threads):
        flat = lid + e
        r, c = (flat // tile_n, flat % tile_n) if b_along_n else (flat % depth, flat // depth)  # (k, n) in the panel
        idx = list(base)
        idx[plan.k], idx[plan.n] = k0 + r, n0 + c
        if plan.m is not None:
            idx[plan.m] = 0
        val = _masked(em, plan.b, idx, [cond(k0 + r, 0, K), cond(n0 + c, 0, N)], dtype)
        em.emit(Store(b_to[0], b_to[1](r, c), val))


def _masked(em, node, idx: list, conds: list, dtype):
    """The operand at `idx` as `dtype`, or 0 outside the matrix (not the prologue applied to 0: a dequantised
    zero need not be 0, and the product of two such values would pollute real outputs). A bare load of the
    right type is already 0 there (a guarded load reads zero), so it is stored as it is."""
    acc_t = node.dtype.compute
    ok = all_of(conds)
    val = em.value(node, idx, ok)
    if isinstance(val, Load) and val.dtype == dtype:
        return val
    if val.dtype != acc_t:
        val = Cast(acc_t, val)
    val = val if ok is None else Alu(acc_t, "where", (ok, val, Const(acc_t, 0.0)))
    return val if dtype == acc_t else Cast(dtype, val)
