"""CUDA C++ for NVRTC: no headers; half types travel as 16-bit bits and convert in PTX."""
from __future__ import annotations

from minic.codegen.c import BF16_HELPERS
from minic.codegen.cstyle import CStyle
from minic.dtype import DType, bfloat16, float16, float32, int8, uint8
from minic.sched.loopir import AtomicAdd, Copy, DeviceArray, LocalArray, LoopKernel, Mma, group_memory

F16_HELPERS = [
    "static __device__ inline float f16_to_f32(unsigned short h) {",
    '  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }',
    "static __device__ inline unsigned short f32_to_f16(float f) {",
    '  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }',
]
# one butterfly step of a warp reduction, for float and integer accumulators
COMBINE = {("sum", "float"): "x += y", ("max", "float"): "x = fmaxf(x, y)", ("min", "float"): "x = fminf(x, y)",
           ("sum", "int"): "x += y", ("max", "int"): "x = y > x ? y : x", ("min", "int"): "x = y < x ? y : x"}
# one warp-wide m16n8k16 tensor-core step over operands in shared memory. Fragment layout (PTX ISA,
# "mma.m16n8k16"): lane 4g + q holds A rows g and g+8 at K pairs 2q and 2q+8, B column g at the same K pairs, and
# C rows g and g+8 at columns 2q, 2q+1. A is K-contiguous and loaded in plain C, so the compiler shares the
# fragments that neighbouring steps read twice. B is K-contiguous too (mma_f16) or N-contiguous (mma_f16_kn: a
# weight stored [K, N], staged as is): ldmatrix.trans then reads its two 8x8 blocks, lanes 0-15 pointing at
# K rows 0-15, and hands every lane its column's K pairs.
MMA_HELPER = [
    "static __device__ inline void mma_{t}{kn}(float& c0, float& c1, float& c2, float& c3,",
    "    const unsigned short* a, int lda, const unsigned short* b, int ldb) {{",
    "  int lane = threadIdx.x & 31, g = lane >> 2, q = (lane & 3) * 2;",
    "  const unsigned* a0 = (const unsigned*)(a + g * lda + q);",
    "  const unsigned* a1 = (const unsigned*)(a + (g + 8) * lda + q);",
    "{b_fragment}",
    '  asm("mma.sync.aligned.m16n8k16.row.col.f32.{t}.{t}.f32 {{%0, %1, %2, %3}}, {{%4, %5, %6, %7}}, {{%8, %9}}, "',
    '      "{{%0, %1, %2, %3}};" : "+f"(c0), "+f"(c1), "+f"(c2), "+f"(c3)',
    '      : "r"(a0[0]), "r"(a1[0]), "r"(a0[4]), "r"(a1[4]), "r"(b0), "r"(b1));',
    "}}",
]
B_FRAGMENT = {
    False: "  const unsigned* bp = (const unsigned*)(b + g * ldb + q);\n  unsigned b0 = bp[0], b1 = bp[4];",
    True: "  unsigned b0, b1;\n"
          '  asm volatile("ldmatrix.sync.aligned.m8n8.x2.trans.shared.b16 {%0, %1}, [%2];" : "=r"(b0), "=r"(b1)\n'
          '      : "r"(shared_address(b + (lane & 15) * ldb)) : "memory");',
}
# a shared-space address (for ldmatrix and cp.async), and 16 bytes global -> shared in the background (cp.async,
# sm_80+): a masked copy reads nothing and writes zeros
SHARED_HELPERS = [
    "static __device__ inline unsigned shared_address(const void* p) {",
    '  unsigned a; asm("{ .reg .u64 t; cvta.to.shared.u64 t, %1; cvt.u32.u64 %0, t; }" : "=r"(a) : "l"(p));',
    "  return a; }",
    "static __device__ inline void copy16_async(void* dst, const void* src, bool valid) {",
    '  asm volatile("cp.async.cg.shared.global [%0], [%1], 16, %2;"',
    '      :: "r"(shared_address(dst)), "l"(src), "r"(valid ? 16 : 0) : "memory"); }',
]
MMA_TYPES = {float16: "f16", bfloat16: "bf16"}
SPECIAL = {"group": "blockIdx", "ngroups": "gridDim", "local": "threadIdx"}
STATIC_SHARED_LIMIT = 48 * 1024  # a group's static __shared__ arrays may take this much; beyond, memory is dynamic


