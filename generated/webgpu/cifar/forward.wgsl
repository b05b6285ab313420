// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: cifar_forward (pass forward, target webgpu)
// spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":8,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 3, 32, 32], 24576 f32
//   1: w (input), [32, 3, 3, 3], 864 f32
//   2: b (input), [32], 32 f32
//   3: y (output), [8, 32, 32, 32], 262144 f32
//   4: xpad (scratch), [8, 3, 34, 34], 27751 f32
//   5: wpk (scratch), [3, 3, 3, 32], 864 f32
//   6: bpk (scratch), [32], 32 f32
// dispatches, in order:
//   prologue0: 5 x 5 x 24 workgroups of 8 x 8 x 1
//   prologue1: 4 x 1 x 9 workgroups of 8 x 3 x 1
//   prologue2: 4 x 1 x 1 workgroups of 8 x 1 x 1
//   main0: 1 x 32 x 4 workgroups of 4 x 8 x 1

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
  if (gid.x >= 34u || gid.y >= 34u || gid.z >= 24u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 1156 + v_r * 34 + v_q;
  if (u32(v_r - 1) < 32u && u32(v_q - 1) < 32u) {
    v_ps = v_pl * 1024 + v_r * 32 + v_q - 33;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// W packed as [k][l][ci][co], co padded to 32
@compute @workgroup_size(8, 3, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 3u || gid.z >= 9u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 3u);
  let v_tap0 = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 32 + v_oc + v_tap1 * 96 + v_tap0 * 288;
  if (u32(v_oc) < 32u) {
    v_ps = v_oc * 27 + v_rc * 9 + v_tap1 + v_tap0 * 3;
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

// main: grid 4 x 256 x 4
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 256u || gid.z >= 4u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 32u);
  let v_n = i32((gid.y / 32u));
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
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  var v_w3: f32;
  var v_w4: f32;
  var v_w5: f32;
  var v_w6: f32;
  var v_w7: f32;
  // output channels ct*8.., pixels ut*8.. of row i
  v_xp = v_n * 3468 + v_i * 34 + v_ut * 8;
  v_wp = v_ct * 8;
  v_acc0_0 = bpk[v_wp];
  v_acc0_1 = bpk[v_wp];
  v_acc0_2 = bpk[v_wp];
  v_acc0_3 = bpk[v_wp];
  v_acc0_4 = bpk[v_wp];
  v_acc0_5 = bpk[v_wp];
  v_acc0_6 = bpk[v_wp];
  v_acc0_7 = bpk[v_wp];
  v_acc1_0 = bpk[v_wp + 1];
  v_acc1_1 = bpk[v_wp + 1];
  v_acc1_2 = bpk[v_wp + 1];
  v_acc1_3 = bpk[v_wp + 1];
  v_acc1_4 = bpk[v_wp + 1];
  v_acc1_5 = bpk[v_wp + 1];
  v_acc1_6 = bpk[v_wp + 1];
  v_acc1_7 = bpk[v_wp + 1];
  v_acc2_0 = bpk[v_wp + 2];
  v_acc2_1 = bpk[v_wp + 2];
  v_acc2_2 = bpk[v_wp + 2];
  v_acc2_3 = bpk[v_wp + 2];
  v_acc2_4 = bpk[v_wp + 2];
  v_acc2_5 = bpk[v_wp + 2];
  v_acc2_6 = bpk[v_wp + 2];
  v_acc2_7 = bpk[v_wp + 2];
  v_acc3_0 = bpk[v_wp + 3];
  v_acc3_1 = bpk[v_wp + 3];
  v_acc3_2 = bpk[v_wp + 3];
  v_acc3_3 = bpk[v_wp + 3];
  v_acc3_4 = bpk[v_wp + 3];
  v_acc3_5 = bpk[v_wp + 3];
  v_acc3_6 = bpk[v_wp + 3];
  v_acc3_7 = bpk[v_wp + 3];
  v_acc4_0 = bpk[v_wp + 4];
  v_acc4_1 = bpk[v_wp + 4];
  v_acc4_2 = bpk[v_wp + 4];
  v_acc4_3 = bpk[v_wp + 4];
  v_acc4_4 = bpk[v_wp + 4];
  v_acc4_5 = bpk[v_wp + 4];
  v_acc4_6 = bpk[v_wp + 4];
  v_acc4_7 = bpk[v_wp + 4];
  v_acc5_0 = bpk[v_wp + 5];
  v_acc5_1 = bpk[v_wp + 5];
  v_acc5_2 = bpk[v_wp + 5];
  v_acc5_3 = bpk[v_wp + 5];
  v_acc5_4 = bpk[v_wp + 5];
  v_acc5_5 = bpk[v_wp + 5];
  v_acc5_6 = bpk[v_wp + 5];
  v_acc5_7 = bpk[v_wp + 5];
  v_acc6_0 = bpk[v_wp + 6];
  v_acc6_1 = bpk[v_wp + 6];
  v_acc6_2 = bpk[v_wp + 6];
  v_acc6_3 = bpk[v_wp + 6];
  v_acc6_4 = bpk[v_wp + 6];
  v_acc6_5 = bpk[v_wp + 6];
  v_acc6_6 = bpk[v_wp + 6];
  v_acc6_7 = bpk[v_wp + 6];
  v_acc7_0 = bpk[v_wp + 7];
  v_acc7_1 = bpk[v_wp + 7];
  v_acc7_2 = bpk[v_wp + 7];
  v_acc7_3 = bpk[v_wp + 7];
  v_acc7_4 = bpk[v_wp + 7];
  v_acc7_5 = bpk[v_wp + 7];
  v_acc7_6 = bpk[v_wp + 7];
  v_acc7_7 = bpk[v_wp + 7];
  for (var v_rc: i32 = 0; v_rc < 3; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 3; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 3; v_tb++) {
        v_xq = v_xp + v_rc * 1156 + v_ta * 34 + v_tb;
        v_wq = v_wp + v_rc * 32 + v_ta * 288 + v_tb * 96;
        v_x0 = xpad[v_xq];
        v_x1 = xpad[v_xq + 1];
        v_x2 = xpad[v_xq + 2];
        v_x3 = xpad[v_xq + 3];
        v_x4 = xpad[v_xq + 4];
        v_x5 = xpad[v_xq + 5];
        v_x6 = xpad[v_xq + 6];
        v_x7 = xpad[v_xq + 7];
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
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
        v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
        v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
        v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
        v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
        v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
        v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
        v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
        v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
        v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
        v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
        v_acc3_4 = (v_acc3_4 + (v_x4 * v_w3));
        v_acc3_5 = (v_acc3_5 + (v_x5 * v_w3));
        v_acc3_6 = (v_acc3_6 + (v_x6 * v_w3));
        v_acc3_7 = (v_acc3_7 + (v_x7 * v_w3));
        v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
        v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
        v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
        v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
        v_acc4_4 = (v_acc4_4 + (v_x4 * v_w4));
        v_acc4_5 = (v_acc4_5 + (v_x5 * v_w4));
        v_acc4_6 = (v_acc4_6 + (v_x6 * v_w4));
        v_acc4_7 = (v_acc4_7 + (v_x7 * v_w4));
        v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
        v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
        v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
        v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
        v_acc5_4 = (v_acc5_4 + (v_x4 * v_w5));
        v_acc5_5 = (v_acc5_5 + (v_x5 * v_w5));
        v_acc5_6 = (v_acc5_6 + (v_x6 * v_w5));
        v_acc5_7 = (v_acc5_7 + (v_x7 * v_w5));
        v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
        v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
        v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
        v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
        v_acc6_4 = (v_acc6_4 + (v_x4 * v_w6));
        v_acc6_5 = (v_acc6_5 + (v_x5 * v_w6));
        v_acc6_6 = (v_acc6_6 + (v_x6 * v_w6));
        v_acc6_7 = (v_acc6_7 + (v_x7 * v_w6));
        v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
        v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
        v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
        v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
        v_acc7_4 = (v_acc7_4 + (v_x4 * v_w7));
        v_acc7_5 = (v_acc7_5 + (v_x5 * v_w7));
        v_acc7_6 = (v_acc7_6 + (v_x6 * v_w7));
        v_acc7_7 = (v_acc7_7 + (v_x7 * v_w7));
      }
    }
  }
  v_op = v_n * 32768 + v_i * 32 + v_ut * 8 + v_ct * 8192;
  y[v_op] = max(v_acc0_0, 0.0);
  y[v_op + 1] = max(v_acc0_1, 0.0);
  y[v_op + 2] = max(v_acc0_2, 0.0);
  y[v_op + 3] = max(v_acc0_3, 0.0);
  y[v_op + 4] = max(v_acc0_4, 0.0);
  y[v_op + 5] = max(v_acc0_5, 0.0);
  y[v_op + 6] = max(v_acc0_6, 0.0);
  y[v_op + 7] = max(v_acc0_7, 0.0);
  y[v_op + 1024] = max(v_acc1_0, 0.0);
  y[v_op + 1025] = max(v_acc1_1, 0.0);
  y[v_op + 1026] = max(v_acc1_2, 0.0);
  y[v_op + 1027] = max(v_acc1_3, 0.0);
  y[v_op + 1028] = max(v_acc1_4, 0.0);
  y[v_op + 1029] = max(v_acc1_5, 0.0);
  y[v_op + 1030] = max(v_acc1_6, 0.0);
  y[v_op + 1031] = max(v_acc1_7, 0.0);
  y[v_op + 2048] = max(v_acc2_0, 0.0);
  y[v_op + 2049] = max(v_acc2_1, 0.0);
  y[v_op + 2050] = max(v_acc2_2, 0.0);
  y[v_op + 2051] = max(v_acc2_3, 0.0);
  y[v_op + 2052] = max(v_acc2_4, 0.0);
  y[v_op + 2053] = max(v_acc2_5, 0.0);
  y[v_op + 2054] = max(v_acc2_6, 0.0);
  y[v_op + 2055] = max(v_acc2_7, 0.0);
  y[v_op + 3072] = max(v_acc3_0, 0.0);
  y[v_op + 3073] = max(v_acc3_1, 0.0);
  y[v_op + 3074] = max(v_acc3_2, 0.0);
  y[v_op + 3075] = max(v_acc3_3, 0.0);
  y[v_op + 3076] = max(v_acc3_4, 0.0);
  y[v_op + 3077] = max(v_acc3_5, 0.0);
  y[v_op + 3078] = max(v_acc3_6, 0.0);
  y[v_op + 3079] = max(v_acc3_7, 0.0);
  y[v_op + 4096] = max(v_acc4_0, 0.0);
  y[v_op + 4097] = max(v_acc4_1, 0.0);
  y[v_op + 4098] = max(v_acc4_2, 0.0);
  y[v_op + 4099] = max(v_acc4_3, 0.0);
  y[v_op + 4100] = max(v_acc4_4, 0.0);
  y[v_op + 4101] = max(v_acc4_5, 0.0);
  y[v_op + 4102] = max(v_acc4_6, 0.0);
  y[v_op + 4103] = max(v_acc4_7, 0.0);
  y[v_op + 5120] = max(v_acc5_0, 0.0);
  y[v_op + 5121] = max(v_acc5_1, 0.0);
  y[v_op + 5122] = max(v_acc5_2, 0.0);
  y[v_op + 5123] = max(v_acc5_3, 0.0);
  y[v_op + 5124] = max(v_acc5_4, 0.0);
  y[v_op + 5125] = max(v_acc5_5, 0.0);
  y[v_op + 5126] = max(v_acc5_6, 0.0);
  y[v_op + 5127] = max(v_acc5_7, 0.0);
  y[v_op + 6144] = max(v_acc6_0, 0.0);
  y[v_op + 6145] = max(v_acc6_1, 0.0);
  y[v_op + 6146] = max(v_acc6_2, 0.0);
  y[v_op + 6147] = max(v_acc6_3, 0.0);
  y[v_op + 6148] = max(v_acc6_4, 0.0);
  y[v_op + 6149] = max(v_acc6_5, 0.0);
  y[v_op + 6150] = max(v_acc6_6, 0.0);
  y[v_op + 6151] = max(v_acc6_7, 0.0);
  y[v_op + 7168] = max(v_acc7_0, 0.0);
  y[v_op + 7169] = max(v_acc7_1, 0.0);
  y[v_op + 7170] = max(v_acc7_2, 0.0);
  y[v_op + 7171] = max(v_acc7_3, 0.0);
  y[v_op + 7172] = max(v_acc7_4, 0.0);
  y[v_op + 7173] = max(v_acc7_5, 0.0);
  y[v_op + 7174] = max(v_acc7_6, 0.0);
  y[v_op + 7175] = max(v_acc7_7, 0.0);
}
