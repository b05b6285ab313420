// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: lenet1_weight_update (pass weight-update, target webgpu)
// spec: lenet1: N=8 Ci=1 H=32 W=32 Co=6 K=5 L=5 stride=1x1 pad=0,0,0,0 dilation=1x1 act=tanh layout=nchw -> Ho=28 Wo=28
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":6,"pixels":5,"split":7,"threads":1}
// bindings (group 0):
//   0: x (input), [8, 1, 32, 32], 8192 f32
//   1: dy (input), [8, 6, 28, 28], 37632 f32
//   2: y (input), [8, 6, 28, 28], 37632 f32
//   3: lr (input), [], 1 f32
//   4: w (inout), [6, 1, 5, 5], 150 f32
//   5: xpad (scratch), [8, 1, 32, 32], 8192 f32
//   6: delta (scratch), [8, 28, 28, 6], 37632 f32
//   7: w_parts (scratch), [7, 6, 1, 5, 5], 1050 f32
// dispatches, in order:
//   prologue0: 4 x 4 x 8 workgroups of 8 x 8 x 1
//   prologue1: 1 x 4 x 224 workgroups of 6 x 8 x 1
//   main0: 1 x 1 x 7 workgroups of 1 x 5 x 1
//   epilogue0: 19 x 1 x 1 workgroups of 8 x 1 x 1

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
  if (gid.x >= 32u || gid.y >= 32u || gid.z >= 8u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 1u);
  let v_sn = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 1024 + v_sc * 1024 + v_sy * 32 + v_sx;
  if (u32(v_sy) < 32u && u32(v_sx) < 32u) {
    v_ps = v_sn * 1024 + v_sc * 1024 + v_sy * 32 + v_sx;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 6
@compute @workgroup_size(6, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 6u || gid.y >= 28u || gid.z >= 224u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 28u);
  let v_dn = i32((gid.z / 28u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 4704 + v_di * 168 + v_dj * 6 + v_dc;
  if (u32(v_dc) < 6u) {
    v_py = v_dn * 4704 + v_di * 28 + v_dj + v_dc * 784;
    delta[v_pd] = (dy[v_py] * ((1.0 - y[v_py]) * (1.0 + y[v_py])));
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 5 x 7
@compute @workgroup_size(1, 5, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 5u || gid.z >= 7u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_c = i32(gid.y % 1u);
  let v_k = i32(gid.y);
  let v_sp = i32(gid.z % 7u);
  let v_vt = i32((gid.z / 7u));
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
  var v_acc1_0: f32;
  var v_acc1_1: f32;
  var v_acc1_2: f32;
  var v_acc1_3: f32;
  var v_acc1_4: f32;
  var v_acc1_5: f32;
  var v_acc2_0: f32;
  var v_acc2_1: f32;
  var v_acc2_2: f32;
  var v_acc2_3: f32;
  var v_acc2_4: f32;
  var v_acc2_5: f32;
  var v_acc3_0: f32;
  var v_acc3_1: f32;
  var v_acc3_2: f32;
  var v_acc3_3: f32;
  var v_acc3_4: f32;
  var v_acc3_5: f32;
  var v_acc4_0: f32;
  var v_acc4_1: f32;
  var v_acc4_2: f32;
  var v_acc4_3: f32;
  var v_acc4_4: f32;
  var v_acc4_5: f32;
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_a3: f32;
  var v_a4: f32;
  var v_a5: f32;
  var v_b0: f32;
  var v_b1: f32;
  var v_b2: f32;
  var v_b3: f32;
  var v_b4: f32;
  var v_acc0_0_1: f32;
  var v_acc0_1_1: f32;
  var v_acc0_2_1: f32;
  var v_acc0_3_1: f32;
  var v_acc0_4_1: f32;
  var v_acc0_5_1: f32;
  var v_acc1_0_1: f32;
  var v_acc1_1_1: f32;
  var v_acc1_2_1: f32;
  var v_acc1_3_1: f32;
  var v_acc1_4_1: f32;
  var v_acc1_5_1: f32;
  var v_acc2_0_1: f32;
  var v_acc2_1_1: f32;
  var v_acc2_2_1: f32;
  var v_acc2_3_1: f32;
  var v_acc2_4_1: f32;
  var v_acc2_5_1: f32;
  var v_acc3_0_1: f32;
  var v_acc3_1_1: f32;
  var v_acc3_2_1: f32;
  var v_acc3_3_1: f32;
  var v_acc3_4_1: f32;
  var v_acc3_5_1: f32;
  var v_acc4_0_1: f32;
  var v_acc4_1_1: f32;
  var v_acc4_2_1: f32;
  var v_acc4_3_1: f32;
  var v_acc4_4_1: f32;
  var v_acc4_5_1: f32;
  v_ap = v_g * 6 + v_vt * 6;
  v_bp = v_k * 32 + v_c * 1024 + v_g * 1024 + v_pt * 5;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc1_0 = 0.0;
  v_acc1_1 = 0.0;
  v_acc1_2 = 0.0;
  v_acc1_3 = 0.0;
  v_acc1_4 = 0.0;
  v_acc1_5 = 0.0;
  v_acc2_0 = 0.0;
  v_acc2_1 = 0.0;
  v_acc2_2 = 0.0;
  v_acc2_3 = 0.0;
  v_acc2_4 = 0.0;
  v_acc2_5 = 0.0;
  v_acc3_0 = 0.0;
  v_acc3_1 = 0.0;
  v_acc3_2 = 0.0;
  v_acc3_3 = 0.0;
  v_acc3_4 = 0.0;
  v_acc3_5 = 0.0;
  v_acc4_0 = 0.0;
  v_acc4_1 = 0.0;
  v_acc4_2 = 0.0;
  v_acc4_3 = 0.0;
  v_acc4_4 = 0.0;
  v_acc4_5 = 0.0;
  for (var v_rn: i32 = 0; v_rn < 8; v_rn++) {
    v_acc0_0_1 = 0.0;
    v_acc0_1_1 = 0.0;
    v_acc0_2_1 = 0.0;
    v_acc0_3_1 = 0.0;
    v_acc0_4_1 = 0.0;
    v_acc0_5_1 = 0.0;
    v_acc1_0_1 = 0.0;
    v_acc1_1_1 = 0.0;
    v_acc1_2_1 = 0.0;
    v_acc1_3_1 = 0.0;
    v_acc1_4_1 = 0.0;
    v_acc1_5_1 = 0.0;
    v_acc2_0_1 = 0.0;
    v_acc2_1_1 = 0.0;
    v_acc2_2_1 = 0.0;
    v_acc2_3_1 = 0.0;
    v_acc2_4_1 = 0.0;
    v_acc2_5_1 = 0.0;
    v_acc3_0_1 = 0.0;
    v_acc3_1_1 = 0.0;
    v_acc3_2_1 = 0.0;
    v_acc3_3_1 = 0.0;
    v_acc3_4_1 = 0.0;
    v_acc3_5_1 = 0.0;
    v_acc4_0_1 = 0.0;
    v_acc4_1_1 = 0.0;
    v_acc4_2_1 = 0.0;
    v_acc4_3_1 = 0.0;
    v_acc4_4_1 = 0.0;
    v_acc4_5_1 = 0.0;
    for (var v_ri: i32 = 0; v_ri < 4; v_ri++) {
      if (u32(v_sp * 4 + v_ri) < 28u) {
        v_aq = v_ap + v_rn * 4704 + v_sp * 672 + v_ri * 168;
        v_bq = v_bp + v_rn * 1024 + v_sp * 128 + v_ri * 32;
        for (var v_rj: i32 = 0; v_rj < 28; v_rj++) {
          v_a0 = delta[v_aq];
          v_a1 = delta[v_aq + 1];
          v_a2 = delta[v_aq + 2];
          v_a3 = delta[v_aq + 3];
          v_a4 = delta[v_aq + 4];
          v_a5 = delta[v_aq + 5];
          v_b0 = xpad[v_bq];
          v_b1 = xpad[v_bq + 1];
          v_b2 = xpad[v_bq + 2];
          v_b3 = xpad[v_bq + 3];
          v_b4 = xpad[v_bq + 4];
          v_acc0_0_1 = (v_acc0_0_1 + (v_a0 * v_b0));
          v_acc0_1_1 = (v_acc0_1_1 + (v_a1 * v_b0));
          v_acc0_2_1 = (v_acc0_2_1 + (v_a2 * v_b0));
          v_acc0_3_1 = (v_acc0_3_1 + (v_a3 * v_b0));
          v_acc0_4_1 = (v_acc0_4_1 + (v_a4 * v_b0));
          v_acc0_5_1 = (v_acc0_5_1 + (v_a5 * v_b0));
          v_acc1_0_1 = (v_acc1_0_1 + (v_a0 * v_b1));
          v_acc1_1_1 = (v_acc1_1_1 + (v_a1 * v_b1));
          v_acc1_2_1 = (v_acc1_2_1 + (v_a2 * v_b1));
          v_acc1_3_1 = (v_acc1_3_1 + (v_a3 * v_b1));
          v_acc1_4_1 = (v_acc1_4_1 + (v_a4 * v_b1));
          v_acc1_5_1 = (v_acc1_5_1 + (v_a5 * v_b1));
          v_acc2_0_1 = (v_acc2_0_1 + (v_a0 * v_b2));
          v_acc2_1_1 = (v_acc2_1_1 + (v_a1 * v_b2));
          v_acc2_2_1 = (v_acc2_2_1 + (v_a2 * v_b2));
          v_acc2_3_1 = (v_acc2_3_1 + (v_a3 * v_b2));
          v_acc2_4_1 = (v_acc2_4_1 + (v_a4 * v_b2));
          v_acc2_5_1 = (v_acc2_5_1 + (v_a5 * v_b2));
          v_acc3_0_1 = (v_acc3_0_1 + (v_a0 * v_b3));
          v_acc3_1_1 = (v_acc3_1_1 + (v_a1 * v_b3));
          v_acc3_2_1 = (v_acc3_2_1 + (v_a2 * v_b3));
          v_acc3_3_1 = (v_acc3_3_1 + (v_a3 * v_b3));
          v_acc3_4_1 = (v_acc3_4_1 + (v_a4 * v_b3));
          v_acc3_5_1 = (v_acc3_5_1 + (v_a5 * v_b3));
          v_acc4_0_1 = (v_acc4_0_1 + (v_a0 * v_b4));
          v_acc4_1_1 = (v_acc4_1_1 + (v_a1 * v_b4));
          v_acc4_2_1 = (v_acc4_2_1 + (v_a2 * v_b4));
          v_acc4_3_1 = (v_acc4_3_1 + (v_a3 * v_b4));
          v_acc4_4_1 = (v_acc4_4_1 + (v_a4 * v_b4));
          v_acc4_5_1 = (v_acc4_5_1 + (v_a5 * v_b4));
          v_aq = v_aq + 6;
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
    v_acc1_0 = (v_acc1_0 + v_acc1_0_1);
    v_acc1_1 = (v_acc1_1 + v_acc1_1_1);
    v_acc1_2 = (v_acc1_2 + v_acc1_2_1);
    v_acc1_3 = (v_acc1_3 + v_acc1_3_1);
    v_acc1_4 = (v_acc1_4 + v_acc1_4_1);
    v_acc1_5 = (v_acc1_5 + v_acc1_5_1);
    v_acc2_0 = (v_acc2_0 + v_acc2_0_1);
    v_acc2_1 = (v_acc2_1 + v_acc2_1_1);
    v_acc2_2 = (v_acc2_2 + v_acc2_2_1);
    v_acc2_3 = (v_acc2_3 + v_acc2_3_1);
    v_acc2_4 = (v_acc2_4 + v_acc2_4_1);
    v_acc2_5 = (v_acc2_5 + v_acc2_5_1);
    v_acc3_0 = (v_acc3_0 + v_acc3_0_1);
    v_acc3_1 = (v_acc3_1 + v_acc3_1_1);
    v_acc3_2 = (v_acc3_2 + v_acc3_2_1);
    v_acc3_3 = (v_acc3_3 + v_acc3_3_1);
    v_acc3_4 = (v_acc3_4 + v_acc3_4_1);
    v_acc3_5 = (v_acc3_5 + v_acc3_5_1);
    v_acc4_0 = (v_acc4_0 + v_acc4_0_1);
    v_acc4_1 = (v_acc4_1 + v_acc4_1_1);
    v_acc4_2 = (v_acc4_2 + v_acc4_2_1);
    v_acc4_3 = (v_acc4_3 + v_acc4_3_1);
    v_acc4_4 = (v_acc4_4 + v_acc4_4_1);
    v_acc4_5 = (v_acc4_5 + v_acc4_5_1);
  }
  v_op = v_k * 5 + v_c * 25 + v_g * 150 + v_vt * 150 + v_pt * 5 + v_sp * 150;
  w_parts[v_op] = v_acc0_0;
  w_parts[v_op + 25] = v_acc0_1;
  w_parts[v_op + 50] = v_acc0_2;
  w_parts[v_op + 75] = v_acc0_3;
  w_parts[v_op + 100] = v_acc0_4;
  w_parts[v_op + 125] = v_acc0_5;
  w_parts[v_op + 1] = v_acc1_0;
  w_parts[v_op + 26] = v_acc1_1;
  w_parts[v_op + 51] = v_acc1_2;
  w_parts[v_op + 76] = v_acc1_3;
  w_parts[v_op + 101] = v_acc1_4;
  w_parts[v_op + 126] = v_acc1_5;
  w_parts[v_op + 2] = v_acc2_0;
  w_parts[v_op + 27] = v_acc2_1;
  w_parts[v_op + 52] = v_acc2_2;
  w_parts[v_op + 77] = v_acc2_3;
  w_parts[v_op + 102] = v_acc2_4;
  w_parts[v_op + 127] = v_acc2_5;
  w_parts[v_op + 3] = v_acc3_0;
  w_parts[v_op + 28] = v_acc3_1;
  w_parts[v_op + 53] = v_acc3_2;
  w_parts[v_op + 78] = v_acc3_3;
  w_parts[v_op + 103] = v_acc3_4;
  w_parts[v_op + 128] = v_acc3_5;
  w_parts[v_op + 4] = v_acc4_0;
  w_parts[v_op + 29] = v_acc4_1;
  w_parts[v_op + 54] = v_acc4_2;
  w_parts[v_op + 79] = v_acc4_3;
  w_parts[v_op + 104] = v_acc4_4;
  w_parts[v_op + 129] = v_acc4_5;
}

// w = the sum of the 7 shares of the partial results, times -lr, added to w
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 150u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  w[v_pe] = (w[v_pe] + (((((((w_parts[v_pe] + w_parts[v_pe + 150]) + w_parts[v_pe + 300]) + w_parts[v_pe + 450]) + w_parts[v_pe + 600]) + w_parts[v_pe + 750]) + w_parts[v_pe + 900]) * (lr[0] * -1.0)));
}
