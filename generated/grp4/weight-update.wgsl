// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: grp4_weight_update (pass weight-update, target webgpu)
// spec: grp4: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 groups=4 act=relu layout=nchw -> Ho=56 Wo=56
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":3,"split":14,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 64, 56, 56], 200704 f32
//   1: dy (input), [1, 64, 56, 56], 200704 f32
//   2: y (input), [1, 64, 56, 56], 200704 f32
//   3: lr (input), [], 1 f32
//   4: w (inout), [64, 16, 3, 3], 9216 f32
//   5: xpad (scratch), [1, 64, 58, 58], 215296 f32
//   6: delta (scratch), [1, 56, 56, 64], 200704 f32
//   7: w_parts (scratch), [14, 64, 16, 3, 3], 129024 f32
// dispatches, in order:
//   prologue0: 8 x 8 x 64 workgroups of 8 x 8 x 1
//   prologue1: 8 x 7 x 56 workgroups of 8 x 8 x 1
//   main0: 1 x 24 x 28 workgroups of 1 x 8 x 1
//   epilogue0: 1152 x 1 x 1 workgroups of 8 x 1 x 1

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
  if (gid.x >= 58u || gid.y >= 58u || gid.z >= 64u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 64u);
  let v_sn = i32((gid.z / 64u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 215296 + v_sc * 3364 + v_sy * 58 + v_sx;
  if (u32(v_sy - 1) < 56u && u32(v_sx - 1) < 56u) {
    v_ps = v_sn * 200704 + v_sc * 3136 + v_sy * 56 + v_sx - 57;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 64
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 56u || gid.z >= 56u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 56u);
  let v_dn = i32((gid.z / 56u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 200704 + v_di * 3584 + v_dj * 64 + v_dc;
  if (u32(v_dc) < 64u) {
    v_py = v_dn * 200704 + v_di * 56 + v_dj + v_dc * 3136;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 192 x 28
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 192u || gid.z >= 28u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 4u);
  let v_c = i32((gid.y / 4u) % 16u);
  let v_k = i32((gid.y / 64u));
  let v_sp = i32(gid.z % 14u);
  let v_vt = i32((gid.z / 14u));
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
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  v_ap = v_g * 16 + v_vt * 8;
  v_bp = v_k * 58 + v_c * 3364 + v_g * 53824 + v_pt * 3;
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
    if (u32(v_sp * 4 + v_ri) < 56u) {
      v_aq = v_ap + v_sp * 14336 + v_ri * 3584;
      v_bq = v_bp + v_sp * 232 + v_ri * 58;
      for (var v_rj: i32 = 0; v_rj < 56; v_rj++) {
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
        v_aq = v_aq + 64;
        v_bq = v_bq + 1;
      }
    }
  }
  v_op = v_k * 3 + v_c * 9 + v_g * 2304 + v_vt * 1152 + v_pt * 3 + v_sp * 9216;
  w_parts[v_op] = v_acc0_0;
  w_parts[v_op + 144] = v_acc0_1;
  w_parts[v_op + 288] = v_acc0_2;
  w_parts[v_op + 432] = v_acc0_3;
  w_parts[v_op + 576] = v_acc0_4;
  w_parts[v_op + 720] = v_acc0_5;
  w_parts[v_op + 864] = v_acc0_6;
  w_parts[v_op + 1008] = v_acc0_7;
  w_parts[v_op + 1] = v_acc1_0;
  w_parts[v_op + 145] = v_acc1_1;
  w_parts[v_op + 289] = v_acc1_2;
  w_parts[v_op + 433] = v_acc1_3;
  w_parts[v_op + 577] = v_acc1_4;
  w_parts[v_op + 721] = v_acc1_5;
  w_parts[v_op + 865] = v_acc1_6;
  w_parts[v_op + 1009] = v_acc1_7;
  w_parts[v_op + 2] = v_acc2_0;
  w_parts[v_op + 146] = v_acc2_1;
  w_parts[v_op + 290] = v_acc2_2;
  w_parts[v_op + 434] = v_acc2_3;
  w_parts[v_op + 578] = v_acc2_4;
  w_parts[v_op + 722] = v_acc2_5;
  w_parts[v_op + 866] = v_acc2_6;
  w_parts[v_op + 1010] = v_acc2_7;
}

// w = the sum of the 14 shares of the partial results, times -lr, added to w
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 9216u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  w[v_pe] = (w[v_pe] + ((((((((((((((w_parts[v_pe] + w_parts[v_pe + 9216]) + w_parts[v_pe + 18432]) + w_parts[v_pe + 27648]) + w_parts[v_pe + 36864]) + w_parts[v_pe + 46080]) + w_parts[v_pe + 55296]) + w_parts[v_pe + 64512]) + w_parts[v_pe + 73728]) + w_parts[v_pe + 82944]) + w_parts[v_pe + 92160]) + w_parts[v_pe + 101376]) + w_parts[v_pe + 110592]) + w_parts[v_pe + 119808]) * (lr[0] * -1.0)));
}
