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
  __local float part43[1280] __attribute__((aligned(16)));
  float c1 = 0.0f;
  float c2 = 0.0f;
  float c3 = 0.0f;
  float c4 = 0.0f;
  float c5 = 0.0f;
  for (int kv6 = (lidx0%16); kv6 < 32; kv6 += 16) {
    uint4 w7_v = *(__global const uint4*)(b1 + kv6*8);
    const unsigned short* w7 = (const unsigned short*)&w7_v;
    float e8 = f16_to_f32(w7[0]);
    float e9 = f16_to_f32(w7[1]);
    float e10 = f16_to_f32(w7[2]);
    float e11 = f16_to_f32(w7[3]);
    float e12 = f16_to_f32(w7[4]);
    float e13 = f16_to_f32(w7[5]);
    float e14 = f16_to_f32(w7[6]);
    float e15 = f16_to_f32(w7[7]);
    uint4 w16_v = *(__global const uint4*)(b2 + kv6*8);
    const unsigned short* w16 = (const unsigned short*)&w16_v;
    float e17 = f16_to_f32(w16[0]);
    float e18 = f16_to_f32(w16[1]);
    float e19 = f16_to_f32(w16[2]);
    float e20 = f16_to_f32(w16[3]);
    float e21 = f16_to_f32(w16[4]);
    float e22 = f16_to_f32(w16[5]);
    float e23 = f16_to_f32(w16[6]);
    float e24 = f16_to_f32(w16[7]);
    uint4 w25_v = *(__global const uint4*)(b3 + kv6*8);
    const unsigned short* w25 = (const unsigned short*)&w25_v;
    float e26 = f16_to_f32(w25[0]);
    float e27 = f16_to_f32(w25[1]);
    float e28 = f16_to_f32(w25[2]);
    float e29 = f16_to_f32(w25[3]);
    float e30 = f16_to_f32(w25[4]);
    float e31 = f16_to_f32(w25[5]);
    float e32 = f16_to_f32(w25[6]);
    float e33 = f16_to_f32(w25[7]);
    uint4 w34_v = *(__global const uint4*)(b4 + (kv6*8 + ((gidx0 + gidx1*ngroups0)%3)*4096 + (lidx0/16)*256));
    const unsigned short* w34 = (const unsigned short*)&w34_v;
    float e35 = f16_to_f32(w34[0]);
    float e36 = f16_to_f32(w34[1]);
    float e37 = f16_to_f32(w34[2]);
    float e38 = f16_to_f32(w34[3]);
    float e39 = f16_to_f32(w34[4]);
    float e40 = f16_to_f32(w34[5]);
    float e41 = f16_to_f32(w34[6]);
    float e42 = f16_to_f32(w34[7]);
    c1 = (c1 + ((e8 * e17) * e35));
    c1 = (c1 + ((e9 * e18) * e36));
    c1 = (c1 + ((e10 * e19) * e37));
    c1 = (c1 + ((e11 * e20) * e38));
    c1 = (c1 + ((e12 * e21) * e39));
    c1 = (c1 + ((e13 * e22) * e40));
    c1 = (c1 + ((e14 * e23) * e41));
    c1 = (c1 + ((e15 * e24) * e42));
    c2 = (c2 + (e17 * e35));
    c2 = (c2 + (e18 * e36));
    c2 = (c2 + (e19 * e37));
    c2 = (c2 + (e20 * e38));
    c2 = (c2 + (e21 * e39));
    c2 = (c2 + (e22 * e40));
    c2 = (c2 + (e23 * e41));
    c2 = (c2 + (e24 * e42));
    c3 = (c3 + (e26 * e35));
    c3 = (c3 + (e27 * e36));
    c3 = (c3 + (e28 * e37));
    c3 = (c3 + (e29 * e38));
    c3 = (c3 + (e30 * e39));
    c3 = (c3 + (e31 * e40));
    c3 = (c3 + (e32 * e41));
    c3 = (c3 + (e33 * e42));
    c4 = (c4 + e8);
    c4 = (c4 + e9);
    c4 = (c4 + e10);
    c4 = (c4 + e11);
    c4 = (c4 + e12);
    c4 = (c4 + e13);
    c4 = (c4 + e14);
    c4 = (c4 + e15);
    c5 = (c5 + (e8 * e8));
    c5 = (c5 + (e9 * e9));
    c5 = (c5 + (e10 * e10));
    c5 = (c5 + (e11 * e11));
    c5 = (c5 + (e12 * e12));
    c5 = (c5 + (e13 * e13));
    c5 = (c5 + (e14 * e14));
    c5 = (c5 + (e15 * e15));
  }
  part43[lidx0] = c1;
  part43[(256 + lidx0)] = c2;
  part43[(512 + lidx0)] = c3;
  part43[(768 + lidx0)] = c4;
  part43[(1024 + lidx0)] = c5;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row44 = 0.0f;
    for (int j45 = 0; j45 < 16; j45++) {
      row44 = (row44 + part43[(j45 + (lidx0/16)*16)]);
    }
    float row46 = 0.0f;
    for (int j47 = 0; j47 < 16; j47++) {
      row46 = (row46 + part43[(256 + j47 + (lidx0/16)*16)]);
    }
    float row48 = 0.0f;
    for (int j49 = 0; j49 < 16; j49++) {
      row48 = (row48 + part43[(512 + j49 + (lidx0/16)*16)]);
    }
    float row50 = 0.0f;
    for (int j51 = 0; j51 < 16; j51++) {
      row50 = (row50 + part43[(768 + j51 + (lidx0/16)*16)]);
    }
    float row52 = 0.0f;
    for (int j53 = 0; j53 < 16; j53++) {
      row52 = (row52 + part43[(1024 + j53 + (lidx0/16)*16)]);
    }
    float v54 = (row50 / 256.0f);
    float v55 = (-v54);
    float v56 = (v55 + v55);
    float v57 = (v55 * v55);
    float v58 = ((row52 + (v56 * row50)) + (v57 * 256.0f));
    float v59 = (v58 / 256.0f);
    float v60 = (v59 + 1e-05f);
    float v61 = sqrt(v60);
    float v62 = (1.0f / v61);
    float v63 = (v55 * v62);
    if (((gidx0 + gidx1*ngroups0) < 3)) {
      float v64 = (((v62 * row44) + (v63 * row46)) + row48);
      unsigned short v65 = b5[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))];
      float v66 = f16_to_f32(v65);
      float v67 = (v64 + v66);
      b0[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))] = f32_to_f16(v67);
    }
  }
}
