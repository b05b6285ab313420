/**
 * The pipeline for one layer: spec -> schedule -> lower -> emit -> assemble -> load, and the
 * library API over it (`compileLayer`). The stages stay in their folders and the targets in
 * src/targets; this file only wires them.
 */
import type { LayerSpec, Pass } from './layer/types.js';
import { tensorSizes } from './layer/layout.js';
import type { Schedule } from './schedule/index.js';
import type { WasmRunner } from './run/wasm.js';
import type { WebGpuRunner } from './run/webgpu.js';
import { passDecl } from './passes/index.js';
import { codeOptions, kernelArtifact, scheduleFor, targetByName, TARGET_NAMES, type KernelOptions, type TargetName } from './targets/index.js';
import type { Artifact, Kernel, Runner } from './targets/kernel.js';
import { LayerCase, verifyKernel, type VerifyResult } from './verify/index.js';
import { openTuningDb, tunedSchedule, type ScheduleSource, type TuningDb } from './tune/use.js';
import { targetFingerprint } from './tune/machine.js';


export type Target = TargetName;
export const TARGETS: readonly TargetName[] = TARGET_NAMES;

/**
 * The passes compileLayer and `convgen compile` build when none are named: the forward pass and
 * the three gradients. `weight-update` (the fused SGD step, for `sgdStep`) is compiled when named.
 */
export const DEFAULT_PASSES: readonly Pass[] = ['forward', 'input-grad', 'weight-grad', 'bias-grad'];

/**
 * The text artifact of one kernel (WAT or WGSL and its ABI; no I/O, no device): exactly what
 * `convgen compile` writes with the same options. The third argument is a schedule, or options
 * (`target`, `schedule`, and `fma`/`threads` for the default schedule, whose defaults are
 * compile's: fma when this engine has relaxed SIMD, one thread).
 */
export function generateKernel(spec: LayerSpec, pass: Pass, opts: Schedule | KernelOptions = {}): Artifact {
  return kernelArtifact(spec, pass, 'kind' in opts ? { schedule: opts } : opts);
}

export interface CompileOptions {
  target?: Target;
  /** the passes to compile (default: forward, input-grad, weight-grad, bias-grad; add weight-update for sgdStep) */
  passes?: readonly Pass[];
  /** schedules per pass; the default heuristic's for the others */
  schedules?: Partial<Record<Pass, Schedule>>;
  /** worker threads for the default schedules (default 1) */
  threads?: number;
  /** fused multiply-add in the default schedules (default: when the engine has relaxed SIMD) */
  fma?: boolean;
  /**
   * A tuning database (a file, or records): each pass not given a schedule gets the database's
   * best for this machine (same threads and fma), else the default heuristic's. Each artifact's
   * `source` says which.
   */
  db?: string | TuningDb;
}

export interface VerifyReport {
  layer: string;
  results: VerifyResult[];
  ok: boolean;
}

/** All requested passes of one layer, loaded and ready to run. */
export class CompiledLayer<R extends Runner = Runner> {
  constructor(
    readonly spec: LayerSpec,
    readonly target: Target,
    readonly kernels: ReadonlyMap<Pass, Kernel<R>>,
  ) {}

  kernel(pass: Pass): Kernel<R> {
    const k = this.kernels.get(pass);
    if (!k) {
      const hint = pass === 'weight-update' ? ` (compileLayer(spec, { passes: [..., 'weight-update'] }) compiles it)` : '';
      throw new Error(`${this.spec.name}: pass ${pass} was not compiled (compiled: ${[...this.kernels.keys()].join(', ')})${hint}`);
    }
    return k;
  }

  /** x, w, y and dy have the layer's sizes (checked before any kernel runs, so no call is left half done). */
  private checkTrainingInputs(what: string, t: { x: Float32Array; w: Float32Array; y: Float32Array; dy: Float32Array }): void {
    const n = tensorSizes(this.spec);
    for (const [name, len] of [['x', n.x], ['w', n.w], ['y', n.y], ['dy', n.y]] as const) {
      if (t[name].length !== len) throw new RangeError(`${what}: ${name} needs ${len} float32 values, got ${t[name].length}`);
    }
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
    this.checkTrainingInputs('backward', t);
    return {
      dx: await this.kernel('input-grad').call(t),
      dw: await this.kernel('weight-grad').call(t),
      db: await this.kernel('bias-grad').call(t),
    };
  }

