/**
 * The built CLI against hostile input: paths that could hang it (/proc, a FIFO nobody writes to,
 * /dev/zero), files that are not what they claim (a directory, non-UTF-8 text, JSON nested 5,000
 * deep, arrays of the wrong rank), and odd flag values. Each must exit 2 within seconds with one
 * clear message naming the flag or field, no stack trace, and nothing created. Spawns node
 * dist/cli.js (`npm run build` first), so a hang is a timeout here, not a stuck test runner.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNpy, writeNpyFile } from '../src/io/npy.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const STACK = /^\s+at /m;
const LAYER = ['--ci', '2', '--h', '5', '--w', '5', '--co', '3', '--k', '3', '--l', '3'];
const SMALL_JSON = JSON.stringify({ Ci: 1, H: 3, W: 3, Co: 1, K: 1, L: 1 });

let tmp: string;
beforeAll(() => {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  tmp = mkdtempSync(join(tmpdir(), 'convgen-hostile-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function cli(args: string[], timeout = 20_000): SpawnSyncReturns<string> & { ms: number } {
  const env = { ...process.env };
  delete env.CONVGEN_DEBUG;
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: tmp, encoding: 'utf8', env, timeout, killSignal: 'SIGKILL' });
  return Object.assign(r, { ms: Date.now() - t0 });
}
const show = (r: SpawnSyncReturns<string>) => `exit ${r.status} ${r.signal ?? ''}${r.error ? ` (${r.error.message})` : ''}\nstderr:\n${r.stderr}`;

/** Exit 2, exactly one `error: ` line with `message` (and no more lines than `lines`), no stack. */
function expectUsage(r: SpawnSyncReturns<string>, message: string | RegExp): void {
  expect(r.error, show(r)).toBeUndefined();
  expect(r.status, show(r)).toBe(2);
  expect(r.stderr, show(r)).not.toMatch(STACK);
  if (typeof message === 'string') expect(r.stderr, show(r)).toContain(message);
  else expect(r.stderr, show(r)).toMatch(message);
  expect(r.stderr.match(/^error: /gm), show(r)).toHaveLength(1);
}

const file = (name: string, data: string | Uint8Array) => {
  const p = join(tmp, name);
  writeFileSync(p, data);
  return p;
};

describe('--out is checked before any work', () => {
  it('/proc/x: a clear error within seconds (node\'s recursive mkdir loops there)', () => {
    const r = cli(['compile', ...LAYER, '--out', '/proc/x']);
    expectUsage(r, 'error: --out: /proc/x: /proc is on the proc file system (kernel pseudo-files), where an output folder cannot be made');
    expect(r.ms).toBeLessThan(10_000);
    const d = cli(['demo', '--out', '/sys/x']); // before the demo compiles anything
    expectUsage(d, 'error: --out: /sys/x: /sys is on the sysfs file system');
    expect(d.stdout).toBe('');
  });

  it('a file in the way, a path through a file, an empty path', () => {
    const f = file('plain.txt', 'user data\n');
    expectUsage(cli(['compile', ...LAYER, '--out', f]), `error: --out: ${f}: exists and is not a folder`);
    expectUsage(cli(['compile', ...LAYER, '--out', join(f, 'sub', 'deeper')]), `error: --out: ${join(f, 'sub', 'deeper')}: ${f} is a file, not a folder`);
    expectUsage(cli(['run', '--pass', 'forward', '--x', 'x', '--w', 'w', '--b', 'b', '--out', join(f, 'o')]), `${f} is a file, not a folder`);
    expectUsage(cli(['compile', ...LAYER, '--out', '']), 'error: --out: got ""; give the folder to write into');
    expect(readFileSync(f, 'utf8')).toBe('user data\n');
  });

  it('a layer named like convgen\'s own files is a validation error, and no folder is left behind', () => {
    const out = join(tmp, 'not-made', 'out');
    for (const [name, why] of [
      ['manifest.json', 'is reserved: manifest.json is the manifest convgen writes'],
      ['.convgen-staging-1', 'is reserved: names starting with ".convgen"'],
    ]) {
      const r = cli(['compile', ...LAYER, '--name', name!, '--out', out]);
      expectUsage(r, `  - name: got ${JSON.stringify(name)}; ${why}`);
    }
    expect(existsSync(join(tmp, 'not-made'))).toBe(false);
  });
});

