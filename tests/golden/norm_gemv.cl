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
  __local float part126[1280] __attribute__((aligned(16)));
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
    uint4 w72_v = *(__global const uint4*)(b2 + kv53*8);
    const unsigned short* w72 = (const unsigned short*)&w72_v;
    float e73 = f16_to_f32(w72[0]);
    float e74 = f16_to_f32(w72[1]);
    float e75 = f16_to_f32(w72[2]);
    float e76 = f16_to_f32(w72[3]);
    float e77 = f16_to_f32(w72[4]);
    float e78 = f16_to_f32(w72[5]);
    float e79 = f16_to_f32(w72[6]);
    float e80 = f16_to_f32(w72[7]);
    uint4 w81_v = *(__global const uint4*)(b3 + kv53*8);
    const unsigned short* w81 = (const unsigned short*)&w81_v;
    float e82 = f16_to_f32(w81[0]);
    float e83 = f16_to_f32(w81[1]);
    float e84 = f16_to_f32(w81[2]);
    float e85 = f16_to_f32(w81[3]);
    float e86 = f16_to_f32(w81[4]);
    float e87 = f16_to_f32(w81[5]);
    float e88 = f16_to_f32(w81[6]);
    float e89 = f16_to_f32(w81[7]);
    uint4 w90_v = *(__global const uint4*)(b4 + (kv53*8 + ((gidx0 + gidx1*ngroups0)%3)*4096 + (lidx0/16)*256));
    const unsigned short* w90 = (const unsigned short*)&w90_v;
    float e91 = f16_to_f32(w90[0]);
    float e92 = f16_to_f32(w90[1]);
    float e93 = f16_to_f32(w90[2]);
    float e94 = f16_to_f32(w90[3]);
    float e95 = f16_to_f32(w90[4]);
    float e96 = f16_to_f32(w90[5]);
    float e97 = f16_to_f32(w90[6]);
    float e98 = f16_to_f32(w90[7]);
    c48 = (c48 + ((e55 * e64) * e91));
    c48 = (c48 + ((e56 * e65) * e92));
    c48 = (c48 + ((e57 * e66) * e93));
    c48 = (c48 + ((e58 * e67) * e94));
    c48 = (c48 + ((e59 * e68) * e95));
    c48 = (c48 + ((e60 * e69) * e96));
    c48 = (c48 + ((e61 * e70) * e97));
    c48 = (c48 + ((e62 * e71) * e98));
    c49 = (c49 + (e73 * e91));
    c49 = (c49 + (e74 * e92));
    c49 = (c49 + (e75 * e93));
    c49 = (c49 + (e76 * e94));
    c49 = (c49 + (e77 * e95));
    c49 = (c49 + (e78 * e96));
    c49 = (c49 + (e79 * e97));
    c49 = (c49 + (e80 * e98));
    c50 = (c50 + (e82 * e91));
    c50 = (c50 + (e83 * e92));
    c50 = (c50 + (e84 * e93));
    c50 = (c50 + (e85 * e94));
    c50 = (c50 + (e86 * e95));
    c50 = (c50 + (e87 * e96));
    c50 = (c50 + (e88 * e97));
    c50 = (c50 + (e89 * e98));
    uint4 w99_v = *(__global const uint4*)(b1 + kv53*8);
    const unsigned short* w99 = (const unsigned short*)&w99_v;
    float e100 = f16_to_f32(w99[0]);
    float e101 = f16_to_f32(w99[1]);
    float e102 = f16_to_f32(w99[2]);
    float e103 = f16_to_f32(w99[3]);
    float e104 = f16_to_f32(w99[4]);
    float e105 = f16_to_f32(w99[5]);
    float e106 = f16_to_f32(w99[6]);
    float e107 = f16_to_f32(w99[7]);
    c51 = (c51 + e100);
    c51 = (c51 + e101);
    c51 = (c51 + e102);
    c51 = (c51 + e103);
    c51 = (c51 + e104);
    c51 = (c51 + e105);
    c51 = (c51 + e106);
    c51 = (c51 + e107);
    uint4 w108_v = *(__global const uint4*)(b1 + kv53*8);
    const unsigned short* w108 = (const unsigned short*)&w108_v;
    float e109 = f16_to_f32(w108[0]);
    float e110 = f16_to_f32(w108[1]);
    float e111 = f16_to_f32(w108[2]);
    float e112 = f16_to_f32(w108[3]);
    float e113 = f16_to_f32(w108[4]);
    float e114 = f16_to_f32(w108[5]);
    float e115 = f16_to_f32(w108[6]);
    float e116 = f16_to_f32(w108[7]);
    uint4 w117_v = *(__global const uint4*)(b1 + kv53*8);
    const unsigned short* w117 = (const unsigned short*)&w117_v;
    float e118 = f16_to_f32(w117[0]);
    float e119 = f16_to_f32(w117[1]);
    float e120 = f16_to_f32(w117[2]);
    float e121 = f16_to_f32(w117[3]);
    float e122 = f16_to_f32(w117[4]);
    float e123 = f16_to_f32(w117[5]);
    float e124 = f16_to_f32(w117[6]);
    float e125 = f16_to_f32(w117[7]);
    c52 = (c52 + (e109 * e118));
    c52 = (c52 + (e110 * e119));
    c52 = (c52 + (e111 * e120));
    c52 = (c52 + (e112 * e121));
    c52 = (c52 + (e113 * e122));
    c52 = (c52 + (e114 * e123));
    c52 = (c52 + (e115 * e124));
    c52 = (c52 + (e116 * e125));
  }
  part126[lidx0] = c48;
  part126[(256 + lidx0)] = c49;
  part126[(512 + lidx0)] = c50;
  part126[(768 + lidx0)] = c51;
  part126[(1024 + lidx0)] = c52;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row127 = 0.0f;
    for (int j128 = 0; j128 < 16; j128++) {
      row127 = (row127 + part126[(j128 + (lidx0/16)*16)]);
    }
    float row129 = 0.0f;
    for (int j130 = 0; j130 < 16; j130++) {
      row129 = (row129 + part126[(256 + j130 + (lidx0/16)*16)]);
    }
    float row131 = 0.0f;
    for (int j132 = 0; j132 < 16; j132++) {
      row131 = (row131 + part126[(512 + j132 + (lidx0/16)*16)]);
    }
    float row133 = 0.0f;
    for (int j134 = 0; j134 < 16; j134++) {
      row133 = (row133 + part126[(768 + j134 + (lidx0/16)*16)]);
    }
    float row135 = 0.0f;
    for (int j136 = 0; j136 < 16; j136++) {
      row135 = (row135 + part126[(1024 + j136 + (lidx0/16)*16)]);
    }
    float v137 = (row133 / 256.0f);
    float v138 = (-v137);
    float v139 = (v138 + v138);
    float v140 = (v138 * v138);
    float v141 = ((row135 + (v139 * row133)) + (v140 * 256.0f));
    float v142 = (v141 / 256.0f);
    float v143 = (v142 + 1e-05f);
    float v144 = sqrt(v143);
    float v145 = (1.0f / v144);
    float v146 = (v138 * v145);
    if (((gidx0 + gidx1*ngroups0) < 3)) {
      float v147 = (((v145 * row127) + (v146 * row129)) + row131);
      unsigned short v148 = b5[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))];
      float v149 = f16_to_f32(v148);
      float v150 = (v147 + v149);
      b0[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))] = f32_to_f16(v150);
    }
  }
}
