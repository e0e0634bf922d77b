"""The GPU small-batch branch: one kernel for a symbolic row count n (new tokens, batch) that runs the GEMV
schedule while n <= the route's gemv_rows (matmul_plan.route) and the Matmul schedule above it.

Both schedules are built as usual, the GEMV with the Matmul's group size, and joined under `if` on n, which
every thread of the launch sees alike (WGSL reads Vars from a uniform buffer, so its barriers stay in uniform
control flow). The grid is the sum of the two grids, since Sint has no max: groups past the chosen schedule's own
count leave at once, so the spare groups cost a launch slot each and nothing more. That early exit puts barriers
under a group-uniform `if`, which PoCL miscompiles (see nest.live_groups): a target without
`uniform_exit_barriers` (OpenCL) gets no branch.
"""
from __future__ import annotations

from minic.ir.symbolic import sym_expr
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, If, LoopKernel, all_of, cond
from minic.sched.rules.gpu_gemv import build_gpu_gemv
from minic.sched.rules.matmul_plan import Plan, Route
from minic.sched.target import Target


def small_batch_rows(plan: Plan, target: Target, route: Route) -> int | None:
    """The row count up to which the Matmul kernel runs the GEMV schedule, or None when it has no branch."""
    return route.gemv_rows if route.branches(plan) and target.uniform_exit_barriers else None


def with_small_batch(graph: KernelGraph, plan: Plan, target: Target, route: Route, big: LoopKernel) -> LoopKernel:
    """`big` (a Matmul schedule) behind a run-time branch to the GEMV schedule for few rows, when it applies."""
    rows = small_batch_rows(plan, target, route)
    if rows is None:
        return big
    small = build_gpu_gemv(graph, plan, target, max_rows=rows, threads=big.local_size[0])
    g0, g1, n0 = (s for s, kind, _ in big.specials if kind != "local")
    group = sym_expr(g1) * sym_expr(n0) + sym_expr(g0)
    few = cond(plan.M, 0, rows + 1)
    body = [If(all_of([few, cond(group, 0, small.global_size[0])]), small.body),
            If(all_of([Alu(few.dtype, "not", (few,)), cond(group, 0, big.global_size[0])]), big.body)]
    return LoopKernel(big.name, big.bufs, big.vars, body, global_size=(small.global_size[0] + big.global_size[0], 1, 1),
                      local_size=big.local_size, gpu=True, specials=big.specials, locals=small.locals + big.locals)


def small_batch_text(plan: Plan, target: Target, route: Route) -> str:
    """The branch, for `describe` (empty when the kernel has none)."""
    rows = small_batch_rows(plan, target, route)
    return "" if rows is None else f"; when {plan.M} <= {rows} at run time: the GEMV schedule, in the same kernel"
