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

from collections.abc import Callable
from dataclasses import dataclass
from math import isqrt

from minic.dtype import DType
from minic.ir.node import Node
from minic.ir.symbolic import Sint, bounds, ceil_div, smod
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
from minic.sched.lower import Emitter, ScopeKind, aligned_run
from minic.sched.rules.matmul_plan import Plan
from minic.sched.rules.nest import (
    batch_origin,
    gpu_ids,
    grid,
    live_groups,
    masked_operand,
    new_emitter,
)
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class GpuMatmulSettings(RuleSettings):
    tile: int = 64  # output tile edge per group
    thread_tile: int = 4  # each thread accumulates thread_tile**2 outputs (threads: (tile / thread_tile)**2)
    depth: int = 16  # K elements staged in group memory per step


@dataclass(frozen=True)
class GpuMatmulTile:
    """The output tile of a group and how its threads share it."""
    tile: int  # edge of the group's square output tile
    depth: int  # K elements staged per step
    side: int  # threads per edge of the square thread grid
    per: int  # outputs per thread along each edge
    threads: int


def gpu_matmul_tile(target: Target, plan: Plan | None = None) -> GpuMatmulTile:
    """Tile edge, K depth per stage and thread grid on this target (GpuMatmulSettings). When the product has
    too few output tiles to give every multiprocessor two groups (taking a symbolic row count at its upper
    bound), tiles of half the edge with half the per-thread block: four times the groups, same threads."""
    s = settings(GpuMatmulSettings, target)
    tile, per = s.tile, s.thread_tile
    if plan is not None and per > 1:
        tiles = ceil_div(bounds(plan.M)[1], tile) * ceil_div(bounds(plan.N)[1], tile)
        for ax, _ in plan.batch:
            tiles *= bounds(plan.mul.shape[ax])[1]
        if tiles < 2 * target.multiprocessors:
            tile, per = tile // 2, per // 2
    side = tile // per
    return GpuMatmulTile(tile, s.depth, side, per, side * side)


def gpu_matmul_fits(target: Target) -> str | None:
    """Why this target cannot run the tiled schedule (None: it can)."""
    p = gpu_matmul_tile(target)
    smem = 2 * p.tile * p.depth * 4
    if p.threads > target.max_threads:
        return f"{p.threads} threads per group exceed the device's {target.max_threads}"
    if target.shared_bytes and smem > target.shared_bytes:
        return f"{smem} bytes of group memory exceed the device's {target.shared_bytes}"
    if isqrt(p.threads) ** 2 != p.threads:
        return "GpuMatmulSettings tile / thread_tile must give a square thread grid"
    return None


def gpu_matmul_text(plan: Plan, target: Target) -> str:
    """What the GPU Matmul kernel does, for `describe`."""
    p = gpu_matmul_tile(target, plan)
    return (f"matmul M={plan.M} N={plan.N} K={plan.K}: {p.tile}x{p.tile} output tiles per group of "
            f"{p.threads} threads ({p.per}x{p.per} outputs each), A and B staged through group "
            f"memory {p.depth} K at a time; edges masked")


def build_gpu_matmul(graph: KernelGraph, plan: Plan, target: Target) -> LoopKernel:
    p = gpu_matmul_tile(target, plan)
    tile, depth, side, per, threads = p.tile, p.depth, p.side, p.per, p.threads
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
    stage(em, plan, base, (m0, n0, k0), (tile, tile, depth), (a_smem, lambda m, k: m * depth + k),
          (b_smem, lambda k, n: k * tile + n), Staging(lid, threads, acc_t, target.wide_copy_bytes))
    em.emit(Barrier())
    # SERIAL: the compiler unrolls it as it sees fit; UNROLL (CUDA's `#pragma unroll`) is unmeasured here
    kk = em.open_loop(em.fresh("kk"), depth, LoopKind.SERIAL)
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


def store_output(em: Emitter, graph: KernelGraph, plan: Plan, tile: tuple, m, n, total) -> None:
    """The epilogue and store of output (m, n) from accumulator `total`; `tile` is (batch index into the
    output, live guard, tile_m, tile_n) from output_tile. Rows and columns past M and N are masked."""
    out_base, live, tile_m, tile_n = tile
    M, N = plan.M, plan.N
    ok = all_of([live, None if isinstance(M, int) and M % tile_m == 0 else cond(m, 0, M),
                 None if isinstance(N, int) and N % tile_n == 0 else cond(n, 0, N)])
    em.store_output(plan.out_index(out_base, m, n), reduced=total, guard=ok)