def dynamic_shared_bytes(k: LoopKernel) -> int:
    """Bytes of dynamic shared memory the kernel is launched with: 0 when its arrays fit the static limit, else
    all of them, carved from one extern block (the runtime opts the function into that much at load)."""
    total = group_memory(k.locals)[1]
    return total if total > STATIC_SHARED_LIMIT else 0


class CUDARenderer(CStyle):
    lang = "cuda"
    reserved = CStyle.reserved | frozenset("""new delete class this template typename namespace operator private
        public protected virtual friend try catch throw using explicit mutable minic_vars""".split())  # C++
    bits16 = {**CStyle.bits16, float16: ("f16_to_f32", "f32_to_f16")}
    vectors = {4: ("unsigned int", "0u"), 8: ("uint2", "make_uint2(0, 0)"), 16: ("uint4", "make_uint4(0, 0, 0, 0)")}

    def unroll_pragma(self) -> list[str]:
        return ["#pragma unroll"]

    def plain_cast(self, dtype: DType, text: str, src: DType) -> str:
        """An 8-bit integer (a packed weight's codes) to float32 without the conversion unit, whose
        throughput (a sixteenth of the adds') bounds a dequantizing GEMV: the integer added to the bits of
        1.5 * 2**23 is that float plus the integer, exactly (for |x| < 2**22), and one add takes the constant
        off."""
        if dtype == float32 and src in (int8, uint8):
            return f"(__int_as_float(0x4B400000 + (int)({text})) - 12582912.0f)"
        return super().plain_cast(dtype, text, src)

    def prelude(self, k: LoopKernel) -> list[str]:
        lines = ["extern __shared__ __align__(16) unsigned char group_memory[];"] if dynamic_shared_bytes(k) else []
        lines += BF16_HELPERS.replace("static inline", "static __device__ inline").splitlines() \
            if bfloat16 in self.needed.dtypes else []
        lines += F16_HELPERS if float16 in self.needed.dtypes else []
        lines += SHARED_HELPERS if "shared helpers" in self.needed.helpers else []
        for kmajor, t in sorted(self.needed.mmas):
            lines += [line.format(t=t, kn="_kn" if kmajor else "", b_fragment=B_FRAGMENT[kmajor])
                      for line in MMA_HELPER]
        for op, t in sorted(self.needed.warp_reductions):
            lines.append(f"static __device__ inline {t} warp_{op}({t} x, int w) {{")
            lines.append(f"  for (int o = w >> 1; o > 0; o >>= 1) {{ {t} y = __shfl_xor_sync(0xffffffffu, x, o); "
                         f"{COMBINE[op, t]}; }}")
            lines.append("  return x; }")
        return lines

    def signature(self, k: LoopKernel) -> str:
        params = [f"{'' if b.writable else 'const '}{self.storage_type(b.dtype)}* __restrict__ {b.name}"
                  for b in k.bufs]
        params += self.var_params(k)
        bounds = f"{k.local_size[0]}, {k.wave_groups}" if k.wave_groups else f"{k.local_size[0]}"
        return f'extern "C" __global__ void __launch_bounds__({bounds}) {k.name}({", ".join(params)})'

    def var_params(self, k: LoopKernel) -> list[str]:
        return [f"int {self.var_name(s)}" for s in k.vars]

    def special(self, kind: str, axis: int) -> str:
        return f"(int){SPECIAL[kind]}.{'xyz'[axis]}"

    def barrier(self) -> str:
        return "__syncthreads();"

    def local_decl(self, a: LocalArray) -> str:
        if not dynamic_shared_bytes(self.kernel):
            return f"__shared__ __align__(16) {self.type_name(a.dtype)} {a.name}[{a.size}];"  # Copy stores 16 bytes
        t = self.type_name(a.dtype)
        return f"{t}* {a.name} = ({t}*)(group_memory + {group_memory(self.kernel.locals)[0][a.name]});"

    def device_array_decl(self, a: DeviceArray) -> str:
        return f"__device__ {self.type_name(a.dtype)} {a.name}[{a.size}];"

    def atomic_add(self, s: AtomicAdd) -> str:
        return f"atomicAdd(&{s.buf}[{self.index(s.index)}], {self.val(s.val)})"

    def fence(self) -> str:
        return "__threadfence();"

    def scratch_load(self, buf: str, address: str) -> str:
        return f"__ldcg(&{buf}[{address}])"  # from L2: this SM's L1 may hold an older copy of the line

    def mma(self, s: Mma) -> str:
        t = MMA_TYPES[s.dtype]
        self.needed.mmas.add((s.b_kmajor, t))
        if s.b_kmajor:
            self.needed.helpers.add("shared helpers")  # ldmatrix takes a shared-space address
        return (f"mma_{t}{'_kn' if s.b_kmajor else ''}({', '.join(s.acc)}, {s.a_buf} + {self.index(s.a_index)}, "
                f"{s.a_stride}, {s.b_buf} + {self.index(s.b_index)}, {s.b_stride})")

    def async_copy(self, s: Copy) -> list[str]:
        if s.dst_stride != 1 or s.width * s.dtype.itemsize != 16:
            raise NotImplementedError("cp.async moves 16 contiguous bytes")
        self.needed.helpers.add("shared helpers")
        valid = "true" if s.valid is None else self.val(s.valid)
        src = self.index(s.src_index) if s.valid is None else self.select(valid, self.index(s.src_index), "0")
        return [f"copy16_async({s.dst} + {self.index(s.dst_index)}, {s.src} + {src}, {valid});"]

    def commit_copies(self) -> str:
        return 'asm volatile("cp.async.commit_group;" ::: "memory");'

    def await_copies(self, pending: int) -> str:
        return f'asm volatile("cp.async.wait_group {pending};" ::: "memory");'

    def float_const(self, value: float, dtype: DType) -> str:
        text = super().float_const(value, dtype)
        return text.replace("INFINITY", "__int_as_float(0x7f800000)").replace("NAN", "__int_as_float(0x7fffffff)")

    def byte_dot(self, op: str, a: str, b: str, c: str) -> str:
        """dot2lo / dot2hi as one instruction (sm_61+): two int16 x int8 products added to int32 `c`."""
        return f"__dp2a_{op[-2:]}({a}, {b}, {c})"

    def warp_reduce(self, op: str, text: str, width: int, dtype: DType) -> str:
        self.needed.warp_reductions.add((op, self.types[dtype]))
        return f"warp_{op}({text}, {width})"


class CUDAGraphRenderer(CUDARenderer):
    """A kernel in the form a CUDA Graph replays (runtime/cuda_graph.py). One graph serves every value of the
    Vars: they come from a device int32 buffer the replay writes once per call, not from by-value arguments
    baked into the graph; and a grid that grows with a Var is launched at the Var's bound, the groups beyond this
    call's count leaving at once (a whole group returns, so no barrier waits for them)."""

    def var_params(self, k: LoopKernel) -> list[str]:
        return ["const int* __restrict__ minic_vars"] if k.vars else []

    def body_prelude(self, k: LoopKernel) -> list[str]:
        lines = [f"const int {self.var_name(s)} = minic_vars[{i}];" for i, s in enumerate(k.vars)]
        if not isinstance(k.global_size[0], int):
            lines.append(f"if ((int)blockIdx.y * (int)gridDim.x + (int)blockIdx.x >= "
                         f"{self.index(k.global_size[0])}) return;")
        return super().body_prelude(k) + lines
