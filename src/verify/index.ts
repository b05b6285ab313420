/**
 * Verification per docs/conv-math.md: fresh uniform inputs in [-1, 1) from a seed, outputs
 * poisoned with NaN, a red zone after every tensor, and the output within the bound below of the
 * float64 reference. Knows nothing about schedules or targets beyond the VerifiableKernel interface.
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import { tensorSizes } from '../layer/layout.js';
import { forwardRef, norm2, randomUniform, relError } from '../reference/index.js';
import { passDecl, type PassInputs } from '../passes/index.js';

export const REL_TOLERANCE = 1e-5;

/**
 * The accuracy bound. With A the same sums as the reference over |terms| (reference/absForwardRef,
 * absBackwardRef) and kappa = ||A||_2 / ||ref||_2 (how much the sums cancel, >= 1 for linear sums):
 *
 *   ||out - ref||_2 <= REL_TOLERANCE * max(||ref||_2, ||A||_2 / CANCELLATION)
 *
 * For kappa <= CANCELLATION this is exactly rel <= 1e-5, so well-conditioned outputs are judged
 * as strictly as ever. Beyond it a float32 sum cannot reach 1e-5 relative to its (nearly zero)
 * value whatever the order: each rounding is relative to a partial sum, which can be as large as
 * sum |terms|. There the output must be within REL_TOLERANCE / CANCELLATION = 1.56e-7 (2.6 float32
 * units of roundoff, 2^-24 = 5.96e-8) of sum |terms| in norm: what a handful of roundings of the
 * largest partial sums cost, and far below what a wrong index or a dropped term costs (about one
 * term's size, i.e. A / (number of terms), per element). Sums of random signs have
 * kappa ~ sqrt(length) / 1.3, so they stay under the plain rel bound up to several thousand
 * terms; long well-conditioned sums must be accurate by themselves (lower/ blocks them). The bound
 * is continuous in kappa: no case jumps from strict to loose.
 */
export const CANCELLATION = 64;

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

export { CallQueue } from '../run/call-queue.js';

export interface VerifyResult {
  layer: string;
  pass: Pass;
  target: string;
  relError: number;
  ok: boolean;
  /**
   * The bound that judged it: 'rel' (||out - ref|| <= 1e-5 ||ref||) or 'abs-sum' (the sums cancel
   * by more than CANCELLATION and ||out - ref|| <= 1e-5 / CANCELLATION * ||sum of |terms| ||).
   */
  bound: 'rel' | 'abs-sum';
  /**
   * kappa = ||sum of |terms| || / ||ref||, when it was computed: only where the rel bound alone
   * failed, since it costs another reference evaluation.
   */
  conditioning?: number;
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
  private lrValue?: number;
  private refs = new Map<Pass, Float64Array>();

  private abs = new Map<Pass, Float64Array>();

  /**
   * Inputs drawn from the seed, except those given in `inputs` (cases built to cancel, or long
   * well-conditioned sums); a given tensor must have the spec's size and is used as is.
   */
  constructor(
    readonly spec: LayerSpec,
    readonly seed: number,
    inputs: Partial<Record<'x' | 'w' | 'b' | 'dy', Float32Array>> = {},
  ) {
    const n = tensorSizes(spec);
    const given = (name: 'x' | 'w' | 'b' | 'dy', size: number): Float32Array | undefined => {
      const t = inputs[name];
      if (t && t.length !== size) throw new RangeError(`LayerCase: ${name} has ${t.length} elements, spec ${spec.name} needs ${size}`);
      return t;
    };
    // distinct streams per tensor, all from the one seed
    this.x = given('x', n.x) ?? randomUniform(n.x, seed * 4 + 1);
    this.w = given('w', n.w) ?? randomUniform(n.w, seed * 4 + 2);
    this.b = given('b', n.b) ?? randomUniform(n.b, seed * 4 + 3);
    this.dy = given('dy', n.y) ?? randomUniform(n.y, seed * 4 + 4);
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

  /**
   * The learning rate of the weight update: ||w|| / ||dW|| rounded to float32, so that lr * dW is
   * as large as w and an error in dW shows in the updated w as plainly as in dW itself.
   */
  get lr(): number {
    if (this.lrValue === undefined) {
      const g = norm2(this.reference('weight-grad')); // cached: a weight-grad verify reuses it
      const r = g > 0 ? norm2(this.w) / g : 1;
      this.lrValue = Math.fround(Number.isFinite(r) && r > 0 ? r : 1);
    }
    return this.lrValue;
  }

  input(name: string): Float32Array {
    const t = ({ x: this.x, w: this.w, b: this.b, dy: this.dy } as Record<string, Float32Array | undefined>)[name];
    if (t) return t;
    if (name === 'y') return this.y;
    if (name === 'lr') return Float32Array.of(this.lr);
    throw new Error(`no input tensor named ${name}`);
  }

  private inputs(): PassInputs {
    const c = this;
    return { x: c.x, w: c.w, b: c.b, dy: c.dy, get y() { return c.y; }, get lr() { return c.lr; } };
  }

  /** The pass's float64 reference (the registry's); the backward ones at the float32 Y the kernels are given. */
  reference(pass: Pass): Float64Array {
    if (pass === 'forward') return this.forward().yRef;
    let r = this.refs.get(pass);
    if (!r) this.refs.set(pass, (r = passDecl(pass).reference(this.spec, this.inputs())));
    return r;
  }

  /** The pass's sums over |terms| (see CANCELLATION), at the same inputs as reference(pass). */
  absReference(pass: Pass): Float64Array {
    let a = this.abs.get(pass);
    if (!a) this.abs.set(pass, (a = passDecl(pass).absReference(this.spec, this.inputs())));
    return a;
  }
}

/** The verdict of the bound above on one output (NaN/Inf where ref is finite: never within). */
export function judge(out: ArrayLike<number>, c: LayerCase, pass: Pass): Pick<VerifyResult, 'relError' | 'ok' | 'bound' | 'conditioning'> {
  const ref = c.reference(pass);
  const rel = relError(out, ref);
  if (rel <= REL_TOLERANCE) return { relError: rel, ok: true, bound: 'rel' };
  if (!Number.isFinite(rel)) return { relError: rel, ok: false, bound: 'rel' };
  const refNorm = norm2(ref);
  const err = rel * Math.max(refNorm, 1e-30);
  const absNorm = norm2(c.absReference(pass));
  const kappa = absNorm / Math.max(refNorm, 1e-30);
  if (kappa <= CANCELLATION) return { relError: rel, ok: false, bound: 'rel', conditioning: kappa };
  return { relError: rel, ok: err <= (REL_TOLERANCE / CANCELLATION) * absNorm, bound: 'abs-sum', conditioning: kappa };
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
  const verdict = judge(await kernel.read(kernel.output()), c, kernel.pass);
  const spoiled = await kernel.redZoneViolations();
  if (spoiled.length > 0) {
    return { ...base, ...verdict, ok: false, problem: `wrote past the end of ${spoiled.join(', ')}` };
  }
  if (!verdict.ok) {
    const problem = !Number.isFinite(verdict.relError)
      ? 'NaN or Inf in the output (an element never written?)'
      : verdict.bound === 'rel'
        ? `rel error above ${REL_TOLERANCE}`
        : `error above ${REL_TOLERANCE / CANCELLATION} of the sums of |terms| (the sums cancel: kappa = ${verdict.conditioning!.toPrecision(3)})`;
    return { ...base, ...verdict, problem };
  }
  return { ...base, ...verdict };
}
