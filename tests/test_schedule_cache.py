"""The schedule cache for eager ops (engine.realize): a graph whose structure was realized before skips fusion
and the rules, binds its buffers by position, and gets fresh output buffers; a graph that differs in any view,
dtype, constant or Var never shares a schedule with it."""
from __future__ import annotations

import dataclasses
import gc
import weakref

import numpy as np
import pytest
from conftest import check
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import minic
from minic import Tensor, Var, engine
from minic.errors import IndexOutOfRange
from minic.sched.rules.matmul_plan import ProductSettings

N = Var("n", 1, 64)


def key_of(t: Tensor) -> tuple:
    return engine.graph_key([t.node], t.device)[0]


def no_fusion(monkeypatch) -> None:
    """From here on a realize() that schedules fails the test."""
    monkeypatch.setattr(engine, "fuse", lambda *a, **k: pytest.fail("a cache hit ran fusion"))


def test_repeated_realizes_match_numpy(cpu_device):
    rng = np.random.default_rng(0)
    x, w, b = (rng.standard_normal(s).astype(np.float32) for s in ((3, 16), (16, 8), (8,)))
    for _ in range(3):
        tx, tw = Tensor(x, device=cpu_device), Tensor(w, device=cpu_device)
        check(tx + 1, x + 1)
        check((tx @ tw + Tensor(b, device=cpu_device)).relu(), np.maximum(x @ w + b, 0), rtol=1e-4, atol=1e-4)
        s = x @ w
        check((tx @ tw).softmax(-1), np.exp(s) / np.exp(s).sum(-1, keepdims=True), rtol=1e-4, atol=1e-5)
        check(tx.layer_norm(), (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5),
              rtol=1e-4, atol=1e-4)


def test_a_hit_skips_fusion_and_binds_new_buffers(monkeypatch):
    a, b = np.arange(6, dtype=np.float32), np.full(6, 10, np.float32)
    first = (Tensor(a) * 2 + Tensor(b)).realize()
    no_fusion(monkeypatch)
    second = (Tensor(b) * 2 + Tensor(a)).realize()  # same structure, other buffers, other data
    np.testing.assert_array_equal(first.numpy(), a * 2 + b)
    np.testing.assert_array_equal(second.numpy(), b * 2 + a)


def test_every_call_returns_a_fresh_buffer(monkeypatch):
    def intermediate(v: float) -> Tensor:  # two kernels: the sum reads the sigmoid's buffer
        s = Tensor(np.full(4, v, np.float32)).sigmoid().contiguous()
        return s.sum(0, keepdim=True) + s

    x = Tensor(np.arange(4, dtype=np.float32))
    outs = [(x * 1.0).realize()]
    kept = intermediate(0.0).realize()
    no_fusion(monkeypatch)
    outs += [(x * 1.0).realize() for _ in range(3)]
    assert len({id(o.node.arg) for o in outs}) == len(outs)
    for v in (5.0, 7.0):
        intermediate(v).realize()
    np.testing.assert_allclose(kept.numpy(), np.full(4, 2.5), rtol=1e-6)
    for o in outs:
        np.testing.assert_array_equal(o.numpy(), np.arange(4, dtype=np.float32))


def test_symbolic_vars_reuse_the_entry_at_every_value(monkeypatch):
    def graph(n: int) -> tuple[Tensor, np.ndarray]:
        x = np.random.default_rng(n).standard_normal((n, 5)).astype(np.float32)
        t = (Tensor(x, shape=(N, 5)) * 2).softmax(-1)
        e = np.exp(2 * x - (2 * x).max(-1, keepdims=True))
        return t, e / e.sum(-1, keepdims=True)

    t, ref = graph(3)
    check(t, ref)
    no_fusion(monkeypatch)
    for n in (1, 7, 64, 2):  # larger and smaller than the first: buffers are sized at each call's values
        t, ref = graph(n)
        check(t, ref)


def test_a_hit_still_checks_views_at_the_new_values(monkeypatch):
    x = Tensor(np.arange(8, dtype=np.float32))
    view = x.reshape(8, 1)[:N].bind(n=3) + 1
    check(view, np.arange(3, dtype=np.float32).reshape(3, 1) + 1)
    no_fusion(monkeypatch)
    with pytest.raises(IndexOutOfRange):
        (x.reshape(8, 1)[:N].bind(n=12) + 1).realize()


def test_assign_through_the_cache_writes_the_call_s_buffer(monkeypatch):
    cache = Tensor.zeros(6, 2).realize()
    cache.assign(cache)  # warm the structure of a KV-cache write below with a different graph
    p = Var("p", 0, 5)
    expect = np.zeros((6, 2), np.float32)
    for pos in range(4):
        row = Tensor(np.full((1, 2), pos + 1, np.float32))
        cache[p:p + 1].bind(p=pos).assign(row)
        expect[pos] = pos + 1
        np.testing.assert_array_equal(cache.numpy(), expect)
        if pos == 0:
            no_fusion(monkeypatch)


