// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: rect3x5_bias_grad (pass bias-grad, target webgpu)
// spec: rect3x5: N=4 Ci=16 H=28 W=28 Co=32 K=3 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=sigmoid layout=nchw -> Ho=26 Wo=24
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":1,"split":1,"threads":1}
// bindings (group 0):
//   0: dy (input), [4, 32, 26, 24], 79872 f32
//   1: y (input), [4, 32, 26, 24], 79872 f32
//   2: db (output), [32], 32 f32
// dispatches, in order:
//   main0: 4 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> db: array<f32>;

// main: grid 32 x 1 x 1
@compute @workgroup_size(8, 1, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_vt = i32(gid.x);
  var v_ap: i32;
  var v_aq: i32;
  var v_op: i32;
  var v_acc0_0: f32;
  var v_a0: f32;
  v_ap = v_vt * 624;
  v_acc0_0 = 0.0;
  for (var v_rn: i32 = 0; v_rn < 4; v_rn++) {
    v_aq = v_ap + v_rn * 19968;
    for (var v_rij: i32 = 0; v_rij < 624; v_rij++) {
      v_a0 = (dy[v_aq] * (y[v_aq] * (1.0 - y[v_aq])));
      v_acc0_0 = (v_acc0_0 + v_a0);
      v_aq = v_aq + 1;
    }
  }
  v_op = v_vt;
  db[v_op] = v_acc0_0;
}
