"""Where a WebGPU decode token's device time goes: GPU timestamps around every dispatch of a GPT-2 replay.

    python3 bench/webgpu_dispatches.py --size small --dtype float16 [--rows 20] [--set SETTINGS.FIELD=VALUE ...]

The model prefills --prompt tokens and records its greedy decode step (minic.jit, WebGPUReplay). The replay's
dispatches are then encoded again, each in a compute pass of its own whose beginning and end write a timestamp
(the `timestamp-query` feature), with the Vars and buffers of the last call; the table sums each kernel name's
time. Three totals per token, each the median of --reps submits: the dispatches in one pass (what the replay
submits, timed at the pass's ends), one pass per dispatch (the timed form), and the sum of the dispatches' own
times; the first less the last is what the device spends between dispatches (barriers, pipeline switches). The
wall time of calls submitted back to back checks the scale: timestamps count nanoseconds (the NVIDIA Vulkan
driver's period is 1 ns; other drivers may differ).
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from decode_kernels import tune_device  # noqa: E402
from replay import back_to_back  # noqa: E402

from models.gpt2 import GPT2, SIZES  # noqa: E402
from models.weights import random_params  # noqa: E402


class Stamps:
    """A timestamp query set, its resolve buffer, and reading it back as nanoseconds."""

    def __init__(self, dev, count: int):
        wgpu = dev.wgpu
        self.dev, self.count = dev, count
        self.queries = dev.device.create_query_set(type=wgpu.QueryType.timestamp, count=count)
        self.resolved = dev.device.create_buffer(size=8 * count,
                                                 usage=wgpu.BufferUsage.QUERY_RESOLVE | wgpu.BufferUsage.COPY_SRC)

    def writes(self, begin: int, end: int) -> dict:
        return {"query_set": self.queries, "beginning_of_pass_write_index": begin, "end_of_pass_write_index": end}

    def read(self, enc) -> np.ndarray:
        enc.resolve_query_set(self.queries, 0, self.count, self.resolved, 0)
        self.dev.device.queue.submit([enc.finish()])
        return np.frombuffer(self.dev.device.queue.read_buffer(self.resolved), np.uint64).astype(np.int64)


def dispatch_times(replay, dims: list, per_dispatch: bool) -> np.ndarray:
    """Nanoseconds: each dispatch's own pass (per_dispatch), or the one pass of them all (a single number)."""
    dev = replay.dev
    live = [(d, dim) for d, dim in zip(replay.dispatches, dims) if dim[0]]
    stamps = Stamps(dev, 2 * len(live) if per_dispatch else 2)
    enc = dev.device.create_command_encoder()
    if per_dispatch:
        for i, ((pipeline, group), (gx, gy)) in enumerate(live):
            cpass = enc.begin_compute_pass(timestamp_writes=stamps.writes(2 * i, 2 * i + 1))
            cpass.set_pipeline(pipeline)
            cpass.set_bind_group(0, group)
            cpass.dispatch_workgroups(gx, gy, 1)
            cpass.end()
    else:
        cpass = enc.begin_compute_pass(timestamp_writes=stamps.writes(0, 1))
        for (pipeline, group), (gx, gy) in live:
            cpass.set_pipeline(pipeline)
            cpass.set_bind_group(0, group)
            cpass.dispatch_workgroups(gx, gy, 1)
        cpass.end()
    t = stamps.read(enc)
    return t[1::2] - t[0::2]


def host_costs(dev, replay, args_env: tuple, reps: int = 200) -> str:
    """Microseconds of host time (median of `reps`) of an empty encoder's steps, a 64-byte write_buffer, and one
    replay's encoding with its submit stubbed: what a decode token's host time is made of."""
    times: dict[str, list] = {}

    def clock(name: str, fn):
        t = time.perf_counter()
        out = fn()
        times.setdefault(name, []).append(time.perf_counter() - t)
        return out
    words = np.zeros(16, np.int32)
    queue, submit = dev.device.queue, dev.device.queue.submit
    for _ in range(reps):
        enc = clock("create_command_encoder", dev.device.create_command_encoder)
        cpass = clock("begin_compute_pass", enc.begin_compute_pass)
        clock("end", cpass.end)
        clock("finish", enc.finish)
        clock("write_buffer", lambda: queue.write_buffer(replay.uniforms, 0, words))
    queue.submit = lambda *a: None
    try:
        for _ in range(reps):
            clock("replay.run, submit stubbed", lambda: replay.run(*args_env))
    finally:
        queue.submit = submit
    return "; ".join(f"{name} {statistics.median(t) * 1e6:.1f}" for name, t in times.items())


