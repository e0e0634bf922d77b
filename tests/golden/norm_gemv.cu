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
  float c48 = 0.0f;
  float c49 = 0.0f;
  float c50 = 0.0f;
  float c51 = 0.0f;
  float c52 = 0.0f;
  for (int kv53 = (lidx0%32); kv53 < 32; kv53 += 32) {
    uint4 w54_v = *(const uint4*)(b1 + kv53*8);
    const unsigned short* w54 = (const unsigned short*)&w54_v;
    float e55 = f16_to_f32(w54[0]);
    float e56 = f16_to_f32(w54[1]);
    float e57 = f16_to_f32(w54[2]);
    float e58 = f16_to_f32(w54[3]);
    float e59 = f16_to_f32(w54[4]);
    float e60 = f16_to_f32(w54[5]);
    float e61 = f16_to_f32(w54[6]);
    float e62 = f16_to_f32(w54[7]);
    uint4 w63_v = *(const uint4*)(b2 + kv53*8);
    const unsigned short* w63 = (const unsigned short*)&w63_v;
    float e64 = f16_to_f32(w63[0]);
    float e65 = f16_to_f32(w63[1]);
    float e66 = f16_to_f32(w63[2]);
    float e67 = f16_to_f32(w63[3]);
    float e68 = f16_to_f32(w63[4]);
    float e69 = f16_to_f32(w63[5]);
    float e70 = f16_to_f32(w63[6]);
    float e71 = f16_to_f32(w63[7]);
    uint4 w72_v = *(const uint4*)(b3 + kv53*8);
    const unsigned short* w72 = (const unsigned short*)&w72_v;
    float e73 = f16_to_f32(w72[0]);
    float e74 = f16_to_f32(w72[1]);
    float e75 = f16_to_f32(w72[2]);
    float e76 = f16_to_f32(w72[3]);
    float e77 = f16_to_f32(w72[4]);
    float e78 = f16_to_f32(w72[5]);
    float e79 = f16_to_f32(w72[6]);
    float e80 = f16_to_f32(w72[7]);
    uint4 w81_v = *(const uint4*)(b4 + (kv53*8 + ((gidx0 + gidx1*ngroups0)%6)*2048 + (lidx0/32)*256));
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
  float row90 = warp_sum(c48, 32);
  float row91 = warp_sum(c49, 32);
  float row92 = warp_sum(c50, 32);
  float row93 = warp_sum(c51, 32);
  float row94 = warp_sum(c52, 32);
  if (((lidx0%32) < 1)) {
    float v95 = (row93 / 256.0f);
    float v96 = (-v95);
    float v97 = (v96 + v96);
    float v98 = (v96 * v96);
    float v99 = ((row94 + (v97 * row93)) + (v98 * 256.0f));
    float v100 = (v99 / 256.0f);
    float v101 = (v100 + 1e-05f);
    float v102 = sqrtf(v101);
    float v103 = (1.0f / v102);
    float v104 = (v96 * v103);
    if (((gidx0 + gidx1*ngroups0) < 6)) {
      float v105 = (((v103 * row90) + (v104 * row91)) + row92);
      unsigned short v106 = b5[(((gidx0 + gidx1*ngroups0)%6)*8 + (lidx0/32))];
      float v107 = f16_to_f32(v106);
      float v108 = (v105 + v107);
      b0[(((gidx0 + gidx1*ngroups0)%6)*8 + (lidx0/32))] = f32_to_f16(v108);
    }
  }
}
