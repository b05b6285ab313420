/** Timing of built kernels: medians after warm-up (V8 tiers up from Liftoff to TurboFan in the background). */
import { performance } from 'node:perf_hooks';

export interface Timing {
  medianMs: number;
  samples: number[];
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
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
