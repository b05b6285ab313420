// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_input_grad (pass input-grad, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":3,"pixels":14,"split":1,"threads":1}
// bindings (group 0):
//   0: w (input), [64, 3, 7, 7], 9408 f32
//   1: dy (input), [1, 64, 112, 112], 802816 f32
//   2: y (input), [1, 64, 112, 112], 802816 f32
//   3: dx (output), [1, 3, 224, 224], 150528 f32
//   4: delta (scratch), [1, 64, 115, 115], 846413 f32
//   5: wpk (scratch), [9408], 9408 f32
// dispatches, in order:
//   prologue0: 15 x 15 x 64 workgroups of 8 x 8 x 1
//   prologue1: 1 x 8 x 9 workgroups of 3 x 8 x 1
//   prologue2: 1 x 8 x 12 workgroups of 3 x 8 x 1
//   prologue3: 1 x 8 x 12 workgroups of 3 x 8 x 1
//   prologue4: 1 x 8 x 16 workgroups of 3 x 8 x 1
//   main0: 1 x 14 x 1 workgroups of 8 x 8 x 1
//   main1: 1 x 14 x 1 workgroups of 8 x 8 x 1
//   main2: 1 x 14 x 1 workgroups of 8 x 8 x 1
//   main3: 1 x 14 x 1 workgroups of 8 x 8 x 1

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
  if (gid.x >= 115u || gid.y >= 115u || gid.z >= 64u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 13225 + v_r * 115 + v_q;
  if (u32(v_r - 1) < 112u && u32(v_q - 1) < 112u) {
    v_ps = v_pl * 12544 + v_r * 112 + v_q - 113;
    delta[v_pd] = (dy[v_ps] * select(0.0, 1.0, y[v_ps] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// phase (0, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(3, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 9u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 3u);
  let v_tap0 = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 3 + v_oc + v_tap1 * 192 + v_tap0 * 576;
  if (u32(v_oc) < 3u) {
    v_ps = v_oc * 49 + v_rc * 147 + v_tap1 * 2 + v_tap0 * 14 + 8;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 1): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(3, 8, 1)
fn prologue2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 12u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 4u);
  let v_tap0 = i32((gid.z / 4u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 3 + v_oc + v_tap1 * 192 + v_tap0 * 768 + 1728;
  if (u32(v_oc) < 3u) {
    v_ps = v_oc * 49 + v_rc * 147 + v_tap1 * 2 + v_tap0 * 14 + 7;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (1, 0): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(3, 8, 1)
fn prologue3(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 12u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 3u);
  let v_tap0 = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 3 + v_oc + v_tap1 * 192 + v_tap0 * 576 + 4032;
  if (u32(v_oc) < 3u) {
    v_ps = v_oc * 49 + v_rc * 147 + v_tap1 * 2 + v_tap0 * 14 + 1;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (1, 1): W packed as [tap row][tap col][co][ci]
@compute @workgroup_size(3, 8, 1)
fn prologue4(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 3u || gid.y >= 64u || gid.z >= 16u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_rc = i32(gid.y);
  let v_tap1 = i32(gid.z % 4u);
  let v_tap0 = i32((gid.z / 4u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_rc * 3 + v_oc + v_tap1 * 192 + v_tap0 * 768 + 6336;
  if (u32(v_oc) < 3u) {
    v_ps = v_oc * 49 + v_rc * 147 + v_tap1 * 2 + v_tap0 * 14;
    wpk[v_pd] = w[v_ps];
  } else {
    wpk[v_pd] = 0.0;
  }
}

// phase (0, 0): input rows 0 + 2t, columns 0 + 2u
@compute @workgroup_size(8, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 112u);
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
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_acc0_8: f32;
  var v_acc0_9: f32;
  var v_acc0_10: f32;
  var v_acc0_11: f32;
  var v_acc0_12: f32;
  var v_acc0_13: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc1_7: f32;
  var v_acc1_8: f32;
  var v_acc1_9: f32;
  var v_acc1_10: f32;
  var v_acc1_11: f32;
  var v_acc1_12: f32;
  var v_acc1_13: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc2_7: f32;
  var v_acc2_8: f32;
  var v_acc2_9: f32;
  var v_acc2_10: f32;
  var v_acc2_11: f32;
  var v_acc2_12: f32;
  var v_acc2_13: f32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_x8: f32;
  var v_x9: f32;
  var v_x10: f32;
  var v_x11: f32;
  var v_x12: f32;
  var v_x13: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  v_xp = v_n * 846400 + v_t * 115 + v_ut * 14;
  v_wp = v_ct * 3;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  v_acc0_8 = 0.0;
  v_acc0_9 = 0.0;
  v_acc0_10 = 0.0;
  v_acc0_11 = 0.0;
  v_acc0_12 = 0.0;
  v_acc0_13 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc1_7 = 0.0;
  v_acc1_8 = 0.0;
  v_acc1_9 = 0.0;
  v_acc1_10 = 0.0;
  v_acc1_11 = 0.0;
  v_acc1_12 = 0.0;
  v_acc1_13 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc2_7 = 0.0;
  v_acc2_8 = 0.0;
  v_acc2_9 = 0.0;
  v_acc2_10 = 0.0;
  v_acc2_11 = 0.0;
  v_acc2_12 = 0.0;
  v_acc2_13 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 64; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 3; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 3; v_tb++) {
        v_xq = v_xp + v_rc * 13225 + v_ta * -115 + v_tb * -1 + 232;
        v_wq = v_wp + v_rc * 3 + v_ta * 576 + v_tb * 192;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
        v_x7 = delta[v_xq + 7];
        v_x8 = delta[v_xq + 8];
        v_x9 = delta[v_xq + 9];
        v_x10 = delta[v_xq + 10];
        v_x11 = delta[v_xq + 11];
        v_x12 = delta[v_xq + 12];
        v_x13 = delta[v_xq + 13];
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
        v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
        v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
        v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
        v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
        v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
        v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
        v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
        v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
        v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
        v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
        v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
        v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
        v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
        v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
        v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
        v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
        v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
        v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
        v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
        v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
        v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
        v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
        v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
        v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
      }
    }
  }
  v_op = v_n * 150528 + v_t * 448 + v_ut * 28 + v_ct * 150528;
  dx[v_op] = v_acc0_0;
  dx[v_op + 2] = v_acc0_1;
  dx[v_op + 4] = v_acc0_2;
  dx[v_op + 6] = v_acc0_3;
  dx[v_op + 8] = v_acc0_4;
  dx[v_op + 10] = v_acc0_5;
  dx[v_op + 12] = v_acc0_6;
  dx[v_op + 14] = v_acc0_7;
  dx[v_op + 16] = v_acc0_8;
  dx[v_op + 18] = v_acc0_9;
  dx[v_op + 20] = v_acc0_10;
  dx[v_op + 22] = v_acc0_11;
  dx[v_op + 24] = v_acc0_12;
  dx[v_op + 26] = v_acc0_13;
  dx[v_op + 50176] = v_acc1_0;
  dx[v_op + 50178] = v_acc1_1;
  dx[v_op + 50180] = v_acc1_2;
  dx[v_op + 50182] = v_acc1_3;
  dx[v_op + 50184] = v_acc1_4;
  dx[v_op + 50186] = v_acc1_5;
  dx[v_op + 50188] = v_acc1_6;
  dx[v_op + 50190] = v_acc1_7;
  dx[v_op + 50192] = v_acc1_8;
  dx[v_op + 50194] = v_acc1_9;
  dx[v_op + 50196] = v_acc1_10;
  dx[v_op + 50198] = v_acc1_11;
  dx[v_op + 50200] = v_acc1_12;
  dx[v_op + 50202] = v_acc1_13;
  dx[v_op + 100352] = v_acc2_0;
  dx[v_op + 100354] = v_acc2_1;
  dx[v_op + 100356] = v_acc2_2;
  dx[v_op + 100358] = v_acc2_3;
  dx[v_op + 100360] = v_acc2_4;
  dx[v_op + 100362] = v_acc2_5;
  dx[v_op + 100364] = v_acc2_6;
  dx[v_op + 100366] = v_acc2_7;
  dx[v_op + 100368] = v_acc2_8;
  dx[v_op + 100370] = v_acc2_9;
  dx[v_op + 100372] = v_acc2_10;
  dx[v_op + 100374] = v_acc2_11;
  dx[v_op + 100376] = v_acc2_12;
  dx[v_op + 100378] = v_acc2_13;
}

// phase (0, 1): input rows 0 + 2t, columns 1 + 2u
@compute @workgroup_size(8, 8, 1)
fn main1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 112u);
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
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_acc0_8: f32;
  var v_acc0_9: f32;
  var v_acc0_10: f32;
  var v_acc0_11: f32;
  var v_acc0_12: f32;
  var v_acc0_13: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc1_7: f32;
  var v_acc1_8: f32;
  var v_acc1_9: f32;
  var v_acc1_10: f32;
  var v_acc1_11: f32;
  var v_acc1_12: f32;
  var v_acc1_13: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc2_7: f32;
  var v_acc2_8: f32;
  var v_acc2_9: f32;
  var v_acc2_10: f32;
  var v_acc2_11: f32;
  var v_acc2_12: f32;
  var v_acc2_13: f32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_x8: f32;
  var v_x9: f32;
  var v_x10: f32;
  var v_x11: f32;
  var v_x12: f32;
  var v_x13: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  v_xp = v_n * 846400 + v_t * 115 + v_ut * 14;
  v_wp = v_ct * 3;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  v_acc0_8 = 0.0;
  v_acc0_9 = 0.0;
  v_acc0_10 = 0.0;
  v_acc0_11 = 0.0;
  v_acc0_12 = 0.0;
  v_acc0_13 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc1_7 = 0.0;
  v_acc1_8 = 0.0;
  v_acc1_9 = 0.0;
  v_acc1_10 = 0.0;
  v_acc1_11 = 0.0;
  v_acc1_12 = 0.0;
  v_acc1_13 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc2_7 = 0.0;
  v_acc2_8 = 0.0;
  v_acc2_9 = 0.0;
  v_acc2_10 = 0.0;
  v_acc2_11 = 0.0;
  v_acc2_12 = 0.0;
  v_acc2_13 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 64; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 3; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 4; v_tb++) {
        v_xq = v_xp + v_rc * 13225 + v_ta * -115 + v_tb * -1 + 233;
        v_wq = v_wp + v_rc * 3 + v_ta * 768 + v_tb * 192 + 1728;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
        v_x7 = delta[v_xq + 7];
        v_x8 = delta[v_xq + 8];
        v_x9 = delta[v_xq + 9];
        v_x10 = delta[v_xq + 10];
        v_x11 = delta[v_xq + 11];
        v_x12 = delta[v_xq + 12];
        v_x13 = delta[v_xq + 13];
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
        v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
        v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
        v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
        v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
        v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
        v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
        v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
        v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
        v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
        v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
        v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
        v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
        v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
        v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
        v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
        v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
        v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
        v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
        v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
        v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
        v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
        v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
        v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
        v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
      }
    }
  }
  v_op = v_n * 150528 + v_t * 448 + v_ut * 28 + v_ct * 150528 + 1;
  dx[v_op] = v_acc0_0;
  dx[v_op + 2] = v_acc0_1;
  dx[v_op + 4] = v_acc0_2;
  dx[v_op + 6] = v_acc0_3;
  dx[v_op + 8] = v_acc0_4;
  dx[v_op + 10] = v_acc0_5;
  dx[v_op + 12] = v_acc0_6;
  dx[v_op + 14] = v_acc0_7;
  dx[v_op + 16] = v_acc0_8;
  dx[v_op + 18] = v_acc0_9;
  dx[v_op + 20] = v_acc0_10;
  dx[v_op + 22] = v_acc0_11;
  dx[v_op + 24] = v_acc0_12;
  dx[v_op + 26] = v_acc0_13;
  dx[v_op + 50176] = v_acc1_0;
  dx[v_op + 50178] = v_acc1_1;
  dx[v_op + 50180] = v_acc1_2;
  dx[v_op + 50182] = v_acc1_3;
  dx[v_op + 50184] = v_acc1_4;
  dx[v_op + 50186] = v_acc1_5;
  dx[v_op + 50188] = v_acc1_6;
  dx[v_op + 50190] = v_acc1_7;
  dx[v_op + 50192] = v_acc1_8;
  dx[v_op + 50194] = v_acc1_9;
  dx[v_op + 50196] = v_acc1_10;
  dx[v_op + 50198] = v_acc1_11;
  dx[v_op + 50200] = v_acc1_12;
  dx[v_op + 50202] = v_acc1_13;
  dx[v_op + 100352] = v_acc2_0;
  dx[v_op + 100354] = v_acc2_1;
  dx[v_op + 100356] = v_acc2_2;
  dx[v_op + 100358] = v_acc2_3;
  dx[v_op + 100360] = v_acc2_4;
  dx[v_op + 100362] = v_acc2_5;
  dx[v_op + 100364] = v_acc2_6;
  dx[v_op + 100366] = v_acc2_7;
  dx[v_op + 100368] = v_acc2_8;
  dx[v_op + 100370] = v_acc2_9;
  dx[v_op + 100372] = v_acc2_10;
  dx[v_op + 100374] = v_acc2_11;
  dx[v_op + 100376] = v_acc2_12;
  dx[v_op + 100378] = v_acc2_13;
}

