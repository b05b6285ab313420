/**
 * Timing in interleaved rounds: each implementation of a layer and pass (convgen, every peer) is
 * warmed up once, then timed briefly in every round, the rounds running all implementations back
 * to back, so that a slow spell of the machine (another process, a frequency change) hits every
 * implementation of a round alike and per-round ratios stay meaningful.
 */
import { performance } from 'node:perf_hooks';
import { median } from '../../src/run/time.js';

export interface RoundTimingOptions {
  /** timed runs per round, at least (a run longer than minTotalMs: fewer, down to 1; see runsFor) */
  runs: number;
  /** untimed runs before the first round (fewer where they take more than warmupMaxMs together; at least 1) */
  warmup: number;
  warmupMaxMs: number;
  /** per round: more timed runs, up to maxRuns, until they add up to about this long */
  minTotalMs: number;
  maxRuns: number;
  /** input sets cycled through between runs */
  sets: number;
  /**
   * An implementation whose rounds would take longer than this in all (a run per round: tfjs-cpu's
   * weight gradients, 0.3-3 s a run) sits out some rounds: see roundPlan.
   */
  maxImplSeconds: number;
}

/** One implementation to time: `run(i)` on input set i; `prepare(i)` (untimed) puts set i in place first. */
export interface Contestant {
  run(i: number): Promise<void> | void;
  prepare?(i: number): void;
}

/**
 * Timed runs in a round for a run of about `estMs`: enough to add up to minTotalMs, at least
 * `runs`, at most maxRuns; but no more than fit in 2.5 x minTotalMs (at least 1), so that a
 * slow implementation (tfjs-cpu's weight gradient: about 1 s a run) takes one run per round.
 */
export function runsFor(estMs: number, o: Pick<RoundTimingOptions, 'runs' | 'minTotalMs' | 'maxRuns'>): number {
  const est = Math.max(estMs, 1e-3);
  let n = Math.min(Math.max(o.runs, Math.ceil(o.minTotalMs / est)), Math.max(o.maxRuns, o.runs));
  if (o.minTotalMs > 0 && n * est > 2.5 * o.minTotalMs) n = Math.max(1, Math.floor((2.5 * o.minTotalMs) / est));
  return n;
}

/** Times one contestant round after round; the input sets keep rotating across rounds. */
export class RoundTimer {
  private k = 0;
  private estMs = Infinity;
  private cpuUs = 0;
  private wallMs = 0;
  /** each round's median run time, ms */
  readonly roundMs: number[] = [];
  /** timed runs over all rounds */
  timedRuns = 0;
  /** timed runs of each round */
  readonly roundRuns: number[] = [];

  /**
   * `primedMs`: how long a run already made (a peer's check) took; where that alone is as long as
   * the warm-up may take, the warm-up is skipped (tfjs-cpu's weight gradient: about 1 s a run).
   */
  constructor(
    private readonly c: Contestant,
    private readonly o: RoundTimingOptions,
    private readonly primedMs?: number,
  ) {}

  private async once(): Promise<number> {
    const i = this.k++ % this.o.sets;
    this.c.prepare?.(i);
    const t0 = performance.now();
    await this.c.run(i);
    return performance.now() - t0;
  }

  /** About how long one run takes: the warm-up's (or the priming run's), then the last round's median. */
  get estimateMs(): number {
    return this.estMs;
  }

  /** The warm-up before the first round; sets the run-time estimate. */
  async warmUp(): Promise<void> {
    if (this.primedMs !== undefined && this.primedMs >= this.o.warmupMaxMs) {
      this.estMs = this.primedMs;
      return;
    }
    const samples: number[] = [];
    let spent = 0;
    for (let w = 0; w < Math.max(1, this.o.warmup); w++) {
      const ms = await this.once();
      samples.push(ms);
      spent += ms;
      if (spent >= this.o.warmupMaxMs) break;
    }
    // the last runs: the first ones are Liftoff / interpreter speed
    this.estMs = median(samples.slice(-3));
  }

  /**
   * One round: one untimed run first where runs are short (at most a quarter of minTotalMs: the
   * other implementations have just had the caches), then runsFor(estimate) timed runs; returns their median, ms.
   */
  async round(): Promise<number> {
    if (!Number.isFinite(this.estMs)) await this.warmUp();
    if (this.estMs <= this.o.minTotalMs / 4) await this.once();
    const n = runsFor(this.estMs, this.o);
    const samples: number[] = [];
    const cpu0 = process.cpuUsage();
    const wall0 = performance.now();
    for (let r = 0; r < n; r++) samples.push(await this.once());
    const cpu = process.cpuUsage(cpu0);
    this.wallMs += performance.now() - wall0;
    this.cpuUs += cpu.user + cpu.system;
    const m = median(samples);
    this.roundMs.push(m);
    this.timedRuns += n;
    this.roundRuns.push(n);
    this.estMs = m;
    return m;
  }

  /** process CPU time / wall time over all timed runs: about how many cores the implementation kept busy */
  get cpuPerWall(): number | undefined {
    return this.wallMs > 0 ? this.cpuUs / 1000 / this.wallMs : undefined;
  }
}

/**
 * The rounds (0-based, of `rounds`) an implementation whose run takes about estMs is timed in: all
 * of them, unless one run per round would take more than maxImplSeconds in all; then
 * max(3, maxImplSeconds / estMs) of them (never more than `rounds`), spread evenly from the first
 * to the last, so that the slow spells of the run hit it as they hit the others.
 */
export function roundPlan(estMs: number, rounds: number, o: Pick<RoundTimingOptions, 'runs' | 'minTotalMs' | 'maxRuns' | 'maxImplSeconds'>): number[] {
  const all = [...Array(rounds).keys()];
  const perRound = runsFor(estMs, o) * estMs;
  if (!(o.maxImplSeconds > 0) || perRound * rounds <= o.maxImplSeconds * 1000) return all;
  const k = Math.min(rounds, Math.max(3, Math.floor((o.maxImplSeconds * 1000) / perRound)));
  if (k >= rounds) return all;
  if (k === 1) return [0];
  return [...new Set([...Array(k).keys()].map((i) => Math.round((i * (rounds - 1)) / (k - 1))))];
}

/** The order of `n` contestants in round r (0-based): rotated by r, so that none always runs right after the peak loop or after the same other one. */
export function roundOrder(n: number, r: number): number[] {
  return [...Array(n).keys()].map((i) => (i + r) % n);
}
