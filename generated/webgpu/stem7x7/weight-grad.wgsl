// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_weight_grad (pass weight-grad, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":7,"split":28,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 3, 224, 224], 150528 f32
//   1: dy (input), [1, 64, 112, 112], 802816 f32
//   2: y (input), [1, 64, 112, 112], 802816 f32
//   3: dw (output), [64, 3, 7, 7], 9408 f32
//   4: xpad (scratch), [1, 3, 230, 230], 158706 f32
//   5: delta (scratch), [1, 112, 112, 64], 802816 f32
//   6: dw_parts (scratch), [28, 64, 3, 7, 7], 263424 f32
// dispatches, in order:
//   prologue0: 29 x 29 x 3 workgroups of 8 x 8 x 1
//   prologue1: 8 x 14 x 112 workgroups of 8 x 8 x 1
//   main0: 1 x 1 x 196 workgroups of 8 x 3 x 1
//   epilogue0: 1176 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dw: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> dw_parts: array<f32>;

// prologue: grid 230 x 230 x 3
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 230u || gid.y >= 230u || gid.z >= 3u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 52900 + v_r * 230 + v_q;
  if (u32(v_r - 3) < 224u && u32(v_q - 3) < 224u) {
    v_ps = v_pl * 50176 + v_r * 224 + v_q - 675;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 112u || gid.z >= 112u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_j = i32(gid.y);
  let v_i = i32(gid.z % 112u);
  let v_n = i32((gid.z / 112u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_n * 802816 + v_i * 7168 + v_j * 64 + v_oc;
  if (u32(v_oc) < 64u) {
    v_py = v_n * 802816 + v_i * 112 + v_j + v_oc * 12544;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 8 x 3 x 196
@compute @workgroup_size(8, 3, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 3u || gid.z >= 196u) {
    return;
  }
  let v_ct = i32(gid.x);
  let v_ci = i32(gid.y);
  let v_lt = i32(gid.z % 1u);
  let v_k = i32(gid.z % 7u);
  let v_sp = i32((gid.z / 7u));
  var v_dq: i32;
  var v_xq: i32;
  var v_ii: i32;
  var v_wo: i32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
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
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc3_4: f32;
  var v_acc3_5: f32;
  var v_acc3_6: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc4_4: f32;
  var v_acc4_5: f32;
  var v_acc4_6: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc5_4: f32;
  var v_acc5_5: f32;
  var v_acc5_6: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc6_4: f32;
  var v_acc6_5: f32;
  var v_acc6_6: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  var v_acc7_3: f32;
  var v_acc7_4: f32;
  var v_acc7_5: f32;
  var v_acc7_6: f32;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc3_5 = 0.0;
  v_acc3_6 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc4_5 = 0.0;
  v_acc4_6 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc5_3 = 0.0;
  v_acc5_4 = 0.0;
  v_acc5_5 = 0.0;
  v_acc5_6 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc6_3 = 0.0;
  v_acc6_4 = 0.0;
  v_acc6_5 = 0.0;
  v_acc6_6 = 0.0;
  v_acc7_0 = 0.0;
  v_acc7_1 = 0.0;
  v_acc7_2 = 0.0;
  v_acc7_3 = 0.0;
  v_acc7_4 = 0.0;
  v_acc7_5 = 0.0;
  v_acc7_6 = 0.0;
  for (var v_n: i32 = 0; v_n < 1; v_n++) {
    for (var v_r: i32 = 0; v_r < 4; v_r++) {
      v_ii = v_sp * 4 + v_r;
      if (u32(v_sp * 4 + v_r) < 112u) {
        for (var v_j: i32 = 0; v_j < 112; v_j++) {
          v_dq = v_n * 802816 + v_ii * 7168 + v_j * 64 + v_ct * 8;
          v_xq = v_n * 158700 + v_ii * 460 + v_j * 2 + v_ci * 52900 + v_k * 230 + v_lt * 7;
          v_x0 = xpad[v_xq];
          v_x1 = xpad[v_xq + 1];
          v_x2 = xpad[v_xq + 2];
          v_x3 = xpad[v_xq + 3];
          v_x4 = xpad[v_xq + 4];
          v_x5 = xpad[v_xq + 5];
          v_x6 = xpad[v_xq + 6];
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
          v_acc0_5 = (v_acc0_5 + (v_x5 * v_d0));
          v_acc0_6 = (v_acc0_6 + (v_x6 * v_d0));
          v_acc1_0 = (v_acc1_0 + (v_x0 * v_d1));
          v_acc1_1 = (v_acc1_1 + (v_x1 * v_d1));
          v_acc1_2 = (v_acc1_2 + (v_x2 * v_d1));
          v_acc1_3 = (v_acc1_3 + (v_x3 * v_d1));
          v_acc1_4 = (v_acc1_4 + (v_x4 * v_d1));
          v_acc1_5 = (v_acc1_5 + (v_x5 * v_d1));
          v_acc1_6 = (v_acc1_6 + (v_x6 * v_d1));
          v_acc2_0 = (v_acc2_0 + (v_x0 * v_d2));
          v_acc2_1 = (v_acc2_1 + (v_x1 * v_d2));
          v_acc2_2 = (v_acc2_2 + (v_x2 * v_d2));
          v_acc2_3 = (v_acc2_3 + (v_x3 * v_d2));
          v_acc2_4 = (v_acc2_4 + (v_x4 * v_d2));
          v_acc2_5 = (v_acc2_5 + (v_x5 * v_d2));
          v_acc2_6 = (v_acc2_6 + (v_x6 * v_d2));
          v_acc3_0 = (v_acc3_0 + (v_x0 * v_d3));
          v_acc3_1 = (v_acc3_1 + (v_x1 * v_d3));
          v_acc3_2 = (v_acc3_2 + (v_x2 * v_d3));
          v_acc3_3 = (v_acc3_3 + (v_x3 * v_d3));
          v_acc3_4 = (v_acc3_4 + (v_x4 * v_d3));
          v_acc3_5 = (v_acc3_5 + (v_x5 * v_d3));
          v_acc3_6 = (v_acc3_6 + (v_x6 * v_d3));
          v_acc4_0 = (v_acc4_0 + (v_x0 * v_d4));
          v_acc4_1 = (v_acc4_1 + (v_x1 * v_d4));
          v_acc4_2 = (v_acc4_2 + (v_x2 * v_d4));
          v_acc4_3 = (v_acc4_3 + (v_x3 * v_d4));
          v_acc4_4 = (v_acc4_4 + (v_x4 * v_d4));
          v_acc4_5 = (v_acc4_5 + (v_x5 * v_d4));
          v_acc4_6 = (v_acc4_6 + (v_x6 * v_d4));
          v_acc5_0 = (v_acc5_0 + (v_x0 * v_d5));
          v_acc5_1 = (v_acc5_1 + (v_x1 * v_d5));
          v_acc5_2 = (v_acc5_2 + (v_x2 * v_d5));
          v_acc5_3 = (v_acc5_3 + (v_x3 * v_d5));
          v_acc5_4 = (v_acc5_4 + (v_x4 * v_d5));
          v_acc5_5 = (v_acc5_5 + (v_x5 * v_d5));
          v_acc5_6 = (v_acc5_6 + (v_x6 * v_d5));
          v_acc6_0 = (v_acc6_0 + (v_x0 * v_d6));
          v_acc6_1 = (v_acc6_1 + (v_x1 * v_d6));
          v_acc6_2 = (v_acc6_2 + (v_x2 * v_d6));
          v_acc6_3 = (v_acc6_3 + (v_x3 * v_d6));
          v_acc6_4 = (v_acc6_4 + (v_x4 * v_d6));
          v_acc6_5 = (v_acc6_5 + (v_x5 * v_d6));
          v_acc6_6 = (v_acc6_6 + (v_x6 * v_d6));
          v_acc7_0 = (v_acc7_0 + (v_x0 * v_d7));
          v_acc7_1 = (v_acc7_1 + (v_x1 * v_d7));
          v_acc7_2 = (v_acc7_2 + (v_x2 * v_d7));
          v_acc7_3 = (v_acc7_3 + (v_x3 * v_d7));
          v_acc7_4 = (v_acc7_4 + (v_x4 * v_d7));
          v_acc7_5 = (v_acc7_5 + (v_x5 * v_d7));
          v_acc7_6 = (v_acc7_6 + (v_x6 * v_d7));
        }
      }
    }
  }
  v_wo = v_ct * 1176 + v_ci * 49 + v_k * 7 + v_lt * 7 + v_sp * 9408;
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 1] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 2] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 3] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 4] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 5] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 6] = v_acc0_6;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 147] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 148] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 149] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 150] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 151] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 152] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 153] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 294] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 295] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 296] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 297] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 298] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 299] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 300] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 441] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 442] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 443] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 444] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 445] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 446] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 447] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 588] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 589] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 590] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 591] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 592] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 593] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 594] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 735] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 736] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 737] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 738] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 739] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 740] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 741] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 882] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 883] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 884] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 885] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 886] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 887] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 888] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7) < 7u) {
    dw_parts[v_wo + 1029] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7 + 1) < 7u) {
    dw_parts[v_wo + 1030] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7 + 2) < 7u) {
    dw_parts[v_wo + 1031] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7 + 3) < 7u) {
    dw_parts[v_wo + 1032] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7 + 4) < 7u) {
    dw_parts[v_wo + 1033] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7 + 5) < 7u) {
    dw_parts[v_wo + 1034] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt * 7 + 6) < 7u) {
    dw_parts[v_wo + 1035] = v_acc7_6;
  }
}

