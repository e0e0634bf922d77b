"""Write the teaching notebooks from the cells below: `python notebooks/build.py`.

The notebooks are generated so that a review reads plain Python here, and they
are stored without outputs (tests/test_notebooks.py executes them). Edit this
file, not the .ipynb files.
"""
from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent



def setup(*names: str) -> str:
    """The first code cell: imports (only those the notebook uses, so the cells stay ruff-clean) and a seeded rng.

    minic must be importable: `pip install -e .` from the checkout (tests set PYTHONPATH instead)."""
    lines = ["import numpy as np", ""] + (["import minic"] if "minic" in names else [])
    lines.append("from minic import " + ", ".join(n for n in ("Tensor", "Var") if n in names))
    lines += [f"from minic.{mod} import {n}" for mod, n in (("intermediates", "capture"), ("profiler", "profile"),
                                                           ("viz", "viz")) if n in names]
    return "\n".join(lines + ["", "rng = np.random.default_rng(0)"])


TOUR = [
    ("md", """# 01 · A tour: from a Tensor expression to the source of every backend

minic is lazy: operations on a `Tensor` build a graph; nothing runs until you ask for values.
This notebook follows one expression through every arrow of the pipeline:
**graph → fusion → rule → loop IR → source → compile → launch**."""),
    ("code", setup("minic", "Tensor", "viz")),
    ("md", "## The lazy graph\nA row softmax, scaled. `node.pretty()` prints the graph minic will compile."),
    ("code", """x_np = rng.standard_normal((4, 8)).astype(np.float32)
x = Tensor(x_np, device="PY")
y = x.softmax(-1) * 2
print(y)
print(y.node.pretty())"""),
    ("md", """## Fusion and rules
`schedule()` stops just before launching. Each kernel says why it ends where it does (`why`), which
rule scheduled it (`rule`), and why that rule was chosen (`rule_why`). Softmax needs two reductions
over the same row, and both fuse into one kernel."""),
    ("code", """kernels = y.schedule()
for k in kernels:
    print(k.name, "| rule:", k.rule, "|", k.rule_why, "| cut:", k.why)"""),
    ("code", "viz(y)"),
    ("md", "## Loop IR\nThe rule wrote this loop nest; every backend (PY, C, LLVM and the GPU ones) renders it."),
    ("code", "print(kernels[0].ir)"),
    ("md", """## Source on every CPU backend
The same expression on `PY` (readable Python you can step through with pdb), `C`, and `LLVM` (IR
built with llvmlite). The C prelude of float16/bfloat16 helpers is left out below."""),
    ("code", """for dev in ("PY", "C", "LLVM"):
    src = (Tensor(x_np, device=dev).softmax(-1) * 2).schedule()[0].source
    if dev == "C":
        src = src[src.index("void "):]
    lines = src.splitlines()
    print(f"===== {dev}: {len(lines)} lines =====")
    print("\\n".join(lines[:40]) + ("\\n..." if len(lines) > 40 else ""))"""),
    ("md", """## GPU sources, no GPU needed
Rendering is plain Python: give a rule a GPU `Target` and a renderer and you get CUDA, OpenCL and
WGSL text without a driver or compiler. These are the calls `schedule()` makes for you."""),
    ("code", """from minic.sched import rules
from minic.sched.fuse import fuse
from minic.sched.target import Target

gpu = Target("a GPU", gpu=True, max_threads=1024, warp=32, shared_bytes=48 * 1024)
renderers = {}
for lang, module, cls in (("CUDA", "cuda", "CUDARenderer"), ("OpenCL", "opencl", "OpenCLRenderer"),
                          ("WGSL", "wgsl", "WGSLRenderer")):
    try:
        renderers[lang] = getattr(__import__(f"minic.codegen.{module}", fromlist=[cls]), cls)()
    except ImportError as e:
        print(f"note: no {lang} renderer in this checkout ({e})")
for lang, renderer in renderers.items():
    target = gpu if lang == "CUDA" else gpu.with_(warp=1)  # shuffles only where CUDA has them
    for kg in fuse([y.node], y.device, y.var_vals):
        print(f"===== {lang} =====")
        print(renderer.render(rules.choose(kg, target).kernel))"""),
    ("md", "## Run it\nOn the CPU here; on CUDA too when this machine has an NVIDIA GPU."),
    ("code", """ref = np.exp(x_np - x_np.max(-1, keepdims=True))
ref = 2 * ref / ref.sum(-1, keepdims=True)
print("PY matches numpy:", np.allclose(y.numpy(), ref, atol=1e-6))
try:
    minic.get_device("CUDA")
except minic.DeviceError as e:
    print("note: CUDA cell skipped, no GPU here:", str(e)[:100])
else:
    out = (Tensor(x_np, device="CUDA").softmax(-1) * 2).numpy()
    print("CUDA matches numpy:", np.allclose(out, ref, atol=1e-6))"""),
    ("md", """## Watch it happen
`with minic.debug(level):` (or `MINIC_DEBUG=level`) prints to stderr: 1 one line per launch, 2 the fusion
cuts and rule decisions, 3 the loop IR, 4 the source, 5 the whole graph."""),
    ("code", """with minic.debug(2):
    (Tensor(x_np, device="PY").softmax(-1) * 2).numpy()"""),
]

