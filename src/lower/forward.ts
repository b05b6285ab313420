import type { LayerSpec } from '../spec/types.js';
import type { Schedule } from '../schedule/index.js';
import type { Affine, Stmt } from './ir.js';
import { tensorShapes, tensorSizes, weightStrides, yStrides } from '../spec/layout.js';
import { aff, affAdd, affScale, get, load, Locals, loop, madd, paddedInput, tiled, type PaddedInput } from './builder.js';
import type { Lowering } from './index.js';

/**
 * Forward: Y[n, co, i, j] = sigma(b[co] + sum over ci, k, l of Xpad[n, ci, i*sh + k*dh, j*sw + l*dw] * W[co, ci, k, l]).
 * Loops n, output-channel tiles, i, j; the reduction over input channels runs in blocks of
 * `unroll` channels, each block one unrolled body of unroll x K x L taps feeding `tile` accumulators.
 */
export function lowerForward(spec: LayerSpec, sch: Schedule): Lowering {
  const locals = new Locals();
  const src = paddedInput(spec, locals);
  const ps = src.strides;
  const ws = weightStrides(spec);
  const ys = yStrides(spec);
  const sizes = tensorSizes(spec);
  const shapes = tensorShapes(spec);

  const coTile = (T: number, co0: Affine): Stmt[] => {
    const accs = Array.from({ length: T }, (_, t) => locals.float(`acc${t}`));
    const pixel: Stmt[] = [
      { op: 'index', name: locals.index('xp'), value: aff(0, { n: ps.n, i: spec.sh * ps.y, j: spec.sw * ps.x }) },
      { op: 'index', name: locals.index('wp'), value: affScale(co0, ws.co) },
      { op: 'index', name: locals.index('bp'), value: co0 },
      ...accs.map((a, t): Stmt => ({ op: 'set', name: a, value: load('b', 'bp', t) })),
      ...tiled(locals, 'cb', spec.Ci, sch.unroll, (U, ci0) => [
        { op: 'index', name: locals.index('xq'), value: affAdd(aff(0, { xp: 1 }), affScale(ci0, ps.c)) },
        { op: 'index', name: locals.index('wq'), value: affAdd(aff(0, { wp: 1 }), affScale(ci0, ws.ci)) },
        ...reductionBody(spec, src, U, accs),
      ]),
      { op: 'index', name: locals.index('yp'), value: affAdd(aff(0, { n: ys.n, i: ys.y, j: ys.x }), affScale(co0, ys.c)) },
      ...accs.map((a, t): Stmt => ({
        op: 'store',
        buf: 'y',
        ptr: 'yp',
        offset: t * ys.c,
        value: spec.act === 'none' ? get(a) : { op: 'act', fn: spec.act, a: get(a) },
      })),
    ];
    return loop(locals, 'i', spec.Ho, loop(locals, 'j', spec.Wo, pixel));
  };

  return {
    locals,
    buffers: [
      { name: 'x', role: 'input', elems: sizes.x, shape: shapes.x },
      { name: 'w', role: 'input', elems: sizes.w, shape: shapes.w },
      { name: 'b', role: 'input', elems: sizes.b, shape: shapes.b },
      { name: 'y', role: 'output', elems: sizes.y, shape: shapes.y },
      ...src.decl,
    ],
    body: [...src.prologue, ...loop(locals, 'n', spec.N, tiled(locals, 'ct', spec.Co, sch.tile, coTile))],
  };

  /** One unrolled block: U input channels x K x L taps, each tap one load of X and `tile` multiply-adds. */
  function reductionBody(s: LayerSpec, x: PaddedInput, U: number, accs: string[]): Stmt[] {
    const body: Stmt[] = [];
    const xv = locals.float('xv');
    for (let ci = 0; ci < U; ci++)
      for (let k = 0; k < s.K; k++)
        for (let l = 0; l < s.L; l++) {
          body.push({ op: 'set', name: xv, value: load(x.buf, 'xq', ci * ps.c + k * s.dh * ps.y + l * s.dw * ps.x) });
          accs.forEach((a, t) => body.push(madd(a, get(xv), load('w', 'wq', t * ws.co + ci * ws.ci + k * ws.k + l * ws.l))));
        }
    return body;
  }
}
