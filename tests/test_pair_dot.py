"""codegen/llvm_pair_dot.py: the loop IR's dot2 (lo * lo + hi * hi of int16 halves, in int32) compiled as the LLVM
device compiles kernels, vectorised and scalar, against numpy; no call to its helpers survives."""
from __future__ import annotations

import ctypes

import llvmlite.binding as llvm
import numpy as np
import pytest

import minic
from minic.codegen import llvm_pair_dot
from minic.runtime.registry import get_device

LOOP = """
define void @pairs(ptr noalias %a, ptr noalias %b, ptr noalias %out, i32 %n) {
entry:
  %empty = icmp sle i32 %n, 0
  br i1 %empty, label %done, label %loop
loop:
  %i = phi i32 [0, %entry], [%next, %loop]
  %pa = getelementptr i32, ptr %a, i32 %i
  %pb = getelementptr i32, ptr %b, i32 %i
  %va = load i32, ptr %pa
  %vb = load i32, ptr %pb
  %d = call i32 @minic_dot2(i32 %va, i32 %vb)
  %po = getelementptr i32, ptr %out, i32 %i
  store i32 %d, ptr %po
  %next = add i32 %i, 1
  %more = icmp slt i32 %next, %n
  br i1 %more, label %loop, label %done
done:
  ret void
}
"""


def reference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ah, bh = a.view(np.int16).reshape(-1, 2).astype(np.int64), b.view(np.int16).reshape(-1, 2).astype(np.int64)
    return (ah * bh).sum(1).astype(np.int32)  # at most 2 * 32768^2 = 2^31: wraps as int32 arithmetic does


@pytest.fixture(scope="module")
def pairs():
    if minic.devices().get("LLVM") != "ok":
        pytest.skip("the LLVM device is not available")
    dev = get_device("LLVM")
    mod = llvm.parse_assembly(LOOP + llvm_pair_dot.helpers())
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
    return fn


@pytest.mark.parametrize("n", [1, 7, 13, 64, 1000])
def test_dot2_equals_numpy(pairs, n):
    """Lengths that run only the scalar copy (1, 7), a vector loop with a tail (13, 1000) and vectors alone (64);
    halves at both ends of int16's range."""
    rng = np.random.default_rng(n)
    a = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    b = rng.integers(-2**31, 2**31, n, dtype=np.int64).astype(np.int32)
    a[0] = b[0] = np.array([-32768, -32768], np.int16).view(np.int32)[0]
    out = np.zeros(n, np.int32)
    pairs(a.ctypes.data, b.ctypes.data, out.ctypes.data, n)
    np.testing.assert_array_equal(out, reference(a, b))


def test_helpers_are_inlined():
    """After compilation nothing calls minic_dot2 or its vector versions: they were inlined (a call per vector
    would cost more than the multiply-add)."""
    if minic.devices().get("LLVM") != "ok":
        pytest.skip("the LLVM device is not available")
    dev = get_device("LLVM")
    mod = llvm.parse_assembly(LOOP + llvm_pair_dot.helpers())
    mod.triple = dev.tm.triple
    pb = llvm.create_pass_builder(dev.tm, llvm.create_pipeline_tuning_options(speed_level=3))
    pb.getModulePassManager().run(mod, pb)
    asm = dev.tm.emit_assembly(llvm_pair_dot.inline_helpers(mod, dev.tm))
    assert "call" not in "\n".join(line for line in asm.splitlines() if "minic_dot2" in line)
