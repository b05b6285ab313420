/**
 * The pipeline for one layer: spec -> schedule -> lower -> emit -> build -> load, and the
 * library API over it (`compileLayer`). The stages stay in their folders; this file only wires them.
 */
import type { LayerSpec, Pass } from './layer/types.js';
import { PASSES } from './layer/types.js';
import { tensorSizes } from './layer/layout.js';
import { defaultGpuSchedule, defaultSchedule, type GpuSchedule, type Schedule } from './schedule/index.js';
import { emitWgsl, type WgslKernel } from './emit/wgsl.js';
import { WebGpuKernel } from './run/webgpu.js';
import { lower } from './lower/index.js';
import type { LoweredKernel } from './lower/ir.js';
import { emitWat, type WatModule } from './emit/wat.js';
import { assembleWat } from './assemble/wasm.js';
import { relaxedSimdSupported, WasmKernelInstance } from './run/wasm.js';
import { CallQueue, LayerCase, verifyKernel, type VerifiableKernel, type VerifyResult } from './verify/index.js';

export type Target = 'wasm' | 'webgpu';
export const TARGETS: readonly Target[] = ['wasm', 'webgpu'];

/** A built kernel of either target, as the layer API, the CLI and verification use it. */
export interface LayerKernel extends VerifiableKernel {
  readonly schedule: Schedule;
  /** the files `convgen compile` writes for it: name -> contents */
  files(): Record<string, string | Uint8Array>;
  /**
   * writes the inputs it reads (extra ones are ignored), runs, returns a copy of the output; one
   * exclusive section, so concurrent calls on one kernel each get their own inputs' result
   */
  call(inputs: Record<string, Float32Array | undefined>): Promise<Float32Array>;
  close(): void;
}

export interface GeneratedKernel {
  pass: Pass;
  lowered: LoweredKernel;
  wat: WatModule;
}

/** Generates the text of one kernel: a pure function of (spec, pass, schedule); the default schedule without fma or threads. */
export function generateKernel(spec: LayerSpec, pass: Pass, schedule?: Schedule): GeneratedKernel {
  const lowered = lower(spec, pass, schedule ?? defaultSchedule(spec, pass));
  return { pass, lowered, wat: emitWat(lowered) };
}

const OUTPUT_OF: Record<Pass, string> = { forward: 'y', 'input-grad': 'dx', 'weight-grad': 'dw', 'bias-grad': 'db' };

/** A kernel assembled and instantiated in this process. */
export class BuiltKernel implements LayerKernel {
  private readonly queue = new CallQueue();

  private constructor(
    readonly generated: GeneratedKernel,
    readonly wasm: Uint8Array<ArrayBuffer>,
    readonly instance: WasmKernelInstance,
  ) {}

  static async build(g: GeneratedKernel): Promise<BuiltKernel> {
    const wasm = await assembleWat(g.lowered.name, g.wat.text);
    return new BuiltKernel(g, wasm, await WasmKernelInstance.load(wasm, g.wat));
  }

  get pass(): Pass {
    return this.generated.pass;
  }
  get schedule(): Schedule {
    return this.generated.lowered.schedule;
  }
  files(): Record<string, string | Uint8Array> {
    return { [`${this.pass}.wat`]: this.generated.wat.text, [`${this.pass}.wasm`]: this.wasm };
  }
  inputs(): string[] {
    return this.generated.wat.plan.buffers.filter((b) => b.role === 'input').map((b) => b.name);
  }
  output(): string {
    return OUTPUT_OF[this.pass];
  }
  write(name: string, data: Float32Array): void {
    const view = this.instance.view(name);
    if (data.length !== view.length) {
      throw new RangeError(`${this.generated.lowered.name}: ${name} needs ${view.length} float32 values, got ${data.length}`);
    }
    view.set(data);
  }
  read(name: string): Float32Array {
    return this.instance.view(name).slice();
  }
  poisonOutputs(): void {
    this.instance.poisonOutputs();
  }
  armRedZones(): void {
    this.instance.armRedZones();
  }
  redZoneViolations(): string[] {
    return this.instance.redZoneViolations();
  }
  async run(): Promise<void> {
    this.instance.run();
  }

