/**
 * Schedules: every value of every knob, for every pass and both kinds, verified on small shapes
 * (scalar: the full tile x unroll grid; simd: the full vectors x partners grid of each vector kind /
 * `along`, unroll swept, fma both ways; threads 1, 2, 3 throughout, and more threads than a parallel
 * loop has iterations); checkSchedule's refusals and their messages; the bounds; the default
 * heuristic stays within bounds.
 *
 * fma schedules (f32x4.relaxed_madd) need an engine with relaxed SIMD: their runs are separate
 * tests, skipped (with that reason in their titles) on an engine without it; their text is
 * checked everywhere.
 */
import { describe, expect, it } from 'vitest';
import {
  checkSchedule, defaultSchedule, describeSchedule, generateKernel, LayerCase, MAX_THREADS, parseSpec, PASSES, readSpecFile,
  relaxedSimdSupported, scalarBounds, simdBounds, type LayerInput, type LayerSpec, type Pass, type ScalarSchedule, type Schedule,
  type SimdSchedule,
} from '../src/index.js';
import { BODY_BUDGET, KNOBS, MAX_UNROLL, pixelVectorsRefusal, REGISTER_BUDGET } from '../src/schedule/index.js';
import { report, SUITE_PATH, verifyPass } from './helpers.js';

const base = { N: 2, Ci: 5, Co: 6, H: 7, W: 7, K: 3, L: 2 } as const;
const SMALL: LayerInput[] = [
  { name: 's1-nchw-relu', ...base, stride: 1, act: 'relu', layout: 'nchw' },
  { name: 's2-nhwc-tanh', ...base, stride: 2, act: 'tanh', layout: 'nhwc' },
  { name: 's2-nchw-tanh-pad', ...base, stride: 2, pad: 1, act: 'tanh', layout: 'nchw' },
  { name: 's1-nhwc-relu-same-dil2', ...base, stride: 1, pad: 'same', dilation: 2, act: 'relu', layout: 'nhwc' },
  // grouped: 2 groups (nchw), and depthwise (nhwc: groups in the lanes)
  { name: 'g2-nchw-sigmoid', N: 2, Ci: 4, Co: 6, H: 6, W: 7, K: 3, L: 2, stride: [1, 2], pad: 1, groups: 2, act: 'sigmoid', layout: 'nchw' },
  { name: 'dw-nhwc-relu', N: 1, Ci: 8, Co: 8, H: 6, W: 7, K: 3, L: 3, pad: 1, groups: 8, act: 'relu', layout: 'nhwc' },
];
const SPECS: LayerSpec[] = SMALL.map((s) => parseSpec(s));

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const sorted = (s: Iterable<number>) => [...s].sort((a, b) => a - b);
/** threads 1, 2, 3 in turn over a sweep */
const threadsAt = (i: number) => 1 + (i % 3);
/** the unroll values swept: 1..12 and the bound */
const unrollSweep = (max: number) => [...new Set([...range(Math.min(max, 12)), max])];

type VectorKind = NonNullable<SimdSchedule['vector']>;
type Along = NonNullable<SimdSchedule['along']>;

/**
 * The SIMD variants of a pass on a spec, derived from the knob descriptors: every legal value of
 * each choice knob that changes what the others count (`vector`, `along`).
 */
function simdVariants(spec: LayerSpec, pass: Pass): { label: string; vector?: VectorKind; along?: Along }[] {
  const ctx = { spec, pass, s: { kind: 'simd' as const } };
  const vectors = (KNOBS.find((k) => k.name === 'vector')!.values(ctx) as unknown as { values: VectorKind[] }).values;
  const alongs = KNOBS.find((k) => k.name === 'along')!.values(ctx) as unknown as { values: Along[] } | null;
  return vectors.flatMap((vector) =>
    (alongs?.values ?? [undefined]).map((along) => ({
      label: [vector !== 'channels' ? `vector=${vector}` : '', along ? `along=${along}` : ''].filter(Boolean).join(' ') || 'vector=channels',
      ...(vector !== 'channels' ? { vector } : {}),
      ...(along ? { along } : {}),
    })),
  );
}

