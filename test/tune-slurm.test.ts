/**
 * The tuner's sharded sweeps on a real Slurm: a one-node cluster on this machine (Debian's
 * slurm-wlm and munge, started by scripts/slurm-local.mjs, idempotently), a 4-task array job in
 * which every task runs `convgen tune --shard auto` on its share of the sweep, then
 * `convgen tune merge` of the shard files, compared with the same sweep run unsharded here.
 * Skipped only where Slurm is not installed (node scripts/setup.mjs slurm installs it).
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDb, type TuneRecord } from '../src/tune/db.js';
import { beatsDefault, byRatio, recordsFor, selectAmong, type SelectQuery } from '../src/tune/select.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SLURM_LOCAL = join(ROOT, 'scripts', 'slurm-local.mjs');
const BIN_DIRS = ['/usr/bin', '/usr/local/bin', ...(process.env.PATH ?? '').split(':').filter(Boolean)];
const HAVE_SLURM = BIN_DIRS.some((d) => existsSync(join(d, 'sbatch')));
const SKIP_NOTE = HAVE_SLURM ? '' : ' [skipped: Slurm is not installed; node scripts/setup.mjs slurm installs it]';

/** How long an array job may take before the test gives up (and prints the tasks' output). */
const JOB_TIMEOUT_MS = 6 * 60_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The environment for Slurm's clients: this cluster's configuration, no SLURM_* of an enclosing job. */
function slurmEnv(conf: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SLURM_')) env[k] = v;
  env.SLURM_CONF = conf;
  env.PATH = [...new Set([...(process.env.PATH ?? '').split(':'), '/usr/bin', '/usr/sbin'])].filter(Boolean).join(':');
  return env;
}

