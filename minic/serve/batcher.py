"""Continuous batching: one thread runs the model; requests join after their prefill and leave when finished.

Between two decode steps the batcher
  1. drops cancelled jobs (a client that went away): their pages go back to the pool;
  2. admits waiting jobs in arrival order while the batch has room and the pool has the pages for the job's
     whole answer (prompt + max_tokens, reserved up front, so a running job can never run out of pages
     half-way: a job that does not fit waits, it is never truncated);
  3. prefills each admitted job and samples its first token (the n answers of one request share one prefill:
     the later ones fork the first one's prompt pages, copy on write, and sample from its prompt logits). A
     prompt longer than `prefill_chunk` tokens is prefilled a chunk per step, oldest first, so a long prompt
     holds the other answers' streams up for one chunk at a time, not for its whole prefill;
  4. runs ONE batched decode step for every job done prefilling (models/paged.py) and samples each one's next token
     with the job's own sampling settings and random generator (a seeded job draws the same numbers whatever
     else is in the batch; its logits may still differ in their last bits between batch sizes, whose steps are
     different kernels summing in another order, so a near tie can sample another token).
Tokens go back through each job's `emit` callback, called on the batcher thread.
"""
from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from minic.errors import MinicError
from models.generate import Sampling, sample
from models.paged import PagedLM, Sequence


class Unavailable(MinicError):
    """The batcher takes no more jobs: it is stopping, or the model failed (the server answers 503)."""


@dataclass
class Job:
    """One generation: prompt ids in, ids out through emit(token) and then finish(reason) exactly once."""
    prompt: list
    max_tokens: int
    sampling: Sampling
    emit: Callable[[int], None]
    finish: Callable[[str], None]
    stop_ids: frozenset = frozenset()  # ids that end the answer (finish_reason "stop")
    choice: int = 0  # which of a request's n answers: a seeded request's answers draw from different generators
    top_logprobs: int | None = None  # None: no log probabilities; k: each token's, and the k likeliest tokens'
    logprobs: list = field(default_factory=list)  # per emitted token (with top_logprobs): (logprob, [(id, lp)])
    leader: Job | None = None  # another answer to the same prompt, submitted first: its prefill is shared
    prompt_logits: Any = None  # a leader's prompt logits, kept for the answers that share its prefill
    seq: Sequence = field(default_factory=Sequence)
    filled: int | None = None  # prompt tokens prefilled so far, while its prefill is in chunks (None: done)
    out: list = field(default_factory=list)
    cancelled: bool = False
    rng: Any = None  # the job's numpy Generator, made from sampling.seed when it is admitted

    def cancel(self) -> None:
        """Stop at the next step boundary (thread-safe: a flag the batcher thread reads)."""
        self.cancelled = True


