/**
 * Property test: random small valid layers (every stride/pad/dilation form, every activation,
 * both layouts), all four passes verified against the float64 reference; about a third with the
 * default schedule (now and then with fma and threads), a third with random legal scalar schedules,
 * a third with random legal SIMD schedules (random vector kind where legal, random along, random
 * fma), threads 1..3 in the random ones. Deterministic: fast-check seed 42.
 *
 * The property is the numbers: every pass's output against the float64 reference (rel error <=
 * REL_TOLERANCE, no NaN left, red zones intact) and the kernel is the schedule asked for. After
 * fc.assert, what the drawn inputs covered (strides, pad forms, modes, ...) is checked: a claim
 * about the generator's draws, so that a narrowed generator cannot pass unnoticed; it says nothing
 * about how many runs passed (fc.assert throws on the first that fails).
 *
 * fma schedules need relaxed SIMD; on an engine without it, draws with fma are discarded (fc.pre).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, defaultSchedule, LAYOUTS, parseSpec, PASSES, relaxedSimdSupported, REL_TOLERANCE, scalarBounds, simdBounds, SpecError,
  type LayerInput, type LayerSpec, type Pass, type PadInput, type Schedule, type SimdSchedule,
} from '../src/index.js';
import { pixelVectorsRefusal } from '../src/schedule/index.js';
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

type Mode = 'default' | 'scalar' | 'simd';

/** Raw knob draws of one pass, mapped into the legal range once the spec (and so the bounds) is known. */
const knobsArb = fc.record({
  a: fc.nat(),
  b: fc.nat(),
  c: fc.nat(),
  pixels: fc.boolean(),
  alongL: fc.boolean(),
  fma: fc.boolean(),
  threads: int(1, 3),
});
type Knobs = typeof knobsArb extends fc.Arbitrary<infer T> ? T : never;

const caseArb = fc.record({
  layer: layerArb,
  mode: fc.constantFrom<Mode>('default', 'scalar', 'simd'),
  knobs: fc.tuple(...PASSES.map(() => knobsArb)),
  seed: int(1, 1_000_000),
});

/** A legal schedule of the mode's kind for one pass (undefined: generateKernel's own default). */
function scheduleFor(spec: LayerSpec, pass: Pass, mode: Mode, k: Knobs): Schedule | undefined {
  if (mode === 'default') {
    // now and then the default with fma and threads, as compileLayer picks it
    return k.fma || k.threads > 1 ? defaultSchedule(spec, pass, { fma: k.fma, threads: k.threads }) : undefined;
  }
  if (mode === 'scalar') {
    const max = scalarBounds(spec, pass);
    return { kind: 'scalar', tile: 1 + (k.a % max.tile), unroll: 1 + (k.b % max.unroll), threads: k.threads };
  }
  const s: Omit<SimdSchedule, 'vectors' | 'partners' | 'unroll'> = { kind: 'simd', fma: k.fma, threads: k.threads };
  if (pass === 'forward' || pass === 'input-grad' || pass === 'bias-grad') s.vector = k.pixels && pixelVectorsRefusal(spec, pass) === null ? 'pixels' : 'channels';
  if (pass === 'weight-grad' || pass === 'weight-update') s.along = k.alongL ? 'l' : 'ci';
  const max = simdBounds(spec, pass, s);
  return { ...s, vectors: 1 + (k.a % max.vectors), partners: 1 + (k.b % max.partners), unroll: 1 + (k.c % max.unroll) };
}

/** Whether a schedule's tiles leave a tail (the bound is not a multiple of the tile). */
function hasTail(spec: LayerSpec, pass: Pass, s: Schedule): boolean {
  if (s.kind === 'scalar') {
    const max = scalarBounds(spec, pass);
    return max.tile % s.tile !== 0 || max.unroll % s.unroll !== 0;
  }
  if (s.kind === 'gpu') return false;
  const max = simdBounds(spec, pass, s);
  return max.vectors % s.vectors !== 0 || max.partners % s.partners !== 0;
}

/** The engine runs f32x4.relaxed_madd (fma schedules need it). */
const RELAXED = relaxedSimdSupported();

