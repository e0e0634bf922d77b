"""minic next to numpy: elementwise/reduction bandwidth, matmul GFLOP/s, GPT-2 GEMM and GEMV shapes.

    PYTHONPATH=. python bench/ops.py                      # LLVM and C, every table
    PYTHONPATH=. python bench/ops.py --devices LLVM --only gpt2,gemv --repeats 9
    PYTHONPATH=. python bench/ops.py --markdown > bench/README.md
    PYTHONPATH=. python bench/ops.py --devices CUDA       # a GPU: timed through the runtime's synchronize()

Each case is built once (compile outside the timing), then minic and numpy run
alternately `--repeats` times; tables show medians and the minic spread
((max - min) / median), because the machine may be shared. GB/s counts the bytes
minic's cost model says the kernels must move (the same count for numpy, so the
ratio is the time ratio); GFLOP/s counts 2*M*K*N for a matmul.
"""
from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from dataclasses import dataclass

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from minic import Tensor, Var  # noqa: E402
from minic.engine import cost, launch  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402

GEMM_TARGET, GEMV_TARGET = 0.7, 0.8
# GPT-2 small: (name, K, N, transposed weight); the head is x @ wte.T with wte [50257, 768]
GPT2 = [("attn.c_attn", 768, 2304, False), ("attn.c_proj", 768, 768, False), ("mlp.c_fc", 768, 3072, False),
        ("mlp.c_proj", 3072, 768, False), ("lm_head (wte.T)", 768, 50257, True)]


@dataclass
class Row:
    cells: list
    ratio: float = 0.0
    target: float = 0.0


def timed(fn, sync) -> float:
    sync()
    t0 = time.perf_counter()
    fn()
    sync()
    return time.perf_counter() - t0


def race(kernels: list, ref, repeats: int, dev: str) -> tuple[float, float, float]:
    """(minic median s, minic spread, numpy median s), alternating the two."""
    d = get_device(dev)

    def run():
        for sk in kernels:
            launch(sk, sk.graph.buffers, sk.var_vals)

    first = timed(run, d.synchronize)
    ref()
    repeats = max(3, min(repeats, int(4.0 / max(first, 1e-9))))  # long cases: fewer repeats
    ts, tn = [], []
    for _ in range(repeats):
        ts.append(timed(run, d.synchronize))
        tn.append(timed(ref, lambda: None))
    med = statistics.median(ts)
    return med, (max(ts) - min(ts)) / med, statistics.median(tn)


def check(t: Tensor, ref: np.ndarray, tol: float = 2e-3) -> str:
    got = t.numpy()
    return "" if np.allclose(got, ref, rtol=tol, atol=tol) else " WRONG"


