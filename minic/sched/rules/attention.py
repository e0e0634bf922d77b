"""The Attention rule: softmax(scores) @ values as one kernel, an online softmax over the keys.

The pattern and its CPU lowering live in minic/sched/attention.py (the fuser needs them to keep the pattern in one
kernel); this module decides where the rule applies and how threads share a row:
  CPU   rows across cores; a row walks its keys once, its value columns in registers. Decode-sized only
        (`max_cpu_queries` query rows per head): a prefill's scores are a matmul the matmul rules vectorise.
  GPU   one group of T threads per softmax row, taking T keys per step: each warp scores every (T / 32)-th key of
        the step, its lanes splitting q.k (shuffles; one thread per key where the device has none), into group
        memory; the group agrees on the step's max and sum, turns the scores into weights in place, and then
        thread t adds the weighted values of column t % d over every (T / d)-th key of the step. The keys of a
        step are independent of each other, so their loads overlap. Off by default on GPUs (`max_gpu_rows`, see
        AttentionSettings): the three-kernel path measured faster on the H200.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.ir.node import VIEWS_CASTS, Node, below_views, toposort
from minic.ir.symbolic import bounds
from minic.sched.attention import (
    NEG_INF,
    AttentionMatch,
    build_cpu_attention,
    exp_minus,
    find_attention,
    output_index,
    rescaling,
    value_at,
)
from minic.sched.fuse import KernelGraph
from minic.sched.loopir import Alu, Barrier, Const, Load, LocalArray, LoopKernel, LoopKind, Ref, Store, Update, cond
from minic.sched.lower import Emitter, unravel_into
from minic.sched.rules.base import Rule, is_disabled
from minic.sched.rules.nest import (
    combine_in_group,
    gpu_ids,
    grid,
    group_reduce,
    live_groups,
    new_emitter,
    warp_stage_ok,
)
from minic.sched.rules.settings import RuleSettings, settings
from minic.sched.target import Target


@dataclass(frozen=True)
class AttentionSettings(RuleSettings):
    threads: int = 256  # GPU: threads per group, keys per step (at least the head dim, a power of two)
    # GPU: softmax rows (all heads) up to which the rule takes attention. 0 (off) by default: on the H200 this
    # schedule measured slower than the three-kernel path at every decode shape (bench/README.md, "Attention");
    # tune it on to study or improve it (bench/attention.py, tests/test_attention.py do)
    max_gpu_rows: int = 0
    max_cpu_queries: int = 16  # CPU: query rows per head up to which the rule takes attention


def keeps(match: AttentionMatch, target: Target) -> bool:
    """Whether the fuser should keep `match` in one kernel for this rule on `target`: decode-sized work, where
    one pass over the keys beats three kernels; prefill's many query rows go to the matmul rules, whose tiles
    share each key among many rows (bench/README.md has both measured)."""
    if is_disabled("Attention"):
        return False
    s = settings(AttentionSettings, target)
    if not target.gpu:
        return bounds(match.queries)[1] <= s.max_cpu_queries
    return bounds(match.rows())[1] <= s.max_gpu_rows and _threads(match, target) is not None


QUERY_CUT = "attention reads its query at every key: a computed query (RoPE, a scale) is realized once instead"


def query_cut(graph: KernelGraph, target: Target) -> list[tuple[Node, str]]:
    """The fuser's question for an attention kernel this rule keeps: a query computed on the way (LLaMA's RoPE)
    sits inside the scores' q.k loop, which runs once per key, so the rotation would be recomputed for every key
    (on SmolLM2's CPU decode that doubled the kernel's time). Realized, it is computed once; a query read as
    stored (GPT-2's q, a view of the qkv buffer) is left alone."""
    match = find_attention(graph.root)
    if isinstance(match, str) or not keeps(match, target):
        return []
    query = _broadcast_operand(match)
    return [] if query is None or Emitter.is_raw(query) else [(query, QUERY_CUT)]


def _broadcast_operand(match: AttentionMatch) -> Node | None:
    """The query operand of the scores' q.k product, below its views: the operand that is a view broadcasting
    its source along the key axis (stride 0 there) while the other varies along it. None when there is no single
    such product, or no single axis of it has the key count's extent."""
    dots = [n for n in toposort([match.scores]) if n.op == "REDUCE" and n.arg[0] == "sum" and n.src[0].op == "mul"]
    if len(dots) != 1:
        return None
    mul = dots[0].src[0]
    axes = [ax for ax, size in enumerate(mul.shape) if size == match.keys]
    if len(axes) != 1:
        return None
    broadcast = [x.op == "VIEW" and x.arg.views[-1].strides[axes[0]] == 0 and x.arg.views[-1].mask is None
                 for x in mul.src]
    if broadcast.count(True) != 1:
        return None
    return below_views(mul.src[broadcast.index(True)], VIEWS_CASTS)


def _threads(match: AttentionMatch, target: Target) -> int | None:
    """Threads per group: the setting, raised to a power of two that covers the head dim; None if the device
    cannot run that many or hold the step's weights and partial columns in group memory."""
    threads = max(settings(AttentionSettings, target).threads, 1 << (match.head_dim - 1).bit_length())
    return threads if threads <= target.max_threads and 4 * 4 * threads <= target.shared_bytes else None


def _lanes(match: AttentionMatch, target: Target) -> int:
    """Threads that split one key's q.k: a warp where its shuffles can combine the accumulator type, else 1."""
    return target.warp if warp_stage_ok(target.warp, target.warp, match.product.dtype.compute) else 1


class Attention(Rule):
    name = "Attention"

    def why_not(self, graph: KernelGraph, target: Target) -> str | None:
        match = find_attention(graph.root)
        if isinstance(match, str):
            return f"no softmax(scores) @ values: {match}"
        if target.gpu and _threads(match, target) is None:
            return f"head dim {match.head_dim} needs more threads or group memory than the device has"
        return None

    def build(self, graph: KernelGraph, target: Target) -> LoopKernel:
        match = find_attention(graph.root)
        if not target.gpu:
            return build_cpu_attention(graph, match, parallel=target.cpu_cores > 1)
        return build_gpu_attention(graph, match, target)

    def describe(self, graph: KernelGraph, target: Target) -> str:
        match = find_attention(graph.root)
        head = f"attention over {match.rows()} softmax rows, head dim {match.head_dim}: online softmax, no scores " \
               f"in memory; "
        if not target.gpu:
            return head + f"rows across {target.cpu_cores} cores, each row's {match.head_dim} columns in registers"
        threads, lanes = _threads(match, target), _lanes(match, target)
        scoring = f"a warp's {lanes} lanes per key's q.k" if lanes > 1 else "one thread per key's q.k"
        return head + f"a group of {threads} threads per row, {threads} keys per step ({scoring}), then " \
                      f"{threads // match.head_dim} threads per column summing the step's weighted values"


def build_gpu_attention(graph: KernelGraph, match: AttentionMatch, target: Target) -> LoopKernel:
    threads, d, keys = _threads(match, target), match.head_dim, match.keys
    per_col = threads // d  # threads sharing one column's sum within a step
    acc_t = match.product.dtype.compute
    lanes = _lanes(match, target)  # threads sharing one key's q.k
    locals_: list = []

    def lanes_share(em, node, idx, guard, level):  # a key's q.k (the scores' own reduction) across its lanes
        return group_reduce(em, node, idx, guard, level, lane, lanes, locals_, lanes) if lanes > 1 else None

    em = new_emitter(graph, lanes_share)
    specials, group, lid = gpu_ids(em, threads)
    lane = lid % lanes
    group, live = live_groups(group, match.rows())
    idx: list = [0] * len(match.product.shape)
    unravel_into(group, match.product.shape, match.row_axes(), idx)
    peak, total = em.accumulator(acc_t, "max", "peak"), em.accumulator(acc_t, "sum", "total")
    out = em.accumulator(acc_t, "sum", "o")
    weights = em.fresh("weights")
    locals_.append(LocalArray(weights, acc_t, threads))
    base = em.open_loop(em.fresh("step"), keys, LoopKind.SERIAL, step=threads)
    k = em.open_loop(em.fresh("k"), threads, LoopKind.SERIAL, start=lid // lanes, step=threads // lanes)
    em.open_if(cond(base + k, 0, keys))  # the last step may hold fewer keys (uniform in a warp: shuffles are safe)
    at = list(idx)
    at[match.key_axis] = base + k
    x = em.value(match.scores, match.score_index(at))
    em.open_if(cond(lane, 0, 1))
    em.emit(Store(weights, k, x))
    em.close()
    em.close()
    em.close()
    em.emit(Barrier())
    here = cond(base + lid, 0, keys)
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
    k = em.open_loop(em.fresh("k"), threads, LoopKind.SERIAL, start=lid // d, step=per_col)
    em.open_if(cond(base + k, 0, keys))
    at = list(idx)
    at[match.key_axis] = base + k
    v = value_at(em, match, at, lid % d)
    em.emit(Update(part, "sum", Alu(acc_t, "mul", (Load(acc_t, weights, k), v))))
    em.close()
    em.close()
    em.close()
    for name, add in ((total, step_total), (out, Ref(acc_t, part))):
        em.emit(Update(name, "mul", rescale))
        em.emit(Update(name, "sum", add))
    em.emit(Barrier())  # the next step rewrites the weights
    em.close()
    partial = em.fresh("columns")
    locals_.append(LocalArray(partial, acc_t, threads))
    em.emit(Store(partial, lid, Ref(acc_t, out)))
    em.emit(Barrier())
    em.open_if(cond(lid, 0, d))
    col_sum = Load(acc_t, partial, lid)
    for g in range(1, per_col):
        col_sum = Alu(acc_t, "add", (col_sum, Load(acc_t, partial, g * d + lid)))
    at = list(idx)
    at[match.value_axis] = lid
    result = em.named(Alu(acc_t, "div", (col_sum, Ref(acc_t, total))))
    em.store_output(output_index(graph, match, at), live, reduced=result)
    em.close()
    return em.finish(gpu=True, specials=specials, global_size=grid(match.rows()), local_size=(threads, 1, 1),
                     locals=locals_)
