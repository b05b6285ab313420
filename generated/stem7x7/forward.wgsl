// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_forward (pass forward, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":4,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 3, 224, 224], 150528 f32
//   1: w (input), [64, 3, 7, 7], 9408 f32
//   2: b (input), [64], 64 f32
//   3: y (output), [1, 64, 112, 112], 802816 f32
//   4: xpad (scratch), [1, 3, 230, 230], 158700 f32
//   5: wpk (scratch), [1, 7, 7, 3, 64], 9408 f32
// dispatches, in order:
//   prologue0: 29 x 29 x 3 workgroups of 8 x 8 x 1
//   prologue1: 8 x 1 x 49 workgroups of 8 x 3 x 1
//   main0: 4 x 14 x 8 workgroups of 8 x 8 x 1

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
  if (gid.x >= 230u || gid.y >= 230u || gid.z >= 3u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 3u);
  let v_sn = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 158700 + v_sc * 52900 + v_sy * 230 + v_sx;
  if (u32(v_sy - 3) < 224u && u32(v_sx - 3) < 224u) {
    v_ps = v_sn * 150528 + v_sc * 50176 + v_sy * 224 + v_sx - 675;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// pack w as wpk[g][k][l][c][m], m padded to 64
@compute @workgroup_size(8, 3, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 3u || gid.z >= 49u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_l = i32(gid.z % 7u);
  let v_wpk_k = i32((gid.z / 7u) % 7u);
  let v_wpk_g = i32((gid.z / 49u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 9408 + v_wpk_k * 1344 + v_wpk_l * 192 + v_wpk_c * 64 + v_wpk_m;
  if (u32(v_wpk_m) < 64u) {
    v_ps = v_wpk_g * 9408 + v_wpk_k * 7 + v_wpk_l + v_wpk_c * 49 + v_wpk_m * 147;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// main: grid 28 x 112 x 8
@compute @workgroup_size(8, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 28u || gid.y >= 112u || gid.z >= 8u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 1u);
  let v_i = i32(gid.y);
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
  v_ap = v_g * 9408 + v_vt * 8;
  v_bp = v_i * 460 + v_n * 158700 + v_g * 158700 + v_pt * 8;
  v_ip = v_g * 64 + v_vt * 8;
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
  for (var v_rc: i32 = 0; v_rc < 3; v_rc++) {
    for (var v_rk: i32 = 0; v_rk < 7; v_rk++) {
      v_aq = v_ap + v_rc * 64 + v_rk * 1344;
      v_bq = v_bp + v_rc * 52900 + v_rk * 230;
      for (var v_rl: i32 = 0; v_rl < 7; v_rl++) {
        v_a0 = wpk[v_aq];
        v_a1 = wpk[v_aq + 1];
        v_a2 = wpk[v_aq + 2];
        v_a3 = wpk[v_aq + 3];
        v_a4 = wpk[v_aq + 4];
        v_a5 = wpk[v_aq + 5];
        v_a6 = wpk[v_aq + 6];
        v_a7 = wpk[v_aq + 7];
        v_b0 = xpad[v_bq];
        v_b1 = xpad[v_bq + 2];
        v_b2 = xpad[v_bq + 4];
        v_b3 = xpad[v_bq + 6];
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
        v_aq = v_aq + 192;
        v_bq = v_bq + 1;
      }
    }
  }
  v_op = v_i * 112 + v_n * 802816 + v_g * 802816 + v_vt * 100352 + v_pt * 4;
  y[v_op] = max(v_acc0_0, 0.0);
  y[v_op + 12544] = max(v_acc0_1, 0.0);
  y[v_op + 25088] = max(v_acc0_2, 0.0);
  y[v_op + 37632] = max(v_acc0_3, 0.0);
  y[v_op + 50176] = max(v_acc0_4, 0.0);
  y[v_op + 62720] = max(v_acc0_5, 0.0);
  y[v_op + 75264] = max(v_acc0_6, 0.0);
  y[v_op + 87808] = max(v_acc0_7, 0.0);
  y[v_op + 1] = max(v_acc1_0, 0.0);
  y[v_op + 12545] = max(v_acc1_1, 0.0);
  y[v_op + 25089] = max(v_acc1_2, 0.0);
  y[v_op + 37633] = max(v_acc1_3, 0.0);
  y[v_op + 50177] = max(v_acc1_4, 0.0);
  y[v_op + 62721] = max(v_acc1_5, 0.0);
  y[v_op + 75265] = max(v_acc1_6, 0.0);
  y[v_op + 87809] = max(v_acc1_7, 0.0);
  y[v_op + 2] = max(v_acc2_0, 0.0);
  y[v_op + 12546] = max(v_acc2_1, 0.0);
  y[v_op + 25090] = max(v_acc2_2, 0.0);
  y[v_op + 37634] = max(v_acc2_3, 0.0);
  y[v_op + 50178] = max(v_acc2_4, 0.0);
  y[v_op + 62722] = max(v_acc2_5, 0.0);
  y[v_op + 75266] = max(v_acc2_6, 0.0);
  y[v_op + 87810] = max(v_acc2_7, 0.0);
  y[v_op + 3] = max(v_acc3_0, 0.0);
  y[v_op + 12547] = max(v_acc3_1, 0.0);
  y[v_op + 25091] = max(v_acc3_2, 0.0);
  y[v_op + 37635] = max(v_acc3_3, 0.0);
  y[v_op + 50179] = max(v_acc3_4, 0.0);
  y[v_op + 62723] = max(v_acc3_5, 0.0);
  y[v_op + 75267] = max(v_acc3_6, 0.0);
  y[v_op + 87811] = max(v_acc3_7, 0.0);
}
