/**
 * convgen as a TensorFlow.js plug-in (`convgen/tfjs`): registers convgen's kernels for tfjs's
 * conv kernels on one backend, so a tfjs model trains where the backend lacks a kernel (tfjs-wasm
 * has no Conv2DBackpropFilter, tensorflow/tfjs#8474, nor depthwise backprops) and runs convgen's
 * compiled kernels for the others.
 *
 *   import * as tf from '@tensorflow/tfjs';
 *   import '@tensorflow/tfjs-backend-wasm';
 *   import { registerConvgen } from 'convgen/tfjs';
 *   const plugin = await registerConvgen(tf, { backend: 'wasm' });
 *   await tf.setBackend('wasm');
 *   ... train ...
 *   plugin.unregister(); // the backend's own kernels again
 *
 * Each kernel call maps tfjs's attributes (normalized by backend_util.computeConv2DInfo: padding
 * 'same' / 'valid' / number / explicit, dimRoundingMode, strides, dilations, data format) to a
 * convgen layer spec with explicit pads, compiles that (spec, pass) once (single-thread wasm,
 * synchronously: tfjs kernels cannot await) and runs it. convgen's kernels own their memory, so
 * the inputs are copied in (from views of the tfjs tensors) and the result copied out into a
 * tensor the backend allocates. What convgen cannot compute (an activation it lacks, a bias
 * broadcast, NCHW depthwise, a shape too big for one wasm32 memory) runs the backend's own kernel;
 * where the backend has none, the error says so. With `log` (or CONVGEN_TFJS_DEBUG=1) each
 * decision is printed once per kernel and shape. Kernels can also come ready-made: `aot` takes
 * the .wasm files of a `convgen build` package or `convgen compile` folder, `precompile` compiles
 * layers at registration. Compiled kernels are kept for the process (per fma and db), so
 * unregistering and registering again compiles nothing new.
 */
import type { LayerInput, LayerSpec, Pass } from '../layer/types.js';
import { parseSpec } from '../layer/parse.js';
import type { TuningDb } from '../tune/use.js';
import { KernelCache } from './compiler.js';
import { KERNEL_NAMES, PLANNERS, Unsupported, type Attrs, type ComputeConv2DInfo, type Inputs, type KernelName, type TensorInfoLike } from './ops.js';
import { TFJS_LAYER_NAME, specFromConvInfo, hwioToOihw, oihwToHwio, type ConvInfo } from './spec.js';

export { KERNEL_NAMES, Unsupported, specFromConvInfo, hwioToOihw, oihwToHwio, TFJS_LAYER_NAME };
export type { KernelName, TensorInfoLike, ConvInfo, ComputeConv2DInfo };

/** A tfjs kernel registration (tfjs's KernelConfig). */
export interface KernelConfigLike {
  kernelName: string;
  backendName: string;
  kernelFunc(params: { inputs: Inputs; backend: object; attrs?: Attrs }): TensorInfoLike | TensorInfoLike[];
  setupFunc?(backend: object): void;
  disposeFunc?(backend: object): void;
}

/** What the plug-in uses of the tfjs module (`import * as tf from '@tensorflow/tfjs'` has it). */
export interface TfLike {
  registerKernel(config: KernelConfigLike): void;
  unregisterKernel(kernelName: string, backendName: string): void;
  getKernel(kernelName: string, backendName: string): KernelConfigLike | undefined;
  backend_util: { computeConv2DInfo: ComputeConv2DInfo };
}

export type ConvgenBackend = 'wasm' | 'cpu';

export interface ConvgenTfjsOptions {
  /** the tfjs backend whose kernels convgen's replace or complete (default 'wasm') */
  backend?: ConvgenBackend;
  /** the kernels to register (default: all of KERNEL_NAMES); e.g. ['Conv2DBackpropFilter'] only completes tfjs-wasm */
  kernels?: readonly KernelName[];
  /** a tuning database (a file or records): its best single-thread schedule for this machine where it has the layer */
  db?: string | TuningDb;
  /** fused multiply-add in the default schedules (default: when the engine has relaxed SIMD) */
  fma?: boolean;
  /**
   * Ahead-of-time kernels: folders (paths or URLs; or their manifest.json) written by `convgen
   * build` or `convgen compile`. Their single-thread wasm kernels run the calls whose layer they
   * are (same shape, pads, strides, dilation, groups, layout; act none for the backprop kernels),
   * without compiling anything. Other shapes are compiled when first seen.
   */
  aot?: string | URL | readonly (string | URL)[];
  /**
   * Layers to compile at registration (NHWC unless a layout is given; the name is ignored): the
   * forward pass (with `act`, and without any activation, which is what tfjs runs while training),
   * the input gradient and the weight gradient. Other shapes are compiled when first seen.
   */
  precompile?: readonly LayerInput[];
  /** verify the `precompile` kernels against convgen's float64 reference before registering (default false) */
  verify?: boolean;
  /** print which implementation runs each kernel, once per kernel and shape: true (stderr) or a function; default: env CONVGEN_TFJS_DEBUG=1 */
  log?: boolean | ((line: string) => void);
}