// phase (1, 0): input rows 1 + 2t, columns 0 + 2u
@compute @workgroup_size(8, 8, 1)
fn main2(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 112u);
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
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_acc0_8: f32;
  var v_acc0_9: f32;
  var v_acc0_10: f32;
  var v_acc0_11: f32;
  var v_acc0_12: f32;
  var v_acc0_13: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc1_7: f32;
  var v_acc1_8: f32;
  var v_acc1_9: f32;
  var v_acc1_10: f32;
  var v_acc1_11: f32;
  var v_acc1_12: f32;
  var v_acc1_13: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc2_7: f32;
  var v_acc2_8: f32;
  var v_acc2_9: f32;
  var v_acc2_10: f32;
  var v_acc2_11: f32;
  var v_acc2_12: f32;
  var v_acc2_13: f32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_x8: f32;
  var v_x9: f32;
  var v_x10: f32;
  var v_x11: f32;
  var v_x12: f32;
  var v_x13: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  v_xp = v_n * 846400 + v_t * 115 + v_ut * 14;
  v_wp = v_ct * 3;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  v_acc0_8 = 0.0;
  v_acc0_9 = 0.0;
  v_acc0_10 = 0.0;
  v_acc0_11 = 0.0;
  v_acc0_12 = 0.0;
  v_acc0_13 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc1_7 = 0.0;
  v_acc1_8 = 0.0;
  v_acc1_9 = 0.0;
  v_acc1_10 = 0.0;
  v_acc1_11 = 0.0;
  v_acc1_12 = 0.0;
  v_acc1_13 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc2_7 = 0.0;
  v_acc2_8 = 0.0;
  v_acc2_9 = 0.0;
  v_acc2_10 = 0.0;
  v_acc2_11 = 0.0;
  v_acc2_12 = 0.0;
  v_acc2_13 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 64; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 4; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 3; v_tb++) {
        v_xq = v_xp + v_rc * 13225 + v_ta * -115 + v_tb * -1 + 347;
        v_wq = v_wp + v_rc * 3 + v_ta * 576 + v_tb * 192 + 4032;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
        v_x7 = delta[v_xq + 7];
        v_x8 = delta[v_xq + 8];
        v_x9 = delta[v_xq + 9];
        v_x10 = delta[v_xq + 10];
        v_x11 = delta[v_xq + 11];
        v_x12 = delta[v_xq + 12];
        v_x13 = delta[v_xq + 13];
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
        v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
        v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
        v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
        v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
        v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
        v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
        v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
        v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
        v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
        v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
        v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
        v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
        v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
        v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
        v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
        v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
        v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
        v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
        v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
        v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
        v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
        v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
        v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
        v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
      }
    }
  }
  v_op = v_n * 150528 + v_t * 448 + v_ut * 28 + v_ct * 150528 + 224;
  dx[v_op] = v_acc0_0;
  dx[v_op + 2] = v_acc0_1;
  dx[v_op + 4] = v_acc0_2;
  dx[v_op + 6] = v_acc0_3;
  dx[v_op + 8] = v_acc0_4;
  dx[v_op + 10] = v_acc0_5;
  dx[v_op + 12] = v_acc0_6;
  dx[v_op + 14] = v_acc0_7;
  dx[v_op + 16] = v_acc0_8;
  dx[v_op + 18] = v_acc0_9;
  dx[v_op + 20] = v_acc0_10;
  dx[v_op + 22] = v_acc0_11;
  dx[v_op + 24] = v_acc0_12;
  dx[v_op + 26] = v_acc0_13;
  dx[v_op + 50176] = v_acc1_0;
  dx[v_op + 50178] = v_acc1_1;
  dx[v_op + 50180] = v_acc1_2;
  dx[v_op + 50182] = v_acc1_3;
  dx[v_op + 50184] = v_acc1_4;
  dx[v_op + 50186] = v_acc1_5;
  dx[v_op + 50188] = v_acc1_6;
  dx[v_op + 50190] = v_acc1_7;
  dx[v_op + 50192] = v_acc1_8;
  dx[v_op + 50194] = v_acc1_9;
  dx[v_op + 50196] = v_acc1_10;
  dx[v_op + 50198] = v_acc1_11;
  dx[v_op + 50200] = v_acc1_12;
  dx[v_op + 50202] = v_acc1_13;
  dx[v_op + 100352] = v_acc2_0;
  dx[v_op + 100354] = v_acc2_1;
  dx[v_op + 100356] = v_acc2_2;
  dx[v_op + 100358] = v_acc2_3;
  dx[v_op + 100360] = v_acc2_4;
  dx[v_op + 100362] = v_acc2_5;
  dx[v_op + 100364] = v_acc2_6;
  dx[v_op + 100366] = v_acc2_7;
  dx[v_op + 100368] = v_acc2_8;
  dx[v_op + 100370] = v_acc2_9;
  dx[v_op + 100372] = v_acc2_10;
  dx[v_op + 100374] = v_acc2_11;
  dx[v_op + 100376] = v_acc2_12;
  dx[v_op + 100378] = v_acc2_13;
}

