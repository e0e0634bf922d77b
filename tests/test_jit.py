"""minic.jit: replays must equal fresh calls, and every unsafe capture must refuse or re-record."""
from __future__ import annotations

import numpy as np
import pytest

import minic
from minic import Tensor, Var, engine
from minic.jit import Bound, JitError, jit

N = Var("n", 1, 32)
P = Var("p", 0, 32)


@pytest.fixture(autouse=True)
def _verify_replays(monkeypatch):
    """Every replay here is also checked against a fresh recording of the same call (see minic/jit.py)."""
    monkeypatch.setenv("MINIC_JIT_VERIFY", "1")


def _state(dev: str) -> Tensor:
    return Tensor(np.arange(64 * 4, dtype=np.float32).reshape(64, 4) / 100, device=dev)


def _step(x: Tensor, p: Bound, table: Tensor, scale: float) -> Tensor:
    """softmax rows of x, plus rows p.. of a persistent table: tensors, a Var and a constant."""
    rows = table[p.var:p.var + x.shape[0]].bind(**{p.name: p.value})
    return (x.softmax(-1) * scale + rows).sum(-1)


def _ref(x: np.ndarray, p: int, table: np.ndarray, scale: float) -> np.ndarray:
    e = np.exp(x - x.max(-1, keepdims=True))
    return (e / e.sum(-1, keepdims=True) * scale + table[p:p + len(x)]).sum(-1)


def test_replay_matches_fresh_calls_and_grows_temporaries(cpu_device):
    dev, rng = cpu_device, np.random.default_rng(0)
    table = _state(dev)
    f = jit(_step)
    outs = []
    for n, p in [(2, 0), (3, 1), (30, 5), (1, 32), (32, 2), (30, 5)]:  # records at n=2,3; replays up to n=32
        x = rng.standard_normal((n, 4)).astype(np.float32)
        out = f(Tensor(x, shape=(N, 4), device=dev), Bound(P, p), table, 2.0)
        assert out.shape == (N,) and out.var_vals == {"n": n}  # p is not in its shape
        outs.append((out, _ref(x, p, table.numpy(), 2.0)))
    assert (f.records, f.replays) == (2, 4)
    for out, ref in outs:  # earlier outputs are never overwritten by later calls
        np.testing.assert_allclose(out.numpy(), ref, rtol=1e-5, atol=1e-5)


def test_replay_launches_without_scheduling(monkeypatch):
    f = jit(_step)
    table = _state("LLVM")
    for n in (2, 3):
        f(Tensor(np.ones((n, 4), np.float32), shape=(N, 4)), Bound(P, n), table, 1.0)
    monkeypatch.delenv("MINIC_JIT_VERIFY")  # verifying records the call afresh, which schedules
    monkeypatch.setattr(engine, "schedule", lambda *a, **k: pytest.fail("replay scheduled kernels"))
    out = f(Tensor(np.ones((7, 4), np.float32), shape=(N, 4)), Bound(P, 9), table, 1.0)
    np.testing.assert_allclose(out.numpy(), _ref(np.ones((7, 4)), 9, table.numpy(), 1.0), rtol=1e-6)


def test_changed_constant_records_again():
    f = jit(_step)
    table = _state("LLVM")
    x = np.ones((3, 4), np.float32)
    for scale in (1.0, 1.0, 1.0, 3.0):
        out = f(Tensor(x, shape=(N, 4)), Bound(P, 0), table, scale)
    assert f.records == 3  # two records for scale 1.0, a fresh one for 3.0
    np.testing.assert_allclose(out.numpy(), _ref(x, 0, table.numpy(), 3.0), rtol=1e-6)


def test_unproven_var_records_instead_of_replaying():
    """Two records with the same Var value prove nothing about other values: the jit records again."""
    f = jit(_step)
    table = _state("LLVM")
    x = np.ones((3, 4), np.float32)
    for p in (4, 4, 4, 6, 7):
        out = f(Tensor(x, shape=(N, 4)), Bound(P, p), table, 1.0)
    assert (f.records, f.replays) == (3, 2)
    np.testing.assert_allclose(out.numpy(), _ref(x, 7, table.numpy(), 1.0), rtol=1e-6)


def test_value_baked_into_a_kernel_is_refused():
    table = _state("LLVM")

    @jit
    def baked(x: Tensor, p: Bound) -> Tensor:
        return x + table[p.value:p.value + 1]  # uses the int, not the Var: each value is another kernel

    baked(Tensor(np.ones((1, 4), np.float32)), Bound(P, 1))
    with pytest.raises(JitError, match="baked into a kernel"):
        baked(Tensor(np.ones((1, 4), np.float32)), Bound(P, 2))


def test_host_data_made_inside_is_refused():
    @jit
    def host(x: Tensor, p: Bound) -> Tensor:
        return x + Tensor(np.full((1, 4), float(p.value), np.float32))

    host(Tensor(np.ones((1, 4), np.float32)), Bound(P, 1))
    with pytest.raises(JitError, match="made inside the function"):
        host(Tensor(np.ones((1, 4), np.float32)), Bound(P, 2))


def test_one_tensor_passed_twice_replays_its_own_record():
    """f(t, t) and f(t, u) are different records (which arguments share a buffer is in the call key): a record
    of f(t, t) reads one buffer twice and must not answer f(t, u), nor the other way round."""
    f = jit(lambda a, b: (a + 1) * b)
    t, u = Tensor(np.full(4, 3.0, np.float32)), Tensor(np.full(4, 10.0, np.float32))
    for _ in range(3):
        np.testing.assert_array_equal(f(t, t).numpy(), np.full(4, 12.0))
    for _ in range(3):
        np.testing.assert_array_equal(f(t, u).numpy(), np.full(4, 40.0))
        np.testing.assert_array_equal(f(u, t).numpy(), np.full(4, 33.0))
        np.testing.assert_array_equal(f(u, u).numpy(), np.full(4, 110.0))


def test_argument_errors():
    f = jit(lambda x, c: x * 2)
    with pytest.raises(JitError, match="neither a Tensor, a Bound nor a hashable"):
        f(Tensor(np.ones(2, np.float32)), [1, 2])
    with pytest.raises(minic.BoundError, match="outside its bounds"):
        Bound(P, 99)
    g = jit(lambda x: x.numpy())
    with pytest.raises(JitError, match="must return Tensors"):
        g(Tensor(np.ones(2, np.float32)))
