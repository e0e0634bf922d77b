"""GPT-2 inference: minic vs PyTorch eager vs torch.compile, same random weights, same machine, one run.

    python bench/gpt2.py [--size small] [--prompt 128] [--new 128] [--device LLVM] [--dtype float32] [--no-compile]

With a GPU minic device (CUDA, CL, WEBGPU) PyTorch runs on CUDA when it can, else on the CPU; the table
says which.

Measures prefill tokens/s (one prompt of --prompt tokens, warm), decode tokens/s (batch 1, --new greedy
tokens after the prompt, steady state) and cold start (first prefill + first decode calls, which
schedule/record/compile). PyTorch runs a plain GPT-2 with a preallocated KV cache (the same math as
models/gpt2.py), so both sides do the same work. When tinygrad is installed (optional, not a project dependency)
a TinyGPT2 with the same math runs too: on tinygrad's CPU device, or its CUDA device next to a minic GPU device.
Prints a markdown table with ratios.
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


def bench_minic(cfg, params, device: str, dtype: str, prompt: list, new: int) -> dict:
    import minic
    os.environ.setdefault("MINIC_DISABLE_DISK_CACHE", "1")  # cold means cold: no object code from earlier runs
    m = GPT2(cfg, params, device=device, dtype=dtype, max_ctx=len(prompt) + new + 1)
    t0 = time.perf_counter()
    logits = m.prefill(prompt)
    tok = int(logits.argmax())
    m.decode(tok, len(prompt))
    m.decode(tok, len(prompt) + 1)  # the second record; later calls replay
    cold = time.perf_counter() - t0
    compiles = minic.get_device(device).compiles
    m.prefill(prompt)  # second prefill record
    prefill = _best(lambda: m.prefill(prompt), 3)
    return {"prefill": len(prompt) / prefill, "decode": _decode_rate(m.decode, tok, len(prompt), new), "cold": cold,
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

    def __init__(self, cfg, params: dict, max_ctx: int, device: str = "cpu", dtype: str = "float32"):
        import torch
        self.t, self.cfg, self.device = torch, cfg, device
        dt = getattr(torch, dtype)
        self.w = {k: torch.from_numpy(v.copy()).to(device, dt) for k, v in params.items()}
        shape = (cfg.n_layer, cfg.n_head, max_ctx, cfg.head_dim)
        self.k, self.v = torch.zeros(shape, device=device, dtype=dt), torch.zeros(shape, device=device, dtype=dt)

    def forward(self, ids, past: int):
        t, cfg, w = self.t, self.cfg, self.w
        F = t.nn.functional
        n, c, h, d = ids.shape[0], cfg.n_embd, cfg.n_head, cfg.head_dim
        x = w["wte.weight"][ids] + w["wpe.weight"][past:past + n]
        mask = t.ones(n, past + n, dtype=t.bool, device=self.device).tril(past)
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


class TinyGPT2:
    """GPT-2 in tinygrad's Tensor API with a preallocated KV cache: the same math as TorchGPT2.

    `prefill` and `decode` each run under their own TinyJit (first call eager, second captured, later calls
    replay). decode passes its position as a bound `Variable`, so the one captured graph serves every step;
    with jit=False both run eagerly (tinygrad schedules every call)."""

    def __init__(self, cfg, params: dict, max_ctx: int, device: str = "CPU", jit: bool = True):
        from tinygrad import Tensor, TinyJit, Variable, dtypes
        self.Tensor, self.int32, self.cfg, self.device, self.jit = Tensor, dtypes.int32, cfg, device, jit
        self.w = {k: Tensor(np.ascontiguousarray(v, dtype=np.float32), device=device).realize()
                  for k, v in params.items()}
        # one cache buffer per layer: view-assigning the layers' slices of one shared [n_layer, ...] buffer made
        # tinygrad 0.14 re-run earlier layers' kernels for every later write (6502 kernels per decode for 12 layers)
        shape = (cfg.n_head, max_ctx, cfg.head_dim)
        self.k = [Tensor.zeros(*shape, device=device).contiguous().realize() for _ in range(cfg.n_layer)]
        self.v = [Tensor.zeros(*shape, device=device).contiguous().realize() for _ in range(cfg.n_layer)]
        self.pos = Variable("past", 1, max_ctx - 1)  # decode's position; the cache holds max_ctx rows
        self._prefill = TinyJit(self.forward) if jit else self.forward
        self._decode = TinyJit(self.forward) if jit else self.forward

    def forward(self, ids, past):
        """Logits of the last of the `n` tokens `ids` at positions past .. past+n-1 (past: int or bound Variable)."""
        cfg, w = self.cfg, self.w
        n, c, h, d = ids.shape[0], cfg.n_embd, cfg.n_head, cfg.head_dim
        eps = cfg.layer_norm_epsilon

        def ln(x, p):
            return x.layernorm(eps=eps) * w[p + ".weight"] + w[p + ".bias"]

        x = w["wte.weight"][ids] + w["wpe.weight"][past:past + n]
        # one new token sees the whole cache; a prompt is causal with the past in front (as TorchGPT2's tril(past))
        mask = None if n == 1 else self.Tensor.ones(n, past + n, device=self.device).tril(past).cast("bool")
        for i in range(cfg.n_layer):
            p = f"h.{i}."
            qkv = ln(x, p + "ln_1").linear(w[p + "attn.c_attn.weight"], w[p + "attn.c_attn.bias"])
            qkv = qkv.reshape(n, 3, h, d).permute(1, 2, 0, 3)  # [3, heads, n, head_dim]
            self.k[i][:, past:past + n].assign(qkv[1])
            self.v[i][:, past:past + n].assign(qkv[2])
            att = qkv[0].scaled_dot_product_attention(self.k[i][:, :past + n], self.v[i][:, :past + n], attn_mask=mask)
            x = x + att.permute(1, 0, 2).reshape(n, c).linear(w[p + "attn.c_proj.weight"], w[p + "attn.c_proj.bias"])
            f = ln(x, p + "ln_2").linear(w[p + "mlp.c_fc.weight"], w[p + "mlp.c_fc.bias"]).gelu()  # tanh form
            x = x + f.linear(w[p + "mlp.c_proj.weight"], w[p + "mlp.c_proj.bias"])
        logits = ln(x[-1:], "ln_f") @ w["wte.weight"].T
        return logits[0].realize()

    def prefill(self, prompt: list) -> np.ndarray:
        """Prompt tokens at positions 0 .. len-1: the last token's logits (always the same length under the jit)."""
        return self._prefill(self.Tensor(prompt, dtype=self.int32, device=self.device).realize(), 0).numpy()

    def decode(self, tok: int, past: int) -> np.ndarray:
        """One token at position `past` (>= 1): its logits."""
        pos = self.pos.bind(past) if self.jit else past
        return self._decode(self.Tensor([tok], dtype=self.int32, device=self.device).realize(), pos).numpy()


