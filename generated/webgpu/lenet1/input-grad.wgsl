// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet1_input_grad (pass input-grad, target webgpu)
// spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":1,"pixels":8,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [6, 1, 5, 5], 150 f32
//   1: dy (input), [8, 6, 28, 28], 37632 f32
//   2: y (input), [8, 6, 28, 28], 37632 f32
//   3: dx (output), [8, 1, 32, 32], 8192 f32
//   4: delta (scratch), [8, 6, 36, 36], 62215 f32
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
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 1296 + v_r * 36 + v_q;
  if (u32(v_r - 4) < 28u && u32(v_q - 4) < 28u) {
    v_ps = v_pl * 784 + v_r * 28 + v_q - 116;
    delta[v_pd] = (dy[v_ps] * ((1.0 - y[v_ps]) * (1.0 + y[v_ps])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(1, 6, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 6u || gid.z >= 25u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 5u);
  let v_tap0 = i32((gid.z / 5u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc + v_oc + v_tap1 * 6 + v_tap0 * 30;
  if (u32(v_oc) < 1u) {
    v_ps = v_oc * 25 + v_rc * 25 + v_tap1 + v_tap0 * 5;
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
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_w0: f32;
  v_xp = v_n * 7776 + v_t * 36 + v_ut * 8;
  v_wp = v_ct;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 6; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 5; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 5; v_tb++) {
        v_xq = v_xp + v_rc * 1296 + v_ta * -36 + v_tb * -1 + 148;
        v_wq = v_wp + v_rc + v_ta * 30 + v_tb * 6;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
        v_x7 = delta[v_xq + 7];
        v_w0 = wpk[v_wq];
        v_acc0_0 = (v_acc0_0 + (v_x0 * v_w0));
        v_acc0_1 = (v_acc0_1 + (v_x1 * v_w0));
        v_acc0_2 = (v_acc0_2 + (v_x2 * v_w0));
        v_acc0_3 = (v_acc0_3 + (v_x3 * v_w0));
        v_acc0_4 = (v_acc0_4 + (v_x4 * v_w0));
        v_acc0_5 = (v_acc0_5 + (v_x5 * v_w0));
        v_acc0_6 = (v_acc0_6 + (v_x6 * v_w0));
        v_acc0_7 = (v_acc0_7 + (v_x7 * v_w0));
      }
    }
  }
  v_op = v_n * 1024 + v_t * 32 + v_ut * 8 + v_ct * 1024;
  dx[v_op] = v_acc0_0;
  dx[v_op + 1] = v_acc0_1;
  dx[v_op + 2] = v_acc0_2;
  dx[v_op + 3] = v_acc0_3;
  dx[v_op + 4] = v_acc0_4;
  dx[v_op + 5] = v_acc0_5;
  dx[v_op + 6] = v_acc0_6;
  dx[v_op + 7] = v_acc0_7;
}
