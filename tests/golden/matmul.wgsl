@group(0) @binding(0) var<storage, read_write> b0: array<f32>;
@group(0) @binding(1) var<storage, read> b1: array<f32>;
@group(0) @binding(2) var<storage, read> b2: array<f32>;
struct Vars { n: i32 }
@group(0) @binding(3) var<uniform> vars: Vars;
var<workgroup> part6: array<f32, 256>;
@compute @workgroup_size(256) fn r_n_32(@builtin(workgroup_id) gid: vec3<u32>, @builtin(num_workgroups) ngroups: vec3<u32>, @builtin(local_invocation_id) lid: vec3<u32>) {
  let n: i32 = vars.n;
  let gidx0: i32 = i32(gid.x);
  let gidx1: i32 = i32(gid.y);
  let ngroups0: i32 = i32(ngroups.x);
  let lidx0: i32 = i32(lid.x);
  if (((gidx0 + gidx1*ngroups0) < n*32)) {
    var acc1: f32 = 0.0f;
    for (var r2: i32 = lidx0; r2 < 64; r2 += 256) {
      let v3: f32 = b1[(r2 + ((gidx0 + gidx1*ngroups0)/32)*64)];
      let v4: f32 = b2[(r2*32 + ((gidx0 + gidx1*ngroups0)%32))];
      let v5: f32 = (v3 * v4);
      acc1 = (acc1 + v5);
    }
    part6[lidx0] = acc1;
    workgroupBarrier();
    if ((lidx0 < 128)) {
      part6[lidx0] = (part6[lidx0] + part6[(128 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 64)) {
      part6[lidx0] = (part6[lidx0] + part6[(64 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 32)) {
      part6[lidx0] = (part6[lidx0] + part6[(32 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 16)) {
      part6[lidx0] = (part6[lidx0] + part6[(16 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 8)) {
      part6[lidx0] = (part6[lidx0] + part6[(8 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 4)) {
      part6[lidx0] = (part6[lidx0] + part6[(4 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 2)) {
      part6[lidx0] = (part6[lidx0] + part6[(2 + lidx0)]);
    }
    workgroupBarrier();
    if ((lidx0 < 1)) {
      part6[lidx0] = (part6[lidx0] + part6[(1 + lidx0)]);
    }
    workgroupBarrier();
    let row7: f32 = part6[0];
    workgroupBarrier();
    for (var c: i32 = lidx0; c < 1; c += 256) {
      b0[(((gidx0 + gidx1*ngroups0)%32) + ((gidx0 + gidx1*ngroups0)/32)*32)] = row7;
    }
  }
}