def bench_torch(cfg, params, prompt: list, new: int, compiled: bool, threads: int, device: str = "cpu",
                dtype: str = "float32") -> dict:
    """Same protocol as bench_minic; on CUDA every step ends in .item()/int(), which synchronises."""
    import torch
    torch.set_num_threads(threads)
    model = TorchGPT2(cfg, params, len(prompt) + new + 1, device, dtype)
    fwd = torch.compile(model.forward, dynamic=True) if compiled else model.forward
    ids = torch.tensor(prompt, device=device)
    one = lambda tok: torch.tensor([tok], device=device)
    sync = torch.cuda.synchronize if device == "cuda" else (lambda: None)

    def prefill_once():
        fwd(ids, 0)
        sync()

    with torch.inference_mode():
        t0 = time.perf_counter()
        tok = int(fwd(ids, 0).argmax())
        fwd(one(tok), len(prompt))
        fwd(one(tok), len(prompt) + 1)
        sync()
        cold = time.perf_counter() - t0
        prefill = _best(prefill_once, 3)
        decode = _decode_rate(lambda tok, pos: fwd(one(tok), pos), tok, len(prompt), new)
    where = torch.cuda.get_device_name() if device == "cuda" else f"{torch.get_num_threads()} threads"
    return {"prefill": len(prompt) / prefill, "decode": decode, "cold": cold,
            "note": f"torch {torch.__version__}, {where}, {dtype}"}


def tinygrad_device(minic_device: str) -> str:
    """Where tinygrad runs: its CUDA device next to a minic GPU device, else its CPU device (clang)."""
    return "CUDA" if minic_device in ("CUDA", "CL", "WEBGPU") else "CPU"


def bench_tinygrad(cfg, params, prompt: list, new: int, device: str = "CPU") -> dict:
    """Same protocol as bench_minic / bench_torch (.numpy() on the logits synchronises every step).

    On the CPU device decode runs at a few tokens/s for GPT-2 small, so it times at most 16 steps there."""
    from importlib.metadata import version
    steps_n = new if device != "CPU" else min(new, 16)
    model = TinyGPT2(cfg, params, len(prompt) + new + 1, device)
    t0 = time.perf_counter()
    tok = int(model.prefill(prompt).argmax())
    model.decode(tok, len(prompt))  # eager
    model.decode(tok, len(prompt) + 1)  # captured; later calls replay
    cold = time.perf_counter() - t0
    prefill = _best(lambda: model.prefill(prompt), 3)  # the first of these captures, the others replay
    decode = _decode_rate(model.decode, tok, len(prompt), steps_n)
    note = f"tinygrad {version('tinygrad')}, {device}, float32, TinyJit + Variable position"
    if steps_n < new:
        note += f"; decode timed over {steps_n} of {new} steps"
    try:  # "|" would split the markdown cell: the error is spelled out
        err = check_tinygrad_logits(cfg, params, prompt[:16], len(prompt) + new + 1, device)
        note += f"; logits max abs err vs torch {err:.1e} (16-token prefill + 3 decodes)"
    except ImportError:
        note += "; logits not checked (no torch)"
    except Exception as e:  # the timings stand; say why the check did not
        note += f"; logits check failed: {type(e).__name__}: {(str(e).splitlines() or [''])[0][:80]}"
    return {"prefill": len(prompt) / prefill, "decode": decode, "cold": cold, "note": note}


