"""`minic serve`: an OpenAI-compatible HTTP server (Starlette + uvicorn) over a continuously batched model."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from minic.commands import at_least
from minic.errors import MinicError

NAME = "serve"
HELP = "serve a model (GPT-2 or LLaMA family) over the OpenAI HTTP API (/v1/completions, /v1/chat/completions)"


def add_arguments(g: argparse.ArgumentParser) -> None:
    g.add_argument("--weights", default=None,
                   help="a .gguf file, a directory in the Hugging Face layout (GPT-2, LLaMA, Mistral, Qwen2), or a "
                        "hub name (online); default: SmolLM2-135M-Instruct, fetched on first use")
    g.add_argument("--host", default="127.0.0.1")
    g.add_argument("--port", type=int, default=8000)
    g.add_argument("--model-name", default=None, help="the model id clients ask for (default: the weights' name)")
    g.add_argument("--device", default=None, help="LLVM (default), C, PY, CUDA, CL, WEBGPU")
    g.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    g.add_argument("--max-ctx", type=int, default=None,
                   help="context length, at most the model's positions (default: theirs, at most 4096)")
    g.add_argument("--max-batch", type=int, default=16, help="sequences decoded together in one step")
    g.add_argument("--pages", type=int, default=None,
                   help="KV-cache pages per layer, one of them the padding page (default: enough for one sequence "
                        "of the whole context)")
    g.add_argument("--page-size", type=int, default=16, help="positions per KV-cache page")
    g.add_argument("--prefill-chunk", type=at_least(1), default=256,
                   help="a longer prompt is prefilled this many tokens a step, between the other answers' decode "
                        "steps (a long prompt then holds their streams up a chunk at a time)")
    g.add_argument("--default-max-tokens", type=int, default=1024,
                   help="the longest answer to a request without max_tokens (its pages are reserved up front)")
    g.add_argument("--api-key", default=None,
                   help="require `Authorization: Bearer KEY` on /v1 requests (the openai client's api_key); "
                        "default: the environment's MINIC_SERVE_API_KEY, else no key")
    g.add_argument("--chat-template", default=None,
                   help="Jinja chat template file (default: the checkpoint's own, from the GGUF metadata, "
                        "chat_template.jinja or tokenizer_config.json)")


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from minic.commands.generate import DEFAULT_CTX
    from minic.serve.app import Service, create_app
    from minic.serve.batcher import Batcher
    from minic.serve.chat import ChatTemplate
    from models.families import load_checkpoint
    from models.paged import PagedLM
    from models.tokenizer import TokenizerError

    ck = load_checkpoint(args.weights, args.device)
    source = Path(ck.source)
    if args.max_ctx is not None and not 1 <= args.max_ctx <= ck.n_positions:
        raise MinicError(f"--max-ctx {args.max_ctx} is outside 1..{ck.n_positions} (the positions of {source})")
    if ck.tokenizer is None:
        raise TokenizerError(f"minic serve needs the checkpoint's tokenizer: {ck.tokenizer_error}")
    if ck.tokenizer.n_vocab > ck.cfg.vocab_size:
        raise MinicError(f"the tokenizer has {ck.tokenizer.n_vocab} tokens but the model's vocabulary only "
                         f"{ck.cfg.vocab_size}: its ids would not fit the model")
    template = ChatTemplate.find(ck, args.chat_template)
    ctx = args.max_ctx or min(ck.n_positions, DEFAULT_CTX)
    model = ck.build(args.dtype, ctx)
    pages = args.pages if args.pages is not None else -(-ctx // args.page_size) + 1
    engine = PagedLM(model, pages=pages, page_size=args.page_size, max_batch=args.max_batch)
    ck.params = {}  # the model holds its own copies
    name = args.model_name or (source.stem if source.is_file() else source.name)
    print(f"minic serve: compiling prefill and batched decode for {name} ...", file=sys.stderr, flush=True)
    engine.warm_up()
    api_key = args.api_key or os.environ.get("MINIC_SERVE_API_KEY") or None
    if args.default_max_tokens < 1:
        raise MinicError(f"--default-max-tokens must be at least 1, got {args.default_max_tokens}")
    service = Service(name, ck.tokenizer, Batcher(engine, args.prefill_chunk).start(), template, ck.stop_ids, api_key,
                      args.default_max_tokens)
    uvicorn.run(create_app(service), host=args.host, port=args.port, log_level="info")
    return 0
