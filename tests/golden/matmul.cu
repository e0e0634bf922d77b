extern "C" __global__ void __launch_bounds__(256) matmul(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part11[1024];
  __shared__ __align__(16) float As1[1024];
  __shared__ __align__(16) float Bs2[1024];
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 2))) {
    float c1 = 0.0f;
    float c2 = 0.0f;
    float c3 = 0.0f;
    float c4 = 0.0f;
    for (int k5 = (lidx0/16); k5 < 64; k5 += 16) {
      float v6 = ((0 < n) ? b1[k5] : 0.0f);
      float v7 = ((1 < n) ? b1[(64 + k5)] : 0.0f);
      float v8 = ((2 < n) ? b1[(128 + k5)] : 0.0f);
      float v9 = ((3 < n) ? b1[(192 + k5)] : 0.0f);
      float v10 = b2[(k5*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
      c1 = (c1 + (v6 * v10));
      c2 = (c2 + (v7 * v10));
      c3 = (c3 + (v8 * v10));
      c4 = (c4 + (v9 * v10));
    }
    part11[lidx0] = c1;
    part11[(256 + lidx0)] = c2;
    part11[(512 + lidx0)] = c3;
    part11[(768 + lidx0)] = c4;
    __syncthreads();
    if (((lidx0/16) < 1)) {
      float row12 = 0.0f;
      for (int j13 = 0; j13 < 16; j13++) {
        row12 = (row12 + part11[(j13*16 + (lidx0%16))]);
      }
      float row14 = 0.0f;
      for (int j15 = 0; j15 < 16; j15++) {
        row14 = (row14 + part11[(256 + j15*16 + (lidx0%16))]);
      }
      float row16 = 0.0f;
      for (int j17 = 0; j17 < 16; j17++) {
        row16 = (row16 + part11[(512 + j17*16 + (lidx0%16))]);
      }
      float row18 = 0.0f;
      for (int j19 = 0; j19 < 16; j19++) {
        row18 = (row18 + part11[(768 + j19*16 + (lidx0%16))]);
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (0 < n))) {
        b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row12;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (1 < n))) {
        b0[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row14;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (2 < n))) {
        b0[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row16;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (3 < n))) {
        b0[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row18;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)))) {
    float c3 = 0.0f;
    float c4 = 0.0f;
    float c5 = 0.0f;
    float c6 = 0.0f;
    float c7 = 0.0f;
    float c8 = 0.0f;
    float c9 = 0.0f;
    float c10 = 0.0f;
    float c11 = 0.0f;
    float c12 = 0.0f;
    float c13 = 0.0f;
    float c14 = 0.0f;
    float c15 = 0.0f;
    float c16 = 0.0f;
    float c17 = 0.0f;
    float c18 = 0.0f;
    for (int k19 = 0; k19 < 4; k19++) {
      *(uint4*)(As1 + ((lidx0%4)*4 + (lidx0/4)*16)) = (((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/4)) < n) ? *(const uint4*)(b1 + (k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%4)*4 + (lidx0/4)*64)) : make_uint4(0, 0, 0, 0));
      *(uint4*)(Bs2 + ((lidx0%16)*4 + (lidx0/16)*64)) = (((lidx0%16)*4 < 32) ? *(const uint4*)(b2 + (k19*512 + (lidx0%16)*4 + (lidx0/16)*32)) : make_uint4(0, 0, 0, 0));
      __syncthreads();
      for (int kk20 = 0; kk20 < 16; kk20++) {
        float v21 = As1[(kk20 + (lidx0/16)*16)];
        float v22 = As1[(256 + kk20 + (lidx0/16)*16)];
        float v23 = As1[(512 + kk20 + (lidx0/16)*16)];
        float v24 = As1[(768 + kk20 + (lidx0/16)*16)];
        float v25 = Bs2[(kk20*64 + (lidx0%16))];
        float v26 = Bs2[(16 + kk20*64 + (lidx0%16))];
        float v27 = Bs2[(32 + kk20*64 + (lidx0%16))];
        float v28 = Bs2[(48 + kk20*64 + (lidx0%16))];
        c3 = (c3 + (v21 * v25));
        c4 = (c4 + (v21 * v26));
        c5 = (c5 + (v21 * v27));
        c6 = (c6 + (v21 * v28));
        c7 = (c7 + (v22 * v25));
        c8 = (c8 + (v22 * v26));
        c9 = (c9 + (v22 * v27));
        c10 = (c10 + (v22 * v28));
        c11 = (c11 + (v23 * v25));
        c12 = (c12 + (v23 * v26));
        c13 = (c13 + (v23 * v27));
        c14 = (c14 + (v23 * v28));
        c15 = (c15 + (v24 * v25));
        c16 = (c16 + (v24 * v26));
        c17 = (c17 + (v24 * v27));
        c18 = (c18 + (v24 * v28));
      }
      __syncthreads();
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c3;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c4;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c7;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c8;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c11;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c12;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c15;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c16;
    }
  }
}
