"""`minic make-random-gpt2`: random GPT-2 weights in the Hugging Face layout, for tests and offline demos."""
from __future__ import annotations

import argparse

NAME = "make-random-gpt2"
HELP = "write random GPT-2 weights in the Hugging Face layout"


def add_arguments(r: argparse.ArgumentParser) -> None:
    r.add_argument("dir")
    r.add_argument("--size", choices=["small", "medium", "large", "xl"], default="small")
    for name in ("n-layer", "n-head", "n-embd", "vocab-size", "n-positions"):
        r.add_argument(f"--{name}", type=int, default=None)
    r.add_argument("--seed", type=int, default=0)


def run(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from models.gpt2 import SIZES, GPT2Config
    from models.weights import load, random_params, save
    overrides = {k: getattr(args, k) for k in ("n_layer", "n_head", "n_embd", "vocab_size", "n_positions")
                 if getattr(args, k) is not None}
    cfg = GPT2Config.from_dict({**replace(SIZES[args.size], **overrides).to_dict()})
    save(args.dir, cfg, random_params(cfg, args.seed))
    cfg2, params, path = load(args.dir)  # read back through the real loader
    n = sum(v.size for v in params.values())
    print(f"wrote {path}: GPT-2 {args.size} layout, {cfg2.n_layer} layers, {cfg2.n_head} heads, "
          f"n_embd {cfg2.n_embd}, vocab {cfg2.vocab_size}, {n / 1e6:.1f}M parameters")
    return 0

