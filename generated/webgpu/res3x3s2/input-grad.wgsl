// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: res3x3s2_input_grad (pass input-grad, target webgpu)
// spec: res3x3s2: N=1 Ci=64 H=56 W=56 Co=128 K=3 L=3 stride=2x2 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [128, 64, 3, 3], 73728 f32
//   1: dy (input), [1, 128, 28, 28], 100352 f32
//   2: y (input), [1, 128, 28, 28], 100352 f32
//   3: dx (output), [1, 64, 56, 56], 200704 f32
//   4: delta (scratch), [1, 128, 29, 29], 107661 f32
//   5: wpk (scratch), [73728], 73728 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 128 workgroups of 8 x 8 x 1
//   prologue1: 8 x 16 x 1 workgroups of 8 x 8 x 1
//   prologue2: 8 x 16 x 2 workgroups of 8 x 8 x 1
//   prologue3: 8 x 16 x 2 workgroups of 8 x 8 x 1
//   prologue4: 8 x 16 x 4 workgroups of 8 x 8 x 1
//   main0: 1 x 4 x 8 workgroups of 2 x 8 x 1
//   main1: 1 x 4 x 8 workgroups of 2 x 8 x 1
//   main2: 1 x 4 x 8 workgroups of 2 x 8 x 1
//   main3: 1 x 4 x 8 workgroups of 2 x 8 x 1

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
  if (gid.x >= 29u || gid.y >= 29u || gid.z >= 128u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 841 + v_r * 29 + v_q;
  if (u32(v_r) < 28u && u32(v_q) < 28u) {
    v_ps = v_pl * 784 + v_r * 28 + v_q;
    delta[v_pd] = (dy[v_ps] * select(0.0, 1.0, y[v_ps] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 128u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 1u);
  let v_tap0 = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 8192 + v_tap0 * 8192;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 9 + v_rc * 576 + 4;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 1): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(8, 8, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 128u || gid.z >= 2u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 2u);
  let v_tap0 = i32((gid.z / 2u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 8192 + v_tap0 * 16384 + 8192;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 9 + v_rc * 576 + v_tap1 * 2 + 3;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (1, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(8, 8, 1)
fn prologue3(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 128u || gid.z >= 2u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 1u);
  let v_tap0 = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 8192 + v_tap0 * 8192 + 24576;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 9 + v_rc * 576 + v_tap0 * 6 + 1;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (1, 1): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(8, 8, 1)
fn prologue4(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 128u || gid.z >= 4u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 2u);
  let v_tap0 = i32((gid.z / 2u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 8192 + v_tap0 * 16384 + 40960;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 9 + v_rc * 576 + v_tap1 * 2 + v_tap0 * 6;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 0): input rows 0 + 2t, columns 0 + 2u
@compute @workgroup_size(2, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 28u || gid.z >= 8u) {
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
  v_xp = v_n * 107648 + v_t * 29 + v_ut * 14;
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
  for (var v_rc: i32 = 0; v_rc < 128; v_rc++) {
    v_xq = v_xp + v_rc * 841;
    v_wq = v_wp + v_rc * 64;
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
  }
  v_op = v_n * 200704 + v_t * 112 + v_ut * 28 + v_ct * 25088;
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 2] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 4] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 8] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 10] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12] = v_acc0_6;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 14] = v_acc0_7;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 16] = v_acc0_8;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18] = v_acc0_9;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 20] = v_acc0_10;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 22] = v_acc0_11;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 24] = v_acc0_12;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 26] = v_acc0_13;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 3136] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 3138] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 3140] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3142] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 3144] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 3146] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 3148] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 3150] = v_acc1_7;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 3152] = v_acc1_8;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 3154] = v_acc1_9;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 3156] = v_acc1_10;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 3158] = v_acc1_11;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 3160] = v_acc1_12;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 3162] = v_acc1_13;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 6272] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 6274] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 6276] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6278] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 6280] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 6282] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 6284] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 6286] = v_acc2_7;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 6288] = v_acc2_8;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 6290] = v_acc2_9;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 6292] = v_acc2_10;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 6294] = v_acc2_11;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 6296] = v_acc2_12;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 6298] = v_acc2_13;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 9408] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 9410] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 9412] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 9414] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 9416] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 9418] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 9420] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 9422] = v_acc3_7;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 9424] = v_acc3_8;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 9426] = v_acc3_9;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 9428] = v_acc3_10;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 9430] = v_acc3_11;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 9432] = v_acc3_12;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 9434] = v_acc3_13;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 12544] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 12546] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 12548] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 12550] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 12552] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 12554] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12556] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 12558] = v_acc4_7;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 12560] = v_acc4_8;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 12562] = v_acc4_9;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 12564] = v_acc4_10;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 12566] = v_acc4_11;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 12568] = v_acc4_12;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 12570] = v_acc4_13;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 15680] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 15682] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 15684] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 15686] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 15688] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 15690] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 15692] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 15694] = v_acc5_7;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 15696] = v_acc5_8;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 15698] = v_acc5_9;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 15700] = v_acc5_10;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 15702] = v_acc5_11;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 15704] = v_acc5_12;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 15706] = v_acc5_13;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 18816] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 18818] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 18820] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 18822] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 18824] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 18826] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 18828] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 18830] = v_acc6_7;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 18832] = v_acc6_8;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18834] = v_acc6_9;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 18836] = v_acc6_10;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 18838] = v_acc6_11;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 18840] = v_acc6_12;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 18842] = v_acc6_13;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 21952] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 21954] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 21956] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 21958] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 21960] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 21962] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 21964] = v_acc7_6;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 21966] = v_acc7_7;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 21968] = v_acc7_8;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 21970] = v_acc7_9;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 21972] = v_acc7_10;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 21974] = v_acc7_11;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 21976] = v_acc7_12;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 21978] = v_acc7_13;
  }
}

