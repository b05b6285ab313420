/**
 * Property test: random small valid layers (every stride/pad/dilation form, every activation,
 * both layouts), random legal schedules for half of them, all four passes verified against the
 * float64 reference. Deterministic: fast-check seed 42.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, LAYOUTS, parseSpec, PASSES, scheduleBounds, SpecError,
  type LayerInput, type LayerSpec, type Pass, type PadInput, type Schedule,
} from '../src/index.js';
import { report, verifyLayer } from './helpers.js';

const RUNS = 200;

type PadForm = 'number' | 'pair' | 'quad' | 'valid' | 'same';
const padForm = (p: PadInput): PadForm =>
  typeof p === 'number' ? 'number' : p === 'valid' || p === 'same' ? p : p.length === 2 ? 'pair' : 'quad';

const int = (min: number, max: number) => fc.integer({ min, max });
const pairOr = (min: number, max: number): fc.Arbitrary<number | [number, number]> =>
  fc.oneof(int(min, max), fc.tuple(int(min, max), int(min, max)));

const layerArb: fc.Arbitrary<LayerInput> = fc.record({
  name: fc.constant('prop'),
  N: int(1, 3),
  Ci: int(1, 7),
  Co: int(1, 9),
  H: int(1, 12),
  W: int(1, 12),
  K: int(1, 5),
  L: int(1, 5),
  stride: pairOr(1, 3),
  dilation: pairOr(1, 2),
  pad: fc.oneof(
    int(0, 2),
    fc.tuple(int(0, 3), int(0, 3)),
    fc.tuple(int(0, 3), int(0, 3), int(0, 3), int(0, 3)),
    fc.constant('valid' as const),
    fc.constant('same' as const),
  ) as fc.Arbitrary<PadInput>,
  act: fc.constantFrom(...ACTIVATIONS),
  layout: fc.constantFrom(...LAYOUTS),
});

/** Raw knob draws, mapped into 1..bound once the spec (and so the bound) is known. */
const caseArb = fc.record({
  layer: layerArb,
  randomSchedule: fc.boolean(),
  knobs: fc.tuple(...PASSES.map(() => fc.tuple(fc.nat(), fc.nat()))),
  seed: int(1, 1_000_000),
});

function scheduleFor(spec: LayerSpec, pass: Pass, [a, b]: [number, number]): Schedule {
  const max = scheduleBounds(spec, pass);
  return { tile: 1 + (a % max.tile), unroll: 1 + (b % max.unroll) };
}

/** What the verified specs covered. */
const seen = {
  strides: new Set<number>(),
  strideForms: new Set<string>(),
  dilations: new Set<number>(),
  dilationForms: new Set<string>(),
  padForms: new Set<PadForm>(),
  acts: new Set<string>(),
  layouts: new Set<string>(),
  rectKernels: 0,
  oddChannels: 0,
  asymmetricPads: 0,
  batches: 0,
  singleOutputRowOrCol: 0,
  randomSchedules: 0,
  defaultSchedules: 0,
  tilesWithTail: 0,
};

describe('random small layers', () => {
  it(`verify all four passes on at least ${RUNS} valid specs (seed 42)`, async () => {
    let verified = 0;
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ layer, randomSchedule, knobs, seed }) => {
        let spec: LayerSpec;
        try {
          spec = parseSpec(layer);
        } catch (e) {
          // only generation is filtered: an invalid shape is skipped, any other error fails
          if (e instanceof SpecError) fc.pre(false);
          throw e;
        }
        const schedules: Partial<Record<Pass, Schedule>> = {};
        if (randomSchedule) PASSES.forEach((pass, i) => (schedules[pass] = scheduleFor(spec, pass, knobs[i]!)));
        const { outcomes, failures } = await verifyLayer(spec, { seed, schedules });
        if (failures.length > 0) {
          throw new Error(`layer ${JSON.stringify(layer)}, case seed ${seed}\n${report(failures)}`);
        }
        if (outcomes.length !== 4) throw new Error(`expected 4 passes, got ${outcomes.length}`);

        verified++;
        const s = layer.stride!, d = layer.dilation!, p = layer.pad!;
        [spec.sh, spec.sw].forEach((v) => seen.strides.add(v));
        seen.strideForms.add(typeof s === 'number' ? 'number' : 'pair');
        [spec.dh, spec.dw].forEach((v) => seen.dilations.add(v));
        seen.dilationForms.add(typeof d === 'number' ? 'number' : 'pair');
        seen.padForms.add(padForm(p));
        seen.acts.add(spec.act);
        seen.layouts.add(spec.layout);
        if (spec.K !== spec.L) seen.rectKernels++;
        if (spec.Ci % 4 !== 0 || spec.Co % 4 !== 0) seen.oddChannels++;
        if (spec.pt !== spec.pb || spec.pl !== spec.pr) seen.asymmetricPads++;
        if (spec.N > 1) seen.batches++;
        if (spec.Ho === 1 || spec.Wo === 1) seen.singleOutputRowOrCol++;
        if (randomSchedule) seen.randomSchedules++;
        else seen.defaultSchedules++;
        if (outcomes.some((o) => scheduleBounds(spec, o.pass).tile % o.schedule.tile !== 0)) seen.tilesWithTail++;
      }),
      { seed: 42, numRuns: RUNS },
    );

    expect(verified).toBeGreaterThanOrEqual(RUNS);
    const summary = JSON.stringify(seen, (_, v) => (v instanceof Set ? [...v].sort() : v));
    expect([...seen.strides].sort(), summary).toEqual([1, 2, 3]);
    expect([...seen.strideForms].sort(), summary).toEqual(['number', 'pair']);
    expect(seen.dilations.has(2), summary).toBe(true);
    expect([...seen.dilationForms].sort(), summary).toEqual(['number', 'pair']);
    expect([...seen.padForms].sort(), summary).toEqual(['number', 'pair', 'quad', 'same', 'valid']);
    expect([...seen.acts].sort(), summary).toEqual([...ACTIVATIONS].sort());
    expect([...seen.layouts].sort(), summary).toEqual([...LAYOUTS].sort());
    expect(seen.rectKernels, summary).toBeGreaterThan(0);
    expect(seen.oddChannels, summary).toBeGreaterThan(0);
    expect(seen.asymmetricPads, summary).toBeGreaterThan(0);
    expect(seen.batches, summary).toBeGreaterThan(0);
    expect(seen.singleOutputRowOrCol, summary).toBeGreaterThan(0);
    expect(seen.tilesWithTail, summary).toBeGreaterThan(0);
    // about half random schedules, half default
    expect(seen.randomSchedules, summary).toBeGreaterThanOrEqual(RUNS / 4);
    expect(seen.defaultSchedules, summary).toBeGreaterThanOrEqual(RUNS / 4);
  });
});
