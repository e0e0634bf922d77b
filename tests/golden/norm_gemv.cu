static __device__ inline float f16_to_f32(unsigned short h) {
  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
static __device__ inline unsigned short f32_to_f16(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }
static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(256) layer_norm_gemv_bias(unsigned short* __restrict__ b0, const unsigned short* __restrict__ b1, const unsigned short* __restrict__ b2, const unsigned short* __restrict__ b3, const unsigned short* __restrict__ b4, const unsigned short* __restrict__ b5) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  float c1 = 0.0f;
  float c2 = 0.0f;
  float c3 = 0.0f;
  float c4 = 0.0f;
  float c5 = 0.0f;
  for (int kv6 = (lidx0%32); kv6 < 32; kv6 += 32) {
    uint4 w7_v = *(const uint4*)(b1 + kv6*8);
    const unsigned short* w7 = (const unsigned short*)&w7_v;
    float e8 = f16_to_f32(w7[0]);
    float e9 = f16_to_f32(w7[1]);
    float e10 = f16_to_f32(w7[2]);
    float e11 = f16_to_f32(w7[3]);
    float e12 = f16_to_f32(w7[4]);
    float e13 = f16_to_f32(w7[5]);
    float e14 = f16_to_f32(w7[6]);
    float e15 = f16_to_f32(w7[7]);
    uint4 w16_v = *(const uint4*)(b2 + kv6*8);
    const unsigned short* w16 = (const unsigned short*)&w16_v;
    float e17 = f16_to_f32(w16[0]);
    float e18 = f16_to_f32(w16[1]);
    float e19 = f16_to_f32(w16[2]);
    float e20 = f16_to_f32(w16[3]);
    float e21 = f16_to_f32(w16[4]);
    float e22 = f16_to_f32(w16[5]);
    float e23 = f16_to_f32(w16[6]);
    float e24 = f16_to_f32(w16[7]);
    uint4 w25_v = *(const uint4*)(b3 + kv6*8);
    const unsigned short* w25 = (const unsigned short*)&w25_v;
    float e26 = f16_to_f32(w25[0]);
    float e27 = f16_to_f32(w25[1]);
    float e28 = f16_to_f32(w25[2]);
    float e29 = f16_to_f32(w25[3]);
    float e30 = f16_to_f32(w25[4]);
    float e31 = f16_to_f32(w25[5]);
    float e32 = f16_to_f32(w25[6]);
    float e33 = f16_to_f32(w25[7]);
    uint4 w34_v = *(const uint4*)(b4 + (kv6*8 + ((gidx0 + gidx1*ngroups0)%6)*2048 + (lidx0/32)*256));
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
  float row43 = warp_sum(c1, 32);
  float row44 = warp_sum(c2, 32);
  float row45 = warp_sum(c3, 32);
  float row46 = warp_sum(c4, 32);
  float row47 = warp_sum(c5, 32);
  if (((lidx0%32) < 1)) {
    float v48 = (row46 / 256.0f);
    float v49 = (-v48);
    float v50 = (v49 + v49);
    float v51 = (v49 * v49);
    float v52 = ((row47 + (v50 * row46)) + (v51 * 256.0f));
    float v53 = (v52 / 256.0f);
    float v54 = (v53 + 1e-05f);
    float v55 = sqrtf(v54);
    float v56 = (1.0f / v55);
    float v57 = (v49 * v56);
    if (((gidx0 + gidx1*ngroups0) < 6)) {
      float v58 = (((v56 * row43) + (v57 * row44)) + row45);
      unsigned short v59 = b5[(((gidx0 + gidx1*ngroups0)%6)*8 + (lidx0/32))];
      float v60 = f16_to_f32(v59);
      float v61 = (v58 + v60);
      b0[(((gidx0 + gidx1*ngroups0)%6)*8 + (lidx0/32))] = f32_to_f16(v61);
    }
  }
}
