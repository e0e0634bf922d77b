"""codegen/llvm_pair_dot.py: the loop IR's dot2 (lo * lo + hi * hi of int16 halves, in int32) and mul2 (the halves'
products, 16 bits each) compiled as the LLVM device compiles kernels, vectorised and scalar, against numpy; no
call to their helpers survives, and chained (a K-quant's folded code word) x86 still multiplies pairwise."""
from __future__ import annotations

import ctypes

import llvmlite.binding as llvm
import numpy as np
import pytest

import minic
from minic.codegen import llvm_pair_dot
from minic.runtime.registry import get_device


def loop(op: str, operands: str = "ab") -> str:
    """A function @pairs(operand pointers..., out, n) storing op(operands[i]...) for i < n, as IR text."""
    args = ", ".join(f"ptr noalias %{x}" for x in operands)
    loads = "".join(f"""  %p{x} = getelementptr i32, ptr %{x}, i32 %i
  %v{x} = load i32, ptr %p{x}
""" for x in operands)
    values = ", ".join(f"i32 %v{x}" for x in operands)
    return f"""
define void @pairs({args}, ptr noalias %out, i32 %n) {{
entry:
  %empty = icmp sle i32 %n, 0
  br i1 %empty, label %done, label %loop
loop:
  %i = phi i32 [0, %entry], [%next, %loop]
{loads}  %d = call i32 @minic_{op}({values})
  %po = getelementptr i32, ptr %out, i32 %i
  store i32 %d, ptr %po
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}}
"""


def halves(a: np.ndarray) -> np.ndarray:
    return a.view(np.int16).reshape(-1, 2).astype(np.int64)


REFERENCE = {  # dot2 sums at most 2 * 32768^2 = 2^31: wraps as int32 arithmetic does
    "dot2": lambda a, b: (halves(a) * halves(b)).sum(1).astype(np.int32),
    "mul2": lambda a, b: (halves(a) * halves(b)).astype(np.int16).reshape(-1).view(np.int32),
}


PAIR_OPS = ("dot2", "mul2")  # dot4 (three operands, AVX512-VNNI only) has its own test below


@pytest.fixture(scope="module", params=PAIR_OPS)
def pairs(request):
    if minic.devices().get("LLVM") != "ok":
        pytest.skip("the LLVM device is not available")
    dev = get_device("LLVM")
    mod = llvm.parse_assembly(loop(request.param) + llvm_pair_dot.helpers(PAIR_OPS))
    mod.triple = dev.tm.triple
    obj = dev._object_code(mod)
    own_tm = llvm.Target.from_default_triple().create_target_machine(  # an engine owns its target machine
        cpu=llvm.get_host_cpu_name(), features=dev.features, opt=3, jit=True)
    engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), own_tm)
    engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
    engine.finalize_object()
    fn = ctypes.CFUNCTYPE(None, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32)(
        engine.get_function_address("pairs"))
    fn.engine = engine  # keeps the code alive
    fn.op = request.param
    return fn


@pytest.mark.parametrize("n", [1, 7, 13, 64, 1000])
def test_pair_ops_equal_numpy(pairs, n):
    """Lengths that run only the scalar copy (1, 7), a vector loop with a tail (13, 1000) and vectors alone (64);
    halves at both ends of int16's range."""
    rng = np.random.default_rng(n)
    a = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    b = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    a[0] = b[0] = np.array([-32768, -32768], np.int16).view(np.int32)[0]
    out = np.zeros(n, np.int32)
    pairs(a.ctypes.data, b.ctypes.data, out.ctypes.data, n)
    np.testing.assert_array_equal(out, REFERENCE[pairs.op](a, b))


def test_helpers_are_inlined():
    """After compilation nothing calls minic_dot2 or its vector versions: they were inlined (a call per vector
    would cost more than the multiply-add)."""
    if minic.devices().get("LLVM") != "ok":
        pytest.skip("the LLVM device is not available")
    dev = get_device("LLVM")
    mod = llvm.parse_assembly(loop("dot2") + llvm_pair_dot.helpers(PAIR_OPS))
    mod.triple = dev.tm.triple
    pb = llvm.create_pass_builder(dev.tm, llvm.create_pipeline_tuning_options(speed_level=3))
    pb.getModulePassManager().run(mod, pb)
    asm = dev.tm.emit_assembly(llvm_pair_dot.inline_helpers(mod, dev.tm))
    assert "call" not in "\n".join(line for line in asm.splitlines() if "minic_dot2" in line)


