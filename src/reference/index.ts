/**
 * Float64 reference interpreter: the formulas of docs/conv-math.md as plain loops, nothing clever.
 * Every tensor is in the spec's own layout and indexed only through the strides of layer/layout.ts,
 * so one code path serves nchw/OIHW and nhwc/HWIO. Generated kernels are judged against this.
 */
import type { Activation, LayerSpec } from '../layer/types.js';
import { tensorSizes, weightStrides, xStrides, yStrides } from '../layer/layout.js';

/** sigma(z). */
export function activate(act: Activation, z: number): number {
  switch (act) {
    case 'none': return z;
    case 'relu': return z > 0 ? z : 0;
    case 'sigmoid': return 1 / (1 + Math.exp(-z));
    case 'tanh': return Math.tanh(z);
  }
}

/** sigma'(Z) written with the saved output Y alone (conv-math's table), so Z need not be kept. */
export function activationDerivFromY(act: Activation, y: number): number {
  switch (act) {
    case 'none': return 1;
    case 'relu': return y > 0 ? 1 : 0;
    case 'sigmoid': return y * (1 - y);
    case 'tanh': return 1 - y * y;
  }
}

/** Output extent per conv-math: floor((in + pads - d (k - 1) - 1) / s) + 1. */
const outSize = (n: number, pads: number, d: number, k: number, s: number): number =>
  Math.floor((n + pads - d * (k - 1) - 1) / s) + 1;

/** Refuse a spec whose Ho/Wo disagree with the formula, or an array of the wrong length: a wrong
 * reference would silently bless a wrong kernel. */
function check(spec: LayerSpec, arrays: Record<string, [ArrayLike<number>, number]>): void {
  const ho = outSize(spec.H, spec.pt + spec.pb, spec.dh, spec.K, spec.sh);
  const wo = outSize(spec.W, spec.pl + spec.pr, spec.dw, spec.L, spec.sw);
  if (spec.Ho !== ho || spec.Wo !== wo || ho < 1 || wo < 1) {
    throw new Error(`reference: spec ${spec.name} has Ho x Wo = ${spec.Ho} x ${spec.Wo}, formula gives ${ho} x ${wo}`);
  }
  for (const [name, [a, n]] of Object.entries(arrays)) {
    if (a.length !== n) throw new Error(`reference: ${name} has ${a.length} elements, spec ${spec.name} needs ${n}`);
  }
}

/**
 * Visit every (output element, kernel tap) pair whose input element lies inside the image (taps
 * on the padding read zero and contribute nothing). All passes share this one loop nest, so they
 * cannot disagree about which input a tap reads.
 */
function forEachTap(
  spec: LayerSpec,
  f: (yi: number, xi: number, wi: number, n: number, co: number) => void,
): void {
  const xs = xStrides(spec), ys = yStrides(spec), ws = weightStrides(spec);
  // output channel co is in group g = floor(co / (Co/G)) and reads input channels g*(Ci/G) + ci
  const cig = spec.Ci / spec.groups, cog = spec.Co / spec.groups;
  for (let n = 0; n < spec.N; n++)
    for (let co = 0; co < spec.Co; co++)
      for (let i = 0; i < spec.Ho; i++)
        for (let j = 0; j < spec.Wo; j++) {
          const yi = n * ys.n + co * ys.c + i * ys.y + j * ys.x;
          const c0 = Math.floor(co / cog) * cig;
          for (let ci = 0; ci < cig; ci++)
            for (let k = 0; k < spec.K; k++) {
              const r = i * spec.sh + k * spec.dh - spec.pt;
              if (r < 0 || r >= spec.H) continue;
              for (let l = 0; l < spec.L; l++) {
                const c = j * spec.sw + l * spec.dw - spec.pl;
                if (c < 0 || c >= spec.W) continue;
                f(yi, n * xs.n + (c0 + ci) * xs.c + r * xs.y + c * xs.x, co * ws.co + ci * ws.ci + k * ws.k + l * ws.l, n, co);
              }
            }
        }
}

