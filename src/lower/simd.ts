/**
 * The SIMD engine shared by forward and input-grad: a direct convolution whose output channels
 * are the vector axis (4 lanes a vector) and whose register tile is `vectors` x `partners`
 * accumulators (partners = output pixels along a row). The reduction is a set of axes (tap rows,
 * tap columns, channels) with constant element strides in the input and in the packed weights;
 * axes that are contiguous in both are merged, and the innermost is walked one step at a time,
 * `unroll` steps per loop body (wasm-performance.md: TurboFan loads a whole body before its
 * multiply-adds, so short bodies with few live registers win).
 */
import type { Activation } from '../spec/types.js';
import type { SimdSchedule } from '../schedule/index.js';
import type { Affine, FExpr, Stmt, VExpr } from './ir.js';
import { aff, affAdd, affScale, Locals, loop, tiled } from './builder.js';

/** One reduction axis: trip count and element strides in the input and in the packed weights. */
export interface Axis {
  name: string;
  count: number;
  x: number;
  w: number;
}

export interface DirectConv {
  /** distinguishes the locals of several convolutions in one kernel (stride phases) */
  id: string;
  N: number;
  /** input tensor and its image (n) stride */
  in: { buf: string; n: number };
  /** constant element offset of the first tap of pixel (0, 0) */
  inBase: number;
  /** input element step from one output row / column to the next */
  pixY: number;
  pixX: number;
  /** packed weights: [reduction steps][vectorChannels rounded up to 4]; the phase's region starts at wBase */
  wpk: string;
  wBase: number;
  axes: Axis[];
  /** vector-axis channels (lanes at or beyond this are padding: computed, never stored) */
  channels: number;
  /** output grid and where output (t, u), channel c of image n lives: base + n*nS + t*y + u*x + c*c */
  rows: number;
  cols: number;
  out: { buf: string; base: number; n: number; y: number; x: number; c: number };
  /** padded bias (channels rounded up to 4) or none */
  bias: string | null;
  act: Activation;
}

export const roundUp4 = (n: number) => Math.ceil(n / 4) * 4;

/**
 * Drops trivial axes and merges neighbours that walk memory contiguously in both tensors; of the
 * orders that leave the longest innermost axis, the first in the given order is kept.
 */
