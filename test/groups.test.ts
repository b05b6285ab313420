/**
 * Grouped and depthwise convolution (spec field `groups`), every pass including the fused
 * `weight-update`, verified against the float64 reference:
 *
 * 1. 200 random grouped specs on wasm (fast-check sample, seed 8): G in {2, 3, 4, Ci}, channel
 *    multipliers Co/G 1..3, strides 1..3 (h and w independently now and then), every padding form,
 *    dilation 1..2, every activation, both layouts, N 1..2; all five passes under the default
 *    schedules, and for subsets with threads: 2, with explicit scalar schedules, with the default
 *    GPU schedules run on wasm, and with random legal SIMD and GPU schedules drawn knob by knob
 *    from the schedule space's descriptors (src/schedule KNOBS);
 * 2. 30 random tiny grouped specs (N 1, 3..4 x 3..4) on the webgpu target (lavapipe), all five
 *    passes, and sgdStep there;
 * 3. the weight update: sgdStep (and the weight-update kernel called directly) against the float64
 *    `w - lr * dW_ref` for lr = 0.01, 0 (w bit for bit), a negative lr and ||w|| / ||dW||, and two
 *    steps in a row;
 * 4. a grouped layer equals G independent dense layers (x, w, b, y, dy sliced per group by hand-written
 *    index math, each slice run by a dense compiled layer): forward and the three gradients.
 *
 * A failing case names the layer as JSON (parseSpec input), the pass, the schedule, relError and problem.
 *
 * Time (2 cores shared with other work): the wasm parts 5-12 s. The webgpu specs 2-3 s with Mesa's
 * shader cache warm; cold, lavapipe JIT-compiles every pipeline on first use (0.1-25 s each, the
 * reductions of bias-grad and weight-grad and 3x3 forward tiles the slowest): 83 s measured for
 * the 30 specs at these sizes (130-250 s at 3..5 x 3..5, N 1..2 in an earlier draft).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, checkSchedule, codeOptions, compileLayer, defaultGpuSchedule, LAYOUTS, parseSpec, PASSES, relaxedSimdSupported, REL_TOLERANCE, scalarBounds, SpecError,
  specToInput, targetByName, tensorSizes,
  type CompiledLayer, type LayerInput, type LayerSpec, type PadInput, type Pass, type Schedule, type Target,
} from '../src/index.js';
import { biasGradRef, deltaRef, forwardRef, inputGradRef, randomUniform, relError, rng, weightGradRef } from '../src/reference/index.js';
import { knobsOf, type KnobSchedule } from '../src/schedule/index.js';

const int = (min: number, max: number) => fc.integer({ min, max });
const pairOr = (min: number, max: number): fc.Arbitrary<number | [number, number]> =>
  fc.oneof(int(min, max), fc.tuple(int(min, max), int(min, max)));

type PadForm = 'number' | 'pair' | 'quad' | 'valid' | 'same';
const padForm = (p: PadInput): PadForm =>
  typeof p === 'number' ? 'number' : p === 'valid' || p === 'same' ? p : p.length === 2 ? 'pair' : 'quad';
const PAD_FORMS: PadForm[] = ['number', 'pair', 'quad', 'same', 'valid'];

const padArb = (max: number): fc.Arbitrary<PadInput> =>
  fc.oneof(
    int(0, max),
    fc.tuple(int(0, max), int(0, max)),
    fc.tuple(int(0, max), int(0, max), int(0, max), int(0, max)),
    fc.constant('valid' as const),
    fc.constant('same' as const),
  ) as fc.Arbitrary<PadInput>;

interface Sizes {
  N: [number, number];
  HW: [number, number];
  cig: [number, number];
  depthwiseCi: [number, number];
  mult: [number, number];
  KL: [number, number];
}

/** A grouped layer: G in {2, 3, 4} with Ci = G * cig, or depthwise (G = Ci); Co = G * multiplier. */
function groupedArb(prefix: string, z: Sizes): fc.Arbitrary<LayerInput> {
  return fc
    .record({
      g: fc.constantFrom<2 | 3 | 4 | 'ci'>(2, 3, 4, 'ci'),
      cig: int(...z.cig),
      depthwiseCi: int(...z.depthwiseCi),
      mult: int(...z.mult),
      N: int(...z.N),
      H: int(...z.HW),
      W: int(...z.HW),
      K: int(...z.KL),
      L: int(...z.KL),
      stride: pairOr(1, 3),
      dilation: pairOr(1, 2),
      pad: padArb(2),
      act: fc.constantFrom(...ACTIVATIONS),
      layout: fc.constantFrom(...LAYOUTS),
    })
    .map(({ g, cig, depthwiseCi, mult, ...rest }): LayerInput => {
      const G = g === 'ci' ? depthwiseCi : g;
      const Ci = g === 'ci' ? depthwiseCi : g * cig;
      return { name: prefix, ...rest, Ci, Co: G * mult, groups: G };
    });
}