// phase (0, 1): input rows 0 + 2t, columns 1 + 2u
@compute @workgroup_size(2, 8, 1)
fn main1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 28u || gid.z >= 8u) {
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
  v_xp = v_n * 107648 + v_t * 29 + v_ut * 14;
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
  for (var v_rc: i32 = 0; v_rc < 128; v_rc++) {
    v_xq = v_xp + v_rc * 841;
    v_wq = v_wp + v_rc * 64;
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
  }
  v_op = v_n * 200704 + v_t * 112 + v_ut * 28 + v_ct * 25088 + 1;
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 2] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 4] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 8] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 10] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12] = v_acc0_6;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 14] = v_acc0_7;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 16] = v_acc0_8;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18] = v_acc0_9;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 20] = v_acc0_10;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 22] = v_acc0_11;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 24] = v_acc0_12;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 26] = v_acc0_13;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 3136] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 3138] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 3140] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3142] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 3144] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 3146] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 3148] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 3150] = v_acc1_7;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 3152] = v_acc1_8;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 3154] = v_acc1_9;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 3156] = v_acc1_10;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 3158] = v_acc1_11;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 3160] = v_acc1_12;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 3162] = v_acc1_13;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 6272] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 6274] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 6276] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6278] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 6280] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 6282] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 6284] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 6286] = v_acc2_7;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 6288] = v_acc2_8;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 6290] = v_acc2_9;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 6292] = v_acc2_10;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 6294] = v_acc2_11;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 6296] = v_acc2_12;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 6298] = v_acc2_13;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 9408] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 9410] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 9412] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 9414] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 9416] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 9418] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 9420] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 9422] = v_acc3_7;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 9424] = v_acc3_8;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 9426] = v_acc3_9;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 9428] = v_acc3_10;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 9430] = v_acc3_11;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 9432] = v_acc3_12;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 9434] = v_acc3_13;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 12544] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 12546] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 12548] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 12550] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 12552] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 12554] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12556] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 12558] = v_acc4_7;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 12560] = v_acc4_8;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 12562] = v_acc4_9;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 12564] = v_acc4_10;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 12566] = v_acc4_11;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 12568] = v_acc4_12;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 12570] = v_acc4_13;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 15680] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 15682] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 15684] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 15686] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 15688] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 15690] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 15692] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 15694] = v_acc5_7;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 15696] = v_acc5_8;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 15698] = v_acc5_9;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 15700] = v_acc5_10;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 15702] = v_acc5_11;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 15704] = v_acc5_12;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 15706] = v_acc5_13;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 18816] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 18818] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 18820] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 18822] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 18824] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 18826] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 18828] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 18830] = v_acc6_7;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 18832] = v_acc6_8;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18834] = v_acc6_9;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 18836] = v_acc6_10;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 18838] = v_acc6_11;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 18840] = v_acc6_12;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 18842] = v_acc6_13;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 21952] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 21954] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 21956] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 21958] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 21960] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 21962] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 21964] = v_acc7_6;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 21966] = v_acc7_7;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 21968] = v_acc7_8;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 21970] = v_acc7_9;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 21972] = v_acc7_10;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 21974] = v_acc7_11;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 21976] = v_acc7_12;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 21978] = v_acc7_13;
  }
}