def check_tinygrad_logits(cfg, params, prompt: list, max_ctx: int, device: str) -> float:
    """max |tinygrad - PyTorch (CPU, float32)| over a prefill and 3 jitted decode steps (the replayed path)."""
    import torch
    ref = TorchGPT2(cfg, params, max_ctx)
    m = TinyGPT2(cfg, params, max_ctx, device)  # same max_ctx as the bench: its decode kernels are reused
    with torch.inference_mode():
        r = ref.forward(torch.tensor(prompt), 0).numpy()
        err = float(np.abs(m.prefill(prompt) - r).max())
        for pos in range(len(prompt), len(prompt) + 3):
            tok = int(r.argmax())
            r = ref.forward(torch.tensor([tok]), pos).numpy()
            err = max(err, float(np.abs(m.decode(tok, pos) - r).max()))
    return err


def check_same_logits(cfg, params, prompt: list, device: str, dtype: str) -> float:
    """max |minic - PyTorch (CPU, float32)| of the prefill logits: the error of minic's `dtype` run."""
    import torch
    m = GPT2(cfg, params, device=device, dtype=dtype, max_ctx=len(prompt) + 1)
    with torch.inference_mode():
        ref = TorchGPT2(cfg, params, len(prompt) + 1).forward(torch.tensor(prompt), 0).numpy()
    return float(np.abs(m.prefill(prompt) - ref).max())


def torch_device(minic_device: str) -> str:
    """Where the PyTorch peers run: CUDA next to a minic GPU device when torch sees one, else the CPU."""
    import torch
    return "cuda" if minic_device in ("CUDA", "CL", "WEBGPU") and torch.cuda.is_available() else "cpu"


def _decode_rate(step, tok: int, pos: int, n: int) -> float:
    """Tokens/s of `n` greedy steps from `tok` at position `pos`; `step(tok, pos)` returns the logits (reading
    them back synchronises, so each step is timed whole)."""
    seconds = 0.0
    for _ in range(n):
        t = time.perf_counter()
        tok = int(step(tok, pos).argmax())
        seconds += time.perf_counter() - t
        pos += 1
    return n / seconds


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
    ap.add_argument("--dtype", default="float32", choices=["float32", "float16"])
    ap.add_argument("--no-compile", action="store_true", help="skip torch.compile")
    args = ap.parse_args()
    cfg = SIZES[args.size]
    params = random_params(cfg, seed=0)
    prompt = [int(x) for x in np.random.default_rng(1).integers(0, cfg.vocab_size, args.prompt)]
    rows = {}
    rows[f"minic {args.device} {args.dtype}"] = bench_minic(cfg, params, args.device, args.dtype, prompt, args.new)
    try:
        cores = len(os.sched_getaffinity(0))
        tdev = torch_device(args.device)
        dt = args.dtype if tdev == "cuda" else "float32"  # PyTorch's CPU half matmuls are not a fair peer
        peer = dict(device=tdev, dtype=dt)
        rows["PyTorch eager"] = bench_torch(cfg, params, prompt, args.new, compiled=False, threads=cores, **peer)
        if cores > 1 and tdev == "cpu":  # on a shared machine OpenMP's spinning threads can lose to one thread
            rows["PyTorch eager, 1 thread"] = bench_torch(cfg, params, prompt, args.new, compiled=False, threads=1,
                                                          **peer)
        if not args.no_compile:
            try:
                rows["torch.compile (inductor, dynamic)"] = bench_torch(cfg, params, prompt, args.new, compiled=True,
                                                                        threads=cores, **peer)
            except Exception as e:  # inductor needs a working C++ toolchain; say why it did not run
                rows["torch.compile"] = {"error": f"{type(e).__name__}: {str(e).splitlines()[0][:100]}"}
        err = check_same_logits(cfg, params, prompt[:16], args.device, args.dtype)
    except ImportError:
        err = None
        rows["PyTorch"] = {"error": "torch is not installed"}
    os.environ.setdefault("CACHELEVEL", "0")  # tinygrad's compiled-program disk cache: cold means cold here too
    try:
        import tinygrad  # noqa: F401
    except ImportError:
        rows["tinygrad"] = {"error": "not installed (pip install tinygrad); not measured"}
    else:
        gdev = tinygrad_device(args.device)
        try:
            rows[f"tinygrad {gdev}"] = bench_tinygrad(cfg, params, prompt, args.new, gdev)
        except Exception as e:  # a missing CUDA driver / compiler, an API change: a row, not a crash
            rows[f"tinygrad {gdev}"] = {"error": f"{type(e).__name__}: {(str(e).splitlines() or [''])[0][:100]}"}
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
