@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(4) var<uniform> vars: Vars;
var<workgroup> part5: array<f32, 64>;
var<workgroup> part14: array<f32, 64>;
@compute @workgroup_size(64) fn layer_norm(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var acc2: f32 = 0.0f;
  for (var r3: i32 = lidx0; r3 < 32; r3 += 64) {
    let v4: f32 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    acc2 = (acc2 + v4);
  }
  part5[lidx0] = acc2;
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part5[lidx0] = (part5[lidx0] + part5[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part5[lidx0] = (part5[lidx0] + part5[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part5[lidx0] = (part5[lidx0] + part5[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part5[lidx0] = (part5[lidx0] + part5[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part5[lidx0] = (part5[lidx0] + part5[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part5[lidx0] = (part5[lidx0] + part5[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row6: f32 = part5[0];
  workgroupBarrier();
  let v7: f32 = (row6 / 32.0f);
  var acc9: f32 = 0.0f;
  for (var r10: i32 = lidx0; r10 < 32; r10 += 64) {
    let v11: f32 = b1[(r10 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    let v12: f32 = (v11 - v7);
    let v13: f32 = (v12 * v12);
    acc9 = (acc9 + v13);
  }
  part14[lidx0] = acc9;
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part14[lidx0] = (part14[lidx0] + part14[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part14[lidx0] = (part14[lidx0] + part14[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part14[lidx0] = (part14[lidx0] + part14[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part14[lidx0] = (part14[lidx0] + part14[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part14[lidx0] = (part14[lidx0] + part14[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part14[lidx0] = (part14[lidx0] + part14[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row15: f32 = part14[0];
  workgroupBarrier();
  let v16: f32 = (row15 / 32.0f);
  let v17: f32 = (v16 + 1e-05f);
  let v18: f32 = sqrt(v17);
  let v19: f32 = (1.0f / v18);
  for (var c: i32 = lidx0; c < 32; c += 64) {
    let v1: f32 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*32)];
    let v8: f32 = (v1 - v7);
    let v20: f32 = (v8 * v19);
    let v21: f32 = b2[c];
    let v22: f32 = (v20 * v21);
    let v23: f32 = b3[c];
    let v24: f32 = (v22 + v23);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*32)] = v24;
    }
  }
}

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(4) var<uniform> vars: Vars;
var<workgroup> part11: array<f32, 1024>;
var<workgroup> As1: array<f32, 1024>;
var<workgroup> Bs2: array<f32, 1024>;
@compute @workgroup_size(256) fn matmul_bias(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 6))) {
    var c1: f32 = 0.0f;
    var c2: f32 = 0.0f;
    var c3: f32 = 0.0f;
    var c4: f32 = 0.0f;
    for (var k5: i32 = (lidx0/16); k5 < 32; k5 += 16) {
      let v6: f32 = select(0.0f, b1[k5], (0 < n));
      let v7: f32 = select(0.0f, b1[(32 + k5)], (1 < n));
      let v8: f32 = select(0.0f, b1[(64 + k5)], (2 < n));
      let v9: f32 = select(0.0f, b1[(96 + k5)], (3 < n));
      let v10: f32 = b2[(k5*96 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
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
      if ((((gidx0 + gidx1*ngroups0) < 6) && (0 < n))) {
        let v20: f32 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        let v21: f32 = (row12 + v20);
        b0[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v21;
      }
      if ((((gidx0 + gidx1*ngroups0) < 6) && (1 < n))) {
        let v22: f32 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        let v23: f32 = (row14 + v22);
        b0[(96 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v23;
      }
      if ((((gidx0 + gidx1*ngroups0) < 6) && (2 < n))) {
        let v24: f32 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        let v25: f32 = (row16 + v24);
        b0[(192 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v25;
      }
      if ((((gidx0 + gidx1*ngroups0) < 6) && (3 < n))) {
        let v26: f32 = b3[(((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))];
        let v27: f32 = (row18 + v26);
        b0[(288 + ((gidx0 + gidx1*ngroups0)%6)*16 + (lidx0%16))] = v27;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2))) {
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
    for (var k19: i32 = 0; k19 < 2; k19 += 1) {
      let v20: f32 = select(0.0f, b1[(k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b1[(512 + k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b1[(1024 + k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b1[(1536 + k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = select(0.0f, b2[(k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*96)], (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64)) < 96));
      Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
      let v25: f32 = select(0.0f, b2[(384 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*96)], (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64)) < 96));
      Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
      let v26: f32 = select(0.0f, b2[(768 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*96)], (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64)) < 96));
      Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
      let v27: f32 = select(0.0f, b2[(1152 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*96)], (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64)) < 96));
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
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v37: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v38: f32 = (c3 + v37);
      b0[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v38;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v39: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v40: f32 = (c4 + v39);
      b0[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v40;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v41: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v42: f32 = (c5 + v41);
      b0[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v42;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v43: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v44: f32 = (c6 + v43);
      b0[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v44;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v45: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v46: f32 = (c7 + v45);
      b0[(1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v46;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v47: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v48: f32 = (c8 + v47);
      b0[(1552 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v48;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v49: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v50: f32 = (c9 + v49);
      b0[(1568 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v50;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v51: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v52: f32 = (c10 + v51);
      b0[(1584 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v52;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v53: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v54: f32 = (c11 + v53);
      b0[(3072 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v54;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v55: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v56: f32 = (c12 + v55);
      b0[(3088 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v56;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v57: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v58: f32 = (c13 + v57);
      b0[(3104 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v58;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v59: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v60: f32 = (c14 + v59);
      b0[(3120 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v60;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v61: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v62: f32 = (c15 + v61);
      b0[(4608 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v62;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v63: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v64: f32 = (c16 + v63);
      b0[(4624 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v64;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v65: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v66: f32 = (c17 + v65);
      b0[(4640 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v66;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n)) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16)) < 96))) {
      let v67: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v68: f32 = (c18 + v67);
      b0[(4656 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*6144 + (lidx0%16) + (lidx0/16)*96)] = v68;
    }
  }
}

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(2) var<uniform> vars: Vars;
var<workgroup> part11: array<f32, 1024>;
var<workgroup> As1: array<f32, 1024>;
var<workgroup> Bs2: array<f32, 1024>;
fn f32_bits(u: u32) -> f32 { return bitcast<f32>(u); }
@compute @workgroup_size(256) fn matmul_scale_mask(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2))) {
    var c1: f32 = 0.0f;
    var c2: f32 = 0.0f;
    var c3: f32 = 0.0f;
    var c4: f32 = 0.0f;
    for (var k5: i32 = (lidx0%16); k5 < 16; k5 += 16) {
      let v6: f32 = select(0.0f, b1[(k5 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)], (0 < n));
      let v7: f32 = select(0.0f, b1[(96 + k5 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)], (1 < n));
      let v8: f32 = select(0.0f, b1[(192 + k5 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)], (2 < n));
      let v9: f32 = select(0.0f, b1[(288 + k5 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16)], (3 < n));
      let v10: f32 = select(0.0f, b1[(32 + k5 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*1536 + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16))*16 + (lidx0/16)*96)], (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) < n));
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
    if (((lidx0%16) < 1)) {
      var row12: f32 = 0.0f;
      for (var j13: i32 = 0; j13 < 16; j13 += 1) {
        row12 = (row12 + part11[(j13 + (lidx0/16)*16)]);
      }
      var row14: f32 = 0.0f;
      for (var j15: i32 = 0; j15 < 16; j15 += 1) {
        row14 = (row14 + part11[(256 + j15 + (lidx0/16)*16)]);
      }
      var row16: f32 = 0.0f;
      for (var j17: i32 = 0; j17 < 16; j17 += 1) {
        row16 = (row16 + part11[(512 + j17 + (lidx0/16)*16)]);
      }
      var row18: f32 = 0.0f;
      for (var j19: i32 = 0; j19 < 16; j19 += 1) {
        row18 = (row18 + part11[(768 + j19 + (lidx0/16)*16)]);
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) < n)) && (0 < n))) {
        let v20: i32 = (0 + 0);
        let v21: bool = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) <= v20);
        let v22: f32 = (row12 * 0.25f);
        let v23: f32 = select(f32_bits(0xff800000u), v22, v21);
        b0[(n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16))] = v23;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) < n)) && (1 < n))) {
        let v24: i32 = (1 + 0);
        let v25: bool = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) <= v24);
        let v26: f32 = (row14 * 0.25f);
        let v27: f32 = select(f32_bits(0xff800000u), v26, v25);
        b0[(n + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16))] = v27;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) < n)) && (2 < n))) {
        let v28: i32 = (2 + 0);
        let v29: bool = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) <= v28);
        let v30: f32 = (row16 * 0.25f);
        let v31: f32 = select(f32_bits(0xff800000u), v30, v29);
        b0[(n*2 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16))] = v31;
      }
      if (((((gidx0 + gidx1*ngroups0) < ((15 + n)/16)*2) && (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) < n)) && (3 < n))) {
        let v32: i32 = (3 + 0);
        let v33: bool = (((((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16)) <= v32);
        let v34: f32 = (row18 * 0.25f);
        let v35: f32 = select(f32_bits(0xff800000u), v34, v33);
        b0[(n*3 + n*n*(((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))/((15 + n)/16)) + (((gidx0 + gidx1*ngroups0)%(((15 + n)/16)*2))%((15 + n)/16))*16 + (lidx0/16))] = v35;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2))) {
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
    for (var k19: i32 = 0; k19 < 1; k19 += 1) {
      let v20: f32 = select(0.0f, b1[(k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b1[(1536 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b1[(3072 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b1[(4608 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = select(0.0f, b1[(32 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0/16)) < n));
      Bs2[((lidx0%16)*64 + (lidx0/16))] = v24;
      let v25: f32 = select(0.0f, b1[(1568 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0/16)) < n));
      Bs2[(16 + (lidx0%16)*64 + (lidx0/16))] = v25;
      let v26: f32 = select(0.0f, b1[(3104 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0/16)) < n));
      Bs2[(32 + (lidx0%16)*64 + (lidx0/16))] = v26;
      let v27: f32 = select(0.0f, b1[(4640 + k19*16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64)))*16 + (lidx0%16) + (lidx0/16)*96)], ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0/16)) < n));
      Bs2[(48 + (lidx0%16)*64 + (lidx0/16))] = v27;
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
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v37: i32 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v38: bool = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v37);
      let v39: f32 = (c3 * 0.25f);
      let v40: f32 = select(f32_bits(0xff800000u), v39, v38);
      b0[(n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v40;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v41: i32 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v42: bool = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v41);
      let v43: f32 = (c4 * 0.25f);
      let v44: f32 = select(f32_bits(0xff800000u), v43, v42);
      b0[(16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v44;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v45: i32 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v46: bool = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v45);
      let v47: f32 = (c5 * 0.25f);
      let v48: f32 = select(f32_bits(0xff800000u), v47, v46);
      b0[(32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v48;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v49: i32 = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v50: bool = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v49);
      let v51: f32 = (c6 * 0.25f);
      let v52: f32 = select(f32_bits(0xff800000u), v51, v50);
      b0[(48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v52;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v53: i32 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v54: bool = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v53);
      let v55: f32 = (c7 * 0.25f);
      let v56: f32 = select(f32_bits(0xff800000u), v55, v54);
      b0[(n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v56;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v57: i32 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v58: bool = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v57);
      let v59: f32 = (c8 * 0.25f);
      let v60: f32 = select(f32_bits(0xff800000u), v59, v58);
      b0[(16 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v60;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v61: i32 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v62: bool = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v61);
      let v63: f32 = (c9 * 0.25f);
      let v64: f32 = select(f32_bits(0xff800000u), v63, v62);
      b0[(32 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v64;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v65: i32 = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v66: bool = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v65);
      let v67: f32 = (c10 * 0.25f);
      let v68: f32 = select(f32_bits(0xff800000u), v67, v66);
      b0[(48 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v68;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v69: i32 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v70: bool = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v69);
      let v71: f32 = (c11 * 0.25f);
      let v72: f32 = select(f32_bits(0xff800000u), v71, v70);
      b0[(n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v72;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v73: i32 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v74: bool = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v73);
      let v75: f32 = (c12 * 0.25f);
      let v76: f32 = select(f32_bits(0xff800000u), v75, v74);
      b0[(16 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v76;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v77: i32 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v78: bool = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v77);
      let v79: f32 = (c13 * 0.25f);
      let v80: f32 = select(f32_bits(0xff800000u), v79, v78);
      b0[(32 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v80;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v81: i32 = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v82: bool = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v81);
      let v83: f32 = (c14 * 0.25f);
      let v84: f32 = select(f32_bits(0xff800000u), v83, v82);
      b0[(48 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v84;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v85: i32 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v86: bool = ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v85);
      let v87: f32 = (c15 * 0.25f);
      let v88: f32 = select(f32_bits(0xff800000u), v87, v86);
      b0[(n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v88;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v89: i32 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v90: bool = ((16 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v89);
      let v91: f32 = (c16 * 0.25f);
      let v92: f32 = select(f32_bits(0xff800000u), v91, v90);
      b0[(16 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v92;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v93: i32 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v94: bool = ((32 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v93);
      let v95: f32 = (c17 * 0.25f);
      let v96: f32 = select(f32_bits(0xff800000u), v95, v94);
      b0[(32 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v96;
    }
    if (((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*((63 + n)/64)*2) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) < n)) && ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) < n))) {
      let v97: i32 = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + (lidx0/16)) + 0);
      let v98: bool = ((48 + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16)) <= v97);
      let v99: f32 = (c18 * 0.25f);
      let v100: f32 = select(f32_bits(0xff800000u), v99, v98);
      b0[(48 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))/(((63 + n)/64)*((63 + n)/64))) + n*((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))/((63 + n)/64))*64 + n*(lidx0/16) + ((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*((63 + n)/64)*2))%(((63 + n)/64)*((63 + n)/64)))%((63 + n)/64))*64 + (lidx0%16))] = v100;
    }
  }
}

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(2) var<uniform> vars: Vars;
var<workgroup> part5: array<f32, 64>;
var<workgroup> part14: array<f32, 64>;
fn f32_bits(u: u32) -> f32 { return bitcast<f32>(u); }
@compute @workgroup_size(64) fn softmax(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var acc2: f32 = f32_bits(0xff800000u);
  for (var r3: i32 = lidx0; r3 < n; r3 += 64) {
    let v4: f32 = b1[(n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n) + r3)];
    acc2 = max(acc2, v4);
  }
  part5[lidx0] = acc2;
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part5[lidx0] = max(part5[lidx0], part5[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part5[lidx0] = max(part5[lidx0], part5[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part5[lidx0] = max(part5[lidx0], part5[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part5[lidx0] = max(part5[lidx0], part5[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part5[lidx0] = max(part5[lidx0], part5[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part5[lidx0] = max(part5[lidx0], part5[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row6: f32 = part5[0];
  workgroupBarrier();
  var acc9: f32 = 0.0f;
  for (var r10: i32 = lidx0; r10 < n; r10 += 64) {
    let v11: f32 = b1[(n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n) + r10)];
    let v12: f32 = (v11 - row6);
    let v13: f32 = exp(v12);
    acc9 = (acc9 + v13);
  }
  part14[lidx0] = acc9;
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part14[lidx0] = (part14[lidx0] + part14[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part14[lidx0] = (part14[lidx0] + part14[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part14[lidx0] = (part14[lidx0] + part14[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part14[lidx0] = (part14[lidx0] + part14[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part14[lidx0] = (part14[lidx0] + part14[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part14[lidx0] = (part14[lidx0] + part14[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row15: f32 = part14[0];
  workgroupBarrier();
  for (var c: i32 = lidx0; c < n; c += 64) {
    let v1: f32 = b1[(c + n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n))];
    let v7: f32 = (v1 - row6);
    let v8: f32 = exp(v7);
    let v16: f32 = (v8 / row15);
    if (((gidx0 + gidx1*ngroups0) < n*2)) {
      b0[(c + n*n*(((gidx0 + gidx1*ngroups0)%(n*2))/n) + n*(((gidx0 + gidx1*ngroups0)%(n*2))%n))] = v16;
    }
  }
}

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
    for (var k5: i32 = (lidx0/16); k5 < n; k5 += 16) {
      let v6: f32 = select(0.0f, b1[(k5 + n*n*((gidx0 + gidx1*ngroups0)%2))], (0 < n));
      let v7: f32 = select(0.0f, b1[(k5 + n + n*n*((gidx0 + gidx1*ngroups0)%2))], (1 < n));
      let v8: f32 = select(0.0f, b1[(k5 + n*2 + n*n*((gidx0 + gidx1*ngroups0)%2))], (2 < n));
      let v9: f32 = select(0.0f, b1[(k5 + n*3 + n*n*((gidx0 + gidx1*ngroups0)%2))], (3 < n));
      let v10: f32 = b2[(64 + k5*96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
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
    for (var k19: i32 = 0; k19 < ((15 + n)/16); k19 += 1) {
      let v20: f32 = select(0.0f, b1[(k19*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))], ((((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b1[(k19*16 + n*16 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))], (((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b1[(k19*16 + n*32 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))], (((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b1[(k19*16 + n*48 + n*n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64)) + n*(((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + n*(lidx0/16) + (lidx0%16))], (((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%((63 + n)/64))*64 + (lidx0/16)) < n) && ((k19*16 + (lidx0%16)) < n)));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = select(0.0f, b2[(64 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (lidx0%64) + (lidx0/64)*96)], (((k19*16 + (lidx0/64)) < n) && ((lidx0%64) < 16)));
      Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
      let v25: f32 = select(0.0f, b2[(448 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (lidx0%64) + (lidx0/64)*96)], (((4 + k19*16 + (lidx0/64)) < n) && ((lidx0%64) < 16)));
      Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
      let v26: f32 = select(0.0f, b2[(832 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (lidx0%64) + (lidx0/64)*96)], (((8 + k19*16 + (lidx0/64)) < n) && ((lidx0%64) < 16)));
      Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
      let v27: f32 = select(0.0f, b2[(1216 + k19*1536 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/((63 + n)/64))*16 + (lidx0%64) + (lidx0/64)*96)], (((12 + k19*16 + (lidx0/64)) < n) && ((lidx0%64) < 16)));
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

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(5) var<uniform> vars: Vars;
var<workgroup> part12: array<f32, 1024>;
var<workgroup> As1: array<f32, 1024>;
var<workgroup> Bs2: array<f32, 1024>;
@compute @workgroup_size(256) fn matmul_bias_add(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
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
    for (var kb5: i32 = 0; kb5 < 2; kb5 += 1) {
      for (var kj6: i32 = 0; kj6 < 1; kj6 += 1) {
        let v7: f32 = select(0.0f, b2[(kb5*n*16 + kj6*n*16 + (lidx0/16))], (0 < n));
        let v8: f32 = select(0.0f, b2[(16 + kb5*n*16 + kj6*n*16 + (lidx0/16))], (1 < n));
        let v9: f32 = select(0.0f, b2[(32 + kb5*n*16 + kj6*n*16 + (lidx0/16))], (2 < n));
        let v10: f32 = select(0.0f, b2[(48 + kb5*n*16 + kj6*n*16 + (lidx0/16))], (3 < n));
        let v11: f32 = b3[(kb5*512 + kj6*512 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16) + (lidx0/16)*32)];
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
    workgroupBarrier();
    if (((lidx0/16) < 1)) {
      var row13: f32 = 0.0f;
      for (var j14: i32 = 0; j14 < 16; j14 += 1) {
        row13 = (row13 + part12[(j14*16 + (lidx0%16))]);
      }
      var row15: f32 = 0.0f;
      for (var j16: i32 = 0; j16 < 16; j16 += 1) {
        row15 = (row15 + part12[(256 + j16*16 + (lidx0%16))]);
      }
      var row17: f32 = 0.0f;
      for (var j18: i32 = 0; j18 < 16; j18 += 1) {
        row17 = (row17 + part12[(512 + j18*16 + (lidx0%16))]);
      }
      var row19: f32 = 0.0f;
      for (var j20: i32 = 0; j20 < 16; j20 += 1) {
        row19 = (row19 + part12[(768 + j20*16 + (lidx0%16))]);
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (0 < n))) {
        let v21: f32 = b1[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v22: f32 = (v21 + row13);
        let v23: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v24: f32 = (v22 + v23);
        b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v24;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (1 < n))) {
        let v25: f32 = b1[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v26: f32 = (v25 + row15);
        let v27: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v28: f32 = (v26 + v27);
        b0[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v28;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (2 < n))) {
        let v29: f32 = b1[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v30: f32 = (v29 + row17);
        let v31: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v32: f32 = (v30 + v31);
        b0[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v32;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (3 < n))) {
        let v33: f32 = b1[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v34: f32 = (v33 + row19);
        let v35: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v36: f32 = (v34 + v35);
        b0[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v36;
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
    for (var k19: i32 = 0; k19 < 2; k19 += 1) {
      let v20: f32 = select(0.0f, b2[(k19*n*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)], ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b2[(256 + k19*n*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)], ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b2[(512 + k19*n*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)], ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b2[(768 + k19*n*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*1024 + (lidx0%16) + (lidx0/16)*16)], ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = select(0.0f, b3[(k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
      let v25: f32 = select(0.0f, b3[(128 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
      let v26: f32 = select(0.0f, b3[(256 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
      let v27: f32 = select(0.0f, b3[(384 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
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
      let v37: f32 = b1[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v38: f32 = (v37 + c3);
      let v39: f32 = b4[(lidx0%16)];
      let v40: f32 = (v38 + v39);
      b0[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v40;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v41: f32 = b1[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v42: f32 = (v41 + c4);
      let v43: f32 = b4[(16 + (lidx0%16))];
      let v44: f32 = (v42 + v43);
      b0[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v44;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v53: f32 = b1[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v54: f32 = (v53 + c7);
      let v55: f32 = b4[(lidx0%16)];
      let v56: f32 = (v54 + v55);
      b0[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v56;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v57: f32 = b1[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v58: f32 = (v57 + c8);
      let v59: f32 = b4[(16 + (lidx0%16))];
      let v60: f32 = (v58 + v59);
      b0[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v60;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v69: f32 = b1[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v70: f32 = (v69 + c11);
      let v71: f32 = b4[(lidx0%16)];
      let v72: f32 = (v70 + v71);
      b0[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v72;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v73: f32 = b1[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v74: f32 = (v73 + c12);
      let v75: f32 = b4[(16 + (lidx0%16))];
      let v76: f32 = (v74 + v75);
      b0[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v76;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v85: f32 = b1[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v86: f32 = (v85 + c15);
      let v87: f32 = b4[(lidx0%16)];
      let v88: f32 = (v86 + v87);
      b0[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v88;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v89: f32 = b1[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v90: f32 = (v89 + c16);
      let v91: f32 = b4[(16 + (lidx0%16))];
      let v92: f32 = (v90 + v91);
      b0[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v92;
    }
  }
}

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(4) var<uniform> vars: Vars;
var<workgroup> part5: array<f32, 64>;
var<workgroup> part14: array<f32, 64>;
@compute @workgroup_size(64) fn layer_norm_1(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var acc2: f32 = 0.0f;
  for (var r3: i32 = lidx0; r3 < 32; r3 += 64) {
    let v4: f32 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    acc2 = (acc2 + v4);
  }
  part5[lidx0] = acc2;
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part5[lidx0] = (part5[lidx0] + part5[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part5[lidx0] = (part5[lidx0] + part5[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part5[lidx0] = (part5[lidx0] + part5[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part5[lidx0] = (part5[lidx0] + part5[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part5[lidx0] = (part5[lidx0] + part5[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part5[lidx0] = (part5[lidx0] + part5[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row6: f32 = part5[0];
  workgroupBarrier();
  let v7: f32 = (row6 / 32.0f);
  var acc9: f32 = 0.0f;
  for (var r10: i32 = lidx0; r10 < 32; r10 += 64) {
    let v11: f32 = b1[(r10 + ((gidx0 + gidx1*ngroups0)%n)*32)];
    let v12: f32 = (v11 - v7);
    let v13: f32 = (v12 * v12);
    acc9 = (acc9 + v13);
  }
  part14[lidx0] = acc9;
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part14[lidx0] = (part14[lidx0] + part14[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part14[lidx0] = (part14[lidx0] + part14[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part14[lidx0] = (part14[lidx0] + part14[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part14[lidx0] = (part14[lidx0] + part14[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part14[lidx0] = (part14[lidx0] + part14[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part14[lidx0] = (part14[lidx0] + part14[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row15: f32 = part14[0];
  workgroupBarrier();
  let v16: f32 = (row15 / 32.0f);
  let v17: f32 = (v16 + 1e-05f);
  let v18: f32 = sqrt(v17);
  let v19: f32 = (1.0f / v18);
  for (var c: i32 = lidx0; c < 32; c += 64) {
    let v1: f32 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*32)];
    let v8: f32 = (v1 - v7);
    let v20: f32 = (v8 * v19);
    let v21: f32 = b2[c];
    let v22: f32 = (v20 * v21);
    let v23: f32 = b3[c];
    let v24: f32 = (v22 + v23);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*32)] = v24;
    }
  }
}

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(4) var<uniform> vars: Vars;
var<workgroup> part11: array<f32, 1024>;
var<workgroup> As1: array<f32, 1024>;
var<workgroup> Bs2: array<f32, 1024>;
@compute @workgroup_size(256) fn matmul_bias_gelu(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  if (((n < 5) && ((gidx0 + gidx1*ngroups0) < 8))) {
    var c1: f32 = 0.0f;
    var c2: f32 = 0.0f;
    var c3: f32 = 0.0f;
    var c4: f32 = 0.0f;
    for (var k5: i32 = (lidx0/16); k5 < 32; k5 += 16) {
      let v6: f32 = select(0.0f, b1[k5], (0 < n));
      let v7: f32 = select(0.0f, b1[(32 + k5)], (1 < n));
      let v8: f32 = select(0.0f, b1[(64 + k5)], (2 < n));
      let v9: f32 = select(0.0f, b1[(96 + k5)], (3 < n));
      let v10: f32 = b2[(k5*128 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
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
      if ((((gidx0 + gidx1*ngroups0) < 8) && (0 < n))) {
        let v20: f32 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        let v21: f32 = (row12 + v20);
        let v22: f32 = (0.5f * v21);
        let v23: f32 = (0.044715f * v21);
        let v24: f32 = (v23 * v21);
        let v25: f32 = (v24 * v21);
        let v26: f32 = (v21 + v25);
        let v27: f32 = (0.7978845608028654f * v26);
        let v28: f32 = tanh(clamp(v27, -15.0f, 15.0f));
        let v29: f32 = (1.0f + v28);
        let v30: f32 = (v22 * v29);
        b0[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v30;
      }
      if ((((gidx0 + gidx1*ngroups0) < 8) && (1 < n))) {
        let v31: f32 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        let v32: f32 = (row14 + v31);
        let v33: f32 = (0.5f * v32);
        let v34: f32 = (0.044715f * v32);
        let v35: f32 = (v34 * v32);
        let v36: f32 = (v35 * v32);
        let v37: f32 = (v32 + v36);
        let v38: f32 = (0.7978845608028654f * v37);
        let v39: f32 = tanh(clamp(v38, -15.0f, 15.0f));
        let v40: f32 = (1.0f + v39);
        let v41: f32 = (v33 * v40);
        b0[(128 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v41;
      }
      if ((((gidx0 + gidx1*ngroups0) < 8) && (2 < n))) {
        let v42: f32 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        let v43: f32 = (row16 + v42);
        let v44: f32 = (0.5f * v43);
        let v45: f32 = (0.044715f * v43);
        let v46: f32 = (v45 * v43);
        let v47: f32 = (v46 * v43);
        let v48: f32 = (v43 + v47);
        let v49: f32 = (0.7978845608028654f * v48);
        let v50: f32 = tanh(clamp(v49, -15.0f, 15.0f));
        let v51: f32 = (1.0f + v50);
        let v52: f32 = (v44 * v51);
        b0[(256 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v52;
      }
      if ((((gidx0 + gidx1*ngroups0) < 8) && (3 < n))) {
        let v53: f32 = b3[(((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))];
        let v54: f32 = (row18 + v53);
        let v55: f32 = (0.5f * v54);
        let v56: f32 = (0.044715f * v54);
        let v57: f32 = (v56 * v54);
        let v58: f32 = (v57 * v54);
        let v59: f32 = (v54 + v58);
        let v60: f32 = (0.7978845608028654f * v59);
        let v61: f32 = tanh(clamp(v60, -15.0f, 15.0f));
        let v62: f32 = (1.0f + v61);
        let v63: f32 = (v55 * v62);
        b0[(384 + ((gidx0 + gidx1*ngroups0)%8)*16 + (lidx0%16))] = v63;
      }
    }
  }
  if (((!(n < 5)) && ((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2))) {
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
    for (var k19: i32 = 0; k19 < 2; k19 += 1) {
      let v20: f32 = select(0.0f, b1[(k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b1[(512 + k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b1[(1024 + k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b1[(1536 + k19*16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*2048 + (lidx0%16) + (lidx0/16)*32)], ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = b2[(k19*2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*128)];
      Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
      let v25: f32 = b2[(512 + k19*2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*128)];
      Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
      let v26: f32 = b2[(1024 + k19*2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*128)];
      Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
      let v27: f32 = b2[(1536 + k19*2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%64) + (lidx0/64)*128)];
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
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v37: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v38: f32 = (c3 + v37);
      let v39: f32 = (0.5f * v38);
      let v40: f32 = (0.044715f * v38);
      let v41: f32 = (v40 * v38);
      let v42: f32 = (v41 * v38);
      let v43: f32 = (v38 + v42);
      let v44: f32 = (0.7978845608028654f * v43);
      let v45: f32 = tanh(clamp(v44, -15.0f, 15.0f));
      let v46: f32 = (1.0f + v45);
      let v47: f32 = (v39 * v46);
      b0[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v47;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v48: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v49: f32 = (c4 + v48);
      let v50: f32 = (0.5f * v49);
      let v51: f32 = (0.044715f * v49);
      let v52: f32 = (v51 * v49);
      let v53: f32 = (v52 * v49);
      let v54: f32 = (v49 + v53);
      let v55: f32 = (0.7978845608028654f * v54);
      let v56: f32 = tanh(clamp(v55, -15.0f, 15.0f));
      let v57: f32 = (1.0f + v56);
      let v58: f32 = (v50 * v57);
      b0[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v58;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v59: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v60: f32 = (c5 + v59);
      let v61: f32 = (0.5f * v60);
      let v62: f32 = (0.044715f * v60);
      let v63: f32 = (v62 * v60);
      let v64: f32 = (v63 * v60);
      let v65: f32 = (v60 + v64);
      let v66: f32 = (0.7978845608028654f * v65);
      let v67: f32 = tanh(clamp(v66, -15.0f, 15.0f));
      let v68: f32 = (1.0f + v67);
      let v69: f32 = (v61 * v68);
      b0[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v69;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && (((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v70: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v71: f32 = (c6 + v70);
      let v72: f32 = (0.5f * v71);
      let v73: f32 = (0.044715f * v71);
      let v74: f32 = (v73 * v71);
      let v75: f32 = (v74 * v71);
      let v76: f32 = (v71 + v75);
      let v77: f32 = (0.7978845608028654f * v76);
      let v78: f32 = tanh(clamp(v77, -15.0f, 15.0f));
      let v79: f32 = (1.0f + v78);
      let v80: f32 = (v72 * v79);
      b0[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v80;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v81: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v82: f32 = (c7 + v81);
      let v83: f32 = (0.5f * v82);
      let v84: f32 = (0.044715f * v82);
      let v85: f32 = (v84 * v82);
      let v86: f32 = (v85 * v82);
      let v87: f32 = (v82 + v86);
      let v88: f32 = (0.7978845608028654f * v87);
      let v89: f32 = tanh(clamp(v88, -15.0f, 15.0f));
      let v90: f32 = (1.0f + v89);
      let v91: f32 = (v83 * v90);
      b0[(2048 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v91;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v92: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v93: f32 = (c8 + v92);
      let v94: f32 = (0.5f * v93);
      let v95: f32 = (0.044715f * v93);
      let v96: f32 = (v95 * v93);
      let v97: f32 = (v96 * v93);
      let v98: f32 = (v93 + v97);
      let v99: f32 = (0.7978845608028654f * v98);
      let v100: f32 = tanh(clamp(v99, -15.0f, 15.0f));
      let v101: f32 = (1.0f + v100);
      let v102: f32 = (v94 * v101);
      b0[(2064 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v102;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v103: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v104: f32 = (c9 + v103);
      let v105: f32 = (0.5f * v104);
      let v106: f32 = (0.044715f * v104);
      let v107: f32 = (v106 * v104);
      let v108: f32 = (v107 * v104);
      let v109: f32 = (v104 + v108);
      let v110: f32 = (0.7978845608028654f * v109);
      let v111: f32 = tanh(clamp(v110, -15.0f, 15.0f));
      let v112: f32 = (1.0f + v111);
      let v113: f32 = (v105 * v112);
      b0[(2080 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v113;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v114: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v115: f32 = (c10 + v114);
      let v116: f32 = (0.5f * v115);
      let v117: f32 = (0.044715f * v115);
      let v118: f32 = (v117 * v115);
      let v119: f32 = (v118 * v115);
      let v120: f32 = (v115 + v119);
      let v121: f32 = (0.7978845608028654f * v120);
      let v122: f32 = tanh(clamp(v121, -15.0f, 15.0f));
      let v123: f32 = (1.0f + v122);
      let v124: f32 = (v116 * v123);
      b0[(2096 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v124;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v125: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v126: f32 = (c11 + v125);
      let v127: f32 = (0.5f * v126);
      let v128: f32 = (0.044715f * v126);
      let v129: f32 = (v128 * v126);
      let v130: f32 = (v129 * v126);
      let v131: f32 = (v126 + v130);
      let v132: f32 = (0.7978845608028654f * v131);
      let v133: f32 = tanh(clamp(v132, -15.0f, 15.0f));
      let v134: f32 = (1.0f + v133);
      let v135: f32 = (v127 * v134);
      b0[(4096 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v135;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v136: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v137: f32 = (c12 + v136);
      let v138: f32 = (0.5f * v137);
      let v139: f32 = (0.044715f * v137);
      let v140: f32 = (v139 * v137);
      let v141: f32 = (v140 * v137);
      let v142: f32 = (v137 + v141);
      let v143: f32 = (0.7978845608028654f * v142);
      let v144: f32 = tanh(clamp(v143, -15.0f, 15.0f));
      let v145: f32 = (1.0f + v144);
      let v146: f32 = (v138 * v145);
      b0[(4112 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v146;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v147: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v148: f32 = (c13 + v147);
      let v149: f32 = (0.5f * v148);
      let v150: f32 = (0.044715f * v148);
      let v151: f32 = (v150 * v148);
      let v152: f32 = (v151 * v148);
      let v153: f32 = (v148 + v152);
      let v154: f32 = (0.7978845608028654f * v153);
      let v155: f32 = tanh(clamp(v154, -15.0f, 15.0f));
      let v156: f32 = (1.0f + v155);
      let v157: f32 = (v149 * v156);
      b0[(4128 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v157;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v158: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v159: f32 = (c14 + v158);
      let v160: f32 = (0.5f * v159);
      let v161: f32 = (0.044715f * v159);
      let v162: f32 = (v161 * v159);
      let v163: f32 = (v162 * v159);
      let v164: f32 = (v159 + v163);
      let v165: f32 = (0.7978845608028654f * v164);
      let v166: f32 = tanh(clamp(v165, -15.0f, 15.0f));
      let v167: f32 = (1.0f + v166);
      let v168: f32 = (v160 * v167);
      b0[(4144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v168;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v169: f32 = b3[((((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v170: f32 = (c15 + v169);
      let v171: f32 = (0.5f * v170);
      let v172: f32 = (0.044715f * v170);
      let v173: f32 = (v172 * v170);
      let v174: f32 = (v173 * v170);
      let v175: f32 = (v170 + v174);
      let v176: f32 = (0.7978845608028654f * v175);
      let v177: f32 = tanh(clamp(v176, -15.0f, 15.0f));
      let v178: f32 = (1.0f + v177);
      let v179: f32 = (v171 * v178);
      b0[(6144 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v179;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v180: f32 = b3[(16 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v181: f32 = (c16 + v180);
      let v182: f32 = (0.5f * v181);
      let v183: f32 = (0.044715f * v181);
      let v184: f32 = (v183 * v181);
      let v185: f32 = (v184 * v181);
      let v186: f32 = (v181 + v185);
      let v187: f32 = (0.7978845608028654f * v186);
      let v188: f32 = tanh(clamp(v187, -15.0f, 15.0f));
      let v189: f32 = (1.0f + v188);
      let v190: f32 = (v182 * v189);
      b0[(6160 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v190;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v191: f32 = b3[(32 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v192: f32 = (c17 + v191);
      let v193: f32 = (0.5f * v192);
      let v194: f32 = (0.044715f * v192);
      let v195: f32 = (v194 * v192);
      let v196: f32 = (v195 * v192);
      let v197: f32 = (v192 + v196);
      let v198: f32 = (0.7978845608028654f * v197);
      let v199: f32 = tanh(clamp(v198, -15.0f, 15.0f));
      let v200: f32 = (1.0f + v199);
      let v201: f32 = (v193 * v200);
      b0[(6176 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v201;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)*2) && ((48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*64 + (lidx0/16)) < n))) {
      let v202: f32 = b3[(48 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (lidx0%16))];
      let v203: f32 = (c18 + v202);
      let v204: f32 = (0.5f * v203);
      let v205: f32 = (0.044715f * v203);
      let v206: f32 = (v205 * v203);
      let v207: f32 = (v206 * v203);
      let v208: f32 = (v203 + v207);
      let v209: f32 = (0.7978845608028654f * v208);
      let v210: f32 = tanh(clamp(v209, -15.0f, 15.0f));
      let v211: f32 = (1.0f + v210);
      let v212: f32 = (v204 * v211);
      b0[(6192 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))%2)*64 + (((gidx0 + gidx1*ngroups0)%(((63 + n)/64)*2))/2)*8192 + (lidx0%16) + (lidx0/16)*128)] = v212;
    }
  }
}

@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
@group(0) @binding(4) var<storage, read> b4: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(5) var<uniform> vars: Vars;
var<workgroup> part11: array<f32, 1024>;
var<workgroup> As1: array<f32, 1024>;
var<workgroup> Bs2: array<f32, 1024>;
@compute @workgroup_size(256) fn matmul_bias_add_1(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
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
    for (var k5: i32 = (lidx0/16); k5 < 128; k5 += 16) {
      let v6: f32 = select(0.0f, b2[k5], (0 < n));
      let v7: f32 = select(0.0f, b2[(128 + k5)], (1 < n));
      let v8: f32 = select(0.0f, b2[(256 + k5)], (2 < n));
      let v9: f32 = select(0.0f, b2[(384 + k5)], (3 < n));
      let v10: f32 = b3[(k5*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
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
        let v20: f32 = b1[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v21: f32 = (v20 + row12);
        let v22: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v23: f32 = (v21 + v22);
        b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v23;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (1 < n))) {
        let v24: f32 = b1[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v25: f32 = (v24 + row14);
        let v26: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v27: f32 = (v25 + v26);
        b0[(32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v27;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (2 < n))) {
        let v28: f32 = b1[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v29: f32 = (v28 + row16);
        let v30: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v31: f32 = (v29 + v30);
        b0[(64 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v31;
      }
      if ((((gidx0 + gidx1*ngroups0) < 2) && (3 < n))) {
        let v32: f32 = b1[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v33: f32 = (v32 + row18);
        let v34: f32 = b4[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
        let v35: f32 = (v33 + v34);
        b0[(96 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = v35;
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
    for (var k19: i32 = 0; k19 < 8; k19 += 1) {
      let v20: f32 = select(0.0f, b2[(k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*8192 + (lidx0%16) + (lidx0/16)*128)], ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[((lidx0%16) + (lidx0/16)*16)] = v20;
      let v21: f32 = select(0.0f, b2[(2048 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*8192 + (lidx0%16) + (lidx0/16)*128)], ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(256 + (lidx0%16) + (lidx0/16)*16)] = v21;
      let v22: f32 = select(0.0f, b2[(4096 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*8192 + (lidx0%16) + (lidx0/16)*128)], ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(512 + (lidx0%16) + (lidx0/16)*16)] = v22;
      let v23: f32 = select(0.0f, b2[(6144 + k19*16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*8192 + (lidx0%16) + (lidx0/16)*128)], ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n));
      As1[(768 + (lidx0%16) + (lidx0/16)*16)] = v23;
      let v24: f32 = select(0.0f, b3[(k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[((lidx0%64) + (lidx0/64)*64)] = v24;
      let v25: f32 = select(0.0f, b3[(128 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(256 + (lidx0%64) + (lidx0/64)*64)] = v25;
      let v26: f32 = select(0.0f, b3[(256 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
      Bs2[(512 + (lidx0%64) + (lidx0/64)*64)] = v26;
      let v27: f32 = select(0.0f, b3[(384 + k19*512 + (lidx0%64) + (lidx0/64)*32)], ((lidx0%64) < 32));
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
      let v37: f32 = b1[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v38: f32 = (v37 + c3);
      let v39: f32 = b4[(lidx0%16)];
      let v40: f32 = (v38 + v39);
      b0[(((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v40;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v41: f32 = b1[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v42: f32 = (v41 + c4);
      let v43: f32 = b4[(16 + (lidx0%16))];
      let v44: f32 = (v42 + v43);
      b0[(16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v44;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v53: f32 = b1[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v54: f32 = (v53 + c7);
      let v55: f32 = b4[(lidx0%16)];
      let v56: f32 = (v54 + v55);
      b0[(512 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v56;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((16 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v57: f32 = b1[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v58: f32 = (v57 + c8);
      let v59: f32 = b4[(16 + (lidx0%16))];
      let v60: f32 = (v58 + v59);
      b0[(528 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v60;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v69: f32 = b1[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v70: f32 = (v69 + c11);
      let v71: f32 = b4[(lidx0%16)];
      let v72: f32 = (v70 + v71);
      b0[(1024 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v72;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((32 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v73: f32 = b1[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v74: f32 = (v73 + c12);
      let v75: f32 = b4[(16 + (lidx0%16))];
      let v76: f32 = (v74 + v75);
      b0[(1040 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v76;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v85: f32 = b1[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v86: f32 = (v85 + c15);
      let v87: f32 = b4[(lidx0%16)];
      let v88: f32 = (v86 + v87);
      b0[(1536 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v88;
    }
    if ((((gidx0 + gidx1*ngroups0) < ((63 + n)/64)) && ((48 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*64 + (lidx0/16)) < n))) {
      let v89: f32 = b1[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)];
      let v90: f32 = (v89 + c16);
      let v91: f32 = b4[(16 + (lidx0%16))];
      let v92: f32 = (v90 + v91);
      b0[(1552 + ((gidx0 + gidx1*ngroups0)%((63 + n)/64))*2048 + (lidx0%16) + (lidx0/16)*32)] = v92;
    }
  }
}
