"""GPT-2 inference: minic vs PyTorch eager vs torch.compile, same random weights, same machine, one run.

    python bench/gpt2.py [--size small] [--prompt 128] [--new 128] [--device LLVM] [--no-compile]

Measures prefill tokens/s (one prompt of --prompt tokens, warm), decode tokens/s (batch 1, --new greedy
tokens after the prompt, steady state) and cold start (first prefill + first decode calls, which
schedule/record/compile). PyTorch runs a plain GPT-2 with a preallocated KV cache (the same math as
models/gpt2.py), so both sides do the same work. Prints a markdown table with ratios.
"""
from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from models.gpt2 import GPT2, SIZES  # noqa: E402
from models.weights import random_params  # noqa: E402


def bench_minic(cfg, params, device: str, prompt: list, new: int) -> dict:
    import minic
    os.environ.setdefault("MINIC_DISABLE_DISK_CACHE", "1")  # cold means cold: no object code from earlier runs
    m = GPT2(cfg, params, device=device, max_ctx=len(prompt) + new + 1)
    t0 = time.perf_counter()
    logits = m.prefill(prompt)
    tok = int(logits.argmax())
    m.decode(tok, len(prompt))
    m.decode(tok, len(prompt) + 1)  # the second record; later calls replay
    cold = time.perf_counter() - t0
    compiles = minic.get_device(device).compiles
    m.prefill(prompt)  # second prefill record
    prefill = _best(lambda: m.prefill(prompt), 3)
    steps = []
    pos = len(prompt)
    for _ in range(new):
        t = time.perf_counter()
        tok = int(m.decode(tok, pos).argmax())
        steps.append(time.perf_counter() - t)
        pos += 1
    return {"prefill": len(prompt) / prefill, "decode": len(steps) / sum(steps), "cold": cold,
            "note": f"{compiles} programs built", "overhead_ms": python_overhead_ms(m, tok, len(prompt))}


def python_overhead_ms(m: GPT2, tok: int, pos: int) -> float:
    """Per-token time of a replayed decode with the device launch stubbed out: the Python left per token."""
    import minic
    dev = minic.get_device(m.device)
    real = dev.launch
    dev.launch = lambda *a, **k: None
    try:
        return _best(lambda: m.decode(tok, pos), 20) * 1e3
    finally:
        dev.launch = real


class TorchGPT2:
    """GPT-2 in plain PyTorch with a preallocated KV cache: the eager / torch.compile baseline."""

    def __init__(self, cfg, params: dict, max_ctx: int):
        import torch
        self.t, self.cfg = torch, cfg
        self.w = {k: torch.from_numpy(v.copy()) for k, v in params.items()}
        shape = (cfg.n_layer, cfg.n_head, max_ctx, cfg.head_dim)
        self.k, self.v = torch.zeros(shape), torch.zeros(shape)

    def forward(self, ids, past: int):
        t, cfg, w = self.t, self.cfg, self.w
        F = t.nn.functional
        n, c, h, d = ids.shape[0], cfg.n_embd, cfg.n_head, cfg.head_dim
        x = w["wte.weight"][ids] + w["wpe.weight"][past:past + n]
        mask = t.ones(n, past + n, dtype=t.bool).tril(past)
        for i in range(cfg.n_layer):
            p = f"h.{i}."
            a = F.layer_norm(x, (c,), w[p + "ln_1.weight"], w[p + "ln_1.bias"], cfg.layer_norm_epsilon)
            q, k, v = (t.addmm(w[p + "attn.c_attn.bias"], a, w[p + "attn.c_attn.weight"])
                       .view(n, 3, h, d).permute(1, 2, 0, 3))
            self.k[i, :, past:past + n] = k
            self.v[i, :, past:past + n] = v
            att = F.scaled_dot_product_attention(q, self.k[i, :, :past + n], self.v[i, :, :past + n], attn_mask=mask)
            x = x + t.addmm(w[p + "attn.c_proj.bias"], att.permute(1, 0, 2).reshape(n, c), w[p + "attn.c_proj.weight"])
            a = F.layer_norm(x, (c,), w[p + "ln_2.weight"], w[p + "ln_2.bias"], cfg.layer_norm_epsilon)
            f = F.gelu(t.addmm(w[p + "mlp.c_fc.bias"], a, w[p + "mlp.c_fc.weight"]), approximate="tanh")
            x = x + t.addmm(w[p + "mlp.c_proj.bias"], f, w[p + "mlp.c_proj.weight"])
        x = F.layer_norm(x[-1:], (c,), w["ln_f.weight"], w["ln_f.bias"], cfg.layer_norm_epsilon)
        return (x @ w["wte.weight"].T)[0]


