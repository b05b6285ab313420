// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: rect3x5_input_grad (pass input-grad, target webgpu)
// spec: rect3x5: N=4 Ci=16 H=28 W=28 Co=32 K=3 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=sigmoid layout=nchw -> Ho=26 Wo=24
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [32, 16, 3, 5], 7680 f32
//   1: dy (input), [4, 32, 26, 24], 79872 f32
//   2: y (input), [4, 32, 26, 24], 79872 f32
//   3: dx (output), [4, 16, 28, 28], 50176 f32
//   4: delta (scratch), [4, 32, 30, 32], 122893 f32
//   5: wpk (scratch), [7680], 7680 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 128 workgroups of 8 x 8 x 1
//   prologue1: 2 x 4 x 15 workgroups of 8 x 8 x 1
//   main0: 1 x 14 x 2 workgroups of 2 x 8 x 1

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
  if (gid.x >= 32u || gid.y >= 30u || gid.z >= 128u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 960 + v_r * 32 + v_q;
  if (u32(v_r - 2) < 26u && u32(v_q - 4) < 24u) {
    v_ps = v_pl * 624 + v_r * 24 + v_q - 52;
    delta[v_pd] = (dy[v_ps] * (y[v_ps] * (1.0 - y[v_ps])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 32u || gid.z >= 15u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 5u);
  let v_tap0 = i32((gid.z / 5u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 16 + v_oc + v_tap1 * 512 + v_tap0 * 2560;
  if (u32(v_oc) < 16u) {
    v_ps = v_oc * 15 + v_rc * 240 + v_tap1 + v_tap0 * 5;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 0): input rows 0 + 1t, columns 0 + 1u
@compute @workgroup_size(2, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 112u || gid.z >= 2u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 28u);
  let v_n = i32((gid.y / 28u));
  let v_ct = i32(gid.z);
  var v_xp: i32;
  var v_wp: i32;
  var v_xq: i32;
  var v_wq: i32;
  var v_op: i32;
  var v_acc0_0: f32;
  var v_acc0_1: f32;
  var v_acc0_2: f32;
  var v_acc0_3: f32;
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_acc0_8: f32;
  var v_acc0_9: f32;
  var v_acc0_10: f32;
  var v_acc0_11: f32;
  var v_acc0_12: f32;
  var v_acc0_13: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc1_7: f32;
  var v_acc1_8: f32;
  var v_acc1_9: f32;
  var v_acc1_10: f32;
  var v_acc1_11: f32;
  var v_acc1_12: f32;
  var v_acc1_13: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc2_7: f32;
  var v_acc2_8: f32;
  var v_acc2_9: f32;
  var v_acc2_10: f32;
  var v_acc2_11: f32;
  var v_acc2_12: f32;
  var v_acc2_13: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc3_4: f32;
  var v_acc3_5: f32;
  var v_acc3_6: f32;
  var v_acc3_7: f32;
  var v_acc3_8: f32;
  var v_acc3_9: f32;
  var v_acc3_10: f32;
  var v_acc3_11: f32;
  var v_acc3_12: f32;
  var v_acc3_13: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc4_4: f32;
  var v_acc4_5: f32;
  var v_acc4_6: f32;
  var v_acc4_7: f32;
  var v_acc4_8: f32;
  var v_acc4_9: f32;
  var v_acc4_10: f32;
  var v_acc4_11: f32;
  var v_acc4_12: f32;
  var v_acc4_13: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc5_4: f32;
  var v_acc5_5: f32;
  var v_acc5_6: f32;
  var v_acc5_7: f32;
  var v_acc5_8: f32;
  var v_acc5_9: f32;
  var v_acc5_10: f32;
  var v_acc5_11: f32;
  var v_acc5_12: f32;
  var v_acc5_13: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc6_4: f32;
  var v_acc6_5: f32;
  var v_acc6_6: f32;
  var v_acc6_7: f32;
  var v_acc6_8: f32;
  var v_acc6_9: f32;
  var v_acc6_10: f32;
  var v_acc6_11: f32;
  var v_acc6_12: f32;
  var v_acc6_13: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  var v_acc7_3: f32;
  var v_acc7_4: f32;
  var v_acc7_5: f32;
  var v_acc7_6: f32;
  var v_acc7_7: f32;
  var v_acc7_8: f32;
  var v_acc7_9: f32;
  var v_acc7_10: f32;
  var v_acc7_11: f32;
  var v_acc7_12: f32;
  var v_acc7_13: f32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_x8: f32;
  var v_x9: f32;
  var v_x10: f32;
  var v_x11: f32;
  var v_x12: f32;
  var v_x13: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  var v_w3: f32;
  var v_w4: f32;
  var v_w5: f32;
  var v_w6: f32;
  var v_w7: f32;
  v_xp = v_n * 30720 + v_t * 32 + v_ut * 14;
  v_wp = v_ct * 8;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  v_acc0_8 = 0.0;
  v_acc0_9 = 0.0;
  v_acc0_10 = 0.0;
  v_acc0_11 = 0.0;
  v_acc0_12 = 0.0;
  v_acc0_13 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc1_7 = 0.0;
  v_acc1_8 = 0.0;
  v_acc1_9 = 0.0;
  v_acc1_10 = 0.0;
  v_acc1_11 = 0.0;
  v_acc1_12 = 0.0;
  v_acc1_13 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc2_7 = 0.0;
  v_acc2_8 = 0.0;
  v_acc2_9 = 0.0;
  v_acc2_10 = 0.0;
  v_acc2_11 = 0.0;
  v_acc2_12 = 0.0;
  v_acc2_13 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc3_5 = 0.0;
  v_acc3_6 = 0.0;
  v_acc3_7 = 0.0;
  v_acc3_8 = 0.0;
  v_acc3_9 = 0.0;
  v_acc3_10 = 0.0;
  v_acc3_11 = 0.0;
  v_acc3_12 = 0.0;
  v_acc3_13 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc4_5 = 0.0;
  v_acc4_6 = 0.0;
  v_acc4_7 = 0.0;
  v_acc4_8 = 0.0;
  v_acc4_9 = 0.0;
  v_acc4_10 = 0.0;
  v_acc4_11 = 0.0;
  v_acc4_12 = 0.0;
  v_acc4_13 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc5_3 = 0.0;
  v_acc5_4 = 0.0;
  v_acc5_5 = 0.0;
  v_acc5_6 = 0.0;
  v_acc5_7 = 0.0;
  v_acc5_8 = 0.0;
  v_acc5_9 = 0.0;
  v_acc5_10 = 0.0;
  v_acc5_11 = 0.0;
  v_acc5_12 = 0.0;
  v_acc5_13 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc6_3 = 0.0;
  v_acc6_4 = 0.0;
  v_acc6_5 = 0.0;
  v_acc6_6 = 0.0;
  v_acc6_7 = 0.0;
  v_acc6_8 = 0.0;
  v_acc6_9 = 0.0;
  v_acc6_10 = 0.0;
  v_acc6_11 = 0.0;
  v_acc6_12 = 0.0;
  v_acc6_13 = 0.0;
  v_acc7_0 = 0.0;
  v_acc7_1 = 0.0;
  v_acc7_2 = 0.0;
  v_acc7_3 = 0.0;
  v_acc7_4 = 0.0;
  v_acc7_5 = 0.0;
  v_acc7_6 = 0.0;
  v_acc7_7 = 0.0;
  v_acc7_8 = 0.0;
  v_acc7_9 = 0.0;
  v_acc7_10 = 0.0;
  v_acc7_11 = 0.0;
  v_acc7_12 = 0.0;
  v_acc7_13 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 32; v_rc++) {
    v_xq = v_xp + v_rc * 960;
    v_wq = v_wp + v_rc * 16;
    v_x0 = delta[v_xq + 68];
    v_x1 = delta[v_xq + 69];
    v_x2 = delta[v_xq + 70];
    v_x3 = delta[v_xq + 71];
    v_x4 = delta[v_xq + 72];
    v_x5 = delta[v_xq + 73];
    v_x6 = delta[v_xq + 74];
    v_x7 = delta[v_xq + 75];
    v_x8 = delta[v_xq + 76];
    v_x9 = delta[v_xq + 77];
    v_x10 = delta[v_xq + 78];
    v_x11 = delta[v_xq + 79];
    v_x12 = delta[v_xq + 80];
    v_x13 = delta[v_xq + 81];
    v_w0 = wpk[v_wq];
    v_w1 = wpk[v_wq + 1];
    v_w2 = wpk[v_wq + 2];
    v_w3 = wpk[v_wq + 3];
    v_w4 = wpk[v_wq + 4];
    v_w5 = wpk[v_wq + 5];
    v_w6 = wpk[v_wq + 6];
    v_w7 = wpk[v_wq + 7];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 67];
    v_x1 = delta[v_xq + 68];
    v_x2 = delta[v_xq + 69];
    v_x3 = delta[v_xq + 70];
    v_x4 = delta[v_xq + 71];
    v_x5 = delta[v_xq + 72];
    v_x6 = delta[v_xq + 73];
    v_x7 = delta[v_xq + 74];
    v_x8 = delta[v_xq + 75];
    v_x9 = delta[v_xq + 76];
    v_x10 = delta[v_xq + 77];
    v_x11 = delta[v_xq + 78];
    v_x12 = delta[v_xq + 79];
    v_x13 = delta[v_xq + 80];
    v_w0 = wpk[v_wq + 512];
    v_w1 = wpk[v_wq + 513];
    v_w2 = wpk[v_wq + 514];
    v_w3 = wpk[v_wq + 515];
    v_w4 = wpk[v_wq + 516];
    v_w5 = wpk[v_wq + 517];
    v_w6 = wpk[v_wq + 518];
    v_w7 = wpk[v_wq + 519];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 66];
    v_x1 = delta[v_xq + 67];
    v_x2 = delta[v_xq + 68];
    v_x3 = delta[v_xq + 69];
    v_x4 = delta[v_xq + 70];
    v_x5 = delta[v_xq + 71];
    v_x6 = delta[v_xq + 72];
    v_x7 = delta[v_xq + 73];
    v_x8 = delta[v_xq + 74];
    v_x9 = delta[v_xq + 75];
    v_x10 = delta[v_xq + 76];
    v_x11 = delta[v_xq + 77];
    v_x12 = delta[v_xq + 78];
    v_x13 = delta[v_xq + 79];
    v_w0 = wpk[v_wq + 1024];
    v_w1 = wpk[v_wq + 1025];
    v_w2 = wpk[v_wq + 1026];
    v_w3 = wpk[v_wq + 1027];
    v_w4 = wpk[v_wq + 1028];
    v_w5 = wpk[v_wq + 1029];
    v_w6 = wpk[v_wq + 1030];
    v_w7 = wpk[v_wq + 1031];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 65];
    v_x1 = delta[v_xq + 66];
    v_x2 = delta[v_xq + 67];
    v_x3 = delta[v_xq + 68];
    v_x4 = delta[v_xq + 69];
    v_x5 = delta[v_xq + 70];
    v_x6 = delta[v_xq + 71];
    v_x7 = delta[v_xq + 72];
    v_x8 = delta[v_xq + 73];
    v_x9 = delta[v_xq + 74];
    v_x10 = delta[v_xq + 75];
    v_x11 = delta[v_xq + 76];
    v_x12 = delta[v_xq + 77];
    v_x13 = delta[v_xq + 78];
    v_w0 = wpk[v_wq + 1536];
    v_w1 = wpk[v_wq + 1537];
    v_w2 = wpk[v_wq + 1538];
    v_w3 = wpk[v_wq + 1539];
    v_w4 = wpk[v_wq + 1540];
    v_w5 = wpk[v_wq + 1541];
    v_w6 = wpk[v_wq + 1542];
    v_w7 = wpk[v_wq + 1543];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 64];
    v_x1 = delta[v_xq + 65];
    v_x2 = delta[v_xq + 66];
    v_x3 = delta[v_xq + 67];
    v_x4 = delta[v_xq + 68];
    v_x5 = delta[v_xq + 69];
    v_x6 = delta[v_xq + 70];
    v_x7 = delta[v_xq + 71];
    v_x8 = delta[v_xq + 72];
    v_x9 = delta[v_xq + 73];
    v_x10 = delta[v_xq + 74];
    v_x11 = delta[v_xq + 75];
    v_x12 = delta[v_xq + 76];
    v_x13 = delta[v_xq + 77];
    v_w0 = wpk[v_wq + 2048];
    v_w1 = wpk[v_wq + 2049];
    v_w2 = wpk[v_wq + 2050];
    v_w3 = wpk[v_wq + 2051];
    v_w4 = wpk[v_wq + 2052];
    v_w5 = wpk[v_wq + 2053];
    v_w6 = wpk[v_wq + 2054];
    v_w7 = wpk[v_wq + 2055];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 36];
    v_x1 = delta[v_xq + 37];
    v_x2 = delta[v_xq + 38];
    v_x3 = delta[v_xq + 39];
    v_x4 = delta[v_xq + 40];
    v_x5 = delta[v_xq + 41];
    v_x6 = delta[v_xq + 42];
    v_x7 = delta[v_xq + 43];
    v_x8 = delta[v_xq + 44];
    v_x9 = delta[v_xq + 45];
    v_x10 = delta[v_xq + 46];
    v_x11 = delta[v_xq + 47];
    v_x12 = delta[v_xq + 48];
    v_x13 = delta[v_xq + 49];
    v_w0 = wpk[v_wq + 2560];
    v_w1 = wpk[v_wq + 2561];
    v_w2 = wpk[v_wq + 2562];
    v_w3 = wpk[v_wq + 2563];
    v_w4 = wpk[v_wq + 2564];
    v_w5 = wpk[v_wq + 2565];
    v_w6 = wpk[v_wq + 2566];
    v_w7 = wpk[v_wq + 2567];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 35];
    v_x1 = delta[v_xq + 36];
    v_x2 = delta[v_xq + 37];
    v_x3 = delta[v_xq + 38];
    v_x4 = delta[v_xq + 39];
    v_x5 = delta[v_xq + 40];
    v_x6 = delta[v_xq + 41];
    v_x7 = delta[v_xq + 42];
    v_x8 = delta[v_xq + 43];
    v_x9 = delta[v_xq + 44];
    v_x10 = delta[v_xq + 45];
    v_x11 = delta[v_xq + 46];
    v_x12 = delta[v_xq + 47];
    v_x13 = delta[v_xq + 48];
    v_w0 = wpk[v_wq + 3072];
    v_w1 = wpk[v_wq + 3073];
    v_w2 = wpk[v_wq + 3074];
    v_w3 = wpk[v_wq + 3075];
    v_w4 = wpk[v_wq + 3076];
    v_w5 = wpk[v_wq + 3077];
    v_w6 = wpk[v_wq + 3078];
    v_w7 = wpk[v_wq + 3079];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 34];
    v_x1 = delta[v_xq + 35];
    v_x2 = delta[v_xq + 36];
    v_x3 = delta[v_xq + 37];
    v_x4 = delta[v_xq + 38];
    v_x5 = delta[v_xq + 39];
    v_x6 = delta[v_xq + 40];
    v_x7 = delta[v_xq + 41];
    v_x8 = delta[v_xq + 42];
    v_x9 = delta[v_xq + 43];
    v_x10 = delta[v_xq + 44];
    v_x11 = delta[v_xq + 45];
    v_x12 = delta[v_xq + 46];
    v_x13 = delta[v_xq + 47];
    v_w0 = wpk[v_wq + 3584];
    v_w1 = wpk[v_wq + 3585];
    v_w2 = wpk[v_wq + 3586];
    v_w3 = wpk[v_wq + 3587];
    v_w4 = wpk[v_wq + 3588];
    v_w5 = wpk[v_wq + 3589];
    v_w6 = wpk[v_wq + 3590];
    v_w7 = wpk[v_wq + 3591];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 33];
    v_x1 = delta[v_xq + 34];
    v_x2 = delta[v_xq + 35];
    v_x3 = delta[v_xq + 36];
    v_x4 = delta[v_xq + 37];
    v_x5 = delta[v_xq + 38];
    v_x6 = delta[v_xq + 39];
    v_x7 = delta[v_xq + 40];
    v_x8 = delta[v_xq + 41];
    v_x9 = delta[v_xq + 42];
    v_x10 = delta[v_xq + 43];
    v_x11 = delta[v_xq + 44];
    v_x12 = delta[v_xq + 45];
    v_x13 = delta[v_xq + 46];
    v_w0 = wpk[v_wq + 4096];
    v_w1 = wpk[v_wq + 4097];
    v_w2 = wpk[v_wq + 4098];
    v_w3 = wpk[v_wq + 4099];
    v_w4 = wpk[v_wq + 4100];
    v_w5 = wpk[v_wq + 4101];
    v_w6 = wpk[v_wq + 4102];
    v_w7 = wpk[v_wq + 4103];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 32];
    v_x1 = delta[v_xq + 33];
    v_x2 = delta[v_xq + 34];
    v_x3 = delta[v_xq + 35];
    v_x4 = delta[v_xq + 36];
    v_x5 = delta[v_xq + 37];
    v_x6 = delta[v_xq + 38];
    v_x7 = delta[v_xq + 39];
    v_x8 = delta[v_xq + 40];
    v_x9 = delta[v_xq + 41];
    v_x10 = delta[v_xq + 42];
    v_x11 = delta[v_xq + 43];
    v_x12 = delta[v_xq + 44];
    v_x13 = delta[v_xq + 45];
    v_w0 = wpk[v_wq + 4608];
    v_w1 = wpk[v_wq + 4609];
    v_w2 = wpk[v_wq + 4610];
    v_w3 = wpk[v_wq + 4611];
    v_w4 = wpk[v_wq + 4612];
    v_w5 = wpk[v_wq + 4613];
    v_w6 = wpk[v_wq + 4614];
    v_w7 = wpk[v_wq + 4615];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 4];
    v_x1 = delta[v_xq + 5];
    v_x2 = delta[v_xq + 6];
    v_x3 = delta[v_xq + 7];
    v_x4 = delta[v_xq + 8];
    v_x5 = delta[v_xq + 9];
    v_x6 = delta[v_xq + 10];
    v_x7 = delta[v_xq + 11];
    v_x8 = delta[v_xq + 12];
    v_x9 = delta[v_xq + 13];
    v_x10 = delta[v_xq + 14];
    v_x11 = delta[v_xq + 15];
    v_x12 = delta[v_xq + 16];
    v_x13 = delta[v_xq + 17];
    v_w0 = wpk[v_wq + 5120];
    v_w1 = wpk[v_wq + 5121];
    v_w2 = wpk[v_wq + 5122];
    v_w3 = wpk[v_wq + 5123];
    v_w4 = wpk[v_wq + 5124];
    v_w5 = wpk[v_wq + 5125];
    v_w6 = wpk[v_wq + 5126];
    v_w7 = wpk[v_wq + 5127];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 3];
    v_x1 = delta[v_xq + 4];
    v_x2 = delta[v_xq + 5];
    v_x3 = delta[v_xq + 6];
    v_x4 = delta[v_xq + 7];
    v_x5 = delta[v_xq + 8];
    v_x6 = delta[v_xq + 9];
    v_x7 = delta[v_xq + 10];
    v_x8 = delta[v_xq + 11];
    v_x9 = delta[v_xq + 12];
    v_x10 = delta[v_xq + 13];
    v_x11 = delta[v_xq + 14];
    v_x12 = delta[v_xq + 15];
    v_x13 = delta[v_xq + 16];
    v_w0 = wpk[v_wq + 5632];
    v_w1 = wpk[v_wq + 5633];
    v_w2 = wpk[v_wq + 5634];
    v_w3 = wpk[v_wq + 5635];
    v_w4 = wpk[v_wq + 5636];
    v_w5 = wpk[v_wq + 5637];
    v_w6 = wpk[v_wq + 5638];
    v_w7 = wpk[v_wq + 5639];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 2];
    v_x1 = delta[v_xq + 3];
    v_x2 = delta[v_xq + 4];
    v_x3 = delta[v_xq + 5];
    v_x4 = delta[v_xq + 6];
    v_x5 = delta[v_xq + 7];
    v_x6 = delta[v_xq + 8];
    v_x7 = delta[v_xq + 9];
    v_x8 = delta[v_xq + 10];
    v_x9 = delta[v_xq + 11];
    v_x10 = delta[v_xq + 12];
    v_x11 = delta[v_xq + 13];
    v_x12 = delta[v_xq + 14];
    v_x13 = delta[v_xq + 15];
    v_w0 = wpk[v_wq + 6144];
    v_w1 = wpk[v_wq + 6145];
    v_w2 = wpk[v_wq + 6146];
    v_w3 = wpk[v_wq + 6147];
    v_w4 = wpk[v_wq + 6148];
    v_w5 = wpk[v_wq + 6149];
    v_w6 = wpk[v_wq + 6150];
    v_w7 = wpk[v_wq + 6151];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq + 1];
    v_x1 = delta[v_xq + 2];
    v_x2 = delta[v_xq + 3];
    v_x3 = delta[v_xq + 4];
    v_x4 = delta[v_xq + 5];
    v_x5 = delta[v_xq + 6];
    v_x6 = delta[v_xq + 7];
    v_x7 = delta[v_xq + 8];
    v_x8 = delta[v_xq + 9];
    v_x9 = delta[v_xq + 10];
    v_x10 = delta[v_xq + 11];
    v_x11 = delta[v_xq + 12];
    v_x12 = delta[v_xq + 13];
    v_x13 = delta[v_xq + 14];
    v_w0 = wpk[v_wq + 6656];
    v_w1 = wpk[v_wq + 6657];
    v_w2 = wpk[v_wq + 6658];
    v_w3 = wpk[v_wq + 6659];
    v_w4 = wpk[v_wq + 6660];
    v_w5 = wpk[v_wq + 6661];
    v_w6 = wpk[v_wq + 6662];
    v_w7 = wpk[v_wq + 6663];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
    v_x0 = delta[v_xq];
    v_x1 = delta[v_xq + 1];
    v_x2 = delta[v_xq + 2];
    v_x3 = delta[v_xq + 3];
    v_x4 = delta[v_xq + 4];
    v_x5 = delta[v_xq + 5];
    v_x6 = delta[v_xq + 6];
    v_x7 = delta[v_xq + 7];
    v_x8 = delta[v_xq + 8];
    v_x9 = delta[v_xq + 9];
    v_x10 = delta[v_xq + 10];
    v_x11 = delta[v_xq + 11];
    v_x12 = delta[v_xq + 12];
    v_x13 = delta[v_xq + 13];
    v_w0 = wpk[v_wq + 7168];
    v_w1 = wpk[v_wq + 7169];
    v_w2 = wpk[v_wq + 7170];
    v_w3 = wpk[v_wq + 7171];
    v_w4 = wpk[v_wq + 7172];
    v_w5 = wpk[v_wq + 7173];
    v_w6 = wpk[v_wq + 7174];
    v_w7 = wpk[v_wq + 7175];
    v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
    v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
    v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
    v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
    v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
    v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
    v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
    v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
    v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
    v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
    v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
    v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
    v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
    v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
    v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
    v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
    v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
    v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
    v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
    v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
    v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
    v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
    v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
    v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
    v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
    v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
    v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
    v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
    v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
    v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
    v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
    v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
    v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
    v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
    v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
    v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
    v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
    v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
    v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
    v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
    v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
    v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
    v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
    v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
    v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
    v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
    v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
    v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
    v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
    v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
    v_acc3_8 = (v_acc3_8 + (v_x8 * v_w3));
    v_acc3_9 = (v_acc3_9 + (v_x9 * v_w3));
    v_acc3_10 = (v_acc3_10 + (v_x10 * v_w3));
    v_acc3_11 = (v_acc3_11 + (v_x11 * v_w3));
    v_acc3_12 = (v_acc3_12 + (v_x12 * v_w3));
    v_acc3_13 = (v_acc3_13 + (v_x13 * v_w3));
    v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
    v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
    v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
    v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
    v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
    v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
    v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
    v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
    v_acc4_8 = (v_acc4_8 + (v_x8 * v_w4));
    v_acc4_9 = (v_acc4_9 + (v_x9 * v_w4));
    v_acc4_10 = (v_acc4_10 + (v_x10 * v_w4));
    v_acc4_11 = (v_acc4_11 + (v_x11 * v_w4));
    v_acc4_12 = (v_acc4_12 + (v_x12 * v_w4));
    v_acc4_13 = (v_acc4_13 + (v_x13 * v_w4));
    v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
    v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
    v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
    v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
    v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
    v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
    v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
    v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
    v_acc5_8 = (v_acc5_8 + (v_x8 * v_w5));
    v_acc5_9 = (v_acc5_9 + (v_x9 * v_w5));
    v_acc5_10 = (v_acc5_10 + (v_x10 * v_w5));
    v_acc5_11 = (v_acc5_11 + (v_x11 * v_w5));
    v_acc5_12 = (v_acc5_12 + (v_x12 * v_w5));
    v_acc5_13 = (v_acc5_13 + (v_x13 * v_w5));
    v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
    v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
    v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
    v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
    v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
    v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
    v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
    v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
    v_acc6_8 = (v_acc6_8 + (v_x8 * v_w6));
    v_acc6_9 = (v_acc6_9 + (v_x9 * v_w6));
    v_acc6_10 = (v_acc6_10 + (v_x10 * v_w6));
    v_acc6_11 = (v_acc6_11 + (v_x11 * v_w6));
    v_acc6_12 = (v_acc6_12 + (v_x12 * v_w6));
    v_acc6_13 = (v_acc6_13 + (v_x13 * v_w6));
    v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
    v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
    v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
    v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
    v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
    v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
    v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
    v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
    v_acc7_8 = (v_acc7_8 + (v_x8 * v_w7));
    v_acc7_9 = (v_acc7_9 + (v_x9 * v_w7));
    v_acc7_10 = (v_acc7_10 + (v_x10 * v_w7));
    v_acc7_11 = (v_acc7_11 + (v_x11 * v_w7));
    v_acc7_12 = (v_acc7_12 + (v_x12 * v_w7));
    v_acc7_13 = (v_acc7_13 + (v_x13 * v_w7));
  }
  v_op = v_n * 12544 + v_t * 28 + v_ut * 14 + v_ct * 6272;
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 1] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 2] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 4] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 5] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 6] = v_acc0_6;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 7] = v_acc0_7;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 8] = v_acc0_8;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 9] = v_acc0_9;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 10] = v_acc0_10;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 11] = v_acc0_11;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 12] = v_acc0_12;
  }
  if (u32(v_ct * 8) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 13] = v_acc0_13;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 784] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 785] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 786] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 787] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 788] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 789] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 790] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 791] = v_acc1_7;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 792] = v_acc1_8;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 793] = v_acc1_9;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 794] = v_acc1_10;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 795] = v_acc1_11;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 796] = v_acc1_12;
  }
  if (u32(v_ct * 8 + 1) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 797] = v_acc1_13;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 1568] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 1569] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 1570] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 1571] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 1572] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 1573] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 1574] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 1575] = v_acc2_7;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 1576] = v_acc2_8;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 1577] = v_acc2_9;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 1578] = v_acc2_10;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 1579] = v_acc2_11;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 1580] = v_acc2_12;
  }
  if (u32(v_ct * 8 + 2) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 1581] = v_acc2_13;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 2352] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 2353] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 2354] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 2355] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 2356] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 2357] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 2358] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 2359] = v_acc3_7;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 2360] = v_acc3_8;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 2361] = v_acc3_9;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 2362] = v_acc3_10;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 2363] = v_acc3_11;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 2364] = v_acc3_12;
  }
  if (u32(v_ct * 8 + 3) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 2365] = v_acc3_13;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 3136] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 3137] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 3138] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3139] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 3140] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 3141] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 3142] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 3143] = v_acc4_7;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 3144] = v_acc4_8;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 3145] = v_acc4_9;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 3146] = v_acc4_10;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 3147] = v_acc4_11;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 3148] = v_acc4_12;
  }
  if (u32(v_ct * 8 + 4) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 3149] = v_acc4_13;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 3920] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 3921] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 3922] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3923] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 3924] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 3925] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 3926] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 3927] = v_acc5_7;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 3928] = v_acc5_8;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 3929] = v_acc5_9;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 3930] = v_acc5_10;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 3931] = v_acc5_11;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 3932] = v_acc5_12;
  }
  if (u32(v_ct * 8 + 5) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 3933] = v_acc5_13;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 4704] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 4705] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 4706] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 4707] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 4708] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 4709] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 4710] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 4711] = v_acc6_7;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 4712] = v_acc6_8;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 4713] = v_acc6_9;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 4714] = v_acc6_10;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 4715] = v_acc6_11;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 4716] = v_acc6_12;
  }
  if (u32(v_ct * 8 + 6) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 4717] = v_acc6_13;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14) < 28u) {
    dx[v_op + 5488] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 5489] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 5490] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 5491] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 5492] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 5493] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 5494] = v_acc7_6;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 5495] = v_acc7_7;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 5496] = v_acc7_8;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 5497] = v_acc7_9;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 5498] = v_acc7_10;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 5499] = v_acc7_11;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 5500] = v_acc7_12;
  }
  if (u32(v_ct * 8 + 7) < 16u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 5501] = v_acc7_13;
  }
}
