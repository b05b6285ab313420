/**
 * Schedules: how a pass is computed, never what. Each pass reads two knobs:
 *
 * | pass        | tile (accumulators per body)        | unroll (reduction steps per unrolled body)       |
 * | ----------- | ----------------------------------- | ------------------------------------------------ |
 * | forward     | output channels                     | input channels (each K x L taps)                  |
 * | input-grad  | input channels                      | output channels (each the taps of a stride phase) |
 * | weight-grad | output channels (each K x L taps)   | output columns                                    |
 * | bias-grad   | output channels                     | output columns                                    |
 *
 * Tiles and unrolls that do not divide their axis get a tail body of the remainder, so every
 * value from 1 to the axis length is legal.
 */
import type { LayerSpec, Pass } from '../spec/types.js';

export interface Schedule {
  tile: number;
  unroll: number;
}

/** Largest legal value of each knob for a spec and pass. */
export function scheduleBounds(spec: LayerSpec, pass: Pass): Schedule {
  switch (pass) {
    case 'forward':
      return { tile: spec.Co, unroll: spec.Ci };
    case 'input-grad':
      return { tile: spec.Ci, unroll: spec.Co };
    case 'weight-grad':
    case 'bias-grad':
      return { tile: spec.Co, unroll: spec.Wo };
  }
}

/** Size of the unrolled body the heuristic aims at, in multiply-adds: big enough to amortise the loop, small enough not to spill. */
const BODY_TARGET = 64;

/** The default heuristic: a sensible schedule for any spec. */
export function defaultSchedule(spec: LayerSpec, pass: Pass): Schedule {
  const taps = spec.K * spec.L;
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, Math.floor(v)));
  switch (pass) {
    case 'forward': {
      const tile = clamp(4, spec.Co);
      return { tile, unroll: clamp(BODY_TARGET / (taps * tile), spec.Ci) };
    }
    case 'input-grad': {
      const tile = clamp(4, spec.Ci);
      const phaseTaps = Math.max(1, Math.ceil(spec.K / spec.sh) * Math.ceil(spec.L / spec.sw));
      return { tile, unroll: clamp(BODY_TARGET / (phaseTaps * tile), spec.Co) };
    }
    case 'weight-grad':
      return { tile: clamp(BODY_TARGET / 2 / taps, spec.Co), unroll: clamp(2, spec.Wo) };
    case 'bias-grad':
      return { tile: 1, unroll: clamp(8, spec.Wo) };
  }
}

/** Throws with the knob's name and its legal range when a schedule does not fit a spec. */
export function checkSchedule(spec: LayerSpec, pass: Pass, s: Schedule): void {
  const max = scheduleBounds(spec, pass);
  for (const knob of ['tile', 'unroll'] as const) {
    const v = s[knob];
    if (!Number.isInteger(v) || v < 1 || v > max[knob]) {
      throw new RangeError(`schedule.${knob} for ${pass} of ${spec.name}: got ${v}; must be an integer in 1..${max[knob]}`);
    }
  }
}

export function describeSchedule(s: Schedule): string {
  return `tile=${s.tile} unroll=${s.unroll}`;
}
