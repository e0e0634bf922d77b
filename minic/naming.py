"""Kernel names that say what a kernel computes, read from its graph: `softmax`, `layer_norm`, `gemv_bias_gelu`.

Names are recognised from structure, never from the Python helper that built the graph (a hand-written
`e / e.sum()` after `x - x.max()` is a softmax too):
  * a dot product (a `sum` over a product of two loaded operands) is `matmul`, or `gemv` when each batch has a
    single output row; what runs after it names its epilogue: `bias` (an add of a broadcast buffer), `gelu`,
    `silu`, `relu`, `scale` (a multiply by a constant), `mask` (a `where`), `add` (a full-size residual);
  * a max and a sum over the same rows around an `exp` is `softmax` (with a dot, or summed against values as
    minic/sched/attention.py recognises it: `attention`);
  * a sum of squares whose reciprocal square root scales the rows is `layer_norm` when the mean is subtracted
    first, else `rms_norm`; a product whose input is such a norm (fused into its prologue) is the norm's name,
    then the product's: `layer_norm_gemv_bias`;
  * a max, a comparison with it and a min over the positions is `argmax`; a sum divided by a count is `mean`;
    other reductions are named by their op (`sum_op`, `max_op`, `min_op`);
  * an elementwise kernel is `embedding` (a gather), `copy` (no arithmetic: a view made contiguous), `assign`
    (no arithmetic, written into a slice of an existing buffer: a KV-cache write), an activation, or its first
    distinct ops (`mul_add`, `exp_op`).
A lone op name is suffixed with `_op`: `exp` or `max` is a builtin in C, CUDA, OpenCL or WGSL.
The name is an identifier in every backend's language (it names the generated function). A program's two
kernels with one name are told apart by fusion (`softmax`, `softmax_1`); where the kernel runs (`h.3.attn`)
is its launch's scope (minic/scope.py), not part of its name.
"""
from __future__ import annotations

import builtins
import keyword

from minic.ir.node import ELEMENTWISE, REDUCE_OPS, VIEWS_CASTS, Node, below_views, toposort
from minic.sched.attention import AttentionMatch, match_attention

_LOADS = ("BUFFER", "VIEW", "cast", "GATHER")  # what a dot product's operands are made of (gathered: a paged cache)
_NOT_ARITHMETIC = ("BUFFER", "VIEW", "CONST", "INDEX", "cast", "CONTIGUOUS")
_EPILOGUE_ORDER = ("bias", "gelu", "silu", "relu", "scale", "mask", "add")
MAX_PARTS = 3
_RESERVED = set(ELEMENTWISE) | set(REDUCE_OPS) | set(keyword.kwlist) | set(dir(builtins))


def describe(root: Node, assigns: bool = False) -> str:
    """A short identifier naming what the graph under `root` computes (`assigns`: it is written into an
    existing buffer)."""
    nodes = toposort([root])
    ops = {n.op for n in nodes}
    reduces = [n for n in nodes if n.op == "REDUCE"]
    if not reduces:
        return _elementwise(nodes, ops, assigns)
    kinds = [r.arg[0] for r in reduces]
    dots = [r for r in reduces if _is_dot(r)]
    if "max" in kinds and "min" in kinds and "cmpeq" in ops:
        return "argmax"
    if "max" in kinds and "sum" in kinds and "exp" in ops:
        return "attention" if dots or any(isinstance(match_attention(r), AttentionMatch) for r in reduces) \
            else "softmax"
    normed = [r for r in reduces if _is_normed_dot(r)]
    if normed:  # a norm in a product's prologue (fused at decode): the norm, then the product's own name
        dot = normed[-1]
        norm = describe(next(s for s in dot.src[0].src if any(n.op == "REDUCE" for n in toposort([s]))))
        return "_".join([norm, _dot_kind(dot), *_epilogue(nodes, dot, root)][:MAX_PARTS + 2])
    if kinds.count("sum") >= 2 and "sub" in ops and ("sqrt" in ops or "recip" in ops):
        return "layer_norm"
    if "sum" in kinds and "sqrt" in ops and not dots:
        return "rms_norm"
    if dots:
        return "_".join([_dot_kind(dots[-1]), *_epilogue(nodes, dots[-1], root)][:MAX_PARTS + 1])
    if kinds == ["sum"] and "div" in ops:
        return "mean"
    return _safe(kinds[0])


