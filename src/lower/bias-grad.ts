import type { LayerSpec } from '../spec/types.js';
import type { ScalarSchedule, Schedule } from '../schedule/index.js';
import type { Affine, Stmt } from './ir.js';
import { tensorShapes, tensorSizes, yStrides } from '../spec/layout.js';
import { aff, affAdd, affScale, deltaAt, deltaInputs, fconst, get, Locals, loop, partialSums, tiled } from './builder.js';
import type { Lowering } from './index.js';

/**
 * Bias gradient: db[co] = sum over n, i, j of dY * sigma'(Y), the derivative fused into the sum
 * so delta is never stored. Rows are summed into row accumulators first, in blocks of `unroll`
 * output columns, each block one unrolled body.
 */
export function lowerBiasGrad(spec: LayerSpec, schedule: Schedule): Lowering {
  if (schedule.kind !== 'scalar') throw new RangeError(`schedule.kind for bias-grad of ${spec.name}: got "${schedule.kind}"; bias-grad has scalar schedules only`);
  const sch: ScalarSchedule = schedule;
  const locals = new Locals();
  // threads split the rows of the sum; each adds its rows into its own partial db
  const parts = partialSums(locals, 'db', spec.Co, [spec.Co], sch.threads);
  const ys = yStrides(spec);
  const yShape = tensorShapes(spec).y;
  const yElems = tensorSizes(spec).y;

  const coTile = (T: number, co0: Affine): Stmt[] => {
    const accs = Array.from({ length: T }, (_, t) => locals.float(`acc${t}`));
    const rows = Array.from({ length: T }, (_, t) => locals.float(`row${t}`));
    const row: Stmt[] = [
      ...rows.map((r): Stmt => ({ op: 'set', name: r, value: fconst(0) })),
      ...tiled(locals, 'jb', spec.Wo, sch.unroll, (U, j0) => {
        const body: Stmt[] = [
          { op: 'index', name: locals.index('p'), value: affAdd(aff(0, { n: ys.n, i: ys.y }), affAdd(affScale(co0, ys.c), affScale(j0, ys.x))) },
        ];
        for (let j = 0; j < U; j++)
          rows.forEach((r, t) =>
            body.push({ op: 'set', name: r, value: { op: 'add', a: get(r), b: deltaAt(spec, 'p', t * ys.c + j * ys.x) } }),
          );
        return body;
      }),
      ...accs.map((a, t): Stmt => ({ op: 'set', name: a, value: { op: 'add', a: get(a), b: get(rows[t]!) } })),
    ];
    return [
      ...accs.map((a): Stmt => ({ op: 'set', name: a, value: fconst(0) })),
      ...loop(locals, 'n', spec.N, [{ op: 'loop', var: locals.index('i'), count: spec.Ho, parallel: true, body: row }]),
      { op: 'index', name: locals.index('bp'), value: affAdd(co0, parts.slice) },
      ...accs.map((a, t): Stmt => ({ op: 'store', buf: parts.buf, ptr: 'bp', offset: t, value: get(a) })),
    ];
  };

  return {
    locals,
    buffers: [...deltaInputs(spec, yShape, yElems), { name: 'db', role: 'output', elems: spec.Co, shape: [spec.Co] }, ...parts.decl],
    prologue: [],
    main: tiled(locals, 'ct', spec.Co, sch.tile, coTile),
    epilogue: parts.epilogue,
  };
}
