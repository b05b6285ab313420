/**
 * Targets as modules. A target (src/targets/<name>/) says which schedule kinds it takes, picks its
 * default schedule, emits a lowered kernel as an `Artifact` (files + ABI, no device), assembles
 * what needs a tool (wabt for wasm), and loads an artifact into a runnable `Kernel`. The pipeline
 * (`kernelArtifact`, used by `generateKernel`, `compileLayer` and `convgen compile`) is the same
 * for every target: schedule -> lower -> emit, and the defaults (schedule, fma) are decided here,
 * in one place.
 *
 * Adding a target: a folder with a printer (or a table for the shared expression walker in
 * emit/expr.ts plus a legalization step), a runner, and an entry in TARGET_MODULES below (its name in TARGET_NAMES, abi.ts).
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import type { LoweredKernel } from '../lower/ir.js';
import { lower } from '../lower/index.js';
import type { Schedule } from '../schedule/index.js';
import { relaxedSimdSupported } from '../run/wasm.js';
import { TARGET_NAMES, type KernelAbi, type TargetName } from './abi.js';
import type { Artifact, Kernel, Runner } from './kernel.js';
import { wasmTarget } from './wasm/index.js';
import { webgpuTarget } from './webgpu/index.js';

export { TARGET_NAMES, type TargetName } from './abi.js';

/** What the default schedules may use. */
export interface CodeOptions {
  /** fused multiply-add (simd schedules) */
  fma: boolean;
  /** worker threads per kernel (wasm) */
  threads: number;
}

export interface Target<A extends KernelAbi = KernelAbi, R extends Runner = Runner> {
  readonly name: TargetName;
  /** the schedule kinds it can print */
  readonly kinds: readonly Schedule['kind'][];
  defaultSchedule(spec: LayerSpec, pass: Pass, opts: CodeOptions): Schedule;
  /** the text artifact of a lowered kernel (legalized first: what the target cannot express is refused, naming the knob); pure */
  emit(lowered: LoweredKernel): Artifact<A>;
  /** adds the files that need a tool (wasm: the .wasm bytes from wabt); needs no device */
  assemble(artifact: Artifact<A>): Promise<Artifact<A>>;
  /** a runnable kernel on this machine (wasm: an instance; webgpu: pipelines on the process' device) */
  load(artifact: Artifact<A>): Promise<Kernel<R>>;
}

export const TARGET_MODULES: Readonly<Record<TargetName, Target>> = {
  wasm: wasmTarget as unknown as Target,
  webgpu: webgpuTarget as unknown as Target,
};

/** The target of a name; the error names the field and the targets there are. */
export function targetByName(name: string): Target {
  if (!(TARGET_NAMES as readonly string[]).includes(name)) {
    throw new RangeError(`target: got ${JSON.stringify(name)}; must be one of ${TARGET_NAMES.join(', ')}`);
  }
  return TARGET_MODULES[name as TargetName];
}

/** Options of the one pipeline: which target, and a schedule or what the default schedule may use. */
export interface KernelOptions {
  target?: TargetName;
  /** a legal schedule of a kind the target takes; default: the target's heuristic */
  schedule?: Schedule;
  /** fused multiply-add in the default schedule (default: when this engine has relaxed SIMD) */
  fma?: boolean;
  /** worker threads in the default schedule (default 1) */
  threads?: number;
}

/** The one place the code defaults are decided: fma when the engine has relaxed SIMD, one thread. */
export function codeOptions(opts: { fma?: boolean; threads?: number }): CodeOptions {
  return { fma: opts.fma ?? relaxedSimdSupported(), threads: opts.threads ?? 1 };
}

/** The schedule a pass gets on a target: the one given (its kind checked against the target) or the target's default. */
export function scheduleFor(target: Target, spec: LayerSpec, pass: Pass, opts: KernelOptions): Schedule {
  const s = opts.schedule;
  if (s === undefined) return target.defaultSchedule(spec, pass, codeOptions(opts));
  if (!target.kinds.includes(s.kind)) {
    throw new RangeError(
      `schedule.kind for ${pass} of ${spec.name}: got ${JSON.stringify(s.kind)}; the ${target.name} target takes ${target.kinds.join(', ')} schedules`,
    );
  }
  return s;
}

/** Loads an artifact with its own target (wasm: assembles it first when its .wasm is not there yet). */
export function loadKernel(artifact: Artifact): Promise<Kernel> {
  return targetByName(artifact.target).load(artifact);
}

/** schedule -> lower -> emit: the text artifact of one kernel, the same for the API and the CLI. */
export function kernelArtifact(spec: LayerSpec, pass: Pass, opts: KernelOptions = {}): Artifact {
  const target = targetByName(opts.target ?? 'wasm');
  return target.emit(lower(spec, pass, scheduleFor(target, spec, pass, opts)));
}
