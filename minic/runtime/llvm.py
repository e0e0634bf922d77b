"""LLVM: the default device. llvmlite JIT-compiles the rendered IR; no system
compiler is needed. Object code is cached on disk, keyed by the IR text."""
from __future__ import annotations

import ctypes.util

import llvmlite.binding as llvm

from minic.codegen import llvm_pair_dot
from minic.codegen.llvmir import LLVMRenderer
from minic.errors import CompileError
from minic.runtime import cache
from minic.runtime.cpu import CPUDevice
from minic.runtime.device import Program


class LLVMDevice(CPUDevice):
    name = "LLVM"
    renderer = LLVMRenderer()
    pair_dot = True

    def __init__(self):
        super().__init__()
        llvm.initialize_native_target()
        llvm.initialize_native_asmprinter()
        libm = ctypes.util.find_library("m")
        if libm:
            llvm.load_library_permanently(libm)
        target = llvm.Target.from_default_triple()
        self.features = llvm.get_host_cpu_features().flatten()
        if self.target.vector_bytes >= 64:  # the rules sized their tiles for zmm registers: let LLVM use them
            self.features += ",-prefer-256-bit"
        self.tm = target.create_target_machine(cpu=llvm.get_host_cpu_name(), features=self.features, opt=3, jit=True)
        self.engine = llvm.create_mcjit_compiler(llvm.parse_assembly(""), self.tm)

    def build(self, source: str, kernel) -> Program:
        try:
            mod = llvm.parse_assembly(source)
            mod.verify()
        except RuntimeError as e:
            raise CompileError(f"LLVM rejected kernel {kernel.name}: {e}\n--- source ---\n{source}") from None
        mod.triple = self.tm.triple
        symbol = f"{kernel.name}_{cache.key_of(source)[:12]}"  # one JIT holds many kernels of the same name
        mod.get_function(kernel.name).name = symbol
        key = cache.key_of("llvm", self.tm.triple, llvm.get_host_cpu_name(), self.features, source)
        obj = cache.cached(key, lambda: self._object_code(mod), ".o")
        self.engine.add_object_file(llvm.ObjectFileRef.from_data(obj))
        self.engine.finalize_object()
        addr = self.engine.get_function_address(symbol)
        return self.program(source, kernel, self.cfunc(addr, kernel), object_code=obj)

    def _object_code(self, mod) -> bytes:
        return self.tm.emit_object(optimized(mod, self.tm))


def optimized(mod: llvm.ModuleRef, tm: llvm.TargetMachine) -> llvm.ModuleRef:
    """A kernel's module as the device compiles it for `tm`: LLVM's O3 pipeline with both vectorisers, then the pair
    ops' helpers inlined (bench/cpu_asm.py prints the assembly of the same)."""
    pto = llvm.create_pipeline_tuning_options(speed_level=3)
    pto.loop_vectorization = True
    pto.slp_vectorization = True
    pb = llvm.create_pass_builder(tm, pto)
    pb.getModulePassManager().run(mod, pb)
    return llvm_pair_dot.inline_helpers(mod, tm)
