// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: stem7x7_weight_update (pass weight-update, target webgpu)
// spec: stem7x7: N=1 Ci=3 H=224 W=224 Co=64 K=7 L=7 stride=2x2 pad=3,3,3,3 dilation=1x1 act=relu layout=nchw -> Ho=112 Wo=112
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":7,"split":28,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 3, 224, 224], 150528 f32
//   1: dy (input), [1, 64, 112, 112], 802816 f32
//   2: y (input), [1, 64, 112, 112], 802816 f32
//   3: lr (input), [], 1 f32
//   4: w (inout), [64, 3, 7, 7], 9408 f32
//   5: xpad (scratch), [1, 3, 230, 230], 158700 f32
//   6: delta (scratch), [1, 112, 112, 64], 802816 f32
//   7: w_parts (scratch), [28, 64, 3, 7, 7], 263424 f32
// dispatches, in order:
//   prologue0: 29 x 29 x 3 workgroups of 8 x 8 x 1
//   prologue1: 8 x 14 x 112 workgroups of 8 x 8 x 1
//   main0: 1 x 3 x 224 workgroups of 1 x 8 x 1
//   epilogue0: 1176 x 1 x 1 workgroups of 8 x 1 x 1

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
  if (gid.x >= 230u || gid.y >= 230u || gid.z >= 3u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 3u);
  let v_sn = i32((gid.z / 3u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 158700 + v_sc * 52900 + v_sy * 230 + v_sx;
  if (u32(v_sy - 3) < 224u && u32(v_sx - 3) < 224u) {
    v_ps = v_sn * 150528 + v_sc * 50176 + v_sy * 224 + v_sx - 675;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 64
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 112u || gid.z >= 112u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 112u);
  let v_dn = i32((gid.z / 112u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 802816 + v_di * 7168 + v_dj * 64 + v_dc;
  if (u32(v_dc) < 64u) {
    v_py = v_dn * 802816 + v_di * 112 + v_dj + v_dc * 12544;
    delta[v_pd] = (dy[v_py] * select(0.0, 1.0, y[v_py] > 0.0));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 21 x 224
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 21u || gid.z >= 224u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_c = i32(gid.y % 3u);
  let v_k = i32((gid.y / 3u));
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
  var v_acc5_0: f32;
  var v_acc5_1: f32;
  var v_acc5_2: f32;
  var v_acc5_3: f32;
  var v_acc5_4: f32;
  var v_acc5_5: f32;
  var v_acc5_6: f32;
  var v_acc5_7: f32;
  var v_acc6_0: f32;
  var v_acc6_1: f32;
  var v_acc6_2: f32;
  var v_acc6_3: f32;
  var v_acc6_4: f32;
  var v_acc6_5: f32;
  var v_acc6_6: f32;
  var v_acc6_7: f32;
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
  var v_b5: f32;
  var v_b6: f32;
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
  var v_acc3_0_1: f32;
  var v_acc3_1_1: f32;
  var v_acc3_2_1: f32;
  var v_acc3_3_1: f32;
  var v_acc3_4_1: f32;
  var v_acc3_5_1: f32;
  var v_acc3_6_1: f32;
  var v_acc3_7_1: f32;
  var v_acc4_0_1: f32;
  var v_acc4_1_1: f32;
  var v_acc4_2_1: f32;
  var v_acc4_3_1: f32;
  var v_acc4_4_1: f32;
  var v_acc4_5_1: f32;
  var v_acc4_6_1: f32;
  var v_acc4_7_1: f32;
  var v_acc5_0_1: f32;
  var v_acc5_1_1: f32;
  var v_acc5_2_1: f32;
  var v_acc5_3_1: f32;
  var v_acc5_4_1: f32;
  var v_acc5_5_1: f32;
  var v_acc5_6_1: f32;
  var v_acc5_7_1: f32;
  var v_acc6_0_1: f32;
  var v_acc6_1_1: f32;
  var v_acc6_2_1: f32;
  var v_acc6_3_1: f32;
  var v_acc6_4_1: f32;
  var v_acc6_5_1: f32;
  var v_acc6_6_1: f32;
  var v_acc6_7_1: f32;
  v_ap = v_g * 64 + v_vt * 8;
  v_bp = v_k * 230 + v_c * 52900 + v_g * 158700 + v_pt * 7;
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
  v_acc5_0 = 0.0;
  v_acc5_1 = 0.0;
  v_acc5_2 = 0.0;
  v_acc5_3 = 0.0;
  v_acc5_4 = 0.0;
  v_acc5_5 = 0.0;
  v_acc5_6 = 0.0;
  v_acc5_7 = 0.0;
  v_acc6_0 = 0.0;
  v_acc6_1 = 0.0;
  v_acc6_2 = 0.0;
  v_acc6_3 = 0.0;
  v_acc6_4 = 0.0;
  v_acc6_5 = 0.0;
  v_acc6_6 = 0.0;
  v_acc6_7 = 0.0;
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
      v_acc3_0_1 = 0.0;
      v_acc3_1_1 = 0.0;
      v_acc3_2_1 = 0.0;
      v_acc3_3_1 = 0.0;
      v_acc3_4_1 = 0.0;
      v_acc3_5_1 = 0.0;
      v_acc3_6_1 = 0.0;
      v_acc3_7_1 = 0.0;
      v_acc4_0_1 = 0.0;
      v_acc4_1_1 = 0.0;
      v_acc4_2_1 = 0.0;
      v_acc4_3_1 = 0.0;
      v_acc4_4_1 = 0.0;
      v_acc4_5_1 = 0.0;
      v_acc4_6_1 = 0.0;
      v_acc4_7_1 = 0.0;
      v_acc5_0_1 = 0.0;
      v_acc5_1_1 = 0.0;
      v_acc5_2_1 = 0.0;
      v_acc5_3_1 = 0.0;
      v_acc5_4_1 = 0.0;
      v_acc5_5_1 = 0.0;
      v_acc5_6_1 = 0.0;
      v_acc5_7_1 = 0.0;
      v_acc6_0_1 = 0.0;
      v_acc6_1_1 = 0.0;
      v_acc6_2_1 = 0.0;
      v_acc6_3_1 = 0.0;
      v_acc6_4_1 = 0.0;
      v_acc6_5_1 = 0.0;
      v_acc6_6_1 = 0.0;
      v_acc6_7_1 = 0.0;
      v_aq = v_ap + v_sp * 28672 + v_ri * 7168;
      v_bq = v_bp + v_sp * 1840 + v_ri * 460;
      for (var v_rj: i32 = 0; v_rj < 112; v_rj++) {
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
        v_b5 = xpad[v_bq + 5];
        v_b6 = xpad[v_bq + 6];
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
        v_acc3_0_1 = (v_acc3_0_1 + (v_a0 * v_b3));
        v_acc3_1_1 = (v_acc3_1_1 + (v_a1 * v_b3));
        v_acc3_2_1 = (v_acc3_2_1 + (v_a2 * v_b3));
        v_acc3_3_1 = (v_acc3_3_1 + (v_a3 * v_b3));
        v_acc3_4_1 = (v_acc3_4_1 + (v_a4 * v_b3));
        v_acc3_5_1 = (v_acc3_5_1 + (v_a5 * v_b3));
        v_acc3_6_1 = (v_acc3_6_1 + (v_a6 * v_b3));
        v_acc3_7_1 = (v_acc3_7_1 + (v_a7 * v_b3));
        v_acc4_0_1 = (v_acc4_0_1 + (v_a0 * v_b4));
        v_acc4_1_1 = (v_acc4_1_1 + (v_a1 * v_b4));
        v_acc4_2_1 = (v_acc4_2_1 + (v_a2 * v_b4));
        v_acc4_3_1 = (v_acc4_3_1 + (v_a3 * v_b4));
        v_acc4_4_1 = (v_acc4_4_1 + (v_a4 * v_b4));
        v_acc4_5_1 = (v_acc4_5_1 + (v_a5 * v_b4));
        v_acc4_6_1 = (v_acc4_6_1 + (v_a6 * v_b4));
        v_acc4_7_1 = (v_acc4_7_1 + (v_a7 * v_b4));
        v_acc5_0_1 = (v_acc5_0_1 + (v_a0 * v_b5));
        v_acc5_1_1 = (v_acc5_1_1 + (v_a1 * v_b5));
        v_acc5_2_1 = (v_acc5_2_1 + (v_a2 * v_b5));
        v_acc5_3_1 = (v_acc5_3_1 + (v_a3 * v_b5));
        v_acc5_4_1 = (v_acc5_4_1 + (v_a4 * v_b5));
        v_acc5_5_1 = (v_acc5_5_1 + (v_a5 * v_b5));
        v_acc5_6_1 = (v_acc5_6_1 + (v_a6 * v_b5));
        v_acc5_7_1 = (v_acc5_7_1 + (v_a7 * v_b5));
        v_acc6_0_1 = (v_acc6_0_1 + (v_a0 * v_b6));
        v_acc6_1_1 = (v_acc6_1_1 + (v_a1 * v_b6));
        v_acc6_2_1 = (v_acc6_2_1 + (v_a2 * v_b6));
        v_acc6_3_1 = (v_acc6_3_1 + (v_a3 * v_b6));
        v_acc6_4_1 = (v_acc6_4_1 + (v_a4 * v_b6));
        v_acc6_5_1 = (v_acc6_5_1 + (v_a5 * v_b6));
        v_acc6_6_1 = (v_acc6_6_1 + (v_a6 * v_b6));
        v_acc6_7_1 = (v_acc6_7_1 + (v_a7 * v_b6));
        v_aq = v_aq + 64;
        v_bq = v_bq + 2;
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
      v_acc3_0 = (v_acc3_0 + v_acc3_0_1);
      v_acc3_1 = (v_acc3_1 + v_acc3_1_1);
      v_acc3_2 = (v_acc3_2 + v_acc3_2_1);
      v_acc3_3 = (v_acc3_3 + v_acc3_3_1);
      v_acc3_4 = (v_acc3_4 + v_acc3_4_1);
      v_acc3_5 = (v_acc3_5 + v_acc3_5_1);
      v_acc3_6 = (v_acc3_6 + v_acc3_6_1);
      v_acc3_7 = (v_acc3_7 + v_acc3_7_1);
      v_acc4_0 = (v_acc4_0 + v_acc4_0_1);
      v_acc4_1 = (v_acc4_1 + v_acc4_1_1);
      v_acc4_2 = (v_acc4_2 + v_acc4_2_1);
      v_acc4_3 = (v_acc4_3 + v_acc4_3_1);
      v_acc4_4 = (v_acc4_4 + v_acc4_4_1);
      v_acc4_5 = (v_acc4_5 + v_acc4_5_1);
      v_acc4_6 = (v_acc4_6 + v_acc4_6_1);
      v_acc4_7 = (v_acc4_7 + v_acc4_7_1);
      v_acc5_0 = (v_acc5_0 + v_acc5_0_1);
      v_acc5_1 = (v_acc5_1 + v_acc5_1_1);
      v_acc5_2 = (v_acc5_2 + v_acc5_2_1);
      v_acc5_3 = (v_acc5_3 + v_acc5_3_1);
      v_acc5_4 = (v_acc5_4 + v_acc5_4_1);
      v_acc5_5 = (v_acc5_5 + v_acc5_5_1);
      v_acc5_6 = (v_acc5_6 + v_acc5_6_1);
      v_acc5_7 = (v_acc5_7 + v_acc5_7_1);
      v_acc6_0 = (v_acc6_0 + v_acc6_0_1);
      v_acc6_1 = (v_acc6_1 + v_acc6_1_1);
      v_acc6_2 = (v_acc6_2 + v_acc6_2_1);
      v_acc6_3 = (v_acc6_3 + v_acc6_3_1);
      v_acc6_4 = (v_acc6_4 + v_acc6_4_1);
      v_acc6_5 = (v_acc6_5 + v_acc6_5_1);
      v_acc6_6 = (v_acc6_6 + v_acc6_6_1);
      v_acc6_7 = (v_acc6_7 + v_acc6_7_1);
    }
  }
  v_op = v_k * 7 + v_c * 49 + v_g * 9408 + v_vt * 1176 + v_pt * 7 + v_sp * 9408;
  w_parts[v_op] = v_acc0_0;
  w_parts[v_op + 147] = v_acc0_1;
  w_parts[v_op + 294] = v_acc0_2;
  w_parts[v_op + 441] = v_acc0_3;
  w_parts[v_op + 588] = v_acc0_4;
  w_parts[v_op + 735] = v_acc0_5;
  w_parts[v_op + 882] = v_acc0_6;
  w_parts[v_op + 1029] = v_acc0_7;
  w_parts[v_op + 1] = v_acc1_0;
  w_parts[v_op + 148] = v_acc1_1;
  w_parts[v_op + 295] = v_acc1_2;
  w_parts[v_op + 442] = v_acc1_3;
  w_parts[v_op + 589] = v_acc1_4;
  w_parts[v_op + 736] = v_acc1_5;
  w_parts[v_op + 883] = v_acc1_6;
  w_parts[v_op + 1030] = v_acc1_7;
  w_parts[v_op + 2] = v_acc2_0;
  w_parts[v_op + 149] = v_acc2_1;
  w_parts[v_op + 296] = v_acc2_2;
  w_parts[v_op + 443] = v_acc2_3;
  w_parts[v_op + 590] = v_acc2_4;
  w_parts[v_op + 737] = v_acc2_5;
  w_parts[v_op + 884] = v_acc2_6;
  w_parts[v_op + 1031] = v_acc2_7;
  w_parts[v_op + 3] = v_acc3_0;
  w_parts[v_op + 150] = v_acc3_1;
  w_parts[v_op + 297] = v_acc3_2;
  w_parts[v_op + 444] = v_acc3_3;
  w_parts[v_op + 591] = v_acc3_4;
  w_parts[v_op + 738] = v_acc3_5;
  w_parts[v_op + 885] = v_acc3_6;
  w_parts[v_op + 1032] = v_acc3_7;
  w_parts[v_op + 4] = v_acc4_0;
  w_parts[v_op + 151] = v_acc4_1;
  w_parts[v_op + 298] = v_acc4_2;
  w_parts[v_op + 445] = v_acc4_3;
  w_parts[v_op + 592] = v_acc4_4;
  w_parts[v_op + 739] = v_acc4_5;
  w_parts[v_op + 886] = v_acc4_6;
  w_parts[v_op + 1033] = v_acc4_7;
  w_parts[v_op + 5] = v_acc5_0;
  w_parts[v_op + 152] = v_acc5_1;
  w_parts[v_op + 299] = v_acc5_2;
  w_parts[v_op + 446] = v_acc5_3;
  w_parts[v_op + 593] = v_acc5_4;
  w_parts[v_op + 740] = v_acc5_5;
  w_parts[v_op + 887] = v_acc5_6;
  w_parts[v_op + 1034] = v_acc5_7;
  w_parts[v_op + 6] = v_acc6_0;
  w_parts[v_op + 153] = v_acc6_1;
  w_parts[v_op + 300] = v_acc6_2;
  w_parts[v_op + 447] = v_acc6_3;
  w_parts[v_op + 594] = v_acc6_4;
  w_parts[v_op + 741] = v_acc6_5;
  w_parts[v_op + 888] = v_acc6_6;
  w_parts[v_op + 1035] = v_acc6_7;
}

// w = the sum of the 28 shares of the partial results, times -lr, added to w
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 9408u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  w[v_pe] = (w[v_pe] + ((((((((((((((((((((((((((((w_parts[v_pe] + w_parts[v_pe + 9408]) + w_parts[v_pe + 18816]) + w_parts[v_pe + 28224]) + w_parts[v_pe + 37632]) + w_parts[v_pe + 47040]) + w_parts[v_pe + 56448]) + w_parts[v_pe + 65856]) + w_parts[v_pe + 75264]) + w_parts[v_pe + 84672]) + w_parts[v_pe + 94080]) + w_parts[v_pe + 103488]) + w_parts[v_pe + 112896]) + w_parts[v_pe + 122304]) + w_parts[v_pe + 131712]) + w_parts[v_pe + 141120]) + w_parts[v_pe + 150528]) + w_parts[v_pe + 159936]) + w_parts[v_pe + 169344]) + w_parts[v_pe + 178752]) + w_parts[v_pe + 188160]) + w_parts[v_pe + 197568]) + w_parts[v_pe + 206976]) + w_parts[v_pe + 216384]) + w_parts[v_pe + 225792]) + w_parts[v_pe + 235200]) + w_parts[v_pe + 244608]) + w_parts[v_pe + 254016]) * (lr[0] * -1.0)));
}
