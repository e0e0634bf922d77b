"""How a jit replay spends a decode token: whole-recording replay (CUDA Graph / native CPU) vs kernel by kernel.

    python bench/replay.py [--size small] [--device CUDA] [--dtype float16] [--prompt 128] [--new 128]
                           [--set SETTINGS.FIELD=VALUE ...]

For each replay mode, the same GPT-2 (random weights) decodes --new greedy tokens after a --prompt token prompt;
the table gives decode tok/s, wall time per token (greedy: the host waits for each token's logits), back-to-back
time per token (calls issued without waiting: the device's time per token once the host keeps ahead, inter-kernel
gaps included), launches per token, and the Python time per token: the jit call less the device's work (a native
CPU replay runs for real and its driver's own clock is subtracted; other replays have their device entry point
stubbed out: see `host_time`); on a CPU also per token of greedy decoding through `jit.chain`, as many steps a
call as greedy_tokens' longest runs (CHAIN[1]) or as the cache has room for (see `chain_host_time`). Prefill
tok/s (warm) is reported too. `--max-ctx` sets the context bound: a CUDA Graph launches Var-sized grids at the
bound, so a small position under a large bound shows what that costs.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from decode_kernels import tune_device  # noqa: E402

from models.gpt2 import GPT2, SIZES, GPT2Config  # noqa: E402
from models.transformer import CHAIN  # noqa: E402
from models.weights import random_params  # noqa: E402

TINY = GPT2Config(n_layer=2, n_embd=64, n_head=2, vocab_size=256, n_positions=512)


def decode_rate(m: GPT2, prompt: list, new: int) -> tuple[float, int]:
    """(seconds per token, the token it ended on) over `new` greedy steps after a warm prefill."""
    tok = int(m.prefill(prompt).argmax())
    for i in range(2):  # the two recording calls
        m.decode(tok, len(prompt) + i)
    t0 = time.perf_counter()
    for i in range(new):
        tok = int(m.decode(tok, len(prompt) + i).argmax())
    return (time.perf_counter() - t0) / new, tok


def host_time(m: GPT2, pos: int, step=None, reps: int = 200, evict_bytes: int = 0) -> float:
    """Seconds of host work per replayed decode call (`step`: one of the model's jitted decode functions,
    m._decode by default; the median of `reps` calls, Bound() included, as a decode loop makes one per token).
    `evict_bytes`: stream that much memory through the caches before each call, as a large model's kernels do
    (GPT-2 small's stream 500 MB of weights a token): the call's Python then runs from cold caches.

    A native CPU replay runs for real, as a decode runs it: calls back to back, so the worker team spins between
    them as it does between tokens, and the native run's own time, which the driver clocks from inside
    (NativeReplay.last_run_seconds), is taken from each call's wall time. Stubbing the driver instead would post
    no jobs, let the workers fall asleep and bill waking them to every call. Every other replay has its device
    entry point stubbed out (the launches kernel by kernel, a CUDA graph launch, a WebGPU submit)."""
    import minic
    from minic import Tensor
    from minic.jit import Bound
    step = step or m._decode
    plan = next(iter(step.states.values())).plan
    replay = plan.replayer()
    dev = minic.get_device(m.device)
    tokens = Tensor(np.array([1], np.int32), device=m.device)
    native = getattr(replay, "last_run_seconds", None)
    junk = np.zeros(evict_bytes, np.uint8)
    if native is not None:
        for i in range(reps // 4):  # warm: the workers spinning, the caches holding the step
            step(tokens, Bound(m.past, pos + i % 8))
        times = []
        for i in range(reps):
            if evict_bytes:
                junk += 1
            t0 = time.perf_counter()
            step(tokens, Bound(m.past, pos + i % 8))
            times.append(time.perf_counter() - t0 - native())
        return float(np.median(times))
    noop = lambda *a, **k: None  # noqa: E731
    stubs = [(dev, "launch", noop)]  # kernel by kernel; then each whole-recording replay's device entry point
    if hasattr(replay, "exec"):  # CUDA Graph: the graph launch
        stubs.append((replay.dev.cu, "cuGraphLaunch", lambda *a, **k: (0,)))
    if m.device == "WEBGPU":  # WebGPU: the one submit (encoding the dispatches is host work, and stays)
        stubs.append((dev.device.queue, "submit", noop))
    if m.device == "CL":
        stubs.append((dev.cl, "enqueue_nd_range_kernel", noop))
    saved = [(obj, name, getattr(obj, name)) for obj, name, _ in stubs]
    for obj, name, fn in stubs:
        setattr(obj, name, fn)
    try:
        times = []
        for i in range(reps):
            if evict_bytes:
                junk += 1
            t0 = time.perf_counter()
            step(tokens, Bound(m.past, pos + i % 8))
            times.append(time.perf_counter() - t0)
    finally:
        for obj, name, fn in saved:
            setattr(obj, name, fn)
        dev.synchronize()
    return float(np.median(times))


def chain_host_time(m: GPT2, pos: int, reps: int = 50, evict_bytes: int = 0) -> float | None:
    """Seconds of host work per token of greedy decoding through `jit.chain` (greedy_tokens on a CPU: runs of up
    to CHAIN[1] steps, each one native call), from `pos` to the end of the cache: each chain's wall time less the
    native runs' own time (their clocks, as host_time takes them), over its runs; the median of `reps` chains.
    None where the replay is not native (GPUs: greedy_tokens keeps one step ahead there instead)."""
    from minic import Tensor
    from minic.jit import Bound
    m.decode_greedy(1, pos)
    m.decode_greedy(1, pos + 1)  # the two recordings
    replay = next(iter(m._greedy.states.values())).plan.replayer()
    if not hasattr(replay, "run_chain"):
        return None
    native = [0.0]

    def clocked(fn):
        def call(*a):
            out = fn(*a)
            native[0] += replay.last_run_seconds()
            return out
        return call
    replay.run, replay.run_chain = clocked(replay.run), clocked(replay.run_chain)
    tokens = Tensor(np.array([1], np.int32), device=m.device)
    runs = min(CHAIN[1], m.max_ctx - pos)
    junk = np.zeros(evict_bytes, np.uint8)
    times = []
    try:
        for _ in range(reps):
            if evict_bytes:
                junk += 1
            native[0] = 0.0
            t0 = time.perf_counter()
            m._greedy.chain(runs, 0, tokens, Bound(m.past, pos))
            times.append((time.perf_counter() - t0 - native[0]) / runs)
    finally:
        del replay.run, replay.run_chain
    return float(np.median(times))


def back_to_back(m: GPT2, pos: int, reps: int = 50, step=None) -> float:
    """Seconds per decode call issued back to back with no host wait between them (outputs not read): where the
    host is quicker than the device, this is the device's time per token, gaps between kernels included.
    `step`: one of the model's jitted decode functions, m._decode by default."""
    import minic
    from minic import Tensor
    from minic.jit import Bound
    step = step or m._decode
    dev = minic.get_device(m.device)
    tokens = Tensor(np.array([1], np.int32), device=m.device)
    step(tokens, Bound(m.past, pos))
    dev.synchronize()
    t0 = time.perf_counter()
    for _ in range(reps):
        step(tokens, Bound(m.past, pos))
    dev.synchronize()
    return (time.perf_counter() - t0) / reps


def run(cfg: GPT2Config, device: str, dtype: str, prompt_len: int, new: int, graph: bool, max_ctx: int,
        evict_bytes: int = 0) -> dict:
    import minic
    params = random_params(cfg)
    m = GPT2(cfg, params, device=device, dtype=dtype, max_ctx=max_ctx or prompt_len + new + 4)
    m._decode.graph = m._prefill.graph = graph
    prompt = list(np.random.default_rng(0).integers(0, cfg.vocab_size, prompt_len))
    per_token, _ = decode_rate(m, prompt, new)
    m.prefill(prompt)  # the second record, which builds the replay
    m.prefill(prompt)
    t0 = time.perf_counter()
    for _ in range(3):
        m.prefill(prompt)
    minic.get_device(device).synchronize()
    prefill = 3 * prompt_len / (time.perf_counter() - t0)
    plan = next(iter(m._decode.states.values())).plan
    replay = plan.replayer()
    return {"mode": type(replay).__name__, "decode": 1 / per_token, "wall_us": per_token * 1e6,
            "b2b_us": back_to_back(m, prompt_len) * 1e6, "launches": len(plan.recording.steps),
            "python_us": host_time(m, prompt_len) * 1e6, "prefill": prefill,
            "cold_us": host_time(m, prompt_len, evict_bytes=evict_bytes) * 1e6 if evict_bytes else None,
            "chain_us": _us(chain_host_time(m, prompt_len)) if graph else None,
            "chain_cold_us": _us(chain_host_time(m, prompt_len, evict_bytes=evict_bytes)) if graph and evict_bytes
            else None}


def _us(seconds: float | None) -> float | None:
    return None if seconds is None else seconds * 1e6


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", default="small", choices=["tiny", *SIZES])
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--dtype", default="float32")
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--new", type=int, default=128)
    ap.add_argument("--max-ctx", type=int, default=0, help="the context bound (default prompt + new + 4)")
    ap.add_argument("--evict-mib", type=int, default=0,
                    help="also time the Python per token with this many MiB streamed through the caches before "
                         "each call (a column of its own)")
    ap.add_argument("--set", action="append", default=[], metavar="SETTINGS.FIELD=VALUE",
                    help="a rule setting on the device's target, e.g. AttentionSettings.max_gpu_rows=64 (repeatable)")
    a = ap.parse_args()
    for item in a.set:
        tune_device(item, a.device)
    cfg = TINY if a.size == "tiny" else SIZES[a.size]
    rows = [run(cfg, a.device, a.dtype, a.prompt, a.new, graph, a.max_ctx, a.evict_mib << 20)
            for graph in (True, False)]
    print(f"GPT-2 {a.size} {a.dtype} on {a.device}, prompt {a.prompt}, {a.new} new tokens, "
          f"context bound {a.max_ctx or a.prompt + a.new + 4}\n")
    cold = f" Python us/token, {a.evict_mib} MiB evicted |" if a.evict_mib else ""
    chain_cold = f" chained, {a.evict_mib} MiB evicted |" if a.evict_mib else ""
    print("| replay | decode tok/s | wall us/token | back-to-back us/token | launches/token | Python us/token |"
          f"{cold} Python us/token, greedy chain |{chain_cold} prefill tok/s |")
    print("|---|---|---|---|---|---|---|---|" + ("---|---|" if cold else ""))
    show = lambda us: "-" if us is None else f"{us:.1f}"  # noqa: E731
    for r in rows:
        cells = f" {show(r['cold_us'])} |" if cold else ""
        chained = f" {show(r['chain_us'])} |" + (f" {show(r['chain_cold_us'])} |" if cold else "")
        print(f"| {r['mode']} | {r['decode']:.1f} | {r['wall_us']:.0f} | {r['b2b_us']:.0f} | {r['launches']} "
              f"| {r['python_us']:.1f} |{cells}{chained} {r['prefill']:.0f} |")
    print(f"\nwhole-recording replay vs kernel by kernel: {rows[0]['decode'] / rows[1]['decode']:.2f}x decode")


if __name__ == "__main__":
    main()
