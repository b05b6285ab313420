/**
 * The tuner: every candidate verified and timed interleaved with the default, records with
 * quantiles, resuming measures nothing, shards split the sweep deterministically, the command
 * line's errors, and the database used by compile / verify / compileLayer.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLayer, defaultSchedule, parseSpec } from '../src/index.js';
import { appendRecords, makeRecord, readDb } from '../src/tune/db.js';
import { machineFingerprint } from '../src/tune/machine.js';
import { selectAmong } from '../src/tune/select.js';
import { sweepTasks, tune } from '../src/tune/tuner.js';
import { parseDuration, parseShard, TuneUsageError } from '../src/cli/tune-options.js';
import { GENERATOR_VERSION } from '../src/version.js';
import { REL_TOLERANCE } from '../src/verify/index.js';
import type { SimdSchedule } from '../src/schedule/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'convgen-tune-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = parseSpec({ name: 'tiny', N: 1, Ci: 4, H: 6, W: 6, Co: 8, K: 3, L: 3, pad: 1, act: 'relu' });
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: dir, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

describe('tune (API)', () => {
  const db = join(dir, 'api.jsonl');
  let first: Awaited<ReturnType<typeof tune>>;

  it('verifies and times every candidate of an exhaustive search, the default re-timed in the same rounds', async () => {
    first = await tune([spec], { target: 'wasm', passes: ['forward', 'weight-grad'], db, strategy: 'exhaustive', trials: 5, rounds: 3, threads: 1, seed: 1 });
    const { records, problems } = readDb(db);
    expect(problems).toEqual([]);
    for (const pass of ['forward', 'weight-grad'] as const) {
      const mine = records.filter((r) => r.pass === pass);
      const defaults = mine.filter((r) => r.default);
      expect(defaults).toHaveLength(1);
      expect(defaults[0]!.schedule).toEqual(defaultSchedule(spec, pass, { fma: defaults[0]!.schedule.kind === 'simd' && (defaults[0]!.schedule as SimdSchedule).fma }));
      // 5 candidates besides the default, each its own key (identical kernels measured once)
      expect(mine.filter((r) => !r.default)).toHaveLength(5);
      expect(new Set(mine.map((r) => r.key)).size).toBe(6);
      for (const r of mine) {
        expect(r.status).toBe('ok');
        expect(r.relError!).toBeLessThanOrEqual(REL_TOLERANCE);
        expect(r.ms!.p20).toBeLessThanOrEqual(r.ms!.p50);
        expect(r.ms!.p50).toBeLessThanOrEqual(r.ms!.p80);
        expect(r.rounds!).toBeGreaterThanOrEqual(3);
        expect(r.gflops!).toBeGreaterThan(0);
        expect(r.peakGflops!).toBeGreaterThan(0);
        expect(r.machine).toEqual(machineFingerprint());
        expect(r.generator).toBe(GENERATOR_VERSION);
      }
      const task = first.tasks.find((t) => t.pass === pass)!;
      // the result's choice is the selection rule's over the records
      expect(task.selection!.record.key).toBe(selectAmong(mine)!.record.key);
      if (!task.selection!.isDefault) expect([task.selection!.record.confirmed, task.selection!.record.rechecked, task.selection!.record.vsDefault!.p80 < 1]).toEqual([true, true, true]);
      // a finalist's record is written after the recheck, with the rounds of both
      for (const r of mine.filter((x) => x.rechecked)) expect(r.rounds!).toBeGreaterThanOrEqual(6);
      // screening records are never confirmed; at most 3 finalists are
      expect(mine.filter((r) => r.confirmed).length).toBeLessThanOrEqual(3);
    }
  });

  it('resumes: a finished task is measured nothing again and the file is not touched', async () => {
    const before = readFileSync(db);
    const again = await tune([spec], { target: 'wasm', passes: ['forward', 'weight-grad'], db, strategy: 'exhaustive', trials: 5, rounds: 3, threads: 1, seed: 1 });
    expect(again.tasks.map((t) => [t.skipped, t.measured])).toEqual([[true, 0], [true, 0]]);
    expect(readFileSync(db).equals(before)).toBe(true);
    expect(again.tasks.map((t) => t.selection!.record.key)).toEqual(first.tasks.map((t) => t.selection!.record.key));
  });

  it('resumes a task cut short: the candidates recorded are not measured again', async () => {
    const cut = join(dir, 'cut.jsonl');
    await tune([spec], { target: 'wasm', passes: ['forward'], db: cut, strategy: 'exhaustive', trials: 4, rounds: 3, threads: 1, seed: 1 });
    // drop the default's record (written last): the task is unfinished, its candidates recorded
    const lines = readFileSync(cut, 'utf8').trim().split('\n');
    const kept = lines.filter((l) => !JSON.parse(l).default);
    writeFileSync(cut, kept.join('\n') + '\n');
    const r = await tune([spec], { target: 'wasm', passes: ['forward'], db: cut, strategy: 'exhaustive', trials: 4, rounds: 3, threads: 1, seed: 1 });
    expect(r.tasks[0]!.reused).toBe(4);
    const after = readDb(cut).records;
    // only the default was measured again; the keys of the candidates appear once each
    expect(after.length).toBe(5);
    expect(new Set(after.map((x) => x.key)).size).toBe(5);
  });

  it.each(['halving', 'evolutionary'] as const)('%s stays within its trials and records distinct verified candidates', async (strategy) => {
    const file = join(dir, `${strategy}.jsonl`);
    const r = await tune([spec], { target: 'wasm', passes: ['input-grad'], db: file, strategy, trials: 8, rounds: 3, threads: 1, seed: 3 });
    const recs = readDb(file).records;
    expect(recs.length).toBeGreaterThan(1);
    expect(recs.length).toBeLessThanOrEqual(9);
    expect(new Set(recs.map((x) => x.key)).size).toBe(recs.length);
    expect(recs.every((x) => x.status === 'ok' && x.relError! <= REL_TOLERANCE && x.strategy === strategy)).toBe(true);
    const sel = r.tasks[0]!.selection!;
    // a chosen candidate was timed in at least 3 rounds and faster than the default in 80% of them
    if (!sel.isDefault) expect([sel.record.confirmed, sel.record.rounds! >= 3, sel.record.vsDefault!.p80 < 1]).toEqual([true, true, true]);
  });

  it('keeps within a wall-clock budget', async () => {
    const file = join(dir, 'budget.jsonl');
    const t0 = performance.now();
    const r = await tune([spec], { target: 'wasm', passes: ['forward', 'input-grad'], db: file, strategy: 'evolutionary', budgetMs: 3000, rounds: 3, threads: 1, seed: 1 });
    const ms = performance.now() - t0;
    expect(ms).toBeLessThan(3000 * 1.1 + 1500); // the space's enumeration and the last task's records
    expect(r.tasks.every((t) => t.measured > 1)).toBe(true);
  });
});

describe('shards', () => {
  it('split the sweep into disjoint shards that cover it, the same every time', () => {
    const specs = ['a', 'b', 'c'];
    const passes = ['forward', 'input-grad', 'weight-grad'] as const;
    const all = sweepTasks(specs, passes).map((t) => `${t.spec}/${t.pass}`);
    const shards = [0, 1, 2, 3].map((index) => sweepTasks(specs, passes, { index, count: 4 }).map((t) => `${t.spec}/${t.pass}`));
    expect(shards.flat().sort()).toEqual([...all].sort());
    expect(new Set(shards.flat()).size).toBe(all.length);
    expect(sweepTasks(specs, passes, { index: 1, count: 4 }).map((t) => `${t.spec}/${t.pass}`)).toEqual(shards[1]);
  });

  it('come from a Slurm job array or a Kubernetes Indexed Job with --shard auto', () => {
    expect(parseShard('auto', undefined, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' })).toMatchObject({ index: 2, count: 4 });
    expect(parseShard('auto', undefined, { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_MAX: '4' })).toMatchObject({ index: 2, count: 4 });
    expect(parseShard('auto', '8', { JOB_COMPLETION_INDEX: '5' })).toMatchObject({ index: 5, count: 8 });
    expect(parseShard('1/3', undefined, {})).toMatchObject({ index: 1, count: 3 });
    expect(() => parseShard('auto', undefined, {})).toThrow('--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set; give --shard i/n');
    expect(() => parseShard('auto', undefined, { JOB_COMPLETION_INDEX: '0' })).toThrow("--shard auto: JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) needs --shards n, the Job's completions");
    expect(() => parseShard('auto', '4', { JOB_COMPLETION_INDEX: '4' })).toThrow('--shard auto: JOB_COMPLETION_INDEX 4 is not below --shards 4');
    expect(() => parseShard('4/4', undefined, {})).toThrow('--shard: got "4/4"; must be i/n with 0 <= i < n (e.g. 0/4), or auto');
    expect(() => parseShard('auto', undefined, { SLURM_ARRAY_TASK_ID: 'x' })).toThrow(TuneUsageError);
  });

  it('durations read as a user writes them', () => {
    expect([parseDuration('--budget', '600s'), parseDuration('--budget', '10m'), parseDuration('--budget', '90'), parseDuration('--budget', '250ms'), parseDuration('--budget', '1.5h')]).toEqual([600_000, 600_000, 90_000, 250, 5_400_000]);
    expect(() => parseDuration('--budget', '0s')).toThrow('--budget: got "0s"; must be a duration above 0 like 600s, 10m, 1h or 250ms (a bare number is seconds)');
    expect(() => parseDuration('--budget', 'soon')).toThrow(TuneUsageError);
  });
});

describe('convgen tune (command line)', () => {
  const flags = ['--ci', '4', '--h', '6', '--w', '6', '--co', '8', '--k', '3', '--l', '3', '--pad', '1', '--name', 'tiny'];

  it.each([
    [['tune', ...flags], 'error: --db: missing; give the tuning database file to append to (JSON lines, e.g. tuning.jsonl)'],
    [['tune', ...flags, '--db', 'x.jsonl', '--budget', 'soon'], 'error: --budget: got "soon"; must be a duration above 0 like 600s, 10m, 1h or 250ms (a bare number is seconds)'],
    [['tune', ...flags, '--db', 'x.jsonl', '--trials', '0'], 'error: --trials: got "0"; must be an integer in 1..1000000'],
    [['tune', ...flags, '--db', 'x.jsonl', '--rounds', '2'], 'error: --rounds: got 2; must be at least 3 (a candidate replaces the default only after 3 rounds)'],
    [['tune', ...flags, '--db', 'x.jsonl', '--shard', '2/2'], 'error: --shard: got "2/2"; must be i/n with 0 <= i < n (e.g. 0/4), or auto'],
    [['tune', ...flags, '--db', 'x.jsonl', '--shard', 'auto'], 'error: --shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set; give --shard i/n'],
    [['tune', ...flags, '--db', 'no-such-dir/x.jsonl'], 'error: --db: no-such-dir/x.jsonl: the folder no-such-dir does not exist'],
    [['tune', ...flags, '--db', 'x.jsonl', '--co', '0'], 'Co: got 0; must be a positive integer (>= 1)'],
  ])('refuses bad input with exit 2, naming the field: %j', (args, message) => {
    const r = cli(args, { SLURM_ARRAY_TASK_ID: '', JOB_COMPLETION_INDEX: '' });
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, 'x.jsonl'))).toBe(false);
  });

  it('tunes with plain progress lines in a log, writes the summary and report, and resumes measuring nothing', () => {
    const args = ['tune', ...flags, '--passes', 'forward', '--strategy', 'halving', '--trials', '4', '--rounds', '3', '--db', 'cli.jsonl'];
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.err).toContain('[1/1] tiny forward: ');
    expect(r.err).toMatch(/\[1\/1\] tiny forward: 5 measured \(0 failed\)/);
    expect(r.out).toContain('| tiny | forward | wasm |');
    expect(existsSync(join(dir, 'cli.summary.md'))).toBe(true);
    expect(readFileSync(join(dir, 'cli.report.html'), 'utf8')).toContain('<svg');
    const bytes = readFileSync(join(dir, 'cli.jsonl'));
    const again = cli(args);
    expect(again.code).toBe(0);
    expect(again.err).toContain('[1/1] tiny forward: done before (5 records in the database)');
    expect(again.err).toContain('0 candidate(s) measured');
    expect(readFileSync(join(dir, 'cli.jsonl')).equals(bytes)).toBe(true);
  });
});

describe('using a tuning database', () => {
  // a database saying a candidate beat the default on this machine (as tune writes it)
  const machine = machineFingerprint();
  const def = defaultSchedule(spec, 'forward', { fma: false });
  const tuned = { ...(def as SimdSchedule), unroll: 2 };
  const m = (schedule: typeof def, mach = machine) => ({ spec, pass: 'forward' as const, target: 'wasm' as const, schedule, machine: mach, generator: GENERATOR_VERSION });
  const result = (vs: number) => ({ status: 'ok' as const, ms: { p20: vs, p50: vs, p80: vs }, gflops: 1, relError: 1e-7, vsDefault: { p20: vs * 0.98, p50: vs, p80: vs * 1.02 }, rounds: 5, ...(vs < 1 ? { confirmed: true } : {}) });
  const file = join(dir, 'use.jsonl');
  const other = join(dir, 'other.jsonl');
  appendRecords(file, [makeRecord(m(tuned), result(0.8)), makeRecord(m(def), { ...result(1), default: true })]);
  const elsewhere = { ...machine, modelName: 'Another CPU', cores: machine.cores + 2 };
  appendRecords(other, [makeRecord(m(tuned, elsewhere), result(0.8)), makeRecord(m(def, elsewhere), { ...result(1), default: true })]);

  it('the selection rule takes only confirmed finalists that beat the default in 80% of >= 3 rounds', () => {
    const base = makeRecord(m(def), { ...result(1), default: true });
    const screened = makeRecord(m({ ...(def as SimdSchedule), unroll: 2 }), { ...result(0.5), confirmed: undefined });
    const twoRounds = makeRecord(m({ ...(def as SimdSchedule), partners: 1 }), { ...result(0.7), rounds: 2 });
    const spread = makeRecord(m({ ...(def as SimdSchedule), vectors: 1 }), { ...result(0.7), vsDefault: { p20: 0.5, p50: 0.7, p80: 1.01 } });
    expect(selectAmong([base, screened, twoRounds, spread])).toMatchObject({ isDefault: true, record: { key: base.key } });
    const good = makeRecord(m({ ...(def as SimdSchedule), vectors: 1, partners: 1 }), result(0.9));
    expect(selectAmong([base, screened, twoRounds, spread, good])).toMatchObject({ isDefault: false, record: { key: good.key } });
  });

  it("compileLayer({ db }) takes the database's schedule for this machine and says so", async () => {
    const layer = await compileLayer(spec, { passes: ['forward', 'input-grad'], fma: false, db: file });
    expect(layer.kernel('forward').schedule).toEqual(tuned);
    expect(layer.kernel('forward').artifact.source).toMatchObject({ from: 'tuning-db', speedup: 1.25, rounds: 5 });
    // no record of input-grad: the default heuristic's
    expect(layer.kernel('input-grad').schedule).toEqual(defaultSchedule(spec, 'input-grad', { fma: false }));
    expect(layer.kernel('input-grad').artifact.source).toMatchObject({ from: 'default', note: 'no record of this layer and pass' });
    expect((await layer.verify()).ok).toBe(true);
    layer.close();
  });

  it('falls back to the default heuristic for records of another machine', async () => {
    const layer = await compileLayer(spec, { passes: ['forward'], fma: false, db: other });
    expect(layer.kernel('forward').schedule).toEqual(def);
    expect(layer.kernel('forward').artifact.source!.note).toMatch(/^no record for this machine/);
    layer.close();
  });

  it('convgen compile --db writes the tuned kernel and records its source in the manifest', () => {
    const flags = ['--ci', '4', '--h', '6', '--w', '6', '--co', '8', '--k', '3', '--l', '3', '--pad', '1', '--act', 'relu', '--name', 'tiny', '--no-fma'];
    const r = cli(['compile', ...flags, '--passes', 'forward', '--db', file, '--out', 'tuned-out']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`tiny forward: simd`);
    expect(r.err).toContain(`from ${file}: tuned, 1.25x over the default (median of 5 interleaved rounds)`);
    const manifest = JSON.parse(readFileSync(join(dir, 'tuned-out', 'manifest.json'), 'utf8'));
    expect(manifest.layers[0].kernels[0].schedule).toEqual(tuned);
    expect(manifest.layers[0].kernels[0].scheduleSource).toMatchObject({ from: 'tuning-db', db: file, speedup: 1.25 });
    const v = cli(['verify', ...flags, '--passes', 'forward', '--db', file]);
    expect(v.code).toBe(0);
    expect(v.err).toContain('1.25x over the default');
    const missing = cli(['verify', ...flags, '--db', 'nope.jsonl']);
    expect([missing.code, missing.err.trim()]).toEqual([2, 'error: --db: nope.jsonl: no such file (tune writes it: convgen tune --db nope.jsonl)']);
  });
});
