/**
 * The search space of the tuner: every schedule of a (spec, pass) on the wasm target that the
 * schedule space (the KNOBS descriptors of src/schedule) allows, within limits that exclude by
 * construction what cannot be fast: register tiles whose accumulators and operands do not fit the
 * 15 usable xmm registers (tileFits, as the default's tile model counts them), and
 * unroll factors beyond `maxUnroll` (V8 hoists a body's loads; measured slower past one step).
 * Candidates whose generated text is identical (knob values that change nothing for this spec)
 * are kept once. fma and threads are the caller's, not searched.
 */
import { createHash } from 'node:crypto';
import type { LayerSpec, Pass } from '../layer/types.js';
import { checkSchedule, knobsOf, knobValues, tileFits, type CpuSchedule, type KnobSchedule, type ScheduleKind } from '../schedule/index.js';
import { generateKernel } from '../compile.js';

export interface SpaceOptions {
  fma: boolean;
  threads: number;
  /** schedule kinds searched (default simd) */
  kinds?: readonly Extract<ScheduleKind, 'scalar' | 'simd'>[];
  /** unroll values searched at most (default 2) */
  maxUnroll?: number;
}


/** The legal schedules within the limits, in a stable order (knob order, values ascending), before deduplication. */
export function enumerateSchedules(spec: LayerSpec, pass: Pass, o: SpaceOptions): CpuSchedule[] {
  const out: CpuSchedule[] = [];
  const maxUnroll = o.maxUnroll ?? 2;
  for (const kind of o.kinds ?? ['simd']) {
    const knobs = knobsOf(kind);
    const walk = (i: number, s: KnobSchedule): void => {
      if (i === knobs.length) {
        const sched = s as unknown as CpuSchedule;
        try {
          checkSchedule(spec, pass, sched);
        } catch {
          return;
        }
        out.push(sched);
        return;
      }
      const k = knobs[i]!;
      if (k.name === 'fma') return walk(i + 1, { ...s, fma: o.fma });
      if (k.name === 'threads') return walk(i + 1, { ...s, threads: o.threads });
      const values = knobValues(k, { spec, pass, s });
      if (values.length === 0) return walk(i + 1, s);
      for (const v of values) {
        if (k.name === 'unroll' && (v as number) > maxUnroll) continue;
        if (k.name === 'partners' && kind === 'simd' && !tileFits(s.vectors ?? 1, v as number)) continue;
        if (k.name === 'tile' && (v as number) > 8) continue;
        walk(i + 1, { ...s, [k.name]: v });
      }
    };
    walk(0, { kind });
  }
  return out;
}

export interface Candidate {
  schedule: CpuSchedule;
  /** sha256 of the generated WAT without its header (which names the schedule) */
  textHash: string;
  /** the other schedules that generate the same text */
  same: CpuSchedule[];
}

/** The search space: the enumerated schedules, one per distinct generated text. */
export function searchSpace(spec: LayerSpec, pass: Pass, o: SpaceOptions): Candidate[] {
  const byText = new Map<string, Candidate>();
  for (const schedule of enumerateSchedules(spec, pass, o)) {
    const text = generateKernel(spec, pass, schedule).text.split('\n').filter((l) => !l.startsWith(';;')).join('\n');
    const textHash = createHash('sha256').update(text).digest('hex');
    const c = byText.get(textHash);
    if (c) c.same.push(schedule);
    else byText.set(textHash, { schedule, textHash, same: [] });
  }
  return [...byText.values()];
}
