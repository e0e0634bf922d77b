"""The paged KV cache on the LLaMA family (grouped-query attention: 6 query heads over 2 key/value heads) against
the model's own dense cache, which tests/test_llama.py checks against transformers; what a paged prefill
computes; and the models it refuses."""
from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from minic.errors import MinicError
from models.gpt2 import GPT2, SIZES
from models.llama import Llama, LlamaConfig, param_shapes
from models.paged import PagedLM, Sequence
from models.weights import random_params

# every switch the family's layers have that the paged path must share: biases (Qwen2), q/k head norms (Qwen3),
# a scaled embedding and GELU (Gemma)
CFG = LlamaConfig(n_layer=2, dim=96, n_head=6, n_kv_head=2, ffn_dim=160, vocab_size=300, n_positions=96,
                  rope_theta=500.0, qkv_bias=True, qk_norm=True, hidden_act="gelu_pytorch_tanh", embed_scale=3.0)


def llama_params(cfg: LlamaConfig, seed: int = 0) -> dict[str, np.ndarray]:
    """Random weights large enough that greedy decoding wanders over the vocabulary; norm gains near 1."""
    rng = np.random.default_rng(seed)
    return {k: (rng.standard_normal(s) * (0.3 if len(s) == 2 else 0.1) + (k.endswith("norm.weight"))
                ).astype(np.float32) for k, s in param_shapes(cfg).items()}


@pytest.fixture(scope="module")
def dense():
    return Llama(CFG, llama_params(CFG))


@pytest.fixture(scope="module")
def paged():
    return PagedLM(Llama(CFG, llama_params(CFG)), pages=20, page_size=4, max_batch=4)


def test_llama_batched_decode_matches_dense_cache(paged, dense):
    """Three sequences at different positions (crossing pages at different steps) decode in one step; each
    row matches the dense model fed the same ids, prefill and decode."""
    rng = np.random.default_rng(1)
    prompts = [rng.integers(0, CFG.vocab_size, n).tolist() for n in (5, 9, 2)]
    seqs, fed, _ = decode_like_dense(paged, dense, prompts, steps=5)
    assert len({tuple(f) for f in fed}) == 3  # different prompts, different ids: the comparison says something
    for s in seqs:
        paged.free(s)
    assert paged.pool.used == 0


def decode_like_dense(engine: PagedLM, dense: Llama, prompts: list, steps: int, alone_last: bool = False):
    """Prefill `prompts` into the paged engine, then `steps` batched greedy decode steps (the last one for the
    first sequence alone, with `alone_last`: its own batch-of-1 recording); every row must equal the dense model's
    fed the same ids. Returns (sequences, the ids fed to each, each one's rows)."""
    seqs = [Sequence() for _ in prompts]
    rows = [[engine.extend(s, p)] for s, p in zip(seqs, prompts)]
    fed: list = [[] for _ in prompts]
    for step in range(steps):
        live = seqs[:1] if alone_last and step == steps - 1 else seqs
        toks = [int(rows[j][-1].argmax()) for j in range(len(live))]
        for j, row in enumerate(engine.decode(live, toks)):
            fed[j].append(toks[j])
            rows[j].append(row)
    for j, p in enumerate(prompts):
        want = [dense.prefill(p)] + [dense.decode(t, len(p) + i) for i, t in enumerate(fed[j])]
        np.testing.assert_allclose(np.array(rows[j]), np.array(want), atol=2e-3, rtol=1e-4)
    return seqs, fed, rows


def test_sliding_layers_and_soft_caps_match_dense_cache():
    """Gemma 2/3's switches on the paged path: a layer attending within a window of 3 positions (its own RoPE base)
    next to a full one, sandwich norms, soft-capped scores and logits. Prompts and steps run past the window, in a
    batch and alone, and each row matches the dense model (tests/test_llama_families.py checks that against
    transformers)."""
    cfg = replace(CFG, qkv_bias=False, sliding_window=3, layer_types=("sliding_attention", "full_attention"),
                  sliding_rope_theta=50.0, sandwich_norms=True, attn_softcap=2.0, final_softcap=4.0)
    params = llama_params(cfg, seed=2)
    dense, engine = Llama(cfg, params), PagedLM(Llama(cfg, params), pages=20, page_size=4, max_batch=4)
    prompts = [[4, 8, 15, 16, 23, 42], [7, 1]]
    _, _, rows = decode_like_dense(engine, dense, prompts, steps=4, alone_last=True)
    unwindowed = Llama(replace(cfg, sliding_window=cfg.n_positions), params)  # a window the context never outgrows
    assert not np.allclose(unwindowed.prefill(prompts[0]), rows[0][0], atol=1e-3)  # the window changes the result


