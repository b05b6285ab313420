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
  let v_oc = i32(gid.x);
  let v_sp = i32(gid.y);
  var v_py: i32;
  var v_bo: i32;
  var v_acc: f32;
  v_acc = 0.0;
  for (var v_n: i32 = 0; v_n < 1; v_n++) {
    for (var v_r: i32 = 0; v_r < 56; v_r++) {
      if (u32(v_sp * 56 + v_r) < 56u) {
        for (var v_j: i32 = 0; v_j < 56; v_j++) {
          v_py = v_n * 200704 + v_sp * 3136 + v_r * 56 + v_j + v_oc * 3136;
          v_acc = (v_acc + (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0)));
        }
      }
    }
  }
  v_bo = v_oc;
  db[v_bo] = v_acc;
}
