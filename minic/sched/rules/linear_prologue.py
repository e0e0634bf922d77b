"""A norm before a product, folded into the product's K loop: one pass over K, no wait for the statistics.

A LayerNorm or RMSNorm row is linear in its elements once the row's statistics are known, and the statistics
are sums over K of terms that do not need them:

    LayerNorm  a_k = (x_k - mu) * r * g_k + b_k = r * (x_k g_k) + (-mu r) * g_k + 1 * b_k
               mu = sum(x) / K,  var = sum((x - mu)^2) / K = (sum(x x) - 2 mu sum(x) + K mu^2) / K
    RMSNorm    a_k = x_k * r * g_k = r * (x_k g_k),  mean(x^2) = sum(x x) / K

So sum_k W_kn a_k = r * sum_k W_kn x_k g_k - mu r * sum_k W_kn g_k + sum_k W_kn b_k. A GEMV computes these
products and the plain sums sum(x), sum(x x) side by side in its one K loop, and the row's statistics and
the output from the totals at the end (`LinearPrologue`). The staged prologue computes the statistics first,
as group reductions with barriers, and only then starts on the weight: in the few K steps of a decode GEMV that
wait is a large part of the kernel (bench/README.md).

`linear_prologue` finds this form from the graph alone, for any prologue made of sums, +, -, *, / by a row
scalar or by a term, casts and views: a norm written another way (Gemma's 1 + g, a q/k norm) folds the same.
Anything else (a max, an exp of the statistics) declines, and the rule keeps the staged prologue.

Numerics: the variance becomes sum(x x) / K - mu^2 and the output r * (P - mu Q), which lose digits where
|mu| is many times the row's spread (|mu| / sigma = 100 leaves float32 about three); a transformer's residual
rows have |mu| well below sigma. RMSNorm has no subtraction and loses nothing. The normalised row is never
rounded to a half type on the way, unlike a staged one.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from minic.ir.node import Node
from minic.ir.view import ViewStack
from minic.sched.loopir import Alu, Const, Update, Val

Term = Node | None  # a value of the row at position k, free of the statistics; None is the constant 1
Coef = Node | None  # a row scalar (statistics and constants, the same at every k); None is 1
Form = dict  # id(term) or None -> (coef, term): sum of coef * term


@dataclass(frozen=True)
class LinearPrologue:
    """A product's input A as sum_i coefs[i] * terms[i], and each prologue reduction as sum_j c_j * sum_k t_j.

    `terms`/`coefs` are nodes of A's shape (read at A's index at position k; a coef at any k). `sums[red]` are
    the (coef, term) pairs of reduction `red`'s source, nodes of that source's shape: `red` = sum_j coef_j *
    (sum over its reduced axis of term_j), a term of None summing to the axis' extent."""
    terms: tuple
    coefs: tuple
    sums: dict  # prologue REDUCE node -> ((coef, term), ...)


def linear_prologue(a: Node, prologue: tuple) -> LinearPrologue | None:
    """A's linear form over the prologue's statistics (see the module docstring), or None where it has none."""
    lin = _Linearizer(set(prologue))
    sums = {}
    for red in prologue:  # dependencies first: a variance's source reads the mean
        rop, axes = red.arg
        form = lin.form(red.src[0]) if rop == "sum" and len(axes) == 1 else None
        if form is None:
            return None
        sums[red] = tuple(form.values())
    form = lin.form(a)
    if form is None or not form:
        return None
    sums = {red: tuple((c, views_inward(t)) for c, t in pairs) for red, pairs in sums.items()}
    return LinearPrologue(tuple(views_inward(t) for _, t in form.values()), tuple(c for c, _ in form.values()), sums)


def views_inward(t: Term) -> Term:
    """`t` with its views moved through products and casts down to the buffers (views of views composed), so a
    term such as x_k * g_k reads raw views of x and g that a GPU loads 16 bytes at a time (Emitter.run_values).
    A padded view zeroes a product as it zeroes each factor, so padding moves inward too."""
    if t is None or t.op not in ("VIEW", "mul", "cast"):
        return t
    if t.op != "VIEW":
        return Node(t.op, tuple(views_inward(s) for s in t.src), t.arg, t.dtype, t.shape)
    src = t.src[0]
    if src.op == "VIEW":
        return views_inward(Node("VIEW", (src.src[0],), ViewStack(src.arg.views + t.arg.views), t.dtype, t.shape))
    if src.op in ("mul", "cast"):
        return Node(src.op, tuple(views_inward(Node("VIEW", (s,), t.arg, s.dtype, t.shape)) for s in src.src),
                    src.arg, src.dtype, t.shape)
    return t


