__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void r_n_32(__global float* restrict b0, __global const float* restrict b1, __global const float* restrict b2, int n) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float part6[256];
  if (((gidx0 + gidx1*ngroups0) < n*32)) {
    float acc1 = 0.0f;
    for (int r2 = lidx0; r2 < 64; r2 += 256) {
      float v3 = b1[(r2 + ((gidx0 + gidx1*ngroups0)/32)*64)];
      float v4 = b2[(r2*32 + ((gidx0 + gidx1*ngroups0)%32))];
      float v5 = (v3 * v4);
      acc1 = (acc1 + v5);
    }
    part6[lidx0] = acc1;
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 128)) {
      part6[lidx0] = (part6[lidx0] + part6[(128 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 64)) {
      part6[lidx0] = (part6[lidx0] + part6[(64 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 32)) {
      part6[lidx0] = (part6[lidx0] + part6[(32 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 16)) {
      part6[lidx0] = (part6[lidx0] + part6[(16 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 8)) {
      part6[lidx0] = (part6[lidx0] + part6[(8 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 4)) {
      part6[lidx0] = (part6[lidx0] + part6[(4 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 2)) {
      part6[lidx0] = (part6[lidx0] + part6[(2 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    if ((lidx0 < 1)) {
      part6[lidx0] = (part6[lidx0] + part6[(1 + lidx0)]);
    }
    barrier(CLK_LOCAL_MEM_FENCE);
    float row7 = part6[0];
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int c = lidx0; c < 1; c += 256) {
      b0[(((gidx0 + gidx1*ngroups0)%32) + ((gidx0 + gidx1*ngroups0)/32)*32)] = row7;
    }
  }
}
