"""Attention in one kernel: find softmax(scores) @ values in a graph, and lower it as an online softmax.

`nn.scaled_dot_product_attention` is plain composition (a product summed over d for the scores, a max, an exp,
a sum, a division, a product summed over the keys), so the graph holds the pattern and nothing marks it. Left to
the generic rules it becomes three kernels and an [n, m] score matrix in memory: the scores, the softmax, the
product with the values. `match_attention` recognises the structure instead:

    out = sum_j  P[.., j] * V[.., j, e]        P = exp(x - max_j x) / sum_j exp(x - max_j x)

where the scores x are any expression over (row, j): a q.k product, a scale, a causal or explicit mask, grouped
query heads broadcast over their key/value head. The fuser keeps such a product in one kernel
(`fuse.Fuser`), and `online_softmax` lowers it as one pass over the keys, a block of them at a time, that carries a
running max, a running sum and one accumulator per value column, rescaling them when the max grows; the score
matrix never exists (a block's scores do, in a scratch of the block's size).
`minic/sched/rules/attention.py` is the rule that schedules it (rows across cores, or groups of warps).
"""
from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass

from minic.dtype import bool_
from minic.ir.node import ELEMENTWISE, VIEWS_CASTS, Node, below_views, toposort
from minic.ir.symbolic import Sint, free_syms, loop_var
from minic.ir.view import contiguous_strides, prod, unravel
from minic.sched.loopir import (
    Alu,
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
    cond,
)
from minic.sched.lower import Emitter, flat_index, unravel_into

NEG_INF = float("-inf")


@dataclass(frozen=True)
class AttentionMatch:
    """Where the pieces of one softmax(scores) @ values sit in a kernel graph."""
    product: Node  # REDUCE(sum) over the key axis of probs * values, the key axis kept as size 1
    key_axis: int  # the summed axis (of product.src[0].shape)
    value_axis: int  # the axis the value columns run along (static extent: the head dim)
    probs: Node  # the operand of the product that reads the softmax (through views and casts)
    values: Node  # the other operand (the fuser cuts out any reduction in it: it would be read once per row)
    scores: Node  # x, the logits the softmax normalises

    @property
    def head_dim(self) -> int:
        return self.product.shape[self.value_axis]

    @property
    def keys(self) -> Sint:
        return self.product.src[0].shape[self.key_axis]

    @property
    def queries(self) -> Sint:
        """Query rows per head: the extent of the axis before the keys' ([..., n, m, d] as matmul builds it)."""
        return self.product.shape[self.key_axis - 1] if self.key_axis > 0 else 1

    def row_axes(self) -> list[int]:
        """The product's axes other than the key and value axes that are not static 1: one softmax row each."""
        return [a for a, s in enumerate(self.product.shape) if a not in (self.key_axis, self.value_axis) and s != 1]

    def rows(self) -> Sint:
        return prod(self.product.shape[a] for a in self.row_axes())

    def score_index(self, idx: list) -> list:
        """The scores' index for the product's index `idx` (its key axis set to the key)."""
        return _map_down(self.probs, below_views(self.probs, VIEWS_CASTS), idx)




def _map_down(top: Node, bottom: Node, idx: list) -> list | None:
    """The index into `bottom` read for element `idx` of `top`, through the views and casts between them; None
    where a view pads (reads zeros: not a plain read of the softmax)."""
    node = top
    while node is not bottom:
        if node.op == "VIEW":  # an unsqueeze or expand maps axis to axis (view.py `_step`): no symbolic division
            idx, valid = node.arg.index(idx, node.src[0].shape)
            if valid:
                return None
        node = node.src[0]
    return idx


