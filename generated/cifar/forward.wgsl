// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: cifar_forward (pass forward, target webgpu)
// spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":8,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 3, 32, 32], 24576 f32
//   1: w (input), [32, 3, 3, 3], 864 f32
//   2: b (input), [32], 32 f32
//   3: y (output), [8, 32, 32, 32], 262144 f32
//   4: xpad (scratch), [8, 3, 34, 34], 27744 f32
//   5: wpk (scratch), [1, 3, 3, 3, 32], 864 f32
// dispatches, in order:
//   prologue0: 5 x 5 x 24 workgroups of 8 x 8 x 1
//   prologue1: 4 x 1 x 9 workgroups of 8 x 3 x 1
//   main0: 1 x 32 x 4 workgroups of 4 x 8 x 1

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
  if (gid.x >= 34u || gid.y >= 34u || gid.z >= 24u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 3u);
  let v_sn = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 3468 + v_sc * 1156 + v_sy * 34 + v_sx;
  if (u32(v_sy - 1) < 32u && u32(v_sx - 1) < 32u) {
    v_ps = v_sn * 3072 + v_sc * 1024 + v_sy * 32 + v_sx - 33;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// pack w as wpk[g][k][l][c][m], m padded to 32
@compute @workgroup_size(8, 3, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 3u || gid.z >= 9u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_l = i32(gid.z % 3u);
  let v_wpk_k = i32((gid.z / 3u) % 3u);
  let v_wpk_g = i32((gid.z / 9u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 864 + v_wpk_k * 288 + v_wpk_l * 96 + v_wpk_c * 32 + v_wpk_m;
  if (u32(v_wpk_m) < 32u) {
    v_ps = v_wpk_g * 864 + v_wpk_k * 3 + v_wpk_l + v_wpk_c * 9 + v_wpk_m * 27;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// main: grid 4 x 256 x 4
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 256u || gid.z >= 4u) {
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
  v_ap = v_g * 864 + v_vt * 8;
  v_bp = v_i * 34 + v_n * 3468 + v_g * 3468 + v_pt * 8;
  v_ip = v_g * 32 + v_vt * 8;
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
  for (var v_rc: i32 = 0; v_rc < 3; v_rc++) {
    for (var v_rk: i32 = 0; v_rk < 3; v_rk++) {
      v_aq = v_ap + v_rc * 32 + v_rk * 288;
      v_bq = v_bp + v_rc * 1156 + v_rk * 34;
      for (var v_rl: i32 = 0; v_rl < 3; v_rl++) {
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
        v_aq = v_aq + 96;
        v_bq = v_bq + 1;
      }
    }
  }
  v_op = v_i * 32 + v_n * 32768 + v_g * 32768 + v_vt * 8192 + v_pt * 8;
  y[v_op] = max(v_acc0_0, 0.0);
  y[v_op + 1024] = max(v_acc0_1, 0.0);
  y[v_op + 2048] = max(v_acc0_2, 0.0);
  y[v_op + 3072] = max(v_acc0_3, 0.0);
  y[v_op + 4096] = max(v_acc0_4, 0.0);
  y[v_op + 5120] = max(v_acc0_5, 0.0);
  y[v_op + 6144] = max(v_acc0_6, 0.0);
  y[v_op + 7168] = max(v_acc0_7, 0.0);
  y[v_op + 1] = max(v_acc1_0, 0.0);
  y[v_op + 1025] = max(v_acc1_1, 0.0);
  y[v_op + 2049] = max(v_acc1_2, 0.0);
  y[v_op + 3073] = max(v_acc1_3, 0.0);
  y[v_op + 4097] = max(v_acc1_4, 0.0);
  y[v_op + 5121] = max(v_acc1_5, 0.0);
  y[v_op + 6145] = max(v_acc1_6, 0.0);
  y[v_op + 7169] = max(v_acc1_7, 0.0);
  y[v_op + 2] = max(v_acc2_0, 0.0);
  y[v_op + 1026] = max(v_acc2_1, 0.0);
  y[v_op + 2050] = max(v_acc2_2, 0.0);
  y[v_op + 3074] = max(v_acc2_3, 0.0);
  y[v_op + 4098] = max(v_acc2_4, 0.0);
  y[v_op + 5122] = max(v_acc2_5, 0.0);
  y[v_op + 6146] = max(v_acc2_6, 0.0);
  y[v_op + 7170] = max(v_acc2_7, 0.0);
  y[v_op + 3] = max(v_acc3_0, 0.0);
  y[v_op + 1027] = max(v_acc3_1, 0.0);
  y[v_op + 2051] = max(v_acc3_2, 0.0);
  y[v_op + 3075] = max(v_acc3_3, 0.0);
  y[v_op + 4099] = max(v_acc3_4, 0.0);
  y[v_op + 5123] = max(v_acc3_5, 0.0);
  y[v_op + 6147] = max(v_acc3_6, 0.0);
  y[v_op + 7171] = max(v_acc3_7, 0.0);
  y[v_op + 4] = max(v_acc4_0, 0.0);
  y[v_op + 1028] = max(v_acc4_1, 0.0);
  y[v_op + 2052] = max(v_acc4_2, 0.0);
  y[v_op + 3076] = max(v_acc4_3, 0.0);
  y[v_op + 4100] = max(v_acc4_4, 0.0);
  y[v_op + 5124] = max(v_acc4_5, 0.0);
  y[v_op + 6148] = max(v_acc4_6, 0.0);
  y[v_op + 7172] = max(v_acc4_7, 0.0);
  y[v_op + 5] = max(v_acc5_0, 0.0);
  y[v_op + 1029] = max(v_acc5_1, 0.0);
  y[v_op + 2053] = max(v_acc5_2, 0.0);
  y[v_op + 3077] = max(v_acc5_3, 0.0);
  y[v_op + 4101] = max(v_acc5_4, 0.0);
  y[v_op + 5125] = max(v_acc5_5, 0.0);
  y[v_op + 6149] = max(v_acc5_6, 0.0);
  y[v_op + 7173] = max(v_acc5_7, 0.0);
  y[v_op + 6] = max(v_acc6_0, 0.0);
  y[v_op + 1030] = max(v_acc6_1, 0.0);
  y[v_op + 2054] = max(v_acc6_2, 0.0);
  y[v_op + 3078] = max(v_acc6_3, 0.0);
  y[v_op + 4102] = max(v_acc6_4, 0.0);
  y[v_op + 5126] = max(v_acc6_5, 0.0);
  y[v_op + 6150] = max(v_acc6_6, 0.0);
  y[v_op + 7174] = max(v_acc6_7, 0.0);
  y[v_op + 7] = max(v_acc7_0, 0.0);
  y[v_op + 1031] = max(v_acc7_1, 0.0);
  y[v_op + 2055] = max(v_acc7_2, 0.0);
  y[v_op + 3079] = max(v_acc7_3, 0.0);
  y[v_op + 4103] = max(v_acc7_4, 0.0);
  y[v_op + 5127] = max(v_acc7_5, 0.0);
  y[v_op + 6151] = max(v_acc7_6, 0.0);
  y[v_op + 7175] = max(v_acc7_7, 0.0);
}