export interface KernelStats {
  /** calls convgen's kernel computed */
  convgen: number;
  /** calls the backend's own kernel computed */
  fallback: number;
}

/** The registration: what ran, and how to undo it. */
export interface ConvgenTfjs {
  readonly backend: ConvgenBackend;
  /** the kernels registered */
  readonly kernels: readonly KernelName[];
  /** calls per kernel since registration (or the last resetStats) */
  stats(): Record<KernelName, KernelStats>;
  resetStats(): void;
  /** compiled (spec, pass) kernels held for these options (shared by every registration in this process with the same fma and db) */
  compiledKernels(): number;
  /** unregisters convgen's kernels and registers the backend's own again (those it had); idempotent */
  unregister(): void;
}

/** How the plug-in reads a tensor and makes its output on one backend. */
interface BackendIo {
  /** the tensor's float32 values (a view of backend memory where there is one: use it before allocating) */
  read(t: TensorInfoLike): Float32Array;
  /** a new tensor of `shape` holding a copy of `data` */
  output(shape: number[], data: Float32Array): TensorInfoLike;
}

interface WasmBackendLike {
  typedArrayFromHeap(t: TensorInfoLike): Float32Array;
  makeOutput(shape: number[], dtype: 'float32'): TensorInfoLike;
}
interface CpuBackendLike {
  readSync(dataId: object): unknown;
  makeTensorInfo(shape: number[], dtype: 'float32', values: Float32Array): TensorInfoLike;
}

function backendIo(backend: object): BackendIo {
  const b = backend as Partial<WasmBackendLike & CpuBackendLike>;
  if (typeof b.typedArrayFromHeap === 'function' && typeof b.makeOutput === 'function') {
    // tfjs-wasm: tensors live in its heap; views there, the output allocated there and filled
    const w = b as WasmBackendLike;
    return {
      read: (t) => w.typedArrayFromHeap(t),
      output: (shape, data) => {
        const out = w.makeOutput(shape, 'float32');
        w.typedArrayFromHeap(out).set(data); // a fresh view: makeOutput may have grown the heap
        return out;
      },
    };
  }
  if (typeof b.readSync === 'function' && typeof b.makeTensorInfo === 'function') {
    const c = b as CpuBackendLike;
    return {
      read: (t) => {
        const v = c.readSync(t.dataId);
        return v instanceof Float32Array ? v : Float32Array.from(v as ArrayLike<number>);
      },
      output: (shape, data) => c.makeTensorInfo(shape, 'float32', data.slice()),
    };
  }
  throw new Unsupported('the backend has neither typedArrayFromHeap/makeOutput (wasm) nor readSync/makeTensorInfo (cpu)');
}

/** The kernel configs this module registered (so a second registration is refused, not stacked). */
const ours = new WeakSet<object>();

const describe = (s: LayerSpec): string =>
  `N=${s.N} Ci=${s.Ci} H=${s.H} W=${s.W} Co=${s.Co} K=${s.K} L=${s.L} stride=${s.sh}x${s.sw} pad=${s.pt},${s.pb},${s.pl},${s.pr} ` +
  `dilation=${s.dh}x${s.dw}${s.groups > 1 ? ` groups=${s.groups}` : ''} act=${s.act} ${s.layout}`;

function logger(opt: ConvgenTfjsOptions['log']): ((line: string) => void) | undefined {
  if (typeof opt === 'function') return opt;
  const on = opt ?? (typeof process !== 'undefined' && process.env?.CONVGEN_TFJS_DEBUG === '1');
  return on ? (line) => console.error(line) : undefined;
}

/**
 * Registers convgen's conv kernels on a tfjs backend (replacing the backend's own, which stay the
 * fallback). Await it before the model runs: it loads the assembler and compiles `aot` layers.
 * The backend may be initialized before or after; the replaced kernels' setup still runs.
 */
