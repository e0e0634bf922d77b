"""The Attention rule: softmax(q.k^T * scale + mask) @ v as one online-softmax kernel on every backend, against
numpy: many (n, m) with the key count on both sides of the GPU's key-slot count, causal offsets, boolean and
additive masks, grouped-query heads (1, 3 and 8 queries per key/value head), a symbolic cache length, float16;
what explain says, the CUDA sources (NVRTC), and the cases that must stay unfused."""
from __future__ import annotations

import io
import math

import numpy as np
import pytest
from conftest import compile_all_cuda, cuda_target, device_status, needs

import minic
from minic import Tensor, Var, engine
from minic.runtime.registry import get_device
from minic.sched.rules.attention import AttentionSettings
from minic.sched.rules.settings import tune
from models.transformer import grouped_attention, within_window

GPU_ON = {"max_gpu_rows": 1024}  # GPUs keep attention unfused unless tuned (AttentionSettings.max_gpu_rows)


@pytest.fixture(autouse=True)
def gpu_attention_on():
    """Tune the rule on for every GPU here, so its GPU schedule is what these tests run."""
    saved = {}
    for name in ("CL", "WEBGPU", "CUDA"):
        if device_status().get(name) == "ok":
            dev = get_device(name)
            saved[name] = dev.target
            dev.target = tune(dev.target, AttentionSettings, **GPU_ON)
    yield
    for name, target in saved.items():
        get_device(name).target = target


def f32(*shape, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed + sum(shape)).standard_normal(shape).astype(np.float32)


