"""OpenCL C: `__kernel`/`__global`/`__local` qualifiers and work-item builtins.

float16 is a native `half` where the device has cl_khr_fp16; otherwise it is
stored as 16-bit bits and converted with the same bit arithmetic as the C backend.
No warp shuffles: cl_khr_subgroups does not fix the sub-group width a reduction
tree needs, so OpenCL targets report warp=1 and reduce through local memory."""
from __future__ import annotations

import re

from minic.codegen.c import BF16_HELPERS, F16_HELPERS
from minic.codegen.cstyle import CStyle
from minic.dtype import DType, bfloat16, float16, int8, int64
from minic.ir.ops import names
from minic.sched.loopir import AtomicAdd, DeviceArray, LocalArray, LoopKernel

SPECIAL = {"group": "get_group_id", "ngroups": "get_num_groups", "local": "get_local_id"}
# the portable (bit arithmetic) half of the C helpers; OpenCL C has no <immintrin.h>
# (`half` is a type name in OpenCL C, so the helpers' local of that name is renamed)
F16_BITS = re.sub(r"\bhalf\b", "halfway", F16_HELPERS.split("#else\n")[1].split("#endif")[0])


class OpenCLRenderer(CStyle):
    lang = "opencl"
    reserved = CStyle.reserved | frozenset("""kernel global local constant private read_only write_only read_write
        half uint uchar ushort ulong""".split())
    types = {**CStyle.types, int64: "long", int8: "char", float16: "half"}
    math = names("generic")  # OpenCL C overloads the math functions by type

    vectors = {4: ("uint", "0u"), 8: ("uint2", "(uint2)(0)"), 16: ("uint4", "(uint4)(0)")}

    def __init__(self, fp16: bool = False):
        self.fp16 = fp16
        self.bits16 = dict(CStyle.bits16) if fp16 else {**CStyle.bits16, float16: ("f16_to_f32", "f32_to_f16")}

    def prelude(self, k: LoopKernel) -> list[str]:
        used = self.needed.dtypes
        lines = ["#pragma OPENCL EXTENSION cl_khr_fp16 : enable"] if self.fp16 and float16 in used else []
        lines += BF16_HELPERS.splitlines() if bfloat16 in used else []
        lines += F16_BITS.strip().splitlines() if float16 in used and not self.fp16 else []
        return lines

    def cast(self, dtype: DType, text: str, src: DType) -> str:
        if float16 in (dtype, src) and self.fp16:
            self.needed.dtypes.add(float16)  # native half needs the extension pragma
        return super().cast(dtype, text, src)

    def signature(self, k: LoopKernel) -> str:
        params = [f"__global {'' if b.writable else 'const '}{self.storage_type(b.dtype)}* restrict {b.name}"
                  for b in k.bufs]
        params += [f"int {self.var_name(s)}" for s in k.vars]
        size = f"__attribute__((reqd_work_group_size({k.local_size[0]}, 1, 1)))"
        return f"__kernel {size} void {k.name}({', '.join(params)})"

    def special(self, kind: str, axis: int) -> str:
        return f"(int){SPECIAL[kind]}({axis})"

    def barrier(self) -> str:
        return "barrier(CLK_LOCAL_MEM_FENCE);"

    def local_decl(self, a: LocalArray) -> str:
        return f"__local {self.type_name(a.dtype)} {a.name}[{a.size}] __attribute__((aligned(16)));"  # for Copy

    def device_array_decl(self, a: DeviceArray) -> str:
        return f"volatile __global {self.type_name(a.dtype)} {a.name}[{a.size}];"  # program scope: OpenCL C 2.0

    def atomic_add(self, s: AtomicAdd) -> str:
        return f"atomic_add(&{s.buf}[{self.index(s.index)}], {self.val(s.val)})"

    def fence(self) -> str:
        return "mem_fence(CLK_GLOBAL_MEM_FENCE);"

    def pointer(self, space: str, type_text: str) -> str:
        return f"__{space} {type_text}*"
