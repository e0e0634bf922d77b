"""The op table: every elementwise and reduce op, what it means, and what each language calls it.

One row per op. The graph (`Node.op`), the renderers, the tests and the numpy
oracle all read this table, so a new unary op is one row here plus its Tensor
method; a renderer overrides a name only where its language lacks the function
(WGSL has no `erf`, so wgsl.py brings `erf_f32`).

`Op` is a `str` enum: `Op.EXP == "exp"`, so graphs, cache keys and printed IR
keep plain names, while code that builds nodes gets a name checked at import.

Columns of `OpInfo`:
  arity     operands (1 unary, 2 binary, 3 for `where`)
  numpy     the reference semantics on numpy arrays (what the tests compare against)
  c         the C99 <math.h> float function (C, CUDA), or None where the op is an operator
  generic   the overloaded name (OpenCL C, WGSL, the Python backend's helpers)
  llvm      the LLVM intrinsic, or a libm symbol where LLVM has no intrinsic
  infix     the C operator, where the op is one
"""
from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np


class Op(str, enum.Enum):
    """Names of the graph's computing ops (leaves and movement ops are in minic.ir.node)."""
    NEG = "neg"
    EXP = "exp"
    LOG = "log"
    SQRT = "sqrt"
    SIN = "sin"
    COS = "cos"
    TANH = "tanh"
    ERF = "erf"
    RECIP = "recip"
    ABS = "abs"
    NOT = "not"
    FLOOR = "floor"
    ADD = "add"
    SUB = "sub"
    MUL = "mul"
    DIV = "div"
    MAX = "max"
    MIN = "min"
    POW = "pow"
    MOD = "mod"
    IDIV = "idiv"
    CMPLT = "cmplt"
    CMPLE = "cmple"
    CMPEQ = "cmpeq"
    CMPNE = "cmpne"
    AND = "and"
    OR = "or"
    XOR = "xor"
    WHERE = "where"
    CAST = "cast"
    SUM = "sum"

    def __str__(self) -> str:
        return self.value


def _c_idiv(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """C integer division: truncates toward zero (numpy's // floors)."""
    return (np.sign(a) * np.sign(b) * (np.abs(a) // np.abs(b))).astype(np.result_type(a, b))


def _c_mod(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """C remainder on integers (sign of the dividend), fmod on floats."""
    if np.issubdtype(np.result_type(a, b), np.floating):
        return np.fmod(a, b)
    return a - _c_idiv(a, b) * b


def _erf(x: np.ndarray) -> np.ndarray:
    import math
    return np.vectorize(math.erf, otypes=[np.asarray(x).dtype])(x)


@dataclass(frozen=True)
class OpInfo:
    op: Op
    arity: int
    numpy: Callable
    c: str | None = None
    generic: str | None = None
    llvm: str | None = None
    infix: str | None = None
    float_only: bool = False  # integer inputs are cast to float32 first (numpy's true-division rule)


def _math(op: Op, fn: Callable, name: str, c: str | None = None, llvm: str | None = None,
          arity: int = 1) -> OpInfo:
    """A math-library function: C gets the float-suffixed name, LLVM its intrinsic unless told otherwise."""
    return OpInfo(op, arity, fn, c=c or name + "f", generic=name, llvm=llvm or f"llvm.{name}", float_only=arity == 1)


TABLE: tuple[OpInfo, ...] = (
    OpInfo(Op.NEG, 1, np.negative),
    _math(Op.EXP, np.exp, "exp"),
    _math(Op.LOG, np.log, "log"),
    _math(Op.SQRT, np.sqrt, "sqrt"),
    _math(Op.SIN, np.sin, "sin"),
    _math(Op.COS, np.cos, "cos"),
    _math(Op.TANH, np.tanh, "tanh", llvm="tanhf"),
    _math(Op.ERF, _erf, "erf", llvm="erff"),
    OpInfo(Op.RECIP, 1, np.reciprocal, float_only=True),
    OpInfo(Op.ABS, 1, np.abs, c="fabsf", generic="fabs", llvm="llvm.fabs"),
    OpInfo(Op.NOT, 1, np.logical_not),
    _math(Op.FLOOR, np.floor, "floor"),
    OpInfo(Op.ADD, 2, np.add, infix="+"),
    OpInfo(Op.SUB, 2, np.subtract, infix="-"),
    OpInfo(Op.MUL, 2, np.multiply, infix="*"),
    OpInfo(Op.DIV, 2, np.divide, infix="/"),
    OpInfo(Op.MAX, 2, np.maximum, c="fmaxf", generic="fmax", llvm="llvm.maximum"),
    OpInfo(Op.MIN, 2, np.minimum, c="fminf", generic="fmin", llvm="llvm.minimum"),
    _math(Op.POW, np.power, "pow", arity=2),
    OpInfo(Op.MOD, 2, _c_mod, infix="%"),
    OpInfo(Op.IDIV, 2, _c_idiv, infix="/"),
    OpInfo(Op.CMPLT, 2, np.less, infix="<"),
    OpInfo(Op.CMPLE, 2, np.less_equal, infix="<="),
    OpInfo(Op.CMPEQ, 2, np.equal, infix="=="),
    OpInfo(Op.CMPNE, 2, np.not_equal, infix="!="),
    OpInfo(Op.AND, 2, np.logical_and, infix="&&"),
    OpInfo(Op.OR, 2, np.logical_or, infix="||"),
    OpInfo(Op.XOR, 2, np.logical_xor, infix="!="),
    OpInfo(Op.WHERE, 3, np.where),
)
OPS: dict[str, OpInfo] = {info.op.value: info for info in TABLE}

UNARY = tuple(i.op.value for i in TABLE if i.arity == 1)
BINARY = tuple(i.op.value for i in TABLE if i.arity == 2)
ELEMENTWISE = UNARY + BINARY + (Op.WHERE.value, Op.CAST.value)
REDUCE_OPS = (Op.SUM.value, Op.MAX.value, Op.MIN.value)
MATH_CALLS = tuple(i.op.value for i in TABLE if i.c is not None)  # rendered as function calls
INFIX = {i.op.value: i.infix for i in TABLE if i.infix is not None}


def names(column: str, **overrides: str) -> dict[str, str]:
    """One language's function names, op -> name, from a column of the table plus the language's own exceptions."""
    return {**{i.op.value: getattr(i, column) for i in TABLE if getattr(i, column) is not None}, **overrides}
