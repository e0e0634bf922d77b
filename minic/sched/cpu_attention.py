"""Attention over many query rows on the CPU: a panel of rows shares each block of keys, rows in SIMD lanes.

One query row at a time (attention.online_softmax, what decode runs) reads every key and value once per row, and
its q.k products are dot products that each end in a horizontal sum. A prefill has n rows per head, so this
schedule takes a panel of query rows of one head (`rows`: a few SIMD vectors of them) and keeps every per-row
quantity with the rows along the vector lanes: q transposed (d x rows) once per panel, the block's scores
(keys x rows), the running max and sum (rows), the value columns (d x rows). Then each block of `keys` keys is
  1. scores: register tiles of `tile` keys x the panel's rows, one broadcast of a key element and the vectors
     of q per step along d (the Matmul rule's outer-product micro-kernel, rules/cpu_tile.py);
  2. the rest of the scores' expression (a scale, a causal or explicit mask) per element, and the online-softmax
     step, every op a vector op across the rows: the block's max joins each row's running max, its sum and
     columns are rescaled once, the weights exp(x - max) replace the scores;
  3. weighted values: register tiles of `tile` value columns x the panel's rows, one broadcast of a value and
     the vectors of the key's weights per key.
Keys and values are read in place (broadcasts), never copied; a block that reaches past the last key takes a
guarded copy of the two micro-kernels. A block that no row of the panel may see (the causal upper triangle, an
explicit mask's zeros) is skipped whole where the scores' expression lets the mask be read without q.k
(`mask_probe`). The n x m score matrix never exists, and K and V are read once per panel instead of once per row.
"""
from __future__ import annotations

from dataclasses import dataclass

from minic.dtype import bool_
from minic.ir.node import ELEMENTWISE, Node, toposort
from minic.ir.symbolic import Sint, bounds, ceil_div
from minic.sched.attention import (
    NEG_INF,
    AttentionMatch,
    ScoreDot,
    exp_minus,
    index_down,
    mask_probe,
    output_index,
    score_dot,
    value_at,
)
from minic.sched.loopir import Alu, Const, Load, LocalArray, LoopKernel, LoopKind, Ref, Store, Update, Val, all_of, cond
from minic.sched.lower import Emitter, ScopeKind, unravel_into


@dataclass(frozen=True)
class PanelShape:
    """The panel schedule's sizes: query rows a panel (whole SIMD vectors), keys a block, and the keys (value
    columns) of a register tile."""
    rows: int
    keys: int
    tile: int


