// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_bias_grad (pass bias-grad, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":1,"split":1,"threads":1}
// bindings (group 0):
//   0: dy (input), [8, 16, 10, 10], 12800 f32
//   1: y (input), [8, 16, 10, 10], 12800 f32
//   2: db (output), [16], 16 f32
// dispatches, in order:
//   main0: 2 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> db: array<f32>;

// main: grid 16 x 1 x 1
@compute @workgroup_size(8, 1, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_sp = i32(gid.y);
  var v_py: i32;
  var v_bo: i32;
  var v_acc: f32;
  v_acc = 0.0;
  for (var v_n: i32 = 0; v_n < 8; v_n++) {
    for (var v_r: i32 = 0; v_r < 10; v_r++) {
      if (u32(v_sp * 10 + v_r) < 10u) {
        for (var v_j: i32 = 0; v_j < 10; v_j++) {
          v_py = v_n * 1600 + v_sp * 100 + v_r * 10 + v_j + v_oc * 100;
          v_acc = (v_acc + (dy[v_py] * ((1.0 - y[v_py]) * (1.0 + y[v_py]))));
        }
      }
    }
  }
  v_bo = v_oc;
  db[v_bo] = v_acc;
}