CHAINED = """
define void @chained(ptr noalias %x, ptr noalias %codes, ptr noalias %out, ptr noalias %scale_bytes, i32 %n) {
entry:
  %ps = getelementptr i8, ptr %scale_bytes, i32 1
  %s0 = load i8, ptr %scale_bytes
  %s1 = load i8, ptr %ps
  %lo_scale = zext i8 %s0 to i32
  %s1w = zext i8 %s1 to i32
  %hi_scale = shl i32 %s1w, 16
  %scales = or i32 %lo_scale, %hi_scale
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%next, %loop]
  %acc = phi i32 [0, %entry], [%sum, %loop]
  %px = getelementptr i32, ptr %x, i32 %i
  %pc = getelementptr i8, ptr %codes, i32 %i
  %vx = load i32, ptr %px
  %byte = load i8, ptr %pc
  %v = zext i8 %byte to i32
  %lo = and i32 %v, 15
  %hi4 = lshr i32 %v, 4
  %hi = shl i32 %hi4, 16
  %word = or i32 %lo, %hi
  %folded = call i32 @minic_mul2(i32 %word, i32 %scales)
  %d = call i32 @minic_dot2(i32 %vx, i32 %folded)
  %sum = add i32 %acc, %d
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, %n
  br i1 %more, label %loop, label %done
done:
  store i32 %sum, ptr %out
  ret void
}
"""


def test_chained_pair_ops_multiply_pairwise():
    """A mul2 product (non-negative, as a K-quant's folded codes are) into dot2 still makes x86's pairwise
    multiply-add: inline_helpers runs no instcombine, which would make dot2's sign extension a zero extension."""
    if minic.devices().get("LLVM") != "ok":
        pytest.skip("the LLVM device is not available")
    dev = get_device("LLVM")
    if not dev.tm.triple.startswith("x86_64"):
        pytest.skip(f"vpmaddwd is x86's; this host is {dev.tm.triple}")
    mod = llvm.parse_assembly(CHAINED + llvm_pair_dot.helpers(PAIR_OPS))
    mod.triple = dev.tm.triple
    pb = llvm.create_pass_builder(dev.tm, llvm.create_pipeline_tuning_options(speed_level=3))
    pb.getModulePassManager().run(mod, pb)
    asm = dev.tm.emit_assembly(llvm_pair_dot.inline_helpers(mod, dev.tm))
    assert "pmaddwd" in asm or "vpdpwssd" in asm, asm
    assert "pmullw" in asm and "pmulld" not in asm, asm  # no 32-bit products: every one is pairwise
    assert "call" not in asm, asm  # the scalar remainder's helpers inlined too


@pytest.mark.parametrize("n", [1, 7, 13, 64, 1000])
def test_dot4_equals_numpy(n):
    """dot4(c, a, b) = c + a's unsigned bytes times b's signed ones, vectorised (vpdpbusd) and scalar, bytes at
    both ends of their ranges; nothing calls a helper after compilation."""
    if minic.devices().get("LLVM") != "ok":
        pytest.skip("the LLVM device is not available")
    dev = get_device("LLVM")
    if not dev.target.quad_dot:
        pytest.skip("this CPU has no AVX512-VNNI (Target.quad_dot): dot4 is not used here")
    mod = llvm.parse_assembly(loop("dot4", "cab") + llvm_pair_dot.helpers(["dot4"]))
    mod.triple = dev.tm.triple
    pb = llvm.create_pass_builder(dev.tm, llvm.create_pipeline_tuning_options(speed_level=3))
    pb.getModulePassManager().run(mod, pb)
    mod = llvm_pair_dot.inline_helpers(mod, dev.tm)
    asm = dev.tm.emit_assembly(mod)
    assert "call" not in asm and (n < 16 or "vpdpbusd" in asm), asm
    engine = llvm.create_mcjit_compiler(mod, llvm.Target.from_default_triple().create_target_machine(
        cpu=llvm.get_host_cpu_name(), features=dev.features, opt=3, jit=True))
    engine.finalize_object()
    fn = ctypes.CFUNCTYPE(None, *[ctypes.c_void_p] * 4, ctypes.c_int32)(engine.get_function_address("pairs"))
    rng = np.random.default_rng(n)
    c, a, b = (rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32) for _ in range(3))
    a[0], b[0] = np.array([255] * 4, np.uint8).view(np.int32)[0], np.array([-128] * 4, np.int8).view(np.int32)[0]
    out = np.zeros(n, np.int32)
    fn(c.ctypes.data, a.ctypes.data, b.ctypes.data, out.ctypes.data, n)
    want = c.astype(np.int64) + (a.view(np.uint8).reshape(-1, 4).astype(np.int64) *
                                 b.view(np.int8).reshape(-1, 4).astype(np.int64)).sum(1)
    np.testing.assert_array_equal(out, want.astype(np.int32))
