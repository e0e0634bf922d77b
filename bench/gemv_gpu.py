"""GEMV kernel time on a GPU: minic's GEMV rule on decode shapes (float16), per setting, against cuBLAS.

Kernel time only: every kernel's duration as CUPTI reports it (torch.profiler), the median over many launches,
so neither side's Python launch cost counts. Each launch reads another copy of the weight (at least 256 MiB of
copies in turn), as decode does: a weight that stays in the 50 MB L2 cache between launches would flatter both
sides. `of copy` is the weight's bytes over the kernel time, as a fraction of the device's copy bandwidth
(torch copying a 256 MiB buffer, bytes read + written). Issue 13's target: at least 0.85 of copy for the shapes
of 5 MB and up; within 1.5x of max(bytes / copy bandwidth, an empty kernel's time) for the smaller ones.

    python3 bench/gemv_gpu.py --markdown                          # the default GpuGemvSettings
    python3 bench/gemv_gpu.py --sweep unroll=1,2,4,8 --markdown   # one column per value of a setting
    python3 bench/gemv_gpu.py --sweep "prefetch='none','all'" --markdown
    python3 bench/gemv_gpu.py --quant q4g32 --sweep packed_elements=8,16,32   # weights packed (minic.quant)
    python3 bench/gemv_gpu.py --sizes llama --quant q4_0 --sweep packed_unroll=0,16   # LLaMA-3-8B's shapes

With `--quant FMT` minic's weight is packed in that format and dequantized in the kernel (its float16 product is
what the model computes); `MB` and `of copy` count the packed bytes, and cuBLAS still multiplies a float16 weight
(the bytes a float16 model reads: the ratio of the two times is what the format buys at decode).
"""
from __future__ import annotations

import argparse
import ast
import dataclasses
import statistics
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cupti import cuda_events  # noqa: E402  (bench/cupti.py, beside this script)

import minic  # noqa: E402
from minic import Tensor, engine, quant  # noqa: E402
from minic.quant.weight import QuantizedWeight  # noqa: E402
from minic.runtime.buffer import Buffer  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402
from minic.sched.rules.gpu_gemv import GpuGemvSettings  # noqa: E402
from minic.sched.rules.settings import tune  # noqa: E402

SHAPES = {"small": [(768, 2304, "attn.c_attn"), (768, 768, "attn.c_proj"), (768, 3072, "mlp.c_fc"),
                    (3072, 768, "mlp.c_proj"), (768, 50257, "lm_head")],
          "xl": [(1600, 4800, "attn.c_attn"), (1600, 1600, "attn.c_proj"), (1600, 6400, "mlp.c_fc"),
                 (6400, 1600, "mlp.c_proj"), (1600, 50257, "lm_head")],
          "smollm2": [(576, 576, "q_proj"), (576, 192, "k_proj"), (576, 1536, "gate_proj"), (1536, 576, "down_proj"),
                      (576, 49152, "lm_head")],
          "llama": [(4096, 4096, "q_proj"), (4096, 14336, "gate_proj"), (14336, 4096, "down_proj")]}
ROTATE_BYTES = 256 << 20


def kernel_us(run, reps: int, copies: bool = False) -> float:
    """Median CUPTI duration (us) of the kernels `run()` launches, over `reps` calls (`copies`: of its memory
    copies instead)."""
    run()
    return statistics.median(us for _, us in cuda_events(run, reps, copies))


def copy_gbs() -> float:
    import torch
    a = torch.empty(ROTATE_BYTES, dtype=torch.uint8, device="cuda")
    b = torch.empty_like(a)
    return 2 * ROTATE_BYTES / kernel_us(lambda: b.copy_(a), 20, copies=True) / 1e3


class Weight:
    """One copy of the [N, K] weight on the GPU: float16, or packed in a quantization format."""

    def __init__(self, w: Tensor | QuantizedWeight):
        self.w = w
        packed = isinstance(w, QuantizedWeight)
        self.buffers = [t.node.arg for t in w.parts.values()] if packed else [w.node.arg]
        self.nbytes = w.nbytes if packed else int(np.prod(w.shape)) * 2
        self.float16 = w.dequant().cast(minic.float16) if packed else w  # what the product reads

    def reference(self) -> np.ndarray:
        return self.w.numpy().astype(np.float32)