/** The first `count` drawn layers that parseSpec accepts (a kernel larger than the padded input is redrawn), named uniquely. */
function validSpecs(arb: fc.Arbitrary<LayerInput>, seed: number, count: number): { input: LayerInput; spec: LayerSpec }[] {
  const out: { input: LayerInput; spec: LayerSpec }[] = [];
  for (const raw of fc.sample(arb, { seed, numRuns: count * 4 })) {
    const input = { ...raw, name: `${raw.name}${out.length}` };
    try {
      out.push({ input, spec: parseSpec(input) });
    } catch (e) {
      if (!(e instanceof SpecError)) throw e;
      continue;
    }
    if (out.length === count) break;
  }
  return out;
}

type Mode = 'default' | 'threads2' | 'scalar' | 'gpu-on-wasm' | 'simd-random' | 'gpu-random';

/** The engine runs f32x4.relaxed_madd (random SIMD schedules draw fma only where it does). */
const RELAXED = relaxedSimdSupported();

/**
 * A random legal schedule of a kind, drawn knob by knob from the schedule space's descriptors
 * (each knob's legal values given the ones drawn before it); unroll drawn up to 16, threads up to 3.
 */
function randomSchedule(spec: LayerSpec, pass: Pass, kind: 'simd' | 'gpu', next: () => number): Schedule {
  const s: KnobSchedule = { kind };
  const rec = s as unknown as Record<string, unknown>;
  const pick = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  for (const k of knobsOf(kind)) {
    const v = k.values({ spec, pass, s });
    if (v === null) continue;
    if (v.type === 'int') rec[k.name] = pick(v.min, k.name === 'unroll' ? Math.min(v.max, 16) : k.name === 'threads' ? Math.min(v.max, 3) : v.max);
    else if (v.type === 'choice') {
      const values = k.name === 'fma' && !RELAXED ? v.values.filter((x) => x === false) : v.values;
      rec[k.name] = values[Math.floor(next() * values.length)];
    } else {
      const x = pick(1, Math.min(16, v.max));
      rec[k.name] = [x, pick(1, Math.min(16, Math.floor(v.product / x)))];
    }
  }
  if (kind === 'gpu') s.threads = 1;
  return s as unknown as Schedule;
}

/** Explicit schedules of a mode (undefined: compileLayer's defaults), each checked legal first. */
function schedulesFor(spec: LayerSpec, mode: Mode, i: number): Partial<Record<Pass, Schedule>> | undefined {
  if (mode === 'default' || mode === 'threads2') return undefined;
  const out: Partial<Record<Pass, Schedule>> = {};
  for (const pass of PASSES) {
    let s: Schedule;
    if (mode === 'simd-random' || mode === 'gpu-random') {
      s = randomSchedule(spec, pass, mode === 'simd-random' ? 'simd' : 'gpu', rng(1000 + i * 8 + PASSES.indexOf(pass)));
    } else if (mode === 'scalar') {
      const max = scalarBounds(spec, pass);
      // tile 1 on half of them, the widest tile on the other half; unroll 2
      s = { kind: 'scalar', tile: (i >> 2) % 2 === 0 ? 1 : max.tile, unroll: Math.min(2, max.unroll), threads: 1 };
    } else {
      s = defaultGpuSchedule(spec, pass);
    }
    checkSchedule(spec, pass, s); // the test's own schedule is legal (throws naming the knob otherwise)
    out[pass] = s;
  }
  return out;
}

