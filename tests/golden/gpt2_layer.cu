static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(64) layer_norm(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, const float* __restrict__ b3, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part7[2];
  __shared__ __align__(16) float part17[2];
  float acc2 = 0.0f;
  for (int r3 = lidx0; r3 < 32; r3 += 64) {
    float v4 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    acc2 = (acc2 + v4);
  }
  float warp6 = warp_sum(acc2, 32);
  if (((lidx0%32) < 1)) {
    part7[(lidx0/32)] = warp6;
  }
  __syncthreads();
  float row5 = warp_sum((((lidx0%32) < 2) ? part7[(lidx0%2)] : 0.0f), 32);
  __syncthreads();
  float v8 = (row5 / 32.0f);
  float acc10 = 0.0f;
  for (int r11 = lidx0; r11 < 32; r11 += 64) {
    float v12 = b1[(r11 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    float v13 = (v12 - v8);
    float v14 = (v13 * v13);
    acc10 = (acc10 + v14);
  }
  float warp16 = warp_sum(acc10, 32);
  if (((lidx0%32) < 1)) {
    part17[(lidx0/32)] = warp16;
  }
  __syncthreads();
  float row15 = warp_sum((((lidx0%32) < 2) ? part17[(lidx0%2)] : 0.0f), 32);
  __syncthreads();
  float v18 = (row15 / 32.0f);
  float v19 = (v18 + 1e-05f);
  float v20 = sqrtf(v19);
  float v21 = (1.0f / v20);
  for (int c = lidx0; c < 32; c += 64) {
    float v1 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*32)];
    float v9 = (v1 - v8);
    float v22 = (v9 * v21);
    float v23 = b2[c];
    float v24 = (v22 * v23);
    float v25 = b3[c];
    float v26 = (v24 + v25);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*32)] = v26;
    }
  }
}

