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
  __local float part110[256] __attribute__((aligned(16)));
  float c1 = 0.0f;
  uint4 w2_v = *(__global const uint4*)(b1 + (((lidx0%16)/2)*32 + (lidx0%2)*8));
  const unsigned short* w2 = (const unsigned short*)&w2_v;
  uint4 w3_v = *(__global const uint4*)(b1 + (16 + ((lidx0%16)/2)*32 + (lidx0%2)*8));
  const unsigned short* w3 = (const unsigned short*)&w3_v;
  float e4 = f16_to_f32(w2[0]);
  float e5 = f16_to_f32(w2[1]);
  float e6 = f16_to_f32(w2[2]);
  float e7 = f16_to_f32(w2[3]);
  float e8 = f16_to_f32(w2[4]);
  float e9 = f16_to_f32(w2[5]);
  float e10 = f16_to_f32(w2[6]);
  float e11 = f16_to_f32(w2[7]);
  float e12 = f16_to_f32(w3[0]);
  float e13 = f16_to_f32(w3[1]);
  float e14 = f16_to_f32(w3[2]);
  float e15 = f16_to_f32(w3[3]);
  float e16 = f16_to_f32(w3[4]);
  float e17 = f16_to_f32(w3[5]);
  float e18 = f16_to_f32(w3[6]);
  float e19 = f16_to_f32(w3[7]);
  uint2 w20_v = *(__global const uint2*)(b2 + (((lidx0%16)/2)*16 + (lidx0%2)*8 + (lidx0/16)*128));
  const unsigned char* w20 = (const unsigned char*)&w20_v;
  unsigned char e21 = w20[0];
  unsigned char v22 = (e21 % 16);
  char v23 = ((char)(v22));
  char v24 = (v23 - 8);
  float v25 = ((float)(v24));
  float v26 = b3[(((lidx0%16)/2) + (lidx0/16)*8)];
  float v27 = (v25 * v26);
  unsigned char e28 = w20[1];
  unsigned char v29 = (e28 % 16);
  char v30 = ((char)(v29));
  char v31 = (v30 - 8);
  float v32 = ((float)(v31));
  float v33 = (v32 * v26);
  unsigned char e34 = w20[2];
  unsigned char v35 = (e34 % 16);
  char v36 = ((char)(v35));
  char v37 = (v36 - 8);
  float v38 = ((float)(v37));
  float v39 = (v38 * v26);
  unsigned char e40 = w20[3];
  unsigned char v41 = (e40 % 16);
  char v42 = ((char)(v41));
  char v43 = (v42 - 8);
  float v44 = ((float)(v43));
  float v45 = (v44 * v26);
  unsigned char e46 = w20[4];
  unsigned char v47 = (e46 % 16);
  char v48 = ((char)(v47));
  char v49 = (v48 - 8);
  float v50 = ((float)(v49));
  float v51 = (v50 * v26);
  unsigned char e52 = w20[5];
  unsigned char v53 = (e52 % 16);
  char v54 = ((char)(v53));
  char v55 = (v54 - 8);
  float v56 = ((float)(v55));
  float v57 = (v56 * v26);
  unsigned char e58 = w20[6];
  unsigned char v59 = (e58 % 16);
  char v60 = ((char)(v59));
  char v61 = (v60 - 8);
  float v62 = ((float)(v61));
  float v63 = (v62 * v26);
  unsigned char e64 = w20[7];
  unsigned char v65 = (e64 % 16);
  char v66 = ((char)(v65));
  char v67 = (v66 - 8);
  float v68 = ((float)(v67));
  float v69 = (v68 * v26);
  unsigned char v70 = (e21 / 16);
  char v71 = ((char)(v70));
  char v72 = (v71 - 8);
  float v73 = ((float)(v72));
  float v74 = (v73 * v26);
  unsigned char v75 = (e28 / 16);
  char v76 = ((char)(v75));
  char v77 = (v76 - 8);
  float v78 = ((float)(v77));
  float v79 = (v78 * v26);
  unsigned char v80 = (e34 / 16);
  char v81 = ((char)(v80));
  char v82 = (v81 - 8);
  float v83 = ((float)(v82));
  float v84 = (v83 * v26);
  unsigned char v85 = (e40 / 16);
  char v86 = ((char)(v85));
  char v87 = (v86 - 8);
  float v88 = ((float)(v87));
  float v89 = (v88 * v26);
  unsigned char v90 = (e46 / 16);
  char v91 = ((char)(v90));
  char v92 = (v91 - 8);
  float v93 = ((float)(v92));
  float v94 = (v93 * v26);
  unsigned char v95 = (e52 / 16);
  char v96 = ((char)(v95));
  char v97 = (v96 - 8);
  float v98 = ((float)(v97));
  float v99 = (v98 * v26);
  unsigned char v100 = (e58 / 16);
  char v101 = ((char)(v100));
  char v102 = (v101 - 8);
  float v103 = ((float)(v102));
  float v104 = (v103 * v26);
  unsigned char v105 = (e64 / 16);
  char v106 = ((char)(v105));
  char v107 = (v106 - 8);
  float v108 = ((float)(v107));
  float v109 = (v108 * v26);
  c1 = (c1 + (e4 * v27));
  c1 = (c1 + (e5 * v33));
  c1 = (c1 + (e6 * v39));
  c1 = (c1 + (e7 * v45));
  c1 = (c1 + (e8 * v51));
  c1 = (c1 + (e9 * v57));
  c1 = (c1 + (e10 * v63));
  c1 = (c1 + (e11 * v69));
  c1 = (c1 + (e12 * v74));
  c1 = (c1 + (e13 * v79));
  c1 = (c1 + (e14 * v84));
  c1 = (c1 + (e15 * v89));
  c1 = (c1 + (e16 * v94));
  c1 = (c1 + (e17 * v99));
  c1 = (c1 + (e18 * v104));
  c1 = (c1 + (e19 * v109));
  part110[lidx0] = c1;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row111 = 0.0f;
    for (int j112 = 0; j112 < 16; j112++) {
      row111 = (row111 + part110[(j112 + (lidx0/16)*16)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 1)) {
      b0[(lidx0/16)] = f32_to_f16(row111);
    }
  }
}