  /**
   * One SGD step of the weights, fused: `w - lr * dW` computed by the weight-update kernel (dW is
   * never materialized; w is updated in place in the kernel's memory), returned as `w`; and the
   * bias gradient `db` (the caller updates b, which is Co values). The `w` passed in is not
   * modified. Needs the weight-update and bias-grad passes compiled.
   */
  async sgdStep(t: { x: Float32Array; w: Float32Array; y: Float32Array; dy: Float32Array; lr: number }): Promise<{ w: Float32Array; db: Float32Array }> {
    if (typeof t.lr !== 'number' || !Number.isFinite(t.lr)) throw new RangeError(`sgdStep: lr: got ${String(t.lr)}; must be a finite number`);
    this.checkTrainingInputs('sgdStep', t);
    const update = this.kernel('weight-update');
    const bias = this.kernel('bias-grad');
    return { w: await update.call(t), db: await bias.call(t) };
  }

  /** Frees the kernels' instances in worker threads and device buffers (the threads themselves are shared and unref'd). */
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

/**
 * The artifacts of a layer's passes, assembled (wasm bytes included) but not loaded: what
 * `convgen compile` writes. Needs no device, so it works for the webgpu target without an adapter.
 */
export async function layerArtifacts(spec: LayerSpec, opts: CompileOptions = {}): Promise<Map<Pass, Artifact>> {
  const target = targetByName(opts.target ?? 'wasm');
  const code = codeOptions(opts);
  const out = new Map<Pass, Artifact>();
  const db = typeof opts.db === 'string' ? openTuningDb(opts.db) : opts.db;
  // no adapter here: no webgpu record matches, and the default heuristic's schedules are used
  const machine = db && target.name === 'webgpu' ? await targetFingerprint('webgpu').catch(() => undefined) : undefined;
  for (const pass of opts.passes ?? DEFAULT_PASSES) {
    passDecl(pass); // names the pass and the ones there are when it is not one
    let given = opts.schedules?.[pass];
    let source: ScheduleSource = { from: given ? 'given' : 'default' };
    if (!given && db) {
      const t = tunedSchedule(db, { spec, pass, target: target.name, ...code, ...(machine ? { machine } : {}) });
      given = t.schedule;
      source = t.source;
    }
    const schedule = scheduleFor(target, spec, pass, { ...code, schedule: given });
    out.set(pass, { ...(await target.assemble(kernelArtifact(spec, pass, { target: target.name, schedule }))), source });
  }
  return out;
}

/** Loads artifacts into runnable kernels of one layer (closing the ones loaded when one fails). */
export async function loadLayer(spec: LayerSpec, target: Target, artifacts: ReadonlyMap<Pass, Artifact>): Promise<CompiledLayer> {
  const t = targetByName(target);
  const kernels = new Map<Pass, Kernel>();
  try {
    for (const [pass, a] of artifacts) kernels.set(pass, await t.load(a));
  } catch (e) {
    for (const k of kernels.values()) k.close();
    throw e;
  }
  return new CompiledLayer(spec, target, kernels);
}

export async function compileLayer(spec: LayerSpec, opts: CompileOptions & { target: 'webgpu' }): Promise<CompiledLayer<WebGpuRunner>>;
export async function compileLayer(spec: LayerSpec, opts?: CompileOptions & { target?: 'wasm' }): Promise<CompiledLayer<WasmRunner>>;
export async function compileLayer(spec: LayerSpec, opts?: CompileOptions): Promise<CompiledLayer>;
export async function compileLayer(spec: LayerSpec, opts: CompileOptions = {}): Promise<CompiledLayer> {
  const target = opts.target ?? 'wasm';
  return loadLayer(spec, target, await layerArtifacts(spec, { ...opts, target }));
}