extern "C" __global__ void __launch_bounds__(256) matmul_bias(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, const float* __restrict__ b3, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part11[1024];
  __shared__ __align__(16) float As1[1024];
  __shared__ __align__(16) float Bs2[1024];
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 6))) {
    float c1 = 0.0f;
    float c2 = 0.0f;
    float c3 = 0.0f;
    float c4 = 0.0f;
    for (int k5 = (lidx0/16); k5 < 32; k5 += 16) {
      float v6 = ((0 < n) ? b1[k5] : 0.0f);
      float v7 = ((1 < n) ? b1[(32 + k5)] : 0.0f);
      float v8 = ((2 < n) ? b1[(64 + k5)] : 0.0f);
      float v9 = ((3 < n) ? b1[(96 + k5)] : 0.0f);
      float v10 = b2[(k5*96 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
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
      if ((((gidx0 + gidx1*ngroups0) < 6) && (0 < n))) {
        float v20 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        float v21 = (row12 + v20);
        b0[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v21;
      }
      if ((((gidx0 + gidx1*ngroups0) < 6) && (1 < n))) {
        float v22 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        float v23 = (row14 + v22);
        b0[(96 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v23;
      }
      if ((((gidx0 + gidx1*ngroups0) < 6) && (2 < n))) {
        float v24 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        float v25 = (row16 + v24);
        b0[(192 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v25;
      }
      if ((((gidx0 + gidx1*ngroups0) < 6) && (3 < n))) {
        float v26 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        float v27 = (row18 + v26);
        b0[(288 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v27;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2))) {
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
    for (int k19 = 0; k19 < 2; k19++) {
      *(uint4*)(As1 + ((lidx0%4)*4 + (lidx0/4)*16)) = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/4)) < n) ? *(const uint4*)(b1 + (k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%4)*4 + (lidx0/4)*32)) : make_uint4(0, 0, 0, 0));
      *(uint4*)(Bs2 + ((lidx0%16)*4 + (lidx0/16)*64)) = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)*4) < 96) ? *(const uint4*)(b2 + (k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)*4 + (lidx0/16)*96)) : make_uint4(0, 0, 0, 0));
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
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v29 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v30 = (c3 + v29);
      b0[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v30;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v31 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v32 = (c4 + v31);
      b0[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v32;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v33 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v34 = (c5 + v33);
      b0[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v34;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v35 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v36 = (c6 + v35);
      b0[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v36;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v37 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v38 = (c7 + v37);
      b0[(1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v38;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v39 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v40 = (c8 + v39);
      b0[(1552 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v40;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v41 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v42 = (c9 + v41);
      b0[(1568 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v42;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v43 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v44 = (c10 + v43);
      b0[(1584 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v44;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v45 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v46 = (c11 + v45);
      b0[(3072 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v46;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v47 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v48 = (c12 + v47);
      b0[(3088 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v48;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v49 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v50 = (c13 + v49);
      b0[(3104 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v50;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v51 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v52 = (c14 + v51);
      b0[(3120 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v52;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v53 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v54 = (c15 + v53);
      b0[(4608 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v54;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v55 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v56 = (c16 + v55);
      b0[(4624 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v56;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v57 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v58 = (c17 + v57);
      b0[(4640 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v58;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      float v59 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v60 = (c18 + v59);
      b0[(4656 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v60;
    }
  }
}

static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(256) matmul_scale_mask(float* __restrict__ b0, const float* __restrict__ b1, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float As1[1024];
  __shared__ __align__(16) float Bs2[1024];
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2))) {
    float c1 = 0.0f;
    float c2 = 0.0f;
    float c3 = 0.0f;
    float c4 = 0.0f;
    float c5 = 0.0f;
    float c6 = 0.0f;
    float c7 = 0.0f;
    float c8 = 0.0f;
    for (int k9 = (lidx0%32); k9 < 16; k9 += 32) {
      float v10 = ((0 < n) ? b1[(k9 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)] : 0.0f);
      float v11 = ((1 < n) ? b1[(96 + k9 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)] : 0.0f);
      float v12 = ((2 < n) ? b1[(192 + k9 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)] : 0.0f);
      float v13 = ((3 < n) ? b1[(288 + k9 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)] : 0.0f);
      float v14 = ((((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n) ? b1[(32 + k9 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*1536 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16 + (lidx0/32)*96)] : 0.0f);
      c1 = (c1 + (v10 * v14));
      c3 = (c3 + (v11 * v14));
      c5 = (c5 + (v12 * v14));
      c7 = (c7 + (v13 * v14));
      float v15 = (((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n) ? b1[(800 + k9 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*1536 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16 + (lidx0/32)*96)] : 0.0f);
      c2 = (c2 + (v10 * v15));
      c4 = (c4 + (v11 * v15));
      c6 = (c6 + (v12 * v15));
      c8 = (c8 + (v13 * v15));
    }
    float row16 = warp_sum(c1, 32);
    float row17 = warp_sum(c2, 32);
    float row18 = warp_sum(c3, 32);
    float row19 = warp_sum(c4, 32);
    float row20 = warp_sum(c5, 32);
    float row21 = warp_sum(c6, 32);
    float row22 = warp_sum(c7, 32);
    float row23 = warp_sum(c8, 32);
    if (((lidx0%32) < 1)) {
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (0 < n))) {
        int v24 = (0 + 0);
        bool v25 = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v24);
        float v26 = (row16 * 0.25f);
        float v27 = (v25 ? v26 : -__int_as_float(0x7f800000));
        b0[(n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v27;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (0 < n))) {
        int v28 = (0 + 0);
        bool v29 = ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v28);
        float v30 = (row17 * 0.25f);
        float v31 = (v29 ? v30 : -__int_as_float(0x7f800000));
        b0[(8 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v31;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (1 < n))) {
        int v32 = (1 + 0);
        bool v33 = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v32);
        float v34 = (row18 * 0.25f);
        float v35 = (v33 ? v34 : -__int_as_float(0x7f800000));
        b0[(n + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v35;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (1 < n))) {
        int v36 = (1 + 0);
        bool v37 = ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v36);
        float v38 = (row19 * 0.25f);
        float v39 = (v37 ? v38 : -__int_as_float(0x7f800000));
        b0[(8 + n + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v39;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (2 < n))) {
        int v40 = (2 + 0);
        bool v41 = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v40);
        float v42 = (row20 * 0.25f);
        float v43 = (v41 ? v42 : -__int_as_float(0x7f800000));
        b0[(n*2 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v43;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (2 < n))) {
        int v44 = (2 + 0);
        bool v45 = ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v44);
        float v46 = (row21 * 0.25f);
        float v47 = (v45 ? v46 : -__int_as_float(0x7f800000));
        b0[(8 + n*2 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v47;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (3 < n))) {
        int v48 = (3 + 0);
        bool v49 = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v48);
        float v50 = (row22 * 0.25f);
        float v51 = (v49 ? v50 : -__int_as_float(0x7f800000));
        b0[(n*3 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v51;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) < n)) && (3 < n))) {
        int v52 = (3 + 0);
        bool v53 = ((8 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32)) <= v52);
        float v54 = (row23 * 0.25f);
        float v55 = (v53 ? v54 : -__int_as_float(0x7f800000));
        b0[(8 + n*3 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/32))] = v55;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2))) {
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
    for (int k19 = 0; k19 < 1; k19++) {
      *(uint4*)(As1 + ((lidx0%4)*4 + (lidx0/4)*16)) = (((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/4)) < n) ? *(const uint4*)(b1 + (k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%4)*4 + (lidx0/4)*96)) : make_uint4(0, 0, 0, 0));
      {
        uint4 w = (((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0/4)) < n) ? *(const uint4*)(b1 + (32 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%4)*4 + (lidx0/4)*96)) : make_uint4(0, 0, 0, 0));
        const float* e = (const float*)&w;
        Bs2[((lidx0%4)*256 + (lidx0/4))] = e[0];
        Bs2[(64 + (lidx0%4)*256 + (lidx0/4))] = e[1];
        Bs2[(128 + (lidx0%4)*256 + (lidx0/4))] = e[2];
        Bs2[(192 + (lidx0%4)*256 + (lidx0/4))] = e[3];
      }
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
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v29 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v30 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v29);
      float v31 = (c3 * 0.25f);
      float v32 = (v30 ? v31 : -__int_as_float(0x7f800000));
      b0[(n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v32;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v33 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v34 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v33);
      float v35 = (c4 * 0.25f);
      float v36 = (v34 ? v35 : -__int_as_float(0x7f800000));
      b0[(16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v36;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v37 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v38 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v37);
      float v39 = (c5 * 0.25f);
      float v40 = (v38 ? v39 : -__int_as_float(0x7f800000));
      b0[(32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v40;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v41 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v42 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v41);
      float v43 = (c6 * 0.25f);
      float v44 = (v42 ? v43 : -__int_as_float(0x7f800000));
      b0[(48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v44;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v45 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v46 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v45);
      float v47 = (c7 * 0.25f);
      float v48 = (v46 ? v47 : -__int_as_float(0x7f800000));
      b0[(n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v48;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v49 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v50 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v49);
      float v51 = (c8 * 0.25f);
      float v52 = (v50 ? v51 : -__int_as_float(0x7f800000));
      b0[(16 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v52;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v53 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v54 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v53);
      float v55 = (c9 * 0.25f);
      float v56 = (v54 ? v55 : -__int_as_float(0x7f800000));
      b0[(32 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v56;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v57 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v58 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v57);
      float v59 = (c10 * 0.25f);
      float v60 = (v58 ? v59 : -__int_as_float(0x7f800000));
      b0[(48 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v60;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v61 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v62 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v61);
      float v63 = (c11 * 0.25f);
      float v64 = (v62 ? v63 : -__int_as_float(0x7f800000));
      b0[(n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v64;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v65 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v66 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v65);
      float v67 = (c12 * 0.25f);
      float v68 = (v66 ? v67 : -__int_as_float(0x7f800000));
      b0[(16 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v68;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v69 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v70 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v69);
      float v71 = (c13 * 0.25f);
      float v72 = (v70 ? v71 : -__int_as_float(0x7f800000));
      b0[(32 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v72;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v73 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v74 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v73);
      float v75 = (c14 * 0.25f);
      float v76 = (v74 ? v75 : -__int_as_float(0x7f800000));
      b0[(48 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v76;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v77 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v78 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v77);
      float v79 = (c15 * 0.25f);
      float v80 = (v78 ? v79 : -__int_as_float(0x7f800000));
      b0[(n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v80;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v81 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v82 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v81);
      float v83 = (c16 * 0.25f);
      float v84 = (v82 ? v83 : -__int_as_float(0x7f800000));
      b0[(16 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v84;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v85 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v86 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v85);
      float v87 = (c17 * 0.25f);
      float v88 = (v86 ? v87 : -__int_as_float(0x7f800000));
      b0[(32 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v88;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      int v89 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      bool v90 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v89);
      float v91 = (c18 * 0.25f);
      float v92 = (v90 ? v91 : -__int_as_float(0x7f800000));
      b0[(48 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v92;
    }
  }
}

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
  for (int r3 = lidx0; r3 < n; r3 += 64) {
    float v4 = b1[(n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n) + r3)];
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
  for (int r11 = lidx0; r11 < n; r11 += 64) {
    float v12 = b1[(n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n) + r11)];
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
  for (int c = lidx0; c < n; c += 64) {
    float v1 = b1[(c + n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n))];
    float v8 = (v1 - row5);
    float v9 = expf(v8);
    float v18 = (v9 / row15);
    if (((gidx0 + gidx1*ngroups0) < n*2)) {
      b0[(c + n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n))] = v18;
    }
  }
}

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
    for (int k5 = (lidx0/16); k5 < n; k5 += 16) {
      float v6 = ((0 < n) ? b1[(k5 + n*n*((gidx0 + gidx1*ngroups0)%2))] : 0.0f);
      float v7 = ((1 < n) ? b1[(k5 + n + n*n*((gidx0 + gidx1*ngroups0)%2))] : 0.0f);
      float v8 = ((2 < n) ? b1[(k5 + n*2 + n*n*((gidx0 + gidx1*ngroups0)%2))] : 0.0f);
      float v9 = ((3 < n) ? b1[(k5 + n*3 + n*n*((gidx0 + gidx1*ngroups0)%2))] : 0.0f);
      float v10 = b2[(64 + k5*96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
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
        b0[(n*((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row12;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (1 < n))) {
        b0[(16 + n*((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row14;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (2 < n))) {
        b0[(32 + n*((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row16;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (3 < n))) {
        b0[(48 + n*((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row18;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2))) {
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
    for (int k19 = 0; k19 < ((15 + n)/16); k19++) {
      float v20 = (((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)) ? b1[(k19*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))] : 0.0f);
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      float v21 = ((((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)) ? b1[(k19*16 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))] : 0.0f);
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      float v22 = ((((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)) ? b1[(k19*16 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))] : 0.0f);
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      float v23 = ((((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)) ? b1[(k19*16 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))] : 0.0f);
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      *(uint4*)(Bs2 + ((lidx0%16)*4 + (lidx0/16)*64)) = ((((k19*16 + (lidx0/16)) < n) && ((lidx0%16)*4 < 16)) ? *(const uint4*)(b2 + (64 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (lidx0%16)*4 + (lidx0/16)*96)) : make_uint4(0, 0, 0, 0));
      __syncthreads();
      for (int kk24 = 0; kk24 < 16; kk24++) {
        float v25 = As1[(kk24 + (lidx0/16)*16)];
        float v26 = As1[(256 + kk24 + (lidx0/16)*16)];
        float v27 = As1[(512 + kk24 + (lidx0/16)*16)];
        float v28 = As1[(768 + kk24 + (lidx0/16)*16)];
        float v29 = Bs2[(kk24*64 + (lidx0%16))];
        float v30 = Bs2[(16 + kk24*64 + (lidx0%16))];
        float v31 = Bs2[(32 + kk24*64 + (lidx0%16))];
        float v32 = Bs2[(48 + kk24*64 + (lidx0%16))];
        c3 = (c3 + (v25 * v29));
        c4 = (c4 + (v25 * v30));
        c5 = (c5 + (v25 * v31));
        c6 = (c6 + (v25 * v32));
        c7 = (c7 + (v26 * v29));
        c8 = (c8 + (v26 * v30));
        c9 = (c9 + (v26 * v31));
        c10 = (c10 + (v26 * v32));
        c11 = (c11 + (v27 * v29));
        c12 = (c12 + (v27 * v30));
        c13 = (c13 + (v27 * v31));
        c14 = (c14 + (v27 * v32));
        c15 = (c15 + (v28 * v29));
        c16 = (c16 + (v28 * v30));
        c17 = (c17 + (v28 * v31));
        c18 = (c18 + (v28 * v32));
      }
      __syncthreads();
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)] = c3;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(256 + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)] = c7;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(512 + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)] = c11;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      b0[(768 + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)] = c15;
    }
  }
}

extern "C" __global__ void __launch_bounds__(256) matmul_bias_add(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, const float* __restrict__ b3, const float* __restrict__ b4, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part12[1024];
  __shared__ __align__(16) float As1[1024];
  __shared__ __align__(16) float Bs2[1024];
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 2))) {
    float c1 = 0.0f;
    float c2 = 0.0f;
    float c3 = 0.0f;
    float c4 = 0.0f;
    for (int kb5 = 0; kb5 < 2; kb5++) {
      for (int kj6 = 0; kj6 < 1; kj6++) {
        float v7 = ((0 < n) ? b2[(kb5*n*16 + kj6*n*16 + (lidx0/16))] : 0.0f);
        float v8 = ((1 < n) ? b2[(16 + kb5*n*16 + kj6*n*16 + (lidx0/16))] : 0.0f);
        float v9 = ((2 < n) ? b2[(32 + kb5*n*16 + kj6*n*16 + (lidx0/16))] : 0.0f);
        float v10 = ((3 < n) ? b2[(48 + kb5*n*16 + kj6*n*16 + (lidx0/16))] : 0.0f);
        float v11 = b3[(kb5*512 + kj6*512 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16) + (lidx0/16)*32)];
        c1 = (c1 + (v7 * v11));
        c2 = (c2 + (v8 * v11));
        c3 = (c3 + (v9 * v11));
        c4 = (c4 + (v10 * v11));
      }
    }
    part12[lidx0] = c1;
    part12[(256 + lidx0)] = c2;
    part12[(512 + lidx0)] = c3;
    part12[(768 + lidx0)] = c4;
    __syncthreads();
    if (((lidx0/16) < 1)) {
      float row13 = 0.0f;
      for (int j14 = 0; j14 < 16; j14++) {
        row13 = (row13 + part12[(j14*16 + (lidx0%16))]);
      }
      float row15 = 0.0f;
      for (int j16 = 0; j16 < 16; j16++) {
        row15 = (row15 + part12[(256 + j16*16 + (lidx0%16))]);
      }
      float row17 = 0.0f;
      for (int j18 = 0; j18 < 16; j18++) {
        row17 = (row17 + part12[(512 + j18*16 + (lidx0%16))]);
      }
      float row19 = 0.0f;
      for (int j20 = 0; j20 < 16; j20++) {
        row19 = (row19 + part12[(768 + j20*16 + (lidx0%16))]);
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (0 < n))) {
        float v21 = b1[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v22 = (v21 + row13);
        float v23 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v24 = (v22 + v23);
        b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v24;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (1 < n))) {
        float v25 = b1[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v26 = (v25 + row15);
        float v27 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v28 = (v26 + v27);
        b0[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v28;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (2 < n))) {
        float v29 = b1[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v30 = (v29 + row17);
        float v31 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v32 = (v30 + v31);
        b0[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v32;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (3 < n))) {
        float v33 = b1[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v34 = (v33 + row19);
        float v35 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v36 = (v34 + v35);
        b0[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v36;
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
    for (int k19 = 0; k19 < 2; k19++) {
      *(uint4*)(As1 + ((lidx0%4)*4 + (lidx0/4)*16)) = (((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/4)) < n) ? *(const uint4*)(b2 + (k19*n*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*1024 + (lidx0%4)*4 + (lidx0/4)*16)) : make_uint4(0, 0, 0, 0));
      *(uint4*)(Bs2 + ((lidx0%16)*4 + (lidx0/16)*64)) = (((lidx0%16)*4 < 32) ? *(const uint4*)(b3 + (k19*512 + (lidx0%16)*4 + (lidx0/16)*32)) : make_uint4(0, 0, 0, 0));
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
      float v29 = b1[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v30 = (v29 + c3);
      float v31 = b4[(lidx0%16)];
      float v32 = (v30 + v31);
      b0[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v32;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v33 = b1[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v34 = (v33 + c4);
      float v35 = b4[(16 + (lidx0%16))];
      float v36 = (v34 + v35);
      b0[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v36;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v45 = b1[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v46 = (v45 + c7);
      float v47 = b4[(lidx0%16)];
      float v48 = (v46 + v47);
      b0[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v48;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v49 = b1[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v50 = (v49 + c8);
      float v51 = b4[(16 + (lidx0%16))];
      float v52 = (v50 + v51);
      b0[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v52;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v61 = b1[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v62 = (v61 + c11);
      float v63 = b4[(lidx0%16)];
      float v64 = (v62 + v63);
      b0[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v64;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v65 = b1[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v66 = (v65 + c12);
      float v67 = b4[(16 + (lidx0%16))];
      float v68 = (v66 + v67);
      b0[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v68;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v77 = b1[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v78 = (v77 + c15);
      float v79 = b4[(lidx0%16)];
      float v80 = (v78 + v79);
      b0[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v80;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v81 = b1[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v82 = (v81 + c16);
      float v83 = b4[(16 + (lidx0%16))];
      float v84 = (v82 + v83);
      b0[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v84;
    }
  }
}

static __device__ inline float warp_sum(float x, int w) {
  for (int o = w >> 1; o > 0; o >>= 1) { float y = __shfl_xor_sync(0xffffffffu, x, o); x += y; }
  return x; }
extern "C" __global__ void __launch_bounds__(64) layer_norm_1(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, const float* __restrict__ b3, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part7[2];
  __shared__ __align__(16) float part17[2];
  float acc2 = 0.0f;
  for (int r3 = lidx0; r3 < 32; r3 += 64) {
    float v4 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    acc2 = (acc2 + v4);
  }
  float warp6 = warp_sum(acc2, 32);
  if (((lidx0%32) < 1)) {
    part7[(lidx0/32)] = warp6;
  }
  __syncthreads();
  float row5 = warp_sum((((lidx0%32) < 2) ? part7[(lidx0%2)] : 0.0f), 32);
  __syncthreads();
  float v8 = (row5 / 32.0f);
  float acc10 = 0.0f;
  for (int r11 = lidx0; r11 < 32; r11 += 64) {
    float v12 = b1[(r11 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    float v13 = (v12 - v8);
    float v14 = (v13 * v13);
    acc10 = (acc10 + v14);
  }
  float warp16 = warp_sum(acc10, 32);
  if (((lidx0%32) < 1)) {
    part17[(lidx0/32)] = warp16;
  }
  __syncthreads();
  float row15 = warp_sum((((lidx0%32) < 2) ? part17[(lidx0%2)] : 0.0f), 32);
  __syncthreads();
  float v18 = (row15 / 32.0f);
  float v19 = (v18 + 1e-05f);
  float v20 = sqrtf(v19);
  float v21 = (1.0f / v20);
  for (int c = lidx0; c < 32; c += 64) {
    float v1 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*32)];
    float v9 = (v1 - v8);
    float v22 = (v9 * v21);
    float v23 = b2[c];
    float v24 = (v22 * v23);
    float v25 = b3[c];
    float v26 = (v24 + v25);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*32)] = v26;
    }
  }
}

extern "C" __global__ void __launch_bounds__(256) matmul_bias_gelu(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, const float* __restrict__ b3, int n) {
  int gidx0 = (int)blockIdx.x;
  int gidx1 = (int)blockIdx.y;
  int ngroups0 = (int)gridDim.x;
  int lidx0 = (int)threadIdx.x;
  __shared__ __align__(16) float part11[1024];
  __shared__ __align__(16) float As1[1024];
  __shared__ __align__(16) float Bs2[1024];
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 8))) {
    float c1 = 0.0f;
    float c2 = 0.0f;
    float c3 = 0.0f;
    float c4 = 0.0f;
    for (int k5 = (lidx0/16); k5 < 32; k5 += 16) {
      float v6 = ((0 < n) ? b1[k5] : 0.0f);
      float v7 = ((1 < n) ? b1[(32 + k5)] : 0.0f);
      float v8 = ((2 < n) ? b1[(64 + k5)] : 0.0f);
      float v9 = ((3 < n) ? b1[(96 + k5)] : 0.0f);
      float v10 = b2[(k5*128 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
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
      if ((((gidx0 + gidx1*ngroups0) < 8) && (0 < n))) {
        float v20 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        float v21 = (row12 + v20);
        float v22 = (0.5f * v21);
        float v23 = (0.044715f * v21);
        float v24 = (v23 * v21);
        float v25 = (v24 * v21);
        float v26 = (v21 + v25);
        float v27 = (0.7978845608028654f * v26);
        float v28 = tanhf(v27);
        float v29 = (1.0f + v28);
        float v30 = (v22 * v29);
        b0[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v30;
      }
      if ((((gidx0 + gidx1*ngroups0) < 8) && (1 < n))) {
        float v31 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        float v32 = (row14 + v31);
        float v33 = (0.5f * v32);
        float v34 = (0.044715f * v32);
        float v35 = (v34 * v32);
        float v36 = (v35 * v32);
        float v37 = (v32 + v36);
        float v38 = (0.7978845608028654f * v37);
        float v39 = tanhf(v38);
        float v40 = (1.0f + v39);
        float v41 = (v33 * v40);
        b0[(128 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v41;
      }
      if ((((gidx0 + gidx1*ngroups0) < 8) && (2 < n))) {
        float v42 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        float v43 = (row16 + v42);
        float v44 = (0.5f * v43);
        float v45 = (0.044715f * v43);
        float v46 = (v45 * v43);
        float v47 = (v46 * v43);
        float v48 = (v43 + v47);
        float v49 = (0.7978845608028654f * v48);
        float v50 = tanhf(v49);
        float v51 = (1.0f + v50);
        float v52 = (v44 * v51);
        b0[(256 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v52;
      }
      if ((((gidx0 + gidx1*ngroups0) < 8) && (3 < n))) {
        float v53 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        float v54 = (row18 + v53);
        float v55 = (0.5f * v54);
        float v56 = (0.044715f * v54);
        float v57 = (v56 * v54);
        float v58 = (v57 * v54);
        float v59 = (v54 + v58);
        float v60 = (0.7978845608028654f * v59);
        float v61 = tanhf(v60);
        float v62 = (1.0f + v61);
        float v63 = (v55 * v62);
        b0[(384 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v63;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2))) {
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
    for (int k19 = 0; k19 < 2; k19++) {
      *(uint4*)(As1 + ((lidx0%4)*4 + (lidx0/4)*16)) = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/4)) < n) ? *(const uint4*)(b1 + (k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%4)*4 + (lidx0/4)*32)) : make_uint4(0, 0, 0, 0));
      *(uint4*)(Bs2 + ((lidx0%16)*4 + (lidx0/16)*64)) = *(const uint4*)(b2 + (k19*2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)*4 + (lidx0/16)*128));
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
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v29 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v30 = (c3 + v29);
      float v31 = (0.5f * v30);
      float v32 = (0.044715f * v30);
      float v33 = (v32 * v30);
      float v34 = (v33 * v30);
      float v35 = (v30 + v34);
      float v36 = (0.7978845608028654f * v35);
      float v37 = tanhf(v36);
      float v38 = (1.0f + v37);
      float v39 = (v31 * v38);
      b0[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v39;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v40 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v41 = (c4 + v40);
      float v42 = (0.5f * v41);
      float v43 = (0.044715f * v41);
      float v44 = (v43 * v41);
      float v45 = (v44 * v41);
      float v46 = (v41 + v45);
      float v47 = (0.7978845608028654f * v46);
      float v48 = tanhf(v47);
      float v49 = (1.0f + v48);
      float v50 = (v42 * v49);
      b0[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v50;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v51 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v52 = (c5 + v51);
      float v53 = (0.5f * v52);
      float v54 = (0.044715f * v52);
      float v55 = (v54 * v52);
      float v56 = (v55 * v52);
      float v57 = (v52 + v56);
      float v58 = (0.7978845608028654f * v57);
      float v59 = tanhf(v58);
      float v60 = (1.0f + v59);
      float v61 = (v53 * v60);
      b0[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v61;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v62 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v63 = (c6 + v62);
      float v64 = (0.5f * v63);
      float v65 = (0.044715f * v63);
      float v66 = (v65 * v63);
      float v67 = (v66 * v63);
      float v68 = (v63 + v67);
      float v69 = (0.7978845608028654f * v68);
      float v70 = tanhf(v69);
      float v71 = (1.0f + v70);
      float v72 = (v64 * v71);
      b0[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v72;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v73 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v74 = (c7 + v73);
      float v75 = (0.5f * v74);
      float v76 = (0.044715f * v74);
      float v77 = (v76 * v74);
      float v78 = (v77 * v74);
      float v79 = (v74 + v78);
      float v80 = (0.7978845608028654f * v79);
      float v81 = tanhf(v80);
      float v82 = (1.0f + v81);
      float v83 = (v75 * v82);
      b0[(2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v83;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v84 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v85 = (c8 + v84);
      float v86 = (0.5f * v85);
      float v87 = (0.044715f * v85);
      float v88 = (v87 * v85);
      float v89 = (v88 * v85);
      float v90 = (v85 + v89);
      float v91 = (0.7978845608028654f * v90);
      float v92 = tanhf(v91);
      float v93 = (1.0f + v92);
      float v94 = (v86 * v93);
      b0[(2064 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v94;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v95 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v96 = (c9 + v95);
      float v97 = (0.5f * v96);
      float v98 = (0.044715f * v96);
      float v99 = (v98 * v96);
      float v100 = (v99 * v96);
      float v101 = (v96 + v100);
      float v102 = (0.7978845608028654f * v101);
      float v103 = tanhf(v102);
      float v104 = (1.0f + v103);
      float v105 = (v97 * v104);
      b0[(2080 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v105;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v106 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v107 = (c10 + v106);
      float v108 = (0.5f * v107);
      float v109 = (0.044715f * v107);
      float v110 = (v109 * v107);
      float v111 = (v110 * v107);
      float v112 = (v107 + v111);
      float v113 = (0.7978845608028654f * v112);
      float v114 = tanhf(v113);
      float v115 = (1.0f + v114);
      float v116 = (v108 * v115);
      b0[(2096 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v116;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v117 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v118 = (c11 + v117);
      float v119 = (0.5f * v118);
      float v120 = (0.044715f * v118);
      float v121 = (v120 * v118);
      float v122 = (v121 * v118);
      float v123 = (v118 + v122);
      float v124 = (0.7978845608028654f * v123);
      float v125 = tanhf(v124);
      float v126 = (1.0f + v125);
      float v127 = (v119 * v126);
      b0[(4096 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v127;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v128 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v129 = (c12 + v128);
      float v130 = (0.5f * v129);
      float v131 = (0.044715f * v129);
      float v132 = (v131 * v129);
      float v133 = (v132 * v129);
      float v134 = (v129 + v133);
      float v135 = (0.7978845608028654f * v134);
      float v136 = tanhf(v135);
      float v137 = (1.0f + v136);
      float v138 = (v130 * v137);
      b0[(4112 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v138;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v139 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v140 = (c13 + v139);
      float v141 = (0.5f * v140);
      float v142 = (0.044715f * v140);
      float v143 = (v142 * v140);
      float v144 = (v143 * v140);
      float v145 = (v140 + v144);
      float v146 = (0.7978845608028654f * v145);
      float v147 = tanhf(v146);
      float v148 = (1.0f + v147);
      float v149 = (v141 * v148);
      b0[(4128 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v149;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v150 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v151 = (c14 + v150);
      float v152 = (0.5f * v151);
      float v153 = (0.044715f * v151);
      float v154 = (v153 * v151);
      float v155 = (v154 * v151);
      float v156 = (v151 + v155);
      float v157 = (0.7978845608028654f * v156);
      float v158 = tanhf(v157);
      float v159 = (1.0f + v158);
      float v160 = (v152 * v159);
      b0[(4144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v160;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v161 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v162 = (c15 + v161);
      float v163 = (0.5f * v162);
      float v164 = (0.044715f * v162);
      float v165 = (v164 * v162);
      float v166 = (v165 * v162);
      float v167 = (v162 + v166);
      float v168 = (0.7978845608028654f * v167);
      float v169 = tanhf(v168);
      float v170 = (1.0f + v169);
      float v171 = (v163 * v170);
      b0[(6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v171;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v172 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v173 = (c16 + v172);
      float v174 = (0.5f * v173);
      float v175 = (0.044715f * v173);
      float v176 = (v175 * v173);
      float v177 = (v176 * v173);
      float v178 = (v173 + v177);
      float v179 = (0.7978845608028654f * v178);
      float v180 = tanhf(v179);
      float v181 = (1.0f + v180);
      float v182 = (v174 * v181);
      b0[(6160 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v182;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v183 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v184 = (c17 + v183);
      float v185 = (0.5f * v184);
      float v186 = (0.044715f * v184);
      float v187 = (v186 * v184);
      float v188 = (v187 * v184);
      float v189 = (v184 + v188);
      float v190 = (0.7978845608028654f * v189);
      float v191 = tanhf(v190);
      float v192 = (1.0f + v191);
      float v193 = (v185 * v192);
      b0[(6176 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v193;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      float v194 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      float v195 = (c18 + v194);
      float v196 = (0.5f * v195);
      float v197 = (0.044715f * v195);
      float v198 = (v197 * v195);
      float v199 = (v198 * v195);
      float v200 = (v195 + v199);
      float v201 = (0.7978845608028654f * v200);
      float v202 = tanhf(v201);
      float v203 = (1.0f + v202);
      float v204 = (v196 * v203);
      b0[(6192 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v204;
    }
  }
}

extern "C" __global__ void __launch_bounds__(256) matmul_bias_add_1(float* __restrict__ b0, const float* __restrict__ b1, const float* __restrict__ b2, const float* __restrict__ b3, const float* __restrict__ b4, int n) {
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
    for (int k5 = (lidx0/16); k5 < 128; k5 += 16) {
      float v6 = ((0 < n) ? b2[k5] : 0.0f);
      float v7 = ((1 < n) ? b2[(128 + k5)] : 0.0f);
      float v8 = ((2 < n) ? b2[(256 + k5)] : 0.0f);
      float v9 = ((3 < n) ? b2[(384 + k5)] : 0.0f);
      float v10 = b3[(k5*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
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
        float v20 = b1[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v21 = (v20 + row12);
        float v22 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v23 = (v21 + v22);
        b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v23;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (1 < n))) {
        float v24 = b1[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v25 = (v24 + row14);
        float v26 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v27 = (v25 + v26);
        b0[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v27;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (2 < n))) {
        float v28 = b1[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v29 = (v28 + row16);
        float v30 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v31 = (v29 + v30);
        b0[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v31;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (3 < n))) {
        float v32 = b1[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v33 = (v32 + row18);
        float v34 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        float v35 = (v33 + v34);
        b0[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v35;
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
    for (int k19 = 0; k19 < 8; k19++) {
      *(uint4*)(As1 + ((lidx0%4)*4 + (lidx0/4)*16)) = (((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/4)) < n) ? *(const uint4*)(b2 + (k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*8192 + (lidx0%4)*4 + (lidx0/4)*128)) : make_uint4(0, 0, 0, 0));
      *(uint4*)(Bs2 + ((lidx0%16)*4 + (lidx0/16)*64)) = (((lidx0%16)*4 < 32) ? *(const uint4*)(b3 + (k19*512 + (lidx0%16)*4 + (lidx0/16)*32)) : make_uint4(0, 0, 0, 0));
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
      float v29 = b1[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v30 = (v29 + c3);
      float v31 = b4[(lidx0%16)];
      float v32 = (v30 + v31);
      b0[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v32;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v33 = b1[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v34 = (v33 + c4);
      float v35 = b4[(16 + (lidx0%16))];
      float v36 = (v34 + v35);
      b0[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v36;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v45 = b1[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v46 = (v45 + c7);
      float v47 = b4[(lidx0%16)];
      float v48 = (v46 + v47);
      b0[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v48;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v49 = b1[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v50 = (v49 + c8);
      float v51 = b4[(16 + (lidx0%16))];
      float v52 = (v50 + v51);
      b0[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v52;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v61 = b1[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v62 = (v61 + c11);
      float v63 = b4[(lidx0%16)];
      float v64 = (v62 + v63);
      b0[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v64;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v65 = b1[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v66 = (v65 + c12);
      float v67 = b4[(16 + (lidx0%16))];
      float v68 = (v66 + v67);
      b0[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v68;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v77 = b1[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v78 = (v77 + c15);
      float v79 = b4[(lidx0%16)];
      float v80 = (v78 + v79);
      b0[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v80;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      float v81 = b1[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      float v82 = (v81 + c16);
      float v83 = b4[(16 + (lidx0%16))];
      float v84 = (v82 + v83);
      b0[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v84;
    }
  }
}
