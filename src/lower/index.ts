/** Lowering: (spec, pass, schedule) -> a LoweredKernel that the printers print. */
import type { LayerSpec, Pass } from '../layer/types.js';
import { checkSchedule, defaultSchedule, type Schedule } from '../schedule/index.js';
import type { BufferDecl, LoweredKernel, Stmt } from './ir.js';
import { aff } from './builder.js';
import { lowerPass } from './passes.js';

export type { LoweredKernel } from './ir.js';

export function lower(spec: LayerSpec, pass: Pass, schedule: Schedule = defaultSchedule(spec, pass)): LoweredKernel {
  checkSchedule(spec, pass, schedule);
  const lowered = lowerPass(spec, pass, schedule);
  const { locals } = lowered;
  const { buffers, prologue, main, epilogue } = schedule.threads > 1 ? dynamicCounters(lowered) : lowered;
  return {
    name: `${spec.name}_${pass.replace('-', '_')}`,
    spec,
    pass,
    schedule,
    buffers,
    indices: locals.indices,
    floats: locals.floats,
    vectors: locals.vectors,
    prologue,
    main,
    epilogue,
    fma: schedule.kind === 'simd' && schedule.fma,
  };
}

/**
 * Threaded kernels: a slot of the `counters` buffer for every dynamic loop, and the statements
 * that zero them between calls. Each phase's counters are zeroed by thread 0 in the phase before
 * or after it, when no thread can be in a loop that uses them: main's in the prologue (main
 * starts after every thread finished it), or in the epilogue where there is no prologue; the
 * prologue's at the start of main.
 */
function dynamicCounters(k: { buffers: BufferDecl[]; prologue: Stmt[]; main: Stmt[]; epilogue: Stmt[] }): { buffers: BufferDecl[]; prologue: Stmt[]; main: Stmt[]; epilogue: Stmt[] } {
  let next = 0;
  const number = (stmts: Stmt[]): [Stmt[], number[]] => {
    const slots: number[] = [];
    // a counter serves one run of its loop per call: a dynamic loop inside another loop (entered
    // many times a call) keeps fixed shares
    const walk = (ss: Stmt[], inLoop: boolean): Stmt[] =>
      ss.map((s): Stmt => {
        if (s.op === 'loop') {
          const body = walk(s.body, true);
          if (s.parallel && s.dynamic && !inLoop) {
            slots.push(next);
            return { ...s, body, counter: next++ };
          }
          return { ...s, body, dynamic: false };
        }
        if (s.op === 'if') return { ...s, then: walk(s.then, inLoop), else: walk(s.else, inLoop) };
        return s;
      });
    return [walk(stmts, false), slots];
  };
  const [prologue, pSlots] = number(k.prologue);
  const [main, mSlots] = number(k.main);
  if (next === 0) return k;
  const zero = (slots: number[], why: string, threadZero = true): Stmt[] => {
    if (slots.length === 0) return [];
    const stores = slots.map((i): Stmt => ({ op: 'store', buf: 'counters', ptr: null, offset: i, value: { op: 'const', value: 0 } }));
    return [{ op: 'comment', text: why }, ...(threadZero ? [{ op: 'if' as const, cond: [{ a: aff(0, { part: 1 }), lt: 1 }], then: stores, else: [] }] : stores)];
  };
  const hasPrologue = prologue.length > 0;
  return {
    buffers: [...k.buffers, { name: 'counters', role: 'scratch', elems: next, shape: [next] }],
    prologue: hasPrologue ? [...zero(mSlots, "thread 0 zeroes main's loop counters (main starts after every thread finished the prologue)"), ...prologue] : prologue,
    main: [...zero(pSlots, "thread 0 zeroes the prologue's loop counters (every thread finished the prologue)"), ...main],
    epilogue: hasPrologue ? k.epilogue : [...k.epilogue, ...zero(mSlots, "zero main's loop counters for the next call (every thread finished main)", false)],
  };
}
