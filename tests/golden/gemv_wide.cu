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
  for (int kv2 = (lidx0%32); kv2 < 32; kv2 += 32) {
    uint4 w3_v = *(const uint4*)(b1 + kv2*8);
    const unsigned short* w3 = (const unsigned short*)&w3_v;
    float e4 = f16_to_f32(w3[0]);
    float e5 = f16_to_f32(w3[1]);
    float e6 = f16_to_f32(w3[2]);
    float e7 = f16_to_f32(w3[3]);
    float e8 = f16_to_f32(w3[4]);
    float e9 = f16_to_f32(w3[5]);
    float e10 = f16_to_f32(w3[6]);
    float e11 = f16_to_f32(w3[7]);
    uint4 w12_v = *(const uint4*)(b2 + (kv2*8 + ((gidx0 + gidx1*ngroups0)%8)*2048 + (lidx0/32)*256));
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
  float row21 = warp_sum(c1, 32);
  if (((lidx0%32) < 1)) {
    if (((gidx0 + gidx1*ngroups0) < 8)) {
      b0[(((gidx0 + gidx1*ngroups0)%8)*8 + (lidx0/32))] = f32_to_f16(row21);
    }
  }
}
