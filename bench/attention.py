"""Attention kernels: minic's Attention rule against the same graph unfused (scores, softmax, product: what the
rule replaces) and torch's scaled_dot_product_attention, side by side in one run.

    python bench/attention.py --device CUDA [--markdown] [--set AttentionSettings.FIELD=VALUE ...]
    python bench/attention.py --device CUDA --cases smollm2 --variant "" --variant "AttentionSettings.splits=8"
    python bench/attention.py --device LLVM [--markdown]     # prefill and decode, float32, wall time, 2 cores

CUDA: decode as a model runs it, the keys and values a symbolic slice cache[:, :past + 1] of a cache of the
case's bound (so the split count is the one decode gets), kernel time per call from CUPTI (torch.profiler sees
every kernel in the process), so host launch time is excluded; `bound` is the issue's yardstick, max(K and V
bytes / copy bandwidth, an empty kernel's time), with the copy bandwidth of a 256 MiB device copy measured in
the same run. CPU: the rule's default schedules (a row at a time for decode, panels of rows for prefill; pass
--set AttentionSettings.max_cpu_queries=65536 for rows alone everywhere), wall time of a call (the schedule is
cached, so this is the kernels plus the Python of one eager call), against torch eager on the same threads; and
the fused kernel alone, launched from its schedule.
"""
from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cupti import cuda_events  # noqa: E402  (bench/cupti.py, beside this script)
from decode_kernels import tune_device  # noqa: E402

import minic  # noqa: E402
from minic import Tensor  # noqa: E402
from models.transformer import grouped_attention, within_window  # noqa: E402

# CUDA, decode: (label, query heads, key/value heads, keys, head dim, the cache's bound)
CUDA_CASES = [("gpt2-xl decode", 25, 25, m, 64, 1024) for m in (16, 128, 512, 1024)] + \
    [("gpt2-small decode", 12, 12, m, 64, 1024) for m in (16, 128, 1024)] + \
    [("gpt2-xl decode B=16", 400, 400, m, 64, 1024) for m in (128, 1024)] + \
    [("llama-8b decode (GQA 4)", 32, 8, m, 128, 8192) for m in (128, 1024, 8192)] + \
    [("smollm2 decode (GQA 3)", 9, 3, m, 64, 512) for m in (16, 128, 256, 512)]
# CPU: (label, query heads, key/value heads, query rows, keys, head dim, sliding window or None)
CPU_CASES = [("gpt2-small decode", 12, 12, 1, m, 64, None) for m in (128, 1024)] + \
    [("gpt2-small prefill", 12, 12, n, n, 64, None) for n in (128, 1024)] + \
    [("llama GQA 3 decode", 9, 3, 1, m, 64, None) for m in (150, 1024)] + \
    [("llama GQA 3 prefill", 9, 3, n, n, 64, None) for n in (128, 256, 1024)] + \
    [("gemma3 GQA 4 decode, window 512", 4, 1, 1, 1024, 256, 512),
     ("gemma3 GQA 4 prefill, window 512", 4, 1, 1024, 1024, 256, 512)]


def inputs(heads: int, kv: int, n: int, m: int, d: int, dtype: str, device: str) -> tuple:
    rng = np.random.default_rng(0)
    q = rng.standard_normal((heads, n, d)).astype(np.float32)
    k = rng.standard_normal((kv, m, d)).astype(np.float32)
    v = rng.standard_normal((kv, m, d)).astype(np.float32)
    mdt = minic.float16 if dtype == "float16" else minic.float32
    return (q, k, v), [Tensor(a, dtype=mdt, device=device).realize() for a in (q, k, v)]


def minic_call(tensors: list, fused: bool, window: int | None = None):
    """A function that runs the attention once (and syncs), with the Attention rule on or off; causal, or in a
    sliding window of `window` positions (a mask, as models/transformer.py makes it)."""
    def run():
        (minic.rules.enable if fused else minic.rules.disable)("Attention")
        try:
            return grouped_attention(*tensors, window_mask(tensors, window)).numpy()
        finally:
            minic.rules.enable("Attention")
    return run


def window_mask(tensors: list, window: int | None) -> Tensor | None:
    """The queries' sliding-window mask [n, m] (None without a window: causal)."""
    if window is None:
        return None
    n, m = tensors[0].shape[-2], tensors[1].shape[-2]
    return within_window(Tensor.arange(m, device=tensors[0].device)[m - n:], m, window)