/** The default schedule's knobs in one SIMD variant (vectors and partners clamped to its bounds), fma off, 1 thread. */
function variantDefault(spec: LayerSpec, pass: Pass, variant: { vector?: VectorKind; along?: Along }): SimdSchedule {
  const max = simdBounds(spec, pass, variant);
  const d = defaultSchedule(spec, pass);
  if (d.kind !== 'simd') throw new Error(`the default schedule of ${spec.name} ${pass} is not simd: ${JSON.stringify(d)}`);
  const s: SimdSchedule = {
    kind: 'simd',
    vectors: Math.min(d.vectors, max.vectors),
    partners: Math.min(d.partners, max.partners),
    unroll: Math.min(d.unroll, max.unroll),
    fma: false,
    threads: 1,
  };
  if (variant.vector) s.vector = variant.vector;
  if (variant.along) s.along = variant.along;
  return s;
}

/**
 * The schedules of one SIMD variant: the full vectors x partners grid at unroll 1, 2 and the bound
 * (it is cheap), and the unroll sweep 1..12 plus the bound at the default's vectors and partners;
 * each schedule with fma false and true, threads 1, 2, 3 in turn.
 */
function simdSweep(spec: LayerSpec, pass: Pass, variant: { vector?: VectorKind; along?: Along }): SimdSchedule[] {
  const max = simdBounds(spec, pass, variant);
  const d = variantDefault(spec, pass, variant);
  const knobs: { vectors: number; partners: number; unroll: number }[] = [];
  for (const unroll of new Set([1, Math.min(2, max.unroll), max.unroll]))
    for (const vectors of range(max.vectors)) for (const partners of range(max.partners)) knobs.push({ vectors, partners, unroll });
  for (const unroll of unrollSweep(max.unroll)) knobs.push({ vectors: d.vectors, partners: d.partners, unroll });
  const out: SimdSchedule[] = knobs.flatMap((k, i) => [false, true].map((fma) => ({ ...d, ...k, fma, threads: threadsAt(i + (fma ? 1 : 0)) })));
  // every legal border staging (from the descriptor) at threads 1, 2 and 3
  for (const threads of [1, 2, 3]) {
    const borders = KNOBS.find((k) => k.name === 'border')!.values({ spec, pass, s: { kind: 'simd', vector: d.vector, threads } }) as { values: ('copy' | 'regions')[] } | null;
    for (const border of borders?.values ?? []) out.push({ ...d, border, fma: threads === 3, threads });
  }
  // the weight gradients' chunks of rows: every legal value (from the descriptor) at threads 1, 2 and 3
  for (const threads of [1, 2, 3]) {
    const rows = KNOBS.find((k) => k.name === 'rows')!.values({ spec, pass, s: { kind: 'simd', threads } }) as { values: number[] } | null;
    for (const r of rows?.values ?? []) out.push({ ...d, rows: r, fma: threads === 2, threads });
  }
  return out;
}

/** Whether this engine runs f32x4.relaxed_madd: the runs of fma schedules need it. */
const RELAXED = relaxedSimdSupported();
const NEEDS_RELAXED = RELAXED ? '' : ' [skipped: this engine has no relaxed SIMD]';

describe('fma in the text', () => {
  it.each(SPECS.map((spec) => ({ name: spec.name, spec })))('$name: fma schedules emit f32x4.relaxed_madd(x, w, acc) for every acc + x * w, others a mul then an add', ({ spec }) => {
    for (const pass of PASSES)
      for (const variant of simdVariants(spec, pass)) {
        const d = variantDefault(spec, pass, variant);
        const where = `${spec.name} ${pass} ${variant.label}`;
        const plain = generateKernel(spec, pass, { ...d, fma: false }).text;
        const fused = generateKernel(spec, pass, { ...d, fma: true }).text;
        expect(plain, where).not.toContain('relaxed_madd');
        if (pass === 'bias-grad') {
          // a sum of products of dy and sigma'(y) with no accumulator to fuse into: fma changes only the header
          expect(fused, where).not.toContain('relaxed_madd');
          continue;
        }
        expect(fused, where).toContain('f32x4.relaxed_madd');
        // exactly: every acc + x * w of the plain kernel becomes relaxed_madd(x, w, acc), nothing else changes but the header
        const expected = plain
          .replace(`schedule: ${JSON.stringify({ ...d, fma: false })}`, `schedule: ${JSON.stringify({ ...d, fma: true })}`)
          .replace(/\(f32x4\.add (\(local\.get \$\w+\)) \(f32x4\.mul (\(local\.get \$\w+\)) (\(local\.get \$\w+\))\)\)/g, '(f32x4.relaxed_madd $2 $3 $1)');
        expect(fused === expected, `${where}: the fma kernel is not the plain one with relaxed_madd for mul+add`).toBe(true);
      }
  });
});

