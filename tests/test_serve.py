"""Serving: the paged KV cache and batched decode against GPT-2's own cache, histories, speculative decoding,
and `minic serve` through the official openai client against a real server process."""
from __future__ import annotations

import numpy as np
import pytest

from models.gpt2 import GPT2, GPT2Config
from models.paged import PagedGPT2, PoolFull, Sequence
from models.weights import random_params

CFG = GPT2Config(n_layer=2, n_head=2, n_embd=64, n_positions=128, vocab_size=500)


@pytest.fixture(scope="module")
def params():
    return random_params(CFG, 0)


@pytest.fixture(scope="module")
def dense(params):
    """The reference: GPT-2 with its own preallocated cache (tests/test_gpt2.py checks it against transformers)."""
    return GPT2(CFG, params)


@pytest.fixture(scope="module")
def paged(params):
    return PagedGPT2(GPT2(CFG, params), pages=24, page_size=4, max_batch=8)


def _reference(dense: GPT2, prompt: list, tokens: list) -> list:
    """Logits of the prompt's last token, then after each of `tokens`, from the dense cache."""
    out = [dense.prefill(prompt)]
    for j, t in enumerate(tokens):
        out.append(dense.decode(t, len(prompt) + j))
    return out


def _prompts(seed: int, lengths) -> list:
    rng = np.random.default_rng(seed)
    return [rng.integers(0, CFG.vocab_size, n).tolist() for n in lengths]


def test_batched_decode_matches_dense_cache(paged, dense):
    """Three sequences at different positions decode in one step; each matches its own dense run."""
    prompts = _prompts(1, (5, 9, 3))
    seqs = [Sequence() for _ in prompts]
    logits = [[paged.extend(s, p)] for s, p in zip(seqs, prompts)]
    fed: list = [[], [], []]
    for _ in range(6):  # crosses page boundaries (4 rows a page) at different steps for each sequence
        toks = [int(rows[-1].argmax()) for rows in logits]
        out = paged.decode(seqs, toks)
        for j in range(3):
            fed[j].append(toks[j])
            logits[j].append(out[j])
    for j, p in enumerate(prompts):
        np.testing.assert_allclose(np.array(logits[j]), np.array(_reference(dense, p, fed[j])), atol=1e-4, rtol=0)
        assert seqs[j].length == len(p) + 6
    for s in seqs:
        paged.free(s)
    assert paged.pool.used == 0


def test_decode_compiles_once_for_every_batch_size(paged):
    prompts = _prompts(2, (3, 4, 5, 6, 7, 2, 3, 4))
    seqs = [Sequence() for _ in prompts]
    for s, p in zip(seqs, prompts):
        paged.extend(s, p)
    for b in (2, 3):  # two batch sizes prove the batch Var is not baked into a kernel
        paged.decode(seqs[:b], [1] * b)
    records = paged.records
    for b in (1, 5, 8, 4):
        paged.decode(seqs[:b], [2] * b)
    assert paged.records == records
    for s in seqs:
        paged.free(s)


def test_pool_full_changes_nothing(paged):
    seq = Sequence()
    free = paged.pool.free
    with pytest.raises(PoolFull, match="pages wanted"):
        paged.reserve(seq, (free + 1) * paged.page_size)
    assert paged.pool.free == free and seq.pages == []


def test_fork_copies_shared_pages_on_write(paged, dense):
    """A fork shares the prefix's pages; each branch writes its own tokens into a private copy of the shared
    (half-filled) last page, and both continue exactly as their dense runs."""
    (prompt,) = _prompts(3, (6,))
    base = Sequence()
    paged.extend(base, prompt)
    branch = paged.fork(base)
    shared = list(base.pages)
    assert paged.pool.refs[shared].tolist() == [2, 2]
    paged.decode([base], [7])
    paged.decode([branch], [11])  # writes position 6 in its own copy, not over base's token 7
    assert base.pages[0] == branch.pages[0] and base.pages[1] != branch.pages[1]
    a, b = paged.decode([base, branch], [3, 3])
    np.testing.assert_allclose(a, _reference(dense, prompt, [7, 3])[-1], atol=1e-4, rtol=0)
    np.testing.assert_allclose(b, _reference(dense, prompt, [11, 3])[-1], atol=1e-4, rtol=0)
    for s in (base, branch):
        paged.free(s)
    assert paged.pool.used == 0