def bench_torch(cfg, params, prompt: list, new: int, compiled: bool, threads: int) -> dict:
    import torch
    torch.set_num_threads(threads)
    model = TorchGPT2(cfg, params, len(prompt) + new + 1)
    fwd = torch.compile(model.forward, dynamic=True) if compiled else model.forward
    ids = torch.tensor(prompt)
    with torch.inference_mode():
        t0 = time.perf_counter()
        tok = int(fwd(ids, 0).argmax())
        fwd(torch.tensor([tok]), len(prompt))
        fwd(torch.tensor([tok]), len(prompt) + 1)
        cold = time.perf_counter() - t0
        prefill = _best(lambda: fwd(ids, 0), 3)
        steps = []
        pos = len(prompt)
        for _ in range(new):
            t = time.perf_counter()
            tok = int(fwd(torch.tensor([tok]), pos).argmax())
            steps.append(time.perf_counter() - t)
            pos += 1
    return {"prefill": len(prompt) / prefill, "decode": len(steps) / sum(steps), "cold": cold,
            "note": f"torch {torch.__version__}, {torch.get_num_threads()} threads"}


def check_same_logits(cfg, params, prompt: list, device: str) -> float:
    import torch
    m = GPT2(cfg, params, device=device, max_ctx=len(prompt) + 1)
    with torch.inference_mode():
        ref = TorchGPT2(cfg, params, len(prompt) + 1).forward(torch.tensor(prompt), 0).numpy()
    return float(np.abs(m.prefill(prompt) - ref).max())


def _best(fn, repeat: int) -> float:
    best = math.inf
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="small", choices=list(SIZES))
    ap.add_argument("--prompt", type=int, default=128)
    ap.add_argument("--new", type=int, default=128)
    ap.add_argument("--device", default="LLVM")
    ap.add_argument("--no-compile", action="store_true", help="skip torch.compile")
    args = ap.parse_args()
    cfg = SIZES[args.size]
    params = random_params(cfg, seed=0)
    prompt = [int(x) for x in np.random.default_rng(1).integers(0, cfg.vocab_size, args.prompt)]
    rows = {}
    rows[f"minic {args.device}"] = bench_minic(cfg, params, args.device, prompt, args.new)
    try:
        cores = len(os.sched_getaffinity(0))
        rows["PyTorch eager"] = bench_torch(cfg, params, prompt, args.new, compiled=False, threads=cores)
        if cores > 1:  # on a shared machine OpenMP's spinning threads can lose to one thread
            rows["PyTorch eager, 1 thread"] = bench_torch(cfg, params, prompt, args.new, compiled=False, threads=1)
        if not args.no_compile:
            try:
                rows["torch.compile (inductor, dynamic)"] = bench_torch(cfg, params, prompt, args.new, compiled=True,
                                                                        threads=cores)
            except Exception as e:  # inductor needs a working C++ toolchain; say why it did not run
                rows["torch.compile"] = {"error": f"{type(e).__name__}: {str(e).splitlines()[0][:100]}"}
        err = check_same_logits(cfg, params, prompt[:16], args.device)
    except ImportError:
        err = None
        rows["PyTorch"] = {"error": "torch is not installed"}
    try:
        import tinygrad  # noqa: F401
        rows["tinygrad"] = {"error": "installed but not wired into this benchmark"}
    except ImportError:
        rows["tinygrad"] = {"error": "not installed (pip install tinygrad); not measured"}
    eager = rows.get("PyTorch eager", {})
    print(f"GPT-2 {args.size} random weights, prompt {args.prompt} tokens, {args.new} new tokens, batch 1, "
          f"{len(os.sched_getaffinity(0))} cores")
    print("| runtime | prefill tok/s | decode tok/s | cold start s | prefill vs eager | decode vs eager | note |")
    print("|---|---|---|---|---|---|---|")
    for name, r in rows.items():
        if "error" in r:
            print(f"| {name} | - | - | - | - | - | {r['error']} |")
            continue
        rp = f"{r['prefill'] / eager['prefill']:.2f}x" if eager.get("prefill") else "-"
        rd = f"{r['decode'] / eager['decode']:.2f}x" if eager.get("decode") else "-"
        note = r["note"] + (f"; Python per replayed token {r['overhead_ms']:.2f} ms" if "overhead_ms" in r else "")
        print(f"| {name} | {r['prefill']:.1f} | {r['decode']:.1f} | {r['cold']:.1f} | {rp} | {rd} | {note} |")
    if err is not None:
        print(f"\nmax |logits(minic) - logits(torch)| on a 16-token prompt: {err:.2e}")


if __name__ == "__main__":
    main()
