"""Perplexity over a token sequence with a sliding window (the recipe of transformers' perplexity guide).

Windows of `window` tokens start every `stride` tokens; each window is one prefill from position 0 (the KV
cache is overwritten), and scores only the tokens no earlier window scored, so each token is predicted
once, with up to window - stride tokens of context before it. The first token of the text has no context
and is never scored. perplexity = exp(mean negative log-likelihood of the scored tokens).
"""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from minic.errors import MinicError


@dataclass(frozen=True)
class Perplexity:
    nll: float  # summed negative log-likelihood (nats)
    tokens: int  # tokens scored
    windows: int

    @property
    def value(self) -> float:
        return math.exp(self.nll / self.tokens)


def windows(n_tokens: int, window: int, stride: int) -> list[tuple[int, int, int]]:
    """(begin, end, first scored position) of each window over n_tokens tokens."""
    if window < 2 or not 1 <= stride <= window:
        raise MinicError(f"the window must hold at least 2 tokens and the stride be in 1..window, got window "
                         f"{window}, stride {stride}")
    if n_tokens < 2:
        raise MinicError(f"perplexity needs at least 2 tokens of text, got {n_tokens}")
    out, prev_end = [], 0
    for begin in range(0, n_tokens, stride):
        end = min(begin + window, n_tokens)
        out.append((begin, end, max(prev_end, begin + 1)))
        prev_end = end
        if end == n_tokens:
            break
    return out


def perplexity(logits_of: Callable[[list[int]], np.ndarray], ids: list[int], window: int, stride: int,
               on_window: Callable[[int, int], None] | None = None) -> Perplexity:
    """`logits_of(window_ids)` gives [len, vocab] logits of a fresh sequence (e.g. a model's prefill at 0)."""
    nll, count = 0.0, 0
    spans = windows(len(ids), window, stride)
    for k, (begin, end, first) in enumerate(spans):
        logits = np.asarray(logits_of(ids[begin:end]), dtype=np.float64)
        rows = logits[first - begin - 1:end - begin - 1]  # row j predicts token begin + j + 1
        targets = np.asarray(ids[first:end])
        peak = rows.max(axis=1, keepdims=True)
        logz = np.log(np.exp(rows - peak).sum(axis=1)) + peak[:, 0]
        nll += float((logz - rows[np.arange(len(targets)), targets]).sum())
        count += len(targets)
        if on_window is not None:
            on_window(k + 1, len(spans))
    return Perplexity(nll, count, len(spans))
