/**
 * The accuracy bound of verification (src/verify CANCELLATION): plain rel <= 1e-5 where the sums
 * are well conditioned, an error relative to sum |terms| where they cancel; checked on outputs
 * convgen kernels really computed, on cases built to cancel, and on injected errors the bound must
 * still catch.
 */
import { describe, expect, it } from 'vitest';
import { CANCELLATION, judge } from '../src/verify/index.js';
import { defaultGpuSchedule, LayerCase, parseSpec, REL_TOLERANCE, type LayerSpec, type Pass, type Schedule } from '../src/index.js';
import { norm2, randomUniform, relError } from '../src/reference/index.js';
import { verifyPass } from './helpers.js';

const SCALAR: Schedule = { kind: 'scalar', tile: 1, unroll: 2, threads: 1 };

/** dy uniform in [-1, 1) except its last element, chosen so that sum of dy * x (x = 1 when absent) is ~0. */
function cancellingDy(n: number, seed: number, x?: Float32Array): Float32Array {
  const dy = randomUniform(n, seed);
  let s = 0;
  for (let i = 0; i < n - 1; i++) s += dy[i]! * (x ? x[i]! : 1);
  dy[n - 1] = -s / (x ? x[n - 1]! : 1);
  return dy;
}

/** Runs the kernel on the case and returns the verdict, with the old criterion's for comparison. */
async function run(spec: LayerSpec, pass: Pass, c: LayerCase, schedule?: Schedule) {
  const o = await verifyPass(spec, pass, c, schedule);
  if (!o.result) throw new Error(o.failure);
  return { ...o.result, failure: o.failure, oldOk: o.result.relError <= REL_TOLERANCE };
}

describe('sums that nearly cancel (Co = 1)', () => {
  // 2 x 6 x 6 = 72 terms per sum; the last dy makes the sum vanish up to float64 rounding
  const biasSpec = parseSpec({ name: 'cancel_db', N: 2, Ci: 1, H: 6, W: 6, Co: 1, K: 1, L: 1 });
  const wSpec = parseSpec({ name: 'cancel_dw', N: 2, Ci: 1, H: 6, W: 6, Co: 1, K: 1, L: 1 });
  for (const [label, schedule] of [['default schedule', undefined], ['scalar schedule', SCALAR]] as const) {
    it(`bias-grad whose terms sum to ~0 fails rel <= 1e-5 but is within float32 rounding of sum |delta| (${label})`, async () => {
      for (const seed of [1, 2, 3]) {
        const c = new LayerCase(biasSpec, seed, { dy: cancellingDy(72, 100 + seed) });
        // the case cancels: sum |delta| is far above |sum delta|
        expect(norm2(c.absReference('bias-grad')) / norm2(c.reference('bias-grad'))).toBeGreaterThan(CANCELLATION);
        const r = await run(biasSpec, 'bias-grad', c, schedule);
        expect(r.failure).toBeUndefined();
        // a summation order may happen to round to the exact result; where it does not, rel > 1e-5
        // and the abs-sum bound judges
        if (!r.oldOk) {
          expect(r.bound).toBe('abs-sum');
          expect(r.conditioning).toBeGreaterThan(CANCELLATION);
        }
      }
    });
    it(`weight-grad whose terms delta * x sum to ~0 fails rel <= 1e-5 but is within float32 rounding of sum |delta * x| (${label})`, async () => {
      for (const seed of [1, 2, 3]) {
        const x = randomUniform(72, 200 + seed);
        const c = new LayerCase(wSpec, seed, { x, dy: cancellingDy(72, 300 + seed, x) });
        const r = await run(wSpec, 'weight-grad', c, schedule);
        expect(r.oldOk, `seed ${seed}: rel ${r.relError}`).toBe(false);
        expect(r.failure).toBeUndefined();
        expect(r.bound).toBe('abs-sum');
      }
    });
  }
});

describe('the bound does not loosen where the sums are well conditioned', () => {
  const spec = parseSpec({ name: 'wellcond', N: 1, Ci: 3, H: 6, W: 6, Co: 4, K: 3, L: 3 });
  const c = new LayerCase(spec, 1);
  const ref = c.reference('forward');
  const abs = c.absReference('forward');

  it('the case is well conditioned and the kernel passes under the rel bound', async () => {
    expect(norm2(abs) / norm2(ref)).toBeLessThan(CANCELLATION);
    const r = await run(spec, 'forward', c);
    expect(r.failure).toBeUndefined();
    expect(r.bound).toBe('rel');
  });

  it('an injected error of 2e-5 relative fails, judged by the rel bound', () => {
    const noise = randomUniform(ref.length, 9);
    const dir = Float64Array.from(noise);
    const scale = (2e-5 * norm2(ref)) / norm2(dir);
    const out = Float64Array.from(ref, (v, i) => v + scale * dir[i]!);
    expect(relError(out, ref)).toBeCloseTo(2e-5, 10);
    const v = judge(out, c, 'forward');
    expect(v.ok).toBe(false);
    expect(v.bound).toBe('rel');
    expect(v.conditioning).toBeLessThan(CANCELLATION);
  });

  it('an error of 0.9e-5 relative passes; a NaN fails', () => {
    const out = Float64Array.from(ref, (v) => v * (1 + 0.9e-5));
    expect(judge(out, c, 'forward').ok).toBe(true);
    out[3] = NaN;
    expect(judge(out, c, 'forward').ok).toBe(false);
  });
});

