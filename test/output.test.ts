/**
 * All-or-nothing output folders (src/cli/output.ts): the real binary is SIGKILLed at many points,
 * before and inside its commit, and the folder must then hold the complete old result or (after the
 * recovery the next command does) the complete new one; two compiles into one folder at once leave
 * one complete result; leftovers of dead processes are removed; the manifest lists exactly the
 * layer folders there. Needs `npm run build` (spawns node dist/cli.js).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverOutput, writeOutput } from '../src/cli/output.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const SENTINEL = 'keep.txt';

let tmp: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  tmp = mkdtempSync(join(tmpdir(), 'convgen-output-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Every entry under `dir` (hidden ones too) as relative path -> contents, or '<dir>'. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        out[`${relative(dir, p)}/`] = '<dir>';
        walk(p);
      } else out[relative(dir, p)] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** The entries a reader sees: convgen's own .convgen-* entries left out. */
const visible = (snap: Record<string, string>) => Object.fromEntries(Object.entries(snap).filter(([p]) => !p.startsWith('.convgen')));

/** The manifest agrees with the folder: its layers are exactly the layer folders there, and every file it lists exists. */
function consistencyProblems(dir: string): string[] {
  const problems: string[] = [];
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { layers: { layer: string; kernels: { files: string[] }[] }[] };
  const listed = manifest.layers.map((l) => l.layer).sort();
  const folders = readdirSync(dir).filter((n) => !n.startsWith('.') && statSync(join(dir, n)).isDirectory()).sort();
  if (JSON.stringify(listed) !== JSON.stringify(folders)) problems.push(`manifest lists [${listed}], folders are [${folders}]`);
  for (const l of manifest.layers) {
    for (const f of l.kernels.flatMap((k) => k.files)) if (!existsSync(join(dir, l.layer, f))) problems.push(`${l.layer}/${f} listed, missing`);
  }
  return problems;
}

const layers = (names: string[], extra: Record<string, unknown>) =>
  JSON.stringify({ layers: names.map((name, i) => ({ name, Ci: 1 + (i % 3), H: 4 + (i % 2), W: 5, Co: 2, K: 3, L: 3, pad: 1, ...extra })) });

function compileSync(spec: string, out: string): void {
  const r = spawnSync(process.execPath, [CLI, 'compile', '--spec', spec, '--no-verify', '--out', out], { encoding: 'utf8', timeout: 60_000 });
  expect(r.status, r.stderr).toBe(0);
}

interface Child { code: number | null; signal: string | null; sawJournal: boolean; stderr: string }

/**
 * Spawns a compile; kills it `delayMs` after start, or `afterJournalMs` after its journal appears
 * (the commit is then in flight, slowed by the test hook CONVGEN_TEST_PAUSE_IN_COMMIT).
 */
function compileAndKill(spec: string, out: string, when: { delayMs?: number; afterJournalMs?: number }, pauseMs: number): Promise<Child> {
  return new Promise((done) => {
    const env = { ...process.env, CONVGEN_TEST_PAUSE_IN_COMMIT: String(pauseMs) };
    const child = spawn(process.execPath, [CLI, 'compile', '--spec', spec, '--no-verify', '--out', out], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    let sawJournal = false;
    let timer: NodeJS.Timeout | undefined;
    if (when.delayMs !== undefined) timer = setTimeout(() => child.kill('SIGKILL'), when.delayMs);
    else {
      timer = setInterval(() => {
        if (!sawJournal && existsSync(join(out, '.convgen-journal'))) {
          sawJournal = true;
          clearInterval(timer);
          timer = setTimeout(() => child.kill('SIGKILL'), when.afterJournalMs);
        }
      }, 2);
    }
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      clearInterval(timer);
      done({ code, signal, sawJournal, stderr });
    });
  });
}

