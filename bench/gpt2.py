"""GPT-2 inference: minic against the PyTorch peers users run, same random weights, same machine, one run.

    python bench/gpt2.py [--size tiny|small|medium|large|xl] [--prompt 128] [--new 128] [--device LLVM]
                         [--dtype float32|float16] [--peers all|eager,eager-1t,compile,reduce-overhead,tinygrad]
                         [--markdown] [--ablate] [--quant q4g32,int8,...]

`--quant FMT[,FMT]` adds a minic row per format (minic.quant.FORMATS): the four projections of every layer packed
in that format (random weights quantized), dequantized inside their GEMVs and matmuls (issue 14's GPT-2 XL int4
against float16: `--quant q4g32`).

`--ablate` measures minic alone with each schedule rule switched off in turn (ABLATED_RULES; the others stay
on), in one process: what each rule buys, as decode and prefill tok/s against all rules on.

Peers (`--peers`, default every one that can run here):
  eager            PyTorch eager, KV cache preallocated, attention over the filled prefix (bench/torch_gpt2.py)
  eager-1t         the same on one thread (CPU only: on a shared box OpenMP's spinning threads can lose to one)
  compile          torch.compile(dynamic=True): inductor with symbolic shapes, no CUDA graphs
  reduce-overhead  torch.compile(mode="reduce-overhead", fullgraph=True, dynamic=False) of the static-shape step
                   (token and position tensors in, `index_copy_` into the cache): gpt-fast's recipe, where every
                   decode step is one CUDA-graph replay. On the CPU there are no CUDA graphs; it still runs.
  tinygrad         TinyGPT2 under TinyJit (bench/tinygrad_gpt2.py), when tinygrad is installed

With a GPU minic device (CUDA, CL, WEBGPU) the PyTorch peers run on CUDA when torch sees it, in the same dtype;
on the CPU they run float32 (PyTorch's CPU half matmuls are no fair peer).

Every runtime follows one protocol: cold start is the first prefill plus the first two decode calls (which
schedule, record, compile); then untimed warm-up calls (enough for reduce-overhead to record its CUDA graphs);
prefill tok/s is the best of 3 prompts; decode tok/s is --new greedy steps at batch 1, each step a host token in
and the argmax read back (so every step is timed whole, synchronised). Per decoded token:
  wall ms          1000 / decode tok/s
  GPU kernel ms    torch.profiler (CUPTI) over up to 32 decode steps: the sum of kernel durations / steps. CUPTI
                   sees every kernel in the process, minic's cuLaunchKernel/graph launches included; "n/a" on the
                   CPU, without torch, or when the profiler saw no kernels
  kernels          minic: the kernels its jit recording replays per decode (one CUDA-graph launch or native call
                   runs them all); peers: kernels the profiler saw per step
  Python us        minic: host time of one replayed decode with the device's work stubbed out (bench/replay.py's
                   `host_time`: the jit call, without the token copy-in and logits read-back around it); "n/a"
                   for peers
  ahead tok/s      on a GPU, the same greedy tokens with the host one step ahead: step i+1 is launched on step i's
                   token while it is still on the device, then step i's token is read back through pinned memory
                   (minic's `greedy_tokens`; for torch the same loop by hand). The device then never waits for the
                   host between tokens; this is how a serving loop runs. `ahead wall/kernel` is its wall time per
                   token over the GPU kernel time.
"""
from __future__ import annotations

import argparse
import gc
import math
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cupti import cuda_events  # noqa: E402  (bench/cupti.py, beside this script)

from minic.runtime.registry import GPU_DEVICES  # noqa: E402
from models.gpt2 import GPT2, SIZES, GPT2Config  # noqa: E402
from models.weights import random_params  # noqa: E402

# two layers of 64: a decode step is 25 tiny kernels, so it measures per-step overhead and little else
BENCH_SIZES = {"tiny": GPT2Config(n_layer=2, n_head=2, n_embd=64, vocab_size=256, n_positions=512,
                                  eos_token_id=255), **SIZES}
PEERS = ("eager", "eager-1t", "compile", "reduce-overhead", "tinygrad")
WARM_CALLS = 3  # untimed calls after cold start; torch's CUDA-graph trees warm up on the 1st call, record on the 2nd
PROFILED_STEPS = 32
ABLATED_RULES = ("GEMV", "Matmul", "TensorCoreMatmul", "Attention", "Reduction")


