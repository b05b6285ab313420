// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet1_forward (pass forward, target webgpu)
// spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":6,"pixels":7,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 1, 32, 32], 8192 f32
//   1: w (input), [6, 1, 5, 5], 150 f32
//   2: b (input), [6], 6 f32
//   3: y (output), [8, 6, 28, 28], 37632 f32
//   4: xpad (scratch), [8, 1, 32, 32], 8192 f32
//   5: wpk (scratch), [1, 5, 5, 1, 6], 150 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 8 workgroups of 8 x 8 x 1
//   prologue1: 1 x 1 x 25 workgroups of 6 x 1 x 1
//   main0: 1 x 28 x 1 workgroups of 4 x 8 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> w: array<f32>;
@group(0) @binding(2) var<storage, read> b: array<f32>;
@group(0) @binding(3) var<storage, read_write> y: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> wpk: array<f32>;

// X into the zero-bordered xpad
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 32u || gid.z >= 8u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 1u);
  let v_sn = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 1024 + v_sc * 1024 + v_sy * 32 + v_sx;
  if (u32(v_sy) < 32u && u32(v_sx) < 32u) {
    v_ps = v_sn * 1024 + v_sc * 1024 + v_sy * 32 + v_sx;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// pack w as wpk[g][k][l][c][m], m padded to 6
@compute @workgroup_size(6, 1, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 1u || gid.z >= 25u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_l = i32(gid.z % 5u);
  let v_wpk_k = i32((gid.z / 5u) % 5u);
  let v_wpk_g = i32((gid.z / 25u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 150 + v_wpk_k * 30 + v_wpk_l * 6 + v_wpk_c * 6 + v_wpk_m;
  if (u32(v_wpk_m) < 6u) {
    v_ps = v_wpk_g * 150 + v_wpk_k * 5 + v_wpk_l + v_wpk_c * 25 + v_wpk_m * 25;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// main: grid 4 x 224 x 1
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 224u || gid.z >= 1u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 8u);
  let v_i = i32((gid.y / 8u));
  let v_vt = i32(gid.z);
  var v_ap: i32;
  var v_bp: i32;
  var v_aq: i32;
  var v_bq: i32;
  var v_ip: i32;
  var v_op: i32;
  var v_acc0_0: f32;
  var v_acc0_1: f32;
  var v_acc0_2: f32;
  var v_acc0_3: f32;
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc3_4: f32;
  var v_acc3_5: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc4_4: f32;
  var v_acc4_5: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc5_4: f32;
  var v_acc5_5: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc6_4: f32;
  var v_acc6_5: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_a3: f32;
  var v_a4: f32;
  var v_a5: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  v_ap = v_g * 150 + v_vt * 6;
  v_bp = v_i * 32 + v_n * 1024 + v_g * 1024 + v_pt * 7;
  v_ip = v_g * 6 + v_vt * 6;
  v_acc0_0 = b[v_ip];
  v_acc0_1 = b[v_ip + 1];
  v_acc0_2 = b[v_ip + 2];
  v_acc0_3 = b[v_ip + 3];
  v_acc0_4 = b[v_ip + 4];
  v_acc0_5 = b[v_ip + 5];
  v_acc1_0 = b[v_ip];
  v_acc1_1 = b[v_ip + 1];
  v_acc1_2 = b[v_ip + 2];
  v_acc1_3 = b[v_ip + 3];
  v_acc1_4 = b[v_ip + 4];
  v_acc1_5 = b[v_ip + 5];
  v_acc2_0 = b[v_ip];
  v_acc2_1 = b[v_ip + 1];
  v_acc2_2 = b[v_ip + 2];
  v_acc2_3 = b[v_ip + 3];
  v_acc2_4 = b[v_ip + 4];
  v_acc2_5 = b[v_ip + 5];
  v_acc3_0 = b[v_ip];
  v_acc3_1 = b[v_ip + 1];
  v_acc3_2 = b[v_ip + 2];
  v_acc3_3 = b[v_ip + 3];
  v_acc3_4 = b[v_ip + 4];
  v_acc3_5 = b[v_ip + 5];
  v_acc4_0 = b[v_ip];
  v_acc4_1 = b[v_ip + 1];
  v_acc4_2 = b[v_ip + 2];
  v_acc4_3 = b[v_ip + 3];
  v_acc4_4 = b[v_ip + 4];
  v_acc4_5 = b[v_ip + 5];
  v_acc5_0 = b[v_ip];
  v_acc5_1 = b[v_ip + 1];
  v_acc5_2 = b[v_ip + 2];
  v_acc5_3 = b[v_ip + 3];
  v_acc5_4 = b[v_ip + 4];
  v_acc5_5 = b[v_ip + 5];
  v_acc6_0 = b[v_ip];
  v_acc6_1 = b[v_ip + 1];
  v_acc6_2 = b[v_ip + 2];
  v_acc6_3 = b[v_ip + 3];
  v_acc6_4 = b[v_ip + 4];
  v_acc6_5 = b[v_ip + 5];
  for (var v_rk: i32 = 0; v_rk < 5; v_rk++) {
    v_aq = v_ap + v_rk * 30;
    v_bq = v_bp + v_rk * 32;
    for (var v_rl: i32 = 0; v_rl < 5; v_rl++) {
      v_a0 = wpk[v_aq];
      v_a1 = wpk[v_aq + 1];
      v_a2 = wpk[v_aq + 2];
      v_a3 = wpk[v_aq + 3];
      v_a4 = wpk[v_aq + 4];
      v_a5 = wpk[v_aq + 5];
      v_b0 = xpad[v_bq];
      v_b1 = xpad[v_bq + 1];
      v_b2 = xpad[v_bq + 2];
      v_b3 = xpad[v_bq + 3];
      v_b4 = xpad[v_bq + 4];
      v_b5 = xpad[v_bq + 5];
      v_b6 = xpad[v_bq + 6];
      v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
      v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
      v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
      v_acc0_3 = (v_acc0_3 + (v_a3 * v_b0));
      v_acc0_4 = (v_acc0_4 + (v_a4 * v_b0));
      v_acc0_5 = (v_acc0_5 + (v_a5 * v_b0));
      v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
      v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
      v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
      v_acc1_3 = (v_acc1_3 + (v_a3 * v_b1));
      v_acc1_4 = (v_acc1_4 + (v_a4 * v_b1));
      v_acc1_5 = (v_acc1_5 + (v_a5 * v_b1));
      v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
      v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
      v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
      v_acc2_3 = (v_acc2_3 + (v_a3 * v_b2));
      v_acc2_4 = (v_acc2_4 + (v_a4 * v_b2));
      v_acc2_5 = (v_acc2_5 + (v_a5 * v_b2));
      v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
      v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
      v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
      v_acc3_3 = (v_acc3_3 + (v_a3 * v_b3));
      v_acc3_4 = (v_acc3_4 + (v_a4 * v_b3));
      v_acc3_5 = (v_acc3_5 + (v_a5 * v_b3));
      v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
      v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
      v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
      v_acc4_3 = (v_acc4_3 + (v_a3 * v_b4));
      v_acc4_4 = (v_acc4_4 + (v_a4 * v_b4));
      v_acc4_5 = (v_acc4_5 + (v_a5 * v_b4));
      v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
      v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
      v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
      v_acc5_3 = (v_acc5_3 + (v_a3 * v_b5));
      v_acc5_4 = (v_acc5_4 + (v_a4 * v_b5));
      v_acc5_5 = (v_acc5_5 + (v_a5 * v_b5));
      v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
      v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
      v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
      v_acc6_3 = (v_acc6_3 + (v_a3 * v_b6));
      v_acc6_4 = (v_acc6_4 + (v_a4 * v_b6));
      v_acc6_5 = (v_acc6_5 + (v_a5 * v_b6));
      v_aq = v_aq + 6;
      v_bq = v_bq + 1;
    }
  }
  v_op = v_i * 28 + v_n * 4704 + v_g * 4704 + v_vt * 4704 + v_pt * 7;
  y[v_op] = tanh(v_acc0_0);
  y[v_op + 784] = tanh(v_acc0_1);
  y[v_op + 1568] = tanh(v_acc0_2);
  y[v_op + 2352] = tanh(v_acc0_3);
  y[v_op + 3136] = tanh(v_acc0_4);
  y[v_op + 3920] = tanh(v_acc0_5);
  y[v_op + 1] = tanh(v_acc1_0);
  y[v_op + 785] = tanh(v_acc1_1);
  y[v_op + 1569] = tanh(v_acc1_2);
  y[v_op + 2353] = tanh(v_acc1_3);
  y[v_op + 3137] = tanh(v_acc1_4);
  y[v_op + 3921] = tanh(v_acc1_5);
  y[v_op + 2] = tanh(v_acc2_0);
  y[v_op + 786] = tanh(v_acc2_1);
  y[v_op + 1570] = tanh(v_acc2_2);
  y[v_op + 2354] = tanh(v_acc2_3);
  y[v_op + 3138] = tanh(v_acc2_4);
  y[v_op + 3922] = tanh(v_acc2_5);
  y[v_op + 3] = tanh(v_acc3_0);
  y[v_op + 787] = tanh(v_acc3_1);
  y[v_op + 1571] = tanh(v_acc3_2);
  y[v_op + 2355] = tanh(v_acc3_3);
  y[v_op + 3139] = tanh(v_acc3_4);
  y[v_op + 3923] = tanh(v_acc3_5);
  y[v_op + 4] = tanh(v_acc4_0);
  y[v_op + 788] = tanh(v_acc4_1);
  y[v_op + 1572] = tanh(v_acc4_2);
  y[v_op + 2356] = tanh(v_acc4_3);
  y[v_op + 3140] = tanh(v_acc4_4);
  y[v_op + 3924] = tanh(v_acc4_5);
  y[v_op + 5] = tanh(v_acc5_0);
  y[v_op + 789] = tanh(v_acc5_1);
  y[v_op + 1573] = tanh(v_acc5_2);
  y[v_op + 2357] = tanh(v_acc5_3);
  y[v_op + 3141] = tanh(v_acc5_4);
  y[v_op + 3925] = tanh(v_acc5_5);
  y[v_op + 6] = tanh(v_acc6_0);
  y[v_op + 790] = tanh(v_acc6_1);
  y[v_op + 1574] = tanh(v_acc6_2);
  y[v_op + 2358] = tanh(v_acc6_3);
  y[v_op + 3142] = tanh(v_acc6_4);
  y[v_op + 3926] = tanh(v_acc6_5);
}