class _Linearizer:
    def __init__(self, reds: set):
        self.reds = reds
        self._touches: dict[int, bool] = {}
        self._varies: dict[int, bool] = {}
        self._forms: dict[int, Form | None] = {}

    def touches(self, n: Node) -> bool:
        """Whether `n` reads a prologue reduction."""
        if id(n) not in self._touches:
            self._touches[id(n)] = n in self.reds or any(self.touches(s) for s in n.src)
        return self._touches[id(n)]

    def varies(self, n: Node) -> bool:
        """Whether `n` may differ along the row other than through the statistics (any buffer or index counts)."""
        if id(n) not in self._varies:
            self._varies[id(n)] = n not in self.reds and (n.op in ("BUFFER", "INDEX", "GATHER") or
                                                          any(self.varies(s) for s in n.src))
        return self._varies[id(n)]

    def form(self, n: Node) -> Form | None:
        if id(n) not in self._forms:
            self._forms[id(n)] = self._form(n)
        return self._forms[id(n)]

    def _form(self, n: Node) -> Form | None:
        if not self.touches(n):
            return {id(n): (None, n)}
        if not self.varies(n):
            return {None: (n, None)}  # a row scalar: the statistics and constants
        op, src = n.op, n.src
        if op in ("add", "sub"):
            f1, f2 = self.form(src[0]), self.form(src[1])
            if f1 is None or f2 is None:
                return None
            return _merge(n, f1, _scaled(n, f2, None, negate=True) if op == "sub" else f2)
        if op == "neg":
            f = self.form(src[0])
            return None if f is None else _scaled(n, f, None, negate=True)
        if op == "mul":
            f1, f2 = self.form(src[0]), self.form(src[1])
            if f1 is None or f2 is None:
                return None
            return _product(n, f1, f2)
        if op == "div":
            f, d = self.form(src[0]), src[1]
            if f is None or self.varies(d) and self.touches(d):
                return None
            if not self.touches(d):  # a term: each term over it
                return {id(t2): (c, t2) for c, t in f.values() for t2 in [_node(n, "recip", d) if t is None
                                                                          else _node(n, "div", t, d)]}
            return _scaled(n, f, _node(n, "recip", d))  # a row scalar: each coefficient over it
        if op == "cast" and n.dtype.is_float and src[0].dtype.is_float:
            return self.form(src[0])  # computed in float32 either way; the half-type rounding is dropped
        if op == "VIEW":
            f = self.form(src[0])
            if f is None:
                return None
            seen = [(_viewed(n, c), _viewed(n, t)) for c, t in _with_own_one(f, n).values()]
            return {id(t) if t is not None else None: (c, t) for c, t in seen}
        return None


def _node(like: Node, op: str, *src: Node) -> Node:
    return Node(op, src, None, like.dtype, like.shape)


def _const(like: Node, value: float) -> Node:
    return Node("CONST", (), value, like.dtype, like.shape)


def _times(like: Node, c1: Coef, c2: Coef) -> Coef:
    return c2 if c1 is None else c1 if c2 is None else _node(like, "mul", c1, c2)


def _scaled(like: Node, f: Form, by: Coef, negate: bool = False) -> Form:
    """Every coefficient of `f` times `by` (and negated)."""
    out = {}
    for key, (c, t) in f.items():
        c = _times(like, c, by)
        out[key] = (_node(like, "neg", c) if c is not None else _const(like, -1.0)) if negate else c, t
    return out


def _merge(like: Node, f1: Form, f2: Form) -> Form:
    out = dict(f1)
    for key, (c, t) in f2.items():
        if key in out:
            c0 = out[key][0]
            out[key] = (_node(like, "add", c0 if c0 is not None else _const(like, 1.0),
                              c if c is not None else _const(like, 1.0)), t)
        else:
            out[key] = (c, t)
    return out


def _product(like: Node, f1: Form, f2: Form) -> Form:
    """(sum c_i t_i)(sum d_j u_j) = sum (c_i d_j)(t_i u_j)."""
    out: Form = {}
    for c1, t1 in f1.values():
        for c2, t2 in f2.values():
            t = t2 if t1 is None else t1 if t2 is None else _node(like, "mul", t1, t2)
            out = _merge(like, out, {id(t) if t is not None else None: (_times(like, c1, c2), t)})
    return out


def _with_own_one(f: Form, view: Node) -> Form:
    """`f` with the constant pair (1 * 1) given a node of its own, so that a view's padding can zero it."""
    out = dict(f)
    if None in out and out[None][0] is None:
        out[None] = (_const(view.src[0], 1.0), None)
    return out


def _viewed(view: Node, x: Node | None) -> Node | None:
    """`x` (a node of the view's source's shape) seen through the same view."""
    return None if x is None else Node("VIEW", (x,), view.arg, x.dtype, view.shape)


