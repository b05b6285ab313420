import { describe, expect, it } from 'vitest';
import type { Activation, LayerSpec, Layout } from '../src/layer/types.js';
import { actStrides, tensorSizes, weightStrides, xStrides } from '../src/layer/layout.js';
import {
  activationDerivFromY, backwardRef, forwardRef, randomUniform, relError, rng,
} from '../src/reference/index.js';

/** Local LayerSpec builder (independent of layer/parse.ts): Ho/Wo by conv-math's formula. */
function spec(p: Partial<LayerSpec> & Pick<LayerSpec, 'Ci' | 'H' | 'W' | 'Co' | 'K' | 'L'>): LayerSpec {
  const s = { name: 't', N: 1, sh: 1, sw: 1, dh: 1, dw: 1, pt: 0, pb: 0, pl: 0, pr: 0, groups: 1,
    act: 'none' as Activation, layout: 'nchw' as Layout, ...p };
  const Ho = Math.floor((s.H + s.pt + s.pb - s.dh * (s.K - 1) - 1) / s.sh) + 1;
  const Wo = Math.floor((s.W + s.pl + s.pr - s.dw * (s.L - 1) - 1) / s.sw) + 1;
  return { ...s, Ho, Wo };
}

/** The 5x5 image 1..25 row by row, and a 3x3 kernel of ones with 2 in the center. */
const X25 = Float64Array.from({ length: 25 }, (_, i) => i + 1);
const K3 = Float64Array.from([1, 1, 1, 1, 2, 1, 1, 1, 1]);
const one = { Ci: 1, Co: 1, H: 5, W: 5 };

describe('forwardRef by hand', () => {
  // A 3x3 window centered on value c of this linear image sums to 9c; the center adds c again,
  // so a full window gives 10c + 0.5. Partial windows (padding) are summed out below.
  it('no padding, stride 1: 3x3', () => {
    const s = spec({ ...one, K: 3, L: 3 });
    const { z } = forwardRef(s, X25, K3, [0.5]);
    expect(Array.from(z)).toEqual([70.5, 80.5, 90.5, 120.5, 130.5, 140.5, 170.5, 180.5, 190.5]);
  });

  it('pad 1, stride 1: 5x5', () => {
    const s = spec({ ...one, K: 3, L: 3, pt: 1, pb: 1, pl: 1, pr: 1 });
    expect([s.Ho, s.Wo]).toEqual([5, 5]);
    const { z } = forwardRef(s, X25, K3, [0.5]);
    expect(z[0]).toBe(17.5); // (0,0): 1*2 + 2 + 6 + 7
    expect(z[2]).toBe(36.5); // (0,2): 2+3+4+7+8+9 + 3
    expect(z[12]).toBe(130.5); // center: 10*13
    expect(z[24]).toBe(113.5); // (4,4): 19 + 20 + 24 + 25*2
  });

  it('pad 1, stride 2: 3x3', () => {
    const s = spec({ ...one, K: 3, L: 3, pt: 1, pb: 1, pl: 1, pr: 1, sh: 2, sw: 2 });
    const { z } = forwardRef(s, X25, K3, [0.5]);
    // Windows centered on input (2i, 2j), e.g. (0,2): 4+5+9+10 + 5; (1,2): 9+10+14+15+19+20 + 15.
    expect(Array.from(z)).toEqual([17.5, 36.5, 33.5, 80.5, 130.5, 102.5, 97.5, 146.5, 113.5]);
    // ...which is the stride-1 output at even positions.
    const full = forwardRef(spec({ ...one, K: 3, L: 3, pt: 1, pb: 1, pl: 1, pr: 1 }), X25, K3, [0.5]).z;
    expect(Array.from(z)).toEqual([0, 2, 4, 10, 12, 14, 20, 22, 24].map((i) => full[i]));
  });

  it('K != L and dilation orient the right way (cross-correlation, not flipped)', () => {
    // 1x2 kernel [1, -1]: x[i][j] - x[i][j+1] = -1 everywhere; 2x1 [1; -1]: rows differ by 5.
    const row = forwardRef(spec({ ...one, K: 1, L: 2 }), X25, [1, -1], [0]);
    expect([row.z.length, ...new Set(row.z)]).toEqual([20, -1]);
    const col = forwardRef(spec({ ...one, K: 2, L: 1 }), X25, [1, -1], [0]);
    expect([col.z.length, ...new Set(col.z)]).toEqual([20, -5]);
    // Dilation 2 along width: taps two columns apart.
    const dil = forwardRef(spec({ ...one, K: 1, L: 2, dw: 2 }), X25, [1, -1], [0]);
    expect([dil.z.length, ...new Set(dil.z)]).toEqual([15, -2]);
  });

  it('multi-channel 1x1: a matrix product per pixel, with bias per output channel', () => {
    // x: 2 channels of 2x1 pixels; w OIHW [co][ci] = [[1, 2], [3, -1]].
    const s = spec({ Ci: 2, Co: 2, H: 2, W: 1, K: 1, L: 1 });
    const { z } = forwardRef(s, [1, 2, 10, 20], [1, 2, 3, -1], [0.5, -0.5]);
    // co0: 1*[1,2] + 2*[10,20] + 0.5; co1: 3*[1,2] - [10,20] - 0.5
    expect(Array.from(z)).toEqual([21.5, 42.5, -7.5, -14.5]);
  });

  it('activations apply elementwise to z', () => {
    const z = forwardRef(spec({ ...one, K: 3, L: 3 }), X25, K3, [-130]).z; // z from -59.5 to 60.5
    for (const act of ['none', 'relu', 'sigmoid', 'tanh'] as const) {
      const y = forwardRef(spec({ ...one, K: 3, L: 3, act }), X25, K3, [-130]).y;
      const f = { none: (v: number) => v, relu: (v: number) => Math.max(v, 0),
        sigmoid: (v: number) => 1 / (1 + Math.exp(-v)), tanh: Math.tanh }[act];
      expect(Array.from(y)).toEqual(Array.from(z, f));
    }
  });

  it('rejects a spec whose Ho/Wo disagree with the formula, and wrong array lengths', () => {
    const s = spec({ ...one, K: 3, L: 3 });
    expect(() => forwardRef({ ...s, Ho: 4 }, X25, K3, [0])).toThrow(/formula/);
    expect(() => forwardRef(s, X25.subarray(1), K3, [0])).toThrow(/x has 24/);
  });
});

