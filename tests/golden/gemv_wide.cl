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
__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void gemv(__global unsigned short* restrict b0, __global const unsigned short* restrict b1, __global const unsigned short* restrict b2) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float part21[256] __attribute__((aligned(16)));
  float c1 = 0.0f;
  for (int kv2 = (lidx0%16); kv2 < 32; kv2 += 16) {
    uint4 w3_v = *(__global const uint4*)(b1 + kv2*8);
    const unsigned short* w3 = (const unsigned short*)&w3_v;
    float e4 = f16_to_f32(w3[0]);
    float e5 = f16_to_f32(w3[1]);
    float e6 = f16_to_f32(w3[2]);
    float e7 = f16_to_f32(w3[3]);
    float e8 = f16_to_f32(w3[4]);
    float e9 = f16_to_f32(w3[5]);
    float e10 = f16_to_f32(w3[6]);
    float e11 = f16_to_f32(w3[7]);
    uint4 w12_v = *(__global const uint4*)(b2 + (kv2*8 + ((gidx0 + gidx1*ngroups0)%4)*4096 + (lidx0/16)*256));
    const unsigned short* w12 = (const unsigned short*)&w12_v;
    float e13 = f16_to_f32(w12[0]);
    float e14 = f16_to_f32(w12[1]);
    float e15 = f16_to_f32(w12[2]);
    float e16 = f16_to_f32(w12[3]);
    float e17 = f16_to_f32(w12[4]);
    float e18 = f16_to_f32(w12[5]);
    float e19 = f16_to_f32(w12[6]);
    float e20 = f16_to_f32(w12[7]);
    c1 = (c1 + (e4 * e13));
    c1 = (c1 + (e5 * e14));
    c1 = (c1 + (e6 * e15));
    c1 = (c1 + (e7 * e16));
    c1 = (c1 + (e8 * e17));
    c1 = (c1 + (e9 * e18));
    c1 = (c1 + (e10 * e19));
    c1 = (c1 + (e11 * e20));
  }
  part21[lidx0] = c1;
  barrier(CLK_LOCAL_MEM_FENCE);
  if (((lidx0%16) < 1)) {
    float row22 = 0.0f;
    for (int j23 = 0; j23 < 16; j23++) {
      row22 = (row22 + part21[(j23 + (lidx0/16)*16)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 4)) {
      b0[(((gidx0 + gidx1*ngroups0)%4)*16 + (lidx0/16))] = f32_to_f16(row22);
    }
  }
}
