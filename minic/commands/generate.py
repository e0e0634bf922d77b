"""`minic generate`: text from a checkpoint (GPT-2 or the LLaMA family, HF directory or GGUF), greedy or sampled."""
from __future__ import annotations

import argparse
import os
import sys

from minic.commands import at_least
from minic.errors import MinicError

NAME = "generate"
HELP = "generate text with a GPT-2 or LLaMA-family checkpoint (SmolLM2-135M-Instruct when no --weights)"


def parse_ids(text: str) -> list[int]:
    """Comma-separated token ids, as --prompt-ids takes them."""
    try:
        return [int(x) for x in text.replace(" ", "").split(",") if x]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--prompt-ids takes comma-separated integers, got {text!r}") from None


def add_arguments(g: argparse.ArgumentParser) -> None:
    g.add_argument("--weights", default=None,
                   help="a .gguf file, a directory in the Hugging Face layout, or a hub name (online); "
                        "default: SmolLM2-135M-Instruct Q4_1, fetched once into minic's cache")
    src = g.add_mutually_exclusive_group()
    src.add_argument("--prompt", default="", help="prompt text")
    src.add_argument("--chat", default=None, help="a user message, put through the model's chat template; "
                                                  "prints the reply")
    src.add_argument("--prompt-ids", type=parse_ids, help="prompt as comma-separated token ids (no tokenizer needed)")
    g.add_argument("--max-new-tokens", type=at_least(1), default=None, help="default 32 (256 with --chat)")
    g.add_argument("--temperature", type=float, default=0.0, help="0 = greedy")
    g.add_argument("--top-k", type=int, default=0)
    g.add_argument("--top-p", type=float, default=1.0)
    g.add_argument("--seed", type=at_least(0), default=None)
    g.add_argument("--device", default=None, help="LLVM (default), C, PY, CUDA, CL, WEBGPU")
    g.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    g.add_argument("--max-ctx", type=int, default=None,
                   help="KV-cache length, at most the model's positions (default: the model's, capped at 4096)")
    g.add_argument("--print-ids", action="store_true", help="print the generated token ids")
    g.add_argument("--tp", type=int, default=None,
                   help="tensor-parallel ranks: run under `mpiexec -n N` (each rank loads its shards of a "
                        "safetensors checkpoint; docs/distributed.md)")
    g.add_argument("--stats", action="store_true",
                   help="print compile time, and prefill/decode tokens/s once compiled (the prefill runs again "
                        "until it replays, to time it without compiling)")


DEFAULT_CTX = 4096  # a KV cache for a model's full 8k-128k context would take GBs that a short run never uses


def _check_utf8(flag: str, text: str) -> None:
    """A command-line text whose bytes are not UTF-8 reaches Python with surrogate escapes, which no tokenizer
    takes: refused, naming the flag and the first bad byte."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as e:
        bad = text[e.start].encode("utf-8", "surrogateescape")
        raise MinicError(f"{flag} is not UTF-8 text: byte {bad!r} at character {e.start} (the terminal's encoding "
                         f"is not UTF-8?)") from None


def run(args: argparse.Namespace) -> int:
    from minic.dist.megatron import TensorParallel
    from models.chat import render
    from models.families import load_checkpoint
    from models.generate import Sampling, TextStream, generate
    from models.tokenizer import TokenizerError
    sampling = Sampling(args.temperature, args.top_k, args.top_p, args.seed)
    for flag, text in (("--prompt", args.prompt), ("--chat", args.chat)):
        if text is not None:
            _check_utf8(flag, text)
    tp = TensorParallel.start(args.tp)  # --tp without a launcher (or with another rank count) stops here
    if tp.rank:  # every rank computes the same tokens, warnings and errors; rank 0 alone prints them
        sys.stdout = sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - for the rest of the process
    ck = load_checkpoint(args.weights, args.device, tp)
    n_pos = ck.n_positions
    if args.max_ctx is not None and not 1 <= args.max_ctx <= n_pos:
        raise MinicError(f"--max-ctx {args.max_ctx} is outside 1..{n_pos}: the model has {n_pos} positions "
                         f"({ck.source})")
    tok = ck.tokenizer
    if tok is None and args.prompt_ids is None:
        raise TokenizerError(ck.tokenizer_error)
    if args.chat is not None:
        if not ck.chat_template:
            raise MinicError(f"{ck.source} has no chat template: use --prompt instead of --chat")
        text = render(ck.chat_template, [{"role": "user", "content": args.chat}], True, **ck.special_tokens)
        prompt = tok.encode(text)
    else:
        prompt = args.prompt_ids if args.prompt_ids is not None else tok.encode_prompt(args.prompt)
    max_new = args.max_new_tokens if args.max_new_tokens is not None else 256 if args.chat is not None else 32
    model = ck.build(args.dtype, args.max_ctx or min(n_pos, DEFAULT_CTX))
    ck.params = {}  # the model holds its own copies
    stream = TextStream(tok, lambda s: print(s, end="", flush=True)) if tok is not None else None
    if stream is not None and args.prompt_ids is None and args.chat is None:
        print(args.prompt, end="", flush=True)
    try:
        ids, stats = generate(model, prompt, max_new, sampling, eos_id=ck.eos_id, stop_ids=ck.stop_ids,
                              on_token=_skip(ck.stop_ids, stream), time_prefill=args.stats)
    finally:  # the text so far ends its line, also before an error
        if stream is not None:
            stream.flush()
            print()
    if stats.stop == "context full":
        more = f" (--max-ctx can go up to {n_pos})" if model.max_ctx < n_pos else ""
        print(f"minic: the context of {model.max_ctx} tokens is full: stopped after {len(ids)} of "
              f"{max_new} new tokens{more}", file=sys.stderr)
    if args.print_ids or stream is None:
        print(",".join(map(str, ids)))
    if args.stats:
        print(stats.summary(), file=sys.stderr)
    return 0


def _skip(stop_ids: frozenset, stream):
    """The stream, minus the token that ended generation (a chat reply ends with <|im_end|>, which is not text)."""
    if stream is None:
        return None
    return lambda t: None if t in stop_ids else stream(t)
