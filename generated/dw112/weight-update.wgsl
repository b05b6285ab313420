// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: dw112_weight_update (pass weight-update, target webgpu)
// spec: dw112: N=1 Ci=32 H=112 W=112 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 groups=32 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","vector":"groups","workgroup":[8,8],"channels":8,"pixels":3,"split":28,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 32, 112, 112], 401408 f32
//   1: dy (input), [1, 32, 112, 112], 401408 f32
//   2: y (input), [1, 32, 112, 112], 401408 f32
//   3: lr (input), [], 1 f32
//   4: w (inout), [32, 1, 3, 3], 288 f32
//   5: xpad (scratch), [1, 32, 114, 114], 415872 f32
//   6: delta (scratch), [1, 112, 112, 32], 401408 f32
//   7: w_parts (scratch), [28, 32, 1, 3, 3], 8064 f32
// dispatches, in order:
//   prologue0: 15 x 15 x 32 workgroups of 8 x 8 x 1
//   prologue1: 4 x 14 x 112 workgroups of 8 x 8 x 1
//   main0: 1 x 1 x 112 workgroups of 1 x 3 x 1
//   epilogue0: 36 x 1 x 1 workgroups of 8 x 1 x 1

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
  if (gid.x >= 114u || gid.y >= 114u || gid.z >= 32u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 32u);
  let v_sn = i32((gid.z / 32u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 415872 + v_sc * 12996 + v_sy * 114 + v_sx;
  if (u32(v_sy - 1) < 112u && u32(v_sx - 1) < 112u) {
    v_ps = v_sn * 401408 + v_sc * 12544 + v_sy * 112 + v_sx - 113;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 32
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 112u || gid.z >= 112u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 112u);
  let v_dn = i32((gid.z / 112u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 401408 + v_di * 3584 + v_dj * 32 + v_dc;
  if (u32(v_dc) < 32u) {
    v_py = v_dn * 401408 + v_di * 112 + v_dj + v_dc * 12544;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 3 x 112
@compute @workgroup_size(1, 3, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 3u || gid.z >= 112u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_m = i32(gid.y % 1u);
  let v_c = i32(gid.y % 1u);
  let v_k = i32(gid.y);
  let v_sp = i32(gid.z % 28u);
  let v_vt = i32((gid.z / 28u));
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
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_a3: f32;
  var v_a4: f32;
  var v_a5: f32;
  var v_a6: f32;
  var v_a7: f32;
  var v_b0_0: f32;
  var v_b0_1: f32;
  var v_b0_2: f32;
  var v_b1_0: f32;
  var v_b1_1: f32;
  var v_b1_2: f32;
  var v_b2_0: f32;
  var v_b2_1: f32;
  var v_b2_2: f32;
  var v_b3_0: f32;
  var v_b3_1: f32;
  var v_b3_2: f32;
  var v_b4_0: f32;
  var v_b4_1: f32;
  var v_b4_2: f32;
  var v_b5_0: f32;
  var v_b5_1: f32;
  var v_b5_2: f32;
  var v_b6_0: f32;
  var v_b6_1: f32;
  var v_b6_2: f32;
  var v_b7_0: f32;
  var v_b7_1: f32;
  var v_b7_2: f32;
  var v_acc0_0_1: f32;
  var v_acc0_1_1: f32;
  var v_acc0_2_1: f32;
  var v_acc0_3_1: f32;
  var v_acc0_4_1: f32;
  var v_acc0_5_1: f32;
  var v_acc0_6_1: f32;
  var v_acc0_7_1: f32;
  var v_acc1_0_1: f32;
  var v_acc1_1_1: f32;
  var v_acc1_2_1: f32;
  var v_acc1_3_1: f32;
  var v_acc1_4_1: f32;
  var v_acc1_5_1: f32;
  var v_acc1_6_1: f32;
  var v_acc1_7_1: f32;
  var v_acc2_0_1: f32;
  var v_acc2_1_1: f32;
  var v_acc2_2_1: f32;
  var v_acc2_3_1: f32;
  var v_acc2_4_1: f32;
  var v_acc2_5_1: f32;
  var v_acc2_6_1: f32;
  var v_acc2_7_1: f32;
  v_ap = v_m + v_vt * 8;
  v_bp = v_k * 114 + v_c * 12996 + v_vt * 103968 + v_pt * 3;
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
  for (var v_ri: i32 = 0; v_ri < 4; v_ri++) {
    if (u32(v_sp * 4 + v_ri) < 112u) {
      v_acc0_0_1 = 0.0;
      v_acc0_1_1 = 0.0;
      v_acc0_2_1 = 0.0;
      v_acc0_3_1 = 0.0;
      v_acc0_4_1 = 0.0;
      v_acc0_5_1 = 0.0;
      v_acc0_6_1 = 0.0;
      v_acc0_7_1 = 0.0;
      v_acc1_0_1 = 0.0;
      v_acc1_1_1 = 0.0;
      v_acc1_2_1 = 0.0;
      v_acc1_3_1 = 0.0;
      v_acc1_4_1 = 0.0;
      v_acc1_5_1 = 0.0;
      v_acc1_6_1 = 0.0;
      v_acc1_7_1 = 0.0;
      v_acc2_0_1 = 0.0;
      v_acc2_1_1 = 0.0;
      v_acc2_2_1 = 0.0;
      v_acc2_3_1 = 0.0;
      v_acc2_4_1 = 0.0;
      v_acc2_5_1 = 0.0;
      v_acc2_6_1 = 0.0;
      v_acc2_7_1 = 0.0;
      v_aq = v_ap + v_sp * 14336 + v_ri * 3584;
      v_bq = v_bp + v_sp * 456 + v_ri * 114;
      for (var v_rj: i32 = 0; v_rj < 112; v_rj++) {
        v_a0 = delta[v_aq];
        v_a1 = delta[v_aq + 1];
        v_a2 = delta[v_aq + 2];
        v_a3 = delta[v_aq + 3];
        v_a4 = delta[v_aq + 4];
        v_a5 = delta[v_aq + 5];
        v_a6 = delta[v_aq + 6];
        v_a7 = delta[v_aq + 7];
        v_b0_0 = xpad[v_bq];
        v_b0_1 = xpad[v_bq + 1];
        v_b0_2 = xpad[v_bq + 2];
        v_b1_0 = xpad[v_bq + 12996];
        v_b1_1 = xpad[v_bq + 12997];
        v_b1_2 = xpad[v_bq + 12998];
        v_b2_0 = xpad[v_bq + 25992];
        v_b2_1 = xpad[v_bq + 25993];
        v_b2_2 = xpad[v_bq + 25994];
        v_b3_0 = xpad[v_bq + 38988];
        v_b3_1 = xpad[v_bq + 38989];
        v_b3_2 = xpad[v_bq + 38990];
        v_b4_0 = xpad[v_bq + 51984];
        v_b4_1 = xpad[v_bq + 51985];
        v_b4_2 = xpad[v_bq + 51986];
        v_b5_0 = xpad[v_bq + 64980];
        v_b5_1 = xpad[v_bq + 64981];
        v_b5_2 = xpad[v_bq + 64982];
        v_b6_0 = xpad[v_bq + 77976];
        v_b6_1 = xpad[v_bq + 77977];
        v_b6_2 = xpad[v_bq + 77978];
        v_b7_0 = xpad[v_bq + 90972];
        v_b7_1 = xpad[v_bq + 90973];
        v_b7_2 = xpad[v_bq + 90974];
        v_acc0_0_1 = (v_acc0_0_1 + (v_a0 * v_b0_0));
        v_acc0_1_1 = (v_acc0_1_1 + (v_a1 * v_b1_0));
        v_acc0_2_1 = (v_acc0_2_1 + (v_a2 * v_b2_0));
        v_acc0_3_1 = (v_acc0_3_1 + (v_a3 * v_b3_0));
        v_acc0_4_1 = (v_acc0_4_1 + (v_a4 * v_b4_0));
        v_acc0_5_1 = (v_acc0_5_1 + (v_a5 * v_b5_0));
        v_acc0_6_1 = (v_acc0_6_1 + (v_a6 * v_b6_0));
        v_acc0_7_1 = (v_acc0_7_1 + (v_a7 * v_b7_0));
        v_acc1_0_1 = (v_acc1_0_1 + (v_a0 * v_b0_1));
        v_acc1_1_1 = (v_acc1_1_1 + (v_a1 * v_b1_1));
        v_acc1_2_1 = (v_acc1_2_1 + (v_a2 * v_b2_1));
        v_acc1_3_1 = (v_acc1_3_1 + (v_a3 * v_b3_1));
        v_acc1_4_1 = (v_acc1_4_1 + (v_a4 * v_b4_1));
        v_acc1_5_1 = (v_acc1_5_1 + (v_a5 * v_b5_1));
        v_acc1_6_1 = (v_acc1_6_1 + (v_a6 * v_b6_1));
        v_acc1_7_1 = (v_acc1_7_1 + (v_a7 * v_b7_1));
        v_acc2_0_1 = (v_acc2_0_1 + (v_a0 * v_b0_2));
        v_acc2_1_1 = (v_acc2_1_1 + (v_a1 * v_b1_2));
        v_acc2_2_1 = (v_acc2_2_1 + (v_a2 * v_b2_2));
        v_acc2_3_1 = (v_acc2_3_1 + (v_a3 * v_b3_2));
        v_acc2_4_1 = (v_acc2_4_1 + (v_a4 * v_b4_2));
        v_acc2_5_1 = (v_acc2_5_1 + (v_a5 * v_b5_2));
        v_acc2_6_1 = (v_acc2_6_1 + (v_a6 * v_b6_2));
        v_acc2_7_1 = (v_acc2_7_1 + (v_a7 * v_b7_2));
        v_aq = v_aq + 32;
        v_bq = v_bq + 1;
      }
      v_acc0_0 = (v_acc0_0 + v_acc0_0_1);
      v_acc0_1 = (v_acc0_1 + v_acc0_1_1);
      v_acc0_2 = (v_acc0_2 + v_acc0_2_1);
      v_acc0_3 = (v_acc0_3 + v_acc0_3_1);
      v_acc0_4 = (v_acc0_4 + v_acc0_4_1);
      v_acc0_5 = (v_acc0_5 + v_acc0_5_1);
      v_acc0_6 = (v_acc0_6 + v_acc0_6_1);
      v_acc0_7 = (v_acc0_7 + v_acc0_7_1);
      v_acc1_0 = (v_acc1_0 + v_acc1_0_1);
      v_acc1_1 = (v_acc1_1 + v_acc1_1_1);
      v_acc1_2 = (v_acc1_2 + v_acc1_2_1);
      v_acc1_3 = (v_acc1_3 + v_acc1_3_1);
      v_acc1_4 = (v_acc1_4 + v_acc1_4_1);
      v_acc1_5 = (v_acc1_5 + v_acc1_5_1);
      v_acc1_6 = (v_acc1_6 + v_acc1_6_1);
      v_acc1_7 = (v_acc1_7 + v_acc1_7_1);
      v_acc2_0 = (v_acc2_0 + v_acc2_0_1);
      v_acc2_1 = (v_acc2_1 + v_acc2_1_1);
      v_acc2_2 = (v_acc2_2 + v_acc2_2_1);
      v_acc2_3 = (v_acc2_3 + v_acc2_3_1);
      v_acc2_4 = (v_acc2_4 + v_acc2_4_1);
      v_acc2_5 = (v_acc2_5 + v_acc2_5_1);
      v_acc2_6 = (v_acc2_6 + v_acc2_6_1);
      v_acc2_7 = (v_acc2_7 + v_acc2_7_1);
    }
  }
  v_op = v_k * 3 + v_c * 9 + v_m * 9 + v_vt * 72 + v_pt * 3 + v_sp * 288;
  w_parts[v_op] = v_acc0_0;
  w_parts[v_op + 9] = v_acc0_1;
  w_parts[v_op + 18] = v_acc0_2;
  w_parts[v_op + 27] = v_acc0_3;
  w_parts[v_op + 36] = v_acc0_4;
  w_parts[v_op + 45] = v_acc0_5;
  w_parts[v_op + 54] = v_acc0_6;
  w_parts[v_op + 63] = v_acc0_7;
  w_parts[v_op + 1] = v_acc1_0;
  w_parts[v_op + 10] = v_acc1_1;
  w_parts[v_op + 19] = v_acc1_2;
  w_parts[v_op + 28] = v_acc1_3;
  w_parts[v_op + 37] = v_acc1_4;
  w_parts[v_op + 46] = v_acc1_5;
  w_parts[v_op + 55] = v_acc1_6;
  w_parts[v_op + 64] = v_acc1_7;
  w_parts[v_op + 2] = v_acc2_0;
  w_parts[v_op + 11] = v_acc2_1;
  w_parts[v_op + 20] = v_acc2_2;
  w_parts[v_op + 29] = v_acc2_3;
  w_parts[v_op + 38] = v_acc2_4;
  w_parts[v_op + 47] = v_acc2_5;
  w_parts[v_op + 56] = v_acc2_6;
  w_parts[v_op + 65] = v_acc2_7;
}

// w = the sum of the 28 shares of the partial results, times -lr, added to w
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 288u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  w[v_pe] = (w[v_pe] + ((((((((((((((((((((((((((((w_parts[v_pe] + w_parts[v_pe + 288]) + w_parts[v_pe + 576]) + w_parts[v_pe + 864]) + w_parts[v_pe + 1152]) + w_parts[v_pe + 1440]) + w_parts[v_pe + 1728]) + w_parts[v_pe + 2016]) + w_parts[v_pe + 2304]) + w_parts[v_pe + 2592]) + w_parts[v_pe + 2880]) + w_parts[v_pe + 3168]) + w_parts[v_pe + 3456]) + w_parts[v_pe + 3744]) + w_parts[v_pe + 4032]) + w_parts[v_pe + 4320]) + w_parts[v_pe + 4608]) + w_parts[v_pe + 4896]) + w_parts[v_pe + 5184]) + w_parts[v_pe + 5472]) + w_parts[v_pe + 5760]) + w_parts[v_pe + 6048]) + w_parts[v_pe + 6336]) + w_parts[v_pe + 6624]) + w_parts[v_pe + 6912]) + w_parts[v_pe + 7200]) + w_parts[v_pe + 7488]) + w_parts[v_pe + 7776]) * (lr[0] * -1.0)));
}