def test_prefill_runs_the_head_on_its_last_token_only(paged, dense):
    """extend's default returns the last token's logits, computed by a head over one row (its own recording);
    all_logits returns every row, each the dense model's."""
    paged.warm_up()  # records both kinds of extend
    prompt = [3, 14, 15, 92, 65, 35]
    a, b = Sequence(), Sequence()
    last = paged.extend(a, prompt)
    every = paged.extend(b, prompt, all_logits=True)
    assert last.shape == (CFG.vocab_size,) and every.shape == (len(prompt), CFG.vocab_size)
    np.testing.assert_allclose(every, dense.prefill(prompt, all_logits=True), atol=2e-3, rtol=1e-4)
    np.testing.assert_allclose(last, every[-1], atol=1e-5, rtol=1e-5)
    outputs = {key: st.plan.recording.slots[st.plan.recording.out_slots[0]][1]
               for key, st in paged._extend.states.items() if st.plan is not None}
    assert sorted(str(size) for size in outputs.values()) == [str(CFG.vocab_size),
                                                               str(CFG.vocab_size * paged.new)]
    for s in (a, b):
        paged.free(s)


def test_after_warm_up_requests_replay():
    """warm_up varies every Var of both steps, so a first request with more pages, another length and another
    batch size replays instead of recording again."""
    engine = PagedLM(Llama(CFG, llama_params(CFG)), pages=20, page_size=4, max_batch=4)
    engine.warm_up()
    records = engine.records
    a, b = Sequence(), Sequence()
    engine.extend(a, list(range(1, 19)))  # 5 pages
    engine.extend(b, [7, 8, 9])
    engine.decode([a, b], [1, 2])
    engine.decode([b], [3])
    assert engine.records == records
    for s in (a, b):
        engine.free(s)


def test_warm_up_fits_a_short_context():
    """warm_up's longest sequence takes a decode step in each batch bucket too: with a context of 36 positions and
    buckets up to 64 sequences it must still fit (it ran one position past the context and raised)."""
    cfg = replace(SIZES["small"], n_layer=2, n_head=2, n_embd=32, vocab_size=97, n_positions=64)
    eng = PagedLM(GPT2(cfg, random_params(cfg, 0), max_ctx=36), pages=200, page_size=16, max_batch=64)
    assert len(eng.batches) == 3  # 2-4, 5-16, 17-64
    free = eng.pool.free
    eng.warm_up()
    assert eng.pool.free == free  # every warm-up sequence gave its pages back


def test_a_forked_prefix_continues_as_the_prompt_alone(paged, dense):
    """fork_prefix shares a prompt's pages after the first sequence went on past it (the n answers of one request):
    the fork continues from the prompt; the half-filled page is copied when it forks (its first write lands there)."""
    prompt = [9, 8, 7, 6, 5, 4]  # a page and a half of 4
    first = Sequence()
    paged.extend(first, prompt)
    paged.decode([first], [11])
    paged.decode([first], [12])  # writes into the page the fork will share
    second = paged.fork_prefix(first, len(prompt))
    assert second.length == len(prompt) and second.pages[0] == first.pages[0] and second.pages[1] != first.pages[1]
    got = paged.decode([first, second], [13, 21])
    dense.prefill(prompt)
    np.testing.assert_allclose(got[1], dense.decode(21, len(prompt)), atol=2e-3, rtol=1e-4)
    dense.prefill(prompt + [11, 12])
    np.testing.assert_allclose(got[0], dense.decode(13, len(prompt) + 2), atol=2e-3, rtol=1e-4)
    for s in (first, second):
        paged.free(s)


def test_offload_and_bring_back_gqa_rows(paged, dense):
    """Offloaded keys and values are [layers, 2, length, kv_heads * head_dim]; brought back, decoding continues
    as the dense model does."""
    prompt = [5, 6, 7, 8, 9, 10, 11]
    seq = Sequence()
    paged.extend(seq, prompt)
    host = paged.offload(seq)
    assert host.shape == (CFG.n_layer, 2, len(prompt), CFG.n_kv_head * CFG.head_dim)
    back = paged.bring_back(host)
    dense.prefill(prompt)
    np.testing.assert_allclose(paged.decode([back], [12])[0], dense.decode(12, len(prompt)), atol=2e-3, rtol=1e-4)
    paged.free(back)


