"""GEMV: one (or a few) rows of activations times a weight matrix (decode).

Recognised like Matmul (`matmul.analyze`), when the row count is at most
`Target.gemv_max_rows` (statically, or by the bound of the symbolic n). The
kernel is memory bound: every weight is read once. Each task computes all rows
for a strip of columns:

* x @ W with W [K, N] row-major (B contiguous along N), "stream": each task
  owns a block of columns (about N / (2 * cores)) and walks K, reading one
  contiguous stretch of each weight row per step; partial sums live in the
  output rows (L1) and the epilogue rewrites them in place. Used when the
  output is float32, row-major and not read by the epilogue; otherwise the
  strip is `gemv_vectors` SIMD vectors kept in registers (the Matmul tile
  with rows = n).
* W @ x / x @ W.T with W [N, K] (B contiguous along K): `gemv_dot_cols`
  vectorised dot products per task, each streaming a contiguous row of W.
  A quantized W (minic.quant: packed codes and per-block scales, the dequant
  as the product's prologue) is read the same way: the K loop is cut at the
  format's blocks (`matmul.k_split`) so the codes load contiguously inside.

Strips run across cores. On a GPU see `gpu_gemv` (groups of threads per
column block, a warp or group-memory reduction along K). With a symbolic n the kernel holds one exact-size
variant per possible n (an If on the Var), so every weight is still read once.
"""
from __future__ import annotations

from minic.ir.symbolic import bounds
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import LoopKernel
from minic.sched.rules.base import Rule
from minic.sched.rules.gpu_gemv import build_gpu_gemv, gpu_gemv_params
from minic.sched.rules.matmul import build_cpu, gemv_text
from minic.sched.rules.matmul_plan import analyze, decline_common, split_text
from minic.sched.target import Target


class GEMV(Rule):
    name = "GEMV"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        plan = analyze(graph)
        reason = decline_common(plan, target)
        if reason is not None:
            return reason
        hi = bounds(plan.M)[1]
        if hi > target.gemv_max_rows:
            return f"up to {hi} rows (> gemv_max_rows={target.gemv_max_rows}): a matmul"
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        if target.gpu:
            return build_gpu_gemv(graph, analyze(graph), target)
        return build_cpu(graph, analyze(graph), target, gemv_only=True)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        plan = analyze(graph)
        if target.gpu:
            p = gpu_gemv_params(plan, target)
            how = "a warp shuffle" if p["shuffle"] else "group memory"
            return (f"gemv rows={plan.M} N={plan.N} K={plan.K} ({p['style']}): {p['cols']} columns per group of "
                    f"{p['threads']}, {p['split']} threads split K per column, partial sums combined by {how}"
                    + ("; a packed operand dequantized in the K loop" if plan.k_split else ""))
        return (f"gemv rows={plan.M} N={plan.N} K={plan.K}: {gemv_text(plan, target, graph)}; "
                f"tasks across {target.cores} cores{split_text(plan)}")
