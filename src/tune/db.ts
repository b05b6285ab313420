/**
 * The tuning database: JSON lines, append-only, one measured candidate a line. A record is keyed
 * by a content hash of what it measured (spec, pass, target, schedule, machine, generator
 * version), never by its line, so shard files merge by plain concatenation and `merge` drops the
 * duplicates. Reading never fails on a bad line: a corrupt or truncated line is reported with its
 * line number and skipped. Nothing here rewrites a file in place: records are appended, and a
 * merge writes a new file (refusing to write over one of its inputs).
 */
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LayerSpec, Pass } from '../layer/types.js';
import type { Schedule } from '../schedule/index.js';
import type { MachineFingerprint } from './machine.js';

export type RecordStatus = 'ok' | 'build-failed' | 'verify-failed' | 'timeout' | 'error';

/** What a record measured: the part of it its key is the hash of. */
export interface Measured {
  spec: LayerSpec;
  pass: Pass;
  target: 'wasm' | 'webgpu';
  schedule: Schedule;
  machine: MachineFingerprint;
  generator: string;
}

export interface TuneRecord extends Measured {
  key: string;
  status: RecordStatus;
  /** why it failed (status other than ok) */
  reason?: string;
  /** run time quantiles over the timed rounds, ms (status ok) */
  ms?: { p20: number; p50: number; p80: number };
  gflops?: number;
  relError?: number;
  /**
   * This candidate's run time over the default schedule's, per round (the default re-timed in the
   * same round, interleaved): quantiles over the rounds. Below 1: faster than the default.
   */
  vsDefault?: { p20: number; p50: number; p80: number };
  /** rounds it was timed in */
  rounds?: number;
  /** the FMA peak of this machine measured in the same rounds (GFLOP/s, all the kernel's threads) */
  peakGflops?: number;
  /**
   * a finalist timed again in fresh rounds (its figures are those rounds only): only confirmed
   * candidates may replace the default, since screening figures flatter a best-of-many pick
   */
  confirmed?: boolean;
  /** a confirmed finalist timed again later in the sweep (those rounds added to its figures) */
  rechecked?: boolean;
  /** the schedule is the default heuristic's for this (spec, pass, target) */
  default?: boolean;
  /** what measuring it cost (build, verify, timing), ms: a resumed search charges it to its budget again */
  costMs?: number;
  /** the search strategy that proposed it */
  strategy?: string;
  date: string;
}

/** JSON with object keys sorted at every level: equal values, equal text. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The record key: sha256 (hex) of the canonical JSON of what was measured. */
export function recordKey(m: Measured): string {
  const { spec, pass, target, schedule, machine, generator } = m;
  return createHash('sha256').update(canonicalJson({ spec, pass, target, schedule, machine, generator })).digest('hex');
}

/** A line that could not be read, 1-based. */
export interface DbProblem {
  file: string;
  line: number;
  message: string;
}

const STATUSES: readonly RecordStatus[] = ['ok', 'build-failed', 'verify-failed', 'timeout', 'error'];

/** Why a parsed line is not a record, or null. */
function recordProblem(r: unknown): string | null {
  if (!r || typeof r !== 'object' || Array.isArray(r)) return 'not a JSON object';
  const o = r as Record<string, unknown>;
  for (const f of ['key', 'spec', 'pass', 'target', 'schedule', 'machine', 'generator', 'status', 'date']) if (o[f] === undefined) return `no "${f}"`;
  if (!STATUSES.includes(o.status as RecordStatus)) return `status ${JSON.stringify(o.status)} is not one of ${STATUSES.join(', ')}`;
  if (o.key !== recordKey(o as unknown as Measured)) return 'its key is not the hash of what it measured (edited or corrupt)';
  return null;
}

/** The records of a database file and the lines that are not records (a missing file has none of either). */
export function readDb(file: string): { records: TuneRecord[]; problems: DbProblem[] } {
  const records: TuneRecord[] = [];
  const problems: DbProblem[] = [];
  if (!existsSync(file)) return { records, problems };
  const lines = readFileSync(file, 'utf8').split('\n');
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    let r: unknown;
    try {
      r = JSON.parse(text);
    } catch (e) {
      problems.push({ file, line: i + 1, message: `not JSON (${(e as Error).message.split('\n')[0]}); a truncated line?` });
      return;
    }
    const why = recordProblem(r);
    if (why) problems.push({ file, line: i + 1, message: why });
    else records.push(r as TuneRecord);
  });
  return { records, problems };
}

/** A record from a measurement: its key computed, its date now (unless given). */
export function makeRecord(m: Measured, result: Omit<TuneRecord, keyof Measured | 'key' | 'date'> & { date?: string }): TuneRecord {
  return { key: recordKey(m), ...m, ...result, date: result.date ?? new Date().toISOString() };
}

/**
 * Appends records, one line each. A file whose last line lacks its newline (a writer killed
 * mid-line) gets one first, so that the new records stay readable.
 */
export function appendRecords(file: string, records: readonly TuneRecord[]): void {
  if (records.length === 0) return;
  let prefix = '';
  if (existsSync(file)) {
    const text = readFileSync(file, 'utf8');
    if (text.length > 0 && !text.endsWith('\n')) prefix = '\n';
  }
  appendFileSync(file, prefix + records.map((r) => JSON.stringify(r)).join('\n') + '\n');
}

export interface MergeResult {
  records: number;
  duplicates: number;
  problems: DbProblem[];
}

/**
 * Merges database files into a new one: every record once (the first seen of each key, in file
 * and line order), corrupt lines reported and skipped. The output is written beside itself and
 * renamed into place, and may not be one of the inputs.
 */
export function mergeDbs(inputs: readonly string[], out: string): MergeResult {
  const outPath = resolve(out);
  if (inputs.some((f) => resolve(f) === outPath)) throw new RangeError(`-o ${out}: is one of the inputs; a merge writes a new file and never rewrites one in place`);
  for (const f of inputs) if (!existsSync(f)) throw new RangeError(`${f}: no such file`);
  const seen = new Set<string>();
  const kept: TuneRecord[] = [];
  const problems: DbProblem[] = [];
  let duplicates = 0;
  for (const f of inputs) {
    const db = readDb(f);
    problems.push(...db.problems);
    for (const r of db.records) {
      if (seen.has(r.key)) duplicates++;
      else {
        seen.add(r.key);
        kept.push(r);
      }
    }
  }
  const tmp = `${outPath}.tmp-${process.pid}`;
  writeFileSync(tmp, kept.map((r) => JSON.stringify(r) + '\n').join(''));
  renameSync(tmp, outPath);
  return { records: kept.length, duplicates, problems };
}
