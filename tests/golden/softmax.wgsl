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
  for (var r3: i32 = lidx0; r3 < 64; r3 += 64) {
    let v4: f32 = b1[(r3 + ((gidx0 + gidx1*ngroups0)%n)*64)];
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
  for (var r10: i32 = lidx0; r10 < 64; r10 += 64) {
    let v11: f32 = b1[(r10 + ((gidx0 + gidx1*ngroups0)%n)*64)];
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
  for (var c: i32 = lidx0; c < 64; c += 64) {
    let v1: f32 = b1[(c + ((gidx0 + gidx1*ngroups0)%n)*64)];
    let v7: f32 = (v1 - row6);
    let v8: f32 = exp(v7);
    let v16: f32 = (v8 / row15);
    if (((gidx0 + gidx1*ngroups0) < n)) {
      b0[(c + ((gidx0 + gidx1*ngroups0)%n)*64)] = v16;
    }
  }
}
