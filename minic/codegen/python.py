"""Python: each kernel as a readable Python function you can step through with pdb.

Built on the same CStyle walk; only the syntax differs. Buffers are flat numpy
arrays, so loads and stores keep the element type's width and rounding."""
from __future__ import annotations

import keyword
import math

from minic.codegen import pyhelpers
from minic.codegen.cstyle import CStyle
from minic.dtype import DType, bfloat16, bool_, float16, float32, int8, int32, int64, uint8
from minic.ir.ops import names
from minic.ir.symbolic import Sint, render
from minic.sched.loopir import LocalArray, LoopKernel

PY_INFIX = {"and": "and", "or": "or", "xor": "!="}


class PythonRenderer(CStyle):
    lang = "python"
    # Python's keywords, and the helpers' names a parameter would shadow (minic/codegen/pyhelpers.py)
    reserved = frozenset(keyword.kwlist) | frozenset(n for n in dir(pyhelpers) if not n.startswith("_")) | \
        frozenset({"core", "ncores"})
    indent = "    "
    types = {float32: "f32", float16: "f16", bfloat16: "u16", int32: "i32", int64: "i64", int8: "i8",
             uint8: "u8", bool_: "bool"}
    math = names("generic")  # minic/codegen/pyhelpers.py defines each with C's edge cases

    def signature(self, k: LoopKernel) -> str:
        params = [b.name for b in k.bufs] + [self.var_name(s) for s in k.vars] + ["core=0", "ncores=1"]
        return f"def {k.name}({', '.join(params)}):"

    def render(self, k: LoopKernel) -> str:
        text = super().render(k)
        lines = text.splitlines()
        assert lines[-1] == "}"
        head = lines.index(self.signature(k) + " {")
        lines[head] = self.signature(k)
        types = ", ".join(f"{b.name}: {b.dtype.name}[]" for b in k.bufs)
        doc = f'{self.indent}"""minic kernel {k.name}({types}): step through it with pdb; names match the loop IR."""'
        return "\n".join(lines[:head + 1] + [doc] + lines[head + 1:-1] + [self.indent + "pass"]) + "\n"

    def decl(self, dtype: DType, name: str, mutable: bool) -> str:
        return name

    def local_decl(self, a: LocalArray) -> str:
        return f"{a.name} = [0] * {a.size}"

    def plain_cast(self, dtype: DType, text: str, src: DType) -> str:
        return f"{self.types[dtype]}({text})"

    def type_name(self, dtype: DType) -> str:
        return self.types[dtype]

    def float_const(self, value: float, dtype: DType) -> str:
        if math.isinf(value):
            return "-INF" if value < 0 else "INF"
        return "NAN" if math.isnan(value) else repr(float(value))

    def int_const(self, value: int, dtype: DType) -> str:
        return str(int(value))

    def bool_const(self, b: bool) -> str:
        return repr(b)

    def select(self, c: str, a: str, b: str) -> str:
        return f"({a} if {c} else {b})"

    def guarded_load(self, c: str, load: str, zero: str, v) -> str:
        """A masked lane reads a zero of the buffer's numpy type, so arithmetic on it follows numpy (0/0 is nan)
        instead of raising as Python's 0.0 / 0.0 does: a lane whose result is masked away must not stop the kernel."""
        typed = zero if v.dtype == bool_ else f"{self.types[v.dtype]}({zero})"
        return self.select(c, load, typed)

    def call(self, fn: str, args: list[str], dtype: DType) -> str:
        if fn in ("max", "min") and not dtype.is_float:
            return f"{fn}({', '.join(args)})"
        return f"{self.math[fn]}({', '.join(args)})"

    def binary(self, op: str, a: str, b: str, dtype: DType) -> str:
        if op in ("div", "idiv") and not dtype.is_float:  # C's truncating division, not Python's true one
            return f"idiv({a}, {b})"
        if op == "mod" and not dtype.is_float:
            return f"imod({a}, {b})"
        if op in PY_INFIX:
            return f"({a} {PY_INFIX[op]} {b})"
        return super().binary(op, a, b, dtype)

    def alu(self, v) -> str:
        if v.op == "not":
            return f"(not {self.val(v.srcs[0])})"
        return super().alu(v)

    def index(self, x: Sint) -> str:
        return render(x, self.var_name, div="//")

    def int_div(self, a: str, b: str) -> str:
        return f"({a} // {b})"

    def loop_header(self, var: str, start: str, end: str, step: str) -> str:
        args = start + ", " + end + ("" if step == "1" else ", " + step)
        return f"for {var} in range({args}):"

    def if_header(self, c: str) -> str:
        return f"if {c}:"

    def block_end(self) -> list[str]:
        return []

    def statement_end(self) -> str:
        return ""
