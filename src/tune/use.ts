/**
 * Using a tuning database: the schedule it picks for a (spec, pass, target) on this machine, by the
 * selection rule of select.ts, among the records with the requested threads and fma; or the
 * default heuristic's, saying why. What compile, verify, run, bench and compileLayer do with `db`.
 */
import { existsSync } from 'node:fs';
import type { LayerSpec, Pass } from '../layer/types.js';
import type { Schedule } from '../schedule/index.js';
import { GENERATOR_VERSION } from '../version.js';
import { readDb, type DbProblem, type TuneRecord } from './db.js';
import { machineFingerprint, type MachineFingerprint } from './machine.js';
import { recordsFor, selectAmong } from './select.js';

/** A database as the pipeline takes it: records, and the file they came from (for the notes). */
export interface TuningDb {
  file?: string;
  records: readonly TuneRecord[];
  problems?: DbProblem[];
}

/** Where a kernel's schedule came from (compile's manifest records it). */
export interface ScheduleSource {
  from: 'given' | 'tuning-db' | 'default';
  /** the database consulted */
  db?: string;
  /** tuning-db: the record's key, its median speed-up over the default, its rounds */
  key?: string;
  speedup?: number;
  rounds?: number;
  /** why the default was used with a database given, or that the database confirmed the default */
  note?: string;
}

/** Reads a database file for the pipeline (a missing file is an error: RangeError naming it). */
export function openTuningDb(file: string): TuningDb {
  if (!existsSync(file)) throw new RangeError(`db: ${file}: no such file (tune writes it: convgen tune --db ${file})`);
  const { records, problems } = readDb(file);
  return { file, records, problems };
}

/**
 * The database's schedule for a pass, or undefined with a note (then the default heuristic's is
 * used). `machine` defaults to this machine's wasm fingerprint; webgpu callers pass the adapter's.
 */
export function tunedSchedule(
  db: TuningDb,
  q: { spec: LayerSpec; pass: Pass; target: 'wasm' | 'webgpu'; threads: number; fma: boolean; machine?: MachineFingerprint },
): { schedule?: Schedule; source: ScheduleSource } {
  const name = db.file ?? 'the tuning database';
  const machine = q.machine ?? machineFingerprint();
  const mine = recordsFor(db.records, { spec: q.spec, pass: q.pass, target: q.target, machine, generator: GENERATOR_VERSION }).filter((r) => {
    const s = r.schedule as { threads?: number; fma?: boolean; kind: string };
    return (q.target === 'webgpu' || s.threads === q.threads) && (s.kind !== 'simd' || s.fma === q.fma);
  });
  const sel = selectAmong(mine);
  if (!sel) {
    const any = db.records.some((r) => r.pass === q.pass && r.target === q.target && r.spec.name === q.spec.name);
    const note = any ? `no record for this machine, generator ${GENERATOR_VERSION}, ${q.threads} thread(s)${q.target === 'wasm' ? `, fma ${q.fma}` : ''}` : 'no record of this layer and pass';
    return { source: { from: 'default', db: name, note } };
  }
  if (sel.isDefault) return { schedule: sel.record.schedule, source: { from: 'tuning-db', db: name, key: sel.record.key, speedup: 1, note: `the default kept: no candidate of ${sel.candidates} beat it by more than its spread` } };
  return { schedule: sel.record.schedule, source: { from: 'tuning-db', db: name, key: sel.record.key, speedup: sel.speedup, rounds: sel.record.rounds } };
}

/** One line saying where a schedule came from. */
export function describeSource(s: ScheduleSource): string {
  if (s.from === 'given') return 'schedule given';
  if (s.from === 'default') return s.db ? `default heuristic (${s.db}: ${s.note})` : 'default heuristic';
  if (s.speedup === 1) return `${s.db}: ${s.note}`;
  return `${s.db}: tuned, ${s.speedup!.toFixed(2)}x over the default (median of ${s.rounds} interleaved rounds)`;
}
