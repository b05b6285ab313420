// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet2_weight_update (pass weight-update, target webgpu)
// spec: lenet2: N=8 Ci=6 H=14 W=14 Co=16 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=10 Wo=10
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":5,"split":2,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 6, 14, 14], 9408 f32
//   1: dy (input), [8, 16, 10, 10], 12800 f32
//   2: y (input), [8, 16, 10, 10], 12800 f32
//   3: lr (input), [], 1 f32
//   4: w (inout), [16, 6, 5, 5], 2400 f32
//   5: xpad (scratch), [8, 6, 14, 14], 9408 f32
//   6: delta (scratch), [8, 10, 10, 16], 12800 f32
//   7: w_parts (scratch), [2, 16, 6, 5, 5], 4800 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 48 workgroups of 8 x 8 x 1
//   prologue1: 2 x 2 x 80 workgroups of 8 x 8 x 1
//   main0: 1 x 4 x 4 workgroups of 1 x 8 x 1
//   epilogue0: 300 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read> lr: array<f32>;
@group(0) @binding(4) var<storage, read_write> w: array<f32>;
@group(0) @binding(5) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(6) var<storage, read_write> delta: array<f32>;
@group(0) @binding(7) var<storage, read_write> w_parts: array<f32>;

// X into the zero-bordered xpad
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 14u || gid.y >= 14u || gid.z >= 48u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 6u);
  let v_sn = i32((gid.z / 6u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 1176 + v_sc * 196 + v_sy * 14 + v_sx;
  if (u32(v_sy) < 14u && u32(v_sx) < 14u) {
    v_ps = v_sn * 1176 + v_sc * 196 + v_sy * 14 + v_sx;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 16
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16u || gid.y >= 10u || gid.z >= 80u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 10u);
  let v_dn = i32((gid.z / 10u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 1600 + v_di * 160 + v_dj * 16 + v_dc;
  if (u32(v_dc) < 16u) {
    v_py = v_dn * 1600 + v_di * 10 + v_dj + v_dc * 100;
    delta[v_pd] = (dy[v_py] * ((1.0 - y[v_py]) * (1.0 + y[v_py])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 30 x 4
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 30u || gid.z >= 4u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_c = i32(gid.y % 6u);
  let v_k = i32((gid.y / 6u));
  let v_sp = i32(gid.z % 2u);
  let v_vt = i32((gid.z / 2u));
  var v_ap: i32;
  var v_bp: i32;
  var v_aq: i32;
  var v_bq: i32;
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
  var v_b4: f32;
  v_ap = v_g * 16 + v_vt * 8;
  v_bp = v_k * 14 + v_c * 196 + v_g * 1176 + v_pt * 5;
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
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc3_5 = 0.0;
  v_acc3_6 = 0.0;
  v_acc3_7 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc4_5 = 0.0;
  v_acc4_6 = 0.0;
  v_acc4_7 = 0.0;
  for (var v_rn: i32 = 0; v_rn < 8; v_rn++) {
    for (var v_ri: i32 = 0; v_ri < 5; v_ri++) {
      if (u32(v_sp * 5 + v_ri) < 10u) {
        v_aq = v_ap + v_rn * 1600 + v_sp * 800 + v_ri * 160;
        v_bq = v_bp + v_rn * 1176 + v_sp * 70 + v_ri * 14;
        for (var v_rj: i32 = 0; v_rj < 10; v_rj++) {
          v_a0 = delta[v_aq];
          v_a1 = delta[v_aq + 1];
          v_a2 = delta[v_aq + 2];
          v_a3 = delta[v_aq + 3];
          v_a4 = delta[v_aq + 4];
          v_a5 = delta[v_aq + 5];
          v_a6 = delta[v_aq + 6];
          v_a7 = delta[v_aq + 7];
          v_b0 = xpad[v_bq];
          v_b1 = xpad[v_bq + 1];
          v_b2 = xpad[v_bq + 2];
          v_b3 = xpad[v_bq + 3];
          v_b4 = xpad[v_bq + 4];
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
          v_acc4_0 = (v_acc4_0 + (v_a0 * v_b4));
          v_acc4_1 = (v_acc4_1 + (v_a1 * v_b4));
          v_acc4_2 = (v_acc4_2 + (v_a2 * v_b4));
          v_acc4_3 = (v_acc4_3 + (v_a3 * v_b4));
          v_acc4_4 = (v_acc4_4 + (v_a4 * v_b4));
          v_acc4_5 = (v_acc4_5 + (v_a5 * v_b4));
          v_acc4_6 = (v_acc4_6 + (v_a6 * v_b4));
          v_acc4_7 = (v_acc4_7 + (v_a7 * v_b4));
          v_aq = v_aq + 16;
          v_bq = v_bq + 1;
        }
      }
    }
  }
  v_op = v_k * 5 + v_c * 25 + v_g * 2400 + v_vt * 1200 + v_pt * 5 + v_sp * 2400;
  w_parts[v_op] = v_acc0_0;
  w_parts[v_op + 150] = v_acc0_1;
  w_parts[v_op + 300] = v_acc0_2;
  w_parts[v_op + 450] = v_acc0_3;
  w_parts[v_op + 600] = v_acc0_4;
  w_parts[v_op + 750] = v_acc0_5;
  w_parts[v_op + 900] = v_acc0_6;
  w_parts[v_op + 1050] = v_acc0_7;
  w_parts[v_op + 1] = v_acc1_0;
  w_parts[v_op + 151] = v_acc1_1;
  w_parts[v_op + 301] = v_acc1_2;
  w_parts[v_op + 451] = v_acc1_3;
  w_parts[v_op + 601] = v_acc1_4;
  w_parts[v_op + 751] = v_acc1_5;
  w_parts[v_op + 901] = v_acc1_6;
  w_parts[v_op + 1051] = v_acc1_7;
  w_parts[v_op + 2] = v_acc2_0;
  w_parts[v_op + 152] = v_acc2_1;
  w_parts[v_op + 302] = v_acc2_2;
  w_parts[v_op + 452] = v_acc2_3;
  w_parts[v_op + 602] = v_acc2_4;
  w_parts[v_op + 752] = v_acc2_5;
  w_parts[v_op + 902] = v_acc2_6;
  w_parts[v_op + 1052] = v_acc2_7;
  w_parts[v_op + 3] = v_acc3_0;
  w_parts[v_op + 153] = v_acc3_1;
  w_parts[v_op + 303] = v_acc3_2;
  w_parts[v_op + 453] = v_acc3_3;
  w_parts[v_op + 603] = v_acc3_4;
  w_parts[v_op + 753] = v_acc3_5;
  w_parts[v_op + 903] = v_acc3_6;
  w_parts[v_op + 1053] = v_acc3_7;
  w_parts[v_op + 4] = v_acc4_0;
  w_parts[v_op + 154] = v_acc4_1;
  w_parts[v_op + 304] = v_acc4_2;
  w_parts[v_op + 454] = v_acc4_3;
  w_parts[v_op + 604] = v_acc4_4;
  w_parts[v_op + 754] = v_acc4_5;
  w_parts[v_op + 904] = v_acc4_6;
  w_parts[v_op + 1054] = v_acc4_7;
}

// w = the sum of the 2 shares of the partial results, times -lr, added to w
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 2400u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  w[v_pe] = (w[v_pe] + ((w_parts[v_pe] + w_parts[v_pe + 2400]) * (lr[0] * -1.0)));
}
