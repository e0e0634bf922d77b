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
    unsigned int sh = (unsigned int)(14 - e), hm = m >> sh, rem = m & ((1u << sh) - 1u), halfway = 1u << (sh - 1u);
    if (rem > halfway || (rem == halfway && (hm & 1u))) hm++;
    return (unsigned short)(s | hm); }
  unsigned int out = s | ((unsigned int)e << 10) | (m >> 13), rem = m & 0x1fffu;
  if (rem > 0x1000u || (rem == 0x1000u && (out & 1u))) out++;  /* a carry rolls into the exponent */
  return (unsigned short)out; }
__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void sum_op(__global unsigned short* restrict b0, __global const unsigned short* restrict b1, __global const unsigned char* restrict b2, __global const float* restrict b3) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float part95[256] __attribute__((aligned(16)));
  float c1 = 0.0f;
  for (int kb2 = ((lidx0%16)/2); kb2 < 8; kb2 += 8) {
    uint4 w3_v = *(__global const uint4*)(b1 + (kb2*32 + (lidx0%2)*8));
    const unsigned short* w3 = (const unsigned short*)&w3_v;
    uint4 w4_v = *(__global const uint4*)(b1 + (16 + kb2*32 + (lidx0%2)*8));
    const unsigned short* w4 = (const unsigned short*)&w4_v;
    float e5 = f16_to_f32(w3[0]);
    float e6 = f16_to_f32(w3[1]);
    float e7 = f16_to_f32(w3[2]);
    float e8 = f16_to_f32(w3[3]);
    float e9 = f16_to_f32(w3[4]);
    float e10 = f16_to_f32(w3[5]);
    float e11 = f16_to_f32(w3[6]);
    float e12 = f16_to_f32(w3[7]);
    float e13 = f16_to_f32(w4[0]);
    float e14 = f16_to_f32(w4[1]);
    float e15 = f16_to_f32(w4[2]);
    float e16 = f16_to_f32(w4[3]);
    float e17 = f16_to_f32(w4[4]);
    float e18 = f16_to_f32(w4[5]);
    float e19 = f16_to_f32(w4[6]);
    float e20 = f16_to_f32(w4[7]);
    uint2 w21_v = *(__global const uint2*)(b2 + (kb2*16 + (lidx0%2)*8 + (lidx0/16)*128));
    const unsigned char* w21 = (const unsigned char*)&w21_v;
    unsigned char e22 = w21[0];
    unsigned char v23 = (e22 % 16);
    float v24 = ((float)(v23));
    float v25 = (v24 - 8.0f);
    float v26 = b3[(kb2 + (lidx0/16)*8)];
    float v27 = (v25 * v26);
    unsigned char e28 = w21[1];
    unsigned char v29 = (e28 % 16);
    float v30 = ((float)(v29));
    float v31 = (v30 - 8.0f);
    float v32 = (v31 * v26);
    unsigned char e33 = w21[2];
    unsigned char v34 = (e33 % 16);
    float v35 = ((float)(v34));
    float v36 = (v35 - 8.0f);
    float v37 = (v36 * v26);
    unsigned char e38 = w21[3];
    unsigned char v39 = (e38 % 16);
    float v40 = ((float)(v39));
    float v41 = (v40 - 8.0f);
    float v42 = (v41 * v26);
    unsigned char e43 = w21[4];
    unsigned char v44 = (e43 % 16);
    float v45 = ((float)(v44));
    float v46 = (v45 - 8.0f);
    float v47 = (v46 * v26);
    unsigned char e48 = w21[5];
    unsigned char v49 = (e48 % 16);
    float v50 = ((float)(v49));
    float v51 = (v50 - 8.0f);
    float v52 = (v51 * v26);
    unsigned char e53 = w21[6];
    unsigned char v54 = (e53 % 16);
    float v55 = ((float)(v54));
    float v56 = (v55 - 8.0f);
    float v57 = (v56 * v26);
    unsigned char e58 = w21[7];
    unsigned char v59 = (e58 % 16);
    float v60 = ((float)(v59));
    float v61 = (v60 - 8.0f);
    float v62 = (v61 * v26);
    unsigned char v63 = (e22 / 16);
    float v64 = ((float)(v63));
    float v65 = (v64 - 8.0f);
    float v66 = (v65 * v26);
    unsigned char v67 = (e28 / 16);
    float v68 = ((float)(v67));
    float v69 = (v68 - 8.0f);
    float v70 = (v69 * v26);
    unsigned char v71 = (e33 / 16);
    float v72 = ((float)(v71));
    float v73 = (v72 - 8.0f);
    float v74 = (v73 * v26);
    unsigned char v75 = (e38 / 16);
    float v76 = ((float)(v75));
    float v77 = (v76 - 8.0f);
    float v78 = (v77 * v26);
    unsigned char v79 = (e43 / 16);
    float v80 = ((float)(v79));
    float v81 = (v80 - 8.0f);
    float v82 = (v81 * v26);
    unsigned char v83 = (e48 / 16);
    float v84 = ((float)(v83));
    float v85 = (v84 - 8.0f);
    float v86 = (v85 * v26);
    unsigned char v87 = (e53 / 16);
    float v88 = ((float)(v87));
    float v89 = (v88 - 8.0f);
    float v90 = (v89 * v26);
    unsigned char v91 = (e58 / 16);
    float v92 = ((float)(v91));
    float v93 = (v92 - 8.0f);
    float v94 = (v93 * v26);
    c1 = (c1 + (e5 * v27));
    c1 = (c1 + (e6 * v32));
    c1 = (c1 + (e7 * v37));
    c1 = (c1 + (e8 * v42));
    c1 = (c1 + (e9 * v47));
    c1 = (c1 + (e10 * v52));
    c1 = (c1 + (e11 * v57));
    c1 = (c1 + (e12 * v62));
    c1 = (c1 + (e13 * v66));
    c1 = (c1 + (e14 * v70));
    c1 = (c1 + (e15 * v74));
    c1 = (c1 + (e16 * v78));
    c1 = (c1 + (e17 * v82));
    c1 = (c1 + (e18 * v86));
    c1 = (c1 + (e19 * v90));
    c1 = (c1 + (e20 * v94));
  }
  part95[lidx0] = c1;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row96 = 0.0f;
    for (int j97 = 0; j97 < 16; j97++) {
      row96 = (row96 + part95[(j97 + (lidx0/16)*16)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 1)) {
      b0[(lidx0/16)] = f32_to_f16(row96);
    }
  }
}