def allowed(n: int, m: int, window: int | None) -> np.ndarray:
    """[n, m] booleans: the causal mask of the last n of m positions, within `window` of each query when given."""
    i, j = np.arange(m - n, m)[:, None], np.arange(m)[None, :]
    return (j <= i) & (j > i - (window or m + 1))


def torch_call(arrays: tuple, dtype: str, device: str, window: int | None = None):
    import torch
    import torch.nn.functional as F
    tdt = torch.float16 if dtype == "float16" else torch.float32
    q, k, v = (torch.tensor(a, dtype=tdt, device="cuda" if device == "CUDA" else "cpu")[None] for a in arrays)
    causal = q.shape[2] > 1 and window is None
    mask = None if window is None else torch.tensor(allowed(q.shape[2], k.shape[2], window))

    def run():
        with torch.no_grad():
            out = F.scaled_dot_product_attention(q, k, v, attn_mask=mask, is_causal=causal,
                                                 enable_gqa=q.shape[1] != k.shape[1])
        if device == "CUDA":
            torch.cuda.synchronize()
        return out
    return run


def cupti_us(fn, reps: int = 20) -> float:
    """GPU kernel microseconds per call of `fn` (every kernel it launches, copies excluded)."""
    fn()
    return sum(us for _, us in cuda_events(fn, reps)) / reps


def kernel_ms(tensors: list, window: int | None = None, reps: int = 50) -> float:
    """The fused attention's kernels alone, launched back to back from their schedule (no Python of an eager
    call around them): median ms per call."""
    from minic.engine import launch
    from minic.runtime.registry import get_device
    kernels = grouped_attention(*tensors, window_mask(tensors, window)).schedule()
    sync = get_device(tensors[0].device).synchronize

    def run():
        for k in kernels:
            launch(k, k.graph.buffers, k.var_vals)
        sync()
    return wall_ms(run, reps)


def settled(measure, *args) -> float:
    """measure(*args) after a pause: the worker threads of other libraries (OpenBLAS under numpy's check, torch's
    OpenMP) spin on the cores for a while after their last call, and a 2-core minic kernel timed meanwhile ran at
    half its speed."""
    time.sleep(0.5)
    return measure(*args)


def wall_ms(fn, reps: int = 5) -> float:
    fn()
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1e3


def copy_gbps() -> float:
    import torch
    x = torch.empty(64 * 2**20, dtype=torch.float32, device="cuda")
    y = torch.empty_like(x)
    us = cupti_us(lambda: torch.mul(x, 1.0, out=y), reps=10)  # a kernel (a plain copy_ is a Memcpy, not counted)
    return 2 * x.numel() * 4 / (us * 1e-6) / 1e9


def empty_kernel_us() -> float:
    t = Tensor(np.zeros(1, np.float32), device="CUDA").realize()
    return cupti_us(lambda: (t + 1.0).realize(), reps=50)


def check(arrays: tuple, got: np.ndarray, causal: bool, window: int | None = None) -> float:
    q, k, v = (a.astype(np.float64) for a in arrays)
    g = q.shape[0] // k.shape[0]
    k, v = np.repeat(k, g, 0), np.repeat(v, g, 0)
    s = q @ k.transpose(0, 2, 1) / math.sqrt(q.shape[-1])
    if causal or window is not None:
        s = np.where(allowed(*s.shape[-2:], window), s, -np.inf)
    p = np.exp(s - s.max(-1, keepdims=True))
    want = p / p.sum(-1, keepdims=True) @ v
    return float(np.abs(got.astype(np.float64) - want).max() / np.abs(want).max())


def decode_tensors(heads: int, kv: int, m: int, d: int, bound: int) -> tuple:
    """A decode step's operands as a model has them: one query row per head against cache[:, :past + 1] of a
    float16 cache of `bound` positions, past = m - 1 (a symbolic slice: the kernel is the one every past runs)."""
    rng = np.random.default_rng(0)
    q = rng.standard_normal((heads, 1, d)).astype(np.float32)
    cache = [rng.standard_normal((kv, bound, d)).astype(np.float32) for _ in range(2)]
    past = minic.Var("past", 0, bound - 1)
    kt, vt = (Tensor(c, dtype=minic.float16, device="CUDA").realize()[:, :past + 1].bind(past=m - 1) for c in cache)
    return (q, cache[0][:, :m], cache[1][:, :m]), [Tensor(q, dtype=minic.float16, device="CUDA").realize(), kt, vt]