def test_refuses_what_it_cannot_run():
    with pytest.raises(MinicError, match="runs GPT2 and Llama models .* got a str"):
        PagedLM("a model")
    from types import SimpleNamespace

    from minic.dist.megatron import TensorParallel
    model = Llama(CFG, llama_params(CFG))
    model.tp = TensorParallel(SimpleNamespace(rank=0, size=2))  # rank 0's view of a 2-rank split, no ranks needed
    with pytest.raises(MinicError, match="split over 2 ranks"):
        PagedLM(model)


def test_answers_sharing_a_prefill_fit_a_pool_admission_filled_exactly():
    """Two answers to one 5-token prompt share its prefill; the shared, half-full last prompt page is copied when
    the follower forks it (counted by admission), not in the middle of a decode step: with the pool filled
    exactly by admission, every job finishes and the batcher keeps running (it died with PoolFull before)."""
    import threading

    from minic.serve.batcher import Batcher, Job
    from models.generate import Sampling
    from models.gpt2 import GPT2, GPT2Config
    from models.weights import random_params
    cfg = GPT2Config(n_layer=1, n_head=2, n_embd=32, n_positions=64, vocab_size=100)
    eng = PagedLM(GPT2(cfg, random_params(cfg, 0)), pages=9, page_size=4, max_batch=4)  # 8 usable pages
    batcher = Batcher(eng)
    ends, done = [], threading.Event()

    def job(prompt: list, max_tokens: int, choice: int) -> Job:
        def finish(reason: str) -> None:
            ends.append((choice, reason))
            if len(ends) == 3:
                done.set()
        return Job(prompt, max_tokens, Sampling(temperature=0), emit=lambda t: None, finish=finish, choice=choice)
    lead, follow, other = job([1, 2, 3, 4, 5], 11, 0), job([1, 2, 3, 4, 5], 11, 1), job([7, 8, 9], 5, 2)
    follow.leader = lead  # 16 positions each: the leader takes 4 pages, the follower shares 2 and needs 2 more
    batcher.start()
    with batcher._wake:  # a burst: all three are queued before the batcher's next admission
        for j in (lead, follow, other):
            batcher.submit(j)
    try:
        assert done.wait(120), ends
        assert batcher.error is None and sorted(ends) == [(0, "length"), (1, "length"), (2, "length")]
        assert follow.out == lead.out  # greedy: the same answer twice
    finally:
        batcher.stop(30)


def test_batch_buckets():
    from models.paged import batch_buckets
    assert batch_buckets(1) == []
    assert batch_buckets(3) == [(2, 3)]
    assert batch_buckets(64) == [(2, 4), (5, 16), (17, 64)]
    assert batch_buckets(100) == [(2, 4), (5, 16), (17, 64), (65, 100)]


def test_a_step_runs_the_kernels_of_its_bucket_whatever_max_batch(gpu_device):
    """A step of 6 sequences in an engine batching up to 64 runs the kernels an engine batching up to 16 runs:
    GPU kernels are made for the bound of the batch Var (16 here), and a step of 17 gets other ones (bound 64).
    On the H200 a step of 16 took 1.5x as long with kernels made for 64 (bench/README.md)."""
    cfg = replace(SIZES["small"], n_layer=1, n_head=2, n_embd=32, vocab_size=64)

    def sources(max_batch: int, batches: tuple) -> list:
        eng = PagedLM(GPT2(cfg, random_params(cfg, 0), device=gpu_device), pages=60, page_size=4,
                      max_batch=max_batch)
        seqs = [Sequence() for _ in range(max(batches))]
        for i, s in enumerate(seqs):
            eng.extend(s, [i + 1, i + 2])
        for b in batches:
            eng.decode(seqs[:b], [1] * b)
        (state,) = [st for st in eng._decode.states.values() if st.plan is not None]
        return [step.sk.source for step in state.plan.recording.steps]
    of_16 = sources(16, (6, 7))
    assert sources(64, (6, 7)) == of_16
    assert sources(64, (17, 18)) != of_16
