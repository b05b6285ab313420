/**
 * The SIMD engine shared by forward and input-grad: a direct convolution whose output channels
 * are the vector axis (4 lanes a vector) and whose register tile is `vectors` x `partners`
 * accumulators (partners = output pixels along a row). The reduction is a set of axes (tap rows,
 * tap columns, channels) with constant element strides in the input and in the packed weights;
 * axes that are contiguous in both are merged, and the innermost is walked one step at a time,
 * `unroll` steps per loop body (wasm-performance.md: TurboFan loads a whole body before its
 * multiply-adds, so short bodies with few live registers win).
 */
import type { Activation } from '../layer/types.js';
import type { SimdSchedule } from '../schedule/index.js';
import type { Affine, Stmt, VExpr } from './ir.js';
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
 * Reductions longer than this many terms are split into partial sums, each started in a fresh
 * accumulator and added into the total: a float32 sum's rounding error grows with the length of
 * its serial chain. Shorter sums (every layer of the benchmark suite) keep one chain, so their code
 * is unchanged.
 */
export const LONG_REDUCTION = 1 << 16;

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
 * The loop nest of one direct convolution: rows t (the parallel loop), images n, then blocks of
 * the vector axis and of the partner axis, then the reduction. The 4 lanes of a vector hold 4
 * channels (`vector: 'channels'`: weights loaded as vectors, inputs splat) or 4 neighbouring pixels
 * of a row (`'pixels'`, when they are contiguous in the input: inputs loaded as vectors, weights
 * splat; the input buffer then needs 3 elements of slack after its end for the last partial vector).
 */
