/**
 * tfjs's WebGPU backend (@tensorflow/tfjs-backend-webgpu) as a peer of convgen's WGSL kernels, on
 * the same Dawn device: the backend is constructed with the GPUDevice of `getGpu()` (the process'
 * one Dawn instance), so both run on the same adapter, device, limits and features, and no second
 * `create()` is made. NHWC activations, HWIO weights:
 * - forward: tf.fused.conv2d with bias and activation (tanh applied after it: not a fused activation);
 * - input-grad: tf.conv2dTranspose;
 * - weight-grad: the Conv2DBackpropFilter kernel (the webgpu backend registers one);
 * - bias-grad: tf.sum;
 * - weight-update: the weight gradient, then w - lr * dW.
 * Depthwise layers use tf.fused.depthwiseConv2d and the depthwise backprop kernels (registered by
 * the webgpu backend), grouped ones one op per group on channel slices (tfjs-ops.ts).
 * The backward passes start from y and dy like convgen's kernels: delta = dy * act'(y) is timed too.
 *
 * Timing: with 'timestamp-query', `tf.time()`'s kernelMs (GPU timestamps around each program's
 * compute pass, summed: the same measure as WebGpuKernel.time); without it, wall time from the
 * ops' call to `queue.onSubmittedWorkDone` after the backend submitted its queue.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import type * as TF from '@tensorflow/tfjs';
import type { LayerSpec, Pass } from '../../../src/layer/types.js';
import type { Gpu, TimingResult } from '../../../src/run/webgpu.js';
import { relayout } from '../layout.js';
import { computePass, disposeTensors, outputKind, tfjsCannot, tfjsMethod, uploadTensors, type Tf } from './tfjs-ops.js';
import type { InputSet } from './types.js';

/** What the GPU benchmark needs of a peer: a pass set up on one input set, timed like WebGpuKernel. */
export interface GpuPreparedPass {
  /** `runs` timed runs after `warmup` untimed ones (the contract of WebGpuKernel.time) */
  time(runs: number, warmup: number): Promise<TimingResult>;
  /** runs the pass and returns its output in the layer's layout (for the check) */
  output(): Promise<Float32Array>;
  dispose(): void;
}

export interface GpuPeer {
  readonly name: string;
  readonly passes: readonly Pass[];
  /** what the peer runs for a pass (for a layer, where it depends on its groups), and how it is timed */
  method(pass: Pass, spec?: LayerSpec): string;
  /** why the peer does not run this layer's pass, or undefined when it does */
  skip(spec: LayerSpec, pass: Pass): string | undefined;
  prepare(spec: LayerSpec, pass: Pass, set: InputSet): Promise<GpuPreparedPass>;
}

export const TFJS_WEBGPU = 'tfjs-webgpu';

/** Backend internals used here (public in its JS, not in its typings). */
interface WebGpuBackendLike {
  ensureCommandEncoderReady(): void;
  endComputePassEncoder(): void;
  submitQueue(): void;
  supportTimestampQuery: boolean;
}

let loaded: { tf: Tf; backend: WebGpuBackendLike } | undefined;

/**
 * Loads @tensorflow/tfjs and the webgpu backend, and makes 'webgpu' a backend over `gpu.device`.
 * The backend package registers its kernels on import and, only when `navigator.gpu` is there, a
 * factory that would open a device of its own; that factory is replaced by one returning a
 * WebGPUBackend over convgen's device. `navigator.gpu` is set (to an object whose requestAdapter
 * refuses) only because the package checks for it; dawn.node's GPUBufferUsage & co. are made globals.
 */
