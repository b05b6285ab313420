// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_forward (pass forward, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":10,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 6, 14, 14], 9408 f32
//   1: w (input), [16, 6, 5, 5], 2400 f32
//   2: b (input), [16], 16 f32
//   3: y (output), [8, 16, 10, 10], 12800 f32
//   4: xpad (scratch), [8, 6, 14, 14], 9417 f32
//   5: wpk (scratch), [5, 5, 6, 16], 2400 f32
//   6: bpk (scratch), [16], 16 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 48 workgroups of 8 x 8 x 1
//   prologue1: 2 x 1 x 25 workgroups of 8 x 6 x 1
//   prologue2: 2 x 1 x 1 workgroups of 8 x 1 x 1
//   main0: 1 x 10 x 2 workgroups of 1 x 8 x 1

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

// W packed as [k][l][ci][co], co padded to 16
@compute @workgroup_size(8, 6, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 6u || gid.z >= 25u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 5u);
  let v_tap0 = i32((gid.z / 5u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 16 + v_oc + v_tap1 * 96 + v_tap0 * 480;
  if (u32(v_oc) < 16u) {
    v_ps = v_oc * 150 + v_rc * 25 + v_tap1 + v_tap0 * 5;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// bias padded
@compute @workgroup_size(8, 1, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  var v_pd: i32;
  v_pd = v_oc;
  if (u32(v_oc) < 16u) {
    bpk[v_pd] = b[v_pd];
  } else {
    bpk[v_pd] = 0.0;
  }
}

// main: grid 1 x 80 x 2
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 80u || gid.z >= 2u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 10u);
  let v_n = i32((gid.y / 10u));
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
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  var v_w3: f32;
  var v_w4: f32;
  var v_w5: f32;
  var v_w6: f32;
  var v_w7: f32;
  // output channels ct*8.., pixels ut*10.. of row i
  v_xp = v_n * 1176 + v_i * 14 + v_ut * 10;
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
  for (var v_rc: i32 = 0; v_rc < 6; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 5; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 5; v_tb++) {
        v_xq = v_xp + v_rc * 196 + v_ta * 14 + v_tb;
        v_wq = v_wp + v_rc * 16 + v_ta * 480 + v_tb * 96;
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
      }
    }
  }
  v_op = v_n * 1600 + v_i * 10 + v_ut * 10 + v_ct * 800;
  y[v_op] = tanh(v_acc0_0);
  y[v_op + 1] = tanh(v_acc0_1);
  y[v_op + 2] = tanh(v_acc0_2);
  y[v_op + 3] = tanh(v_acc0_3);
  y[v_op + 4] = tanh(v_acc0_4);
  y[v_op + 5] = tanh(v_acc0_5);
  y[v_op + 6] = tanh(v_acc0_6);
  y[v_op + 7] = tanh(v_acc0_7);
  y[v_op + 8] = tanh(v_acc0_8);
  y[v_op + 9] = tanh(v_acc0_9);
  y[v_op + 100] = tanh(v_acc1_0);
  y[v_op + 101] = tanh(v_acc1_1);
  y[v_op + 102] = tanh(v_acc1_2);
  y[v_op + 103] = tanh(v_acc1_3);
  y[v_op + 104] = tanh(v_acc1_4);
  y[v_op + 105] = tanh(v_acc1_5);
  y[v_op + 106] = tanh(v_acc1_6);
  y[v_op + 107] = tanh(v_acc1_7);
  y[v_op + 108] = tanh(v_acc1_8);
  y[v_op + 109] = tanh(v_acc1_9);
  y[v_op + 200] = tanh(v_acc2_0);
  y[v_op + 201] = tanh(v_acc2_1);
  y[v_op + 202] = tanh(v_acc2_2);
  y[v_op + 203] = tanh(v_acc2_3);
  y[v_op + 204] = tanh(v_acc2_4);
  y[v_op + 205] = tanh(v_acc2_5);
  y[v_op + 206] = tanh(v_acc2_6);
  y[v_op + 207] = tanh(v_acc2_7);
  y[v_op + 208] = tanh(v_acc2_8);
  y[v_op + 209] = tanh(v_acc2_9);
  y[v_op + 300] = tanh(v_acc3_0);
  y[v_op + 301] = tanh(v_acc3_1);
  y[v_op + 302] = tanh(v_acc3_2);
  y[v_op + 303] = tanh(v_acc3_3);
  y[v_op + 304] = tanh(v_acc3_4);
  y[v_op + 305] = tanh(v_acc3_5);
  y[v_op + 306] = tanh(v_acc3_6);
  y[v_op + 307] = tanh(v_acc3_7);
  y[v_op + 308] = tanh(v_acc3_8);
  y[v_op + 309] = tanh(v_acc3_9);
  y[v_op + 400] = tanh(v_acc4_0);
  y[v_op + 401] = tanh(v_acc4_1);
  y[v_op + 402] = tanh(v_acc4_2);
  y[v_op + 403] = tanh(v_acc4_3);
  y[v_op + 404] = tanh(v_acc4_4);
  y[v_op + 405] = tanh(v_acc4_5);
  y[v_op + 406] = tanh(v_acc4_6);
  y[v_op + 407] = tanh(v_acc4_7);
  y[v_op + 408] = tanh(v_acc4_8);
  y[v_op + 409] = tanh(v_acc4_9);
  y[v_op + 500] = tanh(v_acc5_0);
  y[v_op + 501] = tanh(v_acc5_1);
  y[v_op + 502] = tanh(v_acc5_2);
  y[v_op + 503] = tanh(v_acc5_3);
  y[v_op + 504] = tanh(v_acc5_4);
  y[v_op + 505] = tanh(v_acc5_5);
  y[v_op + 506] = tanh(v_acc5_6);
  y[v_op + 507] = tanh(v_acc5_7);
  y[v_op + 508] = tanh(v_acc5_8);
  y[v_op + 509] = tanh(v_acc5_9);
  y[v_op + 600] = tanh(v_acc6_0);
  y[v_op + 601] = tanh(v_acc6_1);
  y[v_op + 602] = tanh(v_acc6_2);
  y[v_op + 603] = tanh(v_acc6_3);
  y[v_op + 604] = tanh(v_acc6_4);
  y[v_op + 605] = tanh(v_acc6_5);
  y[v_op + 606] = tanh(v_acc6_6);
  y[v_op + 607] = tanh(v_acc6_7);
  y[v_op + 608] = tanh(v_acc6_8);
  y[v_op + 609] = tanh(v_acc6_9);
  y[v_op + 700] = tanh(v_acc7_0);
  y[v_op + 701] = tanh(v_acc7_1);
  y[v_op + 702] = tanh(v_acc7_2);
  y[v_op + 703] = tanh(v_acc7_3);
  y[v_op + 704] = tanh(v_acc7_4);
  y[v_op + 705] = tanh(v_acc7_5);
  y[v_op + 706] = tanh(v_acc7_6);
  y[v_op + 707] = tanh(v_acc7_7);
  y[v_op + 708] = tanh(v_acc7_8);
  y[v_op + 709] = tanh(v_acc7_9);
}
