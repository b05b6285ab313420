/**
 * The write-conflict checker (src/verify/races.ts) on real lowered kernels and on kernels broken on
 * purpose (issue 8: "a test fails when two parallel invocations/threads would write the same
 * output").
 *
 * (a) Every pass `lower` supports, on small specs (stride 1 and 2, nhwc with dilation and 'same'
 *     padding, a pointwise one whose input gradient has untouched rows), lowered with the default GPU
 *     schedule, GPU schedules with overhanging tiles and split reductions, and CPU schedules (simd
 *     and scalar) split between 2, 3 and 16 threads: no races, no stores out of bounds, and every
 *     element of every output written.
 * (b) Teeth: a grid variable dropped from a GPU kernel's index arithmetic, a parallel loop no longer
 *     split, the partial-sum slice dropped, the "one share zeroes dX" guard dropped, a store offset
 *     pushed past the end or before the start: each is reported, naming the buffer.
 */
import { describe, expect, it } from 'vitest';
import { parseSpec, PASSES, type LayerSpec, type Pass } from '../src/layer/index.js';
import { lower, type LoweredKernel } from '../src/lower/index.js';
import type { Stmt } from '../src/lower/ir.js';
import { defaultGpuSchedule, defaultSchedule, gpuBounds, rowChoices, scalarBounds, type GpuSchedule, type Schedule } from '../src/schedule/index.js';
import { checkWrites, findWriteConflicts, type WriteConflict } from '../src/verify/races.js';

const LOWERED_PASSES: Pass[] = [...PASSES];

const SPECS: LayerSpec[] = [
  parseSpec({ name: 'base', N: 2, Ci: 5, H: 7, W: 9, Co: 6, K: 3, L: 3, pad: 1 }),
  parseSpec({ name: 'stride2', N: 1, Ci: 3, H: 9, W: 8, Co: 5, K: 3, L: 3, stride: 2, pad: 1, act: 'tanh' }),
  parseSpec({ name: 'nhwc', N: 2, Ci: 6, H: 8, W: 7, Co: 9, K: 2, L: 3, dilation: 2, pad: 'same', layout: 'nhwc', act: 'relu' }),
  parseSpec({ name: 'pointwise', N: 3, Ci: 8, H: 5, W: 6, Co: 4, K: 1, L: 1, stride: [2, 1] }),
  parseSpec({ name: 'groups3', N: 2, Ci: 6, H: 7, W: 8, Co: 9, K: 3, L: 2, pad: 1, groups: 3, act: 'sigmoid' }),
  parseSpec({ name: 'depthwise', N: 1, Ci: 8, H: 7, W: 9, Co: 8, K: 3, L: 3, pad: 1, stride: 2, groups: 8, layout: 'nhwc', act: 'relu' }),
];

/** A value in 2..max that does not divide `max` (an overhanging tile), else max. */
function overhanging(max: number): number {
  for (let v = 2; v < max; v++) if (max % v !== 0) return v;
  return max;
}

function gpuSchedules(spec: LayerSpec, pass: Pass): GpuSchedule[] {
  const b = gpuBounds(spec, pass);
  const out: GpuSchedule[] = [defaultGpuSchedule(spec, pass)];
  out.push({ kind: 'gpu', workgroup: [4, 2], channels: overhanging(b.channels), pixels: overhanging(b.pixels), split: b.split, threads: 1 });
  if (b.split > 2) out.push({ kind: 'gpu', workgroup: [8, 8], channels: b.channels, pixels: 1, split: overhanging(b.split), threads: 1 });
  out.push({ kind: 'gpu', workgroup: [1, 1], channels: 1, pixels: b.pixels, split: Math.min(2, b.split), threads: 1 });
  return out;
}