SYMBOLIC = [
    ("md", """# 02 · Symbolic shapes: one kernel for every n

A `Var` is a dimension known only at run time, with bounds. Kernels are generated once for the Var and
take its value as an argument, so a model compiles once for every sequence length."""),
    ("code", setup("minic", "Tensor", "Var")),
    ("code", """n = Var("n", 1, 64)

def scaled_softmax(rows):
    x = Tensor(rng.standard_normal((rows, 8)).astype(np.float32), shape=(n, 8), device="PY")
    return x.softmax(-1) * 2

y = scaled_softmax(3)
print(y)            # the shape is symbolic; the data bound n = 3
print(y.schedule()[0].source)"""),
    ("md", """`n` is a parameter of the kernel and bounds its outer loop. Now run it for several lengths and count
compiled programs: the first call compiles, the rest reuse the program."""),
    ("code", """dev = minic.get_device("PY")
before = dev.compiles
for rows in (3, 17, 64):
    y = scaled_softmax(rows)
    out = y.numpy()
    print(f"n = {rows:2d}: output {out.shape}, rows sum to {out.sum(-1).mean():.3f}, "
          f"programs compiled so far: {dev.compiles - before}")"""),
    ("md", """## Bounds are checked before anything runs
Every Var value is checked against its bounds, and every view against the data it reads at the bound
values. The errors say what is wrong and where the offending tensor was made."""),
    ("code", """def show(what, fn):
    try:
        fn()
        print(f"{what}: fine")
    except minic.MinicError as e:
        print(f"{what}: {type(e).__name__}: {e}")

show("n = 100 rows", lambda: scaled_softmax(100))
show("bind n = 70", lambda: scaled_softmax(3).bind(n=70))
show("slice past the end", lambda: scaled_softmax(3)[: n + 1])
show("row 5 of 3", lambda: scaled_softmax(3)[5].numpy())
show("two values of n", lambda: scaled_softmax(3) + scaled_softmax(4))"""),
    ("md", """## Proofs, not guesses
The symbolic engine (`minic/ir/symbolic.py`) keeps index expressions in a canonical form and simplifies
them with the Vars' bounds, which is how the kernel above has no bounds checks inside its loops: every
load was proven in range once, for every n."""),
    ("code", """from minic.ir.symbolic import bounds, sdiv, smod

i = Var("i", 0, 7)  # a column index
flat = n * 8 + i  # a flat element index of x[n, 8]
print(flat, "ranges over", bounds(flat), "| row:", sdiv(flat, 8), "| column:", smod(flat, 8))"""),
]