def build_panel_attention(graph, match: AttentionMatch, split: ScoreDot, shape: PanelShape,
                          parallel: bool) -> LoopKernel:
    """The kernel: panels of query rows across cores (see the module docstring)."""
    em, P = Emitter(graph), shape.rows
    qa = match.key_axis - 1  # the query axis (product coordinates)
    outer = [a for a in match.row_axes() if a != qa]
    panels = ceil_div(match.queries, P)
    outer_count = 1
    for a in outer:
        outer_count = outer_count * match.product.shape[a]
    t = em.open_loop("panel", outer_count * panels, LoopKind.PARALLEL if parallel else LoopKind.SERIAL)
    idx: list = [0] * len(match.product.shape)
    unravel_into(t // panels, match.product.shape, outer, idx)
    panel = _Panel(em, match, split, shape, idx, (t % panels) * P)
    panel.stage_queries()
    kb = em.open_loop(em.fresh("kb"), match.keys, LoopKind.SERIAL, step=shape.keys)
    panel.kb = kb
    probe = mask_probe(match.scores, split.dot)
    if probe:
        em.open_if(panel.any_key_seen())
    full = cond(kb, 0, match.keys - shape.keys + 1)  # the whole block is below the key count
    _whole_or_guarded(em, full, panel.score_tiles)
    panel.softmax_step()
    _whole_or_guarded(em, full, panel.value_tiles)
    if probe:
        em.close()
    em.close()
    panel.store(graph)
    em.close()
    return em.finish(locals=panel.locals_)


def _whole_or_guarded(em: Emitter, full: Val | None, emit) -> None:
    """emit(guarded=False) where the block lies below the key count (`full`), emit(guarded=True) where it reaches
    past it; only the first when `full` is always true."""
    if full is None:
        emit(False)
        return
    for guarded in (False, True):
        em.open_if(Alu(bool_, "not", (full,)) if guarded else full)
        emit(guarded)
        em.close()


class _Panel:
    """One panel's scratch arrays and the pieces of its pass over the keys (build_panel_attention opens the loops
    around them). Every array keeps the panel's rows along its last, contiguous, axis."""

    def __init__(self, em: Emitter, match: AttentionMatch, split: ScoreDot, shape: PanelShape, idx: list, i0: Sint):
        self.em, self.match, self.split, self.shape, self.idx, self.i0 = em, match, split, shape, idx, i0
        self.kb: Sint = 0  # the block's first key, once its loop is open
        self.acc_t = match.product.dtype.compute
        self.dq = split.dot.src[0].shape[split.dot.arg[1][0]]  # q.k's length
        P, d, J = shape.rows, match.head_dim, shape.keys
        sizes = {"queries": self.dq * P, "scores": J * P, "peak": P, "shift": P, "rescale": P, "total": P,
                 "step": P, "cols": d * P}
        self.arrays = {name: em.fresh(name) for name in sizes}
        self.locals_ = [LocalArray(self.arrays[name], self.acc_t, size) for name, size in sizes.items()]
        for name, start in (("peak", NEG_INF), ("total", 0.0), ("cols", 0.0)):
            z = em.open_loop(em.fresh("z"), sizes[name], LoopKind.VECTOR)
            em.emit(Store(self.arrays[name], z, Const(self.acc_t, start)))
            em.close()

    def load(self, name: str, at: Sint) -> Load:
        return Load(self.acc_t, self.arrays[name], at)

    def at(self, row: Sint, key: Sint) -> list:
        """The product-source index of the panel's row `row` and key `key` (value axis 0)."""
        at = list(self.idx)
        at[self.match.key_axis - 1] = self.i0 + row
        at[self.match.key_axis] = key
        return at

    def _row_real(self, row: Sint) -> Val | None:
        return cond(self.i0 + row, 0, self.match.queries)

    def _key_real(self, j: Sint) -> Val | None:
        return cond(self.kb + j, 0, self.match.keys)

    def _scores(self, row: Sint, j: Sint, given: Val) -> Val:
        """The scores at (row, block key j), q.k taken as `given`, -inf where the row or the key is not real."""
        real = all_of([self._row_real(row), self._key_real(j)])
        x = self.em.value_given(self.match.scores, self.match.score_index(self.at(row, self.kb + j)), real,
                                lambda red, ridx: given)
        return x if real is None else Alu(self.acc_t, "where", (real, x, Const(self.acc_t, NEG_INF)))

    def _operand(self, node: Node, row: Sint, key: Sint, c: Sint, guard: Val | None) -> Val:
        """An operand of q.k at the panel's row `row`, key `key`, position `c` along d, in the compute type."""
        dot = self.split.dot
        ridx = index_down(self.match.scores, dot, self.match.score_index(self.at(row, key)))
        ridx[dot.arg[1][0]] = c
        return self.em.value(node, ridx, guard)

    def stage_queries(self) -> None:
        """q transposed, d x rows, zeros past the query count: read by every block's score tiles."""
        em, P = self.em, self.shape.rows
        c = em.open_loop(em.fresh("c"), self.dq, LoopKind.SERIAL)
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)
        em.emit(Store(self.arrays["queries"], c * P + r, self._operand(self.split.query, r, 0, c, self._row_real(r))))
        em.close()
        em.close()

    def any_key_seen(self) -> Val:
        """Whether any row of the panel may see any key of the block: the scores with q.k read as 0 (mask_probe)."""
        em, acc_t = self.em, self.acc_t
        seen = em.accumulator(acc_t, "max", "seen")
        j = em.open_loop(em.fresh("j"), self.shape.keys, LoopKind.SERIAL)
        r = em.open_loop(em.fresh("r"), self.shape.rows, LoopKind.VECTOR)
        em.emit(Update(seen, "max", self._scores(r, j, Const(acc_t, 0.0))))
        em.close()
        em.close()
        return Alu(bool_, "cmplt", (Const(acc_t, NEG_INF), Ref(acc_t, seen)))

    def score_tiles(self, guarded: bool) -> None:
        """q.k for the block's keys, `tile` keys x the panel's rows a register tile (a loop over the block's
        tiles), into the scores scratch."""
        em, acc_t, P, T = self.em, self.acc_t, self.shape.rows, self.shape.tile
        jt = em.open_loop(em.fresh("jt"), self.shape.keys // T, LoopKind.SERIAL)
        keys = [jt * T + j for j in range(T)]
        accs = {(j, r): em.accumulator(acc_t) for j in range(T) for r in range(P)}
        c = em.open_loop(em.fresh("c"), self.dq, LoopKind.NOVECTOR, scope_kind=ScopeKind.REDUCE)
        qs = [em.let(self.load("queries", c * P + r)) for r in range(P)]
        ks = [self._operand(self.split.key, 0, self.kb + key, c, self._key_real(key) if guarded else None)
              for key in keys]
        for (j, r), acc in accs.items():
            em.emit(Update(acc, "sum", Alu(acc_t, "mul", (ks[j], qs[r]))))
        em.close()
        for (j, r), acc in accs.items():
            em.emit(Store(self.arrays["scores"], keys[j] * P + r, Ref(acc_t, acc)))
        em.close()

    def softmax_step(self) -> None:
        """The block's online-softmax step for every row at once: the scores' expression, the new max, the
        rescale of the sums and columns, the weights."""
        em, acc_t, P, J = self.em, self.acc_t, self.shape.rows, self.shape.keys
        a = self.arrays
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)  # the new max starts as the old one
        em.emit(Store(a["shift"], r, self.load("peak", r)))
        em.close()
        j = em.open_loop(em.fresh("j"), J, LoopKind.SERIAL)
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)
        x = em.named(self._scores(r, j, self.load("scores", j * P + r)), "x")
        em.emit(Store(a["scores"], j * P + r, x))
        em.emit(Store(a["shift"], r, Alu(acc_t, "max", (self.load("shift", r), x))))
        em.close()
        em.close()
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)
        new = em.named(self.load("shift", r), "new")
        shift = em.named(Alu(acc_t, "where", (Alu(bool_, "cmpeq", (new, Const(acc_t, NEG_INF))), Const(acc_t, 0.0),
                                              new)), "shift")  # 0 while every key so far is masked
        em.emit(Store(a["rescale"], r, exp_minus(self.load("peak", r), shift)))
        em.emit(Store(a["peak"], r, new))
        em.emit(Store(a["shift"], r, shift))
        em.emit(Store(a["step"], r, Const(acc_t, 0.0)))
        em.close()
        j = em.open_loop(em.fresh("j"), J, LoopKind.SERIAL)
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)
        w = em.named(exp_minus(self.load("scores", j * P + r), self.load("shift", r)), "w")
        em.emit(Store(a["scores"], j * P + r, w))
        em.emit(Store(a["step"], r, Alu(acc_t, "add", (self.load("step", r), w))))
        em.close()
        em.close()
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)
        em.emit(Store(a["total"], r, Alu(acc_t, "add", (Alu(acc_t, "mul", (self.load("total", r),
                                                                             self.load("rescale", r))),
                                                          self.load("step", r)))))
        em.close()
        c = em.open_loop(em.fresh("c"), self.match.head_dim, LoopKind.SERIAL)
        r = em.open_loop(em.fresh("r"), P, LoopKind.VECTOR)
        em.emit(Store(a["cols"], c * P + r, Alu(acc_t, "mul", (self.load("cols", c * P + r), self.load("rescale", r)))))
        em.close()
        em.close()

    def value_tiles(self, guarded: bool) -> None:
        """The block's weights times its values, `tile` value columns x the panel's rows a register tile (a loop
        over the head's whole tiles, then one of the columns left), added into the columns scratch."""
        d, T = self.match.head_dim, self.shape.tile
        if d // T:
            ct = self.em.open_loop(self.em.fresh("ct"), d // T, LoopKind.SERIAL)
            self._value_tile([ct * T + c for c in range(T)], guarded)
            self.em.close()
        if d % T:
            self._value_tile(list(range(d - d % T, d)), guarded)

    def _value_tile(self, cols: list, guarded: bool) -> None:
        em, acc_t, P, J = self.em, self.acc_t, self.shape.rows, self.shape.keys
        accs = {(c, r): em.accumulator(acc_t) for c in range(len(cols)) for r in range(P)}
        j = em.open_loop(em.fresh("j"), J, LoopKind.NOVECTOR, scope_kind=ScopeKind.REDUCE)
        ws = [em.let(self.load("scores", j * P + r)) for r in range(P)]
        at = self.at(0, self.kb + j)
        vs = [value_at(em, self.match, at, col, self._key_real(j) if guarded else None) for col in cols]
        for (c, r), acc in accs.items():
            em.emit(Update(acc, "sum", Alu(acc_t, "mul", (vs[c], ws[r]))))
        em.close()
        for (c, r), acc in accs.items():
            at = cols[c] * P + r
            em.emit(Store(self.arrays["cols"], at, Alu(acc_t, "add", (self.load("cols", at), Ref(acc_t, acc)))))

    def store(self, graph) -> None:
        """Each real row's columns over its sum."""
        em, P, d = self.em, self.shape.rows, self.match.head_dim
        r = em.open_loop(em.fresh("r"), P, LoopKind.SERIAL)
        em.open_if(self._row_real(r))
        out = self.at(r, 0)
        out[self.match.value_axis] = c = em.open_loop(em.fresh("c"), d, LoopKind.VECTOR)
        em.store_output(output_index(graph, self.match, out),
                        reduced=Alu(self.acc_t, "div", (self.load("cols", c * P + r), self.load("total", r))))
        em.close()
        em.close()
        em.close()


def panel_shape(match: AttentionMatch, vectors: int, keys: int, tile: int, lanes: int) -> PanelShape:
    """Panel sizes for `match`: `vectors` SIMD vectors of query rows (fewer when the queries' bound is lower),
    blocks of `keys` keys (rounded up to whole tiles), register tiles of `tile` keys or value columns."""
    rows = min(vectors * lanes, ceil_div(bounds(match.queries)[1], lanes) * lanes)
    return PanelShape(rows, ceil_div(keys, tile) * tile, tile)  # whole tiles a block


def applies(match: AttentionMatch) -> ScoreDot | str:
    """The scores' q.k split for the panel schedule, or why it cannot take `match`: it needs a query axis (the
    one before the keys) among the softmax rows, one q.k product and an elementwise rest of the scores."""
    if match.key_axis == 0 or match.key_axis - 1 not in match.row_axes():
        return "no query axis before the keys"
    split = score_dot(match)
    if isinstance(split, str):
        return split
    rest = [n for n in toposort([match.scores]) if n is not split.dot and split.dot in toposort([n])]
    if any(n.op not in ELEMENTWISE and n.op != "VIEW" for n in rest):
        return "the scores pass through more than elementwise ops and views after q.k"
    return split