def ops_table(devs: list, repeats: int, quick: bool) -> tuple[list, list]:
    rng = np.random.default_rng(0)
    R, C = (1024, 1024) if quick else (4096, 1024)
    a, b = rng.standard_normal((R, C), dtype=np.float32), rng.standard_normal((R, C), dtype=np.float32)
    out = np.empty_like(a)
    vec = np.empty((R,), np.float32)

    def np_softmax():
        np.subtract(a, a.max(-1, keepdims=True), out=out)
        np.exp(out, out=out)
        np.divide(out, out.sum(-1, keepdims=True), out=out)

    def np_layernorm():
        mu = a.mean(-1, keepdims=True)
        np.subtract(a, mu, out=out)
        var = np.einsum("ij,ij->i", out, out)[:, None] / C
        np.divide(out, np.sqrt(var + 1e-5), out=out)

    cases = [("add", lambda x, y: x + y, lambda: np.add(a, b, out=out), a + b),
             ("exp", lambda x, y: x.exp(), lambda: np.exp(a, out=out), np.exp(a)),
             ("x*y+1 (fused)", lambda x, y: x * y + 1, lambda: (np.multiply(a, b, out=out), np.add(out, 1, out=out)),
              a * b + 1),
             ("sum rows", lambda x, y: x.sum(-1), lambda: np.sum(a, -1, out=vec), a.sum(-1)),
             ("max rows", lambda x, y: x.max(-1), lambda: np.max(a, -1, out=vec), a.max(-1)),
             ("softmax rows", lambda x, y: x.softmax(-1), np_softmax, None),
             ("layernorm rows", lambda x, y: x.layer_norm(), np_layernorm, None)]
    head = ["op", "shape", "device", "rule", "minic GB/s", "numpy GB/s", "ratio", "spread"]
    rows = []
    for dev in devs:
        ta, tb = Tensor(a, device=dev), Tensor(b, device=dev)
        for name, make, ref, expect in cases:
            t = make(ta, tb)
            sks = t.schedule()
            if expect is None:
                ref()
                expect = out.copy()
            bad = check(t, expect)
            nbytes = sum(cost(sk.graph, sk.var_vals)[0] for sk in sks)
            tm, spread, tn = race(sks, ref, repeats, dev)
            rows.append(Row([name, f"{R}x{C}", dev, "+".join(sk.rule for sk in sks),
                             f"{nbytes / tm / 1e9:.1f}{bad}", f"{nbytes / tn / 1e9:.1f}", f"{tn / tm:.2f}",
                             f"{100 * spread:.0f}%"], tn / tm))
    return head, rows


def mm_case(dev: str, M: int, K: int, N: int, transposed: bool, sym: bool, repeats: int):
    rng = np.random.default_rng(1)
    x = rng.standard_normal((M, K), dtype=np.float32)
    w = rng.standard_normal((N, K) if transposed else (K, N), dtype=np.float32)
    wv = w.T if transposed else w
    tw = Tensor(w, device=dev)
    tx = Tensor(x, shape=(Var("n", 1, 1024), K), device=dev) if sym else Tensor(x, device=dev)
    t = tx @ (tw.T if transposed else tw)
    sks = t.schedule()
    out = np.empty((M, N), np.float32)
    bad = check(t, x @ wv, 1e-2)
    tm, spread, tn = race(sks, lambda: np.matmul(x, wv, out=out), repeats, dev)
    return sks, bad, tm, spread, tn, w.nbytes


def gemm_table(devs: list, repeats: int, quick: bool) -> tuple[list, list]:
    head = ["shape (MxKxN)", "weight", "device", "rule", "minic GFLOP/s", "numpy GFLOP/s", "ratio", "target",
            "spread"]
    rows = []
    cases = [("square", 1024, 1024, 1024, False)]
    for T in ((128,) if quick else (128, 512)):
        cases += [(name, T, K, N, tr) for name, K, N, tr in GPT2]
    for dev in devs:
        for name, M, K, N, tr in cases:
            sks, bad, tm, spread, tn, _ = mm_case(dev, M, K, N, tr, False, repeats)
            fl = 2 * M * K * N
            ratio = tn / tm
            target = GEMM_TARGET if name != "square" else 0.0
            verdict = "" if not target else (" pass" if ratio >= target else
                                             f" MISS by {100 * (target - ratio) / target:.0f}%")
            rows.append(Row([f"{M}x{K}x{N}", name, dev, sks[0].rule, f"{fl / tm / 1e9:.1f}{bad}",
                             f"{fl / tn / 1e9:.1f}", f"{ratio:.2f}", f">={target}{verdict}" if target else "-",
                             f"{100 * spread:.0f}%"], ratio, target))
    return head, rows


