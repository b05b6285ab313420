/**
 * The tile engine: lowers one *contraction* under a tile plan, for every pass and every target.
 *
 * A contraction is what every pass of a convolution is once its tensors are staged:
 *
 *   dst[out axes] = finish(init[out axes] + sum over red axes of a[...] * b[...])
 *
 * where each operand is read at `base + sum(stride[axis] * axis)` (an axis missing from an
 * operand's strides does not move it). Forward, each stride phase of the input gradient, the
 * weight gradient, the bias gradient (b = null: the sum of a alone) and the fused weight update
 * (finish: dst -= lr * sum) are all contractions; groups are one more output axis.
 *
 * The plan (derived from the schedule) says how: which output axis fills the lanes (`vec`, 4 lanes
 * on SIMD, 1 on scalar and GPU code), which one the register tile's partners walk, how many of
 * each (V x P accumulators), how many reduction steps one loop body holds (`unroll`), which axis
 * is split between threads, and whether tiles are loops with peeled tails (CPU) or invocations of a
 * grid with guarded stores (GPU). An operand is loaded as a vector where it is contiguous along the
 * vector axis, splat where it does not move along it; anything else is refused (stage it first).
 * Long reductions are summed in blocks: every chain of additions into one accumulator is at most
 * BLOCK terms long, and block sums are added into the level above.
 */
import type { Activation } from '../layer/types.js';
import type { Affine, BufferDecl, Cond, FExpr, GridDim, Stmt, VExpr } from './ir.js';
import { aff, affAdd, affScale, get, load, Locals, loop, tiled } from './builder.js';

export interface Axis {
  name: string;
  count: number;
}

/** An operand: element `base + sum(stride[axis] * axis)` of `buf`. */
export interface Access {
  buf: string;
  base: number;
  stride: Record<string, number>;
  /** read as buf * sigma'(y), y at the same element of buffer `y` (delta fused into the load) */
  deriv?: { act: Activation; y: string };
  /**
   * a blocked axis (packed operands): element e of `axis` is at floor(e / size) * stride +
   * (e % size) * stride[axis]. Tiles start at multiples of `size`, which is their extent along it.
   */
  block?: { axis: string; size: number; stride: number };
}

export type Finish =
  /** dst = sigma(acc) */
  | { kind: 'act'; act: Activation }
  /** dst = dst - scale * acc, scale a runtime scalar (a 1-element buffer) */
  | { kind: 'update'; scale: string };

export interface Contraction {
  /** distinguishes the locals of several contractions in one kernel (stride phases) */
  id: string;
  /** output axes, outermost loop first (the vector and partner axes become the tile's loops) */
  out: Axis[];
  /** reduction axes, outermost first */
  red: Axis[];
  a: Access;
  /** null: the sum of a alone */
  b: Access | null;
  /** what the accumulators start from (the bias), or zero */
  init: Access | null;
  dst: Access;
  finish: Finish;
  /** output elements in dst (for per-thread and per-share partial sums) and dst's logical shape */
  dstElems: number;
  dstShape: number[];
}

export interface TilePlan {
  /** lanes per vector: 4 (f32x4) or 1 (scalar, GPU) */
  lanes: 1 | 4;
  /** the output axis in the lanes (CPU) or the tile's first dimension (GPU) */
  vec: string;
  partner: string | null;
  /** vectors (of `lanes` elements) and partners per tile */
  V: number;
  P: number;
  /** reduction steps per loop body */
  unroll: number;
  /** reduction order: as declared, or the order that leaves the longest contiguous innermost run */
  order: 'declared' | 'longest-run';
  /** forward: X through a zero-bordered copy, or in place with the output split into border regions */
  border: 'copy' | 'regions';
  /** the axis split between threads (an output axis, or a reduction axis: per-thread partial sums) */
  parallel: string | null;
  threads: number;
  /** tiles as loops with peeled tails (cpu), or as the invocations of a grid with guarded stores (gpu) */
  mode: 'cpu' | 'gpu';
  /** gpu: partial sums over `split` shares of the reduction axis `parallel`, added by a second grid */
  split: number;
  workgroup: [number, number];
  /**
   * cpu: the reduction axes up to `axis` become loops around all the tiles, `axis` in chunks of
   * `size` (a divisor of its count): each tile sums one chunk into partial sums in memory, so the
   * chunk's operands stay in cache across the tiles (the weight gradient's delta otherwise streams
   * from L3 once per tile). Null or absent: every tile sums the whole reduction.
   */
  chunk?: { axis: string; size: number } | null;
}

/** The longest chain of additions into one accumulator (see the header). */
export const BLOCK = 4096;

export interface Lowered {
  main: Stmt[];
  /** statements after every thread's or share's main: summing partial results */
  epilogue: Stmt[];
  /** partial-sum buffers */
  scratch: BufferDecl[];
}

/** A reduction axis after merging: element strides in a and b (the product's operands). */
interface RAxis {
  name: string;
  count: number;
  a: number;
  b: number;
  /** the thread-parallel or split axis: never merged */
  pinned?: boolean;
  /** the declared axes merged into this one */
  parts?: string[];
  /** the run of reduction lanes: never unrolled into the body (its tail follows it) */
  lanesRun?: boolean;
}

const strideOf = (acc: Access | null, axis: string | null): number => (acc && axis ? (acc.stride[axis] ?? 0) : 0);

/**
 * Drops trivial axes and merges neighbours that walk memory contiguously in both operands; with
 * `longest-run`, of all orders the first that leaves the longest innermost axis is kept.
 */
export function arrangeAxes(axes: RAxis[], order: TilePlan['order']): RAxis[] {
  const live = axes.filter((a) => a.count > 1 || a.pinned);
  if (live.length === 0) return [{ name: axes.map((a) => a.name).join(''), count: 1, a: 0, b: 0 }];
  const merge = (list: RAxis[]): RAxis[] => {
    const merged: RAxis[] = [];
    for (const x of list) {
      const o = merged[merged.length - 1];
      if (o && !o.pinned && !x.pinned && o.a === x.count * x.a && o.b === x.count * x.b) merged[merged.length - 1] = { name: o.name + x.name, count: o.count * x.count, a: x.a, b: x.b, parts: [...(o.parts ?? [o.name]), ...(x.parts ?? [x.name])] };
      else merged.push(x);
    }
    return merged;
  };
  if (order === 'declared') return merge(live);
  let best: RAxis[] | undefined;
  for (const p of permutations(live)) {
    const m = merge(p);
    if (!best || m[m.length - 1]!.count > best[best.length - 1]!.count) best = m;
  }
  return best!;
}

