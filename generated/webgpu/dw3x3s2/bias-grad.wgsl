// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: dw3x3s2_bias_grad (pass bias-grad, target webgpu)
// spec: dw3x3s2: N=1 Ci=144 H=56 W=56 Co=144 K=3 L=3 stride=2x2 pad=1,1,1,1 dilation=1x1 groups=144 act=relu layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":1,"split":1,"threads":1}
// bindings (group 0):
//   0: dy (input), [1, 144, 28, 28], 112896 f32
//   1: y (input), [1, 144, 28, 28], 112896 f32
//   2: db (output), [144], 144 f32
// dispatches, in order:
//   main0: 3 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> db: array<f32>;

// main: grid 18 x 1 x 1
@compute @workgroup_size(8, 1, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 18u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_vt = i32(gid.x);
  var v_ap: i32;
  var v_aq: i32;
  var v_op: i32;
  var v_acc0_0: f32;
  var v_acc0_1: f32;
  var v_acc0_2: f32;
  var v_acc0_3: f32;
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_a3: f32;
  var v_a4: f32;
  var v_a5: f32;
  var v_a6: f32;
  var v_a7: f32;
  v_ap = v_vt * 6272;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  for (var v_rij: i32 = 0; v_rij < 784; v_rij++) {
    v_aq = v_ap + v_rij;
    v_a0 = (dy[v_aq] * select(0.0, 1.0, y[v_aq] > 0.0));
    v_a1 = (dy[v_aq + 784] * select(0.0, 1.0, y[v_aq + 784] > 0.0));
    v_a2 = (dy[v_aq + 1568] * select(0.0, 1.0, y[v_aq + 1568] > 0.0));
    v_a3 = (dy[v_aq + 2352] * select(0.0, 1.0, y[v_aq + 2352] > 0.0));
    v_a4 = (dy[v_aq + 3136] * select(0.0, 1.0, y[v_aq + 3136] > 0.0));
    v_a5 = (dy[v_aq + 3920] * select(0.0, 1.0, y[v_aq + 3920] > 0.0));
    v_a6 = (dy[v_aq + 4704] * select(0.0, 1.0, y[v_aq + 4704] > 0.0));
    v_a7 = (dy[v_aq + 5488] * select(0.0, 1.0, y[v_aq + 5488] > 0.0));
    v_acc0_0 = (v_acc0_0 + v_a0);
    v_acc0_1 = (v_acc0_1 + v_a1);
    v_acc0_2 = (v_acc0_2 + v_a2);
    v_acc0_3 = (v_acc0_3 + v_a3);
    v_acc0_4 = (v_acc0_4 + v_a4);
    v_acc0_5 = (v_acc0_5 + v_a5);
    v_acc0_6 = (v_acc0_6 + v_a6);
    v_acc0_7 = (v_acc0_7 + v_a7);
  }
  v_op = v_vt * 8;
  db[v_op] = v_acc0_0;
  db[v_op + 1] = v_acc0_1;
  db[v_op + 2] = v_acc0_2;
  db[v_op + 3] = v_acc0_3;
  db[v_op + 4] = v_acc0_4;
  db[v_op + 5] = v_acc0_5;
  db[v_op + 6] = v_acc0_6;
  db[v_op + 7] = v_acc0_7;
}
