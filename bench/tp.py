"""Tensor-parallel GPT-2 on the CPU: tp = 2 (two MPI ranks, one core each) against tp = 1 (one core).

    python bench/tp.py [--size small] [--prompt 64] [--new 32] [--markdown]

Runs itself twice: `taskset -c 0 python bench/tp.py --child` (tp = 1) and `mpiexec -n 2 -bind-to core python
bench/tp.py --child` (tp = 2), both on the same random weights (written once to --weights, default
/tmp/minic-tp-gpt2-SIZE). Each child times the prefill of --prompt tokens and --new greedy decode steps once
both are replaying (minic.jit), and reads the MPI communicator's own clock: the time spent inside collectives
(including waiting for the slower rank) and the bytes each rank sent, per token.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def child(args: argparse.Namespace) -> None:
    from minic import dist
    from minic.dist.megatron import GPT2_PLAN, TensorParallel, load_shards
    from models.gpt2 import GPT2, param_shapes
    from models.weights import IGNORED_SUFFIXES, load_config

    path = Path(args.weights)
    cfg = load_config(path)
    tp = TensorParallel.start(2 if dist.launched() else None)
    rename = lambda k: None if k.endswith(IGNORED_SUFFIXES) else k.removeprefix("transformer.")  # noqa: E731
    params = load_shards(path, param_shapes(cfg), GPT2_PLAN, tp, rename)
    model = GPT2(cfg, params, max_ctx=args.prompt + args.new + 8, tp=tp)
    del params
    comm = tp.group.communicator("LLVM") if tp.group is not None else None
    ids = [(7 * i) % cfg.vocab_size for i in range(args.prompt)]

    def timed(fn, *a):
        if comm is not None:
            comm.reset_stats()
        t0 = time.perf_counter()
        out = fn(*a)
        wall = time.perf_counter() - t0
        return out, wall, (comm.seconds, comm.nbytes, comm.calls) if comm is not None else (0.0, 0, 0)

    for _ in range(2):  # two records, then the prefill replays
        model.prefill(ids)
    pre = [timed(model.prefill, ids) for _ in range(3)]
    _, pre_wall, pre_comm = min(pre, key=lambda r: r[1])
    token = int(model.prefill(ids).argmax())
    pos = len(ids)
    for _ in range(2):  # two records of the decode step
        token = model.decode_greedy(token, pos)
        pos += 1

    def decode_all():
        nonlocal token, pos
        for _ in range(args.new):
            token = model.decode_greedy(token, pos)
            pos += 1

    _, dec_wall, dec_comm = timed(decode_all)
    latency = allreduce_latency(tp, cfg.n_embd) if tp.group is not None else (0.0, 0.0)
    if tp.rank == 0:
        print("RESULT " + json.dumps({
            "tp": tp.size, "prompt": args.prompt, "new": args.new,
            "prefill_s": pre_wall, "prefill_comm_s": pre_comm[0], "prefill_comm_bytes": pre_comm[1],
            "prefill_calls": pre_comm[2],
            "decode_s_per_token": dec_wall / args.new, "decode_comm_s_per_token": dec_comm[0] / args.new,
            "decode_comm_bytes_per_token": dec_comm[1] / args.new, "decode_calls_per_token": dec_comm[2] / args.new,
            "allreduce_us": latency[0], "mpi_allreduce_us": latency[1],
        }), flush=True)


def allreduce_latency(tp, width: int, calls: int = 300) -> tuple[float, float]:
    """Microseconds per allreduce of one row of `width` float32: through minic (a realize of an ALLREDUCE graph:
    plan lookup, buffers, the communicator) and through mpi4py alone (the floor)."""
    import numpy as np

    from minic import Tensor, dist
    x = Tensor(np.ones((1, width), np.float32))
    buf = np.ones(width, np.float32)
    out = np.empty_like(buf)
    dist.allreduce(x, tp.group).realize()
    tp.group.mpi.Barrier()
    t0 = time.perf_counter()
    for _ in range(calls):
        dist.allreduce(x, tp.group).realize()
    ours = (time.perf_counter() - t0) / calls
    tp.group.mpi.Barrier()
    t0 = time.perf_counter()
    for _ in range(calls):
        tp.group.mpi.Allreduce(buf, out)
    return ours * 1e6, (time.perf_counter() - t0) / calls * 1e6


def ensure_weights(directory: Path, size: str) -> None:
    if (directory / "model.safetensors").exists():
        return
    from models.gpt2 import SIZES
    from models.weights import random_params, save
    save(str(directory), SIZES[size], random_params(SIZES[size], seed=0))


def run_child(cmd: list[str]) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    p = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=3600)
    for line in p.stdout.splitlines():
        if line.startswith("RESULT "):
            return json.loads(line[len("RESULT "):])
    raise SystemExit(f"{' '.join(cmd)} failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")


def table(rows: list[dict], markdown: bool) -> str:
    base = rows[0]
    head = ["tp", "prefill ms", "prefill tok/s", "prefill comm %", "decode ms/token", "decode tok/s",
            "decode comm ms/token", "decode comm %", "bytes sent/token", "collectives/token", "speed-up (decode)",
            "allreduce us (minic / MPI)"]
    out = []
    for r in rows:
        out.append([str(r["tp"]), f"{r['prefill_s'] * 1e3:.0f}", f"{r['prompt'] / r['prefill_s']:.0f}",
                    f"{100 * r['prefill_comm_s'] / r['prefill_s']:.1f}", f"{r['decode_s_per_token'] * 1e3:.1f}",
                    f"{1 / r['decode_s_per_token']:.1f}", f"{r['decode_comm_s_per_token'] * 1e3:.2f}",
                    f"{100 * r['decode_comm_s_per_token'] / r['decode_s_per_token']:.1f}",
                    f"{r['decode_comm_bytes_per_token']:.0f}", f"{r['decode_calls_per_token']:.0f}",
                    f"{base['decode_s_per_token'] / r['decode_s_per_token']:.2f}x",
                    f"{r['allreduce_us']:.0f} / {r['mpi_allreduce_us']:.0f}" if r["tp"] > 1 else "-"])
    if markdown:
        return "\n".join(["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
                         + ["| " + " | ".join(r) + " |" for r in out])
    widths = [max(len(x[i]) for x in [head] + out) for i in range(len(head))]
    return "\n".join("  ".join(c.rjust(w) for c, w in zip(r, widths)) for r in [head] + out)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--size", default="small", choices=["small", "medium", "large", "xl"])
    p.add_argument("--weights", default=None)
    p.add_argument("--prompt", type=int, default=64)
    p.add_argument("--new", type=int, default=32)
    p.add_argument("--markdown", action="store_true")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = p.parse_args()
    args.weights = args.weights or f"/tmp/minic-tp-gpt2-{args.size}"
    if args.child:
        child(args)
        return
    ensure_weights(Path(args.weights), args.size)
    me = [sys.executable, str(Path(__file__).resolve()), "--child", "--weights", args.weights,
          "--prompt", str(args.prompt), "--new", str(args.new)]
    mpiexec = shutil.which("mpiexec")
    if mpiexec is None:
        raise SystemExit("bench/tp.py needs mpiexec (pip install 'minic[dist]')")
    rows = [run_child(["taskset", "-c", "0", *me]), run_child([mpiexec, "-n", "2", "-bind-to", "core", *me])]
    print(f"GPT-2 {args.size}, float32, LLVM, prompt {args.prompt}, {args.new} decode steps; tp=1 on one core, "
          f"tp=2 on two ranks with one core each (MPI over shared memory)")
    print(table(rows, args.markdown))


if __name__ == "__main__":
    main()
