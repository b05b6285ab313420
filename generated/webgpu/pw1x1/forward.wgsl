// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: pw1x1_forward (pass forward, target webgpu)
// spec: pw1x1: N=1 Ci=256 H=14 W=14 Co=64 K=1 L=1 stride=1x1 pad=0,0,0,0 dilation=1x1 act=none layout=nchw -> Ho=14 Wo=14
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 256, 14, 14], 50176 f32
//   1: w (input), [64, 256, 1, 1], 16384 f32
//   2: b (input), [64], 64 f32
//   3: y (output), [1, 64, 14, 14], 12544 f32
//   4: xpad (scratch), [1, 256, 14, 14], 50189 f32
//   5: wpk (scratch), [1, 1, 256, 64], 16384 f32
//   6: bpk (scratch), [64], 64 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 256 workgroups of 8 x 8 x 1
//   prologue1: 8 x 32 x 1 workgroups of 8 x 8 x 1
//   prologue2: 8 x 1 x 1 workgroups of 8 x 1 x 1
//   main0: 1 x 2 x 8 workgroups of 1 x 8 x 1

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
  if (gid.x >= 14u || gid.y >= 14u || gid.z >= 256u) {
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

// W packed as [k][l][ci][co], co padded to 64
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 256u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 1u);
  let v_tap0 = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 16384 + v_tap0 * 16384;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 256 + v_rc + v_tap1 + v_tap0;
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

