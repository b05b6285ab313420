// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_input_grad (pass input-grad, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":3,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [64, 3, 7, 7], 9408 f32
//   1: dy (input), [1, 64, 112, 112], 802816 f32
//   2: y (input), [1, 64, 112, 112], 802816 f32
//   3: dx (output), [1, 3, 224, 224], 150528 f32
//   4: delta (scratch), [1, 64, 115, 115], 846400 f32
//   5: wpk (scratch), [9408], 9408 f32
// dispatches, in order:
//   prologue0: 15 x 15 x 64 workgroups of 8 x 8 x 1
//   prologue1: 1 x 8 x 9 workgroups of 3 x 8 x 1
//   prologue2: 1 x 8 x 12 workgroups of 3 x 8 x 1
//   prologue3: 1 x 8 x 12 workgroups of 3 x 8 x 1
//   prologue4: 1 x 8 x 16 workgroups of 3 x 8 x 1
//   main0: 1 x 14 x 1 workgroups of 8 x 8 x 1
//   main1: 1 x 14 x 1 workgroups of 8 x 8 x 1
//   main2: 1 x 14 x 1 workgroups of 8 x 8 x 1
//   main3: 1 x 14 x 1 workgroups of 8 x 8 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> w: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dx: array<f32>;
@group(0) @binding(4) var<storage, read_write> delta: array<f32>;
@group(0) @binding(5) var<storage, read_write> wpk: array<f32>;

