static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(256) r_n_32(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ float part8[8];
  if (((gidx0 + gidx1*ngroups0) < n*32)) {
    float acc1 = 0.0f;
    for (int r2 = lidx0; r2 < 64; r2 += 256) {
      float v3 = b1[(r2 + ((gidx0 + gidx1*ngroups0)/32)*64)];
      float v4 = b2[(r2*32 + ((gidx0 + gidx1*ngroups0)%32))];
      float v5 = (v3 * v4);
      acc1 = (acc1 + v5);
    }
    float warp7 = warp_sum(acc1, 32);
    if (((lidx0%32) < 1)) {
      part8[(lidx0/32)] = warp7;
    }
    __syncthreads();
    float row6 = warp_sum((((lidx0%32) < 8) ? part8[((lidx0%32)%8)] : 0.0f), 32);
    __syncthreads();
    for (int c = lidx0; c < 1; c += 256) {
      b0[(((gidx0 + gidx1*ngroups0)%32) + ((gidx0 + gidx1*ngroups0)/32)*32)] = row6;
    }
  }
}
