"""Fusion acceptance: how many kernels the common blocks become, what each kernel reports,
and that minic.override() really swaps a kernel's source."""
from __future__ import annotations

import math
import re

import numpy as np
import pytest
from conftest import check

import minic
from minic import Tensor

# A GPT-2 attention block: qkv matmul, split, heads, causal attention, projection, residual.
# On a CPU it schedules as 3 kernels: qkv matmul (+bias; cut: a reduction inside the scores' reduction loop) |
# attention (the Attention rule: scores, scale, causal mask, softmax and P @ V as one online softmax; the score
# matrix is never stored) | projection + bias + residual. GPUs keep attention unfused by default
# (AttentionSettings.max_gpu_rows), so there the attention is scores | softmax (the cut lifted above the scores'
# scale and mask) | P @ V: 5 kernels. More is a fusion regression.
ATTENTION_BLOCK_MAX_KERNELS = {False: 3, True: 5}  # by Target.gpu


@pytest.fixture(autouse=True)
def _no_overrides():
    minic.clear_overrides()
    yield
    minic.clear_overrides()


def rnd(*shape, seed=0):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)


def one_kernel(t: Tensor) -> minic.ScheduledKernel:
    ks = t.schedule()
    assert len(ks) == 1, f"expected one kernel, got {len(ks)}: {ks}"
    return ks[0]


def test_softmax_rows_one_kernel(device):
    x = rnd(6, 10)
    t = Tensor(x, device=device).softmax(-1)
    one_kernel(t)
    e = np.exp(x - x.max(-1, keepdims=True))
    check(t, e / e.sum(-1, keepdims=True))


def test_layer_norm_one_kernel(device):
    x, w, b = rnd(5, 16), rnd(16, seed=1), rnd(16, seed=2)
    t = Tensor(x, device=device).layer_norm()
    one_kernel(t)
    check(t, (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5), rtol=1e-4, atol=1e-5)
    tw = Tensor(x, device=device).layer_norm(Tensor(w, device=device), Tensor(b, device=device))
    one_kernel(tw)


def test_gelu_linear_one_kernel(device):
    x, w, b = rnd(4, 8), rnd(8, 6, seed=1), rnd(6, seed=2)
    t = (Tensor(x, device=device) @ Tensor(w, device=device) + Tensor(b, device=device)).gelu()
    one_kernel(t)
    r = x.astype(np.float64) @ w + b
    check(t, 0.5 * r * (1 + np.tanh(math.sqrt(2 / math.pi) * (r + 0.044715 * r ** 3))), rtol=1e-4, atol=1e-5)


def test_elementwise_chain_one_kernel(device):
    x, y = rnd(3, 7), rnd(7, seed=1)
    t = ((Tensor(x, device=device) * 2 + Tensor(y, device=device)).exp().sqrt() - 1).relu()
    one_kernel(t)
    check(t, np.maximum(np.sqrt(np.exp(x * 2.0 + y)) - 1, 0), rtol=1e-5, atol=1e-5)


def test_movement_is_free(device):
    x = rnd(4, 6)
    t = Tensor(x, device=device).T[1:5, ::2].reshape(-1) * 3
    one_kernel(t)
    check(t, x.T[1:5, ::2].reshape(-1) * 3)


