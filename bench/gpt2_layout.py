"""What GPT-2's weight layout buys on a CPU: the model as it stores its Conv1D weights ([out, in], each output's
row contiguous along K) against the same weights stored [in, out] (the checkpoint's layout), in one process,
alternating rounds so that both see the same machine load.

    PYTHONPATH=. python bench/gpt2_layout.py --size small --rounds 6

Each round times a 128-token prefill and 64 greedy decode tokens (CausalLM.greedy_tokens: native chains) per
layout; the first round (compiling) is dropped; medians of the rest.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from minic import Tensor  # noqa: E402
from models.gpt2 import CONV1D, GPT2, SIZES  # noqa: E402
from models.weights import random_params  # noqa: E402


def in_out(model: GPT2, params: dict) -> GPT2:
    """`model` with its Conv1D weights replaced by [in, out] storage (before its first call, which traces them)."""
    for k, v in params.items():
        if k.endswith(CONV1D):
            model.w[k] = Tensor(np.asarray(v), dtype=model.dtype, device=model.device)
    return model


def one_round(model: GPT2, prompt: list[int], new: int) -> tuple[float, float]:
    """(prefill tok/s, decode tok/s)."""
    t = time.perf_counter()
    model.prefill(prompt)
    prefill = len(prompt) / (time.perf_counter() - t)
    t = time.perf_counter()
    got = list(model.greedy_tokens(5, len(prompt), new))
    return prefill, len(got) / (time.perf_counter() - t)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="small", choices=list(SIZES))
    p.add_argument("--device", default="LLVM")
    p.add_argument("--rounds", type=int, default=6)
    p.add_argument("--new", type=int, default=64)
    args = p.parse_args()
    cfg = SIZES[args.size]
    params = random_params(cfg, 0)
    models = {"[out, in] (the model's)": GPT2(cfg, params, device=args.device, max_ctx=512),
              "[in, out]": in_out(GPT2(cfg, params, device=args.device, max_ctx=512), params)}
    prompt = list(range(1, 129))
    times: dict[str, list] = {name: [] for name in models}
    for r in range(args.rounds + 1):
        for name, model in models.items():
            got = one_round(model, prompt, args.new)
            if r:
                times[name].append(got)
            print(f"round {r} {name}: prefill {got[0]:.1f} tok/s, decode {got[1]:.1f} tok/s", flush=True)
    print("\n| layout | prefill tok/s (median) | decode tok/s (median) |\n|---|---|---|")
    for name, got in times.items():
        print(f"| {name} | {statistics.median(g[0] for g in got):.1f} | {statistics.median(g[1] for g in got):.1f} |")


if __name__ == "__main__":
    main()