describe('--spec files that are not small JSON texts', () => {
  it('/dev/zero: refused at the limit, naming --spec and the limit', () => {
    const r = cli(['verify', '--spec', '/dev/zero']);
    expectUsage(r, '  - spec: got "/dev/zero"; is larger than 16 MiB, the limit for a spec file (--spec)');
  });

  it('a directory', () => {
    expectUsage(cli(['verify', '--spec', tmp]), `  - spec: got ${JSON.stringify(tmp)}; is a directory, not a file`);
  });

  it('a FIFO nobody writes to: an error after 5 s, not a hang; one with a writer is read', async () => {
    const fifo = join(tmp, 'spec.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = cli(['verify', '--spec', fifo]);
    expectUsage(r, `  - spec: got ${JSON.stringify(fifo)}; is a named pipe (FIFO) and nothing was written to it within 5 s`);
    expect(r.ms).toBeLessThan(15_000);

    // a writer that opens the FIFO only after convgen did (as `mkfifo f; make-spec > f &` would)
    const spec = file('small.json', SMALL_JSON);
    const writer = spawn('sh', ['-c', `sleep 0.3; cat '${spec}' > '${fifo}'`]);
    const ok = cli(['verify', '--spec', fifo, '--passes', 'bias-grad', '--json']);
    writer.kill();
    expect(ok.status, show(ok)).toBe(0);
    expect(JSON.parse(ok.stdout).results.map((x: { ok: boolean }) => x.ok)).toEqual([true]);
  });

  it('not UTF-8: the offset and line:column of the bad byte', () => {
    const p = file('latin1.json', Buffer.from('{"Ci": 3,\n "H": 5, \xff"W": 5}', 'latin1'));
    expectUsage(cli(['verify', '--spec', p]), '  - spec: got ' + JSON.stringify(p) + '; is not UTF-8 text: invalid byte 0xff at offset 19 (line 2, column 10)');
  });

  it('JSON nested 5,000 deep: a SpecError naming where it got too deep', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const inKey = file('deep-key.json', `{"layers": [{"Ci": 1, "H": 3, "W": 3, "Co": 1, "K": 1, "L": 1, "pad": ${deep(5000)}}]}`);
    const r = cli(['verify', '--spec', inKey]);
    expectUsage(r, /^ {2}- layers\[0\]\.pad(\[0\])+\.\.\.: got \[\[\[.*; nested more than 32 levels deep \(arrays and objects inside each other\); a spec file needs at most 4$/m);
    const top = file('deep-top.json', deep(5000));
    expectUsage(cli(['verify', '--spec', top]), /^ {2}- (\[0\])+\.\.\.: got .*; nested more than 32 levels deep/m);
    // 20 levels is merely wrong, reported as usual
    const shallow = file('shallow.json', `{"Ci": ${deep(20)}, "H": 3, "W": 3, "Co": 1, "K": 1, "L": 1}`);
    expectUsage(cli(['verify', '--spec', shallow]), /^ {2}- Ci: got \[\[\[\[\[\[\[\[\[\.\.\.\]\]\]\]\]\]\]\]\]; must be a positive integer \(>= 1\), not an array$/m);
  });
});

describe('convgen run inputs', () => {
  const inputs = () => {
    const x3 = join(tmp, 'x3.npy');
    writeNpyFile(x3, [3, 4, 5], new Float32Array(60));
    const x0 = join(tmp, 'x0.npy');
    writeNpyFile(x0, [], new Float32Array(1));
    const x = join(tmp, 'x.npy');
    writeNpyFile(x, [1, 2, 5, 5], new Float32Array(50).map((_, i) => i / 50));
    const w = join(tmp, 'w.npy');
    writeNpyFile(w, [3, 2, 3, 3], new Float32Array(54).map((_, i) => (i % 7) / 7));
    const b = join(tmp, 'b.npy');
    writeNpyFile(b, [3], new Float32Array(3));
    return { x3, x0, x, w, b };
  };

  it('an x.npy or w.npy of the wrong rank is reported as such, per layout', () => {
    const { x3, x0, x, w, b } = inputs();
    const out = join(tmp, 'run-out');
    expectUsage(cli(['run', '--pass', 'forward', '--x', x3, '--w', w, '--b', b, '--out', out]),
      `error: --x: ${x3} has shape [3, 4, 5] (rank 3); the layer needs a rank-4 array [N, Ci, H, W] (nchw)`);
    expectUsage(cli(['run', '--pass', 'forward', '--x', x0, '--w', w, '--b', b, '--layout', 'nhwc', '--out', out]),
      `error: --x: ${x0} has shape [] (rank 0); the layer needs a rank-4 array [N, H, W, Ci] (nhwc)`);
    expectUsage(cli(['run', '--pass', 'forward', '--x', x, '--w', x3, '--b', b, '--out', out]),
      `error: --w: ${x3} has shape [3, 4, 5] (rank 3); the layer needs a rank-4 array [Co, Ci/G, K, L] (OIHW, layout nchw)`);
    expectUsage(cli(['run', '--pass', 'forward', '--x', tmp, '--w', w, '--b', b, '--out', out]), `error: --x: ${tmp}: is a directory, not a file`);
    expectUsage(cli(['run', '--pass', 'forward', '--x', join(tmp, 'nope.npy'), '--w', w, '--b', b, '--out', out]), `error: --x: ${join(tmp, 'nope.npy')}: no such file`);
    const fifo = join(tmp, 'x.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = cli(['run', '--pass', 'forward', '--x', fifo, '--w', w, '--b', b, '--out', out]);
    expectUsage(r, `error: --x: ${fifo}: is a named pipe (FIFO) and nothing was written to it within 5 s`);
    expect(existsSync(out)).toBe(false);
  });

  it('prints readNpy\'s note for each input that has one (float64 converted to float32)', () => {
    const { w, b } = inputs();
    // a float64 x.npy, written by hand: '<f8' header, C order
    const data = new Float64Array(50).map((_, i) => i / 50);
    const dict = "{'descr': '<f8', 'fortran_order': False, 'shape': (1, 2, 5, 5), }";
    const header = dict + ' '.repeat(64 - ((10 + dict.length + 1) % 64)) + '\n';
    const bytes = Buffer.concat([Buffer.from([0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59, 1, 0, header.length & 0xff, header.length >> 8]), Buffer.from(header, 'latin1'), Buffer.from(data.buffer)]);
    const x64 = file('x64.npy', bytes);
    const note = readNpy(bytes).note;
    expect(note).toMatch(/^float64 converted to float32/);
    const out = join(tmp, 'run-note');
    const r = cli(['run', '--pass', 'forward', '--x', x64, '--w', w, '--b', b, '--out', out]);
    expect(r.status, show(r)).toBe(0);
    const notes = r.stderr.split('\n').filter((l) => l.startsWith('note: '));
    // one line for x (read once for its shape and data), none for the float32 w and b
    expect(notes).toEqual(note ? [`note: --x ${x64}: ${note}`] : []);
    expect(readdirSync(out)).toEqual(['y.npy']);
  });
});

describe('odd flag values', () => {
  it.each([
    [['--passes', ','], 'error: --passes: got ","; each must be one of forward, input-grad, weight-grad, bias-grad'],
    [['--passes', 'forward,forward'], 'error: --passes: got "forward,forward"; forward is named twice (each pass at most once)'],
    [['--threads', '99999'], 'error: --threads: got "99999"; must be an integer in 1..'],
    [['--threads', '0x2'], 'error: --threads: got "0x2"; must be an integer in 1..'],
    [['--seed', ''], 'error: --seed: got ""; must be an integer in 0..2147483648'],
    [['--seed', '0x10'], 'error: --seed: got "0x10"; must be an integer in 0..2147483648'],
  ])('verify %j', (flags, message) => {
    expectUsage(cli(['verify', ...LAYER, ...flags]), message);
  });
});

describe('output into a pipe that closes early', () => {
  it('`convgen compile --help | head -1` ends quietly: exit 0, no stack trace', async () => {
    // a reader that is gone before the CLI writes (as `head` once it has its lines): the write fails with EPIPE
    const child = spawn(process.execPath, [CLI, 'compile', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', (c) => resolve(c)));
    expect(stderr).not.toMatch(/EPIPE|at .*\(node:|Error/);
    expect(code).toBe(0);
  });
});