export function arrangeAxes(axes: Axis[]): Axis[] {
  const live = axes.filter((a) => a.count > 1);
  if (live.length === 0) return [{ name: axes.map((a) => a.name).join(''), count: 1, x: 0, w: 0 }];
  let best: Axis[] | undefined;
  for (const order of permutations(live)) {
    const merged: Axis[] = [];
    for (const a of order) {
      const outer = merged[merged.length - 1];
      if (outer && outer.x === a.count * a.x && outer.w === a.count * a.w) {
        merged[merged.length - 1] = { name: outer.name + a.name, count: outer.count * a.count, x: a.x, w: a.w };
      } else merged.push(a);
    }
    if (!best || merged[merged.length - 1]!.count > best[best.length - 1]!.count) best = merged;
  }
  return best!;
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/**
 * The loop nest of one direct convolution: rows t (the parallel loop), images n, channel blocks,
 * pixel blocks along the row, then the reduction.
 */
export function directConv(locals: Locals, c: DirectConv, s: SimdSchedule): Stmt[] {
  const axes = arrangeAxes(c.axes);
  const run = axes[axes.length - 1]!;
  const outer = axes.slice(0, -1);
  const U = Math.min(s.unroll, run.count);
  const id = c.id;
  const vectorsTotal = Math.ceil(c.channels / 4);

  const tile = (V: number, P: number, vec0: Affine, u0: Affine): Stmt[] => {
    const acc = (p: number, v: number) => locals.vector(`acc${p}_${v}`);
    const xp = locals.index(`xp${id}`);
    const wp = locals.index(`wp${id}`);
    const body: Stmt[] = [
      { op: 'index', name: xp, value: affAdd(aff(0, { n: c.in.n, [`t${id}`]: c.pixY }), affScale(u0, c.pixX)) },
      { op: 'index', name: wp, value: affAdd(aff(c.wBase), affScale(vec0, 4)) },
    ];
    if (c.bias) body.push({ op: 'index', name: locals.index('bp'), value: affScale(vec0, 4) });
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++)
        body.push({ op: 'vset', name: acc(p, v), value: c.bias ? { op: 'vload', buf: c.bias, ptr: 'bp', offset: v * 4 } : { op: 'vzero' } });

    // the reduction: outer axes as plain loops, the run in blocks of U steps
    const xq = locals.index(`xq${id}`);
    const wq = locals.index(`wq${id}`);
    const steps = (count: number, r0: Affine): Stmt[] => {
      const terms: Record<string, number> = {};
      const wterms: Record<string, number> = {};
      for (const a of outer) {
        terms[`r${a.name}`] = a.x;
        wterms[`r${a.name}`] = a.w;
      }
      const out: Stmt[] = [
        { op: 'index', name: xq, value: affAdd(aff(0, { [xp]: 1, ...terms }), affScale(r0, run.x)) },
        { op: 'index', name: wq, value: affAdd(aff(0, { [wp]: 1, ...wterms }), affScale(r0, run.w)) },
      ];
      for (let st = 0; st < count; st++) {
        const wv = (v: number) => locals.vector(`w${v}`);
        const xv = (p: number) => locals.vector(`x${p}`);
        for (let v = 0; v < V; v++) out.push({ op: 'vset', name: wv(v), value: { op: 'vload', buf: c.wpk, ptr: wq, offset: st * run.w + v * 4 } });
        for (let p = 0; p < P; p++)
          out.push({ op: 'vset', name: xv(p), value: { op: 'vsplat', buf: c.in.buf, ptr: xq, offset: c.inBase + st * run.x + p * c.pixX } });
        for (let p = 0; p < P; p++)
          for (let v = 0; v < V; v++)
            out.push({ op: 'vset', name: acc(p, v), value: { op: 'vfma', acc: { op: 'vget', name: acc(p, v) }, a: { op: 'vget', name: xv(p) }, b: { op: 'vget', name: wv(v) } } });
      }
      return out;
    };
    let red = tiled(locals, `r${run.name}`, run.count, U, steps);
    for (let i = outer.length - 1; i >= 0; i--) red = loop(locals, `r${outer[i]!.name}`, outer[i]!.count, red);
    body.push(...red);

    // stores: whole vectors where the 4 channels are contiguous and real, else lane by lane
    const op = locals.index(`op${id}`);
    body.push({ op: 'index', name: op, value: affAdd(aff(c.out.base, { n: c.out.n, [`t${id}`]: c.out.y }), affAdd(affScale(u0, c.out.x), affScale(vec0, 4 * c.out.c))) });
    const lastVectorFull = c.channels % 4 === 0;
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        const value: VExpr = c.act === 'relu' ? { op: 'vrelu', a: { op: 'vget', name: acc(p, v) } } : { op: 'vget', name: acc(p, v) };
        const at = p * c.out.x + v * 4 * c.out.c;
        // the last, partial vector only ever sits in a block with a constant start
        const partial = !lastVectorFull && vec0.terms.length === 0 && vec0.c + v === vectorsTotal - 1;
        const lanes = partial ? c.channels % 4 : 4;
        if (c.out.c === 1 && lanes === 4 && (c.act === 'none' || c.act === 'relu')) {
          body.push({ op: 'vstore', buf: c.out.buf, ptr: op, offset: at, value });
          continue;
        }
        for (let l = 0; l < lanes; l++) {
          const lane: FExpr = { op: 'lane', v: value, lane: l };
          body.push({
            op: 'store',
            buf: c.out.buf,
            ptr: op,
            offset: at + l * c.out.c,
            value: c.act === 'sigmoid' || c.act === 'tanh' ? { op: 'act', fn: c.act, a: lane } : lane,
          });
        }
      }
    return body;
  };

  // the block holding a partial last vector gets a constant start, so its stores know the lane count
  const nest = tiled(
    locals,
    `cb${id}`,
    vectorsTotal,
    s.vectors,
    (V, vec0) => tiled(locals, `ub${id}`, c.cols, s.partners, (P, u0) => tile(V, P, vec0, u0)),
    { constantLast: c.channels % 4 !== 0 },
  );
  return [{ op: 'loop', var: locals.index(`t${id}`), count: c.rows, parallel: true, body: loop(locals, 'n', c.N, nest) }];
}
