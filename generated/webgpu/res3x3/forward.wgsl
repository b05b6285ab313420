// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: res3x3_forward (pass forward, target webgpu)
// spec: res3x3: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=56 Wo=56
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 64, 56, 56], 200704 f32
//   1: w (input), [64, 64, 3, 3], 36864 f32
//   2: b (input), [64], 64 f32
//   3: y (output), [1, 64, 56, 56], 200704 f32
//   4: xpad (scratch), [1, 64, 58, 58], 215309 f32
//   5: wpk (scratch), [3, 3, 64, 64], 36864 f32
//   6: bpk (scratch), [64], 64 f32
// dispatches, in order:
//   prologue0: 8 x 8 x 64 workgroups of 8 x 8 x 1
//   prologue1: 8 x 8 x 9 workgroups of 8 x 8 x 1
//   prologue2: 8 x 1 x 1 workgroups of 8 x 1 x 1
//   main0: 1 x 7 x 8 workgroups of 4 x 8 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> wpk: array<f32>;
@group(0) @binding(6) var<storage, read_write> bpk: array<f32>;

// X into the zero-bordered xpad
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

// W packed as [k][l][ci][co], co padded to 64
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
    v_ps = v_oc * 576 + v_rc * 9 + v_tap1 + v_tap0 * 3;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// bias padded
@compute @workgroup_size(8, 1, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  var v_pd: i32;
  v_pd = v_oc;
  if (u32(v_oc) < 64u) {
    bpk[v_pd] = b[v_pd];
  } else {
    bpk[v_pd] = 0.0;
  }
}

