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
void layer_norm(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, int n, int core, int ncores) {
  long i0_chunk = ((n + ncores - 1) / ncores);
  long i0_end = (((core + 1) * i0_chunk) < (n) ? ((core + 1) * i0_chunk) : (n));
  for (long i0 = core * i0_chunk; i0 < i0_end; i0++) {
    float acc2 = 0.0f;
    for (long r3 = 0; r3 < 32; r3++) {
      float v4 = b1[(i0*32 + r3)];
      acc2 = (acc2 + v4);
    }
    float v5 = (acc2 / 32.0f);
    float acc7 = 0.0f;
    for (long r8 = 0; r8 < 32; r8++) {
      float v9 = b1[(i0*32 + r8)];
      float v10 = (v9 - v5);
      float v11 = (v10 * v10);
      acc7 = (acc7 + v11);
    }
    float v12 = (acc7 / 32.0f);
    float v13 = (v12 + 1e-05f);
    float v14 = sqrtf(v13);
    float v15 = (1.0f / v14);
    #pragma GCC ivdep
    for (long i1 = 0; i1 < 32; i1++) {
      float v1 = b1[(i0*32 + i1)];
      float v6 = (v1 - v5);
      float v16 = (v6 * v15);
      float v17 = b2[i1];
      float v18 = (v16 * v17);
      float v19 = b3[i1];
      float v20 = (v18 + v19);
      b0[(i0*32 + i1)] = v20;
    }
  }
}

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
void matmul_bias(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, int n, int core, int ncores) {
  float Bp12[128] __attribute__((aligned(64)));
  float Ct13[8] __attribute__((aligned(64)));
  if ((n < 2)) {
    long t1_chunk = ((6 + ncores - 1) / ncores);
    long t1_end = (((core + 1) * t1_chunk) < (6) ? ((core + 1) * t1_chunk) : (6));
    for (long t1 = core * t1_chunk; t1 < t1_end; t1++) {
      #pragma GCC ivdep
      for (long c2 = 0; c2 < 16; c2++) {
        b0[(c2 + t1*16)] = 0.0f;
      }
      for (long k3 = 0; k3 < 32; k3++) {
        float v4 = b1[k3];
        #pragma GCC ivdep
        for (long c5 = 0; c5 < 16; c5++) {
          float v6 = b2[(c5 + k3*96 + t1*16)];
          b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6));
        }
      }
      #pragma GCC ivdep
      for (long c7 = 0; c7 < 16; c7++) {
        float v8 = b0[(c7 + t1*16)];
        float v9 = b3[(c7 + t1*16)];
        float v10 = (v8 + v9);
        b0[(c7 + t1*16)] = v10;
      }
    }
  }
  if ((2 <= n)) {
    long t11_chunk = ((24 + ncores - 1) / ncores);
    long t11_end = (((core + 1) * t11_chunk) < (24) ? ((core + 1) * t11_chunk) : (24));
    for (long t11 = core * t11_chunk; t11 < t11_end; t11++) {
      for (long k14 = 0; k14 < 32; k14++) {
        #pragma GCC ivdep
        for (long c15 = 0; c15 < 4; c15++) {
          float v16 = b2[(c15 + k14*96 + t11*4)];
          Bp12[(c15 + k14*4)] = v16;
        }
      }
      for (long i17 = 0; i17 < ((1 + n)/2); i17++) {
        if ((i17*2 < (-1 + n))) {
          float c18 = 0.0f;
          float c19 = 0.0f;
          float c20 = 0.0f;
          float c21 = 0.0f;
          float c22 = 0.0f;
          float c23 = 0.0f;
          float c24 = 0.0f;
          float c25 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long k26 = 0; k26 < 32; k26++) {
            float v27 = b1[(i17*64 + k26)];
            float v28 = b1[(32 + i17*64 + k26)];
            c18 = (c18 + (v27 * Bp12[k26*4]));
            c19 = (c19 + (v27 * Bp12[(1 + k26*4)]));
            c20 = (c20 + (v27 * Bp12[(2 + k26*4)]));
            c21 = (c21 + (v27 * Bp12[(3 + k26*4)]));
            c22 = (c22 + (v28 * Bp12[k26*4]));
            c23 = (c23 + (v28 * Bp12[(1 + k26*4)]));
            c24 = (c24 + (v28 * Bp12[(2 + k26*4)]));
            c25 = (c25 + (v28 * Bp12[(3 + k26*4)]));
          }
          Ct13[0] = c18;
          Ct13[1] = c19;
          Ct13[2] = c20;
          Ct13[3] = c21;
          Ct13[4] = c22;
          Ct13[5] = c23;
          Ct13[6] = c24;
          Ct13[7] = c25;
          #pragma GCC ivdep
          for (long c29 = 0; c29 < 4; c29++) {
            float v30 = Ct13[c29];
            float v31 = b3[(c29 + t11*4)];
            float v32 = (v30 + v31);
            b0[(c29 + i17*192 + t11*4)] = v32;
          }
          #pragma GCC ivdep
          for (long c33 = 0; c33 < 4; c33++) {
            float v34 = Ct13[(4 + c33)];
            float v35 = b3[(c33 + t11*4)];
            float v36 = (v34 + v35);
            b0[(96 + c33 + i17*192 + t11*4)] = v36;
          }
        }
        if ((!(i17*2 < (-1 + n)))) {
          for (long r37 = i17*2; r37 < (2 + i17*2); r37++) {
            if ((r37 < n)) {
              float c38 = 0.0f;
              float c39 = 0.0f;
              float c40 = 0.0f;
              float c41 = 0.0f;
              #pragma clang loop vectorize(disable)
              for (long k42 = 0; k42 < 32; k42++) {
                float v43 = b1[(k42 + r37*32)];
                c38 = (c38 + (v43 * Bp12[k42*4]));
                c39 = (c39 + (v43 * Bp12[(1 + k42*4)]));
                c40 = (c40 + (v43 * Bp12[(2 + k42*4)]));
                c41 = (c41 + (v43 * Bp12[(3 + k42*4)]));
              }
              Ct13[0] = c38;
              Ct13[1] = c39;
              Ct13[2] = c40;
              Ct13[3] = c41;
              #pragma GCC ivdep
              for (long c44 = 0; c44 < 4; c44++) {
                float v45 = Ct13[c44];
                float v46 = b3[(c44 + t11*4)];
                float v47 = (v45 + v46);
                b0[(c44 + r37*96 + t11*4)] = v47;
              }
            }
          }
        }
      }
    }
  }
}

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
void matmul_scale_mask(float* restrict b0, const float* restrict b1, int n, int core, int ncores) {
  float Bp104[64] __attribute__((aligned(64)));
  float Ct105[8] __attribute__((aligned(64)));
  for (long bat1 = 0; bat1 < 2; bat1++) {
    if ((n < 2)) {
      long t2_chunk = ((((7 + n)/8) + ncores - 1) / ncores);
      long t2_end = (((core + 1) * t2_chunk) < (((7 + n)/8)) ? ((core + 1) * t2_chunk) : (((7 + n)/8)));
      for (long t2 = core * t2_chunk; t2 < t2_end; t2++) {
        if ((t2*8 < (-7 + n))) {
          float c3 = 0.0f;
          float c4 = 0.0f;
          float c5 = 0.0f;
          float c6 = 0.0f;
          float c7 = 0.0f;
          float c8 = 0.0f;
          float c9 = 0.0f;
          float c10 = 0.0f;
          #pragma GCC ivdep
          for (long k11 = 0; k11 < 16; k11++) {
            float v12 = b1[(bat1*16 + k11)];
            float v13 = b1[(32 + bat1*16 + k11 + t2*768)];
            float v14 = b1[(128 + bat1*16 + k11 + t2*768)];
            float v15 = b1[(224 + bat1*16 + k11 + t2*768)];
            float v16 = b1[(320 + bat1*16 + k11 + t2*768)];
            float v17 = b1[(416 + bat1*16 + k11 + t2*768)];
            float v18 = b1[(512 + bat1*16 + k11 + t2*768)];
            float v19 = b1[(608 + bat1*16 + k11 + t2*768)];
            float v20 = b1[(704 + bat1*16 + k11 + t2*768)];
            c3 = (c3 + (v12 * v13));
            c4 = (c4 + (v12 * v14));
            c5 = (c5 + (v12 * v15));
            c6 = (c6 + (v12 * v16));
            c7 = (c7 + (v12 * v17));
            c8 = (c8 + (v12 * v18));
            c9 = (c9 + (v12 * v19));
            c10 = (c10 + (v12 * v20));
          }
          int v21 = (0 + 0);
          bool v22 = (t2*8 <= v21);
          float v23 = (c3 * 0.25f);
          float v24 = (v22 ? v23 : -INFINITY);
          b0[(bat1*n*n + t2*8)] = v24;
          int v25 = (0 + 0);
          bool v26 = ((1 + t2*8) <= v25);
          float v27 = (c4 * 0.25f);
          float v28 = (v26 ? v27 : -INFINITY);
          b0[(1 + bat1*n*n + t2*8)] = v28;
          int v29 = (0 + 0);
          bool v30 = ((2 + t2*8) <= v29);
          float v31 = (c5 * 0.25f);
          float v32 = (v30 ? v31 : -INFINITY);
          b0[(2 + bat1*n*n + t2*8)] = v32;
          int v33 = (0 + 0);
          bool v34 = ((3 + t2*8) <= v33);
          float v35 = (c6 * 0.25f);
          float v36 = (v34 ? v35 : -INFINITY);
          b0[(3 + bat1*n*n + t2*8)] = v36;
          int v37 = (0 + 0);
          bool v38 = ((4 + t2*8) <= v37);
          float v39 = (c7 * 0.25f);
          float v40 = (v38 ? v39 : -INFINITY);
          b0[(4 + bat1*n*n + t2*8)] = v40;
          int v41 = (0 + 0);
          bool v42 = ((5 + t2*8) <= v41);
          float v43 = (c8 * 0.25f);
          float v44 = (v42 ? v43 : -INFINITY);
          b0[(5 + bat1*n*n + t2*8)] = v44;
          int v45 = (0 + 0);
          bool v46 = ((6 + t2*8) <= v45);
          float v47 = (c9 * 0.25f);
          float v48 = (v46 ? v47 : -INFINITY);
          b0[(6 + bat1*n*n + t2*8)] = v48;
          int v49 = (0 + 0);
          bool v50 = ((7 + t2*8) <= v49);
          float v51 = (c10 * 0.25f);
          float v52 = (v50 ? v51 : -INFINITY);
          b0[(7 + bat1*n*n + t2*8)] = v52;
        }
        if ((!(t2*8 < (-7 + n)))) {
          float c53 = 0.0f;
          float c54 = 0.0f;
          float c55 = 0.0f;
          float c56 = 0.0f;
          float c57 = 0.0f;
          float c58 = 0.0f;
          float c59 = 0.0f;
          float c60 = 0.0f;
          #pragma GCC ivdep
          for (long k61 = 0; k61 < 16; k61++) {
            float v62 = b1[(bat1*16 + k61)];
            float v63 = ((t2*8 < n) ? b1[(32 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v64 = (((1 + t2*8) < n) ? b1[(128 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v65 = (((2 + t2*8) < n) ? b1[(224 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v66 = (((3 + t2*8) < n) ? b1[(320 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v67 = (((4 + t2*8) < n) ? b1[(416 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v68 = (((5 + t2*8) < n) ? b1[(512 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v69 = (((6 + t2*8) < n) ? b1[(608 + bat1*16 + k61 + t2*768)] : 0.0f);
            float v70 = (((7 + t2*8) < n) ? b1[(704 + bat1*16 + k61 + t2*768)] : 0.0f);
            c53 = (c53 + (v62 * v63));
            c54 = (c54 + (v62 * v64));
            c55 = (c55 + (v62 * v65));
            c56 = (c56 + (v62 * v66));
            c57 = (c57 + (v62 * v67));
            c58 = (c58 + (v62 * v68));
            c59 = (c59 + (v62 * v69));
            c60 = (c60 + (v62 * v70));
          }
          if ((t2*8 < n)) {
            int v71 = (0 + 0);
            bool v72 = (t2*8 <= v71);
            float v73 = (c53 * 0.25f);
            float v74 = (v72 ? v73 : -INFINITY);
            b0[(bat1*n*n + t2*8)] = v74;
          }
          if (((1 + t2*8) < n)) {
            int v75 = (0 + 0);
            bool v76 = ((1 + t2*8) <= v75);
            float v77 = (c54 * 0.25f);
            float v78 = (v76 ? v77 : -INFINITY);
            b0[(1 + bat1*n*n + t2*8)] = v78;
          }
          if (((2 + t2*8) < n)) {
            int v79 = (0 + 0);
            bool v80 = ((2 + t2*8) <= v79);
            float v81 = (c55 * 0.25f);
            float v82 = (v80 ? v81 : -INFINITY);
            b0[(2 + bat1*n*n + t2*8)] = v82;
          }
          if (((3 + t2*8) < n)) {
            int v83 = (0 + 0);
            bool v84 = ((3 + t2*8) <= v83);
            float v85 = (c56 * 0.25f);
            float v86 = (v84 ? v85 : -INFINITY);
            b0[(3 + bat1*n*n + t2*8)] = v86;
          }
          if (((4 + t2*8) < n)) {
            int v87 = (0 + 0);
            bool v88 = ((4 + t2*8) <= v87);
            float v89 = (c57 * 0.25f);
            float v90 = (v88 ? v89 : -INFINITY);
            b0[(4 + bat1*n*n + t2*8)] = v90;
          }
          if (((5 + t2*8) < n)) {
            int v91 = (0 + 0);
            bool v92 = ((5 + t2*8) <= v91);
            float v93 = (c58 * 0.25f);
            float v94 = (v92 ? v93 : -INFINITY);
            b0[(5 + bat1*n*n + t2*8)] = v94;
          }
          if (((6 + t2*8) < n)) {
            int v95 = (0 + 0);
            bool v96 = ((6 + t2*8) <= v95);
            float v97 = (c59 * 0.25f);
            float v98 = (v96 ? v97 : -INFINITY);
            b0[(6 + bat1*n*n + t2*8)] = v98;
          }
          if (((7 + t2*8) < n)) {
            int v99 = (0 + 0);
            bool v100 = ((7 + t2*8) <= v99);
            float v101 = (c60 * 0.25f);
            float v102 = (v100 ? v101 : -INFINITY);
            b0[(7 + bat1*n*n + t2*8)] = v102;
          }
        }
      }
    }
    if ((2 <= n)) {
      long t103_chunk = ((((3 + n)/4) + ncores - 1) / ncores);
      long t103_end = (((core + 1) * t103_chunk) < (((3 + n)/4)) ? ((core + 1) * t103_chunk) : (((3 + n)/4)));
      for (long t103 = core * t103_chunk; t103 < t103_end; t103++) {
        for (long k106 = 0; k106 < 16; k106++) {
          #pragma GCC ivdep
          for (long c107 = 0; c107 < 4; c107++) {
            float v108 = (((c107 + t103*4) < n) ? b1[(32 + bat1*16 + c107*96 + k106 + t103*384)] : 0.0f);
            Bp104[(c107 + k106*4)] = v108;
          }
        }
        for (long i109 = 0; i109 < ((1 + n)/2); i109++) {
          if (((i109*2 < (-1 + n)) && (t103*4 < (-3 + n)))) {
            float c110 = 0.0f;
            float c111 = 0.0f;
            float c112 = 0.0f;
            float c113 = 0.0f;
            float c114 = 0.0f;
            float c115 = 0.0f;
            float c116 = 0.0f;
            float c117 = 0.0f;
            #pragma clang loop vectorize(disable)
            for (long k118 = 0; k118 < 16; k118++) {
              float v119 = b1[(bat1*16 + i109*192 + k118)];
              float v120 = b1[(96 + bat1*16 + i109*192 + k118)];
              c110 = (c110 + (v119 * Bp104[k118*4]));
              c111 = (c111 + (v119 * Bp104[(1 + k118*4)]));
              c112 = (c112 + (v119 * Bp104[(2 + k118*4)]));
              c113 = (c113 + (v119 * Bp104[(3 + k118*4)]));
              c114 = (c114 + (v120 * Bp104[k118*4]));
              c115 = (c115 + (v120 * Bp104[(1 + k118*4)]));
              c116 = (c116 + (v120 * Bp104[(2 + k118*4)]));
              c117 = (c117 + (v120 * Bp104[(3 + k118*4)]));
            }
            Ct105[0] = c110;
            Ct105[1] = c111;
            Ct105[2] = c112;
            Ct105[3] = c113;
            Ct105[4] = c114;
            Ct105[5] = c115;
            Ct105[6] = c116;
            Ct105[7] = c117;
            int v122 = (i109*2 + 0);
            #pragma GCC ivdep
            for (long c121 = 0; c121 < 4; c121++) {
              bool v123 = ((c121 + t103*4) <= v122);
              float v124 = Ct105[c121];
              float v125 = (v124 * 0.25f);
              float v126 = (v123 ? v125 : -INFINITY);
              b0[(bat1*n*n + c121 + i109*n*2 + t103*4)] = v126;
            }
            int v128 = ((1 + i109*2) + 0);
            #pragma GCC ivdep
            for (long c127 = 0; c127 < 4; c127++) {
              bool v129 = ((c127 + t103*4) <= v128);
              float v130 = Ct105[(4 + c127)];
              float v131 = (v130 * 0.25f);
              float v132 = (v129 ? v131 : -INFINITY);
              b0[(bat1*n*n + c127 + i109*n*2 + n + t103*4)] = v132;
            }
          }
          if ((!((i109*2 < (-1 + n)) && (t103*4 < (-3 + n))))) {
            for (long r133 = i109*2; r133 < (2 + i109*2); r133++) {
              if ((r133 < n)) {
                float c134 = 0.0f;
                float c135 = 0.0f;
                float c136 = 0.0f;
                float c137 = 0.0f;
                #pragma clang loop vectorize(disable)
                for (long k138 = 0; k138 < 16; k138++) {
                  float v139 = b1[(bat1*16 + k138 + r133*96)];
                  c134 = (c134 + (v139 * Bp104[k138*4]));
                  c135 = (c135 + (v139 * Bp104[(1 + k138*4)]));
                  c136 = (c136 + (v139 * Bp104[(2 + k138*4)]));
                  c137 = (c137 + (v139 * Bp104[(3 + k138*4)]));
                }
                Ct105[0] = c134;
                Ct105[1] = c135;
                Ct105[2] = c136;
                Ct105[3] = c137;
                #pragma GCC ivdep
                for (long c140 = 0; c140 < 4; c140++) {
                  if (((c140 + t103*4) < n)) {
                    int v141 = (r133 + 0);
                    bool v142 = ((c140 + t103*4) <= v141);
                    float v143 = Ct105[c140];
                    float v144 = (v143 * 0.25f);
                    float v145 = (v142 ? v144 : -INFINITY);
                    b0[(bat1*n*n + c140 + n*r133 + t103*4)] = v145;
                  }
                }
              }
            }
          }
        }
      }
    }
  }
}

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
  long i0_chunk = ((2 + ncores - 1) / ncores);
  long i0_end = (((core + 1) * i0_chunk) < (2) ? ((core + 1) * i0_chunk) : (2));
  for (long i0 = core * i0_chunk; i0 < i0_end; i0++) {
    for (long i1 = 0; i1 < n; i1++) {
      float acc2 = -INFINITY;
      for (long r3 = 0; r3 < n; r3++) {
        float v4 = b1[(i0*n*n + i1*n + r3)];
        acc2 = minic_fmaxf(acc2, v4);
      }
      float acc7 = 0.0f;
      for (long r8 = 0; r8 < n; r8++) {
        float v9 = b1[(i0*n*n + i1*n + r8)];
        float v10 = (v9 - acc2);
        float v11 = expf(v10);
        acc7 = (acc7 + v11);
      }
      #pragma GCC ivdep
      for (long i2 = 0; i2 < n; i2++) {
        float v1 = b1[(i0*n*n + i1*n + i2)];
        float v5 = (v1 - acc2);
        float v6 = expf(v5);
        float v12 = (v6 / acc7);
        b0[(i0*n*n + i1*n + i2)] = v12;
      }
    }
  }
}

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
  for (long bat1 = 0; bat1 < 2; bat1++) {
    if ((n < 2)) {
      long t2_chunk = ((1 + ncores - 1) / ncores);
      long t2_end = (((core + 1) * t2_chunk) < (1) ? ((core + 1) * t2_chunk) : (1));
      for (long t2 = core * t2_chunk; t2 < t2_end; t2++) {
        #pragma GCC ivdep
        for (long c3 = 0; c3 < 16; c3++) {
          b0[(bat1*n*16 + c3 + t2*16)] = 0.0f;
        }
        for (long k4 = 0; k4 < n; k4++) {
          float v5 = b1[(bat1*n*n + k4)];
          #pragma GCC ivdep
          for (long c6 = 0; c6 < 16; c6++) {
            float v7 = b2[(64 + bat1*16 + c6 + k4*96 + t2*16)];
            b0[(bat1*n*16 + c6 + t2*16)] = (b0[(bat1*n*16 + c6 + t2*16)] + (v5 * v7));
          }
        }
        #pragma GCC ivdep
        for (long c8 = 0; c8 < 16; c8++) {
          float v9 = b0[(bat1*n*16 + c8 + t2*16)];
          b0[(bat1*n*16 + c8 + t2*16)] = v9;
        }
      }
    }
    if ((2 <= n)) {
      long t10_chunk = ((((1 + n)/2)*4 + ncores - 1) / ncores);
      long t10_end = (((core + 1) * t10_chunk) < (((1 + n)/2)*4) ? ((core + 1) * t10_chunk) : (((1 + n)/2)*4));
      for (long t10 = core * t10_chunk; t10 < t10_end; t10++) {
        if (((t10%((1 + n)/2))*2 < (-1 + n))) {
          float c11 = 0.0f;
          float c12 = 0.0f;
          float c13 = 0.0f;
          float c14 = 0.0f;
          float c15 = 0.0f;
          float c16 = 0.0f;
          float c17 = 0.0f;
          float c18 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long k19 = 0; k19 < n; k19++) {
            float v20 = b1[(bat1*n*n + k19 + n*(t10%((1 + n)/2))*2)];
            float v21 = b1[(bat1*n*n + k19 + n + n*(t10%((1 + n)/2))*2)];
            float v22 = b2[(64 + bat1*16 + k19*96 + (t10/((1 + n)/2))*4)];
            float v23 = b2[(65 + bat1*16 + k19*96 + (t10/((1 + n)/2))*4)];
            float v24 = b2[(66 + bat1*16 + k19*96 + (t10/((1 + n)/2))*4)];
            float v25 = b2[(67 + bat1*16 + k19*96 + (t10/((1 + n)/2))*4)];
            c11 = (c11 + (v20 * v22));
            c12 = (c12 + (v20 * v23));
            c13 = (c13 + (v20 * v24));
            c14 = (c14 + (v20 * v25));
            c15 = (c15 + (v21 * v22));
            c16 = (c16 + (v21 * v23));
            c17 = (c17 + (v21 * v24));
            c18 = (c18 + (v21 * v25));
          }
          b0[(bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c11;
          b0[(1 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c12;
          b0[(2 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c13;
          b0[(3 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c14;
          b0[(16 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c15;
          b0[(17 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c16;
          b0[(18 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c17;
          b0[(19 + bat1*n*16 + (t10%((1 + n)/2))*32 + (t10/((1 + n)/2))*4)] = c18;
        }
        if ((!((t10%((1 + n)/2))*2 < (-1 + n)))) {
          for (long r26 = (t10%((1 + n)/2))*2; r26 < (2 + (t10%((1 + n)/2))*2); r26++) {
            if ((r26 < n)) {
              float c27 = 0.0f;
              float c28 = 0.0f;
              float c29 = 0.0f;
              float c30 = 0.0f;
              #pragma clang loop vectorize(disable)
              for (long k31 = 0; k31 < n; k31++) {
                float v32 = b1[(bat1*n*n + k31 + n*r26)];
                float v33 = b2[(64 + bat1*16 + k31*96 + (t10/((1 + n)/2))*4)];
                float v34 = b2[(65 + bat1*16 + k31*96 + (t10/((1 + n)/2))*4)];
                float v35 = b2[(66 + bat1*16 + k31*96 + (t10/((1 + n)/2))*4)];
                float v36 = b2[(67 + bat1*16 + k31*96 + (t10/((1 + n)/2))*4)];
                c27 = (c27 + (v32 * v33));
                c28 = (c28 + (v32 * v34));
                c29 = (c29 + (v32 * v35));
                c30 = (c30 + (v32 * v36));
              }
              b0[(bat1*n*16 + r26*16 + (t10/((1 + n)/2))*4)] = c27;
              b0[(1 + bat1*n*16 + r26*16 + (t10/((1 + n)/2))*4)] = c28;
              b0[(2 + bat1*n*16 + r26*16 + (t10/((1 + n)/2))*4)] = c29;
              b0[(3 + bat1*n*16 + r26*16 + (t10/((1 + n)/2))*4)] = c30;
            }
          }
        }
      }
    }
  }
}

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
void matmul_bias_add(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, const float* restrict b4, int n, int core, int ncores) {
  float Bp14[128] __attribute__((aligned(64)));
  float Ct15[8] __attribute__((aligned(64)));
  if ((n < 2)) {
    long t1_chunk = ((2 + ncores - 1) / ncores);
    long t1_end = (((core + 1) * t1_chunk) < (2) ? ((core + 1) * t1_chunk) : (2));
    for (long t1 = core * t1_chunk; t1 < t1_end; t1++) {
      #pragma GCC ivdep
      for (long c2 = 0; c2 < 16; c2++) {
        b0[(c2 + t1*16)] = 0.0f;
      }
      for (long k3 = 0; k3 < 32; k3++) {
        float v4 = b2[(n*(k3/16)*16 + (k3%16))];
        #pragma GCC ivdep
        for (long c5 = 0; c5 < 16; c5++) {
          float v6 = b3[(c5 + k3*32 + t1*16)];
          b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6));
        }
      }
      #pragma GCC ivdep
      for (long c7 = 0; c7 < 16; c7++) {
        float v8 = b0[(c7 + t1*16)];
        float v9 = b1[(c7 + t1*16)];
        float v10 = (v9 + v8);
        float v11 = b4[(c7 + t1*16)];
        float v12 = (v10 + v11);
        b0[(c7 + t1*16)] = v12;
      }
    }
  }
  if ((2 <= n)) {
    long t13_chunk = ((8 + ncores - 1) / ncores);
    long t13_end = (((core + 1) * t13_chunk) < (8) ? ((core + 1) * t13_chunk) : (8));
    for (long t13 = core * t13_chunk; t13 < t13_end; t13++) {
      for (long k16 = 0; k16 < 32; k16++) {
        #pragma GCC ivdep
        for (long c17 = 0; c17 < 4; c17++) {
          float v18 = b3[(c17 + k16*32 + t13*4)];
          Bp14[(c17 + k16*4)] = v18;
        }
      }
      for (long i19 = 0; i19 < ((1 + n)/2); i19++) {
        if ((i19*2 < (-1 + n))) {
          float c20 = 0.0f;
          float c21 = 0.0f;
          float c22 = 0.0f;
          float c23 = 0.0f;
          float c24 = 0.0f;
          float c25 = 0.0f;
          float c26 = 0.0f;
          float c27 = 0.0f;
          for (long kb28 = 0; kb28 < 2; kb28++) {
            #pragma clang loop vectorize(disable)
            for (long k29 = 0; k29 < 16; k29++) {
              float v30 = b2[(i19*32 + k29 + kb28*n*16)];
              float v31 = b2[(16 + i19*32 + k29 + kb28*n*16)];
              c20 = (c20 + (v30 * Bp14[(k29*4 + kb28*64)]));
              c21 = (c21 + (v30 * Bp14[(1 + k29*4 + kb28*64)]));
              c22 = (c22 + (v30 * Bp14[(2 + k29*4 + kb28*64)]));
              c23 = (c23 + (v30 * Bp14[(3 + k29*4 + kb28*64)]));
              c24 = (c24 + (v31 * Bp14[(k29*4 + kb28*64)]));
              c25 = (c25 + (v31 * Bp14[(1 + k29*4 + kb28*64)]));
              c26 = (c26 + (v31 * Bp14[(2 + k29*4 + kb28*64)]));
              c27 = (c27 + (v31 * Bp14[(3 + k29*4 + kb28*64)]));
            }
          }
          Ct15[0] = c20;
          Ct15[1] = c21;
          Ct15[2] = c22;
          Ct15[3] = c23;
          Ct15[4] = c24;
          Ct15[5] = c25;
          Ct15[6] = c26;
          Ct15[7] = c27;
          #pragma GCC ivdep
          for (long c32 = 0; c32 < 4; c32++) {
            float v33 = b1[(c32 + i19*64 + t13*4)];
            float v34 = Ct15[c32];
            float v35 = (v33 + v34);
            float v36 = b4[(c32 + t13*4)];
            float v37 = (v35 + v36);
            b0[(c32 + i19*64 + t13*4)] = v37;
          }
          #pragma GCC ivdep
          for (long c38 = 0; c38 < 4; c38++) {
            float v39 = b1[(32 + c38 + i19*64 + t13*4)];
            float v40 = Ct15[(4 + c38)];
            float v41 = (v39 + v40);
            float v42 = b4[(c38 + t13*4)];
            float v43 = (v41 + v42);
            b0[(32 + c38 + i19*64 + t13*4)] = v43;
          }
        }
        if ((!(i19*2 < (-1 + n)))) {
          for (long r44 = i19*2; r44 < (2 + i19*2); r44++) {
            if ((r44 < n)) {
              float c45 = 0.0f;
              float c46 = 0.0f;
              float c47 = 0.0f;
              float c48 = 0.0f;
              for (long kb49 = 0; kb49 < 2; kb49++) {
                #pragma clang loop vectorize(disable)
                for (long k50 = 0; k50 < 16; k50++) {
                  float v51 = b2[(k50 + kb49*n*16 + r44*16)];
                  c45 = (c45 + (v51 * Bp14[(k50*4 + kb49*64)]));
                  c46 = (c46 + (v51 * Bp14[(1 + k50*4 + kb49*64)]));
                  c47 = (c47 + (v51 * Bp14[(2 + k50*4 + kb49*64)]));
                  c48 = (c48 + (v51 * Bp14[(3 + k50*4 + kb49*64)]));
                }
              }
              Ct15[0] = c45;
              Ct15[1] = c46;
              Ct15[2] = c47;
              Ct15[3] = c48;
              #pragma GCC ivdep
              for (long c52 = 0; c52 < 4; c52++) {
                float v53 = b1[(c52 + r44*32 + t13*4)];
                float v54 = Ct15[c52];
                float v55 = (v53 + v54);
                float v56 = b4[(c52 + t13*4)];
                float v57 = (v55 + v56);
                b0[(c52 + r44*32 + t13*4)] = v57;
              }
            }
          }
        }
      }
    }
  }
}

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
void layer_norm_1(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, int n, int core, int ncores) {
  long i0_chunk = ((n + ncores - 1) / ncores);
  long i0_end = (((core + 1) * i0_chunk) < (n) ? ((core + 1) * i0_chunk) : (n));
  for (long i0 = core * i0_chunk; i0 < i0_end; i0++) {
    float acc2 = 0.0f;
    for (long r3 = 0; r3 < 32; r3++) {
      float v4 = b1[(i0*32 + r3)];
      acc2 = (acc2 + v4);
    }
    float v5 = (acc2 / 32.0f);
    float acc7 = 0.0f;
    for (long r8 = 0; r8 < 32; r8++) {
      float v9 = b1[(i0*32 + r8)];
      float v10 = (v9 - v5);
      float v11 = (v10 * v10);
      acc7 = (acc7 + v11);
    }
    float v12 = (acc7 / 32.0f);
    float v13 = (v12 + 1e-05f);
    float v14 = sqrtf(v13);
    float v15 = (1.0f / v14);
    #pragma GCC ivdep
    for (long i1 = 0; i1 < 32; i1++) {
      float v1 = b1[(i0*32 + i1)];
      float v6 = (v1 - v5);
      float v16 = (v6 * v15);
      float v17 = b2[i1];
      float v18 = (v16 * v17);
      float v19 = b3[i1];
      float v20 = (v18 + v19);
      b0[(i0*32 + i1)] = v20;
    }
  }
}

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
void matmul_bias_gelu(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, int n, int core, int ncores) {
  float Bp21[128] __attribute__((aligned(64)));
  float Ct22[8] __attribute__((aligned(64)));
  if ((n < 2)) {
    long t1_chunk = ((8 + ncores - 1) / ncores);
    long t1_end = (((core + 1) * t1_chunk) < (8) ? ((core + 1) * t1_chunk) : (8));
    for (long t1 = core * t1_chunk; t1 < t1_end; t1++) {
      #pragma GCC ivdep
      for (long c2 = 0; c2 < 16; c2++) {
        b0[(c2 + t1*16)] = 0.0f;
      }
      for (long k3 = 0; k3 < 32; k3++) {
        float v4 = b1[k3];
        #pragma GCC ivdep
        for (long c5 = 0; c5 < 16; c5++) {
          float v6 = b2[(c5 + k3*128 + t1*16)];
          b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6));
        }
      }
      #pragma GCC ivdep
      for (long c7 = 0; c7 < 16; c7++) {
        float v8 = b0[(c7 + t1*16)];
        float v9 = b3[(c7 + t1*16)];
        float v10 = (v8 + v9);
        float v11 = (0.5f * v10);
        float v12 = (0.044715f * v10);
        float v13 = (v12 * v10);
        float v14 = (v13 * v10);
        float v15 = (v10 + v14);
        float v16 = (0.7978845608028654f * v15);
        float v17 = tanhf(v16);
        float v18 = (1.0f + v17);
        float v19 = (v11 * v18);
        b0[(c7 + t1*16)] = v19;
      }
    }
  }
  if ((2 <= n)) {
    long t20_chunk = ((32 + ncores - 1) / ncores);
    long t20_end = (((core + 1) * t20_chunk) < (32) ? ((core + 1) * t20_chunk) : (32));
    for (long t20 = core * t20_chunk; t20 < t20_end; t20++) {
      for (long k23 = 0; k23 < 32; k23++) {
        #pragma GCC ivdep
        for (long c24 = 0; c24 < 4; c24++) {
          float v25 = b2[(c24 + k23*128 + t20*4)];
          Bp21[(c24 + k23*4)] = v25;
        }
      }
      for (long i26 = 0; i26 < ((1 + n)/2); i26++) {
        if ((i26*2 < (-1 + n))) {
          float c27 = 0.0f;
          float c28 = 0.0f;
          float c29 = 0.0f;
          float c30 = 0.0f;
          float c31 = 0.0f;
          float c32 = 0.0f;
          float c33 = 0.0f;
          float c34 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long k35 = 0; k35 < 32; k35++) {
            float v36 = b1[(i26*64 + k35)];
            float v37 = b1[(32 + i26*64 + k35)];
            c27 = (c27 + (v36 * Bp21[k35*4]));
            c28 = (c28 + (v36 * Bp21[(1 + k35*4)]));
            c29 = (c29 + (v36 * Bp21[(2 + k35*4)]));
            c30 = (c30 + (v36 * Bp21[(3 + k35*4)]));
            c31 = (c31 + (v37 * Bp21[k35*4]));
            c32 = (c32 + (v37 * Bp21[(1 + k35*4)]));
            c33 = (c33 + (v37 * Bp21[(2 + k35*4)]));
            c34 = (c34 + (v37 * Bp21[(3 + k35*4)]));
          }
          Ct22[0] = c27;
          Ct22[1] = c28;
          Ct22[2] = c29;
          Ct22[3] = c30;
          Ct22[4] = c31;
          Ct22[5] = c32;
          Ct22[6] = c33;
          Ct22[7] = c34;
          #pragma GCC ivdep
          for (long c38 = 0; c38 < 4; c38++) {
            float v39 = Ct22[c38];
            float v40 = b3[(c38 + t20*4)];
            float v41 = (v39 + v40);
            float v42 = (0.5f * v41);
            float v43 = (0.044715f * v41);
            float v44 = (v43 * v41);
            float v45 = (v44 * v41);
            float v46 = (v41 + v45);
            float v47 = (0.7978845608028654f * v46);
            float v48 = tanhf(v47);
            float v49 = (1.0f + v48);
            float v50 = (v42 * v49);
            b0[(c38 + i26*256 + t20*4)] = v50;
          }
          #pragma GCC ivdep
          for (long c51 = 0; c51 < 4; c51++) {
            float v52 = Ct22[(4 + c51)];
            float v53 = b3[(c51 + t20*4)];
            float v54 = (v52 + v53);
            float v55 = (0.5f * v54);
            float v56 = (0.044715f * v54);
            float v57 = (v56 * v54);
            float v58 = (v57 * v54);
            float v59 = (v54 + v58);
            float v60 = (0.7978845608028654f * v59);
            float v61 = tanhf(v60);
            float v62 = (1.0f + v61);
            float v63 = (v55 * v62);
            b0[(128 + c51 + i26*256 + t20*4)] = v63;
          }
        }
        if ((!(i26*2 < (-1 + n)))) {
          for (long r64 = i26*2; r64 < (2 + i26*2); r64++) {
            if ((r64 < n)) {
              float c65 = 0.0f;
              float c66 = 0.0f;
              float c67 = 0.0f;
              float c68 = 0.0f;
              #pragma clang loop vectorize(disable)
              for (long k69 = 0; k69 < 32; k69++) {
                float v70 = b1[(k69 + r64*32)];
                c65 = (c65 + (v70 * Bp21[k69*4]));
                c66 = (c66 + (v70 * Bp21[(1 + k69*4)]));
                c67 = (c67 + (v70 * Bp21[(2 + k69*4)]));
                c68 = (c68 + (v70 * Bp21[(3 + k69*4)]));
              }
              Ct22[0] = c65;
              Ct22[1] = c66;
              Ct22[2] = c67;
              Ct22[3] = c68;
              #pragma GCC ivdep
              for (long c71 = 0; c71 < 4; c71++) {
                float v72 = Ct22[c71];
                float v73 = b3[(c71 + t20*4)];
                float v74 = (v72 + v73);
                float v75 = (0.5f * v74);
                float v76 = (0.044715f * v74);
                float v77 = (v76 * v74);
                float v78 = (v77 * v74);
                float v79 = (v74 + v78);
                float v80 = (0.7978845608028654f * v79);
                float v81 = tanhf(v80);
                float v82 = (1.0f + v81);
                float v83 = (v75 * v82);
                b0[(c71 + r64*128 + t20*4)] = v83;
              }
            }
          }
        }
      }
    }
  }
}

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
void matmul_bias_add_1(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, const float* restrict b4, int n, int core, int ncores) {
  float Bp14[512] __attribute__((aligned(64)));
  float Ct15[8] __attribute__((aligned(64)));
  if ((n < 2)) {
    long t1_chunk = ((2 + ncores - 1) / ncores);
    long t1_end = (((core + 1) * t1_chunk) < (2) ? ((core + 1) * t1_chunk) : (2));
    for (long t1 = core * t1_chunk; t1 < t1_end; t1++) {
      #pragma GCC ivdep
      for (long c2 = 0; c2 < 16; c2++) {
        b0[(c2 + t1*16)] = 0.0f;
      }
      for (long k3 = 0; k3 < 128; k3++) {
        float v4 = b2[k3];
        #pragma GCC ivdep
        for (long c5 = 0; c5 < 16; c5++) {
          float v6 = b3[(c5 + k3*32 + t1*16)];
          b0[(c5 + t1*16)] = (b0[(c5 + t1*16)] + (v4 * v6));
        }
      }
      #pragma GCC ivdep
      for (long c7 = 0; c7 < 16; c7++) {
        float v8 = b0[(c7 + t1*16)];
        float v9 = b1[(c7 + t1*16)];
        float v10 = (v9 + v8);
        float v11 = b4[(c7 + t1*16)];
        float v12 = (v10 + v11);
        b0[(c7 + t1*16)] = v12;
      }
    }
  }
  if ((2 <= n)) {
    long t13_chunk = ((8 + ncores - 1) / ncores);
    long t13_end = (((core + 1) * t13_chunk) < (8) ? ((core + 1) * t13_chunk) : (8));
    for (long t13 = core * t13_chunk; t13 < t13_end; t13++) {
      for (long k16 = 0; k16 < 128; k16++) {
        #pragma GCC ivdep
        for (long c17 = 0; c17 < 4; c17++) {
          float v18 = b3[(c17 + k16*32 + t13*4)];
          Bp14[(c17 + k16*4)] = v18;
        }
      }
      for (long i19 = 0; i19 < ((1 + n)/2); i19++) {
        if ((i19*2 < (-1 + n))) {
          float c20 = 0.0f;
          float c21 = 0.0f;
          float c22 = 0.0f;
          float c23 = 0.0f;
          float c24 = 0.0f;
          float c25 = 0.0f;
          float c26 = 0.0f;
          float c27 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long k28 = 0; k28 < 128; k28++) {
            float v29 = b2[(i19*256 + k28)];
            float v30 = b2[(128 + i19*256 + k28)];
            c20 = (c20 + (v29 * Bp14[k28*4]));
            c21 = (c21 + (v29 * Bp14[(1 + k28*4)]));
            c22 = (c22 + (v29 * Bp14[(2 + k28*4)]));
            c23 = (c23 + (v29 * Bp14[(3 + k28*4)]));
            c24 = (c24 + (v30 * Bp14[k28*4]));
            c25 = (c25 + (v30 * Bp14[(1 + k28*4)]));
            c26 = (c26 + (v30 * Bp14[(2 + k28*4)]));
            c27 = (c27 + (v30 * Bp14[(3 + k28*4)]));
          }
          Ct15[0] = c20;
          Ct15[1] = c21;
          Ct15[2] = c22;
          Ct15[3] = c23;
          Ct15[4] = c24;
          Ct15[5] = c25;
          Ct15[6] = c26;
          Ct15[7] = c27;
          #pragma GCC ivdep
          for (long c31 = 0; c31 < 4; c31++) {
            float v32 = b1[(c31 + i19*64 + t13*4)];
            float v33 = Ct15[c31];
            float v34 = (v32 + v33);
            float v35 = b4[(c31 + t13*4)];
            float v36 = (v34 + v35);
            b0[(c31 + i19*64 + t13*4)] = v36;
          }
          #pragma GCC ivdep
          for (long c37 = 0; c37 < 4; c37++) {
            float v38 = b1[(32 + c37 + i19*64 + t13*4)];
            float v39 = Ct15[(4 + c37)];
            float v40 = (v38 + v39);
            float v41 = b4[(c37 + t13*4)];
            float v42 = (v40 + v41);
            b0[(32 + c37 + i19*64 + t13*4)] = v42;
          }
        }
        if ((!(i19*2 < (-1 + n)))) {
          for (long r43 = i19*2; r43 < (2 + i19*2); r43++) {
            if ((r43 < n)) {
              float c44 = 0.0f;
              float c45 = 0.0f;
              float c46 = 0.0f;
              float c47 = 0.0f;
              #pragma clang loop vectorize(disable)
              for (long k48 = 0; k48 < 128; k48++) {
                float v49 = b2[(k48 + r43*128)];
                c44 = (c44 + (v49 * Bp14[k48*4]));
                c45 = (c45 + (v49 * Bp14[(1 + k48*4)]));
                c46 = (c46 + (v49 * Bp14[(2 + k48*4)]));
                c47 = (c47 + (v49 * Bp14[(3 + k48*4)]));
              }
              Ct15[0] = c44;
              Ct15[1] = c45;
              Ct15[2] = c46;
              Ct15[3] = c47;
              #pragma GCC ivdep
              for (long c50 = 0; c50 < 4; c50++) {
                float v51 = b1[(c50 + r43*32 + t13*4)];
                float v52 = Ct15[c50];
                float v53 = (v51 + v52);
                float v54 = b4[(c50 + t13*4)];
                float v55 = (v53 + v54);
                b0[(c50 + r43*32 + t13*4)] = v55;
              }
            }
          }
        }
      }
    }
  }
}
