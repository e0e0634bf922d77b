"""Symbolic shapes: the expression module on its own, then tensors whose dims are Vars.

The promise under test: one compiled kernel serves every value of a Var, and every value
from the lower bound to the upper bound gives numpy's answer."""
from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from conftest import check

import minic
from minic import Tensor, Var
from minic.ir.symbolic import (
    Expr,
    bounds,
    evaluate,
    free_syms,
    loop_var,
    render,
    render_py,
    sdiv,
    smax,
    smin,
    smod,
    substitute,
)

# --- the expression module --------------------------------------------------------------------------------
n, m = Var("n", 1, 8), Var("m", 2, 5)


def test_canonical_form():
    assert n + m == m + n and hash(n + m) == hash(m + n)
    assert (n + 1) * 2 == 2 * n + 2 == n + n + 2
    assert n * m == m * n
    assert (n + m) * (n - m) == n * n - m * m
    assert n - n == 0 and isinstance(n - n, int)
    assert n * 0 == 0 and isinstance(n * 0, int)
    assert (n + 3) - 3 == n
    assert 3 * n - 2 * n == n
    assert n + 1 != n + 2 and n != m


def test_var_identity_needs_name_and_bounds():
    assert Var("n", 1, 8) == n and hash(Var("n", 1, 8)) == hash(n)
    assert Var("n", 1, 9) != n
    assert Var("k", 1, 8) != n
    assert repr(n) == "Var('n', 1, 8)" and str(n) == "n"
    assert (n.name, n.lo, n.hi) == ("n", 1, 8)


def test_bounds():
    assert bounds(5) == (5, 5)
    assert bounds(n) == (1, 8)
    assert bounds(2 * n + 3) == (5, 19)
    assert bounds(n - m) == (1 - 5, 8 - 2)
    assert bounds(n * m) == (2, 40)
    assert bounds(-3 * n) == (-24, -3)
    assert bounds(sdiv(n, 3)) == (0, 2)
    lo, hi = bounds(smod(n, 3))
    assert lo >= 0 and hi <= 2


def test_div_mod_fold_multiples():
    assert sdiv(4 * n + 2, 2) == 2 * n + 1
    assert sdiv(8 * n + 3, 8) == n
    assert smod(8 * n + 3, 8) == 3
    assert smod(8 * n, 8) == 0
    assert sdiv(6 * n * m, 3 * m) == 2 * n
    assert sdiv(n * m, m) == n
    assert smod(n * m, m) == 0
    assert sdiv(n, n) == 1
    assert sdiv(n, 1) == n and smod(n, 1) == 0
    assert sdiv(17, 5) == 3 and smod(17, 5) == 2
    assert sdiv(0, n) == 0


def test_div_keeps_its_numerator_non_negative():
    """(9 - n) // 2 for n in 1..8: peeling the constant's multiples (4 + (1 - n) // 2) would leave a numerator
    below zero, which the renderers' truncating division rounds the wrong way; the numerator stays >= 0."""
    from minic.ir.symbolic import Div
    q = sdiv(9 - n, 2)
    for v in range(1, 9):
        assert evaluate(q, {"n": v}) == (9 - v) // 2
    divs = [a for mono in Expr.of(q).terms for a in mono if isinstance(a, Div)]
    assert divs and all(bounds(d.num)[0] >= 0 for d in divs), q


def test_div_mod_with_loop_extents():
    """(i*n + j) // n == i and % n == j when j < n is provable from the loop's extent."""
    i, j = loop_var("i", n), loop_var("j", n)
    assert sdiv(i * n + j, n) == i
    assert smod(i * n + j, n) == j
    k = loop_var("k", 4)
    assert sdiv(k * 4 + 3, 4) == k
    assert smod(k, 4) == k
    assert sdiv(k, 4) == 0


def test_div_mod_kept_when_not_provable():
    q, r = sdiv(n, 3), smod(n, 3)
    assert isinstance(q, Expr) and isinstance(r, Expr)
    assert "//" in render_py(q) and "%" in render_py(r)
    for v in range(1, 9):
        assert evaluate(q, {"n": v}) == v // 3
        assert evaluate(r, {"n": v}) == v % 3


EXPRS = [n, 2 * n + 3, n * m, n * m + n + 7, 3 * n - 2 * m + 10, n * n, 5 * m + 4 * n]
DENS = [1, 2, 3, 4, 8, n, m, 2 * n]


