// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_bias_grad (pass bias-grad, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":1,"split":1,"threads":1}
// bindings (group 0):
//   0: dy (input), [1, 64, 112, 112], 802816 f32
//   1: y (input), [1, 64, 112, 112], 802816 f32
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
  var v_acc0_0_1: f32;
  v_ap = v_vt * 12544;
  v_acc0_0 = 0.0;
  for (var v_rijb: i32 = 0; v_rijb < 3; v_rijb++) {
    v_acc0_0_1 = 0.0;
    v_aq = v_ap + v_rijb * 4096;
    for (var v_rij: i32 = 0; v_rij < 4096; v_rij++) {
      v_a0 = (dy[v_aq] * select(0.0, 1.0, y[v_aq] > 0.0));
      v_acc0_0_1 = (v_acc0_0_1 + v_a0);
      v_aq = v_aq + 1;
    }
    v_acc0_0 = (v_acc0_0 + v_acc0_0_1);
  }
  v_acc0_0_1 = 0.0;
  v_aq = v_ap + 12288;
  for (var v_rij: i32 = 0; v_rij < 256; v_rij++) {
    v_a0 = (dy[v_aq] * select(0.0, 1.0, y[v_aq] > 0.0));
    v_acc0_0_1 = (v_acc0_0_1 + v_a0);
    v_aq = v_aq + 1;
  }
  v_acc0_0 = (v_acc0_0 + v_acc0_0_1);
  v_op = v_vt;
  db[v_op] = v_acc0_0;
}