export function directConv(locals: Locals, c: DirectConv, s: SimdSchedule): Stmt[] {
  const axes = arrangeAxes(c.axes);
  const run = axes[axes.length - 1]!;
  const outer = axes.slice(0, -1);
  const U = Math.min(s.unroll, run.count);
  const id = c.id;
  const pixels = s.vector === 'pixels';
  if (pixels && c.pixX !== 1) throw new RangeError(`schedule.vector "pixels" needs neighbouring output pixels to read neighbouring inputs (got a pixel step of ${c.pixX})`);
  // lanes of the vector axis and its length; the partner axis' length
  const lanesTotal = pixels ? c.cols : c.channels;
  const vectorsTotal = Math.ceil(lanesTotal / 4);

  const tile = (V: number, P: number, vec0: Affine, p0: Affine): Stmt[] => {
    const acc = (p: number, v: number) => locals.vector(`acc${p}_${v}`);
    const xp = locals.index(`xp${id}`);
    const wp = locals.index(`wp${id}`);
    // the tile's first pixel and first channel
    const u0 = pixels ? affScale(vec0, 4) : p0;
    const ch0 = pixels ? p0 : affScale(vec0, 4);
    const body: Stmt[] = [
      { op: 'index', name: xp, value: affAdd(aff(0, { n: c.in.n, [`t${id}`]: c.pixY }), affScale(u0, c.pixX)) },
      { op: 'index', name: wp, value: affAdd(aff(c.wBase), ch0) },
    ];
    if (c.bias) body.push({ op: 'index', name: locals.index('bp'), value: ch0 });
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        const init: VExpr = !c.bias
          ? { op: 'vzero' }
          : pixels
            ? { op: 'vsplat', buf: c.bias, ptr: 'bp', offset: p }
            : { op: 'vload', buf: c.bias, ptr: 'bp', offset: v * 4 };
        body.push({ op: 'vset', name: acc(p, v), value: init });
      }

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
        const wv = (i: number) => locals.vector(`w${i}`);
        const xv = (i: number) => locals.vector(`x${i}`);
        const x = c.inBase + st * run.x;
        const w = st * run.w;
        if (pixels) {
          for (let v = 0; v < V; v++) out.push({ op: 'vset', name: xv(v), value: { op: 'vload', buf: c.in.buf, ptr: xq, offset: x + v * 4 } });
          for (let p = 0; p < P; p++) out.push({ op: 'vset', name: wv(p), value: { op: 'vsplat', buf: c.wpk, ptr: wq, offset: w + p } });
        } else {
          for (let v = 0; v < V; v++) out.push({ op: 'vset', name: wv(v), value: { op: 'vload', buf: c.wpk, ptr: wq, offset: w + v * 4 } });
          for (let p = 0; p < P; p++) out.push({ op: 'vset', name: xv(p), value: { op: 'vsplat', buf: c.in.buf, ptr: xq, offset: x + p * c.pixX } });
        }
        for (let p = 0; p < P; p++)
          for (let v = 0; v < V; v++) {
            const [a, b] = pixels ? [xv(v), wv(p)] : [xv(p), wv(v)];
            out.push({ op: 'vset', name: acc(p, v), value: { op: 'vfma', acc: { op: 'vget', name: acc(p, v) }, a: { op: 'vget', name: a }, b: { op: 'vget', name: b } } });
          }
      }
      return out;
    };
    let red = tiled(locals, `r${run.name}`, run.count, U, steps);
    for (let i = outer.length - 1; i >= 0; i--) red = loop(locals, `r${outer[i]!.name}`, outer[i]!.count, red);
    body.push(...red);

    // stores: whole vectors where the 4 lanes are contiguous in the output and all real, else lane by lane
    const op = locals.index(`op${id}`);
    body.push({ op: 'index', name: op, value: affAdd(aff(c.out.base, { n: c.out.n, [`t${id}`]: c.out.y }), affAdd(affScale(u0, c.out.x), affScale(ch0, c.out.c))) });
    const laneStride = pixels ? c.out.x : c.out.c;
    const partnerStride = pixels ? c.out.c : c.out.x;
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        const a: VExpr = { op: 'vget', name: acc(p, v) };
        const value: VExpr = c.act === 'relu' ? { op: 'vrelu', a } : c.act === 'none' ? a : { op: 'vact', fn: c.act, a };
        const at = p * partnerStride + v * 4 * laneStride;
        // the last, partial vector only ever sits in a block with a constant start
        const partial = lanesTotal % 4 !== 0 && vec0.terms.length === 0 && vec0.c + v === vectorsTotal - 1;
        const lanes = partial ? lanesTotal % 4 : 4;
        if (laneStride === 1 && lanes === 4) {
          body.push({ op: 'vstore', buf: c.out.buf, ptr: op, offset: at, value });
          continue;
        }
        if (lanes > 1 && c.act !== 'none') {
          // compute the activation once for the vector, then store its lanes
          body.push({ op: 'vset', name: locals.vector('yv'), value });
          for (let l = 0; l < lanes; l++) body.push({ op: 'store', buf: c.out.buf, ptr: op, offset: at + l * laneStride, value: { op: 'lane', v: { op: 'vget', name: 'yv' }, lane: l } });
          continue;
        }
        for (let l = 0; l < lanes; l++) body.push({ op: 'store', buf: c.out.buf, ptr: op, offset: at + l * laneStride, value: { op: 'lane', v: value, lane: l } });
      }
    return body;
  };

  // the block holding a partial last vector gets a constant start, so its stores know the lane count
  const partial = { constantLast: lanesTotal % 4 !== 0 };
  const nest = pixels
    ? tiled(locals, `cb${id}`, c.channels, s.partners, (P, p0) => tiled(locals, `ub${id}`, vectorsTotal, s.vectors, (V, vec0) => tile(V, P, vec0, p0), partial))
    : tiled(locals, `cb${id}`, vectorsTotal, s.vectors, (V, vec0) => tiled(locals, `ub${id}`, c.cols, s.partners, (P, p0) => tile(V, P, vec0, p0)), partial);
  return [{ op: 'loop', var: locals.index(`t${id}`), count: c.rows, parallel: true, body: loop(locals, 'n', c.N, nest) }];
}
