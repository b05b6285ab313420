/**
 * The tfjs plug-in (src/tfjs): every registered kernel against tfjs-cpu's own on random inputs,
 * and training in tfjs: a small CNN and a depthwise-separable block, 20 SGD steps on tfjs-cpu
 * without the plug-in and on tfjs-wasm with it, the losses compared. Without the plug-in
 * tfjs-wasm cannot train at all (no Conv2DBackpropFilter).
 */
import { createRequire } from 'node:module';
import type * as TF from '@tensorflow/tfjs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildPackage } from '../src/aot/build.js';
import { main } from '../src/cli/main.js';
import { parseSpec } from '../src/layer/parse.js';
import { registerConvgen, type ConvgenTfjs, type KernelName } from '../src/tfjs/index.js';

type Tf = typeof TF;
const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs') as Tf;
require('@tensorflow/tfjs-backend-wasm');
tf.env().set('PROD', true); // no debug checks, no console notes

async function useBackend(name: 'cpu' | 'wasm'): Promise<void> {
  if (tf.getBackend() === name) return;
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend ${name} did not initialize`);
  await tf.ready();
}

/** mulberry32: a small seeded generator, uniform in [-1, 1). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}
const randoms = (n: number, seed: number, scale = 1) => {
  const r = rng(seed);
  return Float32Array.from({ length: n }, () => r() * scale);
};
const size = (shape: readonly number[]) => shape.reduce((a, b) => a * b, 1);

/** ||a - b||_inf / ||b||_inf */
function relError(a: ArrayLike<number>, b: ArrayLike<number>): number {
  expect(a.length).toBe(b.length);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return diff / (scale || 1);
}

interface KernelCase {
  label: string;
  kernel: KernelName;
  /** input name -> shape (random values from the case's seed) */
  inputs: Record<string, number[]>;
  attrs: Record<string, unknown>;
  /** the plug-in hands this call to the backend's own kernel */
  fallback?: boolean;
}

type ExplicitPad = [[number, number], [number, number], [number, number], [number, number]];

/** The four dense kernels of one convolution (Conv2D, FusedConv2D, both backprops); the backprops only where tfjs has them (no dilation). */
function denseCases(label: string, c: { N: number; H: number; W: number; Ci: number; Co: number; K: number; L: number; strides: number | [number, number]; pad: unknown; dilations?: number | [number, number]; dimRoundingMode?: string; nchw?: boolean }): KernelCase[] {
  const info = tf.backend_util.computeConv2DInfo(
    c.nchw ? [c.N, c.Ci, c.H, c.W] : [c.N, c.H, c.W, c.Ci], [c.K, c.L, c.Ci, c.Co], c.strides, c.dilations ?? 1, c.pad as 'same',
    c.dimRoundingMode as 'ceil' | undefined, false, c.nchw ? 'channelsFirst' : 'channelsLast');
  const dataFormat = c.nchw ? 'NCHW' : 'NHWC';
  const common = { strides: c.strides, pad: c.pad, dataFormat, dimRoundingMode: c.dimRoundingMode };
  const out: KernelCase[] = [
    { label, kernel: 'Conv2D', inputs: { x: info.inShape, filter: info.filterShape }, attrs: { ...common, dilations: c.dilations ?? 1 } },
  ];
  for (const activation of ['linear', 'relu', 'sigmoid'] as const) {
    out.push({ label: `${label} ${activation}`, kernel: 'FusedConv2D', inputs: { x: info.inShape, filter: info.filterShape, bias: [c.Co] }, attrs: { ...common, dilations: c.dilations ?? 1, activation } });
  }
  const dilated = (Array.isArray(c.dilations) ? c.dilations : [c.dilations ?? 1]).some((d) => d > 1);
  if (!dilated) {
    out.push({ label, kernel: 'Conv2DBackpropInput', inputs: { dy: info.outShape, filter: info.filterShape }, attrs: { ...common, inputShape: info.inShape } });
    out.push({ label, kernel: 'Conv2DBackpropFilter', inputs: { x: info.inShape, dy: info.outShape }, attrs: { ...common, filterShape: info.filterShape } });
  }
  return out;
}

/** The depthwise kernels of one convolution (channel multiplier M). */
function depthwiseCases(label: string, c: { N: number; H: number; W: number; Ci: number; M: number; K: number; L: number; strides: number | [number, number]; pad: unknown; dilations?: number | [number, number] }): KernelCase[] {
  const info = tf.backend_util.computeConv2DInfo([c.N, c.H, c.W, c.Ci], [c.K, c.L, c.Ci, c.M], c.strides, c.dilations ?? 1, c.pad as 'same', undefined, true);
  const common = { strides: c.strides, pad: c.pad, dilations: c.dilations ?? 1 };
  const out: KernelCase[] = [
    { label, kernel: 'DepthwiseConv2dNative', inputs: { x: info.inShape, filter: info.filterShape }, attrs: { ...common, dataFormat: 'NHWC' } },
    { label: `${label} relu`, kernel: 'FusedDepthwiseConv2D', inputs: { x: info.inShape, filter: info.filterShape, bias: [c.Ci * c.M] }, attrs: { ...common, dataFormat: 'NHWC', activation: 'relu' } },
  ];
  const dilated = (Array.isArray(c.dilations) ? c.dilations : [c.dilations ?? 1]).some((d) => d > 1);
  if (!dilated) {
    // (tfjs-cpu's depthwise backprops ignore dilations; tfjs's gradient refuses them)
    out.push({ label, kernel: 'DepthwiseConv2dNativeBackpropInput', inputs: { dy: info.outShape, filter: info.filterShape }, attrs: { ...common, inputShape: info.inShape } });
    out.push({ label, kernel: 'DepthwiseConv2dNativeBackpropFilter', inputs: { x: info.inShape, dy: info.outShape }, attrs: { ...common, filterShape: info.filterShape } });
  }
  return out;
}

const CASES: KernelCase[] = [
  ...denseCases('stride 2 same', { N: 2, H: 9, W: 8, Ci: 3, Co: 5, K: 3, L: 3, strides: 2, pad: 'same' }),
  ...denseCases('K != L valid', { N: 1, H: 7, W: 10, Ci: 4, Co: 6, K: 3, L: 2, strides: 1, pad: 'valid' }),
  ...denseCases('dilation 2 same', { N: 1, H: 9, W: 9, Ci: 3, Co: 4, K: 3, L: 3, strides: 1, pad: 'same', dilations: 2 }),
  ...denseCases('explicit pads, stride 2x1', { N: 2, H: 8, W: 7, Ci: 3, Co: 4, K: 3, L: 3, strides: [2, 1], pad: [[0, 0], [1, 2], [0, 1], [0, 0]] satisfies ExplicitPad }),
  ...denseCases('pad 1 ceil rounding', { N: 1, H: 6, W: 7, Ci: 2, Co: 3, K: 3, L: 3, strides: 2, pad: 1, dimRoundingMode: 'ceil' }),
  ...denseCases('NCHW stride 2 same', { N: 2, H: 7, W: 6, Ci: 3, Co: 4, K: 3, L: 2, strides: 2, pad: 'same', nchw: true }),
  ...depthwiseCases('depthwise M=1', { N: 2, H: 8, W: 8, Ci: 4, M: 1, K: 3, L: 3, strides: 1, pad: 'same' }),
  ...depthwiseCases('depthwise M=2 stride 2', { N: 1, H: 9, W: 8, Ci: 3, M: 2, K: 3, L: 2, strides: 2, pad: 'same' }),
  ...depthwiseCases('depthwise M=2 dilation 2', { N: 1, H: 9, W: 9, Ci: 3, M: 2, K: 3, L: 3, strides: 1, pad: 'valid', dilations: 2 }),
  // an activation convgen lacks: tfjs-wasm's own FusedConv2D computes it
  { label: 'leakyrelu', kernel: 'FusedConv2D', inputs: { x: [1, 6, 6, 3], filter: [3, 3, 3, 4], bias: [4] }, attrs: { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 1, activation: 'leakyrelu', leakyreluAlpha: 0.2 }, fallback: true },
];

/** Runs one kernel case on the current backend and returns its output. */
function runCase(c: KernelCase, seed: number): Float32Array {
  return tf.tidy(() => {
    const inputs = Object.fromEntries(Object.entries(c.inputs).map(([name, shape], i) => [name, tf.tensor(randoms(size(shape), seed + i), shape)]));
    const out = tf.engine().runKernel(c.kernel, inputs, c.attrs as unknown as TF.NamedAttrMap) as TF.Tensor;
    return out.dataSync() as Float32Array;
  }).slice();
}

describe('tfjs plug-in', () => {
  let plugin: ConvgenTfjs;
  let noPluginError: unknown;

  beforeAll(async () => {
    // tfjs-wasm as it is: training a conv net fails on the filter gradient
    await useBackend('wasm');
    const m = cnnModel(1);
    try {
      trainSteps(m, 1);
    } catch (e) {
      noPluginError = e;
    }
    disposeModel(m);
    plugin = await registerConvgen(tf, { backend: 'wasm' });
  });
  afterAll(() => plugin?.unregister());

  it('without the plug-in, tfjs-wasm cannot train a conv net (no Conv2DBackpropFilter)', () => {
    expect(noPluginError).toBeInstanceOf(Error);
    expect(String((noPluginError as Error).message)).toMatch(/'Conv2DBackpropFilter' not registered for backend 'wasm'/);
  });

  it('each registered kernel matches tfjs-cpu on random inputs (rel error <= 1e-5)', async () => {
    const results: string[] = [];
    const bad: string[] = [];
    for (const [i, c] of CASES.entries()) {
      await useBackend('cpu');
      const want = runCase(c, 1000 * i + 1);
      await useBackend('wasm');
      plugin.resetStats();
      const got = runCase(c, 1000 * i + 1);
      const err = relError(got, want);
      const s = plugin.stats()[c.kernel];
      const ran = s.convgen === 1 ? 'convgen' : s.fallback === 1 ? 'fallback' : `? ${JSON.stringify(s)}`;
      results.push(`${c.kernel} ${c.label}: ${ran} rel ${err.toExponential(2)}`);
      if (!(err <= 1e-5) || ran !== (c.fallback ? 'fallback' : 'convgen')) bad.push(results.at(-1)!);
    }
    if (process.env.CONVGEN_TFJS_TEST_LOG === '1') console.log(results.join('\n'));
    expect(bad, results.join('\n')).toEqual([]);
    // every kernel the plug-in registers was exercised
    const kernels = new Set(CASES.filter((c) => !c.fallback).map((c) => c.kernel));
    expect([...kernels].sort()).toEqual([...plugin.kernels].sort());
  });

  it('a call convgen cannot compute, of a kernel tfjs-wasm lacks, says so', async () => {
    await useBackend('wasm');
    const x = tf.tensor4d(new Int32Array(2 * 4 * 4 * 2), [2, 4, 4, 2], 'int32');
    const dy = tf.tensor4d(new Float32Array(2 * 4 * 4 * 3), [2, 4, 4, 3]);
    expect(() => tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides: 1, pad: 'same', dataFormat: 'NHWC', filterShape: [1, 1, 2, 3] } as unknown as TF.NamedAttrMap))
      .toThrow(/convgen cannot compute this call \(x is int32, not float32\) and the wasm backend has no Conv2DBackpropFilter kernel of its own/);
    tf.dispose([x, dy]);
  });

  it('precompiles (and verifies) layers at registration, and a scalar bias is broadcast to every channel', async () => {
    await useBackend('cpu');
    const c: KernelCase = { label: 'aot', kernel: 'FusedConv2D', inputs: { x: [2, 6, 5, 3], filter: [3, 3, 3, 4], bias: [1] }, attrs: { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 1, activation: 'relu' } };
    const want = runCase(c, 3);
    const onCpu = await registerConvgen(tf, { backend: 'cpu', kernels: ['FusedConv2D'], precompile: [{ N: 2, H: 6, W: 5, Ci: 3, Co: 4, K: 3, L: 3, pad: 'same', act: 'relu' }], verify: true });
    try {
      const compiled = onCpu.compiledKernels(); // (the process' cache: the earlier tests' kernels too)
      expect(compiled).toBeGreaterThanOrEqual(4); // forward, input-grad, weight-grad without act; forward with relu
      const got = runCase(c, 3);
      expect(onCpu.stats().FusedConv2D).toEqual({ convgen: 1, fallback: 0 });
      expect(onCpu.compiledKernels()).toBe(compiled); // the precompiled kernel ran: nothing new compiled
      expect(relError(got, want)).toBeLessThanOrEqual(1e-5);
    } finally {
      onCpu.unregister();
    }
  });

  it('takes the kernels of an ahead-of-time package (convgen build) and of a convgen compile folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'convgen-tfjs-aot-'));
    try {
      // a package with the three passes of a layer the Conv2D call below is
      const built = await buildPackage([parseSpec({ name: 'c1', N: 2, H: 7, W: 6, Ci: 3, Co: 5, K: 3, L: 3, pad: 'same', layout: 'nhwc' })], { targets: ['wasm'], passes: ['forward', 'input-grad', 'weight-grad'], threads: 1, verify: false });
      const pkg = join(dir, 'pkg');
      for (const [folder, files] of Object.entries(built.folders)) {
        mkdirSync(join(pkg, folder), { recursive: true });
        for (const [name, c] of Object.entries(files)) writeFileSync(join(pkg, folder, name), c);
      }
      for (const [name, c] of Object.entries(built.files)) writeFileSync(join(pkg, name), c);
      // a compile folder (its manifest has the ABIs) with the weight gradient of another layer
      const specFile = join(dir, 'spec.json');
      writeFileSync(specFile, JSON.stringify({ name: 'c2', N: 1, H: 5, W: 5, Ci: 2, Co: 3, K: 2, L: 2, layout: 'nhwc' }));
      const out = join(dir, 'compiled');
      const quiet = [vi.spyOn(console, 'log').mockImplementation(() => undefined), vi.spyOn(process.stdout, 'write').mockImplementation(() => true), vi.spyOn(process.stderr, 'write').mockImplementation(() => true)];
      let code: number;
      try {
        code = await main(['node', 'convgen', 'compile', '--spec', specFile, '--passes', 'weight-grad', '--threads', '1', '--no-verify', '--out', out]);
      } finally {
        for (const q of quiet) q.mockRestore();
        process.exitCode = undefined;
      }
      expect(code).toBe(0);

      await useBackend('cpu');
      const conv: KernelCase = { label: 'aot', kernel: 'Conv2D', inputs: { x: [2, 7, 6, 3], filter: [3, 3, 3, 5] }, attrs: { strides: 1, pad: 'same', dataFormat: 'NHWC', dilations: 1 } };
      const filt: KernelCase = { label: 'aot', kernel: 'Conv2DBackpropFilter', inputs: { x: [1, 5, 5, 2], dy: [1, 4, 4, 3] }, attrs: { strides: 1, pad: 'valid', dataFormat: 'NHWC', filterShape: [2, 2, 2, 3] } };
      const want = [runCase(conv, 21), runCase(filt, 22)];
      const lines: string[] = [];
      const onCpu = await registerConvgen(tf, { backend: 'cpu', kernels: ['Conv2D', 'Conv2DBackpropFilter'], aot: [pkg, out], log: (l) => lines.push(l) });
      try {
        expect(lines.filter((l) => / aot /.test(l))).toEqual([
          `convgen/tfjs: aot ${pkg}: 3 kernel(s) taken (c1 forward, c1 input-grad, c1 weight-grad)`,
          `convgen/tfjs: aot ${out}: 1 kernel(s) taken (c2 weight-grad)`,
        ]);
        const held = onCpu.compiledKernels();
        const got = [runCase(conv, 21), runCase(filt, 22)];
        expect(onCpu.compiledKernels()).toBe(held); // nothing compiled: the package's kernels ran
        expect(onCpu.stats().Conv2D.convgen).toBe(1);
        expect(onCpu.stats().Conv2DBackpropFilter.convgen).toBe(1);
        expect(lines.filter((l) => /: convgen /.test(l)).every((l) => l.includes('(aot file:'))).toBe(true);
        expect(relError(got[0]!, want[0]!)).toBeLessThanOrEqual(1e-5);
        expect(relError(got[1]!, want[1]!)).toBeLessThanOrEqual(1e-5);
      } finally {
        onCpu.unregister();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('trains a small CNN on tfjs-wasm as tfjs-cpu does (20 SGD steps, losses within 1e-4)', async () => {
    await useBackend('cpu');
    const cpu = cnnModel(7);
    const want = trainSteps(cpu, 20);
    disposeModel(cpu);

    await useBackend('wasm');
    plugin.resetStats();
    const wasm = cnnModel(7);
    const got = trainSteps(wasm, 20);
    disposeModel(wasm);

    expect(want[19]!).toBeLessThan(want[0]!); // it learns
    const worst = Math.max(...got.map((l, i) => Math.abs(l - want[i]!) / Math.abs(want[i]!)));
    if (process.env.CONVGEN_TFJS_TEST_LOG === '1') console.log(`worst rel loss difference ${worst.toExponential(2)}; losses ${want[0]} -> ${want[19]}`);
    expect(worst, `cpu ${want.join(' ')}\nwasm ${got.join(' ')}`).toBeLessThanOrEqual(1e-4);
    const s = plugin.stats();
    for (const k of ['Conv2D', 'Conv2DBackpropInput', 'Conv2DBackpropFilter'] as const) expect(s[k].convgen, k).toBeGreaterThanOrEqual(20);
    for (const k of plugin.kernels) expect(s[k].fallback, k).toBe(0);
  });

  it('trains a depthwise-separable block on tfjs-wasm as tfjs-cpu does', async () => {
    await useBackend('cpu');
    const cpu = separableModel(11);
    const want = trainSteps(cpu, 20);
    disposeModel(cpu);

    await useBackend('wasm');
    plugin.resetStats();
    const wasm = separableModel(11);
    const got = trainSteps(wasm, 20);
    disposeModel(wasm);

    expect(want[19]!).toBeLessThan(want[0]!);
    const worst = Math.max(...got.map((l, i) => Math.abs(l - want[i]!) / Math.abs(want[i]!)));
    if (process.env.CONVGEN_TFJS_TEST_LOG === '1') console.log(`worst rel loss difference ${worst.toExponential(2)}; losses ${want[0]} -> ${want[19]}`);
    expect(worst, `cpu ${want.join(' ')}\nwasm ${got.join(' ')}`).toBeLessThanOrEqual(1e-4);
    const s = plugin.stats();
    for (const k of ['DepthwiseConv2dNative', 'DepthwiseConv2dNativeBackpropInput', 'DepthwiseConv2dNativeBackpropFilter', 'Conv2D', 'Conv2DBackpropInput', 'Conv2DBackpropFilter'] as const) {
      expect(s[k].convgen, k).toBeGreaterThanOrEqual(20);
    }
  });

  it('registers on tfjs-cpu too, and unregister() gives the backend its own kernels back', async () => {
    await useBackend('cpu');
    const c = CASES.find((k) => k.kernel === 'Conv2DBackpropFilter')!;
    const own = tf.getKernel('Conv2DBackpropFilter', 'cpu');
    const want = runCase(c, 5);
    const onCpu = await registerConvgen(tf, { backend: 'cpu', kernels: ['Conv2DBackpropFilter'] });
    await expect(registerConvgen(tf, { backend: 'cpu', kernels: ['Conv2DBackpropFilter'] })).rejects.toThrow(/already registered/);
    const got = runCase(c, 5);
    expect(onCpu.stats().Conv2DBackpropFilter.convgen).toBe(1);
    expect(relError(got, want)).toBeLessThanOrEqual(1e-5);
    onCpu.unregister();
    expect(tf.getKernel('Conv2DBackpropFilter', 'cpu')).toBe(own);
  });
});

// ---- models: deterministic weights from a seed, identical on every backend ----

interface Model {
  vars: TF.Variable[];
  x: TF.Tensor4D;
  labels: TF.Tensor2D;
  logits(): TF.Tensor2D;
}

const CLASSES = 4;

function variable(shape: number[], seed: number, scale: number): TF.Variable {
  return tf.variable(tf.tensor(randoms(size(shape), seed, scale), shape));
}

function data(shape: [number, number, number, number], seed: number): { x: TF.Tensor4D; labels: TF.Tensor2D } {
  const r = rng(seed + 99);
  const cls = Array.from({ length: shape[0] }, () => Math.floor(((r() + 1) / 2) * CLASSES) % CLASSES);
  return { x: tf.tensor4d(randoms(size(shape), seed), shape), labels: tf.oneHot(tf.tensor1d(cls, 'int32'), CLASSES).toFloat() as TF.Tensor2D };
}

/** conv 3x3 stride 2 'same' (3 -> 8) + relu, conv 3x2 'valid' (8 -> 6) + relu, dense -> 4 classes. */
function cnnModel(seed: number): Model {
  const { x, labels } = data([8, 10, 10, 3], seed);
  const w1 = variable([3, 3, 3, 8], seed + 1, 0.4), b1 = variable([8], seed + 2, 0.1);
  const w2 = variable([3, 2, 8, 6], seed + 3, 0.3), b2 = variable([6], seed + 4, 0.1);
  const wd = variable([3 * 4 * 6, CLASSES], seed + 5, 0.2), bd = variable([CLASSES], seed + 6, 0.1);
  return {
    vars: [w1, b1, w2, b2, wd, bd],
    x,
    labels,
    logits: () => {
      const h1 = tf.relu(tf.add(tf.conv2d(x, w1 as TF.Tensor4D, 2, 'same'), b1));
      const h2 = tf.relu(tf.add(tf.conv2d(h1 as TF.Tensor4D, w2 as TF.Tensor4D, 1, 'valid'), b2));
      return tf.add(tf.matMul(tf.reshape(h2, [8, 3 * 4 * 6]), wd), bd) as TF.Tensor2D;
    },
  };
}

/**
 * A stem conv 3x3 'same' (3 -> 4) + relu, then the depthwise-separable block: depthwise 3x3
 * stride 2 'same', multiplier 2 (4 -> 8) + relu, pointwise 1x1 (8 -> 6) + relu; dense -> 4
 * classes. (The stem makes the depthwise layer's input gradient needed.)
 */
function separableModel(seed: number): Model {
  const { x, labels } = data([8, 8, 8, 3], seed);
  const ws = variable([3, 3, 3, 4], seed + 7, 0.4), bs = variable([4], seed + 8, 0.1);
  const wdw = variable([3, 3, 4, 2], seed + 1, 0.4), bdw = variable([8], seed + 2, 0.1);
  const wpw = variable([1, 1, 8, 6], seed + 3, 0.4), bpw = variable([6], seed + 4, 0.1);
  const wd = variable([4 * 4 * 6, CLASSES], seed + 5, 0.2), bd = variable([CLASSES], seed + 6, 0.1);
  return {
    vars: [ws, bs, wdw, bdw, wpw, bpw, wd, bd],
    x,
    labels,
    logits: () => {
      const h0 = tf.relu(tf.add(tf.conv2d(x, ws as TF.Tensor4D, 1, 'same'), bs));
      const h1 = tf.relu(tf.add(tf.depthwiseConv2d(h0 as TF.Tensor4D, wdw as TF.Tensor4D, 2, 'same'), bdw));
      const h2 = tf.relu(tf.add(tf.conv2d(h1 as TF.Tensor4D, wpw as TF.Tensor4D, 1, 'valid'), bpw));
      return tf.add(tf.matMul(tf.reshape(h2, [8, 4 * 4 * 6]), wd), bd) as TF.Tensor2D;
    },
  };
}

/** `steps` SGD steps (lr 0.1) of softmax cross-entropy; the loss before each step. */
function trainSteps(m: Model, steps: number): number[] {
  const opt = tf.train.sgd(0.1);
  const losses: number[] = [];
  try {
    for (let i = 0; i < steps; i++) {
      const loss = opt.minimize(() => tf.losses.softmaxCrossEntropy(m.labels, m.logits()) as TF.Scalar, true, m.vars)!;
      losses.push(loss.dataSync()[0]!);
      loss.dispose();
    }
  } finally {
    opt.dispose();
  }
  return losses;
}

function disposeModel(m: Model): void {
  tf.dispose([...m.vars, m.x, m.labels]);
}
