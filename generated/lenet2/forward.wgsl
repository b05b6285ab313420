// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_forward (pass forward, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":10,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 6, 14, 14], 9408 f32
//   1: w (input), [16, 6, 5, 5], 2400 f32
//   2: b (input), [16], 16 f32
//   3: y (output), [8, 16, 10, 10], 12800 f32
//   4: xpad (scratch), [8, 6, 14, 14], 9408 f32
//   5: wpk (scratch), [1, 5, 5, 6, 16], 2400 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 48 workgroups of 8 x 8 x 1
//   prologue1: 2 x 1 x 25 workgroups of 8 x 6 x 1
//   main0: 1 x 10 x 2 workgroups of 1 x 8 x 1

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
  if (gid.x >= 14u || gid.y >= 14u || gid.z >= 48u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 6u);
  let v_sn = i32((gid.z / 6u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 1176 + v_sc * 196 + v_sy * 14 + v_sx;
  if (u32(v_sy) < 14u && u32(v_sx) < 14u) {
    v_ps = v_sn * 1176 + v_sc * 196 + v_sy * 14 + v_sx;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// pack w as wpk[g][k][l][c][m], m padded to 16
@compute @workgroup_size(8, 6, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 6u || gid.z >= 25u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_l = i32(gid.z % 5u);
  let v_wpk_k = i32((gid.z / 5u) % 5u);
  let v_wpk_g = i32((gid.z / 25u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 2400 + v_wpk_k * 480 + v_wpk_l * 96 + v_wpk_c * 16 + v_wpk_m;
  if (u32(v_wpk_m) < 16u) {
    v_ps = v_wpk_g * 2400 + v_wpk_k * 5 + v_wpk_l + v_wpk_c * 25 + v_wpk_m * 150;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// main: grid 1 x 80 x 2
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 80u || gid.z >= 2u) {
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
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc1_7: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc2_7: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc3_4: f32;
  var v_acc3_5: f32;
  var v_acc3_6: f32;
  var v_acc3_7: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc4_4: f32;
  var v_acc4_5: f32;
  var v_acc4_6: f32;
  var v_acc4_7: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc5_4: f32;
  var v_acc5_5: f32;
  var v_acc5_6: f32;
  var v_acc5_7: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc6_4: f32;
  var v_acc6_5: f32;
  var v_acc6_6: f32;
  var v_acc6_7: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  var v_acc7_3: f32;
  var v_acc7_4: f32;
  var v_acc7_5: f32;
  var v_acc7_6: f32;
  var v_acc7_7: f32;
  var v_acc8_0: f32;
  var v_acc8_1: f32;
  var v_acc8_2: f32;
  var v_acc8_3: f32;
  var v_acc8_4: f32;
  var v_acc8_5: f32;
  var v_acc8_6: f32;
  var v_acc8_7: f32;
  var v_acc9_0: f32;
  var v_acc9_1: f32;
  var v_acc9_2: f32;
  var v_acc9_3: f32;
  var v_acc9_4: f32;
  var v_acc9_5: f32;
  var v_acc9_6: f32;
  var v_acc9_7: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_a3: f32;
  var v_a4: f32;
  var v_a5: f32;
  var v_a6: f32;
  var v_a7: f32;
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
  v_ap = v_g * 2400 + v_vt * 8;
  v_bp = v_i * 14 + v_n * 1176 + v_g * 1176 + v_pt * 10;
  v_ip = v_g * 16 + v_vt * 8;
  v_acc0_0 = b[v_ip];
  v_acc0_1 = b[v_ip + 1];
  v_acc0_2 = b[v_ip + 2];
  v_acc0_3 = b[v_ip + 3];
  v_acc0_4 = b[v_ip + 4];
  v_acc0_5 = b[v_ip + 5];
  v_acc0_6 = b[v_ip + 6];
  v_acc0_7 = b[v_ip + 7];
  v_acc1_0 = b[v_ip];
  v_acc1_1 = b[v_ip + 1];
  v_acc1_2 = b[v_ip + 2];
  v_acc1_3 = b[v_ip + 3];
  v_acc1_4 = b[v_ip + 4];
  v_acc1_5 = b[v_ip + 5];
  v_acc1_6 = b[v_ip + 6];
  v_acc1_7 = b[v_ip + 7];
  v_acc2_0 = b[v_ip];
  v_acc2_1 = b[v_ip + 1];
  v_acc2_2 = b[v_ip + 2];
  v_acc2_3 = b[v_ip + 3];
  v_acc2_4 = b[v_ip + 4];
  v_acc2_5 = b[v_ip + 5];
  v_acc2_6 = b[v_ip + 6];
  v_acc2_7 = b[v_ip + 7];
  v_acc3_0 = b[v_ip];
  v_acc3_1 = b[v_ip + 1];
  v_acc3_2 = b[v_ip + 2];
  v_acc3_3 = b[v_ip + 3];
  v_acc3_4 = b[v_ip + 4];
  v_acc3_5 = b[v_ip + 5];
  v_acc3_6 = b[v_ip + 6];
  v_acc3_7 = b[v_ip + 7];
  v_acc4_0 = b[v_ip];
  v_acc4_1 = b[v_ip + 1];
  v_acc4_2 = b[v_ip + 2];
  v_acc4_3 = b[v_ip + 3];
  v_acc4_4 = b[v_ip + 4];
  v_acc4_5 = b[v_ip + 5];
  v_acc4_6 = b[v_ip + 6];
  v_acc4_7 = b[v_ip + 7];
  v_acc5_0 = b[v_ip];
  v_acc5_1 = b[v_ip + 1];
  v_acc5_2 = b[v_ip + 2];
  v_acc5_3 = b[v_ip + 3];
  v_acc5_4 = b[v_ip + 4];
  v_acc5_5 = b[v_ip + 5];
  v_acc5_6 = b[v_ip + 6];
  v_acc5_7 = b[v_ip + 7];
  v_acc6_0 = b[v_ip];
  v_acc6_1 = b[v_ip + 1];
  v_acc6_2 = b[v_ip + 2];
  v_acc6_3 = b[v_ip + 3];
  v_acc6_4 = b[v_ip + 4];
  v_acc6_5 = b[v_ip + 5];
  v_acc6_6 = b[v_ip + 6];
  v_acc6_7 = b[v_ip + 7];
  v_acc7_0 = b[v_ip];
  v_acc7_1 = b[v_ip + 1];
  v_acc7_2 = b[v_ip + 2];
  v_acc7_3 = b[v_ip + 3];
  v_acc7_4 = b[v_ip + 4];
  v_acc7_5 = b[v_ip + 5];
  v_acc7_6 = b[v_ip + 6];
  v_acc7_7 = b[v_ip + 7];
  v_acc8_0 = b[v_ip];
  v_acc8_1 = b[v_ip + 1];
  v_acc8_2 = b[v_ip + 2];
  v_acc8_3 = b[v_ip + 3];
  v_acc8_4 = b[v_ip + 4];
  v_acc8_5 = b[v_ip + 5];
  v_acc8_6 = b[v_ip + 6];
  v_acc8_7 = b[v_ip + 7];
  v_acc9_0 = b[v_ip];
  v_acc9_1 = b[v_ip + 1];
  v_acc9_2 = b[v_ip + 2];
  v_acc9_3 = b[v_ip + 3];
  v_acc9_4 = b[v_ip + 4];
  v_acc9_5 = b[v_ip + 5];
  v_acc9_6 = b[v_ip + 6];
  v_acc9_7 = b[v_ip + 7];
  for (var v_rc: i32 = 0; v_rc < 6; v_rc++) {
    for (var v_rk: i32 = 0; v_rk < 5; v_rk++) {
      v_aq = v_ap + v_rc * 16 + v_rk * 480;
      v_bq = v_bp + v_rc * 196 + v_rk * 14;
      for (var v_rl: i32 = 0; v_rl < 5; v_rl++) {
        v_a0 = wpk[v_aq];
        v_a1 = wpk[v_aq + 1];
        v_a2 = wpk[v_aq + 2];
        v_a3 = wpk[v_aq + 3];
        v_a4 = wpk[v_aq + 4];
        v_a5 = wpk[v_aq + 5];
        v_a6 = wpk[v_aq + 6];
        v_a7 = wpk[v_aq + 7];
        v_b0 = xpad[v_bq];
        v_b1 = xpad[v_bq + 1];
        v_b2 = xpad[v_bq + 2];
        v_b3 = xpad[v_bq + 3];
        v_b4 = xpad[v_bq + 4];
        v_b5 = xpad[v_bq + 5];
        v_b6 = xpad[v_bq + 6];
        v_b7 = xpad[v_bq + 7];
        v_b8 = xpad[v_bq + 8];
        v_b9 = xpad[v_bq + 9];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc0_3 = (v_acc0_3 + (v_a3 * v_b0));
        v_acc0_4 = (v_acc0_4 + (v_a4 * v_b0));
        v_acc0_5 = (v_acc0_5 + (v_a5 * v_b0));
        v_acc0_6 = (v_acc0_6 + (v_a6 * v_b0));
        v_acc0_7 = (v_acc0_7 + (v_a7 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
        v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
        v_acc1_3 = (v_acc1_3 + (v_a3 * v_b1));
        v_acc1_4 = (v_acc1_4 + (v_a4 * v_b1));
        v_acc1_5 = (v_acc1_5 + (v_a5 * v_b1));
        v_acc1_6 = (v_acc1_6 + (v_a6 * v_b1));
        v_acc1_7 = (v_acc1_7 + (v_a7 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
        v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
        v_acc2_3 = (v_acc2_3 + (v_a3 * v_b2));
        v_acc2_4 = (v_acc2_4 + (v_a4 * v_b2));
        v_acc2_5 = (v_acc2_5 + (v_a5 * v_b2));
        v_acc2_6 = (v_acc2_6 + (v_a6 * v_b2));
        v_acc2_7 = (v_acc2_7 + (v_a7 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
        v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
        v_acc3_3 = (v_acc3_3 + (v_a3 * v_b3));
        v_acc3_4 = (v_acc3_4 + (v_a4 * v_b3));
        v_acc3_5 = (v_acc3_5 + (v_a5 * v_b3));
        v_acc3_6 = (v_acc3_6 + (v_a6 * v_b3));
        v_acc3_7 = (v_acc3_7 + (v_a7 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
        v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
        v_acc4_3 = (v_acc4_3 + (v_a3 * v_b4));
        v_acc4_4 = (v_acc4_4 + (v_a4 * v_b4));
        v_acc4_5 = (v_acc4_5 + (v_a5 * v_b4));
        v_acc4_6 = (v_acc4_6 + (v_a6 * v_b4));
        v_acc4_7 = (v_acc4_7 + (v_a7 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
        v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
        v_acc5_3 = (v_acc5_3 + (v_a3 * v_b5));
        v_acc5_4 = (v_acc5_4 + (v_a4 * v_b5));
        v_acc5_5 = (v_acc5_5 + (v_a5 * v_b5));
        v_acc5_6 = (v_acc5_6 + (v_a6 * v_b5));
        v_acc5_7 = (v_acc5_7 + (v_a7 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
        v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
        v_acc6_3 = (v_acc6_3 + (v_a3 * v_b6));
        v_acc6_4 = (v_acc6_4 + (v_a4 * v_b6));
        v_acc6_5 = (v_acc6_5 + (v_a5 * v_b6));
        v_acc6_6 = (v_acc6_6 + (v_a6 * v_b6));
        v_acc6_7 = (v_acc6_7 + (v_a7 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_acc7_1 = (v_acc7_1 + (v_a1 * v_b7));
        v_acc7_2 = (v_acc7_2 + (v_a2 * v_b7));
        v_acc7_3 = (v_acc7_3 + (v_a3 * v_b7));
        v_acc7_4 = (v_acc7_4 + (v_a4 * v_b7));
        v_acc7_5 = (v_acc7_5 + (v_a5 * v_b7));
        v_acc7_6 = (v_acc7_6 + (v_a6 * v_b7));
        v_acc7_7 = (v_acc7_7 + (v_a7 * v_b7));
        v_acc8_0 = (v_acc8_0 + (v_a0 * v_b8));
        v_acc8_1 = (v_acc8_1 + (v_a1 * v_b8));
        v_acc8_2 = (v_acc8_2 + (v_a2 * v_b8));
        v_acc8_3 = (v_acc8_3 + (v_a3 * v_b8));
        v_acc8_4 = (v_acc8_4 + (v_a4 * v_b8));
        v_acc8_5 = (v_acc8_5 + (v_a5 * v_b8));
        v_acc8_6 = (v_acc8_6 + (v_a6 * v_b8));
        v_acc8_7 = (v_acc8_7 + (v_a7 * v_b8));
        v_acc9_0 = (v_acc9_0 + (v_a0 * v_b9));
        v_acc9_1 = (v_acc9_1 + (v_a1 * v_b9));
        v_acc9_2 = (v_acc9_2 + (v_a2 * v_b9));
        v_acc9_3 = (v_acc9_3 + (v_a3 * v_b9));
        v_acc9_4 = (v_acc9_4 + (v_a4 * v_b9));
        v_acc9_5 = (v_acc9_5 + (v_a5 * v_b9));
        v_acc9_6 = (v_acc9_6 + (v_a6 * v_b9));
        v_acc9_7 = (v_acc9_7 + (v_a7 * v_b9));
        v_aq = v_aq + 96;
        v_bq = v_bq + 1;
      }
    }
  }
  v_op = v_i * 10 + v_n * 1600 + v_g * 1600 + v_vt * 800 + v_pt * 10;
  y[v_op] = tanh(v_acc0_0);
  y[v_op + 100] = tanh(v_acc0_1);
  y[v_op + 200] = tanh(v_acc0_2);
  y[v_op + 300] = tanh(v_acc0_3);
  y[v_op + 400] = tanh(v_acc0_4);
  y[v_op + 500] = tanh(v_acc0_5);
  y[v_op + 600] = tanh(v_acc0_6);
  y[v_op + 700] = tanh(v_acc0_7);
  y[v_op + 1] = tanh(v_acc1_0);
  y[v_op + 101] = tanh(v_acc1_1);
  y[v_op + 201] = tanh(v_acc1_2);
  y[v_op + 301] = tanh(v_acc1_3);
  y[v_op + 401] = tanh(v_acc1_4);
  y[v_op + 501] = tanh(v_acc1_5);
  y[v_op + 601] = tanh(v_acc1_6);
  y[v_op + 701] = tanh(v_acc1_7);
  y[v_op + 2] = tanh(v_acc2_0);
  y[v_op + 102] = tanh(v_acc2_1);
  y[v_op + 202] = tanh(v_acc2_2);
  y[v_op + 302] = tanh(v_acc2_3);
  y[v_op + 402] = tanh(v_acc2_4);
  y[v_op + 502] = tanh(v_acc2_5);
  y[v_op + 602] = tanh(v_acc2_6);
  y[v_op + 702] = tanh(v_acc2_7);
  y[v_op + 3] = tanh(v_acc3_0);
  y[v_op + 103] = tanh(v_acc3_1);
  y[v_op + 203] = tanh(v_acc3_2);
  y[v_op + 303] = tanh(v_acc3_3);
  y[v_op + 403] = tanh(v_acc3_4);
  y[v_op + 503] = tanh(v_acc3_5);
  y[v_op + 603] = tanh(v_acc3_6);
  y[v_op + 703] = tanh(v_acc3_7);
  y[v_op + 4] = tanh(v_acc4_0);
  y[v_op + 104] = tanh(v_acc4_1);
  y[v_op + 204] = tanh(v_acc4_2);
  y[v_op + 304] = tanh(v_acc4_3);
  y[v_op + 404] = tanh(v_acc4_4);
  y[v_op + 504] = tanh(v_acc4_5);
  y[v_op + 604] = tanh(v_acc4_6);
  y[v_op + 704] = tanh(v_acc4_7);
  y[v_op + 5] = tanh(v_acc5_0);
  y[v_op + 105] = tanh(v_acc5_1);
  y[v_op + 205] = tanh(v_acc5_2);
  y[v_op + 305] = tanh(v_acc5_3);
  y[v_op + 405] = tanh(v_acc5_4);
  y[v_op + 505] = tanh(v_acc5_5);
  y[v_op + 605] = tanh(v_acc5_6);
  y[v_op + 705] = tanh(v_acc5_7);
  y[v_op + 6] = tanh(v_acc6_0);
  y[v_op + 106] = tanh(v_acc6_1);
  y[v_op + 206] = tanh(v_acc6_2);
  y[v_op + 306] = tanh(v_acc6_3);
  y[v_op + 406] = tanh(v_acc6_4);
  y[v_op + 506] = tanh(v_acc6_5);
  y[v_op + 606] = tanh(v_acc6_6);
  y[v_op + 706] = tanh(v_acc6_7);
  y[v_op + 7] = tanh(v_acc7_0);
  y[v_op + 107] = tanh(v_acc7_1);
  y[v_op + 207] = tanh(v_acc7_2);
  y[v_op + 307] = tanh(v_acc7_3);
  y[v_op + 407] = tanh(v_acc7_4);
  y[v_op + 507] = tanh(v_acc7_5);
  y[v_op + 607] = tanh(v_acc7_6);
  y[v_op + 707] = tanh(v_acc7_7);
  y[v_op + 8] = tanh(v_acc8_0);
  y[v_op + 108] = tanh(v_acc8_1);
  y[v_op + 208] = tanh(v_acc8_2);
  y[v_op + 308] = tanh(v_acc8_3);
  y[v_op + 408] = tanh(v_acc8_4);
  y[v_op + 508] = tanh(v_acc8_5);
  y[v_op + 608] = tanh(v_acc8_6);
  y[v_op + 708] = tanh(v_acc8_7);
  y[v_op + 9] = tanh(v_acc9_0);
  y[v_op + 109] = tanh(v_acc9_1);
  y[v_op + 209] = tanh(v_acc9_2);
  y[v_op + 309] = tanh(v_acc9_3);
  y[v_op + 409] = tanh(v_acc9_4);
  y[v_op + 509] = tanh(v_acc9_5);
  y[v_op + 609] = tanh(v_acc9_6);
  y[v_op + 709] = tanh(v_acc9_7);
}
