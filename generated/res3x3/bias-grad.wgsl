// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: res3x3_bias_grad (pass bias-grad, target webgpu)
// spec: res3x3: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=56 Wo=56
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":1,"split":1,"threads":1}
// bindings (group 0):
//   0: dy (input), [1, 64, 56, 56], 200704 f32
//   1: y (input), [1, 64, 56, 56], 200704 f32
//   2: db (output), [64], 64 f32
// dispatches, in order:
//   main0: 8 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> db: array<f32>;

// main: grid 64 x 1 x 1
@compute @workgroup_size(8, 1, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_vt = i32(gid.x);
  var v_ap: i32;
  var v_aq: i32;
  var v_op: i32;
  var v_acc0_0: f32;
  var v_a0: f32;
  v_ap = v_vt * 3136;
  v_acc0_0 = 0.0;
  v_aq = v_ap;
  for (var v_rij: i32 = 0; v_rij < 3136; v_rij++) {
    v_a0 = (dy[v_aq] * select(0.0, 1.0, y[v_aq] > 0.0));
    v_acc0_0 = (v_acc0_0 + v_a0);
    v_aq = v_aq + 1;
  }
  v_op = v_vt;
  db[v_op] = v_acc0_0;
}