/** Compiles all five passes of a layer on a target (mode's schedules), verifies each; failure strings. */
async function verifyAllPasses(
  input: LayerInput, spec: LayerSpec, target: Target, mode: Mode, i: number, seed: number,
): Promise<{ failures: string[]; passes: Pass[] }> {
  const schedules = schedulesFor(spec, mode, i);
  const threads = mode === 'threads2' ? 2 : 1;
  const where = (pass: string, schedule?: Schedule, dflt = false) =>
    `[${target} ${mode}] layer ${JSON.stringify(input)}\n    pass ${pass}${schedule ? ` schedule ${JSON.stringify(schedule)}${dflt ? ' (default)' : ''}` : ''} verify seed ${seed}`;
  const compile = (passes: readonly Pass[]) => compileLayer(spec, { target, passes, schedules, threads });
  const failures: string[] = [];
  let layer: CompiledLayer;
  try {
    layer = await compile(PASSES);
  } catch {
    // name the passes that do not build (each alone), and verify the others
    const built: Pass[] = [];
    for (const pass of PASSES) {
      try {
        (await compile([pass])).close();
        built.push(pass);
      } catch (e) {
        const given = schedules?.[pass];
        const s = given ?? targetByName(target).defaultSchedule(spec, pass, codeOptions({ threads }));
        failures.push(`BUILD FAILED ${where(pass, s, !given)}\n    error: ${errText(e)}`);
      }
    }
    if (built.length === 0) return { failures, passes: [] };
    try {
      layer = await compile(built);
    } catch (e) {
      return { failures: [...failures, `BUILD FAILED ${where(built.join(', '))} (built alone, not together)\n    error: ${errText(e)}`], passes: [] };
    }
  }
  try {
    const report = await layer.verify({ seed });
    const passes = report.results.map((r) => r.pass);
    if (failures.length === 0 && JSON.stringify(passes) !== JSON.stringify(PASSES)) failures.push(`PASSES ${where('(all)')}: verified ${passes.join(', ')}`);
    for (const r of report.results) {
      const schedule = layer.kernel(r.pass).schedule;
      if (target === 'wasm') {
        if (schedule.kind !== 'scalar' && schedule.vector) scheduleCoverage.add(`${schedule.kind} ${r.pass} ${schedule.vector}`);
        if (schedule.kind === 'simd' && schedule.along) scheduleCoverage.add(`along ${schedule.along}`);
        if (schedule.kind === 'gpu' && schedule.split > 1) scheduleCoverage.add(`gpu split ${r.pass}`);
        if (schedule.kind === 'scalar' && schedule.tile > 1) scheduleCoverage.add('scalar tile > 1');
        if (schedule.threads > 1) scheduleCoverage.add(`threads ${schedule.threads}`);
      }
      if (mode === 'threads2' && schedule.threads !== 2) failures.push(`THREADS ${where(r.pass, schedule)}: threads: 2 was asked for`);
      if (!r.ok || r.problem !== undefined) {
        failures.push(`WRONG ${where(r.pass, schedule)}\n    relError ${r.relError} (bound ${r.bound}${r.conditioning !== undefined ? `, kappa ${r.conditioning}` : ''}) problem: ${r.problem ?? '-'}`);
      }
    }
    return { failures, passes };
  } catch (e) {
    return { failures: [...failures, `RUN FAILED ${where('(all)')}\n    error: ${errText(e)}`], passes: [] };
  } finally {
    layer.close();
  }
}

function errText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 1500 ? `${s.slice(0, 1500)}...` : s;
}

const listFailures = (f: string[]) => (f.length === 0 ? 'none' : `${f.length} failure(s):\n${f.join('\n')}`);

// ---------------------------------------------------------------------------------------------

const WASM_RUNS = 200;
const WASM_CASES = validSpecs(
  groupedArb('grp', { N: [1, 2], HW: [3, 9], cig: [1, 3], depthwiseCi: [2, 8], mult: [1, 3], KL: [1, 3] }),
  8,
  WASM_RUNS,
).map((c, i) => ({ ...c, seed: 1 + ((i * 7919) % 100_000) }));

/**
 * The modes a case runs in: default always; threads 2 every 5th; scalar schedules every 4th; the
 * default GPU schedules on wasm every 4th (offset 2); random legal SIMD schedules every 3rd (offset
 * 1) and random legal GPU schedules on wasm every 3rd (offset 2).
 */
const modesOf = (i: number): Mode[] => [
  'default',
  ...(i % 5 === 0 ? (['threads2'] as const) : []),
  ...(i % 4 === 0 ? (['scalar'] as const) : []),
  ...(i % 4 === 2 ? (['gpu-on-wasm'] as const) : []),
  ...(i % 3 === 1 ? (['simd-random'] as const) : []),
  ...(i % 3 === 2 ? (['gpu-random'] as const) : []),
];

/** Specs whose five passes verified in every mode (counted by the chunks, checked at the end). */
const verifiedWasm = new Set<number>();
const modeCounts: Record<Mode, number> = { default: 0, threads2: 0, scalar: 0, 'gpu-on-wasm': 0, 'simd-random': 0, 'gpu-random': 0 };
/** What the schedules of the runs covered (vector kinds per pass and kind, along, split, scalar tiles > 1). */
const scheduleCoverage = new Set<string>();

