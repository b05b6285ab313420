/**
 * Loads a wasm kernel (its bytes and its ABI, src/targets/abi.ts) and runs it in this process (and
 * its worker threads). Knows nothing of how the kernel was made: the ABI says where each tensor
 * lives and what role it has.
 */
import { abiProblems, abiTensor, type WasmAbi, type WasmTensor } from '../targets/abi.js';
import type { ThreadPool } from './threads.js';

/** In Node (not a browser): worker threads and V8 flags are available. */
const IN_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

// Node 20 has relaxed SIMD behind a flag; it must be set before the first kernel compiles
// (workers inherit it). Whether the engine then accepts it is checked by relaxedSimdSupported().
// Browsers that have it have it on; this module also loads in a page (convgen/runtime).
if (IN_NODE) (await import('node:v8')).default.setFlagsFromString('--experimental-wasm-relaxed-simd');

/** A module holding one f32x4.relaxed_madd: (module (func (result v128) v128.const*3 relaxed_madd)). */
const RELAXED_PROBE = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 61, 1, 59, 0,
  253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  253, 12, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  253, 133, 2, 11,
]);

/** Whether this engine runs f32x4.relaxed_madd (schedules with `fma` need it). */
export function relaxedSimdSupported(): boolean {
  return WebAssembly.validate(RELAXED_PROBE);
}

/** A bit pattern no kernel computes by accident (a signalling NaN with a payload). */
const RED_ZONE_SENTINEL = 0x7fa5a5a5;

/**
 * Threaded kernels dropped without close(): once this thread has collected one, its instances in
 * the workers (which hold its whole shared memory) are freed too.
 */
const dropped = new FinalizationRegistry<{ pool: ThreadPool; id: number }>(({ pool, id }) => {
  if (!pool.stopped) pool.unregister(id);
});

/** A wasm kernel instantiated in this process: views on its tensors, poison and red zones, runs. */
export class WasmRunner {
  private pool: ThreadPool | undefined;
  private poolId = 0;

  private constructor(
    readonly abi: WasmAbi,
    private readonly instance: WebAssembly.Instance,
    readonly memory: WebAssembly.Memory,
  ) {}

  static async load(bytes: Uint8Array<ArrayBuffer>, abi: WasmAbi): Promise<WasmRunner> {
    const problems = abiProblems(abi);
    if (problems.length > 0) throw new Error(`invalid wasm kernel ${abi.kernel}:\n  - ${problems.join('\n  - ')}`);
    const module = await WebAssembly.compile(bytes);
    let k: WasmRunner;
    if (abi.threads > 1) {
      const pages = abi.memory.pages;
      const memory = new WebAssembly.Memory({ initial: pages, maximum: pages, shared: true });
      k = new WasmRunner(abi, await WebAssembly.instantiate(module, { env: { memory } }), memory);
      if (!IN_NODE) throw new Error(`${abi.kernel}: built for ${abi.threads} threads, which this runtime runs only in Node (worker_threads); build with --threads 1 for a browser`);
      const { threadPool } = await import('./threads.js');
      k.pool = threadPool();
      k.poolId = k.pool.register(module, memory, abi.threads);
      dropped.register(k, { pool: k.pool, id: k.poolId }, k);
    } else {
      const instance = await WebAssembly.instantiate(module);
      k = new WasmRunner(abi, instance, instance.exports.memory as WebAssembly.Memory);
    }
    // the module's own exports are the source of truth for where its tensors live
    for (const b of abi.tensors.filter((p) => p.role !== 'scratch')) {
      const off = (k.instance.exports[`${b.name}_offset`] as WebAssembly.Global | undefined)?.value;
      if (off !== b.offset) throw new Error(`${abi.kernel}: module places ${b.name} at ${off}, the ABI says ${b.offset}`);
    }
    return k;
  }

  tensor(name: string): WasmTensor {
    return abiTensor(this.abi, name);
  }

  /** A float32 view of a tensor in the module's memory (valid for the module's life: its memory never grows). */
  view(name: string): Float32Array {
    const b = this.tensor(name);
    return new Float32Array(this.memory.buffer, b.offset, b.elems);
  }

  /** Writes a whole tensor in place (its length must match). */
  write(name: string, data: Float32Array): void {
    const view = this.view(name);
    if (data.length !== view.length) throw new RangeError(`${this.abi.kernel}: ${name} needs ${view.length} float32 values, got ${data.length}`);
    view.set(data);
  }

  /** A copy of a tensor. */
  read(name: string): Float32Array {
    return this.view(name).slice();
  }

  /** Fills every output with NaN, so an element the kernel never writes fails verification (in-out tensors hold the caller's data: never poisoned). */
  poisonOutputs(): void {
    for (const b of this.abi.tensors) if (b.role === 'output') this.view(b.name).fill(NaN);
  }

  /** Writes a sentinel pattern into the red zone after every tensor. */
  armRedZones(): void {
    for (const z of this.redZones()) z.fill(RED_ZONE_SENTINEL);
  }

  /** Names of the tensors whose red zone the kernel overwrote. */
  redZoneViolations(): string[] {
    return this.redZones()
      .map((z, i) => (z.every((v) => v === RED_ZONE_SENTINEL) ? null : this.abi.tensors[i]!.name))
      .filter((n): n is string => n !== null);
  }

  private redZones(): Uint32Array[] {
    return this.abi.tensors.map((b) => new Uint32Array(this.memory.buffer, b.offset + b.elems * 4, this.abi.memory.redZoneBytes / 4));
  }

  /** Runs the pass: on one thread, or prologue then main each split over the worker pool, then the epilogue here. */
  run(): void {
    const ex = this.instance.exports as Record<string, (part?: number) => void>;
    const { threads, phases, entry } = this.abi;
    if (threads === 1) {
      ex[entry]!();
      return;
    }
    const pool = this.pool;
    if (!pool || pool.stopped) throw new Error(`${entry}: ${pool ? 'the worker threads were stopped' : 'the kernel was closed'}; compile it again`);
    if (phases.prologue) pool.run(this.poolId, 0, threads, () => ex.prologue!(0));
    pool.run(this.poolId, 1, threads, () => ex.main!(0));
    if (phases.epilogue) ex.epilogue!();
  }

  /** Frees this kernel's instances in the worker threads. */
  close(): void {
    if (this.pool && !this.pool.stopped) this.pool.unregister(this.poolId);
    if (this.pool) dropped.unregister(this);
    this.pool = undefined;
  }
}