def gemv_table(devs: list, repeats: int, quick: bool) -> tuple[list, list]:
    head = ["shape (MxKxN)", "weight", "device", "rule", "minic GB/s", "numpy GB/s", "ratio", "target", "spread"]
    rows = []
    cases = [(name, K, N, tr, False) for name, K, N, tr in GPT2]
    cases += [(name + " [n=1 of Var n<=1024]", K, N, tr, True) for name, K, N, tr in GPT2 if name in
              ("attn.c_attn", "lm_head (wte.T)")]
    if quick:
        cases = cases[:2]
    for dev in devs:
        for name, K, N, tr, sym in cases:
            sks, bad, tm, spread, tn, wbytes = mm_case(dev, 1, K, N, tr, sym, repeats)
            ratio = tn / tm
            verdict = " pass" if ratio >= GEMV_TARGET else f" MISS by {100 * (GEMV_TARGET - ratio) / GEMV_TARGET:.0f}%"
            rows.append(Row([f"1x{K}x{N}", name, dev, sks[0].rule, f"{wbytes / tm / 1e9:.1f}{bad}",
                             f"{wbytes / tn / 1e9:.1f}", f"{ratio:.2f}", f">={GEMV_TARGET}{verdict}",
                             f"{100 * spread:.0f}%"], ratio, GEMV_TARGET))
    return head, rows


def render(title: str, head: list, rows: list, markdown: bool) -> str:
    cells = [head] + [r.cells for r in rows]
    if markdown:
        lines = [f"### {title}", "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(str(c) for c in r.cells) + " |" for r in rows]
        return "\n".join(lines) + "\n"
    widths = [max(len(str(row[i])) for row in cells) for i in range(len(head))]
    lines = [title, "  ".join(h.ljust(w) for h, w in zip(head, widths))]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r.cells, widths)) for r in rows]
    return "\n".join(lines) + "\n"


def machine() -> str:
    cpu = platform.processor() or "?"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (f"{cpu}, {len(os.sched_getaffinity(0))} cores, numpy {np.__version__}, load average {load:.1f} "
            f"at start, python {platform.python_version()}")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--devices", default="LLVM,C", help="comma-separated minic devices (LLVM,C,PY,CL,WEBGPU,CUDA)")
    p.add_argument("--only", default="ops,gemm,gemv", help="tables to run: ops,gemm,gemv")
    p.add_argument("--repeats", type=int, default=7)
    p.add_argument("--quick", action="store_true", help="smaller sizes, fewer shapes (a smoke run)")
    p.add_argument("--markdown", action="store_true", help="emit bench/README.md")
    args = p.parse_args(argv)
    devs = [d.strip().upper() for d in args.devices.split(",") if d.strip()]
    only = set(args.only.split(","))
    cmd = "PYTHONPATH=. python bench/ops.py " + " ".join(argv if argv is not None else sys.argv[1:])
    out = []
    if args.markdown:
        out.append("# minic benchmarks\n\nGenerated by `bench/ops.py`; do not edit by hand. Regenerate with\n\n"
                   f"    {cmd}\n\nMachine: {machine()}.\n\n"
                   f"Medians of {args.repeats} alternating runs (minic, numpy, minic, ...; at least 3 when one run "
                   "takes over half a second). The machine is shared "
                   "with other jobs: `spread` is (max - min) / median of the minic runs; ratios between runs of "
                   "this script can move by 10-30% (numpy's OpenBLAS threads suffer most from a busy neighbour). "
                   "GEMM target: minic >= 0.7x numpy GFLOP/s; GEMV target: >= 0.8x numpy's weight-read GB/s.\n")
    tables = [("ops", "Elementwise and reduction bandwidth", ops_table),
              ("gemm", "Matmul: square and GPT-2 GEMM shapes (T = 128, 512)", gemm_table),
              ("gemv", "GEMV (decode, T = 1): GB/s of weights read", gemv_table)]
    for key, title, fn in tables:
        if key not in only:
            continue
        head, rows = fn(devs, args.repeats, args.quick)
        text = render(title, head, rows, args.markdown)
        out.append(text)
        if not args.markdown:
            print(text, flush=True)
        scored = [r for r in rows if r.target]
        if scored:
            miss = [r for r in scored if r.ratio < r.target]
            out.append(f"{len(scored) - len(miss)}/{len(scored)} shapes meet the target.\n")
            if not args.markdown:
                print(out[-1], flush=True)
    if args.markdown:
        print("\n".join(out))


if __name__ == "__main__":
    main()
