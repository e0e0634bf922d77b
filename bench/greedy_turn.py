"""Where a turn-by-turn greedy decode token's wall time goes on a GPU: the host's part against the device's.

    python3 bench/greedy_turn.py --size small [--device CUDA] [--dtype float16] [--profile 20]

GPT-2 (random weights) prefills --prompt tokens and records `decode_greedy`; then, each the median of --reps
calls at one position: the wall time of a `decode_greedy` call (the host waits for the id: what bench/gpt2.py's
decode column times); the device's time per call issued back to back (no read back); the jit call with the
device's entry point stubbed (bench/replay.py's `host_time`: the Python of a call); on CUDA the graph launch
plus a stream synchronisation alone; and reading back an id already computed. With --profile N, cProfile's top
N functions (own time) over the --reps calls.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from attention import wall_ms  # noqa: E402  (bench/attention.py, beside this script)
from replay import back_to_back, host_time  # noqa: E402

from models.gpt2 import GPT2, SIZES  # noqa: E402
from models.weights import random_params  # noqa: E402


def median_us(fn, reps: int) -> float:
    """Microseconds per call of `fn`, the median of `reps` after one warm call."""
    return wall_ms(fn, reps) * 1e3


def main() -> None:
    import minic
    from minic import Tensor
    from minic.jit import Bound
    from minic.runtime.report import describe
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="small", choices=list(SIZES))
    ap.add_argument("--device", default="CUDA")
    ap.add_argument("--dtype", default="float16")
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--reps", type=int, default=300)
    ap.add_argument("--profile", type=int, default=0, metavar="N")
    args = ap.parse_args()
    cfg = SIZES[args.size]
    m = GPT2(cfg, random_params(cfg), device=args.device, dtype=args.dtype, max_ctx=args.prompt + 16)
    dev = minic.get_device(args.device)
    prompt = list(np.random.default_rng(0).integers(0, cfg.vocab_size, args.prompt))
    pos = args.prompt
    tok = int(m.prefill(prompt).argmax())
    for i in range(4):
        m.decode_greedy(tok, pos + i)
    tokens = Tensor(np.array([tok], np.int32), device=args.device)
    rows = {"decode_greedy wall (host waits for the id)": median_us(lambda: m.decode_greedy(tok, pos), args.reps)}

    rows["device per call, issued back to back"] = back_to_back(m, pos, step=m._greedy) * 1e6
    rows["jit call, device entry point stubbed (Python)"] = host_time(m, pos, step=m._greedy, reps=args.reps) * 1e6
    replay = next(iter(m._greedy.states.values())).plan.replayer()
    if hasattr(replay, "exec"):
        cu = replay.dev.cu

        def launch_and_wait() -> None:
            cu.cuGraphLaunch(replay.exec, dev.stream)
            cu.cuStreamSynchronize(dev.stream)
        rows["cuGraphLaunch + cuStreamSynchronize alone"] = median_us(launch_and_wait, args.reps)
    out = m._greedy(tokens, Bound(m.past, pos))
    dev.synchronize()
    rows["read back an id already computed (.numpy())"] = median_us(out.numpy, args.reps)
    rows["Tensor of one host id (the call's argument)"] = median_us(
        lambda: Tensor(np.array([tok], np.int32), device=args.device), args.reps)
    print(f"GPT-2 {args.size} {args.dtype} on {args.device} ({describe(args.device)}), position {pos}, "
          f"{type(replay).__name__}, median of {args.reps} calls")
    print("| measure | us |\n|---|---|")
    for name, us in rows.items():
        print(f"| {name} | {us:.1f} |")
    if args.profile:
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(args.reps):
            m.decode_greedy(tok, pos)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