// phase (1, 0): input rows 1 + 2t, columns 0 + 2u
@compute @workgroup_size(2, 8, 1)
fn main2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 28u || gid.z >= 8u) {
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
  v_xp = v_n * 107648 + v_t * 29 + v_ut * 14;
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
  for (var v_rc: i32 = 0; v_rc < 128; v_rc++) {
    v_xq = v_xp + v_rc * 841;
    v_wq = v_wp + v_rc * 64;
    v_x0 = delta[v_xq + 29];
    v_x1 = delta[v_xq + 30];
    v_x2 = delta[v_xq + 31];
    v_x3 = delta[v_xq + 32];
    v_x4 = delta[v_xq + 33];
    v_x5 = delta[v_xq + 34];
    v_x6 = delta[v_xq + 35];
    v_x7 = delta[v_xq + 36];
    v_x8 = delta[v_xq + 37];
    v_x9 = delta[v_xq + 38];
    v_x10 = delta[v_xq + 39];
    v_x11 = delta[v_xq + 40];
    v_x12 = delta[v_xq + 41];
    v_x13 = delta[v_xq + 42];
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
  v_op = v_n * 200704 + v_t * 112 + v_ut * 28 + v_ct * 25088 + 56;
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 2] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 4] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 8] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 10] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12] = v_acc0_6;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 14] = v_acc0_7;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 16] = v_acc0_8;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18] = v_acc0_9;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 20] = v_acc0_10;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 22] = v_acc0_11;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 24] = v_acc0_12;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 26] = v_acc0_13;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 3136] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 3138] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 3140] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3142] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 3144] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 3146] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 3148] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 3150] = v_acc1_7;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 3152] = v_acc1_8;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 3154] = v_acc1_9;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 3156] = v_acc1_10;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 3158] = v_acc1_11;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 3160] = v_acc1_12;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 3162] = v_acc1_13;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 6272] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 6274] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 6276] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6278] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 6280] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 6282] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 6284] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 6286] = v_acc2_7;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 6288] = v_acc2_8;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 6290] = v_acc2_9;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 6292] = v_acc2_10;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 6294] = v_acc2_11;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 6296] = v_acc2_12;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 6298] = v_acc2_13;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 9408] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 9410] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 9412] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 9414] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 9416] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 9418] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 9420] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 9422] = v_acc3_7;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 9424] = v_acc3_8;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 9426] = v_acc3_9;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 9428] = v_acc3_10;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 9430] = v_acc3_11;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 9432] = v_acc3_12;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 9434] = v_acc3_13;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 12544] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 12546] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 12548] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 12550] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 12552] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 12554] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12556] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 12558] = v_acc4_7;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 12560] = v_acc4_8;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 12562] = v_acc4_9;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 12564] = v_acc4_10;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 12566] = v_acc4_11;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 12568] = v_acc4_12;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 12570] = v_acc4_13;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 15680] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 15682] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 15684] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 15686] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 15688] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 15690] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 15692] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 15694] = v_acc5_7;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 15696] = v_acc5_8;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 15698] = v_acc5_9;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 15700] = v_acc5_10;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 15702] = v_acc5_11;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 15704] = v_acc5_12;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 15706] = v_acc5_13;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 18816] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 18818] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 18820] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 18822] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 18824] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 18826] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 18828] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 18830] = v_acc6_7;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 18832] = v_acc6_8;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18834] = v_acc6_9;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 18836] = v_acc6_10;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 18838] = v_acc6_11;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 18840] = v_acc6_12;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 18842] = v_acc6_13;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 21952] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 21954] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 21956] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 21958] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 21960] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 21962] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 21964] = v_acc7_6;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 21966] = v_acc7_7;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 21968] = v_acc7_8;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 21970] = v_acc7_9;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 21972] = v_acc7_10;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 21974] = v_acc7_11;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 21976] = v_acc7_12;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 21978] = v_acc7_13;
  }
}

