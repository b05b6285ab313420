// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_weight_grad (pass weight-grad, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":5,"split":2,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 6, 14, 14], 9408 f32
//   1: dy (input), [8, 16, 10, 10], 12800 f32
//   2: y (input), [8, 16, 10, 10], 12800 f32
//   3: dw (output), [16, 6, 5, 5], 2400 f32
//   4: xpad (scratch), [8, 6, 14, 14], 9412 f32
//   5: delta (scratch), [8, 10, 10, 16], 12800 f32
//   6: dw_parts (scratch), [2, 16, 6, 5, 5], 4800 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 48 workgroups of 8 x 8 x 1
//   prologue1: 2 x 2 x 80 workgroups of 8 x 8 x 1
//   main0: 1 x 1 x 10 workgroups of 2 x 6 x 1
//   epilogue0: 300 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dw: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> dw_parts: array<f32>;

// prologue: grid 14 x 14 x 48
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 14u || gid.y >= 14u || gid.z >= 48u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 196 + v_r * 14 + v_q;
  if (u32(v_r) < 14u && u32(v_q) < 14u) {
    v_ps = v_pl * 196 + v_r * 14 + v_q;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 10u || gid.z >= 80u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_j = i32(gid.y);
  let v_i = i32(gid.z % 10u);
  let v_n = i32((gid.z / 10u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_n * 1600 + v_i * 160 + v_j * 16 + v_oc;
  if (u32(v_oc) < 16u) {
    v_py = v_n * 1600 + v_i * 10 + v_j + v_oc * 100;
    delta[v_pd] = (dy[v_py] * ((1.0 - y[v_py]) * (1.0 + y[v_py])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 2 x 6 x 10
@compute @workgroup_size(2, 6, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 6u || gid.z >= 10u) {
    return;
  }
  let v_ct = i32(gid.x);
  let v_ci = i32(gid.y);
  let v_lt = i32(gid.z % 1u);
  let v_k = i32(gid.z % 5u);
  let v_sp = i32((gid.z / 5u));
  var v_dq: i32;
  var v_xq: i32;
  var v_ii: i32;
  var v_wo: i32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
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
  var v_acc0_3: f32;
  var v_acc0_4: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc3_4: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc4_4: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc5_4: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc6_4: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  var v_acc7_3: f32;
  var v_acc7_4: f32;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc5_3 = 0.0;
  v_acc5_4 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc6_3 = 0.0;
  v_acc6_4 = 0.0;
  v_acc7_0 = 0.0;
  v_acc7_1 = 0.0;
  v_acc7_2 = 0.0;
  v_acc7_3 = 0.0;
  v_acc7_4 = 0.0;
  for (var v_n: i32 = 0; v_n < 8; v_n++) {
    for (var v_r: i32 = 0; v_r < 5; v_r++) {
      v_ii = v_sp * 5 + v_r;
      if (u32(v_sp * 5 + v_r) < 10u) {
        for (var v_j: i32 = 0; v_j < 10; v_j++) {
          v_dq = v_n * 1600 + v_ii * 160 + v_j * 16 + v_ct * 8;
          v_xq = v_n * 1176 + v_ii * 14 + v_j + v_ci * 196 + v_k * 14 + v_lt * 5;
          v_x0 = xpad[v_xq];
          v_x1 = xpad[v_xq + 1];
          v_x2 = xpad[v_xq + 2];
          v_x3 = xpad[v_xq + 3];
          v_x4 = xpad[v_xq + 4];
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
          v_acc0_3 = (v_acc0_3 + (v_x3 * v_d0));
          v_acc0_4 = (v_acc0_4 + (v_x4 * v_d0));
          v_acc1_0 = (v_acc1_0 + (v_x0 * v_d1));
          v_acc1_1 = (v_acc1_1 + (v_x1 * v_d1));
          v_acc1_2 = (v_acc1_2 + (v_x2 * v_d1));
          v_acc1_3 = (v_acc1_3 + (v_x3 * v_d1));
          v_acc1_4 = (v_acc1_4 + (v_x4 * v_d1));
          v_acc2_0 = (v_acc2_0 + (v_x0 * v_d2));
          v_acc2_1 = (v_acc2_1 + (v_x1 * v_d2));
          v_acc2_2 = (v_acc2_2 + (v_x2 * v_d2));
          v_acc2_3 = (v_acc2_3 + (v_x3 * v_d2));
          v_acc2_4 = (v_acc2_4 + (v_x4 * v_d2));
          v_acc3_0 = (v_acc3_0 + (v_x0 * v_d3));
          v_acc3_1 = (v_acc3_1 + (v_x1 * v_d3));
          v_acc3_2 = (v_acc3_2 + (v_x2 * v_d3));
          v_acc3_3 = (v_acc3_3 + (v_x3 * v_d3));
          v_acc3_4 = (v_acc3_4 + (v_x4 * v_d3));
          v_acc4_0 = (v_acc4_0 + (v_x0 * v_d4));
          v_acc4_1 = (v_acc4_1 + (v_x1 * v_d4));
          v_acc4_2 = (v_acc4_2 + (v_x2 * v_d4));
          v_acc4_3 = (v_acc4_3 + (v_x3 * v_d4));
          v_acc4_4 = (v_acc4_4 + (v_x4 * v_d4));
          v_acc5_0 = (v_acc5_0 + (v_x0 * v_d5));
          v_acc5_1 = (v_acc5_1 + (v_x1 * v_d5));
          v_acc5_2 = (v_acc5_2 + (v_x2 * v_d5));
          v_acc5_3 = (v_acc5_3 + (v_x3 * v_d5));
          v_acc5_4 = (v_acc5_4 + (v_x4 * v_d5));
          v_acc6_0 = (v_acc6_0 + (v_x0 * v_d6));
          v_acc6_1 = (v_acc6_1 + (v_x1 * v_d6));
          v_acc6_2 = (v_acc6_2 + (v_x2 * v_d6));
          v_acc6_3 = (v_acc6_3 + (v_x3 * v_d6));
          v_acc6_4 = (v_acc6_4 + (v_x4 * v_d6));
          v_acc7_0 = (v_acc7_0 + (v_x0 * v_d7));
          v_acc7_1 = (v_acc7_1 + (v_x1 * v_d7));
          v_acc7_2 = (v_acc7_2 + (v_x2 * v_d7));
          v_acc7_3 = (v_acc7_3 + (v_x3 * v_d7));
          v_acc7_4 = (v_acc7_4 + (v_x4 * v_d7));
        }
      }
    }
  }
  v_wo = v_ct * 1200 + v_ci * 25 + v_k * 5 + v_lt * 5 + v_sp * 2400;
  if (u32(v_ct * 8) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 1] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 2] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 3] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 4] = v_acc0_4;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 150] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 151] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 152] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 153] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 154] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 300] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 301] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 302] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 303] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 304] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 450] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 451] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 452] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 453] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 454] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 600] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 601] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 602] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 603] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 604] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 750] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 751] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 752] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 753] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 754] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 900] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 901] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 902] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 903] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 904] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 1050] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 1051] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 1052] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 1053] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 1054] = v_acc7_4;
  }
}

// dW = the sum of 2 partial sums
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2400u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pd: i32;
  v_pd = v_e;
  dw[v_pd] = (dw_parts[v_pd] + dw_parts[v_pd + 2400]);
}