function permutations<T>(xs: T[]): T[][] {
  if (xs.length <= 1) return [xs];
  return xs.flatMap((x, i) => permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]));
}

/** Why an operand cannot be read under a plan (it moves along the vector axis, but not contiguously), or null. */
export function operandRefusal(acc: Access | null, plan: Pick<TilePlan, 'lanes' | 'vec'>): string | null {
  if (!acc || plan.lanes === 1) return null;
  const s = strideOf(acc, plan.vec);
  return s === 0 || s === 1 || s === 2 ? null : `${acc.buf} is ${s} elements apart along ${plan.vec}, the vector axis (a vector needs 4 neighbours, every other one of 8, or one value splat)`;
}

export function contract(locals: Locals, c: Contraction, plan: TilePlan): Lowered {
  const { lanes, vec, partner } = plan;
  const id = c.id;
  const outAxis = (name: string) => c.out.find((a) => a.name === name);
  // the lanes hold an output axis, or (reduction lanes) 4 neighbouring terms of the innermost sum,
  // added up across the lanes at the end
  const redVec = lanes === 4 && !outAxis(vec) && c.red.some((a) => a.name === vec);
  const vecAxis = outAxis(vec) ?? (redVec ? { name: vec, count: 1 } : undefined);
  if (!vecAxis) throw new RangeError(`schedule: the vector axis ${vec} is not an axis of ${id || 'the kernel'} (${[...c.out, ...c.red].map((a) => a.name).join(', ')})`);
  if (redVec && (c.init || c.b)) throw new RangeError(`schedule.vector: lanes along the reduction axis ${vec} need a plain sum (no second operand, no init)`);
  const partAxis = partner ? outAxis(partner) : undefined;
  if (partner && !partAxis) throw new RangeError(`schedule: the partner axis ${partner} is not an output axis (${c.out.map((a) => a.name).join(', ')})`);
  // a contraction whose vector axis fits in one vector (a border region one column wide) spends
  // the tile's other vectors on partners: as many accumulators, a fraction of the tiles
  if (plan.mode === 'cpu' && !redVec && partAxis && plan.V > 1 && vecAxis.count <= lanes && [c.a, c.b, c.init, c.dst].every((acc) => acc?.block?.axis !== partner)) {
    plan = { ...plan, V: 1, P: Math.max(1, Math.min(partAxis.count, plan.P * plan.V)) };
  }
  for (const acc of [c.a, c.b, c.init]) {
    const why = operandRefusal(acc, plan);
    if (why) throw new RangeError(`schedule.vector: ${why}`);
  }
  // the accumulators' start is a vector load or a splat: no shuffled stride-2 form there
  if (c.init && lanes === 4 && strideOf(c.init, vec) === 2) throw new RangeError(`schedule.vector: ${c.init.buf} is 2 elements apart along ${vec}; stage it contiguous (packed)`);
  const gpu = plan.mode === 'gpu';
  const ci = plan.chunk && !gpu && !redVec ? c.red.findIndex((a) => a.name === plan.chunk!.axis && a.count > plan.chunk!.size) : -1;
  const chunk = ci >= 0 ? { ...plan.chunk!, outer: c.red.slice(0, ci + 1) } : null;
  if (chunk && c.red[ci]!.count % chunk.size !== 0) throw new RangeError(`schedule: chunks of ${chunk.size} do not divide ${chunk.axis} (${c.red[ci]!.count})`);
  if (chunk && c.init) throw new RangeError('chunked reductions with an init are not supported');
  // the reduction axes inside a tile: the chunk's part of the chunked axis and those after it
  const tileRed: Axis[] = chunk ? [{ name: chunk.axis, count: chunk.size }, ...c.red.slice(ci + 1)] : c.red;
  const redParallel = !gpu && plan.threads > 1 && plan.parallel !== null && c.red.some((a) => a.name === plan.parallel);
  // threads split a chunk loop (outside the tiles) or a reduction axis inside them (pinned)
  const chunkParallel = redParallel && chunk !== null && chunk.outer.some((a) => a.name === plan.parallel);
  if (redParallel && chunk && !chunkParallel) throw new RangeError(`schedule: threads split ${plan.parallel}, inside the chunks of ${chunk.axis}`);
  const splitAxis = gpu && plan.split > 1 ? c.red.find((a) => a.name === plan.parallel) : undefined;
  if (gpu && plan.split > 1 && !splitAxis) throw new RangeError(`schedule.split: ${id || 'this kernel'} has no reduction axis named ${plan.parallel} to split`);
  // partial sums: per thread (a parallel reduction) or per share of the split axis (gpu)
  const shares = redParallel ? plan.threads : splitAxis ? plan.split : 1;
  const partsBuf = `${c.dst.buf}_parts`;
  const dstBuf = shares > 1 || chunk ? partsBuf : c.dst.buf;
  // chunked: the partial sums are laid out with the vector axis innermost (padded to whole
  // vectors), so a tile loads and stores its accumulators as vectors
  const partsStride: Record<string, number> = {};
  let partsElems = c.dstElems;
  if (chunk) {
    const order = [...c.out.filter((a) => a !== vecAxis), vecAxis];
    let st = 1;
    for (let i = order.length - 1; i >= 0; i--) {
      partsStride[order[i]!.name] = st;
      st *= i === order.length - 1 ? Math.ceil(order[i]!.count / lanes) * lanes : order[i]!.count;
    }
    partsElems = st;
  }
  const sliceVar = redParallel ? 'part' : 'sp';

  const red: RAxis[] = tileRed.map((r) => ({ name: r.name, count: r.count, a: strideOf(c.a, r.name), b: strideOf(c.b, r.name), pinned: (redParallel && !chunkParallel && r.name === plan.parallel) || r === splitAxis }));
  const axes = arrangeAxes(red, plan.order);
  // reduction lanes: the innermost run walks 4V terms a step (V vectors), its last run % 4V terms one by one
  let laneTail: { start: number; count: number; run: RAxis } | null = null;
  if (redVec) {
    const run = axes[axes.length - 1]!;
    if (run.a !== 1) throw new RangeError(`schedule.vector: the reduction lanes need the innermost sum (${run.name}) contiguous in ${c.a.buf}`);
    const chunk = 4 * plan.V;
    laneTail = { start: Math.floor(run.count / chunk) * chunk, count: run.count % chunk, run: { ...run } };
    axes[axes.length - 1] = { ...run, count: Math.floor(run.count / chunk), a: chunk * run.a, b: chunk * run.b, lanesRun: true };
  }
  const others = c.out.filter((a) => a !== vecAxis && a !== partAxis);
  const vecCount = vecAxis.count;
  const vectorsTotal = Math.ceil(vecCount / lanes);

  const tailName = (p: number, depth: number) => locals.float(depth === 0 ? `t${p}` : `t${p}_${depth}`);
  const accName = (p: number, v: number, depth: number) => (lanes === 4 ? locals.vector : locals.float).call(locals, depth === 0 ? `acc${p}_${v}` : `acc${p}_${v}_${depth}`);
  const A = locals.index(`ap${id}`);
  const B = locals.index(`bp${id}`);
  const AQ = locals.index(`aq${id}`);
  const BQ = locals.index(`bq${id}`);

  // the guards of a gpu tile and the ranges of the grid variables (for dropping guards that always hold)
  const ranges = new Map<string, number>();
  const guarded = (cond: Cond[], then: Stmt[]): Stmt[] => {
    const needed = cond.filter((cd) => {
      let lo = cd.a.c;
      let hi = cd.a.c;
      for (const [name, coef] of cd.a.terms) {
        const n = ranges.get(name);
        if (n === undefined) return true;
        if (coef > 0) hi += coef * (n - 1);
        else lo += coef * (n - 1);
      }
      return !(lo >= 0 && hi < cd.lt);
    });
    return needed.length === 0 ? then : [{ op: 'if', cond: needed, then, else: [] }];
  };

  const chunkVar = (axis: string) => locals.index(`o${axis}${id}`);
  /** chunked: accumulator (p, v)'s element in the tile's partial sums, from the tile's pointer */
  const partsAt = (p: number, v: number): number => v * lanes + p * (partner ? partsStride[partner]! : 0);
  /** chunked: the pointer to a tile's partial sums (vector axis innermost) in the running share */
  const partsPointer = (vec0: Affine, p0: Affine): Stmt => {
    const t: Record<string, number> = {};
    for (const o of others) t[o.name] = partsStride[o.name]!;
    const slice = shares > 1 ? aff(0, { [sliceVar]: partsElems }) : aff(0);
    return { op: 'index', name: locals.index(`op${id}`), value: affAdd(affAdd(aff(0, t), affAdd(affScale(vec0, lanes), partner ? affScale(p0, partsStride[partner]!) : aff(0))), slice) };
  };

  /**
   * One tile: V vectors x P partners of accumulators, starting at vector block vec0 (in vectors)
   * and partner p0 (in elements); `outTerms` are the other output axes' loop variables.
   */
  const tile = (V: number, P: number, vec0: Affine, p0: Affine): Stmt[] => {
    // vec0 counts vectors, p0 elements; a blocked axis moves by whole blocks between tiles
    const along = (acc: Access, axis: string | null, s0: Affine, unit: number, extent: number): Affine => {
      if (!axis) return aff(0);
      const bl = acc.block;
      if (bl && bl.axis === axis) {
        if (bl.size !== unit * extent || bl.stride % extent !== 0) throw new Error(`internal: ${acc.buf} is blocked by ${bl.size} along ${axis}, the tile is ${unit * extent}`);
        return affScale(s0, bl.stride / extent);
      }
      return affScale(s0, unit * strideOf(acc, axis));
    };
    const start = (acc: Access) => affAdd(affAdd(aff(acc.base, termsOf(acc)), along(acc, vec, vec0, lanes, plan.V)), along(acc, partner, p0, 1, plan.P));
    const termsOf = (acc: Access): Record<string, number> => {
      const t: Record<string, number> = {};
      for (const o of others) t[o.name] = strideOf(acc, o.name);
      // the chunk loops (outside the tiles) move the reduction operands
      for (const r of chunk?.outer ?? []) if (strideOf(acc, r.name) !== 0) t[chunkVar(r.name)] = strideOf(acc, r.name) * (r.name === chunk!.axis ? chunk!.size : 1);
      return t;
    };
    const body: Stmt[] = [{ op: 'index', name: A, value: start(c.a) }];
    if (c.b) body.push({ op: 'index', name: B, value: start(c.b) });
    if (c.init) body.push({ op: 'index', name: locals.index('ip'), value: start(c.init) });
    // the accumulators start from init (only the share that holds the first part of the sum adds
    // it), or (chunked) from the partial sums of the chunks before
    if (chunk) body.push(partsPointer(vec0, p0));
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        let value: VExpr | FExpr;
        const init = c.init;
        if (chunk) value = lanes === 4 ? { op: 'vload', buf: partsBuf, ptr: locals.index(`op${id}`), offset: partsAt(p, v) } : load(partsBuf, locals.index(`op${id}`), partsAt(p, v));
        else if (!init || shares > 1) value = lanes === 4 ? { op: 'vzero' } : { op: 'const', value: 0 };
        else {
          const off = v * lanes * strideOf(init, vec) + p * strideOf(init, partner);
          value = lanes === 1 ? load(init.buf, 'ip', off) : strideOf(init, vec) === 1 ? { op: 'vload', buf: init.buf, ptr: 'ip', offset: off } : { op: 'vsplat', buf: init.buf, ptr: 'ip', offset: off };
        }
        body.push(lanes === 4 ? { op: 'vset', name: accName(p, v, 0), value: value as VExpr } : { op: 'set', name: accName(p, v, 0), value: value as FExpr });
      }
    if (laneTail) for (let p = 0; p < P; p++) body.push({ op: 'set', name: tailName(p, 0), value: { op: 'const', value: 0 } });
    body.push(...reduction(V, P));
    body.push(...stores(V, P, vec0, p0));
    return body;
  };

  /** The operands' registers of one step: which loads, at which offsets (relative to the step's pointer). */
  const step = (V: number, P: number, offA: number, offB: number, depth: number): Stmt[] => {
    const out: Stmt[] = [];
    const regs = (acc: Access, name: string, off: number) => {
      const sv = strideOf(acc, vec);
      const sp = strideOf(acc, partner);
      const ptr = acc === c.a ? AQ : BQ;
      const reg = new Map<string, string>();
      for (let v = 0; v < (sv !== 0 ? V : 1); v++)
        for (let p = 0; p < (sp !== 0 ? P : 1); p++) {
          const r = (lanes === 4 ? locals.vector : locals.float).call(locals, `${name}${sp !== 0 && sv !== 0 ? `${v}_${p}` : sv !== 0 ? v : p}`);
          const offset = off + v * lanes * sv + p * sp;
          const d = acc.deriv && acc.deriv.act !== 'none' ? acc.deriv : null;
          if (lanes === 1) {
            const x = load(acc.buf, ptr, offset);
            out.push({ op: 'set', name: r, value: d ? { op: 'mul', a: x, b: { op: 'actDeriv', fn: d.act, y: load(d.y, ptr, offset) } } : x });
          } else {
            // stride 2: the even lanes of two neighbouring vectors (8 elements read, 4 kept)
            const vl = (buf: string): VExpr =>
              sv === 1
                ? { op: 'vload', buf, ptr, offset }
                : sv === 2
                  ? { op: 'vshuffle', a: { op: 'vload', buf, ptr, offset }, b: { op: 'vload', buf, ptr, offset: offset + 4 }, lanes: [0, 2, 4, 6] }
                  : { op: 'vsplat', buf, ptr, offset };
            out.push({ op: 'vset', name: r, value: d ? { op: 'vmul', a: vl(acc.buf), b: { op: 'vderiv', fn: d.act, y: vl(d.y) } } : vl(acc.buf) });
          }
          reg.set(`${v}_${p}`, r);
        }
      return (v: number, p: number) => reg.get(`${sv !== 0 ? v : 0}_${sp !== 0 ? p : 0}`)!;
    };
    // vector loads first, then splats (TurboFan keeps this order; the measured fast one)
    const ops = [c.a, c.b].filter((x): x is Access => x !== null);
    const ordered = [...ops].sort((x, y) => Number(strideOf(y, vec) !== 0) - Number(strideOf(x, vec) !== 0));
    const regOf = new Map<Access, (v: number, p: number) => string>();
    for (const acc of ordered) regOf.set(acc, regs(acc, acc === c.a ? 'a' : 'b', acc === c.a ? offA : offB));
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        const acc = accName(p, v, depth);
        const ra = regOf.get(c.a)!(v, p);
        if (lanes === 4) {
          const value: VExpr = c.b
            ? { op: 'vfma', acc: { op: 'vget', name: acc }, a: { op: 'vget', name: ra }, b: { op: 'vget', name: regOf.get(c.b)!(v, p) } }
            : { op: 'vadd', a: { op: 'vget', name: acc }, b: { op: 'vget', name: ra } };
          out.push({ op: 'vset', name: acc, value });
        } else {
          const term: FExpr = c.b ? { op: 'mul', a: get(ra), b: get(regOf.get(c.b)!(v, p)) } : get(ra);
          out.push({ op: 'set', name: acc, value: { op: 'add', a: get(acc), b: term } });
        }
      }
    return out;
  };

  /**
   * The reduction loop nest. Axes longer than BLOCK are cut into blocks; a level whose inside
   * would add more than BLOCK terms into one accumulator sums its inside into fresh accumulators
   * (one depth further) and adds them to the level above.
   */
  const reduction = (V: number, P: number): Stmt[] => {
    interface Level { ax: RAxis; kind: 'whole' | 'blocks' | 'inBlock'; flush: boolean }
    const levels: Level[] = [];
    for (const ax of axes) {
      if (ax.count > BLOCK && !ax.pinned) levels.push({ ax, kind: 'blocks', flush: false }, { ax, kind: 'inBlock', flush: false });
      else levels.push({ ax, kind: 'whole', flush: false });
    }
    // unrolled: the innermost levels whose trip counts multiply to at most `unroll` (at least the run, tiled by unroll when longer)
    let unrolled = 0;
    let prod = 1;
    for (let i = levels.length - 1; i >= 0; i--) {
      const l = levels[i]!;
      const n = l.kind === 'blocks' ? Math.ceil(l.ax.count / BLOCK) : l.kind === 'inBlock' ? BLOCK : l.ax.count;
      if (l.kind !== 'whole' || l.ax.pinned || l.ax.lanesRun || prod * n > plan.unroll) break;
      prod *= n;
      unrolled++;
    }
    // flush points, innermost outwards (never inside the unrolled body)
    let chain = prod;
    for (let i = levels.length - unrolled - 1; i >= 0; i--) {
      const l = levels[i]!;
      const n = l.kind === 'blocks' ? Math.ceil(l.ax.count / BLOCK) : l.kind === 'inBlock' ? BLOCK : l.ax.count;
      if (l.kind === 'blocks' || (chain > 1 && chain * n > BLOCK)) {
        l.flush = true;
        chain = n;
      } else chain *= n;
    }
    const depthOf: number[] = [];
    let d = 0;
    for (const l of levels) {
      if (l.flush) d++;
      depthOf.push(d);
    }
    const deepest = d;

    // pointer terms of the levels outside the innermost run: variable -> stride
    const aTerms: Record<string, number> = {};
    const bTerms: Record<string, number> = {};
    const varOf = (l: Level) => `r${l.ax.name}${l.kind === 'blocks' ? 'b' : ''}${id}`;

    const flushInto = (depth: number): { zero: Stmt[]; add: Stmt[] } => {
      const zero: Stmt[] = [];
      const add: Stmt[] = [];
      for (let p = 0; p < P; p++)
        for (let v = 0; v < V; v++) {
          const inner = accName(p, v, depth);
          const outer = accName(p, v, depth - 1);
          if (lanes === 4) {
            zero.push({ op: 'vset', name: inner, value: { op: 'vzero' } });
            add.push({ op: 'vset', name: outer, value: { op: 'vadd', a: { op: 'vget', name: outer }, b: { op: 'vget', name: inner } } });
          } else {
            zero.push({ op: 'set', name: inner, value: { op: 'const', value: 0 } });
            add.push({ op: 'set', name: outer, value: { op: 'add', a: get(outer), b: get(inner) } });
          }
        }
      if (laneTail)
        for (let p = 0; p < P; p++) {
          const inner = tailName(p, depth);
          const outer = tailName(p, depth - 1);
          zero.push({ op: 'set', name: inner, value: { op: 'const', value: 0 } });
          add.push({ op: 'set', name: outer, value: { op: 'add', a: get(outer), b: get(inner) } });
        }
      return { zero, add };
    };
    /** the last run % 4V terms of a reduction-lanes run, one by one into the scalar accumulators */
    const tail = (depth: number): Stmt[] => {
      if (!laneTail || laneTail.count === 0) return [];
      const out = pointers(aff(laneTail.start), laneTail.run);
      const d = c.a.deriv && c.a.deriv.act !== 'none' ? c.a.deriv : null;
      const sp = strideOf(c.a, partner);
      for (let e = 0; e < laneTail.count; e++)
        for (let p = 0; p < P; p++) {
          const x = load(c.a.buf, AQ, e * laneTail.run.a + p * sp);
          const t = tailName(p, depth);
          out.push({ op: 'set', name: t, value: { op: 'add', a: get(t), b: d ? { op: 'mul', a: x, b: { op: 'actDeriv', fn: d.act, y: load(d.y, AQ, e * laneTail.run.a + p * sp) } } : x } });
        }
      return nonNegative(out);
    };

    /** the levels from i inwards; `blockStart` is the start (elements of the axis) of the current block */
    const nest = (i: number, blockStart: Affine | null, blockSize: number): Stmt[] => {
      if (i >= levels.length - unrolled) return body(i);
      const l = levels[i]!;
      // (a pinned innermost axis, split between threads or gpu shares, stays a plain loop around one step)
      const isLast = i === levels.length - unrolled - 1 && !l.ax.pinned;
      const v = locals.index(varOf(l));
      const wrap = (inner: Stmt[]): Stmt[] => {
        if (!l.flush) return inner;
        const f = flushInto(depthOf[i]!);
        return [...f.zero, ...inner, ...f.add];
      };
      // the lanes run's tail follows the whole run, into the accumulators the run's level adds to
      const after = l.ax.lanesRun && l.kind !== 'inBlock' ? tail(l.flush ? depthOf[i]! - 1 : depthOf[i]!) : [];
      if (l.kind === 'blocks') {
        return [...tiled(locals, v, l.ax.count, BLOCK, (size, start) => wrap(nest(i + 1, start, size))), ...after];
      }
      const count = l.kind === 'inBlock' ? blockSize : l.ax.count;
      const base = l.kind === 'inBlock' ? blockStart! : aff(0);
      if (isLast) {
        // the innermost run: tiled by `unroll` steps per body; its pointers start once and step by
        // a constant per body (what V8 runs fastest: no products recomputed in the hot loop),
        // unless a step reads below its pointer (then each body recomputes them from the counter)
        const U = Math.max(1, plan.unroll);
        const stepped = steppedRun(base, l.ax, count, U, i, v, wrap);
        return [...(stepped ?? tiled(locals, v, count, U, (size, r0) => wrap(run(affAdd(base, r0), l.ax, size, i)))), ...after];
      }
      const isSplit = splitAxis !== undefined && l.ax.name === splitAxis.name;
      const R = isSplit ? Math.ceil(l.ax.count / plan.split) : count;
      const idx = isSplit ? aff(0, { sp: R, [v]: 1 }) : affAdd(base, aff(0, { [v]: 1 }));
      const saved = { a: { ...aTerms }, b: { ...bTerms } };
      for (const [k, m] of idx.terms) {
        aTerms[k] = (aTerms[k] ?? 0) + m * l.ax.a;
        bTerms[k] = (bTerms[k] ?? 0) + m * l.ax.b;
      }
      const constA = idx.c * l.ax.a;
      const constB = idx.c * l.ax.b;
      offsets.push([constA, constB]);
      let inner = wrap(nest(i + 1, null, 0));
      offsets.pop();
      Object.assign(aTerms, saved.a);
      for (const k of Object.keys(aTerms)) if (!(k in saved.a)) delete aTerms[k];
      Object.assign(bTerms, saved.b);
      for (const k of Object.keys(bTerms)) if (!(k in saved.b)) delete bTerms[k];
      if (isSplit) inner = [{ op: 'if', cond: [{ a: idx, lt: l.ax.count }], then: inner, else: [] }];
      if (count < 1) return [];
      return [{ op: 'loop', var: v, count: R, body: inner, ...(l.ax.name === plan.parallel && !gpu && !chunkParallel ? { parallel: true } : {}) }];
    };
    const offsets: [number, number][] = [];
    const constOff = () => offsets.reduce((s, [a, b]) => [s[0] + a, s[1] + b], [0, 0]);

    /** pointers for a body at run start r0 (elements along the run axis) */
    const pointers = (runStart: Affine, ax: RAxis | null): Stmt[] => {
      const [ca, cb] = constOff();
      const out: Stmt[] = [{ op: 'index', name: AQ, value: affAdd(aff(ca, { [A]: 1, ...aTerms }), ax ? affScale(runStart, ax.a) : aff(0)) }];
      if (c.b) out.push({ op: 'index', name: BQ, value: affAdd(aff(cb, { [B]: 1, ...bTerms }), ax ? affScale(runStart, ax.b) : aff(0)) });
      return out;
    };
    /** the run with pointers set before it and advanced after every body; null where an offset would be negative */
    const steppedRun = (base: Affine, ax: RAxis, count: number, U: number, i: number, v: string, wrap: (s: Stmt[]) => Stmt[]): Stmt[] | null => {
      if (count < 1) return [];
      const bodyOf = (size: number): Stmt[] => {
        const out: Stmt[] = [];
        for (let st = 0; st < size; st++) out.push(...unrolledSteps(i + 1, st * ax.a, st * ax.b));
        return out;
      };
      // the bodies of a full and of the tail chunk, built once
      const bodies = new Map([Math.min(U, count), count % U].filter((x) => x > 0).map((size) => [size, bodyOf(size)] as const));
      if ([...bodies.values()].some((b) => [...minLoadOffsets(b).values()].some((m) => m < 0))) return null;
      const advance = (size: number): Stmt[] => [
        { op: 'index', name: AQ, value: aff(size * ax.a, { [AQ]: 1 }) },
        ...(c.b ? [{ op: 'index' as const, name: BQ, value: aff(size * ax.b, { [BQ]: 1 }) }] : []),
      ];
      return [...pointers(base, ax), ...tiled(locals, v, count, U, (size) => wrap([...bodies.get(size)!, ...advance(size)]))];
    };
    const run = (r0: Affine, ax: RAxis, size: number, i: number): Stmt[] => {
      const out = pointers(r0, ax);
      for (let s = 0; s < size; s++) out.push(...unrolledSteps(i + 1, s * ax.a, s * ax.b));
      return nonNegative(out);
    };
    /** the fully unrolled levels from i inwards, at extra offsets */
    const unrolledSteps = (i: number, offA: number, offB: number): Stmt[] => {
      if (i >= levels.length) return step(V, P, offA, offB, deepest);
      const ax = levels[i]!.ax;
      const out: Stmt[] = [];
      for (let s = 0; s < ax.count; s++) out.push(...unrolledSteps(i + 1, offA + s * ax.a, offB + s * ax.b));
      return out;
    };
    const body = (i: number): Stmt[] => nonNegative([...pointers(aff(0), null), ...unrolledSteps(i, 0, 0)]);
    /** a step may walk backwards (negative strides): the smallest offset goes into the pointer, so every `offset=` immediate is >= 0 */
    const nonNegative = (stmts: Stmt[]): Stmt[] => {
      const min = minLoadOffsets(stmts);
      if ([...min.values()].every((m) => m >= 0)) return stmts;
      const shift = (e: FExpr | VExpr): FExpr | VExpr => {
        const r = { ...(e as unknown as Record<string, unknown>) };
        if ((e.op === 'load' || e.op === 'vload' || e.op === 'vsplat') && e.ptr && (min.get(e.ptr) ?? 0) < 0) r.offset = e.offset - min.get(e.ptr)!;
        for (const k of ['a', 'b', 'acc', 'y', 'v'] as const) if (r[k] && typeof r[k] === 'object') r[k] = shift(r[k] as FExpr);
        return r as unknown as FExpr;
      };
      return stmts.map((st): Stmt => {
        if (st.op === 'index' && (min.get(st.name) ?? 0) < 0) return { ...st, value: affAdd(st.value, aff(min.get(st.name)!)) };
        if (st.op === 'set') return { ...st, value: shift(st.value) as FExpr };
        if (st.op === 'vset') return { ...st, value: shift(st.value) as VExpr };
        return st;
      });
    };
    return nest(0, null, 0);
  };

  /** stores of a tile: finish(acc) into dst (or the running share's partial sums) */
  const stores = (V: number, P: number, vec0: Affine, p0: Affine): Stmt[] => {
    if (chunk) {
      // the accumulators back into the partial sums, as they are
      const out: Stmt[] = [partsPointer(vec0, p0)];
      const OP = locals.index(`op${id}`);
      for (let p = 0; p < P; p++)
        for (let v = 0; v < V; v++) {
          const at = partsAt(p, v);
          out.push(lanes === 4 ? { op: 'vstore', buf: partsBuf, ptr: OP, offset: at, value: { op: 'vget', name: accName(p, v, 0) } } : { op: 'store', buf: partsBuf, ptr: OP, offset: at, value: get(accName(p, v, 0)) });
        }
      return out;
    }
    const dst = c.dst;
    const sv = strideOf(dst, vec);
    const sp = strideOf(dst, partner);
    const termsOf: Record<string, number> = {};
    for (const o of others) termsOf[o.name] = strideOf(dst, o.name);
    const OP = locals.index(`op${id}`);
    const slice = shares > 1 ? aff(0, { [sliceVar]: c.dstElems }) : aff(0);
    const out: Stmt[] = [{ op: 'index', name: OP, value: affAdd(affAdd(aff(dst.base, termsOf), affAdd(affScale(vec0, lanes * sv), affScale(p0, sp))), slice) }];
    const direct = shares === 1;
    if (laneTail) {
      // reduction lanes: the tail's sum plus every lane of the V vectors, one value per partner
      for (let p = 0; p < P; p++) {
        let sum: FExpr = get(tailName(p, 0));
        for (let v = 0; v < V; v++) for (let l = 0; l < 4; l++) sum = { op: 'add', a: sum, b: { op: 'lane', v: { op: 'vget', name: accName(p, v, 0) }, lane: l } };
        out.push(storeValue(dstBuf, OP, p * sp, sum, direct));
      }
      return out;
    }
    for (let p = 0; p < P; p++)
      for (let v = 0; v < V; v++) {
        const at = p * sp + v * lanes * sv;
        const acc = accName(p, v, 0);
        // the lanes of this vector that exist: all, except in the last partial vector (cpu: a constant start; gpu: guarded)
        const partial = !gpu && vecCount % lanes !== 0 && vec0.terms.length === 0 && vec0.c + v === vectorsTotal - 1;
        const n = partial ? vecCount % lanes : lanes;
        const guard = (l: number): Cond[] =>
          gpu ? [{ a: affAdd(affScale(vec0, lanes), aff(v * lanes + l)), lt: vecCount }, ...(partAxis ? [{ a: affAdd(p0, aff(p)), lt: partAxis.count }] : [])] : [];
        if (lanes === 1) {
          out.push(...guarded(guard(0), [storeValue(dstBuf, OP, at, get(acc), direct)]));
          continue;
        }
        const a: VExpr = { op: 'vget', name: acc };
        if (direct && c.finish.kind === 'act') {
          const act = c.finish.act;
          const value: VExpr = act === 'relu' ? { op: 'vrelu', a } : act === 'none' ? a : { op: 'vact', fn: act, a };
          if (sv === 1 && n === 4) {
            out.push({ op: 'vstore', buf: dstBuf, ptr: OP, offset: at, value });
            continue;
          }
          if (n > 1 && act !== 'none') {
            // the activation once for the vector, then its lanes
            out.push({ op: 'vset', name: locals.vector('yv'), value });
            for (let l = 0; l < n; l++) out.push({ op: 'store', buf: dstBuf, ptr: OP, offset: at + l * sv, value: { op: 'lane', v: { op: 'vget', name: 'yv' }, lane: l } });
            continue;
          }
          for (let l = 0; l < n; l++) out.push({ op: 'store', buf: dstBuf, ptr: OP, offset: at + l * sv, value: { op: 'lane', v: value, lane: l } });
          continue;
        }
        if (!direct && sv === 1 && n === 4) {
          out.push({ op: 'vstore', buf: dstBuf, ptr: OP, offset: at, value: a });
          continue;
        }
        for (let l = 0; l < n; l++) out.push(storeValue(dstBuf, OP, at + l * sv, { op: 'lane', v: a, lane: l }, direct));
      }
    return out;
  };

  /** one element's store: finished where it goes straight to dst, plain into partial sums */
  const storeValue = (buf: string, ptr: string, offset: number, value: FExpr, direct: boolean): Stmt => {
    if (!direct) return { op: 'store', buf, ptr, offset, value };
    return { op: 'store', buf, ptr, offset, value: finishValue(c.finish, buf, ptr, offset, value) };
  };

  // the tile loops (cpu) or the grid (gpu)
  const vecFirst = c.out.indexOf(vecAxis) < (partAxis ? c.out.indexOf(partAxis) : Infinity);
  let main: Stmt[];
  if (!gpu) {
    const partial = { constantLast: vecCount % lanes !== 0 };
    const vecTiles = (inner: (V: number, vec0: Affine) => Stmt[]) => (redVec ? inner(plan.V, aff(0)) : tiled(locals, `vb${id}`, vectorsTotal, plan.V, inner, partial));
    const partTiles = (inner: (P: number, p0: Affine) => Stmt[]) => (partAxis ? tiled(locals, `pb${id}`, partAxis.count, plan.P, inner) : inner(1, aff(0)));
    let nestStmts = vecFirst
      ? vecTiles((V, vec0) => partTiles((P, p0) => tile(V, P, vec0, p0)))
      : partTiles((P, p0) => vecTiles((V, vec0) => tile(V, P, vec0, p0)));
    if (plan.threads > 1 && plan.parallel === vec && !redVec) {
      // the vector blocks split between threads; the last thread also takes the tail block
      if (!vecFirst && partAxis) throw new RangeError(`schedule: threads split the vector axis ${vec} only where its blocks are the outer tile loop`);
      const [first, ...rest] = nestStmts;
      const split = first && first.op === 'loop' && first.var === `vb${id}` ? [{ ...first, parallel: true }] : first ? [first] : [];
      const tailOnly = split.length > 0 && split[0]!.op === 'loop' && split[0]!.parallel ? rest : nestStmts;
      const last: Cond[] = [{ a: aff(-(plan.threads - 1), { part: 1 }), lt: 1 }];
      nestStmts = tailOnly === nestStmts ? [{ op: 'if', cond: last, then: nestStmts, else: [] }] : [...split, ...(rest.length > 0 ? [{ op: 'if' as const, cond: last, then: rest, else: [] }] : [])];
    }
    for (let i = others.length - 1; i >= 0; i--) {
      const o = others[i]!;
      const par = plan.threads > 1 && o.name === plan.parallel;
      // output axes: every iteration writes its own outputs, so threads may take them dynamically
      nestStmts = o.count < 1 ? [] : [{ op: 'loop', var: locals.index(o.name), count: o.count, body: nestStmts, ...(par ? { parallel: true, dynamic: true } : {}) }];
    }
    if (chunk) {
      // the chunk loops around every tile; the running share's partial sums start at zero
      for (let i = chunk.outer.length - 1; i >= 0; i--) {
        const r = chunk.outer[i]!;
        const count = r.name === chunk.axis ? r.count / chunk.size : r.count;
        nestStmts = [{ op: 'loop', var: chunkVar(r.name), count, body: nestStmts, ...(chunkParallel && r.name === plan.parallel ? { parallel: true } : {}) }];
      }
      const pz = locals.index('pz');
      const zero: Stmt[] = [
        { op: 'comment', text: `${partsBuf}: ${shares > 1 ? "this thread's" : 'the'} partial sums over the chunks of ${chunk.axis} (${chunk.size} a chunk), ${vec} innermost` },
        ...loop(locals, locals.index('z'), partsElems / lanes, [
          { op: 'index', name: pz, value: aff(0, { z: lanes, ...(shares > 1 ? { [sliceVar]: partsElems } : {}) }) },
          lanes === 4 ? { op: 'vstore', buf: partsBuf, ptr: pz, offset: 0, value: { op: 'vzero' } } : { op: 'store', buf: partsBuf, ptr: pz, offset: 0, value: { op: 'const', value: 0 } },
        ]),
      ];
      nestStmts = [...zero, ...nestStmts];
    }
    main = nestStmts;
  } else {
    // one invocation per tile; tiles past the end compute garbage from padded operands and store nothing
    const vt = { name: `vt${id}`, count: Math.ceil(vecCount / plan.V) };
    const pt = partAxis ? { name: `pt${id}`, count: Math.ceil(partAxis.count / plan.P) } : null;
    const dims: GridDim[] = [];
    if (pt) dims.push({ vars: [pt] });
    if (others.length > 0) dims.push({ vars: others.map((o) => ({ name: o.name, count: o.count })) });
    dims.push({ vars: [vt, ...(shares > 1 ? [{ name: 'sp', count: shares }] : [])] });
    for (const d of dims) for (const v of d.vars) ranges.set(locals.index(v.name), v.count);
    const body = tile(plan.V, partAxis ? plan.P : 1, aff(0, { [vt.name]: plan.V }), pt ? aff(0, { [pt.name]: plan.P }) : aff(0));
    ranges.clear();
    main = [gridStmt(dims, plan.workgroup, body)];
  }

  // partial sums: the epilogue adds the shares in order and finishes
  const scratch: BufferDecl[] = [];
  const epilogue: Stmt[] = [];
  if (chunk) {
    // partial sums with the vector axis innermost: added over the shares and finished into dst, element by element
    const order = [...c.out.filter((a) => a !== vecAxis), vecAxis];
    scratch.push({ name: partsBuf, role: 'scratch', elems: shares * partsElems, shape: [shares, ...order.map((a, i) => (i === order.length - 1 ? Math.ceil(a.count / lanes) * lanes : a.count))] });
    const pe = locals.index('pe');
    const pd = locals.index('pd');
    const vars = c.out.map((a) => locals.index(`e${a.name}`));
    let sum: FExpr = load(partsBuf, pe, 0);
    for (let s = 1; s < shares; s++) sum = { op: 'add', a: sum, b: load(partsBuf, pe, s * partsElems) };
    let body: Stmt[] = [
      { op: 'index', name: pe, value: aff(0, Object.fromEntries(c.out.map((a, i) => [vars[i]!, partsStride[a.name]!]))) },
      { op: 'index', name: pd, value: aff(c.dst.base, Object.fromEntries(c.out.map((a, i) => [vars[i]!, strideOf(c.dst, a.name)]))) },
      { op: 'store', buf: c.dst.buf, ptr: pd, offset: 0, value: finishValue(c.finish, c.dst.buf, pd, 0, sum) },
    ];
    for (let i = c.out.length - 1; i >= 0; i--) body = loop(locals, vars[i]!, c.out[i]!.count, body);
    epilogue.push({ op: 'comment', text: `${c.dst.buf} = the sum of the ${shares > 1 ? `${shares} threads' ` : ''}partial sums${c.finish.kind === 'update' ? `, times -${c.finish.scale}, added to ${c.dst.buf}` : ''}` }, ...body);
  } else if (shares > 1) {
    scratch.push({ name: partsBuf, role: 'scratch', elems: shares * c.dstElems, shape: [shares, ...c.dstShape] });
    const e = locals.index('e');
    const pe = locals.index('pe');
    let sum: FExpr = load(partsBuf, pe, 0);
    for (let s = 1; s < shares; s++) sum = { op: 'add', a: sum, b: load(partsBuf, pe, s * c.dstElems) };
    // init (the bias) is added once, after the partial sums
    if (c.init) throw new RangeError('partial sums with an init are not supported (the bias lives in forward, which splits output rows)');
    const store: Stmt = { op: 'store', buf: c.dst.buf, ptr: pe, offset: 0, value: finishValue(c.finish, c.dst.buf, pe, 0, sum) };
    const text = `${c.dst.buf} = the sum of the ${shares} ${redParallel ? "threads'" : 'shares of the'} partial results${c.finish.kind === 'update' ? `, times -${c.finish.scale}, added to ${c.dst.buf}` : ''}`;
    if (gpu) epilogue.push({ op: 'comment', text }, gridStmt([{ vars: [{ name: locals.index('e'), count: c.dstElems }] }], plan.workgroup, [{ op: 'index', name: pe, value: aff(0, { e: 1 }) }, store]));
    else epilogue.push({ op: 'comment', text }, ...loop(locals, e, c.dstElems, [{ op: 'index', name: pe, value: aff(0, { [e]: 1 }) }, store]));
  }
  return { main, epilogue, scratch };
}

/** The smallest offset each pointer is loaded at in the values of `set`/`vset` statements (0 at most). */
function minLoadOffsets(stmts: Stmt[]): Map<string, number> {
  const min = new Map<string, number>();
  const see = (e: FExpr | VExpr): void => {
    const r = e as unknown as Record<string, unknown>;
    if ((e.op === 'load' || e.op === 'vload' || e.op === 'vsplat') && e.ptr) min.set(e.ptr, Math.min(min.get(e.ptr) ?? 0, e.offset));
    for (const k of ['a', 'b', 'acc', 'y', 'v'] as const) if (r[k] && typeof r[k] === 'object') see(r[k] as FExpr);
  };
  for (const st of stmts) if (st.op === 'set' || st.op === 'vset') see(st.value);
  return min;
}

/** The finished value of one output element: sigma(v), or dst - scale * v (read, then written). */
function finishValue(f: Finish, buf: string, ptr: string, offset: number, v: FExpr): FExpr {
  if (f.kind === 'act') return f.act === 'none' ? v : { op: 'act', fn: f.act, a: v };
  // w - lr * dw, written w + dw * (lr * -1): the same float32 roundings as the subtraction
  return { op: 'add', a: load(buf, ptr, offset), b: { op: 'mul', a: v, b: { op: 'mul', a: load(f.scale, null, 0), b: { op: 'const', value: -1 } } } };
}

/** A grid statement; its workgroup is the schedule's, cut down where the grid is smaller. */
export function gridStmt(dims: GridDim[], workgroup: [number, number], body: Stmt[]): Stmt {
  const count = (i: number) => dims[i]?.vars.reduce((p, v) => p * v.count, 1) ?? 1;
  return { op: 'grid', dims, workgroup: [Math.min(workgroup[0], count(0)), Math.min(workgroup[1], count(1)), 1], body };
}