def run_cuda(markdown: bool, cases: str = "", variants: tuple = ("",)) -> None:
    """The CUDA table: every case whose label contains `cases`; with several `variants` (each "SET;SET", as
    --variant takes them) only the fused kernel is timed, once per variant, the unfused and torch columns left
    out, so that a sweep of settings compares like with like in one process."""
    from minic.runtime.registry import get_device
    from minic.sched.attention import find_attention
    from minic.sched.rules.attention import _splits
    gbps, empty = copy_gbps(), empty_kernel_us()
    print(f"copy {gbps:.0f} GB/s (256 MiB device copy, read + write); empty minic kernel {empty:.1f} us")
    sweep = len(variants) > 1
    head = "| case | keys (bound) | splits | K+V MB | minic us | unfused us | torch us | minic GB/s | of copy | " \
           "minic / bound | unfused / minic | torch / minic | rel err |"
    if sweep:
        head = "| case | keys (bound) | variant | splits | minic us | minic / bound | rel err |"
    print(head + "\n" + "|---" * (head.count("|") - 1) + "|" if markdown else head)
    dev = get_device("CUDA")
    base = dev.target
    for label, h, kv, m, d, cap in (c for c in CUDA_CASES if cases in c[0]):
        arrays, tensors = decode_tensors(h, kv, m, d, cap)
        mb = 2 * kv * m * d * 2 / 1e6
        bound = max(mb * 1e6 / (gbps * 1e9) * 1e6, empty)
        for variant in variants:
            dev.target = base
            for item in filter(None, variant.split(";")):
                tune_device(item)
            fused = minic_call(tensors, True)
            err = check(arrays, fused(), causal=False)
            kernel = grouped_attention(*tensors).schedule()[-1]
            splits = _splits(find_attention(kernel.graph.root), dev.target) if kernel.rule == "Attention" else "-"
            mu = cupti_us(fused)
            if sweep:
                print(f"| {label} | {m} ({cap}) | {variant or 'default'} | {splits} | {mu:.1f} | {mu / bound:.2f} | "
                      f"{err:.1e} |")
                continue
            uu, tu = cupti_us(minic_call(tensors, False)), cupti_us(torch_call(arrays, "float16", "CUDA"))
            print(f"| {label} | {m} ({cap}) | {splits} | {mb:.2f} | {mu:.1f} | {uu:.1f} | {tu:.1f} | "
                  f"{mb * 1e3 / mu:.0f} | {mb * 1e3 / mu / gbps:.2f} | {mu / bound:.2f} | {uu / mu:.2f} | "
                  f"{tu / mu:.2f} | {err:.1e} |")
    dev.target = base


def run_cpu(device: str, markdown: bool) -> None:
    import torch

    print(f"{device}, {torch.get_num_threads()} torch threads, float32, wall ms per call (median of 5; minic's "
          f"kernel alone: median of 50)")
    head = ("| case | rows x keys | minic ms | minic kernel ms | unfused ms | torch eager ms | unfused / minic | "
            "torch / minic | rel err |")
    print(head + "\n" + "|---" * (head.count("|") - 1) + "|" if markdown else head)
    for label, h, kv, n, m, d, window in CPU_CASES:
        arrays, tensors = inputs(h, kv, n, m, d, "float32", device)
        fused, unfused = minic_call(tensors, True, window), minic_call(tensors, False, window)
        got = fused()
        mt, kt = settled(wall_ms, fused), settled(kernel_ms, tensors, window)
        ut, tt = settled(wall_ms, unfused), wall_ms(torch_call(arrays, "float32", device, window))
        err = check(arrays, got, causal=n > 1, window=window)
        print(f"| {label} | {n} x {m} | {mt:.2f} | {kt:.3f} | {ut:.2f} | {tt:.2f} | {ut / mt:.2f} | {tt / mt:.2f} | "
              f"{err:.1e} |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--markdown", action="store_true")
    ap.add_argument("--set", action="append", default=[], metavar="SETTINGS.FIELD=VALUE",
                    help="a rule setting of --device for this run, e.g. AttentionSettings.threads=128 (repeatable)")
    ap.add_argument("--cases", default="", help="CUDA: only the cases whose label contains this, e.g. smollm2")
    ap.add_argument("--variant", action="append", default=[], metavar="SET[;SET...]",
                    help="CUDA: time the fused kernel once more with these --set items on top of --set's "
                         "(repeatable; '' is the defaults); two or more make a sweep table")
    args = ap.parse_args()
    for item in args.set:
        tune_device(item, args.device)
    if args.device == "CUDA":
        run_cuda(args.markdown, args.cases, tuple(args.variant) or ("",))
    else:
        run_cpu(args.device, args.markdown)


if __name__ == "__main__":
    main()
