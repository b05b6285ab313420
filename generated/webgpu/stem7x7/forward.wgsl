// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_forward (pass forward, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":4,"split":1,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 3, 224, 224], 150528 f32
//   1: w (input), [64, 3, 7, 7], 9408 f32
//   2: b (input), [64], 64 f32
//   3: y (output), [1, 64, 112, 112], 802816 f32
//   4: xpad (scratch), [1, 3, 230, 230], 158706 f32
//   5: wpk (scratch), [7, 7, 3, 64], 9408 f32
//   6: bpk (scratch), [64], 64 f32
// dispatches, in order:
//   prologue0: 29 x 29 x 3 workgroups of 8 x 8 x 1
//   prologue1: 8 x 1 x 49 workgroups of 8 x 3 x 1
//   prologue2: 8 x 1 x 1 workgroups of 8 x 1 x 1
//   main0: 4 x 14 x 8 workgroups of 8 x 8 x 1

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
  if (gid.x >= 230u || gid.y >= 230u || gid.z >= 3u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 52900 + v_r * 230 + v_q;
  if (u32(v_r - 3) < 224u && u32(v_q - 3) < 224u) {
    v_ps = v_pl * 50176 + v_r * 224 + v_q - 675;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// W packed as [k][l][ci][co], co padded to 64
@compute @workgroup_size(8, 3, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 3u || gid.z >= 49u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 7u);
  let v_tap0 = i32((gid.z / 7u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 64 + v_oc + v_tap1 * 192 + v_tap0 * 1344;
  if (u32(v_oc) < 64u) {
    v_ps = v_oc * 147 + v_rc * 49 + v_tap1 + v_tap0 * 7;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// bias padded
@compute @workgroup_size(8, 1, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_oc = i32(gid.x);
  var v_pd: i32;
  v_pd = v_oc;
  if (u32(v_oc) < 64u) {
    bpk[v_pd] = b[v_pd];
  } else {
    bpk[v_pd] = 0.0;
  }
}

// main: grid 28 x 112 x 8
@compute @workgroup_size(8, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 28u || gid.y >= 112u || gid.z >= 8u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_i = i32(gid.y % 112u);
  let v_n = i32((gid.y / 112u));
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
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc7_0: f32;
  var v_acc7_1: f32;
  var v_acc7_2: f32;
  var v_acc7_3: f32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  var v_w3: f32;
  var v_w4: f32;
  var v_w5: f32;
  var v_w6: f32;
  var v_w7: f32;
  // output channels ct*8.., pixels ut*4.. of row i
  v_xp = v_n * 158700 + v_i * 460 + v_ut * 8;
  v_wp = v_ct * 8;
  v_acc0_0 = bpk[v_wp];
  v_acc0_1 = bpk[v_wp];
  v_acc0_2 = bpk[v_wp];
  v_acc0_3 = bpk[v_wp];
  v_acc1_0 = bpk[v_wp + 1];
  v_acc1_1 = bpk[v_wp + 1];
  v_acc1_2 = bpk[v_wp + 1];
  v_acc1_3 = bpk[v_wp + 1];
  v_acc2_0 = bpk[v_wp + 2];
  v_acc2_1 = bpk[v_wp + 2];
  v_acc2_2 = bpk[v_wp + 2];
  v_acc2_3 = bpk[v_wp + 2];
  v_acc3_0 = bpk[v_wp + 3];
  v_acc3_1 = bpk[v_wp + 3];
  v_acc3_2 = bpk[v_wp + 3];
  v_acc3_3 = bpk[v_wp + 3];
  v_acc4_0 = bpk[v_wp + 4];
  v_acc4_1 = bpk[v_wp + 4];
  v_acc4_2 = bpk[v_wp + 4];
  v_acc4_3 = bpk[v_wp + 4];
  v_acc5_0 = bpk[v_wp + 5];
  v_acc5_1 = bpk[v_wp + 5];
  v_acc5_2 = bpk[v_wp + 5];
  v_acc5_3 = bpk[v_wp + 5];
  v_acc6_0 = bpk[v_wp + 6];
  v_acc6_1 = bpk[v_wp + 6];
  v_acc6_2 = bpk[v_wp + 6];
  v_acc6_3 = bpk[v_wp + 6];
  v_acc7_0 = bpk[v_wp + 7];
  v_acc7_1 = bpk[v_wp + 7];
  v_acc7_2 = bpk[v_wp + 7];
  v_acc7_3 = bpk[v_wp + 7];
  for (var v_rc: i32 = 0; v_rc < 3; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 7; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 7; v_tb++) {
        v_xq = v_xp + v_rc * 52900 + v_ta * 230 + v_tb;
        v_wq = v_wp + v_rc * 64 + v_ta * 1344 + v_tb * 192;
        v_x0 = xpad[v_xq];
        v_x1 = xpad[v_xq + 2];
        v_x2 = xpad[v_xq + 4];
        v_x3 = xpad[v_xq + 6];
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
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc3_0 = (v_acc3_0 + (v_x0 * v_w3));
        v_acc3_1 = (v_acc3_1 + (v_x1 * v_w3));
        v_acc3_2 = (v_acc3_2 + (v_x2 * v_w3));
        v_acc3_3 = (v_acc3_3 + (v_x3 * v_w3));
        v_acc4_0 = (v_acc4_0 + (v_x0 * v_w4));
        v_acc4_1 = (v_acc4_1 + (v_x1 * v_w4));
        v_acc4_2 = (v_acc4_2 + (v_x2 * v_w4));
        v_acc4_3 = (v_acc4_3 + (v_x3 * v_w4));
        v_acc5_0 = (v_acc5_0 + (v_x0 * v_w5));
        v_acc5_1 = (v_acc5_1 + (v_x1 * v_w5));
        v_acc5_2 = (v_acc5_2 + (v_x2 * v_w5));
        v_acc5_3 = (v_acc5_3 + (v_x3 * v_w5));
        v_acc6_0 = (v_acc6_0 + (v_x0 * v_w6));
        v_acc6_1 = (v_acc6_1 + (v_x1 * v_w6));
        v_acc6_2 = (v_acc6_2 + (v_x2 * v_w6));
        v_acc6_3 = (v_acc6_3 + (v_x3 * v_w6));
        v_acc7_0 = (v_acc7_0 + (v_x0 * v_w7));
        v_acc7_1 = (v_acc7_1 + (v_x1 * v_w7));
        v_acc7_2 = (v_acc7_2 + (v_x2 * v_w7));
        v_acc7_3 = (v_acc7_3 + (v_x3 * v_w7));
      }
    }
  }
  v_op = v_n * 802816 + v_i * 112 + v_ut * 4 + v_ct * 100352;
  y[v_op] = max(v_acc0_0, 0.0);
  y[v_op + 1] = max(v_acc0_1, 0.0);
  y[v_op + 2] = max(v_acc0_2, 0.0);
  y[v_op + 3] = max(v_acc0_3, 0.0);
  y[v_op + 12544] = max(v_acc1_0, 0.0);
  y[v_op + 12545] = max(v_acc1_1, 0.0);
  y[v_op + 12546] = max(v_acc1_2, 0.0);
  y[v_op + 12547] = max(v_acc1_3, 0.0);
  y[v_op + 25088] = max(v_acc2_0, 0.0);
  y[v_op + 25089] = max(v_acc2_1, 0.0);
  y[v_op + 25090] = max(v_acc2_2, 0.0);
  y[v_op + 25091] = max(v_acc2_3, 0.0);
  y[v_op + 37632] = max(v_acc3_0, 0.0);
  y[v_op + 37633] = max(v_acc3_1, 0.0);
  y[v_op + 37634] = max(v_acc3_2, 0.0);
  y[v_op + 37635] = max(v_acc3_3, 0.0);
  y[v_op + 50176] = max(v_acc4_0, 0.0);
  y[v_op + 50177] = max(v_acc4_1, 0.0);
  y[v_op + 50178] = max(v_acc4_2, 0.0);
  y[v_op + 50179] = max(v_acc4_3, 0.0);
  y[v_op + 62720] = max(v_acc5_0, 0.0);
  y[v_op + 62721] = max(v_acc5_1, 0.0);
  y[v_op + 62722] = max(v_acc5_2, 0.0);
  y[v_op + 62723] = max(v_acc5_3, 0.0);
  y[v_op + 75264] = max(v_acc6_0, 0.0);
  y[v_op + 75265] = max(v_acc6_1, 0.0);
  y[v_op + 75266] = max(v_acc6_2, 0.0);
  y[v_op + 75267] = max(v_acc6_3, 0.0);
  y[v_op + 87808] = max(v_acc7_0, 0.0);
  y[v_op + 87809] = max(v_acc7_1, 0.0);
  y[v_op + 87810] = max(v_acc7_2, 0.0);
  y[v_op + 87811] = max(v_acc7_3, 0.0);
}
