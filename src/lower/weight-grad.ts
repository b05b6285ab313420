import type { LayerSpec } from '../layer/types.js';
import type { CpuSchedule, ScalarSchedule, SimdSchedule } from '../schedule/index.js';
import type { Affine, FExpr, Stmt, VExpr } from './ir.js';
import { tensorShapes, tensorSizes, weightStrides } from '../layer/layout.js';
import { aff, affAdd, affScale, deltaBuffer, passTensors, fconst, get, load, Locals, loop, madd, paddedInput, partialSums, tiled } from './builder.js';
import { LONG_REDUCTION, roundUp4 } from './simd.js';
import type { Lowering } from './index.js';

export function lowerWeightGrad(spec: LayerSpec, sch: CpuSchedule): Lowering {
  return sch.kind === 'simd' ? lowerWeightGradSimd(spec, sch) : lowerWeightGradScalar(spec, sch);
}

/**
 * SIMD weight gradient: output channels are the vector axis, read from delta stored channels-last
 * with channels padded to a multiple of 4 (dY itself when it is already so and sigma' is 1). A
 * register tile is `vectors` x `partners` accumulators, partners being input channels or kernel
 * columns (`along`), for one tap; the reduction walks n, i and j, `unroll` columns per loop body.
 * Threads split the rows i, each summing into its own partial dW, added up by the epilogue.
 */
function lowerWeightGradSimd(spec: LayerSpec, sch: SimdSchedule): Lowering {
  const locals = new Locals();
  const { K, L, Ci, Co, Ho, Wo } = spec;
  const CoP = roundUp4(Co);
  const src = paddedInput(spec, locals);
  const delta = deltaBuffer(spec, locals, { top: 0, bottom: 0, left: 0, right: 0 }, { layout: 'nhwc', channels: CoP });
  const ps = src.strides;
  const ds = delta.strides;
  const ws = weightStrides(spec);
  const parts = partialSums(locals, 'dw', tensorSizes(spec).w, tensorShapes(spec).w, sch.threads);
  const along = sch.along ?? 'ci';
  // the partner axis and the axis left as a plain loop beside k: (ci, l) or (l, ci)
  const partner = along === 'ci' ? { name: 'ci', count: Ci, x: ps.c, w: ws.ci } : { name: 'l', count: L, x: spec.dw * ps.x, w: ws.l };
  const other = along === 'ci' ? { name: 'l', count: L, x: spec.dw * ps.x, w: ws.l } : { name: 'ci', count: Ci, x: ps.c, w: ws.ci };
  const U = Math.min(sch.unroll, Wo);
  const vectorsTotal = CoP / 4;

  // a long sum (N * Ho * Wo terms per weight) runs a row at a time into fresh accumulators, each
  // row sum then added into the total: one long chain of multiply-adds into one register loses
  // digits with its length (rel 1e-3 at 2.56M positive terms); short sums keep the plain chain
  const blocked = spec.N * Ho * Wo > LONG_REDUCTION;

  const tile = (V: number, P: number, vec0: Affine, p0: Affine): Stmt[] => {
    const total = (p: number, v: number) => locals.vector(`acc${p}_${v}`);
    const acc = blocked ? (p: number, v: number) => locals.vector(`row${p}_${v}`) : total;
    const body: Stmt[] = [];
    for (let p = 0; p < P; p++) for (let v = 0; v < V; v++) body.push({ op: 'vset', name: total(p, v), value: { op: 'vzero' } });
    const rowSum = tiled(locals, 'jb', Wo, U, (count, j0) => {
      const out: Stmt[] = [
        { op: 'index', name: locals.index('dq'), value: affAdd(aff(0, { n: ds.n, i: ds.y }), affAdd(affScale(j0, ds.x), affScale(vec0, 4))) },
        {
          op: 'index',
          name: locals.index('xq'),
          value: affAdd(aff(0, { n: ps.n, i: spec.sh * ps.y, k: spec.dh * ps.y, [other.name]: other.x }), affAdd(affScale(j0, spec.sw * ps.x), affScale(p0, partner.x))),
        },
      ];
      for (let st = 0; st < count; st++) {
        const dv = (v: number) => locals.vector(`d${v}`);
        const xv = (p: number) => locals.vector(`x${p}`);
        for (let v = 0; v < V; v++) out.push({ op: 'vset', name: dv(v), value: { op: 'vload', buf: delta.buf, ptr: 'dq', offset: st * ds.x + v * 4 } });
        for (let p = 0; p < P; p++) out.push({ op: 'vset', name: xv(p), value: { op: 'vsplat', buf: src.buf, ptr: 'xq', offset: st * spec.sw * ps.x + p * partner.x } });
        for (let p = 0; p < P; p++)
          for (let v = 0; v < V; v++)
            out.push({ op: 'vset', name: acc(p, v), value: { op: 'vfma', acc: { op: 'vget', name: acc(p, v) }, a: { op: 'vget', name: xv(p) }, b: { op: 'vget', name: dv(v) } } });
      }
      return out;
    });
    const row: Stmt[] = [];
    if (blocked) for (let p = 0; p < P; p++) for (let v = 0; v < V; v++) row.push({ op: 'vset', name: acc(p, v), value: { op: 'vzero' } });
    row.push(...rowSum);
    if (blocked)
      for (let p = 0; p < P; p++)
        for (let v = 0; v < V; v++)
          row.push({ op: 'vset', name: total(p, v), value: { op: 'vadd', a: { op: 'vget', name: total(p, v) }, b: { op: 'vget', name: acc(p, v) } } });
    body.push(...loop(locals, 'n', spec.N, [{ op: 'loop', var: locals.index('i'), count: Ho, parallel: true, body: row }]));

    // stores: whole vectors where output channels are contiguous (HWIO) and all real, else lanes
    body.push({
      op: 'index',
      name: locals.index('wo'),
      value: affAdd(aff(0, { k: ws.k, [other.name]: other.w }), affAdd(affAdd(affScale(vec0, 4 * ws.co), affScale(p0, partner.w)), parts.slice)),
    });
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        const at = p * partner.w + v * 4 * ws.co;
        const partial = Co % 4 !== 0 && vec0.terms.length === 0 && vec0.c + v === vectorsTotal - 1;
        const value: VExpr = { op: 'vget', name: total(p, v) };
        if (ws.co === 1 && !partial) {
          body.push({ op: 'vstore', buf: parts.buf, ptr: 'wo', offset: at, value });
          continue;
        }
        for (let l = 0; l < (partial ? Co % 4 : 4); l++) {
          const lane: FExpr = { op: 'lane', v: value, lane: l };
          body.push({ op: 'store', buf: parts.buf, ptr: 'wo', offset: at + l * ws.co, value: lane });
        }
      }
    return body;
  };

  const main = tiled(
    locals,
    'cb',
    vectorsTotal,
    sch.vectors,
    (V, vec0) =>
      tiled(locals, 'pb', partner.count, sch.partners, (P, p0) => loop(locals, 'k', K, loop(locals, other.name, other.count, tile(V, P, vec0, p0)))),
    { constantLast: Co % 4 !== 0 },
  );
  return {
    locals,
    buffers: [
      ...passTensors(spec, 'weight-grad'),
      ...src.decl,
      ...delta.decl,
      ...parts.decl,
    ],
    prologue: [...src.prologue, ...delta.prologue],
    main,
    epilogue: parts.epilogue,
  };
}

