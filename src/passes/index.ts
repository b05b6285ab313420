/**
 * The pass registry: what each pass *is*, declared once. Everything that used to switch on the
 * pass name (the tensors a kernel binds, which one it returns, its runtime scalars, the flops it
 * is credited with, its float64 reference and the |terms| scale verification judges it by) reads
 * it from here. How a pass is computed (its index expression over named axes) is in
 * `src/lower/passes.ts`, next to the tile engine that lowers it.
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import { PASSES } from '../layer/types.js';
import { tensorShapes, tensorSizes } from '../layer/layout.js';
import {
  absBackwardRef, absForwardRef, biasGradRef, deltaRef, forwardRef, inputGradRef, weightGradRef,
} from '../reference/index.js';

export { PASSES };
export type { Pass };

/** How a kernel uses a tensor: reads it, writes all of it, or reads and updates it in place. */
export type TensorRole = 'input' | 'output' | 'inout';

/** The logical tensor a pass tensor is shaped like (a gradient has its variable's shape). */
export type TensorLike = 'x' | 'w' | 'b' | 'y' | 'scalar';

export interface PassTensor {
  name: string;
  role: TensorRole;
  like: TensorLike;
}

/** Inputs of a reference evaluation: float32 tensors as the kernel sees them, `lr` a float32 too. */
export interface PassInputs {
  x: ArrayLike<number>;
  w: ArrayLike<number>;
  b: ArrayLike<number>;
  /** the saved forward output (float32), read by the backward passes */
  y: ArrayLike<number>;
  dy: ArrayLike<number>;
  lr: number;
}

export interface PassDecl {
  name: Pass;
  /** one line for help texts and headers */
  summary: string;
  /** the tensors a kernel binds, in memory and binding order (Y only when sigma' needs it) */
  tensors(spec: LayerSpec): PassTensor[];
  /** the tensor the pass returns (an output, or the in-out tensor it updates) */
  result: string;
  /** runtime scalars: bound like 1-element input tensors, never baked into the kernel */
  scalars: readonly string[];
  /** floating-point operations credited to the pass (conv-math.md "Cost"), whatever a kernel executes */
  flops(spec: LayerSpec): number;
  /** the float64 reference of the result */
  reference(spec: LayerSpec, t: PassInputs): Float64Array;
  /** the same sums over |terms| (verification's scale for sums that cancel) */
  absReference(spec: LayerSpec, t: PassInputs): Float64Array;
}

const t = (name: string, role: TensorRole, like: TensorLike): PassTensor => ({ name, role, like });
/** dY, and Y where sigma' is computed from it */
const deltaInputs = (spec: LayerSpec): PassTensor[] => [t('dy', 'input', 'y'), ...(spec.act !== 'none' ? [t('y', 'input', 'y')] : [])];
const delta = (spec: LayerSpec, i: PassInputs) => deltaRef(spec, i.y, i.dy);
const abs = (a: ArrayLike<number>) => Float64Array.from(a, Math.abs);
/** 2 flops (a multiply and an add) per term of the convolution's sums */
const convFlops = (s: LayerSpec) => 2 * s.N * s.Co * s.Ho * s.Wo * (s.Ci / s.groups) * s.K * s.L;

export const PASS_DECLS: Readonly<Record<Pass, PassDecl>> = {
  forward: {
    name: 'forward',
    summary: 'y = sigma(b + x * w)',
    tensors: () => [t('x', 'input', 'x'), t('w', 'input', 'w'), t('b', 'input', 'b'), t('y', 'output', 'y')],
    result: 'y',
    scalars: [],
    flops: convFlops,
    reference: (s, i) => forwardRef(s, i.x, i.w, i.b).y,
    absReference: (s, i) => absForwardRef(s, i.x, i.w, i.b),
  },
  'input-grad': {
    name: 'input-grad',
    summary: "dx = delta (*) w, delta = dy * sigma'(y)",
    tensors: (s) => [t('w', 'input', 'w'), ...deltaInputs(s), t('dx', 'output', 'x')],
    result: 'dx',
    scalars: [],
    flops: convFlops,
    reference: (s, i) => inputGradRef(s, i.w, delta(s, i)),
    absReference: (s, i) => absBackwardRef(s, 'input-grad', i.x, i.w, delta(s, i)),
  },
  'weight-grad': {
    name: 'weight-grad',
    summary: "dw = x (*) delta, delta = dy * sigma'(y)",
    tensors: (s) => [t('x', 'input', 'x'), ...deltaInputs(s), t('dw', 'output', 'w')],
    result: 'dw',
    scalars: [],
    flops: convFlops,
    reference: (s, i) => weightGradRef(s, i.x, delta(s, i)),
    absReference: (s, i) => absBackwardRef(s, 'weight-grad', i.x, i.w, delta(s, i)),
  },
  'bias-grad': {
    name: 'bias-grad',
    summary: "db = sum over n, i, j of dy * sigma'(y)",
    tensors: (s) => [...deltaInputs(s), t('db', 'output', 'b')],
    result: 'db',
    scalars: [],
    flops: (s) => s.N * s.Co * s.Ho * s.Wo,
    reference: (s, i) => biasGradRef(s, delta(s, i)),
    absReference: (s, i) => absBackwardRef(s, 'bias-grad', i.x, i.w, delta(s, i)),
  },
  'weight-update': {
    name: 'weight-update',
    summary: 'w -= lr * dw (the fused SGD step), w updated in place',
    tensors: (s) => [t('x', 'input', 'x'), ...deltaInputs(s), t('lr', 'input', 'scalar'), t('w', 'inout', 'w')],
    result: 'w',
    scalars: ['lr'],
    // the weight gradient's sums, then a multiply and a subtract per weight
    flops: (s) => convFlops(s) + 2 * tensorSizes(s).w,
    reference: (s, i) => {
      const dw = weightGradRef(s, i.x, delta(s, i));
      return dw.map((g, k) => i.w[k]! - i.lr * g);
    },
    // w's own magnitude plus lr times the gradient's |terms|
    absReference: (s, i) => {
      const a = absBackwardRef(s, 'weight-grad', i.x, i.w, delta(s, i));
      const w = abs(i.w);
      return a.map((g, k) => w[k]! + Math.abs(i.lr) * g);
    },
  },
};

export function passDecl(pass: Pass): PassDecl {
  const d = PASS_DECLS[pass];
  if (!d) throw new RangeError(`pass: got ${JSON.stringify(pass)}; must be one of ${PASSES.join(', ')}`);
  return d;
}

/** Element count and logical shape of a pass tensor. */
export function tensorExtent(spec: LayerSpec, like: TensorLike): { elems: number; shape: number[] } {
  if (like === 'scalar') return { elems: 1, shape: [] };
  return { elems: tensorSizes(spec)[like], shape: tensorShapes(spec)[like] };
}

/** Floating-point operations credited to a pass. */
export const flops = (spec: LayerSpec, pass: Pass): number => passDecl(pass).flops(spec);