class FoldedPrologue:
    """A LinearPrologue inside one GEMV kernel: the K loop accumulates, per row, the products of the weight with
    each term of A (the rule's accumulators) and here the plain sums the statistics are made of; after the loop
    `output` turns a row's totals into the product's value. Built by `fold_prologue`."""

    def __init__(self, lin: LinearPrologue, sites: list[dict], rows_of: dict, acc_t):
        self.lin, self.sites, self.rows_of, self.acc_t = lin, sites, rows_of, acc_t
        self.terms = lin.terms
        self.sum_keys: list[tuple] = []  # (row, red, term): one accumulator each; a term two statistics share
        seen: set = set()                # (a mean's and a variance's x) is summed once
        for r, site in enumerate(sites):
            for red, pairs in lin.sums.items():
                for _, t in pairs:
                    key = (r, id(t), tuple(site[id(red)]))
                    if t is not None and key not in seen:
                        seen.add(key)
                        self.sum_keys.append((r, red, t))
        self.sum_accs: list[str] = []

    def _at(self, r: int, red: Node, k) -> list:
        """The index of `red`'s source for row `r` at position k of its reduced axis."""
        idx = list(self.sites[r][id(red)])
        idx[red.arg[1][0]] = k
        return idx

    def open_sums(self, em) -> list[str]:
        """The sums' accumulators, declared where the rule declares its own (before the K loop)."""
        self.sum_accs = [em.accumulator(self.acc_t) for _ in self.sum_keys]
        return self.sum_accs

    def accumulate(self, em, ks: list, row_ok: list, values: Callable) -> None:
        """Inside the K loop at positions `ks`: add each sum's terms, read by values(term, at, count, guard) (the
        rule's way of reading a term at at(0) .. at(count - 1))."""
        for acc, (r, red, t) in zip(self.sum_accs, self.sum_keys):
            for v in values(t, lambda j, r=r, red=red: self._at(r, red, ks[j]), len(ks), row_ok[r]):
                em.emit(Update(acc, "sum", v))

    def output(self, em, plan, base: list, r: int, term_totals: list, sum_totals: list, row_ok: list, K) -> Val:
        """Row r's product: sum_i coef_i * term_totals[i], each statistic in the coefficients made of the sums."""
        total_of = {(key[0], id(key[2]), tuple(self.sites[key[0]][id(key[1])])): tot
                    for key, tot in zip(self.sum_keys, sum_totals)}
        acc_t = self.acc_t

        def statistic(red: Node, ridx: list) -> Val:
            row = self.rows_of[(id(red), tuple(ridx))]
            out: Val | None = None
            for c, t in self.lin.sums[red]:
                part = Const(acc_t, float(K)) if t is None else total_of[(row, id(t), tuple(ridx))]
                if c is not None:
                    part = Alu(acc_t, "mul", (em.value_given(c, self._at(row, red, 0), row_ok[row], statistic), part))
                out = part if out is None else Alu(acc_t, "add", (out, part))
            return out

        out: Val | None = None
        for c, tot in zip(self.lin.coefs, term_totals):
            part = tot if c is None else \
                Alu(acc_t, "mul", (em.value_given(c, plan.a_index(base, r, 0), row_ok[r], statistic), tot))
            out = part if out is None else Alu(acc_t, "add", (out, part))
        return out


def fold_prologue(em, plan, lin: LinearPrologue, base: list, rows: int, row_ok: list,
                  acc_t) -> FoldedPrologue | None:
    """`lin` (the plan's linear_prologue) folded into the plan's K loop, or None where a statistic is not over the
    product's K axis (every row's statistics must be read at one index, whatever the position along K)."""
    sites, rows_of = [], {}
    for r in range(rows):
        site = em.reduction_sites(plan.a, plan.a_index(base, r, 0), row_ok[r])
        moved = em.reduction_sites(plan.a, plan.a_index(base, r, 1), row_ok[r])
        for red in lin.sums:
            if id(red) not in site or moved.get(id(red)) != site[id(red)] \
                    or red.src[0].shape[red.arg[1][0]] != plan.K:
                return None
            rows_of[(id(red), tuple(site[id(red)]))] = r
        sites.append(site)
    folded = FoldedPrologue(lin, sites, rows_of, acc_t)
    for r in range(rows):  # every statistic a coefficient reads must be one found above, at its row's index
        reads = [(c, plan.a_index(base, r, 0)) for c in lin.coefs if c is not None]
        reads += [(c, folded._at(r, red, 0)) for red, pairs in lin.sums.items() for c, _ in pairs if c is not None]
        for c, idx in reads:
            found = em.reduction_sites(c, idx, row_ok[r])
            if any(rows_of.get((i, tuple(site))) != r for i, site in found.items()):
                return None
    return folded
