// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: res3x3s2_bias_grad (pass bias-grad, target webgpu)
// spec: res3x3s2: N=1 Ci=64 H=56 W=56 Co=128 K=3 L=3 stride=2x2 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":1,"split":1,"threads":1}
// bindings (group 0):
//   0: dy (input), [1, 128, 28, 28], 100352 f32
//   1: y (input), [1, 128, 28, 28], 100352 f32
//   2: db (output), [128], 128 f32
// dispatches, in order:
//   main0: 16 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> dy: array<f32>;
@group(0) @binding(1) var<storage, read> y: array<f32>;
@group(0) @binding(2) var<storage, read_write> db: array<f32>;

// main: grid 128 x 1 x 1
@compute @workgroup_size(8, 1, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 128u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_sp = i32(gid.y);
  var v_py: i32;
  var v_bo: i32;
  var v_acc: f32;
  v_acc = 0.0;
  for (var v_n: i32 = 0; v_n < 1; v_n++) {
    for (var v_r: i32 = 0; v_r < 28; v_r++) {
      if (u32(v_sp * 28 + v_r) < 28u) {
        for (var v_j: i32 = 0; v_j < 28; v_j++) {
          v_py = v_n * 100352 + v_sp * 784 + v_r * 28 + v_j + v_oc * 784;
          v_acc = (v_acc + (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0)));
        }
      }
    }
  }
  v_bo = v_oc;
  db[v_bo] = v_acc;
}
