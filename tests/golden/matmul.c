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
void r_n_32(float* restrict b0, const float* restrict b1, const float* restrict b2, int n, int core, int ncores) {
  if ((n < 2)) {
    long t1_chunk = ((2 + ncores - 1) / ncores);
    long t1_end = (((core + 1) * t1_chunk) < (2) ? ((core + 1) * t1_chunk) : (2));
    for (long t1 = core * t1_chunk; t1 < t1_end; t1++) {
      #pragma GCC ivdep
      for (long c2 = 0; c2 < 16; c2++) {
        b0[(c2 + t1*16)] = 0.0f;
      }
      for (long k3 = 0; k3 < 64; k3++) {
        float v4 = b1[k3];
        #pragma GCC ivdep
        for (long c5 = 0; c5 < 16; c5++) {
          float v6 = b2[(c5 + k3*32 + t1*16)];
          b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6));
        }
      }
      #pragma GCC ivdep
      for (long c7 = 0; c7 < 16; c7++) {
        float v8 = b0[(c7 + t1*16)];
        b0[(c7 + t1*16)] = v8;
      }
    }
  }
  if ((2 <= n)) {
    long t9_chunk = ((((1 + n)/2)*8 + ncores - 1) / ncores);
    long t9_end = (((core + 1) * t9_chunk) < (((1 + n)/2)*8) ? ((core + 1) * t9_chunk) : (((1 + n)/2)*8));
    for (long t9 = core * t9_chunk; t9 < t9_end; t9++) {
      if (((t9%((1 + n)/2))*2 < (-1 + n))) {
        float c10 = 0.0f;
        float c11 = 0.0f;
        float c12 = 0.0f;
        float c13 = 0.0f;
        float c14 = 0.0f;
        float c15 = 0.0f;
        float c16 = 0.0f;
        float c17 = 0.0f;
        #pragma clang loop vectorize(disable)
        for (long k18 = 0; k18 < 64; k18++) {
          float v19 = b1[(k18 + (t9%((1 + n)/2))*128)];
          float v20 = b1[(64 + k18 + (t9%((1 + n)/2))*128)];
          float v21 = b2[(k18*32 + (t9/((1 + n)/2))*4)];
          float v22 = b2[(1 + k18*32 + (t9/((1 + n)/2))*4)];
          float v23 = b2[(2 + k18*32 + (t9/((1 + n)/2))*4)];
          float v24 = b2[(3 + k18*32 + (t9/((1 + n)/2))*4)];
          c10 = (c10 + (v19 * v21));
          c11 = (c11 + (v19 * v22));
          c12 = (c12 + (v19 * v23));
          c13 = (c13 + (v19 * v24));
          c14 = (c14 + (v20 * v21));
          c15 = (c15 + (v20 * v22));
          c16 = (c16 + (v20 * v23));
          c17 = (c17 + (v20 * v24));
        }
        b0[((t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c10;
        b0[(1 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c11;
        b0[(2 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c12;
        b0[(3 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c13;
        b0[(32 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c14;
        b0[(33 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c15;
        b0[(34 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c16;
        b0[(35 + (t9%((1 + n)/2))*64 + (t9/((1 + n)/2))*4)] = c17;
      }
      if ((!((t9%((1 + n)/2))*2 < (-1 + n)))) {
        for (long r25 = (t9%((1 + n)/2))*2; r25 < (2 + (t9%((1 + n)/2))*2); r25++) {
          if ((r25 < n)) {
            float c26 = 0.0f;
            float c27 = 0.0f;
            float c28 = 0.0f;
            float c29 = 0.0f;
            #pragma clang loop vectorize(disable)
            for (long k30 = 0; k30 < 64; k30++) {
              float v31 = b1[(k30 + r25*64)];
              float v32 = b2[(k30*32 + (t9/((1 + n)/2))*4)];
              float v33 = b2[(1 + k30*32 + (t9/((1 + n)/2))*4)];
              float v34 = b2[(2 + k30*32 + (t9/((1 + n)/2))*4)];
              float v35 = b2[(3 + k30*32 + (t9/((1 + n)/2))*4)];
              c26 = (c26 + (v31 * v32));
              c27 = (c27 + (v31 * v33));
              c28 = (c28 + (v31 * v34));
              c29 = (c29 + (v31 * v35));
            }
            b0[(r25*32 + (t9/((1 + n)/2))*4)] = c26;
            b0[(1 + r25*32 + (t9/((1 + n)/2))*4)] = c27;
            b0[(2 + r25*32 + (t9/((1 + n)/2))*4)] = c28;
            b0[(3 + r25*32 + (t9/((1 + n)/2))*4)] = c29;
          }
        }
      }
    }
  }
}
