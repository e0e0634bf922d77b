@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
var<workgroup> part5: array<f32, 256>;
@compute @workgroup_size(256) fn gemv(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var c1: f32 = 0.0f;
  for (var k2: i32 = (lidx0/16); k2 < 64; k2 += 16) {
    let v3: f32 = b1[k2];
    let v4: f32 = b2[(k2*32 + ((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))];
    c1 = (c1 + (v3 * v4));
  }
  part5[lidx0] = c1;
  workgroupBarrier();
  if (((lidx0/16) < 1)) {
    var row6: f32 = 0.0f;
    for (var j7: i32 = 0; j7 < 16; j7 += 1) {
      row6 = (row6 + part5[(j7*16 + (lidx0%16))]);
    }
    if (((gidx0 + gidx1*ngroups0) < 2)) {
      b0[(((gidx0 + gidx1*ngroups0)%2)*16 + (lidx0%16))] = row6;
    }
  }
}