function slurm(conf: string, cmd: string, args: string[]): { status: number | null; out: string } {
  const r = spawnSync(cmd, args, { env: slurmEnv(conf), encoding: 'utf8', timeout: 30_000 });
  return { status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/** The output files of a job's tasks, for a failure message. */
function outputs(dir: string): string {
  return readdirSync(dir)
    .filter((f) => f.startsWith('slurm-') && f.endsWith('.out'))
    .sort()
    .map((f) => `--- ${f}\n${readFileSync(join(dir, f), 'utf8').trimEnd().split('\n').slice(-30).join('\n')}`)
    .join('\n');
}

/**
 * Submits a batch script and waits until the job (every array task) has left the queue; then the
 * tasks' states and exit codes from `scontrol show job` (finished jobs stay there for MinJobAge).
 */
async function runJob(conf: string, dir: string, script: string): Promise<{ id: string; tasks: { task: number; state: string; exit: string }[] }> {
  const file = join(dir, `job-${Date.now()}.sh`);
  writeFileSync(file, script, { mode: 0o755 });
  const sub = slurm(conf, 'sbatch', ['--parsable', file]);
  expect(sub.status, `sbatch failed:\n${sub.out}`).toBe(0);
  const id = sub.out.split('\n').pop()!.split(';')[0].trim();
  expect(id).toMatch(/^\d+$/);
  const t0 = Date.now();
  for (;;) {
    const q = slurm(conf, 'squeue', ['-h', '-j', id, '-o', '%i %T']);
    // empty: every task has finished; "Invalid job id": finished and already purged
    if ((q.status === 0 && q.out === '') || /invalid job id/i.test(q.out)) break;
    if (q.status !== 0) throw new Error(`squeue -j ${id} failed: ${q.out}`);
    if (Date.now() - t0 > JOB_TIMEOUT_MS) {
      slurm(conf, 'scancel', [id]);
      throw new Error(`job ${id} did not finish in ${JOB_TIMEOUT_MS / 1000} s (cancelled); squeue:\n${q.out}\n${slurm(conf, 'scontrol', ['show', 'job', id]).out}\n${outputs(dir)}`);
    }
    await sleep(1000);
  }
  const show = slurm(conf, 'scontrol', ['-o', 'show', 'job', id]);
  const tasks = show.out
    .split('\n')
    .filter((l) => l.includes('ArrayTaskId='))
    .map((l) => ({
      task: Number(/ArrayTaskId=(\d+)/.exec(l)?.[1]),
      state: /JobState=(\S+)/.exec(l)?.[1] ?? '?',
      exit: /ExitCode=(\S+)/.exec(l)?.[1] ?? '?',
    }))
    .sort((a, b) => a.task - b.task);
  return { id, tasks };
}

/** A batch script: an array job of `n` tasks whose output files go to `dir`, running `body`. */
const batchScript = (dir: string, n: number, body: string) => `#!/bin/bash
#SBATCH --job-name=convgen-test
#SBATCH --array=0-${n - 1}
#SBATCH --output=${dir}/slurm-%A_%a.out
#SBATCH --cpus-per-task=1
#SBATCH --time=10:00
set -u
cd ${JSON.stringify(dir)}
${body}
`;

describe.skipIf(!HAVE_SLURM)(`tune --shard auto on a real Slurm (a one-node cluster on this machine)${SKIP_NOTE}`, () => {
  let conf = '';
  const dir = mkdtempSync(join(tmpdir(), 'convgen-slurm-test-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(() => {
    // idempotent: returns at once when the cluster is up; a cold start takes a few seconds
    let out: string;
    try {
      out = execFileSync(process.execPath, [SLURM_LOCAL, 'start', '--json'], { cwd: ROOT, encoding: 'utf8', timeout: 150_000, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string; message: string };
      throw new Error(`node scripts/slurm-local.mjs start failed:\n${err.stderr ?? ''}${err.stdout ?? ''}\n${err.message}`);
    }
    const s = JSON.parse(out) as { conf: string; ready: boolean; nodeState: string };
    expect(s.ready, `the local Slurm is not ready: ${out}`).toBe(true);
    conf = s.conf;
  }, 180_000);

  it('runs the 4 tasks of an array job, each with its SLURM_ARRAY_TASK_ID and SLURM_ARRAY_TASK_COUNT', async () => {
    const sub = join(dir, 'plain');
    execFileSync('mkdir', ['-p', sub]);
    const { id, tasks } = await runJob(conf, sub, batchScript(sub, 4, 'echo "$SLURM_ARRAY_TASK_ID $SLURM_ARRAY_TASK_COUNT" > task-$SLURM_ARRAY_TASK_ID.txt'));
    expect(tasks, `scontrol show job ${id}`).toEqual([0, 1, 2, 3].map((task) => ({ task, state: 'COMPLETED', exit: '0:0' })));
    for (const t of [0, 1, 2, 3]) expect(readFileSync(join(sub, `task-${t}.txt`), 'utf8').trim(), outputs(sub)).toBe(`${t} 4`);
  }, 120_000);

  it('shards a sweep over the array tasks; the merged shards hold what the unsharded sweep measures, and select as their records do', async () => {
    const layers = [
      { name: 'a', N: 1, Ci: 4, H: 8, W: 8, Co: 8, K: 3, L: 3, pad: 1, act: 'relu' },
      { name: 'b', N: 1, Ci: 8, H: 6, W: 6, Co: 4, K: 1, L: 1 },
    ];
    const passes = ['forward', 'input-grad'];
    const spec = join(dir, 'spec.json');
    writeFileSync(spec, JSON.stringify({ layers }));
    const sweep = ['tune', '--spec', spec, '--target', 'wasm', '--passes', passes.join(','), '--strategy', 'exhaustive', '--trials', '4', '--rounds', '3'];
    const q = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const script = batchScript(
      dir,
      4,
      [
        `${q(process.execPath)} ${q(CLI)} ${sweep.map(q).join(' ')} --shard auto --db ${q(dir)}/shard-$SLURM_ARRAY_TASK_ID.jsonl --no-report`,
        'rc=$?',
        'echo $rc > done-$SLURM_ARRAY_TASK_ID',
        'exit $rc',
      ].join('\n'),
    );

    // the unsharded sweep runs here while the array job runs
    const all = join(dir, 'all.jsonl');
    const local = new Promise<{ code: number | null; out: string }>((resolve) => {
      const p = spawn(process.execPath, [CLI, ...sweep, '--db', all, '--no-report'], { cwd: dir, env: slurmEnv(conf), stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      p.stdout.on('data', (d) => (out += d));
      p.stderr.on('data', (d) => (out += d));
      p.on('close', (code) => resolve({ code, out }));
    });
    const { id, tasks } = await runJob(conf, dir, script);
    const unsharded = await local;
    expect(unsharded.code, `the unsharded sweep failed:\n${unsharded.out}`).toBe(0);

    expect(tasks, `scontrol show job ${id}\n${outputs(dir)}`).toEqual([0, 1, 2, 3].map((task) => ({ task, state: 'COMPLETED', exit: '0:0' })));
    const shards = [0, 1, 2, 3].map((t) => {
      expect(existsSync(join(dir, `slurm-${id}_${t}.out`)), `task ${t}'s output file`).toBe(true);
      expect(readFileSync(join(dir, `done-${t}`), 'utf8').trim(), `task ${t}'s exit code\n${outputs(dir)}`).toBe('0');
      return join(dir, `shard-${t}.jsonl`);
    });

    // 2 layers x 2 passes = 4 (layer, pass) tasks over 4 shards: one each, all different
    const groupOf = (r: TuneRecord) => `${r.spec.name}/${r.pass}`;
    const shardGroups = shards.map((f, t) => {
      const db = readDb(f);
      expect(db.problems, f).toEqual([]);
      const groups = [...new Set(db.records.map(groupOf))];
      expect(groups, `shard ${t} should measure exactly one (layer, pass)\n${outputs(dir)}`).toHaveLength(1);
      return { file: f, group: groups[0], records: db.records };
    });
    expect(new Set(shardGroups.map((s) => s.group))).toEqual(new Set(layers.flatMap((l) => passes.map((p) => `${l.name}/${p}`))));

    const merged = join(dir, 'merged.jsonl');
    const m = spawnSync(process.execPath, [CLI, 'tune', 'merge', ...shards, '-o', merged], { encoding: 'utf8' });
    expect(m.status, `tune merge: ${m.stdout}${m.stderr}`).toBe(0);
    const mergedDb = readDb(merged);
    expect(mergedDb.problems).toEqual([]);
    const records = mergedDb.records;
    expect(records.length).toBe(shardGroups.reduce((n, s) => n + s.records.length, 0));

    // the same measurements (keys: spec, pass, target, schedule, machine, generator) as unsharded
    const allDb = readDb(all);
    expect(allDb.problems).toEqual([]);
    expect(new Set(records.map((r) => r.key))).toEqual(new Set(allDb.records.map((r) => r.key)));

    // the best of the merged DB is the best of its records, and the shard's own pick
    const keys = new Set(records.map((r) => r.key));
    for (const s of shardGroups) {
      const r0 = s.records[0];
      const query: SelectQuery = { spec: r0.spec, pass: r0.pass, target: r0.target, machine: r0.machine, generator: r0.generator };
      const mine = recordsFor(records, query);
      expect(mine.length, s.group).toBe(s.records.length);
      const sel = selectAmong(mine);
      expect(sel, `${s.group}: no selection (no ok default record?)`).toBeDefined();
      expect(keys.has(sel!.record.key)).toBe(true);
      const winners = mine.filter(beatsDefault);
      if (sel!.isDefault) expect(winners, `${s.group}: the default was chosen over a winner`).toEqual([]);
      else for (const r of winners) expect(byRatio(sel!.record, r), `${s.group}: ${r.key} beats the chosen ${sel!.record.key}`).toBeLessThanOrEqual(0);
      expect(selectAmong(recordsFor(s.records, query))?.record.key, `${s.group}: the shard alone picks another`).toBe(sel!.record.key);
    }
  }, JOB_TIMEOUT_MS + 120_000);
});
