// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: cifar_input_grad (pass input-grad, target webgpu)
// spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":3,"pixels":8,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [32, 3, 3, 3], 864 f32
//   1: dy (input), [8, 32, 32, 32], 262144 f32
//   2: y (input), [8, 32, 32, 32], 262144 f32
//   3: dx (output), [8, 3, 32, 32], 24576 f32
//   4: delta (scratch), [8, 32, 34, 34], 295943 f32
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
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 1156 + v_r * 34 + v_q;
  if (u32(v_r - 1) < 32u && u32(v_q - 1) < 32u) {
    v_ps = v_pl * 1024 + v_r * 32 + v_q - 33;
    delta[v_pd] = (dy[v_ps] * select(0.0, 1.0, y[v_ps] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(3, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 32u || gid.z >= 9u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 3u);
  let v_tap0 = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 3 + v_oc + v_tap1 * 96 + v_tap0 * 288;
  if (u32(v_oc) < 3u) {
    v_ps = v_oc * 9 + v_rc * 27 + v_tap1 + v_tap0 * 3;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 0): input rows 0 + 1t, columns 0 + 1u
@compute @workgroup_size(4, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 4u || gid.y >= 256u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 32u);
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
  v_xp = v_n * 36992 + v_t * 34 + v_ut * 8;
  v_wp = v_ct * 3;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc1_7 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc2_7 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 32; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 3; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 3; v_tb++) {
        v_xq = v_xp + v_rc * 1156 + v_ta * -34 + v_tb * -1 + 70;
        v_wq = v_wp + v_rc * 3 + v_ta * 288 + v_tb * 96;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
        v_x7 = delta[v_xq + 7];
        v_w0 = wpk[v_wq];
        v_w1 = wpk[v_wq + 1];
        v_w2 = wpk[v_wq + 2];
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
      }
    }
  }
  v_op = v_n * 3072 + v_t * 32 + v_ut * 8 + v_ct * 3072;
  dx[v_op] = v_acc0_0;
  dx[v_op + 1] = v_acc0_1;
  dx[v_op + 2] = v_acc0_2;
  dx[v_op + 3] = v_acc0_3;
  dx[v_op + 4] = v_acc0_4;
  dx[v_op + 5] = v_acc0_5;
  dx[v_op + 6] = v_acc0_6;
  dx[v_op + 7] = v_acc0_7;
  dx[v_op + 1024] = v_acc1_0;
  dx[v_op + 1025] = v_acc1_1;
  dx[v_op + 1026] = v_acc1_2;
  dx[v_op + 1027] = v_acc1_3;
  dx[v_op + 1028] = v_acc1_4;
  dx[v_op + 1029] = v_acc1_5;
  dx[v_op + 1030] = v_acc1_6;
  dx[v_op + 1031] = v_acc1_7;
  dx[v_op + 2048] = v_acc2_0;
  dx[v_op + 2049] = v_acc2_1;
  dx[v_op + 2050] = v_acc2_2;
  dx[v_op + 2051] = v_acc2_3;
  dx[v_op + 2052] = v_acc2_4;
  dx[v_op + 2053] = v_acc2_5;
  dx[v_op + 2054] = v_acc2_6;
  dx[v_op + 2055] = v_acc2_7;
}
