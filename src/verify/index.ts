/**
 * Verification per docs/conv-math.md: fresh uniform inputs in [-1, 1) from a seed, outputs
 * poisoned with NaN, a red zone after every tensor, and rel = ||out - ref|| / ||ref|| <= 1e-5
 * against the float64 reference. Knows nothing about schedules or targets beyond the
 * VerifiableKernel interface.
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import { tensorSizes } from '../layer/layout.js';
import { backwardRef, biasGradRef, deltaRef, forwardRef, randomUniform, relError } from '../reference/index.js';

export const REL_TOLERANCE = 1e-5;

/** What verification needs of a built kernel, whatever its target. */
export interface VerifiableKernel {
  readonly pass: Pass;
  /** input tensors the kernel reads, by name (x, w, b, y, dy) */
  inputs(): string[];
  /** the output tensor's name (y, dx, dw, db) */
  output(): string;
  write(name: string, data: Float32Array): void;
  /** a copy of a tensor (a GPU reads it back asynchronously) */
  read(name: string): Float32Array | Promise<Float32Array>;
  poisonOutputs(): void;
  armRedZones(): void;
  redZoneViolations(): string[] | Promise<string[]>;
  run(): Promise<void>;
  /**
   * Runs `fn` when no other exclusive section of this kernel is running (first come, first
   * served). A kernel has one set of tensors: writing inputs, running and reading the output must
   * not interleave with another call's. Not reentrant: `fn` must not call `call()` or `exclusive()`.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
}

/**
 * One kernel's sections, run one after another in the order they were asked for. A section that
 * fails does not stop the ones after it.
 */
export class CallQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(fn: () => Promise<T>): Promise<T> {
    const result = this.tail.then(fn);
    this.tail = result.catch(() => undefined);
    return result;
  }
}

export interface VerifyResult {
  layer: string;
  pass: Pass;
  target: string;
  relError: number;
  ok: boolean;
  /** why it failed, when it did */
  problem?: string;
}

/** Random inputs of a layer and, lazily, the float64 reference outputs of every pass. */
export class LayerCase {
  readonly x: Float32Array;
  readonly w: Float32Array;
  readonly b: Float32Array;
  readonly dy: Float32Array;
  private fwd?: { y: Float32Array; yRef: Float64Array };
  private bwd?: ReturnType<typeof backwardRef>;

  constructor(
    readonly spec: LayerSpec,
    readonly seed: number,
  ) {
    const n = tensorSizes(spec);
    // distinct streams per tensor, all from the one seed
    this.x = randomUniform(n.x, seed * 4 + 1);
    this.w = randomUniform(n.w, seed * 4 + 2);
    this.b = randomUniform(n.b, seed * 4 + 3);
    this.dy = randomUniform(n.y, seed * 4 + 4);
  }

  /** Y as float32 (what a training step saves and feeds back) and its float64 reference. */
  private forward(): { y: Float32Array; yRef: Float64Array } {
    if (!this.fwd) {
      const yRef = forwardRef(this.spec, this.x, this.w, this.b).y;
      this.fwd = { y: Float32Array.from(yRef), yRef };
    }
    return this.fwd;
  }

  get y(): Float32Array {
    return this.forward().y;
  }

  input(name: string): Float32Array {
    const t = ({ x: this.x, w: this.w, b: this.b, dy: this.dy } as Record<string, Float32Array | undefined>)[name];
    if (t) return t;
    if (name === 'y') return this.y;
    throw new Error(`no input tensor named ${name}`);
  }

  /** The backward references are taken at the float32 Y the kernels are given. */
  reference(pass: Pass): Float64Array {
    if (pass === 'forward') return this.forward().yRef;
    const s = this.spec;
    if (pass === 'bias-grad') return biasGradRef(s, deltaRef(s, this.y, this.dy));
    this.bwd ??= { ...backwardRef(s, this.x, this.w, this.y, this.dy) };
    return pass === 'weight-grad' ? this.bwd.dw : this.bwd.dx;
  }
}

/**
 * Runs one kernel on a case's inputs and compares its output with the reference; the write, run
 * and reads are one exclusive section of the kernel, so a concurrent call cannot change its tensors.
 */
export function verifyKernel(kernel: VerifiableKernel, c: LayerCase, target: string): Promise<VerifyResult> {
  return kernel.exclusive(() => verifyNow(kernel, c, target));
}

async function verifyNow(kernel: VerifiableKernel, c: LayerCase, target: string): Promise<VerifyResult> {
  const base = { layer: c.spec.name, pass: kernel.pass, target };
  for (const name of kernel.inputs()) kernel.write(name, c.input(name));
  kernel.poisonOutputs();
  kernel.armRedZones();
  await kernel.run();
  const relErr = relError(await kernel.read(kernel.output()), c.reference(kernel.pass));
  const spoiled = await kernel.redZoneViolations();
  if (spoiled.length > 0) {
    return { ...base, relError: relErr, ok: false, problem: `wrote past the end of ${spoiled.join(', ')}` };
  }
  if (!(relErr <= REL_TOLERANCE)) {
    const problem = Number.isFinite(relErr) ? `rel error above ${REL_TOLERANCE}` : 'NaN or Inf in the output (an element never written?)';
    return { ...base, relError: relErr, ok: false, problem };
  }
  return { ...base, relError: relErr, ok: true };
}
