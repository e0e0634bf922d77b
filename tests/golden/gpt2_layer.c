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
void layer_norm(float* restrict b0, const float* restrict b1, const float* restrict b2, const float* restrict b3, const float* restrict b4, const float* restrict b5, int n, int core, int ncores) {
  long i0_chunk = ((n + ncores - 1) / ncores);
  long i0_end = (((core + 1) * i0_chunk) < (n) ? ((core + 1) * i0_chunk) : (n));
  for (long i0 = core * i0_chunk; i0 < i0_end; i0++) {
    float acc4 = 0.0f;
    for (long r5 = 0; r5 < 32; r5++) {
      float v6 = b1[(i0*32 + r5)];
      acc4 = (acc4 + v6);
    }
    float v7 = (acc4 / 32.0f);
    float acc9 = 0.0f;
    for (long r10 = 0; r10 < 32; r10++) {
      float v11 = b1[(i0*32 + r10)];
      float v12 = (v11 - v7);
      float v13 = (v12 * v12);
      acc9 = (acc9 + v13);
    }
    float v14 = (acc9 / 32.0f);
    float v15 = (v14 + 1e-05f);
    float v16 = sqrtf(v15);
    float v17 = (1.0f / v16);
    #pragma GCC ivdep
    for (long i1 = 0; i1 < 96; i1++) {
      float acc1 = 0.0f;
      for (long r2 = 0; r2 < 32; r2++) {
        float v3 = b1[(i0*32 + r2)];
        float v8 = (v3 - v7);
        float v18 = (v8 * v17);
        float v19 = b2[r2];
        float v20 = (v18 * v19);
        float v21 = b3[r2];
        float v22 = (v20 + v21);
        float v23 = b4[(i1 + r2*96)];
        float v24 = (v22 * v23);
        acc1 = (acc1 + v24);
      }
      float v25 = b5[i1];
      float v26 = (acc1 + v25);
      b0[(i0*96 + i1)] = v26;
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
void attention(float* restrict b0, const float* restrict b1, int n, int core, int ncores) {
  long row_chunk = ((n*2 + ncores - 1) / ncores);
  long row_end = (((core + 1) * row_chunk) < (n*2) ? ((core + 1) * row_chunk) : (n*2));
  for (long row = core * row_chunk; row < row_end; row++) {
    float peak1 = -INFINITY;
    float total2 = 0.0f;
    float o3 = 0.0f;
    float o4 = 0.0f;
    float o5 = 0.0f;
    float o6 = 0.0f;
    float o7 = 0.0f;
    float o8 = 0.0f;
    float o9 = 0.0f;
    float o10 = 0.0f;
    float o11 = 0.0f;
    float o12 = 0.0f;
    float o13 = 0.0f;
    float o14 = 0.0f;
    float o15 = 0.0f;
    float o16 = 0.0f;
    float o17 = 0.0f;
    float o18 = 0.0f;
    int v20 = ((row%n) + 0);
    for (long key19 = 0; key19 < n; key19++) {
      bool v21 = (key19 <= v20);
      float acc22 = 0.0f;
      for (long r23 = 0; r23 < 16; r23++) {
        float v24 = b1[(((r23 + (row/n)*16)%32) + ((r23 + (row/n)*16)/32)*96 + (row%n)*96)];
        float v25 = b1[(32 + key19*96 + ((r23 + (row/n)*16)%32) + ((r23 + (row/n)*16)/32)*96)];
        float v26 = (v24 * v25);
        acc22 = (acc22 + v26);
      }
      float v27 = (acc22 * 0.25f);
      float v28 = (v21 ? v27 : -INFINITY);
      float row29 = fmaxf(peak1, v28);
      float row30 = ((row29 == -INFINITY) ? 0.0f : row29);
      float row31 = expf((peak1 - row30));
      float row32 = expf((v28 - row30));
      peak1 = fmaxf(peak1, v28);
      float v33 = b1[(64 + key19*96 + ((row/n)*16%32) + ((row/n)*16/32)*96)];
      float v34 = b1[(64 + key19*96 + ((1 + (row/n)*16)%32) + ((1 + (row/n)*16)/32)*96)];
      float v35 = b1[(64 + key19*96 + ((2 + (row/n)*16)%32) + ((2 + (row/n)*16)/32)*96)];
      float v36 = b1[(64 + key19*96 + ((3 + (row/n)*16)%32) + ((3 + (row/n)*16)/32)*96)];
      float v37 = b1[(64 + key19*96 + ((4 + (row/n)*16)%32) + ((4 + (row/n)*16)/32)*96)];
      float v38 = b1[(64 + key19*96 + ((5 + (row/n)*16)%32) + ((5 + (row/n)*16)/32)*96)];
      float v39 = b1[(64 + key19*96 + ((6 + (row/n)*16)%32) + ((6 + (row/n)*16)/32)*96)];
      float v40 = b1[(64 + key19*96 + ((7 + (row/n)*16)%32) + ((7 + (row/n)*16)/32)*96)];
      float v41 = b1[(64 + key19*96 + ((8 + (row/n)*16)%32) + ((8 + (row/n)*16)/32)*96)];
      float v42 = b1[(64 + key19*96 + ((9 + (row/n)*16)%32) + ((9 + (row/n)*16)/32)*96)];
      float v43 = b1[(64 + key19*96 + ((10 + (row/n)*16)%32) + ((10 + (row/n)*16)/32)*96)];
      float v44 = b1[(64 + key19*96 + ((11 + (row/n)*16)%32) + ((11 + (row/n)*16)/32)*96)];
      float v45 = b1[(64 + key19*96 + ((12 + (row/n)*16)%32) + ((12 + (row/n)*16)/32)*96)];
      float v46 = b1[(64 + key19*96 + ((13 + (row/n)*16)%32) + ((13 + (row/n)*16)/32)*96)];
      float v47 = b1[(64 + key19*96 + ((14 + (row/n)*16)%32) + ((14 + (row/n)*16)/32)*96)];
      float v48 = b1[(64 + key19*96 + ((15 + (row/n)*16)%32) + ((15 + (row/n)*16)/32)*96)];
      total2 = (total2 * row31);
      total2 = (total2 + row32);
      o3 = (o3 * row31);
      o3 = (o3 + (row32 * v33));
      o4 = (o4 * row31);
      o4 = (o4 + (row32 * v34));
      o5 = (o5 * row31);
      o5 = (o5 + (row32 * v35));
      o6 = (o6 * row31);
      o6 = (o6 + (row32 * v36));
      o7 = (o7 * row31);
      o7 = (o7 + (row32 * v37));
      o8 = (o8 * row31);
      o8 = (o8 + (row32 * v38));
      o9 = (o9 * row31);
      o9 = (o9 + (row32 * v39));
      o10 = (o10 * row31);
      o10 = (o10 + (row32 * v40));
      o11 = (o11 * row31);
      o11 = (o11 + (row32 * v41));
      o12 = (o12 * row31);
      o12 = (o12 + (row32 * v42));
      o13 = (o13 * row31);
      o13 = (o13 + (row32 * v43));
      o14 = (o14 * row31);
      o14 = (o14 + (row32 * v44));
      o15 = (o15 * row31);
      o15 = (o15 + (row32 * v45));
      o16 = (o16 * row31);
      o16 = (o16 + (row32 * v46));
      o17 = (o17 * row31);
      o17 = (o17 + (row32 * v47));
      o18 = (o18 * row31);
      o18 = (o18 + (row32 * v48));
    }
    float v49 = (o3 / total2);
    b0[(n*(row/n)*16 + (row%n)*16)] = v49;
    float v50 = (o4 / total2);
    b0[(1 + n*(row/n)*16 + (row%n)*16)] = v50;
    float v51 = (o5 / total2);
    b0[(2 + n*(row/n)*16 + (row%n)*16)] = v51;
    float v52 = (o6 / total2);
    b0[(3 + n*(row/n)*16 + (row%n)*16)] = v52;
    float v53 = (o7 / total2);
    b0[(4 + n*(row/n)*16 + (row%n)*16)] = v53;
    float v54 = (o8 / total2);
    b0[(5 + n*(row/n)*16 + (row%n)*16)] = v54;
    float v55 = (o9 / total2);
    b0[(6 + n*(row/n)*16 + (row%n)*16)] = v55;
    float v56 = (o10 / total2);
    b0[(7 + n*(row/n)*16 + (row%n)*16)] = v56;
    float v57 = (o11 / total2);
    b0[(8 + n*(row/n)*16 + (row%n)*16)] = v57;
    float v58 = (o12 / total2);
    b0[(9 + n*(row/n)*16 + (row%n)*16)] = v58;
    float v59 = (o13 / total2);
    b0[(10 + n*(row/n)*16 + (row%n)*16)] = v59;
    float v60 = (o14 / total2);
    b0[(11 + n*(row/n)*16 + (row%n)*16)] = v60;
    float v61 = (o15 / total2);
    b0[(12 + n*(row/n)*16 + (row%n)*16)] = v61;
    float v62 = (o16 / total2);
    b0[(13 + n*(row/n)*16 + (row%n)*16)] = v62;
    float v63 = (o17 / total2);
    b0[(14 + n*(row/n)*16 + (row%n)*16)] = v63;
    float v64 = (o18 / total2);
    b0[(15 + n*(row/n)*16 + (row%n)*16)] = v64;
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