RULE = [
    ("md", """# 03 · Write a schedule rule

Rules decide how a fused kernel becomes loops. They are tried in order; the first whose `why_not` returns
None builds the loop IR. Here we write a tiny one: small elementwise kernels run on one core, because
waking threads can cost more than the work."""),
    ("code", setup("minic", "Tensor", "profile")),
    ("code", """from minic.ir.view import prod
from minic.sched.rules import Rule
from minic.sched.rules.base import has_reduce
from minic.sched.rules.nest import cpu_nest


class SmallSerial(Rule):
    name = "SmallSerial"

    def why_not(self, graph, target):
        if target.gpu:
            return "GPU kernels keep their threads"
        if has_reduce(graph):
            return "the kernel has a reduction"
        size = prod(graph.root.shape)
        if not isinstance(size, int) or size > 16384:
            return f"{size} elements are worth sharing across cores"
        return None  # applies

    def build(self, graph, target):
        return cpu_nest(graph, parallel=False, vector=True)

    def describe(self, graph, target):
        return "small elementwise kernel: one core, inner loop vectorised\""""),
    ("md", "Before: the default `Elementwise` rule splits the outer loop across cores."),
    ("code", """x_np = rng.random((64, 64), dtype=np.float32)
def expr(dev):
    return (Tensor(x_np, device=dev) * 2 + 1).exp()

def c_body(t):
    src = t.schedule()[0].source
    return src[src.index("void "):]

print(expr("C").schedule()[0].rule)
print(c_body(expr("C")))"""),
    ("code", """def timed(dev, repeats=100):
    expr(dev).numpy()  # compile outside the measurement
    with profile() as prof:
        for _ in range(repeats):
            expr(dev).numpy()
    return prof

before = timed("C")
before"""),
    ("md", "Register the rule ahead of `Elementwise` and look again: a new rule, a new loop nest, new source."),
    ("code", """minic.rules.register(SmallSerial(), before="Elementwise")
print(minic.rules.rules(minic.get_device("C").target))  # the rules tried on this device, in order
k = expr("C").schedule()[0]
print(k.rule, "-", k.rule_why)
print(c_body(expr("C")))"""),
    ("code", """after = timed("C")
after"""),
    ("code", """t0 = before.rows[0].seconds / before.rows[0].launches
t1 = after.rows[0].seconds / after.rows[0].launches
print(f"Elementwise: {t0 * 1e6:.1f} us per launch; SmallSerial: {t1 * 1e6:.1f} us per launch "
      f"({t0 / t1:.2f}x). Measure on your machine: the answer depends on its cores and thread start-up.")"""),
    ("md", "Large kernels are declined with the rule's own reason (debug level 2 lists every declined rule):"),
    ("code", """big = (Tensor(rng.random((512, 512), dtype=np.float32), device="C") * 2 + 1).exp()
with minic.debug(2):
    big.schedule()"""),
    ("md", "Rules are plain objects, so they come and go at run time (`minic.rules.disable` switches one off)."),
    ("code", """minic.rules.unregister("SmallSerial")
print(expr("C").schedule()[0].rule)"""),
]

