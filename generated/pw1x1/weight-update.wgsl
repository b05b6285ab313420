// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: pw1x1_weight_update (pass weight-update, target webgpu)
// spec: pw1x1: N=1 Ci=256 H=14 W=14 Co=64 K=1 L=1 stride=1x1 pad=0,0,0,0 dilation=1x1 act=none layout=nchw -> Ho=14 Wo=14
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":1,"split":3,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 256, 14, 14], 50176 f32
//   1: dy (input), [1, 64, 14, 14], 12544 f32
//   2: lr (input), [], 1 f32
//   3: w (inout), [64, 256, 1, 1], 16384 f32
//   4: xpad (scratch), [1, 256, 14, 14], 50176 f32
//   5: delta (scratch), [1, 14, 14, 64], 12544 f32
//   6: w_parts (scratch), [3, 64, 256, 1, 1], 49152 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 256 workgroups of 8 x 8 x 1
//   prologue1: 8 x 2 x 14 workgroups of 8 x 8 x 1
//   main0: 1 x 32 x 24 workgroups of 1 x 8 x 1
//   epilogue0: 2048 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read> lr: array<f32>;
@group(0) @binding(3) var<storage, read_write> w: array<f32>;
@group(0) @binding(4) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(5) var<storage, read_write> delta: array<f32>;
@group(0) @binding(6) var<storage, read_write> w_parts: array<f32>;

// X into the zero-bordered xpad
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 14u || gid.y >= 14u || gid.z >= 256u) {
    return;
  }
  let v_sx = i32(gid.x);
  let v_sy = i32(gid.y);
  let v_sc = i32(gid.z % 256u);
  let v_sn = i32((gid.z / 256u));
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_sn * 50176 + v_sc * 196 + v_sy * 14 + v_sx;
  if (u32(v_sy) < 14u && u32(v_sx) < 14u) {
    v_ps = v_sn * 50176 + v_sc * 196 + v_sy * 14 + v_sx;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded to 64
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 14u || gid.z >= 14u) {
    return;
  }
  let v_dc = i32(gid.x);
  let v_dj = i32(gid.y);
  let v_di = i32(gid.z % 14u);
  let v_dn = i32((gid.z / 14u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_dn * 12544 + v_di * 896 + v_dj * 64 + v_dc;
  if (u32(v_dc) < 64u) {
    v_py = v_dn * 12544 + v_di * 14 + v_dj + v_dc * 196;
    delta[v_pd] = dy[v_py];
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 1 x 256 x 24
@compute @workgroup_size(1, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 1u || gid.y >= 256u || gid.z >= 24u) {
    return;
  }
  let v_pt = i32(gid.x);
  let v_g = i32(gid.y % 1u);
  let v_c = i32(gid.y % 256u);
  let v_k = i32((gid.y / 256u));
  let v_sp = i32(gid.z % 3u);
  let v_vt = i32((gid.z / 3u));
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
  var v_a0: f32;
  var v_a1: f32;
  var v_a2: f32;
  var v_a3: f32;
  var v_a4: f32;
  var v_a5: f32;
  var v_a6: f32;
  var v_a7: f32;
  var v_b0: f32;
  v_ap = v_g * 64 + v_vt * 8;
  v_bp = v_k * 14 + v_c * 196 + v_g * 50176 + v_pt;
  v_acc0_0 = 0.0;
  v_acc0_1 = 0.0;
  v_acc0_2 = 0.0;
  v_acc0_3 = 0.0;
  v_acc0_4 = 0.0;
  v_acc0_5 = 0.0;
  v_acc0_6 = 0.0;
  v_acc0_7 = 0.0;
  for (var v_ri: i32 = 0; v_ri < 5; v_ri++) {
    if (u32(v_sp * 5 + v_ri) < 14u) {
      v_aq = v_ap + v_sp * 4480 + v_ri * 896;
      v_bq = v_bp + v_sp * 70 + v_ri * 14;
      for (var v_rj: i32 = 0; v_rj < 14; v_rj++) {
        v_a0 = delta[v_aq];
        v_a1 = delta[v_aq + 1];
        v_a2 = delta[v_aq + 2];
        v_a3 = delta[v_aq + 3];
        v_a4 = delta[v_aq + 4];
        v_a5 = delta[v_aq + 5];
        v_a6 = delta[v_aq + 6];
        v_a7 = delta[v_aq + 7];
        v_b0 = xpad[v_bq];
        v_acc0_0 = (v_acc0_0 + (v_a0 * v_b0));
        v_acc0_1 = (v_acc0_1 + (v_a1 * v_b0));
        v_acc0_2 = (v_acc0_2 + (v_a2 * v_b0));
        v_acc0_3 = (v_acc0_3 + (v_a3 * v_b0));
        v_acc0_4 = (v_acc0_4 + (v_a4 * v_b0));
        v_acc0_5 = (v_acc0_5 + (v_a5 * v_b0));
        v_acc0_6 = (v_acc0_6 + (v_a6 * v_b0));
        v_acc0_7 = (v_acc0_7 + (v_a7 * v_b0));
        v_aq = v_aq + 64;
        v_bq = v_bq + 1;
      }
    }
  }
  v_op = v_k + v_c + v_g * 16384 + v_vt * 2048 + v_pt + v_sp * 16384;
  w_parts[v_op] = v_acc0_0;
  w_parts[v_op + 256] = v_acc0_1;
  w_parts[v_op + 512] = v_acc0_2;
  w_parts[v_op + 768] = v_acc0_3;
  w_parts[v_op + 1024] = v_acc0_4;
  w_parts[v_op + 1280] = v_acc0_5;
  w_parts[v_op + 1536] = v_acc0_6;
  w_parts[v_op + 1792] = v_acc0_7;
}

// w = the sum of the 3 shares of the partial results, times -lr, added to w
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16384u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pe: i32;
  v_pe = v_e;
  w[v_pe] = (w[v_pe] + (((w_parts[v_pe] + w_parts[v_pe + 16384]) + w_parts[v_pe + 32768]) * (lr[0] * -1.0)));
}
