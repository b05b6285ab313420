/**
 * TensorFlow.js peers, NHWC activations and HWIO weights (the ops of each pass: tfjs-ops.ts):
 * - tfjs-wasm (XNNPACK): forward (tf.fused.conv2d, tf.fused.depthwiseConv2d, or one conv2d per
 *   group), input gradient (tf.conv2dTranspose, per group for grouped layers), bias gradient
 *   (tf.sum). Its Conv2DBackpropFilter is not registered (tensorflow/tfjs#8474), nor are the
 *   depthwise backprops, and its threads are off in Node: always 1 thread.
 * - tfjs-cpu (plain JS): weight gradient (Conv2DBackpropFilter, DepthwiseConv2dNativeBackpropFilter)
 *   and the weight update (the same, then w - lr * dW), and the input gradient of depthwise layers
 *   (DepthwiseConv2dNativeBackpropInput), which tfjs-wasm lacks. About 0.007 GFLOP/s for the dense
 *   filter gradient here, so only where one run is expected to take at most TFJS_CPU_MAX_RUN_S.
 * The backward passes start from the saved y and dy like convgen's kernels: delta = dy * act'(y)
 * is part of the timed work.
 */
import { createRequire } from 'node:module';
import type * as TF from '@tensorflow/tfjs';
import type { LayerSpec, Pass } from '../../../src/layer/types.js';
import { flops } from '../../../src/passes/index.js';
import { relayout } from '../layout.js';
import { computePass, disposeTensors, groupKind, outputKind, tfjsCannot, tfjsMethod, uploadTensors } from './tfjs-ops.js';
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

/** The GFLOP/s tfjs-cpu's filter gradient reached on the project's first machine (peers.md); the estimate until one is measured (per op). */
export const TFJS_CPU_WEIGHT_GRAD_GFLOPS = 0.007;
/**
 * tfjs-cpu's weight gradient runs only where one run is expected to take at most this long (a
 * timing takes 16 runs or more), at the slowest speed measured so far in this process.
 */
export const TFJS_CPU_MAX_RUN_S = 3;

class TfjsPeer implements Peer {
  readonly threads = 1;
  /** the slowest speed measured in this process, GFLOP/s, by op (see speedKey) */
  private measured = new Map<string, number>();
  constructor(
    readonly name: string,
    private readonly backend: 'wasm' | 'cpu',
    readonly passes: readonly Pass[],
    /** passes this peer runs only for some kinds of layer (another tfjs backend runs the rest) */
    private readonly only: Partial<Record<Pass, readonly string[]>> = {},
  ) {}

  method(pass: Pass, spec?: LayerSpec): string {
    return tfjsMethod(spec, pass);
  }

  applies(spec: LayerSpec, pass: Pass): boolean {
    const kinds = this.only[pass];
    return !kinds || kinds.includes(groupKind(spec));
  }

  /** tfjs-cpu's ops differ in speed: dense and depthwise filter gradients are measured apart */
  private speedKey(spec: LayerSpec, pass: Pass): string {
    return `${groupKind(spec) === 'depthwise' ? 'depthwise' : 'dense'} ${pass === 'weight-update' ? 'weight-grad' : pass}`;
  }

  skip(spec: LayerSpec, pass: Pass): string | undefined {
    if (!this.passes.includes(pass)) return `${this.name} has no ${pass}`;
    const cannot = tfjsCannot(spec, pass);
    if (cannot) return cannot;
    if (this.backend === 'wasm' && pass === 'input-grad' && groupKind(spec) === 'depthwise') {
      return 'tfjs-wasm registers no DepthwiseConv2dNativeBackpropInput (tfjs-cpu runs it)';
    }
    if (this.backend === 'cpu') {
      const measured = this.measured.get(this.speedKey(spec, pass));
      const g = measured ?? TFJS_CPU_WEIGHT_GRAD_GFLOPS;
      const s = flops(spec, pass) / (g * 1e9);
      if (s > TFJS_CPU_MAX_RUN_S) {
        return `too slow: about ${s.toFixed(0)} s per run at ${g.toPrecision(2)} GFLOP/s (${measured ? 'measured' : 'estimated'}; limit ${TFJS_CPU_MAX_RUN_S} s a run)`;
      }
    }
    return undefined;
  }

  observe(spec: LayerSpec, pass: Pass, gflops: number): void {
    if (this.backend !== 'cpu' || !(gflops > 0)) return;
    const key = this.speedKey(spec, pass);
    this.measured.set(key, Math.min(this.measured.get(key) ?? Infinity, gflops));
  }

  async prepare(spec: LayerSpec, pass: Pass, sets: readonly InputSet[]): Promise<PreparedPass> {
    const tf = tfjs();
    await useBackend(tf, this.backend);
    const tensors = sets.map((s) => uploadTensors(tf, spec, s));
    const kind = outputKind(pass);
    const backend = this.backend;
    return {
      run(i: number): void {
        // wasm and cpu kernels run synchronously inside the op call
        tf.tidy(() => computePass(tf, spec, pass, tensors[i]!)).dispose();
      },
      async output(i: number): Promise<Float32Array> {
        await useBackend(tf, backend);
        const out = tf.tidy(() => computePass(tf, spec, pass, tensors[i]!));
        const data = (await out.data()) as Float32Array;
        out.dispose();
        return kind ? relayout(spec, kind, Float32Array.from(data), 'nhwc', spec.layout) : Float32Array.from(data);
      },
      dispose(): void {
        for (const t of tensors) disposeTensors(t);
      },
    };
  }
}

/** tfjs with the wasm backend (XNNPACK), 1 thread. Throws when the packages cannot be loaded. */
export async function tfjsWasmPeer(): Promise<Peer> {
  const tf = tfjs();
  await useBackend(tf, 'wasm');
  return new TfjsPeer('tfjs-wasm', 'wasm', ['forward', 'input-grad', 'bias-grad']);
}

/**
 * tfjs with the plain-JS cpu backend: the weight gradient and weight update tfjs-wasm lacks, and
 * the input gradient of depthwise layers (tfjs-wasm has no depthwise backprop).
 */
export async function tfjsCpuPeer(): Promise<Peer> {
  const tf = tfjs();
  await useBackend(tf, 'cpu');
  return new TfjsPeer('tfjs-cpu', 'cpu', ['input-grad', 'weight-grad', 'weight-update'], { 'input-grad': ['depthwise'] });
}
