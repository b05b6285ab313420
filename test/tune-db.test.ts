/**
 * The tuning database: content-hash keys (stable, and different for anything measured that
 * differs), append-only files, corrupt lines reported with their line numbers and skipped,
 * merging shard files by concatenation with duplicates dropped, and `convgen tune merge`.
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSchedule, parseSpec } from '../src/index.js';
import { appendRecords, canonicalJson, makeRecord, mergeDbs, readDb, recordKey, type Measured } from '../src/tune/db.js';
import { machineFingerprint, parseCpuinfo } from '../src/tune/machine.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'convgen-tunedb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const spec = parseSpec({ name: 'l', N: 1, Ci: 4, H: 6, W: 6, Co: 8, K: 3, L: 3, pad: 1 });
const machine = machineFingerprint();
const measured = (over: Partial<Measured> = {}): Measured => ({ spec, pass: 'forward', target: 'wasm', schedule: defaultSchedule(spec, 'forward'), machine, generator: '0.1.0', ...over });
const ok = (m: Measured, gflops: number) => makeRecord(m, { status: 'ok', gflops, ms: { p20: 1, p50: 1.1, p80: 1.2 }, relError: 1e-7, date: '2026-12-07T00:00:00.000Z' });

describe('record keys', () => {
  it('are the same for the same measurement whatever the order of its object keys', () => {
    const m = measured();
    const shuffled = JSON.parse(JSON.stringify({ machine: m.machine, generator: m.generator, schedule: m.schedule, target: m.target, pass: m.pass, spec: m.spec })) as Measured;
    expect(recordKey(shuffled)).toBe(recordKey(m));
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }] })).toBe('{"a":[{"c":3,"d":2}],"b":1}');
  });
  it('differ when the schedule, the pass, the machine or the generator differ', () => {
    const base = recordKey(measured());
    const s = defaultSchedule(spec, 'forward');
    const others = [
      measured({ schedule: { ...s, unroll: 2 } as typeof s }),
      measured({ pass: 'input-grad', schedule: defaultSchedule(spec, 'input-grad') }),
      measured({ machine: { ...machine, cores: machine.cores + 1 } }),
      measured({ generator: '0.1.1' }),
      measured({ target: 'webgpu' }),
    ].map(recordKey);
    expect(new Set([base, ...others]).size).toBe(6);
  });
});

describe('database files', () => {
  it('append only, and read back every record', () => {
    const f = join(dir, 'a.jsonl');
    const r1 = ok(measured(), 10);
    appendRecords(f, [r1]);
    const first = readFileSync(f, 'utf8');
    const r2 = makeRecord(measured({ schedule: { ...defaultSchedule(spec, 'forward'), unroll: 3 } as ReturnType<typeof defaultSchedule> }), { status: 'verify-failed', reason: 'rel error 3e-3 > 1e-5' });
    appendRecords(f, [r2]);
    const text = readFileSync(f, 'utf8');
    expect(text.startsWith(first)).toBe(true);
    const db = readDb(f);
    expect(db.problems).toEqual([]);
    expect(db.records.map((r) => [r.key, r.status, r.reason])).toEqual([[r1.key, 'ok', undefined], [r2.key, 'verify-failed', 'rel error 3e-3 > 1e-5']]);
  });

  it('report a corrupt, a truncated and an edited line with their line numbers and skip them', () => {
    const f = join(dir, 'bad.jsonl');
    const good = ok(measured(), 12);
    const edited = { ...ok(measured({ generator: 'x' }), 1), gflops: 99 };
    edited.generator = 'y'; // no longer the hash of what it says it measured
    writeFileSync(f, [JSON.stringify(good), '{"key": "abc", "spec":', '', 'not json at all', JSON.stringify(edited), JSON.stringify({ ...good, status: 'great' })].join('\n') + '\n');
    const db = readDb(f);
    expect(db.records.map((r) => r.key)).toEqual([good.key]);
    expect(db.problems.map((p) => [p.line, p.message.split(' (')[0]])).toEqual([
      [2, 'not JSON'],
      [4, 'not JSON'],
      [5, 'its key is not the hash of what it measured'],
      [6, 'status "great" is not one of ok, build-failed, verify-failed, timeout, error'],
    ]);
  });

  it('a record appended after a truncated last line is still readable', () => {
    const f = join(dir, 'trunc.jsonl');
    writeFileSync(f, JSON.stringify(ok(measured(), 5)) + '\n{"key": "half a li');
    const r = ok(measured({ generator: '0.2.0' }), 6);
    appendRecords(f, [r]);
    const db = readDb(f);
    expect(db.records.map((x) => x.key)).toContain(r.key);
    expect(db.problems.map((p) => p.line)).toEqual([2]);
  });
});

describe('merging shard files', () => {
  const shards = [0, 1, 2].map((i) => join(dir, `shard-${i}.jsonl`));
  const recs = [10, 11, 12, 13].map((u) => ok(measured({ schedule: { ...defaultSchedule(spec, 'forward'), unroll: u - 9 } as ReturnType<typeof defaultSchedule> }), u));
  writeFileSync(shards[0]!, [recs[0], recs[1]].map((r) => JSON.stringify(r) + '\n').join(''));
  writeFileSync(shards[1]!, [recs[1], recs[2]].map((r) => JSON.stringify(r) + '\n').join(''));
  writeFileSync(shards[2]!, [recs[3]].map((r) => JSON.stringify(r) + '\n').join('') + '{"truncated');

  it('keeps every record once, whatever the order of the files, and reports bad lines', () => {
    const a = mergeDbs(shards, join(dir, 'm1.jsonl'));
    const b = mergeDbs([...shards].reverse(), join(dir, 'm2.jsonl'));
    expect(a.records).toBe(4);
    expect(a.duplicates).toBe(1);
    expect(a.problems.map((p) => [p.file, p.line])).toEqual([[shards[2], 2]]);
    const keys = (f: string) => readDb(f).records.map((r) => r.key).sort();
    expect(keys(join(dir, 'm1.jsonl'))).toEqual(recs.map((r) => r.key).sort());
    expect(keys(join(dir, 'm2.jsonl'))).toEqual(keys(join(dir, 'm1.jsonl')));
    // plain concatenation reads the same set
    const cat = join(dir, 'cat.jsonl');
    writeFileSync(cat, shards.map((f) => readFileSync(f, 'utf8') + '\n').join(''));
    expect([...new Set(readDb(cat).records.map((r) => r.key))].sort()).toEqual(keys(join(dir, 'm1.jsonl')));
  });

  it('never writes over one of its inputs', () => {
    const before = readFileSync(shards[0]!, 'utf8');
    expect(() => mergeDbs(shards, shards[0]!)).toThrow(`-o ${shards[0]}: is one of the inputs; a merge writes a new file and never rewrites one in place`);
    expect(readFileSync(shards[0]!, 'utf8')).toBe(before);
  });

  it('`convgen tune merge`: a summary line, warnings with file:line, exit 2 on bad use', () => {
    const out = join(dir, 'cli.jsonl');
    const r = spawnSync(process.execPath, [CLI, 'tune', 'merge', ...shards, '-o', out], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`merged 3 files into ${out}: 4 records, 1 duplicate dropped, 1 bad line skipped\n`);
    expect(r.stderr).toMatch(new RegExp(`^warning: ${shards[2]!.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:2: skipped: not JSON`));
    const same = spawnSync(process.execPath, [CLI, 'tune', 'merge', ...shards, '-o', shards[1]!], { encoding: 'utf8' });
    expect(same.status).toBe(2);
    expect(same.stderr).toBe(`error: -o ${shards[1]}: is one of the inputs; a merge writes a new file and never rewrites one in place\n`);
    const missing = spawnSync(process.execPath, [CLI, 'tune', 'merge', join(dir, 'none.jsonl'), '-o', join(dir, 'o.jsonl')], { encoding: 'utf8' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe(`error: ${join(dir, 'none.jsonl')}: no such file\n`);
  });
});

describe('machine fingerprint', () => {
  it('reads vendor, family, model, model name and the vector flags that matter from /proc/cpuinfo', () => {
    const text = 'processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 33\nmodel name\t: AMD Ryzen 9 5950X\nflags\t\t: fpu sse4_1 sse4_2 avx avx2 fma bmi2\n\nprocessor\t: 1\nmodel\t\t: 99\n';
    expect(parseCpuinfo(text)).toEqual({ cpuVendor: 'AuthenticAMD', cpuFamily: 25, cpuModel: 33, modelName: 'AMD Ryzen 9 5950X', flags: ['sse4_1', 'sse4_2', 'avx', 'avx2', 'fma'] });
  });
  it('of this machine: the engine and the cores, stable between calls', () => {
    expect(machine.node).toBe(process.versions.node);
    expect(machine.cores).toBeGreaterThan(0);
    expect(machineFingerprint()).toEqual(machine);
  });
});