describe('kill -9 during a compile', () => {
  it('leaves the complete old result, or a journaled commit that the next command completes to the complete new one', async () => {
    const specOld = join(tmp, 'old.json');
    const specNew = join(tmp, 'new.json');
    // Same names with other contents (act, Co), two layers dropped and two added: a mix or a
    // missing layer shows in the snapshot comparison.
    writeFileSync(specOld, layers(['L0', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9'], { act: 'relu' }));
    writeFileSync(specNew, layers(['L0', 'L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'N8', 'N9'], { act: 'tanh', Co: 3 }));
    const refOld = join(tmp, 'ref-old');
    const refNew = join(tmp, 'ref-new');
    compileSync(specOld, refOld);
    compileSync(specNew, refNew);
    for (const ref of [refOld, refNew]) writeFileSync(join(ref, SENTINEL), 'user file\n');
    const old = snapshot(refOld);
    const neu = snapshot(refNew);
    expect(consistencyProblems(refOld)).toEqual([]);
    expect(consistencyProblems(refNew)).toEqual([]);
    expect(old).not.toEqual(neu);

    const PAUSE = 15; // ms before each of the commit's ~20 renames
    const trials: { delayMs?: number; afterJournalMs?: number }[] = [
      { delayMs: 0 }, { delayMs: 250 }, { delayMs: 500 },              // start-up, compile, staging
      { afterJournalMs: 0 }, { afterJournalMs: 20 }, { afterJournalMs: 60 }, { afterJournalMs: 110 },
      { afterJournalMs: 170 }, { afterJournalMs: 240 }, { afterJournalMs: 320 },
    ];
    let killedInCommit = 0;
    for (const [i, when] of trials.entries()) {
      const dir = join(tmp, `kill-${i}`);
      cpSync(refOld, dir, { recursive: true });
      const r = await compileAndKill(specNew, dir, when, PAUSE);
      const where = `trial ${i} ${JSON.stringify(when)} (exit ${r.code}, ${r.signal}): ${r.stderr}`;
      const journal = existsSync(join(dir, '.convgen-journal'));
      const seen = visible(snapshot(dir));
      if (journal) {
        killedInCommit++;
        // in flight: either nothing moved yet, or the manifest is gone (no manifest vouches for a mix)
        const untouched = JSON.stringify(seen) === JSON.stringify(old);
        expect(untouched || !existsSync(join(dir, 'manifest.json')), `${where}\nmanifest beside: ${Object.keys(seen).join(' ')}`).toBe(true);
      } else {
        expect([old, neu].some((s) => JSON.stringify(s) === JSON.stringify(seen)), `${where}\nneither old nor new: ${Object.keys(seen).join(' ')}`).toBe(true);
      }
      // the next command's recovery: every second trial through a real command (compile of the old spec)
      if (i % 2 === 0) {
        recoverOutput(dir);
        expect(snapshot(dir), where).toEqual(journal || JSON.stringify(seen) === JSON.stringify(visible(neu)) ? neu : old);
      } else {
        compileSync(specOld, dir);
        expect(snapshot(dir), where).toEqual(old);
      }
      expect(consistencyProblems(dir), where).toEqual([]);
    }
    // the hook made the commit slow enough that most kills landed inside it
    expect(killedInCommit, 'kills inside the commit').toBeGreaterThanOrEqual(5);
  }, 120_000);
});

describe('two compiles into one folder at once', () => {
  it('leave one complete result: the manifest lists exactly the layer folders of one run, each file listed exists', async () => {
    const specA = join(tmp, 'a.json');
    const specB = join(tmp, 'b.json');
    writeFileSync(specA, layers(['a0', 'a1', 'a2', 'a3', 'a4', 'shared'], { act: 'relu' }));
    writeFileSync(specB, layers(['b0', 'b1', 'b2', 'b3', 'b4', 'shared'], { act: 'sigmoid' }));
    const refA = join(tmp, 'ref-a');
    const refB = join(tmp, 'ref-b');
    compileSync(specA, refA);
    compileSync(specB, refB);
    const a = snapshot(refA);
    const b = snapshot(refB);
    for (let round = 0; round < 2; round++) {
      const dir = join(tmp, `both-${round}`);
      const run = (spec: string) => new Promise<{ code: number | null; stderr: string }>((done) => {
        const env = { ...process.env, CONVGEN_TEST_PAUSE_IN_COMMIT: '5' };
        const c = spawn(process.execPath, [CLI, 'compile', '--spec', spec, '--no-verify', '--out', dir], { env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        c.stderr!.on('data', (d) => (stderr += d));
        c.on('exit', (code) => done({ code, stderr }));
      });
      const [ra, rb] = await Promise.all([run(specA), run(specB)]);
      expect(ra.code, ra.stderr).toBe(0);
      expect(rb.code, rb.stderr).toBe(0);
      const got = snapshot(dir);
      expect(consistencyProblems(dir)).toEqual([]);
      expect([a, b].some((s) => JSON.stringify(s) === JSON.stringify(got)), `neither A nor B alone: ${Object.keys(got).join(' ')}`).toBe(true);
    }
  }, 60_000);
});

/** A pid that is certainly dead: a child that has exited (and been reaped). */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('leftovers and what a compile owns', () => {
  it('removes staging folders, temp files and a lock of dead processes; completes a journal whose staging is gone', () => {
    const dir = join(tmp, 'stale');
    mkdirSync(dir);
    const pid = deadPid();
    mkdirSync(join(dir, `.convgen-staging-${pid}-0badf00d`, 'L0'), { recursive: true });
    writeFileSync(join(dir, `.convgen-staging-${pid}-0badf00d`, 'L0', 'forward.wat'), 'half written');
    mkdirSync(join(dir, `.convgen-staging-${pid}`)); // the naming before journals
    writeFileSync(join(dir, `.convgen-journal.tmp-${pid}-12345678`), '{"stag');
    writeFileSync(join(dir, '.convgen-lock'), `${pid} ${hostname().replace(/\s/g, '_')} abcd\n`);
    writeFileSync(join(dir, SENTINEL), 'user file\n');
    const live = `.convgen-staging-${process.pid}-feedbeef`; // a live process's staging must stay
    mkdirSync(join(dir, live));

    writeOutput(dir, { one: { 'a.txt': 'A' } }, { 'manifest.json': '{"layers":[{"layer":"one"}]}\n' });
    expect(readdirSync(dir).sort()).toEqual([live, SENTINEL, 'manifest.json', 'one'].sort());
    rmSync(join(dir, live), { recursive: true });
  });

  it('a manifest-writing compile removes the layers the previous manifest listed and it does not write; other entries stay', () => {
    const dir = join(tmp, 'owned');
    const manifest = (names: string[]) => ({ 'manifest.json': JSON.stringify({ layers: names.map((layer) => ({ layer })) }) });
    writeOutput(dir, { a: { 'f.wat': 'a1' }, b: { 'f.wat': 'b1' } }, manifest(['a', 'b']));
    mkdirSync(join(dir, 'webgpu'));
    writeFileSync(join(dir, 'webgpu', 'x'), 'not convgen\'s layer');
    writeOutput(dir, { a: { 'f.wat': 'a2' } }, manifest(['a']));
    expect(readdirSync(dir).sort()).toEqual(['a', 'manifest.json', 'webgpu']);
    expect(readFileSync(join(dir, 'a', 'f.wat'), 'utf8')).toBe('a2');
    // top-level files without a manifest (convgen run) replace only themselves
    writeOutput(dir, {}, { 'y.npy': 'Y' });
    writeOutput(dir, {}, { 'dx.npy': 'DX' });
    expect(readdirSync(dir).sort()).toEqual(['a', 'dx.npy', 'manifest.json', 'webgpu', 'y.npy']);
  });

  it('refuses a journal it did not write, naming the file', () => {
    const dir = join(tmp, 'bad-journal');
    mkdirSync(dir);
    writeFileSync(join(dir, '.convgen-journal'), JSON.stringify({ staging: '../../etc', hide: [], remove: ['x'], install: [] }));
    expect(() => writeOutput(dir, { a: { f: 'x' } })).toThrow(`--out: ${join(dir, '.convgen-journal')} is not a journal convgen wrote; move it out of the folder to continue`);
    expect(readdirSync(dir)).toEqual(['.convgen-journal']); // its staging folder removed, nothing installed
  });
});
