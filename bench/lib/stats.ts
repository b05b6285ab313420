/**
 * Statistics of per-round figures: the median and the spread (min, p20, p80, max) of a handful of
 * numbers. Percentiles interpolate linearly between the sorted values (the "R-7" rule, NumPy's
 * default): with 7 rounds p20 lies between the 2nd and 3rd smallest, p80 between the 5th and 6th.
 */

/** The spread of a figure across rounds. */
export interface Spread {
  min: number;
  /** 20th percentile (linear interpolation) */
  p20: number;
  /** 80th percentile (linear interpolation) */
  p80: number;
  max: number;
}

/** A figure across rounds: its median and spread. */
export interface Summary extends Spread {
  median: number;
}

import { quantile } from '../../src/run/time.js';

/** The q-quantile of xs (src/run/time.ts, shared with the tuner). */
export { quantile };

export const spreadOf = (xs: readonly number[]): Spread => ({
  min: Math.min(...xs),
  p20: quantile(xs, 0.2),
  p80: quantile(xs, 0.8),
  max: Math.max(...xs),
});

/** Median and spread of xs (all NaN when xs is empty). */
export function summarize(xs: readonly number[]): Summary {
  if (xs.length === 0) return { median: NaN, min: NaN, p20: NaN, p80: NaN, max: NaN };
  return { median: quantile(xs, 0.5), ...spreadOf(xs) };
}

/** Element-wise a[i] / b[i] of two per-round series of the same length. */
export function perRoundRatios(a: readonly number[], b: readonly number[]): number[] {
  if (a.length !== b.length) throw new Error(`per-round series differ in length: ${a.length} and ${b.length}`);
  return a.map((x, i) => x / b[i]!);
}