describe('the abs-sum bound still catches errors beyond float32 rounding', () => {
  const spec = parseSpec({ name: 'cancel_inj', N: 2, Ci: 1, H: 6, W: 6, Co: 1, K: 1, L: 1 });
  const c = new LayerCase(spec, 1, { dy: cancellingDy(72, 101) });
  const ref = c.reference('bias-grad');
  const absSum = c.absReference('bias-grad')[0]!;

  it('an error of twice 1e-5 / CANCELLATION of sum |delta| fails; within it passes', () => {
    const bound = (REL_TOLERANCE / CANCELLATION) * absSum;
    const high = judge([ref[0]! + 2 * bound], c, 'bias-grad');
    expect(high.bound).toBe('abs-sum');
    expect(high.ok).toBe(false);
    expect(judge([ref[0]! + 0.5 * bound], c, 'bias-grad').ok).toBe(true);
  });

  it('dropping one term (what a wrong bound or index does) fails', () => {
    const dropped = ref[0]! - c.dy[40]!;
    expect(judge([dropped], c, 'bias-grad').ok).toBe(false);
  });
});

describe('long reductions', () => {
  const pos = (n: number, seed: number) => randomUniform(n, seed).map(Math.abs);
  // all terms positive (kappa = 1): the plain rel bound judges. One chain of float32 additions per
  // output reached rel 1.7e-5 on the forward below and 1e-3 on the weight gradient: the engine sums
  // every chain of at most BLOCK terms into fresh accumulators and adds the block sums above it

  // 900,000 terms per output (Ci x 3 x 3)
  it('a forward of Ci = 100000, 8x8, Co = 8, 3x3 (900,000 positive terms per output) is within rel 1e-5 (default SIMD, gpu schedule on wasm)', async () => {
    const spec = parseSpec({ name: 'long_fwd', N: 1, Ci: 100000, H: 8, W: 8, Co: 8, K: 3, L: 3 });
    const c = new LayerCase(spec, 1, { x: pos(spec.Ci * 64, 1), w: pos(spec.Ci * 72, 2), b: pos(8, 3) });
    for (const schedule of [undefined, defaultGpuSchedule(spec, 'forward')]) {
      const r = await run(spec, 'forward', c, schedule);
      expect(r.failure).toBeUndefined();
      expect(r.bound).toBe('rel');
      expect(r.relError).toBeLessThan(1e-6);
    }
  }, 60_000);

  // 10^6 images of 8 x 8: 64M terms per weight and per bias
  it('a batch of 10^6 8x8 images (64M positive terms per sum): weight and bias gradients within rel 1e-5 (scalar, gpu on wasm; weight-grad also default SIMD)', async () => {
    const spec = parseSpec({ name: 'long_batch', N: 1_000_000, Ci: 1, H: 8, W: 8, Co: 1, K: 1, L: 1 });
    const n = spec.N * 64;
    const c = new LayerCase(spec, 1, { x: pos(n, 11), dy: pos(n, 12), w: Float32Array.of(0.5), b: Float32Array.of(0.5) });
    const cases: [Pass, Schedule | undefined][] = [
      ['weight-grad', undefined],
      ['weight-grad', SCALAR],
      ['weight-grad', defaultGpuSchedule(spec, 'weight-grad')],
      ['bias-grad', SCALAR],
      ['bias-grad', defaultGpuSchedule(spec, 'bias-grad')],
    ];
    for (const [pass, schedule] of cases) {
      const r = await run(spec, pass, c, schedule);
      expect(r.failure, `${pass} ${JSON.stringify(schedule)}`).toBeUndefined();
      expect(r.bound).toBe('rel');
      // half the promise at most (one chain of float32 additions lost rel 1e-3 already at 2.56M terms)
      expect(r.relError, `${pass} ${JSON.stringify(schedule)}`).toBeLessThan(REL_TOLERANCE / 2);
    }
  }, 120_000);

  it('a weight gradient of 2.56M positive terms per weight is within rel 1e-5 (default SIMD schedule and scalar)', async () => {
    const spec = parseSpec({ name: 'long_dw', N: 40000, Ci: 1, H: 8, W: 8, Co: 1, K: 1, L: 1 });
    const c = new LayerCase(spec, 1, { x: pos(spec.N * 64, 11), dy: pos(spec.N * 64, 12) });
    for (const schedule of [undefined, SCALAR]) {
      const r = await run(spec, 'weight-grad', c, schedule);
      expect(r.failure).toBeUndefined();
      expect(r.bound).toBe('rel');
    }
  }, 20_000);
});
