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
void layer_norm_gemv_bias(unsigned short* restrict b0, const unsigned short* restrict b1, const unsigned short* restrict b2, const unsigned short* restrict b3, const unsigned short* restrict b4, const unsigned short* restrict b5, int core, int ncores) {
  unsigned short v1 = b1[0];
  float v2 = f16_to_f32(v1);
  float acc3 = 0.0f;
  for (long r4 = 0; r4 < 256; r4++) {
    unsigned short v5 = b1[r4];
    float v6 = f16_to_f32(v5);
    acc3 = (acc3 + v6);
  }
  float v7 = (acc3 / 256.0f);
  float v8 = (v2 - v7);
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
  float v19 = (v8 * v18);
  unsigned short v20 = b2[0];
  float v21 = f16_to_f32(v20);
  float v22 = (v19 * v21);
  unsigned short v23 = b3[0];
  float v24 = f16_to_f32(v23);
  float v25 = (v22 + v24);
  long t26_chunk = ((6 + ncores - 1) / ncores);
  long t26_end = (((core + 1) * t26_chunk) < (6) ? ((core + 1) * t26_chunk) : (6));
  for (long t26 = core * t26_chunk; t26 < t26_end; t26++) {
    float c27 = 0.0f;
    float c28 = 0.0f;
    float c29 = 0.0f;
    float c30 = 0.0f;
    float c31 = 0.0f;
    float c32 = 0.0f;
    float c33 = 0.0f;
    float c34 = 0.0f;
    #pragma GCC ivdep
    for (long k35 = 0; k35 < 256; k35++) {
      unsigned short v36 = b1[k35];
      float v37 = f16_to_f32(v36);
      float v38 = (v37 - v7);
      float v39 = (v38 * v18);
      unsigned short v40 = b2[k35];
      float v41 = f16_to_f32(v40);
      float v42 = (v39 * v41);
      unsigned short v43 = b3[k35];
      float v44 = f16_to_f32(v43);
      float v45 = (v42 + v44);
      unsigned short v46 = b4[(k35 + t26*2048)];
      float v47 = f16_to_f32(v46);
      unsigned short v48 = b4[(256 + k35 + t26*2048)];
      float v49 = f16_to_f32(v48);
      unsigned short v50 = b4[(512 + k35 + t26*2048)];
      float v51 = f16_to_f32(v50);
      unsigned short v52 = b4[(768 + k35 + t26*2048)];
      float v53 = f16_to_f32(v52);
      unsigned short v54 = b4[(1024 + k35 + t26*2048)];
      float v55 = f16_to_f32(v54);
      unsigned short v56 = b4[(1280 + k35 + t26*2048)];
      float v57 = f16_to_f32(v56);
      unsigned short v58 = b4[(1536 + k35 + t26*2048)];
      float v59 = f16_to_f32(v58);
      unsigned short v60 = b4[(1792 + k35 + t26*2048)];
      float v61 = f16_to_f32(v60);
      c27 = (c27 + (v45 * v47));
      c28 = (c28 + (v45 * v49));
      c29 = (c29 + (v45 * v51));
      c30 = (c30 + (v45 * v53));
      c31 = (c31 + (v45 * v55));
      c32 = (c32 + (v45 * v57));
      c33 = (c33 + (v45 * v59));
      c34 = (c34 + (v45 * v61));
    }
    unsigned short v62 = b5[t26*8];
    float v63 = f16_to_f32(v62);
    float v64 = (c27 + v63);
    b0[t26*8] = f32_to_f16(v64);
    unsigned short v65 = b5[(1 + t26*8)];
    float v66 = f16_to_f32(v65);
    float v67 = (c28 + v66);
    b0[(1 + t26*8)] = f32_to_f16(v67);
    unsigned short v68 = b5[(2 + t26*8)];
    float v69 = f16_to_f32(v68);
    float v70 = (c29 + v69);
    b0[(2 + t26*8)] = f32_to_f16(v70);
    unsigned short v71 = b5[(3 + t26*8)];
    float v72 = f16_to_f32(v71);
    float v73 = (c30 + v72);
    b0[(3 + t26*8)] = f32_to_f16(v73);
    unsigned short v74 = b5[(4 + t26*8)];
    float v75 = f16_to_f32(v74);
    float v76 = (c31 + v75);
    b0[(4 + t26*8)] = f32_to_f16(v76);
    unsigned short v77 = b5[(5 + t26*8)];
    float v78 = f16_to_f32(v77);
    float v79 = (c32 + v78);
    b0[(5 + t26*8)] = f32_to_f16(v79);
    unsigned short v80 = b5[(6 + t26*8)];
    float v81 = f16_to_f32(v80);
    float v82 = (c33 + v81);
    b0[(6 + t26*8)] = f32_to_f16(v82);
    unsigned short v83 = b5[(7 + t26*8)];
    float v84 = f16_to_f32(v83);
    float v85 = (c34 + v84);
    b0[(7 + t26*8)] = f32_to_f16(v85);
  }
}
