"""CUDA C++ for NVRTC: no headers; half types travel as 16-bit bits and convert in PTX."""
from __future__ import annotations

from minic.codegen.c import BF16_HELPERS
from minic.codegen.cstyle import CStyle
from minic.dtype import DType, bfloat16, float16
from minic.sched.loopir import LocalArray, LoopKernel

F16_HELPERS = [
    "static __device__ inline float f16_to_f32(unsigned short h) {",
    '  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }',
    "static __device__ inline unsigned short f32_to_f16(float f) {",
    '  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }',
]
# one butterfly step of a warp reduction, for float and integer accumulators
COMBINE = {("sum", "float"): "x += y", ("max", "float"): "x = fmaxf(x, y)", ("min", "float"): "x = fminf(x, y)",
           ("sum", "int"): "x += y", ("max", "int"): "x = y > x ? y : x", ("min", "int"): "x = y < x ? y : x"}
SPECIAL = {"group": "blockIdx", "ngroups": "gridDim", "local": "threadIdx"}


class CUDARenderer(CStyle):
    lang = "cuda"
    bits16 = {**CStyle.bits16, float16: ("f16_to_f32", "f32_to_f16")}

    def prelude(self, k: LoopKernel) -> list[str]:
        lines = BF16_HELPERS.replace("static inline", "static __device__ inline").splitlines() \
            if bfloat16 in self.needed else []
        lines += F16_HELPERS if float16 in self.needed else []
        for op, t in sorted(n for n in self.needed if isinstance(n, tuple)):
            lines.append(f"static __device__ inline {t} warp_{op}({t} x, int w) {{")
            lines.append(f"  for (int o = w >> 1; o > 0; o >>= 1) {{ {t} y = __shfl_xor_sync(0xffffffffu, x, o); "
                         f"{COMBINE[op, t]}; }}")
            lines.append("  return x; }")
        return lines

    def signature(self, k: LoopKernel) -> str:
        params = [f"{'' if b.writable else 'const '}{self.storage_type(b.dtype)}* __restrict__ {b.name}"
                  for b in k.bufs]
        params += [f"int {s.name}" for s in k.vars]
        return f'extern "C" __global__ void __launch_bounds__({k.local_size[0]}) {k.name}({", ".join(params)})'

    def special(self, kind: str, axis: int) -> str:
        return f"(int){SPECIAL[kind]}.{'xyz'[axis]}"

    def barrier(self) -> str:
        return "__syncthreads();"

    def local_decl(self, a: LocalArray) -> str:
        return f"__shared__ {self.types[a.dtype]} {a.name}[{a.size}];"

    def float_const(self, value: float, dtype: DType) -> str:
        text = super().float_const(value, dtype)
        return text.replace("INFINITY", "__int_as_float(0x7f800000)").replace("NAN", "__int_as_float(0x7fffffff)")

    def warp_reduce(self, op: str, text: str, width: int, dtype: DType) -> str:
        self.needed.add((op, self.types[dtype]))
        return f"warp_{op}({text}, {width})"