def rotation(nbytes: int) -> int:
    """Copies of a weight of `nbytes` that the launches take in turn (at least ROTATE_BYTES in all)."""
    return max(2, -(-ROTATE_BYTES // nbytes))


def operands(K: int, N: int, fmt: str) -> tuple[Tensor, list[Weight]]:
    """x [1, K] float16 and rotation() copies of a weight [N, K] (float16, or packed in `fmt`) on the GPU."""
    rng = np.random.default_rng(0)
    x = Tensor(rng.standard_normal((1, K)).astype(np.float32), device="CUDA").cast(minic.float16).realize()
    host = rng.standard_normal((N, K)).astype(np.float32)
    if fmt:
        parts = quant.quantize(host, fmt).parts_numpy()
        first = Weight(QuantizedWeight(fmt, (N, K), parts, "CUDA"))
        return x, [first] + [Weight(QuantizedWeight(fmt, (N, K), parts, "CUDA"))
                             for _ in range(rotation(first.nbytes) - 1)]
    w = Tensor(host, device="CUDA").cast(minic.float16).realize()
    return x, [Weight(w)] + [Weight((w + 0.0).realize()) for _ in range(rotation(K * N * 2) - 1)]


def minic_us(x: Tensor, ws: list[Weight], settings: dict, reps: int) -> tuple[float, str, float]:
    """minic's x @ W.T kernel time (us) with GpuGemvSettings `settings`, its rule, and its largest error relative
    to the largest output."""
    dev = get_device("CUDA")
    saved = dev.target
    dev.target = tune(saved, GpuGemvSettings, **settings) if settings else saved
    try:
        t = x @ ws[0].float16.T
        (sk,) = t.schedule()
        prog = dev.compile(sk.source, sk.loop)
        n = ws[0].float16.shape[0]
        out = Buffer("CUDA", n, minic.float16)
        # the weight's buffers in the schedule: each launch swaps in another copy's
        handles = [[out.handle] + [w.buffers[ws[0].buffers.index(b)].handle if b in ws[0].buffers else b.handle
                                   for b in sk.graph.inputs] for w in ws]
        args = engine.var_args(sk.loop, sk.var_vals)
        turn = [0]

        def run():
            dev.launch(prog, handles[turn[0] % len(ws)], args)
            turn[0] += 1
        us = kernel_us(run, reps * len(ws))
        dev.launch(prog, handles[0], args)
        got = out.numpy()[:n].astype(np.float32)
        want = (x.numpy().astype(np.float32) @ ws[0].reference().T)[0]
        return us, sk.rule, float(np.abs(got - want).max() / (np.abs(want).max() + 1e-6))
    finally:
        dev.target = saved


def torch_us(K: int, N: int, copies: int, reps: int) -> float:
    import torch
    x = torch.randn(1, K, device="cuda", dtype=torch.float16)
    ws = [torch.randn(N, K, device="cuda", dtype=torch.float16) for _ in range(copies)]
    turn = [0]

    def run():
        torch.nn.functional.linear(x, ws[turn[0] % copies])
        turn[0] += 1
    return kernel_us(run, reps * copies)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="small,xl",
                   help="models whose decode shapes to time (GPT-2 small, xl; smollm2; llama: LLaMA-3-8B's)")
    p.add_argument("--sweep", default="", help="SETTING=v1,v2,...: one column per value (GpuGemvSettings field)")
    p.add_argument("--reps", type=int, default=4, help="passes over the rotating weight copies")
    p.add_argument("--quant", default="", metavar="FMT", help="minic's weights packed in this format (minic.quant)")
    p.add_argument("--markdown", action="store_true")
    args = p.parse_args()
    variants: list[dict] = [{}]
    if args.sweep:
        field, _, values = args.sweep.partition("=")
        known = [f.name for f in dataclasses.fields(GpuGemvSettings)]
        if field not in known or not values:
            raise SystemExit(f"--sweep: expected SETTING=v1,v2,... with SETTING one of {', '.join(known)}; "
                             f"got {args.sweep!r}")
        try:
            variants = [{field: ast.literal_eval(v)} for v in values.split(",")]
        except (ValueError, SyntaxError):
            raise SystemExit(f"--sweep: the values must be Python literals (1, 'all'), got {values!r}") from None
    copy = copy_gbs()
    names = [", ".join(f"{k}={v}" for k, v in s.items()) or "default" for s in variants]
    head = ["shape (KxN)", "weight", "MB"] + [f"minic {n} us (of copy)" for n in names] + ["cuBLAS us (of copy)"]
    print(f"copy bandwidth {copy:.0f} GB/s (torch copy_ of 256 MiB, read + write); kernel times are CUPTI medians")
    print("| " + " | ".join(head) + " |\n|" + "---|" * len(head) if args.markdown else "  ".join(head))
    for size in args.sizes.split(","):
        for K, N, name in SHAPES[size]:
            x, ws = operands(K, N, args.quant)
            mb = ws[0].nbytes / 1e6
            cells = []
            for s in variants:
                us, rule, err = minic_us(x, ws, s, args.reps)
                bad = "" if err < 2e-2 else f" WRONG (rel err {err:.1e})"
                cells.append(f"{us:.2f} ({mb * 1e3 / us / copy:.2f}){'' if rule == 'GEMV' else ' ' + rule}{bad}")
            tus = torch_us(K, N, rotation(K * N * 2), args.reps)
            row = [f"{K}x{N}", f"{size} {name}{' ' + args.quant if args.quant else ''}", f"{mb:.1f}", *cells,
                   f"{tus:.2f} ({K * N * 2e-3 / tus / copy:.2f})"]
            print("| " + " | ".join(row) + " |" if args.markdown else "  ".join(row), flush=True)


if __name__ == "__main__":
    main()
