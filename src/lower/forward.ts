import type { LayerSpec } from '../layer/types.js';
import type { CpuSchedule, ScalarSchedule, SimdSchedule } from '../schedule/index.js';
import type { Affine, BufferDecl, Stmt } from './ir.js';
import { weightStrides, yStrides } from '../layer/layout.js';
import { aff, affAdd, affScale, copyBox, passTensors, get, load, Locals, loop, madd, paddedInput, tiled, type PaddedInput } from './builder.js';
import { directConv, roundUp4 } from './simd.js';
import type { Lowering } from './index.js';

export function lowerForward(spec: LayerSpec, sch: CpuSchedule): Lowering {
  return sch.kind === 'simd' ? lowerForwardSimd(spec, sch) : lowerForwardScalar(spec, sch);
}

/**
 * SIMD forward: output channels are the vector axis, weights packed once per call into
 * wpk[k][l][ci][Co rounded up to 4] (HWIO with Co % 4 == 0 is that layout already), the input
 * read through its zero-bordered copy, one splat per tap and pixel.
 */
function lowerForwardSimd(spec: LayerSpec, sch: SimdSchedule): Lowering {
  const locals = new Locals();
  const src = paddedInput(spec, locals, { slack: sch.vector === 'pixels' });
  const ps = src.strides;
  const ws = weightStrides(spec);
  const ys = yStrides(spec);
  const { K, L, Ci, Co } = spec;
  const CoP = roundUp4(Co);
  const direct = spec.layout === 'nhwc' && Co === CoP;
  const scratch: BufferDecl[] = [];
  const prologue: Stmt[] = [...src.prologue];
  if (!direct) {
    scratch.push({ name: 'wpk', role: 'scratch', elems: K * L * Ci * CoP, shape: [K, L, Ci, CoP] });
    prologue.push(
      { op: 'comment', text: 'pack W as [k][l][ci][co], channels padded to a multiple of 4' },
      ...copyBox(locals, 'w', 'wpk', [
        { name: 'k', count: K, src: ws.k, dst: L * Ci * CoP },
        { name: 'l', count: L, src: ws.l, dst: Ci * CoP },
        { name: 'ci', count: Ci, src: ws.ci, dst: CoP },
        { name: 'co', count: Co, src: ws.co, dst: 1 },
      ]),
    );
  }
  if (Co !== CoP && sch.vector !== 'pixels') {
    scratch.push({ name: 'bpk', role: 'scratch', elems: CoP, shape: [CoP] });
    prologue.push(...copyBox(locals, 'b', 'bpk', [{ name: 'co', count: Co, src: 1, dst: 1 }]));
  }
  const main = directConv(
    locals,
    {
      id: '',
      N: spec.N,
      in: { buf: src.buf, n: ps.n },
      inBase: 0,
      pixY: spec.sh * ps.y,
      pixX: spec.sw * ps.x,
      wpk: direct ? 'w' : 'wpk',
      wBase: 0,
      axes: [
        { name: 'k', count: K, x: spec.dh * ps.y, w: L * Ci * CoP },
        { name: 'l', count: L, x: spec.dw * ps.x, w: Ci * CoP },
        { name: 'c', count: Ci, x: ps.c, w: CoP },
      ],
      channels: Co,
      rows: spec.Ho,
      cols: spec.Wo,
      out: { buf: 'y', base: 0, n: ys.n, y: ys.y, x: ys.x, c: ys.c },
      // channel vectors load the bias 4 at a time (padded when Co % 4 != 0); pixel vectors splat it
      bias: Co === CoP || sch.vector === 'pixels' ? 'b' : 'bpk',
      act: spec.act,
    },
    sch,
  );
  return {
    locals,
    buffers: [
      ...passTensors(spec, 'forward'),
      ...src.decl,
      ...scratch,
    ],
    prologue,
    main,
    epilogue: [],
  };
}

/**
 * Forward: Y[n, co, i, j] = sigma(b[co] + sum over ci, k, l of Xpad[n, ci, i*sh + k*dh, j*sw + l*dw] * W[co, ci, k, l]).
 * Loops n, output-channel tiles, i, j; the reduction over input channels runs in blocks of
 * `unroll` channels, each block one unrolled body of unroll x K x L taps feeding `tile` accumulators.
 */
function lowerForwardScalar(spec: LayerSpec, sch: ScalarSchedule): Lowering {
  const locals = new Locals();
  const src = paddedInput(spec, locals);
  const ps = src.strides;
  const ws = weightStrides(spec);
  const ys = yStrides(spec);

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
    return [{ op: 'loop', var: locals.index('i'), count: spec.Ho, parallel: true, body: loop(locals, 'j', spec.Wo, pixel) }];
  };

  return {
    locals,
    buffers: [
      ...passTensors(spec, 'forward'),
      ...src.decl,
    ],
    prologue: src.prologue,
    main: loop(locals, 'n', spec.N, tiled(locals, 'ct', spec.Co, sch.tile, coTile)),
    epilogue: [],
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
