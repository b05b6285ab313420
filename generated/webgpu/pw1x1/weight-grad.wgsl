// convgen 0.1.0: generated file, do not edit. Template: templates/wgsl/module.wgsl
// kernel: pw1x1_weight_grad (pass weight-grad, target webgpu)
// spec: pw1x1: N=1 Ci=256 H=14 W=14 Co=64 K=1 L=1 stride=1x1 pad=0,0,0,0 dilation=1x1 act=none layout=nchw -> Ho=14 Wo=14
// schedule: {"kind":"gpu","workgroup":[8,8],"channels":8,"pixels":1,"split":3,"threads":1}
// bindings (group 0):
//   0: x (input), [1, 256, 14, 14], 50176 f32
//   1: dy (input), [1, 64, 14, 14], 12544 f32
//   2: dw (output), [64, 256, 1, 1], 16384 f32
//   3: xpad (scratch), [1, 256, 14, 14], 50176 f32
//   4: delta (scratch), [1, 14, 14, 64], 12544 f32
//   5: dw_parts (scratch), [3, 64, 256, 1, 1], 49152 f32
// dispatches, in order:
//   prologue0: 2 x 2 x 256 workgroups of 8 x 8 x 1
//   prologue1: 8 x 2 x 14 workgroups of 8 x 8 x 1
//   main0: 1 x 32 x 3 workgroups of 8 x 8 x 1
//   epilogue0: 2048 x 1 x 1 workgroups of 8 x 1 x 1

// storage buffers, group 0, in this order; each an array of f32
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> dy: array<f32>;
@group(0) @binding(2) var<storage, read_write> dw: array<f32>;
@group(0) @binding(3) var<storage, read_write> xpad: array<f32>;
@group(0) @binding(4) var<storage, read_write> delta: array<f32>;
@group(0) @binding(5) var<storage, read_write> dw_parts: array<f32>;

// prologue: grid 14 x 14 x 256
@compute @workgroup_size(8, 8, 1)
fn prologue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 14u || gid.y >= 14u || gid.z >= 256u) {
    return;
  }
  let v_q = i32(gid.x);
  let v_r = i32(gid.y);
  let v_pl = i32(gid.z);
  var v_pd: i32;
  var v_ps: i32;
  v_pd = v_pl * 196 + v_r * 14 + v_q;
  if (u32(v_r) < 14u && u32(v_q) < 14u) {
    v_ps = v_pl * 196 + v_r * 14 + v_q;
    xpad[v_pd] = x[v_ps];
  } else {
    xpad[v_pd] = 0.0;
  }
}

// delta = dY * sigma'(Y), channels last, padded
@compute @workgroup_size(8, 8, 1)
fn prologue1(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 64u || gid.y >= 14u || gid.z >= 14u) {
    return;
  }
  let v_oc = i32(gid.x);
  let v_j = i32(gid.y);
  let v_i = i32(gid.z % 14u);
  let v_n = i32((gid.z / 14u));
  var v_pd: i32;
  var v_py: i32;
  v_pd = v_n * 12544 + v_i * 896 + v_j * 64 + v_oc;
  if (u32(v_oc) < 64u) {
    v_py = v_n * 12544 + v_i * 14 + v_j + v_oc * 196;
    delta[v_pd] = dy[v_py];
  } else {
    delta[v_pd] = 0.0;
  }
}

