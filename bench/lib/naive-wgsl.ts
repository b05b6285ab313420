/**
 * The naive WGSL baseline of the webgpu benchmark: for each pass the textbook kernel with one
 * invocation per output element and bounds checks, every shape constant baked into the module:
 * - forward: one invocation per output element y[n][co][oh][ow], loops over ci, k, l;
 * - input-grad: one per input element dx[n][ci][ih][iw], loops over co, k, l, keeping the taps
 *   where (ih + pt - k dh) and (iw + pl - l dw) are multiples of the stride (the textbook
 *   transposed convolution);
 * - weight-grad: one per weight element dw[co][ci][k][l], loops over n, i, j (output rows, columns);
 * - bias-grad: one per channel, loops over n, i, j;
 * - weight-update: weight-grad's kernel, then w[i] = w[i] - lr * dw[i] in place (w in-out, lr a
 *   1-element input), as convgen's kernel does.
 * Grouped layers (G = groups): weights hold CIG = Ci/G input channels; output channel co reads the
 * input channels (co / COG) CIG + c, c < CIG (COG = Co/G), and input channel ci is read by the
 * output channels of its group, (ci / CIG) COG + o, o < COG.
 * The backward kernels start from y and dy like convgen's: delta = dy * act'(y) is computed where
 * it is used. Sums are plain f32 accumulators, except that the long reductions of weight-grad and
 * bias-grad add each output row's partial sum into the total (a row at a time, as textbooks also
 * do, so that f32 rounding stays within the verification tolerance on the 12544-term sums).
 *
 * Built with `WebGpuKernel.build` and verified against the float64 reference like every timed kernel.
 */
import type { LayerSpec, Pass } from '../../src/layer/types.js';
import { tensorShapes, tensorSizes } from '../../src/layer/layout.js';
import { WebGpuRunner, type TimingResult } from '../../src/run/webgpu.js';
import type { WebGpuAbi } from '../../src/targets/abi.js';
import { RunnerKernel } from '../../src/targets/kernel.js';

/** Invocations per workgroup (1-d); every adapter allows 64. */
export const NAIVE_WORKGROUP = 64;
/** WebGPU's guaranteed minimum of maxComputeWorkgroupsPerDimension: larger grids spill into y. */
const MAX_GROUPS_X = 65535;

/** The tensor each kernel writes (weight-update: w, in place). */
const OUTPUT: Record<Pass, string> = { forward: 'y', 'input-grad': 'dx', 'weight-grad': 'dw', 'bias-grad': 'db', 'weight-update': 'w' };
/** The tensors it only reads. */
const INPUTS: Record<Pass, string[]> = {
  forward: ['x', 'w', 'b'],
  'input-grad': ['w', 'y', 'dy'],
  'weight-grad': ['x', 'y', 'dy'],
  'bias-grad': ['y', 'dy'],
  'weight-update': ['x', 'y', 'dy', 'lr'],
};

/** WGSL of the activation applied to `z`. */
function act(spec: LayerSpec, z: string): string {
  switch (spec.act) {
    case 'none': return z;
    case 'relu': return `max(${z}, 0.0)`;
    case 'sigmoid': return `1.0 / (1.0 + exp(-${z}))`;
    case 'tanh': return `tanh(${z})`;
  }
}

/** WGSL of act'(z) written with y = act(z) (conv-math.md). */
function actDeriv(spec: LayerSpec, y: string): string {
  switch (spec.act) {
    case 'none': return '1.0';
    case 'relu': return `select(0.0, 1.0, ${y} > 0.0)`;
    case 'sigmoid': return `${y} * (1.0 - ${y})`;
    case 'tanh': return `(1.0 - ${y}) * (1.0 + ${y})`;
  }
}

/**
 * The index functions of the layer's layout (activations NCHW or NHWC, weights OIHW or HWIO) and
 * the decoding of a flat index into the coordinates of each tensor, in memory order, so that
 * consecutive invocations write consecutive elements.
 */