function cpuSchedules(spec: LayerSpec, pass: Pass): Schedule[] {
  const out: Schedule[] = [defaultSchedule(spec, pass), ...[2, 3, 16].map((threads) => defaultSchedule(spec, pass, { threads }))];
  if (pass === 'weight-grad' || pass === 'weight-update') {
    const d = defaultSchedule(spec, pass, { threads: 3 });
    if (d.kind === 'simd') out.push({ ...d, along: d.along === 'ci' ? 'l' : 'ci', partners: 1 });
    // chunks of rows (partial sums in memory, the chunk loop split between threads)
    for (const threads of [1, 2, 3]) {
      const c = defaultSchedule(spec, pass, { threads });
      if (c.kind === 'simd') for (const rows of rowChoices(spec, threads)) out.push({ ...c, rows });
    }
  }
  if (pass === 'input-grad')
    for (const threads of [1, 3]) {
      // the rows of delta's zero border skipped (a contraction per row region)
      const d = defaultSchedule(spec, pass, { threads });
      if (d.kind === 'simd') out.push({ ...d, border: 'regions' });
    }
  out.push({ kind: 'scalar', tile: Math.min(2, scalarBounds(spec, pass).tile), unroll: 2, threads: 3 });
  return out;
}

const describeSchedule = (s: Schedule) => JSON.stringify(s);


/** Lowers, checks, and asserts a clean kernel whose outputs are all written. */
function expectClean(spec: LayerSpec, pass: Pass, s: Schedule): number {
  const k = lower(spec, pass, s);
  const { findings: all, written, writes } = checkWrites(k);
  const findings = all;
  expect(findings.map((f) => f.message), `${spec.name} ${pass} ${describeSchedule(s)}`).toEqual([]);
  for (const b of k.buffers.filter((x) => x.role === 'output')) {
    expect(written[b.name], `${spec.name} ${pass} ${describeSchedule(s)}: elements of ${b.name} written`).toBe(b.elems);
  }
  return writes;
}

describe('real kernels have no races and no out-of-bounds stores', () => {
  for (const spec of SPECS)
    for (const pass of LOWERED_PASSES) {
      it(`${spec.name} ${pass}: gpu schedules`, () => {
        for (const s of gpuSchedules(spec, pass)) expectClean(spec, pass, s);
      });
      it(`${spec.name} ${pass}: cpu schedules, 1, 2, 3 and 16 threads`, () => {
        for (const s of cpuSchedules(spec, pass)) expectClean(spec, pass, s);
      });
    }
});

// ---------------------------------------------------------------------------------------------
// teeth: kernels broken on purpose

const clone = (k: LoweredKernel): LoweredKernel => JSON.parse(JSON.stringify(k)) as LoweredKernel;

/** Every statement under `stmts`, depth first. */
function* walk(stmts: Stmt[]): Generator<Stmt> {
  for (const s of stmts) {
    yield s;
    if (s.op === 'loop' || s.op === 'grid') yield* walk(s.body);
    if (s.op === 'if') {
      yield* walk(s.then);
      yield* walk(s.else);
    }
  }
}

const races = (fs: WriteConflict[]) => fs.filter((f) => f.kind === 'race');
const outOfBounds = (fs: WriteConflict[]) => fs.filter((f) => f.kind === 'out-of-bounds');

/** The buffers main stores into. */
function storedIn(stmts: Stmt[]): Set<string> {
  const out = new Set<string>();
  for (const s of walk(stmts)) if (s.op === 'store' || s.op === 'vstore' || s.op === 'zero') out.add(s.buf);
  return out;
}

describe('packing copies are split between threads (a race this checker found)', () => {
  // copyBox split only its outermost loop, and only when it had more than one iteration: a 1x1
  // kernel's packing (k < 1) and the bias copy ran whole on every thread
  it('1x1 forward, 3 threads: no findings', () => {
    const spec = SPECS[3]!;
    expect(findWriteConflicts(lower(spec, 'forward', defaultSchedule(spec, 'forward', { threads: 3 })))).toEqual([]);
  });
});