async function load(gpu: Gpu): Promise<{ tf: Tf; backend: WebGpuBackendLike }> {
  if (loaded) return loaded;
  const webgpu = (await import('webgpu')) as unknown as { globals: Record<string, unknown> };
  const g = globalThis as Record<string, unknown>;
  for (const [k, v] of Object.entries(webgpu.globals)) if (!(k in g)) g[k] = v;
  const gpuStub = {
    requestAdapter: () => Promise.reject(new Error('convgen bench: tfjs-webgpu runs on the device of getGpu(); its own factory is not used')),
    getPreferredCanvasFormat: () => 'rgba8unorm',
  };
  const nav = g.navigator as Record<string, unknown> | undefined;
  if (!nav) g.navigator = { gpu: gpuStub };
  else if (!nav.gpu) Object.defineProperty(nav, 'gpu', { value: gpuStub, configurable: true });

  const require = createRequire(import.meta.url);
  const tf = require('@tensorflow/tfjs') as Tf;
  const { WebGPUBackend } = require('@tensorflow/tfjs-backend-webgpu') as {
    WebGPUBackend: new (device: GPUDevice, adapterInfo?: unknown) => TF.KernelBackend;
  };
  tf.env().set('PROD', true);
  // small ops on tensors not yet on the GPU would otherwise run on the CPU, outside the GPU timing
  tf.env().set('WEBGPU_CPU_FORWARD', false);
  const { vendor, architecture, device, description } = gpu.adapterInfo;
  tf.removeBackend('webgpu');
  tf.registerBackend('webgpu', () => new WebGPUBackend(gpu.device, { vendor, architecture, device, description }), 3);
  if (!(await tf.setBackend('webgpu'))) throw new Error('tfjs backend webgpu did not initialize');
  await tf.ready();
  loaded = { tf, backend: tf.backend() as unknown as WebGpuBackendLike };
  return loaded;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** The tfjs-webgpu peer on the process' device. Throws when the packages cannot be loaded. */
export async function tfjsWebGpuPeer(gpu: Gpu): Promise<GpuPeer & { readonly timing: 'timestamp' | 'wall' }> {
  const { tf, backend } = await load(gpu);
  if (!tf.getKernel('Conv2DBackpropFilter', 'webgpu')) throw new Error('the webgpu backend has no Conv2DBackpropFilter kernel');
  const timing: 'timestamp' | 'wall' = backend.supportTimestampQuery ? 'timestamp' : 'wall';
  const how = timing === 'timestamp' ? 'tf.time() kernelMs (GPU timestamps, summed over programs)' : 'wall time to onSubmittedWorkDone';
  return {
    name: TFJS_WEBGPU,
    timing,
    passes: ['forward', 'input-grad', 'weight-grad', 'bias-grad', 'weight-update'],
    method: (pass, spec) => `${tfjsMethod(spec, pass)}; ${how}`,
    skip: (spec, pass) => tfjsCannot(spec, pass),
    async prepare(spec, pass, set) {
      await tf.setBackend('webgpu');
      const t = uploadTensors(tf, spec, set);
      const once = () => tf.tidy(() => computePass(tf, spec, pass, t)).dispose();
      /** one run to completion, wall time */
      const wallRun = async (): Promise<number> => {
        const t0 = performance.now();
        once();
        // what the backend does before it reads a tensor back: end the open pass, submit its encoder
        backend.ensureCommandEncoderReady();
        backend.endComputePassEncoder();
        backend.submitQueue();
        await gpu.device.queue.onSubmittedWorkDone();
        return performance.now() - t0;
      };
      return {
        async time(runs, warmup) {
          for (let i = 0; i < warmup; i++) await wallRun();
          const samples: number[] = [];
          for (let r = 0; r < runs; r++) {
            if (timing === 'timestamp') {
              const info = await tf.time(once);
              if (typeof info.kernelMs !== 'number') throw new Error(`tf.time: ${info.kernelMs.error}`);
              samples.push(info.kernelMs);
            } else samples.push(await wallRun());
          }
          return { medianMs: median(samples), samples, method: timing };
        },
        async output() {
          const out = tf.tidy(() => computePass(tf, spec, pass, t));
          const data = Float32Array.from((await out.data()) as Float32Array);
          out.dispose();
          const kind = outputKind(pass);
          return kind ? relayout(spec, kind, data, 'nhwc', spec.layout) : data;
        },
        dispose() {
          disposeTensors(t);
        },
      };
    },
  };
}
