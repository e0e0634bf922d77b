"""Rule settings side by side on a CPU: kernel time of a packed product over a symbolic row count, or a model's
prefill and decode, under each --variant, the variants alternating round by round in one process (this 2-core
machine's speed moves by up to 2x between runs: only a same-process comparison holds).

    PYTHONPATH=. python bench/cpu_settings_ab.py --kernel q4_1:4096x4096 --rows 4,8,16,24 \\
        --variant "ProductSettings.gemv_chunk_rows=0" --variant ""
    PYTHONPATH=. python bench/cpu_settings_ab.py --kernel q4_k:4096x4096 --rows 24,96 \\
        --variant "CpuMatmulSettings.pack_along_k_block=0" --variant ""
    PYTHONPATH=. python bench/cpu_settings_ab.py --model smollm2 --prefill 5,8,16 \\
        --variant "ProductSettings.gemv_chunk_rows=0" --variant ""
    PYTHONPATH=. python bench/cpu_settings_ab.py --model q4km:4096,11008,2 --decode 16 \\
        --variant "CpuGemvSettings.int_dot_folded=False" --variant ""
    PYTHONPATH=. python bench/cpu_settings_ab.py --model /tmp/l32.gguf --prefill 32,128 \\
        --variant "" --variant "CpuIntTileSettings.enabled=False"
    PYTHONPATH=. python bench/cpu_settings_ab.py --kernel q4_0:2048x8192 --rows 1 --static --copies 8 \\
        --variant "" --variant "CpuGemvSettings.prefetch_rows=1"     # weights from memory, not the L3
    PYTHONPATH=. python bench/cpu_settings_ab.py --model smollm2 --perplexity bench/texts/founding_documents.txt \\
        --variant "ProductSettings.int_chunk_min_k=512;CpuIntTileSettings.quad_dot=False" \\
        --variant "ProductSettings.int_chunk_min_k=512;CpuIntTileSettings.quad_dot=True"   # what a setting costs

A variant is `;`-separated SETTINGS.FIELD=VALUE items ("" = the defaults), applied while its kernels are scheduled
and its model is built and recorded. Models: `gpt2` (GPT-2 small, random float32 weights), `smollm2` (the pinned
GGUF, Q4_1) or a GGUF file's path, `q4km:DIM,FFN,LAYERS` (a LLaMA of random weights laid out as a Q4_K_M file:
Q4_K projections, Q6_K down_proj and head, vocabulary 4,096), `f32:DIM,FFN,LAYERS` (the same LLaMA in float32).
Kernel time: the kernel launched from its schedule, median us; prefill: ms a call; decode: greedy tok/s over
--decode steps a round; --perplexity (smollm2 or a GGUF with a tokenizer): each variant's perplexity over a text's
first 1,024 tokens (windows of 256, stride 128).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from decode_kernels import tune_device  # noqa: E402

from minic import Tensor, Var, engine, quant  # noqa: E402
from minic.runtime.registry import get_device  # noqa: E402


def applied(variant: str, device: str, make):
    """make() with `variant`'s settings on `device`'s target (restored after)."""
    dev = get_device(device)
    saved = dev.target
    try:
        for item in filter(None, variant.split(";")):
            tune_device(item, device)
        return make()
    finally:
        dev.target = saved


def kernel_rows(spec: str, rows: list, variants: list, rounds: int, static: bool = False, copies: int = 1) -> None:
    """Each row count's kernel under each variant; the rows a Var `n` (a prefill's kernel, which branches on it at
    run time) or, with `static`, a fixed shape (decode's GEMV of one row). With `copies` > 1 a launch takes the
    next of that many weights (together larger than the L3, they come from memory as a model's do): the time
    of one launch, and the weight's bytes over it."""
    fmt, shape = spec.split(":")
    out, cols = (int(v) for v in shape.split("x"))
    rng = np.random.default_rng(0)
    weights = [quant.quantize(rng.standard_normal((out, cols)).astype(np.float32), fmt, device="LLVM")
               for _ in range(copies)]
    n = Var("n", 1, max(256, max(rows)))
    for m in rows:
        x = Tensor(rng.standard_normal((m, cols)).astype(np.float32), shape=None if static else (n, cols))
        kernels = [[applied(v, "LLVM", lambda x=x, w=w: quant.linear(x, w).schedule()[0]) for w in weights]
                   for v in variants]
        times = alternate([lambda ks=ks: [engine.launch(k, k.graph.buffers, k.var_vals) for k in ks]
                           for ks in kernels], rounds)
        rate = (lambda t: f" ({weights[0].nbytes * copies / t / 1e9:.1f} GB/s)") if copies > 1 else (lambda t: "")
        print(f"{fmt} {out}x{cols}, {m} rows: " + "  ".join(f"[{v or 'defaults'}] {t / copies * 1e6:,.0f} us{rate(t)}"
                                                           for v, t in zip(variants, times)), flush=True)


def alternate(calls: list, rounds: int) -> list:
    """Median seconds of each call, the calls alternating for `rounds` rounds after one warm call each."""
    for c in calls:
        c()
    times = [[] for _ in calls]
    for _ in range(rounds):
        for c, t in zip(calls, times):
            t0 = time.perf_counter()
            c()
            t.append(time.perf_counter() - t0)
    return [float(np.median(t)) for t in times]


def build(model: str, ctx: int):
    if model == "gpt2":
        from models.gpt2 import GPT2, SIZES
        from models.weights import random_params
        return GPT2(SIZES["small"], random_params(SIZES["small"]), device="LLVM", max_ctx=ctx)
    if model == "smollm2" or model.endswith(".gguf"):
        from models.default_model import default_weights
        from models.families import load_checkpoint
        return load_checkpoint(model if model.endswith(".gguf") else str(default_weights()), "LLVM").build(max_ctx=ctx)
    import models.llama as llama
    dim, ffn, layers = (int(v) for v in model.split(":")[1].split(","))
    cfg = llama.LlamaConfig(n_layer=layers, dim=dim, n_head=dim // 64, n_kv_head=max(1, dim // 256), ffn_dim=ffn,
                            vocab_size=4096)
    rng = np.random.default_rng(0)
    params = {}
    for k, s in llama.param_shapes(cfg).items():
        v = (rng.standard_normal(s) * 0.02).astype(np.float32)
        if model.startswith("q4km") and (k.endswith("_proj.weight") or k == "lm_head.weight"):
            v = quant.quantize(v, "q6_k" if "down_proj" in k or k == "lm_head.weight" else "q4_k", "LLVM")
        params[k] = v
    return llama.Llama(cfg, params, device="LLVM", max_ctx=ctx)


def model_ab(model: str, prefill: list, decode: int, variants: list, rounds: int, logits: bool = False) -> None:
    ctx = max(prefill + [16]) + decode * (rounds + 2) + 8
    models = []
    for v in variants:
        def make():
            m = build(model, ctx)
            for length in prefill or [16]:  # record twice: later calls replay
                for _ in range(2):
                    m.prefill(list(range(1, length + 1)))
            return m
        models.append(applied(v, "LLVM", make))
    for length in prefill:
        if logits:  # each variant's prefill logits (every position) against the first variant's
            ids = [(t * 37) % 30000 + 10 for t in range(length)]
            outs = [applied(v, "LLVM", lambda m=m, ids=ids: m.prefill(ids, all_logits=True))
                    for v, m in zip(variants, models)]
            for v, out in zip(variants[1:], outs[1:]):
                d = np.abs(out - outs[0])
                print(f"{model} prefill logits of {length} tokens, [{v or 'defaults'}] against "
                      f"[{variants[0] or 'defaults'}]: at most {d.max():.2e} ({d.max() / np.abs(outs[0]).max():.2e} "
                      f"of the largest), argmax the same at {np.mean(out.argmax(-1) == outs[0].argmax(-1)):.1%} of "
                      f"the positions", flush=True)
        times = alternate([lambda m=m, n=length: m.prefill(list(range(1, n + 1))) for m in models], rounds)
        print(f"{model} prefill of {length} tokens: " + "  ".join(f"[{v or 'defaults'}] {t * 1e3:.1f} ms"
                                                                  for v, t in zip(variants, times)), flush=True)
    if decode:
        start = max(prefill + [16])
        for m in models:
            for k in range(2):  # record: later steps replay
                m.decode_greedy(5, start + k)

        def steps(m):
            for k in range(decode):
                m.decode_greedy(5, start + 2 + k)
        times = alternate([lambda m=m: steps(m) for m in models], rounds)
        print(f"{model} decode: " + "  ".join(f"[{v or 'defaults'}] {decode / t:.1f} tok/s"
                                              for v, t in zip(variants, times)), flush=True)


def perplexity_ab(model: str, text_file: str, variants: list) -> None:
    """Each variant's perplexity over the text: what a setting that rounds differently costs in accuracy."""
    from models.default_model import default_weights
    from models.families import load_checkpoint
    from models.perplexity import perplexity
    text = Path(text_file).read_text(encoding="utf-8")

    def score():
        ck = load_checkpoint(model if model.endswith(".gguf") else str(default_weights()), "LLVM")
        ids = ck.tokenizer.encode(text)[:1024]
        m = ck.build(max_ctx=256)
        return perplexity(lambda w: m.prefill(w, all_logits=True), ids, 256, 128)
    for v in variants:
        r = applied(v, "LLVM", score)
        print(f"{model} perplexity [{v or 'defaults'}]: {r.value:.4f} over {r.tokens} tokens of {text_file}",
              flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--kernel", default="", metavar="FMT:OUTxIN")
    ap.add_argument("--rows", default="4,8,16,24")
    ap.add_argument("--static", action="store_true", help="--kernel's rows a fixed shape, not a Var (decode's GEMV)")
    ap.add_argument("--copies", type=int, default=1, help="--kernel: launches rotate over this many weights")
    ap.add_argument("--model", default="", help="gpt2, smollm2, FILE.gguf, q4km:DIM,FFN,LAYERS or f32:DIM,FFN,LAYERS")
    ap.add_argument("--prefill", default="", help="prompt lengths, comma-separated")
    ap.add_argument("--decode", type=int, default=0, help="greedy steps a round")
    ap.add_argument("--variant", action="append", default=[], metavar="SET[;SET...]")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--logits", action="store_true", help="also compare each variant's prefill logits with the first's")
    ap.add_argument("--perplexity", default="", metavar="TEXT", help="--model's perplexity on this text per variant")
    args = ap.parse_args()
    if args.copies < 1:
        ap.error(f"--copies: expected at least 1 weight to launch over, got {args.copies}")
    variants = args.variant or [""]
    if args.kernel:
        kernel_rows(args.kernel, [int(v) for v in args.rows.split(",")], variants, args.rounds, args.static,
                    args.copies)
    if args.model and args.perplexity:
        perplexity_ab(args.model, args.perplexity, variants)
    elif args.model:
        model_ab(args.model, [int(v) for v in args.prefill.split(",") if v], args.decode, variants, args.rounds,
                 args.logits)


if __name__ == "__main__":
    main()
