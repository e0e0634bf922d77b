"""Token generation: sampling on host logits, the prefill/decode loop, streamed text.

Sampling runs in numpy on the logits the model copies back (one row of
vocab floats per step), seeded by a numpy Generator, so a seed reproduces a
run on every device.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

import numpy as np

from minic.debugging import first_nonfinite
from minic.errors import MinicError


@dataclass(frozen=True)
class Sampling:
    """temperature 0 is greedy; top_k 0 and top_p 1.0 switch those filters off."""
    temperature: float = 0.0
    top_k: int = 0
    top_p: float = 1.0
    seed: int | None = None

    def __post_init__(self):
        if not 0 <= self.temperature < float("inf"):  # NaN fails too
            raise MinicError(f"temperature must be a finite number >= 0, got {self.temperature}")
        if self.seed is not None and self.seed < 0:
            raise MinicError(f"seed must be a non-negative integer, got {self.seed}")
        if self.top_k < 0:
            raise MinicError(f"top_k must be >= 0, got {self.top_k}")
        if not 0.0 < self.top_p <= 1.0:
            raise MinicError(f"top_p must be in (0, 1], got {self.top_p}")


def sample(logits: np.ndarray, s: Sampling, rng: np.random.Generator) -> int:
    """One token id from a row of logits."""
    if s.temperature == 0.0:
        return int(np.argmax(np.asarray(logits).reshape(-1)))
    p = probabilities(logits, s)
    return int(rng.choice(p.size, p=p))


def probabilities(logits: np.ndarray, s: Sampling) -> np.ndarray:
    """The distribution `sample` draws from, as a vector (one-hot on the argmax when greedy): speculative
    decoding's acceptance rule compares the target's and the draft's (models/speculative.py)."""
    z = np.asarray(logits, dtype=np.float64).reshape(-1)
    if s.temperature == 0.0:
        return np.eye(1, z.size, int(np.argmax(z))).ravel()
    z = (z - z.max()) / s.temperature  # shifted first: a tiny temperature gives a one-hot, not inf - inf
    if s.top_k and s.top_k < z.size:
        kth = np.partition(z, -s.top_k)[-s.top_k]
        z = np.where(z >= kth, z, -np.inf)
    p = np.exp(z - z.max())
    p /= p.sum()
    if s.top_p < 1.0:
        order = np.argsort(-p, kind="stable")
        cum = np.cumsum(p[order])
        keep = order[:int(np.searchsorted(cum, s.top_p)) + 1]  # smallest prefix with mass >= top_p
        mask = np.zeros_like(p)
        mask[keep] = p[keep]
        p = mask / mask.sum()
    return p


@dataclass
class Stats:
    prompt_tokens: int = 0
    new_tokens: int = 0
    prefill_s: float = 0.0  # the timed prefill call; it includes compiling when prefill_compiled
    prefill_compiled: bool = False  # no prefill call replayed, so prefill_s is compile + run
    decode_s: float = 0.0
    compile_s: float = 0.0  # time of the calls that built or recorded kernels (first calls)
    stop: str = ""
    steps_s: list = field(default_factory=list)

    @property
    def prefill_tok_s(self) -> float:
        return self.prompt_tokens / self.prefill_s if self.prefill_s and not self.prefill_compiled else 0.0

    @property
    def decode_tok_s(self) -> float:
        return len(self.steps_s) / sum(self.steps_s) if self.steps_s else 0.0

    def summary(self) -> str:
        prefill = (f"its only prefill call compiled ({self.prefill_s * 1e3:.1f} ms): prefill speed not measured"
                   if self.prefill_compiled else
                   f"prefill {self.prefill_s * 1e3:.1f} ms ({self.prefill_tok_s:.1f} tok/s) once compiled")
        return (f"prompt {self.prompt_tokens} tokens: {prefill}; {self.new_tokens} new tokens: decode "
                f"{self.decode_tok_s:.1f} tok/s (steady state); compile/record (first calls) {self.compile_s:.2f} s; "
                f"stopped: {self.stop}")