// main: grid 4 x 56 x 8
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 56u || gid.z >= 8u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 56u);
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
  // output channels ct*8.., pixels ut*14.. of row i
  v_xp = v_n * 215296 + v_i * 58 + v_ut * 14;
  v_wp = v_ct * 8;
  v_acc0_0 = bpk[v_wp];
  v_acc0_1 = bpk[v_wp];
  v_acc0_2 = bpk[v_wp];
  v_acc0_3 = bpk[v_wp];
  v_acc0_4 = bpk[v_wp];
  v_acc0_5 = bpk[v_wp];
  v_acc0_6 = bpk[v_wp];
  v_acc0_7 = bpk[v_wp];
  v_acc0_8 = bpk[v_wp];
  v_acc0_9 = bpk[v_wp];
  v_acc0_10 = bpk[v_wp];
  v_acc0_11 = bpk[v_wp];
  v_acc0_12 = bpk[v_wp];
  v_acc0_13 = bpk[v_wp];
  v_acc1_0 = bpk[v_wp + 1];
  v_acc1_1 = bpk[v_wp + 1];
  v_acc1_2 = bpk[v_wp + 1];
  v_acc1_3 = bpk[v_wp + 1];
  v_acc1_4 = bpk[v_wp + 1];
  v_acc1_5 = bpk[v_wp + 1];
  v_acc1_6 = bpk[v_wp + 1];
  v_acc1_7 = bpk[v_wp + 1];
  v_acc1_8 = bpk[v_wp + 1];
  v_acc1_9 = bpk[v_wp + 1];
  v_acc1_10 = bpk[v_wp + 1];
  v_acc1_11 = bpk[v_wp + 1];
  v_acc1_12 = bpk[v_wp + 1];
  v_acc1_13 = bpk[v_wp + 1];
  v_acc2_0 = bpk[v_wp + 2];
  v_acc2_1 = bpk[v_wp + 2];
  v_acc2_2 = bpk[v_wp + 2];
  v_acc2_3 = bpk[v_wp + 2];
  v_acc2_4 = bpk[v_wp + 2];
  v_acc2_5 = bpk[v_wp + 2];
  v_acc2_6 = bpk[v_wp + 2];
  v_acc2_7 = bpk[v_wp + 2];
  v_acc2_8 = bpk[v_wp + 2];
  v_acc2_9 = bpk[v_wp + 2];
  v_acc2_10 = bpk[v_wp + 2];
  v_acc2_11 = bpk[v_wp + 2];
  v_acc2_12 = bpk[v_wp + 2];
  v_acc2_13 = bpk[v_wp + 2];
  v_acc3_0 = bpk[v_wp + 3];
  v_acc3_1 = bpk[v_wp + 3];
  v_acc3_2 = bpk[v_wp + 3];
  v_acc3_3 = bpk[v_wp + 3];
  v_acc3_4 = bpk[v_wp + 3];
  v_acc3_5 = bpk[v_wp + 3];
  v_acc3_6 = bpk[v_wp + 3];
  v_acc3_7 = bpk[v_wp + 3];
  v_acc3_8 = bpk[v_wp + 3];
  v_acc3_9 = bpk[v_wp + 3];
  v_acc3_10 = bpk[v_wp + 3];
  v_acc3_11 = bpk[v_wp + 3];
  v_acc3_12 = bpk[v_wp + 3];
  v_acc3_13 = bpk[v_wp + 3];
  v_acc4_0 = bpk[v_wp + 4];
  v_acc4_1 = bpk[v_wp + 4];
  v_acc4_2 = bpk[v_wp + 4];
  v_acc4_3 = bpk[v_wp + 4];
  v_acc4_4 = bpk[v_wp + 4];
  v_acc4_5 = bpk[v_wp + 4];
  v_acc4_6 = bpk[v_wp + 4];
  v_acc4_7 = bpk[v_wp + 4];
  v_acc4_8 = bpk[v_wp + 4];
  v_acc4_9 = bpk[v_wp + 4];
  v_acc4_10 = bpk[v_wp + 4];
  v_acc4_11 = bpk[v_wp + 4];
  v_acc4_12 = bpk[v_wp + 4];
  v_acc4_13 = bpk[v_wp + 4];
  v_acc5_0 = bpk[v_wp + 5];
  v_acc5_1 = bpk[v_wp + 5];
  v_acc5_2 = bpk[v_wp + 5];
  v_acc5_3 = bpk[v_wp + 5];
  v_acc5_4 = bpk[v_wp + 5];
  v_acc5_5 = bpk[v_wp + 5];
  v_acc5_6 = bpk[v_wp + 5];
  v_acc5_7 = bpk[v_wp + 5];
  v_acc5_8 = bpk[v_wp + 5];
  v_acc5_9 = bpk[v_wp + 5];
  v_acc5_10 = bpk[v_wp + 5];
  v_acc5_11 = bpk[v_wp + 5];
  v_acc5_12 = bpk[v_wp + 5];
  v_acc5_13 = bpk[v_wp + 5];
  v_acc6_0 = bpk[v_wp + 6];
  v_acc6_1 = bpk[v_wp + 6];
  v_acc6_2 = bpk[v_wp + 6];
  v_acc6_3 = bpk[v_wp + 6];
  v_acc6_4 = bpk[v_wp + 6];
  v_acc6_5 = bpk[v_wp + 6];
  v_acc6_6 = bpk[v_wp + 6];
  v_acc6_7 = bpk[v_wp + 6];
  v_acc6_8 = bpk[v_wp + 6];
  v_acc6_9 = bpk[v_wp + 6];
  v_acc6_10 = bpk[v_wp + 6];
  v_acc6_11 = bpk[v_wp + 6];
  v_acc6_12 = bpk[v_wp + 6];
  v_acc6_13 = bpk[v_wp + 6];
  v_acc7_0 = bpk[v_wp + 7];
  v_acc7_1 = bpk[v_wp + 7];
  v_acc7_2 = bpk[v_wp + 7];
  v_acc7_3 = bpk[v_wp + 7];
  v_acc7_4 = bpk[v_wp + 7];
  v_acc7_5 = bpk[v_wp + 7];
  v_acc7_6 = bpk[v_wp + 7];
  v_acc7_7 = bpk[v_wp + 7];
  v_acc7_8 = bpk[v_wp + 7];
  v_acc7_9 = bpk[v_wp + 7];
  v_acc7_10 = bpk[v_wp + 7];
  v_acc7_11 = bpk[v_wp + 7];
  v_acc7_12 = bpk[v_wp + 7];
  v_acc7_13 = bpk[v_wp + 7];
  for (var v_rc: i32 = 0; v_rc < 64; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 3; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 3; v_tb++) {
        v_xq = v_xp + v_rc * 3364 + v_ta * 58 + v_tb;
        v_wq = v_wp + v_rc * 64 + v_ta * 12288 + v_tb * 4096;
        v_x0 = xpad[v_xq];
        v_x1 = xpad[v_xq + 1];
        v_x2 = xpad[v_xq + 2];
        v_x3 = xpad[v_xq + 3];
        v_x4 = xpad[v_xq + 4];
        v_x5 = xpad[v_xq + 5];
        v_x6 = xpad[v_xq + 6];
        v_x7 = xpad[v_xq + 7];
        v_x8 = xpad[v_xq + 8];
        v_x9 = xpad[v_xq + 9];
        v_x10 = xpad[v_xq + 10];
        v_x11 = xpad[v_xq + 11];
        v_x12 = xpad[v_xq + 12];
        v_x13 = xpad[v_xq + 13];
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
    }
  }
  v_op = v_n * 200704 + v_i * 56 + v_ut * 14 + v_ct * 25088;
  y[v_op] = max(v_acc0_0, 0.0);
  y[v_op + 1] = max(v_acc0_1, 0.0);
  y[v_op + 2] = max(v_acc0_2, 0.0);
  y[v_op + 3] = max(v_acc0_3, 0.0);
  y[v_op + 4] = max(v_acc0_4, 0.0);
  y[v_op + 5] = max(v_acc0_5, 0.0);
  y[v_op + 6] = max(v_acc0_6, 0.0);
  y[v_op + 7] = max(v_acc0_7, 0.0);
  y[v_op + 8] = max(v_acc0_8, 0.0);
  y[v_op + 9] = max(v_acc0_9, 0.0);
  y[v_op + 10] = max(v_acc0_10, 0.0);
  y[v_op + 11] = max(v_acc0_11, 0.0);
  y[v_op + 12] = max(v_acc0_12, 0.0);
  y[v_op + 13] = max(v_acc0_13, 0.0);
  y[v_op + 3136] = max(v_acc1_0, 0.0);
  y[v_op + 3137] = max(v_acc1_1, 0.0);
  y[v_op + 3138] = max(v_acc1_2, 0.0);
  y[v_op + 3139] = max(v_acc1_3, 0.0);
  y[v_op + 3140] = max(v_acc1_4, 0.0);
  y[v_op + 3141] = max(v_acc1_5, 0.0);
  y[v_op + 3142] = max(v_acc1_6, 0.0);
  y[v_op + 3143] = max(v_acc1_7, 0.0);
  y[v_op + 3144] = max(v_acc1_8, 0.0);
  y[v_op + 3145] = max(v_acc1_9, 0.0);
  y[v_op + 3146] = max(v_acc1_10, 0.0);
  y[v_op + 3147] = max(v_acc1_11, 0.0);
  y[v_op + 3148] = max(v_acc1_12, 0.0);
  y[v_op + 3149] = max(v_acc1_13, 0.0);
  y[v_op + 6272] = max(v_acc2_0, 0.0);
  y[v_op + 6273] = max(v_acc2_1, 0.0);
  y[v_op + 6274] = max(v_acc2_2, 0.0);
  y[v_op + 6275] = max(v_acc2_3, 0.0);
  y[v_op + 6276] = max(v_acc2_4, 0.0);
  y[v_op + 6277] = max(v_acc2_5, 0.0);
  y[v_op + 6278] = max(v_acc2_6, 0.0);
  y[v_op + 6279] = max(v_acc2_7, 0.0);
  y[v_op + 6280] = max(v_acc2_8, 0.0);
  y[v_op + 6281] = max(v_acc2_9, 0.0);
  y[v_op + 6282] = max(v_acc2_10, 0.0);
  y[v_op + 6283] = max(v_acc2_11, 0.0);
  y[v_op + 6284] = max(v_acc2_12, 0.0);
  y[v_op + 6285] = max(v_acc2_13, 0.0);
  y[v_op + 9408] = max(v_acc3_0, 0.0);
  y[v_op + 9409] = max(v_acc3_1, 0.0);
  y[v_op + 9410] = max(v_acc3_2, 0.0);
  y[v_op + 9411] = max(v_acc3_3, 0.0);
  y[v_op + 9412] = max(v_acc3_4, 0.0);
  y[v_op + 9413] = max(v_acc3_5, 0.0);
  y[v_op + 9414] = max(v_acc3_6, 0.0);
  y[v_op + 9415] = max(v_acc3_7, 0.0);
  y[v_op + 9416] = max(v_acc3_8, 0.0);
  y[v_op + 9417] = max(v_acc3_9, 0.0);
  y[v_op + 9418] = max(v_acc3_10, 0.0);
  y[v_op + 9419] = max(v_acc3_11, 0.0);
  y[v_op + 9420] = max(v_acc3_12, 0.0);
  y[v_op + 9421] = max(v_acc3_13, 0.0);
  y[v_op + 12544] = max(v_acc4_0, 0.0);
  y[v_op + 12545] = max(v_acc4_1, 0.0);
  y[v_op + 12546] = max(v_acc4_2, 0.0);
  y[v_op + 12547] = max(v_acc4_3, 0.0);
  y[v_op + 12548] = max(v_acc4_4, 0.0);
  y[v_op + 12549] = max(v_acc4_5, 0.0);
  y[v_op + 12550] = max(v_acc4_6, 0.0);
  y[v_op + 12551] = max(v_acc4_7, 0.0);
  y[v_op + 12552] = max(v_acc4_8, 0.0);
  y[v_op + 12553] = max(v_acc4_9, 0.0);
  y[v_op + 12554] = max(v_acc4_10, 0.0);
  y[v_op + 12555] = max(v_acc4_11, 0.0);
  y[v_op + 12556] = max(v_acc4_12, 0.0);
  y[v_op + 12557] = max(v_acc4_13, 0.0);
  y[v_op + 15680] = max(v_acc5_0, 0.0);
  y[v_op + 15681] = max(v_acc5_1, 0.0);
  y[v_op + 15682] = max(v_acc5_2, 0.0);
  y[v_op + 15683] = max(v_acc5_3, 0.0);
  y[v_op + 15684] = max(v_acc5_4, 0.0);
  y[v_op + 15685] = max(v_acc5_5, 0.0);
  y[v_op + 15686] = max(v_acc5_6, 0.0);
  y[v_op + 15687] = max(v_acc5_7, 0.0);
  y[v_op + 15688] = max(v_acc5_8, 0.0);
  y[v_op + 15689] = max(v_acc5_9, 0.0);
  y[v_op + 15690] = max(v_acc5_10, 0.0);
  y[v_op + 15691] = max(v_acc5_11, 0.0);
  y[v_op + 15692] = max(v_acc5_12, 0.0);
  y[v_op + 15693] = max(v_acc5_13, 0.0);
  y[v_op + 18816] = max(v_acc6_0, 0.0);
  y[v_op + 18817] = max(v_acc6_1, 0.0);
  y[v_op + 18818] = max(v_acc6_2, 0.0);
  y[v_op + 18819] = max(v_acc6_3, 0.0);
  y[v_op + 18820] = max(v_acc6_4, 0.0);
  y[v_op + 18821] = max(v_acc6_5, 0.0);
  y[v_op + 18822] = max(v_acc6_6, 0.0);
  y[v_op + 18823] = max(v_acc6_7, 0.0);
  y[v_op + 18824] = max(v_acc6_8, 0.0);
  y[v_op + 18825] = max(v_acc6_9, 0.0);
  y[v_op + 18826] = max(v_acc6_10, 0.0);
  y[v_op + 18827] = max(v_acc6_11, 0.0);
  y[v_op + 18828] = max(v_acc6_12, 0.0);
  y[v_op + 18829] = max(v_acc6_13, 0.0);
  y[v_op + 21952] = max(v_acc7_0, 0.0);
  y[v_op + 21953] = max(v_acc7_1, 0.0);
  y[v_op + 21954] = max(v_acc7_2, 0.0);
  y[v_op + 21955] = max(v_acc7_3, 0.0);
  y[v_op + 21956] = max(v_acc7_4, 0.0);
  y[v_op + 21957] = max(v_acc7_5, 0.0);
  y[v_op + 21958] = max(v_acc7_6, 0.0);
  y[v_op + 21959] = max(v_acc7_7, 0.0);
  y[v_op + 21960] = max(v_acc7_8, 0.0);
  y[v_op + 21961] = max(v_acc7_9, 0.0);
  y[v_op + 21962] = max(v_acc7_10, 0.0);
  y[v_op + 21963] = max(v_acc7_11, 0.0);
  y[v_op + 21964] = max(v_acc7_12, 0.0);
  y[v_op + 21965] = max(v_acc7_13, 0.0);
}
