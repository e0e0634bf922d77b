enable f16;
@group(0) @binding(0) var<storage, read_write> b0: array<f16>;
@group(0) @binding(1) var<storage, read> b1: array<f16>;
@group(0) @binding(2) var<storage, read> b2: array<i32>;
@group(0) @binding(3) var<storage, read> b3: array<f32>;
var<workgroup> part16: array<f32, 256>;
@compute @workgroup_size(256) fn sum_op(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  var c1: f32 = 0.0f;
  for (var kb2: i32 = ((lidx0%64)/16); kb2 < 8; kb2 += 4) {
    let v7: i32 = b2[(kb2*16 + ((gidx0 + gidx1*ngroups0)%4)*512 + (lidx0%16) + (lidx0/64)*128)];
    let v8: i32 = (v7 % 16);
    let v9: i32 = (v7 / 16);
    let v14: f32 = b3[(kb2 + ((gidx0 + gidx1*ngroups0)%4)*32 + (lidx0/64)*8)];
    for (var kj3: i32 = 0; kj3 < 2; kj3 += 1) {
      let v4: f16 = b1[(kb2*32 + kj3*16 + (lidx0%16))];
      let v5: f32 = f32(v4);
      let v6: bool = (kj3 == 0);
      let v10: i32 = select(v9, v8, v6);
      let v11: i32 = i32(v10);
      let v12: i32 = (v11 - 8);
      let v13: f32 = f32(v12);
      let v15: f32 = (v13 * v14);
      c1 = (c1 + (v5 * v15));
    }
  }
  part16[lidx0] = c1;
  workgroupBarrier();
  if (((lidx0%64) < 32)) {
    part16[((lidx0%64) + (lidx0/64)*64)] = (part16[((lidx0%64) + (lidx0/64)*64)] + part16[(32 + (lidx0%64) + (lidx0/64)*64)]);
  }
  workgroupBarrier();
  if (((lidx0%64) < 16)) {
    part16[((lidx0%64) + (lidx0/64)*64)] = (part16[((lidx0%64) + (lidx0/64)*64)] + part16[(16 + (lidx0%64) + (lidx0/64)*64)]);
  }
  workgroupBarrier();
  if (((lidx0%64) < 1)) {
    var row17: f32 = 0.0f;
    for (var j18: i32 = 0; j18 < 16; j18 += 1) {
      row17 = (row17 + part16[(j18 + (lidx0/64)*64)]);
    }
    if (((gidx0 + gidx1*ngroups0) < 4)) {
      b0[(((gidx0 + gidx1*ngroups0)%4)*4 + (lidx0/64))] = f16(row17);
    }
  }
}
