"""`minic perplexity`: a checkpoint's perplexity on a text file, with a sliding window (models/perplexity.py)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from minic.commands import at_least
from minic.errors import MinicError

NAME = "perplexity"
HELP = "perplexity of a checkpoint (GGUF or Hugging Face directory) on a text file, sliding window"


def add_arguments(g: argparse.ArgumentParser) -> None:
    g.add_argument("--weights", default=None, help="a .gguf file or a Hugging Face directory (default: SmolLM2)")
    g.add_argument("--text", required=True, help="a UTF-8 text file")
    g.add_argument("--window", type=int, default=None,
                   help="tokens per window, at most the model's positions (default: 512, or the positions if fewer)")
    g.add_argument("--stride", type=at_least(1), default=None,
                   help="tokens between window starts (default: window / 2)")
    g.add_argument("--max-tokens", type=at_least(2), default=None, help="score only the text's first N tokens")
    g.add_argument("--device", default=None, help="LLVM (default), C, PY, CUDA, CL, WEBGPU")
    g.add_argument("--dtype", choices=["float32", "float16"], default="float32")


def run(args: argparse.Namespace) -> int:
    from models.families import load_checkpoint
    from models.perplexity import perplexity
    from models.tokenizer import TokenizerError
    f = Path(args.text)
    try:
        text = f.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise MinicError(f"--text {f}: cannot read it as UTF-8 text ({type(e).__name__}: {e})") from None
    ck = load_checkpoint(args.weights, args.device)
    if ck.tokenizer is None:
        raise TokenizerError(ck.tokenizer_error)
    if args.window is None:
        args.window = min(512, ck.n_positions)
    if not 2 <= args.window <= ck.n_positions:
        raise MinicError(f"--window {args.window} is outside 2..{ck.n_positions} (the model's positions)")
    ids = ck.tokenizer.encode(text)[:args.max_tokens]
    model = ck.build(args.dtype, args.window)
    ck.params = {}
    stride = args.stride if args.stride is not None else max(args.window // 2, 1)
    progress = (lambda k, n: print(f"\rwindow {k}/{n}", end="", file=sys.stderr, flush=True)) \
        if sys.stderr.isatty() else None
    result = perplexity(lambda w: model.prefill(w, all_logits=True), ids, args.window, stride, progress)
    if progress is not None:
        print(file=sys.stderr)
    print(f"perplexity {result.value:.4f} over {result.tokens} tokens ({result.windows} windows of "
          f"{args.window}, stride {stride}; {f.name})")
    return 0
