@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(3) var<uniform> vars: Vars;
var<workgroup> part11: array<f32, 1024>;
var<workgroup> As1: array<f32, 1024>;
var<workgroup> Bs2: array<f32, 1024>;
@compute @workgroup_size(256) fn matmul(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 2))) {
    var c1: f32 = 0.0f;
    var c2: f32 = 0.0f;
    var c3: f32 = 0.0f;
    var c4: f32 = 0.0f;
    for (var k5: i32 = (lidx0/16); k5 < 64; k5 += 16) {
      let v6: f32 = select(0.0f, b1[k5], (0 < n));
      let v7: f32 = select(0.0f, b1[(64 + k5)], (1 < n));
      let v8: f32 = select(0.0f, b1[(128 + k5)], (2 < n));
      let v9: f32 = select(0.0f, b1[(192 + k5)], (3 < n));
      let v10: f32 = b2[(k5*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
      c1 = (c1 + (v6 * v10));
      c2 = (c2 + (v7 * v10));
      c3 = (c3 + (v8 * v10));
      c4 = (c4 + (v9 * v10));
    }
    part11[lidx0] = c1;
    part11[(256 + lidx0)] = c2;
    part11[(512 + lidx0)] = c3;
    part11[(768 + lidx0)] = c4;
    workgroupBarrier();
    if (((lidx0/16) < 1)) {
      var row12: f32 = 0.0f;
      for (var j13: i32 = 0; j13 < 16; j13 += 1) {
        row12 = (row12 + part11[(j13*16 + (lidx0%16))]);
      }
      var row14: f32 = 0.0f;
      for (var j15: i32 = 0; j15 < 16; j15 += 1) {
        row14 = (row14 + part11[(256 + j15*16 + (lidx0%16))]);
      }
      var row16: f32 = 0.0f;
      for (var j17: i32 = 0; j17 < 16; j17 += 1) {
        row16 = (row16 + part11[(512 + j17*16 + (lidx0%16))]);
      }
      var row18: f32 = 0.0f;
      for (var j19: i32 = 0; j19 < 16; j19 += 1) {
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
    var c3: f32 = 0.0f;
    var c4: f32 = 0.0f;
    var c5: f32 = 0.0f;
    var c6: f32 = 0.0f;
    var c7: f32 = 0.0f;
    var c8: f32 = 0.0f;
    var c9: f32 = 0.0f;
    var c10: f32 = 0.0f;
    var c11: f32 = 0.0f;
    var c12: f32 = 0.0f;
    var c13: f32 = 0.0f;
    var c14: f32 = 0.0f;
    var c15: f32 = 0.0f;
    var c16: f32 = 0.0f;
    var c17: f32 = 0.0f;
    var c18: f32 = 0.0f;
    for (var k19: i32 = 0; k19 < 4; k19 += 1) {
      let v20: f32 = select(0.0f, b1[(k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)], ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b1[(1024 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)], ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b1[(2048 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)], ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b1[(3072 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*4096 + (lidx0%16) + (lidx0/16)*64)], ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = select(0.0f, b2[(k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
      let v25: f32 = select(0.0f, b2[(128 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
      let v26: f32 = select(0.0f, b2[(256 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
      let v27: f32 = select(0.0f, b2[(384 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(768 + (lidx0%64) + (lidx0/64)*64)] = v27;
      workgroupBarrier();
      for (var kk28: i32 = 0; kk28 < 16; kk28 += 1) {
        let v29: f32 = As1[(kk28 + (lidx0/16)*16)];
        let v30: f32 = As1[(256 + kk28 + (lidx0/16)*16)];
        let v31: f32 = As1[(512 + kk28 + (lidx0/16)*16)];
        let v32: f32 = As1[(768 + kk28 + (lidx0/16)*16)];
        let v33: f32 = Bs2[(kk28*64 + (lidx0%16))];
        let v34: f32 = Bs2[(16 + kk28*64 + (lidx0%16))];
        let v35: f32 = Bs2[(32 + kk28*64 + (lidx0%16))];
        let v36: f32 = Bs2[(48 + kk28*64 + (lidx0%16))];
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
      workgroupBarrier();
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
