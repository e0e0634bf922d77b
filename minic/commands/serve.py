"""`minic serve`: an OpenAI-compatible HTTP server (Starlette + uvicorn) over a continuously batched model."""
from __future__ import annotations

import argparse
import sys

from minic.errors import MinicError

NAME = "serve"
HELP = "serve a GPT-2 checkpoint over the OpenAI HTTP API (/v1/completions, /v1/chat/completions)"


def add_arguments(g: argparse.ArgumentParser) -> None:
    g.add_argument("--weights", required=True, help="directory in the Hugging Face layout, or a hub name (online)")
    g.add_argument("--host", default="127.0.0.1")
    g.add_argument("--port", type=int, default=8000)
    g.add_argument("--model-name", default=None, help="the model id clients ask for (default: the weights folder)")
    g.add_argument("--device", default=None, help="LLVM (default), C, PY, CUDA, CL, WEBGPU")
    g.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    g.add_argument("--max-ctx", type=int, default=None, help="context length, at most the model's n_positions")
    g.add_argument("--max-batch", type=int, default=16, help="sequences decoded together in one step")
    g.add_argument("--pages", type=int, default=256, help="KV-cache pages per layer (one is the padding page)")
    g.add_argument("--page-size", type=int, default=16, help="positions per KV-cache page")
    g.add_argument("--chat-template", default=None,
                   help="Jinja chat template file (default: chat_template in the weights' tokenizer_config.json)")


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from minic.serve.app import Service, create_app
    from minic.serve.batcher import Batcher
    from minic.serve.chat import ChatTemplate
    from models.gpt2 import GPT2
    from models.paged import PagedGPT2
    from models.tokenizer import load_tokenizer
    from models.weights import load

    cfg, params, path = load(args.weights)
    if args.max_ctx is not None and not 1 <= args.max_ctx <= cfg.n_positions:
        raise MinicError(f"--max-ctx {args.max_ctx} is outside 1..{cfg.n_positions} (n_positions of {path})")
    tokenizer = load_tokenizer(path)
    if tokenizer.n_vocab > cfg.vocab_size:
        raise MinicError(f"the tokenizer has {tokenizer.n_vocab} tokens but the model's vocabulary only "
                         f"{cfg.vocab_size}: its ids would not fit the model")
    model = GPT2(cfg, params, device=args.device, dtype=args.dtype, max_ctx=args.max_ctx)
    del params
    engine = PagedGPT2(model, pages=args.pages, page_size=args.page_size, max_batch=args.max_batch)
    print(f"minic serve: compiling prefill and batched decode for {path.name} ...", file=sys.stderr, flush=True)
    engine.warm_up()
    eos = cfg.eos_token_id if 0 <= cfg.eos_token_id < cfg.vocab_size else None
    service = Service(args.model_name or path.name, tokenizer, Batcher(engine).start(),
                      ChatTemplate.find(path, args.chat_template), eos)
    uvicorn.run(create_app(service), host=args.host, port=args.port, log_level="info")
    return 0
