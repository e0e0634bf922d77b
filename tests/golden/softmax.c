#include <math.h>
#include <stdbool.h>
static inline float bf16_to_f32(unsigned short b) {
  union { unsigned int u; float f; } x; x.u = (unsigned int)b << 16; return x.f; }
static inline unsigned short f32_to_bf16(float f) {
  union { unsigned int u; float f; } x; x.f = f;
  if ((x.u & 0x7fffffffu) > 0x7f800000u) return (unsigned short)((x.u >> 16) | 0x40);  /* keep NaN a NaN */
  return (unsigned short)((x.u + 0x7fffu + ((x.u >> 16) & 1u)) >> 16); }
#if defined(__F16C__)
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
#endif
static inline float minic_fmaxf(float a, float b) { return (a != a || b != b) ? a + b : fmaxf(a, b); }
static inline float minic_fminf(float a, float b) { return (a != a || b != b) ? a + b : fminf(a, b); }
void softmax(float* restrict b0, const float* restrict b1, int n, int core, int ncores) {
  long i0_chunk = ((n + ncores - 1) / ncores);
  long i0_end = (((core + 1) * i0_chunk) < (n) ? ((core + 1) * i0_chunk) : (n));
  for (long i0 = core * i0_chunk; i0 < i0_end; i0++) {
    float acc2 = -INFINITY;
    for (long r3 = 0; r3 < 64; r3++) {
      float v4 = b1[(i0*64 + r3)];
      acc2 = minic_fmaxf(acc2, v4);
    }
    float acc7 = 0.0f;
    for (long r8 = 0; r8 < 64; r8++) {
      float v9 = b1[(i0*64 + r8)];
      float v10 = (v9 - acc2);
      float v11 = expf(v10);
      acc7 = (acc7 + v11);
    }
    #pragma GCC ivdep
    for (long i1 = 0; i1 < 64; i1++) {
      float v1 = b1[(i0*64 + i1)];
      float v5 = (v1 - acc2);
      float v6 = expf(v5);
      float v12 = (v6 / acc7);
      b0[(i0*64 + i1)] = v12;
    }
  }
}
