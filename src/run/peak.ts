/**
 * The WASM SIMD peak loop (see bench/lib/peak.ts for the benchmark's meters): independent f32x4
 * multiply-add chains, as f32x4.mul + f32x4.add or f32x4.relaxed_madd, 8 flops counted per pair
 * or FMA. Here: the loop's text and a one-thread meter the tuner times between candidates.
 */
import { performance } from 'node:perf_hooks';
import { assembleWat } from '../assemble/wasm.js';
import { median } from './time.js';

export const PEAK_ACCUMULATORS = 12;
/** Rounds of all accumulators per loop iteration (the loop counter costs little next to them). */
export const PEAK_ROUNDS = 4;
/** Flops of one loop iteration. */
export const PEAK_FLOPS_PER_ITER = PEAK_ROUNDS * PEAK_ACCUMULATORS * 8;

export type PeakKind = 'mulAdd' | 'fma';

/** The WAT of the peak loop: export `run(iters) -> f32`. */
export function peakWat(kind: PeakKind): string {
  const acc = [...Array(PEAK_ACCUMULATORS).keys()];
  const step = (i: number) =>
    kind === 'fma'
      ? `      (local.set $acc${i} (f32x4.relaxed_madd (local.get $acc${i}) (local.get $a) (local.get $b)))`
      : `      (local.set $acc${i} (f32x4.add (f32x4.mul (local.get $acc${i}) (local.get $a)) (local.get $b)))`;
  const body = [...Array(PEAK_ROUNDS).keys()].flatMap(() => acc.map(step)).join('\n');
  const sum = acc.slice(1).reduce((e, i) => `(f32x4.add ${e} (local.get $acc${i}))`, '(local.get $acc0)');
  return `;; peak ${kind}: ${PEAK_ACCUMULATORS} independent f32x4 chains acc = acc * a + b, ${PEAK_ROUNDS} rounds per iteration
(module
  (func (export "run") (param $iters i32) (result f32)
    (local $a v128) (local $b v128)
${acc.map((i) => `    (local $acc${i} v128)`).join('\n')}
    (local.set $a (v128.const f32x4 0.999 0.998 0.997 0.996))
    (local.set $b (v128.const f32x4 0.001 0.002 0.003 0.004))
${acc.map((i) => `    (local.set $acc${i} (f32x4.splat (f32.const ${(i / PEAK_ACCUMULATORS).toFixed(4)})))`).join('\n')}
    (loop $step
${body}
      (local.set $iters (i32.sub (local.get $iters) (i32.const 1)))
      (br_if $step (i32.gt_s (local.get $iters) (i32.const 0))))
    (f32x4.extract_lane 0 ${sum}))
)
`;
}

export type RunFn = (iters: number) => number;

/**
 * Iterations for one run of about targetMs: `warmup` runs of `start` iterations (Liftoff, then
 * TurboFan), then grown 4x at a time until a run takes half the target, then scaled to it.
 */
export function sizeRun(run: RunFn, targetMs: number, start: number, warmup: number): number {
  let iters = start;
  for (let i = 0; i < warmup; i++) run(iters);
  for (;;) {
    const t0 = performance.now();
    run(iters);
    const ms = performance.now() - t0;
    if (ms >= targetMs / 2 || iters > 2 ** 29) return Math.max(1, Math.round((iters * targetMs) / Math.max(ms, 1e-3)));
    iters *= 4;
  }
}

/** GFLOP/s of the median of `runs` timed runs of `iters` iterations. */
export function timedGflops(run: RunFn, iters: number, runs: number): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run(iters);
    samples.push(performance.now() - t0);
  }
  return (iters * PEAK_FLOPS_PER_ITER) / (median(samples) * 1e6);
}


/** One thread's peak loop, compiled once, timed in short runs (the tuner's same-round peak). */
export class PeakLoop {
  private iters = 0;
  private constructor(private readonly run: RunFn) {}

  static async create(kind: PeakKind): Promise<PeakLoop> {
    const inst = await WebAssembly.instantiate(await WebAssembly.compile(await assembleWat(`peak_${kind}`, peakWat(kind))));
    return new PeakLoop(inst.exports.run as RunFn);
  }

  /** GFLOP/s of the median of `runs` runs of about targetMs each. */
  gflops(targetMs = 2, runs = 3): number {
    if (this.iters === 0) this.iters = sizeRun(this.run, targetMs, 10_000, 3);
    return timedGflops(this.run, this.iters, runs);
  }
}