# --- the protocol every runtime runs ---------------------------------------------------------------------------

def measure(prefill: Callable[[], object], decode: Callable[[int, int], object], prompt_len: int, new: int,
            sync: Callable[[], None], profile: bool, host: Callable[[object], np.ndarray] = np.asarray,
            greedy: Callable[[int, int], int] | None = None,
            ahead: Callable[[int, int, int], list[int]] | None = None) -> dict:
    """Cold start, prefill and decode rates, and (with `profile`) GPU kernel time and count per decoded token.

    `prefill()` runs the prompt and returns its last logits; `decode(tok, pos)` one token's logits. A greedy step
    is `greedy(tok, pos)`, by default decode's argmax read back to the host, which synchronises (torch takes the
    argmax on the device, minic's `decode_greedy` too); `sync` waits for anything prefill left queued. `host`
    copies the first decode's logits out at once (a CUDA-graph replay overwrites its outputs) for the agreement
    check. `ahead(tok, pos, n)`, where given, returns the next n greedy tokens with the host one step ahead."""
    step = greedy or (lambda tok, pos: int(decode(tok, pos).argmax()))
    t0 = time.perf_counter()
    tok = int(prefill().argmax())
    first = host(decode(tok, prompt_len))
    decode(tok, prompt_len + 1)
    step(tok, prompt_len)
    step(tok, prompt_len + 1)
    sync()
    cold = time.perf_counter() - t0
    for _ in range(WARM_CALLS):
        prefill()
        step(tok, prompt_len)
    sync()
    gc.collect()  # the full collection that compiling and recording owe (a 90 ms XL step when left to fall in the
    #              timed steps: bench/README.md), for every runtime alike: the steps time the steady state

    def prefill_once():
        prefill()
        sync()

    rate, slow = _decode_rate(step, tok, prompt_len, new)
    r = {"prefill": prompt_len / _best(prefill_once, 3), "decode": rate, "slow_note": slow,
         "cold": cold, "first_logits": first, "kernel_s": None, "kernels": None, "ahead": None}
    if ahead is not None:
        r["ahead"], same = _ahead_rate(step, ahead, tok, prompt_len, new)
        r["ahead_note"] = "" if same else "; ahead tokens DIFFER from step by step"
    if profile:
        r["kernel_s"], r["kernels"] = kernel_profile(step, tok, prompt_len, min(new, PROFILED_STEPS))
    return r


def kernel_profile(step: Callable[[int, int], int], tok: int, pos: int, steps: int) -> tuple:
    """(GPU kernel seconds, kernels) per decode step, from CUPTI (bench/cupti.py); (None, None) when it cannot tell
    (no torch, no CUDA, no kernels seen): a missing number, not a crash."""
    try:
        import torch
        if not torch.cuda.is_available():
            return None, None
        state = {"tok": tok, "pos": pos}

        def one_step():
            state["tok"] = step(state["tok"], state["pos"])
            state["pos"] += 1
        kernels = cuda_events(one_step, steps)
    except Exception as e:  # a profiler that cannot start (CUPTI missing, another profiler attached)
        print(f"kernel profile failed: {type(e).__name__}: {e}", file=sys.stderr)
        return None, None
    if not kernels:
        return None, None
    return sum(us for _, us in kernels) * 1e-6 / steps, len(kernels) / steps


def _decode_rate(step: Callable[[int, int], int], tok: int, pos: int, n: int) -> tuple[float, str]:
    """(tokens/s of `n` greedy steps from `tok` at position `pos`, a note naming the steps that took over 4x the
    median); `step(tok, pos)` returns the next token on the host (so each step is timed whole). The rate is the
    mean, slow steps included: a re-recording or a collection pause is part of what a user waits for, and the
    note says where it went."""
    times, pauses = [], _GcPauses()
    with pauses:
        for i in range(n):
            pauses.label(pos + i)
            t = time.perf_counter()
            tok = step(tok, pos + i)
            times.append(time.perf_counter() - t)
    median = statistics.median(times)
    slow = [f"{pos + i}: {t * 1e3:.1f} ms{pauses.during(pos + i)}" for i, t in enumerate(times) if t > 4 * median]
    note = f"; slow steps (median {median * 1e3:.2f} ms) {', '.join(slow[:4])}" if slow else ""
    return n / sum(times), note