def match_attention(node: Node) -> AttentionMatch | str:
    """The attention whose key sum is `node`, or a sentence saying why `node` is not one."""
    if node.op != "REDUCE" or node.arg[0] != "sum" or len(node.arg[1]) != 1:
        return "not a sum over one axis"
    product = node.src[0]
    if product.op != "mul":
        return "the summed value is not a product"
    reason = ""
    for probs, values in (product.src, product.src[::-1]):
        found = _match_operands(node, probs, values)
        if isinstance(found, AttentionMatch):
            return found
        reason = reason or found
    return reason


def _match_operands(node: Node, probs: Node, values: Node) -> AttentionMatch | str:
    p = below_views(probs, VIEWS_CASTS)
    if p.op != "div":
        return "no operand of the product is a softmax, exp(x - max x) / sum exp(x - max x)"
    e, den = p.src[0], below_views(p.src[1], VIEWS_CASTS)
    if den.op != "REDUCE" or den.arg[0] != "sum" or below_views(den.src[0], ("cast",)) is not e:
        return "the softmax's denominator is not the sum of its numerator"
    if e.op != "exp" or e.src[0].op != "sub":
        return "the softmax's numerator is not exp(x - max x)"
    x, mx = e.src[0].src[0], below_views(e.src[0].src[1], VIEWS_CASTS)
    if mx.op != "REDUCE" or mx.arg[0] != "max" or mx.src[0] is not x or mx.arg[1] != den.arg[1] or \
            len(den.arg[1]) != 1:
        return "the softmax does not subtract the max of its own scores along the axis it sums"
    product, key_axis = node.src[0], node.arg[1][0]
    idx = [0 if s == 1 and a != key_axis else loop_var(f"a{a}", s) for a, s in enumerate(product.shape)]
    pidx = _map_down(probs, p, idx)
    if pidx is None:
        return "the softmax is read through a padding view"
    key, axis = free_syms(idx[key_axis]), den.arg[1][0]
    single = product.shape[key_axis] == 1 and p.shape[axis] == 1  # one key: nothing to line up
    if not single and (pidx[axis] != idx[key_axis] or any(key & free_syms(i) for a, i in enumerate(pidx) if a != axis)):
        return "the product does not sum along the axis the softmax normalises"
    used = set().union(*(free_syms(i) for i in pidx))
    columns = [a for a, s in enumerate(product.shape) if s != 1 and a != key_axis and not free_syms(idx[a]) & used]
    if len(columns) != 1 or not isinstance(product.shape[columns[0]], int):
        return f"expected one static value axis the softmax does not depend on, found {len(columns)}"
    return AttentionMatch(node, key_axis, columns[0], probs, values, x)


def is_reshape(node: Node) -> bool:
    """A VIEW that reshapes without reordering (the kernel's output keeps the product's element order)."""
    if node.op != "VIEW" or len(node.arg.views) != 1:
        return False
    v = node.arg.views[0]
    return v.mask is None and v.offset == 0 and tuple(v.strides) == contiguous_strides(node.shape) and \
        prod(node.shape) == prod(node.src[0].shape)


def find_attention(root: Node) -> AttentionMatch | str:
    """The attention a kernel computes when its root is one (plus an elementwise epilogue and reshapes), else why
    not."""
    node = root
    while node.op != "REDUCE":
        if node.op not in ELEMENTWISE and not is_reshape(node):
            return f"the kernel's result passes through {node.op.lower()} on the way from its reduction"
        reducing = [s for s in node.src if any(n.op == "REDUCE" for n in toposort([s]))]
        if len(reducing) != 1:
            return "the kernel has no reduction" if not reducing else "the kernel combines several reductions"
        node = reducing[0]
    return match_attention(node)


@dataclass(frozen=True)
class ScoreDot:
    """The q.k product inside the scores: the reduction, its product's query operand (broadcast along the keys)
    and key operand."""
    dot: Node
    query: Node
    key: Node