def main() -> None:
    from minic import Tensor
    from minic.ir.symbolic import evaluate
    from minic.runtime.webgpu import grid
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="small", choices=list(SIZES))
    ap.add_argument("--dtype", default="float16")
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--rows", type=int, default=20)
    ap.add_argument("--set", action="append", default=[], metavar="SETTINGS.FIELD=VALUE")
    ap.add_argument("--source", action="append", default=[], metavar="KERNEL",
                    help="print the WGSL of the first dispatch of this kernel name (repeatable)")
    args = ap.parse_args()
    for item in args.set:
        tune_device(item, "WEBGPU")
    cfg = SIZES[args.size]
    m = GPT2(cfg, random_params(cfg), device="WEBGPU", dtype=args.dtype, max_ctx=args.prompt + 16)
    prompt = list(np.random.default_rng(0).integers(0, cfg.vocab_size, args.prompt))
    tok = int(m.prefill(prompt).argmax())
    for i in range(3):  # two recordings, then a replay: the replay's buffers and uniforms hold this call's values
        tok = m.decode_greedy(tok, args.prompt + i)
    state = next(iter(m._greedy.states.values()))
    replay, rec = state.plan.replayer(), state.plan.recording
    env = {"past": args.prompt + 2}
    dims = list(replay.dims)
    sizes = [grid(int(evaluate(g, env))) for g in replay.exprs]
    for i, e in replay.grown:
        dims[i] = sizes[e]
    wall = back_to_back(m, args.prompt + 2, step=m._greedy)
    print(f"{replay.dev.describe()}, {replay.dev.target.multiprocessors} multiprocessors assumed, subgroup width "
          f"{replay.dev.target.warp} (1: not fixed); adapter {replay.dev.info}\n"
          f"{type(replay).__name__}: {len(rec.steps)} dispatches a token ({sum(1 for d in dims if d[0])} with "
          f"groups); wall time per call issued back to back: {wall * 1e6:.1f} us")
    one = statistics.median(float(dispatch_times(replay, dims, False)[0]) for _ in range(args.reps))
    runs = np.stack([dispatch_times(replay, dims, True) for _ in range(args.reps)])
    each = np.median(runs, axis=0)
    live = [(st, d) for st, d in zip(rec.steps, dims) if d[0]]
    names = [f"{st.sk.name} ({d[0] * max(d[1], 1)} groups)" for st, d in live]
    total: dict[str, tuple[int, float]] = {}
    for name, ns in zip(names, each):
        n, t = total.get(name, (0, 0.0))
        total[name] = (n + 1, t + ns)
    print(f"one pass: {one / 1e3:.1f} us a token; sum of the dispatches' own passes: {each.sum() / 1e3:.1f} us; "
          f"between dispatches in one pass: {(one - each.sum()) / 1e3:.1f} us "
          f"({(one - each.sum()) / 1e3 / len(names):.2f} us a dispatch)")
    tokens = Tensor(np.array([tok], np.int32), device="WEBGPU")
    print(f"host us (median): {host_costs(replay.dev, replay, ([tokens.realize().node.arg], env))}")
    print("| kernel | us/token | dispatches | us each |\n|---|---|---|---|")
    for name, (n, ns) in sorted(total.items(), key=lambda kv: -kv[1][1])[:args.rows]:
        print(f"| {name[:60]} | {ns / 1e3:.1f} | {n} | {ns / n / 1e3:.2f} |")
    for st, _ in live:
        if st.sk.name in args.source:
            print(f"{st.sk.name}: rule {st.sk.rule}: {st.sk.rule_why}\n{st.sk.source}")
            args.source.remove(st.sk.name)


if __name__ == "__main__":
    main()