/** Z = b + correlation(X, Wt); Y = sigma(Z). */
export function forwardRef(
  spec: LayerSpec, x: ArrayLike<number>, w: ArrayLike<number>, b: ArrayLike<number>,
): { z: Float64Array; y: Float64Array } {
  const sz = tensorSizes(spec);
  check(spec, { x: [x, sz.x], w: [w, sz.w], b: [b, sz.b] });
  const z = new Float64Array(sz.y);
  const ys = yStrides(spec);
  // Bias first, then accumulate taps.
  for (let n = 0; n < spec.N; n++)
    for (let co = 0; co < spec.Co; co++)
      for (let i = 0; i < spec.Ho; i++)
        for (let j = 0; j < spec.Wo; j++) z[n * ys.n + co * ys.c + i * ys.y + j * ys.x] = b[co];
  forEachTap(spec, (yi, xi, wi) => { z[yi] += x[xi] * w[wi]; });
  const y = z.map((v) => activate(spec.act, v));
  return { z, y };
}

/** delta = dY * sigma'(Z), with sigma' taken from Y. */
export function deltaRef(spec: LayerSpec, y: ArrayLike<number>, dy: ArrayLike<number>): Float64Array {
  const n = tensorSizes(spec).y;
  check(spec, { y: [y, n], dy: [dy, n] });
  const d = new Float64Array(n);
  for (let i = 0; i < n; i++) d[i] = dy[i] * activationDerivFromY(spec.act, y[i]);
  return d;
}

/** db[co] = sum over n, i, j of delta. */
export function biasGradRef(spec: LayerSpec, delta: ArrayLike<number>): Float64Array {
  check(spec, { delta: [delta, tensorSizes(spec).y] });
  const db = new Float64Array(spec.Co);
  const ys = yStrides(spec);
  for (let n = 0; n < spec.N; n++)
    for (let co = 0; co < spec.Co; co++)
      for (let i = 0; i < spec.Ho; i++)
        for (let j = 0; j < spec.Wo; j++) db[co] += delta[n * ys.n + co * ys.c + i * ys.y + j * ys.x];
  return db;
}

/** dWt[co, ci, k, l] = sum over n, i, j of delta * X at the tap; shaped (and laid out) like w. */
export function weightGradRef(spec: LayerSpec, x: ArrayLike<number>, delta: ArrayLike<number>): Float64Array {
  const sz = tensorSizes(spec);
  check(spec, { x: [x, sz.x], delta: [delta, sz.y] });
  const dw = new Float64Array(sz.w);
  forEachTap(spec, (yi, xi, wi) => { dw[wi] += delta[yi] * x[xi]; });
  return dw;
}

/** The fused SGD step: w - lr * dW, in float64 (lr as the kernel sees it, a float32). */
export function weightUpdateRef(spec: LayerSpec, x: ArrayLike<number>, w: ArrayLike<number>, delta: ArrayLike<number>, lr: number): Float64Array {
  const dw = weightGradRef(spec, x, delta);
  return dw.map((g, i) => w[i]! - lr * g);
}

/** dX by its definition: every output position spreads delta back over the inputs its window read
 * (padding taps are dropped, so the result is already cropped to H x W); shaped like x. */
export function inputGradRef(spec: LayerSpec, w: ArrayLike<number>, delta: ArrayLike<number>): Float64Array {
  const sz = tensorSizes(spec);
  check(spec, { w: [w, sz.w], delta: [delta, sz.y] });
  const dx = new Float64Array(sz.x);
  forEachTap(spec, (yi, xi, wi) => { dx[xi] += delta[yi] * w[wi]; });
  return dx;
}

/** The whole backward pass from the saved output y and dY = dL/dY. */
export function backwardRef(
  spec: LayerSpec, x: ArrayLike<number>, w: ArrayLike<number>, y: ArrayLike<number>, dy: ArrayLike<number>,
): { delta: Float64Array; db: Float64Array; dw: Float64Array; dx: Float64Array } {
  const delta = deltaRef(spec, y, dy);
  return { delta, db: biasGradRef(spec, delta), dw: weightGradRef(spec, x, delta), dx: inputGradRef(spec, w, delta) };
}