def score_dot(match: AttentionMatch) -> ScoreDot | str:
    """The scores' one q.k product and which of its operands is the query, or why there is no such product: the
    query operand is the view that broadcasts along the axis the key index moves (followed down from the scores
    through their views, so a static n equal to m does not confuse the two)."""
    dots = [n for n in outer_reductions(match.scores) if n.arg[0] == "sum" and n.src[0].op == "mul"]
    if len(dots) != 1 or len(dots[0].arg[1]) != 1:
        return "the scores are not one sum of products (q.k) over one axis"
    dot = dots[0]
    idx = [0 if s == 1 else loop_var(f"a{a}", s) for a, s in enumerate(match.product.src[0].shape)]
    key_syms = free_syms(idx[match.key_axis])
    ridx = index_down(match.scores, dot, match.score_index(idx))
    if ridx is None:
        return "the q.k product is read through a padding view"
    axes = [a for a, i in enumerate(ridx) if free_syms(i) & key_syms]
    mul = dot.src[0]
    if len(axes) != 1:
        return "the key index reaches the q.k product along more than one axis"
    broadcast = [x.op == "VIEW" and x.arg.views[-1].strides[axes[0]] == 0 and x.arg.views[-1].mask is None
                 for x in mul.src]
    if broadcast.count(True) != 1:
        return "no operand of q.k is the query broadcast along the keys"
    q = broadcast.index(True)
    return ScoreDot(dot, mul.src[q], mul.src[1 - q])


def outer_reductions(node: Node, stop: Container = frozenset()) -> list[Node]:
    """The reductions `node` reads without another reduction between (the ones a kernel of `node` would run: for
    attention's scores their q.k, not a product upstream that computed q or k), not looking below the nodes in
    `stop` (ones to be realized: their own kernels' work)."""
    out, seen, stack = [], set(), [node]
    while stack:
        n = stack.pop()
        if id(n) in seen or n in stop:
            continue
        seen.add(id(n))
        if n.op == "REDUCE":
            out.append(n)
        else:
            stack += n.src
    return out


def index_down(node: Node, target: Node, idx: list) -> list | None:
    """The index of `target` read for element `idx` of `node`, along the elementwise ops and views between them;
    None through a padding view."""
    while node is not target:
        if node.op == "VIEW":
            idx, valid = node.arg.index(idx, node.src[0].shape)
            if valid:
                return None
            node = node.src[0]
            continue
        node = next(s for s in node.src if target in toposort([s]))
    return idx


# ops that keep a finite q.k finite on the way to the scores (a scale, a cast, an additive mask's sum, a soft cap)
_FINITE_PATH = {"VIEW", "cast", "mul", "div", "add", "where", "tanh"}


def mask_probe(scores: Node, dot: Node) -> bool:
    """Whether the scores' -inf entries can be found with q.k read as 0: true when every op between the scores and
    the q.k product is a view, a cast, a product with or a division by a constant, a tanh (a soft cap), a sum
    with a term free of q.k (an additive mask) or where(c, x, -inf) with q.k only in x (a boolean, causal or
    sliding-window mask), and there is a mask. Then a score is -inf for every finite q.k exactly where it is -inf
    for q.k = 0, so a block of keys whose probe is -inf for all its rows contributes nothing and is skipped."""
    node, masked = scores, False
    while node is not dot:
        if node.op not in _FINITE_PATH:
            return False
        holding = [s for s in node.src if dot in toposort([s])]
        if len(holding) != 1:
            return False
        other = [s for s in node.src if s is not holding[0]]
        if node.op in ("mul", "div") and (below_views(other[0], ("VIEW", "cast")).op != "CONST" or
                                          node.op == "div" and holding[0] is not node.src[0]):
            return False
        if node.op == "where":
            fill = below_views(node.src[2], ("VIEW", "cast"))
            if holding[0] is not node.src[1] or fill.op != "CONST" or fill.arg != NEG_INF:
                return False
        masked = masked or node.op in ("add", "where")
        node = holding[0]
    return masked


def output_index(graph, match: AttentionMatch, idx: list) -> list:
    """The kernel root's index for the product's index `idx`: the root is the product reshaped, element order
    kept."""
    return list(unravel(flat_index(idx, match.product.shape), graph.root.shape))