describe.each(SPECS.map((spec) => ({ name: spec.name, spec })))('every schedule of $name', ({ spec }) => {
  const c = new LayerCase(spec, 5);

  it.each([...PASSES])('%s: scalar, every tile x unroll 1..12 and the bound verifies (threads 1, 2, 3)', async (pass) => {
    const max = scalarBounds(spec, pass);
    if (spec.groups === 1) expect(max.tile).toBeGreaterThan(1);
    expect(max.unroll).toBeGreaterThan(1);
    const failures: string[] = [];
    const seen = { tile: new Set<number>(), unroll: new Set<number>(), threads: new Set<number>() };
    const texts = new Set<string>();
    let i = 0;
    for (const tile of range(max.tile))
      for (const unroll of unrollSweep(max.unroll)) {
        const schedule: ScalarSchedule = { kind: 'scalar', tile, unroll, threads: threadsAt(i++) };
        const o = await verifyPass(spec, pass, c, schedule);
        if (o.failure) failures.push(o.failure);
        else {
          seen.tile.add(tile);
          seen.unroll.add(unroll);
          seen.threads.add(schedule.threads);
        }
        if (o.kernel) {
          expect(o.kernel.schedule).toEqual(schedule);
          texts.add(o.kernel.artifact.text);
        }
      }
    expect(failures, report(failures)).toEqual([]);
    expect(sorted(seen.tile)).toEqual(range(max.tile));
    expect(sorted(seen.unroll)).toEqual(unrollSweep(max.unroll));
    expect(sorted(seen.threads)).toEqual([1, 2, 3]);
    // every schedule is its own kernel (the header names it)
    expect(texts.size).toBe(max.tile * unrollSweep(max.unroll).length);
  });

  describe.each([...PASSES])('%s: simd', (pass) => {
    const sweep = (fma: boolean) => async (variant: { vector?: VectorKind; along?: Along }) => {
      const max = simdBounds(spec, pass, variant);
      const schedules = simdSweep(spec, pass, variant).filter((s) => s.fma === fma);
      const failures: string[] = [];
      const seen = { vectors: new Set<number>(), partners: new Set<number>(), unroll: new Set<number>(), threads: new Set<number>(), fma: new Set<boolean>() };
      for (const schedule of schedules) {
        const o = await verifyPass(spec, pass, c, schedule);
        if (o.failure) failures.push(o.failure);
        else {
          seen.vectors.add(schedule.vectors);
          seen.partners.add(schedule.partners);
          seen.unroll.add(schedule.unroll);
          seen.threads.add(schedule.threads);
          seen.fma.add(schedule.fma);
        }
        if (o.kernel) {
          expect(o.kernel.schedule).toEqual(schedule);
          expect(o.kernel.artifact.lowered.fma).toBe(schedule.fma);
          // fma is the fused multiply-add of relaxed SIMD; without it a multiply, then an add
          expect(o.kernel.artifact.text.includes('f32x4.relaxed_madd'), `${pass} ${JSON.stringify(schedule)}`).toBe(schedule.fma && pass !== 'bias-grad');
        }
      }
      expect(failures, report(failures)).toEqual([]);
      expect(sorted(seen.vectors)).toEqual(range(max.vectors));
      expect(sorted(seen.partners)).toEqual(range(max.partners));
      expect(sorted(seen.unroll)).toEqual(unrollSweep(max.unroll));
      expect(sorted(seen.threads)).toEqual([1, 2, 3]);
      expect([...seen.fma]).toEqual([fma]);
    };
    const title = '$label: every vectors x partners x unroll (1, 2, bound), unroll 1..12 and the bound, verify';
    it.each(simdVariants(spec, pass))(`${title}, fma off`, sweep(false));
    it.skipIf(!RELAXED).each(simdVariants(spec, pass))(`${title}, fma on${NEEDS_RELAXED}`, sweep(true));
  });
});

