"""Serving throughput: the continuous batcher at several concurrencies against sequential requests, batched decode
steps alone, and speculative decoding, on random GPT-2 weights.

    python bench/serve.py [--size small] [--device LLVM] [--dtype float32] [--levels 1,4,16,64] [--new 16]
                          [--prompt 16] [--decode-batches 1,16] [--spec] [--draft tiny|small|none] [--markdown]

Sections:
  concurrency   N requests (different random prompts of --prompt tokens, --new greedy tokens each) submitted at
                once to the Batcher (minic/serve/batcher.py, in process: no HTTP), generated tok/s = all new tokens
                / wall time from the first submit to the last token, prefills included. "sequential" runs the
                same kind of request one at a time (N = 1 each, back to back).
  decode        PagedLM.decode alone at each batch size B: B sequences at --prompt positions, B tokens per step,
                tok/s = B * steps / time (no prefill, no sampling): what batching buys per step. The last row
                is the same model decoding one sequence through its own dense cache (no pages), for scale.
  speculative   greedy generation of --new tokens: plain (batch-1 decode steps) vs prompt lookup on a repetitive
                prompt, and vs a draft model (--draft) when given; speedup, acceptance rate, target passes.
Every engine records its steps before timing (PagedLM.warm_up), so compile time is not in any number.
"""
from __future__ import annotations

import argparse
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from decode_kernels import tune_device  # noqa: E402

from minic.serve.batcher import Batcher, Job  # noqa: E402
from models import speculative  # noqa: E402
from models.generate import Sampling  # noqa: E402
from models.gpt2 import GPT2, SIZES  # noqa: E402
from models.paged import PagedLM, Sequence  # noqa: E402
from models.weights import random_params  # noqa: E402

TINY = replace(SIZES["small"], n_layer=2, n_head=2, n_embd=64)