def reference(q: np.ndarray, k: np.ndarray, v: np.ndarray, causal: bool, mask: np.ndarray | None = None,
              additive: np.ndarray | None = None, softcap: float | None = None) -> np.ndarray:
    """float64 softmax(q k^T / sqrt(d) + mask) v, keys and values broadcast over grouped query heads (scores
    soft-capped first, with softcap)."""
    q, k, v = (a.astype(np.float64) for a in (q, k, v))
    group = q.shape[0] // k.shape[0]
    k, v = np.repeat(k, group, axis=0), np.repeat(v, group, axis=0)
    s = q @ k.transpose(0, 2, 1) / math.sqrt(q.shape[-1])
    if softcap is not None:
        s = np.tanh(s / softcap) * softcap
    if additive is not None:
        s = s + additive
    if mask is not None:
        s = np.where(mask, s, -np.inf)
    if causal:
        n, m = q.shape[1], k.shape[1]
        s = np.where(np.arange(m)[None, :] <= np.arange(n)[:, None] + (m - n), s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    return (p / p.sum(-1, keepdims=True)) @ v


def rules_of(t: Tensor) -> list[str]:
    return [k.rule for k in t.schedule()]


# (query heads, key/value heads, n, m, head dim): m below, at and past a GPU step's 256 keys (one, two and three
# steps, the last one partial), head dims below, at and past a warp's 32 lanes, GQA ratios 1, 3 and 8
CASES = [(2, 2, 1, 1, 16), (3, 3, 1, 7, 64), (3, 3, 1, 8, 64), (3, 3, 1, 9, 64), (2, 2, 1, 17, 80),
         (2, 2, 4, 16, 32), (6, 2, 1, 33, 32), (6, 2, 5, 9, 16), (8, 1, 1, 12, 64), (16, 2, 2, 40, 32),
         (2, 1, 1, 300, 16), (1, 1, 3, 513, 32)]


@pytest.mark.parametrize("heads, kv, n, m, d", CASES)
def test_causal_attention_matches_numpy(device, heads, kv, n, m, d):
    q, k, v = f32(heads, n, d), f32(kv, m, d, seed=1), f32(kv, m, d, seed=2)
    out = grouped_attention(Tensor(q, device=device), Tensor(k, device=device), Tensor(v, device=device))
    assert rules_of(out) == ["Attention"]
    np.testing.assert_allclose(out.numpy(), reference(q, k, v, causal=True), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("kind", ["bool", "additive"])
def test_masked_attention_matches_numpy(device, kind):
    """An explicit mask (a padded batch: some keys hidden per row), with the first keys of some rows masked, so
    the running max starts at -inf there."""
    q, k, v = f32(2, 5, 16), f32(2, 11, 16, seed=1), f32(2, 11, 16, seed=2)
    keep = np.random.default_rng(3).random((5, 11)) > 0.4
    keep[:, 0], keep[:, 7] = False, True  # no row starts with a visible key; every row sees one
    tq, tk, tv = (Tensor(a, device=device) for a in (q, k, v))
    if kind == "bool":
        out = tq.scaled_dot_product_attention(tk, tv, mask=Tensor(keep, device=device))
        ref = reference(q, k, v, causal=False, mask=keep)
    else:
        bias = np.where(keep, 0.5, -1e9).astype(np.float32)
        out = tq.scaled_dot_product_attention(tk, tv, mask=Tensor(bias, device=device))
        ref = reference(q, k, v, causal=False, additive=bias)
    assert rules_of(out) == ["Attention"]
    np.testing.assert_allclose(out.numpy(), ref, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("n", [1, 4])
def test_grouped_attention_with_a_mask_per_query_row(n):
    """grouped_attention's explicit mask (the paged cache's: one row per query position, shared by the heads):
    with fewer kv heads a prefill lays each kv head's query heads out as one run of rows and repeats the mask's
    rows per head; decode (n = 1) broadcasts it. Batched leading dims ride along."""
    q, k, v = f32(2, 6, n, 16), f32(2, 2, 9, 16, seed=1), f32(2, 2, 9, 16, seed=2)
    keep = np.random.default_rng(4).random((2, n, 9)) > 0.3
    keep[..., 2] = True  # every row sees a key
    out = grouped_attention(Tensor(q), Tensor(k), Tensor(v), Tensor(keep).unsqueeze(1))
    ref = np.stack([reference(q[b], k[b], v[b], causal=False, mask=keep[b][None]) for b in range(2)])
    np.testing.assert_allclose(out.numpy(), ref, rtol=1e-4, atol=1e-5)


def test_decode_on_a_symbolic_cache_slice_compiles_once(device):
    """Decode: one query row per head against cache[:, :past + 1]; every past reuses the one kernel, whose key
    loop bound is symbolic (one to three GPU steps)."""
    past = Var("past", 0, 599)
    cache_k, cache_v = f32(4, 600, 32, seed=1), f32(4, 600, 32, seed=2)
    kt, vt = Tensor(cache_k, device=device).realize(), Tensor(cache_v, device=device).realize()
    q = f32(4, 1, 32)
    dev = minic.get_device(device)
    before = None
    for p in (0, 7, 255, 256, 300, 599):
        out = Tensor(q, device=device).scaled_dot_product_attention(kt[:, :past + 1].bind(past=p),
                                                                    vt[:, :past + 1].bind(past=p), causal=True)
        assert rules_of(out) == ["Attention"]
        np.testing.assert_allclose(out.numpy(), reference(q, cache_k[:, :p + 1], cache_v[:, :p + 1], True),
                                   rtol=1e-4, atol=1e-5)
        before = dev.compiles if before is None else before
    assert dev.compiles == before


def test_a_computed_query_is_realized_once_not_per_key(device):
    """A query computed on the way (a rotation, a scale: LLaMA's RoPE) would sit in the scores' loop over d, which
    runs once per key: it is cut out as its own kernel (QUERY_CUT), and a query read as stored is not."""
    from minic.sched.rules.attention import QUERY_CUT
    past = Var("past", 0, 40)
    cache_k, cache_v, q, turn = f32(2, 41, 16, seed=3), f32(2, 41, 16, seed=4), f32(6, 1, 16), f32(6, 1, 16, seed=5)
    kt, vt = (Tensor(c, device=device).realize() for c in (cache_k, cache_v))
    keys, values = (c[:, :past + 1].bind(past=9) for c in (kt, vt))
    computed = (Tensor(q, device=device) * Tensor(turn, device=device)).reshape(2, 3, 1, 16)
    out = computed.scaled_dot_product_attention(keys.unsqueeze(1), values.unsqueeze(1), causal=True)
    kernels = out.schedule()
    assert [k.rule for k in kernels] == ["Elementwise", "Attention"] and kernels[0].why == QUERY_CUT
    want = reference((q * turn), cache_k[:, :10], cache_v[:, :10], True)
    np.testing.assert_allclose(out.numpy().reshape(6, 1, 16), want, rtol=1e-4, atol=1e-5)
    stored = Tensor(q, device=device).realize().reshape(2, 3, 1, 16)
    assert rules_of(stored.scaled_dot_product_attention(keys.unsqueeze(1), values.unsqueeze(1), causal=True)) == \
        ["Attention"]


def test_float16_attention(device):
    needs(device, "float16")
    q, k, v = f32(4, 3, 64), f32(4, 20, 64, seed=1), f32(4, 20, 64, seed=2)
    half = [Tensor(a, dtype=minic.float16, device=device) for a in (q, k, v)]
    out = half[0].scaled_dot_product_attention(half[1], half[2], causal=True)
    assert rules_of(out) == ["Attention"]
    ref = reference(*(a.astype(np.float16) for a in (q, k, v)), causal=True)
    np.testing.assert_allclose(out.numpy().astype(np.float32), ref, rtol=1e-2, atol=2e-3)


def test_requested_probabilities_keep_the_softmax_kernel():
    """A model that also returns the attention weights needs them in memory: no online softmax then."""
    q, k, v = f32(2, 3, 8), f32(2, 5, 8, seed=1), f32(2, 5, 8, seed=2)
    scores = Tensor(q) @ Tensor(k).transpose(1, 2) / math.sqrt(8)
    probs = scores.softmax(-1)
    out = probs @ Tensor(v)
    both = engine.schedule([out.node, probs.node], {}, "LLVM")
    assert "softmax" in [k.name for k in both] and "Attention" not in [k.rule for k in both]
    assert np.allclose(probs.numpy().sum(-1), 1.0, atol=1e-5)  # realized: out now reads the stored probabilities
    np.testing.assert_allclose(out.numpy(), reference(q, k, v, causal=False), rtol=1e-4, atol=1e-5)


def test_explain_shows_the_rule_and_why_other_kernels_decline():
    q, k, v = f32(2, 1, 16), f32(2, 9, 16, seed=1), f32(2, 9, 16, seed=2)
    out = Tensor(q).scaled_dot_product_attention(Tensor(k), Tensor(v), causal=True)
    text = minic.explain(out, file=io.StringIO())
    assert "rule: Attention" in text and "online softmax" in text and "cut: requested output" in text
    # log_softmax is not a softmax: the rule says what it found instead
    log_probs = (Tensor(q) @ Tensor(k).transpose(1, 2)).log_softmax(-1) @ Tensor(v)
    text = minic.explain(log_probs, file=io.StringIO())
    assert "Attention" not in rules_of(log_probs)
    assert "declined Attention: no softmax(scores) @ values: no operand of the product is a softmax" in text


def test_disabled_rule_gives_the_unfused_kernels():
    q, k, v = f32(2, 4, 16), f32(2, 9, 16, seed=1), f32(2, 9, 16, seed=2)
    minic.rules.disable("Attention")
    try:
        out = Tensor(q).scaled_dot_product_attention(Tensor(k), Tensor(v), causal=True)
        assert len(out.schedule()) == 3 and "Attention" not in rules_of(out)
        np.testing.assert_allclose(out.numpy(), reference(q, k, v, causal=True), rtol=1e-4, atol=1e-5)
    finally:
        minic.rules.enable("Attention")


@pytest.mark.parametrize("warp", [32, 1])
def test_cuda_sources_compile(warp):
    """Decode with a cache slice, GQA and a head dim lanes do not divide, with and without warp shuffles."""
    past = Var("past", 0, 599)
    target = tune(cuda_target().with_(warp=warp), AttentionSettings, **GPU_ON)
    kc, vc = Tensor(f32(2, 600, 80)).realize(), Tensor(f32(2, 600, 80, seed=1)).realize()
    decode = grouped_attention(Tensor(f32(6, 1, 80)), kc[:, :past + 1].bind(past=5), vc[:, :past + 1].bind(past=5))
    half = Tensor(f32(4, 2, 64), dtype=minic.float16)
    prefill = half.scaled_dot_product_attention(Tensor(f32(4, 9, 64), dtype=minic.float16),
                                                Tensor(f32(4, 9, 64, seed=1), dtype=minic.float16), causal=True)
    for t in (decode, prefill):
        compile_all_cuda(t, target, "Attention")


@pytest.fixture(scope="module")
def gpt2_params():
    from models.gpt2 import GPT2Config
    from tests.gpt2_numpy import random_params
    cfg = GPT2Config(n_layer=2, n_head=4, n_embd=32, vocab_size=64, n_positions=32)
    return cfg, random_params(cfg)


def test_gpt2_attention_equals_the_unfused_kernels(gpt2_params):
    """A GPT-2 decode step and a prefill: each layer's attention is one kernel (a row at a time at decode, panels
    of rows at prefill), and its output equals the unfused graph's product (scores, softmax, product kernels),
    intermediate by intermediate."""
    from minic.intermediates import kernels
    from models.gpt2 import GPT2
    cfg, params = gpt2_params

    def model_kernels():
        model = GPT2(cfg, params)
        prefill = kernels(model.prefill, [3, 14, 15, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6, 2])
        return kernels(model.decode, 7, 20), prefill

    fused = model_kernels()
    minic.rules.disable("Attention")
    try:
        unfused = model_kernels()
    finally:
        minic.rules.enable("Attention")
    for with_rule, without in zip(fused, unfused):
        names = [c.name for c in with_rule.kernels]
        assert "h.0.attn.attention" in names and not any("softmax" in n for n in names), names
        assert len(without.kernels) - len(with_rule.kernels) == 2 * cfg.n_layer  # three kernels became one a layer
        unfused_names = [c.name for c in without.kernels]
        product = unfused_names[unfused_names.index("h.0.attn.softmax") + 1]  # the kernel reading the softmax
        for i in range(cfg.n_layer):
            np.testing.assert_allclose(with_rule.kernel(f"h.{i}.attn.attention").value,
                                       without.kernel(product.replace("h.0.", f"h.{i}.")).value, rtol=1e-4, atol=1e-5)


def test_gpus_without_device_scratch_keep_attention_unfused_unless_tuned():
    """One group per row measured slower than the three kernels on the H200 (bench/README.md): a GPU that cannot
    split the keys (no device scratch) keeps them unless tuned on; one that can splits them by default."""
    q, k, v = Tensor(f32(2, 1, 64)), Tensor(f32(2, 40, 64, seed=1)), Tensor(f32(2, 40, 64, seed=2))
    t = q.scaled_dot_product_attention(k, v, causal=True)
    plain = cuda_target().with_(device_scratch=False)
    for target, kernels in ((plain, 3), (tune(plain, AttentionSettings, **GPU_ON), 1), (cuda_target(), 1)):
        assert len(engine.kernel_graphs([t.node], t.var_vals, t.device, target)) == kernels


SPLIT_CASES = [(2, 2, 1, 1, 16, 3), (3, 3, 1, 9, 64, 4), (6, 2, 1, 33, 32, 5), (2, 1, 1, 300, 16, 7),
               (2, 2, 4, 16, 32, 3), (1, 1, 3, 513, 32, 2), (4, 4, 1, 5, 32, 8)]


@pytest.mark.parametrize("heads, kv, n, m, d, splits", SPLIT_CASES)
def test_split_keys_match_numpy(gpu_device, heads, kv, n, m, d, splits):
    """Keys split across groups (flash-decoding), the last group of a row combining the partials through device
    scratch: key counts below, at and past the split count (empty runs: m = 5 over 8 splits), runs past a step,
    GQA. Two calls in a row: the arrival counters must be back at zero after each."""
    dev = minic.get_device(gpu_device)
    if not dev.target.device_scratch:
        pytest.skip(f"{gpu_device} has no device scratch (program-scope arrays and atomics): keys are not split there")
    saved = dev.target
    dev.target = tune(dev.target, AttentionSettings, splits=splits)
    try:
        q, k, v = f32(heads, n, d), f32(kv, m, d, seed=1), f32(kv, m, d, seed=2)
        for _ in range(2):
            out = grouped_attention(Tensor(q, device=gpu_device), Tensor(k, device=gpu_device),
                                    Tensor(v, device=gpu_device))
            kernels = out.schedule()
            assert [x.rule for x in kernels] == ["Attention"] and kernels[0].loop.device_arrays
            np.testing.assert_allclose(out.numpy(), reference(q, k, v, causal=True), rtol=1e-4, atol=1e-5)
    finally:
        dev.target = saved


def test_split_decode_over_a_symbolic_cache_slice(gpu_device):
    """Decode against cache[:, :past + 1] with the split count fixed by the bound: one kernel for every past, runs
    of ceil((past + 1) / S) keys, empty ones while past + 1 < S."""
    dev = minic.get_device(gpu_device)
    if not dev.target.device_scratch:
        pytest.skip(f"{gpu_device} has no device scratch (program-scope arrays and atomics): keys are not split there")
    saved = dev.target
    dev.target = tune(dev.target, AttentionSettings, splits=6)
    try:
        past = Var("past", 0, 599)
        cache_k, cache_v = f32(4, 600, 32, seed=1), f32(4, 600, 32, seed=2)
        kt, vt = (Tensor(c, device=gpu_device).realize() for c in (cache_k, cache_v))
        q = f32(4, 1, 32)
        for p in (0, 4, 5, 6, 255, 599):
            out = Tensor(q, device=gpu_device).scaled_dot_product_attention(
                kt[:, :past + 1].bind(past=p), vt[:, :past + 1].bind(past=p), causal=True)
            np.testing.assert_allclose(out.numpy(), reference(q, cache_k[:, :p + 1], cache_v[:, :p + 1], True),
                                       rtol=1e-4, atol=1e-5)
    finally:
        dev.target = saved


def _windowed(device: str, q: np.ndarray, cache_k: np.ndarray, cache_v: np.ndarray, p: int, n: int) -> Tensor:
    """Gemma 2's attention of n queries ending at position p over cache[:, :p + 1] (symbolic): a sliding window of
    4 positions, scores soft-capped at 1.5, grouped query heads."""
    past = Var("past", 0, cache_k.shape[1] - 1)
    m = past + 1
    kt, vt = (Tensor(c, device=device).realize()[:, :m].bind(past=p) for c in (cache_k, cache_v))
    mask = within_window(Tensor.arange(m, device=device)[m - n:], m, 4)
    return grouped_attention(Tensor(q, device=device), kt, vt, mask, softcap=1.5)


@pytest.mark.parametrize("n", [1, 3])
def test_soft_capped_sliding_window_over_a_symbolic_cache_slice(device, n):
    """One kernel on every backend (split keys where GPUs have device scratch), equal to numpy at cache lengths
    inside the window, at it and past it."""
    cache_k, cache_v, q = f32(2, 40, 16, seed=1), f32(2, 40, 16, seed=2), f32(6, n, 16)
    for p in (n - 1, 3, 4, 17, 39):
        out = _windowed(device, q, cache_k, cache_v, p, n)
        if n == 1:
            assert rules_of(out) == ["Attention"]
            if not get_device(device).target.gpu:  # a decode row reads the window's blocks of keys, not all
                assert "a block the row may not see is skipped" in minic.explain(out, file=io.StringIO())
        i, j = np.arange(p + 1 - n, p + 1)[:, None], np.arange(p + 1)[None, :]
        want = reference(q, cache_k[:, :p + 1], cache_v[:, :p + 1], False, (j <= i) & (j > i - 4), softcap=1.5)
        np.testing.assert_allclose(out.numpy(), want, rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("warp", [32, 1])
def test_soft_capped_sliding_window_cuda_sources_compile(warp):
    """Gemma 2's decode attention (a window's mask, tanh soft cap, GQA) stays one split kernel on CUDA and compiles
    with NVRTC."""
    target = tune(cuda_target().with_(warp=warp, multiprocessors=132), AttentionSettings)
    compile_all_cuda(_windowed("LLVM", f32(6, 1, 16), f32(2, 40, 16), f32(2, 40, 16, seed=1), 20, 1), target,
                     "Attention")


def test_split_count_follows_the_device_and_the_shapes():
    """Enough groups for two per multiprocessor at the fewest rows, no run shorter than min_split_keys keys at the
    bound, and no split where the device has no scratch; explain says so."""
    from minic.sched.attention import find_attention
    from minic.sched.rules.attention import Attention, _splits
    past = Var("past", 0, 1023)
    kc = Tensor(f32(25, 1024, 64)).realize()
    t = Tensor(f32(25, 1, 64)).scaled_dot_product_attention(kc[:, :past + 1].bind(past=9),
                                                            kc[:, :past + 1].bind(past=9), causal=True)
    kg = engine.kernel_graphs([t.node], t.var_vals, t.device, cuda_target())[0]
    match = find_attention(kg.root)
    assert _splits(match, cuda_target().with_(multiprocessors=132)) == 11  # ceil(264 / 25)
    assert _splits(match, cuda_target().with_(multiprocessors=1000)) == 64  # max_splits
    assert _splits(match, cuda_target().with_(multiprocessors=132, device_scratch=False)) == 1
    short = Tensor(f32(25, 1, 64)).scaled_dot_product_attention(Tensor(f32(25, 40, 64)), Tensor(f32(25, 40, 64)))
    kg_short = engine.kernel_graphs([short.node], {}, short.device, cuda_target())[0]
    assert _splits(find_attention(kg_short.root), cuda_target().with_(multiprocessors=132)) == 2  # 40 // 16
    text = Attention().describe(kg, cuda_target().with_(multiprocessors=132))
    assert "split 11 ways" in text and "last group" in text


@pytest.mark.parametrize("warp", [32, 1])
def test_split_cuda_sources_compile(warp):
    """The split schedule's CUDA (device arrays, atomicAdd, __threadfence, L2 loads) compiles with NVRTC, with
    and without warp shuffles, float32 and float16, GQA."""
    past = Var("past", 0, 599)
    target = tune(cuda_target().with_(warp=warp, multiprocessors=132), AttentionSettings)
    kc, vc = Tensor(f32(2, 600, 80)).realize(), Tensor(f32(2, 600, 80, seed=1)).realize()
    decode = grouped_attention(Tensor(f32(6, 1, 80)), kc[:, :past + 1].bind(past=5), vc[:, :past + 1].bind(past=5))
    half = Tensor(f32(4, 1, 64), dtype=minic.float16)
    hk = Tensor(f32(4, 300, 64), dtype=minic.float16)
    single = half.scaled_dot_product_attention(hk, hk, causal=True)
    for t in (decode, single):
        ptx = compile_all_cuda(t, target, "Attention")
        assert "atom.global.add" in ptx[0] or "red.global.add" in ptx[0]

