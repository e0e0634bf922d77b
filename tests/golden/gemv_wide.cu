static __device__ inline float f16_to_f32(unsigned short h) {
  float f; asm("cvt.f32.f16 %0, %1;" : "=f"(f) : "h"(h)); return f; }
static __device__ inline unsigned short f32_to_f16(float f) {
  unsigned short h; asm("cvt.rn.f16.f32 %0, %1;" : "=h"(h) : "f"(f)); return h; }
static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(256) gemv(unsigned short* __restrict__ b0, const unsigned short* __restrict__ b1, const unsigned short* __restrict__ b2) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  float c1 = 0.0f;
  float c2 = 0.0f;
  for (int kv3 = (lidx0%32); kv3 < 32; kv3 += 32) {
    uint4 w4_v = *(const uint4*)(b1 + kv3*8);
    const unsigned short* w4 = (const unsigned short*)&w4_v;
    float e5 = f16_to_f32(w4[0]);
    float e6 = f16_to_f32(w4[1]);
    float e7 = f16_to_f32(w4[2]);
    float e8 = f16_to_f32(w4[3]);
    float e9 = f16_to_f32(w4[4]);
    float e10 = f16_to_f32(w4[5]);
    float e11 = f16_to_f32(w4[6]);
    float e12 = f16_to_f32(w4[7]);
    uint4 w13_v = *(const uint4*)(b2 + (kv3*8 + ((gidx0 + gidx1*ngroups0)%4)*4096 + (lidx0/32)*256));
    const unsigned short* w13 = (const unsigned short*)&w13_v;
    float e14 = f16_to_f32(w13[0]);
    float e15 = f16_to_f32(w13[1]);
    float e16 = f16_to_f32(w13[2]);
    float e17 = f16_to_f32(w13[3]);
    float e18 = f16_to_f32(w13[4]);
    float e19 = f16_to_f32(w13[5]);
    float e20 = f16_to_f32(w13[6]);
    float e21 = f16_to_f32(w13[7]);
    c1 = (c1 + (e5 * e14));
    c1 = (c1 + (e6 * e15));
    c1 = (c1 + (e7 * e16));
    c1 = (c1 + (e8 * e17));
    c1 = (c1 + (e9 * e18));
    c1 = (c1 + (e10 * e19));
    c1 = (c1 + (e11 * e20));
    c1 = (c1 + (e12 * e21));
    uint4 w22_v = *(const uint4*)(b2 + (2048 + kv3*8 + ((gidx0 + gidx1*ngroups0)%4)*4096 + (lidx0/32)*256));
    const unsigned short* w22 = (const unsigned short*)&w22_v;
    float e23 = f16_to_f32(w22[0]);
    float e24 = f16_to_f32(w22[1]);
    float e25 = f16_to_f32(w22[2]);
    float e26 = f16_to_f32(w22[3]);
    float e27 = f16_to_f32(w22[4]);
    float e28 = f16_to_f32(w22[5]);
    float e29 = f16_to_f32(w22[6]);
    float e30 = f16_to_f32(w22[7]);
    c2 = (c2 + (e5 * e23));
    c2 = (c2 + (e6 * e24));
    c2 = (c2 + (e7 * e25));
    c2 = (c2 + (e8 * e26));
    c2 = (c2 + (e9 * e27));
    c2 = (c2 + (e10 * e28));
    c2 = (c2 + (e11 * e29));
    c2 = (c2 + (e12 * e30));
  }
  float row31 = warp_sum(c1, 32);
  float row32 = warp_sum(c2, 32);
  if (((lidx0%32) < 1)) {
    if (((gidx0 + gidx1*ngroups0) < 4)) {
      b0[(((gidx0 + gidx1*ngroups0)%4)*16 + (lidx0/32))] = f32_to_f16(row31);
    }
    if (((gidx0 + gidx1*ngroups0) < 4)) {
      b0[(8 + ((gidx0 + gidx1*ngroups0)%4)*16 + (lidx0/32))] = f32_to_f16(row32);
    }
  }
}