describe('broken kernels are caught', () => {
  for (const pass of LOWERED_PASSES)
    it(`gpu ${pass}: a grid variable dropped from the index arithmetic of main's grid`, () => {
      const spec = SPECS[0]!;
      const k = clone(lower(spec, pass, gpuSchedules(spec, pass)[1]!));
      const grid = k.main.find((s) => s.op === 'grid');
      if (grid?.op !== 'grid') throw new Error('main has no grid');
      // the first grid variable with more than one value that some index expression uses
      const vars = grid.dims.flatMap((d) => d.vars).filter((v) => v.count > 1);
      const indices = [...walk(grid.body)].filter((s) => s.op === 'index');
      const victim = vars.find((v) => indices.some((s) => s.value.terms.some(([n]) => n === v.name)));
      if (!victim) throw new Error('no grid variable in the index arithmetic');
      for (const s of indices) s.value.terms = s.value.terms.filter(([n]) => n !== victim.name);

      const found = races(findWriteConflicts(k));
      expect(found.length).toBeGreaterThan(0);
      const f = found[0]!;
      expect(storedIn([grid])).toContain(f.buffer);
      expect(f.part).toBe('main');
      expect(f.grid).toBe(k.main.filter((s) => s.op === 'grid').indexOf(grid));
      // the two invocations differ exactly in the dropped variable
      const [a, b] = f.units as { invocation: Record<string, number> }[];
      const differ = Object.keys(a!.invocation).filter((n) => a!.invocation[n] !== b!.invocation[n]);
      expect(differ).toEqual([victim.name]);
      expect(f.message).toContain(f.buffer);
      expect(f.message).toContain(`${victim.name}=`);
    });

  // (the weight and bias gradients split a reduction: main stores into per-thread slices, so
  // unsplit loops there only repeat work; the dropped-slice test below covers them)
  for (const pass of ['forward', 'input-grad'] as const)
    it(`simd ${pass}, 3 threads: parallel loops no longer split (stores run on every thread) race`, () => {
      const spec = SPECS[0]!;
      const k = clone(lower(spec, pass, defaultSchedule(spec, pass, { threads: 3 })));
      let n = 0;
      for (const s of walk(k.main))
        if (s.op === 'loop' && s.parallel) {
          s.parallel = false;
          n++;
        }
      expect(n).toBeGreaterThan(0);
      const found = races(findWriteConflicts(k));
      expect(found.length).toBeGreaterThan(0);
      expect(storedIn(k.main)).toContain(found[0]!.buffer);
      expect(found[0]!.part).toBe('main');
      expect(found[0]!.units).toEqual([{ thread: 0 }, { thread: 1 }]);
    });

  it('simd weight-grad, 3 threads: the partial-sum slice dropped is a race on dw_parts', () => {
    const spec = SPECS[0]!;
    const k = clone(lower(spec, 'weight-grad', defaultSchedule(spec, 'weight-grad', { threads: 3 })));
    let n = 0;
    for (const s of walk(k.main))
      if (s.op === 'index' && s.value.terms.some(([v]) => v === 'part')) {
        s.value.terms = s.value.terms.filter(([v]) => v !== 'part');
        n++;
      }
    expect(n).toBeGreaterThan(0);
    const found = races(findWriteConflicts(k));
    expect(found.map((f) => f.buffer)).toContain('dw_parts');
  });

  it('simd input-grad, 3 threads: every share zeroing dX (no "part 0 only" guard) is a race in the prologue', () => {
    const spec = SPECS[3]!; // stride 2 with a 1x1 kernel: rows no tap reaches
    const k = clone(lower(spec, 'input-grad', defaultSchedule(spec, 'input-grad', { threads: 3 })));
    const at = k.prologue.findIndex((s) => s.op === 'if' && s.then.some((t) => t.op === 'zero'));
    expect(at).toBeGreaterThanOrEqual(0);
    k.prologue[at] = { op: 'zero', buf: 'dx' };
    const found = races(findWriteConflicts(k));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ buffer: 'dx', part: 'prologue', grid: null, units: [{ thread: 0 }, { thread: 1 }] });
    expect(found[0]!.count).toBe(2 * k.buffers.find((b) => b.name === 'dx')!.elems);
  });

  it('a store offset pushed past the end, or before the start, is out of bounds', () => {
    const spec = SPECS[0]!;
    for (const s0 of [defaultGpuSchedule(spec, 'forward'), defaultSchedule(spec, 'forward', { threads: 2 })]) {
      for (const shift of [1, -1]) {
        const k = clone(lower(spec, 'forward', s0));
        const y = k.buffers.find((b) => b.name === 'y')!;
        const store = [...walk(k.main)].find((s) => s.op === 'store' || s.op === 'vstore');
        if (store?.op !== 'store' && store?.op !== 'vstore') throw new Error('no store in main');
        expect(store.buf).toBe('y');
        store.offset += shift * y.elems;
        const fs = findWriteConflicts(k);
        const oob = outOfBounds(fs);
        expect(oob.length).toBeGreaterThan(0);
        expect(oob[0]!.buffer).toBe('y');
        expect(shift > 0 ? oob[0]!.element >= y.elems : oob[0]!.element < 0).toBe(true);
        expect(oob[0]!.message).toMatch(/outside its \d+ elements/);
        // shifted by exactly the buffer's size, it collides with no other store
        expect(races(fs)).toEqual([]);
      }
    }
  });

  it('a store into a buffer the kernel does not declare is an error', () => {
    const spec = SPECS[0]!;
    const k = clone(lower(spec, 'bias-grad', defaultSchedule(spec, 'bias-grad')));
    const store = [...walk(k.main)].find((s) => s.op === 'store' || s.op === 'vstore');
    if (store?.op !== 'store' && store?.op !== 'vstore') throw new Error('no store in main');
    store.buf = 'nowhere';
    expect(() => findWriteConflicts(k)).toThrow(/nowhere, which is not a buffer/);
  });

  it('findings are grouped per store site and capped by maxFindings', () => {
    const spec = SPECS[0]!;
    const k = clone(lower(spec, 'forward', defaultSchedule(spec, 'forward', { threads: 2 })));
    for (const s of walk(k.main)) if (s.op === 'loop') s.parallel = false;
    const all = checkWrites(k);
    const stores = [...walk(k.main)].filter((s) => s.op === 'store' || s.op === 'vstore').length;
    expect(all.findings.length).toBeLessThanOrEqual(stores);
    expect(all.dropped).toBe(0);
    // thread 1 rewrites every element of y that thread 0 wrote
    expect(all.findings.reduce((n, f) => n + f.count, 0)).toBe(k.buffers.find((b) => b.name === 'y')!.elems);
    const capped = checkWrites(k, { maxFindings: 1 });
    expect(capped.findings).toHaveLength(1);
    expect(capped.dropped).toBeGreaterThan(0);
  });

  it('the cap on simulated writes throws a clear error', () => {
    const spec = SPECS[0]!;
    const k = lower(spec, 'forward', defaultGpuSchedule(spec, 'forward'));
    expect(() => findWriteConflicts(k, { maxWrites: 100 })).toThrow(/more than maxWrites = 100 elements/);
  });

  it('writes by one unit in sequence, and by different threads in different parts, are not races', () => {
    const spec = SPECS[0]!;
    const k = clone(lower(spec, 'forward', defaultSchedule(spec, 'forward', { threads: 3 })));
    // the epilogue (one thread) and the prologue (a share of each thread) both rewrite all of y
    k.epilogue = [{ op: 'zero', buf: 'y' }, { op: 'zero', buf: 'y' }];
    k.prologue = [...k.prologue, { op: 'if', cond: [{ a: { c: 0, terms: [['part', 1]] }, lt: 1 }], then: [{ op: 'zero', buf: 'y' }], else: [] }];
    expect(findWriteConflicts(k)).toEqual([]);
  });
});
