/**
 * Which schedule a tuning database picks for a (spec, pass, target) on a machine: one rule, used by
 * `tune` at the end of a search, by `--db` in compile/verify/run/bench/compileLayer, and by the
 * reports. Only records measured on this machine (equal fingerprints) by this generator version
 * count, and only verified ones (status ok). A candidate replaces the default schedule only when
 * it was confirmed (a finalist of the search timed again in fresh rounds, apart from the screening
 * that picked it) in at least MIN_ROUNDS rounds interleaved with the default and was faster in at
 * least 80% of them (its per-round time ratio's p80 below 1: it wins by more than the spread
 * measured); among those, the lowest median ratio wins (ties: the smaller key).
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import { canonicalJson, type TuneRecord } from './db.js';
import type { MachineFingerprint } from './machine.js';

/** Rounds a candidate must have been timed in to replace the default. */
export const MIN_ROUNDS = 3;

export interface SelectQuery {
  spec: LayerSpec;
  pass: Pass;
  target: 'wasm' | 'webgpu';
  machine: MachineFingerprint;
  generator: string;
}

export interface Selection {
  /** the chosen record: a winning candidate, or the default's record */
  record: TuneRecord;
  /** the default's record, when the database has one */
  defaultRecord?: TuneRecord;
  /** whether the chosen schedule is the default */
  isDefault: boolean;
  /** the default's time over the chosen one's (median per-round ratio inverted; 1 for the default) */
  speedup: number;
  /** ok records of this (spec, pass, target, machine, generator) */
  candidates: number;
}

/** The records of one query: same spec, pass, target, machine and generator. */
export function recordsFor(records: readonly TuneRecord[], q: SelectQuery): TuneRecord[] {
  const spec = canonicalJson(q.spec);
  const machine = canonicalJson(q.machine);
  return records.filter((r) => r.pass === q.pass && r.target === q.target && r.generator === q.generator && canonicalJson(r.spec) === spec && canonicalJson(r.machine) === machine);
}

/** Whether a candidate record beats the default by more than its spread. */
export function beatsDefault(r: TuneRecord): boolean {
  return r.status === 'ok' && !r.default && r.confirmed === true && r.vsDefault !== undefined && (r.rounds ?? 0) >= MIN_ROUNDS && r.vsDefault.p80 < 1;
}

/** Orders winning candidates: lowest median ratio first, then the key. */
export function byRatio(a: TuneRecord, b: TuneRecord): number {
  return a.vsDefault!.p50 - b.vsDefault!.p50 || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/** The selection among given records (all of one query), or undefined when none is usable. */
export function selectAmong(records: readonly TuneRecord[]): Selection | undefined {
  const ok = records.filter((r) => r.status === 'ok');
  const defaultRecord = ok.find((r) => r.default);
  const winners = ok.filter(beatsDefault).sort(byRatio);
  const best = winners[0];
  if (best) return { record: best, defaultRecord, isDefault: false, speedup: 1 / best.vsDefault!.p50, candidates: ok.length };
  if (defaultRecord) return { record: defaultRecord, defaultRecord, isDefault: true, speedup: 1, candidates: ok.length };
  return undefined;
}

/** The database's choice for a query, or undefined (then the default heuristic applies). */
export function selectSchedule(records: readonly TuneRecord[], q: SelectQuery): Selection | undefined {
  return selectAmong(recordsFor(records, q));
}
