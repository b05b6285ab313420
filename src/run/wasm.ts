/** Loads a built wasm kernel and runs it in this process. Knows nothing of how the kernel was made. */
import type { MemoryPlan, PlacedBuffer } from '../emit/memory.js';

/** A bit pattern no kernel computes by accident (a signalling NaN with a payload). */
const RED_ZONE_SENTINEL = 0x7fa5a5a5;

export class WasmKernelInstance {
  private constructor(
    readonly entry: string,
    readonly plan: MemoryPlan,
    private readonly instance: WebAssembly.Instance,
  ) {}

  static async load(bytes: Uint8Array<ArrayBuffer>, entry: string, plan: MemoryPlan): Promise<WasmKernelInstance> {
    const instance = await WebAssembly.instantiate(await WebAssembly.compile(bytes));
    const k = new WasmKernelInstance(entry, plan, instance);
    // the module's own exports are the source of truth for where its tensors live
    for (const b of plan.buffers.filter((p) => p.role !== 'scratch')) {
      const off = (instance.exports[`${b.name}_offset`] as WebAssembly.Global | undefined)?.value;
      if (off !== b.offset) throw new Error(`${entry}: module places ${b.name} at ${off}, plan says ${b.offset}`);
    }
    return k;
  }

  get memory(): WebAssembly.Memory {
    return this.instance.exports.memory as WebAssembly.Memory;
  }

  buffer(name: string): PlacedBuffer {
    const b = this.plan.buffers.find((p) => p.name === name);
    if (!b) throw new Error(`${this.entry} kernel has no tensor named ${name}`);
    return b;
  }

  /** A float32 view of a tensor in the module's memory (valid until the memory grows; ours never does). */
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
    return this.plan.buffers.map(
      (b) => new Uint32Array(this.memory.buffer, b.offset + b.elems * 4, this.plan.redZoneBytes / 4),
    );
  }

  run(): void {
    (this.instance.exports[this.entry] as () => void)();
  }
}
