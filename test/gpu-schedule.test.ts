/**
 * GPU schedules without a GPU: the GPU lowering (grids of register tiles) also prints as WAT loop
 * nests, so every knob value of a `gpu` schedule is verified on wasm against the float64 reference
 * (generateKernel + BuiltKernel.build via helpers' verifyPass): channels 1..bound, pixels 1..bound,
 * split 1..bound, workgroup x and y in {1, 2, 3, 8, 16} (on wasm the workgroup only shapes the
 * grids; WGSL is tested in webgpu.test.ts), for every pass, on small shapes (both layouts, strides
 * 1 and 2, relu and tanh, several pad forms, dilation 2). Also checkSchedule's refusals of gpu
 * knobs with their exact messages, gpuBounds, and defaultGpuSchedule within bounds on the suite.
 */
import { describe, expect, it } from 'vitest';
import {
  checkSchedule, defaultGpuSchedule, generateKernel, gpuBounds, LayerCase, LAYOUTS, parseSpec, PASSES, readSpecFile,
  type GpuSchedule, type LayerInput, type LayerSpec, type Pass, type Schedule,
} from '../src/index.js';
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
const WORKGROUP_SIDES = [1, 2, 3, 8, 16] as const;

/**
 * The schedules of one pass: from the default, each knob swept alone over its whole range
 * (channels, pixels, split, workgroup x, workgroup y), plus the largest tile in a 16 x 16
 * workgroup and the largest split with the largest tile. Deduplicated, in a fixed order.
 */
function gpuSweep(spec: LayerSpec, pass: Pass): GpuSchedule[] {
  const d = defaultGpuSchedule(spec, pass);
  const b = gpuBounds(spec, pass);
  const out: GpuSchedule[] = [];
  for (const channels of range(b.channels)) out.push({ ...d, channels });
  for (const pixels of range(b.pixels)) out.push({ ...d, pixels });
  for (const split of range(b.split)) out.push({ ...d, split });
  for (const x of WORKGROUP_SIDES) out.push({ ...d, workgroup: [x, d.workgroup[1]] });
  for (const y of WORKGROUP_SIDES) out.push({ ...d, workgroup: [d.workgroup[0], y] });
  out.push({ ...d, channels: b.channels, pixels: b.pixels, workgroup: [16, 16] });
  out.push({ ...d, channels: b.channels, pixels: b.pixels, split: b.split, workgroup: [1, 1] });
  const seen = new Set<string>();
  return out.filter((s) => {
    const key = JSON.stringify(s);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

describe('gpu schedules verified on wasm (the GPU lowering as loop nests)', () => {
  for (const spec of SPECS) {
    for (const pass of PASSES) {
      it(`${spec.name} ${pass}: every knob value`, async () => {
        const c = new LayerCase(spec, 3);
        const b = gpuBounds(spec, pass);
        const schedules = gpuSweep(spec, pass);
        const failures: string[] = [];
        const seen = { channels: new Set<number>(), pixels: new Set<number>(), split: new Set<number>(), x: new Set<number>(), y: new Set<number>() };
        for (const s of schedules) {
          const o = await verifyPass(spec, pass, c, s);
          if (o.failure) {
            failures.push(o.failure);
            continue;
          }
          const problems = watStructureProblems(o.kernel!.generated.wat.text);
          if (problems.length > 0) failures.push(`WAT STRUCTURE ${spec.name} ${pass} schedule: ${JSON.stringify(s)}\n    ${problems.slice(0, 5).join('\n    ')}`);
          expect(o.kernel!.generated.lowered.schedule).toEqual(s);
          seen.channels.add(s.channels);
          seen.pixels.add(s.pixels);
          seen.split.add(s.split);
          seen.x.add(s.workgroup[0]);
          seen.y.add(s.workgroup[1]);
        }
        expect(failures, report(failures)).toEqual([]);
        // every value of every knob was verified at least once
        expect([...seen.channels].sort((p, q) => p - q)).toEqual(range(b.channels));
        expect([...seen.pixels].sort((p, q) => p - q)).toEqual(range(b.pixels));
        expect([...seen.split].sort((p, q) => p - q)).toEqual(range(b.split));
        for (const side of WORKGROUP_SIDES) {
          expect(seen.x.has(side), `workgroup x ${side}`).toBe(true);
          expect(seen.y.has(side), `workgroup y ${side}`).toBe(true);
        }
      });
    }
  }

  it('channels x pixels (and x split where it has one): the full grid of tile shapes, with tails on both axes', async () => {
    const failures: string[] = [];
    let n = 0;
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
              const s: GpuSchedule = { ...d, channels, pixels, split, workgroup: [1 + ((channels + pixels) % 16), 1 + ((channels * pixels) % 16)] };
              const o = await verifyPass(spec, pass, c, s);
              n++;
              if (o.failure) failures.push(o.failure);
            }
      }
    }
    expect(failures, report(failures)).toEqual([]);
    expect(n).toBeGreaterThan(300);
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

describe('gpuBounds', () => {
  it('bounds each knob by the axis it tiles', () => {
    for (const spec of SPECS) {
      const cols = Math.ceil(spec.W / spec.sw);
      expect(gpuBounds(spec, 'forward'), spec.name).toEqual({ channels: spec.Co, pixels: spec.Wo, split: 1, workgroup: 256 });
      expect(gpuBounds(spec, 'input-grad'), spec.name).toEqual({ channels: spec.Ci, pixels: cols, split: 1, workgroup: 256 });
      expect(gpuBounds(spec, 'weight-grad'), spec.name).toEqual({ channels: spec.Co, pixels: spec.L, split: spec.Ho, workgroup: 256 });
      expect(gpuBounds(spec, 'bias-grad'), spec.name).toEqual({ channels: 1, pixels: 1, split: spec.Ho, workgroup: 256 });
    }
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
      expect(specs.length).toBeGreaterThanOrEqual(8);
      for (const spec of [...specs, ...SPECS.map((s) => ({ ...s, layout }))]) {
        for (const pass of PASSES) {
          const s = defaultGpuSchedule(spec, pass);
          const b = gpuBounds(spec, pass);
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