def attention_block(device: str, T: int = 6, C: int = 16, H: int = 2):
    x, w_qkv, b_qkv, w_o, b_o = rnd(T, C), rnd(C, 3 * C, seed=1) * 0.3, rnd(3 * C, seed=2), \
        rnd(C, C, seed=3) * 0.3, rnd(C, seed=4)
    tt = lambda a: Tensor(a, device=device)  # noqa: E731
    qkv = tt(x) @ tt(w_qkv) + tt(b_qkv)
    q, k, v = qkv.split(C, axis=1)
    heads = lambda z: z.reshape(T, H, C // H).permute(1, 0, 2)  # noqa: E731
    a = heads(q).scaled_dot_product_attention(heads(k), heads(v), causal=True)
    out = tt(x) + a.permute(1, 0, 2).reshape(T, C) @ tt(w_o) + tt(b_o)
    # numpy
    qkv_n = x.astype(np.float64) @ w_qkv + b_qkv
    qn, kn, vn = (z.reshape(T, H, C // H).transpose(1, 0, 2) for z in np.split(qkv_n, 3, axis=1))
    s = qn @ kn.transpose(0, 2, 1) / math.sqrt(C // H)
    s = np.where(np.tril(np.ones((T, T), bool)), s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    p /= p.sum(-1, keepdims=True)
    ref = x + (p @ vn).transpose(1, 0, 2).reshape(T, C) @ w_o + b_o
    return out, ref


def test_attention_block_kernel_count(device):
    out, ref = attention_block(device)
    ks = out.schedule()
    most = ATTENTION_BLOCK_MAX_KERNELS[minic.get_device(device).target.gpu]
    assert 2 <= len(ks) <= most, f"attention block: expected at most {most} kernels, got {len(ks)}: {ks}"
    for k in ks:
        assert isinstance(k.why, str) and k.why.strip(), f"kernel {k.name} has no fusion reason"
        assert isinstance(k.rule, str) and k.rule.strip(), f"kernel {k.name} has no rule"
        assert isinstance(k.rule_why, str) and k.rule_why.strip()
    assert ks[-1].why == "requested output"
    check(out, ref, rtol=1e-4, atol=1e-4)


def test_attention_block_is_deterministic(device):
    a, _ = attention_block(device)
    b, _ = attention_block(device)
    assert [k.source for k in a.schedule()] == [k.source for k in b.schedule()]


def test_scheduled_kernel_fields(device):
    t = Tensor(rnd(3, 5), device=device).softmax()
    k = one_kernel(t)
    for field in ("rule", "why", "ir", "source", "name", "rule_why", "graph_text"):
        value = getattr(k, field)
        assert isinstance(value, str) and value.strip(), f"ScheduledKernel.{field} is empty"
    assert k.rule in {r.name for r in minic.rules.rules()}
    assert k.name in k.source and k.name in k.ir
    assert k.device == device
    assert k.name in repr(k) and k.rule in repr(k)


def test_scheduled_kernel_run_alone(device):
    x = rnd(4, 5)
    t = Tensor(x, device=device).exp() + 1
    k = one_kernel(t)
    y = rnd(4, 5, seed=9)
    np.testing.assert_allclose(k.run(y), np.exp(y) + 1, rtol=1e-5)
    with pytest.raises((ValueError, minic.MinicError)):
        k.run(y, y)
    with pytest.raises(minic.ShapeError, match="input 0 is a buffer of 20 float32 elements; got an array of 9"):
        k.run(rnd(3, 3))  # it would read past the array's end


def test_schedule_does_not_run(device):
    dev = minic.get_device(device)
    t = Tensor(rnd(3, 3, seed=11), device=device) * 1234.5
    before = dev.compiles
    t.schedule()
    assert dev.compiles == before, "schedule() must not compile anything"
    assert t.node.op != "BUFFER"


def _add_one(device: str, source: str) -> str:
    """Edit a generated `x * 2` kernel so it computes `x * 2 + 1`."""
    if device == "LLVM":  # IR text: the constant 2.0 becomes 3.0 on an input of ones, so edit the multiply
        edited, n = re.subn(r"(%\"[.\w]+\") = fmul (.*?)float (%\"[.\w]+\"), 0x4000000000000000",
                            r'%"mul2" = fmul \2float \3, 0x4000000000000000\n  \1 = fadd float %"mul2", '
                            r"0x3FF0000000000000", source)
    elif device == "PY":
        edited, n = re.subn(r"(b0\[[^\]]+\] = )(\w+)", r"\1\2 + 1.0", source)
    else:  # C-style: C, CUDA, OpenCL, WGSL
        edited, n = re.subn(r"(b0\[[^\]]+\] = )(\w+);", r"\1\2 + 1.0f;", source)
    assert n >= 1, f"could not find the store to edit in:\n{source}"
    return edited


def test_override_changes_result(device):
    x = np.arange(8, dtype=np.float32)
    k = one_kernel(Tensor(x, device=device) * 2)
    minic.override(k, _add_one(device, k.source))
    t = Tensor(x + 0, device=device) * 2  # the same graph again, on fresh data
    assert one_kernel(t).source != k.generated
    check(t, x * 2 + 1)
    minic.clear_overrides()
    check(Tensor(x, device=device) * 2, x * 2)


def test_override_broken_source_is_compile_error(device):
    if device == "PY":
        broken = "def oops(:\n"
    else:
        broken = "this is not a kernel"
    k = one_kernel(Tensor(np.ones(3, np.float32), device=device) * 5)
    minic.override(k, broken)
    with pytest.raises(minic.CompileError):
        (Tensor(np.ones(3, np.float32), device=device) * 5).numpy()


def test_symbolic_rows_still_one_kernel(device):
    n = minic.Var("n", 1, 32)
    for k in (1, 32):
        x = rnd(k, 12, seed=k)
        t = Tensor(x, shape=(n, 12), device=device)
        one_kernel(t.softmax(-1))
        ln = t.layer_norm()
        one_kernel(ln)
        check(ln, (x - x.mean(-1, keepdims=True)) / np.sqrt(x.var(-1, keepdims=True) + 1e-5), rtol=1e-4, atol=1e-5)


def test_independent_outputs_are_separate_kernels(device):
    """Two tensors computed from one input each get their own requested-output kernel; the input is not recomputed
    into garbage when both realize."""
    x = rnd(4, 6)
    t = Tensor(x, device=device)
    a, b = t.exp().sum(1), (t * 2).max(0)
    assert all(k.why for k in a.schedule() + b.schedule())
    check(a, np.exp(x).sum(1), rtol=1e-5)
    check(b, (x * 2).max(0))
