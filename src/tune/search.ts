/**
 * Search strategies over a task's candidates, apart from how candidates are built and timed: a
 * strategy asks a `Measurer` to evaluate candidates (build, verify, time in interleaved rounds)
 * and reads back their per-round time ratios over the default. Three strategies:
 *
 * - exhaustive: every candidate, `rounds` rounds each (small spaces);
 * - halving: successive halving: candidates enter with one round, the better half by median ratio
 *   gets another round, and so on, until a few are left for the final rounds;
 * - evolutionary: starts from the default's neighbours (one knob changed) and breeds from the
 *   best so far: neighbours of the top four, random unseen candidates when they run out.
 *
 * Every strategy ends the same way (`confirm`): the best few get rounds until each has `rounds`,
 * timed interleaved with the default, so that the selection rule (select.ts) has enough rounds
 * to judge a win against the spread.
 */
import type { Schedule } from '../schedule/index.js';
import { quantile } from '../run/time.js';

export type Strategy = 'exhaustive' | 'halving' | 'evolutionary';
export const STRATEGIES: readonly Strategy[] = ['exhaustive', 'halving', 'evolutionary'];

/** What a strategy sees of one candidate. */
export interface Entry {
  readonly index: number;
  readonly schedule: Schedule;
  /** measured and written before (a resumed search): its figures are final, no more rounds */
  readonly fixed: boolean;
  /** ok until a build, verification or time-out failure */
  readonly failed: boolean;
  /** evaluated at least once (built, verified, timed one round), or fixed */
  readonly seen: boolean;
  /** per-round time ratios over the default */
  readonly ratios: readonly number[];
}

export interface Measurer {
  readonly entries: readonly Entry[];
  /**
   * Builds and verifies the ones not built yet, then times all the live ones `rounds` more rounds
   * interleaved with the default (fixed and failed ones are left alone).
   */
  evaluate(entries: readonly Entry[], rounds: number): Promise<void>;
  /** fresh rounds for the finalists, which replace what was measured of them (confirmed records) */
  confirm(entries: readonly Entry[], rounds: number): Promise<void>;
  /** frees what a candidate holds (its kernel) once it is out of the running */
  drop(entry: Entry): void;
  /** whether there is time (and trials) left for `n` more new candidates */
  roomFor(n: number): boolean;
  /** whether there is time left for more rounds (the confirm stage has a reserve) */
  timeLeft(reserveFraction: number): boolean;
}

/** Median of the ratios (Infinity when none or failed): the ranking key. */
export function medianRatio(e: Entry): number {
  return e.failed || e.ratios.length === 0 ? Infinity : quantile(e.ratios, 0.5);
}

const byRatio = (a: Entry, b: Entry) => medianRatio(a) - medianRatio(b) || a.index - b.index;

/** Deterministic shuffle (mulberry32 from the seed). */
export function shuffled<T>(xs: readonly T[], seed: number): T[] {
  let a = seed >>> 0 || 1;
  const rand = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The knobs two schedules differ in. */
export function knobDistance(a: Schedule, b: Schedule): number {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  let d = 0;
  for (const k of new Set([...Object.keys(ra), ...Object.keys(rb)])) if (JSON.stringify(ra[k]) !== JSON.stringify(rb[k])) d++;
  return d;
}

/** Candidates one knob away from `s`, in the given order. */
export function neighbours(entries: readonly Entry[], s: Schedule): Entry[] {
  return entries.filter((e) => knobDistance(e.schedule, s) === 1);
}

/** Evaluates new candidates a few at a time while there is room; returns those evaluated. */
async function admit(m: Measurer, queue: Entry[], rounds: number, chunk = 4): Promise<number> {
  let n = 0;
  while (queue.length > 0) {
    const next: Entry[] = [];
    while (next.length < chunk && queue.length > 0) {
      const e = queue.shift()!;
      if (!e.seen) next.push(e);
    }
    if (next.length === 0) break;
    // as many as there is room for (the trials' last few)
    while (next.length > 0 && !m.roomFor(next.length)) queue.unshift(next.pop()!);
    if (next.length === 0) break;
    await m.evaluate(next, rounds);
    n += next.length;
  }
  return n;
}

/**
 * The final rounds: the best few (better than the default at the median) timed again in `rounds`
 * fresh rounds, which alone make their records (a best-of-many pick is flattered by its
 * screening rounds: the winner's curse).
 */
export async function confirm(m: Measurer, rounds: number, finalists = 3): Promise<void> {
  const live = m.entries.filter((e) => e.seen && !e.failed && !e.fixed && medianRatio(e) < 1).sort(byRatio).slice(0, finalists);
  for (const e of m.entries) if (e.seen && !e.fixed && !live.includes(e)) m.drop(e);
  if (live.length > 0) await m.confirm(live, rounds);
}

/** The order candidates are tried in by the budgeted strategies: the default's neighbours first, then a seeded shuffle. */
export function tryOrder(entries: readonly Entry[], defaultSchedule: Schedule, seed: number): Entry[] {
  const near = neighbours(entries, defaultSchedule);
  return [...shuffled(near, seed), ...shuffled(entries.filter((e) => !near.includes(e)), seed + 1)];
}

export async function search(strategy: Strategy, m: Measurer, o: { rounds: number; seed: number; defaultSchedule: Schedule }): Promise<void> {
  const entries = m.entries;
  if (strategy === 'exhaustive') {
    await admit(m, [...entries], o.rounds);
  } else if (strategy === 'halving') {
    await admit(m, tryOrder(entries, o.defaultSchedule, o.seed), 1);
    let alive = entries.filter((e) => e.seen && !e.failed && !e.fixed).sort(byRatio);
    while (alive.length > 3 && m.timeLeft(0.2)) {
      const keep = alive.slice(0, Math.ceil(alive.length / 2));
      for (const e of alive.slice(keep.length)) m.drop(e);
      await m.evaluate(keep, 1);
      alive = keep.sort(byRatio);
    }
  } else {
    const queue = shuffled(neighbours(entries, o.defaultSchedule), o.seed);
    await admit(m, queue, 1);
    let generation = 0;
    for (;;) {
      const parents = entries.filter((e) => e.seen && !e.failed).sort(byRatio).slice(0, 4);
      const children = shuffled(
        [...new Set(parents.flatMap((p) => neighbours(entries, p.schedule)))].filter((e) => !e.seen),
        o.seed + ++generation,
      ).slice(0, 8);
      // no unseen neighbour of the best: explore with random unseen candidates
      const next = children.length > 0 ? children : shuffled(entries.filter((e) => !e.seen), o.seed + generation).slice(0, 4);
      if (next.length === 0 || !m.roomFor(Math.min(4, next.filter((e) => !e.fixed).length))) break;
      if ((await admit(m, next, 1)) === 0) break;
    }
    // the best few get a second round before the confirm stage picks its finalists
    const top = entries.filter((e) => e.seen && !e.failed && !e.fixed).sort(byRatio).slice(0, 6);
    if (top.length > 0 && m.timeLeft(0.2)) await m.evaluate(top, 1);
  }
  await confirm(m, o.rounds);
}
