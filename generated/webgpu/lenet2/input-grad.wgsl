// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_input_grad (pass input-grad, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":6,"pixels":7,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [16, 6, 5, 5], 2400 f32
//   1: dy (input), [8, 16, 10, 10], 12800 f32
//   2: y (input), [8, 16, 10, 10], 12800 f32
//   3: dx (output), [8, 6, 14, 14], 9408 f32
//   4: delta (scratch), [8, 16, 18, 18], 41478 f32
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
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 324 + v_r * 18 + v_q;
  if (u32(v_r - 4) < 10u && u32(v_q - 4) < 10u) {
    v_ps = v_pl * 100 + v_r * 10 + v_q - 44;
    delta[v_pd] = (dy[v_ps] * ((1.0 - y[v_ps]) * (1.0 + y[v_ps])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(6, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 16u || gid.z >= 25u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 5u);
  let v_tap0 = i32((gid.z / 5u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 6 + v_oc + v_tap1 * 96 + v_tap0 * 480;
  if (u32(v_oc) < 6u) {
    v_ps = v_oc * 25 + v_rc * 150 + v_tap1 + v_tap0 * 5;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 0): input rows 0 + 1t, columns 0 + 1u
@compute @workgroup_size(2, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 14u);
  let v_n = i32((gid.y / 14u));
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
  v_xp = v_n * 5184 + v_t * 18 + v_ut * 7;
  v_wp = v_ct * 6;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc3_5 = 0.0;
  v_acc3_6 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc4_5 = 0.0;
  v_acc4_6 = 0.0;
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc5_3 = 0.0;
  v_acc5_4 = 0.0;
  v_acc5_5 = 0.0;
  v_acc5_6 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 16; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 5; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 5; v_tb++) {
        v_xq = v_xp + v_rc * 324 + v_ta * -18 + v_tb * -1 + 76;
        v_wq = v_wp + v_rc * 6 + v_ta * 480 + v_tb * 96;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
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
  v_op = v_n * 1176 + v_t * 14 + v_ut * 7 + v_ct * 1176;
  dx[v_op] = v_acc0_0;
  dx[v_op + 1] = v_acc0_1;
  dx[v_op + 2] = v_acc0_2;
  dx[v_op + 3] = v_acc0_3;
  dx[v_op + 4] = v_acc0_4;
  dx[v_op + 5] = v_acc0_5;
  dx[v_op + 6] = v_acc0_6;
  dx[v_op + 196] = v_acc1_0;
  dx[v_op + 197] = v_acc1_1;
  dx[v_op + 198] = v_acc1_2;
  dx[v_op + 199] = v_acc1_3;
  dx[v_op + 200] = v_acc1_4;
  dx[v_op + 201] = v_acc1_5;
  dx[v_op + 202] = v_acc1_6;
  dx[v_op + 392] = v_acc2_0;
  dx[v_op + 393] = v_acc2_1;
  dx[v_op + 394] = v_acc2_2;
  dx[v_op + 395] = v_acc2_3;
  dx[v_op + 396] = v_acc2_4;
  dx[v_op + 397] = v_acc2_5;
  dx[v_op + 398] = v_acc2_6;
  dx[v_op + 588] = v_acc3_0;
  dx[v_op + 589] = v_acc3_1;
  dx[v_op + 590] = v_acc3_2;
  dx[v_op + 591] = v_acc3_3;
  dx[v_op + 592] = v_acc3_4;
  dx[v_op + 593] = v_acc3_5;
  dx[v_op + 594] = v_acc3_6;
  dx[v_op + 784] = v_acc4_0;
  dx[v_op + 785] = v_acc4_1;
  dx[v_op + 786] = v_acc4_2;
  dx[v_op + 787] = v_acc4_3;
  dx[v_op + 788] = v_acc4_4;
  dx[v_op + 789] = v_acc4_5;
  dx[v_op + 790] = v_acc4_6;
  dx[v_op + 980] = v_acc5_0;
  dx[v_op + 981] = v_acc5_1;
  dx[v_op + 982] = v_acc5_2;
  dx[v_op + 983] = v_acc5_3;
  dx[v_op + 984] = v_acc5_4;
  dx[v_op + 985] = v_acc5_5;
  dx[v_op + 986] = v_acc5_6;
}
