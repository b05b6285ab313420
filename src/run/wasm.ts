/** Loads a built wasm kernel and runs it in this process (and its worker threads). Knows nothing of how the kernel was made. */
import v8 from 'node:v8';
import type { MemoryPlan, PlacedBuffer } from '../emit/memory.js';
import { threadPool, type ThreadPool } from './threads.js';

// Node 20 has relaxed SIMD behind a flag; it must be set before the first kernel compiles
// (workers inherit it). Whether the engine then accepts it is checked by relaxedSimdSupported().
v8.setFlagsFromString('--experimental-wasm-relaxed-simd');

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

export interface KernelModuleInfo {
  entry: string;
  plan: MemoryPlan;
  threads: number;
  phases: { prologue: boolean; epilogue: boolean };
}

/**
 * Threaded kernels dropped without close(): once this thread has collected one, its instances in
 * the workers (which hold its whole shared memory) are freed too.
 */
const dropped = new FinalizationRegistry<{ pool: ThreadPool; id: number }>(({ pool, id }) => {
  if (!pool.stopped) pool.unregister(id);
});

export class WasmKernelInstance {
  private pool: ThreadPool | undefined;
  private poolId = 0;

  private constructor(
    readonly info: KernelModuleInfo,
    private readonly instance: WebAssembly.Instance,
    readonly memory: WebAssembly.Memory,
  ) {}

  static async load(bytes: Uint8Array<ArrayBuffer>, info: KernelModuleInfo): Promise<WasmKernelInstance> {
    const module = await WebAssembly.compile(bytes);
    let k: WasmKernelInstance;
    if (info.threads > 1) {
      const memory = new WebAssembly.Memory({ initial: info.plan.pages, maximum: info.plan.pages, shared: true });
      k = new WasmKernelInstance(info, await WebAssembly.instantiate(module, { env: { memory } }), memory);
      k.pool = threadPool();
      k.poolId = k.pool.register(module, memory, info.threads);
      dropped.register(k, { pool: k.pool, id: k.poolId }, k);
    } else {
      const instance = await WebAssembly.instantiate(module);
      k = new WasmKernelInstance(info, instance, instance.exports.memory as WebAssembly.Memory);
    }
    // the module's own exports are the source of truth for where its tensors live
    for (const b of info.plan.buffers.filter((p) => p.role !== 'scratch')) {
      const off = (k.instance.exports[`${b.name}_offset`] as WebAssembly.Global | undefined)?.value;
      if (off !== b.offset) throw new Error(`${info.entry}: module places ${b.name} at ${off}, plan says ${b.offset}`);
    }
    return k;
  }

  get plan(): MemoryPlan {
    return this.info.plan;
  }

  buffer(name: string): PlacedBuffer {
    const b = this.plan.buffers.find((p) => p.name === name);
    if (!b) throw new Error(`${this.info.entry} kernel has no tensor named ${name}`);
    return b;
  }

  /** A float32 view of a tensor in the module's memory (valid for the module's life: its memory never grows). */
  view(name: string): Float32Array {
    const b = this.buffer(name);
    return new Float32Array(this.memory.buffer, b.offset, b.elems);
  }

  /** Fills every output with NaN, so an element the kernel never writes fails verification. */
  poisonOutputs(): void {
    for (const b of this.plan.buffers) if (b.role === 'output') this.view(b.name).fill(NaN);
  }

  /** Writes a sentinel pattern into the red zone after every tensor. */
  armRedZones(): void {
    for (const z of this.redZones()) z.fill(RED_ZONE_SENTINEL);
  }

  /** Names of the tensors whose red zone the kernel overwrote. */
  redZoneViolations(): string[] {
    return this.redZones()
      .map((z, i) => (z.every((v) => v === RED_ZONE_SENTINEL) ? null : this.plan.buffers[i]!.name))
      .filter((n): n is string => n !== null);
  }

  private redZones(): Uint32Array[] {
    return this.plan.buffers.map((b) => new Uint32Array(this.memory.buffer, b.offset + b.elems * 4, this.plan.redZoneBytes / 4));
  }

  /** Runs the pass: on one thread, or prologue then main each split over the worker pool, then the epilogue here. */
  run(): void {
    const ex = this.instance.exports as Record<string, (part?: number) => void>;
    if (this.info.threads === 1) {
      ex[this.info.entry]!();
      return;
    }
    const pool = this.pool;
    if (!pool || pool.stopped) throw new Error(`${this.info.entry}: ${pool ? 'the worker threads were stopped' : 'the kernel was closed'}; compile it again`);
    if (this.info.phases.prologue) pool.run(this.poolId, 0, this.info.threads, () => ex.prologue!(0));
    pool.run(this.poolId, 1, this.info.threads, () => ex.main!(0));
    if (this.info.phases.epilogue) ex.epilogue!();
  }

  /** Frees this kernel's instances in the worker threads. */
  close(): void {
    if (this.pool && !this.pool.stopped) this.pool.unregister(this.poolId);
    if (this.pool) dropped.unregister(this);
    this.pool = undefined;
  }
}
