/**
 * TensorFlow.js peers, NHWC activations and HWIO weights:
 * - tfjs-wasm (XNNPACK): forward (tf.fused.conv2d with bias and activation), input gradient
 *   (tf.conv2dTranspose), bias gradient (tf.sum). Its Conv2DBackpropFilter is not registered
 *   (tensorflow/tfjs#8474), and its threads are off in Node: always 1 thread.
 * - tfjs-cpu (plain JS): weight gradient (Conv2DBackpropFilter), about 0.007 GFLOP/s here, so only
 *   on layers where one run takes at most about a second.
 * The backward passes start from the saved y and dy like convgen's kernels: delta = dy * act'(y)
 * is part of the timed work.
 */
import { createRequire } from 'node:module';
import type * as TF from '@tensorflow/tfjs';
import type { LayerSpec, Pass } from '../../../src/layer/types.js';
import { flops } from '../../../src/passes/index.js';
import { relayout, shapeIn } from '../layout.js';
import type { InputSet, Peer, PreparedPass } from './types.js';

type Tf = typeof TF;

let loaded: Tf | undefined;
/** Loads @tensorflow/tfjs (the full package: it registers the gradients) and the wasm backend. */
function tfjs(): Tf {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const tf = require('@tensorflow/tfjs') as Tf;
    require('@tensorflow/tfjs-backend-wasm');
    tf.env().set('PROD', true); // no debug checks, no console notes
    loaded = tf;
  }
  return loaded;
}