@dataclass(frozen=True)
class Staging:
    """How a group copies operand panels into group memory: thread `lid` of `threads`, elements converted to
    `dtype`, `wide_bytes` per Copy where the alignment allows (0: element by element), `asynchronous` Copies
    (see Copy) where they also land contiguous in group memory."""
    lid: Sint
    threads: int
    dtype: DType
    wide_bytes: int = 0
    asynchronous: bool = False


@dataclass(frozen=True)
class OperandPanel:
    """One operand's P x Q panel of this K stage, Q along its contiguous axis in global memory: `at(p, q)` is
    the operand's index, `inside(p, q)` its bounds conditions, `to(p, q)` the offset in group array `smem`;
    `extent` is the operand's size along Q (wide copies must not straddle its edge)."""
    node: Node
    shape: tuple
    extent: Sint
    at: Callable
    inside: Callable
    smem: str
    to: Callable


def stage(em: Emitter, plan: Plan, base: list, origin: tuple, panel: tuple, a_to: tuple, b_to: tuple,
          how: Staging) -> None:
    """Copy this K stage's panels of A (tile_m x depth) and B (depth x tile_n) into group memory as how.dtype.
    `origin` is (m0, n0, k0), `panel` (tile_m, tile_n, depth); `a_to` / `b_to` are (array, offset function):
    A's element (m, k) of the panel goes to a_to[1](m, k), B's (k, n) to b_to[1](k, n). Consecutive threads
    take consecutive elements along each operand's contiguous axis, so the global reads coalesce."""
    (m0, n0, k0), (tile_m, tile_n, depth) = origin, panel
    M, N, K = plan.M, plan.N, plan.K

    def a_at(m, k):
        return plan.a_index(base, m0 + m, k0 + k)

    def b_at(k, n):
        return plan.b_index(base, k0 + k, n0 + n)

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
        _stage_panel(em, OperandPanel(node, shape, extent, lambda p, q, at=at, sw=swap: at(*sw(p, q)),
                                      lambda p, q, inside=inside, sw=swap: inside(*sw(p, q)),
                                      smem, lambda p, q, to=to, sw=swap: to(*sw(p, q))), how)


def _stage_panel(em: Emitter, panel: OperandPanel, how: Staging) -> None:
    """One operand's panel into group memory, wide Copies where _wide_width allows, else element by element."""
    (P, Q), at, to, lid, threads = panel.shape, panel.at, panel.to, how.lid, how.threads
    width = _wide_width(panel, how)
    if width:
        buf, vectors = em.buffer_name(panel.node), P * Q // width
        for e in range(0, vectors, threads):
            flat = lid + e
            p, q = flat // (Q // width), (flat % (Q // width)) * width
            lin, _ = panel.node.arg.linear(at(p, q))
            spare = cond(flat, 0, vectors) if e + threads > vectors else None  # threads past the panel copy nothing
            if spare is not None:
                em.open_if(spare)
            stride = to(p, q + 1) - to(p, q)
            em.emit(Copy(panel.smem, to(p, q), stride, buf, lin, width, how.dtype, all_of(panel.inside(p, q)),
                         how.asynchronous and stride == 1))
            if spare is not None:
                em.close()
        return
    for e in range(0, P * Q, threads):
        flat = lid + e
        p, q = flat // Q, flat % Q
        em.emit(Store(panel.smem, to(p, q), masked_operand(em, panel.node, at(p, q), panel.inside(p, q), how.dtype)))


def _wide_width(panel: OperandPanel, how: Staging) -> int:
    """Elements per Copy for this panel, or 0 (element by element): the operand must be a raw view of a
    buffer of how.dtype with no padding, `width` consecutive elements along Q must be consecutive in memory,
    start on a multiple of `width` (in global and group memory) and never straddle the matrix edge (the
    contiguous axis' extent is a multiple of `width`)."""
    node, dtype = panel.node, how.dtype
    width = how.wide_bytes // dtype.itemsize
    Q = panel.shape[1]
    if not width or node.op != "VIEW" or not Emitter.is_raw(node) or node.dtype != dtype:
        return 0
    if Q % width or not isinstance(panel.extent, int) or panel.extent % width:
        return 0
    p, q = how.lid // (Q // width), (how.lid % (Q // width)) * width
    dst = panel.to(p, q)
    if aligned_run(node, [panel.at(p, q + i) for i in range(width)]) is None:
        return 0
    if panel.to(p, q + 1) - dst == 1 and smod(dst, width) != 0:
        return 0
    return width
