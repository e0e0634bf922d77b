enable f16;
@group(0) @binding(0) var<storage, read_write> b0: array<f16>;
@group(0) @binding(1) var<storage, read> b1: array<f16>;
@group(0) @binding(2) var<storage, read> b2: array<f16>;
var<workgroup> part7: array<f32, 256>;
@compute @workgroup_size(256) fn gemv(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var c1: f32 = 0.0f;
  for (var k2: i32 = (lidx0%64); k2 < 256; k2 += 64) {
    let v3: f16 = b1[k2];
    let v4: f32 = f32(v3);
    let v5: f16 = b2[(k2 + ((gidx0 + gidx1*ngroups0)%16)*1024 + (lidx0/64)*256)];
    let v6: f32 = f32(v5);
    c1 = (c1 + (v4 * v6));
  }
  part7[lidx0] = c1;
  workgroupBarrier();
  if (((lidx0%64) < 32)) {
    part7[((lidx0%64) + (lidx0/64)*64)] = (part7[((lidx0%64) + (lidx0/64)*64)] + part7[(32 + (lidx0%64) + (lidx0/64)*64)]);
  }
  workgroupBarrier();
  if (((lidx0%64) < 16)) {
    part7[((lidx0%64) + (lidx0/64)*64)] = (part7[((lidx0%64) + (lidx0/64)*64)] + part7[(16 + (lidx0%64) + (lidx0/64)*64)]);
  }
  workgroupBarrier();
  if (((lidx0%64) < 1)) {
    var row8: f32 = 0.0f;
    for (var j9: i32 = 0; j9 < 16; j9 += 1) {
      row8 = (row8 + part7[(j9 + (lidx0/64)*64)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 16)) {
      b0[(((gidx0 + gidx1*ngroups0)%16)*4 + (lidx0/64))] = f16(row8);
    }
  }
}
