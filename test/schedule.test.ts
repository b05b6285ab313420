/**
 * Schedules: every value of every knob, for every pass, verified on small shapes (the full
 * tile x unroll grid: it is cheap); checkSchedule's refusals and their messages; the default
 * heuristic stays within bounds.
 */
import { describe, expect, it } from 'vitest';
import {
  checkSchedule, defaultSchedule, describeSchedule, generateKernel, LayerCase, parseSpec, PASSES, readSpecFile,
  scheduleBounds, type LayerInput, type LayerSpec, type Pass, type Schedule,
} from '../src/index.js';
import { report, SUITE_PATH, verifyPass } from './helpers.js';

const base = { N: 2, Ci: 5, Co: 6, H: 7, W: 7, K: 3, L: 2 } as const;
const SMALL: LayerInput[] = [
  { name: 's1-nchw-relu', ...base, stride: 1, act: 'relu', layout: 'nchw' },
  { name: 's2-nhwc-tanh', ...base, stride: 2, act: 'tanh', layout: 'nhwc' },
  { name: 's2-nchw-tanh-pad', ...base, stride: 2, pad: 1, act: 'tanh', layout: 'nchw' },
  { name: 's1-nhwc-relu-same-dil2', ...base, stride: 1, pad: 'same', dilation: 2, act: 'relu', layout: 'nhwc' },
];
const SPECS: LayerSpec[] = SMALL.map((s) => parseSpec(s));

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe.each(SPECS.map((spec) => ({ name: spec.name, spec })))('every schedule of $name', ({ spec }) => {
  const c = new LayerCase(spec, 5);

  it.each([...PASSES])('%s: the full tile x unroll grid verifies', async (pass) => {
    const max = scheduleBounds(spec, pass);
    expect(max.tile).toBeGreaterThan(1);
    expect(max.unroll).toBeGreaterThan(1);
    const failures: string[] = [];
    const seen = { tile: new Set<number>(), unroll: new Set<number>() };
    const texts = new Set<string>();
    for (const tile of range(max.tile))
      for (const unroll of range(max.unroll)) {
        const schedule: Schedule = { tile, unroll };
        const o = await verifyPass(spec, pass, c, schedule);
        if (o.failure) failures.push(o.failure);
        else {
          seen.tile.add(tile);
          seen.unroll.add(unroll);
        }
        if (o.kernel) {
          expect(o.kernel.generated.lowered.schedule).toEqual(schedule);
          texts.add(o.kernel.generated.wat.text);
        }
      }
    expect(failures, report(failures)).toEqual([]);
    expect([...seen.tile].sort((a, b) => a - b)).toEqual(range(max.tile));
    expect([...seen.unroll].sort((a, b) => a - b)).toEqual(range(max.unroll));
    // every schedule is its own kernel (the header names it)
    expect(texts.size).toBe(max.tile * max.unroll);
  });
});

describe('scheduleBounds', () => {
  it('names the axis each knob splits', () => {
    const s = SPECS[1]!; // Ci 5, Co 6, stride 2: Ho = Wo = 3 (K 3, L 2, no pad)
    expect([s.Ho, s.Wo]).toEqual([3, 3]);
    expect(scheduleBounds(s, 'forward')).toEqual({ tile: 6, unroll: 5 });
    expect(scheduleBounds(s, 'input-grad')).toEqual({ tile: 5, unroll: 6 });
    expect(scheduleBounds(s, 'weight-grad')).toEqual({ tile: 6, unroll: 3 });
    expect(scheduleBounds(s, 'bias-grad')).toEqual({ tile: 6, unroll: 3 });
  });
});

describe('checkSchedule', () => {
  const spec = SPECS[0]!;

  it.each([...PASSES])('%s: accepts 1 and the bound for each knob', (pass) => {
    const max = scheduleBounds(spec, pass);
    for (const s of [{ tile: 1, unroll: 1 }, max, { tile: 1, unroll: max.unroll }, { tile: max.tile, unroll: 1 }]) {
      expect(() => checkSchedule(spec, pass, s)).not.toThrow();
    }
  });

  it.each([...PASSES])('%s: rejects 0, negatives, non-integers and values above the bound, naming knob and range', (pass) => {
    const max = scheduleBounds(spec, pass);
    for (const knob of ['tile', 'unroll'] as const) {
      const bad = [0, -1, 1.5, 0.5, NaN, Infinity, max[knob] + 1, max[knob] + 100];
      for (const v of bad) {
        const s: Schedule = { ...defaultSchedule(spec, pass), [knob]: v };
        let err: unknown;
        try {
          checkSchedule(spec, pass, s);
        } catch (e) {
          err = e;
        }
        expect(err, `${pass} ${knob}=${v} was accepted`).toBeInstanceOf(RangeError);
        const msg = (err as Error).message;
        expect(msg).toBe(`schedule.${knob} for ${pass} of ${spec.name}: got ${v}; must be an integer in 1..${max[knob]}`);
        expect(msg).toContain(`schedule.${knob}`);
        expect(msg).toContain(`1..${max[knob]}`);
        // the pipeline refuses it the same way
        expect(() => generateKernel(spec, pass, s)).toThrow(`schedule.${knob} for ${pass} of ${spec.name}: got ${v}`);
      }
    }
  });

  it('rejects a knob of another type', () => {
    const s = { tile: '2', unroll: 1 } as unknown as Schedule;
    expect(() => checkSchedule(spec, 'forward', s)).toThrow(/^schedule\.tile for forward of s1-nchw-relu: got 2; must be an integer in 1\.\.6$/);
  });

  it('describes a schedule on one line', () => {
    expect(describeSchedule({ tile: 3, unroll: 2 })).toBe('tile=3 unroll=2');
  });
});

describe('defaultSchedule', () => {
  const suite = [...readSpecFile(SUITE_PATH), ...readSpecFile(SUITE_PATH, { layout: 'nhwc' })];
  const cases: [string, LayerSpec, Pass][] = [...suite, ...SPECS].flatMap((s) =>
    PASSES.map((p): [string, LayerSpec, Pass] => [`${s.name} (${s.layout})`, s, p]),
  );

  it.each(cases)('%s %s is within bounds', (_name, spec, pass) => {
    const d = defaultSchedule(spec, pass);
    const max = scheduleBounds(spec, pass);
    expect(Number.isInteger(d.tile) && Number.isInteger(d.unroll)).toBe(true);
    expect(d.tile).toBeGreaterThanOrEqual(1);
    expect(d.unroll).toBeGreaterThanOrEqual(1);
    expect(d.tile).toBeLessThanOrEqual(max.tile);
    expect(d.unroll).toBeLessThanOrEqual(max.unroll);
    expect(() => checkSchedule(spec, pass, d)).not.toThrow();
    // what generateKernel uses when no schedule is given
    expect(generateKernel(spec, pass).lowered.schedule).toEqual(d);
  });

  it('is within bounds on the smallest shapes too', () => {
    for (const layer of [
      { Ci: 1, Co: 1, H: 1, W: 1, K: 1, L: 1 },
      { Ci: 1, Co: 1, H: 5, W: 5, K: 5, L: 5 },
      { Ci: 2, Co: 3, H: 9, W: 9, K: 5, L: 1, stride: 3 },
    ]) {
      const spec = parseSpec(layer);
      for (const pass of PASSES) expect(() => checkSchedule(spec, pass, defaultSchedule(spec, pass))).not.toThrow();
    }
  });
});
