// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: cifar_weight_grad (pass weight-grad, target webgpu)
// spec: cifar: N=8 Ci=3 H=32 W=32 Co=32 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=32 Wo=32
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":3,"split":8,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 3, 32, 32], 24576 f32
//   1: dy (input), [8, 32, 32, 32], 262144 f32
//   2: y (input), [8, 32, 32, 32], 262144 f32
//   3: dw (output), [32, 3, 3, 3], 864 f32
//   4: xpad (scratch), [8, 3, 34, 34], 27744 f32
//   5: delta (scratch), [8, 32, 32, 32], 262144 f32
//   6: dw_parts (scratch), [8, 32, 3, 3, 3], 6912 f32
// dispatches, in order:
//   prologue0: 5 x 5 x 24 workgroups of 8 x 8 x 1
//   prologue1: 4 x 4 x 256 workgroups of 8 x 8 x 1
//   main0: 1 x 2 x 32 workgroups of 1 x 8 x 1
//   epilogue0: 108 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> y: array<f32>;
@group(0) @binding(3) var<storage, read_write> dw: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> dw_parts: array<f32>;

// X into the zero-bordered xpad
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 34u || gid.y >= 34u || gid.z >= 24u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 3u);
  let v_sn = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 3468 + v_sc * 1156 + v_sy * 34 + v_sx;
  if (u32(v_sy - 1) < 32u && u32(v_sx - 1) < 32u) {
    v_ps = v_sn * 3072 + v_sc * 1024 + v_sy * 32 + v_sx - 33;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 32
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 32u || gid.y >= 32u || gid.z >= 256u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 32u);
  let v_dn = i32((gid.z / 32u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 32768 + v_di * 1024 + v_dj * 32 + v_dc;
  if (u32(v_dc) < 32u) {
    v_py = v_dn * 32768 + v_di * 32 + v_dj + v_dc * 1024;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 9 x 32
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 9u || gid.z >= 32u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_c = i32(gid.y % 3u);
  let v_k = i32((gid.y / 3u));
  let v_sp = i32(gid.z % 8u);
  let v_vt = i32((gid.z / 8u));
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
  v_ap = v_g * 32 + v_vt * 8;
  v_bp = v_k * 34 + v_c * 1156 + v_g * 3468 + v_pt * 3;
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
  for (var v_rn: i32 = 0; v_rn < 8; v_rn++) {
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
    for (var v_ri: i32 = 0; v_ri < 4; v_ri++) {
      if (u32(v_sp * 4 + v_ri) < 32u) {
        v_aq = v_ap + v_rn * 32768 + v_sp * 4096 + v_ri * 1024;
        v_bq = v_bp + v_rn * 3468 + v_sp * 136 + v_ri * 34;
        for (var v_rj: i32 = 0; v_rj < 32; v_rj++) {
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
          v_acc0_0_1 = (v_acc0_0_1 + (v_a0 * v_b0));
          v_acc0_1_1 = (v_acc0_1_1 + (v_a1 * v_b0));
          v_acc0_2_1 = (v_acc0_2_1 + (v_a2 * v_b0));
          v_acc0_3_1 = (v_acc0_3_1 + (v_a3 * v_b0));
          v_acc0_4_1 = (v_acc0_4_1 + (v_a4 * v_b0));
          v_acc0_5_1 = (v_acc0_5_1 + (v_a5 * v_b0));
          v_acc0_6_1 = (v_acc0_6_1 + (v_a6 * v_b0));
          v_acc0_7_1 = (v_acc0_7_1 + (v_a7 * v_b0));
          v_acc1_0_1 = (v_acc1_0_1 + (v_a0 * v_b1));
          v_acc1_1_1 = (v_acc1_1_1 + (v_a1 * v_b1));
          v_acc1_2_1 = (v_acc1_2_1 + (v_a2 * v_b1));
          v_acc1_3_1 = (v_acc1_3_1 + (v_a3 * v_b1));
          v_acc1_4_1 = (v_acc1_4_1 + (v_a4 * v_b1));
          v_acc1_5_1 = (v_acc1_5_1 + (v_a5 * v_b1));
          v_acc1_6_1 = (v_acc1_6_1 + (v_a6 * v_b1));
          v_acc1_7_1 = (v_acc1_7_1 + (v_a7 * v_b1));
          v_acc2_0_1 = (v_acc2_0_1 + (v_a0 * v_b2));
          v_acc2_1_1 = (v_acc2_1_1 + (v_a1 * v_b2));
          v_acc2_2_1 = (v_acc2_2_1 + (v_a2 * v_b2));
          v_acc2_3_1 = (v_acc2_3_1 + (v_a3 * v_b2));
          v_acc2_4_1 = (v_acc2_4_1 + (v_a4 * v_b2));
          v_acc2_5_1 = (v_acc2_5_1 + (v_a5 * v_b2));
          v_acc2_6_1 = (v_acc2_6_1 + (v_a6 * v_b2));
          v_acc2_7_1 = (v_acc2_7_1 + (v_a7 * v_b2));
          v_aq = v_aq + 32;
          v_bq = v_bq + 1;
        }
      }
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
  v_op = v_k * 3 + v_c * 9 + v_g * 864 + v_vt * 216 + v_pt * 3 + v_sp * 864;
  dw_parts[v_op] = v_acc0_0;
  dw_parts[v_op + 27] = v_acc0_1;
  dw_parts[v_op + 54] = v_acc0_2;
  dw_parts[v_op + 81] = v_acc0_3;
  dw_parts[v_op + 108] = v_acc0_4;
  dw_parts[v_op + 135] = v_acc0_5;
  dw_parts[v_op + 162] = v_acc0_6;
  dw_parts[v_op + 189] = v_acc0_7;
  dw_parts[v_op + 1] = v_acc1_0;
  dw_parts[v_op + 28] = v_acc1_1;
  dw_parts[v_op + 55] = v_acc1_2;
  dw_parts[v_op + 82] = v_acc1_3;
  dw_parts[v_op + 109] = v_acc1_4;
  dw_parts[v_op + 136] = v_acc1_5;
  dw_parts[v_op + 163] = v_acc1_6;
  dw_parts[v_op + 190] = v_acc1_7;
  dw_parts[v_op + 2] = v_acc2_0;
  dw_parts[v_op + 29] = v_acc2_1;
  dw_parts[v_op + 56] = v_acc2_2;
  dw_parts[v_op + 83] = v_acc2_3;
  dw_parts[v_op + 110] = v_acc2_4;
  dw_parts[v_op + 137] = v_acc2_5;
  dw_parts[v_op + 164] = v_acc2_6;
  dw_parts[v_op + 191] = v_acc2_7;
}

// dw = the sum of the 8 shares of the partial results
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 864u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  dw[v_pe] = (((((((dw_parts[v_pe] + dw_parts[v_pe + 864]) + dw_parts[v_pe + 1728]) + dw_parts[v_pe + 2592]) + dw_parts[v_pe + 3456]) + dw_parts[v_pe + 4320]) + dw_parts[v_pe + 5184]) + dw_parts[v_pe + 6048]);
}
