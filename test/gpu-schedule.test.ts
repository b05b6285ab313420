/**
 * GPU schedules without a GPU: the GPU lowering (grids of register tiles) also prints as WAT loop
 * nests, so every value of the knobs that change the WAT (channels 1..bound, pixels 1..bound,
 * split 1..bound) is verified on wasm against the float64 reference (generateKernel +
 * BuiltKernel.build via helpers' verifyPass), for every pass, on small shapes (both layouts,
 * strides 1 and 2, relu and tanh, several pad forms, dilation 2).
 *
 * The workgroup knob is NOT verified here: the WAT printer ignores it (asserted below: the module
 * text after the header is byte-identical across workgroups). What it changes is WGSL: each entry
 * point's @workgroup_size and the number of workgroups dispatched per grid, checked here on the
 * text (no device needed); the kernels are run and verified for a sweep of workgroups on the
 * WebGPU runner in webgpu-workgroup.test.ts.
 *
 * Also checkSchedule's refusals of gpu knobs with their exact messages, gpuBounds, and
 * defaultGpuSchedule within bounds on the suite.
 */
import { describe, expect, it } from 'vitest';
import {
  checkSchedule, defaultGpuSchedule, generateKernel, gpuBounds, LayerCase, LAYOUTS, parseSpec, PASSES, readSpecFile,
  type GpuSchedule, type LayerInput, type LayerSpec, type Pass, type Schedule,
} from '../src/index.js';
import { readFileSync } from 'node:fs';
import { emitWgsl } from '../src/emit/wgsl.js';
import { report, SUITE_PATH, verifyPass, watStructureProblems } from './helpers.js';

const base = { N: 2, Ci: 5, Co: 6, H: 7, W: 7, K: 3, L: 2 } as const;
const SMALL: LayerInput[] = [
  { name: 'g-s1-nchw-relu', ...base, stride: 1, act: 'relu', layout: 'nchw' },
  { name: 'g-s2-nhwc-tanh-quad', ...base, stride: 2, pad: [1, 0, 0, 2], act: 'tanh', layout: 'nhwc' },
  { name: 'g-s2-nchw-tanh-pad1', ...base, stride: 2, pad: 1, act: 'tanh', layout: 'nchw' },
  { name: 'g-s1-nhwc-relu-same-dil2', ...base, stride: 1, pad: 'same', dilation: 2, act: 'relu', layout: 'nhwc' },
];
const SPECS: LayerSpec[] = SMALL.map((s) => parseSpec(s));

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
/** Workgroups for the WGSL checks: 1 x 1, sizes that do not divide the grids (3, 7), 16 x 16, the 256 limit along each axis. */
const WORKGROUPS: [number, number][] = [[1, 1], [3, 1], [7, 3], [1, 7], [16, 1], [16, 16], [256, 1], [1, 256]];

/**
 * The schedules of one pass: from the default, each knob that shapes the WAT swept alone over its
 * whole range (channels, pixels, split), plus the largest tile, and the largest split with the
 * largest tile. Deduplicated, in a fixed order. (No workgroup: the WAT does not depend on it.)
 */
