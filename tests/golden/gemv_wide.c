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
void gemv(unsigned short* restrict b0, const unsigned short* restrict b1, const unsigned short* restrict b2, int core, int ncores) {
  long t1_chunk = ((8 + ncores - 1) / ncores);
  long t1_end = (((core + 1) * t1_chunk) < (8) ? ((core + 1) * t1_chunk) : (8));
  for (long t1 = core * t1_chunk; t1 < t1_end; t1++) {
    float c2 = 0.0f;
    float c3 = 0.0f;
    float c4 = 0.0f;
    float c5 = 0.0f;
    float c6 = 0.0f;
    float c7 = 0.0f;
    float c8 = 0.0f;
    float c9 = 0.0f;
    #pragma GCC ivdep
    for (long k10 = 0; k10 < 256; k10++) {
      unsigned short v11 = b1[k10];
      float v12 = f16_to_f32(v11);
      unsigned short v13 = b2[(k10 + t1*2048)];
      float v14 = f16_to_f32(v13);
      unsigned short v15 = b2[(256 + k10 + t1*2048)];
      float v16 = f16_to_f32(v15);
      unsigned short v17 = b2[(512 + k10 + t1*2048)];
      float v18 = f16_to_f32(v17);
      unsigned short v19 = b2[(768 + k10 + t1*2048)];
      float v20 = f16_to_f32(v19);
      unsigned short v21 = b2[(1024 + k10 + t1*2048)];
      float v22 = f16_to_f32(v21);
      unsigned short v23 = b2[(1280 + k10 + t1*2048)];
      float v24 = f16_to_f32(v23);
      unsigned short v25 = b2[(1536 + k10 + t1*2048)];
      float v26 = f16_to_f32(v25);
      unsigned short v27 = b2[(1792 + k10 + t1*2048)];
      float v28 = f16_to_f32(v27);
      c2 = (c2 + (v12 * v14));
      c3 = (c3 + (v12 * v16));
      c4 = (c4 + (v12 * v18));
      c5 = (c5 + (v12 * v20));
      c6 = (c6 + (v12 * v22));
      c7 = (c7 + (v12 * v24));
      c8 = (c8 + (v12 * v26));
      c9 = (c9 + (v12 * v28));
    }
    b0[t1*8] = f32_to_f16(c2);
    b0[(1 + t1*8)] = f32_to_f16(c3);
    b0[(2 + t1*8)] = f32_to_f16(c4);
    b0[(3 + t1*8)] = f32_to_f16(c5);
    b0[(4 + t1*8)] = f32_to_f16(c6);
    b0[(5 + t1*8)] = f32_to_f16(c7);
    b0[(6 + t1*8)] = f32_to_f16(c8);
    b0[(7 + t1*8)] = f32_to_f16(c9);
  }
}
