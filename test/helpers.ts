/** Shared helpers of the kernel tests: compile + verify with readable failure strings, WAT checks. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  biasGradRef, deltaRef, forwardRef, inputGradRef, weightGradRef,
} from '../src/reference/index.js';
import {
  defaultSchedule, describeSpec, generateKernel, LayerCase, loadKernel, PASSES, REL_TOLERANCE, specToInput, verifyKernel,
  type Kernel, type LayerSpec, type Pass, type Schedule, type VerifyResult,
} from '../src/index.js';

/**
 * The public benchmark suite: ../shared/bench/suite.json beside the repository when that folder is
 * there (it is the one the project is judged on), else the copy in bench/suite.json.
 */
const SHARED_SUITE = fileURLToPath(new URL('../../shared/bench/suite.json', import.meta.url));
export const SUITE_PATH = existsSync(SHARED_SUITE) ? SHARED_SUITE : fileURLToPath(new URL('../bench/suite.json', import.meta.url));

/** Everything needed to reproduce one kernel: the spec as a layer object, the pass and the schedule. */
export function describeKernel(spec: LayerSpec, pass: Pass, schedule: Schedule | undefined): string {
  const s = schedule ?? defaultSchedule(spec, pass);
  return (
    `${describeSpec(spec)}\n    input: ${JSON.stringify(specToInput(spec))}\n` +
    `    pass: ${pass}  schedule: ${JSON.stringify(s)}${schedule ? '' : ' (default)'}`
  );
}

export interface PassOutcome {
  pass: Pass;
  schedule: Schedule;
  result?: VerifyResult;
  kernel?: Kernel;
  /** a readable failure (spec, pass, schedule, error) or undefined when the kernel verified */
  failure?: string;
}

/**
 * Generates, assembles and verifies one pass of a layer against the float64 reference on the
 * case's inputs. Never throws: a build or run error becomes a failure string naming spec, pass, schedule.
 * The returned kernel is closed (its instances in worker threads are freed); its generated text,
 * its bytes and its output in this thread's memory stay readable, but it must not be run again.
 */
export async function verifyPass(spec: LayerSpec, pass: Pass, c: LayerCase, schedule?: Schedule): Promise<PassOutcome> {
  const sch = schedule ?? defaultSchedule(spec, pass);
  const where = () => describeKernel(spec, pass, schedule);
  let kernel: Kernel;
  try {
    kernel = await loadKernel(generateKernel(spec, pass, sch));
  } catch (e) {
    return { pass, schedule: sch, failure: `BUILD FAILED ${where()}\n    error: ${errText(e)}` };
  }
  let result: VerifyResult;
  try {
    result = await verifyKernel(kernel, c, 'wasm');
  } catch (e) {
    return { pass, schedule: sch, kernel, failure: `RUN FAILED ${where()}\n    error: ${errText(e)}` };
  } finally {
    kernel.close();
  }
  if (!result.ok) {
    return {
      pass, schedule: sch, kernel, result,
      failure:
        `WRONG RESULT ${where()}\n    relError: ${result.relError} (tolerance ${REL_TOLERANCE}, bound ${result.bound}); ${result.problem ?? 'not ok'}\n` +
        `    conditioning: ${conditioningNote(spec, pass, c, result.relError)}`,
    };
  }
  return { pass, schedule: sch, kernel, result };
}

/**
 * Verifies the given passes (all four by default) on one shared case (`case`, or a fresh one from
 * `seed`, default 1); schedules per pass, default when absent.
 */
export async function verifyLayer(
  spec: LayerSpec,
  opts: { seed?: number; case?: LayerCase; schedules?: Partial<Record<Pass, Schedule>>; passes?: readonly Pass[] } = {},
): Promise<{ outcomes: PassOutcome[]; failures: string[] }> {
  const c = opts.case ?? new LayerCase(spec, opts.seed ?? 1);
  if (c.spec !== spec) throw new Error(`verifyLayer: the case is for ${c.spec.name}, not ${spec.name}`);
  const outcomes: PassOutcome[] = [];
  for (const pass of opts.passes ?? PASSES) outcomes.push(await verifyPass(spec, pass, c, opts.schedules?.[pass]));
  return { outcomes, failures: outcomes.flatMap((o) => (o.failure ? [o.failure] : [])) };
}

/** float32 unit roundoff */
export const EPS32 = 2 ** -24;

/**
 * kappa = ||sum of |terms| || / ||reference||: how much the reference's sums cancel. A float32
 * kernel that sums in any order can be off by about EPS32 * kappa (times a small factor) relative
 * to the reference, so a rel error near that is rounding on an ill-conditioned case, not a wrong index.
 */
