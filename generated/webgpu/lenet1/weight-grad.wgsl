// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet1_weight_grad (pass weight-grad, target webgpu)
// spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":6,"pixels":5,"split":7,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 1, 32, 32], 8192 f32
//   1: dy (input), [8, 6, 28, 28], 37632 f32
//   2: y (input), [8, 6, 28, 28], 37632 f32
//   3: dw (output), [6, 1, 5, 5], 150 f32
//   4: xpad (scratch), [8, 1, 32, 32], 8196 f32
//   5: delta (scratch), [8, 28, 28, 6], 37632 f32
//   6: dw_parts (scratch), [7, 6, 1, 5, 5], 1050 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 8 workgroups of 8 x 8 x 1
//   prologue1: 1 x 4 x 224 workgroups of 6 x 8 x 1
//   main0: 1 x 1 x 35 workgroups of 1 x 1 x 1
//   epilogue0: 19 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dw: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> dw_parts: array<f32>;

// prologue: grid 32 x 32 x 8
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 32u || gid.z >= 8u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 1024 + v_r * 32 + v_q;
  if (u32(v_r) < 32u && u32(v_q) < 32u) {
    v_ps = v_pl * 1024 + v_r * 32 + v_q;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded
@compute @workgroup_size(6, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 28u || gid.z >= 224u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_j = i32(gid.y);
  let v_i = i32(gid.z % 28u);
  let v_n = i32((gid.z / 28u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_n * 4704 + v_i * 168 + v_j * 6 + v_oc;
  if (u32(v_oc) < 6u) {
    v_py = v_n * 4704 + v_i * 28 + v_j + v_oc * 784;
    delta[v_pd] = (dy[v_py] * ((1.0 - y[v_py]) * (1.0 + y[v_py])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 1 x 35
@compute @workgroup_size(1, 1, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 1u || gid.z >= 35u) {
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
  for (var v_n: i32 = 0; v_n < 8; v_n++) {
    for (var v_r: i32 = 0; v_r < 4; v_r++) {
      v_ii = v_sp * 4 + v_r;
      if (u32(v_sp * 4 + v_r) < 28u) {
        for (var v_j: i32 = 0; v_j < 28; v_j++) {
          v_dq = v_n * 4704 + v_ii * 168 + v_j * 6 + v_ct * 6;
          v_xq = v_n * 1024 + v_ii * 32 + v_j + v_ci * 1024 + v_k * 32 + v_lt * 5;
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
        }
      }
    }
  }
  v_wo = v_ct * 150 + v_ci * 25 + v_k * 5 + v_lt * 5 + v_sp * 150;
  if (u32(v_ct * 6) < 6u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo] = v_acc0_0;
  }
  if (u32(v_ct * 6) < 6u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 1] = v_acc0_1;
  }
  if (u32(v_ct * 6) < 6u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 2] = v_acc0_2;
  }
  if (u32(v_ct * 6) < 6u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 3] = v_acc0_3;
  }
  if (u32(v_ct * 6) < 6u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 4] = v_acc0_4;
  }
  if (u32(v_ct * 6 + 1) < 6u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 25] = v_acc1_0;
  }
  if (u32(v_ct * 6 + 1) < 6u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 26] = v_acc1_1;
  }
  if (u32(v_ct * 6 + 1) < 6u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 27] = v_acc1_2;
  }
  if (u32(v_ct * 6 + 1) < 6u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 28] = v_acc1_3;
  }
  if (u32(v_ct * 6 + 1) < 6u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 29] = v_acc1_4;
  }
  if (u32(v_ct * 6 + 2) < 6u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 50] = v_acc2_0;
  }
  if (u32(v_ct * 6 + 2) < 6u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 51] = v_acc2_1;
  }
  if (u32(v_ct * 6 + 2) < 6u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 52] = v_acc2_2;
  }
  if (u32(v_ct * 6 + 2) < 6u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 53] = v_acc2_3;
  }
  if (u32(v_ct * 6 + 2) < 6u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 54] = v_acc2_4;
  }
  if (u32(v_ct * 6 + 3) < 6u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 75] = v_acc3_0;
  }
  if (u32(v_ct * 6 + 3) < 6u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 76] = v_acc3_1;
  }
  if (u32(v_ct * 6 + 3) < 6u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 77] = v_acc3_2;
  }
  if (u32(v_ct * 6 + 3) < 6u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 78] = v_acc3_3;
  }
  if (u32(v_ct * 6 + 3) < 6u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 79] = v_acc3_4;
  }
  if (u32(v_ct * 6 + 4) < 6u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 100] = v_acc4_0;
  }
  if (u32(v_ct * 6 + 4) < 6u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 101] = v_acc4_1;
  }
  if (u32(v_ct * 6 + 4) < 6u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 102] = v_acc4_2;
  }
  if (u32(v_ct * 6 + 4) < 6u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 103] = v_acc4_3;
  }
  if (u32(v_ct * 6 + 4) < 6u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 104] = v_acc4_4;
  }
  if (u32(v_ct * 6 + 5) < 6u && u32(v_lt * 5) < 5u) {
    dw_parts[v_wo + 125] = v_acc5_0;
  }
  if (u32(v_ct * 6 + 5) < 6u && u32(v_lt * 5 + 1) < 5u) {
    dw_parts[v_wo + 126] = v_acc5_1;
  }
  if (u32(v_ct * 6 + 5) < 6u && u32(v_lt * 5 + 2) < 5u) {
    dw_parts[v_wo + 127] = v_acc5_2;
  }
  if (u32(v_ct * 6 + 5) < 6u && u32(v_lt * 5 + 3) < 5u) {
    dw_parts[v_wo + 128] = v_acc5_3;
  }
  if (u32(v_ct * 6 + 5) < 6u && u32(v_lt * 5 + 4) < 5u) {
    dw_parts[v_wo + 129] = v_acc5_4;
  }
}

// dW = the sum of 7 partial sums
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 150u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pd: i32;
  v_pd = v_e;
  dw[v_pd] = ((((((dw_parts[v_pd] + dw_parts[v_pd + 150]) + dw_parts[v_pd + 300]) + dw_parts[v_pd + 450]) + dw_parts[v_pd + 600]) + dw_parts[v_pd + 750]) + dw_parts[v_pd + 900]);
}