def test_same_buffer_twice_is_another_graph():
    a, b = np.arange(4, dtype=np.float32), np.full(4, 3, np.float32)
    ta, tb = Tensor(a), Tensor(b)
    assert key_of(ta[:2] * ta[2:]) != key_of(ta[:2] * tb[2:])
    check(ta[:2] * ta[2:], a[:2] * a[2:])
    check(ta[:2] * tb[2:], a[:2] * b[2:])
    check(ta[:2] * ta[2:], a[:2] * a[2:])


def test_signed_zeros_are_different_constants():
    x = Tensor(np.ones(3, np.float32))
    pos, neg = x * 0.0, x * -0.0  # both alive: 0.0 == -0.0 in Python, yet they are different graphs
    assert key_of(pos) != key_of(neg)
    assert not np.signbit(pos.numpy()).any() and np.signbit(neg.numpy()).all()


def test_rules_and_targets_in_play_are_part_of_the_key():
    x = Tensor(np.arange(4, dtype=np.float32))
    before = key_of(x.exp())
    minic.rules.disable("Elementwise")
    try:
        assert key_of(x.exp()) != before
        check(x.exp(), np.exp(np.arange(4, dtype=np.float32)))
    finally:
        minic.rules.enable("Elementwise")

    def rule_of(t: Tensor) -> str:
        key = key_of(t)
        t.realize()
        ((sk, _),) = engine._schedule_cache[key].kernels
        return sk.rule

    a, w = np.ones((1, 16), np.float32), np.ones((16, 8), np.float32)
    assert rule_of(Tensor(a) @ Tensor(w)) == "GEMV"
    dev = minic.get_device("LLVM")
    base = dev.target
    dev.target = base.tuned(ProductSettings(gemv_max_rows=0))  # a replaced Target schedules afresh, no cache cleared
    try:
        assert rule_of(Tensor(a) @ Tensor(w)) != "GEMV"
        check(Tensor(a) @ Tensor(w), a @ w)
    finally:
        dev.target = base
    assert rule_of(Tensor(a) @ Tensor(w)) == "GEMV"


def test_an_override_applies_to_cached_schedules():
    x = Tensor(np.arange(4, dtype=np.float32), device="PY")
    (x + 1).realize()
    (sk,) = (x + 1).schedule()
    assert "1.0" in sk.source
    minic.override(sk, sk.source.replace("1.0", "2.0"))
    try:
        np.testing.assert_array_equal((x + 1).numpy(), np.arange(4) + 2)
    finally:
        minic.clear_overrides()
    np.testing.assert_array_equal((x + 1).numpy(), np.arange(4) + 1)


def test_the_cache_keeps_no_caller_buffer_alive():
    x = Tensor(np.arange(5, dtype=np.float32))
    y = (x.exp() * 2).sum(0)
    y.realize()
    refs = [weakref.ref(x.node.arg), weakref.ref(y.node.arg)]
    del x, y
    gc.collect()
    assert [r() for r in refs] == [None, None]


def test_debug_2_reports_a_hit_with_its_cuts_and_rules(capsys):
    x = Tensor(np.arange(4, dtype=np.float32))
    (x.sin() + 3).realize()
    with minic.debug(2):
        (x.sin() + 3).realize()
    err = capsys.readouterr().err
    assert "schedule cache hit" in err and "cut because" in err and "rule" in err


# --- random pairs of graphs that differ in one thing ----------------------------------------------------------
@dataclasses.dataclass(frozen=True)
class Spec:
    """x[rows, cols] -> column slice -> pad -> permute -> expand -> op with a constant -> optional row sum."""
    rows: int
    cols: int
    var: int  # 0: static rows; else the rows are a Var: VARS[var]
    dtype: str
    start: int
    length: int  # >= 2, so the step always shows in the view's strides
    step: int
    pad: int  # zeros padded in front of the columns (a masked view)
    permute: bool
    expand: int  # 0: none; else a new leading dim of this size
    const: int  # the constant is const/2 for floats, const for int32
    op: str
    reduce: bool


VARS = {1: Var("n", 1, 8), 2: Var("n", 1, 16), 3: Var("m", 1, 8)}
OPS = {"add": (lambda t, c: t + c, np.add), "mul": (lambda t, c: t * c, np.multiply),
       "max": (lambda t, c: t.maximum(c), np.maximum)}


