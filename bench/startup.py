"""GPT-2 small start-up on one device: cold (empty compile cache) and warm (the disk cache from the cold run).

    PYTHONPATH=. python bench/startup.py [--device LLVM] [--runs 2]

Each measurement is a fresh process that builds the model, prefills 128 tokens and runs three decode steps
(what `minic generate` compiles before its first token), timed from model construction; the random weights
are made before the clock starts.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def first_tokens(device: str) -> None:
    """The child process: build, prefill, decode; print the seconds it took."""
    sys.path.insert(0, str(ROOT))
    from models.gpt2 import GPT2, SIZES
    from models.weights import random_params
    cfg = SIZES["small"]
    params = random_params(cfg, seed=0)
    t0 = time.perf_counter()
    m = GPT2(cfg, params, device=device, max_ctx=300)
    m.prefill(list(range(128)))
    for pos in (128, 129, 130):
        m.decode(5, pos)
    print(f"{time.perf_counter() - t0:.2f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--runs", type=int, default=2, help="warm runs after the cold one")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        first_tokens(args.device)
        return
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "MINIC_CACHE": cache, "PYTHONPATH": str(ROOT)}
        env.pop("MINIC_DISABLE_DISK_CACHE", None)
        cmd = [sys.executable, __file__, "--child", "--device", args.device]
        times = [float(subprocess.run(cmd, env=env, capture_output=True, text=True, check=True).stdout.split()[-1])
                 for _ in range(1 + args.runs)]
    print(f"GPT-2 small on {args.device}: cold start {times[0]:.2f} s, warm start "
          f"{', '.join(f'{t:.2f}' for t in times[1:])} s (build + prefill 128 + 3 decode steps)")


if __name__ == "__main__":
    main()