class _GcPauses:
    """Python's garbage-collector pauses while it is entered, by the label current when each ran: a slow decode step
    that a full collection explains is the heap's, not the replay's."""

    def __init__(self) -> None:
        self.pauses: dict = {}
        self._label, self._start = None, 0.0

    def __enter__(self) -> _GcPauses:
        gc.callbacks.append(self._callback)
        return self

    def __exit__(self, *exc) -> None:
        gc.callbacks.remove(self._callback)

    def label(self, label: object) -> None:
        """Pauses from now on are counted against `label` (the step about to run)."""
        self._label = label

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            key = (self._label, info["generation"])
            self.pauses[key] = self.pauses.get(key, 0.0) + time.perf_counter() - self._start

    def during(self, label: object) -> str:
        """' (gc gen g: t ms)' for the pauses counted against `label`, or ''."""
        found = [f"gc gen {g}: {t * 1e3:.1f} ms" for (lab, g), t in self.pauses.items() if lab == label]
        return f" ({', '.join(found)})" if found else ""


def _ahead_rate(step: Callable[[int, int], int], ahead: Callable[[int, int, int], list[int]], tok: int, pos: int,
                n: int) -> tuple[float, bool]:
    """(tokens/s of `ahead`, whether its tokens equal `step`'s one at a time), after one untimed warm-up run."""
    ahead(tok, pos, 4)
    t = time.perf_counter()
    got = ahead(tok, pos, n)
    seconds = time.perf_counter() - t
    want = []
    for i in range(n):
        tok = step(tok, pos + i)
        want.append(tok)
    return n / seconds, got == want


def torch_greedy_ahead(decode_on_device: Callable, tok: int, pos: int, n: int, device: str) -> list[int]:
    """PyTorch's greedy loop with the host one step ahead (what `greedy_tokens` does in minic): the argmax of step
    i feeds step i+1 on the device, and its copy to pinned memory is waited for (an event) after step i+1 is
    queued."""
    import torch
    cur = torch.tensor([tok], device=device)
    slots = [torch.empty(1, dtype=torch.long, pin_memory=True) for _ in range(2)]
    events = [torch.cuda.Event(), torch.cuda.Event()]
    out, pending = [], None
    for i in range(n):
        cur = decode_on_device(cur, pos + i).argmax(-1).reshape(1)
        slots[i % 2].copy_(cur, non_blocking=True)
        events[i % 2].record()
        if pending is not None:
            events[pending].synchronize()
            out.append(int(slots[pending]))
        pending = i % 2
    events[pending].synchronize()
    out.append(int(slots[pending]))
    return out


