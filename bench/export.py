"""The exported C program vs minic's Python path, and the exported page on SwiftShader, on GPT-2 (random weights).

    PYTHONPATH=. python bench/export.py [--size small] [--prompt 32] [--new 32] [--device C] [--skip-page]

For each: prefill tok/s, decode tok/s (greedy, steady state) and start-up: wall time from starting the
process (for the page: opening it) to its first generated token (loading weights, and for Python importing,
scheduling and compiling or reading the compiled kernels from minic's disk cache: the Python run goes twice and
the second, with a warm cache, is reported). Prefill is a warm call on both: the C program's second (its
--stats runs it again at the end), Python's a replay. The page runs a tiny GPT-2 (2 layers, n_embd 64) in
headless Chromium on SwiftShader (WebGPU on the CPU).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from minic.export import export  # noqa: E402
from models.gpt2 import SIZES, GPT2Config  # noqa: E402
from models.weights import random_params, save  # noqa: E402

TINY = GPT2Config(n_layer=2, n_head=2, n_embd=64, vocab_size=100, n_positions=64)

PYTHON_RUN = r"""
import json, sys, time
from models.generate import generate
from models.gpt2 import GPT2
from models.weights import load
cfg, params, _ = load(sys.argv[1])
model = GPT2(cfg, params, device=sys.argv[2], max_ctx=int(sys.argv[5]))
prompt = [1 + i % (cfg.vocab_size - 1) for i in range(int(sys.argv[3]))]
seen = []
def first(tok):
    if not seen:
        print("FIRST", flush=True)
        seen.append(tok)
ids, stats = generate(model, prompt, int(sys.argv[4]), on_token=first)
model.prefill(prompt)  # the jit records two calls; the third replays
t0 = time.perf_counter()
model.prefill(prompt)
print(json.dumps({"prefill": len(prompt) / (time.perf_counter() - t0), "decode": stats.decode_tok_s}), flush=True)
"""


def python_path(weights: Path, device: str, prompt: int, new: int, max_ctx: int) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-c", PYTHON_RUN, str(weights), device, str(prompt), str(new),
                          str(max_ctx)],
                         stdout=subprocess.PIPE, text=True, env=env)
    assert p.stdout.readline().strip() == "FIRST"
    startup = time.perf_counter() - t0
    out = json.loads(p.stdout.readline())
    p.wait()
    return {**out, "startup": startup}


def c_program(project: Path, prompt: int, new: int, vocab: int) -> dict:
    ids = ",".join(str(1 + i % (vocab - 1)) for i in range(prompt))
    t0 = time.perf_counter()
    p = subprocess.Popen([str(project / "generate"), "--prompt-ids", ids, "--max-new-tokens", str(new), "--stats"],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    p.stdout.read(1)  # the first id is printed (and flushed) as soon as it is known
    startup = time.perf_counter() - t0
    _, err = p.communicate()
    prefill = float(re.search(r"prefill \d+ tokens ([\d.]+) tok/s", err).group(1))
    decode = float(re.search(r"decode \d+ tokens ([\d.]+) tok/s", err).group(1))
    return {"prefill": prefill, "decode": decode, "startup": startup}


def page(work: Path, prompt: int, new: int) -> dict:
    from minic.export.browser import run_page
    weights = work / "tiny"
    save(str(weights), TINY, random_params(TINY))
    out = export(str(weights), "webgpu", work / "page")
    ids = ",".join(str(1 + i % (TINY.vocab_size - 1)) for i in range(min(prompt, TINY.n_positions // 2)))
    r = run_page(out, f"prompt_ids={ids}&max_new_tokens={min(new, TINY.n_positions // 2)}", timeout_s=600)
    if r.error:
        raise SystemExit(f"the page failed: {r.error}")
    startup = float(re.search(r"first token ([\d.]+) s", r.stats).group(1))
    prefill = float(re.search(r"prefill \d+ tokens: ([\d.]+) tok/s", r.stats).group(1))
    decode = float(re.search(r"decode ([\d.]+) tok/s", r.stats).group(1))
    return {"prefill": prefill, "decode": decode, "startup": startup}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", choices=sorted(SIZES), default="small")
    ap.add_argument("--prompt", type=int, default=32)
    ap.add_argument("--new", type=int, default=32)
    ap.add_argument("--device", default="C", help="the Python path's device (the C export's kernels are C's)")
    ap.add_argument("--max-ctx", type=int, default=256)
    ap.add_argument("--skip-page", action="store_true")
    args = ap.parse_args()
    cfg = replace(SIZES[args.size])
    rows = []
    with tempfile.TemporaryDirectory() as d:
        work = Path(d)
        weights = work / "weights"
        save(str(weights), cfg, random_params(cfg))
        t0 = time.perf_counter()
        project = export(str(weights), "c", work / "c", max_ctx=args.max_ctx)
        exported = time.perf_counter() - t0
        subprocess.run(["make", "-s", "-C", str(project), "-j2"], check=True)
        built = time.perf_counter() - t0 - exported
        c_program(project, args.prompt, args.new, cfg.vocab_size)  # the weights file into the page cache
        rows.append((f"C export (GPT-2 {args.size})", c_program(project, args.prompt, args.new, cfg.vocab_size)))
        python_path(weights, args.device, args.prompt, args.new, args.max_ctx)  # fills minic's disk cache
        rows.append((f"minic Python path, {args.device} (GPT-2 {args.size})",
                     python_path(weights, args.device, args.prompt, args.new, args.max_ctx)))
        if not args.skip_page:
            rows.append(("page, Chromium + SwiftShader (tiny GPT-2)", page(work, args.prompt, args.new)))
    print(f"prompt {args.prompt} tokens, {args.new} new tokens, context {args.max_ctx}; export took {exported:.1f} s, "
          f"make {built:.1f} s\n")
    print("| what | prefill tok/s | decode tok/s | start-up to first token (s) |")
    print("|---|---|---|---|")
    for name, r in rows:
        print(f"| {name} | {r['prefill']:.1f} | {r['decode']:.1f} | {r['startup']:.2f} |")


if __name__ == "__main__":
    main()
