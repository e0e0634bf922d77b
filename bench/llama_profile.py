"""Where a CPU decode token of SmolLM2 Q4_1 goes: tok/s over single tokens, then minic.profile's table.

    PYTHONPATH=. python bench/llama_profile.py [--device LLVM] [--tokens 120]
    PYTHONPATH=. python bench/llama_profile.py --paged      # the paged cache's prefill (minic serve's), tok/s
    PYTHONPATH=. python bench/llama_profile.py --in-replay  # CPU: each kernel's time inside the native replay
    PYTHONPATH=. python bench/llama_profile.py --in-replay --weights FILE.gguf   # another model (bench/random_gguf.py)

Prefills 128 tokens, decodes 10 untimed, then times `--tokens` decode calls one by one and prints their median
and best-decile rate (on a shared machine the best decile moves least with the neighbours' load), then profiles
5 more tokens kernel by kernel (each launch timed alone, so the table's total is above a replayed token's time)
and prints kernel launches per token. With --in-replay (a native CPU replay) the table is instead each kernel's
time as the decode steps' one native call ran it (NativeReplay.launch_seconds: caches, the worker team's
posts and joins and the previous kernel's leftovers as a token has them), summed over the layers. With
--paged it times instead models/paged.py's PagedLM.extend of a 128-token prompt (best of 3 warm calls). For
A/Bs, run it alternately in two trees.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

import minic  # noqa: E402
from models.default_model import default_weights  # noqa: E402
from models.families import load_checkpoint  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--weights", default=None, help="a GGUF file (default: SmolLM2's)")
    ap.add_argument("--tokens", type=int, default=120)
    ap.add_argument("--paged", action="store_true", help="time the paged cache's prefill instead")
    ap.add_argument("--in-replay", action="store_true", help="per-kernel times inside the native replay")
    args = ap.parse_args()
    m = load_checkpoint(args.weights or str(default_weights()), args.device).build(max_ctx=160 + 2 * args.tokens)
    if args.paged:
        paged_prefill(m)
        return
    tok = int(m.prefill([(t * 37) % 40000 + 10 for t in range(128)]).argmax())
    pos = 128
    for _ in range(10):
        tok, pos = int(m.decode(tok, pos).argmax()), pos + 1
    times = []
    for _ in range(args.tokens):
        t0 = time.perf_counter()
        tok, pos = int(m.decode(tok, pos).argmax()), pos + 1
        times.append(time.perf_counter() - t0)
    print(f"decode: median {1 / np.median(times):.1f} tok/s, best decile {1 / np.percentile(times, 10):.1f} tok/s")
    if args.in_replay:
        in_replay(m, tok, pos, args.tokens)
        return
    with minic.profile() as prof:
        for _ in range(5):
            tok, pos = int(m.decode(tok, pos).argmax()), pos + 1
    print(prof)
    print(f"kernel launches per token: {len(prof.launches) / 5:.0f}")


def in_replay(model, tok: int, pos: int, tokens: int) -> None:
    """Each kernel's share of a decode step inside its native replay (medians over `tokens` steps), the layers'
    launches of one kernel summed (layers.*.mlp.sum_op)."""
    replay = model._decode.replayer()
    if not hasattr(replay, "time_launches"):
        raise SystemExit(f"--in-replay: {model.device}'s replay ({type(replay).__name__}) is not a native CPU one")
    replay.time_launches()
    per: dict = {}
    for _ in range(tokens):
        tok, pos = int(model.decode(tok, pos).argmax()), pos + 1
        step: dict = {}
        for name, seconds in replay.launch_seconds():
            key = re.sub(r"\.\d+\.", ".*.", name)
            count, total = step.get(key, (0, 0.0))
            step[key] = (count + 1, total + seconds)
        for key, (count, total) in step.items():
            per.setdefault(key, (count, []))[1].append(total)
    replay.time_launches(False)
    rows = sorted(((key, count, statistics.median(ts) * 1e6) for key, (count, ts) in per.items()),
                  key=lambda r: -r[2])
    total = sum(r[2] for r in rows)
    print("| kernel (in the replay) | launches/token | us/token | us/launch | share |\n|---|---|---|---|---|")
    for key, count, us in rows:
        print(f"| {key} | {count} | {us:.1f} | {us / count:.2f} | {us / total:.1%} |")
    print(f"| total | {sum(r[1] for r in rows)} | {total:.1f} | | |")


def paged_prefill(model) -> None:
    from models.paged import PagedLM, Sequence
    eng = PagedLM(model, pages=64, page_size=16, max_batch=4)
    ids = [(t * 37) % 40000 + 10 for t in range(128)]
    times = []
    for _ in range(4):
        seq = Sequence()
        t0 = time.perf_counter()
        eng.extend(seq, ids)
        times.append(time.perf_counter() - t0)
        eng.free(seq)
    print(f"paged prefill of 128 tokens: {128 / min(times[1:]):.1f} tok/s (best of 3 warm calls)")


if __name__ == "__main__":
    main()
