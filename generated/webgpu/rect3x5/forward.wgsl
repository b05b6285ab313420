// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: rect3x5_forward (pass forward, target webgpu)
// spec: rect3x5: N=4 Ci=16 H=28 W=28 Co=32 K=3 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=sigmoid layout=nchw -> Ho=26 Wo=24
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":12,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [4, 16, 28, 28], 50176 f32
//   1: w (input), [32, 16, 3, 5], 7680 f32
//   2: b (input), [32], 32 f32
//   3: y (output), [4, 32, 26, 24], 79872 f32
//   4: xpad (scratch), [4, 16, 28, 28], 50187 f32
//   5: wpk (scratch), [3, 5, 16, 32], 7680 f32
//   6: bpk (scratch), [32], 32 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 64 workgroups of 8 x 8 x 1
//   prologue1: 4 x 2 x 15 workgroups of 8 x 8 x 1
//   prologue2: 4 x 1 x 1 workgroups of 8 x 1 x 1
//   main0: 1 x 13 x 4 workgroups of 2 x 8 x 1

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
  if (gid.x >= 28u || gid.y >= 28u || gid.z >= 64u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 784 + v_r * 28 + v_q;
  if (u32(v_r) < 28u && u32(v_q) < 28u) {
    v_ps = v_pl * 784 + v_r * 28 + v_q;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// W packed as [k][l][ci][co], co padded to 32
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 16u || gid.z >= 15u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 5u);
  let v_tap0 = i32((gid.z / 5u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 32 + v_oc + v_tap1 * 512 + v_tap0 * 2560;
  if (u32(v_oc) < 32u) {
    v_ps = v_oc * 240 + v_rc * 15 + v_tap1 + v_tap0 * 5;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// bias padded
@compute @workgroup_size(8, 1, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  var v_pd: i32;
  v_pd = v_oc;
  if (u32(v_oc) < 32u) {
    bpk[v_pd] = b[v_pd];
  } else {
    bpk[v_pd] = 0.0;
  }
}

// main: grid 2 x 104 x 4
@compute @workgroup_size(2, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 104u || gid.z >= 4u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 26u);
  let v_n = i32((gid.y / 26u));
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
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  var v_w3: f32;
  var v_w4: f32;
  var v_w5: f32;
  var v_w6: f32;
  var v_w7: f32;
  // output channels ct*8.., pixels ut*12.. of row i
  v_xp = v_n * 12544 + v_i * 28 + v_ut * 12;
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
  for (var v_rc: i32 = 0; v_rc < 16; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 3; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 5; v_tb++) {
        v_xq = v_xp + v_rc * 784 + v_ta * 28 + v_tb;
        v_wq = v_wp + v_rc * 32 + v_ta * 2560 + v_tb * 512;
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
      }
    }
  }
  v_op = v_n * 19968 + v_i * 24 + v_ut * 12 + v_ct * 4992;
  y[v_op] = (1.0 / (1.0 + exp(-v_acc0_0)));
  y[v_op + 1] = (1.0 / (1.0 + exp(-v_acc0_1)));
  y[v_op + 2] = (1.0 / (1.0 + exp(-v_acc0_2)));
  y[v_op + 3] = (1.0 / (1.0 + exp(-v_acc0_3)));
  y[v_op + 4] = (1.0 / (1.0 + exp(-v_acc0_4)));
  y[v_op + 5] = (1.0 / (1.0 + exp(-v_acc0_5)));
  y[v_op + 6] = (1.0 / (1.0 + exp(-v_acc0_6)));
  y[v_op + 7] = (1.0 / (1.0 + exp(-v_acc0_7)));
  y[v_op + 8] = (1.0 / (1.0 + exp(-v_acc0_8)));
  y[v_op + 9] = (1.0 / (1.0 + exp(-v_acc0_9)));
  y[v_op + 10] = (1.0 / (1.0 + exp(-v_acc0_10)));
  y[v_op + 11] = (1.0 / (1.0 + exp(-v_acc0_11)));
  y[v_op + 624] = (1.0 / (1.0 + exp(-v_acc1_0)));
  y[v_op + 625] = (1.0 / (1.0 + exp(-v_acc1_1)));
  y[v_op + 626] = (1.0 / (1.0 + exp(-v_acc1_2)));
  y[v_op + 627] = (1.0 / (1.0 + exp(-v_acc1_3)));
  y[v_op + 628] = (1.0 / (1.0 + exp(-v_acc1_4)));
  y[v_op + 629] = (1.0 / (1.0 + exp(-v_acc1_5)));
  y[v_op + 630] = (1.0 / (1.0 + exp(-v_acc1_6)));
  y[v_op + 631] = (1.0 / (1.0 + exp(-v_acc1_7)));
  y[v_op + 632] = (1.0 / (1.0 + exp(-v_acc1_8)));
  y[v_op + 633] = (1.0 / (1.0 + exp(-v_acc1_9)));
  y[v_op + 634] = (1.0 / (1.0 + exp(-v_acc1_10)));
  y[v_op + 635] = (1.0 / (1.0 + exp(-v_acc1_11)));
  y[v_op + 1248] = (1.0 / (1.0 + exp(-v_acc2_0)));
  y[v_op + 1249] = (1.0 / (1.0 + exp(-v_acc2_1)));
  y[v_op + 1250] = (1.0 / (1.0 + exp(-v_acc2_2)));
  y[v_op + 1251] = (1.0 / (1.0 + exp(-v_acc2_3)));
  y[v_op + 1252] = (1.0 / (1.0 + exp(-v_acc2_4)));
  y[v_op + 1253] = (1.0 / (1.0 + exp(-v_acc2_5)));
  y[v_op + 1254] = (1.0 / (1.0 + exp(-v_acc2_6)));
  y[v_op + 1255] = (1.0 / (1.0 + exp(-v_acc2_7)));
  y[v_op + 1256] = (1.0 / (1.0 + exp(-v_acc2_8)));
  y[v_op + 1257] = (1.0 / (1.0 + exp(-v_acc2_9)));
  y[v_op + 1258] = (1.0 / (1.0 + exp(-v_acc2_10)));
  y[v_op + 1259] = (1.0 / (1.0 + exp(-v_acc2_11)));
  y[v_op + 1872] = (1.0 / (1.0 + exp(-v_acc3_0)));
  y[v_op + 1873] = (1.0 / (1.0 + exp(-v_acc3_1)));
  y[v_op + 1874] = (1.0 / (1.0 + exp(-v_acc3_2)));
  y[v_op + 1875] = (1.0 / (1.0 + exp(-v_acc3_3)));
  y[v_op + 1876] = (1.0 / (1.0 + exp(-v_acc3_4)));
  y[v_op + 1877] = (1.0 / (1.0 + exp(-v_acc3_5)));
  y[v_op + 1878] = (1.0 / (1.0 + exp(-v_acc3_6)));
  y[v_op + 1879] = (1.0 / (1.0 + exp(-v_acc3_7)));
  y[v_op + 1880] = (1.0 / (1.0 + exp(-v_acc3_8)));
  y[v_op + 1881] = (1.0 / (1.0 + exp(-v_acc3_9)));
  y[v_op + 1882] = (1.0 / (1.0 + exp(-v_acc3_10)));
  y[v_op + 1883] = (1.0 / (1.0 + exp(-v_acc3_11)));
  y[v_op + 2496] = (1.0 / (1.0 + exp(-v_acc4_0)));
  y[v_op + 2497] = (1.0 / (1.0 + exp(-v_acc4_1)));
  y[v_op + 2498] = (1.0 / (1.0 + exp(-v_acc4_2)));
  y[v_op + 2499] = (1.0 / (1.0 + exp(-v_acc4_3)));
  y[v_op + 2500] = (1.0 / (1.0 + exp(-v_acc4_4)));
  y[v_op + 2501] = (1.0 / (1.0 + exp(-v_acc4_5)));
  y[v_op + 2502] = (1.0 / (1.0 + exp(-v_acc4_6)));
  y[v_op + 2503] = (1.0 / (1.0 + exp(-v_acc4_7)));
  y[v_op + 2504] = (1.0 / (1.0 + exp(-v_acc4_8)));
  y[v_op + 2505] = (1.0 / (1.0 + exp(-v_acc4_9)));
  y[v_op + 2506] = (1.0 / (1.0 + exp(-v_acc4_10)));
  y[v_op + 2507] = (1.0 / (1.0 + exp(-v_acc4_11)));
  y[v_op + 3120] = (1.0 / (1.0 + exp(-v_acc5_0)));
  y[v_op + 3121] = (1.0 / (1.0 + exp(-v_acc5_1)));
  y[v_op + 3122] = (1.0 / (1.0 + exp(-v_acc5_2)));
  y[v_op + 3123] = (1.0 / (1.0 + exp(-v_acc5_3)));
  y[v_op + 3124] = (1.0 / (1.0 + exp(-v_acc5_4)));
  y[v_op + 3125] = (1.0 / (1.0 + exp(-v_acc5_5)));
  y[v_op + 3126] = (1.0 / (1.0 + exp(-v_acc5_6)));
  y[v_op + 3127] = (1.0 / (1.0 + exp(-v_acc5_7)));
  y[v_op + 3128] = (1.0 / (1.0 + exp(-v_acc5_8)));
  y[v_op + 3129] = (1.0 / (1.0 + exp(-v_acc5_9)));
  y[v_op + 3130] = (1.0 / (1.0 + exp(-v_acc5_10)));
  y[v_op + 3131] = (1.0 / (1.0 + exp(-v_acc5_11)));
  y[v_op + 3744] = (1.0 / (1.0 + exp(-v_acc6_0)));
  y[v_op + 3745] = (1.0 / (1.0 + exp(-v_acc6_1)));
  y[v_op + 3746] = (1.0 / (1.0 + exp(-v_acc6_2)));
  y[v_op + 3747] = (1.0 / (1.0 + exp(-v_acc6_3)));
  y[v_op + 3748] = (1.0 / (1.0 + exp(-v_acc6_4)));
  y[v_op + 3749] = (1.0 / (1.0 + exp(-v_acc6_5)));
  y[v_op + 3750] = (1.0 / (1.0 + exp(-v_acc6_6)));
  y[v_op + 3751] = (1.0 / (1.0 + exp(-v_acc6_7)));
  y[v_op + 3752] = (1.0 / (1.0 + exp(-v_acc6_8)));
  y[v_op + 3753] = (1.0 / (1.0 + exp(-v_acc6_9)));
  y[v_op + 3754] = (1.0 / (1.0 + exp(-v_acc6_10)));
  y[v_op + 3755] = (1.0 / (1.0 + exp(-v_acc6_11)));
  y[v_op + 4368] = (1.0 / (1.0 + exp(-v_acc7_0)));
  y[v_op + 4369] = (1.0 / (1.0 + exp(-v_acc7_1)));
  y[v_op + 4370] = (1.0 / (1.0 + exp(-v_acc7_2)));
  y[v_op + 4371] = (1.0 / (1.0 + exp(-v_acc7_3)));
  y[v_op + 4372] = (1.0 / (1.0 + exp(-v_acc7_4)));
  y[v_op + 4373] = (1.0 / (1.0 + exp(-v_acc7_5)));
  y[v_op + 4374] = (1.0 / (1.0 + exp(-v_acc7_6)));
  y[v_op + 4375] = (1.0 / (1.0 + exp(-v_acc7_7)));
  y[v_op + 4376] = (1.0 / (1.0 + exp(-v_acc7_8)));
  y[v_op + 4377] = (1.0 / (1.0 + exp(-v_acc7_9)));
  y[v_op + 4378] = (1.0 / (1.0 + exp(-v_acc7_10)));
  y[v_op + 4379] = (1.0 / (1.0 + exp(-v_acc7_11)));
}
