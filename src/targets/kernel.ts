/**
 * The two kernel types of convgen, each with one meaning:
 *
 * - `Artifact`: what a target emits for a lowered kernel: its files (the text; for wasm also the
 *   assembled bytes) and its ABI. Needs no device; `convgen compile --no-verify` writes artifacts.
 * - `Kernel`: an artifact loaded by its target into something that runs here (a wasm instance, a
 *   set of WebGPU pipelines and buffers): write inputs, run, read the result, verify.
 *
 * Loading is the target's `Runner` (src/run/wasm.ts `WasmRunner`, src/run/webgpu.ts
 * `WebGpuRunner`); `Kernel` adds what every target shares: the ABI-driven call, serialized calls,
 * the verification interface.
 */
import type { Pass } from '../layer/types.js';
import type { LoweredKernel } from '../lower/ir.js';
import type { Schedule } from '../schedule/index.js';
import type { ScheduleSource } from '../tune/use.js';
import { CallQueue, type VerifiableKernel } from '../verify/index.js';
import { callerWrites, type KernelAbi, type TargetName } from './abi.js';

export interface Artifact<A extends KernelAbi = KernelAbi> {
  target: TargetName;
  /** the kernel's source: WAT or WGSL text (also in `files`) */
  text: string;
  /** what `convgen compile` writes for it: file name -> contents (`<pass>.wat` and `.wasm`, or `<pass>.wgsl`) */
  files: Record<string, string | Uint8Array>;
  abi: A;
  /** the schedule it was lowered with */
  schedule: Schedule;
  /** the lowered kernel it was printed from */
  lowered: LoweredKernel;
  /** where its schedule came from (set by the pipeline: given, the tuning database, or the default) */
  source?: ScheduleSource;
}

/** A target's loaded kernel: the operations on its tensors (the ABI says which exist). */
export interface Runner {
  readonly abi: KernelAbi;
  write(name: string, data: Float32Array): void;
  /** a copy of a tensor (a GPU reads it back asynchronously) */
  read(name: string): Float32Array | Promise<Float32Array>;
  /** fills every `output` tensor with NaN (never an `inout` one) */
  poisonOutputs(): void;
  armRedZones(): void;
  redZoneViolations(): string[] | Promise<string[]>;
  run(): void | Promise<void>;
  /** frees what it holds (worker instances, device buffers); it cannot run afterwards */
  close(): void;
}

/** Inputs of a call: tensors by name; a runtime scalar (e.g. `lr`) may be given as a number. */
export type CallInputs = Record<string, Float32Array | number | undefined>;

/**
 * A runner seen through the interface verification uses, for kernels made outside convgen's
 * lowering (the benchmark's naive WGSL kernels); convgen's own are `Kernel`s.
 */
export class RunnerKernel<R extends Runner = Runner> implements VerifiableKernel {
  private readonly queue = new CallQueue();

  constructor(
    readonly pass: Pass,
    readonly runner: R,
  ) {}

  get abi(): R['abi'] {
    return this.runner.abi;
  }
  /** tensors the caller writes (inputs, scalars, in-out tensors), in ABI order */
  inputs(): string[] {
    return callerWrites(this.runner.abi);
  }
  /** the tensor a call returns (an output, or the in-out tensor the kernel updates) */
  output(): string {
    return this.runner.abi.result;
  }
  write(name: string, data: Float32Array): void {
    this.runner.write(name, data);
  }
  read(name: string): Float32Array | Promise<Float32Array> {
    return this.runner.read(name);
  }
  poisonOutputs(): void {
    this.runner.poisonOutputs();
  }
  armRedZones(): void {
    this.runner.armRedZones();
  }
  redZoneViolations(): string[] | Promise<string[]> {
    return this.runner.redZoneViolations();
  }
  async run(): Promise<void> {
    await this.runner.run();
  }
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.queue.run(fn);
  }
  close(): void {
    this.runner.close();
  }

  /**
   * Writes every tensor the caller writes (extra ones are ignored), runs, returns a copy of the
   * result, as one exclusive section: the result is read after an `await`, by which time another
   * call's writes and run would otherwise have replaced this call's. In-out tensors are written
   * from `inputs` on every call, so a call never sees the previous call's update.
   */
  call(inputs: CallInputs): Promise<Float32Array> {
    return this.exclusive(async () => {
      const { abi } = this.runner;
      for (const name of this.inputs()) {
        const t = inputs[name];
        if (t === undefined) throw new TypeError(`${abi.kernel}: ${this.pass} needs input ${name}`);
        if (typeof t === 'number') {
          if (!abi.scalars.includes(name)) throw new TypeError(`${abi.kernel}: ${name} is a tensor; give a Float32Array, not a number`);
          if (!Number.isFinite(t)) throw new RangeError(`${name}: got ${t}; must be a finite number`);
          this.write(name, Float32Array.of(t));
        } else {
          this.write(name, t);
        }
      }
      await this.run();
      return this.read(this.output());
    });
  }
}

/** An artifact loaded by its target: runnable here. */
export class Kernel<R extends Runner = Runner> extends RunnerKernel<R> {
  constructor(
    readonly artifact: Artifact,
    runner: R,
  ) {
    super(artifact.lowered.pass, runner);
  }

  get target(): TargetName {
    return this.artifact.target;
  }
  get schedule(): Schedule {
    return this.artifact.schedule;
  }
  /** the files `convgen compile` writes for it: name -> contents */
  files(): Record<string, string | Uint8Array> {
    return this.artifact.files;
  }
}
