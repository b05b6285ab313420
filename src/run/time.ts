/** Timing of built kernels: medians after warm-up (V8 tiers up from Liftoff to TurboFan in the background). */
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  samples: number[];
  /** process CPU time / wall time over the timed runs (timeRotating only) */
  cpuPerWall?: number;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The q-quantile (0 <= q <= 1) of xs, linearly interpolated between the sorted values (the "R-7"
 * rule, NumPy's default): with 5 rounds p20 is the 2nd smallest, p80 the 4th; NaN when empty.
 */
export function quantile(xs: readonly number[], q: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (s[hi]! - s[lo]!) * (pos - lo);
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed. */
export function timeSync(fn: () => void, runs = 10, warmup = 5): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { medianMs: median(samples), samples };
}

export interface RotatingOptions {
  /** timed runs, at least */
  runs: number;
  /** untimed runs first, at least */
  warmup: number;
  /** number of input sets to cycle through */
  sets: number;
  /** more timed runs (up to maxRuns) until they add up to about this long, for fast kernels */
  minTotalMs?: number;
  maxRuns?: number;
}

/**
 * Times `run(i)` with input set i = run number mod `sets`; `prepare(i)` (untimed, may be absent)
 * puts set i in place first. Warm-up runs go through the same rotation.
 */
export async function timeRotating(
  run: (i: number) => Promise<void> | void,
  opts: RotatingOptions,
  prepare?: (i: number) => void,
): Promise<Timing> {
  let k = 0;
  const once = async (): Promise<number> => {
    const i = k++ % opts.sets;
    prepare?.(i);
    const t0 = performance.now();
    await run(i);
    return performance.now() - t0;
  };
  let last = Infinity;
  for (let w = 0; w < opts.warmup; w++) last = await once();
  const wanted = opts.minTotalMs && Number.isFinite(last) ? Math.ceil(opts.minTotalMs / Math.max(last, 1e-3)) : 0;
  const runs = Math.max(opts.runs, Math.min(wanted, opts.maxRuns ?? opts.runs));
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (let r = 0; r < runs; r++) samples.push(await once());
  const cpu = process.cpuUsage(cpu0);
  const wall = performance.now() - wall0;
  return { medianMs: median(samples), samples, cpuPerWall: wall > 0 ? (cpu.user + cpu.system) / 1000 / wall : undefined };
}

let gcFn: (() => void) | null | undefined;
/**
 * A full garbage collection, where the engine lets us have one, so that garbage a previous
 * implementation left does not get collected (on the other core) while the next one is timed.
 * Uses --expose-gc through V8's flags; a no-op where that is unavailable.
 */
export async function collectGarbage(): Promise<void> {
  if (gcFn === undefined) {
    try {
      const { setFlagsFromString } = await import('node:v8');
      const { runInNewContext } = await import('node:vm');
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    } catch {
      gcFn = null;
    }
  }
  gcFn?.();
}