/** Copy a tensor between layouts through the strides of layout.ts (dims in n,c,y,x order). */
function relayoutAct(a: ArrayLike<number>, from: Layout, to: Layout, N: number, C: number, H: number, W: number) {
  const f = actStrides(from, C, H, W), t = actStrides(to, C, H, W);
  const out = new Float64Array(a.length);
  for (let n = 0; n < N; n++) for (let c = 0; c < C; c++) for (let y = 0; y < H; y++) for (let x = 0; x < W; x++)
    out[n * t.n + c * t.c + y * t.y + x * t.x] = a[n * f.n + c * f.c + y * f.y + x * f.x];
  return out;
}
function relayoutW(a: ArrayLike<number>, from: LayerSpec, to: LayerSpec) {
  const f = weightStrides(from), t = weightStrides(to);
  const out = new Float64Array(a.length);
  for (let o = 0; o < from.Co; o++) for (let i = 0; i < from.Ci; i++) for (let k = 0; k < from.K; k++) for (let l = 0; l < from.L; l++)
    out[o * t.co + i * t.ci + k * t.k + l * t.l] = a[o * f.co + i * f.ci + k * f.k + l * f.l];
  return out;
}

describe('grouped forwardRef by hand', () => {
  it('each output channel reads only the input channels of its group (G = 2, 1x1)', () => {
    // 4 input channels of one pixel: 1, 2, 3, 4; groups {1, 2} -> outputs 0, 1 and {3, 4} -> outputs 2, 3
    const s = spec({ Ci: 4, Co: 4, H: 1, W: 1, K: 1, L: 1, groups: 2 });
    // w[co][ci of the group]: co 0 = (1, 0), co 1 = (0, 1), co 2 = (1, 1), co 3 = (10, -1)
    const { z } = forwardRef(s, [1, 2, 3, 4], [1, 0, 0, 1, 1, 1, 10, -1], [0, 0, 0, 0.5]);
    expect(Array.from(z)).toEqual([1, 2, 7, 26.5]);
  });
});