def _best(fn: Callable[[], None], repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


# --- minic -------------------------------------------------------------------------------------------------------

def bench_minic(cfg, params, device: str, dtype: str, prompt: list, new: int, profile: bool, quant: str = "") -> dict:
    """minic through `measure`, plus what only minic can report: the kernels its decode recording replays, how
    it replays them, and its Python per token (bench/replay.py's `host_time`: the jit replay with the device's
    own entry point stubbed out, whichever replay the device uses). With `quant`, the layers' projections are
    packed in that format (models/gpt2.py unchanged: `a @ w` over a lazy dequant fuses it into the product)."""
    from replay import host_time

    import minic
    m = GPT2(cfg, params, device=device, dtype=dtype, max_ctx=len(prompt) + new + 1)
    if quant:
        pack_projections(m, params, quant)
    r = measure(lambda: m.prefill(prompt), m.decode, len(prompt), new, lambda: None, profile,
                greedy=m.decode_greedy,
                ahead=(lambda tok, pos, n: list(m.greedy_tokens(tok, pos, n))) if device in GPU_DEVICES else None)
    plan = next(iter(m._greedy.states.values())).plan
    replayer = plan.replayer()
    launches = len(plan.recording.steps)
    r["note"] = (f"{minic.get_device(device).compiles} programs built; "
                 f"replay: {getattr(replayer, 'kind', type(replayer).__name__)}")
    if r["kernels"] is not None and abs(r["kernels"] - launches) > 0.5:  # say so when CUPTI disagrees
        r["note"] += f"; the profiler saw {r['kernels']:.0f} kernels per token"
    r["kernels"], r["python_s"] = launches, host_time(m, len(prompt), m._greedy)
    return r


def pack_projections(m: GPT2, params: dict, fmt: str) -> None:
    """Model `m`'s four projections of every layer packed in quantization format `fmt`, from host `params`: each
    a lazy dequant in the model's dtype (models/gpt2.py is unchanged: `a @ w` fuses the dequant into the
    product)."""
    from minic import quant
    from models.gpt2 import CONV1D
    for k, v in params.items():
        if k.endswith(CONV1D):  # stored [in, out]: packed [out, in], rows along K
            m.w[k] = quant.quantize(np.ascontiguousarray(v.T), fmt, m.device).dequant().cast(m.dtype).T


def ablation(cfg, params, device: str, dtype: str, prompt: list, new: int) -> list[list[str]]:
    """minic's decode and prefill with each rule of ABLATED_RULES switched off in turn. The schedule caches key
    on the enabled rules, so each row schedules afresh; a rule this build does not have is listed as such."""
    import minic

    def rates() -> tuple[float, float, int]:
        m = GPT2(cfg, params, device=device, dtype=dtype, max_ctx=len(prompt) + new + 1)
        r = measure(lambda: m.prefill(prompt), m.decode, len(prompt), new, lambda: None, False,
                    greedy=m.decode_greedy)
        plan = next(iter(m._greedy.states.values())).plan
        return r["decode"], r["prefill"], len(plan.recording.steps)

    base_decode, base_prefill, base_kernels = rates()
    rows = [["(all rules on)", f"{base_decode:.1f}", f"{base_prefill:.1f}", "1.00x", "1.00x", str(base_kernels)]]
    known = {r.name for r in minic.rules.rules()}
    for name in ABLATED_RULES:
        if name not in known:
            rows.append([f"no {name}", "not in this build", "", "", "", ""])
            continue
        minic.rules.disable(name)
        try:
            decode, prefill, kernels = rates()
        finally:
            minic.rules.enable(name)
        rows.append([f"no {name}", f"{decode:.1f}", f"{prefill:.1f}", f"{base_decode / decode:.2f}x",
                     f"{base_prefill / prefill:.2f}x", str(kernels)])
    return rows


def check_same_logits(cfg, params, prompt: list, device: str, dtype: str) -> float:
    """max |minic - PyTorch (CPU, float32)| of the prefill logits: the error of minic's `dtype` run."""
    import torch
    from torch_gpt2 import TorchGPT2
    m = GPT2(cfg, params, device=device, dtype=dtype, max_ctx=len(prompt) + 1)
    with torch.inference_mode():
        ref = TorchGPT2(cfg, params, len(prompt) + 1)(torch.tensor(prompt), 0).numpy()
    return float(np.abs(m.prefill(prompt) - ref).max())


# --- PyTorch -----------------------------------------------------------------------------------------------------

def torch_device(minic_device: str) -> str:
    """Where the PyTorch peers run: CUDA next to a minic GPU device when torch sees one, else the CPU."""
    import torch
    return "cuda" if minic_device in GPU_DEVICES and torch.cuda.is_available() else "cpu"


def bench_torch(peer: str, cfg, params, prompt: list, new: int, device: str, dtype: str, threads: int) -> dict:
    """One PyTorch peer (see the module docstring) through `measure`."""
    import torch
    from torch._dynamo.utils import counters
    from torch_gpt2 import TorchGPT2
    torch.set_num_threads(threads)
    torch._dynamo.reset()  # each compiled peer compiles afresh: its cold start is its own
    model = TorchGPT2(cfg, params, len(prompt) + new + 1, device, dtype)
    ids = torch.tensor(prompt, device=device)
    if peer == "reduce-overhead":
        step = torch.compile(model, mode="reduce-overhead", fullgraph=True, dynamic=False)
        positions = torch.arange(len(prompt), device=device)

        def prefill():
            torch.compiler.cudagraph_mark_step_begin()  # the last call's outputs were read: its graph may reuse them
            return step(ids, positions)

        def decode(tok: int, pos: int):
            torch.compiler.cudagraph_mark_step_begin()
            return step(torch.tensor([tok], device=device), torch.tensor([pos], device=device))

        every_position = torch.arange(len(prompt) + new + 1, device=device)

        def decode_on_device(tok, pos: int):  # a token already on the device; the position a slice, no copy
            torch.compiler.cudagraph_mark_step_begin()
            return step(tok, every_position[pos:pos + 1])
    else:
        fwd = torch.compile(model, dynamic=True) if peer == "compile" else model

        def prefill():
            return fwd(ids, 0)

        def decode(tok: int, pos: int):
            return fwd(torch.tensor([tok], device=device), pos)

        def decode_on_device(tok, pos: int):
            return fwd(tok, pos)

    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)
    skips = counters["inductor"]["cudagraph_skips"]
    with torch.inference_mode():
        ahead = (lambda tok, pos, n: torch_greedy_ahead(decode_on_device, tok, pos, n, device)) \
            if device == "cuda" else None
        r = measure(prefill, decode, len(prompt), new, sync, profile=device == "cuda",
                    host=lambda t: t.float().cpu().numpy(), ahead=ahead)
    where = torch.cuda.get_device_name() if device == "cuda" else f"{torch.get_num_threads()} threads"
    r["note"] = f"torch {torch.__version__}, {where}, {dtype}"
    if peer == "reduce-overhead":
        skipped = counters["inductor"]["cudagraph_skips"] - skips
        r["note"] += ("; no CUDA graphs on the CPU" if device == "cpu" else
                      f"; CUDA graphs SKIPPED {skipped}x (see the warning above)" if skipped else "; CUDA graphs")
    return r


