"""The loop IR's pair ops on LLVM: int16 halves of int32 words, multiplied pairwise, that the loop vectoriser widens
whole.

`dot2(a, b)` (int32 values, each two int16 halves) is lo(a) * lo(b) + hi(a) * hi(b) in int32: x86's vpmaddwd, one
instruction for 16 products on AVX2. `mul2(a, b)` is the word of the two halves' products, each kept to 16 bits
(lo(a) * lo(b) mod 2^16 in the low half): x86's vpmullw, which a K-quant's GEMV uses to fold two sub-blocks'
integer scales into a word of their codes (rules/cpu_int_dot.py). Written per lane as shifts and multiplies, LLVM
vectorises either into half-filled int32 products, and the vectoriser has no pattern that pairs lanes. So the
kernel calls a scalar function whose attribute `vector-function-abi-variant` names vector versions of it (4, 8 and
16 lanes, in plain vector IR over the halves, which x86's instruction selection makes one instruction per register
and other targets compute as written). The vectoriser then calls the vector version, and after the optimisation
pipeline `inline_helpers` inlines them (LLVM's own inliner ran before the vectoriser made the calls). A scalar
call the vectoriser left is redirected to an inlinable copy first.

`dot4(c, a, b)` (int32 values, each four bytes) is c plus the sum of a's unsigned bytes times b's signed ones, in
int32: x86's vpdpbusd (AVX512-VNNI), 64 products an instruction, which the integer tiles take where the target has
it (Target.quad_dot). Its vector versions call the instruction's intrinsic: no plain vector IR becomes it.

rules/cpu_int_dot.py and rules/cpu_int_tile.py emit them; bench/README.md has what they buy.
"""
from __future__ import annotations

import re

import llvmlite.binding as llvm

WIDTHS = (4, 8, 16)
OPS = ("dot2", "mul2", "dot4")  # the loop IR ops, each a helper function `minic_<op>`
ARITY = {"dot2": 2, "mul2": 2, "dot4": 3}  # their int32 operands


def function(op: str) -> str:
    """The name of the scalar function a kernel calls for `op`."""
    return f"minic_{op}"


def _inline(op: str) -> str:
    return f"minic_{op}_inline"


_SCALAR_RESULT = {  # the scalar bodies' last lines: from the halves %a_lo, %a_hi, %b_lo, %b_hi (int32 each)
    "dot2": """  %lo = mul i32 %a_lo, %b_lo
  %hi = mul i32 %a_hi, %b_hi
  %r = add i32 %lo, %hi""",
    "mul2": """  %lo = mul i32 %a_lo, %b_lo
  %hi = mul i32 %a_hi, %b_hi
  %lo16 = and i32 %lo, 65535
  %hi16 = shl i32 %hi, 16
  %r = or i32 %lo16, %hi16""",
}


def _scalar(op: str, name: str, attrs: str) -> str:
    if op == "dot4":
        return _scalar_dot4(name, attrs)
    return f"""define internal i32 @{name}(i32 %a, i32 %b) {attrs} {{
  %a_lo16 = shl i32 %a, 16
  %a_lo = ashr i32 %a_lo16, 16
  %a_hi = ashr i32 %a, 16
  %b_lo16 = shl i32 %b, 16
  %b_lo = ashr i32 %b_lo16, 16
  %b_hi = ashr i32 %b, 16
{_SCALAR_RESULT[op]}
  ret i32 %r
}}
"""


def _scalar_dot4(name: str, attrs: str) -> str:
    products = "".join(f"""  %a{i}s = lshr i32 %a, {8 * i}
  %a{i} = and i32 %a{i}s, 255
  %b{i}h = shl i32 %b, {24 - 8 * i}
  %b{i} = ashr i32 %b{i}h, 24
  %p{i} = mul i32 %a{i}, %b{i}
""" for i in range(4))
    return f"""define internal i32 @{name}(i32 %c, i32 %a, i32 %b) {attrs} {{
{products}  %s01 = add i32 %p0, %p1
  %s23 = add i32 %p2, %p3
  %s = add i32 %s01, %s23
  %r = add i32 %c, %s
  ret i32 %r
}}
"""


