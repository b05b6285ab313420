// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_input_grad (pass input-grad, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":6,"pixels":7,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [16, 6, 5, 5], 2400 f32
//   1: dy (input), [8, 16, 10, 10], 12800 f32
//   2: y (input), [8, 16, 10, 10], 12800 f32
//   3: dx (output), [8, 6, 14, 14], 9408 f32
//   4: delta (scratch), [8, 16, 18, 18], 41472 f32
//   5: wpk (scratch), [2400], 2400 f32
// dispatches, in order:
//   prologue0: 3 x 3 x 128 workgroups of 8 x 8 x 1
//   prologue1: 1 x 2 x 25 workgroups of 6 x 8 x 1
//   main0: 1 x 14 x 1 workgroups of 2 x 8 x 1

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
  if (gid.x >= 18u || gid.y >= 18u || gid.z >= 128u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 16u);
  let v_sn = i32((gid.z / 16u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 5184 + v_sc * 324 + v_sy * 18 + v_sx;
  if (u32(v_sy - 4) < 10u && u32(v_sx - 4) < 10u) {
    v_ps = v_sn * 1600 + v_sc * 100 + v_sy * 10 + v_sx - 44;
    delta[v_pd] = (dy[v_ps] * ((1.0 - y[v_ps]) * (1.0 + y[v_ps])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): its 25 taps of W; pack w as wpk[g][a][b][c][m], m padded to 6
@compute @workgroup_size(6, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 16u || gid.z >= 25u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 5u);
  let v_wpk_a = i32((gid.z / 5u) % 5u);
  let v_wpk_g = i32((gid.z / 25u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 2400 + v_wpk_a * 480 + v_wpk_b * 96 + v_wpk_c * 6 + v_wpk_m;
  if (u32(v_wpk_m) < 6u) {
    v_ps = v_wpk_g * 2400 + v_wpk_a * -5 + v_wpk_b * -1 + v_wpk_c * 150 + v_wpk_m * 25 + 24;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// main: grid 2 x 112 x 1
@compute @workgroup_size(2, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 112u || gid.z >= 1u) {
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
  v_ap0_0 = v_g * 2400 + v_vt0_0 * 6;
  v_bp0_0 = v_t * 18 + v_n * 5184 + v_g * 5184 + v_pt0_0 * 7;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc3_5 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc4_5 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc5_3 = 0.0;
  v_acc5_4 = 0.0;
  v_acc5_5 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc6_3 = 0.0;
  v_acc6_4 = 0.0;
  v_acc6_5 = 0.0;
  for (var v_ra0_0: i32 = 0; v_ra0_0 < 5; v_ra0_0++) {
    for (var v_rb0_0: i32 = 0; v_rb0_0 < 5; v_rb0_0++) {
      v_aq0_0 = v_ap0_0 + v_ra0_0 * 480 + v_rb0_0 * 96;
      v_bq0_0 = v_bp0_0 + v_ra0_0 * 18 + v_rb0_0;
      for (var v_rc0_0: i32 = 0; v_rc0_0 < 16; v_rc0_0++) {
        v_a0 = wpk[v_aq0_0];
        v_a1 = wpk[v_aq0_0 + 1];
        v_a2 = wpk[v_aq0_0 + 2];
        v_a3 = wpk[v_aq0_0 + 3];
        v_a4 = wpk[v_aq0_0 + 4];
        v_a5 = wpk[v_aq0_0 + 5];
        v_b0 = delta[v_bq0_0];
        v_b1 = delta[v_bq0_0 + 1];
        v_b2 = delta[v_bq0_0 + 2];
        v_b3 = delta[v_bq0_0 + 3];
        v_b4 = delta[v_bq0_0 + 4];
        v_b5 = delta[v_bq0_0 + 5];
        v_b6 = delta[v_bq0_0 + 6];
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
        v_aq0_0 = v_aq0_0 + 6;
        v_bq0_0 = v_bq0_0 + 324;
      }
    }
  }
  v_op0_0 = v_t * 14 + v_n * 1176 + v_g * 1176 + v_vt0_0 * 1176 + v_pt0_0 * 7;
  dx[v_op0_0] = v_acc0_0;
  dx[v_op0_0 + 196] = v_acc0_1;
  dx[v_op0_0 + 392] = v_acc0_2;
  dx[v_op0_0 + 588] = v_acc0_3;
  dx[v_op0_0 + 784] = v_acc0_4;
  dx[v_op0_0 + 980] = v_acc0_5;
  dx[v_op0_0 + 1] = v_acc1_0;
  dx[v_op0_0 + 197] = v_acc1_1;
  dx[v_op0_0 + 393] = v_acc1_2;
  dx[v_op0_0 + 589] = v_acc1_3;
  dx[v_op0_0 + 785] = v_acc1_4;
  dx[v_op0_0 + 981] = v_acc1_5;
  dx[v_op0_0 + 2] = v_acc2_0;
  dx[v_op0_0 + 198] = v_acc2_1;
  dx[v_op0_0 + 394] = v_acc2_2;
  dx[v_op0_0 + 590] = v_acc2_3;
  dx[v_op0_0 + 786] = v_acc2_4;
  dx[v_op0_0 + 982] = v_acc2_5;
  dx[v_op0_0 + 3] = v_acc3_0;
  dx[v_op0_0 + 199] = v_acc3_1;
  dx[v_op0_0 + 395] = v_acc3_2;
  dx[v_op0_0 + 591] = v_acc3_3;
  dx[v_op0_0 + 787] = v_acc3_4;
  dx[v_op0_0 + 983] = v_acc3_5;
  dx[v_op0_0 + 4] = v_acc4_0;
  dx[v_op0_0 + 200] = v_acc4_1;
  dx[v_op0_0 + 396] = v_acc4_2;
  dx[v_op0_0 + 592] = v_acc4_3;
  dx[v_op0_0 + 788] = v_acc4_4;
  dx[v_op0_0 + 984] = v_acc4_5;
  dx[v_op0_0 + 5] = v_acc5_0;
  dx[v_op0_0 + 201] = v_acc5_1;
  dx[v_op0_0 + 397] = v_acc5_2;
  dx[v_op0_0 + 593] = v_acc5_3;
  dx[v_op0_0 + 789] = v_acc5_4;
  dx[v_op0_0 + 985] = v_acc5_5;
  dx[v_op0_0 + 6] = v_acc6_0;
  dx[v_op0_0 + 202] = v_acc6_1;
  dx[v_op0_0 + 398] = v_acc6_2;
  dx[v_op0_0 + 594] = v_acc6_3;
  dx[v_op0_0 + 790] = v_acc6_4;
  dx[v_op0_0 + 986] = v_acc6_5;
}