/**
 * The same sums as the pass's reference, every term replaced by its absolute value: |x|*|w| and
 * |b| for Z, |delta|*|x|, |delta|*|w| and |delta| for the gradients. Float32 rounding of a sum
 * is bounded relative to this (each rounding is relative to a partial sum, and no partial sum
 * exceeds the sum of |terms|), so it is the scale verification judges a cancelling sum by.
 * For the forward pass the first-order error in Y is sigma'(Z) times the error in Z, so the Z
 * scale is multiplied by |sigma'(Z)| (relu: 0 where Z <= 0, where the output is an exact 0).
 * delta is taken as given (the kernels compute it from the float32 Y), its magnitude per element.
 */
export function absForwardRef(spec: LayerSpec, x: ArrayLike<number>, w: ArrayLike<number>, b: ArrayLike<number>): Float64Array {
  const abs = (a: ArrayLike<number>) => Float64Array.from(a, Math.abs);
  const z = forwardRef(spec, x, w, b).z;
  const absZ = forwardRef({ ...spec, act: 'none' }, abs(x), abs(w), abs(b)).z;
  return absZ.map((v, i) => v * Math.abs(activationDeriv(spec.act, z[i]!)));
}

/** |sum| scales of the backward passes (see absForwardRef), from delta's magnitudes. */
export function absBackwardRef(
  spec: LayerSpec, pass: 'bias-grad' | 'weight-grad' | 'input-grad', x: ArrayLike<number>, w: ArrayLike<number>, delta: ArrayLike<number>,
): Float64Array {
  const abs = (a: ArrayLike<number>) => Float64Array.from(a, Math.abs);
  const d = abs(delta);
  if (pass === 'bias-grad') return biasGradRef(spec, d);
  return pass === 'weight-grad' ? weightGradRef(spec, abs(x), d) : inputGradRef(spec, abs(w), d);
}

/** sigma'(z) from Z (the forward scale needs it where Y alone is not enough: relu at 0). */
function activationDeriv(act: Activation, z: number): number {
  switch (act) {
    case 'none': return 1;
    case 'relu': return z > 0 ? 1 : 0;
    case 'sigmoid': { const s = 1 / (1 + Math.exp(-z)); return s * (1 - s); }
    case 'tanh': { const t = Math.tanh(z); return 1 - t * t; }
  }
}

/** ||a||_2, accumulated in float64. */
export function norm2(a: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * a[i]!;
  return Math.sqrt(s);
}

/**
 * ||out - ref||_2 / max(||ref||_2, 1e-30); Infinity if out is NaN/Inf anywhere ref is finite
 * (a NaN-poisoned element the kernel never wrote must fail, not vanish into a NaN norm).
 */
export function relError(out: ArrayLike<number>, ref: ArrayLike<number>): number {
  if (out.length !== ref.length) throw new Error(`relError: length ${out.length} vs reference ${ref.length}`);
  let num = 0, den = 0;
  for (let i = 0; i < ref.length; i++) {
    const o = out[i], r = ref[i];
    if (!Number.isFinite(o) && Number.isFinite(r)) return Infinity;
    num += (o - r) * (o - r);
    den += r * r;
  }
  return Math.sqrt(num) / Math.max(Math.sqrt(den), 1e-30);
}

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1) with 32-bit resolution. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * n values uniform in [-1, 1), none of them zero. Built from 24 random bits as (k - 2^23) / 2^23,
 * which float32 holds exactly, so rounding can never produce 1.0.
 */
export function randomUniform(n: number, seed: number): Float32Array {
  const next = rng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) {
    let v = 0;
    while (v === 0) v = (Math.floor(next() * 16777216) - 8388608) / 8388608;
    out[i] = v;
  }
  return out;
}
