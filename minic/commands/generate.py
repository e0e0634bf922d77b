"""`minic generate`: text from a checkpoint, greedy or sampled."""
from __future__ import annotations

import argparse
import sys

from minic.errors import MinicError

NAME = "generate"
HELP = "generate text with a GPT-2 checkpoint"


def parse_ids(text: str) -> list[int]:
    """Comma-separated token ids, as --prompt-ids takes them."""
    try:
        return [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--prompt-ids takes comma-separated integers, got {text!r}") from None


def add_arguments(g: argparse.ArgumentParser) -> None:
    g.add_argument("--weights", required=True, help="directory in the Hugging Face layout, or a hub name (online)")
    src = g.add_mutually_exclusive_group()
    src.add_argument("--prompt", default="", help="prompt text")
    src.add_argument("--prompt-ids", type=parse_ids, help="prompt as comma-separated token ids (no tokenizer needed)")
    g.add_argument("--max-new-tokens", type=int, default=32)
    g.add_argument("--temperature", type=float, default=0.0, help="0 = greedy")
    g.add_argument("--top-k", type=int, default=0)
    g.add_argument("--top-p", type=float, default=1.0)
    g.add_argument("--seed", type=int, default=None)
    g.add_argument("--device", default=None, help="LLVM (default), C, PY, CUDA, CL, WEBGPU")
    g.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    g.add_argument("--max-ctx", type=int, default=None,
                   help="KV-cache length, at most the model's n_positions (the default)")
    g.add_argument("--print-ids", action="store_true", help="print the generated token ids")
    g.add_argument("--stats", action="store_true",
                   help="print compile time, and prefill/decode tokens/s once compiled (the prefill runs again "
                        "until it replays, to time it without compiling)")


def run(args: argparse.Namespace) -> int:
    from models.generate import Sampling, TextStream, generate
    from models.gpt2 import GPT2
    from models.tokenizer import TokenizerError, load_tokenizer
    from models.weights import load
    sampling = Sampling(args.temperature, args.top_k, args.top_p, args.seed)
    cfg, params, path = load(args.weights)
    if args.max_ctx is not None and not 1 <= args.max_ctx <= cfg.n_positions:
        raise MinicError(f"--max-ctx {args.max_ctx} is outside 1..{cfg.n_positions}: the model has "
                         f"{cfg.n_positions} positions (n_positions in {path / 'config.json'})")
    tok = None
    try:
        tok = load_tokenizer(path)
    except TokenizerError:
        if args.prompt_ids is None:
            raise
    prompt = args.prompt_ids if args.prompt_ids is not None else tok.encode(args.prompt)
    model = GPT2(cfg, params, device=args.device, dtype=args.dtype, max_ctx=args.max_ctx)
    del params
    stream = TextStream(tok, lambda s: print(s, end="", flush=True)) if tok is not None else None
    if stream is not None and args.prompt_ids is None:
        print(args.prompt, end="", flush=True)
    eos = cfg.eos_token_id if 0 <= cfg.eos_token_id < cfg.vocab_size else None  # tiny test vocabs have none
    try:
        ids, stats = generate(model, prompt, args.max_new_tokens, sampling, eos_id=eos, on_token=stream,
                              time_prefill=args.stats)
    finally:  # the text so far ends its line, also before an error
        if stream is not None:
            stream.flush()
            print()
    if stats.stop == "context full":
        more = f" (--max-ctx can go up to {cfg.n_positions})" if model.max_ctx < cfg.n_positions else ""
        print(f"minic: the context of {model.max_ctx} tokens is full: stopped after {len(ids)} of "
              f"{args.max_new_tokens} new tokens{more}", file=sys.stderr)
    if args.print_ids or stream is None:
        print(",".join(map(str, ids)))
    if args.stats:
        print(stats.summary(), file=sys.stderr)
    return 0