describe(`${WASM_RUNS} random grouped specs on wasm, all five passes`, () => {
  it('the drawn specs cover every G kind, multiplier, stride, pad form, dilation, activation and layout', () => {
    const specs = WASM_CASES.map((c) => c.spec);
    const summary = () => JSON.stringify(specs.map((s) => specToInput(s)).slice(0, 5));
    expect(WASM_CASES.length, `only ${WASM_CASES.length} valid specs were drawn`).toBe(WASM_RUNS);
    expect(new Set(specs.map((s) => (s.groups === s.Ci ? 'ci' : s.groups))), summary()).toEqual(new Set([2, 3, 4, 'ci']));
    expect(specs.every((s) => s.groups > 1 && s.Ci % s.groups === 0 && s.Co % s.groups === 0)).toBe(true);
    expect(new Set(specs.map((s) => s.Co / s.groups))).toEqual(new Set([1, 2, 3]));
    expect(new Set(specs.map((s) => s.Ci / s.groups))).toEqual(new Set([1, 2, 3]));
    expect(specs.some((s) => s.groups === s.Ci && s.Co > s.Ci)).toBe(true); // depthwise with a channel multiplier
    expect(new Set(specs.flatMap((s) => [s.sh, s.sw]))).toEqual(new Set([1, 2, 3]));
    expect(specs.some((s) => s.sh !== s.sw)).toBe(true);
    expect(new Set(WASM_CASES.map((c) => padForm(c.input.pad!)))).toEqual(new Set(PAD_FORMS));
    expect(specs.some((s) => s.pt !== s.pb || s.pl !== s.pr)).toBe(true);
    expect(specs.some((s) => s.dh === 2 && s.dw === 2)).toBe(true);
    expect(specs.some((s) => s.dh !== s.dw)).toBe(true);
    expect(new Set(specs.map((s) => s.act))).toEqual(new Set(ACTIVATIONS));
    expect(new Set(specs.map((s) => s.layout))).toEqual(new Set(LAYOUTS));
    expect(new Set(specs.map((s) => s.N))).toEqual(new Set([1, 2]));
    expect(specs.some((s) => s.K !== s.L)).toBe(true);
  });

  const CHUNK = 50;
  for (let from = 0; from < WASM_CASES.length; from += CHUNK) {
    const chunk = WASM_CASES.slice(from, from + CHUNK);
    it(`cases ${from}..${from + chunk.length - 1}: every pass verifies (default; threads 2, scalar and gpu schedules for subsets)`, async () => {
      const failures: string[] = [];
      for (let k = 0; k < chunk.length; k++) {
        const i = from + k;
        const { input, spec, seed } = chunk[k]!;
        let allOk = true;
        for (const mode of modesOf(i)) {
          const r = await verifyAllPasses(input, spec, 'wasm', mode, i, seed);
          failures.push(...r.failures);
          if (r.failures.length > 0 || r.passes.length !== PASSES.length) allOk = false;
          else modeCounts[mode]++;
        }
        if (allOk) verifiedWasm.add(i);
      }
      expect(failures, listFailures(failures)).toEqual([]);
    });
  }

  it(`at least ${WASM_RUNS} specs verified all five passes in every mode they ran in`, () => {
    expect(verifiedWasm.size, `verified ${verifiedWasm.size} specs; per mode ${JSON.stringify(modeCounts)}`).toBeGreaterThanOrEqual(WASM_RUNS);
    console.log(`groups on wasm: ${verifiedWasm.size} specs verified; layer runs per mode ${JSON.stringify(modeCounts)}`);
  });

  it('the schedules run covered groups in the lanes (simd and gpu), pixels, along ci and l, split reductions, threads', () => {
    const seen = [...scheduleCoverage].sort();
    for (const want of [
      'simd forward groups', 'simd input-grad groups', 'simd weight-grad groups', 'simd weight-update groups',
      'simd forward pixels', 'simd input-grad pixels', 'simd forward channels', 'simd weight-grad channels',
      'gpu forward groups', 'gpu input-grad groups', 'gpu weight-grad groups', 'gpu weight-update groups',
      'gpu split weight-grad', 'gpu split weight-update', 'along ci', 'along l', 'scalar tile > 1', 'threads 2', 'threads 3',
    ]) expect(seen, `${want} never ran`).toContain(want);
  });
});

// ---------------------------------------------------------------------------------------------

/** Training inputs of a layer from a seed: x, w, b, dy uniform in [-1, 1), y the float32 forward output. */
function trainingInputs(spec: LayerSpec, seed: number) {
  const n = tensorSizes(spec);
  const x = randomUniform(n.x, seed * 8 + 1);
  const w = randomUniform(n.w, seed * 8 + 2);
  const b = randomUniform(n.b, seed * 8 + 3);
  const dy = randomUniform(n.y, seed * 8 + 4);
  const y = Float32Array.from(forwardRef(spec, x, w, b).y);
  return { x, w, b, y, dy };
}

const sameBits = (a: Float32Array, b: Float32Array) =>
  a.length === b.length && new Uint32Array(a.buffer, a.byteOffset, a.length).every((v, i) => v === new Uint32Array(b.buffer, b.byteOffset, b.length)[i]);