describe('layouts', () => {
  it('nhwc/HWIO gives the nchw/OIHW numbers, transposed (forward and backward)', () => {
    const c = spec({ N: 2, Ci: 3, Co: 4, H: 6, W: 5, K: 3, L: 2, sh: 2, pt: 1, pb: 0, pl: 1, pr: 1, act: 'tanh' });
    const h = { ...c, layout: 'nhwc' as const };
    const sz = tensorSizes(c);
    const x = randomUniform(sz.x, 1), w = randomUniform(sz.w, 2), b = randomUniform(sz.b, 3), g = randomUniform(sz.y, 4);
    const toH = (a: ArrayLike<number>, C: number, H: number, W: number) => relayoutAct(a, 'nchw', 'nhwc', c.N, C, H, W);
    const fc = forwardRef(c, x, w, b);
    const fh = forwardRef(h, toH(x, c.Ci, c.H, c.W), relayoutW(w, c, h), b);
    // Same sums in the same order, so exactly equal, not merely close.
    expect(Array.from(fh.y)).toEqual(Array.from(toH(fc.y, c.Co, c.Ho, c.Wo)));
    const bc = backwardRef(c, x, w, fc.y, g);
    const bh = backwardRef(h, toH(x, c.Ci, c.H, c.W), relayoutW(w, c, h), fh.y, toH(g, c.Co, c.Ho, c.Wo));
    expect(Array.from(bh.db)).toEqual(Array.from(bc.db));
    expect(Array.from(bh.dw)).toEqual(Array.from(relayoutW(bc.dw, c, h)));
    expect(Array.from(bh.dx)).toEqual(Array.from(toH(bc.dx, c.Ci, c.H, c.W)));
    expect(new Set(fh.y).size).toBeGreaterThan(10); // not a degenerate all-equal output
  });
});

describe('backward vs central finite differences of the forward reference', () => {
  // Together: stride 2, asymmetric padding, dilation 2, K != L, batch > 1, every activation, both
  // layouts, and inputs no window reads (stride skipping, floor in Ho), whose dX must be exactly 0.
  const cases: LayerSpec[] = [
    spec({ name: 'batch2-KneL', N: 2, Ci: 2, Co: 3, H: 5, W: 6, K: 3, L: 2, act: 'none' }),
    spec({ name: 'stride2-pad1', Ci: 2, Co: 2, H: 7, W: 7, K: 3, L: 3, sh: 2, sw: 2, pt: 1, pb: 1, pl: 1, pr: 1, act: 'relu' }),
    spec({ name: 'asym-pad-nhwc', Ci: 3, Co: 2, H: 5, W: 6, K: 2, L: 3, pt: 0, pb: 1, pl: 1, pr: 2, act: 'sigmoid', layout: 'nhwc' }),
    spec({ name: 'dil2-nhwc', N: 2, Ci: 2, Co: 2, H: 7, W: 8, K: 2, L: 3, dh: 2, dw: 2, pt: 1, pb: 1, pl: 1, pr: 1, act: 'tanh', layout: 'nhwc' }),
    spec({ name: 'mixed-nchw', Ci: 2, Co: 2, H: 6, W: 7, K: 3, L: 2, sh: 2, sw: 1, dh: 1, dw: 2, pt: 1, pb: 0, pl: 2, pr: 1, act: 'sigmoid' }),
    spec({ name: 'all-nhwc-relu', N: 2, Ci: 1, Co: 3, H: 7, W: 6, K: 1, L: 3, sh: 2, sw: 2, dh: 2, dw: 2, pt: 0, pb: 1, pl: 1, pr: 2, act: 'relu', layout: 'nhwc' }),
    spec({ name: '1x1-stride2', Ci: 2, Co: 2, H: 5, W: 5, K: 1, L: 1, sh: 2, sw: 2, act: 'tanh' }),
    spec({ name: 'floor-drops-row', N: 3, Ci: 1, Co: 2, H: 6, W: 5, K: 3, L: 2, sh: 2, sw: 3, dh: 1, dw: 2, act: 'none', layout: 'nhwc' }),
    // grouped: 2 groups of 2 input -> 3 output channels; depthwise with channel multiplier 2
    spec({ name: 'groups2', N: 2, Ci: 4, Co: 6, H: 5, W: 6, K: 3, L: 2, pt: 1, pb: 0, pl: 1, pr: 1, groups: 2, act: 'tanh' }),
    spec({ name: 'depthwise-x2-nhwc', Ci: 3, Co: 6, H: 6, W: 5, K: 3, L: 3, sh: 2, sw: 1, dh: 1, dw: 2, pt: 1, pb: 1, pl: 2, pr: 2, groups: 3, act: 'sigmoid', layout: 'nhwc' }),
  ];
  const h = 1e-6;

  for (const s of cases) {
    it(`${s.name} (${s.layout}, ${s.act})`, () => {
      const sz = tensorSizes(s);
      // float64 copies so a perturbation of 1e-6 is applied exactly.
      let seed = 100, x!: Float64Array, w!: Float64Array, b!: Float64Array;
      for (;; seed += 10) {
        x = Float64Array.from(randomUniform(sz.x, seed)); w = Float64Array.from(randomUniform(sz.w, seed + 1));
        b = Float64Array.from(randomUniform(sz.b, seed + 2));
        // relu: a perturbation of h moves z by at most ~h * (fan-in), so with |z| >= 1e-3 no
        // difference quotient straddles the kink. Try seeds in order until that holds.
        if (s.act !== 'relu' || forwardRef(s, x, w, b).z.every((v) => Math.abs(v) >= 1e-3)) break;
      }
      const g = Float64Array.from(randomUniform(sz.y, seed + 3));
      const { y, z } = forwardRef(s, x, w, b);
      if (s.act === 'relu') expect(z.some((v) => v < 0) && z.some((v) => v > 0)).toBe(true); // mask exercised
      const { dx, dw, db } = backwardRef(s, x, w, y, g);

      const loss = () => forwardRef(s, x, w, b).y.reduce((acc, v, i) => acc + v * g[i], 0);
      const numeric = (p: Float64Array) => p.map((v, i) => {
        p[i] = v + h; const up = loss();
        p[i] = v - h; const down = loss();
        p[i] = v;
        return (up - down) / (2 * h);
      });
      for (const [name, ana, num] of [['dX', dx, numeric(x)], ['dW', dw, numeric(w)], ['db', db, numeric(b)]] as const) {
        expect(relError(ana, num), name).toBeLessThan(1e-6);
        // Every element, not just the norm: absolute error small against the gradient's scale.
        const scale = Math.max(1, ...Array.from(num, Math.abs));
        ana.forEach((v, i) => expect(Math.abs(v - num[i]), `${name}[${i}]`).toBeLessThan(1e-6 * scale));
      }
      // Inputs no window reads get exactly zero gradient (not just ~0).
      if (s.name === '1x1-stride2') {
        const xs = xStrides(s);
        expect(dx[1 * xs.y + 1 * xs.x]).toBe(0);
        expect(dx[0]).not.toBe(0);
      }
      if (s.name === 'floor-drops-row') {
        const xs = xStrides(s);
        for (let c = 0; c < s.W; c++) expect(dx[5 * xs.y + c * xs.x]).toBe(0); // row 5 is never read
      }
    });
  }
});

