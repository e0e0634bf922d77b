__kernel __attribute__((reqd_work_group_size(64, 1, 1))) void softmax(__global float* restrict b0, __global const float* restrict b1, int n) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float part5[64] __attribute__((aligned(16)));
  __local float part14[64] __attribute__((aligned(16)));
  float acc2 = -INFINITY;
  for (int r3 = lidx0; r3 < 64; r3 += 64) {
    float v4 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*64)];
    acc2 = fmax(acc2, v4);
  }
  part5[lidx0] = acc2;
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 32)) {
    part5[lidx0] = fmax(part5[lidx0], part5[(32 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 16)) {
    part5[lidx0] = fmax(part5[lidx0], part5[(16 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 8)) {
    part5[lidx0] = fmax(part5[lidx0], part5[(8 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 4)) {
    part5[lidx0] = fmax(part5[lidx0], part5[(4 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 2)) {
    part5[lidx0] = fmax(part5[lidx0], part5[(2 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 1)) {
    part5[lidx0] = fmax(part5[lidx0], part5[(1 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  float row6 = part5[0];
  barrier(CLK_LOCAL_MEM_FENCE);
  float acc9 = 0.0f;
  for (int r10 = lidx0; r10 < 64; r10 += 64) {
    float v11 = b1[(r10 + ((gidx0 + gidx1*ngroups0)%n)*64)];
    float v12 = (v11 - row6);
    float v13 = exp(v12);
    acc9 = (acc9 + v13);
  }
  part14[lidx0] = acc9;
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 32)) {
    part14[lidx0] = (part14[lidx0] + part14[(32 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 16)) {
    part14[lidx0] = (part14[lidx0] + part14[(16 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 8)) {
    part14[lidx0] = (part14[lidx0] + part14[(8 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 4)) {
    part14[lidx0] = (part14[lidx0] + part14[(4 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 2)) {
    part14[lidx0] = (part14[lidx0] + part14[(2 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  if ((lidx0 < 1)) {
    part14[lidx0] = (part14[lidx0] + part14[(1 + lidx0)]);
  }
  barrier(CLK_LOCAL_MEM_FENCE);
  float row15 = part14[0];
  barrier(CLK_LOCAL_MEM_FENCE);
  for (int c = lidx0; c < 64; c += 64) {
    float v1 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*64)];
    float v7 = (v1 - row6);
    float v8 = exp(v7);
    float v16 = (v8 / row15);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*64)] = v16;
    }
  }
}