// main: grid 8 x 256 x 3
@compute @workgroup_size(8, 8, 1)
fn main0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 8u || gid.y >= 256u || gid.z >= 3u) {
    return;
  }
  let v_ct = i32(gid.x);
  let v_ci = i32(gid.y);
  let v_lt = i32(gid.z % 1u);
  let v_k = i32(gid.z % 1u);
  let v_sp = i32(gid.z);
  var v_dq: i32;
  var v_xq: i32;
  var v_ii: i32;
  var v_wo: i32;
  var v_x0: f32;
  var v_d0: f32;
  var v_d1: f32;
  var v_d2: f32;
  var v_d3: f32;
  var v_d4: f32;
  var v_d5: f32;
  var v_d6: f32;
  var v_d7: f32;
  var v_acc0_0: f32;
  var v_acc1_0: f32;
  var v_acc2_0: f32;
  var v_acc3_0: f32;
  var v_acc4_0: f32;
  var v_acc5_0: f32;
  var v_acc6_0: f32;
  var v_acc7_0: f32;
  v_acc0_0 = 0.0;
  v_acc1_0 = 0.0;
  v_acc2_0 = 0.0;
  v_acc3_0 = 0.0;
  v_acc4_0 = 0.0;
  v_acc5_0 = 0.0;
  v_acc6_0 = 0.0;
  v_acc7_0 = 0.0;
  for (var v_n: i32 = 0; v_n < 1; v_n++) {
    for (var v_r: i32 = 0; v_r < 5; v_r++) {
      v_ii = v_sp * 5 + v_r;
      if (u32(v_sp * 5 + v_r) < 14u) {
        for (var v_j: i32 = 0; v_j < 14; v_j++) {
          v_dq = v_n * 12544 + v_ii * 896 + v_j * 64 + v_ct * 8;
          v_xq = v_n * 50176 + v_ii * 14 + v_j + v_ci * 196 + v_k * 14 + v_lt;
          v_x0 = xpad[v_xq];
          v_d0 = delta[v_dq];
          v_d1 = delta[v_dq + 1];
          v_d2 = delta[v_dq + 2];
          v_d3 = delta[v_dq + 3];
          v_d4 = delta[v_dq + 4];
          v_d5 = delta[v_dq + 5];
          v_d6 = delta[v_dq + 6];
          v_d7 = delta[v_dq + 7];
          v_acc0_0 = (v_acc0_0 + (v_x0 * v_d0));
          v_acc1_0 = (v_acc1_0 + (v_x0 * v_d1));
          v_acc2_0 = (v_acc2_0 + (v_x0 * v_d2));
          v_acc3_0 = (v_acc3_0 + (v_x0 * v_d3));
          v_acc4_0 = (v_acc4_0 + (v_x0 * v_d4));
          v_acc5_0 = (v_acc5_0 + (v_x0 * v_d5));
          v_acc6_0 = (v_acc6_0 + (v_x0 * v_d6));
          v_acc7_0 = (v_acc7_0 + (v_x0 * v_d7));
        }
      }
    }
  }
  v_wo = v_ct * 2048 + v_ci + v_k + v_lt + v_sp * 16384;
  if (u32(v_ct * 8) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo] = v_acc0_0;
  }
  if (u32(v_ct * 8 + 1) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 256] = v_acc1_0;
  }
  if (u32(v_ct * 8 + 2) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 512] = v_acc2_0;
  }
  if (u32(v_ct * 8 + 3) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 768] = v_acc3_0;
  }
  if (u32(v_ct * 8 + 4) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 1024] = v_acc4_0;
  }
  if (u32(v_ct * 8 + 5) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 1280] = v_acc5_0;
  }
  if (u32(v_ct * 8 + 6) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 1536] = v_acc6_0;
  }
  if (u32(v_ct * 8 + 7) < 64u && u32(v_lt) < 1u) {
    dw_parts[v_wo + 1792] = v_acc7_0;
  }
}

// dW = the sum of 3 partial sums
@compute @workgroup_size(8, 1, 1)
fn epilogue0(@builtin(global_invocation_id) gid: vec3<u32>) {
  if (gid.x >= 16384u || gid.y >= 1u || gid.z >= 1u) {
    return;
  }
  let v_e = i32(gid.x);
  var v_pd: i32;
  v_pd = v_e;
  dw[v_pd] = ((dw_parts[v_pd] + dw_parts[v_pd + 16384]) + dw_parts[v_pd + 32768]);
}
