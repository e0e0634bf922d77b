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
void matmul(float* restrict b0, const float* restrict b1, const float* restrict b2, int n, int core, int ncores) {
  float Bp10[256] __attribute__((aligned(64)));
  float Ct11[8] __attribute__((aligned(64)));
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
    long t9_chunk = ((8 + ncores - 1) / ncores);
    long t9_end = (((core + 1) * t9_chunk) < (8) ? ((core + 1) * t9_chunk) : (8));
    for (long t9 = core * t9_chunk; t9 < t9_end; t9++) {
      for (long k12 = 0; k12 < 64; k12++) {
        #pragma GCC ivdep
        for (long c13 = 0; c13 < 4; c13++) {
          float v14 = b2[(c13 + k12*32 + t9*4)];
          Bp10[(c13 + k12*4)] = v14;
        }
      }
      for (long i15 = 0; i15 < ((1 + n)/2); i15++) {
        if ((i15*2 < (-1 + n))) {
          float c16 = 0.0f;
          float c17 = 0.0f;
          float c18 = 0.0f;
          float c19 = 0.0f;
          float c20 = 0.0f;
          float c21 = 0.0f;
          float c22 = 0.0f;
          float c23 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long k24 = 0; k24 < 64; k24++) {
            float v25 = b1[(i15*128 + k24)];
            float v26 = b1[(64 + i15*128 + k24)];
            c16 = (c16 + (v25 * Bp10[k24*4]));
            c17 = (c17 + (v25 * Bp10[(1 + k24*4)]));
            c18 = (c18 + (v25 * Bp10[(2 + k24*4)]));
            c19 = (c19 + (v25 * Bp10[(3 + k24*4)]));
            c20 = (c20 + (v26 * Bp10[k24*4]));
            c21 = (c21 + (v26 * Bp10[(1 + k24*4)]));
            c22 = (c22 + (v26 * Bp10[(2 + k24*4)]));
            c23 = (c23 + (v26 * Bp10[(3 + k24*4)]));
          }
          Ct11[0] = c16;
          Ct11[1] = c17;
          Ct11[2] = c18;
          Ct11[3] = c19;
          Ct11[4] = c20;
          Ct11[5] = c21;
          Ct11[6] = c22;
          Ct11[7] = c23;
          #pragma GCC ivdep
          for (long c27 = 0; c27 < 4; c27++) {
            float v28 = Ct11[c27];
            b0[(c27 + i15*64 + t9*4)] = v28;
          }
          #pragma GCC ivdep
          for (long c29 = 0; c29 < 4; c29++) {
            float v30 = Ct11[(4 + c29)];
            b0[(32 + c29 + i15*64 + t9*4)] = v30;
          }
        }
        if ((!(i15*2 < (-1 + n)))) {
          for (long r31 = i15*2; r31 < (2 + i15*2); r31++) {
            if ((r31 < n)) {
              float c32 = 0.0f;
              float c33 = 0.0f;
              float c34 = 0.0f;
              float c35 = 0.0f;
              #pragma clang loop vectorize(disable)
              for (long k36 = 0; k36 < 64; k36++) {
                float v37 = b1[(k36 + r31*64)];
                c32 = (c32 + (v37 * Bp10[k36*4]));
                c33 = (c33 + (v37 * Bp10[(1 + k36*4)]));
                c34 = (c34 + (v37 * Bp10[(2 + k36*4)]));
                c35 = (c35 + (v37 * Bp10[(3 + k36*4)]));
              }
              Ct11[0] = c32;
              Ct11[1] = c33;
              Ct11[2] = c34;
              Ct11[3] = c35;
              #pragma GCC ivdep
              for (long c38 = 0; c38 < 4; c38++) {
                float v39 = Ct11[c38];
                b0[(c38 + r31*32 + t9*4)] = v39;
              }
            }
          }
        }
      }
    }
  }
}