// dW = the sum of 28 partial sums
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 9408u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pd: i32;
  v_pd = v_e;
  dw[v_pd] = (((((((((((((((((((((((((((dw_parts[v_pd] + dw_parts[v_pd + 9408]) + dw_parts[v_pd + 18816]) + dw_parts[v_pd + 28224]) + dw_parts[v_pd + 37632]) + dw_parts[v_pd + 47040]) + dw_parts[v_pd + 56448]) + dw_parts[v_pd + 65856]) + dw_parts[v_pd + 75264]) + dw_parts[v_pd + 84672]) + dw_parts[v_pd + 94080]) + dw_parts[v_pd + 103488]) + dw_parts[v_pd + 112896]) + dw_parts[v_pd + 122304]) + dw_parts[v_pd + 131712]) + dw_parts[v_pd + 141120]) + dw_parts[v_pd + 150528]) + dw_parts[v_pd + 159936]) + dw_parts[v_pd + 169344]) + dw_parts[v_pd + 178752]) + dw_parts[v_pd + 188160]) + dw_parts[v_pd + 197568]) + dw_parts[v_pd + 206976]) + dw_parts[v_pd + 216384]) + dw_parts[v_pd + 225792]) + dw_parts[v_pd + 235200]) + dw_parts[v_pd + 244608]) + dw_parts[v_pd + 254016]);
}
