// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet1_input_grad (pass input-grad, target webgpu)
// spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":8,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [6, 1, 5, 5], 150 f32
//   1: dy (input), [8, 6, 28, 28], 37632 f32
//   2: y (input), [8, 6, 28, 28], 37632 f32
//   3: dx (output), [8, 1, 32, 32], 8192 f32
//   4: delta (scratch), [8, 6, 36, 36], 62208 f32
//   5: wpk (scratch), [150], 150 f32
// dispatches, in order:
//   prologue0: 5 x 5 x 48 workgroups of 8 x 8 x 1
//   prologue1: 1 x 1 x 25 workgroups of 1 x 6 x 1
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
  if (gid.x >= 36u || gid.y >= 36u || gid.z >= 48u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 6u);
  let v_sn = i32((gid.z / 6u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 7776 + v_sc * 1296 + v_sy * 36 + v_sx;
  if (u32(v_sy - 4) < 28u && u32(v_sx - 4) < 28u) {
    v_ps = v_sn * 4704 + v_sc * 784 + v_sy * 28 + v_sx - 116;
    delta[v_pd] = (dy[v_ps] * ((1.0 - y[v_ps]) * (1.0 + y[v_ps])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): its 25 taps of W; pack w as wpk[g][a][b][c][m]
@compute @workgroup_size(1, 6, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 6u || gid.z >= 25u) {
    return;
  }
  let v_wpk_m = i32(gid.x);
  let v_wpk_c = i32(gid.y);
  let v_wpk_b = i32(gid.z % 5u);
  let v_wpk_a = i32((gid.z / 5u) % 5u);
  let v_wpk_g = i32((gid.z / 25u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_wpk_g * 150 + v_wpk_a * 30 + v_wpk_b * 6 + v_wpk_c + v_wpk_m;
  if (u32(v_wpk_m) < 1u) {
    v_ps = v_wpk_g * 150 + v_wpk_a * -5 + v_wpk_b * -1 + v_wpk_c * 25 + v_wpk_m * 25 + 24;
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
  var v_acc1_0: f32;
  var v_acc2_0: f32;
  var v_acc3_0: f32;
  var v_acc4_0: f32;
  var v_acc5_0: f32;
  var v_acc6_0: f32;
  var v_acc7_0: f32;
  var v_a0: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_b5: f32;
  var v_b6: f32;
  var v_b7: f32;
  v_ap0_0 = v_g * 150 + v_vt0_0;
  v_bp0_0 = v_t * 36 + v_n * 7776 + v_g * 7776 + v_pt0_0 * 8;
  v_acc0_0 = 0.0;
  v_acc1_0 = 0.0;
  v_acc2_0 = 0.0;
  v_acc3_0 = 0.0;
  v_acc4_0 = 0.0;
  v_acc5_0 = 0.0;
  v_acc6_0 = 0.0;
  v_acc7_0 = 0.0;
  for (var v_ra0_0: i32 = 0; v_ra0_0 < 5; v_ra0_0++) {
    for (var v_rb0_0: i32 = 0; v_rb0_0 < 5; v_rb0_0++) {
      v_aq0_0 = v_ap0_0 + v_ra0_0 * 30 + v_rb0_0 * 6;
      v_bq0_0 = v_bp0_0 + v_ra0_0 * 36 + v_rb0_0;
      for (var v_rc0_0: i32 = 0; v_rc0_0 < 6; v_rc0_0++) {
        v_a0 = wpk[v_aq0_0];
        v_b0 = delta[v_bq0_0];
        v_b1 = delta[v_bq0_0 + 1];
        v_b2 = delta[v_bq0_0 + 2];
        v_b3 = delta[v_bq0_0 + 3];
        v_b4 = delta[v_bq0_0 + 4];
        v_b5 = delta[v_bq0_0 + 5];
        v_b6 = delta[v_bq0_0 + 6];
        v_b7 = delta[v_bq0_0 + 7];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc1_0 = (v_acc1_0 + (v_a0 * v_b1));
        v_acc2_0 = (v_acc2_0 + (v_a0 * v_b2));
        v_acc3_0 = (v_acc3_0 + (v_a0 * v_b3));
        v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
        v_acc5_0 = (v_acc5_0 + (v_a0 * v_b5));
        v_acc6_0 = (v_acc6_0 + (v_a0 * v_b6));
        v_acc7_0 = (v_acc7_0 + (v_a0 * v_b7));
        v_aq0_0 = v_aq0_0 + 1;
        v_bq0_0 = v_bq0_0 + 1296;
      }
    }
  }
  v_op0_0 = v_t * 32 + v_n * 1024 + v_g * 1024 + v_vt0_0 * 1024 + v_pt0_0 * 8;
  dx[v_op0_0] = v_acc0_0;
  dx[v_op0_0 + 1] = v_acc1_0;
  dx[v_op0_0 + 2] = v_acc2_0;
  dx[v_op0_0 + 3] = v_acc3_0;
  dx[v_op0_0 + 4] = v_acc4_0;
  dx[v_op0_0 + 5] = v_acc5_0;
  dx[v_op0_0 + 6] = v_acc6_0;
  dx[v_op0_0 + 7] = v_acc7_0;
}
