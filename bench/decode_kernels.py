"""Where a decode step's GPU time goes: CUPTI kernel durations of greedy decode steps, summed by kernel name.

    python3 bench/decode_kernels.py --model xl          # GPT-2 XL, random weights, float16
    python3 bench/decode_kernels.py --model smollm2     # the pinned SmolLM2 Q4_1 GGUF
    python3 bench/decode_kernels.py --model xl --paged 16   # the paged cache's batched step, 16 sequences
    python3 bench/decode_kernels.py --model xl --variant '' --variant 'GpuGemvSettings.fold_norms=False'
    python3 bench/decode_kernels.py --model xl --prefill 128   # a prefill of 128 tokens instead of a decode step
    python3 bench/decode_kernels.py --model xl --quant q4g32   # the projections packed (bench/gpt2.py --quant)

Each model prefills 128 tokens, decodes 4 untimed steps (the jit records two and replays), then profiles
`--steps` more with torch.profiler (CUPTI sees minic's CUDA-graph replays too). The table: per step, each kernel
name's total time, launches and time per launch, largest first. With `--prefill T` the step is a prefill of T
tokens (from position 0 each time); with `--paged B` models/paged.py's PagedLM.decode of B sequences (each
prefilled with its own 128 tokens), as `minic serve` runs it.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cupti import cuda_events  # noqa: E402  (bench/cupti.py, beside this script)


def breakdown(label: str, step, steps: int, rows: int) -> None:
    for _ in range(4):
        step()
    events = cuda_events(step, steps)
    total: dict[str, tuple[int, float]] = {}
    for name, us in events:
        n, t = total.get(name, (0, 0.0))
        total[name] = (n + 1, t + us)
    print(f"{label}: {len(events) / steps:.0f} kernels and {sum(u for _, u in total.values()) / steps:.1f} us "
          f"of kernel time per step")
    print("| kernel | us/step | launches/step | us each |\n|---|---|---|---|")
    for name, (n, us) in sorted(total.items(), key=lambda kv: -kv[1][1])[:rows]:
        print(f"| {name[:60]} | {us / steps:.1f} | {n / steps:.1f} | {us / n:.2f} |")


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--model", default="xl", choices=["small", "medium", "large", "xl", "smollm2"])
    p.add_argument("--steps", type=int, default=4)
    p.add_argument("--dtype", default=None, help="activations and KV cache (default: float16 GPT-2, float32 SmolLM2)")
    p.add_argument("--rows", type=int, default=20, help="kernel names to list")
    p.add_argument("--prefill", type=int, default=0, metavar="T", help="profile a prefill of T tokens instead")
    p.add_argument("--paged", type=int, default=0, metavar="B", help="profile the paged cache's step of B sequences")
    p.add_argument("--quant", default="", metavar="FMT", help="GPT-2: its projections packed in this format")
    p.add_argument("--set", action="append", default=[], metavar="SETTINGS.FIELD=VALUE",
                   help="a rule setting on CUDA for this run, e.g. MmaSettings.var_rows='((32, 32), 4)' "
                        "(repeatable; a Python literal)")
    p.add_argument("--variant", action="append", default=[], metavar="SET[;SET...]",
                   help="profile once more with these --set items on top of --set's (repeatable; the variants run "
                        "in turn in one process, the weights made once)")
    args = p.parse_args()
    from minic.runtime.registry import get_device
    for item in args.set:
        tune_device(item)
    device = get_device("CUDA")
    base, load = device.target, _loader(args.model, args.dtype, args.quant)
    for variant in args.variant or [""]:
        device.target = base
        for item in filter(None, variant.split(";")):
            tune_device(item)
        if args.paged:
            paged(load(), args, variant)
        elif args.prefill:
            prefill(load(), args, variant)
        else:
            decode(load(), args, variant)


def decode(model, args, variant: str) -> None:
    model.prefill(list(range(1, 129)))
    pos = [128]

    def step() -> None:
        model.decode_greedy(5, pos[0])
        pos[0] += 1
    breakdown(f"{args.model} decode at past 128+ {variant}", step, args.steps, args.rows)


def prefill(model, args, variant: str) -> None:
    prompt = [(t * 37) % 1000 + 1 for t in range(args.prefill)]
    breakdown(f"{args.model} prefill of {args.prefill} tokens {variant}", lambda: model.prefill(prompt), args.steps,
              args.rows)


def _loader(name: str, dtype: str | None, quant: str = ""):
    """A function that builds the model on CUDA (the weights read or made once; GPT-2's projections packed in
    format `quant`, if given)."""
    if name == "smollm2":
        from models.default_model import default_weights
        from models.families import load_checkpoint
        checkpoint = load_checkpoint(str(default_weights()), "CUDA")
        return lambda: checkpoint.build(dtype=dtype or "float32", max_ctx=512)
    from models.gpt2 import GPT2, SIZES
    from models.weights import random_params
    cfg = SIZES[name]
    params = random_params(cfg, 0)

    def build() -> GPT2:
        model = GPT2(cfg, params, device="CUDA", dtype=dtype or "float16", max_ctx=512)
        if quant:
            from gpt2 import pack_projections  # bench/gpt2.py, beside this script
            pack_projections(model, params, quant)
        return model
    return build


def tune_device(item: str, device: str = "CUDA") -> None:
    """Apply one --set SETTINGS.FIELD=VALUE to `device`'s target."""
    import ast
    import dataclasses

    from minic.runtime.registry import get_device
    from minic.sched.rules import (
        attention,
        cpu_gemv,
        cpu_int_tile,
        cpu_matmul,
        gpu_gemv,
        gpu_mma,
        matmul_plan,
        reduction,
    )
    from minic.sched.rules.settings import tune
    classes = {c.__name__: c for c in (matmul_plan.ProductSettings, gpu_mma.MmaSettings, gpu_gemv.GpuGemvSettings,
                                       attention.AttentionSettings, reduction.ReductionSettings,
                                       cpu_gemv.CpuGemvSettings, cpu_matmul.CpuMatmulSettings,
                                       cpu_int_tile.CpuIntTileSettings)}
    name, _, value = item.partition("=")
    cls_name, _, field = name.partition(".")
    if cls_name not in classes or field not in {f.name for f in dataclasses.fields(classes[cls_name])}:
        raise SystemExit(f"--set {item!r}: expected SETTINGS.FIELD=VALUE with SETTINGS one of {sorted(classes)} "
                         f"and FIELD one of its fields")
    dev = get_device(device)
    dev.target = tune(dev.target, classes[cls_name], **{field: ast.literal_eval(value)})


def paged(model, args, variant: str = "") -> None:
    from models.paged import PagedLM, Sequence
    eng = PagedLM(model, pages=args.paged * (-(-512 // 16)) + 2, page_size=16, max_batch=max(args.paged, 2))
    eng.warm_up()
    seqs = [Sequence() for _ in range(args.paged)]
    for i, s in enumerate(seqs):
        eng.extend(s, [(i * 131 + t) % 1000 + 1 for t in range(128)])
    breakdown(f"{args.model} paged decode of {args.paged} sequences at past 128+ {variant}",
              lambda: eng.decode(seqs, [5] * len(seqs)), args.steps, args.rows)


if __name__ == "__main__":
    main()