# --- tinygrad ----------------------------------------------------------------------------------------------------

def tinygrad_device(minic_device: str) -> str:
    """Where tinygrad runs: its CUDA device next to a minic GPU device, else its CPU device (clang)."""
    return "CUDA" if minic_device in GPU_DEVICES else "CPU"


def bench_tinygrad(cfg, params, prompt: list, new: int, device: str, profile: bool) -> dict:
    """TinyGPT2 through `measure`; on its CPU device decode runs at a few tokens/s for GPT-2 small, so it times at
    most 16 steps there."""
    from importlib.metadata import version

    from tinygrad_gpt2 import TinyGPT2
    steps = new if device != "CPU" else min(new, 16)
    model = TinyGPT2(cfg, params, len(prompt) + new + 1, device)
    r = measure(lambda: model.prefill(prompt), model.decode, len(prompt), steps, lambda: None, profile)
    r["note"] = f"tinygrad {version('tinygrad')}, {device}, float32, TinyJit + Variable position"
    if steps < new:
        r["note"] += f"; decode timed over {steps} of {new} steps"
    try:  # "|" would split the markdown cell: the error is spelled out
        err = check_tinygrad_logits(cfg, params, prompt[:16], len(prompt) + new + 1, device)
        r["note"] += f"; logits max abs err vs torch {err:.1e} (16-token prefill + 3 decodes)"
    except ImportError:
        r["note"] += "; logits not checked (no torch)"
    except Exception as e:  # the timings stand; say why the check did not
        r["note"] += f"; logits check failed: {_why(e)}"
    return r


def check_tinygrad_logits(cfg, params, prompt: list, max_ctx: int, device: str) -> float:
    """max |tinygrad - PyTorch (CPU, float32)| over a prefill and 3 jitted decode steps (the replayed path)."""
    import torch
    from tinygrad_gpt2 import TinyGPT2
    from torch_gpt2 import TorchGPT2
    ref = TorchGPT2(cfg, params, max_ctx)
    m = TinyGPT2(cfg, params, max_ctx, device)  # same max_ctx as the bench: its decode kernels are reused
    with torch.inference_mode():
        r = ref(torch.tensor(prompt), 0).numpy()
        err = float(np.abs(m.prefill(prompt) - r).max())
        for pos in range(len(prompt), len(prompt) + 3):
            tok = int(r.argmax())
            r = ref(torch.tensor([tok]), pos).numpy()
            err = max(err, float(np.abs(m.decode(tok, pos) - r).max()))
    return err


# --- running the peers and printing --------------------------------------------------------------------------------

