"""Matmul on tensor cores (CUDA sm_80+, float16 or bfloat16 operands): the TensorCoreMatmul rule.

The outer structure is the GPU Matmul rule's (gpu_matmul.py): a group owns a
tile_m x tile_n output tile, and the K loop stages `depth`-deep panels of A
and B through group memory with the prologue applied and the edges zero-filled.
The inner product differs: the group's warps form a grid, each warp owns a
32 x 32 sub-tile, that is 2 x 4 tiles of 16 x 8, and every 16 of K is one
`Mma` (PTX mma.sync.m16n8k16, float32 accumulation) per 16 x 8 tile. Both
panels sit in group memory with K contiguous (B is transposed on the way in),
rows padded by 8 elements so the fragment reads of a warp's 8 row groups hit
8 different banks; raw operands (no prologue) move Target.wide_copy_bytes per load where
the alignment is provable. The epilogue runs on each lane's accumulators at the
output positions `mma_fragment` gives, behind the same masks as the Matmul
rule, so any M, N, K and any Var value within bounds is safe.
"""
from __future__ import annotations

from minic.dtype import bfloat16, float16
from minic.ir.symbolic import bounds
from minic.ir.view import prod
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Acc, Barrier, Const, LocalArray, LoopKernel, Mma, Ref, mma_fragment
from minic.sched.rules.gpu_matmul import output_tile, stage, store_output
from minic.sched.rules.matmul import Matmul, Plan, analyze, small_batch_text
from minic.sched.rules.nest import finish, gpu_ids, grid, new_emitter
from minic.sched.target import Target

WARP_M, WARP_N = 32, 32  # each warp's share of the output tile
MMA_M, MMA_N, MMA_K = 16, 8, 16  # one Mma
PAD = 8  # elements after each row of a panel in group memory (bank spread for the fragment reads)
MMA_DTYPES = (float16, bfloat16)


class TensorCoreMatmul(Matmul):
    """Tried before Matmul: the same products, on tensor cores where the target and the operand types allow."""
    name = "TensorCoreMatmul"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        if not target.gpu:
            return "tensor cores are a GPU schedule"
        return super().why_not(graph, target) or mma_declines(analyze(graph), target)

    def build_gpu(self, graph: KernelGraph, plan: Plan, target: Target) -> LoopKernel:
        return build_gpu_mma(graph, plan, target)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        p = mma_params(target, plan)
        return (f"matmul M={plan.M} N={plan.N} K={plan.K} on tensor cores: {p['tile_m']}x{p['tile_n']} output tiles "
                f"per group of {p['threads']} threads (a 32x32 tile per warp, mma.m16n8k16 on {plan.a.dtype.name}, "
                f"float32 accumulators), A and B staged through group memory {p['depth']} K at a time; edges masked"
                + small_batch_text(plan, target))


def mma_params(target: Target, plan: Plan | None = None) -> dict:
    """The first of Target.mma_tiles that gives every multiprocessor a group (a symbolic row count taken at its
    bound), else the first."""
    tile_m, tile_n = target.mma_tiles[0]
    if plan is not None:
        batch = prod(bounds(plan.mul.shape[ax])[1] for ax, _ in plan.batch)
        rows, cols = bounds(plan.M)[1], bounds(plan.N)[1]
        fits = [t for t in target.mma_tiles if -(-rows // t[0]) * -(-cols // t[1]) * batch >= target.cores]
        tile_m, tile_n = (fits or target.mma_tiles)[0]
    warps = (tile_m // WARP_M) * (tile_n // WARP_N)
    return {"tile_m": tile_m, "tile_n": tile_n, "depth": target.mma_depth, "warps_n": tile_n // WARP_N,
            "threads": 32 * warps, "ld": target.mma_depth + PAD}


def mma_declines(plan: Plan, target: Target) -> str | None:
    """Why the tensor-core schedule does not fit this product on this target (None: it does)."""
    if not target.mma:
        return "the target has no tensor cores (mma.sync needs CUDA sm_80 or newer)"
    if plan.a.dtype != plan.b.dtype or plan.a.dtype not in MMA_DTYPES:
        return (f"operands are {plan.a.dtype.name} and {plan.b.dtype.name}: tensor cores take two float16 or two "
                f"bfloat16 operands (others would be rounded)")
    depth = target.mma_depth
    for tile_m, tile_n in target.mma_tiles:
        threads = 32 * (tile_m // WARP_M) * (tile_n // WARP_N)
        smem = (tile_m + tile_n) * (depth + PAD) * plan.a.dtype.itemsize
        if tile_m % WARP_M or tile_n % WARP_N or depth % MMA_K or (tile_m * depth) % threads or \
                (tile_n * depth) % threads:
            return f"mma_tiles {tile_m}x{tile_n} / mma_depth {depth} do not split into 32x32 warp tiles and 16 of K"
        if threads > target.max_threads:
            return f"a {tile_m}x{tile_n} tile needs {threads} threads, the device allows {target.max_threads}"
        if target.shared_bytes and smem > target.shared_bytes:
            return f"{smem} bytes of group memory exceed the device's {target.shared_bytes}"
    return None


def build_gpu_mma(graph: KernelGraph, plan: Plan, target: Target) -> LoopKernel:
    p = mma_params(target, plan)
    tile_m, tile_n, depth, threads, ld = p["tile_m"], p["tile_n"], p["depth"], p["threads"], p["ld"]
    em, bufs = new_emitter(graph)
    specials, group, lid = gpu_ids(em, threads)
    K = plan.K
    groups, live, base, out_base, m0, n0 = output_tile(group, plan, graph, tile_m, tile_n)
    warp, lane = lid // 32, lid % 32
    wm, wn = (warp // p["warps_n"]) * WARP_M, (warp % p["warps_n"]) * WARP_N
    dt, acc_t = plan.a.dtype, plan.reduce.dtype.compute
    a_smem, b_smem = em.fresh("As"), em.fresh("Bs")
    locals_ = [LocalArray(a_smem, dt, tile_m * ld), LocalArray(b_smem, dt, tile_n * ld)]
    accs = {(i, j): tuple(em.fresh("c") for _ in range(4))
            for i in range(WARP_M // MMA_M) for j in range(WARP_N // MMA_N)}
    for names in accs.values():
        for name in names:
            em.emit(Acc(name, acc_t, Const(acc_t, 0.0)))
    k0 = em.open_loop(em.fresh("k"), (K + depth - 1) // depth, "serial", scope_kind="reduce") * depth
    stage(em, plan, base, (m0, n0, k0), lid, threads, (tile_m, tile_n, depth), dt,
          (a_smem, lambda m, k: m * ld + k), (b_smem, lambda k, n: n * ld + k), target.wide_copy_bytes)
    em.emit(Barrier())
    for kk in range(0, depth, MMA_K):
        for (i, j), names in accs.items():
            em.emit(Mma(names, dt, a_smem, (wm + MMA_M * i) * ld + kk, ld, b_smem, (wn + MMA_N * j) * ld + kk, ld))
    em.emit(Barrier())  # every warp is done with this stage before the next overwrites it
    em.close()
    tile_syms = set(em.path[-1].defined)
    for (i, j), names in accs.items():
        for name, (r, c) in zip(names, mma_fragment(lane)):
            em.ref_syms[name] = tile_syms
            store_output(em, graph, plan, (out_base, live, tile_m, tile_n), m0 + wm + MMA_M * i + r,
                         n0 + wn + MMA_N * j + c, Ref(acc_t, name))
    return finish(graph, em, bufs, gpu=True, specials=specials, global_size=grid(groups),
                  local_size=(threads, 1, 1), locals=locals_)