@pytest.mark.parametrize("den", DENS, ids=str)
@pytest.mark.parametrize("e", EXPRS, ids=str)
def test_div_mod_agree_with_python_everywhere(e, den):
    """Whatever sdiv/smod simplify to, it evaluates to Python's // and % for every value of the Vars."""
    q, r = sdiv(e, den), smod(e, den)
    for nv, mv in itertools.product(range(n.lo, n.hi + 1), range(m.lo, m.hi + 1)):
        env = {"n": nv, "m": mv}
        ev, dv = evaluate(e, env), evaluate(den, env)
        assert evaluate(q, env) == ev // dv, f"({e}) // ({den}) -> {q} at {env}"
        assert evaluate(r, env) == ev % dv, f"({e}) % ({den}) -> {r} at {env}"


def test_nested_div_mod():
    e = sdiv(smod(n * 7 + m, 6) + n, 2)
    for nv, mv in itertools.product(range(1, 9), range(2, 6)):
        assert evaluate(e, {"n": nv, "m": mv}) == ((nv * 7 + mv) % 6 + nv) // 2


def test_mod_of_a_mod_by_a_divisor():
    """(x % 32) % 4 is x % 4 (a lane's place in its warp, then in a run of its column): a GPU kernel's index reads
    as written once; a modulus that does not divide the inner one keeps both, and either way Python agrees."""
    x = n * 7 + m
    assert smod(smod(x, 32), 4) == smod(x, 4)
    assert smod(smod(x, 32), 32) == smod(x, 32)
    kept = smod(smod(x, 12), 8)
    assert render_py(kept).count("%") == 2
    for nv, mv in itertools.product(range(n.lo, n.hi + 1), range(m.lo, m.hi + 1)):
        env, xv = {"n": nv, "m": mv}, nv * 7 + mv
        assert evaluate(smod(smod(x, 32), 4), env) == xv % 32 % 4
        assert evaluate(kept, env) == xv % 12 % 8


def test_evaluate_and_substitute():
    e = 2 * n + m * n - 1
    assert evaluate(e, {"n": 3, "m": 4}) == 2 * 3 + 12 - 1
    assert evaluate(7, {}) == 7
    s = substitute(e, {n.sym: 3})
    assert s == 5 + 3 * m and free_syms(s) == {m.sym}
    assert substitute(e, {n.sym: 2, m.sym: 5}) == 13
    k = Var("k", 0, 4)
    s2 = substitute(e, {m.sym: k + 1})
    assert evaluate(s2, {"n": 3, "k": 2}) == evaluate(e, {"n": 3, "m": 3})
    assert substitute(sdiv(n * 4 + 2, 4), {n.sym: 5}) == 5


def test_free_syms():
    assert free_syms(3) == set()
    assert free_syms(n * m + 1) == {n.sym, m.sym}
    assert free_syms(sdiv(n, 3) + 1) == {n.sym}


def test_smax_smin():
    assert smax(n + 1, n) == n + 1 and smin(n + 1, n) == n
    assert smax(3, 5) == 5 and smin(3, 5) == 3
    assert smax(n, 0) == n
    with pytest.raises(ValueError):
        smax(n, m)


def test_render():
    assert render(5) == "5"
    assert render(n) == "n"
    text = render(2 * n + 1)
    assert "n" in text and "2" in text and "1" in text
    assert render(sdiv(n, 3), div="/").count("/") == 1
    assert render_py(sdiv(n, 3)).count("//") == 1
    env = {"n": 7, "m": 3}
    i = Var("i", 0, 500)
    blocks = sdiv(m + 15, 16)  # a divisor that is itself a quotient times a constant: ((m+15)/16)*12
    env["i"] = 101
    for e in EXPRS + [sdiv(n * m + 1, 3), smod(n + m, 4), smod(i, blocks * 12), sdiv(i, blocks * 12),
                      sdiv(smod(i, blocks * 12), blocks)]:
        assert eval(render_py(e), {}, env) == evaluate(e, env), render_py(e)


def test_var_errors():
    with pytest.raises(minic.BoundError):
        Var("n", 3, 1)
    with pytest.raises(minic.BoundError):
        Var("not a name", 1, 2)
    with pytest.raises(minic.BoundError):
        n.check(9)
    with pytest.raises(minic.BoundError):
        n.check(0)
    assert n.check(1) == 1 and n.check(8) == 8


def test_expr_has_no_int_value():
    with pytest.raises(TypeError):
        range(n)  # an unbound dim must not silently become a number


# --- tensors with symbolic dims ------------------------------------------------------------------------------
HI = 30
VALUES = [1, 7, HI]


