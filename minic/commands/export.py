"""`minic export`: a GPT-2 as a standalone C project or a static WebGPU page (minic/export/)."""
from __future__ import annotations

import argparse

NAME = "export"
HELP = "export a GPT-2 as a standalone C program or a WebGPU web page"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--weights", required=True, help="directory in the Hugging Face layout (config.json and "
                   "model.safetensors), e.g. from `minic make-random-gpt2`")
    p.add_argument("--target", required=True, choices=["c", "webgpu"])
    p.add_argument("--out", required=True, help="directory to write the project into")
    p.add_argument("--dtype", choices=["float32", "float16"], default="float32")
    p.add_argument("--max-ctx", type=int, default=None, help="KV-cache length (default: the model's n_positions)")


def run(args: argparse.Namespace) -> int:
    from minic.export import export
    out = export(args.weights, args.target, args.out, args.dtype, args.max_ctx)
    how = (f"make -C {out} && {out}/generate --prompt-ids 1,2,3 --max-new-tokens 16" if args.target == "c" else
           f"python -m http.server -d {out} 8000, then open "
           f"http://localhost:8000/index.html?prompt_ids=1,2,3&max_new_tokens=16")
    print(f"wrote {out}; run it: {how}")
    return 0
