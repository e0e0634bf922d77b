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
void attention(float* restrict b0, const float* restrict b1, int n, int core, int ncores) {
  float queries1[128] __attribute__((aligned(64)));
  float scores2[384] __attribute__((aligned(64)));
  float peak3[8] __attribute__((aligned(64)));
  float shift4[8] __attribute__((aligned(64)));
  float rescale5[8] __attribute__((aligned(64)));
  float total6[8] __attribute__((aligned(64)));
  float step7[8] __attribute__((aligned(64)));
  float cols8[128] __attribute__((aligned(64)));
  float v21 = (0.0f * 0.25f);
  long panel_chunk = ((((7 + n)/8)*2 + ncores - 1) / ncores);
  long panel_end = (((core + 1) * panel_chunk) < (((7 + n)/8)*2) ? ((core + 1) * panel_chunk) : (((7 + n)/8)*2));
  for (long panel = core * panel_chunk; panel < panel_end; panel++) {
    #pragma GCC ivdep
    for (long z9 = 0; z9 < 8; z9++) {
      peak3[z9] = -INFINITY;
    }
    #pragma GCC ivdep
    for (long z10 = 0; z10 < 8; z10++) {
      total6[z10] = 0.0f;
    }
    #pragma GCC ivdep
    for (long z11 = 0; z11 < 128; z11++) {
      cols8[z11] = 0.0f;
    }
    for (long c12 = 0; c12 < 16; c12++) {
      #pragma GCC ivdep
      for (long r13 = 0; r13 < 8; r13++) {
        float v14 = (((r13 + (panel%((7 + n)/8))*8) < n) ? b1[(c12 + r13*96 + (panel%((7 + n)/8))*768 + (panel/((7 + n)/8))*16)] : 0.0f);
        queries1[(c12*8 + r13)] = v14;
      }
    }
    for (long kb15 = 0; kb15 < n; kb15 += 48) {
      float seen16 = -INFINITY;
      for (long j17 = 0; j17 < 48; j17++) {
        #pragma GCC ivdep
        for (long r18 = 0; r18 < 8; r18++) {
          int v19 = ((r18 + (panel%((7 + n)/8))*8) + 0);
          bool v20 = ((j17 + kb15) <= v19);
          float v22 = (v20 ? v21 : -INFINITY);
          seen16 = minic_fmaxf(seen16, ((((r18 + (panel%((7 + n)/8))*8) < n) && ((j17 + kb15) < n)) ? v22 : -INFINITY));
        }
      }
      if ((-INFINITY < seen16)) {
        if ((kb15 < (-47 + n))) {
          for (long jt23 = 0; jt23 < 8; jt23++) {
            float c24 = 0.0f;
            float c25 = 0.0f;
            float c26 = 0.0f;
            float c27 = 0.0f;
            float c28 = 0.0f;
            float c29 = 0.0f;
            float c30 = 0.0f;
            float c31 = 0.0f;
            float c32 = 0.0f;
            float c33 = 0.0f;
            float c34 = 0.0f;
            float c35 = 0.0f;
            float c36 = 0.0f;
            float c37 = 0.0f;
            float c38 = 0.0f;
            float c39 = 0.0f;
            float c40 = 0.0f;
            float c41 = 0.0f;
            float c42 = 0.0f;
            float c43 = 0.0f;
            float c44 = 0.0f;
            float c45 = 0.0f;
            float c46 = 0.0f;
            float c47 = 0.0f;
            float c48 = 0.0f;
            float c49 = 0.0f;
            float c50 = 0.0f;
            float c51 = 0.0f;
            float c52 = 0.0f;
            float c53 = 0.0f;
            float c54 = 0.0f;
            float c55 = 0.0f;
            float c56 = 0.0f;
            float c57 = 0.0f;
            float c58 = 0.0f;
            float c59 = 0.0f;
            float c60 = 0.0f;
            float c61 = 0.0f;
            float c62 = 0.0f;
            float c63 = 0.0f;
            float c64 = 0.0f;
            float c65 = 0.0f;
            float c66 = 0.0f;
            float c67 = 0.0f;
            float c68 = 0.0f;
            float c69 = 0.0f;
            float c70 = 0.0f;
            float c71 = 0.0f;
            #pragma clang loop vectorize(disable)
            for (long c72 = 0; c72 < 16; c72++) {
              float v73 = queries1[c72*8];
              float v74 = queries1[(1 + c72*8)];
              float v75 = queries1[(2 + c72*8)];
              float v76 = queries1[(3 + c72*8)];
              float v77 = queries1[(4 + c72*8)];
              float v78 = queries1[(5 + c72*8)];
              float v79 = queries1[(6 + c72*8)];
              float v80 = queries1[(7 + c72*8)];
              float v81 = b1[(32 + c72 + jt23*576 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v82 = b1[(128 + c72 + jt23*576 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v83 = b1[(224 + c72 + jt23*576 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v84 = b1[(320 + c72 + jt23*576 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v85 = b1[(416 + c72 + jt23*576 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v86 = b1[(512 + c72 + jt23*576 + kb15*96 + (panel/((7 + n)/8))*16)];
              c24 = (c24 + (v81 * v73));
              c25 = (c25 + (v81 * v74));
              c26 = (c26 + (v81 * v75));
              c27 = (c27 + (v81 * v76));
              c28 = (c28 + (v81 * v77));
              c29 = (c29 + (v81 * v78));
              c30 = (c30 + (v81 * v79));
              c31 = (c31 + (v81 * v80));
              c32 = (c32 + (v82 * v73));
              c33 = (c33 + (v82 * v74));
              c34 = (c34 + (v82 * v75));
              c35 = (c35 + (v82 * v76));
              c36 = (c36 + (v82 * v77));
              c37 = (c37 + (v82 * v78));
              c38 = (c38 + (v82 * v79));
              c39 = (c39 + (v82 * v80));
              c40 = (c40 + (v83 * v73));
              c41 = (c41 + (v83 * v74));
              c42 = (c42 + (v83 * v75));
              c43 = (c43 + (v83 * v76));
              c44 = (c44 + (v83 * v77));
              c45 = (c45 + (v83 * v78));
              c46 = (c46 + (v83 * v79));
              c47 = (c47 + (v83 * v80));
              c48 = (c48 + (v84 * v73));
              c49 = (c49 + (v84 * v74));
              c50 = (c50 + (v84 * v75));
              c51 = (c51 + (v84 * v76));
              c52 = (c52 + (v84 * v77));
              c53 = (c53 + (v84 * v78));
              c54 = (c54 + (v84 * v79));
              c55 = (c55 + (v84 * v80));
              c56 = (c56 + (v85 * v73));
              c57 = (c57 + (v85 * v74));
              c58 = (c58 + (v85 * v75));
              c59 = (c59 + (v85 * v76));
              c60 = (c60 + (v85 * v77));
              c61 = (c61 + (v85 * v78));
              c62 = (c62 + (v85 * v79));
              c63 = (c63 + (v85 * v80));
              c64 = (c64 + (v86 * v73));
              c65 = (c65 + (v86 * v74));
              c66 = (c66 + (v86 * v75));
              c67 = (c67 + (v86 * v76));
              c68 = (c68 + (v86 * v77));
              c69 = (c69 + (v86 * v78));
              c70 = (c70 + (v86 * v79));
              c71 = (c71 + (v86 * v80));
            }
            scores2[jt23*48] = c24;
            scores2[(1 + jt23*48)] = c25;
            scores2[(2 + jt23*48)] = c26;
            scores2[(3 + jt23*48)] = c27;
            scores2[(4 + jt23*48)] = c28;
            scores2[(5 + jt23*48)] = c29;
            scores2[(6 + jt23*48)] = c30;
            scores2[(7 + jt23*48)] = c31;
            scores2[(8 + jt23*48)] = c32;
            scores2[(9 + jt23*48)] = c33;
            scores2[(10 + jt23*48)] = c34;
            scores2[(11 + jt23*48)] = c35;
            scores2[(12 + jt23*48)] = c36;
            scores2[(13 + jt23*48)] = c37;
            scores2[(14 + jt23*48)] = c38;
            scores2[(15 + jt23*48)] = c39;
            scores2[(16 + jt23*48)] = c40;
            scores2[(17 + jt23*48)] = c41;
            scores2[(18 + jt23*48)] = c42;
            scores2[(19 + jt23*48)] = c43;
            scores2[(20 + jt23*48)] = c44;
            scores2[(21 + jt23*48)] = c45;
            scores2[(22 + jt23*48)] = c46;
            scores2[(23 + jt23*48)] = c47;
            scores2[(24 + jt23*48)] = c48;
            scores2[(25 + jt23*48)] = c49;
            scores2[(26 + jt23*48)] = c50;
            scores2[(27 + jt23*48)] = c51;
            scores2[(28 + jt23*48)] = c52;
            scores2[(29 + jt23*48)] = c53;
            scores2[(30 + jt23*48)] = c54;
            scores2[(31 + jt23*48)] = c55;
            scores2[(32 + jt23*48)] = c56;
            scores2[(33 + jt23*48)] = c57;
            scores2[(34 + jt23*48)] = c58;
            scores2[(35 + jt23*48)] = c59;
            scores2[(36 + jt23*48)] = c60;
            scores2[(37 + jt23*48)] = c61;
            scores2[(38 + jt23*48)] = c62;
            scores2[(39 + jt23*48)] = c63;
            scores2[(40 + jt23*48)] = c64;
            scores2[(41 + jt23*48)] = c65;
            scores2[(42 + jt23*48)] = c66;
            scores2[(43 + jt23*48)] = c67;
            scores2[(44 + jt23*48)] = c68;
            scores2[(45 + jt23*48)] = c69;
            scores2[(46 + jt23*48)] = c70;
            scores2[(47 + jt23*48)] = c71;
          }
        }
        if ((!(kb15 < (-47 + n)))) {
          for (long jt87 = 0; jt87 < 8; jt87++) {
            float c88 = 0.0f;
            float c89 = 0.0f;
            float c90 = 0.0f;
            float c91 = 0.0f;
            float c92 = 0.0f;
            float c93 = 0.0f;
            float c94 = 0.0f;
            float c95 = 0.0f;
            float c96 = 0.0f;
            float c97 = 0.0f;
            float c98 = 0.0f;
            float c99 = 0.0f;
            float c100 = 0.0f;
            float c101 = 0.0f;
            float c102 = 0.0f;
            float c103 = 0.0f;
            float c104 = 0.0f;
            float c105 = 0.0f;
            float c106 = 0.0f;
            float c107 = 0.0f;
            float c108 = 0.0f;
            float c109 = 0.0f;
            float c110 = 0.0f;
            float c111 = 0.0f;
            float c112 = 0.0f;
            float c113 = 0.0f;
            float c114 = 0.0f;
            float c115 = 0.0f;
            float c116 = 0.0f;
            float c117 = 0.0f;
            float c118 = 0.0f;
            float c119 = 0.0f;
            float c120 = 0.0f;
            float c121 = 0.0f;
            float c122 = 0.0f;
            float c123 = 0.0f;
            float c124 = 0.0f;
            float c125 = 0.0f;
            float c126 = 0.0f;
            float c127 = 0.0f;
            float c128 = 0.0f;
            float c129 = 0.0f;
            float c130 = 0.0f;
            float c131 = 0.0f;
            float c132 = 0.0f;
            float c133 = 0.0f;
            float c134 = 0.0f;
            float c135 = 0.0f;
            #pragma clang loop vectorize(disable)
            for (long c136 = 0; c136 < 16; c136++) {
              float v137 = queries1[c136*8];
              float v138 = queries1[(1 + c136*8)];
              float v139 = queries1[(2 + c136*8)];
              float v140 = queries1[(3 + c136*8)];
              float v141 = queries1[(4 + c136*8)];
              float v142 = queries1[(5 + c136*8)];
              float v143 = queries1[(6 + c136*8)];
              float v144 = queries1[(7 + c136*8)];
              float v145 = (((jt87*6 + kb15) < n) ? b1[(32 + c136 + jt87*576 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v146 = (((1 + jt87*6 + kb15) < n) ? b1[(128 + c136 + jt87*576 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v147 = (((2 + jt87*6 + kb15) < n) ? b1[(224 + c136 + jt87*576 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v148 = (((3 + jt87*6 + kb15) < n) ? b1[(320 + c136 + jt87*576 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v149 = (((4 + jt87*6 + kb15) < n) ? b1[(416 + c136 + jt87*576 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v150 = (((5 + jt87*6 + kb15) < n) ? b1[(512 + c136 + jt87*576 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              c88 = (c88 + (v145 * v137));
              c89 = (c89 + (v145 * v138));
              c90 = (c90 + (v145 * v139));
              c91 = (c91 + (v145 * v140));
              c92 = (c92 + (v145 * v141));
              c93 = (c93 + (v145 * v142));
              c94 = (c94 + (v145 * v143));
              c95 = (c95 + (v145 * v144));
              c96 = (c96 + (v146 * v137));
              c97 = (c97 + (v146 * v138));
              c98 = (c98 + (v146 * v139));
              c99 = (c99 + (v146 * v140));
              c100 = (c100 + (v146 * v141));
              c101 = (c101 + (v146 * v142));
              c102 = (c102 + (v146 * v143));
              c103 = (c103 + (v146 * v144));
              c104 = (c104 + (v147 * v137));
              c105 = (c105 + (v147 * v138));
              c106 = (c106 + (v147 * v139));
              c107 = (c107 + (v147 * v140));
              c108 = (c108 + (v147 * v141));
              c109 = (c109 + (v147 * v142));
              c110 = (c110 + (v147 * v143));
              c111 = (c111 + (v147 * v144));
              c112 = (c112 + (v148 * v137));
              c113 = (c113 + (v148 * v138));
              c114 = (c114 + (v148 * v139));
              c115 = (c115 + (v148 * v140));
              c116 = (c116 + (v148 * v141));
              c117 = (c117 + (v148 * v142));
              c118 = (c118 + (v148 * v143));
              c119 = (c119 + (v148 * v144));
              c120 = (c120 + (v149 * v137));
              c121 = (c121 + (v149 * v138));
              c122 = (c122 + (v149 * v139));
              c123 = (c123 + (v149 * v140));
              c124 = (c124 + (v149 * v141));
              c125 = (c125 + (v149 * v142));
              c126 = (c126 + (v149 * v143));
              c127 = (c127 + (v149 * v144));
              c128 = (c128 + (v150 * v137));
              c129 = (c129 + (v150 * v138));
              c130 = (c130 + (v150 * v139));
              c131 = (c131 + (v150 * v140));
              c132 = (c132 + (v150 * v141));
              c133 = (c133 + (v150 * v142));
              c134 = (c134 + (v150 * v143));
              c135 = (c135 + (v150 * v144));
            }
            scores2[jt87*48] = c88;
            scores2[(1 + jt87*48)] = c89;
            scores2[(2 + jt87*48)] = c90;
            scores2[(3 + jt87*48)] = c91;
            scores2[(4 + jt87*48)] = c92;
            scores2[(5 + jt87*48)] = c93;
            scores2[(6 + jt87*48)] = c94;
            scores2[(7 + jt87*48)] = c95;
            scores2[(8 + jt87*48)] = c96;
            scores2[(9 + jt87*48)] = c97;
            scores2[(10 + jt87*48)] = c98;
            scores2[(11 + jt87*48)] = c99;
            scores2[(12 + jt87*48)] = c100;
            scores2[(13 + jt87*48)] = c101;
            scores2[(14 + jt87*48)] = c102;
            scores2[(15 + jt87*48)] = c103;
            scores2[(16 + jt87*48)] = c104;
            scores2[(17 + jt87*48)] = c105;
            scores2[(18 + jt87*48)] = c106;
            scores2[(19 + jt87*48)] = c107;
            scores2[(20 + jt87*48)] = c108;
            scores2[(21 + jt87*48)] = c109;
            scores2[(22 + jt87*48)] = c110;
            scores2[(23 + jt87*48)] = c111;
            scores2[(24 + jt87*48)] = c112;
            scores2[(25 + jt87*48)] = c113;
            scores2[(26 + jt87*48)] = c114;
            scores2[(27 + jt87*48)] = c115;
            scores2[(28 + jt87*48)] = c116;
            scores2[(29 + jt87*48)] = c117;
            scores2[(30 + jt87*48)] = c118;
            scores2[(31 + jt87*48)] = c119;
            scores2[(32 + jt87*48)] = c120;
            scores2[(33 + jt87*48)] = c121;
            scores2[(34 + jt87*48)] = c122;
            scores2[(35 + jt87*48)] = c123;
            scores2[(36 + jt87*48)] = c124;
            scores2[(37 + jt87*48)] = c125;
            scores2[(38 + jt87*48)] = c126;
            scores2[(39 + jt87*48)] = c127;
            scores2[(40 + jt87*48)] = c128;
            scores2[(41 + jt87*48)] = c129;
            scores2[(42 + jt87*48)] = c130;
            scores2[(43 + jt87*48)] = c131;
            scores2[(44 + jt87*48)] = c132;
            scores2[(45 + jt87*48)] = c133;
            scores2[(46 + jt87*48)] = c134;
            scores2[(47 + jt87*48)] = c135;
          }
        }
        #pragma GCC ivdep
        for (long r151 = 0; r151 < 8; r151++) {
          shift4[r151] = peak3[r151];
        }
        for (long j152 = 0; j152 < 48; j152++) {
          #pragma GCC ivdep
          for (long r153 = 0; r153 < 8; r153++) {
            int v154 = ((r153 + (panel%((7 + n)/8))*8) + 0);
            bool v155 = ((j152 + kb15) <= v154);
            float v156 = scores2[(j152*8 + r153)];
            float v157 = (v156 * 0.25f);
            float v158 = (v155 ? v157 : -INFINITY);
            float x159 = ((((r153 + (panel%((7 + n)/8))*8) < n) && ((j152 + kb15) < n)) ? v158 : -INFINITY);
            scores2[(j152*8 + r153)] = x159;
            shift4[r153] = minic_fmaxf(shift4[r153], x159);
          }
        }
        #pragma GCC ivdep
        for (long r160 = 0; r160 < 8; r160++) {
          float new161 = shift4[r160];
          float shift162 = ((new161 == -INFINITY) ? 0.0f : new161);
          rescale5[r160] = expf((peak3[r160] - shift162));
          peak3[r160] = new161;
          shift4[r160] = shift162;
          step7[r160] = 0.0f;
        }
        for (long j163 = 0; j163 < 48; j163++) {
          #pragma GCC ivdep
          for (long r164 = 0; r164 < 8; r164++) {
            float w165 = expf((scores2[(j163*8 + r164)] - shift4[r164]));
            scores2[(j163*8 + r164)] = w165;
            step7[r164] = (step7[r164] + w165);
          }
        }
        #pragma GCC ivdep
        for (long r166 = 0; r166 < 8; r166++) {
          total6[r166] = ((total6[r166] * rescale5[r166]) + step7[r166]);
        }
        for (long c167 = 0; c167 < 16; c167++) {
          #pragma GCC ivdep
          for (long r168 = 0; r168 < 8; r168++) {
            cols8[(c167*8 + r168)] = (cols8[(c167*8 + r168)] * rescale5[r168]);
          }
        }
        if ((kb15 < (-47 + n))) {
          for (long ct169 = 0; ct169 < 2; ct169++) {
            float c170 = 0.0f;
            float c171 = 0.0f;
            float c172 = 0.0f;
            float c173 = 0.0f;
            float c174 = 0.0f;
            float c175 = 0.0f;
            float c176 = 0.0f;
            float c177 = 0.0f;
            float c178 = 0.0f;
            float c179 = 0.0f;
            float c180 = 0.0f;
            float c181 = 0.0f;
            float c182 = 0.0f;
            float c183 = 0.0f;
            float c184 = 0.0f;
            float c185 = 0.0f;
            float c186 = 0.0f;
            float c187 = 0.0f;
            float c188 = 0.0f;
            float c189 = 0.0f;
            float c190 = 0.0f;
            float c191 = 0.0f;
            float c192 = 0.0f;
            float c193 = 0.0f;
            float c194 = 0.0f;
            float c195 = 0.0f;
            float c196 = 0.0f;
            float c197 = 0.0f;
            float c198 = 0.0f;
            float c199 = 0.0f;
            float c200 = 0.0f;
            float c201 = 0.0f;
            float c202 = 0.0f;
            float c203 = 0.0f;
            float c204 = 0.0f;
            float c205 = 0.0f;
            float c206 = 0.0f;
            float c207 = 0.0f;
            float c208 = 0.0f;
            float c209 = 0.0f;
            float c210 = 0.0f;
            float c211 = 0.0f;
            float c212 = 0.0f;
            float c213 = 0.0f;
            float c214 = 0.0f;
            float c215 = 0.0f;
            float c216 = 0.0f;
            float c217 = 0.0f;
            #pragma clang loop vectorize(disable)
            for (long j218 = 0; j218 < 48; j218++) {
              float v219 = scores2[j218*8];
              float v220 = scores2[(1 + j218*8)];
              float v221 = scores2[(2 + j218*8)];
              float v222 = scores2[(3 + j218*8)];
              float v223 = scores2[(4 + j218*8)];
              float v224 = scores2[(5 + j218*8)];
              float v225 = scores2[(6 + j218*8)];
              float v226 = scores2[(7 + j218*8)];
              float v227 = b1[(64 + ct169*6 + j218*96 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v228 = b1[(65 + ct169*6 + j218*96 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v229 = b1[(66 + ct169*6 + j218*96 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v230 = b1[(67 + ct169*6 + j218*96 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v231 = b1[(68 + ct169*6 + j218*96 + kb15*96 + (panel/((7 + n)/8))*16)];
              float v232 = b1[(69 + ct169*6 + j218*96 + kb15*96 + (panel/((7 + n)/8))*16)];
              c170 = (c170 + (v227 * v219));
              c171 = (c171 + (v227 * v220));
              c172 = (c172 + (v227 * v221));
              c173 = (c173 + (v227 * v222));
              c174 = (c174 + (v227 * v223));
              c175 = (c175 + (v227 * v224));
              c176 = (c176 + (v227 * v225));
              c177 = (c177 + (v227 * v226));
              c178 = (c178 + (v228 * v219));
              c179 = (c179 + (v228 * v220));
              c180 = (c180 + (v228 * v221));
              c181 = (c181 + (v228 * v222));
              c182 = (c182 + (v228 * v223));
              c183 = (c183 + (v228 * v224));
              c184 = (c184 + (v228 * v225));
              c185 = (c185 + (v228 * v226));
              c186 = (c186 + (v229 * v219));
              c187 = (c187 + (v229 * v220));
              c188 = (c188 + (v229 * v221));
              c189 = (c189 + (v229 * v222));
              c190 = (c190 + (v229 * v223));
              c191 = (c191 + (v229 * v224));
              c192 = (c192 + (v229 * v225));
              c193 = (c193 + (v229 * v226));
              c194 = (c194 + (v230 * v219));
              c195 = (c195 + (v230 * v220));
              c196 = (c196 + (v230 * v221));
              c197 = (c197 + (v230 * v222));
              c198 = (c198 + (v230 * v223));
              c199 = (c199 + (v230 * v224));
              c200 = (c200 + (v230 * v225));
              c201 = (c201 + (v230 * v226));
              c202 = (c202 + (v231 * v219));
              c203 = (c203 + (v231 * v220));
              c204 = (c204 + (v231 * v221));
              c205 = (c205 + (v231 * v222));
              c206 = (c206 + (v231 * v223));
              c207 = (c207 + (v231 * v224));
              c208 = (c208 + (v231 * v225));
              c209 = (c209 + (v231 * v226));
              c210 = (c210 + (v232 * v219));
              c211 = (c211 + (v232 * v220));
              c212 = (c212 + (v232 * v221));
              c213 = (c213 + (v232 * v222));
              c214 = (c214 + (v232 * v223));
              c215 = (c215 + (v232 * v224));
              c216 = (c216 + (v232 * v225));
              c217 = (c217 + (v232 * v226));
            }
            cols8[ct169*48] = (cols8[ct169*48] + c170);
            cols8[(1 + ct169*48)] = (cols8[(1 + ct169*48)] + c171);
            cols8[(2 + ct169*48)] = (cols8[(2 + ct169*48)] + c172);
            cols8[(3 + ct169*48)] = (cols8[(3 + ct169*48)] + c173);
            cols8[(4 + ct169*48)] = (cols8[(4 + ct169*48)] + c174);
            cols8[(5 + ct169*48)] = (cols8[(5 + ct169*48)] + c175);
            cols8[(6 + ct169*48)] = (cols8[(6 + ct169*48)] + c176);
            cols8[(7 + ct169*48)] = (cols8[(7 + ct169*48)] + c177);
            cols8[(8 + ct169*48)] = (cols8[(8 + ct169*48)] + c178);
            cols8[(9 + ct169*48)] = (cols8[(9 + ct169*48)] + c179);
            cols8[(10 + ct169*48)] = (cols8[(10 + ct169*48)] + c180);
            cols8[(11 + ct169*48)] = (cols8[(11 + ct169*48)] + c181);
            cols8[(12 + ct169*48)] = (cols8[(12 + ct169*48)] + c182);
            cols8[(13 + ct169*48)] = (cols8[(13 + ct169*48)] + c183);
            cols8[(14 + ct169*48)] = (cols8[(14 + ct169*48)] + c184);
            cols8[(15 + ct169*48)] = (cols8[(15 + ct169*48)] + c185);
            cols8[(16 + ct169*48)] = (cols8[(16 + ct169*48)] + c186);
            cols8[(17 + ct169*48)] = (cols8[(17 + ct169*48)] + c187);
            cols8[(18 + ct169*48)] = (cols8[(18 + ct169*48)] + c188);
            cols8[(19 + ct169*48)] = (cols8[(19 + ct169*48)] + c189);
            cols8[(20 + ct169*48)] = (cols8[(20 + ct169*48)] + c190);
            cols8[(21 + ct169*48)] = (cols8[(21 + ct169*48)] + c191);
            cols8[(22 + ct169*48)] = (cols8[(22 + ct169*48)] + c192);
            cols8[(23 + ct169*48)] = (cols8[(23 + ct169*48)] + c193);
            cols8[(24 + ct169*48)] = (cols8[(24 + ct169*48)] + c194);
            cols8[(25 + ct169*48)] = (cols8[(25 + ct169*48)] + c195);
            cols8[(26 + ct169*48)] = (cols8[(26 + ct169*48)] + c196);
            cols8[(27 + ct169*48)] = (cols8[(27 + ct169*48)] + c197);
            cols8[(28 + ct169*48)] = (cols8[(28 + ct169*48)] + c198);
            cols8[(29 + ct169*48)] = (cols8[(29 + ct169*48)] + c199);
            cols8[(30 + ct169*48)] = (cols8[(30 + ct169*48)] + c200);
            cols8[(31 + ct169*48)] = (cols8[(31 + ct169*48)] + c201);
            cols8[(32 + ct169*48)] = (cols8[(32 + ct169*48)] + c202);
            cols8[(33 + ct169*48)] = (cols8[(33 + ct169*48)] + c203);
            cols8[(34 + ct169*48)] = (cols8[(34 + ct169*48)] + c204);
            cols8[(35 + ct169*48)] = (cols8[(35 + ct169*48)] + c205);
            cols8[(36 + ct169*48)] = (cols8[(36 + ct169*48)] + c206);
            cols8[(37 + ct169*48)] = (cols8[(37 + ct169*48)] + c207);
            cols8[(38 + ct169*48)] = (cols8[(38 + ct169*48)] + c208);
            cols8[(39 + ct169*48)] = (cols8[(39 + ct169*48)] + c209);
            cols8[(40 + ct169*48)] = (cols8[(40 + ct169*48)] + c210);
            cols8[(41 + ct169*48)] = (cols8[(41 + ct169*48)] + c211);
            cols8[(42 + ct169*48)] = (cols8[(42 + ct169*48)] + c212);
            cols8[(43 + ct169*48)] = (cols8[(43 + ct169*48)] + c213);
            cols8[(44 + ct169*48)] = (cols8[(44 + ct169*48)] + c214);
            cols8[(45 + ct169*48)] = (cols8[(45 + ct169*48)] + c215);
            cols8[(46 + ct169*48)] = (cols8[(46 + ct169*48)] + c216);
            cols8[(47 + ct169*48)] = (cols8[(47 + ct169*48)] + c217);
          }
          float c233 = 0.0f;
          float c234 = 0.0f;
          float c235 = 0.0f;
          float c236 = 0.0f;
          float c237 = 0.0f;
          float c238 = 0.0f;
          float c239 = 0.0f;
          float c240 = 0.0f;
          float c241 = 0.0f;
          float c242 = 0.0f;
          float c243 = 0.0f;
          float c244 = 0.0f;
          float c245 = 0.0f;
          float c246 = 0.0f;
          float c247 = 0.0f;
          float c248 = 0.0f;
          float c249 = 0.0f;
          float c250 = 0.0f;
          float c251 = 0.0f;
          float c252 = 0.0f;
          float c253 = 0.0f;
          float c254 = 0.0f;
          float c255 = 0.0f;
          float c256 = 0.0f;
          float c257 = 0.0f;
          float c258 = 0.0f;
          float c259 = 0.0f;
          float c260 = 0.0f;
          float c261 = 0.0f;
          float c262 = 0.0f;
          float c263 = 0.0f;
          float c264 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long j265 = 0; j265 < 48; j265++) {
            float v266 = scores2[j265*8];
            float v267 = scores2[(1 + j265*8)];
            float v268 = scores2[(2 + j265*8)];
            float v269 = scores2[(3 + j265*8)];
            float v270 = scores2[(4 + j265*8)];
            float v271 = scores2[(5 + j265*8)];
            float v272 = scores2[(6 + j265*8)];
            float v273 = scores2[(7 + j265*8)];
            float v274 = b1[(76 + j265*96 + kb15*96 + (panel/((7 + n)/8))*16)];
            float v275 = b1[(77 + j265*96 + kb15*96 + (panel/((7 + n)/8))*16)];
            float v276 = b1[(78 + j265*96 + kb15*96 + (panel/((7 + n)/8))*16)];
            float v277 = b1[(79 + j265*96 + kb15*96 + (panel/((7 + n)/8))*16)];
            c233 = (c233 + (v274 * v266));
            c234 = (c234 + (v274 * v267));
            c235 = (c235 + (v274 * v268));
            c236 = (c236 + (v274 * v269));
            c237 = (c237 + (v274 * v270));
            c238 = (c238 + (v274 * v271));
            c239 = (c239 + (v274 * v272));
            c240 = (c240 + (v274 * v273));
            c241 = (c241 + (v275 * v266));
            c242 = (c242 + (v275 * v267));
            c243 = (c243 + (v275 * v268));
            c244 = (c244 + (v275 * v269));
            c245 = (c245 + (v275 * v270));
            c246 = (c246 + (v275 * v271));
            c247 = (c247 + (v275 * v272));
            c248 = (c248 + (v275 * v273));
            c249 = (c249 + (v276 * v266));
            c250 = (c250 + (v276 * v267));
            c251 = (c251 + (v276 * v268));
            c252 = (c252 + (v276 * v269));
            c253 = (c253 + (v276 * v270));
            c254 = (c254 + (v276 * v271));
            c255 = (c255 + (v276 * v272));
            c256 = (c256 + (v276 * v273));
            c257 = (c257 + (v277 * v266));
            c258 = (c258 + (v277 * v267));
            c259 = (c259 + (v277 * v268));
            c260 = (c260 + (v277 * v269));
            c261 = (c261 + (v277 * v270));
            c262 = (c262 + (v277 * v271));
            c263 = (c263 + (v277 * v272));
            c264 = (c264 + (v277 * v273));
          }
          cols8[96] = (cols8[96] + c233);
          cols8[97] = (cols8[97] + c234);
          cols8[98] = (cols8[98] + c235);
          cols8[99] = (cols8[99] + c236);
          cols8[100] = (cols8[100] + c237);
          cols8[101] = (cols8[101] + c238);
          cols8[102] = (cols8[102] + c239);
          cols8[103] = (cols8[103] + c240);
          cols8[104] = (cols8[104] + c241);
          cols8[105] = (cols8[105] + c242);
          cols8[106] = (cols8[106] + c243);
          cols8[107] = (cols8[107] + c244);
          cols8[108] = (cols8[108] + c245);
          cols8[109] = (cols8[109] + c246);
          cols8[110] = (cols8[110] + c247);
          cols8[111] = (cols8[111] + c248);
          cols8[112] = (cols8[112] + c249);
          cols8[113] = (cols8[113] + c250);
          cols8[114] = (cols8[114] + c251);
          cols8[115] = (cols8[115] + c252);
          cols8[116] = (cols8[116] + c253);
          cols8[117] = (cols8[117] + c254);
          cols8[118] = (cols8[118] + c255);
          cols8[119] = (cols8[119] + c256);
          cols8[120] = (cols8[120] + c257);
          cols8[121] = (cols8[121] + c258);
          cols8[122] = (cols8[122] + c259);
          cols8[123] = (cols8[123] + c260);
          cols8[124] = (cols8[124] + c261);
          cols8[125] = (cols8[125] + c262);
          cols8[126] = (cols8[126] + c263);
          cols8[127] = (cols8[127] + c264);
        }
        if ((!(kb15 < (-47 + n)))) {
          for (long ct278 = 0; ct278 < 2; ct278++) {
            float c279 = 0.0f;
            float c280 = 0.0f;
            float c281 = 0.0f;
            float c282 = 0.0f;
            float c283 = 0.0f;
            float c284 = 0.0f;
            float c285 = 0.0f;
            float c286 = 0.0f;
            float c287 = 0.0f;
            float c288 = 0.0f;
            float c289 = 0.0f;
            float c290 = 0.0f;
            float c291 = 0.0f;
            float c292 = 0.0f;
            float c293 = 0.0f;
            float c294 = 0.0f;
            float c295 = 0.0f;
            float c296 = 0.0f;
            float c297 = 0.0f;
            float c298 = 0.0f;
            float c299 = 0.0f;
            float c300 = 0.0f;
            float c301 = 0.0f;
            float c302 = 0.0f;
            float c303 = 0.0f;
            float c304 = 0.0f;
            float c305 = 0.0f;
            float c306 = 0.0f;
            float c307 = 0.0f;
            float c308 = 0.0f;
            float c309 = 0.0f;
            float c310 = 0.0f;
            float c311 = 0.0f;
            float c312 = 0.0f;
            float c313 = 0.0f;
            float c314 = 0.0f;
            float c315 = 0.0f;
            float c316 = 0.0f;
            float c317 = 0.0f;
            float c318 = 0.0f;
            float c319 = 0.0f;
            float c320 = 0.0f;
            float c321 = 0.0f;
            float c322 = 0.0f;
            float c323 = 0.0f;
            float c324 = 0.0f;
            float c325 = 0.0f;
            float c326 = 0.0f;
            #pragma clang loop vectorize(disable)
            for (long j327 = 0; j327 < 48; j327++) {
              float v328 = scores2[j327*8];
              float v329 = scores2[(1 + j327*8)];
              float v330 = scores2[(2 + j327*8)];
              float v331 = scores2[(3 + j327*8)];
              float v332 = scores2[(4 + j327*8)];
              float v333 = scores2[(5 + j327*8)];
              float v334 = scores2[(6 + j327*8)];
              float v335 = scores2[(7 + j327*8)];
              float v336 = (((j327 + kb15) < n) ? b1[(64 + ct278*6 + j327*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v337 = (((j327 + kb15) < n) ? b1[(65 + ct278*6 + j327*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v338 = (((j327 + kb15) < n) ? b1[(66 + ct278*6 + j327*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v339 = (((j327 + kb15) < n) ? b1[(67 + ct278*6 + j327*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v340 = (((j327 + kb15) < n) ? b1[(68 + ct278*6 + j327*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              float v341 = (((j327 + kb15) < n) ? b1[(69 + ct278*6 + j327*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
              c279 = (c279 + (v336 * v328));
              c280 = (c280 + (v336 * v329));
              c281 = (c281 + (v336 * v330));
              c282 = (c282 + (v336 * v331));
              c283 = (c283 + (v336 * v332));
              c284 = (c284 + (v336 * v333));
              c285 = (c285 + (v336 * v334));
              c286 = (c286 + (v336 * v335));
              c287 = (c287 + (v337 * v328));
              c288 = (c288 + (v337 * v329));
              c289 = (c289 + (v337 * v330));
              c290 = (c290 + (v337 * v331));
              c291 = (c291 + (v337 * v332));
              c292 = (c292 + (v337 * v333));
              c293 = (c293 + (v337 * v334));
              c294 = (c294 + (v337 * v335));
              c295 = (c295 + (v338 * v328));
              c296 = (c296 + (v338 * v329));
              c297 = (c297 + (v338 * v330));
              c298 = (c298 + (v338 * v331));
              c299 = (c299 + (v338 * v332));
              c300 = (c300 + (v338 * v333));
              c301 = (c301 + (v338 * v334));
              c302 = (c302 + (v338 * v335));
              c303 = (c303 + (v339 * v328));
              c304 = (c304 + (v339 * v329));
              c305 = (c305 + (v339 * v330));
              c306 = (c306 + (v339 * v331));
              c307 = (c307 + (v339 * v332));
              c308 = (c308 + (v339 * v333));
              c309 = (c309 + (v339 * v334));
              c310 = (c310 + (v339 * v335));
              c311 = (c311 + (v340 * v328));
              c312 = (c312 + (v340 * v329));
              c313 = (c313 + (v340 * v330));
              c314 = (c314 + (v340 * v331));
              c315 = (c315 + (v340 * v332));
              c316 = (c316 + (v340 * v333));
              c317 = (c317 + (v340 * v334));
              c318 = (c318 + (v340 * v335));
              c319 = (c319 + (v341 * v328));
              c320 = (c320 + (v341 * v329));
              c321 = (c321 + (v341 * v330));
              c322 = (c322 + (v341 * v331));
              c323 = (c323 + (v341 * v332));
              c324 = (c324 + (v341 * v333));
              c325 = (c325 + (v341 * v334));
              c326 = (c326 + (v341 * v335));
            }
            cols8[ct278*48] = (cols8[ct278*48] + c279);
            cols8[(1 + ct278*48)] = (cols8[(1 + ct278*48)] + c280);
            cols8[(2 + ct278*48)] = (cols8[(2 + ct278*48)] + c281);
            cols8[(3 + ct278*48)] = (cols8[(3 + ct278*48)] + c282);
            cols8[(4 + ct278*48)] = (cols8[(4 + ct278*48)] + c283);
            cols8[(5 + ct278*48)] = (cols8[(5 + ct278*48)] + c284);
            cols8[(6 + ct278*48)] = (cols8[(6 + ct278*48)] + c285);
            cols8[(7 + ct278*48)] = (cols8[(7 + ct278*48)] + c286);
            cols8[(8 + ct278*48)] = (cols8[(8 + ct278*48)] + c287);
            cols8[(9 + ct278*48)] = (cols8[(9 + ct278*48)] + c288);
            cols8[(10 + ct278*48)] = (cols8[(10 + ct278*48)] + c289);
            cols8[(11 + ct278*48)] = (cols8[(11 + ct278*48)] + c290);
            cols8[(12 + ct278*48)] = (cols8[(12 + ct278*48)] + c291);
            cols8[(13 + ct278*48)] = (cols8[(13 + ct278*48)] + c292);
            cols8[(14 + ct278*48)] = (cols8[(14 + ct278*48)] + c293);
            cols8[(15 + ct278*48)] = (cols8[(15 + ct278*48)] + c294);
            cols8[(16 + ct278*48)] = (cols8[(16 + ct278*48)] + c295);
            cols8[(17 + ct278*48)] = (cols8[(17 + ct278*48)] + c296);
            cols8[(18 + ct278*48)] = (cols8[(18 + ct278*48)] + c297);
            cols8[(19 + ct278*48)] = (cols8[(19 + ct278*48)] + c298);
            cols8[(20 + ct278*48)] = (cols8[(20 + ct278*48)] + c299);
            cols8[(21 + ct278*48)] = (cols8[(21 + ct278*48)] + c300);
            cols8[(22 + ct278*48)] = (cols8[(22 + ct278*48)] + c301);
            cols8[(23 + ct278*48)] = (cols8[(23 + ct278*48)] + c302);
            cols8[(24 + ct278*48)] = (cols8[(24 + ct278*48)] + c303);
            cols8[(25 + ct278*48)] = (cols8[(25 + ct278*48)] + c304);
            cols8[(26 + ct278*48)] = (cols8[(26 + ct278*48)] + c305);
            cols8[(27 + ct278*48)] = (cols8[(27 + ct278*48)] + c306);
            cols8[(28 + ct278*48)] = (cols8[(28 + ct278*48)] + c307);
            cols8[(29 + ct278*48)] = (cols8[(29 + ct278*48)] + c308);
            cols8[(30 + ct278*48)] = (cols8[(30 + ct278*48)] + c309);
            cols8[(31 + ct278*48)] = (cols8[(31 + ct278*48)] + c310);
            cols8[(32 + ct278*48)] = (cols8[(32 + ct278*48)] + c311);
            cols8[(33 + ct278*48)] = (cols8[(33 + ct278*48)] + c312);
            cols8[(34 + ct278*48)] = (cols8[(34 + ct278*48)] + c313);
            cols8[(35 + ct278*48)] = (cols8[(35 + ct278*48)] + c314);
            cols8[(36 + ct278*48)] = (cols8[(36 + ct278*48)] + c315);
            cols8[(37 + ct278*48)] = (cols8[(37 + ct278*48)] + c316);
            cols8[(38 + ct278*48)] = (cols8[(38 + ct278*48)] + c317);
            cols8[(39 + ct278*48)] = (cols8[(39 + ct278*48)] + c318);
            cols8[(40 + ct278*48)] = (cols8[(40 + ct278*48)] + c319);
            cols8[(41 + ct278*48)] = (cols8[(41 + ct278*48)] + c320);
            cols8[(42 + ct278*48)] = (cols8[(42 + ct278*48)] + c321);
            cols8[(43 + ct278*48)] = (cols8[(43 + ct278*48)] + c322);
            cols8[(44 + ct278*48)] = (cols8[(44 + ct278*48)] + c323);
            cols8[(45 + ct278*48)] = (cols8[(45 + ct278*48)] + c324);
            cols8[(46 + ct278*48)] = (cols8[(46 + ct278*48)] + c325);
            cols8[(47 + ct278*48)] = (cols8[(47 + ct278*48)] + c326);
          }
          float c342 = 0.0f;
          float c343 = 0.0f;
          float c344 = 0.0f;
          float c345 = 0.0f;
          float c346 = 0.0f;
          float c347 = 0.0f;
          float c348 = 0.0f;
          float c349 = 0.0f;
          float c350 = 0.0f;
          float c351 = 0.0f;
          float c352 = 0.0f;
          float c353 = 0.0f;
          float c354 = 0.0f;
          float c355 = 0.0f;
          float c356 = 0.0f;
          float c357 = 0.0f;
          float c358 = 0.0f;
          float c359 = 0.0f;
          float c360 = 0.0f;
          float c361 = 0.0f;
          float c362 = 0.0f;
          float c363 = 0.0f;
          float c364 = 0.0f;
          float c365 = 0.0f;
          float c366 = 0.0f;
          float c367 = 0.0f;
          float c368 = 0.0f;
          float c369 = 0.0f;
          float c370 = 0.0f;
          float c371 = 0.0f;
          float c372 = 0.0f;
          float c373 = 0.0f;
          #pragma clang loop vectorize(disable)
          for (long j374 = 0; j374 < 48; j374++) {
            float v375 = scores2[j374*8];
            float v376 = scores2[(1 + j374*8)];
            float v377 = scores2[(2 + j374*8)];
            float v378 = scores2[(3 + j374*8)];
            float v379 = scores2[(4 + j374*8)];
            float v380 = scores2[(5 + j374*8)];
            float v381 = scores2[(6 + j374*8)];
            float v382 = scores2[(7 + j374*8)];
            float v383 = (((j374 + kb15) < n) ? b1[(76 + j374*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
            float v384 = (((j374 + kb15) < n) ? b1[(77 + j374*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
            float v385 = (((j374 + kb15) < n) ? b1[(78 + j374*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
            float v386 = (((j374 + kb15) < n) ? b1[(79 + j374*96 + kb15*96 + (panel/((7 + n)/8))*16)] : 0.0f);
            c342 = (c342 + (v383 * v375));
            c343 = (c343 + (v383 * v376));
            c344 = (c344 + (v383 * v377));
            c345 = (c345 + (v383 * v378));
            c346 = (c346 + (v383 * v379));
            c347 = (c347 + (v383 * v380));
            c348 = (c348 + (v383 * v381));
            c349 = (c349 + (v383 * v382));
            c350 = (c350 + (v384 * v375));
            c351 = (c351 + (v384 * v376));
            c352 = (c352 + (v384 * v377));
            c353 = (c353 + (v384 * v378));
            c354 = (c354 + (v384 * v379));
            c355 = (c355 + (v384 * v380));
            c356 = (c356 + (v384 * v381));
            c357 = (c357 + (v384 * v382));
            c358 = (c358 + (v385 * v375));
            c359 = (c359 + (v385 * v376));
            c360 = (c360 + (v385 * v377));
            c361 = (c361 + (v385 * v378));
            c362 = (c362 + (v385 * v379));
            c363 = (c363 + (v385 * v380));
            c364 = (c364 + (v385 * v381));
            c365 = (c365 + (v385 * v382));
            c366 = (c366 + (v386 * v375));
            c367 = (c367 + (v386 * v376));
            c368 = (c368 + (v386 * v377));
            c369 = (c369 + (v386 * v378));
            c370 = (c370 + (v386 * v379));
            c371 = (c371 + (v386 * v380));
            c372 = (c372 + (v386 * v381));
            c373 = (c373 + (v386 * v382));
          }
          cols8[96] = (cols8[96] + c342);
          cols8[97] = (cols8[97] + c343);
          cols8[98] = (cols8[98] + c344);
          cols8[99] = (cols8[99] + c345);
          cols8[100] = (cols8[100] + c346);
          cols8[101] = (cols8[101] + c347);
          cols8[102] = (cols8[102] + c348);
          cols8[103] = (cols8[103] + c349);
          cols8[104] = (cols8[104] + c350);
          cols8[105] = (cols8[105] + c351);
          cols8[106] = (cols8[106] + c352);
          cols8[107] = (cols8[107] + c353);
          cols8[108] = (cols8[108] + c354);
          cols8[109] = (cols8[109] + c355);
          cols8[110] = (cols8[110] + c356);
          cols8[111] = (cols8[111] + c357);
          cols8[112] = (cols8[112] + c358);
          cols8[113] = (cols8[113] + c359);
          cols8[114] = (cols8[114] + c360);
          cols8[115] = (cols8[115] + c361);
          cols8[116] = (cols8[116] + c362);
          cols8[117] = (cols8[117] + c363);
          cols8[118] = (cols8[118] + c364);
          cols8[119] = (cols8[119] + c365);
          cols8[120] = (cols8[120] + c366);
          cols8[121] = (cols8[121] + c367);
          cols8[122] = (cols8[122] + c368);
          cols8[123] = (cols8[123] + c369);
          cols8[124] = (cols8[124] + c370);
          cols8[125] = (cols8[125] + c371);
          cols8[126] = (cols8[126] + c372);
          cols8[127] = (cols8[127] + c373);
        }
      }
    }
    for (long r387 = 0; r387 < 8; r387++) {
      if (((r387 + (panel%((7 + n)/8))*8) < n)) {
        #pragma GCC ivdep
        for (long c388 = 0; c388 < 16; c388++) {
          float v389 = (cols8[(c388*8 + r387)] / total6[r387]);
          b0[(c388 + n*((c388 + r387*16 + (panel%((7 + n)/8))*128)/(n*16))*16 + n*(panel/((7 + n)/8))*16 + ((r387 + (panel%((7 + n)/8))*8)%n)*16)] = v389;
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
