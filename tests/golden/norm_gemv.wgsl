enable f16;
@group(0) @binding(0) var<storage, read_write> b0: array<f16>;
@group(0) @binding(1) var<storage, read> b1: array<f16>;
@group(0) @binding(2) var<storage, read> b2: array<f16>;
@group(0) @binding(3) var<storage, read> b3: array<f16>;
@group(0) @binding(4) var<storage, read> b4: array<f16>;
@group(0) @binding(5) var<storage, read> b5: array<f16>;
var<workgroup> part7: array<f32, 256>;
var<workgroup> part17: array<f32, 256>;
var<workgroup> arow30: array<f32, 256>;
var<workgroup> part46: array<f32, 256>;
@compute @workgroup_size(256) fn layer_norm_gemv_bias(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var acc3: f32 = 0.0f;
  for (var r4: i32 = lidx0; r4 < 256; r4 += 256) {
    let v5: f16 = b1[r4];
    let v6: f32 = f32(v5);
    acc3 = (acc3 + v6);
  }
  part7[lidx0] = acc3;
  workgroupBarrier();
  if ((lidx0 < 128)) {
    part7[lidx0] = (part7[lidx0] + part7[(128 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 64)) {
    part7[lidx0] = (part7[lidx0] + part7[(64 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part7[lidx0] = (part7[lidx0] + part7[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part7[lidx0] = (part7[lidx0] + part7[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part7[lidx0] = (part7[lidx0] + part7[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part7[lidx0] = (part7[lidx0] + part7[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part7[lidx0] = (part7[lidx0] + part7[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part7[lidx0] = (part7[lidx0] + part7[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row8: f32 = part7[0];
  workgroupBarrier();
  let v9: f32 = (row8 / 256.0f);
  var acc11: f32 = 0.0f;
  for (var r12: i32 = lidx0; r12 < 256; r12 += 256) {
    let v13: f16 = b1[r12];
    let v14: f32 = f32(v13);
    let v15: f32 = (v14 - v9);
    let v16: f32 = (v15 * v15);
    acc11 = (acc11 + v16);
  }
  part17[lidx0] = acc11;
  workgroupBarrier();
  if ((lidx0 < 128)) {
    part17[lidx0] = (part17[lidx0] + part17[(128 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 64)) {
    part17[lidx0] = (part17[lidx0] + part17[(64 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 32)) {
    part17[lidx0] = (part17[lidx0] + part17[(32 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 16)) {
    part17[lidx0] = (part17[lidx0] + part17[(16 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 8)) {
    part17[lidx0] = (part17[lidx0] + part17[(8 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 4)) {
    part17[lidx0] = (part17[lidx0] + part17[(4 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 2)) {
    part17[lidx0] = (part17[lidx0] + part17[(2 + lidx0)]);
  }
  workgroupBarrier();
  if ((lidx0 < 1)) {
    part17[lidx0] = (part17[lidx0] + part17[(1 + lidx0)]);
  }
  workgroupBarrier();
  let row18: f32 = part17[0];
  workgroupBarrier();
  let v19: f32 = (row18 / 256.0f);
  let v20: f32 = (v19 + 1e-05f);
  let v21: f32 = sqrt(v20);
  let v22: f32 = (1.0f / v21);
  for (var j31: i32 = lidx0; j31 < 256; j31 += 256) {
    let v32: f16 = b1[j31];
    let v33: f32 = f32(v32);
    let v34: f32 = (v33 - v9);
    let v35: f32 = (v34 * v22);
    let v36: f16 = b2[j31];
    let v37: f32 = f32(v36);
    let v38: f32 = (v35 * v37);
    let v39: f16 = b3[j31];
    let v40: f32 = f32(v39);
    let v41: f32 = (v38 + v40);
    arow30[j31] = v41;
  }
  workgroupBarrier();
  var c42: f32 = 0.0f;
  for (var k43: i32 = (lidx0%64); k43 < 256; k43 += 64) {
    let v44: f16 = b4[(k43 + ((gidx0 + gidx1*ngroups0)%12)*1024 + (lidx0/64)*256)];
    let v45: f32 = f32(v44);
    c42 = (c42 + (arow30[k43] * v45));
  }
  part46[lidx0] = c42;
  workgroupBarrier();
  if (((lidx0%64) < 32)) {
    part46[((lidx0%64) + (lidx0/64)*64)] = (part46[((lidx0%64) + (lidx0/64)*64)] + part46[(32 + (lidx0%64) + (lidx0/64)*64)]);
  }
  workgroupBarrier();
  if (((lidx0%64) < 16)) {
    part46[((lidx0%64) + (lidx0/64)*64)] = (part46[((lidx0%64) + (lidx0/64)*64)] + part46[(16 + (lidx0%64) + (lidx0/64)*64)]);
  }
  workgroupBarrier();
  if (((lidx0%64) < 1)) {
    var row47: f32 = 0.0f;
    for (var j48: i32 = 0; j48 < 16; j48 += 1) {
      row47 = (row47 + part46[(j48 + (lidx0/64)*64)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 12)) {
      let v49: f16 = b5[(((gidx0 + gidx1*ngroups0)%12)*4 + (lidx0/64))];
      let v50: f32 = f32(v49);
      let v51: f32 = (row47 + v50);
      b0[(((gidx0 + gidx1*ngroups0)%12)*4 + (lidx0/64))] = f16(v51);
    }
  }
}
