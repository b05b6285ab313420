// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: cifar_weight_grad (pass weight-grad, target webgpu)
// spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":3,"split":8,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 3, 32, 32], 24576 f32
//   1: dy (input), [8, 32, 32, 32], 262144 f32
//   2: y (input), [8, 32, 32, 32], 262144 f32
//   3: dw (output), [32, 3, 3, 3], 864 f32
//   4: xpad (scratch), [8, 3, 34, 34], 27746 f32
//   5: delta (scratch), [8, 32, 32, 32], 262144 f32
//   6: dw_parts (scratch), [8, 32, 3, 3, 3], 6912 f32
// dispatches, in order:
//   prologue0: 5 x 5 x 24 workgroups of 8 x 8 x 1
//   prologue1: 4 x 4 x 256 workgroups of 8 x 8 x 1
//   main0: 1 x 1 x 24 workgroups of 4 x 3 x 1
//   epilogue0: 108 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dw: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> dw_parts: array<f32>;

// prologue: grid 34 x 34 x 24
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 34u || gid.y >= 34u || gid.z >= 24u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 1156 + v_r * 34 + v_q;
  if (u32(v_r - 1) < 32u && u32(v_q - 1) < 32u) {
    v_ps = v_pl * 1024 + v_r * 32 + v_q - 33;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 32u || gid.z >= 256u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_j = i32(gid.y);
  let v_i = i32(gid.z % 32u);
  let v_n = i32((gid.z / 32u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_n * 32768 + v_i * 1024 + v_j * 32 + v_oc;
  if (u32(v_oc) < 32u) {
    v_py = v_n * 32768 + v_i * 32 + v_j + v_oc * 1024;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 4 x 3 x 24
@compute @workgroup_size(4, 3, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 3u || gid.z >= 24u) {
    return;
  }
  let v_ct = i32(gid.x);
  let v_ci = i32(gid.y);
  let v_lt = i32(gid.z % 1u);
  let v_k = i32(gid.z % 3u);
  let v_sp = i32((gid.z / 3u));
  var v_dq: i32;
  var v_xq: i32;
  var v_ii: i32;
  var v_wo: i32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_d0: f32;
  var v_d1: f32;
  var v_d2: f32;
  var v_d3: f32;
  var v_d4: f32;
  var v_d5: f32;
  var v_d6: f32;
  var v_d7: f32;
  var v_acc0_0: f32;
  var v_acc0_1: f32;
  var v_acc0_2: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc7_0 = 0.0;
  v_acc7_1 = 0.0;
  v_acc7_2 = 0.0;
  for (var v_n: i32 = 0; v_n < 8; v_n++) {
    for (var v_r: i32 = 0; v_r < 4; v_r++) {
      v_ii = v_sp * 4 + v_r;
      if (u32(v_sp * 4 + v_r) < 32u) {
        for (var v_j: i32 = 0; v_j < 32; v_j++) {
          v_dq = v_n * 32768 + v_ii * 1024 + v_j * 32 + v_ct * 8;
          v_xq = v_n * 3468 + v_ii * 34 + v_j + v_ci * 1156 + v_k * 34 + v_lt * 3;
          v_x0 = xpad[v_xq];
          v_x1 = xpad[v_xq + 1];
          v_x2 = xpad[v_xq + 2];
          v_d0 = delta[v_dq];
          v_d1 = delta[v_dq + 1];
          v_d2 = delta[v_dq + 2];
          v_d3 = delta[v_dq + 3];
          v_d4 = delta[v_dq + 4];
          v_d5 = delta[v_dq + 5];
          v_d6 = delta[v_dq + 6];
          v_d7 = delta[v_dq + 7];
          v_acc0_0 = (v_acc0_0 + (v_x0 * v_d0));
          v_acc0_1 = (v_acc0_1 + (v_x1 * v_d0));
          v_acc0_2 = (v_acc0_2 + (v_x2 * v_d0));
          v_acc1_0 = (v_acc1_0 + (v_x0 * v_d1));
          v_acc1_1 = (v_acc1_1 + (v_x1 * v_d1));
          v_acc1_2 = (v_acc1_2 + (v_x2 * v_d1));
          v_acc2_0 = (v_acc2_0 + (v_x0 * v_d2));
          v_acc2_1 = (v_acc2_1 + (v_x1 * v_d2));
          v_acc2_2 = (v_acc2_2 + (v_x2 * v_d2));
          v_acc3_0 = (v_acc3_0 + (v_x0 * v_d3));
          v_acc3_1 = (v_acc3_1 + (v_x1 * v_d3));
          v_acc3_2 = (v_acc3_2 + (v_x2 * v_d3));
          v_acc4_0 = (v_acc4_0 + (v_x0 * v_d4));
          v_acc4_1 = (v_acc4_1 + (v_x1 * v_d4));
          v_acc4_2 = (v_acc4_2 + (v_x2 * v_d4));
          v_acc5_0 = (v_acc5_0 + (v_x0 * v_d5));
          v_acc5_1 = (v_acc5_1 + (v_x1 * v_d5));
          v_acc5_2 = (v_acc5_2 + (v_x2 * v_d5));
          v_acc6_0 = (v_acc6_0 + (v_x0 * v_d6));
          v_acc6_1 = (v_acc6_1 + (v_x1 * v_d6));
          v_acc6_2 = (v_acc6_2 + (v_x2 * v_d6));
          v_acc7_0 = (v_acc7_0 + (v_x0 * v_d7));
          v_acc7_1 = (v_acc7_1 + (v_x1 * v_d7));
          v_acc7_2 = (v_acc7_2 + (v_x2 * v_d7));
        }
      }
    }
  }
  v_wo = v_ct * 216 + v_ci * 9 + v_k * 3 + v_lt * 3 + v_sp * 864;
  if (u32(v_ct * 8) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 1] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 2] = v_acc0_2;
  }
  if (u32(v_ct * 8 + 1) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 27] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 28] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 29] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 2) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 54] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 55] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 56] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 3) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 81] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 82] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 83] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 4) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 108] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 109] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 110] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 5) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 135] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 136] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 137] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 6) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 162] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 163] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 164] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 7) < 32u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 189] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 32u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 190] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 32u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 191] = v_acc7_2;
  }
}

// dW = the sum of 8 partial sums
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 864u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pd: i32;
  v_pd = v_e;
  dw[v_pd] = (((((((dw_parts[v_pd] + dw_parts[v_pd + 864]) + dw_parts[v_pd + 1728]) + dw_parts[v_pd + 2592]) + dw_parts[v_pd + 3456]) + dw_parts[v_pd + 4320]) + dw_parts[v_pd + 5184]) + dw_parts[v_pd + 6048]);
}