GPT2 = [
    ("md", """# 04 · A GPT-2 layer under the microscope

One GPT-2 block (pre-norm attention + MLP, the math of `models/gpt2.py`) built from minic ops, with random
weights in Hugging Face's layout: its kernels, their rules, a profile, and intermediates compared with
transformers' `GPT2Block`."""),
    ("code", setup("Tensor", "capture", "profile", "viz")),
    ("code", """from minic.examples import gpt2_block, gpt2_layer_params

n_tokens, n_embd, n_head = 16, 64, 4
params = gpt2_layer_params(n_embd)
x_np = rng.standard_normal((n_tokens, n_embd)).astype(np.float32)
w = {k: Tensor(v) for k, v in params.items()}
y = gpt2_block(Tensor(x_np), w, n_head)
kernels = y.schedule()
for k in kernels:
    print(f"{k.name:12s} {k.rule:12s} cut: {k.why}")"""),
    ("md", """Seven kernels: ln_1 on its own (16 rows are a prefill, and a matmul reads the normalised rows from
memory; at decode, one row, the GEMV computes the norm in its prologue and the two are one kernel), the QKV
matmul with its bias, attention (softmax(q.k^T).v as one online softmax, no score matrix), the projection with
its residual, ln_2, the MLP's first matmul with GELU, and the second matmul with its residual."""),
    ("code", "viz(y)"),
    ("md", "## Where the time goes"),
    ("code", """y.numpy()  # compile first
with profile() as prof:
    for _ in range(5):
        gpt2_block(Tensor(x_np), w, n_head).numpy()
prof"""),
    ("code", "prof.as_dict()[kernels[0].name]"),
    ("md", """## Intermediates, compared with transformers
Three ways to see inside, simplest first: realize any intermediate tensor (`.numpy()`); `capture()`
records every kernel's output; `tap(t, name)` (minic.intermediates) records a named tensor (the block
taps `ln_1`, `attn` and `mlp`, named after the Hugging Face submodules whose outputs they match)."""),
    ("code", """try:
    import torch
    from transformers import GPT2Config as HFConfig
    from transformers.models.gpt2.modeling_gpt2 import GPT2Block
except ImportError as e:
    torch = None
    print("note: transformers/torch not installed, comparisons skipped:", e)
else:
    cfg = HFConfig(n_embd=n_embd, n_head=n_head, n_positions=64, attn_pdrop=0.0, resid_pdrop=0.0)
    cfg._attn_implementation = "eager"
    block = GPT2Block(cfg).eval()
    block.load_state_dict({k: torch.from_numpy(v) for k, v in params.items()})
    seen = {}
    for name in ("ln_1", "attn", "mlp", "attn.c_attn"):
        block.get_submodule(name).register_forward_hook(
            lambda mod, args, out, name=name: seen.__setitem__(name, (out[0] if isinstance(out, tuple) else out)))
    causal = torch.full((n_tokens, n_tokens), float("-inf")).triu(1)[None, None]
    with torch.no_grad():
        ref = block(torch.from_numpy(x_np)[None], attention_mask=causal)
    ref = (ref[0] if isinstance(ref, tuple) else ref)[0].numpy()
    print("block output, max |minic - transformers|:", np.abs(y.numpy() - ref).max())"""),
    ("md", "**1. Realize it.** Any intermediate can be computed on its own:"),
    ("code", """ln_1 = Tensor(x_np).layer_norm(w["ln_1.weight"], w["ln_1.bias"])
if torch is not None:
    print("ln_1:", np.abs(ln_1.numpy() - seen["ln_1"][0].numpy()).max())"""),
    ("md", """**2. Capture every kernel's output.** With `taps=False` the block's taps stay inactive, so the kernels are
exactly the seven above. `cap.kernel(name)` picks one: the QKV matmul's output, bias included, equals
transformers' `attn.c_attn` output. (A kernel's output is not always a tensor you wrote: an epilogue such as
a bias add can fuse into the next kernel instead.)"""),
    ("code", """with capture(taps=False) as cap:
    gpt2_block(Tensor(x_np), w, n_head).numpy()
for c in cap.kernels:
    print(c)
qkv = cap.kernel("matmul_bias").value.reshape(n_tokens, 3 * n_embd)
if torch is not None:
    ref_qkv = seen["attn.c_attn"][0].numpy()
    print("qkv: max |minic - transformers| =", np.abs(qkv - ref_qkv).max())"""),
    ("md", "**3. Taps** realize named tensors inside the block (cutting fusion there: the price of seeing them)."),
    ("code", """with capture() as cap:
    out = gpt2_block(Tensor(x_np), w, n_head).numpy()
print(f"{len(cap.kernels)} kernels with taps (vs {len(kernels)} without)")
if torch is not None:
    for name in ("ln_1", "attn", "mlp"):
        print(f"{name:5s} max |minic - transformers| = {np.abs(cap[name] - seen[name][0].numpy()).max():.2e}")"""),
    ("md", """## The real model
`models/gpt2.py` runs whole models through `minic.jit`, which replays recorded launches without Python.
`capture()` still sees every replayed kernel."""),
    ("code", """try:
    from models.gpt2 import GPT2, GPT2Config
    from models.weights import random_params
except ImportError as e:
    print("note: models/gpt2.py is not importable here, skipped:", e)
else:
    cfg = GPT2Config(n_layer=1, n_head=n_head, n_embd=n_embd, vocab_size=128, n_positions=32)
    model = GPT2(cfg, random_params(cfg, 0), device="LLVM")
    model.prefill([1, 2, 3])
    for pos in (3, 4):
        model.decode(5, pos)  # two decode calls record; the next ones replay
    with capture() as cap:
        logits = model.decode(7, 5)
    print("replayed:", model._decode.replays, "| kernels seen:", [c.name for c in cap.kernels])
    last = cap.kernels[-1].value.reshape(-1)
    print("logits equal the last kernel's output:", np.allclose(last, logits.reshape(-1)))"""),
]