describe('more threads than a parallel loop has iterations', () => {
  // Ho = 2 (forward, weight-grad simd, bias-grad scalar split rows), H = 4 (input-grad phase rows),
  // Ci = 2 (weight-grad scalar splits input channels), Co = 3 (bias-grad simd splits channels)
  const layers = (['nchw', 'nhwc'] as const).map((layout) =>
    parseSpec({ name: `ho2-${layout}`, N: 2, Ci: 2, Co: 3, H: 4, W: 6, K: 3, L: 3, act: 'tanh', layout }),
  );

  /** threads 5 and 16, scalar and every SIMD variant: the fma ones (threads 5) or the others */
  const run = (fma: boolean) => async ({ spec }: { spec: LayerSpec }) => {
    expect([spec.Ho, spec.Wo]).toEqual([2, 4]);
    const c = new LayerCase(spec, 9);
    const failures: string[] = [];
    for (const pass of PASSES)
      for (const threads of [5, MAX_THREADS]) {
        const schedules: Schedule[] = [
          { kind: 'scalar', tile: 2, unroll: 2, threads },
          ...simdVariants(spec, pass).map((v) => ({ ...variantDefault(spec, pass, v), fma: threads === 5, threads })),
        ];
        for (const schedule of schedules.filter((s) => (s.kind === 'simd' && s.fma) === fma)) {
          const o = await verifyPass(spec, pass, c, schedule);
          if (o.failure) failures.push(o.failure);
        }
      }
    expect(failures, report(failures)).toEqual([]);
  };
  const cases = layers.map((spec) => ({ name: spec.name, spec }));
  it.each(cases)('$name: threads 5 and 16 verify for every pass and kind, without fma', run(false));
  it.skipIf(!RELAXED).each(cases)(`$name: threads 5 (fma SIMD schedules) verify for every pass${NEEDS_RELAXED}`, run(true));
});

describe('bounds', () => {
  it('name the axis each knob splits, from the knob descriptors (registers, body size, reduction)', () => {
    const s = SPECS[1]!; // Ci 5, Co 6, stride 2: Ho = Wo = 3 (K 3, L 2, no pad), nhwc
    expect([s.Ho, s.Wo]).toEqual([3, 3]);
    // scalar: tile over the write-side channels; unroll up to MAX_UNROLL steps
    expect(scalarBounds(s, 'forward')).toEqual({ tile: 6, unroll: MAX_UNROLL });
    expect(scalarBounds(s, 'input-grad')).toEqual({ tile: 5, unroll: MAX_UNROLL });
    expect(scalarBounds(s, 'weight-grad')).toEqual({ tile: 6, unroll: MAX_UNROLL });
    expect(scalarBounds(s, 'weight-update')).toEqual({ tile: 6, unroll: MAX_UNROLL });
    expect(scalarBounds(s, 'bias-grad')).toEqual({ tile: 6, unroll: MAX_UNROLL });
    // forward: vectors of 4 output channels (or 4 output columns), partners the other
    expect(simdBounds(s, 'forward')).toEqual({ vectors: 2, partners: 3, unroll: MAX_UNROLL });
    expect(simdBounds(s, 'forward', { vector: 'pixels' })).toEqual({ vectors: 1, partners: 6, unroll: MAX_UNROLL });
    // input-grad: ceil(W / sw) = 4 input columns per stride phase
    expect(simdBounds(s, 'input-grad')).toEqual({ vectors: 2, partners: 4, unroll: MAX_UNROLL });
    expect(simdBounds(s, 'input-grad', { vector: 'pixels' })).toEqual({ vectors: 1, partners: 5, unroll: MAX_UNROLL });
    // weight gradients: vectors of output channels, partners input channels or kernel columns
    for (const pass of ['weight-grad', 'weight-update'] as const) {
      expect(simdBounds(s, pass, { along: 'ci' })).toEqual({ vectors: 2, partners: 5, unroll: MAX_UNROLL });
      expect(simdBounds(s, pass, { along: 'l' })).toEqual({ vectors: 2, partners: 2, unroll: MAX_UNROLL });
    }
    expect(simdBounds(s, 'bias-grad')).toEqual({ vectors: 2, partners: 1, unroll: MAX_UNROLL });
    // the register budget caps partners given vectors, the body budget caps unroll given the tile
    const wide = parseSpec({ N: 1, Ci: 64, H: 60, W: 60, Co: 256, K: 3, L: 3 });
    expect(simdBounds(wide, 'forward').vectors).toBe(REGISTER_BUDGET);
    const ctx = { spec: wide, pass: 'forward' as const, s: { kind: 'simd' as const, vectors: 8 } };
    expect(KNOBS.find((k) => k.name === 'partners')!.values(ctx)).toEqual({ type: 'int', min: 1, max: REGISTER_BUDGET / 8 });
    const body = { ...ctx, s: { ...ctx.s, partners: 4 } };
    expect(KNOBS.find((k) => k.name === 'unroll')!.values(body)).toEqual({ type: 'int', min: 1, max: BODY_BUDGET / 32 });
  });

  it('pixel vectors: nchw forward with width stride 1 or 2, nchw input-grad and bias-grad', () => {
    const [s1nchw, s2nhwc, s2nchw, s1nhwc] = SPECS as [LayerSpec, LayerSpec, LayerSpec, LayerSpec];
    expect(pixelVectorsRefusal(s1nchw, 'forward')).toBeNull();
    expect(pixelVectorsRefusal(s1nchw, 'input-grad')).toBeNull();
    expect(pixelVectorsRefusal(s2nchw, 'input-grad')).toBeNull();
    expect(pixelVectorsRefusal(s2nchw, 'forward')).toBeNull();
    expect(pixelVectorsRefusal(s1nchw, 'bias-grad')).toBeNull();
    const s3 = parseSpec({ N: 1, Ci: 2, H: 9, W: 9, Co: 2, K: 3, L: 3, stride: 3 });
    expect(pixelVectorsRefusal(s3, 'forward')).toMatch(/stride 1 or 2/);
    for (const s of [s2nhwc, s1nhwc]) for (const p of ['forward', 'input-grad', 'bias-grad'] as const) expect(pixelVectorsRefusal(s, p)).toMatch(/nchw/);
    for (const p of ['weight-grad', 'weight-update'] as const) expect(pixelVectorsRefusal(s1nchw, p)).not.toBeNull();
  });
});

