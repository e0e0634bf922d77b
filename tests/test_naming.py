"""Kernel names say what a kernel computes (minic/naming.py), and they compile on every backend present."""
from __future__ import annotations

import numpy as np
import pytest

import minic
from minic import Tensor, Var
from tests.conftest import require

RNG = np.random.default_rng(0)
X = RNG.standard_normal((3, 8)).astype(np.float32)
W = RNG.standard_normal((8, 5)).astype(np.float32)
B = RNG.standard_normal(5).astype(np.float32)
G = RNG.standard_normal(8).astype(np.float32)
R = RNG.standard_normal((3, 5)).astype(np.float32)


def _gelu(v):
    return 0.5 * v * (1 + np.tanh(0.7978845608028654 * (v + 0.044715 * v ** 3)))


def _softmax(v):
    e = np.exp(v - v.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


# name, builder(x, w, b, g, x1, r as Tensors), numpy reference
CASES = [
    ("softmax", lambda x, w, b, g, x1, r: x.softmax(-1), lambda: _softmax(X)),
    ("layer_norm", lambda x, w, b, g, x1, r: x.layer_norm(g, g, 1e-5),
     lambda: (X - X.mean(-1, keepdims=True)) / np.sqrt(X.var(-1, keepdims=True) + 1e-5) * G + G),
    ("rms_norm", lambda x, w, b, g, x1, r: x.rms_norm(g, 1e-6),
     lambda: X / np.sqrt((X * X).mean(-1, keepdims=True) + 1e-6) * G),
    ("matmul", lambda x, w, b, g, x1, r: x @ w, lambda: X @ W),
    ("matmul_bias_gelu", lambda x, w, b, g, x1, r: (x @ w + b).gelu(), lambda: _gelu(X @ W + B)),
    ("gemv_bias", lambda x, w, b, g, x1, r: x1 @ w + b, lambda: X[:1] @ W + B),
    ("matmul_bias_add", lambda x, w, b, g, x1, r: r + x @ w + b, lambda: R + X @ W + B),
    ("argmax", lambda x, w, b, g, x1, r: x.argmax(-1), lambda: X.argmax(-1)),
    ("mean", lambda x, w, b, g, x1, r: x.mean(-1), lambda: X.mean(-1)),
    ("max_op", lambda x, w, b, g, x1, r: x.max(-1), lambda: X.max(-1)),
    ("exp_op", lambda x, w, b, g, x1, r: x.exp(), lambda: np.exp(X)),
    ("silu", lambda x, w, b, g, x1, r: x.silu(), lambda: X / (1 + np.exp(-X))),
    ("copy", lambda x, w, b, g, x1, r: x.T.contiguous(), lambda: X.T),
]


def _inputs(device: str) -> tuple:
    return tuple(Tensor(a, device=device) for a in (X, W, B, G, X[:1], R))


@pytest.mark.parametrize("name,build,ref", CASES, ids=[c[0] for c in CASES])
def test_names_say_what_the_kernel_computes(name, build, ref):
    out = build(*_inputs("LLVM"))
    assert out.schedule()[-1].name == name, [k.name for k in out.schedule()]
    np.testing.assert_allclose(out.numpy(), ref(), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("device", ["C", "PY", "CL", "WEBGPU"])
def test_names_compile_on_every_backend(device):
    """The name is the generated function's name: `max_op` and `exp_op`, not C's or WGSL's builtins."""
    require(device)
    for name, build, ref in CASES:
        out = build(*_inputs(device))
        assert out.schedule()[-1].name == name
        np.testing.assert_allclose(out.numpy(), ref(), rtol=1e-4, atol=1e-5, err_msg=f"{name} on {device}")


def test_gpt2_decode_kernels_by_name():
    """Decode's kernels (GEMV) and prefill's (Matmul) get names from the same graph shapes; two kernels of one
    name in one schedule are told apart by a suffix."""
    n = Var("n", 1, 16)
    x = Tensor(np.repeat(X, 2, 0), shape=(n, 8), device="LLVM")
    names = [k.name for k in [*(x @ Tensor(W) + Tensor(B)).schedule(), *(Tensor(X[:1]) @ Tensor(W)).schedule()]]
    assert names == ["matmul_bias", "gemv"]
    y = x.softmax(-1).contiguous() + x.softmax(0).contiguous()
    assert [k.name for k in y.schedule()] == ["softmax", "softmax_1", "add_op"]
    assert minic.Tensor(X).exp().schedule()[0].name.isidentifier()