/**
 * Weight gradient, a reduction over n, i, j:
 * dW[co, ci, k, l] = sum of delta[n, co, i, j] * Xpad[n, ci, i*sh + k*dh, j*sw + l*dw].
 * A tile is `tile` output channels x all K x L taps of one input channel, held in accumulators.
 * Each output row is summed into row accumulators first (fewer rounding steps on long sums),
 * in blocks of `unroll` output columns, each block one unrolled body.
 */
function lowerWeightGradScalar(spec: LayerSpec, sch: ScalarSchedule): Lowering {
  const locals = new Locals();
  const src = paddedInput(spec, locals);
  const delta = deltaBuffer(spec, locals, { top: 0, bottom: 0, left: 0, right: 0 });
  const ps = src.strides;
  const ds = delta.strides;
  const ws = weightStrides(spec);
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
    return [{ op: 'loop', var: locals.index('ci'), count: spec.Ci, parallel: true, body: [
      ...all((t, k, l) => ({ op: 'set', name: acc(t, k, l), value: fconst(0) })),
      ...loop(locals, 'n', spec.N, loop(locals, 'i', spec.Ho, row)),
      { op: 'index', name: locals.index('wp'), value: affAdd(aff(0, { ci: ws.ci }), affScale(co0, ws.co)) },
      ...all((t, k, l) => ({ op: 'store', buf: 'dw', ptr: 'wp', offset: t * ws.co + k * ws.k + l * ws.l, value: get(acc(t, k, l)) })),
    ] }];
  };

  return {
    locals,
    buffers: [
      ...passTensors(spec, 'weight-grad'),
      ...src.decl,
      ...delta.decl,
    ],
    prologue: [...src.prologue, ...delta.prologue],
    main: tiled(locals, 'ct', spec.Co, sch.tile, coTile),
    epilogue: [],
  };
}
