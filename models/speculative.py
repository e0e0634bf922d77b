"""Speculative decoding over the paged cache: a draft proposes k tokens, the target checks them in one pass.

Each round the target runs `extend` on its last token plus the k proposals (k + 1 rows of logits at once,
models/paged.py), keeps the longest accepted prefix, adds one token of its own (the correction, or a bonus
token when all k were accepted) and rolls back the rejected positions by shortening its sequence: rows past
a sequence's length are never read and are overwritten by the next write, so a rollback moves no data.

Drafts:
  * `ModelDraft`: a smaller model with the same tokenizer, on its own paged cache, rolled back the same way.
  * `PromptLookup`: no model; proposes the tokens that followed the most recent earlier occurrence of the
    last n tokens (n-gram prompt lookup), which pays off on repetitive text (code, quotes, lists).

Acceptance (`accept`): greedy keeps a proposal while it is the target's argmax, so the ids are those of plain
greedy decoding. Sampling uses the standard rule: keep proposal x with probability min(1, p(x) / q(x)) and on
the first rejection draw from max(0, p - q) renormalized; every emitted token is then distributed as the
target's own sampling would draw it (p and q are the target's and draft's distributions after temperature and
top-p; a deterministic draft has q one-hot).
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field

import numpy as np

from minic.errors import MinicError
from models.generate import Sampling, probabilities, sample
from models.paged import PagedLM, Sequence


def accept(target: np.ndarray, drafts: list[int], q: np.ndarray | None, s: Sampling,
           rng: np.random.Generator) -> list[int]:
    """The tokens a round emits: the accepted prefix of `drafts`, then one token from the target.

    target: [k + 1, vocab] target logits (row i follows drafts[:i]); q: [k, vocab] draft distributions, or None
    for a deterministic draft (one-hot)."""
    out = []
    for i, d in enumerate(drafts):
        if s.temperature == 0.0:
            if int(np.argmax(target[i])) != d:
                break
            out.append(d)
            continue
        p = probabilities(target[i], s)
        qi = np.eye(1, p.size, d).ravel() if q is None else q[i]
        if rng.random() < min(1.0, p[d] / qi[d]):
            out.append(d)
            continue
        residual = np.maximum(p - qi, 0.0)
        out.append(int(rng.choice(p.size, p=residual / residual.sum())))
        return out
    out.append(sample(target[len(out)], s, rng))
    return out


class PromptLookup:
    """Drafts by n-gram lookup in the ids so far: what followed the latest earlier occurrence of the final n ids
    that is followed by k ids (else the occurrence followed by the most: on a repeating text the latest one is
    often just before the end, with a single id after it)."""

    def __init__(self, n: int = 3):
        self.n = n

    def propose(self, ids: list[int], k: int, s: Sampling, rng) -> tuple[list[int], None]:
        for n in range(min(self.n, len(ids) - 1), 0, -1):
            tail, best = ids[-n:], []
            for start in range(len(ids) - n - 1, -1, -1):
                if ids[start:start + n] == tail:
                    follows = ids[start + n:start + n + k]
                    if len(follows) == k:
                        return follows, None
                    best = max(best, follows, key=len)
            if best:
                return best, None
        return [], None

    def rollback(self, length: int) -> None:
        """Nothing to roll back: the lookup keeps no state."""


class ModelDraft:
    """A smaller model with the same tokenizer proposes k tokens (k - 1 decode steps after feeding what is new)."""

    def __init__(self, engine: PagedLM):
        self.engine, self.seq = engine, Sequence()

    def start(self, tokens: int) -> None:
        self.engine.free(self.seq)
        self.engine.reserve(self.seq, tokens)

    def propose(self, ids: list[int], k: int, s: Sampling, rng) -> tuple[list[int], np.ndarray]:
        logits = self.engine.extend(self.seq, ids[self.seq.length:])
        drafts, q = [], []
        for _ in range(k):
            q.append(probabilities(logits, s))  # the distribution `sample` draws from: the acceptance rule's q
            drafts.append(sample(logits, s, rng))
            if len(drafts) < k:
                logits = self.engine.decode([self.seq], [drafts[-1]])[0]
        return drafts, np.array(q)

    def rollback(self, length: int) -> None:
        self.seq.length = min(self.seq.length, length)

    def close(self) -> None:
        self.engine.free(self.seq)


@dataclass
class SpecStats:
    rounds: int = 0
    proposed: int = 0
    accepted: int = 0
    new_tokens: int = 0
    seconds: float = 0.0
    per_round: list = field(default_factory=list)

    @property
    def acceptance(self) -> float:
        return self.accepted / self.proposed if self.proposed else 0.0

    @property
    def tok_s(self) -> float:
        return self.new_tokens / self.seconds if self.seconds else 0.0


def generate(target: PagedLM, draft, prompt: list[int], max_new_tokens: int, k: int = 4,
             sampling: Sampling | None = None, eos_id: int | None = None) -> tuple[list[int], SpecStats]:
    """Up to max_new_tokens ids after `prompt`, k drafted tokens verified per target pass (greedy by default)."""
    sampling = sampling or Sampling()
    if k < 1:
        raise MinicError(f"k (tokens drafted per round) must be >= 1, got {k}")
    if max_new_tokens < 0:
        raise MinicError(f"max_new_tokens must be >= 0, got {max_new_tokens}")
    if max_new_tokens == 0:
        return [], SpecStats()
    # a round drafts at most the tokens still wanted, so the last position written is the last new token's
    budget = len(prompt) + max_new_tokens
    if budget > target.max_ctx:
        raise MinicError(f"the prompt ({len(prompt)}) plus {max_new_tokens} new tokens do not fit the context of "
                         f"{target.max_ctx} tokens")
    rng, stats, seq = np.random.default_rng(sampling.seed), SpecStats(), Sequence()
    t0 = time.perf_counter()
    target.reserve(seq, budget)
    if isinstance(draft, ModelDraft):
        draft.start(budget)
    try:
        # invariant: the target's cache holds every id but the newest, which the next pass feeds first
        out = accept(target.extend(seq, prompt)[None], [], None, sampling, rng)
        ids = list(prompt) + out
        while len(out) < max_new_tokens and (eos_id is None or out[-1] != eos_id):
            drafts, q = draft.propose(ids, min(k, max_new_tokens - len(out)), sampling, rng)
            logits = target.extend(seq, [ids[-1]] + drafts, all_logits=True)
            emitted = accept(logits, drafts, q, sampling, rng)
            seq.length = len(ids) + len(emitted) - 1  # drop the rejected drafts' positions
            draft.rollback(seq.length)
            stats.rounds += 1
            stats.proposed += len(drafts)
            stats.accepted += len(emitted) - 1
            stats.per_round.append(len(emitted))
            for t in emitted:
                if len(out) < max_new_tokens and (eos_id is None or out[-1] != eos_id):
                    out.append(t)
            ids = list(prompt) + out
    finally:
        target.free(seq)
        if isinstance(draft, ModelDraft):
            draft.close()
    stats.new_tokens, stats.seconds = len(out), time.perf_counter() - t0
    return out, stats