def available_peers(asked: str, minic_device: str) -> tuple[list[str], list[str]]:
    """(peers to run, notes on the ones left out) for `--peers`; "all" means every peer that can run here."""
    wanted = list(PEERS) if asked == "all" else [p.strip() for p in asked.split(",") if p.strip()]
    unknown = [p for p in wanted if p not in PEERS]
    if unknown:
        raise SystemExit(f"--peers: unknown {unknown}; choose from {', '.join(PEERS)} or all")
    run, skipped = [], []
    have_torch, have_tinygrad = _importable("torch"), _importable("tinygrad")
    for p in wanted:
        if p == "tinygrad" and not have_tinygrad:
            skipped.append("tinygrad: not installed (pip install tinygrad)")
        elif p != "tinygrad" and not have_torch:
            skipped.append(f"{p}: torch is not installed")
        elif p == "eager-1t" and (len(os.sched_getaffinity(0)) == 1 or torch_device(minic_device) == "cuda"):
            skipped.append("eager-1t: only where the peers run on a CPU of several cores")
        else:
            run.append(p)
    return run, skipped


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True


def run_peer(peer: str, cfg, params, prompt: list, new: int, minic_device: str, dtype: str) -> tuple[str, dict]:
    """(row name, result) for one peer; a failure (no C++ toolchain for inductor, a missing driver) is a row."""
    cores = len(os.sched_getaffinity(0))
    try:
        if peer == "tinygrad":
            gdev = tinygrad_device(minic_device)
            return f"tinygrad {gdev}", bench_tinygrad(cfg, params, prompt, new, gdev, profile=gdev == "CUDA")
        tdev = torch_device(minic_device)
        name = {"eager": "torch eager", "eager-1t": "torch eager, 1 thread", "compile": "torch.compile dynamic",
                "reduce-overhead": "torch.compile reduce-overhead"}[peer]
        return name, bench_torch(peer, cfg, params, prompt, new, tdev, dtype if tdev == "cuda" else "float32",
                                 1 if peer == "eager-1t" else cores)
    except Exception as e:
        return peer, {"error": _why(e)}


def _why(e: Exception) -> str:
    return f"{type(e).__name__}: {(str(e).splitlines() or [''])[0][:100]}"


COLUMNS = ("runtime", "decode tok/s", "wall ms/tok", "GPU kernel ms/tok", "wall/kernel", "ahead tok/s",
           "ahead wall/kernel", "kernels/tok", "Python us/tok", "prefill tok/s", "cold start s", "note")


def _num(x, fmt: str) -> str:
    return "n/a" if x is None else format(x, fmt)


def table_rows(rows: dict) -> list[list[str]]:
    out = []
    for name, r in rows.items():
        if "error" in r:
            out.append([name] + ["-"] * (len(COLUMNS) - 2) + [r["error"]])
            continue
        wall = 1 / r["decode"]
        ratio = wall / r["kernel_s"] if r["kernel_s"] else None
        kernel_ms = r["kernel_s"] and r["kernel_s"] * 1e3
        python_us = r.get("python_s") and r["python_s"] * 1e6
        ahead = r.get("ahead")
        ahead_ratio = 1 / ahead / r["kernel_s"] if ahead and r["kernel_s"] else None
        out.append([name, f"{r['decode']:.1f}", f"{wall * 1e3:.3f}", _num(kernel_ms, ".3f"), _num(ratio, ".2f"),
                    _num(ahead, ".1f"), _num(ahead_ratio, ".2f"), _num(r["kernels"], ".0f"), _num(python_us, ".0f"),
                    f"{r['prefill']:.1f}", f"{r['cold']:.2f}",
                    r["note"] + r.get("ahead_note", "") + r.get("slow_note", "")])
    return out


def ratio_rows(rows: dict, minic_name: str) -> list[list[str]]:
    """minic against each peer, > 1 where minic is faster: tok/s over the peer's, the peer's GPU kernel time and
    cold start over minic's."""
    mine, out = rows[minic_name], []
    if "error" in mine:
        return out
    for name, r in rows.items():
        if name == minic_name or "error" in r:
            continue
        kernel = r["kernel_s"] / mine["kernel_s"] if r["kernel_s"] and mine["kernel_s"] else None
        ahead = mine["ahead"] / r["ahead"] if mine.get("ahead") and r.get("ahead") else None
        out.append([name, f"{mine['decode'] / r['decode']:.3g}x", _num(ahead, ".3g") + ("x" if ahead else ""),
                    f"{mine['prefill'] / r['prefill']:.3g}x",
                    _num(kernel, ".3g") + ("x" if kernel else ""), f"{r['cold'] / mine['cold']:.3g}x"])
    return out


