"""Device time of the GPU Matmul schedules on GPT-2's GEMM shapes, per tile configuration, against PyTorch.

Each configuration overrides TensorCoreMatmul's settings (rules/gpu_mma.py MmaSettings: tiles, depth, stages),
or switches the rule off to time the SIMT Matmul rule; every kernel is timed alone with CUDA events (no Python
launch cost on either side), and its output is checked against torch before it is timed.
This is how MmaSettings' defaults were chosen:

    python3 bench/gpu_matmul_tiles.py                  # on a machine with a CUDA GPU
"""
from __future__ import annotations

import argparse

import numpy as np

import minic
from minic import Tensor, engine
from minic.runtime.buffer import Buffer
from minic.sched import rules
from minic.sched.rules.gpu_mma import MmaSettings
from minic.sched.rules.settings import tune

SHAPES = [(768, 2304, "attn.c_attn"), (768, 768, "attn.c_proj"), (768, 3072, "mlp.c_fc"), (3072, 768, "mlp.c_proj"),
          (768, 50257, "lm_head (wte.T)")]
CONFIGS = {"simt 64x64": None,
           "64x64 k64 s2": {"tiles": ((64, 64),), "stages": 2},
           "64x64 k64 s4": {"tiles": ((64, 64),)},
           "128x64 k64 s4": {"tiles": ((128, 64),)},
           "128x128 k64 s2": {"tiles": ((128, 128),), "stages": 2},
           "128x128 k64 s4": {"tiles": ((128, 128),)},
           "mma default": {}}


def time_minic(dev, t: Tensor, reps: int) -> tuple[float, np.ndarray, str]:
    (sk,) = t.schedule()
    bufs = [b if b is not sk.graph.output else Buffer("CUDA", b.size, b.dtype) for b in sk.graph.buffers]
    prog = dev.compile(sk.source, sk.loop)
    handles = [b.handle for b in bufs]
    seconds = dev.time_launch(prog, handles, engine.var_args(sk.loop, sk.var_vals), reps=reps)
    out = bufs[0].numpy()[:int(np.prod(t.shape))].reshape(t.shape).astype(np.float32)
    return seconds, out, sk.rule


def time_torch(fn, reps: int) -> float:
    import torch
    for _ in range(3):
        fn()
    start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
    start.record()
    for _ in range(reps):
        fn()
    end.record()
    torch.cuda.synchronize()
    return start.elapsed_time(end) / 1e3 / reps


def main() -> None:
    import torch
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rows", default="128,512")
    p.add_argument("--reps", type=int, default=50)
    args = p.parse_args()
    dev = minic.get_device("CUDA")
    base = dev.target
    rng = np.random.default_rng(0)
    print(f"{torch.cuda.get_device_name()}, float16, kernel time (CUDA events); TFLOP/s, ratio to torch\n")
    print("| shape (MxKxN) | weight | torch | " + " | ".join(CONFIGS) + " |")
    print("|---|---|---|" + "---|" * len(CONFIGS))
    for T in map(int, args.rows.split(",")):
        for K, N, name in SHAPES:
            x = rng.standard_normal((T, K)).astype(np.float32)
            w = rng.standard_normal((N, K) if "lm_head" in name else (K, N)).astype(np.float32) / np.sqrt(K)
            tx, tw = torch.tensor(x, device="cuda").half(), torch.tensor(w, device="cuda").half()
            mx, mw = Tensor(x, dtype=minic.float16, device="CUDA"), Tensor(w, dtype=minic.float16, device="CUDA")
            if "lm_head" in name:
                tw, mw = tw.T, mw.T
            ref = (tx @ tw).float().cpu().numpy()
            flops = 2 * T * K * N
            t_torch = time_torch(lambda a=tx, b=tw: a @ b, args.reps)
            cells = []
            for cfg in CONFIGS.values():
                dev.target = base if cfg is None else tune(base, MmaSettings, **cfg)
                engine.clear_schedule_cache()
                if cfg is None:
                    rules.disable("TensorCoreMatmul")
                try:
                    seconds, out, rule = time_minic(dev, mx @ mw, args.reps)
                finally:
                    rules.enable("TensorCoreMatmul")
                err = float(np.max(np.abs(out - ref)) / (np.max(np.abs(ref)) + 1e-6))
                cell = f"{flops / seconds / 1e12:.1f} ({t_torch / seconds:.2f}x)"
                cells.append(cell if err < 1e-2 else f"{cell} WRONG err {err:.1e}")
            dev.target = base
            print(f"| {T}x{K}x{N} | {name} | {flops / t_torch / 1e12:.1f} | " + " | ".join(cells) + " |", flush=True)


if __name__ == "__main__":
    main()