QUANT = [
    ("md", """# 05 · Quantization: a format is a storage layout plus a dequant expression

Decode is memory bound: every token reads every weight once. A 4-bit weight is 8x fewer bytes than a float32
one. In minic a quantization format is a Python object: the arrays it stores per block ("parts") and the
dequantization written with ordinary Tensor ops. The GEMV and Matmul rules find the dequant in the matmul's
prologue, so `x @ w.dequant().T` is **one kernel that reads the packed bytes**: no dequantized copy of a weight
is ever made, and no backend has code for any format."""),
    ("code", setup("minic", "Tensor")),
    ("code", """import time

from minic import quant
from minic.quant.ops import spread, unpack"""),
    ("md", """## A built-in format: GGUF's Q4_0
Blocks of 32 weights: one float16 scale `d` and 16 bytes of 4-bit codes, `w = (q - 8) * d`. minic's
dequantization equals the numpy reference (and `gguf`'s own) bit for bit."""),
    ("code", """W = (rng.standard_normal((256, 512)) * 0.02).astype(np.float32)
w4 = quant.quantize(W, "q4_0")
print(w4, "|", w4.format.parts)
print("bit for bit:", np.array_equal(w4.dequant().numpy(), w4.numpy()))
print("max error / max |W|:", np.abs(w4.numpy() - W).max() / np.abs(W).max())"""),
    ("md", """## A new 3-bit format in one cell
Codes 0..7 with `w = (q - 4) * d`, one float16 scale per 64 weights. 3 bits do not fill a byte, so the
codes are stored as two bit planes: the low 2 bits (4 per byte) and the high bit (8 per byte), 3.25 bits per
weight in all. `quantize_blocks` and `reference_blocks` are numpy; `expr` is minic. `unpack(x, bits)` reads
bit fields out of bytes with integer `//` and `%` (byte t holds elements t, t + n, t + 2n... of a block of
n bytes), `spread` lays a per-block scale over its 64 weights."""),
    ("code", """class Q3(quant.Format):
    name, block = "q3", 64
    parts = (quant.Part("d", "float16"), quant.Part("lo", "uint8", (16,)), quant.Part("hi", "uint8", (8,)))

    def quantize_blocks(self, x):
        at = np.abs(x).argmax(-1)[..., None]
        d = (np.take_along_axis(x, at, -1)[..., 0] / -4).astype(np.float16)
        inv = np.divide(1, d, out=np.zeros(d.shape, np.float32), where=d != 0)[..., None]
        q = np.clip(np.round(x * inv) + 4, 0, 7).astype(np.uint8)
        lo, hi = (q & 3).reshape(*q.shape[:2], 4, 16), (q >> 2).reshape(*q.shape[:2], 8, 8)
        return {"d": d, "lo": sum(lo[..., p, :] << (2 * p) for p in range(4)).astype(np.uint8),
                "hi": sum(hi[..., p, :] << p for p in range(8)).astype(np.uint8)}

    def reference_blocks(self, p):
        lo = np.concatenate([(p["lo"] >> (2 * s)) & 3 for s in range(4)], -1)
        hi = np.concatenate([(p["hi"] >> s) & 1 for s in range(8)], -1)
        return ((lo + 4 * hi).astype(np.float32) - 4) * p["d"].astype(np.float32)[..., None]

    def expr(self, p):
        q = unpack(p["lo"], 2).float() + unpack(p["hi"], 1).float() * 4.0
        return (q - 4.0) * spread(p["d"].float(), self.block)


q3 = quant.register(Q3())
w3 = quant.quantize(W, "q3")
print(w3, "|", f"{q3.bits_per_weight():.2f} bits per weight")
print("bit for bit:", np.array_equal(w3.dequant().numpy(), w3.numpy()))
print("max error / max |W|:", np.abs(w3.numpy() - W).max() / np.abs(W).max())"""),
    ("md", """## The dequant fused into the GEMV
One kernel, GEMV rule. The K loop is cut at the format's blocks (64) and bit planes, so the codes are read
with contiguous (vector) loads inside; `explain` says so, and the source shows the integer `/` and `%` that
pick the bit fields, on two backends. On a CPU with AVX2 the products are integer ones: x is rounded to int16 per
block first (`explain` says that too), so the result is numpy's to within that rounding, about 1e-5 of the
largest output, not to float32's last bits."""),
    ("code", """x = Tensor(rng.standard_normal((1, 512)).astype(np.float32))
y = quant.linear(x, w3)
minic.explain(y)
ref = x.numpy() @ w3.numpy().T
error = np.abs(y.numpy() - ref).max() / np.abs(ref).max()
print(f"largest error / largest output: {error:.1e}; within x's int16 rounding: {error < 1e-4}")"""),
    ("code", """def body(src: str, first: str, lines: int = 30) -> str:
    \"\"\"The kernel's text from its first line starting with `first` (skipping helpers).\"\"\"
    start = next(i for i, line in enumerate(src.splitlines()) if line.startswith(first))
    return "\\n".join(src.splitlines()[start:start + lines])


for dev, first in (("C", "void "), ("PY", "def ")):
    k = quant.linear(Tensor(x.numpy(), device=dev), quant.quantize(W, "q3", device=dev)).schedule()[0]
    print(f"===== {dev} =====")
    print(body(k.source, first))"""),
    ("md", """## Error and speed
Each format's GEMV against the float32 one: error relative to the float32 result, and time per call.
The numbers depend on the machine. Here the float32 weight (8 MiB) may still fit in a cache, so the packed
formats pay for their dequant without saving much memory traffic; a real model's decode reads far more than
the caches hold. And a format's layout is a speed decision too: the 3-bit codes take two bit fields per weight
and runs of 8 consecutive codes, where q4_0 takes one field in runs of 16."""),
    ("code", """Wb = (rng.standard_normal((2048, 1024)) * 0.02).astype(np.float32)
xb = Tensor(rng.standard_normal((1, 1024)).astype(np.float32))
exact = xb.numpy() @ Wb.T


def per_call(fn, n=20):
    fn()
    best = float("inf")
    for _ in range(3):
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        best = min(best, (time.perf_counter() - t0) / n)
    return best


print(f"{'format':8s} {'bits':>5s} {'MiB':>6s} {'rel. error':>10s} {'us/call':>8s}")
for fmt in ("f32", "q8_0", "q4_0", "q3"):
    wq = quant.quantize(Wb, fmt)
    out = quant.linear(xb, wq).numpy()
    err = np.abs(out - exact).max() / np.abs(exact).max()
    us = per_call(lambda wq=wq: quant.linear(xb, wq).realize()) * 1e6
    print(f"{fmt:8s} {wq.format.bits_per_weight(1024):5.2f} {wq.nbytes / 2**20:6.2f} {err:10.2e} {us:8.0f}")"""),
]

NOTEBOOKS = {"01-tour.ipynb": TOUR, "02-symbolic-shapes.ipynb": SYMBOLIC, "03-write-a-rule.ipynb": RULE,
             "04-gpt2-under-the-microscope.ipynb": GPT2, "05-quantization.ipynb": QUANT}


def build(cells: list[tuple[str, str]]) -> nbformat.NotebookNode:
    nb = new_notebook(cells=[new_markdown_cell(src) if kind == "md" else new_code_cell(src) for kind, src in cells])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    for i, cell in enumerate(nb.cells):
        cell["id"] = f"cell-{i}"  # stable ids: rebuilding without changes gives identical files
    return nb


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nbformat.write(build(cells), HERE / name)
        print(f"wrote notebooks/{name}")


if __name__ == "__main__":
    main()
