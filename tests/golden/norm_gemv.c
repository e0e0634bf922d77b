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
void layer_norm_gemv_bias(unsigned short* restrict b0, const unsigned short* restrict b1, const unsigned short* restrict b2, const unsigned short* restrict b3, const unsigned short* restrict b4, const unsigned short* restrict b5, int core, int ncores) {
  float arow26[256] __attribute__((aligned(64)));
  float acc3 = 0.0f;
  for (long r4 = 0; r4 < 256; r4++) {
    unsigned short v5 = b1[r4];
    float v6 = f16_to_f32(v5);
    acc3 = (acc3 + v6);
  }
  float v7 = (acc3 / 256.0f);
  float acc9 = 0.0f;
  for (long r10 = 0; r10 < 256; r10++) {
    unsigned short v11 = b1[r10];
    float v12 = f16_to_f32(v11);
    float v13 = (v12 - v7);
    float v14 = (v13 * v13);
    acc9 = (acc9 + v14);
  }
  float v15 = (acc9 / 256.0f);
  float v16 = (v15 + 1e-05f);
  float v17 = sqrtf(v16);
  float v18 = (1.0f / v17);
  #pragma GCC ivdep
  for (long k27 = 0; k27 < 256; k27++) {
    unsigned short v28 = b1[k27];
    float v29 = f16_to_f32(v28);
    float v30 = (v29 - v7);
    float v31 = (v30 * v18);
    unsigned short v32 = b2[k27];
    float v33 = f16_to_f32(v32);
    float v34 = (v31 * v33);
    unsigned short v35 = b3[k27];
    float v36 = f16_to_f32(v35);
    float v37 = (v34 + v36);
    arow26[k27] = v37;
  }
  long t38_chunk = ((6 + ncores - 1) / ncores);
  long t38_end = (((core + 1) * t38_chunk) < (6) ? ((core + 1) * t38_chunk) : (6));
  for (long t38 = core * t38_chunk; t38 < t38_end; t38++) {
    float c39 = 0.0f;
    float c40 = 0.0f;
    float c41 = 0.0f;
    float c42 = 0.0f;
    float c43 = 0.0f;
    float c44 = 0.0f;
    float c45 = 0.0f;
    float c46 = 0.0f;
    #pragma GCC ivdep
    for (long k47 = 0; k47 < 256; k47++) {
      unsigned short v48 = b4[(k47 + t38*2048)];
      float v49 = f16_to_f32(v48);
      unsigned short v50 = b4[(256 + k47 + t38*2048)];
      float v51 = f16_to_f32(v50);
      unsigned short v52 = b4[(512 + k47 + t38*2048)];
      float v53 = f16_to_f32(v52);
      unsigned short v54 = b4[(768 + k47 + t38*2048)];
      float v55 = f16_to_f32(v54);
      unsigned short v56 = b4[(1024 + k47 + t38*2048)];
      float v57 = f16_to_f32(v56);
      unsigned short v58 = b4[(1280 + k47 + t38*2048)];
      float v59 = f16_to_f32(v58);
      unsigned short v60 = b4[(1536 + k47 + t38*2048)];
      float v61 = f16_to_f32(v60);
      unsigned short v62 = b4[(1792 + k47 + t38*2048)];
      float v63 = f16_to_f32(v62);
      c39 = (c39 + (arow26[k47] * v49));
      c40 = (c40 + (arow26[k47] * v51));
      c41 = (c41 + (arow26[k47] * v53));
      c42 = (c42 + (arow26[k47] * v55));
      c43 = (c43 + (arow26[k47] * v57));
      c44 = (c44 + (arow26[k47] * v59));
      c45 = (c45 + (arow26[k47] * v61));
      c46 = (c46 + (arow26[k47] * v63));
    }
    unsigned short v64 = b5[t38*8];
    float v65 = f16_to_f32(v64);
    float v66 = (c39 + v65);
    b0[t38*8] = f32_to_f16(v66);
    unsigned short v67 = b5[(1 + t38*8)];
    float v68 = f16_to_f32(v67);
    float v69 = (c40 + v68);
    b0[(1 + t38*8)] = f32_to_f16(v69);
    unsigned short v70 = b5[(2 + t38*8)];
    float v71 = f16_to_f32(v70);
    float v72 = (c41 + v71);
    b0[(2 + t38*8)] = f32_to_f16(v72);
    unsigned short v73 = b5[(3 + t38*8)];
    float v74 = f16_to_f32(v73);
    float v75 = (c42 + v74);
    b0[(3 + t38*8)] = f32_to_f16(v75);
    unsigned short v76 = b5[(4 + t38*8)];
    float v77 = f16_to_f32(v76);
    float v78 = (c43 + v77);
    b0[(4 + t38*8)] = f32_to_f16(v78);
    unsigned short v79 = b5[(5 + t38*8)];
    float v80 = f16_to_f32(v79);
    float v81 = (c44 + v80);
    b0[(5 + t38*8)] = f32_to_f16(v81);
    unsigned short v82 = b5[(6 + t38*8)];
    float v83 = f16_to_f32(v82);
    float v84 = (c45 + v83);
    b0[(6 + t38*8)] = f32_to_f16(v84);
    unsigned short v85 = b5[(7 + t38*8)];
    float v86 = f16_to_f32(v85);
    float v87 = (c46 + v86);
    b0[(7 + t38*8)] = f32_to_f16(v87);
  }
}
