/**
 * `convgen run` end to end on .npy files, checked against an independent numpy implementation
 * (test/independent/conv_numpy.py, float64, written from conv-math.md with strided slices and einsum,
 * sharing no code with convgen's reference). Needs the built CLI (`npm run build`) and python3 with numpy.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readNpyFile, writeNpyFile } from '../src/io/npy.js';
import { PYTHON, requireNumpy } from './independent/python.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const PY = join(ROOT, 'test', 'independent', 'conv_numpy.py');
const RESAVE = join(ROOT, 'test', 'independent', 'resave.py');
const TOL = 1e-5;

interface Case {
  name: string;
  layout: 'nchw' | 'nhwc';
  N: number; Ci: number; H: number; W: number; Co: number; K: number; L: number;
  stride: [number, number];
  pad: [number, number, number, number];
  dilation: [number, number];
  act: 'none' | 'relu' | 'sigmoid' | 'tanh';
  /** G (default 1): weights hold Ci/G input channels */
  groups?: number;
}

const CASES: Case[] = [
  { name: 'nchw 3x3 pad 1 relu N=2', layout: 'nchw', N: 2, Ci: 3, H: 7, W: 6, Co: 4, K: 3, L: 3, stride: [1, 1], pad: [1, 1, 1, 1], dilation: [1, 1], act: 'relu' },
  { name: 'nhwc 3x3 pad 1 relu N=2', layout: 'nhwc', N: 2, Ci: 3, H: 7, W: 6, Co: 4, K: 3, L: 3, stride: [1, 1], pad: [1, 1, 1, 1], dilation: [1, 1], act: 'relu' },
  { name: 'nchw stride 2 asymmetric pad sigmoid', layout: 'nchw', N: 1, Ci: 2, H: 9, W: 8, Co: 3, K: 3, L: 3, stride: [2, 2], pad: [0, 1, 1, 0], dilation: [1, 1], act: 'sigmoid' },
  { name: 'nhwc stride 2,1 asymmetric pad tanh N=3', layout: 'nhwc', N: 3, Ci: 2, H: 8, W: 7, Co: 3, K: 3, L: 2, stride: [2, 1], pad: [1, 2, 0, 1], dilation: [1, 1], act: 'tanh' },
  { name: 'nchw dilation 2 none', layout: 'nchw', N: 1, Ci: 3, H: 9, W: 9, Co: 2, K: 3, L: 3, stride: [1, 1], pad: [2, 2, 2, 2], dilation: [2, 2], act: 'none' },
  { name: 'nhwc dilation 2,1 K!=L (3x5) tanh', layout: 'nhwc', N: 2, Ci: 2, H: 10, W: 9, Co: 3, K: 3, L: 5, stride: [1, 1], pad: [0, 0, 2, 2], dilation: [2, 1], act: 'tanh' },
  { name: 'nchw K!=L (1x3) stride 2 dilation 2 relu N=2', layout: 'nchw', N: 2, Ci: 4, H: 6, W: 11, Co: 5, K: 1, L: 3, stride: [1, 2], pad: [0, 0, 1, 2], dilation: [1, 2], act: 'relu' },
  { name: 'nhwc 5x1 sigmoid', layout: 'nhwc', N: 1, Ci: 3, H: 8, W: 4, Co: 2, K: 5, L: 1, stride: [1, 1], pad: [2, 2, 0, 0], dilation: [1, 1], act: 'sigmoid' },
];

/** Deterministic uniform values in [-1, 1) (mulberry32). */
function random(n: number, seed: number): Float32Array {
  let s = seed >>> 0;
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  }
  return out;
}

function shapesOf(c: Case) {
  const Ho = Math.floor((c.H + c.pad[0] + c.pad[1] - c.dilation[0] * (c.K - 1) - 1) / c.stride[0]) + 1;
  const Wo = Math.floor((c.W + c.pad[2] + c.pad[3] - c.dilation[1] * (c.L - 1) - 1) / c.stride[1]) + 1;
  const cig = c.Ci / (c.groups ?? 1);
  return c.layout === 'nchw'
    ? { x: [c.N, c.Ci, c.H, c.W], w: [c.Co, cig, c.K, c.L], b: [c.Co], y: [c.N, c.Co, Ho, Wo] }
    : { x: [c.N, c.H, c.W, c.Ci], w: [c.K, c.L, cig, c.Co], b: [c.Co], y: [c.N, Ho, Wo, c.Co] };
}

const count = (shape: number[]) => shape.reduce((a, b) => a * b, 1);

