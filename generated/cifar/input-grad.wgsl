// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: cifar_input_grad (pass input-grad, target webgpu)
// spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":3,"pixels":8,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [32, 3, 3, 3], 864 f32
//   1: dy (input), [8, 32, 32, 32], 262144 f32
//   2: y (input), [8, 32, 32, 32], 262144 f32
//   3: dx (output), [8, 3, 32, 32], 24576 f32
//   4: delta (scratch), [8, 32, 34, 34], 295936 f32
//   5: wpk (scratch), [864], 864 f32
// dispatches, in order:
//   prologue0: 5 x 5 x 256 workgroups of 8 x 8 x 1
//   prologue1: 1 x 4 x 9 workgroups of 3 x 8 x 1
//   main0: 1 x 32 x 1 workgroups of 4 x 8 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> w: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dx: array<f32>;
@group(0) @binding(4) var<storage, read_write> delta: array<f32>;
@group(0) @binding(5) var<storage, read_write> wpk: array<f32>;

// delta = dY * sigma'(Y) into the zero-bordered delta buffer
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 34u || gid.y >= 34u || gid.z >= 256u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 32u);
  let v_sn = i32((gid.z / 32u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 36992 + v_sc * 1156 + v_sy * 34 + v_sx;
  if (u32(v_sy - 1) < 32u && u32(v_sx - 1) < 32u) {
    v_ps = v_sn * 32768 + v_sc * 1024 + v_sy * 32 + v_sx - 33;
    delta[v_pd] = (dy[v_ps] * select(0.0, 1.0, y[v_ps] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): its 9 taps of W; pack w as wpk[g][a][b][c][m], m padded to 3
@compute @workgroup_size(3, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 32u || gid.z >= 9u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 3u);
  let v_wpk_a = i32((gid.z / 3u) % 3u);
  let v_wpk_g = i32((gid.z / 9u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 864 + v_wpk_a * 288 + v_wpk_b * 96 + v_wpk_c * 3 + v_wpk_m;
  if (u32(v_wpk_m) < 3u) {
    v_ps = v_wpk_g * 864 + v_wpk_a * -3 + v_wpk_b * -1 + v_wpk_c * 27 + v_wpk_m * 9 + 8;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// main: grid 4 x 256 x 1
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 256u || gid.z >= 1u) {
    return;
  }
  let v_pt0_0 = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_n = i32(gid.y % 8u);
  let v_t = i32((gid.y / 8u));
  let v_vt0_0 = i32(gid.z);
  var v_ap0_0: i32;
  var v_bp0_0: i32;
  var v_aq0_0: i32;
  var v_bq0_0: i32;
  var v_op0_0: i32;
  var v_acc0_0: f32;
  var v_acc0_1: f32;
  var v_acc0_2: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  var v_b7: f32;
  v_ap0_0 = v_g * 864 + v_vt0_0 * 3;
  v_bp0_0 = v_t * 34 + v_n * 36992 + v_g * 36992 + v_pt0_0 * 8;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc7_0 = 0.0;
  v_acc7_1 = 0.0;
  v_acc7_2 = 0.0;
  for (var v_ra0_0: i32 = 0; v_ra0_0 < 3; v_ra0_0++) {
    for (var v_rb0_0: i32 = 0; v_rb0_0 < 3; v_rb0_0++) {
      v_aq0_0 = v_ap0_0 + v_ra0_0 * 288 + v_rb0_0 * 96;
      v_bq0_0 = v_bp0_0 + v_ra0_0 * 34 + v_rb0_0;
      for (var v_rc0_0: i32 = 0; v_rc0_0 < 32; v_rc0_0++) {
        v_a0 = wpk[v_aq0_0];
        v_a1 = wpk[v_aq0_0 + 1];
        v_a2 = wpk[v_aq0_0 + 2];
        v_b0 = delta[v_bq0_0];
        v_b1 = delta[v_bq0_0 + 1];
        v_b2 = delta[v_bq0_0 + 2];
        v_b3 = delta[v_bq0_0 + 3];
        v_b4 = delta[v_bq0_0 + 4];
        v_b5 = delta[v_bq0_0 + 5];
        v_b6 = delta[v_bq0_0 + 6];
        v_b7 = delta[v_bq0_0 + 7];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc1_1 = (v_acc1_1 + (v_a1 * v_b1));
        v_acc1_2 = (v_acc1_2 + (v_a2 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc2_1 = (v_acc2_1 + (v_a1 * v_b2));
        v_acc2_2 = (v_acc2_2 + (v_a2 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc3_1 = (v_acc3_1 + (v_a1 * v_b3));
        v_acc3_2 = (v_acc3_2 + (v_a2 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
        v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc5_1 = (v_acc5_1 + (v_a1 * v_b5));
        v_acc5_2 = (v_acc5_2 + (v_a2 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc6_1 = (v_acc6_1 + (v_a1 * v_b6));
        v_acc6_2 = (v_acc6_2 + (v_a2 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_acc7_1 = (v_acc7_1 + (v_a1 * v_b7));
        v_acc7_2 = (v_acc7_2 + (v_a2 * v_b7));
        v_aq0_0 = v_aq0_0 + 3;
        v_bq0_0 = v_bq0_0 + 1156;
      }
    }
  }
  v_op0_0 = v_t * 32 + v_n * 3072 + v_g * 3072 + v_vt0_0 * 3072 + v_pt0_0 * 8;
  dx[v_op0_0] = v_acc0_0;
  dx[v_op0_0 + 1024] = v_acc0_1;
  dx[v_op0_0 + 2048] = v_acc0_2;
  dx[v_op0_0 + 1] = v_acc1_0;
  dx[v_op0_0 + 1025] = v_acc1_1;
  dx[v_op0_0 + 2049] = v_acc1_2;
  dx[v_op0_0 + 2] = v_acc2_0;
  dx[v_op0_0 + 1026] = v_acc2_1;
  dx[v_op0_0 + 2050] = v_acc2_2;
  dx[v_op0_0 + 3] = v_acc3_0;
  dx[v_op0_0 + 1027] = v_acc3_1;
  dx[v_op0_0 + 2051] = v_acc3_2;
  dx[v_op0_0 + 4] = v_acc4_0;
  dx[v_op0_0 + 1028] = v_acc4_1;
  dx[v_op0_0 + 2052] = v_acc4_2;
  dx[v_op0_0 + 5] = v_acc5_0;
  dx[v_op0_0 + 1029] = v_acc5_1;
  dx[v_op0_0 + 2053] = v_acc5_2;
  dx[v_op0_0 + 6] = v_acc6_0;
  dx[v_op0_0 + 1030] = v_acc6_1;
  dx[v_op0_0 + 2054] = v_acc6_2;
  dx[v_op0_0 + 7] = v_acc7_0;
  dx[v_op0_0 + 1031] = v_acc7_1;
  dx[v_op0_0 + 2055] = v_acc7_2;
}
