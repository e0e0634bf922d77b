"""The op table (minic/ir/ops.py) is the one list of ops: every row runs on every backend against its own
numpy reference, and every renderer names every math function the table lists."""
from __future__ import annotations

import numpy as np

from minic import Tensor
from minic.dtype import bool_, float32, int32
from minic.ir.node import Node
from minic.ir.ops import MATH_CALLS, OPS, TABLE, Op

rng = np.random.default_rng(7)
X = rng.uniform(0.25, 3.0, (4, 9)).astype(np.float32)  # positive: log and sqrt stay defined
Y = rng.uniform(0.5, 2.0, (4, 9)).astype(np.float32)
INTS, DIVISORS = rng.integers(-40, 40, (4, 9)).astype(np.int32), rng.integers(1, 9, (4, 9)).astype(np.int32)


def _apply(op: str, *args: Tensor, dtype=None) -> Tensor:
    """The op's graph node itself, as the Tensor methods build it (no composite around it)."""
    first = args[0]
    node = Node(op, tuple(a.node for a in args), None, dtype or first.dtype, first.shape)
    return first._new(node, *args[1:])


COMPARISONS = (Op.CMPLT, Op.CMPLE, Op.CMPEQ, Op.CMPNE)
INTEGER_ONLY = (Op.MOD, Op.IDIV)  # index arithmetic: the Tensor API has no float % or //
FLOAT_ROWS = [i.op.value for i in TABLE if i.arity in (1, 2) and i.op not in (Op.NOT, Op.AND, Op.OR, Op.XOR)
              and i.op not in INTEGER_ONLY]


def test_float_rows_match_their_numpy_references(device):
    """Every float row of the table in one kernel (stacked along a new axis: one compile per backend)."""
    x, y = Tensor(X, device=device), Tensor(Y, device=device)
    outs, want = [], []
    for op in FLOAT_ROWS:
        info = OPS[op]
        srcs, ref = ((x,), (X,)) if info.arity == 1 else ((x, y), (X, Y))
        out = _apply(op, *srcs, dtype=bool_ if info.op in COMPARISONS else float32)
        outs.append(out.cast(float32).unsqueeze(0))
        want.append(info.numpy(*(s.astype(np.float64) for s in ref)).astype(np.float64))
    got = outs[0].cat(*outs[1:], axis=0).numpy()
    for op, g, w in zip(FLOAT_ROWS, got, want):
        np.testing.assert_allclose(g, w, rtol=2e-5, atol=1e-6, err_msg=f"op {op} on {device}")


INT_ROWS = ["add", "sub", "mul", "max", "min", "mod", "idiv", "neg", "abs"]
LOGIC_ROWS = ["and", "or", "xor", "not"]


def test_integer_and_logic_rows_match_c_semantics(device):
    """idiv truncates and mod takes the dividend's sign, as in C: the table's reference says so, not numpy's //."""
    signed = DIVISORS * np.where(rng.random(DIVISORS.shape) < 0.5, -1, 1).astype(np.int32)
    i, j = Tensor(INTS, device=device), Tensor(signed, device=device)
    a, b = X > 1.5, Y > 1.2
    ta, tb = Tensor(a, device=device), Tensor(b, device=device)
    outs, want = [], []
    for op in INT_ROWS:
        info = OPS[op]
        outs.append(_apply(op, *((i,) if info.arity == 1 else (i, j)), dtype=int32))
        want.append(info.numpy(*((INTS,) if info.arity == 1 else (INTS, signed))))
    for op in LOGIC_ROWS:
        info = OPS[op]
        outs.append(_apply(op, *((ta,) if info.arity == 1 else (ta, tb))).cast(int32))
        want.append(info.numpy(*((a,) if info.arity == 1 else (a, b))).astype(np.int32))
    q = _apply("idiv", i, j, dtype=int32)  # a quotient used again, not only stored: it must be an integer
    outs.append(q * q)
    want.append(OPS["idiv"].numpy(INTS, signed) ** 2)
    got = outs[0].unsqueeze(0).cat(*(o.unsqueeze(0) for o in outs[1:]), axis=0).numpy()
    for op, g, w in zip(INT_ROWS + LOGIC_ROWS + ["idiv squared"], got, want):
        np.testing.assert_array_equal(g, w, err_msg=f"op {op} on {device}")


def test_every_renderer_names_every_math_call():
    from minic.codegen.cstyle import CStyle
    from minic.codegen.llvmir import INTRINSIC, LIBM
    from minic.codegen.opencl import OpenCLRenderer
    from minic.codegen.python import PythonRenderer
    from minic.codegen.wgsl import WGSLRenderer
    for table in (CStyle.math, OpenCLRenderer.math, PythonRenderer.math, WGSLRenderer.math, {**INTRINSIC, **LIBM}):
        assert set(MATH_CALLS) <= set(table), set(MATH_CALLS) - set(table)


def test_op_names_are_plain_strings():
    """Graphs, cache keys and printed IR keep plain names: Op members compare and hash as their strings."""
    assert Op.EXP == "exp" and hash(Op.EXP) == hash("exp") and str(Op.EXP) == "exp" and f"{Op.EXP}" == "exp"
