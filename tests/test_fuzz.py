"""Property test: random expression graphs give numpy's answer on every backend.

Each example draws a small input and a chain of ops (elementwise, broadcasting binaries, reductions,
permute/slice/pad/expand/reshape, matmul, where); the same chain runs on numpy in float64.
Derandomized, so CI sees the same graphs every run; sizes and counts keep it near a minute.
"""
from __future__ import annotations

import numpy as np
import pytest
from conftest import ALL_DEVICES, require, selected
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from minic import Tensor

# GPU backends compile each graph's kernels anew (PoCL and lavapipe take ~0.1-0.5 s a kernel): fewer examples
EXAMPLES = {"LLVM": 200, "C": 100, "PY": 40, "CL": 60, "WEBGPU": 60, "CUDA": 100}
MAX_DIM = {"LLVM": 5, "C": 5, "PY": 3, "CL": 5, "WEBGPU": 5, "CUDA": 5}


class Pair:
    """A minic tensor and its numpy twin, transformed in lockstep."""

    def __init__(self, t: Tensor, a: np.ndarray):
        self.t, self.a = t, a

    def __repr__(self) -> str:
        return f"Pair{self.a.shape}"


def _array(draw, shape: tuple) -> np.ndarray:
    seed = draw(st.integers(0, 2 ** 16))
    return np.random.default_rng(seed).uniform(-2, 2, shape).astype(np.float32)


UNARY = {
    "neg": (lambda t: -t, lambda a: -a),
    "abs": (lambda t: t.abs(), np.abs),
    "relu": (lambda t: t.relu(), lambda a: np.maximum(a, 0)),
    "tanh": (lambda t: t.tanh(), np.tanh),
    "sigmoid": (lambda t: t.sigmoid(), lambda a: 1 / (1 + np.exp(-a))),
    "sin": (lambda t: t.sin(), np.sin),
    "exp_tanh": (lambda t: t.tanh().exp(), lambda a: np.exp(np.tanh(a))),
    "sqrt_abs": (lambda t: (t.abs() + 0.5).sqrt(), lambda a: np.sqrt(np.abs(a) + 0.5)),
    "scale": (lambda t: t * 0.5 + 0.25, lambda a: a * 0.5 + 0.25),
}
BINARY = {
    "add": (lambda x, y: x + y, np.add),
    "sub": (lambda x, y: x - y, np.subtract),
    "mul": (lambda x, y: x * y, np.multiply),
    "max": (lambda x, y: x.maximum(y), np.maximum),
    "where": (lambda x, y: (x > y).where(x, y * 2), lambda a, b: np.where(a > b, a, b * 2)),
}


def step(draw, p: Pair, device: str, max_dim: int) -> Pair:
    kind = draw(st.sampled_from(["unary", "binary", "reduce", "permute", "slice", "pad", "expand", "reshape",
                                 "matmul"]))
    t, a = p.t, p.a
    nd = a.ndim
    if kind == "unary":
        f, g = UNARY[draw(st.sampled_from(sorted(UNARY)))]
        return Pair(f(t), g(a))
    if kind == "binary":
        shape = tuple(1 if draw(st.booleans()) and draw(st.booleans()) else s for s in a.shape)
        shape = shape[draw(st.integers(0, len(shape))):] if draw(st.booleans()) else shape  # fewer leading dims
        b = _array(draw, shape)
        f, g = BINARY[draw(st.sampled_from(sorted(BINARY)))]
        if draw(st.booleans()):
            return Pair(f(Tensor(b, device=device), t), g(b.astype(np.float64), a))
        return Pair(f(t, Tensor(b, device=device)), g(a, b.astype(np.float64)))
    if kind == "reduce" and nd >= 1:
        op = draw(st.sampled_from(["sum", "max", "min", "mean"]))
        axes = draw(st.lists(st.integers(0, nd - 1), min_size=1, max_size=nd, unique=True))
        axis = tuple(sorted(axes)) if len(axes) > 1 else axes[0]
        keep = draw(st.booleans())
        return Pair(getattr(t, op)(axis, keepdim=keep), getattr(np, op)(a, axis=axis, keepdims=keep))
    if kind == "permute" and nd >= 2:
        order = draw(st.permutations(range(nd)))
        return Pair(t.permute(*order), a.transpose(order))
    if kind == "slice" and nd >= 1:
        key = []
        for s in a.shape:
            lo = draw(st.integers(0, s - 1))
            hi = draw(st.integers(lo + 1, s))
            key.append(slice(lo, hi, draw(st.sampled_from([1, 1, 2, 3]))))
        if draw(st.booleans()):  # an integer index drops a dim
            i = draw(st.integers(0, nd - 1))
            key[i] = draw(st.integers(0, a.shape[i] - 1))
        key = tuple(key)
        return Pair(t[key], a[key])
    if kind == "pad" and nd >= 1:
        pads = tuple((draw(st.integers(0, 2)), draw(st.integers(0, 2))) for _ in range(nd))
        value = draw(st.sampled_from([0.0, 0.0, -1.5]))
        return Pair(t.pad(pads, value), np.pad(a, pads, constant_values=value))
    if kind == "expand" and nd <= 3:
        ax = draw(st.integers(0, nd))
        k = draw(st.integers(1, max_dim))
        shape = a.shape[:ax] + (k,) + a.shape[ax:]
        return Pair(t.unsqueeze(ax).expand(*shape), np.broadcast_to(np.expand_dims(a, ax), shape))
    if kind == "reshape" and nd >= 1:
        if draw(st.booleans()) or nd == 1:
            return Pair(t.reshape(-1), a.reshape(-1))
        i = draw(st.integers(0, nd - 2))
        shape = a.shape[:i] + (a.shape[i] * a.shape[i + 1],) + a.shape[i + 2:]
        return Pair(t.reshape(*shape), a.reshape(shape))
    if kind == "matmul" and 1 <= nd <= 3:
        k = draw(st.integers(1, max_dim))
        w = _array(draw, (a.shape[-1], k))
        if draw(st.booleans()) and nd >= 2:  # the other side: (k, rows) @ a
            w = _array(draw, (k, a.shape[-2]))
            return Pair(Tensor(w, device=device) @ t, w.astype(np.float64) @ a)
        return Pair(t @ Tensor(w, device=device), a @ w.astype(np.float64))
    return p


@st.composite
def graphs(draw, device: str):
    max_dim = MAX_DIM[device]
    shape = tuple(draw(st.lists(st.integers(1, max_dim), min_size=1, max_size=3)))
    x = _array(draw, shape)
    p = Pair(Tensor(x, device=device), x.astype(np.float64))
    for _ in range(draw(st.integers(2, 6))):
        p = step(draw, p, device, max_dim)
        if p.a.size > 4096:
            break
    return p


@pytest.mark.parametrize("dev", selected(ALL_DEVICES))
def test_random_graphs_match_numpy(dev):
    require(dev)

    @settings(max_examples=EXAMPLES[dev], deadline=None, derandomize=True, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
    @given(st.data())
    def run(data):
        p = data.draw(graphs(dev))
        got = p.t.numpy()
        assert got.shape == p.a.shape, f"shape: expected {p.a.shape}, got {got.shape}"
        np.testing.assert_allclose(got, p.a, rtol=2e-4, atol=2e-4)

    run()