/** The geometry flags (convgen and the python script take the same spellings). */
const geometryFlags = (c: Case) => [
  '--stride', c.stride.join(','), '--pad', c.pad.join(','), '--dilation', c.dilation.join(','), '--act', c.act, '--layout', c.layout,
  ...(c.groups !== undefined ? ['--groups', `${c.groups}`] : []),
];
/** Shape flags of `run` (--w is the weights file there, so the width is --width). */
const shapeFlags = (c: Case) => [
  '--n', `${c.N}`, '--ci', `${c.Ci}`, '--h', `${c.H}`, '--width', `${c.W}`, '--co', `${c.Co}`, '--k', `${c.K}`, '--l', `${c.L}`,
];

function sh(cmd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}
const show = (r: SpawnSyncReturns<string>) => `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

function convgen(args: string[]): SpawnSyncReturns<string> {
  return sh(process.execPath, [CLI, 'run', ...args]);
}
function python(pass: 'forward' | 'backward' | 'weight-update', dir: string, c: Case, extra: string[] = []): void {
  const r = sh(PYTHON, [PY, pass, '--dir', dir, ...geometryFlags(c), ...extra]);
  expect(r.status, `conv_numpy.py ${pass} failed: ${show(r)}`).toBe(0);
}

/** ||a - b||_2 / ||b||_2 in float64, after checking the shapes agree. */
function relError(got: string, want: string): number {
  const a = readNpyFile(got), b = readNpyFile(want);
  expect(a.shape, `${got} vs ${want}`).toEqual(b.shape);
  let num = 0, den = 0;
  for (let i = 0; i < b.data.length; i++) {
    const d = a.data[i]! - b.data[i]!;
    num += d * d;
    den += b.data[i]! * b.data[i]!;
  }
  if (!Number.isFinite(num)) return Infinity;
  return Math.sqrt(num) / Math.max(Math.sqrt(den), 1e-30);
}
// ref_*.npy are float64: readNpy converts them to float32, which is well below the 1e-5 tolerance
// (relative rounding 6e-8), so the comparison stays meaningful.

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'convgen-run-npy-'));
});
beforeEach(() => {
  requireNumpy(); // every test fails (not skips) without numpy, with the install hint
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** Writes x, w, b, dy for a case into a fresh folder and returns it. */
function inputs(c: Case, seed: number): { dir: string; s: ReturnType<typeof shapesOf> } {
  const dir = join(tmp, `case-${seed}`);
  mkdirSync(dir, { recursive: true });
  const s = shapesOf(c);
  writeNpyFile(join(dir, 'x.npy'), s.x, random(count(s.x), seed * 4 + 1));
  writeNpyFile(join(dir, 'w.npy'), s.w, random(count(s.w), seed * 4 + 2));
  writeNpyFile(join(dir, 'b.npy'), s.b, random(count(s.b), seed * 4 + 3));
  writeNpyFile(join(dir, 'dy.npy'), s.y, random(count(s.y), seed * 4 + 4));
  return { dir, s };
}

/** How test/independent/resave.py re-saves a file: Fortran order, big-endian, float64, ... */
type Resave = 'fortran' | 'hwio-view' | 'big' | 'big-fortran' | 'f8' | 'big-f8';
type Resaved = Partial<Record<'x' | 'w' | 'b' | 'y' | 'dy', Resave>>;

/** Re-saves the named tensors of dir with numpy in the given forms (in place). */
function resave(dir: string, how: Resaved, names: (keyof Resaved)[]): void {
  const byMode = new Map<Resave, string[]>();
  for (const n of names) if (how[n]) byMode.set(how[n], [...(byMode.get(how[n]) ?? []), n]);
  for (const [mode, files] of byMode) {
    const r = sh(PYTHON, [RESAVE, dir, mode, ...files]);
    expect(r.status, `resave.py ${mode} ${files.join(' ')}: ${show(r)}`).toBe(0);
  }
}

/**
 * Forward then backward through convgen and numpy; returns the four relative errors. `how` re-saves
 * inputs with numpy before convgen and the reference read them (y after the forward pass wrote it).
 */
function check(c: Case, seed: number, withShapeFlags: boolean, how: Resaved = {}): Record<'y' | 'dx' | 'dw' | 'db', number> {
  const { dir, s } = inputs(c, seed);
  const f = (name: string) => join(dir, name);
  const flags = [...(withShapeFlags ? shapeFlags(c) : []), ...geometryFlags(c)];
  resave(dir, how, ['x', 'w', 'b', 'dy']);

  const fwd = convgen(['--pass', 'forward', '--x', f('x.npy'), '--w', f('w.npy'), '--b', f('b.npy'), ...flags, '--out', dir]);
  expect(fwd.status, `convgen run --pass forward: ${show(fwd)}`).toBe(0);
  expect(fwd.stdout).toContain(`wrote ${f('y.npy')}`);
  expect(readNpyFile(f('y.npy')).shape).toEqual(s.y);
  python('forward', dir, c);
  resave(dir, how, ['y']);

  // backward on the y convgen wrote: both sides then use the same saved output for sigma'
  const bwd = convgen(['--pass', 'backward', '--x', f('x.npy'), '--w', f('w.npy'), '--y', f('y.npy'), '--dy', f('dy.npy'), ...flags, '--out', dir]);
  expect(bwd.status, `convgen run --pass backward: ${show(bwd)}`).toBe(0);
  python('backward', dir, c);
  expect(readNpyFile(f('dx.npy')).shape).toEqual(s.x);
  expect(readNpyFile(f('dw.npy')).shape).toEqual(s.w);
  expect(readNpyFile(f('db.npy')).shape).toEqual(s.b);

  return {
    y: relError(f('y.npy'), f('ref_y.npy')),
    dx: relError(f('dx.npy'), f('ref_dx.npy')),
    dw: relError(f('dw.npy'), f('ref_dw.npy')),
    db: relError(f('db.npy'), f('ref_db.npy')),
  };
}

describe('convgen run vs an independent numpy implementation', () => {
  it.each(CASES.map((c, i) => [c.name, c, i + 1] as const))('%s: y, dx, dw, db within rel 1e-5', (_name, c, seed) => {
    const rel = check(c, seed, true);
    for (const [t, r] of Object.entries(rel)) expect(r, `${t}: rel error ${r} (${JSON.stringify(rel)})`).toBeLessThanOrEqual(TOL);
  });

  it('reads the shape fields off x.npy and w.npy when no shape flags are given (nchw and nhwc)', () => {
    for (const [i, c] of [CASES[2]!, CASES[5]!].entries()) {
      const rel = check(c, 100 + i, false);
      for (const [t, r] of Object.entries(rel)) expect(r, `${c.name} without shape flags: ${t}: rel error ${r}`).toBeLessThanOrEqual(TOL);
    }
  });

  it('rejects an x.npy of the wrong shape with exit 2 and a message naming --x and both shapes', () => {
    const c = CASES[0]!;
    const { dir, s } = inputs(c, 200);
    const bad = join(dir, 'x-bad.npy');
    const badShape = [c.N, c.Ci, c.H + 1, c.W];
    writeNpyFile(bad, badShape, random(count(badShape), 7));
    const out = join(dir, 'out');
    const r = convgen(['--pass', 'forward', '--x', bad, '--w', join(dir, 'w.npy'), '--b', join(dir, 'b.npy'), ...shapeFlags(c), ...geometryFlags(c), '--out', out]);
    expect(r.status, show(r)).toBe(2);
    expect(r.stderr).toMatch(/^error: --x: /m);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toContain(`[${badShape.join(', ')}]`);
    expect(r.stderr).toContain(`[${s.x.join(', ')}]`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

/** A 1x1 kernel: its HWIO view of OIHW weights is F-contiguous, so np.save writes it in Fortran order. */
const ONE_BY_ONE: Case = { name: 'nhwc 1x1 relu N=2', layout: 'nhwc', N: 2, Ci: 3, H: 5, W: 4, Co: 4, K: 1, L: 1, stride: [1, 1], pad: [0, 0, 0, 0], dilation: [1, 1], act: 'relu' };

describe('convgen run on .npy files as numpy saves them (Fortran order, big-endian, float64)', () => {
  const variants: [string, Case, boolean, Resaved][] = [
    ['nchw, Fortran-order x, w, y, dy', CASES[0]!, true, { x: 'fortran', w: 'fortran', y: 'fortran', dy: 'fortran' }],
    ['nhwc 1x1, w the HWIO view of OIHW weights, Fortran-order x, shapes read off the files', ONE_BY_ONE, false, { x: 'fortran', w: 'hwio-view', dy: 'fortran' }],
    ['nhwc 3x2 stride 2,1, big-endian x, w, b, y, dy', CASES[3]!, true, { x: 'big', w: 'big', b: 'big', y: 'big', dy: 'big' }],
    ["nchw stride 2, '<f8' x, w, b, y, dy", CASES[2]!, true, { x: 'f8', w: 'f8', b: 'f8', y: 'f8', dy: 'f8' }],
    ["nhwc dilation 2,1, big-endian Fortran-order x, '>f8' w and b, shapes read off the files", CASES[5]!, false, { x: 'big-fortran', w: 'big-f8', b: 'big-f8', dy: 'big-fortran' }],
  ];
  it.each(variants.map(([name, c, flags, how], i) => [name, c, flags, how, 300 + i] as const))('%s: y, dx, dw, db within rel 1e-5', (_name, c, flags, how, seed) => {
    const rel = check(c, seed, flags, how);
    for (const [t, r] of Object.entries(rel)) expect(r, `${t}: rel error ${r} (${JSON.stringify(rel)})`).toBeLessThanOrEqual(TOL);
  });
});

describe('convgen run on files that are not float .npy', () => {
  it.each([
    ['/dev/zero (fails on the magic without reading on)', () => '/dev/zero', 'npy: bad magic (not a .npy file: it does not start with "\\x93NUMPY")'],
    ["an int32 array", (dir: string) => {
      const r = sh(PYTHON, ['-c', 'import sys, numpy as np; np.save(sys.argv[1], np.zeros((1, 3, 7, 6), dtype=np.int32))', join(dir, 'int.npy')]);
      expect(r.status, show(r)).toBe(0);
      return join(dir, 'int.npy');
    }, "npy: dtype '<i4' (int32) is not supported; convgen reads float32 ('<f4', '>f4') and float64 ('<f8', '>f8', converted to float32): save with a.astype(np.float32)"],
  ] as const)('--x %s: exit 2, the reader\'s message after --x and the path, nothing written', (_name, make, message) => {
    const c = CASES[0]!;
    const { dir } = inputs(c, 400);
    const x = make(dir);
    const out = join(dir, 'out');
    const r = convgen(['--pass', 'forward', '--x', x, '--w', join(dir, 'w.npy'), '--b', join(dir, 'b.npy'), ...geometryFlags(c), '--out', out]);
    expect(r.status, show(r)).toBe(2);
    expect(r.stderr).toContain(`error: --x: ${x}: ${message}`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });
});

/** Grouped layers: G = 2 (channel multiplier 3) and depthwise (G = Ci, multiplier 2), both layouts. */
const GROUPED: Case[] = [
  { name: 'nchw groups 2 (4 -> 6) 3x3 pad 1 relu N=2', layout: 'nchw', N: 2, Ci: 4, H: 7, W: 6, Co: 6, K: 3, L: 3, stride: [1, 1], pad: [1, 1, 1, 1], dilation: [1, 1], act: 'relu', groups: 2 },
  { name: 'nhwc depthwise (3 -> 6) 3x2 stride 2,1 tanh', layout: 'nhwc', N: 1, Ci: 3, H: 8, W: 7, Co: 6, K: 3, L: 2, stride: [2, 1], pad: [1, 1, 0, 1], dilation: [1, 1], act: 'tanh', groups: 3 },
];

describe('convgen run --groups vs numpy (w holds Ci/G input channels)', () => {
  it.each(GROUPED.map((c, i) => [c.name, c, 500 + i] as const))('%s: y, dx, dw, db within rel 1e-5', (_name, c, seed) => {
    const rel = check(c, seed, true);
    for (const [t, r] of Object.entries(rel)) expect(r, `${t}: rel error ${r} (${JSON.stringify(rel)})`).toBeLessThanOrEqual(TOL);
  });

  it('grouped weights without --groups: exit 2, both shapes and the --groups that fits, nothing written', () => {
    const c = GROUPED[0]!;
    const { dir, s } = inputs(c, 520);
    const out = join(dir, 'out');
    const { groups: _g, ...dense } = c;
    const r = convgen(['--pass', 'forward', '--x', join(dir, 'x.npy'), '--w', join(dir, 'w.npy'), '--b', join(dir, 'b.npy'), ...geometryFlags(dense), '--out', out]);
    expect(r.status, show(r)).toBe(2);
    expect(r.stderr).toContain(`error: --w: ${join(dir, 'w.npy')} has shape [${s.w.join(', ')}]; the layer needs [6, 4, 3, 3]`);
    expect(r.stderr).toContain('(groups 1: the weights\' channel axis holds Ci/groups = 4; for 2 channels per group give --groups 2)');
    expect(existsSync(out)).toBe(false);
  });
});

/**
 * The fused SGD step through the CLI: `run --pass weight-update --lr` writes w.npy (w - lr * dW) and
 * db.npy, checked against numpy's float64 w - lr * dw and db.
 */
function checkUpdate(c: Case, seed: number, lr: string): { w: number; db: number } {
  const { dir, s } = inputs(c, seed);
  const f = (name: string) => join(dir, name);
  const flags = [...shapeFlags(c), ...geometryFlags(c)];
  // y from convgen's forward pass, as a training step saves it
  const fwd = convgen(['--pass', 'forward', '--x', f('x.npy'), '--w', f('w.npy'), '--b', f('b.npy'), ...flags, '--out', dir]);
  expect(fwd.status, `convgen run --pass forward: ${show(fwd)}`).toBe(0);
  const out = join(dir, 'step');
  const r = convgen(['--pass', 'weight-update', '--lr', lr, '--x', f('x.npy'), '--w', f('w.npy'), '--y', f('y.npy'), '--dy', f('dy.npy'), ...flags, '--out', out]);
  expect(r.status, `convgen run --pass weight-update: ${show(r)}`).toBe(0);
  expect(r.stdout).toContain(`wrote ${join(out, 'w.npy')}`);
  expect(r.stdout).toContain(`wrote ${join(out, 'db.npy')}`);
  python('weight-update', dir, c, ['--lr', lr]);
  expect(readNpyFile(join(out, 'w.npy')).shape).toEqual(s.w);
  expect(readNpyFile(join(out, 'db.npy')).shape).toEqual(s.b);
  // the step is visible: the updated w is not the w given
  expect(relError(join(out, 'w.npy'), f('w.npy'))).toBeGreaterThan(1e-3);
  return { w: relError(join(out, 'w.npy'), f('ref_w.npy')), db: relError(join(out, 'db.npy'), f('ref_db.npy')) };
}

describe('convgen run --pass weight-update vs numpy (w - lr * dW in float64)', () => {
  const cases: [Case, string][] = [
    [CASES[0]!, '0.01'],
    [CASES[3]!, '-0.5'],
    [CASES[6]!, '2.5e-1'],
  ];
  it.each(cases.map(([c, lr], i) => [c.name, lr, c, 600 + i] as const))('%s, lr %s: w and db within rel 1e-5', (_name, lr, c, seed) => {
    const rel = checkUpdate(c, seed, lr);
    for (const [t, r] of Object.entries(rel)) expect(r, `${t}: rel error ${r} (${JSON.stringify(rel)})`).toBeLessThanOrEqual(TOL);
  });

  it.each(GROUPED.map((c, i) => [c.name, c, 610 + i] as const))('grouped: %s: w and db within rel 1e-5', (_name, c, seed) => {
    const rel = checkUpdate(c, seed, '0.05');
    for (const [t, r] of Object.entries(rel)) expect(r, `${t}: rel error ${r} (${JSON.stringify(rel)})`).toBeLessThanOrEqual(TOL);
  });

  it.each([
    ['missing', null, '--pass weight-update needs --lr (the learning rate, a finite number)'],
    ['not a number', 'abc', '--lr: got "abc"; must be a finite number (the learning rate, e.g. 0.01)'],
    ['infinite', 'Infinity', '--lr: got "Infinity"; must be a finite number'],
    ['NaN', 'NaN', '--lr: got "NaN"; must be a finite number'],
    ['hex', '0x10', '--lr: got "0x10"; must be a finite number'],
    ['empty', '', '--lr: got ""; must be a finite number'],
  ] as const)('--lr %s: exit 2 naming --lr, nothing written', (_name, lr, message) => {
    const c = CASES[0]!;
    const { dir } = inputs(c, 620);
    writeNpyFile(join(dir, 'y.npy'), shapesOf(c).y, random(count(shapesOf(c).y), 9));
    const out = join(dir, 'out');
    const f = (name: string) => join(dir, name);
    const r = convgen(['--pass', 'weight-update', ...(lr === null ? [] : ['--lr', lr]), '--x', f('x.npy'), '--w', f('w.npy'), '--y', f('y.npy'), '--dy', f('dy.npy'), ...geometryFlags(c), '--out', out]);
    expect(r.status, show(r)).toBe(2);
    expect(r.stderr).toContain(`error: ${message}`);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(out)).toBe(false);
  });

  it('--lr with another pass: exit 2 naming --lr, nothing written', () => {
    const c = CASES[0]!;
    const { dir } = inputs(c, 630);
    const out = join(dir, 'out');
    const r = convgen(['--pass', 'forward', '--lr', '0.1', '--x', join(dir, 'x.npy'), '--w', join(dir, 'w.npy'), '--b', join(dir, 'b.npy'), ...geometryFlags(c), '--out', out]);
    expect(r.status, show(r)).toBe(2);
    expect(r.stderr).toContain('error: --lr: only --pass weight-update takes a learning rate (got --pass forward)');
    expect(existsSync(out)).toBe(false);
  });
});
