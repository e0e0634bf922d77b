__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void gemv(__global float* restrict b0, __global const float* restrict b1, __global const float* restrict b2) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float part5[256] __attribute__((aligned(16)));
  float c1 = 0.0f;
  for (int k2 = (lidx0/16); k2 < 64; k2 += 16) {
    float v3 = b1[k2];
    float v4 = b2[(k2*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
    c1 = (c1 + (v3 * v4));
  }
  part5[lidx0] = c1;
  barrier(CLK_LOCAL_MEM_FENCE);
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
