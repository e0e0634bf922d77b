"""The loop IR's `dot2` on LLVM: a pairwise multiply-add of int16 halves that the loop vectoriser widens whole.

`dot2(a, b)` (int32 values, each two int16 halves) is lo(a) * lo(b) + hi(a) * hi(b) in int32: x86's vpmaddwd, one
instruction for 16 products on AVX2. Written per lane as shifts and multiplies, LLVM vectorises it into half-filled
vpmaddwd (one product per int32 lane), and the vectoriser has no pattern that pairs lanes. So the kernel calls a
scalar function whose attribute `vector-function-abi-variant` names vector versions of it (4, 8 and 16 lanes, in
plain vector IR: sign extensions, a product, even and odd lanes added, which x86's instruction selection makes one
vpmaddwd per register and other targets compute as written). The vectoriser then calls the vector version, and
after the optimisation pipeline `inline_helpers` inlines them (LLVM's own inliner ran before the vectoriser made
the calls). A scalar call the vectoriser left is redirected to an inlinable copy first.

rules/cpu_int_dot.py emits dot2; bench/README.md has what it buys.
"""
from __future__ import annotations

import re

import llvmlite.binding as llvm

SCALAR = "minic_dot2"
INLINE = "minic_dot2_inline"
WIDTHS = (4, 8, 16)


def _scalar(name: str, attrs: str) -> str:
    return f"""define internal i32 @{name}(i32 %a, i32 %b) {attrs} {{
  %a_lo16 = shl i32 %a, 16
  %a_lo = ashr i32 %a_lo16, 16
  %a_hi = ashr i32 %a, 16
  %b_lo16 = shl i32 %b, 16
  %b_lo = ashr i32 %b_lo16, 16
  %b_hi = ashr i32 %b, 16
  %lo = mul i32 %a_lo, %b_lo
  %hi = mul i32 %a_hi, %b_hi
  %sum = add i32 %lo, %hi
  ret i32 %sum
}}
"""


def _vector(n: int) -> str:
    h, w = f"<{2 * n} x i16>", f"<{2 * n} x i32>"
    even = ", ".join(f"i32 {2 * i}" for i in range(n))
    odd = ", ".join(f"i32 {2 * i + 1}" for i in range(n))
    return f"""define internal <{n} x i32> @{SCALAR}_v{n}(<{n} x i32> %a, <{n} x i32> %b) alwaysinline nounwind {{
  %a16 = bitcast <{n} x i32> %a to {h}
  %b16 = bitcast <{n} x i32> %b to {h}
  %aw = sext {h} %a16 to {w}
  %bw = sext {h} %b16 to {w}
  %p = mul {w} %aw, %bw
  %even = shufflevector {w} %p, {w} poison, <{n} x i32> <{even}>
  %odd = shufflevector {w} %p, {w} poison, <{n} x i32> <{odd}>
  %sum = add <{n} x i32> %even, %odd
  ret <{n} x i32> %sum
}}
"""


def with_helpers(module_text: str) -> str:
    """A kernel module's text that declares and calls @minic_dot2, with the declaration replaced by the helpers'
    definitions."""
    declaration = re.compile(rf'^declare i32 @"?{SCALAR}"?\(.*\n', re.MULTILINE)
    return declaration.sub("", module_text) + helpers()


def helpers() -> str:
    """The IR text of dot2's functions, appended to a kernel module that calls @minic_dot2."""
    variants = ",".join(f"_ZGV_LLVM_N{n}vv_{SCALAR}({SCALAR}_v{n})" for n in WIDTHS)
    used = ", ".join([f"ptr @{SCALAR}_v{n}" for n in WIDTHS] + [f"ptr @{INLINE}"])
    attrs = f'noinline nounwind willreturn memory(none) "vector-function-abi-variant"="{variants}"'
    return ("\n" + _scalar(SCALAR, attrs)
            + _scalar(INLINE, "alwaysinline nounwind") + "".join(_vector(n) for n in WIDTHS)
            + f'@llvm.compiler.used = appending global [{len(WIDTHS) + 1} x ptr] [{used}], section "llvm.metadata"\n')


def inline_helpers(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> llvm.ModuleRef:
    """`mod` (optimised) with dot2's calls inlined: scalar calls go to the inlinable copy, vector ones inline as
    they are (see the module docstring). A module without dot2 (no helper kept alive) comes back as it is, without
    printing it."""
    if not any(fn.name == INLINE for fn in mod.functions):
        return mod
    out = llvm.parse_assembly(str(mod).replace(f"call i32 @{SCALAR}(", f"call i32 @{INLINE}("))
    out.triple = mod.triple
    mpm = llvm.create_new_module_pass_manager()
    mpm.add_always_inliner_pass()
    mpm.add_instruction_combine_pass()
    mpm.run(out, llvm.create_pass_builder(tm, llvm.create_pipeline_tuning_options(speed_level=3)))
    return out