class Batcher:
    """Feeds a PagedLM from a queue of Jobs on its own thread (start / submit / stop)."""

    def __init__(self, engine: PagedLM, prefill_chunk: int = 256):
        self.engine, self.prefill_chunk = engine, prefill_chunk
        self.waiting: deque[Job] = deque()
        self.running: list[Job] = []
        self._wake = threading.Condition()
        self._stopping = False
        self._thread = threading.Thread(target=self._loop, name="minic-batcher", daemon=True)
        self.steps = 0  # batched decode steps run
        self.cancelled = 0  # jobs ended early because their client went away (or a stop string matched)
        self.prefills = 0  # prompts run through the model (answers sharing a prefill count once)
        self.error: BaseException | None = None

    def start(self) -> Batcher:
        self._thread.start()
        return self

    def check(self, job: Job) -> None:
        """Raise a MinicError when the job can never run: too long for the context or for the whole pool."""
        need = len(job.prompt) + job.max_tokens
        if not job.prompt:
            raise MinicError("the prompt is empty (no tokens)")
        if need > self.engine.max_ctx:
            raise MinicError(f"the prompt has {len(job.prompt)} tokens and max_tokens is {job.max_tokens}: "
                             f"{need} tokens do not fit the context of {self.engine.max_ctx} tokens (max_tokens "
                             f"can be at most {self.engine.max_ctx - len(job.prompt)} for this prompt)")
        pages = self.engine.pool.pages_for(need)
        if pages > self.engine.pool.pages - 1:
            raise MinicError(f"{need} tokens need {pages} KV pages; the pool has {self.engine.pool.pages - 1} "
                             f"(start the server with more --pages)")

    def most_tokens(self, prompt_tokens: int) -> int:
        """The longest answer a prompt of this length can get: the rest of the context, or of the page pool when
        that is smaller (a request without max_tokens gets this many, reserved up front)."""
        pool = self.engine.pool
        return min(self.engine.max_ctx, (pool.pages - 1) * pool.page_size) - prompt_tokens

    def submit(self, job: Job) -> None:
        self.check(job)
        with self._wake:
            if self._stopping:
                raise Unavailable("the server is shutting down")
            if self.error is not None or not self._thread.is_alive():
                raise Unavailable(f"the model failed while generating ({self.error!r}); restart the server")
            self.waiting.append(job)
            self._wake.notify()

    def stop(self, timeout: float | None = None) -> None:
        """Finish every admitted and waiting job, then end the thread."""
        with self._wake:
            self._stopping = True
            self._wake.notify()
        if self._thread.is_alive():
            self._thread.join(timeout)

    def stats(self) -> dict:
        pool = self.engine.pool
        return {"running": len(self.running), "waiting": len(self.waiting), "pages_used": pool.used,
                "pages_free": pool.free, "decode_steps": self.steps, "cancelled": self.cancelled,
                "prefills": self.prefills}

    # --- the batcher thread ---------------------------------------------------------------
    def _loop(self) -> None:
        try:
            while True:
                with self._wake:
                    while not (self.waiting or self.running or self._stopping):
                        self._wake.wait()
                    if self._stopping and not (self.waiting or self.running):
                        return
                self._admit()
                self._prefill_chunk()
                if self.running:
                    self._step()
        except Exception as e:  # a model error ends every job with it instead of hanging their clients
            self.error = e
            logging.getLogger("minic.serve").exception("the batcher stopped: the model failed")
            with self._wake:
                jobs, self.running, self.waiting = [*self.running, *self.waiting], [], deque()
            for job in jobs:
                job.finish("error")

    def _admit(self) -> None:
        pool = self.engine.pool
        while True:
            with self._wake:
                job = self.waiting[0] if self.waiting else None
                if job is None or len(self.running) >= self.engine.max_batch and not job.cancelled:
                    return
                if job.leader is not None and job.leader.filled is not None and not job.leader.cancelled:
                    return  # another answer to a prompt still in prefill: it waits to share it
                if not job.cancelled and pool.pages_for(len(job.prompt) + job.max_tokens) > pool.free:
                    return  # the head of the queue waits for pages; later jobs wait behind it (arrival order)
                self.waiting.popleft()
                if not job.cancelled:
                    self.running.append(job)  # counted as running (stats) from here on: it is taking pages
            if job.cancelled:
                self._end(job, "cancelled")
                continue
            seed = job.sampling.seed
            job.rng = np.random.default_rng(seed if seed is None or job.choice == 0 else [seed, job.choice])
            logits = self._shared_prefill(job)
            self.engine.reserve(job.seq, len(job.prompt) + job.max_tokens)
            if logits is None:
                if len(job.prompt) > self.prefill_chunk:
                    job.filled = 0  # _prefill_chunk takes it from here, a chunk a step
                    continue
                logits = self._prefilled(job, self.engine.extend(job.seq, job.prompt))
            if not self._take(job, logits):
                self.running.remove(job)

    def _prefilled(self, job: Job, logits: np.ndarray) -> np.ndarray:
        """A job's whole prompt is in its cache: its last logits, kept for the request's other answers."""
        self.prefills += 1
        job.filled = None
        if job.leader is None:
            job.prompt_logits = logits  # for the request's other answers, admitted right after
        return logits

    def _prefill_chunk(self) -> None:
        """One chunk of the oldest prompt still in prefill; its first token when that was the last chunk."""
        job = next((j for j in self.running if j.filled is not None), None)
        if job is None:
            return
        if job.cancelled:  # _step ends it
            return
        chunk = job.prompt[job.filled:job.filled + self.prefill_chunk]
        logits = self.engine.extend(job.seq, chunk)
        job.filled += len(chunk)
        if job.filled == len(job.prompt) and not self._take(job, self._prefilled(job, logits)):
            self.running.remove(job)

    def _shared_prefill(self, job: Job) -> np.ndarray | None:
        """The prompt logits of the job's leader, with the leader's prompt pages forked into the job's sequence;
        None when there is nothing to share (no leader, or it has ended and freed its pages)."""
        lead = job.leader
        if lead is None or lead.prompt_logits is None or lead.seq.length < len(job.prompt) or lead.cancelled:
            return None
        job.seq = self.engine.fork_prefix(lead.seq, len(job.prompt))
        return lead.prompt_logits

    def _step(self) -> None:
        live = []
        for job in self.running:
            if job.cancelled:
                self._end(job, "cancelled")
            else:
                live.append(job)
        self.running = live
        ready = [j for j in live if j.filled is None]  # the others are still in prefill
        if not ready:
            return
        logits = self.engine.decode([j.seq for j in ready], [j.out[-1] for j in ready])
        self.steps += 1
        done = {id(job) for job, row in zip(ready, logits) if not self._take(job, row)}
        self.running = [job for job in live if id(job) not in done]

    def _take(self, job: Job, logits: np.ndarray) -> bool:
        """Sample the job's next token from its logits and hand it out; False when the job is finished."""
        if not np.isfinite(logits).all():
            raise MinicError(f"logits contain NaN/Inf after {len(job.out)} generated tokens")
        tok = sample(logits, job.sampling, job.rng)
        job.out.append(tok)
        if job.top_logprobs is not None:  # appended before emit: the listener reads it when the token arrives
            job.logprobs.append(log_probabilities(logits, tok, job.top_logprobs))
        job.emit(tok)
        if tok in job.stop_ids:
            self._end(job, "stop")
            return False
        if len(job.out) >= job.max_tokens:
            self._end(job, "length")
            return False
        return True

    def _end(self, job: Job, reason: str) -> None:
        self.cancelled += reason == "cancelled"
        job.prompt_logits = None
        if job.seq.pages:
            self.engine.free(job.seq)
        job.finish(reason)


def log_probabilities(logits: np.ndarray, token: int, top: int) -> tuple[float, list[tuple[int, float]]]:
    """The model's log probability of `token` and the `top` likeliest tokens with theirs (highest first): of the
    model's own distribution (a softmax of its logits, before temperature or top-p), as OpenAI reports them."""
    z = np.asarray(logits, np.float64).reshape(-1)
    z = z - z.max()
    lp = z - np.log(np.exp(z).sum())
    best = np.argsort(-lp, kind="stable")[:top]
    return float(lp[token]), [(int(i), float(lp[i])) for i in best]