def engine(cfg, args, max_batch: int, seed: int = 0) -> PagedLM:
    ctx = args.prompt + args.new + 16
    pages = max_batch * -(-ctx // args.page_size) + 2
    model = GPT2(cfg, random_params(cfg, seed), device=args.device, dtype=args.dtype, max_ctx=min(ctx, cfg.n_positions))
    eng = PagedLM(model, pages=pages, page_size=args.page_size, max_batch=max_batch)
    eng.warm_up()
    return eng


def prompts(n: int, length: int, vocab: int, seed: int) -> list:
    rng = np.random.default_rng(seed)
    return [rng.integers(0, vocab, length).tolist() for _ in range(n)]


def run_concurrent(batcher: Batcher, batch: list, new: int) -> tuple[float, int]:
    """(seconds, new tokens) for submitting every prompt at once and waiting for all."""
    done = threading.Semaphore(0)
    jobs = [Job(p, new, Sampling(), emit=lambda t: None, finish=lambda r: done.release()) for p in batch]
    t0 = time.perf_counter()
    for j in jobs:
        batcher.submit(j)
    for _ in jobs:
        if not done.acquire(timeout=3600):
            raise RuntimeError("a request did not finish within an hour")
    return time.perf_counter() - t0, sum(len(j.out) for j in jobs)


def concurrency(args, cfg, eng: PagedLM) -> list:
    levels = [int(x) for x in args.levels.split(",")]
    batcher = Batcher(eng).start()
    rows = []
    try:
        seq_n = min(4, max(levels))
        dt, toks = 0.0, 0
        for p in prompts(seq_n, args.prompt, cfg.vocab_size, 1):
            d, t = run_concurrent(batcher, [p], args.new)
            dt, toks = dt + d, toks + t
        sequential = toks / dt
        rows.append(("sequential", seq_n, sequential, 1.0))
        for n in levels:
            d, t = run_concurrent(batcher, prompts(n, args.prompt, cfg.vocab_size, n), args.new)
            rows.append((f"{n} concurrent", n, t / d, t / d / sequential))
    finally:
        batcher.stop()
    return rows


def decode_steps(args, cfg, eng: PagedLM) -> list:
    batches = [int(x) for x in args.decode_batches.split(",")]
    rows, base = [], None
    for b in batches:
        seqs = [Sequence() for _ in range(b)]
        for s, p in zip(seqs, prompts(b, args.prompt, cfg.vocab_size, 7)):
            eng.reserve(s, args.prompt + args.new + 1)
            eng.extend(s, p)
        toks = [0] * b
        eng.decode(seqs, toks)
        t0 = time.perf_counter()
        for _ in range(args.new - 1):
            eng.decode(seqs, toks)
        rate = b * (args.new - 1) / (time.perf_counter() - t0)
        base = base or rate
        rows.append((b, rate, rate / base))
        for s in seqs:
            eng.free(s)
    dense = dense_rate(args, cfg, eng.model)
    rows.append(("1, the model's dense cache", dense, dense / base))
    return rows


def dense_rate(args, cfg, model) -> float:
    """Decode tok/s of the same model through its own (dense, unpaged) KV cache, one sequence: what the paged
    step at B=1 is measured against."""
    model.prefill(prompts(1, args.prompt, cfg.vocab_size, 7)[0])
    for i in range(2):  # recorded
        model.decode_greedy(0, args.prompt + i)
    t0 = time.perf_counter()
    for i in range(2, args.new + 1):
        model.decode_greedy(0, args.prompt + i)
    return (args.new - 1) / (time.perf_counter() - t0)


def spec(args, cfg, eng: PagedLM) -> list:
    repetitive = (list(range(100, 108)) * 8)[:args.prompt]
    rows = []
    for name, prompt in (("random prompt", prompts(1, args.prompt, cfg.vocab_size, 3)[0]),
                         ("repetitive prompt", repetitive)):
        t0 = time.perf_counter()  # plain greedy: a prefill, then batch-1 decode steps
        seq = Sequence()
        eng.reserve(seq, len(prompt) + args.new)
        ids = [int(eng.extend(seq, prompt).argmax())]
        while len(ids) < args.new:
            ids.append(int(eng.decode([seq], [ids[-1]])[0].argmax()))
        plain_s = time.perf_counter() - t0
        eng.free(seq)
        drafts = [("prompt lookup (n=3, k=4)", speculative.PromptLookup(3), 4)]
        if args.draft != "none":
            dcfg = TINY if args.draft == "tiny" else SIZES[args.draft]
            drafts.append((f"draft {args.draft} (k=4)", speculative.ModelDraft(engine(dcfg, args, 2, seed=1)), 4))
        for label, draft, k in drafts:
            out, st = speculative.generate(eng, draft, prompt, args.new, k=k)
            same = "yes" if out == ids else "NO"
            rows.append((name, label, args.new / plain_s, st.tok_s, st.tok_s / (args.new / plain_s), st.acceptance,
                         st.rounds, same))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="small", choices=["tiny", *SIZES])
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--dtype", default="float32", choices=["float32", "float16"])
    ap.add_argument("--levels", default="1,4,16,64")
    ap.add_argument("--decode-batches", default="1,4,16,64")
    ap.add_argument("--prompt", type=int, default=16)
    ap.add_argument("--new", type=int, default=16)
    ap.add_argument("--page-size", type=int, default=16)
    ap.add_argument("--draft", default="none", choices=["none", "tiny", *SIZES])
    ap.add_argument("--sections", default="concurrency,decode,speculative")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="SETTINGS.FIELD=VALUE",
                    help="a rule setting of --device for this run, e.g. AttentionSettings.max_split_rows=0")
    args = ap.parse_args()
    for item in args.set:
        tune_device(item, args.device)
    cfg = TINY if args.size == "tiny" else SIZES[args.size]
    sections = args.sections.split(",")
    print(f"GPT-2 {args.size} (random weights), {args.device} {args.dtype}, prompt {args.prompt}, "
          f"{args.new} new tokens per request, page size {args.page_size}", flush=True)
    batches = [int(x) for x in f"{args.levels},{args.decode_batches}".split(",")]
    eng = engine(cfg, args, max(batches))  # one engine (and one set of weights) for every section
    if "concurrency" in sections:
        table(["requests", "n", "generated tok/s", "vs sequential"], concurrency(args, cfg, eng), args.markdown)
    if "decode" in sections:
        table(["decode batch B", "tok/s", "vs B=1"], decode_steps(args, cfg, eng), args.markdown)
    if "speculative" in sections:
        table(["prompt", "draft", "plain tok/s", "speculative tok/s", "speedup", "acceptance", "target passes",
               "same ids"], spec(args, cfg, eng), args.markdown)


def table(head: list, rows: list, markdown: bool) -> None:
    cells = [[f"{c:.2f}" if isinstance(c, float) else str(c) for c in r] for r in rows]
    if markdown:
        print("| " + " | ".join(head) + " |\n|" + "---|" * len(head))
        for r in cells:
            print("| " + " | ".join(r) + " |")
    else:
        w = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(head)]
        print("  ".join(h.ljust(x) for h, x in zip(head, w)))
        for r in cells:
            print("  ".join(c.ljust(x) for c, x in zip(r, w)))
    print(flush=True)


if __name__ == "__main__":
    main()