def render(header: tuple, body: list[list[str]], markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in body])
    widths = [max(len(str(c)) for c in col) for col in zip(header, *body)]
    return "\n".join("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in [header, *body])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="small", choices=list(BENCH_SIZES))
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--new", type=int, default=128)
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--dtype", default="float32", choices=["float32", "float16"])
    ap.add_argument("--peers", default="all", help=f"comma-separated, from {', '.join(PEERS)}; or all")
    ap.add_argument("--markdown", action="store_true", help="print markdown tables")
    ap.add_argument("--ablate", action="store_true", help="minic only, each rule switched off in turn")
    ap.add_argument("--quant", default="", help="comma-separated formats: a minic row with packed projections each")
    args = ap.parse_args()
    cfg = BENCH_SIZES[args.size]
    if args.prompt + args.new + 1 > cfg.n_positions:
        raise SystemExit(f"--prompt + --new must stay under the {cfg.n_positions} positions of GPT-2 {args.size}")
    if args.new < 8:
        raise SystemExit("--new must be at least 8: minic's Python time replays positions up to prompt + 7")
    # cold means cold: no runtime reuses compiled code from an earlier run (read before torch/tinygrad import)
    os.environ.setdefault("MINIC_DISABLE_DISK_CACHE", "1")
    os.environ.setdefault("TORCHINDUCTOR_FORCE_DISABLE_CACHES", "1")
    os.environ.setdefault("CACHELEVEL", "0")  # tinygrad's
    load = os.getloadavg()[0]  # a busy machine slows every row: the header says how busy this one was
    peers, skipped = available_peers(args.peers, args.device)
    params = random_params(cfg, seed=0)
    prompt = [int(x) for x in np.random.default_rng(1).integers(0, cfg.vocab_size, args.prompt)]
    minic_name = f"minic {args.device} {args.dtype}"
    if args.ablate:
        print(f"\nGPT-2 {args.size} on minic {args.device} {args.dtype}, prompt {args.prompt}, {args.new} new tokens, "
              f"each rule switched off in turn (what the rule buys: all-on tok/s over this row's), load average "
              f"{load:.1f} at start\n")
        print(render(("rules", "decode tok/s", "prefill tok/s", "decode gain", "prefill gain", "decode kernels"),
                     ablation(cfg, params, args.device, args.dtype, prompt, args.new), args.markdown))
        return
    rows = {minic_name: bench_minic(cfg, params, args.device, args.dtype, prompt, args.new,
                                    profile=args.device in GPU_DEVICES)}
    for fmt in filter(None, args.quant.split(",")):
        rows[f"{minic_name} {fmt}"] = bench_minic(cfg, params, args.device, args.dtype, prompt, args.new,
                                                  profile=args.device in GPU_DEVICES, quant=fmt)
    for p in peers:
        name, result = run_peer(p, cfg, params, prompt, args.new, args.device, args.dtype)
        rows[name] = result
    _note_logit_agreement(rows)
    print(f"\nGPT-2 {args.size} random weights, prompt {args.prompt} tokens, {args.new} new tokens, batch 1, "
          f"{len(os.sched_getaffinity(0))} cores, load average {load:.1f} at start\n")
    print(render(COLUMNS, table_rows(rows), args.markdown))
    ratios = ratio_rows(rows, minic_name)
    if ratios:
        print(f"\n{minic_name} against each peer (> 1x: minic is faster; tok/s over the peer's, the peer's kernel "
              f"time and cold start over minic's)\n")
        print(render(("peer", "decode", "ahead", "prefill", "kernel", "cold start"), ratios, args.markdown))
    for s in skipped:
        print(f"\nnot run: {s}")
    if _importable("torch"):
        err = check_same_logits(cfg, params, prompt[:16], args.device, args.dtype)
        print(f"\nmax |logits(minic) - logits(torch)| on a 16-token prompt: {err:.2e}")


def _note_logit_agreement(rows: dict) -> None:
    """Each torch peer's first decode logits against eager's (same weights, prompt and token): a compiled peer that
    computes something else shows here."""
    ref = rows.get("torch eager", {}).get("first_logits")
    if ref is None:
        return
    for name, r in rows.items():
        if name.startswith("torch") and name != "torch eager" and "error" not in r:
            r["note"] += f"; logits vs eager {np.abs(r['first_logits'] - ref).max():.1e}"


if __name__ == "__main__":
    main()
