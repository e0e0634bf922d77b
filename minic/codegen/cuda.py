"""CUDA C++ for NVRTC: no headers; half types travel as 16-bit bits and convert in PTX."""
from __future__ import annotations

from minic.codegen.c import BF16_HELPERS
from minic.codegen.cstyle import CStyle
from minic.dtype import DType, bfloat16, float16
from minic.sched.loopir import LocalArray, LoopKernel, Mma

F16_HELPERS = [
    "static __device__ inline float f16_to_f32(unsigned short h) {",
    '  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }',
    "static __device__ inline unsigned short f32_to_f16(float f) {",
    '  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }',
]
# one butterfly step of a warp reduction, for float and integer accumulators
COMBINE = {("sum", "float"): "x += y", ("max", "float"): "x = fmaxf(x, y)", ("min", "float"): "x = fminf(x, y)",
           ("sum", "int"): "x += y", ("max", "int"): "x = y > x ? y : x", ("min", "int"): "x = y < x ? y : x"}
# one warp-wide m16n8k16 tensor-core step over operands in shared memory, K contiguous in both. Fragment
# layout (PTX ISA, "mma.m16n8k16"): lane 4g + q holds A rows g and g+8 at K pairs 2q and 2q+8, B column g at the
# same K pairs, and C rows g and g+8 at columns 2q, 2q+1. The loads are plain C, so the compiler shares the
# fragments that neighbouring steps read twice.
MMA_HELPER = [
    "static __device__ inline void mma_{t}(float& c0, float& c1, float& c2, float& c3,",
    "    const unsigned short* a, int lda, const unsigned short* b, int ldb) {{",
    "  int lane = threadIdx.x & 31, g = lane >> 2, q = (lane & 3) * 2;",
    "  const unsigned* a0 = (const unsigned*)(a + g * lda + q);",
    "  const unsigned* a1 = (const unsigned*)(a + (g + 8) * lda + q);",
    "  const unsigned* b0 = (const unsigned*)(b + g * ldb + q);",
    '  asm("mma.sync.aligned.m16n8k16.row.col.f32.{t}.{t}.f32 {{%0, %1, %2, %3}}, {{%4, %5, %6, %7}}, {{%8, %9}}, "',
    '      "{{%0, %1, %2, %3}};" : "+f"(c0), "+f"(c1), "+f"(c2), "+f"(c3)',
    '      : "r"(a0[0]), "r"(a1[0]), "r"(a0[4]), "r"(a1[4]), "r"(b0[0]), "r"(b0[4]));',
    "}}",
]
MMA_TYPES = {float16: "f16", bfloat16: "bf16"}
SPECIAL = {"group": "blockIdx", "ngroups": "gridDim", "local": "threadIdx"}


class CUDARenderer(CStyle):
    lang = "cuda"
    bits16 = {**CStyle.bits16, float16: ("f16_to_f32", "f32_to_f16")}
    vec16 = ("uint4", "make_uint4(0, 0, 0, 0)")

    def prelude(self, k: LoopKernel) -> list[str]:
        lines = BF16_HELPERS.replace("static inline", "static __device__ inline").splitlines() \
            if bfloat16 in self.needed else []
        lines += F16_HELPERS if float16 in self.needed else []
        for t in sorted(n[1] for n in self.needed if isinstance(n, tuple) and n[0] == "mma"):
            lines += [line.format(t=t) for line in MMA_HELPER]
        for op, t in sorted(n for n in self.needed if isinstance(n, tuple) and n[0] != "mma"):
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
        return f"__shared__ __align__(16) {self.type_name(a.dtype)} {a.name}[{a.size}];"  # Copy stores 16 bytes

    def mma(self, s: Mma) -> str:
        t = MMA_TYPES[s.dtype]
        self.needed.add(("mma", t))
        return (f"mma_{t}({', '.join(s.acc)}, {s.a_buf} + {self.index(s.a_index)}, {s.a_stride}, "
                f"{s.b_buf} + {self.index(s.b_index)}, {s.b_stride})")

    def float_const(self, value: float, dtype: DType) -> str:
        text = super().float_const(value, dtype)
        return text.replace("INFINITY", "__int_as_float(0x7f800000)").replace("NAN", "__int_as_float(0x7fffffff)")

    def warp_reduce(self, op: str, text: str, width: int, dtype: DType) -> str:
        self.needed.add((op, self.types[dtype]))
        return f"warp_{op}({text}, {width})"
