"""The CPU's panel schedule for attention with many query rows (minic/sched/cpu_attention.py), against numpy.

Small panels and blocks (tuned here) put every boundary within reach of small shapes: query counts on both sides
of a panel's rows, key counts on both sides of a block and of a register tile, causal offsets (n < m), boolean
and additive masks, grouped-query ratios 1, 3 and 8, a symbolic query count; blocks skipped by the mask probe and
expressions it must not skip on; and the schedule's text in explain."""
from __future__ import annotations

import io

import numpy as np
import pytest
from test_attention import f32, reference, rules_of

import minic
from minic import Tensor, Var
from minic.ir.node import Node
from minic.runtime.registry import get_device
from minic.sched.attention import find_attention, mask_probe
from minic.sched.cpu_attention import applies
from minic.sched.rules.attention import AttentionSettings, _panel
from minic.sched.rules.settings import tune
from models.transformer import grouped_attention

SMALL = {"max_cpu_queries": 1, "cpu_panel_vectors": 1, "cpu_panel_keys": 8, "cpu_panel_tile": 3}


@pytest.fixture
def small_panels(cpu_device):
    """`cpu_device` with panels of one SIMD vector of rows, blocks of 8 keys and tiles of 3 (so 8 = 3 + 3 + 2).
    PY takes a row at a time whatever the count (its kernels are for reading): it checks the same cases so."""
    dev = get_device(cpu_device)
    saved = dev.target
    dev.target = tune(dev.target, AttentionSettings, **SMALL)
    yield cpu_device
    dev.target = saved