describe('helpers', () => {
  it('activationDerivFromY follows the table', () => {
    expect(activationDerivFromY('none', -3)).toBe(1);
    expect([activationDerivFromY('relu', 2), activationDerivFromY('relu', 0)]).toEqual([1, 0]);
    expect(activationDerivFromY('sigmoid', 0.25)).toBe(0.1875);
    expect(activationDerivFromY('tanh', 0.5)).toBe(0.75);
  });

  it('relError', () => {
    expect(relError([1, 2], [1, 2])).toBe(0);
    expect(relError([3, 4], [0, 0])).toBe(5e30); // denominator floored at 1e-30
    expect(relError([1, 1], [1, 0])).toBe(1 / 1);
    expect(relError([NaN, 0], [1, 0])).toBe(Infinity);
    expect(relError([1, -Infinity], [1, 0])).toBe(Infinity);
    expect(() => relError([1], [1, 2])).toThrow();
  });

  it('rng and randomUniform are seeded, in [-1, 1), never zero', () => {
    expect(randomUniform(50, 7)).toEqual(randomUniform(50, 7));
    expect(randomUniform(50, 7)).not.toEqual(randomUniform(50, 8));
    const a = randomUniform(100000, 42);
    let lo = Infinity, hi = -Infinity, zeros = 0;
    for (const v of a) { lo = Math.min(lo, v); hi = Math.max(hi, v); if (v === 0) zeros++; }
    expect(zeros).toBe(0);
    expect(lo).toBeGreaterThanOrEqual(-1); expect(lo).toBeLessThan(-0.999);
    expect(hi).toBeLessThan(1); expect(hi).toBeGreaterThan(0.999);
    const r = rng(1);
    const u = Array.from({ length: 1000 }, r);
    expect(Math.min(...u)).toBeGreaterThanOrEqual(0); expect(Math.max(...u)).toBeLessThan(1);
  });
});