  close(): void {
    this.instance.close();
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.queue.run(fn);
  }

  call(inputs: Record<string, Float32Array | undefined>): Promise<Float32Array> {
    return callKernel(this, inputs);
  }
}

/**
 * Write, run, read as one exclusive section: the output is read after an `await`, by which time
 * another call's writes and run would otherwise have replaced this call's (measured: two concurrent
 * forward calls both got the second one's y).
 */
function callKernel(k: LayerKernel, inputs: Record<string, Float32Array | undefined>): Promise<Float32Array> {
  return k.exclusive(async () => {
    for (const name of k.inputs()) {
      const t = inputs[name];
      if (!t) throw new TypeError(`${k.pass} needs input ${name}`);
      k.write(name, t);
    }
    await k.run();
    return k.read(k.output());
  });
}

/** A built WGSL kernel of some pass, seen through the interface verification uses. */
export class WgslPassKernel implements VerifiableKernel {
  private readonly queue = new CallQueue();

  constructor(
    readonly pass: Pass,
    readonly kernel: WebGpuKernel,
  ) {}

  inputs(): string[] {
    return this.kernel.inputs();
  }
  output(): string {
    return this.kernel.output();
  }
  write(name: string, data: Float32Array): void {
    this.kernel.write(name, data);
  }
  read(name: string): Promise<Float32Array> {
    return this.kernel.read(name);
  }
  poisonOutputs(): void {
    this.kernel.poisonOutputs();
  }
  armRedZones(): void {
    this.kernel.armRedZones();
  }
  redZoneViolations(): Promise<string[]> {
    return this.kernel.redZoneViolations();
  }
  run(): Promise<void> {
    return this.kernel.run();
  }
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.queue.run(fn);
  }
  close(): void {
    this.kernel.destroy();
  }
}

/** A convgen WGSL kernel built into pipelines on the process' WebGPU device. */
export class GpuKernel extends WgslPassKernel implements LayerKernel {
  private constructor(
    readonly lowered: LoweredKernel,
    readonly wgsl: WgslKernel,
    kernel: WebGpuKernel,
  ) {
    super(lowered.pass, kernel);
  }

  static async build(spec: LayerSpec, pass: Pass, schedule?: GpuSchedule): Promise<GpuKernel> {
    const lowered = lower(spec, pass, schedule ?? defaultGpuSchedule(spec, pass));
    const wgsl = emitWgsl(lowered);
    return new GpuKernel(lowered, wgsl, await WebGpuKernel.build(wgsl));
  }

  get schedule(): Schedule {
    return this.lowered.schedule;
  }
  files(): Record<string, string | Uint8Array> {
    return { [`${this.pass}.wgsl`]: this.wgsl.text };
  }
  call(inputs: Record<string, Float32Array | undefined>): Promise<Float32Array> {
    return callKernel(this, inputs);
  }
}

export interface CompileOptions {
  target?: Target;
  passes?: readonly Pass[];
  /** schedules per pass; the default heuristic's for the others */
  schedules?: Partial<Record<Pass, Schedule>>;
  /** worker threads for the default schedules (default 1) */
  threads?: number;
  /** fused multiply-add in the default schedules (default: when the engine has relaxed SIMD) */
  fma?: boolean;
}

export interface VerifyReport {
  layer: string;
  results: VerifyResult[];
  ok: boolean;
}

/** All requested passes of one layer, built and ready to run. */
export class CompiledLayer<K extends LayerKernel = LayerKernel> {
  constructor(
    readonly spec: LayerSpec,
    readonly target: Target,
    readonly kernels: ReadonlyMap<Pass, K>,
  ) {}