function layoutFns(spec: LayerSpec): string {
  const nchw = spec.layout === 'nchw';
  const act4 = (fn: string, C: string, H: string, W: string) =>
    nchw
      ? `fn ${fn}(n: i32, c: i32, r: i32, s: i32) -> i32 { return ((n * ${C} + c) * ${H} + r) * ${W} + s; }`
      : `fn ${fn}(n: i32, c: i32, r: i32, s: i32) -> i32 { return ((n * ${H} + r) * ${W} + s) * ${C} + c; }`;
  const dec4 = (fn: string, C: string, H: string, W: string) =>
    nchw
      ? `fn ${fn}(i: i32) -> vec4i { return vec4i(i / (${C} * ${H} * ${W}), (i / (${H} * ${W})) % ${C}, (i / ${W}) % ${H}, i % ${W}); }`
      : `fn ${fn}(i: i32) -> vec4i { return vec4i(i / (${H} * ${W} * ${C}), i % ${C}, (i / (${W} * ${C})) % ${H}, (i / ${C}) % ${W}); }`;
  return [
    '// index of an activation element (n, c, row, column) and of a weight element (co, ci, k, l) in the layer\'s layout',
    act4('xi', 'CI', 'H', 'W'),
    act4('yi', 'CO', 'HO', 'WO'),
    nchw
      ? 'fn wi(co: i32, c: i32, k: i32, l: i32) -> i32 { return ((co * CIG + c) * K + k) * L + l; } // c: channel within the group'
      : 'fn wi(co: i32, c: i32, k: i32, l: i32) -> i32 { return ((k * L + l) * CIG + c) * CO + co; } // c: channel within the group',
    '// coordinates (n, c, h, w) / (co, ci, k, l) of a flat index, the inverse of the functions above',
    dec4('x_at', 'CI', 'H', 'W'),
    dec4('y_at', 'CO', 'HO', 'WO'),
    nchw
      ? 'fn w_at(i: i32) -> vec4i { return vec4i(i / (CIG * K * L), (i / (K * L)) % CIG, (i / L) % K, i % L); }'
      : 'fn w_at(i: i32) -> vec4i { return vec4i(i % CO, (i / CO) % CIG, i / (L * CIG * CO), (i / (CIG * CO)) % L); }',
  ].join('\n');
}

/** The body of `main` for a pass: `i` is the flat index of the element this invocation computes. */
function passBody(spec: LayerSpec, pass: Pass): string {
  const delta = (idx: string) => (spec.act === 'none' ? `dy[${idx}]` : `dy[${idx}] * (${actDeriv(spec, `y[${idx}]`)})`);
  switch (pass) {
    case 'forward':
      return `  let p = y_at(i); // n, co, oh, ow
  var acc = b[p.y];
  let c0 = (p.y / COG) * CIG; // the first input channel of co's group
  for (var c = 0; c < CIG; c++) {
    for (var k = 0; k < K; k++) {
      let ih = p.z * SH - PT + k * DH;
      for (var l = 0; l < L; l++) {
        let iw = p.w * SW - PL + l * DW;
        if (ih >= 0 && ih < H && iw >= 0 && iw < W) {
          acc += x[xi(p.x, c0 + c, ih, iw)] * w[wi(p.y, c, k, l)];
        }
      }
    }
  }
  y[i] = ${act(spec, 'acc')};`;
    case 'input-grad':
      return `  let p = x_at(i); // n, ci, ih, iw
  var acc = 0.0;
  let c = p.y % CIG; // ci's channel within its group
  let o0 = (p.y / CIG) * COG; // the first output channel of ci's group
  for (var co = o0; co < o0 + COG; co++) {
    for (var k = 0; k < K; k++) {
      let th = p.z + PT - k * DH; // = oh * SH when tap k reaches row ih
      for (var l = 0; l < L; l++) {
        let tw = p.w + PL - l * DW;
        if (th >= 0 && tw >= 0 && th % SH == 0 && tw % SW == 0) {
          let oh = th / SH;
          let ow = tw / SW;
          if (oh < HO && ow < WO) {
            let o = yi(p.x, co, oh, ow);
            acc += ${delta('o')} * w[wi(co, c, k, l)];
          }
        }
      }
    }
  }
  dx[i] = acc;`;
    case 'weight-grad':
    case 'weight-update':
      return `  let q = w_at(i); // co, c (channel within the group), k, l
  let ci = (q.x / COG) * CIG + q.y;
  var acc = 0.0;
  for (var n = 0; n < N; n++) {
    for (var oh = 0; oh < HO; oh++) {
      let ih = oh * SH - PT + q.z * DH;
      var row = 0.0;
      for (var ow = 0; ow < WO; ow++) {
        let iw = ow * SW - PL + q.w * DW;
        if (ih >= 0 && ih < H && iw >= 0 && iw < W) {
          let o = yi(n, q.x, oh, ow);
          row += ${delta('o')} * x[xi(n, ci, ih, iw)];
        }
      }
      acc += row;
    }
  }
  ${pass === 'weight-grad' ? 'dw[i] = acc;' : 'w[i] = w[i] - lr[0] * acc;'}`;
    case 'bias-grad':
      return `  var acc = 0.0;
  for (var n = 0; n < N; n++) {
    for (var oh = 0; oh < HO; oh++) {
      var row = 0.0;
      for (var ow = 0; ow < WO; ow++) {
        let o = yi(n, i, oh, ow);
        row += ${delta('o')};
      }
      acc += row;
    }
  }
  db[i] = acc;`;
  }
}

