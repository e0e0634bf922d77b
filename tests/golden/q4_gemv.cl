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
  __local float part111[256] __attribute__((aligned(16)));
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
    char v24 = ((char)(v23));
    char v25 = (v24 - 8);
    float v26 = ((float)(v25));
    float v27 = b3[(kb2 + (lidx0/16)*8)];
    float v28 = (v26 * v27);
    unsigned char e29 = w21[1];
    unsigned char v30 = (e29 % 16);
    char v31 = ((char)(v30));
    char v32 = (v31 - 8);
    float v33 = ((float)(v32));
    float v34 = (v33 * v27);
    unsigned char e35 = w21[2];
    unsigned char v36 = (e35 % 16);
    char v37 = ((char)(v36));
    char v38 = (v37 - 8);
    float v39 = ((float)(v38));
    float v40 = (v39 * v27);
    unsigned char e41 = w21[3];
    unsigned char v42 = (e41 % 16);
    char v43 = ((char)(v42));
    char v44 = (v43 - 8);
    float v45 = ((float)(v44));
    float v46 = (v45 * v27);
    unsigned char e47 = w21[4];
    unsigned char v48 = (e47 % 16);
    char v49 = ((char)(v48));
    char v50 = (v49 - 8);
    float v51 = ((float)(v50));
    float v52 = (v51 * v27);
    unsigned char e53 = w21[5];
    unsigned char v54 = (e53 % 16);
    char v55 = ((char)(v54));
    char v56 = (v55 - 8);
    float v57 = ((float)(v56));
    float v58 = (v57 * v27);
    unsigned char e59 = w21[6];
    unsigned char v60 = (e59 % 16);
    char v61 = ((char)(v60));
    char v62 = (v61 - 8);
    float v63 = ((float)(v62));
    float v64 = (v63 * v27);
    unsigned char e65 = w21[7];
    unsigned char v66 = (e65 % 16);
    char v67 = ((char)(v66));
    char v68 = (v67 - 8);
    float v69 = ((float)(v68));
    float v70 = (v69 * v27);
    unsigned char v71 = (e22 / 16);
    char v72 = ((char)(v71));
    char v73 = (v72 - 8);
    float v74 = ((float)(v73));
    float v75 = (v74 * v27);
    unsigned char v76 = (e29 / 16);
    char v77 = ((char)(v76));
    char v78 = (v77 - 8);
    float v79 = ((float)(v78));
    float v80 = (v79 * v27);
    unsigned char v81 = (e35 / 16);
    char v82 = ((char)(v81));
    char v83 = (v82 - 8);
    float v84 = ((float)(v83));
    float v85 = (v84 * v27);
    unsigned char v86 = (e41 / 16);
    char v87 = ((char)(v86));
    char v88 = (v87 - 8);
    float v89 = ((float)(v88));
    float v90 = (v89 * v27);
    unsigned char v91 = (e47 / 16);
    char v92 = ((char)(v91));
    char v93 = (v92 - 8);
    float v94 = ((float)(v93));
    float v95 = (v94 * v27);
    unsigned char v96 = (e53 / 16);
    char v97 = ((char)(v96));
    char v98 = (v97 - 8);
    float v99 = ((float)(v98));
    float v100 = (v99 * v27);
    unsigned char v101 = (e59 / 16);
    char v102 = ((char)(v101));
    char v103 = (v102 - 8);
    float v104 = ((float)(v103));
    float v105 = (v104 * v27);
    unsigned char v106 = (e65 / 16);
    char v107 = ((char)(v106));
    char v108 = (v107 - 8);
    float v109 = ((float)(v108));
    float v110 = (v109 * v27);
    c1 = (c1 + (e5 * v28));
    c1 = (c1 + (e6 * v34));
    c1 = (c1 + (e7 * v40));
    c1 = (c1 + (e8 * v46));
    c1 = (c1 + (e9 * v52));
    c1 = (c1 + (e10 * v58));
    c1 = (c1 + (e11 * v64));
    c1 = (c1 + (e12 * v70));
    c1 = (c1 + (e13 * v75));
    c1 = (c1 + (e14 * v80));
    c1 = (c1 + (e15 * v85));
    c1 = (c1 + (e16 * v90));
    c1 = (c1 + (e17 * v95));
    c1 = (c1 + (e18 * v100));
    c1 = (c1 + (e19 * v105));
    c1 = (c1 + (e20 * v110));
  }
  part111[lidx0] = c1;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row112 = 0.0f;
    for (int j113 = 0; j113 < 16; j113++) {
      row112 = (row112 + part111[(j113 + (lidx0/16)*16)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 1)) {
      b0[(lidx0/16)] = f32_to_f16(row112);
    }
  }
}
