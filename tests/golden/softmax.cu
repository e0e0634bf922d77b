static __device__ inline float warp_max(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x = fmaxf(x, y); }
  return x; }
static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(64) softmax(float* __restrict__ b0, const float* __restrict__ b1, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part7[2];
  __shared__ __align__(16) float part17[2];
  float acc2 = -__int_as_float(0x7f800000);
  for (int r3 = lidx0; r3 < 64; r3 += 64) {
    float v4 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*64)];
    acc2 = fmaxf(acc2, v4);
  }
  float warp6 = warp_max(acc2, 32);
  if (((lidx0%32) < 1)) {
    part7[(lidx0/32)] = warp6;
  }
  __syncthreads();
  float row5 = warp_max((((lidx0%32) < 2) ? part7[(lidx0%2)] : -__int_as_float(0x7f800000)), 32);
  __syncthreads();
  float acc10 = 0.0f;
  for (int r11 = lidx0; r11 < 64; r11 += 64) {
    float v12 = b1[(r11 + ((gidx0 + gidx1*ngroups0)%n)*64)];
    float v13 = (v12 - row5);
    float v14 = expf(v13);
    acc10 = (acc10 + v14);
  }
  float warp16 = warp_sum(acc10, 32);
  if (((lidx0%32) < 1)) {
    part17[(lidx0/32)] = warp16;
  }
  __syncthreads();
  float row15 = warp_sum((((lidx0%32) < 2) ? part17[(lidx0%2)] : 0.0f), 32);
  __syncthreads();
  for (int c = lidx0; c < 64; c += 64) {
    float v1 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*64)];
    float v8 = (v1 - row5);
    float v9 = expf(v8);
    float v18 = (v9 / row15);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*64)] = v18;
    }
  }
}