def _vector_dot4(n: int) -> str:
    w, q = f"<{n} x i32>", f"<{4 * n} x i8>"
    intrinsic = f"@llvm.x86.avx512.vpdpbusd.{32 * n}"
    return f"""declare {w} {intrinsic}({w}, {q}, {q})

define internal {w} @{function("dot4")}_v{n}({w} %c, {w} %a, {w} %b) alwaysinline nounwind {{
  %a8 = bitcast {w} %a to {q}
  %b8 = bitcast {w} %b to {q}
  %r = call {w} {intrinsic}({w} %c, {q} %a8, {q} %b8)
  ret {w} %r
}}
"""


def _vector(op: str, n: int) -> str:
    if op == "dot4":
        return _vector_dot4(n)
    h, w = f"<{2 * n} x i16>", f"<{2 * n} x i32>"
    if op == "mul2":  # the halves' products in 16 bits, as the same words
        body = f"""  %p = mul {h} %a16, %b16
  %r = bitcast {h} %p to <{n} x i32>"""
    else:
        even = ", ".join(f"i32 {2 * i}" for i in range(n))
        odd = ", ".join(f"i32 {2 * i + 1}" for i in range(n))
        body = f"""  %aw = sext {h} %a16 to {w}
  %bw = sext {h} %b16 to {w}
  %p = mul {w} %aw, %bw
  %even = shufflevector {w} %p, {w} poison, <{n} x i32> <{even}>
  %odd = shufflevector {w} %p, {w} poison, <{n} x i32> <{odd}>
  %r = add <{n} x i32> %even, %odd"""
    return f"""define internal <{n} x i32> @{function(op)}_v{n}(<{n} x i32> %a, <{n} x i32> %b) alwaysinline nounwind {{
  %a16 = bitcast <{n} x i32> %a to {h}
  %b16 = bitcast <{n} x i32> %b to {h}
{body}
  ret <{n} x i32> %r
}}
"""


def with_helpers(module_text: str) -> str:
    """A kernel module's text with the declarations of the pair ops it calls replaced by their helpers'
    definitions."""
    used = []
    for op in OPS:
        declaration = re.compile(rf'^declare i32 @"?{function(op)}"?\(.*\n', re.MULTILINE)
        module_text, found = declaration.subn("", module_text)
        if found:
            used.append(op)
    return module_text + helpers(used)


def helpers(ops: tuple | list) -> str:
    """The IR text of the functions of `ops`, appended to a kernel module that calls them (only those: dot4's
    vector versions call an AVX512-VNNI intrinsic, which a CPU without it cannot compile)."""
    text, kept = "", []
    for op in ops:
        scalar = function(op)
        variants = ",".join(f"_ZGV_LLVM_N{n}{'v' * ARITY[op]}_{scalar}({scalar}_v{n})" for n in WIDTHS)
        attrs = f'noinline nounwind willreturn memory(none) "vector-function-abi-variant"="{variants}"'
        text += ("\n" + _scalar(op, scalar, attrs) + _scalar(op, _inline(op), "alwaysinline nounwind")
                 + "".join(_vector(op, n) for n in WIDTHS))
        kept += [f"ptr @{scalar}_v{n}" for n in WIDTHS] + [f"ptr @{_inline(op)}"]
    return text + (f'@llvm.compiler.used = appending global [{len(kept)} x ptr] [{", ".join(kept)}], '
                   'section "llvm.metadata"\n')


def inline_helpers(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> llvm.ModuleRef:
    """`mod` (optimised) with the pair ops' calls inlined: scalar calls go to the inlinable copy, vector ones inline
    as they are (see the module docstring). A module without them (no helper kept alive) comes back as it is,
    without printing it."""
    names = {fn.name for fn in mod.functions}
    ops = [op for op in OPS if _inline(op) in names]
    if not ops:
        return mod
    text = str(mod)
    for op in ops:  # a call may carry attributes between `call` and the name (`call range(...) i32 @...`)
        text = re.sub(rf"(call [^@\n]*@){function(op)}\(", rf"\g<1>{_inline(op)}(", text)
    out = llvm.parse_assembly(text)
    out.triple = mod.triple
    mpm = llvm.create_new_module_pass_manager()
    mpm.add_always_inliner_pass()  # alone: instcombine would turn dot2's sign extension of a mul2 product it knows
    #                                non-negative into a zero extension, which x86's vpmaddwd pattern does not take
    mpm.run(out, llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=3)))
    return out
