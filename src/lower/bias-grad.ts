import type { LayerSpec } from '../layer/types.js';
import type { CpuSchedule, ScalarSchedule, SimdSchedule } from '../schedule/index.js';
import type { Affine, FExpr, Stmt, VExpr } from './ir.js';
import { yStrides } from '../layer/layout.js';
import { aff, affAdd, affScale, deltaAt, passTensors, fconst, get, Locals, loop, partialSums, tiled } from './builder.js';
import type { Lowering } from './index.js';

export function lowerBiasGrad(spec: LayerSpec, sch: CpuSchedule): Lowering {
  return sch.kind === 'simd' ? lowerBiasGradSimd(spec, sch) : lowerBiasGradScalar(spec, sch);
}

/**
 * SIMD bias gradient: delta = dY * sigma'(Y) summed 4 elements at a time into `vectors`
 * independent vector accumulators, along the contiguous axis of dY: the pixels of one channel
 * (nchw; the lanes are added up at the end) or 4 channels of one pixel (nhwc; channels past the last
 * multiple of 4 are summed one by one). Threads split the channels: no partial sums.
 */
function lowerBiasGradSimd(spec: LayerSpec, sch: SimdSchedule): Lowering {
  const locals = new Locals();
  const ys = yStrides(spec);
  const V = sch.vectors;
  const accs = Array.from({ length: V }, (_, v) => locals.vector(`acc${v}`));
  const vdelta = (offset: number): VExpr => {
    const dy: VExpr = { op: 'vload', buf: 'dy', ptr: 'p', offset };
    return spec.act === 'none' ? dy : { op: 'vmul', a: dy, b: { op: 'vderiv', fn: spec.act, y: { op: 'vload', buf: 'y', ptr: 'p', offset } } };
  };
  const addTo = (acc: string, d: VExpr): Stmt => ({ op: 'vset', name: acc, value: { op: 'vadd', a: { op: 'vget', name: acc }, b: d } });
  const zeroAll: Stmt[] = accs.map((a) => ({ op: 'vset', name: a, value: { op: 'vzero' } }));
  const sumLanes = (): FExpr => {
    let e: FExpr | undefined;
    for (const a of accs) for (let l = 0; l < 4; l++) {
      const lane: FExpr = { op: 'lane', v: { op: 'vget', name: a }, lane: l };
      e = e ? { op: 'add', a: e, b: lane } : lane;
    }
    return e!;
  };
  const main: Stmt[] = [];
  if (spec.layout === 'nchw') {
    // one channel's pixels are contiguous: 4V at a time, the rest one by one
    const px = spec.Ho * spec.Wo;
    const s = locals.float('s');
    const run = tiled(locals, 'q', px, 4 * V, (size, q0) => {
      const body: Stmt[] = [{ op: 'index', name: locals.index('p'), value: affAdd(aff(0, { n: ys.n, c: ys.c }), q0) }];
      const full = Math.floor(size / 4);
      for (let v = 0; v < full; v++) body.push(addTo(accs[v]!, vdelta(v * 4)));
      for (let e = full * 4; e < size; e++) body.push({ op: 'set', name: s, value: { op: 'add', a: get(s), b: deltaAt(spec, 'p', e) } });
      return body;
    });
    main.push({
      op: 'loop',
      var: locals.index('c'),
      count: spec.Co,
      parallel: true,
      body: [
        ...zeroAll,
        { op: 'set', name: s, value: fconst(0) },
        ...loop(locals, 'n', spec.N, run),
        { op: 'index', name: locals.index('bp'), value: aff(0, { c: 1 }) },
        { op: 'store', buf: 'db', ptr: 'bp', offset: 0, value: { op: 'add', a: get(s), b: sumLanes() } },
      ],
    });
  } else {
    // 4 channels of a pixel are contiguous: V pixels at a time; pixels are Co apart
    const px = spec.N * spec.Ho * spec.Wo;
    const full = Math.floor(spec.Co / 4);
    const pixelsRun = (lanes: (q0: Affine, size: number) => Stmt[]) => tiled(locals, 'q', px, V, (size, q0) => lanes(q0, size));
    if (full > 0)
      main.push({
        op: 'loop',
        var: locals.index('cv'),
        count: full,
        parallel: true,
        body: [
          ...zeroAll,
          ...pixelsRun((q0, size) => [
            { op: 'index', name: locals.index('p'), value: affAdd(aff(0, { cv: 4 }), affScale(q0, spec.Co)) },
            ...Array.from({ length: size }, (_, v) => addTo(accs[v]!, vdelta(v * spec.Co))),
          ]),
          { op: 'index', name: locals.index('bp'), value: aff(0, { cv: 4 }) },
          { op: 'vstore', buf: 'db', ptr: 'bp', offset: 0, value: accs.slice(1).reduce<VExpr>((a, b) => ({ op: 'vadd', a, b: { op: 'vget', name: b } }), { op: 'vget', name: accs[0]! }) },
        ],
      });
    if (spec.Co % 4 !== 0) {
      const s = locals.float('s');
      main.push({
        op: 'loop',
        var: locals.index('ct'),
        count: spec.Co % 4,
        parallel: true,
        body: [
          { op: 'set', name: s, value: fconst(0) },
          ...pixelsRun((q0, size) => [
            { op: 'index', name: locals.index('p'), value: affAdd(aff(full * 4, { ct: 1 }), affScale(q0, spec.Co)) },
            ...Array.from({ length: size }, (_, v): Stmt => ({ op: 'set', name: s, value: { op: 'add', a: get(s), b: deltaAt(spec, 'p', v * spec.Co) } })),
          ]),
          { op: 'index', name: locals.index('bp'), value: aff(full * 4, { ct: 1 }) },
          { op: 'store', buf: 'db', ptr: 'bp', offset: 0, value: get(s) },
        ],
      });
    }
  }
  return {
    locals,
    buffers: passTensors(spec, 'bias-grad'),
    prologue: [],
    main,
    epilogue: [],
  };
}

/**
 * Bias gradient: db[co] = sum over n, i, j of dY * sigma'(Y), the derivative fused into the sum
 * so delta is never stored. Rows are summed into row accumulators first, in blocks of `unroll`
 * output columns, each block one unrolled body.
 */
function lowerBiasGradScalar(spec: LayerSpec, sch: ScalarSchedule): Lowering {
  const locals = new Locals();
  // threads split the rows of the sum; each adds its rows into its own partial db
  const parts = partialSums(locals, 'db', spec.Co, [spec.Co], sch.threads);
  const ys = yStrides(spec);

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
    buffers: [...passTensors(spec, 'bias-grad'), ...parts.decl],
    prologue: [],
    main: tiled(locals, 'ct', spec.Co, sch.tile, coTile),
    epilogue: parts.epilogue,
  };
}