export function conditioning(spec: LayerSpec, pass: Pass, c: LayerCase): number {
  const abs = (a: ArrayLike<number>) => Float64Array.from(a, Math.abs);
  const linear = { ...spec, act: 'none' as const };
  const ref = c.reference(pass);
  let terms: Float64Array;
  if (pass === 'forward') {
    terms = forwardRef(linear, abs(c.x), abs(c.w), abs(c.b)).z;
    if (spec.act === 'relu') terms = terms.map((t, i) => (ref[i] === 0 ? 0 : t));
  } else {
    const delta = abs(deltaRef(spec, c.y, c.dy));
    terms =
      pass === 'bias-grad' ? biasGradRef(spec, delta)
      : pass === 'weight-grad' ? weightGradRef(spec, abs(c.x), delta)
      : inputGradRef(spec, abs(c.w), delta);
  }
  const norm = (a: ArrayLike<number>) => Math.sqrt(Array.from(a).reduce((s, v) => s + v * v, 0));
  return norm(terms) / Math.max(norm(ref), 1e-30);
}

function conditioningNote(spec: LayerSpec, pass: Pass, c: LayerCase, rel: number): string {
  try {
    const kappa = conditioning(spec, pass, c);
    const bound = EPS32 * kappa;
    const rounding = Number.isFinite(rel) && rel <= 16 * bound;
    let note =
      `kappa = ${kappa.toPrecision(3)}, EPS32 * kappa = ${bound.toPrecision(3)}; ` +
      (rounding
        ? 'within float32 rounding of this ill-conditioned case (cancellation), probably not an indexing bug'
        : 'far above float32 summation rounding');
    if (!rounding && pass !== 'forward' && spec.act === 'tanh') {
      // sigma'(y) = 1 - y*y in float32 loses digits as |y| -> 1; (1 - y) * (1 + y) does not
      const f = Math.fround;
      const exact = Float64Array.from(c.y, (y, i) => c.dy[i]! * (1 - y * y));
      const naive = Float64Array.from(c.y, (y, i) => f(c.dy[i]! * f(1 - f(y * y))));
      const maxY = c.y.reduce((m, y) => Math.max(m, Math.abs(y)), 0);
      note += `; delta = dy * (1 - y*y) computed in float32 alone has rel error ${relErrorOf(naive, exact).toPrecision(3)} (max |y| = ${maxY})`;
    }
    return note;
  } catch (e) {
    return `unknown (${errText(e)})`;
  }
}

function relErrorOf(out: ArrayLike<number>, ref: ArrayLike<number>): number {
  let num = 0, den = 0;
  for (let i = 0; i < ref.length; i++) {
    num += (out[i]! - ref[i]!) ** 2;
    den += ref[i]! ** 2;
  }
  return Math.sqrt(num) / Math.max(Math.sqrt(den), 1e-30);
}

/** The failures as one assertion message (empty string when there are none). */
export function report(failures: string[]): string {
  return failures.length === 0 ? '' : `${failures.length} kernel(s) failed:\n${failures.join('\n')}`;
}

function errText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 2000 ? `${s.slice(0, 2000)}...` : s;
}

/** Tensors a pass's module must export (scratch buffers are internal): what the caller writes, and the result. */
export function expectedTensors(spec: LayerSpec, pass: Pass): { inputs: string[]; output: string } {
  const delta = spec.act === 'none' ? ['dy'] : ['dy', 'y'];
  switch (pass) {
    case 'forward':
      return { inputs: ['x', 'w', 'b'], output: 'y' };
    case 'input-grad':
      return { inputs: ['w', ...delta], output: 'dx' };
    case 'weight-grad':
      return { inputs: ['x', ...delta], output: 'dw' };
    case 'bias-grad':
      return { inputs: delta, output: 'db' };
    case 'weight-update':
      // w is read and updated in place: the caller writes it (an input) and reads it back (the output)
      return { inputs: ['x', ...delta, 'lr', 'w'], output: 'w' };
  }
}

/**
 * Structural problems of a generated module's text (empty when fine):
 * - every `(loop $v_loop` is closed by exactly one `br_if $v_loop` whose bound is a literal `i32.const N`, N >= 2,
 *   or, for a loop split between threads, `$v_end`, set before the loop from `part` and literal constants only;
 *   or, for a dynamic parallel loop, exits by `br_if $v_done` when its counter reaches a literal bound and closes with `br $v_loop`;
 * - every memory access (`f32.load`, `f32.store`, `v128.load*`, `v128.store*`) inside a loop body carries an `offset=` immediate.
 * The emitter writes one statement per line; a loop opens on its own line and its `br_if` line closes it.
 */
