"""C for the host compiler: the CStyle walk plus the prelude and vectoriser hint."""
from __future__ import annotations

from minic.codegen.cstyle import CStyle
from minic.dtype import float16
from minic.sched.loopir import LocalArray, LoopKernel, Prefetch

# bfloat16 is the top half of a float32: widening is a shift, narrowing rounds to nearest even
BF16_HELPERS = """static inline float bf16_to_f32(unsigned short b) {
  union { unsigned int u; float f; } x; x.u = (unsigned int)b << 16; return x.f; }
static inline unsigned short f32_to_bf16(float f) {
  union { unsigned int u; float f; } x; x.f = f;
  if ((x.u & 0x7fffffffu) > 0x7f800000u) return (unsigned short)((x.u >> 16) | 0x40);  /* keep NaN a NaN */
  return (unsigned short)((x.u + 0x7fffu + ((x.u >> 16) & 1u)) >> 16); }"""
# IEEE half <-> float: F16C instructions when the host has them, exact bit arithmetic otherwise
F16_HELPERS = """#if defined(__F16C__)
#include <immintrin.h>
static inline float f16_to_f32(unsigned short h) { return _cvtsh_ss(h); }
static inline unsigned short f32_to_f16(float f) { return _cvtss_sh(f, 0); }
#else
static inline float f16_to_f32(unsigned short h) {
  union { unsigned int u; float f; } x;
  unsigned int s = (unsigned int)(h & 0x8000u) << 16, e = (h >> 10) & 0x1fu, m = h & 0x3ffu;
  if (e == 0) { x.f = (float)m * 5.9604644775390625e-8f; x.u |= s; return x.f; }
  x.u = e == 31 ? (s | 0x7f800000u | (m << 13)) : (s | ((e + 112u) << 23) | (m << 13));
  return x.f; }
static inline unsigned short f32_to_f16(float f) {
  union { float f; unsigned int u; } x; x.f = f;
  unsigned int u = x.u, s = (u >> 16) & 0x8000u, m = u & 0x7fffffu;
  int e = (int)((u >> 23) & 0xffu) - 112;
  if (((u >> 23) & 0xffu) == 0xffu) return (unsigned short)(s | 0x7c00u | (m ? 0x200u : 0u));
  if (e >= 31) return (unsigned short)(s | 0x7c00u);
  if (e <= 0) {
    if (e < -10) return (unsigned short)s;
    m |= 0x800000u;
    unsigned int sh = (unsigned int)(14 - e), hm = m >> sh, rem = m & ((1u << sh) - 1u), half = 1u << (sh - 1u);
    if (rem > half || (rem == half && (hm & 1u))) hm++;
    return (unsigned short)(s | hm); }
  unsigned int out = s | ((unsigned int)e << 10) | (m >> 13), rem = m & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (out & 1u))) out++;  /* a carry rolls into the exponent */
  return (unsigned short)out; }
#endif"""


# float max and min as numpy's maximum and minimum: a NaN on either side gives NaN (C's fmaxf drops it)
NAN_MAX_MIN = """static inline float minic_fmaxf(float a, float b) { return (a != a || b != b) ? a + b : fmaxf(a, b); }
static inline float minic_fminf(float a, float b) { return (a != a || b != b) ? a + b : fminf(a, b); }"""


class CRenderer(CStyle):
    lang = "c"
    index_type = "long"  # 64-bit indices let clang see consecutive addresses (vector loads, not gathers)
    bits16 = {**CStyle.bits16, float16: ("f16_to_f32", "f32_to_f16")}
    math = {**CStyle.math, "max": "minic_fmaxf", "min": "minic_fminf"}

    def local_decl(self, a: LocalArray) -> str:
        return f"{self.type_name(a.dtype)} {a.name}[{a.size}] __attribute__((aligned(64)));"  # a per-core panel

    def prelude(self, k: LoopKernel) -> list[str]:
        lines = ["#include <math.h>", "#include <stdbool.h>"]
        lines += BF16_HELPERS.splitlines() + F16_HELPERS.splitlines() + NAN_MAX_MIN.splitlines()
        return lines

    def vector_pragma(self) -> list[str]:
        return ["#pragma GCC ivdep"]

    def prefetch(self, s: Prefetch) -> list[str]:
        return [f"__builtin_prefetch(&{s.buf}[{self.index(s.index)}]);"]

    def novector_pragma(self) -> list[str]:
        return ["#pragma clang loop vectorize(disable)"]  # other compilers ignore it