/** The sgdStep checks on one compiled layer (weight-update and bias-grad compiled). */
async function checkSgd(layer: CompiledLayer, input: LayerInput, seed: number): Promise<string[]> {
  const spec = layer.spec;
  const { x, w, y, dy } = trainingInputs(spec, seed);
  const dW = weightGradRef(spec, x, deltaRef(spec, y, dy));
  const dbRef = biasGradRef(spec, deltaRef(spec, y, dy));
  const failures: string[] = [];
  const where = `[${layer.target}] layer ${JSON.stringify(input)}`;
  const wCopy = Float32Array.from(w);
  const step = (lr: number, from: ArrayLike<number>) => Float64Array.from(from, (v, k) => v - Math.fround(lr) * dW[k]!);
  const gNorm = Math.sqrt(dW.reduce((s, v) => s + v * v, 0));
  const wNorm = Math.sqrt(w.reduce((s, v) => s + v * v, 0));
  // lr = ||w|| / ||dW||: lr * dW is as large as w, so an error in dW shows plainly
  const lrs = [0.01, -0.03, Math.fround(wNorm / gNorm)];
  for (const lr of lrs) {
    const r = await layer.sgdStep({ x, w, y, dy, lr });
    const rel = relError(r.w, step(lr, w));
    if (!(rel <= REL_TOLERANCE)) failures.push(`sgdStep w ${where} lr ${lr}: relError ${rel} vs float64 w - lr * dW_ref`);
    const relDb = relError(r.db, dbRef);
    if (!(relDb <= REL_TOLERANCE)) failures.push(`sgdStep db ${where} lr ${lr}: relError ${relDb} vs biasGradRef`);
    // the implied gradient (w - w') / lr, against dW_ref (cancellation of w costs ~ ulp(w) / (lr |dW|))
    const implied = Float64Array.from(r.w, (v, k) => (w[k]! - v) / Math.fround(lr));
    const relG = relError(implied, dW);
    if (!(relG <= 1e-3)) failures.push(`sgdStep implied dW ${where} lr ${lr}: relError ${relG} vs weightGradRef`);
    // the kernel called directly gives the same bits (lr as a number and as a 1-element tensor)
    const direct = await layer.kernel('weight-update').call({ x, dy, y, w, lr: Float32Array.of(lr) });
    if (!sameBits(direct, r.w)) failures.push(`kernel('weight-update').call ${where} lr ${lr}: differs from sgdStep's w`);
  }
  if (!sameBits(w, wCopy)) failures.push(`sgdStep ${where}: modified the w passed in`);
  // lr = 0: w unchanged, bit for bit
  const zero = await layer.sgdStep({ x, w, y, dy, lr: 0 });
  if (!sameBits(zero.w, w)) {
    const k = zero.w.findIndex((v, i) => !Object.is(v, w[i]));
    failures.push(`sgdStep lr 0 ${where}: w changed (first at ${k}: ${w[k]} -> ${zero.w[k]})`);
  }
  // two steps: the second starts from the first's result
  const lr = 0.05;
  const w1 = (await layer.sgdStep({ x, w, y, dy, lr })).w;
  const w2 = (await layer.sgdStep({ x, w: w1, y, dy, lr })).w;
  const rel2 = relError(w2, step(lr, w1));
  if (!(rel2 <= REL_TOLERANCE)) failures.push(`sgdStep twice ${where}: second step relError ${rel2} vs float64 w1 - lr * dW_ref`);
  const rel2b = relError(w2, Float64Array.from(w, (v, k) => v - 2 * Math.fround(lr) * dW[k]!));
  if (!(rel2b <= REL_TOLERANCE)) failures.push(`sgdStep twice ${where}: relError ${rel2b} vs float64 w - 2 lr * dW_ref`);
  // a repeated call with the same w gives the same bits (in-out w is rewritten from the input each call)
  const w1again = (await layer.sgdStep({ x, w, y, dy, lr })).w;
  if (!sameBits(w1again, w1)) failures.push(`sgdStep ${where}: a repeated call with the same w gave a different result (the in-out w was not rewritten?)`);
  return failures;
}

const SGD_LAYERS: LayerInput[] = [
  { name: 'sgd_grouped', N: 2, Ci: 6, H: 7, W: 6, Co: 9, K: 3, L: 2, stride: [2, 1], pad: 'same', groups: 3, act: 'tanh', layout: 'nhwc' },
  { name: 'sgd_depthwise', N: 1, Ci: 5, H: 8, W: 8, Co: 10, K: 3, L: 3, pad: 1, groups: 5, act: 'sigmoid', layout: 'nchw' },
  { name: 'sgd_dense', N: 2, Ci: 3, H: 6, W: 7, Co: 5, K: 3, L: 3, pad: [1, 0, 1, 2], dilation: [1, 2], act: 'none', layout: 'nchw' },
];