@dataclass
class RowState:
    """A row's running softmax after its keys: max, sum of exp(x - max), and the scratch array of its columns'
    accumulators."""
    peak: Ref
    total: Ref
    columns: str


def online_softmax(em: Emitter, match: AttentionMatch, idx: list, block: int, locals_: list) -> RowState:
    """Emit one row's pass over its keys, the row at product index `idx`, `block` keys at a time: the block's
    scores go to a small scratch (independent q.k products, past the last key -inf), the block's max joins the
    running max M once (the sum and the columns rescaled by exp(M - M') once a block), the weights exp(x - M')
    are a vector loop, then each key's weight * v joins the columns, a vector loop over them. A key at a time,
    every key would wait for the one before (its max, its exp, its rescale: a chain of dependent scalar work per
    key); a block has one such step. Where the mask can be read without q.k (mask_probe), a block the row may not
    see is skipped: a decode step of a sliding-window layer reads the window's keys, not the whole cache."""
    acc_t, d = match.product.dtype.compute, match.head_dim
    peak, total = em.accumulator(acc_t, "max", "peak"), em.accumulator(acc_t, "sum", "total")
    scores, columns = em.fresh("scores"), em.fresh("columns")
    locals_ += [LocalArray(scores, acc_t, block), LocalArray(columns, acc_t, d)]
    c = em.open_loop(em.fresh("c"), d, LoopKind.VECTOR)
    em.emit(Store(columns, c, Const(acc_t, 0.0)))
    em.close()
    first = em.open_loop(em.fresh("kb"), match.keys, LoopKind.SERIAL, step=block)

    def key(j: Sint) -> tuple[list, Val | None]:  # product index of the block's j-th key, and whether it is real
        at = list(idx)
        at[match.key_axis] = first + j
        return at, cond(first + j, 0, match.keys)

    probe = skips_blocks(match)
    if probe:  # a block the row may not see (a sliding window's older keys, the causal future) is skipped whole
        em.open_if(_any_key_seen(em, match, key, block))
    j = em.open_loop(em.fresh("j"), block, LoopKind.NOVECTOR)  # each q.k's own loop over d is the vector one
    at, real = key(j)
    x = em.value(match.scores, match.score_index(at), real)
    em.emit(Store(scores, j, x if real is None else Alu(acc_t, "where", (real, x, Const(acc_t, NEG_INF)))))
    em.close()
    top = em.accumulator(acc_t, "max", "top")
    j = em.open_loop(em.fresh("j"), block, LoopKind.VECTOR)
    em.emit(Update(top, "max", Load(acc_t, scores, j)))
    em.close()
    shift, rescale = rescaling(em, Ref(acc_t, peak), Ref(acc_t, top))
    em.emit(Update(peak, "max", Ref(acc_t, top)))
    step_total = em.accumulator(acc_t, "sum", "weights")
    j = em.open_loop(em.fresh("j"), block, LoopKind.VECTOR)
    weight = em.named(exp_minus(Load(acc_t, scores, j), shift))
    em.emit(Store(scores, j, weight))
    em.emit(Update(step_total, "sum", weight))
    em.close()
    em.emit(Update(total, "mul", rescale))
    em.emit(Update(total, "sum", Ref(acc_t, step_total)))
    c = em.open_loop(em.fresh("c"), d, LoopKind.VECTOR)
    em.emit(Store(columns, c, Alu(acc_t, "mul", (Load(acc_t, columns, c), rescale))))
    em.close()
    j = em.open_loop(em.fresh("j"), block, LoopKind.NOVECTOR)
    at, real = key(j)
    weight = em.named(Load(acc_t, scores, j))
    c = em.open_loop(em.fresh("c"), d, LoopKind.VECTOR)
    add = Alu(acc_t, "mul", (weight, value_at(em, match, at, c, real)))
    em.emit(Store(columns, c, Alu(acc_t, "add", (Load(acc_t, columns, c), add))))
    em.close()
    em.close()
    if probe:
        em.close()
    em.close()
    return RowState(Ref(acc_t, peak), Ref(acc_t, total), columns)


