// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: res3x3_input_grad (pass input-grad, target webgpu)
// spec: res3x3: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=56 Wo=56
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [64, 64, 3, 3], 36864 f32
//   1: dy (input), [1, 64, 56, 56], 200704 f32
//   2: y (input), [1, 64, 56, 56], 200704 f32
//   3: dx (output), [1, 64, 56, 56], 200704 f32
//   4: delta (scratch), [1, 64, 58, 58], 215309 f32
//   5: wpk (scratch), [36864], 36864 f32
// dispatches, in order:
//   prologue0: 8 x 8 x 64 workgroups of 8 x 8 x 1
//   prologue1: 8 x 8 x 9 workgroups of 8 x 8 x 1
//   main0: 1 x 7 x 8 workgroups of 4 x 8 x 1

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
    delta[v_pd] = (dy[v_ps] * select(0.0, 1.0, y[v_ps] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 64u || gid.z >= 9u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 3u);
  let v_tap0 = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 4096 + v_tap0 * 12288;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 9 + v_rc * 576 + v_tap1 + v_tap0 * 3;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 0): input rows 0 + 1t, columns 0 + 1u
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 56u || gid.z >= 8u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 56u);
  let v_n = i32((gid.y / 56u));
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
  v_xp = v_n * 215296 + v_t * 58 + v_ut * 14;
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
  for (var v_rc: i32 = 0; v_rc < 64; v_rc++) {
    v_xq = v_xp + v_rc * 3364;
    v_wq = v_wp + v_rc * 64;
    v_x0 = delta[v_xq + 118];
    v_x1 = delta[v_xq + 119];
    v_x2 = delta[v_xq + 120];
    v_x3 = delta[v_xq + 121];
    v_x4 = delta[v_xq + 122];
    v_x5 = delta[v_xq + 123];
    v_x6 = delta[v_xq + 124];
    v_x7 = delta[v_xq + 125];
    v_x8 = delta[v_xq + 126];
    v_x9 = delta[v_xq + 127];
    v_x10 = delta[v_xq + 128];
    v_x11 = delta[v_xq + 129];
    v_x12 = delta[v_xq + 130];
    v_x13 = delta[v_xq + 131];
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
    v_x0 = delta[v_xq + 117];
    v_x1 = delta[v_xq + 118];
    v_x2 = delta[v_xq + 119];
    v_x3 = delta[v_xq + 120];
    v_x4 = delta[v_xq + 121];
    v_x5 = delta[v_xq + 122];
    v_x6 = delta[v_xq + 123];
    v_x7 = delta[v_xq + 124];
    v_x8 = delta[v_xq + 125];
    v_x9 = delta[v_xq + 126];
    v_x10 = delta[v_xq + 127];
    v_x11 = delta[v_xq + 128];
    v_x12 = delta[v_xq + 129];
    v_x13 = delta[v_xq + 130];
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
    v_x0 = delta[v_xq + 116];
    v_x1 = delta[v_xq + 117];
    v_x2 = delta[v_xq + 118];
    v_x3 = delta[v_xq + 119];
    v_x4 = delta[v_xq + 120];
    v_x5 = delta[v_xq + 121];
    v_x6 = delta[v_xq + 122];
    v_x7 = delta[v_xq + 123];
    v_x8 = delta[v_xq + 124];
    v_x9 = delta[v_xq + 125];
    v_x10 = delta[v_xq + 126];
    v_x11 = delta[v_xq + 127];
    v_x12 = delta[v_xq + 128];
    v_x13 = delta[v_xq + 129];
    v_w0 = wpk[v_wq + 8192];
    v_w1 = wpk[v_wq + 8193];
    v_w2 = wpk[v_wq + 8194];
    v_w3 = wpk[v_wq + 8195];
    v_w4 = wpk[v_wq + 8196];
    v_w5 = wpk[v_wq + 8197];
    v_w6 = wpk[v_wq + 8198];
    v_w7 = wpk[v_wq + 8199];
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
    v_x0 = delta[v_xq + 60];
    v_x1 = delta[v_xq + 61];
    v_x2 = delta[v_xq + 62];
    v_x3 = delta[v_xq + 63];
    v_x4 = delta[v_xq + 64];
    v_x5 = delta[v_xq + 65];
    v_x6 = delta[v_xq + 66];
    v_x7 = delta[v_xq + 67];
    v_x8 = delta[v_xq + 68];
    v_x9 = delta[v_xq + 69];
    v_x10 = delta[v_xq + 70];
    v_x11 = delta[v_xq + 71];
    v_x12 = delta[v_xq + 72];
    v_x13 = delta[v_xq + 73];
    v_w0 = wpk[v_wq + 12288];
    v_w1 = wpk[v_wq + 12289];
    v_w2 = wpk[v_wq + 12290];
    v_w3 = wpk[v_wq + 12291];
    v_w4 = wpk[v_wq + 12292];
    v_w5 = wpk[v_wq + 12293];
    v_w6 = wpk[v_wq + 12294];
    v_w7 = wpk[v_wq + 12295];
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
    v_x0 = delta[v_xq + 59];
    v_x1 = delta[v_xq + 60];
    v_x2 = delta[v_xq + 61];
    v_x3 = delta[v_xq + 62];
    v_x4 = delta[v_xq + 63];
    v_x5 = delta[v_xq + 64];
    v_x6 = delta[v_xq + 65];
    v_x7 = delta[v_xq + 66];
    v_x8 = delta[v_xq + 67];
    v_x9 = delta[v_xq + 68];
    v_x10 = delta[v_xq + 69];
    v_x11 = delta[v_xq + 70];
    v_x12 = delta[v_xq + 71];
    v_x13 = delta[v_xq + 72];
    v_w0 = wpk[v_wq + 16384];
    v_w1 = wpk[v_wq + 16385];
    v_w2 = wpk[v_wq + 16386];
    v_w3 = wpk[v_wq + 16387];
    v_w4 = wpk[v_wq + 16388];
    v_w5 = wpk[v_wq + 16389];
    v_w6 = wpk[v_wq + 16390];
    v_w7 = wpk[v_wq + 16391];
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
    v_x0 = delta[v_xq + 58];
    v_x1 = delta[v_xq + 59];
    v_x2 = delta[v_xq + 60];
    v_x3 = delta[v_xq + 61];
    v_x4 = delta[v_xq + 62];
    v_x5 = delta[v_xq + 63];
    v_x6 = delta[v_xq + 64];
    v_x7 = delta[v_xq + 65];
    v_x8 = delta[v_xq + 66];
    v_x9 = delta[v_xq + 67];
    v_x10 = delta[v_xq + 68];
    v_x11 = delta[v_xq + 69];
    v_x12 = delta[v_xq + 70];
    v_x13 = delta[v_xq + 71];
    v_w0 = wpk[v_wq + 20480];
    v_w1 = wpk[v_wq + 20481];
    v_w2 = wpk[v_wq + 20482];
    v_w3 = wpk[v_wq + 20483];
    v_w4 = wpk[v_wq + 20484];
    v_w5 = wpk[v_wq + 20485];
    v_w6 = wpk[v_wq + 20486];
    v_w7 = wpk[v_wq + 20487];
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
    v_w0 = wpk[v_wq + 24576];
    v_w1 = wpk[v_wq + 24577];
    v_w2 = wpk[v_wq + 24578];
    v_w3 = wpk[v_wq + 24579];
    v_w4 = wpk[v_wq + 24580];
    v_w5 = wpk[v_wq + 24581];
    v_w6 = wpk[v_wq + 24582];
    v_w7 = wpk[v_wq + 24583];
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
    v_w0 = wpk[v_wq + 28672];
    v_w1 = wpk[v_wq + 28673];
    v_w2 = wpk[v_wq + 28674];
    v_w3 = wpk[v_wq + 28675];
    v_w4 = wpk[v_wq + 28676];
    v_w5 = wpk[v_wq + 28677];
    v_w6 = wpk[v_wq + 28678];
    v_w7 = wpk[v_wq + 28679];
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
    v_w0 = wpk[v_wq + 32768];
    v_w1 = wpk[v_wq + 32769];
    v_w2 = wpk[v_wq + 32770];
    v_w3 = wpk[v_wq + 32771];
    v_w4 = wpk[v_wq + 32772];
    v_w5 = wpk[v_wq + 32773];
    v_w6 = wpk[v_wq + 32774];
    v_w7 = wpk[v_wq + 32775];
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
  v_op = v_n * 200704 + v_t * 56 + v_ut * 14 + v_ct * 25088;
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 1] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 2] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 3] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 4] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 5] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 6] = v_acc0_6;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 7] = v_acc0_7;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 8] = v_acc0_8;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 9] = v_acc0_9;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 10] = v_acc0_10;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 11] = v_acc0_11;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 12] = v_acc0_12;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 13] = v_acc0_13;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 3136] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 3137] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 3138] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 3139] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 3140] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 3141] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 3142] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 3143] = v_acc1_7;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 3144] = v_acc1_8;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 3145] = v_acc1_9;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 3146] = v_acc1_10;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 3147] = v_acc1_11;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 3148] = v_acc1_12;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 3149] = v_acc1_13;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 6272] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 6273] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 6274] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 6275] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 6276] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 6277] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 6278] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 6279] = v_acc2_7;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 6280] = v_acc2_8;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 6281] = v_acc2_9;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 6282] = v_acc2_10;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 6283] = v_acc2_11;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 6284] = v_acc2_12;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 6285] = v_acc2_13;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 9408] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 9409] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 9410] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 9411] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 9412] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 9413] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 9414] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 9415] = v_acc3_7;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 9416] = v_acc3_8;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 9417] = v_acc3_9;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 9418] = v_acc3_10;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 9419] = v_acc3_11;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 9420] = v_acc3_12;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 9421] = v_acc3_13;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 12544] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 12545] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 12546] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 12547] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 12548] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 12549] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 12550] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 12551] = v_acc4_7;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 12552] = v_acc4_8;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 12553] = v_acc4_9;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 12554] = v_acc4_10;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 12555] = v_acc4_11;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 12556] = v_acc4_12;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 12557] = v_acc4_13;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 15680] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 15681] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 15682] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 15683] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 15684] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 15685] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 15686] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 15687] = v_acc5_7;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 15688] = v_acc5_8;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 15689] = v_acc5_9;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 15690] = v_acc5_10;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 15691] = v_acc5_11;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 15692] = v_acc5_12;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 15693] = v_acc5_13;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 18816] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 18817] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 18818] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 18819] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 18820] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 18821] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 18822] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 18823] = v_acc6_7;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 18824] = v_acc6_8;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 18825] = v_acc6_9;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 18826] = v_acc6_10;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 18827] = v_acc6_11;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 18828] = v_acc6_12;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 18829] = v_acc6_13;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14) < 56u) {
    dx[v_op + 21952] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 1) < 56u) {
    dx[v_op + 21953] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 2) < 56u) {
    dx[v_op + 21954] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 3) < 56u) {
    dx[v_op + 21955] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 4) < 56u) {
    dx[v_op + 21956] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 5) < 56u) {
    dx[v_op + 21957] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 6) < 56u) {
    dx[v_op + 21958] = v_acc7_6;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 7) < 56u) {
    dx[v_op + 21959] = v_acc7_7;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 8) < 56u) {
    dx[v_op + 21960] = v_acc7_8;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 9) < 56u) {
    dx[v_op + 21961] = v_acc7_9;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 10) < 56u) {
    dx[v_op + 21962] = v_acc7_10;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 11) < 56u) {
    dx[v_op + 21963] = v_acc7_11;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 12) < 56u) {
    dx[v_op + 21964] = v_acc7_12;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 13) < 56u) {
    dx[v_op + 21965] = v_acc7_13;
  }
}