/** What the drawn valid inputs covered (filled by the property's runs, checked after fc.assert). */
const newCoverage = () => ({
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
  modes: { default: 0, scalar: 0, simd: 0 } as Record<Mode, number>,
  /** generateKernel's own default (no schedule given) */
  plainDefaults: 0,
  scalarTilesWithTail: 0,
  simdTilesWithTail: 0,
  /** SIMD vector kinds per pass, `along` values, fma values, thread counts of the random and default schedules */
  vectors: new Set<string>(),
  alongs: new Set<string>(),
  fma: new Set<boolean>(),
  threads: new Set<number>(),
  simdPasses: new Set<Pass>(),
});

describe('random small layers', () => {
  it(`verify all four passes against the reference on ${RUNS} valid specs (seed 42)`, async () => {
    const seen = newCoverage();
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ layer, mode, knobs, seed }) => {
        let spec: LayerSpec;
        try {
          spec = parseSpec(layer);
        } catch (e) {
          // only generation is filtered: an invalid shape is skipped, any other error fails
          if (e instanceof SpecError) fc.pre(false);
          throw e;
        }
        const schedules: Partial<Record<Pass, Schedule>> = {};
        PASSES.forEach((pass, i) => {
          const s = scheduleFor(spec, pass, mode, knobs[i]!);
          if (s) schedules[pass] = s;
        });
        const usesFma = PASSES.some((p) => {
          const s = schedules[p];
          return s?.kind === 'simd' && s.fma;
        });
        if (usesFma && !RELAXED) fc.pre(false);
        const { outcomes, failures } = await verifyLayer(spec, { seed, schedules });
        const where = `layer ${JSON.stringify(layer)}, case seed ${seed}`;
        if (failures.length > 0) throw new Error(`${where}\n${report(failures)}`);
        // the numbers, checked here too (not only inside verifyLayer): each pass against the float64 reference
        expect(outcomes.map((o) => o.pass), where).toEqual([...PASSES]);
        for (const o of outcomes) {
          expect(o.result, `${where} ${o.pass}`).toBeDefined();
          expect(o.result!.problem, `${where} ${o.pass}`).toBeUndefined();
          expect(o.result!.ok, `${where} ${o.pass}`).toBe(true);
          expect(o.result!.relError, `${where} ${o.pass}`).toBeLessThanOrEqual(REL_TOLERANCE);
        }

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
        seen.modes[mode]++;
        for (const o of outcomes) {
          const s = o.schedule;
          if (!schedules[o.pass]) seen.plainDefaults++;
          seen.threads.add(s.threads);
          if (mode !== 'default' && hasTail(spec, o.pass, s)) seen[s.kind === 'scalar' ? 'scalarTilesWithTail' : 'simdTilesWithTail']++;
          if (s.kind === 'simd') {
            seen.simdPasses.add(o.pass);
            seen.fma.add(s.fma);
            if (s.vector) seen.vectors.add(`${o.pass} ${s.vector}`);
            if (s.along) seen.alongs.add(s.along);
          }
          // the kernel is the schedule asked for
          if (o.kernel && schedules[o.pass]) expect(o.kernel.schedule).toEqual(schedules[o.pass]);
        }
      }),
      { seed: 42, numRuns: RUNS },
    );

    // what the drawn inputs covered
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
    expect(seen.scalarTilesWithTail, summary).toBeGreaterThan(0);
    expect(seen.simdTilesWithTail, summary).toBeGreaterThan(0);
    // about a third each: default, random scalar, random SIMD schedules
    for (const mode of ['default', 'scalar', 'simd'] as const) expect(seen.modes[mode], summary).toBeGreaterThanOrEqual(RUNS / 5);
    expect(seen.plainDefaults, summary).toBeGreaterThan(0);
    expect([...seen.simdPasses].sort(), summary).toEqual([...PASSES].sort());
    expect([...seen.vectors].sort(), summary).toEqual(['bias-grad channels', 'bias-grad pixels', 'forward channels', 'forward pixels', 'input-grad channels', 'input-grad pixels']);
    expect([...seen.alongs].sort(), summary).toEqual(['ci', 'l']);
    expect([...seen.fma].sort(), summary).toEqual(RELAXED ? [false, true] : [false]);
    expect([...seen.threads].sort(), summary).toEqual([1, 2, 3]);
  });
});