// main: grid 1 x 14 x 8
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 14u || gid.z >= 8u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 14u);
  let v_n = i32((gid.y / 14u));
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
  v_xp = v_n * 50176 + v_i * 14 + v_ut * 14;
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
  for (var v_rc: i32 = 0; v_rc < 256; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 1; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 1; v_tb++) {
        v_xq = v_xp + v_rc * 196 + v_ta * 14 + v_tb;
        v_wq = v_wp + v_rc * 64 + v_ta * 16384 + v_tb * 16384;
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
  v_op = v_n * 12544 + v_i * 14 + v_ut * 14 + v_ct * 1568;
  y[v_op] = v_acc0_0;
  y[v_op + 1] = v_acc0_1;
  y[v_op + 2] = v_acc0_2;
  y[v_op + 3] = v_acc0_3;
  y[v_op + 4] = v_acc0_4;
  y[v_op + 5] = v_acc0_5;
  y[v_op + 6] = v_acc0_6;
  y[v_op + 7] = v_acc0_7;
  y[v_op + 8] = v_acc0_8;
  y[v_op + 9] = v_acc0_9;
  y[v_op + 10] = v_acc0_10;
  y[v_op + 11] = v_acc0_11;
  y[v_op + 12] = v_acc0_12;
  y[v_op + 13] = v_acc0_13;
  y[v_op + 196] = v_acc1_0;
  y[v_op + 197] = v_acc1_1;
  y[v_op + 198] = v_acc1_2;
  y[v_op + 199] = v_acc1_3;
  y[v_op + 200] = v_acc1_4;
  y[v_op + 201] = v_acc1_5;
  y[v_op + 202] = v_acc1_6;
  y[v_op + 203] = v_acc1_7;
  y[v_op + 204] = v_acc1_8;
  y[v_op + 205] = v_acc1_9;
  y[v_op + 206] = v_acc1_10;
  y[v_op + 207] = v_acc1_11;
  y[v_op + 208] = v_acc1_12;
  y[v_op + 209] = v_acc1_13;
  y[v_op + 392] = v_acc2_0;
  y[v_op + 393] = v_acc2_1;
  y[v_op + 394] = v_acc2_2;
  y[v_op + 395] = v_acc2_3;
  y[v_op + 396] = v_acc2_4;
  y[v_op + 397] = v_acc2_5;
  y[v_op + 398] = v_acc2_6;
  y[v_op + 399] = v_acc2_7;
  y[v_op + 400] = v_acc2_8;
  y[v_op + 401] = v_acc2_9;
  y[v_op + 402] = v_acc2_10;
  y[v_op + 403] = v_acc2_11;
  y[v_op + 404] = v_acc2_12;
  y[v_op + 405] = v_acc2_13;
  y[v_op + 588] = v_acc3_0;
  y[v_op + 589] = v_acc3_1;
  y[v_op + 590] = v_acc3_2;
  y[v_op + 591] = v_acc3_3;
  y[v_op + 592] = v_acc3_4;
  y[v_op + 593] = v_acc3_5;
  y[v_op + 594] = v_acc3_6;
  y[v_op + 595] = v_acc3_7;
  y[v_op + 596] = v_acc3_8;
  y[v_op + 597] = v_acc3_9;
  y[v_op + 598] = v_acc3_10;
  y[v_op + 599] = v_acc3_11;
  y[v_op + 600] = v_acc3_12;
  y[v_op + 601] = v_acc3_13;
  y[v_op + 784] = v_acc4_0;
  y[v_op + 785] = v_acc4_1;
  y[v_op + 786] = v_acc4_2;
  y[v_op + 787] = v_acc4_3;
  y[v_op + 788] = v_acc4_4;
  y[v_op + 789] = v_acc4_5;
  y[v_op + 790] = v_acc4_6;
  y[v_op + 791] = v_acc4_7;
  y[v_op + 792] = v_acc4_8;
  y[v_op + 793] = v_acc4_9;
  y[v_op + 794] = v_acc4_10;
  y[v_op + 795] = v_acc4_11;
  y[v_op + 796] = v_acc4_12;
  y[v_op + 797] = v_acc4_13;
  y[v_op + 980] = v_acc5_0;
  y[v_op + 981] = v_acc5_1;
  y[v_op + 982] = v_acc5_2;
  y[v_op + 983] = v_acc5_3;
  y[v_op + 984] = v_acc5_4;
  y[v_op + 985] = v_acc5_5;
  y[v_op + 986] = v_acc5_6;
  y[v_op + 987] = v_acc5_7;
  y[v_op + 988] = v_acc5_8;
  y[v_op + 989] = v_acc5_9;
  y[v_op + 990] = v_acc5_10;
  y[v_op + 991] = v_acc5_11;
  y[v_op + 992] = v_acc5_12;
  y[v_op + 993] = v_acc5_13;
  y[v_op + 1176] = v_acc6_0;
  y[v_op + 1177] = v_acc6_1;
  y[v_op + 1178] = v_acc6_2;
  y[v_op + 1179] = v_acc6_3;
  y[v_op + 1180] = v_acc6_4;
  y[v_op + 1181] = v_acc6_5;
  y[v_op + 1182] = v_acc6_6;
  y[v_op + 1183] = v_acc6_7;
  y[v_op + 1184] = v_acc6_8;
  y[v_op + 1185] = v_acc6_9;
  y[v_op + 1186] = v_acc6_10;
  y[v_op + 1187] = v_acc6_11;
  y[v_op + 1188] = v_acc6_12;
  y[v_op + 1189] = v_acc6_13;
  y[v_op + 1372] = v_acc7_0;
  y[v_op + 1373] = v_acc7_1;
  y[v_op + 1374] = v_acc7_2;
  y[v_op + 1375] = v_acc7_3;
  y[v_op + 1376] = v_acc7_4;
  y[v_op + 1377] = v_acc7_5;
  y[v_op + 1378] = v_acc7_6;
  y[v_op + 1379] = v_acc7_7;
  y[v_op + 1380] = v_acc7_8;
  y[v_op + 1381] = v_acc7_9;
  y[v_op + 1382] = v_acc7_10;
  y[v_op + 1383] = v_acc7_11;
  y[v_op + 1384] = v_acc7_12;
  y[v_op + 1385] = v_acc7_13;
}