describe('the fused SGD step (sgdStep / the weight-update kernel) on wasm', () => {
  it('sgdStep exists on CompiledLayer', async () => {
    const layer = await compileLayer(parseSpec(SGD_LAYERS[0]!), { passes: ['forward'] });
    try {
      expect(typeof (layer as unknown as { sgdStep?: unknown }).sgdStep).toBe('function');
    } finally {
      layer.close();
    }
  });
  for (const input of SGD_LAYERS) {
    it(`${input.name}: w - lr * dW within 1e-5 of float64 for lr 0.01, -0.03, ||w||/||dW||; lr 0 leaves w bit for bit; two steps compose`, async () => {
      const layer = await compileLayer(parseSpec(input), { target: 'wasm', passes: ['weight-update', 'bias-grad'] });
      try {
        const failures = await checkSgd(layer, input, 3);
        expect(failures, listFailures(failures)).toEqual([]);
      } finally {
        layer.close();
      }
    });
  }
  it('sgdStep refuses a non-finite lr and a w of the wrong size', async () => {
    const spec = parseSpec(SGD_LAYERS[0]!);
    const layer = await compileLayer(spec, { passes: ['weight-update', 'bias-grad'] });
    try {
      const t = trainingInputs(spec, 1);
      await expect(layer.sgdStep({ ...t, lr: Number.NaN })).rejects.toThrow(/lr/);
      await expect(layer.sgdStep({ ...t, w: t.w.subarray(1), lr: 0.1 })).rejects.toThrow(/w needs/);
    } finally {
      layer.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------

/** Channel slice [c0, c0 + c) of an activation tensor [N][C][H][W] (nchw) or [N][H][W][C] (nhwc). */
function sliceAct(t: ArrayLike<number>, layout: 'nchw' | 'nhwc', N: number, C: number, H: number, W: number, c0: number, c: number): Float32Array {
  const out = new Float32Array(N * c * H * W);
  for (let n = 0; n < N; n++)
    for (let ch = 0; ch < c; ch++)
      for (let i = 0; i < H; i++)
        for (let j = 0; j < W; j++) {
          const src = layout === 'nchw' ? ((n * C + c0 + ch) * H + i) * W + j : ((n * H + i) * W + j) * C + c0 + ch;
          const dst = layout === 'nchw' ? ((n * c + ch) * H + i) * W + j : ((n * H + i) * W + j) * c + ch;
          out[dst] = t[src]!;
        }
  return out;
}

/** Writes a channel slice back (the inverse of sliceAct). */
function putAct(dst: Float32Array, part: ArrayLike<number>, layout: 'nchw' | 'nhwc', N: number, C: number, H: number, W: number, c0: number, c: number): void {
  for (let n = 0; n < N; n++)
    for (let ch = 0; ch < c; ch++)
      for (let i = 0; i < H; i++)
        for (let j = 0; j < W; j++) {
          const d = layout === 'nchw' ? ((n * C + c0 + ch) * H + i) * W + j : ((n * H + i) * W + j) * C + c0 + ch;
          const s = layout === 'nchw' ? ((n * c + ch) * H + i) * W + j : ((n * H + i) * W + j) * c + ch;
          dst[d] = part[s]!;
        }
}

/**
 * Output channels [co0, co0 + cog) of grouped weights: OIHW [Co][cig][K][L] (rows co0.. are
 * contiguous) or HWIO [K][L][cig][Co] (columns co0..); as a dense layer's [cog][cig][K][L] / [K][L][cig][cog].
 */
function sliceW(w: ArrayLike<number>, layout: 'nchw' | 'nhwc', Co: number, cig: number, K: number, L: number, co0: number, cog: number): Float32Array {
  const out = new Float32Array(cog * cig * K * L);
  for (let co = 0; co < cog; co++)
    for (let ci = 0; ci < cig; ci++)
      for (let k = 0; k < K; k++)
        for (let l = 0; l < L; l++) {
          const src = layout === 'nchw' ? (((co0 + co) * cig + ci) * K + k) * L + l : ((k * L + l) * cig + ci) * Co + co0 + co;
          const dst = layout === 'nchw' ? ((co * cig + ci) * K + k) * L + l : ((k * L + l) * cig + ci) * cog + co;
          out[dst] = w[src]!;
        }
  return out;
}

function putW(dst: Float32Array, part: ArrayLike<number>, layout: 'nchw' | 'nhwc', Co: number, cig: number, K: number, L: number, co0: number, cog: number): void {
  for (let co = 0; co < cog; co++)
    for (let ci = 0; ci < cig; ci++)
      for (let k = 0; k < K; k++)
        for (let l = 0; l < L; l++) {
          const d = layout === 'nchw' ? (((co0 + co) * cig + ci) * K + k) * L + l : ((k * L + l) * cig + ci) * Co + co0 + co;
          const s = layout === 'nchw' ? ((co * cig + ci) * K + k) * L + l : ((k * L + l) * cig + ci) * cog + co;
          dst[d] = part[s]!;
        }
}

const SPLIT_LAYERS: LayerInput[] = [
  { name: 'split_g2', N: 2, Ci: 6, H: 9, W: 8, Co: 4, K: 3, L: 3, stride: [1, 2], pad: 1, groups: 2, act: 'relu', layout: 'nchw' },
  { name: 'split_g3_nhwc', N: 1, Ci: 6, H: 7, W: 7, Co: 9, K: 2, L: 3, dilation: [2, 1], pad: 'same', groups: 3, act: 'tanh', layout: 'nhwc' },
  { name: 'split_dw', N: 2, Ci: 4, H: 6, W: 5, Co: 8, K: 3, L: 2, stride: 2, pad: [1, 0, 0, 1], groups: 4, act: 'sigmoid', layout: 'nchw' },
];

describe('a grouped layer equals G independent dense layers (wasm, hand-written slicing)', () => {
  for (const input of SPLIT_LAYERS) {
    it(`${input.name}: forward within 1e-6 of the G dense forwards; dx, dw, db within 1e-6 of the dense gradients`, async () => {
      const spec = parseSpec(input);
      const G = spec.groups, cig = spec.Ci / G, cog = spec.Co / G;
      const { N, H, W, Ho, Wo, K, L, layout } = spec;
      const { x, w, b, dy } = trainingInputs(spec, 11);
      const grouped = await compileLayer(spec, { target: 'wasm' });
      const gy = (await grouped.forward({ x, w, b })).y;
      // the backward passes at the grouped kernel's own y (so both sides see the same y)
      const gb = await grouped.backward({ x, w, y: gy, dy });
      grouped.close();

      const denseInput: LayerInput = { ...specToInput(spec), name: `${input.name}_dense`, Ci: cig, Co: cog, groups: 1 };
      const dense = parseSpec(denseInput);
      expect([dense.Ho, dense.Wo]).toEqual([Ho, Wo]);
      const layer = await compileLayer(dense, { target: 'wasm' });
      const y = new Float32Array(gy.length), dx = new Float32Array(x.length), dw = new Float32Array(w.length), db = new Float32Array(b.length);
      try {
        for (let g = 0; g < G; g++) {
          const xs = sliceAct(x, layout, N, spec.Ci, H, W, g * cig, cig);
          const ws = sliceW(w, layout, spec.Co, cig, K, L, g * cog, cog);
          const bs = b.slice(g * cog, (g + 1) * cog);
          const ys = (await layer.forward({ x: xs, w: ws, b: bs })).y;
          putAct(y, ys, layout, N, spec.Co, Ho, Wo, g * cog, cog);
          const yg = sliceAct(gy, layout, N, spec.Co, Ho, Wo, g * cog, cog);
          const dys = sliceAct(dy, layout, N, spec.Co, Ho, Wo, g * cog, cog);
          const r = await layer.backward({ x: xs, w: ws, y: yg, dy: dys });
          putAct(dx, r.dx, layout, N, spec.Ci, H, W, g * cig, cig);
          putW(dw, r.dw, layout, spec.Co, cig, K, L, g * cog, cog);
          db.set(r.db, g * cog);
        }
      } finally {
        layer.close();
      }
      const where = `layer ${JSON.stringify(input)} vs ${G} x ${JSON.stringify(denseInput)}`;
      const rels = {
        forward: relError(gy, y),
        'input-grad': relError(gb.dx, dx),
        'weight-grad': relError(gb.dw, dw),
        'bias-grad': relError(gb.db, db),
      };
      for (const [pass, rel] of Object.entries(rels)) expect(rel, `${where}: ${pass} relError ${rel}`).toBeLessThanOrEqual(1e-6);
      // and both against the float64 reference, so agreement is not shared wrongness
      const d = deltaRef(spec, gy, dy);
      expect(relError(gy, forwardRef(spec, x, w, b).y), `${where}: forward vs reference`).toBeLessThanOrEqual(REL_TOLERANCE);
      expect(relError(dx, inputGradRef(spec, w, d)), `${where}: dense-assembled dx vs grouped reference`).toBeLessThanOrEqual(REL_TOLERANCE);
      expect(relError(dw, weightGradRef(spec, x, d)), `${where}: dense-assembled dw vs grouped reference`).toBeLessThanOrEqual(REL_TOLERANCE);
      expect(relError(db, biasGradRef(spec, d)), `${where}: dense-assembled db vs grouped reference`).toBeLessThanOrEqual(REL_TOLERANCE);
    });
  }
});

// ---------------------------------------------------------------------------------------------

const GPU_RUNS = 30;
const GPU_CASES = validSpecs(
  groupedArb('grpgpu', { N: [1, 1], HW: [3, 4], cig: [1, 2], depthwiseCi: [2, 4], mult: [1, 2], KL: [1, 3] }),
  81,
  GPU_RUNS,
).map((c, i) => ({ ...c, seed: 100 + i }));

/** lavapipe compiles every pipeline on first use (about 0.2-0.5 s each for these tiny shaders). */
const GPU_TIMEOUT = 300_000;

describe(`${GPU_RUNS} random tiny grouped specs on webgpu, all five passes`, () => {
  it('the drawn specs cover every G kind, stride, pad form, activation and layout', () => {
    const specs = GPU_CASES.map((c) => c.spec);
    expect(GPU_CASES.length).toBe(GPU_RUNS);
    expect(new Set(specs.map((s) => (s.groups === s.Ci ? 'ci' : s.groups)))).toEqual(new Set([2, 3, 4, 'ci']));
    expect(new Set(specs.flatMap((s) => [s.sh, s.sw]))).toEqual(new Set([1, 2, 3]));
    expect(new Set(GPU_CASES.map((c) => padForm(c.input.pad!)))).toEqual(new Set(PAD_FORMS));
    expect(new Set(specs.map((s) => s.act))).toEqual(new Set(ACTIVATIONS));
    expect(new Set(specs.map((s) => s.layout))).toEqual(new Set(LAYOUTS));
    expect(specs.some((s) => s.dh === 2 || s.dw === 2)).toBe(true);
    expect(specs.some((s) => s.Co / s.groups === 2)).toBe(true);
  });

  const CHUNK = 10;
  for (let from = 0; from < GPU_CASES.length; from += CHUNK) {
    const chunk = GPU_CASES.slice(from, from + CHUNK);
    it(`cases ${from}..${from + chunk.length - 1}: every pass verifies`, async () => {
      const failures: string[] = [];
      for (let k = 0; k < chunk.length; k++) {
        const { input, spec, seed } = chunk[k]!;
        failures.push(...(await verifyAllPasses(input, spec, 'webgpu', 'default', from + k, seed)).failures);
      }
      expect(failures, listFailures(failures)).toEqual([]);
    }, GPU_TIMEOUT);
  }

  it('sgdStep on webgpu: w - lr * dW, lr 0 bit for bit, two steps compose', async () => {
    const input: LayerInput = { name: 'sgd_gpu', N: 1, Ci: 4, H: 5, W: 6, Co: 6, K: 3, L: 2, stride: [1, 2], pad: 'same', groups: 2, act: 'tanh', layout: 'nhwc' };
    const layer = await compileLayer(parseSpec(input), { target: 'webgpu', passes: ['weight-update', 'bias-grad'] });
    try {
      const failures = await checkSgd(layer, input, 5);
      expect(failures, listFailures(failures)).toEqual([]);
    } finally {
      layer.close();
    }
  }, GPU_TIMEOUT);
});

describe('regressions: a single output column or row, split between threads and gpu shares', () => {
  // the reduction's innermost axis was the split (or thread-parallel) rows when Wo = 1, and each gpu
  // share summed every row (weight-grad, bias-grad and weight-update: rel ~1)
  const layers: LayerInput[] = [
    { name: 'wo1', N: 2, Ci: 3, H: 5, W: 3, Co: 2, K: 3, L: 3, stride: [3, 3], pad: 0 },
    { name: 'wo1g', N: 2, Ci: 4, H: 7, W: 3, Co: 6, K: 3, L: 3, pad: [1, 1, 0, 0], groups: 2, act: 'relu', layout: 'nhwc' },
    { name: 'ho1', N: 1, Ci: 2, H: 3, W: 6, Co: 4, K: 3, L: 2, groups: 2, act: 'tanh' },
  ];
  it.each(layers.map((l) => [l.name!, l] as const))('%s: threads 2 and gpu schedules with split reductions verify every pass', async (_, input) => {
    const spec = parseSpec(input);
    const failures: string[] = [];
    const gpu = Object.fromEntries(PASSES.map((p) => {
      const d = defaultGpuSchedule(spec, p);
      return [p, { ...d, split: ['weight-grad', 'weight-update', 'bias-grad'].includes(p) ? Math.min(3, spec.Ho) : 1 }];
    }));
    for (const [label, opts] of [['threads 2', { threads: 2 }], ['gpu split', { schedules: gpu }]] as const) {
      const layer = await compileLayer(spec, { target: 'wasm', passes: PASSES, ...opts });
      try {
        for (const r of (await layer.verify({ seed: 3 })).results) if (!r.ok) failures.push(`${input.name} ${label} ${r.pass}: rel ${r.relError} ${r.problem ?? ''}`);
      } finally {
        layer.close();
      }
    }
    expect(failures).toEqual([]);
  });
});