/** The error checkSchedule throws, or undefined when it accepts the schedule. */
function refusal(spec: LayerSpec, pass: Pass, s: unknown): Error | undefined {
  try {
    checkSchedule(spec, pass, s as Schedule);
  } catch (e) {
    return e as Error;
  }
  return undefined;
}

describe('checkSchedule', () => {
  const spec = SPECS[0]!; // nchw, stride 1: pixel vectors legal in forward and input-grad
  const nhwc = SPECS[1]!;
  const name = spec.name;

  /** Every kind of schedule of a pass with its knobs' bounds. */
  const kinds = (s: LayerSpec, pass: Pass): { label: string; schedule: Schedule; max: Record<string, number> }[] => [
    { label: 'scalar', schedule: { kind: 'scalar', tile: 1, unroll: 1, threads: 1 }, max: { ...scalarBounds(s, pass), threads: MAX_THREADS } },
    ...simdVariants(s, pass).map((v) => {
      const schedule: SimdSchedule = { kind: 'simd', vectors: 1, partners: 1, unroll: 1, fma: false, threads: 1 };
      if (v.vector) schedule.vector = v.vector;
      if (v.along) schedule.along = v.along;
      return { label: `simd ${v.label}`, schedule, max: { ...simdBounds(s, pass, v), threads: MAX_THREADS } };
    }),
  ];

  it.each([...PASSES])('%s: accepts 1 and the bound of each knob, alone and together, for every kind', (pass) => {
    for (const { label, schedule, max } of kinds(spec, pass)) {
      const all = { ...schedule, ...max } as Schedule;
      expect(refusal(spec, pass, schedule), `${label} all 1`).toBeUndefined();
      expect(refusal(spec, pass, all), `${label} all at the bound`).toBeUndefined();
      for (const knob of Object.keys(max)) {
        expect(refusal(spec, pass, { ...schedule, [knob]: max[knob] }), `${label} ${knob} at the bound`).toBeUndefined();
        expect(refusal(spec, pass, { ...all, [knob]: 1 }), `${label} ${knob} 1, others at the bound`).toBeUndefined();
      }
      if (schedule.kind === 'simd') expect(refusal(spec, pass, { ...schedule, fma: true }), `${label} fma`).toBeUndefined();
    }
  });

  it.each([...PASSES])('%s: rejects 0, negatives, non-integers and values above the bound, naming knob and range', (pass) => {
    for (const { label, schedule, max } of kinds(spec, pass)) {
      for (const knob of Object.keys(max)) {
        const bound = max[knob]!;
        for (const v of [0, -1, 0.5, 1.5, NaN, Infinity, -Infinity, bound + 1, bound + 100]) {
          const s = { ...schedule, [knob]: v } as Schedule;
          const err = refusal(spec, pass, s);
          expect(err, `${pass} ${label} ${knob}=${v} was accepted`).toBeInstanceOf(RangeError);
          const msg = `schedule.${knob} for ${pass} of ${name}: got ${v}; must be an integer in 1..${bound}`;
          expect(err!.message).toBe(msg);
          // the pipeline refuses it the same way
          expect(() => generateKernel(spec, pass, s)).toThrow(msg);
        }
      }
    }
  });

  it('rejects a knob of another type', () => {
    const s = { kind: 'scalar', tile: '2', unroll: 1, threads: 1 } as unknown as Schedule;
    expect(() => checkSchedule(spec, 'forward', s)).toThrow(/^schedule\.tile for forward of s1-nchw-relu: got 2; must be an integer in 1\.\.6$/);
    const t = { kind: 'simd', vectors: 1, partners: 1, unroll: 1, fma: false, threads: '2' } as unknown as Schedule;
    expect(() => checkSchedule(spec, 'forward', t)).toThrow(/^schedule\.threads for forward of s1-nchw-relu: got 2; must be an integer in 1\.\.16$/);
  });

  it('threads: 1..16', () => {
    for (const pass of PASSES)
      for (const threads of [0, 17]) {
        for (const { schedule } of kinds(spec, pass)) {
          expect(refusal(spec, pass, { ...schedule, threads })?.message).toBe(
            `schedule.threads for ${pass} of ${name}: got ${threads}; must be an integer in 1..16`,
          );
        }
        // missing altogether
        const { threads: _, ...none } = defaultSchedule(spec, pass);
        expect(refusal(spec, pass, none)?.message).toBe(`schedule.threads for ${pass} of ${name}: got undefined; must be an integer in 1..16`);
      }
  });

  it('kind: "scalar", "simd" or "gpu"', () => {
    for (const pass of PASSES) {
      const err = refusal(spec, pass, { kind: 'bogus', vectors: 1, partners: 1, unroll: 1, fma: false, threads: 1 });
      expect(err).toBeInstanceOf(RangeError);
      expect(err!.message).toBe(`schedule.kind for ${pass} of ${name}: got "bogus"; must be "scalar", "simd" or "gpu"`);
      expect(refusal(spec, pass, { tile: 1, unroll: 1, threads: 1 })?.message).toBe(
        `schedule.kind for ${pass} of ${name}: got undefined; must be "scalar", "simd" or "gpu"`,
      );
    }
  });

  it('along: required on weight-grad simd ("ci" or "l"), refused elsewhere', () => {
    const simd = { kind: 'simd', vectors: 1, partners: 1, unroll: 1, fma: false, threads: 1 } as const;
    for (const pass of ['forward', 'input-grad', 'bias-grad'] as const)
      for (const along of ['ci', 'l']) {
        const err = refusal(spec, pass, { ...simd, along });
        expect(err).toBeInstanceOf(RangeError);
        expect(err!.message).toBe(`schedule.along for ${pass} of ${name}: got "${along}"; only weight-grad and weight-update have this knob`);
      }
    expect(refusal(spec, 'weight-grad', simd)?.message).toBe(`schedule.along for weight-grad of ${name}: got undefined; must be "ci" or "l"`);
    expect(refusal(spec, 'weight-grad', { ...simd, along: 'k' })?.message).toBe(`schedule.along for weight-grad of ${name}: got "k"; must be "ci" or "l"`);
    expect(refusal(spec, 'weight-grad', { ...simd, along: 'l' })).toBeUndefined();
    // a scalar schedule has no along to check
    expect(refusal(spec, 'weight-grad', { kind: 'scalar', tile: 1, unroll: 1, threads: 1 })).toBeUndefined();
    expect(() => generateKernel(spec, 'weight-grad', simd as unknown as Schedule)).toThrow(/schedule\.along for weight-grad/);
    expect(refusal(spec, 'weight-update', simd)?.message).toBe(`schedule.along for weight-update of ${name}: got undefined; must be "ci" or "l"`);
    expect(refusal(spec, 'weight-update', { ...simd, along: 'ci' })).toBeUndefined();
  });

  it('vector: "pixels" only where neighbouring pixels are neighbours in memory, saying why', () => {
    const simd = { kind: 'simd', vector: 'pixels', vectors: 1, partners: 1, unroll: 1, fma: false, threads: 1 } as const;
    for (const pass of ['forward', 'input-grad'] as const) {
      const err = refusal(nhwc, pass, simd);
      expect(err).toBeInstanceOf(RangeError);
      expect(err!.message).toBe(`schedule.vector for ${pass} of ${nhwc.name}: got "pixels"; needs layout nchw (neighbouring pixels are Ci apart in nhwc)`);
      expect(() => generateKernel(nhwc, pass, simd)).toThrow(err!.message);
      expect(refusal(spec, pass, simd)).toBeUndefined();
    }
    // stride 2 reads every other element of 8 (two loads, shuffled); stride 3 is refused
    const s2nchw = SPECS[2]!;
    expect(refusal(s2nchw, 'forward', simd)).toBeUndefined();
    const s3 = parseSpec({ name: 's3', N: 1, Ci: 2, H: 9, W: 9, Co: 2, K: 3, L: 3, stride: 3 });
    expect(refusal(s3, 'forward', simd)?.message).toBe(`schedule.vector for forward of s3: got "pixels"; needs stride 1 or 2 along the width in forward`);
    expect(refusal(s2nchw, 'input-grad', simd)).toBeUndefined();
    // bias-grad: 4 neighbouring terms of a channel's sum (nchw)
    expect(refusal(spec, 'bias-grad', simd)).toBeUndefined();
    expect(refusal(nhwc, 'bias-grad', simd)?.message).toBe(`schedule.vector for bias-grad of ${nhwc.name}: got "pixels"; needs layout nchw (neighbouring pixels are Ci apart in nhwc)`);
    for (const pass of ['weight-grad', 'weight-update'] as const)
      expect(refusal(spec, pass, { ...simd, along: 'ci' })?.message).toBe(
        `schedule.vector for ${pass} of ${name}: got "pixels"; only forward, input-grad and bias-grad have this knob value`,
      );
    expect(refusal(spec, 'forward', { ...simd, vector: 'rows' })?.message).toBe(`schedule.vector for forward of ${name}: got "rows"; must be "channels", "pixels" or "groups"`);
    // groups: only grouped layers, and in simd lanes only where one channel per group is summed
    expect(refusal(spec, 'forward', { ...simd, vector: 'groups' })?.message).toBe(`schedule.vector for forward of ${name}: got "groups"; needs groups > 1`);
    const g2 = parseSpec({ name: 'g2', N: 1, Ci: 4, H: 5, W: 5, Co: 4, K: 3, L: 3, groups: 2 });
    expect(refusal(g2, 'forward', { ...simd, vector: 'groups' })?.message).toBe(`schedule.vector for forward of g2: got "groups"; needs one input channel per group (depthwise); Ci/G = 2`);
    const dw = parseSpec({ name: 'dw', N: 1, Ci: 4, H: 5, W: 5, Co: 4, K: 3, L: 3, groups: 4 });
    for (const pass of ['forward', 'input-grad'] as const) expect(refusal(dw, pass, { ...simd, vector: 'groups' })).toBeUndefined();
  });

  it('fma: true or false', () => {
    for (const pass of PASSES)
      for (const { label, schedule } of kinds(spec, pass).filter((k) => k.schedule.kind === 'simd')) {
        for (const fma of ['yes', 1, undefined]) {
          const err = refusal(spec, pass, { ...schedule, fma });
          expect(err, `${pass} ${label} fma=${String(fma)}`).toBeInstanceOf(RangeError);
          expect(err!.message).toBe(`schedule.fma for ${pass} of ${name}: got ${String(fma)}; must be true or false`);
        }
        expect(() => generateKernel(spec, pass, { ...schedule, fma: 'yes' } as unknown as Schedule)).toThrow(`schedule.fma for ${pass} of ${name}: got yes`);
      }
  });

  it('describes a schedule on one line', () => {
    expect(describeSchedule({ kind: 'scalar', tile: 3, unroll: 2, threads: 1 })).toBe('scalar tile=3 unroll=2');
    expect(describeSchedule({ kind: 'scalar', tile: 3, unroll: 2, threads: 4 })).toBe('scalar tile=3 unroll=2 threads=4');
    expect(describeSchedule({ kind: 'simd', vector: 'channels', vectors: 2, partners: 4, unroll: 1, fma: false, threads: 1 })).toBe('simd 2x4 unroll=1');
    expect(describeSchedule({ kind: 'simd', vector: 'pixels', vectors: 2, partners: 4, unroll: 3, fma: true, threads: 2 })).toBe('simd px 2x4 unroll=3 fma threads=2');
    expect(describeSchedule({ kind: 'simd', vectors: 1, partners: 5, unroll: 2, fma: true, along: 'l', threads: 1 })).toBe('simd 1x5 along=l unroll=2 fma');
  });
});