async function useBackend(tf: Tf, name: string): Promise<void> {
  if (tf.getBackend() === name) return;
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend ${name} did not initialize`);
  await tf.ready();
}

/** The GFLOP/s tfjs-cpu's filter gradient reached on the project's first machine (peers.md); the estimate until one is measured. */
export const TFJS_CPU_WEIGHT_GRAD_GFLOPS = 0.007;
/**
 * tfjs-cpu's weight gradient runs only where one run is expected to take at most this long (a
 * timing takes 16 runs or more), at the slowest speed measured so far in this process.
 */
export const TFJS_CPU_MAX_RUN_S = 3;

interface Tensors {
  x: TF.Tensor4D;
  w: TF.Tensor4D;
  b: TF.Tensor1D;
  y: TF.Tensor4D;
  dy: TF.Tensor4D;
}

function upload(tf: Tf, spec: LayerSpec, s: InputSet): Tensors {
  const t4 = (kind: 'x' | 'y' | 'w', a: Float32Array) =>
    tf.tensor4d(relayout(spec, kind, a, spec.layout, 'nhwc'), shapeIn(spec, kind, 'nhwc') as [number, number, number, number]);
  return { x: t4('x', s.x), w: t4('w', s.w), b: tf.tensor1d(s.b), y: t4('y', s.y), dy: t4('y', s.dy) };
}

/** tfjs's ExplicitPadding: [[0, 0], [top, bottom], [left, right], [0, 0]] for NHWC. */
type ExplicitPadding = [[number, number], [number, number], [number, number], [number, number]];
const explicitPad = (s: LayerSpec): ExplicitPadding => [[0, 0], [s.pt, s.pb], [s.pl, s.pr], [0, 0]];

/** delta = dy * act'(y), act' written with y (conv-math.md). */
function delta(tf: Tf, act: LayerSpec['act'], y: TF.Tensor4D, dy: TF.Tensor4D): TF.Tensor4D {
  switch (act) {
    case 'none': return dy;
    case 'relu': return tf.mul(dy, tf.step(y, 0));
    case 'sigmoid': return tf.mul(dy, tf.mul(y, tf.sub(1, y)));
    case 'tanh': return tf.mul(dy, tf.sub(1, tf.square(y)));
  }
}

/** The tfjs computation of one pass; returns its output in tfjs's layout (NHWC, HWIO, [Co]). */
function compute(tf: Tf, spec: LayerSpec, pass: Pass, t: Tensors): TF.Tensor {
  const strides: [number, number] = [spec.sh, spec.sw];
  const pad = explicitPad(spec);
  switch (pass) {
    case 'forward': {
      const fused = spec.act === 'tanh' ? 'linear' : spec.act === 'none' ? 'linear' : spec.act;
      const z = tf.fused.conv2d({ x: t.x, filter: t.w, strides, pad, dataFormat: 'NHWC', dilations: [spec.dh, spec.dw], bias: t.b, activation: fused });
      return spec.act === 'tanh' ? tf.tanh(z) : z;
    }
    case 'input-grad':
      return tf.conv2dTranspose(delta(tf, spec.act, t.y, t.dy), t.w, [spec.N, spec.H, spec.W, spec.Ci], strides, pad);
    case 'weight-grad':
      return tf.engine().runKernel('Conv2DBackpropFilter', { x: t.x, dy: delta(tf, spec.act, t.y, t.dy) }, {
        strides, pad, dataFormat: 'NHWC', filterShape: [spec.K, spec.L, spec.Ci, spec.Co],
      } as unknown as TF.NamedAttrMap) as TF.Tensor;
    case 'bias-grad':
      return tf.sum(delta(tf, spec.act, t.y, t.dy), [0, 1, 2]);
  }
}

function outputKind(pass: Pass): 'x' | 'y' | 'w' | undefined {
  return pass === 'forward' ? 'y' : pass === 'input-grad' ? 'x' : pass === 'weight-grad' ? 'w' : undefined;
}

class TfjsPeer implements Peer {
  readonly threads = 1;
  /** the slowest weight-gradient speed measured in this process, GFLOP/s */
  private measured: number | undefined;
  constructor(
    readonly name: string,
    private readonly backend: 'wasm' | 'cpu',
    readonly passes: readonly Pass[],
    private readonly methods: Partial<Record<Pass, string>>,
  ) {}

  method(pass: Pass): string {
    return this.methods[pass] ?? '';
  }

  skip(spec: LayerSpec, pass: Pass): string | undefined {
    if (!this.passes.includes(pass)) return `${this.name} has no ${pass}`;
    if ((spec.dh > 1 || spec.dw > 1) && pass !== 'forward' && pass !== 'bias-grad') return `tfjs's ${pass} has no dilation`;
    if (this.backend === 'cpu' && pass === 'weight-grad') {
      const g = this.measured ?? TFJS_CPU_WEIGHT_GRAD_GFLOPS;
      const s = flops(spec, pass) / (g * 1e9);
      if (s > TFJS_CPU_MAX_RUN_S) {
        return `too slow: about ${s.toFixed(0)} s per run at ${g.toPrecision(2)} GFLOP/s (${this.measured ? 'measured' : 'estimated'}; limit ${TFJS_CPU_MAX_RUN_S} s a run)`;
      }
    }
    return undefined;
  }

  observe(_spec: LayerSpec, pass: Pass, gflops: number): void {
    if (this.backend === 'cpu' && pass === 'weight-grad' && gflops > 0) this.measured = Math.min(this.measured ?? Infinity, gflops);
  }

  async prepare(spec: LayerSpec, pass: Pass, sets: readonly InputSet[]): Promise<PreparedPass> {
    const tf = tfjs();
    await useBackend(tf, this.backend);
    const tensors = sets.map((s) => upload(tf, spec, s));
    const kind = outputKind(pass);
    const backend = this.backend;
    return {
      run(i: number): void {
        // wasm and cpu kernels run synchronously inside the op call
        tf.tidy(() => compute(tf, spec, pass, tensors[i]!)).dispose();
      },
      async output(i: number): Promise<Float32Array> {
        await useBackend(tf, backend);
        const out = tf.tidy(() => compute(tf, spec, pass, tensors[i]!));
        const data = (await out.data()) as Float32Array;
        out.dispose();
        return kind ? relayout(spec, kind, Float32Array.from(data), 'nhwc', spec.layout) : Float32Array.from(data);
      },
      dispose(): void {
        for (const t of tensors) for (const v of Object.values(t)) (v as TF.Tensor).dispose();
      },
    };
  }
}

/** tfjs with the wasm backend (XNNPACK), 1 thread. Throws when the packages cannot be loaded. */
export async function tfjsWasmPeer(): Promise<Peer> {
  const tf = tfjs();
  await useBackend(tf, 'wasm');
  return new TfjsPeer('tfjs-wasm', 'wasm', ['forward', 'input-grad', 'bias-grad'], {
    forward: 'tf.fused.conv2d (+bias, act)',
    'input-grad': 'tf.conv2dTranspose',
    'bias-grad': 'tf.sum',
  });
}

/** tfjs with the plain-JS cpu backend: the weight gradient tfjs-wasm lacks. */
export async function tfjsCpuPeer(): Promise<Peer> {
  const tf = tfjs();
  await useBackend(tf, 'cpu');
  return new TfjsPeer('tfjs-cpu', 'cpu', ['weight-grad'], { 'weight-grad': 'Conv2DBackpropFilter' });
}
