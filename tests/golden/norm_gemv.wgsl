enable f16;
@group(0) @binding(0) var<storage, read_write> b0: array<f16>;
@group(0) @binding(1) var<storage, read> b1: array<f16>;
@group(0) @binding(2) var<storage, read> b2: array<f16>;
@group(0) @binding(3) var<storage, read> b3: array<f16>;
@group(0) @binding(4) var<storage, read> b4: array<f16>;
@group(0) @binding(5) var<storage, read> b5: array<f16>;
var<workgroup> part64: array<f32, 1280>;
@compute @workgroup_size(256) fn layer_norm_gemv_bias(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var c48: f32 = 0.0f;
  var c49: f32 = 0.0f;
  var c50: f32 = 0.0f;
  var c51: f32 = 0.0f;
  var c52: f32 = 0.0f;
  for (var k53: i32 = (lidx0%16); k53 < 256; k53 += 16) {
    let v54: f16 = b1[k53];
    let v55: f32 = f32(v54);
    let v56: f16 = b2[k53];
    let v57: f32 = f32(v56);
    let v58: f16 = b3[k53];
    let v59: f32 = f32(v58);
    let v60: f16 = b4[(k53 + ((gidx0 + gidx1*ngroups0)%3)*4096 + (lidx0/16)*256)];
    let v61: f32 = f32(v60);
    c48 = (c48 + ((v55 * v57) * v61));
    c49 = (c49 + (v57 * v61));
    c50 = (c50 + (v59 * v61));
    let v62: f16 = b1[k53];
    let v63: f32 = f32(v62);
    c51 = (c51 + v63);
    c52 = (c52 + (v63 * v63));
  }
  part64[lidx0] = c48;
  part64[(256 + lidx0)] = c49;
  part64[(512 + lidx0)] = c50;
  part64[(768 + lidx0)] = c51;
  part64[(1024 + lidx0)] = c52;
  workgroupBarrier();
  if (((lidx0%16) < 1)) {
    var row65: f32 = 0.0f;
    for (var j66: i32 = 0; j66 < 16; j66 += 1) {
      row65 = (row65 + part64[(j66 + (lidx0/16)*16)]);
    }
    var row67: f32 = 0.0f;
    for (var j68: i32 = 0; j68 < 16; j68 += 1) {
      row67 = (row67 + part64[(256 + j68 + (lidx0/16)*16)]);
    }
    var row69: f32 = 0.0f;
    for (var j70: i32 = 0; j70 < 16; j70 += 1) {
      row69 = (row69 + part64[(512 + j70 + (lidx0/16)*16)]);
    }
    var row71: f32 = 0.0f;
    for (var j72: i32 = 0; j72 < 16; j72 += 1) {
      row71 = (row71 + part64[(768 + j72 + (lidx0/16)*16)]);
    }
    var row73: f32 = 0.0f;
    for (var j74: i32 = 0; j74 < 16; j74 += 1) {
      row73 = (row73 + part64[(1024 + j74 + (lidx0/16)*16)]);
    }
    let v75: f32 = (row71 / 256.0f);
    let v76: f32 = (-v75);
    let v77: f32 = (v76 + v76);
    let v78: f32 = (v76 * v76);
    let v79: f32 = ((row73 + (v77 * row71)) + (v78 * 256.0f));
    let v80: f32 = (v79 / 256.0f);
    let v81: f32 = (v80 + 1e-05f);
    let v82: f32 = sqrt(v81);
    let v83: f32 = (1.0f / v82);
    let v84: f32 = (v76 * v83);
    if (((gidx0 + gidx1*ngroups0) < 3)) {
      let v85: f32 = (((v83 * row65) + (v84 * row67)) + row69);
      let v86: f16 = b5[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))];
      let v87: f32 = f32(v86);
      let v88: f32 = (v85 + v87);
      b0[(((gidx0 + gidx1*ngroups0)%3)*16 + (lidx0/16))] = f16(v88);
    }
  }
}