def skips_blocks(match: AttentionMatch) -> bool:
    """Whether a block of keys no row may see can be found, and skipped, without its q.k (mask_probe)."""
    dot = score_dot(match)
    return not isinstance(dot, str) and mask_probe(match.scores, dot.dot)


def _any_key_seen(em: Emitter, match: AttentionMatch, key, block: int) -> Val:
    """Whether the row may see any key of the block: its scores with q.k read as 0 (mask_probe), -inf past the
    last key."""
    acc_t = match.product.dtype.compute
    seen = em.accumulator(acc_t, "max", "seen")
    j = em.open_loop(em.fresh("j"), block, LoopKind.VECTOR)
    at, real = key(j)
    x = em.value_given(match.scores, match.score_index(at), real, lambda red, ridx: Const(acc_t, 0.0))
    em.emit(Update(seen, "max", x if real is None else Alu(acc_t, "where", (real, x, Const(acc_t, NEG_INF)))))
    em.close()
    return Alu(bool_, "cmplt", (Const(acc_t, NEG_INF), Ref(acc_t, seen)))


def rescaling(em: Emitter, peak: Val, top: Val) -> tuple[Ref, Ref]:
    """(shift, rescale) when scores up to `top` join a running max `peak`: the new max, or 0 while it is still
    -inf (every key masked so far), and exp(peak - shift), the factor every running sum is multiplied by."""
    new = em.named(Alu(peak.dtype, "max", (peak, top)))
    is_inf = Alu(bool_, "cmpeq", (new, Const(peak.dtype, NEG_INF)))
    shift = em.named(Alu(peak.dtype, "where", (is_inf, Const(peak.dtype, 0.0), new)))
    return shift, em.named(exp_minus(peak, shift))


def exp_minus(a: Val, b: Val) -> Val:
    return Alu(a.dtype, "exp", (Alu(a.dtype, "sub", (a, b)),))


def value_at(em: Emitter, match: AttentionMatch, at: list, col: Sint, guard: Val | None = None) -> Val:
    """The values operand at product index `at` (its key set) and column `col`, in the accumulators' type (zero
    where `guard` is false)."""
    vidx = list(at)
    vidx[match.value_axis] = col
    v = em.value(match.values, vidx, guard)
    acc_t = match.product.dtype.compute
    return v if v.dtype == acc_t else Cast(acc_t, v)


def store_row(em: Emitter, graph, match: AttentionMatch, idx: list, state: RowState) -> None:
    """A row is done: each column's output is its accumulator over the sum."""
    acc_t = state.total.dtype
    out = list(idx)
    out[match.value_axis] = em.open_loop(em.fresh("c"), match.head_dim, LoopKind.VECTOR)
    em.store_output(output_index(graph, match, out),
                    reduced=Alu(acc_t, "div", (Load(acc_t, state.columns, out[match.value_axis]), state.total)))
    em.close()


def build_cpu_attention(graph, match: AttentionMatch, parallel: bool, block: int = 16) -> LoopKernel:
    """Rows across cores (`parallel`), each row one online-softmax pass, `block` keys a step, with its value
    columns in a scratch. The fuser lowers every attention kernel this way once (parallel=False) to find what must
    be cut out of it."""
    em = Emitter(graph)
    axes = match.row_axes()
    idx: list = [0] * len(match.product.shape)
    if axes:
        row = em.open_loop("row", match.rows(), LoopKind.PARALLEL if parallel else LoopKind.SERIAL)
        unravel_into(row, match.product.shape, axes, idx)
    locals_: list = []
    store_row(em, graph, match, idx, online_softmax(em, match, idx, block, locals_))
    if axes:
        em.close()
    return em.finish(locals=locals_)
