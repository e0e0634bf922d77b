"""Quantized GEMV (decode) next to the float32 GEMV of the same shape: kernel time and wall time.

    PYTHONPATH=. python bench/quant.py                                   # LLVM, SmolLM2-135M's shapes
    PYTHONPATH=. python bench/quant.py --devices LLVM,C --formats f32,q4_0,q4_1,q8_0 --shapes 1536x576
    PYTHONPATH=. python bench/quant.py --devices CUDA --shapes 8192x8192   # on a GPU (also: copy GB/s)
    PYTHONPATH=. python bench/quant.py --formats q4_0,q4_1,q8_0 --shapes 1536x576 --cpu-variants 15   # A/B

Each row is one `x @ w.dequant().T` with x [1, in] (one kernel: the dequant is the GEMV's prologue). `kernel`
is the median time of launching that kernel alone back to back (compiled before), `wall` the median time of
`minic.quant.linear(x, w).realize()` from Python (the eager path, schedule cached after the first call). `GB/s`
counts the bytes the kernel must read: the packed weight (all its parts), x and the output. `x f32` is the
float32 row's kernel time over this row's: the speed-up of reading fewer bytes. `of copy` compares the GB/s with
a plain copy on the device (minic's `x + 0` over 64 MiB, bytes read + written).

On a GPU `kernel` is bounded by the host: each launch goes through `minic.engine.launch` from Python (about
13 us on CUDA), more than a decode GEMV's kernel takes, and the weight stays in the L2 between launches. A GPU's
kernel time comes from `bench/gemv_gpu.py --quant FMT` (CUPTI, weights rotating past the L2).
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from minic import Tensor, quant  # noqa: E402
from minic.engine import launch  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402

SMOLLM2 = ["1536x576", "576x1536", "576x576", "192x576", "49152x576"]  # gate/up, down, q/o, k/v, head
MIN_SAMPLE_S = 2e-3


def median_time(fn, sync, repeats: int) -> float:
    """Median seconds per call over `repeats` samples, each as many back-to-back calls as fill 2 ms."""
    fn()
    sync()
    t0, n = time.perf_counter(), 0
    while time.perf_counter() - t0 < MIN_SAMPLE_S:
        fn()
        n += 1
    sync()
    inner = max(1, n)
    samples = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        for _ in range(inner):
            fn()
        sync()
        samples.append((time.perf_counter() - t0) / inner)
    return statistics.median(samples)


def copy_gbps(dev: str, repeats: int) -> float:
    x = Tensor(np.zeros(16 * 2**20, dtype=np.float32), device=dev)
    (k,) = (x + 0.0).schedule()
    t = median_time(lambda: launch(k, k.graph.buffers, k.var_vals), get_device(dev).synchronize, repeats)
    return 2 * x.numel() * 4 / t / 1e9


def case(dev: str, fmt: str, out: int, cols: int, repeats: int) -> tuple:
    rng = np.random.default_rng(0)
    w_np = rng.standard_normal((out, cols)).astype(np.float32)
    x = Tensor(rng.standard_normal((1, cols)).astype(np.float32), device=dev)
    w = quant.quantize(w_np, fmt, device=dev)
    y = quant.linear(x, w)
    kernels = y.schedule()
    got = y.numpy()
    want = x.numpy() @ w.numpy().T
    ok = np.allclose(got, want, rtol=1e-3, atol=1e-3 * np.abs(want).max())
    sync = get_device(dev).synchronize

    def run():
        for k in kernels:
            launch(k, k.graph.buffers, k.var_vals)

    kernel_s = median_time(run, sync, repeats)
    wall_s = median_time(lambda: quant.linear(x, w).realize(), sync, repeats)
    nbytes = w.nbytes + cols * 4 + out * 4
    return len(kernels), kernels[-1].rule, ok, kernel_s, wall_s, nbytes


VARIANTS = [dict(packed_lanes=False, cols=4, int_dot=False), dict(packed_lanes=True, cols=2, int_dot=False),
            dict(packed_lanes=True, cols=4, int_dot=False), dict(packed_lanes=True, cols=4, prefetch_rows=0),
            dict(packed_lanes=True, cols=2), dict(packed_lanes=True, cols=4),
            dict(packed_lanes=True, cols=4, pair_dot=False)]


def variant_settings(v: dict) -> dict:
    """A variant as CpuGemvSettings fields: its `cols` are the columns a task of float and of integer products."""
    out = {k: x for k, x in v.items() if k != "cols"}
    return {**out, "packed_dot_cols": v["cols"], "planes_dot_cols": v["cols"], "int_dot_cols": v["cols"]}


def cpu_variants(dev: str, fmts: list, shapes: list, rounds: int) -> None:
    """The CPU packed GEMV under each CpuGemvSettings variant (run-wide accumulators or not, columns per task, the
    weight prefetch, float or integer products; settings a variant leaves out keep their defaults), in
    one process with the variants' kernels alternating round by round: min (median) us per launch."""
    from minic.sched.rules.cpu_gemv import CpuGemvSettings
    from minic.sched.rules.settings import tune
    device = get_device(dev)
    base, rng = device.target, np.random.default_rng(0)
    names = [f"{'lanes' if v['packed_lanes'] else 'no lanes'}, {v['cols']} cols"
             + (", no prefetch" if v.get("prefetch_rows") == 0 else "")
             + (", float" if v.get("int_dot") is False else ", int16 x")
             + (", products one by one" if v.get("pair_dot") is False else "") for v in VARIANTS]
    print("| shape [out, in] | format | " + " | ".join(names) + " |\n|---|---|" + "---|" * len(names))
    for out, cols in shapes:
        for fmt in fmts:
            w = quant.quantize(rng.standard_normal((out, cols)).astype(np.float32), fmt, device=dev)
            x = Tensor(rng.standard_normal((1, cols)).astype(np.float32), device=dev)
            kernels = []
            try:
                for v in VARIANTS:
                    device.target = tune(base, CpuGemvSettings, **variant_settings(v))
                    kernels.append(quant.linear(x, w).schedule())
            finally:
                device.target = base
            times: list = [[] for _ in VARIANTS]
            for _ in range(rounds):
                for ks, ts in zip(kernels, times):
                    t0 = time.perf_counter()
                    for _ in range(20):
                        for k in ks:
                            launch(k, k.graph.buffers, k.var_vals)
                    ts.append((time.perf_counter() - t0) / 20)
            cells = [f"{min(t) * 1e6:.1f} ({statistics.median(t) * 1e6:.1f})" for t in times]
            print(f"| {out}x{cols} | {fmt} | " + " | ".join(cells) + " |", flush=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--devices", default="LLVM")
    ap.add_argument("--formats", default="f32,q8_0,q4_0,q4_1,q4_k,q6_k,int8,q4g32,nf4")
    ap.add_argument("--shapes", default=",".join(SMOLLM2), help="OUTxIN, comma-separated")
    ap.add_argument("--repeats", type=int, default=7)
    ap.add_argument("--cpu-variants", type=int, default=0, metavar="ROUNDS",
                    help="instead: the CPU packed GEMV under each CpuGemvSettings variant, alternating ROUNDS times")
    args = ap.parse_args(argv)
    if args.cpu_variants:
        shapes = [tuple(int(v) for v in sh.split("x")) for sh in args.shapes.split(",")]
        cpu_variants(args.devices.split(",")[0], args.formats.split(","), shapes, args.cpu_variants)
        return
    print("| device | shape [out, in] | format | kernels | rule | kernel us | wall us | GB/s | of copy | x f32 |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for dev in args.devices.split(","):
        copy = copy_gbps(dev, args.repeats)
        for shape in args.shapes.split(","):
            out, cols = (int(s) for s in shape.split("x"))
            base = None
            for fmt in args.formats.split(","):
                if cols % quant.get_format(fmt).block_size(cols):
                    continue  # the format's blocks do not tile this input dim
                n, rule, ok, ks, ws, nbytes = case(dev, fmt, out, cols, args.repeats)
                base = ks if fmt == "f32" else base
                gbps = nbytes / ks / 1e9
                speedup = f"{base / ks:.2f}" if base else "-"
                print(f"| {dev} | {out}x{cols} | {fmt} | {n} | {rule}{'' if ok else ' WRONG'} | {ks * 1e6:.1f} | "
                      f"{ws * 1e6:.1f} | {gbps:.1f} | {gbps / copy:.2f} | {speedup} |", flush=True)
    print(f"\ncopy: {copy:.1f} GB/s on {dev}")


if __name__ == "__main__":
    main()
