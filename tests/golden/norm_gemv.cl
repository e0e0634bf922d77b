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
__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void layer_norm_gemv_bias(__global unsigned short* restrict b0, __global const unsigned short* restrict b1, __global const unsigned short* restrict b2, __global const unsigned short* restrict b3, __global const unsigned short* restrict b4, __global const unsigned short* restrict b5) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float part90[1280] __attribute__((aligned(16)));
  float c48 = 0.0f;
  float c49 = 0.0f;
  float c50 = 0.0f;
  float c51 = 0.0f;
  float c52 = 0.0f;
  for (int kv53 = (lidx0%16); kv53 < 32; kv53 += 16) {
    uint4 w54_v = *(__global const uint4*)(b1 + kv53*8);
    const unsigned short* w54 = (const unsigned short*)&w54_v;
    float e55 = f16_to_f32(w54[0]);
    float e56 = f16_to_f32(w54[1]);
    float e57 = f16_to_f32(w54[2]);
    float e58 = f16_to_f32(w54[3]);
    float e59 = f16_to_f32(w54[4]);
    float e60 = f16_to_f32(w54[5]);
    float e61 = f16_to_f32(w54[6]);
    float e62 = f16_to_f32(w54[7]);
    uint4 w63_v = *(__global const uint4*)(b2 + kv53*8);
    const unsigned short* w63 = (const unsigned short*)&w63_v;
    float e64 = f16_to_f32(w63[0]);
    float e65 = f16_to_f32(w63[1]);
    float e66 = f16_to_f32(w63[2]);
    float e67 = f16_to_f32(w63[3]);
    float e68 = f16_to_f32(w63[4]);
    float e69 = f16_to_f32(w63[5]);
    float e70 = f16_to_f32(w63[6]);
    float e71 = f16_to_f32(w63[7]);
    uint4 w72_v = *(__global const uint4*)(b3 + kv53*8);
    const unsigned short* w72 = (const unsigned short*)&w72_v;
    float e73 = f16_to_f32(w72[0]);
    float e74 = f16_to_f32(w72[1]);
    float e75 = f16_to_f32(w72[2]);
    float e76 = f16_to_f32(w72[3]);
    float e77 = f16_to_f32(w72[4]);
    float e78 = f16_to_f32(w72[5]);
    float e79 = f16_to_f32(w72[6]);
    float e80 = f16_to_f32(w72[7]);
    uint4 w81_v = *(__global const uint4*)(b4 + (kv53*8 + ((gidx0 + gidx1*ngroups0)%3)*4096 + (lidx0/16)*256));
    const unsigned short* w81 = (const unsigned short*)&w81_v;
    float e82 = f16_to_f32(w81[0]);
    float e83 = f16_to_f32(w81[1]);
    float e84 = f16_to_f32(w81[2]);
    float e85 = f16_to_f32(w81[3]);
    float e86 = f16_to_f32(w81[4]);
    float e87 = f16_to_f32(w81[5]);
    float e88 = f16_to_f32(w81[6]);
    float e89 = f16_to_f32(w81[7]);
    c48 = (c48 + ((e55 * e64) * e82));
    c48 = (c48 + ((e56 * e65) * e83));
    c48 = (c48 + ((e57 * e66) * e84));
    c48 = (c48 + ((e58 * e67) * e85));
    c48 = (c48 + ((e59 * e68) * e86));
    c48 = (c48 + ((e60 * e69) * e87));
    c48 = (c48 + ((e61 * e70) * e88));
    c48 = (c48 + ((e62 * e71) * e89));
    c49 = (c49 + (e64 * e82));
    c49 = (c49 + (e65 * e83));
    c49 = (c49 + (e66 * e84));
    c49 = (c49 + (e67 * e85));
    c49 = (c49 + (e68 * e86));
    c49 = (c49 + (e69 * e87));
    c49 = (c49 + (e70 * e88));
    c49 = (c49 + (e71 * e89));
    c50 = (c50 + (e73 * e82));
    c50 = (c50 + (e74 * e83));
    c50 = (c50 + (e75 * e84));
    c50 = (c50 + (e76 * e85));
    c50 = (c50 + (e77 * e86));
    c50 = (c50 + (e78 * e87));
    c50 = (c50 + (e79 * e88));
    c50 = (c50 + (e80 * e89));
    c51 = (c51 + e55);
    c51 = (c51 + e56);
    c51 = (c51 + e57);
    c51 = (c51 + e58);
    c51 = (c51 + e59);
    c51 = (c51 + e60);
    c51 = (c51 + e61);
    c51 = (c51 + e62);
    c52 = (c52 + (e55 * e55));
    c52 = (c52 + (e56 * e56));
    c52 = (c52 + (e57 * e57));
    c52 = (c52 + (e58 * e58));
    c52 = (c52 + (e59 * e59));
    c52 = (c52 + (e60 * e60));
    c52 = (c52 + (e61 * e61));
    c52 = (c52 + (e62 * e62));
  }
  part90[lidx0] = c48;
  part90[(256 + lidx0)] = c49;
  part90[(512 + lidx0)] = c50;
  part90[(768 + lidx0)] = c51;
  part90[(1024 + lidx0)] = c52;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row91 = 0.0f;
    for (int j92 = 0; j92 < 16; j92++) {
      row91 = (row91 + part90[(j92 + (lidx0/16)*16)]);
    }
    float row93 = 0.0f;
    for (int j94 = 0; j94 < 16; j94++) {
      row93 = (row93 + part90[(256 + j94 + (lidx0/16)*16)]);
    }
    float row95 = 0.0f;
    for (int j96 = 0; j96 < 16; j96++) {
      row95 = (row95 + part90[(512 + j96 + (lidx0/16)*16)]);
    }
    float row97 = 0.0f;
    for (int j98 = 0; j98 < 16; j98++) {
      row97 = (row97 + part90[(768 + j98 + (lidx0/16)*16)]);
    }
    float row99 = 0.0f;
    for (int j100 = 0; j100 < 16; j100++) {
      row99 = (row99 + part90[(1024 + j100 + (lidx0/16)*16)]);
    }
    float v101 = (row97 / 256.0f);
    float v102 = (-v101);
    float v103 = (v102 + v102);
    float v104 = (v102 * v102);
    float v105 = ((row99 + (v103 * row97)) + (v104 * 256.0f));
    float v106 = (v105 / 256.0f);
    float v107 = (v106 + 1e-05f);
    float v108 = sqrt(v107);
    float v109 = (1.0f / v108);
    float v110 = (v102 * v109);
    if (((gidx0 + gidx1*ngroups0) < 3)) {
      float v111 = (((v109 * row91) + (v110 * row93)) + row95);
      unsigned short v112 = b5[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))];
      float v113 = f16_to_f32(v112);
      float v114 = (v111 + v113);
      b0[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))] = f32_to_f16(v114);
    }
  }
}