def lanes(device: str) -> int:
    return max(1, get_device(device).target.vector_bytes // 4)


def check_schedule(out: Tensor, skips: bool = True) -> None:
    """One Attention kernel; explain names panels (and, with `skips`, the mask probe) on compiled CPUs, a row at
    a time on PY."""
    assert rules_of(out) == ["Attention"]
    text = minic.explain(out, file=io.StringIO())
    if get_device(out.device).target.compiled:
        assert "panels of" in text and ("a block no row may see is skipped" in text) == skips, text
    else:
        assert "keys scored per step" in text and "panels of" not in text, text


# (query heads, kv heads, n, m, head dim) with L = a panel's rows (one SIMD vector): n at 2, L - 1, L, L + 1 and
# 2L + 1; m at 7, 8, 9 (a block of 8) and 17, past n (a causal offset); GQA 1, 3, 8
def cases(L: int) -> list[tuple]:
    return [(2, 2, 2, 2, 16), (2, 2, L - 1, L - 1, 16), (3, 1, L, L + 7, 32), (8, 1, L + 1, L + 9, 16),
            (2, 2, 2 * L + 1, 2 * L + 1, 64), (6, 2, 3, 7, 8), (6, 2, 5, 8, 8), (1, 1, 4, 9, 8), (4, 4, 6, 17, 24)]


@pytest.mark.parametrize("case", range(9))
def test_causal_panels_match_numpy(small_panels, case):
    heads, kv, n, m, d = cases(lanes(small_panels))[case]
    q, k, v = f32(heads, n, d), f32(kv, m, d, seed=1), f32(kv, m, d, seed=2)
    out = grouped_attention(*(Tensor(a, device=small_panels) for a in (q, k, v)))
    check_schedule(out)
    np.testing.assert_allclose(out.numpy(), reference(q, k, v, causal=True), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("kind", ["bool", "additive", "finite"])
def test_masked_panels_match_numpy(small_panels, kind):
    """Explicit masks: whole blocks hidden from every row (skipped), rows whose first keys are all hidden (their
    running max starts at -inf), boolean and additive; an additive fill of -1e9 is a finite score, which the
    probe must not skip (softmax gives such keys weight only where a row sees nothing better)."""
    n, m = lanes(small_panels) + 2, 27
    q, k, v = f32(3, n, 16), f32(3, m, 16, seed=1), f32(3, m, 16, seed=2)
    keep = np.random.default_rng(3).random((n, m)) > 0.4
    keep[:, 8:16] = False  # the second block: hidden from every row
    keep[:, :3], keep[:, 20] = False, True
    tq, tk, tv = (Tensor(a, device=small_panels) for a in (q, k, v))
    if kind == "bool":
        out = tq.scaled_dot_product_attention(tk, tv, mask=Tensor(keep, device=small_panels))
        ref = reference(q, k, v, causal=False, mask=keep)
    else:
        bias = np.where(keep, np.float32(0.25), np.float32(-np.inf if kind == "additive" else -1e9))
        out = tq.scaled_dot_product_attention(tk, tv, mask=Tensor(bias.astype(np.float32), device=small_panels))
        ref = reference(q, k, v, causal=False, additive=bias.astype(np.float64))
    check_schedule(out)
    np.testing.assert_allclose(out.numpy(), ref, rtol=1e-4, atol=1e-5)


def test_symbolic_query_count_compiles_once(small_panels):
    """A prefill of n new tokens after `past` cached ones, n symbolic: one kernel for every n, panels past n
    masked."""
    n = Var("n", 1, 40)
    L = lanes(small_panels)
    kc, vc = f32(2, 40, 16, seed=1), f32(2, 40, 16, seed=2)
    qs = f32(2, 40, 16)
    dev = minic.get_device(small_panels)
    before = None
    for count in (2, L - 1, L + 1, 2 * L + 3 if 2 * L + 3 <= 40 else 40):
        q = Tensor(qs, device=small_panels)[:, :n].bind(n=count)
        keys = Tensor(kc, device=small_panels)[:, :n].bind(n=count)
        values = Tensor(vc, device=small_panels)[:, :n].bind(n=count)
        out = q.scaled_dot_product_attention(keys, values, causal=True)
        check_schedule(out)
        np.testing.assert_allclose(out.numpy(), reference(qs[:, :count], kc[:, :count], vc[:, :count], True),
                                   rtol=1e-4, atol=1e-5)
        before = dev.compiles if before is None else before
    assert dev.compiles == before


def test_default_panels_on_a_gpt2_prefill_shape(cpu_device):
    """The default sizes (several SIMD vectors of rows, 48 keys a block) at a shape with many blocks and panels."""
    if cpu_device == "PY":
        pytest.skip("the Python backend interprets every element: too slow for a 200-row prefill")
    q, k, v = f32(2, 200, 64), f32(2, 200, 64, seed=1), f32(2, 200, 64, seed=2)
    out = grouped_attention(*(Tensor(a, device=cpu_device) for a in (q, k, v)))
    check_schedule(out)
    np.testing.assert_allclose(out.numpy(), reference(q, k, v, causal=True), rtol=1e-4, atol=1e-5)


def test_queries_of_an_unrealized_product_take_panels(cpu_device):
    """q, k and v as views of one lazy QKV product (notebook 04's GPT-2 block): the fuser cuts the product out
    and attention stays one kernel at any row count (the q.k search saw the product's sum too and gave up from 9
    rows on, storing the scores)."""
    if cpu_device == "PY":
        pytest.skip("the Python backend takes a row at a time: no panels to check")
    a, w = f32(16, 64), f32(64, 192, seed=1) * 0.1
    qkv = Tensor(a, device=cpu_device) @ Tensor(w, device=cpu_device)
    q, k, v = (qkv[:, j * 64:(j + 1) * 64].reshape(16, 4, 16).permute(1, 0, 2) for j in range(3))
    out = q.scaled_dot_product_attention(k, v, causal=True)
    assert [kg.rule for kg in out.schedule()] == ["Matmul", "Attention"]
    qn, kn, vn = ((a @ w)[:, j * 64:(j + 1) * 64].reshape(16, 4, 16).transpose(1, 0, 2) for j in range(3))
    np.testing.assert_allclose(out.numpy(), reference(qn, kn, vn, causal=True), rtol=1e-4, atol=1e-5)


def scores_of(out: Tensor) -> tuple[Node, Node]:
    match = find_attention(out.node)
    return match.scores, applies(match).dot


def test_mask_probe_takes_masks_only():
    """The probe reads a mask with q.k taken as 0: right for where(c, x, -inf) and x + mask, through a soft cap
    (a division by a constant, a tanh), wrong once the scores pass through an op that can make a finite q.k -inf or
    lift a -inf (it would skip keys that count)."""
    q, k, v = (Tensor(f32(2, 5, 8, seed=s)) for s in range(3))
    causal = q.scaled_dot_product_attention(k, v, causal=True)
    assert mask_probe(*scores_of(causal))
    assert mask_probe(*scores_of(q.scaled_dot_product_attention(k, v, causal=True, softcap=2.0)))
    assert not mask_probe(*scores_of(q.scaled_dot_product_attention(k, v)))  # no mask: nothing to probe
    s = q @ k.transpose(1, 2)
    for scores in ((s * 0.3).log(), s.maximum(Tensor(np.full((5, 5), -np.inf, np.float32))), 1.0 / s):
        out = Tensor(np.tril(np.ones((5, 5), bool))).where(scores, float("-inf")).softmax(-1) @ v
        assert not mask_probe(*scores_of(out))


def test_panel_sizes_follow_the_target():
    """Panels of four SIMD vectors of rows with 32 registers, two with 16; never more rows than the queries'
    bound rounded up to a vector."""
    from minic.sched.target import Target
    q, k, v = (Tensor(f32(2, 300, 64, seed=s)) for s in range(3))
    match = find_attention(q.scaled_dot_product_attention(k, v, causal=True).node)
    wide = Target(name="LLVM", vector_bytes=64, vector_registers=32)
    narrow = Target(name="LLVM", vector_bytes=32, vector_registers=16)
    assert _panel(match, wide).rows == 64 and _panel(match, narrow).rows == 16
    small = find_attention(Tensor(f32(2, 20, 64)).scaled_dot_product_attention(k, v).node)
    assert _panel(small, wide).rows == 32


def test_float16_batched_panels_with_a_padding_mask(small_panels):
    """float16 inputs (computed in float32), a leading batch axis, head dim 80 (value tiles of 3 leave 2 columns),
    and a padding mask per batch row broadcast over heads and queries: keys past each sequence's length hidden."""
    needs_f16 = get_device(small_panels).target.fp16
    dtype = minic.float16 if needs_f16 else minic.float32
    n, m, d = lanes(small_panels) + 3, 21, 80
    q, k, v = f32(2, 3, n, d), f32(2, 3, m, d, seed=1), f32(2, 3, m, d, seed=2)
    lengths = [21, 13]
    keep = np.arange(m)[None, :] < np.array(lengths)[:, None]  # [batch, m]
    tq, tk, tv = (Tensor(a, dtype=dtype, device=small_panels) for a in (q, k, v))
    mask = Tensor(keep.reshape(2, 1, 1, m), device=small_panels)
    out = tq.scaled_dot_product_attention(tk, tv, mask=mask)
    check_schedule(out)
    rounded = [a.astype(np.float16) if needs_f16 else a for a in (q, k, v)]
    want = np.stack([reference(*(a[b] for a in rounded), causal=False, mask=keep[b][None, None]) for b in range(2)])
    np.testing.assert_allclose(out.numpy().astype(np.float32), want, rtol=2e-3 if needs_f16 else 1e-4,
                               atol=2e-3 if needs_f16 else 1e-5)


def test_soft_capped_scores_in_a_sliding_window(small_panels):
    """Gemma-style soft-capped scores, tanh(s / 5) * 5, under a sliding-window causal mask (each query sees its
    last 6 positions): the tanh keeps a finite q.k finite, so the probe reads the window and the blocks before it
    are skipped; the result equals numpy's."""
    n = m = lanes(small_panels) + 5
    q, k, v = f32(2, n, 16), f32(2, m, 16, seed=1), f32(2, m, 16, seed=2)
    tq, tk, tv = (Tensor(a, device=small_panels) for a in (q, k, v))
    i, j = np.arange(n)[:, None], np.arange(m)[None, :]
    window = (j <= i) & (j > i - 6)
    s = tq @ tk.transpose(1, 2) * (1 / 4)
    capped = Tensor(window, device=small_panels).where((s * 0.2).tanh() * 5, float("-inf"))
    out = capped.softmax(-1) @ tv
    check_schedule(out)
    ref_s = np.where(window, np.tanh(q.astype(np.float64) @ k.transpose(0, 2, 1) / 4 * 0.2) * 5, -np.inf)
    p = np.exp(ref_s - ref_s.max(-1, keepdims=True))
    np.testing.assert_allclose(out.numpy(), p / p.sum(-1, keepdims=True) @ v, rtol=1e-4, atol=1e-5)