def generate(model, prompt: list[int], max_new_tokens: int, sampling: Sampling = Sampling(),
             eos_id: int | None = None, on_token: Callable[[int], None] | None = None,
             time_prefill: bool = False, stop_ids: Collection[int] = ()) -> tuple[list[int], Stats]:
    """Prefill the prompt, then decode up to `max_new_tokens` ids (stopping at eos_id, any of `stop_ids` or a
    full context; an empty prompt starts from eos_id).

    The first calls of the model compile and record its kernels, so the one prefill of a run times compiling.
    `time_prefill` repeats the prefill (same ids at the same cache positions: the same values) until a call
    replays, and times that one: the prefill speed of a compiled model. Logits with NaN or Inf stop the run
    with a MinicError (sampling from them would pick garbage silently) naming the first kernel that wrote NaN/Inf:
    the call that made them runs again with every kernel's output checked (minic.debugging.first_nonfinite; it
    writes the same cache positions with the same values)."""
    prompt = [int(t) for t in prompt]
    if not prompt:
        if eos_id is None:
            raise MinicError("an empty prompt needs an end-of-text token to start from")
        prompt = [eos_id]  # GPT-2 was trained with <|endoftext|> between documents: a neutral start
    if len(prompt) > model.max_ctx:
        raise MinicError(f"the prompt has {len(prompt)} tokens; the context holds {model.max_ctx}")
    rng = np.random.default_rng(sampling.seed)
    stats = Stats(prompt_tokens=len(prompt))
    out: list[int] = []
    if max_new_tokens <= 0:
        stats.stop = "max tokens"
        return out, stats
    logits, stats.prefill_s, stats.prefill_compiled = _call(model, stats, model.prefill, prompt)
    again = (model.prefill, prompt)  # the call that made `logits`
    for _ in range(2 if time_prefill else 0):  # the jit records two calls, then replays (minic/jit.py)
        if not stats.prefill_compiled:
            break
        _, stats.prefill_s, stats.prefill_compiled = _call(model, stats, model.prefill, prompt)
    pos = len(prompt)
    while True:
        row = logits[-1] if logits.ndim == 2 else logits
        if not np.isfinite(row).all():
            first = first_nonfinite(*again) or "no kernel wrote NaN/Inf when the call ran again"
            raise MinicError(f"logits contain NaN/Inf at step {len(out)} "
                             f"({'the prefill' if not out else f'decoding position {pos - 1}'}): generation stopped; "
                             f"{first}")
        tok = sample(row, sampling, rng)
        out.append(tok)
        if on_token is not None:
            on_token(tok)
        if tok == eos_id or tok in stop_ids:
            stats.stop = "end of text"
            break
        if len(out) >= max_new_tokens:
            stats.stop = "max tokens"
            break
        if pos >= model.max_ctx:
            stats.stop = "context full"
            break
        logits, dt, compiled = _call(model, stats, model.decode, tok, pos)
        again = (model.decode, tok, pos)
        stats.decode_s += dt
        if not compiled:
            stats.steps_s.append(dt)
        pos += 1
    stats.new_tokens = len(out)
    return out, stats


def _call(model, stats: Stats, fn: Callable[..., np.ndarray], *args) -> tuple[np.ndarray, float, bool]:
    """fn(*args)'s logits, its seconds, and whether it compiled (recorded rather than replayed: `model.records`
    counts such calls); a compiling call's time goes to stats.compile_s."""
    records = model.records
    t0 = time.perf_counter()
    logits = fn(*args)
    dt = time.perf_counter() - t0
    compiled = model.records != records
    if compiled:
        stats.compile_s += dt
    return logits, dt, compiled


class TextStream:
    """Turns ids into printable text pieces, holding back bytes of an unfinished UTF-8 character."""

    def __init__(self, tokenizer, write: Callable[[str], None]):
        self.tok, self.write = tokenizer, write
        self.pending = b""

    def __call__(self, token: int) -> None:
        self.pending += self.tok.decode_bytes([token])
        text, self.pending = _split_utf8(self.pending)
        if text:
            self.write(text)

    def flush(self) -> None:
        if self.pending:
            self.write(self.pending.decode("utf-8", errors="replace"))
            self.pending = b""


def _split_utf8(data: bytes) -> tuple[str, bytes]:
    """(decoded text, trailing bytes of a character whose remaining bytes have not arrived yet)."""
    i = len(data) - 1
    while i > 0 and len(data) - i < 4 and data[i] & 0xC0 == 0x80:  # continuation bytes
        i -= 1
    if i >= 0 and data:
        lead = data[i]
        need = 2 if lead >> 5 == 0b110 else 3 if lead >> 4 == 0b1110 else 4 if lead >> 3 == 0b11110 else 1
        if len(data) - i < need:
            return data[:i].decode("utf-8", errors="replace"), data[i:]
    return data.decode("utf-8", errors="replace"), b""
