"""Compare the CPU Matmul's tile settings (rules/cpu_matmul.py CpuMatmulSettings) for one matmul shape,
interleaved with numpy (noise hits all alike).

    PYTHONPATH=. python bench/tune.py 128x768x2304,512x768x3072 rows,vectors 4/4,6/4,8/3
    PYTHONPATH=. python bench/tune.py 128x768x50257 dot_rows,dot_cols 4/4,6/4 --nt

Prints median (and best) GFLOP/s per configuration; the winner belongs in CpuMatmulSettings' defaults."""
from __future__ import annotations

import argparse
import os
import sys
import time

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from minic import Tensor  # noqa: E402
from minic.engine import launch  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402
from minic.sched.rules.cpu_matmul import CpuMatmulSettings  # noqa: E402
from minic.sched.rules.settings import tune  # noqa: E402


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("shapes")
    p.add_argument("keys")
    p.add_argument("configs")
    p.add_argument("--nt", action="store_true", help="x @ W.T with W [N, K]")
    p.add_argument("--repeats", type=int, default=7)
    p.add_argument("--device", default="LLVM")
    args = p.parse_args()
    dev = get_device(args.device)
    base = dev.target
    rng = np.random.default_rng(0)
    keys = args.keys.split(",")
    cfgs = [dict(zip(keys, map(int, c.split("/")))) for c in args.configs.split(",")]
    for shape in args.shapes.split(","):
        M, K, N = map(int, shape.split("x"))
        a = rng.standard_normal((M, K), dtype=np.float32)
        b = rng.standard_normal((N, K) if args.nt else (K, N), dtype=np.float32)
        bv = b.T if args.nt else b
        runs = []
        for c in cfgs:
            dev.target = tune(base, CpuMatmulSettings, **c)
            tb = Tensor(b, device=args.device)
            sk = (Tensor(a, device=args.device) @ (tb.T if args.nt else tb)).schedule()[0]
            runs.append(lambda sk=sk: launch(sk, sk.graph.buffers, sk.var_vals))
        dev.target = base
        out = np.empty((M, N), np.float32)
        runs.append(lambda a=a, bv=bv, out=out: np.matmul(a, bv, out=out))
        for f in runs:
            f()
        ts: list = [[] for _ in runs]
        for _ in range(args.repeats):
            for i, f in enumerate(runs):
                t0 = time.perf_counter()
                f()
                ts[i].append(time.perf_counter() - t0)
        fl = 2 * M * K * N
        names = ["/".join(str(v) for v in c.values()) for c in cfgs] + ["numpy"]
        cells = [f"{n}: {fl / np.median(t) / 1e9:6.1f} (best {fl / np.min(t) / 1e9:6.1f})" for n, t in zip(names, ts)]
        print(f"{shape}{' NT' if args.nt else ''} | " + " | ".join(cells), flush=True)


if __name__ == "__main__":
    main()