export async function registerConvgen(tf: TfLike, opts: ConvgenTfjsOptions = {}): Promise<ConvgenTfjs> {
  const backend = opts.backend ?? 'wasm';
  if (backend !== 'wasm' && backend !== 'cpu') throw new RangeError(`registerConvgen: backend: got ${JSON.stringify(backend)}; must be "wasm" or "cpu"`);
  const names = [...(opts.kernels ?? KERNEL_NAMES)];
  for (const n of names) {
    if (!(KERNEL_NAMES as readonly string[]).includes(n)) throw new RangeError(`registerConvgen: kernels: ${JSON.stringify(n)} is not one of ${KERNEL_NAMES.join(', ')}`);
  }
  for (const n of names) {
    const k = tf.getKernel(n, backend);
    if (k && ours.has(k)) throw new Error(`registerConvgen: convgen's ${n} is already registered on ${backend}; unregister() the earlier registration first`);
  }

  await KernelCache.ready();
  const cache = KernelCache.shared({ ...(opts.db !== undefined ? { db: opts.db } : {}), ...(opts.fma !== undefined ? { fma: opts.fma } : {}) });
  const log = logger(opts.log);
  const aot = opts.aot === undefined ? [] : typeof opts.aot === 'string' || opts.aot instanceof URL ? [opts.aot] : opts.aot;
  for (const where of aot) {
    const { taken, skipped } = await cache.loadAot(where);
    log?.(`convgen/tfjs: aot ${String(where)}: ${taken.length} kernel(s) taken${taken.length ? ` (${taken.join(', ')})` : ''}`);
    for (const s of skipped) log?.(`convgen/tfjs: aot ${String(where)}: not taken: ${s}`);
  }
  for (const input of opts.precompile ?? []) {
    const spec = parseSpec({ layout: 'nhwc', ...input, name: TFJS_LAYER_NAME });
    const base = { ...spec, act: 'none' as const };
    await cache.compileAhead(base, ['forward', 'input-grad', 'weight-grad'] satisfies Pass[], opts.verify ?? false);
    if (spec.act !== 'none') await cache.compileAhead(spec, ['forward'], opts.verify ?? false);
  }

  const logged = new Set<string>();
  /** logs `line` the first time `key` is seen */
  const note = (key: string, line: () => string) => {
    if (!log || logged.has(key)) return;
    logged.add(key);
    log(line());
  };
  const emptyStats = () => Object.fromEntries(KERNEL_NAMES.map((n) => [n, { convgen: 0, fallback: 0 }])) as Record<KernelName, KernelStats>;
  let stats = emptyStats();

  const registered: { name: KernelName; original: KernelConfigLike | undefined; config: KernelConfigLike }[] = [];
  for (const name of names) {
    const original = tf.getKernel(name, backend);
    const plan = PLANNERS[name];
    const kernelFunc: KernelConfigLike['kernelFunc'] = (params) => {
      const { inputs, attrs = {} } = params;
      let why: string;
      try {
        const io = backendIo(params.backend);
        const p = plan(inputs, attrs, tf.backend_util.computeConv2DInfo);
        const { kernel, fresh, ms } = cache.get(p.spec, p.pass);
        const result = kernel.run(p.inputs(io.read));
        const out = io.output(p.outShape, p.post ? p.post(result) : result);
        stats[name].convgen++;
        if (log) note(`${name} ${p.pass} ${describe(p.spec)}`, () => `convgen/tfjs: ${name} on ${backend}: convgen ${p.pass} ${describe(p.spec)} (${kernel.origin}${fresh ? ` in ${ms.toFixed(0)} ms` : ''}, ${kernel.source.from} schedule)`);
        return out;
      } catch (e) {
        why = e instanceof Error ? e.message : String(e);
      }
      if (!original) {
        throw new Error(`convgen/tfjs: ${name} on ${backend}: convgen cannot compute this call (${why}) and the ${backend} backend has no ${name} kernel of its own`);
      }
      stats[name].fallback++;
      if (log) note(`${name} ${why}`, () => `convgen/tfjs: ${name} on ${backend}: the ${backend} backend's own kernel (${why})`);
      return original.kernelFunc(params);
    };
    const config: KernelConfigLike = {
      kernelName: name,
      backendName: backend,
      kernelFunc,
      // the replaced kernel's setup (e.g. tfjs-wasm's cwrap of its C function) must still run: it is the fallback
      ...(original?.setupFunc ? { setupFunc: (b: object) => original.setupFunc!(b) } : {}),
      ...(original?.disposeFunc ? { disposeFunc: (b: object) => original.disposeFunc!(b) } : {}),
    };
    ours.add(config);
    if (original) tf.unregisterKernel(name, backend);
    tf.registerKernel(config);
    registered.push({ name, original, config });
    log?.(`convgen/tfjs: registered ${name} on ${backend}${original ? ` (replacing the backend's own, kept as the fallback)` : ' (the backend has none)'}`);
  }

  let active = true;
  return {
    backend,
    kernels: names,
    stats: () => structuredClone(stats),
    resetStats: () => {
      stats = emptyStats();
    },
    compiledKernels: () => cache.size,
    unregister: () => {
      if (!active) return;
      active = false;
      for (const { name, original, config } of registered) {
        if (tf.getKernel(name, backend) === config) tf.unregisterKernel(name, backend);
        if (original && !tf.getKernel(name, backend)) tf.registerKernel(original);
      }
    },
  };
}