// delta = dY * sigma'(Y) into the zero-bordered delta buffer
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 115u || gid.y >= 115u || gid.z >= 64u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 64u);
  let v_sn = i32((gid.z / 64u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 846400 + v_sc * 13225 + v_sy * 115 + v_sx;
  if (u32(v_sy - 1) < 112u && u32(v_sx - 1) < 112u) {
    v_ps = v_sn * 802816 + v_sc * 12544 + v_sy * 112 + v_sx - 113;
    delta[v_pd] = (dy[v_ps] * select(0.0, 1.0, y[v_ps] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): its 9 taps of W; pack w as wpk[g][a][b][c][m], m padded to 3
@compute @workgroup_size(3, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 9u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 3u);
  let v_wpk_a = i32((gid.z / 3u) % 3u);
  let v_wpk_g = i32((gid.z / 9u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 1728 + v_wpk_a * 576 + v_wpk_b * 192 + v_wpk_c * 3 + v_wpk_m;
  if (u32(v_wpk_m) < 3u) {
    v_ps = v_wpk_g * 9408 + v_wpk_a * -14 + v_wpk_b * -2 + v_wpk_c * 147 + v_wpk_m * 49 + 40;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 1): its 12 taps of W; pack w as wpk[g][a][b][c][m], m padded to 3
@compute @workgroup_size(3, 8, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 12u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 4u);
  let v_wpk_a = i32((gid.z / 4u) % 3u);
  let v_wpk_g = i32((gid.z / 12u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 2304 + v_wpk_a * 768 + v_wpk_b * 192 + v_wpk_c * 3 + v_wpk_m;
  if (u32(v_wpk_m) < 3u) {
    v_ps = v_wpk_g * 9408 + v_wpk_a * -14 + v_wpk_b * -2 + v_wpk_c * 147 + v_wpk_m * 49 + 41;
    wpk[v_pd + 1728] = w[v_ps];
  } else {
    wpk[v_pd + 1728] = 0.0;
  }
}

// phase (1, 0): its 12 taps of W; pack w as wpk[g][a][b][c][m], m padded to 3
@compute @workgroup_size(3, 8, 1)
fn prologue3(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 12u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 3u);
  let v_wpk_a = i32((gid.z / 3u) % 4u);
  let v_wpk_g = i32((gid.z / 12u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 2304 + v_wpk_a * 576 + v_wpk_b * 192 + v_wpk_c * 3 + v_wpk_m;
  if (u32(v_wpk_m) < 3u) {
    v_ps = v_wpk_g * 9408 + v_wpk_a * -14 + v_wpk_b * -2 + v_wpk_c * 147 + v_wpk_m * 49 + 47;
    wpk[v_pd + 4032] = w[v_ps];
  } else {
    wpk[v_pd + 4032] = 0.0;
  }
}

// phase (1, 1): its 16 taps of W; pack w as wpk[g][a][b][c][m], m padded to 3
@compute @workgroup_size(3, 8, 1)
fn prologue4(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 16u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 4u);
  let v_wpk_a = i32((gid.z / 4u) % 4u);
  let v_wpk_g = i32((gid.z / 16u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 3072 + v_wpk_a * 768 + v_wpk_b * 192 + v_wpk_c * 3 + v_wpk_m;
  if (u32(v_wpk_m) < 3u) {
    v_ps = v_wpk_g * 9408 + v_wpk_a * -14 + v_wpk_b * -2 + v_wpk_c * 147 + v_wpk_m * 49 + 48;
    wpk[v_pd + 6336] = w[v_ps];
  } else {
    wpk[v_pd + 6336] = 0.0;
  }
}

// phase 0, 0
@compute @workgroup_size(8, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_pt0_0 = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 1u);
  let v_t = i32(gid.y);
  let v_vt0_0 = i32(gid.z);
  var v_ap0_0: i32;
  var v_bp0_0: i32;
  var v_aq0_0: i32;
  var v_bq0_0: i32;
  var v_op0_0: i32;
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
  var v_acc8_0: f32;
  var v_acc8_1: f32;
  var v_acc8_2: f32;
  var v_acc9_0: f32;
  var v_acc9_1: f32;
  var v_acc9_2: f32;
  var v_acc10_0: f32;
  var v_acc10_1: f32;
  var v_acc10_2: f32;
  var v_acc11_0: f32;
  var v_acc11_1: f32;
  var v_acc11_2: f32;
  var v_acc12_0: f32;
  var v_acc12_1: f32;
  var v_acc12_2: f32;
  var v_acc13_0: f32;
  var v_acc13_1: f32;
  var v_acc13_2: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  var v_b7: f32;
  var v_b8: f32;
  var v_b9: f32;
  var v_b10: f32;
  var v_b11: f32;
  var v_b12: f32;
  var v_b13: f32;
  v_ap0_0 = v_g * 1728 + v_vt0_0 * 3;
  v_bp0_0 = v_t * 115 + v_n * 846400 + v_g * 846400 + v_pt0_0 * 14;
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
  v_acc8_0 = 0.0;
  v_acc8_1 = 0.0;
  v_acc8_2 = 0.0;
  v_acc9_0 = 0.0;
  v_acc9_1 = 0.0;
  v_acc9_2 = 0.0;
  v_acc10_0 = 0.0;
  v_acc10_1 = 0.0;
  v_acc10_2 = 0.0;
  v_acc11_0 = 0.0;
  v_acc11_1 = 0.0;
  v_acc11_2 = 0.0;
  v_acc12_0 = 0.0;
  v_acc12_1 = 0.0;
  v_acc12_2 = 0.0;
  v_acc13_0 = 0.0;
  v_acc13_1 = 0.0;
  v_acc13_2 = 0.0;
  for (var v_ra0_0: i32 = 0; v_ra0_0 < 3; v_ra0_0++) {
    for (var v_rb0_0: i32 = 0; v_rb0_0 < 3; v_rb0_0++) {
      v_aq0_0 = v_ap0_0 + v_ra0_0 * 576 + v_rb0_0 * 192;
      v_bq0_0 = v_bp0_0 + v_ra0_0 * 115 + v_rb0_0;
      for (var v_rc0_0: i32 = 0; v_rc0_0 < 64; v_rc0_0++) {
        v_a0 = wpk[v_aq0_0];
        v_a1 = wpk[v_aq0_0 + 1];
        v_a2 = wpk[v_aq0_0 + 2];
        v_b0 = delta[v_bq0_0];
        v_b1 = delta[v_bq0_0 + 1];
        v_b2 = delta[v_bq0_0 + 2];
        v_b3 = delta[v_bq0_0 + 3];
        v_b4 = delta[v_bq0_0 + 4];
        v_b5 = delta[v_bq0_0 + 5];
        v_b6 = delta[v_bq0_0 + 6];
        v_b7 = delta[v_bq0_0 + 7];
        v_b8 = delta[v_bq0_0 + 8];
        v_b9 = delta[v_bq0_0 + 9];
        v_b10 = delta[v_bq0_0 + 10];
        v_b11 = delta[v_bq0_0 + 11];
        v_b12 = delta[v_bq0_0 + 12];
        v_b13 = delta[v_bq0_0 + 13];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
        v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
        v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
        v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
        v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
        v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
        v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_acc7_1 = (v_acc7_1 + (v_a1 * v_b7));
        v_acc7_2 = (v_acc7_2 + (v_a2 * v_b7));
        v_acc8_0 = (v_acc8_0 + (v_a0 * v_b8));
        v_acc8_1 = (v_acc8_1 + (v_a1 * v_b8));
        v_acc8_2 = (v_acc8_2 + (v_a2 * v_b8));
        v_acc9_0 = (v_acc9_0 + (v_a0 * v_b9));
        v_acc9_1 = (v_acc9_1 + (v_a1 * v_b9));
        v_acc9_2 = (v_acc9_2 + (v_a2 * v_b9));
        v_acc10_0 = (v_acc10_0 + (v_a0 * v_b10));
        v_acc10_1 = (v_acc10_1 + (v_a1 * v_b10));
        v_acc10_2 = (v_acc10_2 + (v_a2 * v_b10));
        v_acc11_0 = (v_acc11_0 + (v_a0 * v_b11));
        v_acc11_1 = (v_acc11_1 + (v_a1 * v_b11));
        v_acc11_2 = (v_acc11_2 + (v_a2 * v_b11));
        v_acc12_0 = (v_acc12_0 + (v_a0 * v_b12));
        v_acc12_1 = (v_acc12_1 + (v_a1 * v_b12));
        v_acc12_2 = (v_acc12_2 + (v_a2 * v_b12));
        v_acc13_0 = (v_acc13_0 + (v_a0 * v_b13));
        v_acc13_1 = (v_acc13_1 + (v_a1 * v_b13));
        v_acc13_2 = (v_acc13_2 + (v_a2 * v_b13));
        v_aq0_0 = v_aq0_0 + 3;
        v_bq0_0 = v_bq0_0 + 13225;
      }
    }
  }
  v_op0_0 = v_t * 448 + v_n * 150528 + v_g * 150528 + v_vt0_0 * 150528 + v_pt0_0 * 28;
  dx[v_op0_0] = v_acc0_0;
  dx[v_op0_0 + 50176] = v_acc0_1;
  dx[v_op0_0 + 100352] = v_acc0_2;
  dx[v_op0_0 + 2] = v_acc1_0;
  dx[v_op0_0 + 50178] = v_acc1_1;
  dx[v_op0_0 + 100354] = v_acc1_2;
  dx[v_op0_0 + 4] = v_acc2_0;
  dx[v_op0_0 + 50180] = v_acc2_1;
  dx[v_op0_0 + 100356] = v_acc2_2;
  dx[v_op0_0 + 6] = v_acc3_0;
  dx[v_op0_0 + 50182] = v_acc3_1;
  dx[v_op0_0 + 100358] = v_acc3_2;
  dx[v_op0_0 + 8] = v_acc4_0;
  dx[v_op0_0 + 50184] = v_acc4_1;
  dx[v_op0_0 + 100360] = v_acc4_2;
  dx[v_op0_0 + 10] = v_acc5_0;
  dx[v_op0_0 + 50186] = v_acc5_1;
  dx[v_op0_0 + 100362] = v_acc5_2;
  dx[v_op0_0 + 12] = v_acc6_0;
  dx[v_op0_0 + 50188] = v_acc6_1;
  dx[v_op0_0 + 100364] = v_acc6_2;
  dx[v_op0_0 + 14] = v_acc7_0;
  dx[v_op0_0 + 50190] = v_acc7_1;
  dx[v_op0_0 + 100366] = v_acc7_2;
  dx[v_op0_0 + 16] = v_acc8_0;
  dx[v_op0_0 + 50192] = v_acc8_1;
  dx[v_op0_0 + 100368] = v_acc8_2;
  dx[v_op0_0 + 18] = v_acc9_0;
  dx[v_op0_0 + 50194] = v_acc9_1;
  dx[v_op0_0 + 100370] = v_acc9_2;
  dx[v_op0_0 + 20] = v_acc10_0;
  dx[v_op0_0 + 50196] = v_acc10_1;
  dx[v_op0_0 + 100372] = v_acc10_2;
  dx[v_op0_0 + 22] = v_acc11_0;
  dx[v_op0_0 + 50198] = v_acc11_1;
  dx[v_op0_0 + 100374] = v_acc11_2;
  dx[v_op0_0 + 24] = v_acc12_0;
  dx[v_op0_0 + 50200] = v_acc12_1;
  dx[v_op0_0 + 100376] = v_acc12_2;
  dx[v_op0_0 + 26] = v_acc13_0;
  dx[v_op0_0 + 50202] = v_acc13_1;
  dx[v_op0_0 + 100378] = v_acc13_2;
}

// phase 0, 1
@compute @workgroup_size(8, 8, 1)
fn main1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_pt0_1 = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 1u);
  let v_t = i32(gid.y);
  let v_vt0_1 = i32(gid.z);
  var v_ap0_1: i32;
  var v_bp0_1: i32;
  var v_aq0_1: i32;
  var v_bq0_1: i32;
  var v_op0_1: i32;
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
  var v_acc8_0: f32;
  var v_acc8_1: f32;
  var v_acc8_2: f32;
  var v_acc9_0: f32;
  var v_acc9_1: f32;
  var v_acc9_2: f32;
  var v_acc10_0: f32;
  var v_acc10_1: f32;
  var v_acc10_2: f32;
  var v_acc11_0: f32;
  var v_acc11_1: f32;
  var v_acc11_2: f32;
  var v_acc12_0: f32;
  var v_acc12_1: f32;
  var v_acc12_2: f32;
  var v_acc13_0: f32;
  var v_acc13_1: f32;
  var v_acc13_2: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  var v_b7: f32;
  var v_b8: f32;
  var v_b9: f32;
  var v_b10: f32;
  var v_b11: f32;
  var v_b12: f32;
  var v_b13: f32;
  v_ap0_1 = v_g * 2304 + v_vt0_1 * 3 + 1728;
  v_bp0_1 = v_t * 115 + v_n * 846400 + v_g * 846400 + v_pt0_1 * 14;
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
  v_acc8_0 = 0.0;
  v_acc8_1 = 0.0;
  v_acc8_2 = 0.0;
  v_acc9_0 = 0.0;
  v_acc9_1 = 0.0;
  v_acc9_2 = 0.0;
  v_acc10_0 = 0.0;
  v_acc10_1 = 0.0;
  v_acc10_2 = 0.0;
  v_acc11_0 = 0.0;
  v_acc11_1 = 0.0;
  v_acc11_2 = 0.0;
  v_acc12_0 = 0.0;
  v_acc12_1 = 0.0;
  v_acc12_2 = 0.0;
  v_acc13_0 = 0.0;
  v_acc13_1 = 0.0;
  v_acc13_2 = 0.0;
  for (var v_ra0_1: i32 = 0; v_ra0_1 < 3; v_ra0_1++) {
    for (var v_rb0_1: i32 = 0; v_rb0_1 < 4; v_rb0_1++) {
      v_aq0_1 = v_ap0_1 + v_ra0_1 * 768 + v_rb0_1 * 192;
      v_bq0_1 = v_bp0_1 + v_ra0_1 * 115 + v_rb0_1;
      for (var v_rc0_1: i32 = 0; v_rc0_1 < 64; v_rc0_1++) {
        v_a0 = wpk[v_aq0_1];
        v_a1 = wpk[v_aq0_1 + 1];
        v_a2 = wpk[v_aq0_1 + 2];
        v_b0 = delta[v_bq0_1];
        v_b1 = delta[v_bq0_1 + 1];
        v_b2 = delta[v_bq0_1 + 2];
        v_b3 = delta[v_bq0_1 + 3];
        v_b4 = delta[v_bq0_1 + 4];
        v_b5 = delta[v_bq0_1 + 5];
        v_b6 = delta[v_bq0_1 + 6];
        v_b7 = delta[v_bq0_1 + 7];
        v_b8 = delta[v_bq0_1 + 8];
        v_b9 = delta[v_bq0_1 + 9];
        v_b10 = delta[v_bq0_1 + 10];
        v_b11 = delta[v_bq0_1 + 11];
        v_b12 = delta[v_bq0_1 + 12];
        v_b13 = delta[v_bq0_1 + 13];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
        v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
        v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
        v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
        v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
        v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
        v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_acc7_1 = (v_acc7_1 + (v_a1 * v_b7));
        v_acc7_2 = (v_acc7_2 + (v_a2 * v_b7));
        v_acc8_0 = (v_acc8_0 + (v_a0 * v_b8));
        v_acc8_1 = (v_acc8_1 + (v_a1 * v_b8));
        v_acc8_2 = (v_acc8_2 + (v_a2 * v_b8));
        v_acc9_0 = (v_acc9_0 + (v_a0 * v_b9));
        v_acc9_1 = (v_acc9_1 + (v_a1 * v_b9));
        v_acc9_2 = (v_acc9_2 + (v_a2 * v_b9));
        v_acc10_0 = (v_acc10_0 + (v_a0 * v_b10));
        v_acc10_1 = (v_acc10_1 + (v_a1 * v_b10));
        v_acc10_2 = (v_acc10_2 + (v_a2 * v_b10));
        v_acc11_0 = (v_acc11_0 + (v_a0 * v_b11));
        v_acc11_1 = (v_acc11_1 + (v_a1 * v_b11));
        v_acc11_2 = (v_acc11_2 + (v_a2 * v_b11));
        v_acc12_0 = (v_acc12_0 + (v_a0 * v_b12));
        v_acc12_1 = (v_acc12_1 + (v_a1 * v_b12));
        v_acc12_2 = (v_acc12_2 + (v_a2 * v_b12));
        v_acc13_0 = (v_acc13_0 + (v_a0 * v_b13));
        v_acc13_1 = (v_acc13_1 + (v_a1 * v_b13));
        v_acc13_2 = (v_acc13_2 + (v_a2 * v_b13));
        v_aq0_1 = v_aq0_1 + 3;
        v_bq0_1 = v_bq0_1 + 13225;
      }
    }
  }
  v_op0_1 = v_t * 448 + v_n * 150528 + v_g * 150528 + v_vt0_1 * 150528 + v_pt0_1 * 28 + 1;
  dx[v_op0_1] = v_acc0_0;
  dx[v_op0_1 + 50176] = v_acc0_1;
  dx[v_op0_1 + 100352] = v_acc0_2;
  dx[v_op0_1 + 2] = v_acc1_0;
  dx[v_op0_1 + 50178] = v_acc1_1;
  dx[v_op0_1 + 100354] = v_acc1_2;
  dx[v_op0_1 + 4] = v_acc2_0;
  dx[v_op0_1 + 50180] = v_acc2_1;
  dx[v_op0_1 + 100356] = v_acc2_2;
  dx[v_op0_1 + 6] = v_acc3_0;
  dx[v_op0_1 + 50182] = v_acc3_1;
  dx[v_op0_1 + 100358] = v_acc3_2;
  dx[v_op0_1 + 8] = v_acc4_0;
  dx[v_op0_1 + 50184] = v_acc4_1;
  dx[v_op0_1 + 100360] = v_acc4_2;
  dx[v_op0_1 + 10] = v_acc5_0;
  dx[v_op0_1 + 50186] = v_acc5_1;
  dx[v_op0_1 + 100362] = v_acc5_2;
  dx[v_op0_1 + 12] = v_acc6_0;
  dx[v_op0_1 + 50188] = v_acc6_1;
  dx[v_op0_1 + 100364] = v_acc6_2;
  dx[v_op0_1 + 14] = v_acc7_0;
  dx[v_op0_1 + 50190] = v_acc7_1;
  dx[v_op0_1 + 100366] = v_acc7_2;
  dx[v_op0_1 + 16] = v_acc8_0;
  dx[v_op0_1 + 50192] = v_acc8_1;
  dx[v_op0_1 + 100368] = v_acc8_2;
  dx[v_op0_1 + 18] = v_acc9_0;
  dx[v_op0_1 + 50194] = v_acc9_1;
  dx[v_op0_1 + 100370] = v_acc9_2;
  dx[v_op0_1 + 20] = v_acc10_0;
  dx[v_op0_1 + 50196] = v_acc10_1;
  dx[v_op0_1 + 100372] = v_acc10_2;
  dx[v_op0_1 + 22] = v_acc11_0;
  dx[v_op0_1 + 50198] = v_acc11_1;
  dx[v_op0_1 + 100374] = v_acc11_2;
  dx[v_op0_1 + 24] = v_acc12_0;
  dx[v_op0_1 + 50200] = v_acc12_1;
  dx[v_op0_1 + 100376] = v_acc12_2;
  dx[v_op0_1 + 26] = v_acc13_0;
  dx[v_op0_1 + 50202] = v_acc13_1;
  dx[v_op0_1 + 100378] = v_acc13_2;
}

// phase 1, 0
@compute @workgroup_size(8, 8, 1)
fn main2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_pt1_0 = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 1u);
  let v_t = i32(gid.y);
  let v_vt1_0 = i32(gid.z);
  var v_ap1_0: i32;
  var v_bp1_0: i32;
  var v_aq1_0: i32;
  var v_bq1_0: i32;
  var v_op1_0: i32;
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
  var v_acc8_0: f32;
  var v_acc8_1: f32;
  var v_acc8_2: f32;
  var v_acc9_0: f32;
  var v_acc9_1: f32;
  var v_acc9_2: f32;
  var v_acc10_0: f32;
  var v_acc10_1: f32;
  var v_acc10_2: f32;
  var v_acc11_0: f32;
  var v_acc11_1: f32;
  var v_acc11_2: f32;
  var v_acc12_0: f32;
  var v_acc12_1: f32;
  var v_acc12_2: f32;
  var v_acc13_0: f32;
  var v_acc13_1: f32;
  var v_acc13_2: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  var v_b7: f32;
  var v_b8: f32;
  var v_b9: f32;
  var v_b10: f32;
  var v_b11: f32;
  var v_b12: f32;
  var v_b13: f32;
  v_ap1_0 = v_g * 2304 + v_vt1_0 * 3 + 4032;
  v_bp1_0 = v_t * 115 + v_n * 846400 + v_g * 846400 + v_pt1_0 * 14;
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
  v_acc8_0 = 0.0;
  v_acc8_1 = 0.0;
  v_acc8_2 = 0.0;
  v_acc9_0 = 0.0;
  v_acc9_1 = 0.0;
  v_acc9_2 = 0.0;
  v_acc10_0 = 0.0;
  v_acc10_1 = 0.0;
  v_acc10_2 = 0.0;
  v_acc11_0 = 0.0;
  v_acc11_1 = 0.0;
  v_acc11_2 = 0.0;
  v_acc12_0 = 0.0;
  v_acc12_1 = 0.0;
  v_acc12_2 = 0.0;
  v_acc13_0 = 0.0;
  v_acc13_1 = 0.0;
  v_acc13_2 = 0.0;
  for (var v_ra1_0: i32 = 0; v_ra1_0 < 4; v_ra1_0++) {
    for (var v_rb1_0: i32 = 0; v_rb1_0 < 3; v_rb1_0++) {
      v_aq1_0 = v_ap1_0 + v_ra1_0 * 576 + v_rb1_0 * 192;
      v_bq1_0 = v_bp1_0 + v_ra1_0 * 115 + v_rb1_0;
      for (var v_rc1_0: i32 = 0; v_rc1_0 < 64; v_rc1_0++) {
        v_a0 = wpk[v_aq1_0];
        v_a1 = wpk[v_aq1_0 + 1];
        v_a2 = wpk[v_aq1_0 + 2];
        v_b0 = delta[v_bq1_0];
        v_b1 = delta[v_bq1_0 + 1];
        v_b2 = delta[v_bq1_0 + 2];
        v_b3 = delta[v_bq1_0 + 3];
        v_b4 = delta[v_bq1_0 + 4];
        v_b5 = delta[v_bq1_0 + 5];
        v_b6 = delta[v_bq1_0 + 6];
        v_b7 = delta[v_bq1_0 + 7];
        v_b8 = delta[v_bq1_0 + 8];
        v_b9 = delta[v_bq1_0 + 9];
        v_b10 = delta[v_bq1_0 + 10];
        v_b11 = delta[v_bq1_0 + 11];
        v_b12 = delta[v_bq1_0 + 12];
        v_b13 = delta[v_bq1_0 + 13];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
        v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
        v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
        v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
        v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
        v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
        v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_acc7_1 = (v_acc7_1 + (v_a1 * v_b7));
        v_acc7_2 = (v_acc7_2 + (v_a2 * v_b7));
        v_acc8_0 = (v_acc8_0 + (v_a0 * v_b8));
        v_acc8_1 = (v_acc8_1 + (v_a1 * v_b8));
        v_acc8_2 = (v_acc8_2 + (v_a2 * v_b8));
        v_acc9_0 = (v_acc9_0 + (v_a0 * v_b9));
        v_acc9_1 = (v_acc9_1 + (v_a1 * v_b9));
        v_acc9_2 = (v_acc9_2 + (v_a2 * v_b9));
        v_acc10_0 = (v_acc10_0 + (v_a0 * v_b10));
        v_acc10_1 = (v_acc10_1 + (v_a1 * v_b10));
        v_acc10_2 = (v_acc10_2 + (v_a2 * v_b10));
        v_acc11_0 = (v_acc11_0 + (v_a0 * v_b11));
        v_acc11_1 = (v_acc11_1 + (v_a1 * v_b11));
        v_acc11_2 = (v_acc11_2 + (v_a2 * v_b11));
        v_acc12_0 = (v_acc12_0 + (v_a0 * v_b12));
        v_acc12_1 = (v_acc12_1 + (v_a1 * v_b12));
        v_acc12_2 = (v_acc12_2 + (v_a2 * v_b12));
        v_acc13_0 = (v_acc13_0 + (v_a0 * v_b13));
        v_acc13_1 = (v_acc13_1 + (v_a1 * v_b13));
        v_acc13_2 = (v_acc13_2 + (v_a2 * v_b13));
        v_aq1_0 = v_aq1_0 + 3;
        v_bq1_0 = v_bq1_0 + 13225;
      }
    }
  }
  v_op1_0 = v_t * 448 + v_n * 150528 + v_g * 150528 + v_vt1_0 * 150528 + v_pt1_0 * 28 + 224;
  dx[v_op1_0] = v_acc0_0;
  dx[v_op1_0 + 50176] = v_acc0_1;
  dx[v_op1_0 + 100352] = v_acc0_2;
  dx[v_op1_0 + 2] = v_acc1_0;
  dx[v_op1_0 + 50178] = v_acc1_1;
  dx[v_op1_0 + 100354] = v_acc1_2;
  dx[v_op1_0 + 4] = v_acc2_0;
  dx[v_op1_0 + 50180] = v_acc2_1;
  dx[v_op1_0 + 100356] = v_acc2_2;
  dx[v_op1_0 + 6] = v_acc3_0;
  dx[v_op1_0 + 50182] = v_acc3_1;
  dx[v_op1_0 + 100358] = v_acc3_2;
  dx[v_op1_0 + 8] = v_acc4_0;
  dx[v_op1_0 + 50184] = v_acc4_1;
  dx[v_op1_0 + 100360] = v_acc4_2;
  dx[v_op1_0 + 10] = v_acc5_0;
  dx[v_op1_0 + 50186] = v_acc5_1;
  dx[v_op1_0 + 100362] = v_acc5_2;
  dx[v_op1_0 + 12] = v_acc6_0;
  dx[v_op1_0 + 50188] = v_acc6_1;
  dx[v_op1_0 + 100364] = v_acc6_2;
  dx[v_op1_0 + 14] = v_acc7_0;
  dx[v_op1_0 + 50190] = v_acc7_1;
  dx[v_op1_0 + 100366] = v_acc7_2;
  dx[v_op1_0 + 16] = v_acc8_0;
  dx[v_op1_0 + 50192] = v_acc8_1;
  dx[v_op1_0 + 100368] = v_acc8_2;
  dx[v_op1_0 + 18] = v_acc9_0;
  dx[v_op1_0 + 50194] = v_acc9_1;
  dx[v_op1_0 + 100370] = v_acc9_2;
  dx[v_op1_0 + 20] = v_acc10_0;
  dx[v_op1_0 + 50196] = v_acc10_1;
  dx[v_op1_0 + 100372] = v_acc10_2;
  dx[v_op1_0 + 22] = v_acc11_0;
  dx[v_op1_0 + 50198] = v_acc11_1;
  dx[v_op1_0 + 100374] = v_acc11_2;
  dx[v_op1_0 + 24] = v_acc12_0;
  dx[v_op1_0 + 50200] = v_acc12_1;
  dx[v_op1_0 + 100376] = v_acc12_2;
  dx[v_op1_0 + 26] = v_acc13_0;
  dx[v_op1_0 + 50202] = v_acc13_1;
  dx[v_op1_0 + 100378] = v_acc13_2;
}

// phase 1, 1
@compute @workgroup_size(8, 8, 1)
fn main3(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_pt1_1 = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 1u);
  let v_t = i32(gid.y);
  let v_vt1_1 = i32(gid.z);
  var v_ap1_1: i32;
  var v_bp1_1: i32;
  var v_aq1_1: i32;
  var v_bq1_1: i32;
  var v_op1_1: i32;
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
  var v_acc8_0: f32;
  var v_acc8_1: f32;
  var v_acc8_2: f32;
  var v_acc9_0: f32;
  var v_acc9_1: f32;
  var v_acc9_2: f32;
  var v_acc10_0: f32;
  var v_acc10_1: f32;
  var v_acc10_2: f32;
  var v_acc11_0: f32;
  var v_acc11_1: f32;
  var v_acc11_2: f32;
  var v_acc12_0: f32;
  var v_acc12_1: f32;
  var v_acc12_2: f32;
  var v_acc13_0: f32;
  var v_acc13_1: f32;
  var v_acc13_2: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  var v_b7: f32;
  var v_b8: f32;
  var v_b9: f32;
  var v_b10: f32;
  var v_b11: f32;
  var v_b12: f32;
  var v_b13: f32;
  v_ap1_1 = v_g * 3072 + v_vt1_1 * 3 + 6336;
  v_bp1_1 = v_t * 115 + v_n * 846400 + v_g * 846400 + v_pt1_1 * 14;
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
  v_acc8_0 = 0.0;
  v_acc8_1 = 0.0;
  v_acc8_2 = 0.0;
  v_acc9_0 = 0.0;
  v_acc9_1 = 0.0;
  v_acc9_2 = 0.0;
  v_acc10_0 = 0.0;
  v_acc10_1 = 0.0;
  v_acc10_2 = 0.0;
  v_acc11_0 = 0.0;
  v_acc11_1 = 0.0;
  v_acc11_2 = 0.0;
  v_acc12_0 = 0.0;
  v_acc12_1 = 0.0;
  v_acc12_2 = 0.0;
  v_acc13_0 = 0.0;
  v_acc13_1 = 0.0;
  v_acc13_2 = 0.0;
  for (var v_ra1_1: i32 = 0; v_ra1_1 < 4; v_ra1_1++) {
    for (var v_rb1_1: i32 = 0; v_rb1_1 < 4; v_rb1_1++) {
      v_aq1_1 = v_ap1_1 + v_ra1_1 * 768 + v_rb1_1 * 192;
      v_bq1_1 = v_bp1_1 + v_ra1_1 * 115 + v_rb1_1;
      for (var v_rc1_1: i32 = 0; v_rc1_1 < 64; v_rc1_1++) {
        v_a0 = wpk[v_aq1_1];
        v_a1 = wpk[v_aq1_1 + 1];
        v_a2 = wpk[v_aq1_1 + 2];
        v_b0 = delta[v_bq1_1];
        v_b1 = delta[v_bq1_1 + 1];
        v_b2 = delta[v_bq1_1 + 2];
        v_b3 = delta[v_bq1_1 + 3];
        v_b4 = delta[v_bq1_1 + 4];
        v_b5 = delta[v_bq1_1 + 5];
        v_b6 = delta[v_bq1_1 + 6];
        v_b7 = delta[v_bq1_1 + 7];
        v_b8 = delta[v_bq1_1 + 8];
        v_b9 = delta[v_bq1_1 + 9];
        v_b10 = delta[v_bq1_1 + 10];
        v_b11 = delta[v_bq1_1 + 11];
        v_b12 = delta[v_bq1_1 + 12];
        v_b13 = delta[v_bq1_1 + 13];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
        v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
        v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
        v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
        v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
        v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
        v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_acc7_1 = (v_acc7_1 + (v_a1 * v_b7));
        v_acc7_2 = (v_acc7_2 + (v_a2 * v_b7));
        v_acc8_0 = (v_acc8_0 + (v_a0 * v_b8));
        v_acc8_1 = (v_acc8_1 + (v_a1 * v_b8));
        v_acc8_2 = (v_acc8_2 + (v_a2 * v_b8));
        v_acc9_0 = (v_acc9_0 + (v_a0 * v_b9));
        v_acc9_1 = (v_acc9_1 + (v_a1 * v_b9));
        v_acc9_2 = (v_acc9_2 + (v_a2 * v_b9));
        v_acc10_0 = (v_acc10_0 + (v_a0 * v_b10));
        v_acc10_1 = (v_acc10_1 + (v_a1 * v_b10));
        v_acc10_2 = (v_acc10_2 + (v_a2 * v_b10));
        v_acc11_0 = (v_acc11_0 + (v_a0 * v_b11));
        v_acc11_1 = (v_acc11_1 + (v_a1 * v_b11));
        v_acc11_2 = (v_acc11_2 + (v_a2 * v_b11));
        v_acc12_0 = (v_acc12_0 + (v_a0 * v_b12));
        v_acc12_1 = (v_acc12_1 + (v_a1 * v_b12));
        v_acc12_2 = (v_acc12_2 + (v_a2 * v_b12));
        v_acc13_0 = (v_acc13_0 + (v_a0 * v_b13));
        v_acc13_1 = (v_acc13_1 + (v_a1 * v_b13));
        v_acc13_2 = (v_acc13_2 + (v_a2 * v_b13));
        v_aq1_1 = v_aq1_1 + 3;
        v_bq1_1 = v_bq1_1 + 13225;
      }
    }
  }
  v_op1_1 = v_t * 448 + v_n * 150528 + v_g * 150528 + v_vt1_1 * 150528 + v_pt1_1 * 28 + 225;
  dx[v_op1_1] = v_acc0_0;
  dx[v_op1_1 + 50176] = v_acc0_1;
  dx[v_op1_1 + 100352] = v_acc0_2;
  dx[v_op1_1 + 2] = v_acc1_0;
  dx[v_op1_1 + 50178] = v_acc1_1;
  dx[v_op1_1 + 100354] = v_acc1_2;
  dx[v_op1_1 + 4] = v_acc2_0;
  dx[v_op1_1 + 50180] = v_acc2_1;
  dx[v_op1_1 + 100356] = v_acc2_2;
  dx[v_op1_1 + 6] = v_acc3_0;
  dx[v_op1_1 + 50182] = v_acc3_1;
  dx[v_op1_1 + 100358] = v_acc3_2;
  dx[v_op1_1 + 8] = v_acc4_0;
  dx[v_op1_1 + 50184] = v_acc4_1;
  dx[v_op1_1 + 100360] = v_acc4_2;
  dx[v_op1_1 + 10] = v_acc5_0;
  dx[v_op1_1 + 50186] = v_acc5_1;
  dx[v_op1_1 + 100362] = v_acc5_2;
  dx[v_op1_1 + 12] = v_acc6_0;
  dx[v_op1_1 + 50188] = v_acc6_1;
  dx[v_op1_1 + 100364] = v_acc6_2;
  dx[v_op1_1 + 14] = v_acc7_0;
  dx[v_op1_1 + 50190] = v_acc7_1;
  dx[v_op1_1 + 100366] = v_acc7_2;
  dx[v_op1_1 + 16] = v_acc8_0;
  dx[v_op1_1 + 50192] = v_acc8_1;
  dx[v_op1_1 + 100368] = v_acc8_2;
  dx[v_op1_1 + 18] = v_acc9_0;
  dx[v_op1_1 + 50194] = v_acc9_1;
  dx[v_op1_1 + 100370] = v_acc9_2;
  dx[v_op1_1 + 20] = v_acc10_0;
  dx[v_op1_1 + 50196] = v_acc10_1;
  dx[v_op1_1 + 100372] = v_acc10_2;
  dx[v_op1_1 + 22] = v_acc11_0;
  dx[v_op1_1 + 50198] = v_acc11_1;
  dx[v_op1_1 + 100374] = v_acc11_2;
  dx[v_op1_1 + 24] = v_acc12_0;
  dx[v_op1_1 + 50200] = v_acc12_1;
  dx[v_op1_1 + 100376] = v_acc12_2;
  dx[v_op1_1 + 26] = v_acc13_0;
  dx[v_op1_1 + 50202] = v_acc13_1;
  dx[v_op1_1 + 100378] = v_acc13_2;
}
