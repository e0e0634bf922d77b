extern "C" __global__ void __launch_bounds__(256) gemv(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part5[256];
  float c1 = 0.0f;
  for (int k2 = (lidx0/16); k2 < 64; k2 += 16) {
    float v3 = b1[k2];
    float v4 = b2[(k2*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
    c1 = (c1 + (v3 * v4));
  }
  part5[lidx0] = c1;
  __syncthreads();
  if (((lidx0/16) < 1)) {
    float row6 = 0.0f;
    for (int j7 = 0; j7 < 16; j7++) {
      row6 = (row6 + part5[(j7*16 + (lidx0%16))]);
    }
    if (((gidx0 + gidx1*ngroups0) < 2)) {
      b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row6;
    }
  }
}