export function watStructureProblems(text: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  const BR_IF = /^\s*\(br_if \$(\w+)_loop \(i32\.lt_u \(local\.tee \$(\w+) \(i32\.add \(local\.get \$(\w+)\) \(i32\.const 1\)\)\) \(i32\.const (\d+)\)\)\)\)$/;
  // a thread's share of a parallel loop: [part * count / threads, (part + 1) * count / threads); the loop sits in an (if (then
  const BR_IF_SHARE = /^\s*\(br_if \$(\w+)_loop \(i32\.lt_u \(local\.tee \$(\w+) \(i32\.add \(local\.get \$(\w+)\) \(i32\.const 1\)\)\) \(local\.get \$(\w+)_end\)\)\)\)\)\)$/;
  const SHARE_END = /^\s*\(local\.set \$(\w+)_end \(i32\.div_u \(i32\.mul \(i32\.add \(local\.get \$part\) \(i32\.const 1\)\) \(i32\.const \d+\)\) \(i32\.const \d+\)\)\)$/;
  // a dynamic parallel loop: the iteration taken from a shared counter, the exit when it reaches a literal bound, the back edge
  const TAKE_EXIT = /^\s*\(br_if \$(\w+)_done \(i32\.ge_u \(local\.get \$(\w+)\) \(i32\.const (\d+)\)\)\)$/;
  const TAKE_BACK = /^\s*\(br \$(\w+)_loop\)\)\)$/;
  const MEM_OP = /\b((?:f32|v128)\.(?:load|store)\w*)(\s+offset=\d+)?/g;
  const shareEnds = new Set<string>();
  let loops = 0;
  let memOpsInLoops = 0;
  text.split('\n').forEach((line, i) => {
    const at = `line ${i + 1}: ${line.trim().slice(0, 160)}`;
    const opened = /^\s*\(loop \$(\w+)_loop\s*$/.exec(line);
    if (opened) {
      open.push(opened[1]!);
      loops++;
      return;
    }
    const end = SHARE_END.exec(line);
    if (end) shareEnds.add(end[1]!);
    const exit = TAKE_EXIT.exec(line);
    if (exit) {
      if (exit[1] !== exit[2] || open.at(-1) !== exit[1]) problems.push(`dynamic loop exit of ${exit[1]} not in its own loop: ${at}`);
      if (Number(exit[3]) < 1) problems.push(`dynamic loop ${exit[1]} has bound ${exit[3]}: ${at}`);
      return;
    }
    const back = TAKE_BACK.exec(line);
    if (back) {
      if (open.at(-1) !== back[1]) problems.push(`br ${back[1]} does not close the innermost open loop (${open.at(-1) ?? 'none'}): ${at}`);
      open.pop();
      return;
    }
    if (/\bbr_if\b/.test(line)) {
      const share = BR_IF_SHARE.exec(line);
      const m = share ?? BR_IF.exec(line);
      if (!m) {
        problems.push(`br_if without a literal i32.const bound (or not in the expected form): ${at}`);
        open.pop();
        return;
      }
      const [, label, tee, get, bound] = m;
      if (label !== tee || label !== get) problems.push(`br_if of loop ${label} counts another variable: ${at}`);
      if (open.at(-1) !== label) problems.push(`br_if ${label} does not close the innermost open loop (${open.at(-1) ?? 'none'}): ${at}`);
      if (share) {
        if (bound !== label || !shareEnds.has(label!)) problems.push(`loop ${label} ends at $${bound}_end, not set from part and constants before it: ${at}`);
      } else if (Number(bound) < 2) problems.push(`loop ${label} has bound ${bound}; a single-trip loop should be inlined: ${at}`);
      open.pop();
      return;
    }
    if (/\(loop\b/.test(line)) problems.push(`loop not in the expected form: ${at}`);
    if (open.length > 0) {
      for (const m of line.matchAll(MEM_OP)) {
        memOpsInLoops++;
        if (!m[2]) problems.push(`${m[1]} inside loop ${open.at(-1)} without an offset= immediate: ${at}`);
      }
    }
  });
  if (open.length > 0) problems.push(`loops never closed: ${open.join(', ')}`);
  if (loops > 0 && memOpsInLoops === 0) problems.push('no memory access inside any loop body');
  return problems;
}