@st.composite
def specs(draw) -> Spec:
    cols = draw(st.integers(2, 6))
    length = draw(st.integers(2, cols))
    step = draw(st.integers(1, (cols - 1) // (length - 1)))
    start = draw(st.integers(0, cols - 1 - (length - 1) * step))
    return Spec(draw(st.integers(1, 4)), cols, draw(st.sampled_from([0, 1, 2, 3])),
                draw(st.sampled_from(["float32", "float16", "int32"])), start, length, step,
                draw(st.integers(0, 2)), draw(st.booleans()), draw(st.sampled_from([0, 2, 3])),
                draw(st.integers(-3, 3)), draw(st.sampled_from(sorted(OPS))), draw(st.booleans()))


@st.composite
def one_change(draw, spec: Spec) -> Spec:
    """`spec` with one view, dtype, constant or Var setting changed (every change changes the graph)."""
    field = draw(st.sampled_from(["slice", "var", "dtype", "pad", "permute", "expand", "const", "op", "reduce"]))
    if field == "slice":
        cut = (spec.cols, spec.start, spec.length, spec.step)
        other = draw(specs().filter(lambda o: (o.cols, o.start, o.length, o.step) != cut))
        return dataclasses.replace(spec, cols=other.cols, start=other.start, length=other.length, step=other.step)
    options = {"var": [0, 1, 2, 3], "dtype": ["float32", "float16", "int32"], "pad": [0, 1, 2],
               "permute": [False, True], "expand": [0, 2, 3], "const": list(range(-3, 4)), "op": sorted(OPS),
               "reduce": [False, True]}[field]
    value = draw(st.sampled_from([v for v in options if v != getattr(spec, field)]))
    return dataclasses.replace(spec, **{field: value})


def build(spec: Spec, seed: int) -> tuple[Tensor, np.ndarray]:
    x = np.random.default_rng(seed).integers(-4, 5, (spec.rows, spec.cols)).astype(spec.dtype)
    t = Tensor(x, shape=(VARS[spec.var], spec.cols)) if spec.var else Tensor(x)
    ref = x.astype(np.float64)
    end = spec.start + (spec.length - 1) * spec.step + 1
    t, ref = t[:, spec.start:end:spec.step], ref[:, spec.start:end:spec.step]
    if spec.pad:
        t, ref = t.pad(((0, 0), (spec.pad, 0))), np.pad(ref, ((0, 0), (spec.pad, 0)))
    if spec.permute:
        t, ref = t.permute(1, 0), ref.T
    if spec.expand:
        t, ref = t.unsqueeze(0).expand(spec.expand, *t.shape), np.broadcast_to(ref, (spec.expand, *ref.shape))
    c = spec.const if spec.dtype == "int32" else spec.const / 2
    f, g = OPS[spec.op]
    t, ref = f(t, c), g(ref, c)
    if spec.reduce:
        t, ref = t.sum(-1), ref.sum(-1)
    return t, ref


def realized_matches(t: Tensor, ref: np.ndarray, dtype: str) -> None:
    got = t.numpy()
    tol = 1e-2 if dtype == "float16" else 1e-6
    np.testing.assert_allclose(got.astype(np.float64), ref, rtol=tol, atol=tol)


@settings(max_examples=60, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_graphs_that_differ_in_one_thing_never_share_a_schedule(data):
    spec = data.draw(specs())
    other = data.draw(one_change(spec))
    (a, ref_a), (b, ref_b) = build(spec, 0), build(other, 1)
    assert key_of(a) != key_of(b), (spec, other)
    realized_matches(a, ref_a, spec.dtype)
    realized_matches(b, ref_b, other.dtype)
    again, ref = build(spec, 2)  # a hit on the first graph after the second
    realized_matches(again, ref, spec.dtype)


@settings(max_examples=40, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_scatters_into_other_shapes_never_share_a_kernel(data):
    """Tensor.assign_rows bakes the target's row count into its range check: scatters one after another into
    targets of other shapes and dtypes, with ids up to one past the end, each land where numpy says (a cached
    kernel of another target would skip rows or write past its end)."""
    for _ in range(3):
        rows, cols = data.draw(st.integers(1, 12)), data.draw(st.integers(1, 5))
        dtype = data.draw(st.sampled_from(["float32", "int32"]))
        ids = data.draw(st.lists(st.integers(-1, rows), min_size=1, max_size=4, unique=True))
        base = np.arange(rows * cols, dtype=dtype).reshape(rows, cols)
        values = -1 - np.arange(len(ids) * cols, dtype=dtype).reshape(len(ids), cols)
        target = Tensor(base).realize()
        target.assign_rows(Tensor(np.array(ids, np.int32)), Tensor(values))
        want = base.copy()
        for i, r in enumerate(ids):
            if 0 <= r < rows:
                want[r] = values[i]
        np.testing.assert_array_equal(target.numpy(), want)
