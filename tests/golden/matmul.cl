__kernel __attribute__((reqd_work_group_size(256, 1, 1))) void r_n_32(__global float* restrict b0, __global const float* restrict b1, __global const float* restrict b2, int n) {
  int gidx0 = (int)get_group_id(0);
  int gidx1 = (int)get_group_id(1);
  int ngroups0 = (int)get_num_groups(0);
  int lidx0 = (int)get_local_id(0);
  __local float As1[1024];
  __local float Bs2[1024];
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
    float v20 = (((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n) ? b1[(k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)] : 0.0f);
    As1[((lidx0%16) + (lidx0/16)*16)] = v20;
    float v21 = (((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n) ? b1[(1024 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)] : 0.0f);
    As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
    float v22 = (((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n) ? b1[(2048 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)] : 0.0f);
    As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
    float v23 = (((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n) ? b1[(3072 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)] : 0.0f);
    As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
    float v24 = (((lidx0%64) < 32) ? b2[(k19*512 + (lidx0%64) + (lidx0/64)*32)] : 0.0f);
    Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
    float v25 = (((lidx0%64) < 32) ? b2[(128 + k19*512 + (lidx0%64) + (lidx0/64)*32)] : 0.0f);
    Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
    float v26 = (((lidx0%64) < 32) ? b2[(256 + k19*512 + (lidx0%64) + (lidx0/64)*32)] : 0.0f);
    Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
    float v27 = (((lidx0%64) < 32) ? b2[(384 + k19*512 + (lidx0%64) + (lidx0/64)*32)] : 0.0f);
    Bs2[(768 + (lidx0%64) + (lidx0/64)*64)] = v27;
    barrier(CLK_LOCAL_MEM_FENCE);
    for (int kk28 = 0; kk28 < 16; kk28++) {
      float v29 = As1[(kk28 + (lidx0/16)*16)];
      float v30 = As1[(256 + kk28 + (lidx0/16)*16)];
      float v31 = As1[(512 + kk28 + (lidx0/16)*16)];
      float v32 = As1[(768 + kk28 + (lidx0/16)*16)];
      float v33 = Bs2[(kk28*64 + (lidx0%16))];
      float v34 = Bs2[(16 + kk28*64 + (lidx0%16))];
      float v35 = Bs2[(32 + kk28*64 + (lidx0%16))];
      float v36 = Bs2[(48 + kk28*64 + (lidx0%16))];
      c3 = (c3 + (v29 * v33));
      c4 = (c4 + (v29 * v34));
      c5 = (c5 + (v29 * v35));
      c6 = (c6 + (v29 * v36));
      c7 = (c7 + (v30 * v33));
      c8 = (c8 + (v30 * v34));
      c9 = (c9 + (v30 * v35));
      c10 = (c10 + (v30 * v36));
      c11 = (c11 + (v31 * v33));
      c12 = (c12 + (v31 * v34));
      c13 = (c13 + (v31 * v35));
      c14 = (c14 + (v31 * v36));
      c15 = (c15 + (v32 * v33));
      c16 = (c16 + (v32 * v34));
      c17 = (c17 + (v32 * v35));
      c18 = (c18 + (v32 * v36));
    }
    barrier(CLK_LOCAL_MEM_FENCE);
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c3;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c4;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + (lidx0%16)) < 32))) {
    b0[(32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c5;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + (lidx0%16)) < 32))) {
    b0[(48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c6;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c7;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c8;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + (lidx0%16)) < 32))) {
    b0[(544 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c9;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + (lidx0%16)) < 32))) {
    b0[(560 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c10;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c11;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c12;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + (lidx0%16)) < 32))) {
    b0[(1056 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c13;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + (lidx0%16)) < 32))) {
    b0[(1072 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c14;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c15;
  }
  if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
    b0[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c16;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + (lidx0%16)) < 32))) {
    b0[(1568 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c17;
  }
  if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + (lidx0%16)) < 32))) {
    b0[(1584 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = c18;
  }
}