function gpuSweep(spec: LayerSpec, pass: Pass): GpuSchedule[] {
  const d = defaultGpuSchedule(spec, pass);
  const b = gpuBounds(spec, pass);
  const out: GpuSchedule[] = [];
  for (const channels of range(b.channels)) out.push({ ...d, channels });
  for (const pixels of range(b.pixels)) out.push({ ...d, pixels });
  for (const split of range(b.split)) out.push({ ...d, split });
  out.push({ ...d, channels: b.channels, pixels: b.pixels });
  out.push({ ...d, channels: b.channels, pixels: b.pixels, split: b.split });
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = JSON.stringify(s);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

describe('gpu schedules verified on wasm (the GPU lowering as loop nests)', () => {
  for (const spec of SPECS) {
    for (const pass of PASSES) {
      it(`${spec.name} ${pass}: every value of channels, pixels and split`, async () => {
        const c = new LayerCase(spec, 3);
        const b = gpuBounds(spec, pass);
        const schedules = gpuSweep(spec, pass);
        const failures: string[] = [];
        const seen = { channels: new Set<number>(), pixels: new Set<number>(), split: new Set<number>() };
        for (const s of schedules) {
          const o = await verifyPass(spec, pass, c, s);
          if (o.failure) {
            failures.push(o.failure);
            continue;
          }
          const problems = watStructureProblems(o.kernel!.artifact.text);
          if (problems.length > 0) failures.push(`WAT STRUCTURE ${spec.name} ${pass} schedule: ${JSON.stringify(s)}\n    ${problems.slice(0, 5).join('\n    ')}`);
          expect(o.kernel!.schedule).toEqual(s);
          seen.channels.add(s.channels);
          seen.pixels.add(s.pixels);
          seen.split.add(s.split);
        }
        expect(failures, report(failures)).toEqual([]);
        // every value of every knob was verified at least once (a kernel that verified: failures above are left out)
        expect([...seen.channels].sort((p, q) => p - q)).toEqual(range(b.channels));
        expect([...seen.pixels].sort((p, q) => p - q)).toEqual(range(b.pixels));
        expect([...seen.split].sort((p, q) => p - q)).toEqual(range(b.split));
      });
    }
  }

  it('channels x pixels (and x split where it has one): the full grid of tile shapes, with tails on both axes', async () => {
    const failures: string[] = [];
    for (const spec of SPECS) {
      const c = new LayerCase(spec, 5);
      for (const pass of PASSES) {
        const d = defaultGpuSchedule(spec, pass);
        const b = gpuBounds(spec, pass);
        // split: 1, 2 and the bound (each alone is swept above)
        const splits = [...new Set([1, Math.min(2, b.split), b.split])];
        for (const channels of range(b.channels))
          for (const pixels of range(b.pixels))
            for (const split of splits) {
              const s: GpuSchedule = { ...d, channels, pixels, split };
              const o = await verifyPass(spec, pass, c, s);
              if (o.failure) failures.push(o.failure);
            }
      }
    }
    expect(failures, report(failures)).toEqual([]);
  });

  it('the grids use the schedule\'s workgroup, cut down to grids smaller than it', () => {
    const spec = SPECS[0]!;
    for (const pass of PASSES) {
      const s: GpuSchedule = { ...defaultGpuSchedule(spec, pass), workgroup: [16, 3] };
      const k = generateKernel(spec, pass, s).lowered;
      const grids = [...k.prologue, ...k.main, ...k.epilogue].filter((t) => t.op === 'grid');
      expect(grids.length, pass).toBeGreaterThan(0);
      for (const g of grids) {
        if (g.op !== 'grid') continue;
        const count = (i: number) => g.dims[i]?.vars.reduce((p, v) => p * v.count, 1) ?? 1;
        expect(g.workgroup, `${pass}: grid ${count(0)} x ${count(1)} x ${count(2)}`).toEqual([Math.min(16, count(0)), Math.min(3, count(1)), 1]);
      }
    }
  });
});

/** The invocation counts of a lowered grid along x, y, z (a dimension's variables multiply). */
const gridCounts = (g: { dims: { vars: { count: number }[] }[] }): [number, number, number] =>
  [0, 1, 2].map((i) => g.dims[i]?.vars.reduce((p, v) => p * v.count, 1) ?? 1) as [number, number, number];

/** The WGSL text of one entry point, from its `fn` line to its closing brace. */
function entryText(text: string, entry: string): string {
  const at = text.indexOf(`\nfn ${entry}(`);
  if (at < 0) throw new Error(`no fn ${entry} in the WGSL`);
  const end = text.indexOf('\n}\n', at);
  return text.slice(at, end < 0 ? text.length : end + 2);
}

describe('the workgroup knob', () => {
  // the module after its header (the header names the schedule, so it differs by construction)
  const watBody = (t: string) => t.slice(t.indexOf('\n(module'));

  it('does not change the WAT: the module text after the header is byte-identical across workgroups (so the wasm sweep does not count it as verified)', () => {
    for (const spec of SPECS) {
      for (const pass of PASSES) {
        const d = defaultGpuSchedule(spec, pass);
        const ref = generateKernel(spec, pass, d).text;
        expect(ref.indexOf('\n(module'), `${spec.name} ${pass}: no (module`).toBeGreaterThan(0);
        for (const workgroup of WORKGROUPS) {
          const t = generateKernel(spec, pass, { ...d, workgroup }).text;
          expect(t, `${spec.name} ${pass} ${JSON.stringify(workgroup)}: header`).toContain(`schedule: ${JSON.stringify({ ...d, workgroup })}`);
          expect(watBody(t) === watBody(ref), `${spec.name} ${pass} workgroup ${JSON.stringify(workgroup)}: WAT body differs from the default's`).toBe(true);
        }
      }
    }
  });

  it('forward of a small layer, tile 2 x 3, workgroup [7, 3]: the entries\' @workgroup_size and dispatches, by hand', () => {
    // N 1, Ci 3, H 6, W 7, Co 5, K 3, L 2, pad 1: Ho 6, Wo 8
    const spec = parseSpec({ name: 'wg-hand', N: 1, Ci: 3, H: 6, W: 7, Co: 5, K: 3, L: 2, pad: 1, act: 'relu' });
    const s: GpuSchedule = { kind: 'gpu', workgroup: [7, 3], channels: 2, pixels: 3, split: 1, threads: 1 };
    const w = emitWgsl(generateKernel(spec, 'forward', s).lowered);
    expect(w.abi.stages).toEqual([
      // padded input: (W + 2) x (H + 2) x Ci = 9 x 8 x 3; 7 x 3 workgroups: 2 x 3 x 3 of them (5 and 1 invocations overhang)
      { entry: 'prologue0', dispatch: [2, 3, 3], workgroup: [7, 3, 1] },
      // packed weights: Co rounded up to the channel tile (6) x Ci (3) x taps (3 * 2): the workgroup cut down to 6 x 3
      { entry: 'prologue1', dispatch: [1, 1, 6], workgroup: [6, 3, 1] },
      // packed bias: 6
      { entry: 'prologue2', dispatch: [1, 1, 1], workgroup: [6, 1, 1] },
      // tiles: ceil(8 / 3) = 3 pixel tiles x 6 rows x ceil(5 / 2) = 3 channel tiles
      { entry: 'main0', dispatch: [1, 2, 3], workgroup: [3, 3, 1] },
    ]);
    const sizes = [...w.text.matchAll(/@compute @workgroup_size\(([^)]*)\)\s*\nfn (\w+)\(/g)].map((m) => `${m[2]} ${m[1]}`);
    expect(sizes).toEqual(['prologue0 7, 3, 1', 'prologue1 6, 3, 1', 'prologue2 6, 1, 1', 'main0 3, 3, 1']);
    // the overhanging invocations of prologue0 (14 x 9 for a 9 x 8 grid) return before touching memory
    expect(entryText(w.text, 'prologue0')).toMatch(/^\nfn prologue0\(.*\) \{\n\s+if \(gid\.x >= 9u \|\| gid\.y >= 8u \|\| gid\.z >= 3u\) \{\n\s+return;/);
  });

  it('sets every WGSL entry\'s @workgroup_size to the workgroup cut down to its grid, and dispatches just enough workgroups to cover the grid', () => {
    for (const spec of SPECS) {
      for (const pass of PASSES) {
        const texts = new Map<string, string>();
        for (const workgroup of WORKGROUPS) {
          const s: GpuSchedule = { ...defaultGpuSchedule(spec, pass), channels: 1, pixels: Math.min(2, gpuBounds(spec, pass).pixels), workgroup };
          const where = `${spec.name} ${pass} ${JSON.stringify(s)}`;
          const lowered = generateKernel(spec, pass, s).lowered;
          const grids = [...lowered.prologue, ...lowered.main, ...lowered.epilogue].flatMap((t) => (t.op === 'grid' ? [t] : []));
          const w = emitWgsl(lowered);
          // computed here from the grid's extent and the schedule, not read off the emitter
          const expected = grids.map((g) => {
            const count = gridCounts(g);
            const size = [Math.min(workgroup[0], count[0]), Math.min(workgroup[1], count[1]), 1];
            return { count, size, dispatch: count.map((c, i) => Math.ceil(c / size[i]!)) };
          });
          expect(w.abi.stages.map((st) => st.workgroup), where).toEqual(expected.map((e) => e.size));
          expect(w.abi.stages.map((st) => st.dispatch), where).toEqual(expected.map((e) => e.dispatch));
          const sizes = [...w.text.matchAll(/@compute @workgroup_size\(([^)]*)\)\s*\nfn (\w+)\(/g)].map((m) => ({
            entry: m[2],
            size: m[1]!.split(',').map((t) => Number(t.trim())),
          }));
          expect(sizes, where).toEqual(w.abi.stages.map((st, i) => ({ entry: st.entry, size: expected[i]!.size })));
          w.abi.stages.forEach((st, i) => {
            const { count, size, dispatch } = expected[i]!;
            // an invocation past the grid on any axis returns before it reads or writes
            const overhang = [0, 1, 2].filter((a) => dispatch[a]! * size[a]! > count[a]!);
            const body = entryText(w.text, st.entry);
            for (const a of overhang) expect(body, `${where} ${st.entry}: invocations past ${count[a]} on ${'xyz'[a]} unguarded`).toContain(`gid.${'xyz'[a]} >= ${count[a]}u`);
          });
          texts.set(JSON.stringify(workgroup), w.text);
        }
        // the knob changes the shader: workgroups that give different sizes give different text
        expect(texts.get('[1,1]') === texts.get('[7,3]'), `${spec.name} ${pass}: [1,1] and [7,3] print the same WGSL`).toBe(false);
      }
    }
  });
});

describe('gpuBounds', () => {
  it('bounds each knob by the axis it tiles', () => {
    for (const spec of SPECS) {
      const cols = Math.ceil(spec.W / spec.sw);
      expect(gpuBounds(spec, 'forward'), spec.name).toEqual({ channels: spec.Co, pixels: spec.Wo, split: 1, workgroup: 256 });
      expect(gpuBounds(spec, 'input-grad'), spec.name).toEqual({ channels: spec.Ci, pixels: cols, split: 1, workgroup: 256 });
      expect(gpuBounds(spec, 'weight-grad'), spec.name).toEqual({ channels: spec.Co, pixels: spec.L, split: spec.Ho, workgroup: 256 });
      expect(gpuBounds(spec, 'weight-update'), spec.name).toEqual({ channels: spec.Co, pixels: spec.L, split: spec.Ho, workgroup: 256 });
      // bias-grad: a tile of output channels per invocation, no pixels
      expect(gpuBounds(spec, 'bias-grad'), spec.name).toEqual({ channels: spec.Co, pixels: 1, split: spec.Ho, workgroup: 256 });
    }
  });
  it('grouped layers: channels within a group, or groups (vector: groups)', () => {
    const g = parseSpec({ name: 'g3', N: 1, Ci: 6, H: 7, W: 8, Co: 9, K: 3, L: 2, groups: 3 });
    expect(gpuBounds(g, 'forward').channels).toBe(3);
    expect(gpuBounds(g, 'input-grad').channels).toBe(2);
    expect(gpuBounds(g, 'forward', { vector: 'groups' }).channels).toBe(3);
    expect(gpuBounds(g, 'weight-grad', { vector: 'groups' }).channels).toBe(3);
  });
});

describe('checkSchedule on gpu schedules', () => {
  // Ci=5 Co=6 H=W=7 K=3 L=2, stride 1, no padding: Ho = 5, Wo = 6
  const spec = SPECS[0]!;
  const OK: GpuSchedule = { kind: 'gpu', workgroup: [8, 8], channels: 1, pixels: 1, split: 1, threads: 1 };
  const refusals: { pass: Pass; schedule: GpuSchedule; message: string }[] = [
    { pass: 'forward', schedule: { ...OK, channels: 0 }, message: 'schedule.channels for forward of g-s1-nchw-relu: got 0; must be an integer in 1..6' },
    { pass: 'input-grad', schedule: { ...OK, channels: 6 }, message: 'schedule.channels for input-grad of g-s1-nchw-relu: got 6; must be an integer in 1..5' },
    { pass: 'forward', schedule: { ...OK, pixels: 7 }, message: 'schedule.pixels for forward of g-s1-nchw-relu: got 7; must be an integer in 1..6' },
    { pass: 'bias-grad', schedule: { ...OK, pixels: 2 }, message: 'schedule.pixels for bias-grad of g-s1-nchw-relu: got 2; must be an integer in 1..1' },
    { pass: 'weight-grad', schedule: { ...OK, split: 0 }, message: 'schedule.split for weight-grad of g-s1-nchw-relu: got 0; must be an integer in 1..5' },
    { pass: 'forward', schedule: { ...OK, split: 2 }, message: 'schedule.split for forward of g-s1-nchw-relu: got 2; must be an integer in 1..1' },
    { pass: 'bias-grad', schedule: { ...OK, split: 6 }, message: 'schedule.split for bias-grad of g-s1-nchw-relu: got 6; must be an integer in 1..5' },
    { pass: 'forward', schedule: { ...OK, workgroup: [0, 1] }, message: 'schedule.workgroup[0] for forward of g-s1-nchw-relu: got 0; must be an integer in 1..256' },
    { pass: 'forward', schedule: { ...OK, workgroup: [1, 0] }, message: 'schedule.workgroup[1] for forward of g-s1-nchw-relu: got 0; must be an integer in 1..256' },
    { pass: 'weight-grad', schedule: { ...OK, workgroup: [32, 16] }, message: 'schedule.workgroup for weight-grad of g-s1-nchw-relu: got [32,16]; at most 256 invocations' },
    { pass: 'forward', schedule: { ...OK, workgroup: [2.5, 1] }, message: 'schedule.workgroup[0] for forward of g-s1-nchw-relu: got 2.5; must be an integer in 1..256' },
    {
      pass: 'forward',
      schedule: { ...OK, workgroup: [8] as unknown as [number, number] },
      message: 'schedule.workgroup for forward of g-s1-nchw-relu: got [8]; must be [x, y]',
    },
    {
      pass: 'input-grad',
      schedule: { ...OK, threads: 2 as unknown as 1 },
      message: 'schedule.threads for input-grad of g-s1-nchw-relu: got 2; must be 1 for gpu schedules',
    },
  ];
  for (const r of refusals) {
    it(`refuses ${JSON.stringify(r.schedule)} for ${r.pass}`, () => {
      let err: unknown;
      try {
        checkSchedule(spec, r.pass, r.schedule);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(RangeError);
      expect((err as Error).message).toBe(r.message);
      // lowering checks the schedule first: generateKernel refuses it with the same message
      expect(() => generateKernel(spec, r.pass, r.schedule as Schedule)).toThrow(r.message);
    });
  }

  it('accepts every bound and [16, 16] workgroups', () => {
    for (const pass of PASSES) {
      const b = gpuBounds(spec, pass);
      expect(() => checkSchedule(spec, pass, { kind: 'gpu', workgroup: [16, 16], channels: b.channels, pixels: b.pixels, split: b.split, threads: 1 })).not.toThrow();
      expect(() => checkSchedule(spec, pass, { kind: 'gpu', workgroup: [256, 1], channels: 1, pixels: 1, split: 1, threads: 1 })).not.toThrow();
      expect(() => checkSchedule(spec, pass, { kind: 'gpu', workgroup: [1, 256], channels: 1, pixels: 1, split: 1, threads: 1 })).not.toThrow();
    }
  });
});

describe('defaultGpuSchedule', () => {
  for (const layout of LAYOUTS) {
    it(`is legal and within gpuBounds for every suite layer and pass (${layout})`, () => {
      const specs = readSpecFile(SUITE_PATH, { layout });
      // every layer of the file is read (and so checked below), in the file's order
      const names = (JSON.parse(readFileSync(SUITE_PATH, 'utf8')) as { layers: { name: string }[] }).layers.map((l) => l.name);
      expect(specs.map((s) => s.name)).toEqual(names);
      for (const spec of [...specs, ...SPECS.map((s) => ({ ...s, layout }))]) {
        for (const pass of PASSES) {
          const s = defaultGpuSchedule(spec, pass);
          const b = gpuBounds(spec, pass, { vector: s.vector });
          const where = `${spec.name} (${layout}) ${pass}: ${JSON.stringify(s)}, bounds ${JSON.stringify(b)}`;
          expect(s.kind, where).toBe('gpu');
          expect(s.threads, where).toBe(1);
          expect(() => checkSchedule(spec, pass, s), where).not.toThrow();
          for (const knob of ['channels', 'pixels', 'split'] as const) {
            expect(Number.isInteger(s[knob]) && s[knob] >= 1 && s[knob] <= b[knob], `${where}: ${knob}`).toBe(true);
          }
          expect(s.workgroup[0] * s.workgroup[1], where).toBeLessThanOrEqual(b.workgroup);
          // a pure function of (spec, pass)
          expect(defaultGpuSchedule(spec, pass), where).toEqual(s);
        }
      }
    });
  }
});