/** The naive kernel of one pass: its WGSL and its ABI (one stage, `main`). */
export function naiveWgsl(spec: LayerSpec, pass: Pass): { text: string; abi: WebGpuAbi } {
  const n = tensorSizes(spec);
  const sh = tensorShapes(spec);
  const elems: Record<string, number> = { x: n.x, w: n.w, b: n.b, y: n.y, dy: n.y, dx: n.x, dw: n.w, db: n.b, lr: 1 };
  const shapes: Record<string, number[]> = { x: sh.x, w: sh.w, b: sh.b, y: sh.y, dy: sh.y, dx: sh.x, dw: sh.w, db: sh.b, lr: [] };
  const out = OUTPUT[pass];
  const total = elems[out]!;
  const groups = Math.ceil(total / NAIVE_WORKGROUP);
  const gx = Math.min(groups, MAX_GROUPS_X);
  const gy = Math.ceil(groups / gx);
  const names = [...INPUTS[pass], out];
  const c = (name: string, value: number) => `const ${name}: i32 = ${value};`;
  const text = `// naive ${pass} of ${spec.name}: one invocation per element of ${out}, bounds-checked loops (convgen bench baseline)
${names.map((b, i) => `@group(0) @binding(${i}) var<storage, ${b === out ? 'read_write' : 'read'}> ${b}: array<f32>;`).join('\n')}

${[c('N', spec.N), c('CI', spec.Ci), c('H', spec.H), c('W', spec.W), c('CO', spec.Co), c('HO', spec.Ho), c('WO', spec.Wo), c('K', spec.K), c('L', spec.L)].join('\n')}
${[c('G', spec.groups ?? 1), c('CIG', spec.Ci / (spec.groups ?? 1)), c('COG', spec.Co / (spec.groups ?? 1))].join('\n')}
${[c('SH', spec.sh), c('SW', spec.sw), c('DH', spec.dh), c('DW', spec.dw), c('PT', spec.pt), c('PL', spec.pl)].join('\n')}
${c('TOTAL', total)}
const GX: u32 = ${gx}u; // workgroups along x; larger grids continue in y

${layoutFns(spec)}

@compute @workgroup_size(${NAIVE_WORKGROUP})
fn main(@builtin(global_invocation_id) gid: vec3u) {
  let i = i32(gid.x + gid.y * GX * ${NAIVE_WORKGROUP}u);
  if (i >= TOTAL) {
    return;
  }
${passBody(spec, pass)}
}
`;
  const inPlace = pass === 'weight-update';
  return {
    text,
    abi: {
      target: 'webgpu',
      kernel: `${spec.name}_${pass.replace('-', '_')}_naive`,
      pass,
      result: out,
      scalars: inPlace ? ['lr'] : [],
      tensors: names.map((b, binding) => ({
        name: b, binding, elems: elems[b]!, shape: shapes[b]!,
        role: b !== out ? ('input' as const) : inPlace ? ('inout' as const) : ('output' as const),
      })),
      stages: [{ entry: 'main', dispatch: [gx, gy, 1], workgroup: [NAIVE_WORKGROUP, 1, 1] }],
    },
  };
}

/** A naive kernel built on the process' device, verifiable like convgen's kernels. */
export class NaiveWgslKernel extends RunnerKernel<WebGpuRunner> {
  static async build(spec: LayerSpec, pass: Pass): Promise<NaiveWgslKernel> {
    const { text, abi } = naiveWgsl(spec, pass);
    return new NaiveWgslKernel(pass, await WebGpuRunner.build(text, abi));
  }

  /** milliseconds spent creating the shader module and the pipeline */
  get pipelineMs(): number {
    return this.runner.pipelineMs;
  }
  get text(): string {
    return this.runner.text;
  }
  time(runs: number, warmup = 1): Promise<TimingResult> {
    return this.runner.time(runs, warmup);
  }
}
