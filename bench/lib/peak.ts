/**
 * The WASM SIMD peak of this machine as V8 runs it: a loop of independent f32x4 multiply-add
 * chains, 12 accumulators (enough to cover the latency of both FP pipes, few enough to stay in
 * registers), once as f32x4.mul + f32x4.add and once as f32x4.relaxed_madd (one FMA instruction).
 * Each step is acc = acc * a + b with |a| < 1, so the values settle and never overflow or go
 * subnormal. 8 flops are counted per f32x4 mul+add pair or FMA.
 *
 * Relaxed SIMD is behind a flag in Node 20: call enableRelaxedSimd() before the first wasm module
 * of the process is compiled (the bench entry does it first thing).
 */
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { assembleWat } from '../../src/assemble/wasm.js';
import { median } from '../../src/run/time.js';

export { PEAK_ACCUMULATORS, PEAK_ROUNDS, PEAK_FLOPS_PER_ITER, peakWat, type PeakKind } from '../../src/run/peak.js';
import { PEAK_FLOPS_PER_ITER, peakWat, sizeRun, timedGflops, type PeakKind, type RunFn } from '../../src/run/peak.js';

/** Turns on relaxed SIMD where the engine has it behind a flag; harmless where it is on already. */
export function enableRelaxedSimd(): void {
  setFlagsFromString('--experimental-wasm-relaxed-simd');
}

/** A tiny module using f32x4.relaxed_madd; validates only where the engine has relaxed SIMD on. */
const RELAXED_PROBE = `(module (func (param v128) (result v128)
  (f32x4.relaxed_madd (local.get 0) (local.get 0) (local.get 0))))`;

/** Whether this engine runs relaxed SIMD (after enableRelaxedSimd where it is flagged). */
export async function relaxedSimdSupported(): Promise<boolean> {
  return WebAssembly.validate(await assembleWat('relaxed_probe', RELAXED_PROBE));
}

export interface PeakOptions {
  /** timed runs (median taken) */
  runs?: number;
  /** about how long one timed run should take */
  targetMs?: number;
  /**
   * measurements of which the best is kept: a peak is a ceiling, and on a shared machine another
   * process can take a core for a while (the multi-thread figure then halves)
   */
  trials?: number;
}

async function best(trials: number, f: () => Promise<number>): Promise<number> {
  let b = 0;
  for (let i = 0; i < Math.max(1, trials); i++) b = Math.max(b, await f());
  return b;
}

/** Median GFLOP/s of one thread running the loop; `iters` is grown until a run takes about targetMs. */
function measure(run: RunFn, runs: number, targetMs: number): number {
  return timedGflops(run, sizeRun(run, targetMs, 10_000, 3), runs);
}

async function peakModule(kind: PeakKind): Promise<WebAssembly.Module> {
  return WebAssembly.compile(await assembleWat(`peak_${kind}`, peakWat(kind)));
}

/** One thread's peak of a kind, in GFLOP/s (the best of `trials` medians). */
export async function peakGflops(kind: PeakKind, opts: PeakOptions = {}): Promise<number> {
  const inst = await WebAssembly.instantiate(await peakModule(kind));
  return best(opts.trials ?? 3, async () => measure(inst.exports.run as RunFn, opts.runs ?? 10, opts.targetMs ?? 40));
}

/** The worker of peakGflopsThreads, plain JS (no loader): instantiates the module it is sent and times it. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { module, iters, runs, flopsPerIter, start } = workerData;
const run = new WebAssembly.Instance(module).exports.run;
for (let i = 0; i < 3; i++) run(iters);
Atomics.add(start, 0, 1);
while (Atomics.load(start, 0) < Atomics.load(start, 1)) {} // spin: all threads time together
const samples = [];
for (let i = 0; i < runs; i++) { const t0 = performance.now(); run(iters); samples.push(performance.now() - t0); }
samples.sort((a, b) => a - b);
const m = samples.length >> 1;
const med = samples.length % 2 ? samples[m] : (samples[m - 1] + samples[m]) / 2;
parentPort.postMessage((iters * flopsPerIter) / (med * 1e6));
`;

/**
 * The machine's peak with `threads` threads each running the loop at once: the sum of their
 * GFLOP/s (the best of `trials` measurements). Workers inherit the process's V8 flags, so relaxed SIMD works in them too.
 */
export async function peakGflopsThreads(kind: PeakKind, threads: number, opts: PeakOptions = {}): Promise<number> {
  return best(opts.trials ?? 3, () => peakThreadsOnce(kind, threads, opts));
}

async function peakThreadsOnce(kind: PeakKind, threads: number, opts: PeakOptions): Promise<number> {
  const module = await peakModule(kind);
  const inst = await WebAssembly.instantiate(module);
  // size one run on this thread first
  const run = inst.exports.run as RunFn;
  const targetMs = opts.targetMs ?? 40;
  const single = measure(run, 3, targetMs);
  const iters = Math.max(1, Math.round((single * 1e6 * targetMs) / PEAK_FLOPS_PER_ITER));
  // start[0]: workers ready; start[1]: how many must be ready before any starts timing
  const start = new Int32Array(new SharedArrayBuffer(8));
  start[1] = threads;
  const results = await Promise.all(
    [...Array(threads).keys()].map(
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(WORKER_SOURCE, {
            eval: true,
            workerData: { module, iters, runs: opts.runs ?? 10, flopsPerIter: PEAK_FLOPS_PER_ITER, start },
          });
          w.once('message', (g: number) => {
            resolve(g);
            void w.terminate();
          });
          w.once('error', reject);
        }),
    ),
  );
  return results.reduce((a, b) => a + b, 0);
}

