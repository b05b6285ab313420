import type { LayerSpec } from '../spec/types.js';
import type { Schedule } from '../schedule/index.js';
import type { Affine, Stmt } from './ir.js';
import { tensorShapes, tensorSizes, weightStrides } from '../spec/layout.js';
import { aff, affAdd, affScale, deltaBuffer, deltaInputs, fconst, get, load, Locals, loop, madd, paddedInput, tiled } from './builder.js';
import type { Lowering } from './index.js';

/**
 * Weight gradient, a reduction over n, i, j:
 * dW[co, ci, k, l] = sum of delta[n, co, i, j] * Xpad[n, ci, i*sh + k*dh, j*sw + l*dw].
 * A tile is `tile` output channels x all K x L taps of one input channel, held in accumulators.
 * Each output row is summed into row accumulators first (fewer rounding steps on long sums),
 * in blocks of `unroll` output columns, each block one unrolled body.
 */
export function lowerWeightGrad(spec: LayerSpec, sch: Schedule): Lowering {
  const locals = new Locals();
  const src = paddedInput(spec, locals);
  const delta = deltaBuffer(spec, locals, { top: 0, bottom: 0, left: 0, right: 0 });
  const ps = src.strides;
  const ds = delta.strides;
  const ws = weightStrides(spec);
  const sizes = tensorSizes(spec);
  const shapes = tensorShapes(spec);
  const { K, L } = spec;

  const coTile = (T: number, co0: Affine): Stmt[] => {
    const acc = (t: number, k: number, l: number) => locals.float(`acc${t}_${k}_${l}`);
    const racc = (t: number, k: number, l: number) => locals.float(`row${t}_${k}_${l}`);
    const all = (f: (t: number, k: number, l: number) => Stmt): Stmt[] => {
      const out: Stmt[] = [];
      for (let t = 0; t < T; t++) for (let k = 0; k < K; k++) for (let l = 0; l < L; l++) out.push(f(t, k, l));
      return out;
    };
    const row: Stmt[] = [
      ...all((t, k, l) => ({ op: 'set', name: racc(t, k, l), value: fconst(0) })),
      ...tiled(locals, 'jb', spec.Wo, sch.unroll, (U, j0) => {
        const body: Stmt[] = [
          { op: 'index', name: locals.index('dq'), value: affAdd(aff(0, { n: ds.n, i: ds.y }), affAdd(affScale(co0, ds.c), affScale(j0, ds.x))) },
          { op: 'index', name: locals.index('xq'), value: affAdd(aff(0, { n: ps.n, ci: ps.c, i: spec.sh * ps.y }), affScale(j0, spec.sw * ps.x)) },
        ];
        for (let j = 0; j < U; j++) {
          const dv = (t: number) => locals.float(`dv${t}`);
          for (let t = 0; t < T; t++) body.push({ op: 'set', name: dv(t), value: load(delta.buf, 'dq', t * ds.c + j * ds.x) });
          for (let k = 0; k < K; k++)
            for (let l = 0; l < L; l++) {
              const xv = locals.float('xv');
              body.push({ op: 'set', name: xv, value: load(src.buf, 'xq', k * spec.dh * ps.y + (j * spec.sw + l * spec.dw) * ps.x) });
              for (let t = 0; t < T; t++) body.push(madd(racc(t, k, l), get(dv(t)), get(xv)));
            }
        }
        return body;
      }),
      ...all((t, k, l) => ({ op: 'set', name: acc(t, k, l), value: { op: 'add', a: get(acc(t, k, l)), b: get(racc(t, k, l)) } })),
    ];
    return loop(locals, 'ci', spec.Ci, [
      ...all((t, k, l) => ({ op: 'set', name: acc(t, k, l), value: fconst(0) })),
      ...loop(locals, 'n', spec.N, loop(locals, 'i', spec.Ho, row)),
      { op: 'index', name: locals.index('wp'), value: affAdd(aff(0, { ci: ws.ci }), affScale(co0, ws.co)) },
      ...all((t, k, l) => ({ op: 'store', buf: 'dw', ptr: 'wp', offset: t * ws.co + k * ws.k + l * ws.l, value: get(acc(t, k, l)) })),
    ]);
  };

  return {
    locals,
    buffers: [
      { name: 'x', role: 'input', elems: sizes.x, shape: shapes.x },
      ...deltaInputs(spec, shapes.y, sizes.y),
      { name: 'dw', role: 'output', elems: sizes.w, shape: shapes.w },
      ...src.decl,
      ...delta.decl,
    ],
    body: [...src.prologue, ...delta.prologue, ...tiled(locals, 'ct', spec.Co, sch.tile, coTile)],
  };
}