describe('defaultSchedule', () => {
  const suite = [...readSpecFile(SUITE_PATH), ...readSpecFile(SUITE_PATH, { layout: 'nhwc' })];
  const cases: [string, LayerSpec, Pass][] = [...suite, ...SPECS].flatMap((s) =>
    PASSES.map((p): [string, LayerSpec, Pass] => [`${s.name} (${s.layout})`, s, p]),
  );

  it.each(cases)('%s %s is within bounds, with and without fma and threads', (_name, spec, pass) => {
    const d = defaultSchedule(spec, pass);
    expect(() => checkSchedule(spec, pass, d)).not.toThrow();
    expect(d.threads).toBe(1);
    if (d.kind === 'simd') expect(d.fma).toBe(false);
    expect(defaultSchedule(spec, pass, { fma: false, threads: 1 })).toEqual(d);
    // what generateKernel (and compile) use when no schedule is given: fma when the engine has relaxed SIMD
    expect(generateKernel(spec, pass).schedule).toEqual(defaultSchedule(spec, pass, { fma: relaxedSimdSupported(), threads: 1 }));
    expect(generateKernel(spec, pass, { fma: false }).schedule).toEqual(d);
    for (const fma of [false, true])
      for (const threads of [1, 2, 3, MAX_THREADS]) {
        const s = defaultSchedule(spec, pass, { fma, threads });
        expect(() => checkSchedule(spec, pass, s), `${JSON.stringify({ fma, threads })}`).not.toThrow();
        expect(s.threads).toBe(threads);
        if (s.kind === 'simd') expect(s.fma).toBe(fma);
        // fma and threads change nothing else
        expect({ ...s, threads: 1, ...(s.kind === 'simd' ? { fma: false } : {}) }).toEqual(d);
        const max = s.kind === 'scalar' ? scalarBounds(spec, pass) : simdBounds(spec, pass, s);
        for (const [knob, bound] of Object.entries(max)) {
          const v = (s as unknown as Record<string, number>)[knob]!;
          expect(Number.isInteger(v) && v >= 1 && v <= bound, `${knob}=${v} not in 1..${bound}`).toBe(true);
        }
      }
  });

  it('is within bounds on the smallest shapes too', () => {
    for (const layer of [
      { Ci: 1, Co: 1, H: 1, W: 1, K: 1, L: 1 },
      { Ci: 1, Co: 1, H: 5, W: 5, K: 5, L: 5 },
      { Ci: 2, Co: 3, H: 9, W: 9, K: 5, L: 1, stride: 3 },
      { Ci: 3, Co: 2, H: 6, W: 6, K: 2, L: 3, stride: 2, layout: 'nhwc' as const },
    ]) {
      const spec = parseSpec(layer);
      for (const pass of PASSES)
        for (const opts of [{}, { fma: true, threads: 2 }, { fma: false, threads: MAX_THREADS }]) {
          expect(() => checkSchedule(spec, pass, defaultSchedule(spec, pass, opts))).not.toThrow();
        }
    }
  });
});
