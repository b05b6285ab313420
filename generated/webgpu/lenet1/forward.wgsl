// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet1_forward (pass forward, target webgpu)
// spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":6,"pixels":7,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 1, 32, 32], 8192 f32
//   1: w (input), [6, 1, 5, 5], 150 f32
//   2: b (input), [6], 6 f32
//   3: y (output), [8, 6, 28, 28], 37632 f32
//   4: xpad (scratch), [8, 1, 32, 32], 8198 f32
//   5: wpk (scratch), [5, 5, 1, 6], 150 f32
//   6: bpk (scratch), [6], 6 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 8 workgroups of 8 x 8 x 1
//   prologue1: 1 x 1 x 25 workgroups of 6 x 1 x 1
//   prologue2: 1 x 1 x 1 workgroups of 6 x 1 x 1
//   main0: 1 x 28 x 1 workgroups of 4 x 8 x 1

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

// W packed as [k][l][ci][co], co padded to 6
@compute @workgroup_size(6, 1, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 1u || gid.z >= 25u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 5u);
  let v_tap0 = i32((gid.z / 5u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 6 + v_oc + v_tap1 * 6 + v_tap0 * 30;
  if (u32(v_oc) < 6u) {
    v_ps = v_oc * 25 + v_rc * 25 + v_tap1 + v_tap0 * 5;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// bias padded
@compute @workgroup_size(6, 1, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  var v_pd: i32;
  v_pd = v_oc;
  if (u32(v_oc) < 6u) {
    bpk[v_pd] = b[v_pd];
  } else {
    bpk[v_pd] = 0.0;
  }
}

// main: grid 4 x 224 x 1
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 224u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 28u);
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
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  var v_w3: f32;
  var v_w4: f32;
  var v_w5: f32;
  // output channels ct*6.., pixels ut*7.. of row i
  v_xp = v_n * 1024 + v_i * 32 + v_ut * 7;
  v_wp = v_ct * 6;
  v_acc0_0 = bpk[v_wp];
  v_acc0_1 = bpk[v_wp];
  v_acc0_2 = bpk[v_wp];
  v_acc0_3 = bpk[v_wp];
  v_acc0_4 = bpk[v_wp];
  v_acc0_5 = bpk[v_wp];
  v_acc0_6 = bpk[v_wp];
  v_acc1_0 = bpk[v_wp + 1];
  v_acc1_1 = bpk[v_wp + 1];
  v_acc1_2 = bpk[v_wp + 1];
  v_acc1_3 = bpk[v_wp + 1];
  v_acc1_4 = bpk[v_wp + 1];
  v_acc1_5 = bpk[v_wp + 1];
  v_acc1_6 = bpk[v_wp + 1];
  v_acc2_0 = bpk[v_wp + 2];
  v_acc2_1 = bpk[v_wp + 2];
  v_acc2_2 = bpk[v_wp + 2];
  v_acc2_3 = bpk[v_wp + 2];
  v_acc2_4 = bpk[v_wp + 2];
  v_acc2_5 = bpk[v_wp + 2];
  v_acc2_6 = bpk[v_wp + 2];
  v_acc3_0 = bpk[v_wp + 3];
  v_acc3_1 = bpk[v_wp + 3];
  v_acc3_2 = bpk[v_wp + 3];
  v_acc3_3 = bpk[v_wp + 3];
  v_acc3_4 = bpk[v_wp + 3];
  v_acc3_5 = bpk[v_wp + 3];
  v_acc3_6 = bpk[v_wp + 3];
  v_acc4_0 = bpk[v_wp + 4];
  v_acc4_1 = bpk[v_wp + 4];
  v_acc4_2 = bpk[v_wp + 4];
  v_acc4_3 = bpk[v_wp + 4];
  v_acc4_4 = bpk[v_wp + 4];
  v_acc4_5 = bpk[v_wp + 4];
  v_acc4_6 = bpk[v_wp + 4];
  v_acc5_0 = bpk[v_wp + 5];
  v_acc5_1 = bpk[v_wp + 5];
  v_acc5_2 = bpk[v_wp + 5];
  v_acc5_3 = bpk[v_wp + 5];
  v_acc5_4 = bpk[v_wp + 5];
  v_acc5_5 = bpk[v_wp + 5];
  v_acc5_6 = bpk[v_wp + 5];
  for (var v_rc: i32 = 0; v_rc < 1; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 5; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 5; v_tb++) {
        v_xq = v_xp + v_rc * 1024 + v_ta * 32 + v_tb;
        v_wq = v_wp + v_rc * 6 + v_ta * 30 + v_tb * 6;
        v_x0 = xpad[v_xq];
        v_x1 = xpad[v_xq + 1];
        v_x2 = xpad[v_xq + 2];
        v_x3 = xpad[v_xq + 3];
        v_x4 = xpad[v_xq + 4];
        v_x5 = xpad[v_xq + 5];
        v_x6 = xpad[v_xq + 6];
        v_w0 = wpk[v_wq];
        v_w1 = wpk[v_wq + 1];
        v_w2 = wpk[v_wq + 2];
        v_w3 = wpk[v_wq + 3];
        v_w4 = wpk[v_wq + 4];
        v_w5 = wpk[v_wq + 5];
        v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
        v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
        v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
        v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
        v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
        v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
        v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
        v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
        v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
        v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
        v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
        v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
        v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
        v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
        v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
        v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
        v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
        v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
        v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
        v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
        v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
        v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
        v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
        v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
        v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
        v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
        v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
        v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
        v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
        v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
        v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
        v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
      }
    }
  }
  v_op = v_n * 4704 + v_i * 28 + v_ut * 7 + v_ct * 4704;
  y[v_op] = tanh(v_acc0_0);
  y[v_op + 1] = tanh(v_acc0_1);
  y[v_op + 2] = tanh(v_acc0_2);
  y[v_op + 3] = tanh(v_acc0_3);
  y[v_op + 4] = tanh(v_acc0_4);
  y[v_op + 5] = tanh(v_acc0_5);
  y[v_op + 6] = tanh(v_acc0_6);
  y[v_op + 784] = tanh(v_acc1_0);
  y[v_op + 785] = tanh(v_acc1_1);
  y[v_op + 786] = tanh(v_acc1_2);
  y[v_op + 787] = tanh(v_acc1_3);
  y[v_op + 788] = tanh(v_acc1_4);
  y[v_op + 789] = tanh(v_acc1_5);
  y[v_op + 790] = tanh(v_acc1_6);
  y[v_op + 1568] = tanh(v_acc2_0);
  y[v_op + 1569] = tanh(v_acc2_1);
  y[v_op + 1570] = tanh(v_acc2_2);
  y[v_op + 1571] = tanh(v_acc2_3);
  y[v_op + 1572] = tanh(v_acc2_4);
  y[v_op + 1573] = tanh(v_acc2_5);
  y[v_op + 1574] = tanh(v_acc2_6);
  y[v_op + 2352] = tanh(v_acc3_0);
  y[v_op + 2353] = tanh(v_acc3_1);
  y[v_op + 2354] = tanh(v_acc3_2);
  y[v_op + 2355] = tanh(v_acc3_3);
  y[v_op + 2356] = tanh(v_acc3_4);
  y[v_op + 2357] = tanh(v_acc3_5);
  y[v_op + 2358] = tanh(v_acc3_6);
  y[v_op + 3136] = tanh(v_acc4_0);
  y[v_op + 3137] = tanh(v_acc4_1);
  y[v_op + 3138] = tanh(v_acc4_2);
  y[v_op + 3139] = tanh(v_acc4_3);
  y[v_op + 3140] = tanh(v_acc4_4);
  y[v_op + 3141] = tanh(v_acc4_5);
  y[v_op + 3142] = tanh(v_acc4_6);
  y[v_op + 3920] = tanh(v_acc5_0);
  y[v_op + 3921] = tanh(v_acc5_1);
  y[v_op + 3922] = tanh(v_acc5_2);
  y[v_op + 3923] = tanh(v_acc5_3);
  y[v_op + 3924] = tanh(v_acc5_4);
  y[v_op + 3925] = tanh(v_acc5_5);
  y[v_op + 3926] = tanh(v_acc5_6);
}