def rows(k: int, cols: int = 8, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed + k).standard_normal((k, cols)).astype(np.float32)


def _compiles(device: str) -> int:
    return minic.get_device(device).compiles


def test_bound_by_data(device):
    s = Var("s", 1, HI)
    for k in VALUES:
        x = rows(k)
        t = Tensor(x, shape=(s, 8), device=device)
        assert t.shape == (s, 8) and t.var_vals == {"s": k}
        check((t * 2 + 1).exp(), np.exp(x * 2.0 + 1), rtol=1e-5)
        check(t.sum(0), x.sum(0), rtol=1e-5, atol=1e-5)
        check(t.sum(1), x.sum(1), rtol=1e-5, atol=1e-5)
        check(t.max(0), x.max(0))
        check(t.mean(0), x.mean(0), rtol=1e-5, atol=1e-5)
        check(t.T.softmax(-1), np.exp(x.T) / np.exp(x.T).sum(-1, keepdims=True), rtol=1e-5)
        check(t.argmax(0), x.argmax(0), minic.int32)


def test_bound_by_bind(device):
    s = Var("s", 1, HI)
    full = rows(HI, seed=5)
    base = Tensor(full, device=device)
    view = base[:s] * 3
    for k in VALUES:
        check(view.bind(s=k), full[:k] * 3)
        check(view.bind(s=k).sum(0), (full[:k] * 3).sum(0), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("op", ["elementwise", "sum_over_n", "softmax_over_n", "matmul_contract_n", "layer_norm",
                                "attention"])
def test_one_kernel_serves_every_value(device, op):
    s = Var("s", 1, HI)
    salt = 1.0 + 0.001 * (sum(map(ord, device + op)) % 997)  # a kernel no other test compiled

    def build(x: np.ndarray) -> Tensor:
        t = Tensor(x, shape=(s, 8), device=device) * salt
        if op == "elementwise":
            return (t + 1).relu()
        if op == "sum_over_n":
            return t.sum(0)
        if op == "softmax_over_n":
            return t.T.softmax(-1)
        if op == "matmul_contract_n":
            return t.T @ t
        if op == "layer_norm":
            return t.layer_norm()
        return t.reshape(s, 2, 4).permute(1, 0, 2).scaled_dot_product_attention(
            t.reshape(s, 2, 4).permute(1, 0, 2), t.reshape(s, 2, 4).permute(1, 0, 2), causal=True)

    def ref(x: np.ndarray) -> np.ndarray:
        t = x.astype(np.float64) * salt
        if op == "elementwise":
            return np.maximum(t + 1, 0)
        if op == "sum_over_n":
            return t.sum(0)
        if op == "softmax_over_n":
            e = np.exp(t.T - t.T.max(-1, keepdims=True))
            return e / e.sum(-1, keepdims=True)
        if op == "matmul_contract_n":
            return t.T @ t
        if op == "layer_norm":
            return (t - t.mean(-1, keepdims=True)) / np.sqrt(t.var(-1, keepdims=True) + 1e-5)
        h = t.reshape(-1, 2, 4).transpose(1, 0, 2)
        sc = h @ h.transpose(0, 2, 1) / 2
        sc = np.where(np.tril(np.ones(sc.shape[-2:], bool)), sc, -np.inf)
        p = np.exp(sc - sc.max(-1, keepdims=True))
        return (p / p.sum(-1, keepdims=True)) @ h

    counts = []
    for k in VALUES:
        before = _compiles(device)
        x = rows(k, seed=11)
        check(build(x), ref(x), rtol=1e-4, atol=1e-4)
        counts.append(_compiles(device) - before)
    assert counts[0] >= 1, f"the first value should compile the kernel(s), compiled {counts[0]}"
    assert counts[1:] == [0] * (len(VALUES) - 1), f"recompiled for later values: compiles per value {counts}"


def test_expression_dims_kv_cache(device):
    """Keys are the cache's first `past` rows plus the n new rows: dim past + n."""
    past, s = Var("past", 0, 12), Var("s", 1, 4)
    d = 8
    cache = np.random.default_rng(1).standard_normal((16, d)).astype(np.float32)
    tc = Tensor(cache, device=device)
    for p, k in [(0, 1), (5, 3), (12, 4), (3, 1)]:
        new = rows(k, seed=20)
        tn = Tensor(new, shape=(s, d), device=device)
        keys = minic.cat([tc[:past].bind(past=p), tn], axis=0)
        assert keys.shape[0] == past + s
        kn = np.concatenate([cache[:p], new])
        check(keys, kn)
        q = tn.reshape(1, s, d)
        att = q.scaled_dot_product_attention(keys.reshape(1, past + s, d), keys.reshape(1, past + s, d), causal=True)
        sc = new @ kn.T / math.sqrt(d)
        sc = np.where(np.arange(p + k)[None, :] <= np.arange(k)[:, None] + p, sc, -np.inf)
        pr = np.exp(sc - sc.max(-1, keepdims=True))
        check(att, ((pr / pr.sum(-1, keepdims=True)) @ kn)[None], rtol=1e-4, atol=1e-5)


def test_symbolic_movement(device):
    s = Var("s", 1, HI)
    for k in (1, 6, HI):
        x = rows(k, seed=30)
        t = Tensor(x, shape=(s, 8), device=device)
        check(t.reshape(s * 8), x.reshape(-1))
        check(t.reshape(s, 2, 4).permute(2, 0, 1), x.reshape(k, 2, 4).transpose(2, 0, 1))
        check(t.reshape(-1), x.reshape(-1))
        check(t.pad(((1, 2), (0, 1))), np.pad(x, ((1, 2), (0, 1))))
        check(t.pad(((0, 0), (1, 1)), -1.0), np.pad(x, ((0, 0), (1, 1)), constant_values=-1))
        check(t[:, ::2], x[:, ::2])
        check(t[:, 3], x[:, 3])
        check(t[0], x[0])
        check(t.unsqueeze(0).expand(3, s, 8), np.broadcast_to(x, (3, k, 8)))
        check(t.T.tril(), np.tril(x.T))
        check(minic.cat([t, t * 2], axis=1), np.concatenate([x, x * 2], 1))
        check(minic.cat([t, t[:1]], axis=0), np.concatenate([x, x[:1]], 0))
        parts = t.split([4, 4], axis=1)
        check(parts[1], x[:, 4:])


def test_symbolic_embedding(device):
    s = Var("s", 1, HI)
    table = rows(10, seed=40)
    for k in (1, 9, HI):
        ids = np.random.default_rng(k).integers(0, 10, k).astype(np.int32)
        t = Tensor(table, device=device).embedding(Tensor(ids, shape=(s,), device=device))
        check(t, table[ids])
        check(t.sum(0), table[ids].sum(0), rtol=1e-5, atol=1e-5)


def test_two_vars(device):
    a, b = Var("a", 1, 6), Var("b", 1, 6)
    for ka, kb in [(1, 1), (2, 6), (6, 3)]:
        x = rows(ka, 4, seed=50)
        y = rows(kb, 4, seed=51)
        tx, ty = Tensor(x, shape=(a, 4), device=device), Tensor(y, shape=(b, 4), device=device)
        check(tx @ ty.T, x.astype(np.float64) @ y.T, rtol=1e-5, atol=1e-5)
        check(tx.sum(0) + ty.sum(0), x.sum(0) + y.sum(0), rtol=1e-5, atol=1e-5)
        check(tx.unsqueeze(1) + ty.unsqueeze(0), x[:, None] + y[None], rtol=1e-5)


def test_symbolic_arange_and_item(device):
    s = Var("s", 1, HI)
    for k in (1, 5, HI):
        t = Tensor(np.zeros(k, np.float32), shape=(s,), device=device)
        idx = Tensor.arange(s, device=device).bind(s=k)
        check(idx, np.arange(k), minic.int32)
        check(t + Tensor.arange(s, device=device), np.arange(k, dtype=np.float32))
        assert t.sum().item() == 0.0
        assert (t + 1).sum().item() == float(k)
        assert (t + 1).mean().item() == pytest.approx(1.0)


def test_division_by_a_sum():
    """A KV-cache slice of length past + 1 flattens to o0*(1 + past) + o2: dividing by (1 + past) must give
    back o0 and o2, or the attention product is not recognised as one (GEMV/Matmul decline it)."""
    past = Var("past", 0, 40)
    o0, o2 = loop_var("o0", 12), loop_var("o2", past + 1)
    flat = o0 + o0 * past + o2
    assert sdiv(flat, past + 1) == o0 and smod(flat, past + 1) == o2
    for pv in (0, 5, 40):
        for a, b in ((0, 0), (11, pv), (3, pv // 2)):
            env = {"past": pv, "o0": a, "o2": b}
            assert evaluate(sdiv(flat + 7, past + 1), env) == (a * (pv + 1) + b + 7) // (pv + 1)
            assert evaluate(smod(flat + 7, past + 1), env) == (a * (pv + 1) + b + 7) % (pv + 1)
