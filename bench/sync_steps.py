"""Synchronous decode, step by step: each greedy step's wall time (mean, median, the slow ones) and the host time
of its cuGraphLaunch, GPT-2 float16 on CUDA. bench/gpt2.py's `decode tok/s` is a mean over such steps; this says
whether a gap between it and the kernel time is every step or a few slow ones, and whether the graph launch is in it.

    python3 bench/sync_steps.py --size xl [--max-ctx 257] [--steps 128]
    MINIC_DISABLE_RULES=Attention python3 bench/sync_steps.py --size xl      # the same with attention unfused
"""
from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minic.runtime.registry import get_device  # noqa: E402
from models.gpt2 import GPT2, SIZES  # noqa: E402
from models.weights import random_params  # noqa: E402


def timed_graph_launches(dev) -> list:
    """Wrap the driver's cuGraphLaunch so that each call's host seconds are appended to the returned list."""
    real, spent = dev.cu.cuGraphLaunch, []

    def launch(*args):
        t0 = time.perf_counter()
        result = real(*args)
        spent.append(time.perf_counter() - t0)
        return result
    dev.cu.cuGraphLaunch = launch
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="xl", choices=list(SIZES))
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--steps", type=int, default=128)
    ap.add_argument("--max-ctx", type=int, default=0, help="the cache's positions (default: prompt + steps + 1, "
                                                             "as bench/gpt2.py sizes it)")
    args = ap.parse_args()
    dev = get_device("CUDA")
    launches = timed_graph_launches(dev)
    cfg = SIZES[args.size]
    model = GPT2(cfg, random_params(cfg, 0), device="CUDA", dtype="float16",
                 max_ctx=args.max_ctx or args.prompt + args.steps + 1)
    prompt = list(range(1, args.prompt + 1))
    model.prefill(prompt)
    model.decode_greedy(5, args.prompt)
    model.decode_greedy(5, args.prompt + 1)  # the second recording: at another position, so `past` is proven
    for _ in range(3):
        model.prefill(prompt)
        model.decode_greedy(5, args.prompt)
    dev.synchronize()
    gc.collect()  # what the recordings owe, as bench/gpt2.py does
    launches.clear()
    tok, steps = 5, []
    for pos in range(args.prompt, args.prompt + args.steps):
        t0 = time.perf_counter()
        tok = model.decode_greedy(tok, pos)
        steps.append(time.perf_counter() - t0)
    median = statistics.median(steps)
    slow = [(args.prompt + i, round(t * 1e3, 2)) for i, t in enumerate(steps) if t > 1.5 * median]
    print(f"GPT-2 {args.size}, {args.steps} synchronous steps from position {args.prompt}: mean "
          f"{statistics.mean(steps) * 1e3:.3f} ms, median {median * 1e3:.3f} ms; cuGraphLaunch median "
          f"{statistics.median(launches) * 1e3:.3f} ms, max {max(launches) * 1e3:.3f} ms over {len(launches)} calls")
    print(f"steps over 1.5x the median: {len(slow)} (position, ms): {slow[:20]}")


if __name__ == "__main__":
    main()