// phase (1, 1): input rows 1 + 2t, columns 1 + 2u
@compute @workgroup_size(8, 8, 1)
fn main3(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 112u || gid.z >= 1u) {
    return;
  }
  let v_ut = i32(gid.x);
  let v_t = i32(gid.y % 112u);
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
  var v_acc0_4: f32;
  var v_acc0_5: f32;
  var v_acc0_6: f32;
  var v_acc0_7: f32;
  var v_acc0_8: f32;
  var v_acc0_9: f32;
  var v_acc0_10: f32;
  var v_acc0_11: f32;
  var v_acc0_12: f32;
  var v_acc0_13: f32;
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc1_6: f32;
  var v_acc1_7: f32;
  var v_acc1_8: f32;
  var v_acc1_9: f32;
  var v_acc1_10: f32;
  var v_acc1_11: f32;
  var v_acc1_12: f32;
  var v_acc1_13: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc2_6: f32;
  var v_acc2_7: f32;
  var v_acc2_8: f32;
  var v_acc2_9: f32;
  var v_acc2_10: f32;
  var v_acc2_11: f32;
  var v_acc2_12: f32;
  var v_acc2_13: f32;
  var v_x0: f32;
  var v_x1: f32;
  var v_x2: f32;
  var v_x3: f32;
  var v_x4: f32;
  var v_x5: f32;
  var v_x6: f32;
  var v_x7: f32;
  var v_x8: f32;
  var v_x9: f32;
  var v_x10: f32;
  var v_x11: f32;
  var v_x12: f32;
  var v_x13: f32;
  var v_w0: f32;
  var v_w1: f32;
  var v_w2: f32;
  v_xp = v_n * 846400 + v_t * 115 + v_ut * 14;
  v_wp = v_ct * 3;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  v_acc0_8 = 0.0;
  v_acc0_9 = 0.0;
  v_acc0_10 = 0.0;
  v_acc0_11 = 0.0;
  v_acc0_12 = 0.0;
  v_acc0_13 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc1_6 = 0.0;
  v_acc1_7 = 0.0;
  v_acc1_8 = 0.0;
  v_acc1_9 = 0.0;
  v_acc1_10 = 0.0;
  v_acc1_11 = 0.0;
  v_acc1_12 = 0.0;
  v_acc1_13 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc2_6 = 0.0;
  v_acc2_7 = 0.0;
  v_acc2_8 = 0.0;
  v_acc2_9 = 0.0;
  v_acc2_10 = 0.0;
  v_acc2_11 = 0.0;
  v_acc2_12 = 0.0;
  v_acc2_13 = 0.0;
  for (var v_rc: i32 = 0; v_rc < 64; v_rc++) {
    for (var v_ta: i32 = 0; v_ta < 4; v_ta++) {
      for (var v_tb: i32 = 0; v_tb < 4; v_tb++) {
        v_xq = v_xp + v_rc * 13225 + v_ta * -115 + v_tb * -1 + 348;
        v_wq = v_wp + v_rc * 3 + v_ta * 768 + v_tb * 192 + 6336;
        v_x0 = delta[v_xq];
        v_x1 = delta[v_xq + 1];
        v_x2 = delta[v_xq + 2];
        v_x3 = delta[v_xq + 3];
        v_x4 = delta[v_xq + 4];
        v_x5 = delta[v_xq + 5];
        v_x6 = delta[v_xq + 6];
        v_x7 = delta[v_xq + 7];
        v_x8 = delta[v_xq + 8];
        v_x9 = delta[v_xq + 9];
        v_x10 = delta[v_xq + 10];
        v_x11 = delta[v_xq + 11];
        v_x12 = delta[v_xq + 12];
        v_x13 = delta[v_xq + 13];
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
        v_acc0_8 = (v_acc0_8 + (v_x8 * v_w0));
        v_acc0_9 = (v_acc0_9 + (v_x9 * v_w0));
        v_acc0_10 = (v_acc0_10 + (v_x10 * v_w0));
        v_acc0_11 = (v_acc0_11 + (v_x11 * v_w0));
        v_acc0_12 = (v_acc0_12 + (v_x12 * v_w0));
        v_acc0_13 = (v_acc0_13 + (v_x13 * v_w0));
        v_acc1_0 = (v_acc1_0 + (v_x0 * v_w1));
        v_acc1_1 = (v_acc1_1 + (v_x1 * v_w1));
        v_acc1_2 = (v_acc1_2 + (v_x2 * v_w1));
        v_acc1_3 = (v_acc1_3 + (v_x3 * v_w1));
        v_acc1_4 = (v_acc1_4 + (v_x4 * v_w1));
        v_acc1_5 = (v_acc1_5 + (v_x5 * v_w1));
        v_acc1_6 = (v_acc1_6 + (v_x6 * v_w1));
        v_acc1_7 = (v_acc1_7 + (v_x7 * v_w1));
        v_acc1_8 = (v_acc1_8 + (v_x8 * v_w1));
        v_acc1_9 = (v_acc1_9 + (v_x9 * v_w1));
        v_acc1_10 = (v_acc1_10 + (v_x10 * v_w1));
        v_acc1_11 = (v_acc1_11 + (v_x11 * v_w1));
        v_acc1_12 = (v_acc1_12 + (v_x12 * v_w1));
        v_acc1_13 = (v_acc1_13 + (v_x13 * v_w1));
        v_acc2_0 = (v_acc2_0 + (v_x0 * v_w2));
        v_acc2_1 = (v_acc2_1 + (v_x1 * v_w2));
        v_acc2_2 = (v_acc2_2 + (v_x2 * v_w2));
        v_acc2_3 = (v_acc2_3 + (v_x3 * v_w2));
        v_acc2_4 = (v_acc2_4 + (v_x4 * v_w2));
        v_acc2_5 = (v_acc2_5 + (v_x5 * v_w2));
        v_acc2_6 = (v_acc2_6 + (v_x6 * v_w2));
        v_acc2_7 = (v_acc2_7 + (v_x7 * v_w2));
        v_acc2_8 = (v_acc2_8 + (v_x8 * v_w2));
        v_acc2_9 = (v_acc2_9 + (v_x9 * v_w2));
        v_acc2_10 = (v_acc2_10 + (v_x10 * v_w2));
        v_acc2_11 = (v_acc2_11 + (v_x11 * v_w2));
        v_acc2_12 = (v_acc2_12 + (v_x12 * v_w2));
        v_acc2_13 = (v_acc2_13 + (v_x13 * v_w2));
      }
    }
  }
  v_op = v_n * 150528 + v_t * 448 + v_ut * 28 + v_ct * 150528 + 225;
  dx[v_op] = v_acc0_0;
  dx[v_op + 2] = v_acc0_1;
  dx[v_op + 4] = v_acc0_2;
  dx[v_op + 6] = v_acc0_3;
  dx[v_op + 8] = v_acc0_4;
  dx[v_op + 10] = v_acc0_5;
  dx[v_op + 12] = v_acc0_6;
  dx[v_op + 14] = v_acc0_7;
  dx[v_op + 16] = v_acc0_8;
  dx[v_op + 18] = v_acc0_9;
  dx[v_op + 20] = v_acc0_10;
  dx[v_op + 22] = v_acc0_11;
  dx[v_op + 24] = v_acc0_12;
  dx[v_op + 26] = v_acc0_13;
  dx[v_op + 50176] = v_acc1_0;
  dx[v_op + 50178] = v_acc1_1;
  dx[v_op + 50180] = v_acc1_2;
  dx[v_op + 50182] = v_acc1_3;
  dx[v_op + 50184] = v_acc1_4;
  dx[v_op + 50186] = v_acc1_5;
  dx[v_op + 50188] = v_acc1_6;
  dx[v_op + 50190] = v_acc1_7;
  dx[v_op + 50192] = v_acc1_8;
  dx[v_op + 50194] = v_acc1_9;
  dx[v_op + 50196] = v_acc1_10;
  dx[v_op + 50198] = v_acc1_11;
  dx[v_op + 50200] = v_acc1_12;
  dx[v_op + 50202] = v_acc1_13;
  dx[v_op + 100352] = v_acc2_0;
  dx[v_op + 100354] = v_acc2_1;
  dx[v_op + 100356] = v_acc2_2;
  dx[v_op + 100358] = v_acc2_3;
  dx[v_op + 100360] = v_acc2_4;
  dx[v_op + 100362] = v_acc2_5;
  dx[v_op + 100364] = v_acc2_6;
  dx[v_op + 100366] = v_acc2_7;
  dx[v_op + 100368] = v_acc2_8;
  dx[v_op + 100370] = v_acc2_9;
  dx[v_op + 100372] = v_acc2_10;
  dx[v_op + 100374] = v_acc2_11;
  dx[v_op + 100376] = v_acc2_12;
  dx[v_op + 100378] = v_acc2_13;
}