  kernel(pass: Pass): K {
    const k = this.kernels.get(pass);
    if (!k) throw new Error(`${this.spec.name}: pass ${pass} was not compiled (compiled: ${[...this.kernels.keys()].join(', ')})`);
    return k;
  }

  /** y = sigma(b + x * w), all in the spec's layout. */
  async forward(t: { x: Float32Array; w: Float32Array; b: Float32Array }): Promise<{ y: Float32Array }> {
    return { y: await this.kernel('forward').call(t) };
  }

  /** dx, dw, db from the saved forward output y and the incoming gradient dy. */
  async backward(t: { x: Float32Array; w: Float32Array; y: Float32Array; dy: Float32Array }): Promise<{
    dx: Float32Array;
    dw: Float32Array;
    db: Float32Array;
  }> {
    const n = tensorSizes(this.spec);
    for (const [name, len] of [['x', n.x], ['w', n.w], ['y', n.y], ['dy', n.y]] as const) {
      if (t[name].length !== len) throw new RangeError(`backward: ${name} needs ${len} float32 values, got ${t[name].length}`);
    }
    return {
      dx: await this.kernel('input-grad').call(t),
      dw: await this.kernel('weight-grad').call(t),
      db: await this.kernel('bias-grad').call(t),
    };
  }

  /** Frees the kernels' instances in worker threads (the threads themselves are shared and unref'd). */
  close(): void {
    for (const k of this.kernels.values()) k.close();
  }

  /** Verifies every compiled pass against the float64 reference on random inputs from `seed`. */
  async verify(opts: { seed?: number } = {}): Promise<VerifyReport> {
    const c = new LayerCase(this.spec, opts.seed ?? 1);
    const results: VerifyResult[] = [];
    for (const k of this.kernels.values()) results.push(await verifyKernel(k, c, this.target));
    return { layer: this.spec.name, results, ok: results.every((r) => r.ok) };
  }
}

export async function compileLayer(spec: LayerSpec, opts: CompileOptions & { target: 'webgpu' }): Promise<CompiledLayer<GpuKernel>>;
export async function compileLayer(spec: LayerSpec, opts?: CompileOptions & { target?: 'wasm' }): Promise<CompiledLayer<BuiltKernel>>;
export async function compileLayer(spec: LayerSpec, opts?: CompileOptions): Promise<CompiledLayer>;
export async function compileLayer(spec: LayerSpec, opts: CompileOptions = {}): Promise<CompiledLayer> {
  const target = opts.target ?? 'wasm';
  if (!TARGETS.includes(target)) throw new RangeError(`target: got ${String(target)}; must be one of ${TARGETS.join(', ')}`);
  if (target === 'webgpu') {
    const gpu = new Map<Pass, GpuKernel>();
    for (const pass of opts.passes ?? PASSES) {
      const s = opts.schedules?.[pass];
      if (s && s.kind !== 'gpu') throw new RangeError(`schedule.kind for ${pass} of ${spec.name}: got "${s.kind}"; the webgpu target takes gpu schedules`);
      gpu.set(pass, await GpuKernel.build(spec, pass, s));
    }
    return new CompiledLayer(spec, target, gpu);
  }
  const kernels = new Map<Pass, BuiltKernel>();
  const fma = opts.fma ?? relaxedSimdSupported();
  const threads = opts.threads ?? 1;
  for (const pass of opts.passes ?? PASSES) {
    const schedule: Schedule = opts.schedules?.[pass] ?? defaultSchedule(spec, pass, { fma, threads });
    if (schedule.kind === 'simd' && schedule.fma && !relaxedSimdSupported()) {
      throw new Error(`${spec.name} ${pass}: the schedule uses fma (f32x4.relaxed_madd), which this engine does not run`);
    }
    kernels.set(pass, await BuiltKernel.build(generateKernel(spec, pass, schedule)));
  }
  return new CompiledLayer(spec, target, kernels);
}