// phase (1, 1): input rows 1 + 2t, columns 1 + 2u
@compute @workgroup_size(2, 8, 1)
fn main3(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 28u || gid.z >= 8u) {
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
  v_xp = v_n * 107648 + v_t * 29 + v_ut * 14;
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
  for (var v_rc: i32 = 0; v_rc < 128; v_rc++) {
    v_xq = v_xp + v_rc * 841;
    v_wq = v_wp + v_rc * 64;
    v_x0 = delta[v_xq + 30];
    v_x1 = delta[v_xq + 31];
    v_x2 = delta[v_xq + 32];
    v_x3 = delta[v_xq + 33];
    v_x4 = delta[v_xq + 34];
    v_x5 = delta[v_xq + 35];
    v_x6 = delta[v_xq + 36];
    v_x7 = delta[v_xq + 37];
    v_x8 = delta[v_xq + 38];
    v_x9 = delta[v_xq + 39];
    v_x10 = delta[v_xq + 40];
    v_x11 = delta[v_xq + 41];
    v_x12 = delta[v_xq + 42];
    v_x13 = delta[v_xq + 43];
    v_w0 = wpk[v_wq + 40960];
    v_w1 = wpk[v_wq + 40961];
    v_w2 = wpk[v_wq + 40962];
    v_w3 = wpk[v_wq + 40963];
    v_w4 = wpk[v_wq + 40964];
    v_w5 = wpk[v_wq + 40965];
    v_w6 = wpk[v_wq + 40966];
    v_w7 = wpk[v_wq + 40967];
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
    v_x0 = delta[v_xq + 29];
    v_x1 = delta[v_xq + 30];
    v_x2 = delta[v_xq + 31];
    v_x3 = delta[v_xq + 32];
    v_x4 = delta[v_xq + 33];
    v_x5 = delta[v_xq + 34];
    v_x6 = delta[v_xq + 35];
    v_x7 = delta[v_xq + 36];
    v_x8 = delta[v_xq + 37];
    v_x9 = delta[v_xq + 38];
    v_x10 = delta[v_xq + 39];
    v_x11 = delta[v_xq + 40];
    v_x12 = delta[v_xq + 41];
    v_x13 = delta[v_xq + 42];
    v_w0 = wpk[v_wq + 49152];
    v_w1 = wpk[v_wq + 49153];
    v_w2 = wpk[v_wq + 49154];
    v_w3 = wpk[v_wq + 49155];
    v_w4 = wpk[v_wq + 49156];
    v_w5 = wpk[v_wq + 49157];
    v_w6 = wpk[v_wq + 49158];
    v_w7 = wpk[v_wq + 49159];
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
    v_w0 = wpk[v_wq + 57344];
    v_w1 = wpk[v_wq + 57345];
    v_w2 = wpk[v_wq + 57346];
    v_w3 = wpk[v_wq + 57347];
    v_w4 = wpk[v_wq + 57348];
    v_w5 = wpk[v_wq + 57349];
    v_w6 = wpk[v_wq + 57350];
    v_w7 = wpk[v_wq + 57351];
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
    v_w0 = wpk[v_wq + 65536];
    v_w1 = wpk[v_wq + 65537];
    v_w2 = wpk[v_wq + 65538];
    v_w3 = wpk[v_wq + 65539];
    v_w4 = wpk[v_wq + 65540];
    v_w5 = wpk[v_wq + 65541];
    v_w6 = wpk[v_wq + 65542];
    v_w7 = wpk[v_wq + 65543];
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
  v_op = v_n * 200704 + v_t * 112 + v_ut * 28 + v_ct * 25088 + 57;
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op] = v_acc0_0;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 2] = v_acc0_1;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 4] = v_acc0_2;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6] = v_acc0_3;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 8] = v_acc0_4;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 10] = v_acc0_5;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12] = v_acc0_6;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 14] = v_acc0_7;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 16] = v_acc0_8;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18] = v_acc0_9;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 20] = v_acc0_10;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 22] = v_acc0_11;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 24] = v_acc0_12;
  }
  if (u32(v_ct * 8) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 26] = v_acc0_13;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 3136] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 3138] = v_acc1_1;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 3140] = v_acc1_2;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 3142] = v_acc1_3;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 3144] = v_acc1_4;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 3146] = v_acc1_5;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 3148] = v_acc1_6;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 3150] = v_acc1_7;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 3152] = v_acc1_8;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 3154] = v_acc1_9;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 3156] = v_acc1_10;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 3158] = v_acc1_11;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 3160] = v_acc1_12;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 3162] = v_acc1_13;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 6272] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 6274] = v_acc2_1;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 6276] = v_acc2_2;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 6278] = v_acc2_3;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 6280] = v_acc2_4;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 6282] = v_acc2_5;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 6284] = v_acc2_6;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 6286] = v_acc2_7;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 6288] = v_acc2_8;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 6290] = v_acc2_9;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 6292] = v_acc2_10;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 6294] = v_acc2_11;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 6296] = v_acc2_12;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 6298] = v_acc2_13;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 9408] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 9410] = v_acc3_1;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 9412] = v_acc3_2;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 9414] = v_acc3_3;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 9416] = v_acc3_4;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 9418] = v_acc3_5;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 9420] = v_acc3_6;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 9422] = v_acc3_7;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 9424] = v_acc3_8;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 9426] = v_acc3_9;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 9428] = v_acc3_10;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 9430] = v_acc3_11;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 9432] = v_acc3_12;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 9434] = v_acc3_13;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 12544] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 12546] = v_acc4_1;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 12548] = v_acc4_2;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 12550] = v_acc4_3;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 12552] = v_acc4_4;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 12554] = v_acc4_5;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 12556] = v_acc4_6;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 12558] = v_acc4_7;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 12560] = v_acc4_8;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 12562] = v_acc4_9;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 12564] = v_acc4_10;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 12566] = v_acc4_11;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 12568] = v_acc4_12;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 12570] = v_acc4_13;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 15680] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 15682] = v_acc5_1;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 15684] = v_acc5_2;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 15686] = v_acc5_3;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 15688] = v_acc5_4;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 15690] = v_acc5_5;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 15692] = v_acc5_6;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 15694] = v_acc5_7;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 15696] = v_acc5_8;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 15698] = v_acc5_9;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 15700] = v_acc5_10;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 15702] = v_acc5_11;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 15704] = v_acc5_12;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 15706] = v_acc5_13;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 18816] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 18818] = v_acc6_1;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 18820] = v_acc6_2;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 18822] = v_acc6_3;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 18824] = v_acc6_4;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 18826] = v_acc6_5;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 18828] = v_acc6_6;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 18830] = v_acc6_7;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 18832] = v_acc6_8;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 18834] = v_acc6_9;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 18836] = v_acc6_10;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 18838] = v_acc6_11;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 18840] = v_acc6_12;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 18842] = v_acc6_13;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14) < 28u) {
    dx[v_op + 21952] = v_acc7_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 1) < 28u) {
    dx[v_op + 21954] = v_acc7_1;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 2) < 28u) {
    dx[v_op + 21956] = v_acc7_2;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 3) < 28u) {
    dx[v_op + 21958] = v_acc7_3;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 4) < 28u) {
    dx[v_op + 21960] = v_acc7_4;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 5) < 28u) {
    dx[v_op + 21962] = v_acc7_5;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 6) < 28u) {
    dx[v_op + 21964] = v_acc7_6;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 7) < 28u) {
    dx[v_op + 21966] = v_acc7_7;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 8) < 28u) {
    dx[v_op + 21968] = v_acc7_8;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 9) < 28u) {
    dx[v_op + 21970] = v_acc7_9;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 10) < 28u) {
    dx[v_op + 21972] = v_acc7_10;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 11) < 28u) {
    dx[v_op + 21974] = v_acc7_11;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 12) < 28u) {
    dx[v_op + 21976] = v_acc7_12;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_ut * 14 + 13) < 28u) {
    dx[v_op + 21978] = v_acc7_13;
  }
}
