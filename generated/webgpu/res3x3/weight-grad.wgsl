// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: res3x3_weight_grad (pass weight-grad, target webgpu)
// spec: res3x3: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=56 Wo=56
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":3,"split":14,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 64, 56, 56], 200704 f32
//   1: dy (input), [1, 64, 56, 56], 200704 f32
//   2: y (input), [1, 64, 56, 56], 200704 f32
//   3: dw (output), [64, 64, 3, 3], 36864 f32
//   4: xpad (scratch), [1, 64, 58, 58], 215298 f32
//   5: delta (scratch), [1, 56, 56, 64], 200704 f32
//   6: dw_parts (scratch), [14, 64, 64, 3, 3], 516096 f32
// dispatches, in order:
//   prologue0: 8 x 8 x 64 workgroups of 8 x 8 x 1
//   prologue1: 8 x 7 x 56 workgroups of 8 x 8 x 1
//   main0: 1 x 8 x 42 workgroups of 8 x 8 x 1
//   epilogue0: 4608 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dw: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> dw_parts: array<f32>;

// prologue: grid 58 x 58 x 64
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 58u || gid.y >= 58u || gid.z >= 64u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 3364 + v_r * 58 + v_q;
  if (u32(v_r - 1) < 56u && u32(v_q - 1) < 56u) {
    v_ps = v_pl * 3136 + v_r * 56 + v_q - 57;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 56u || gid.z >= 56u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_j = i32(gid.y);
  let v_i = i32(gid.z % 56u);
  let v_n = i32((gid.z / 56u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_n * 200704 + v_i * 3584 + v_j * 64 + v_oc;
  if (u32(v_oc) < 64u) {
    v_py = v_n * 200704 + v_i * 56 + v_j + v_oc * 3136;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 8 x 64 x 42
@compute @workgroup_size(8, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 64u || gid.z >= 42u) {
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
  for (var v_n: i32 = 0; v_n < 1; v_n++) {
    for (var v_r: i32 = 0; v_r < 4; v_r++) {
      v_ii = v_sp * 4 + v_r;
      if (u32(v_sp * 4 + v_r) < 56u) {
        for (var v_j: i32 = 0; v_j < 56; v_j++) {
          v_dq = v_n * 200704 + v_ii * 3584 + v_j * 64 + v_ct * 8;
          v_xq = v_n * 215296 + v_ii * 58 + v_j + v_ci * 3364 + v_k * 58 + v_lt * 3;
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
  v_wo = v_ct * 4608 + v_ci * 9 + v_k * 3 + v_lt * 3 + v_sp * 36864;
  if (u32(v_ct * 8) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 1] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 2] = v_acc0_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 576] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 577] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 578] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 1152] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 1153] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 1154] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 1728] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 1729] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 1730] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 2304] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 2305] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 2306] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 2880] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 2881] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 2882] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 3456] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 3457] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 3458] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 3) < 3u) {
    dw_parts[v_wo + 4032] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 3 + 1) < 3u) {
    dw_parts[v_wo + 4033] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 3 + 2) < 3u) {
    dw_parts[v_wo + 4034] = v_acc7_2;
  }
}

// dW = the sum of 14 partial sums
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 36864u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pd: i32;
  v_pd = v_e;
  dw[v_pd] = (((((((((((((dw_parts[v_pd] + dw_parts[v_pd + 36864]) + dw_parts[v_pd + 73728]) + dw_parts[v_pd + 110592]) + dw_parts[v_pd + 147456]) + dw_parts[v_pd + 184320]) + dw_parts[v_pd + 221184]) + dw_parts[v_pd + 258048]) + dw_parts[v_pd + 294912]) + dw_parts[v_pd + 331776]) + dw_parts[v_pd + 368640]) + dw_parts[v_pd + 405504]) + dw_parts[v_pd + 442368]) + dw_parts[v_pd + 479232]);
}