def _is_dot(r: Node) -> bool:
    """A sum over a product of two different loaded (viewed, cast) operands: a matmul's or a GEMV's reduction."""
    if r.arg[0] != "sum" or r.src[0].op != "mul":
        return False
    a, b = r.src[0].src
    return a is not b and _loaded(a) and _loaded(b)  # x * x is a sum of squares (a norm), not a product


def _is_normed_dot(r: Node) -> bool:
    """A sum over a product of two operands of which one holds reductions of its own: a GEMV whose input is
    normalised in its prologue (a LayerNorm or RMSNorm fused into the product; the weight may be dequantised)."""
    if r.arg[0] != "sum" or r.src[0].op != "mul":
        return False
    a, b = r.src[0].src
    return a is not b and [any(n.op == "REDUCE" for n in toposort([s])) for s in (a, b)].count(True) == 1


def _loaded(n: Node) -> bool:
    return below_views(n, VIEWS_CASTS).op in _LOADS


def _dot_kind(r: Node) -> str:
    """`gemv` when every batch has one output row (decode), else `matmul`."""
    axes = r.arg[1]
    out = [d for i, d in enumerate(r.src[0].shape) if i not in axes]
    return "gemv" if len(out) < 2 or out[-2] == 1 else "matmul"


def _epilogue(nodes: list[Node], dot: Node, root: Node) -> list[str]:
    """What runs on the dot product's result, in a fixed order (bias, activation, scale, mask, residual)."""
    after = {dot}
    parts: set[str] = set()
    for n in nodes:
        if n in after or not any(s in after for s in n.src):
            continue
        after.add(n)
        other = [s for s in n.src if s not in after]
        if n.op == "tanh" or n.op == "erf":
            parts.add("gelu")
        elif n.op == "exp":
            parts.add("silu")
        elif n.op == "max" and any(s.op == "CONST" for s in other):
            parts.add("relu")
        elif n.op == "where":
            parts.add("mask")
        elif n.op in ("mul", "div") and other and all(s.op == "CONST" for s in other):
            parts.add("scale")
        elif n.op == "add" and other and _loaded(other[0]) and not _constant(other[0]):
            parts.add("bias" if _broadcast(other[0], root) else "add")
    if "gelu" in parts or "silu" in parts:  # their own multiplies by constants are not a scale
        parts.discard("scale")
    return [p for p in _EPILOGUE_ORDER if p in parts]


def _constant(n: Node) -> bool:
    return below_views(n, VIEWS_CASTS).op == "CONST"


def _broadcast(n: Node, root: Node) -> bool:
    """A loaded operand with fewer dims than the result (a bias row added to every row)."""
    return len(below_views(n, VIEWS_CASTS).shape) < len(root.shape)


def _elementwise(nodes: list[Node], ops: set, assigns: bool) -> str:
    if "GATHER" in ops:
        return "embedding"
    arithmetic = [n.op for n in nodes if n.op not in _NOT_ARITHMETIC]
    if not arithmetic:
        return "assign" if assigns else "copy"
    if "tanh" in ops or "erf" in ops:
        return "gelu"
    if "exp" in ops and ("recip" in ops or "div" in ops) and "mul" in ops:
        return "silu"
    return _safe("_".join(list(dict.fromkeys(arithmetic))[:2]))


def _safe(name: str) -> str:
    """A lone op name (`exp`, `max`, `and`) is a builtin or keyword in some backend's language: suffix it."""
    return f"{name}_op" if name in _RESERVED else name