export interface Peak {
  /** one thread, f32x4.mul + f32x4.add, GFLOP/s */
  mulAdd: number;
  /** one thread, f32x4.relaxed_madd, GFLOP/s; null where the engine has no relaxed SIMD */
  fma: number | null;
  /** with threads > 1: all threads at once, summed */
  threads?: { threads: number; mulAdd: number; fma: number | null };
}

/** Measures the peaks (1 thread, and `threads` threads at once when threads > 1). */
export async function measurePeak(threads = 1, opts: PeakOptions = {}): Promise<Peak> {
  const fmaOk = await relaxedSimdSupported();
  const peak: Peak = {
    mulAdd: await peakGflops('mulAdd', opts),
    fma: fmaOk ? await peakGflops('fma', opts) : null,
  };
  if (threads > 1) {
    peak.threads = {
      threads,
      mulAdd: await peakGflopsThreads('mulAdd', threads, opts),
      fma: fmaOk ? await peakGflopsThreads('fma', threads, opts) : null,
    };
  }
  return peak;
}

/** One short peak measurement (the start of a round): one thread's GFLOP/s, and with threads > 1 all threads' at once (summed). */
export interface RoundPeakFigures {
  single: number;
  /** all threads at once, summed; the same as `single` with one thread */
  all: number;
}

/**
 * The peak loop for the benchmark's rounds: compiled, instantiated and sized once, then timed
 * briefly (`runs` runs of about runMs each, median; 4 x 5 ms by default) at the start of every round,
 * so that each round's figures can be set against the speed the machine had in that round.
 * With threads > 1 it also keeps `threads` workers alive, each with its own instance, which run the
 * loop together at every measure() (their GFLOP/s summed), after the one-thread figure.
 */
export interface PeakMeter {
  readonly kind: PeakKind;
  readonly threads: number;
  measure(): Promise<RoundPeakFigures>;
  close(): Promise<void>;
}

export interface PeakMeterOptions {
  /** timed runs per measurement (median taken) */
  runs?: number;
  /** about how long one timed run takes */
  runMs?: number;
  /** the loop; default: FMA where the engine has relaxed SIMD, else mul+add */
  kind?: PeakKind;
}

/** The worker of a PeakMeter: waits for a round number, meets the other workers at a spin barrier, times the loop, answers GFLOP/s. */
const METER_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { performance } = require('node:perf_hooks');
const { module, iters, runs, flopsPerIter, start, threads } = workerData;
const run = new WebAssembly.Instance(module).exports.run;
for (let i = 0; i < 5; i++) run(iters);
parentPort.on('message', (round) => {
  Atomics.add(start, 0, 1);
  while (Atomics.load(start, 0) < round * threads) {} // spin: all threads time together
  const samples = [];
  for (let i = 0; i < runs; i++) { const t0 = performance.now(); run(iters); samples.push(performance.now() - t0); }
  samples.sort((a, b) => a - b);
  const m = samples.length >> 1;
  const med = samples.length % 2 ? samples[m] : (samples[m - 1] + samples[m]) / 2;
  parentPort.postMessage((iters * flopsPerIter) / (med * 1e6));
});
parentPort.postMessage('ready');
`;

/** A PeakMeter for `threads` threads (see PeakMeter). */
export async function peakMeter(threads = 1, opts: PeakMeterOptions = {}): Promise<PeakMeter> {
  const kind: PeakKind = opts.kind ?? ((await relaxedSimdSupported()) ? 'fma' : 'mulAdd');
  const runs = opts.runs ?? 4;
  const runMs = opts.runMs ?? 5;
  const module = await peakModule(kind);
  const run = (await WebAssembly.instantiate(module)).exports.run as RunFn;
  // size one run: Liftoff, then TurboFan, then grow until a run takes about runMs
  const iters = sizeRun(run, runMs, 1000, 5);
  for (let i = 0; i < 3; i++) run(iters);
  const one = (): number => timedGflops(run, iters, runs);

  const workers: Worker[] = [];
  const start = new Int32Array(new SharedArrayBuffer(4));
  let round = 0;
  const next = (w: Worker) =>
    new Promise<unknown>((resolve, reject) => {
      const onError = (e: Error) => {
        w.off('message', onMessage);
        reject(e);
      };
      const onMessage = (m: unknown) => {
        w.off('error', onError);
        resolve(m);
      };
      w.once('message', onMessage);
      w.once('error', onError);
    });
  if (threads > 1) {
    const ready: Promise<unknown>[] = [];
    for (let t = 0; t < threads; t++) {
      const w = new Worker(METER_WORKER_SOURCE, {
        eval: true,
        workerData: { module, iters, runs, flopsPerIter: PEAK_FLOPS_PER_ITER, start, threads },
      });
      w.unref(); // an exception in the bench must not leave the process waiting on them
      workers.push(w);
      ready.push(next(w));
    }
    await Promise.all(ready);
  }
  return {
    kind,
    threads,
    async measure(): Promise<RoundPeakFigures> {
      const single = one();
      if (threads <= 1) return { single, all: single };
      round++;
      const answers = workers.map((w) => next(w));
      for (const w of workers) w.postMessage(round);
      const all = (await Promise.all(answers)).reduce<number>((a, g) => a + (g as number), 0);
      return { single, all };
    },
    async close(): Promise<void> {
      await Promise.all(workers.map((w) => w.terminate()));
      workers.length = 0;
    },
  };
}
