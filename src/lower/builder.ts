/** Small pieces the lowering shares: affine arithmetic, tiled loops, and the CPU staging copies (padded input, delta, packed boxes). */
import type { Affine, BufferDecl, FExpr, Stmt, VExpr } from './ir.js';
import type { LayerSpec } from '../layer/types.js';
import { actStrides, type ActStrides, xStrides, yStrides } from '../layer/layout.js';

export const aff = (c: number, terms: Record<string, number> = {}): Affine => ({
  c,
  terms: Object.entries(terms).filter(([, k]) => k !== 0),
});

export function affAdd(a: Affine, b: Affine): Affine {
  const terms = new Map(a.terms);
  for (const [v, k] of b.terms) terms.set(v, (terms.get(v) ?? 0) + k);
  return { c: a.c + b.c, terms: [...terms].filter(([, k]) => k !== 0) };
}

export function affScale(a: Affine, k: number): Affine {
  return { c: a.c * k, terms: k === 0 ? [] : a.terms.map(([v, m]) => [v, m * k] as [string, number]) };
}

/** Collects the locals a lowering declares, in order of first use, so names stay stable. */
export class Locals {
  readonly indices: string[] = [];
  readonly floats: string[] = [];
  readonly vectors: string[] = [];
  index(name: string): string {
    if (!this.indices.includes(name)) this.indices.push(name);
    return name;
  }
  float(name: string): string {
    if (!this.floats.includes(name)) this.floats.push(name);
    return name;
  }
  vector(name: string): string {
    if (!this.vectors.includes(name)) this.vectors.push(name);
    return name;
  }
}

export const load = (buf: string, ptr: string | null, offset: number): FExpr => ({ op: 'load', buf, ptr, offset });
export const get = (name: string): FExpr => ({ op: 'get', name });
export const fconst = (value: number): FExpr => ({ op: 'const', value });
export const madd = (acc: string, a: FExpr, b: FExpr): Stmt => ({
  op: 'set',
  name: acc,
  value: { op: 'add', a: get(acc), b: { op: 'mul', a, b } },
});

export function loop(locals: Locals, v: string, count: number, body: Stmt[]): Stmt[] {
  return count < 1 ? [] : [{ op: 'loop', var: locals.index(v), count, body }];
}

/**
 * Splits an axis of length `len` into full tiles of `size` (a loop over `v`) and one tail tile
 * of the remainder; `emit(size, start)` writes the code for one tile starting at `start`.
 * With `constantLast`, the tile that holds the axis' last element always gets a constant start
 * (peeled out of the loop when there is no tail), for code that treats the end specially.
 */
export function tiled(
  locals: Locals,
  v: string,
  len: number,
  size: number,
  emit: (size: number, start: Affine) => Stmt[],
  opts: { constantLast?: boolean } = {},
): Stmt[] {
  let full = Math.floor(len / size);
  let rest = len - full * size;
  if (opts.constantLast && rest === 0) {
    full -= 1;
    rest = size;
  }
  const out: Stmt[] = [];
  if (full > 0) out.push(...loop(locals, v, full, emit(size, aff(0, { [v]: size }))));
  if (rest > 0) out.push(...emit(rest, aff(full * size)));
  return out;
}

export const hasPadding = (s: LayerSpec): boolean => s.pt + s.pb + s.pl + s.pr > 0;

/** Where the (possibly zero-padded) input lives: coordinates (y + pt, x + pl) of X are (y', x') here. */
export interface PaddedInput {
  buf: string;
  strides: ActStrides;
  decl: BufferDecl[];
  prologue: Stmt[];
}

/**
 * Copies X once into a zero-bordered buffer so the unrolled bodies read without bounds checks
 * (wasm-performance.md: the copy costs little next to the convolution). Without padding X is read as is.
 */
/**
 * dst[dstPtr + i] = src[srcPtr + i] for i < count, 4 elements per vector load and store (a
 * memory.copy per row costs a runtime call each), the last count % 4 one by one.
 */
export function vectorCopy(locals: Locals, dst: string, dstPtr: string, src: string, srcPtr: string, count: number): Stmt[] {
  return tiled(locals, 'q', count, 4, (size, q0) => {
    const body: Stmt[] = [
      { op: 'index', name: locals.index('qd'), value: affAdd(aff(0, { [dstPtr]: 1 }), q0) },
      { op: 'index', name: locals.index('qs'), value: affAdd(aff(0, { [srcPtr]: 1 }), q0) },
    ];
    if (size === 4) body.push({ op: 'vstore', buf: dst, ptr: 'qd', offset: 0, value: { op: 'vload', buf: src, ptr: 'qs', offset: 0 } });
    else for (let e = 0; e < size; e++) body.push({ op: 'store', buf: dst, ptr: 'qd', offset: e, value: load(src, 'qs', e) });
    return body;
  });
}

/** Elements of slack after a scratch copy, for vector loads that run past the last pixel of a row (their extra lanes are never stored). */
export const SLACK = 4;

export function paddedInput(spec: LayerSpec, locals: Locals, opts: { slack?: number; interleaved?: boolean } = {}): PaddedInput {
  const slack = opts.slack ?? 0;
  // without padding X is read in place, unless reads may run past its end
  if (!hasPadding(spec) && slack === 0) return { buf: 'x', strides: xStrides(spec), decl: [], prologue: [] };
  const Hp = spec.H + spec.pt + spec.pb;
  const Wp = spec.W + spec.pl + spec.pr;
  // interleaved (nchw only): [n][y][c][x], the rows of every channel side by side, so that a kernel
  // row and the channels walk memory as one axis (H x Ci steps of one row each)
  const interleaved = opts.interleaved === true && spec.layout === 'nchw';
  const ps = actStrides(interleaved ? 'nhcw' : spec.layout, spec.Ci, Hp, Wp);
  const xs = xStrides(spec);
  const shape = interleaved ? [spec.N, Hp, spec.Ci, Wp] : spec.layout === 'nchw' ? [spec.N, spec.Ci, Hp, Wp] : [spec.N, Hp, Wp, spec.Ci];
  // A contiguous row: W elements of one channel (nchw) or W * Ci interleaved elements (nhwc).
  const copyRow = (cTerms: Record<string, number>, cSrc: Record<string, number>): Stmt[] => [
    { op: 'index', name: locals.index('pdst'), value: aff(spec.pt * ps.y + spec.pl * ps.x, { n: ps.n, y: ps.y, ...cTerms }) },
    { op: 'index', name: locals.index('psrc'), value: aff(0, { n: xs.n, y: xs.y, ...cSrc }) },
    ...vectorCopy(locals, 'xpad', 'pdst', 'x', 'psrc', spec.layout === 'nchw' ? spec.W : spec.W * spec.Ci),
  ];
  // rows are split between threads
  const rows = (body: Stmt[]): Stmt[] => [{ op: 'loop', var: locals.index('y'), count: spec.H, parallel: true, body }];
  const body = spec.layout === 'nchw' ? loop(locals, 'c', spec.Ci, rows(copyRow({ c: ps.c }, { c: xs.c }))) : rows(copyRow({}, {}));
  return {
    buf: 'xpad',
    strides: ps,
    decl: [{ name: 'xpad', role: 'scratch', elems: spec.N * spec.Ci * Hp * Wp + slack, shape }],
    prologue: [
      // the border is zero from instantiation and nothing ever writes it: only the interior is copied
      { op: 'comment', text: (hasPadding(spec) ? 'copy X into the interior of the zero-bordered xpad' : 'copy X into xpad, which has slack after its end') + (interleaved ? ', rows of every channel side by side ([n][y][c][x])' : '') },
      ...loop(locals, 'n', spec.N, body),
    ],
  };
}

/** delta = dY * sigma'(Z), with sigma' computed from Y; for act none it is dY itself. */
export function deltaAt(spec: LayerSpec, ptr: string | null, offset: number): FExpr {
  const dy = load('dy', ptr, offset);
  return spec.act === 'none' ? dy : { op: 'mul', a: dy, b: { op: 'actDeriv', fn: spec.act, y: load('y', ptr, offset) } };
}

/** Where delta lives after the prologue, with a zero border of the given size around each image. */
export interface DeltaBuffer {
  buf: string;
  strides: ActStrides;
  decl: BufferDecl[];
  prologue: Stmt[];
}

/**
 * Materialises delta once into a scratch buffer (bordered by zeros where asked; in another layout
 * or with channels padded for vector loads where asked) when the pass needs it more than once per
 * element; with act none, no border and the same layout the kernel reads dY directly.
 */
export function deltaBuffer(
  spec: LayerSpec,
  locals: Locals,
  border: { top: number; bottom: number; left: number; right: number },
  /** interleaved (with layout nchw): [n][y][c][x], the rows of every channel side by side */
  opts: { layout?: LayerSpec['layout']; channels?: number; slack?: boolean; interleaved?: boolean } = {},
): DeltaBuffer {
  const ys = yStrides(spec);
  const layout = opts.layout ?? spec.layout;
  const C = opts.channels ?? spec.Co;
  const bordered = border.top + border.bottom + border.left + border.right > 0;
  const interleaved = opts.interleaved === true && layout === 'nchw';
  if (spec.act === 'none' && !bordered && layout === spec.layout && C === spec.Co && !opts.slack && !interleaved) return { buf: 'dy', strides: ys, decl: [], prologue: [] };
  const Hd = spec.Ho + border.top + border.bottom;
  const Wd = spec.Wo + border.left + border.right;
  const ds = actStrides(interleaved ? 'nhcw' : layout, C, Hd, Wd);
  const shape = interleaved ? [spec.N, Hd, C, Wd] : layout === 'nchw' ? [spec.N, C, Hd, Wd] : [spec.N, Hd, Wd, C];
  // delta is written in its memory order, its contiguous axis (columns in nchw, channels in nhwc)
  // 4 elements at a time: dY and Y read as vectors where they are contiguous along the same axis
  // (gathered where the layout changes: strided reads are cheap, strided writes are not), sigma'
  // without branches, one vector store
  const order = layout === 'nchw' ? (['c', 'i', 'j'] as const) : (['i', 'j', 'c'] as const);
  const [o1, o2, inner] = order;
  const counts = { c: spec.Co, i: spec.Ho, j: spec.Wo };
  const dsOf = { n: ds.n, c: ds.c, i: ds.y, j: ds.x };
  const ysOf = { n: ys.n, c: ys.c, i: ys.y, j: ys.x };
  const chunk = (size: number, start: Affine): Stmt[] => {
    const body: Stmt[] = [
      {
        op: 'index',
        name: locals.index('pd'),
        value: affAdd(aff(border.top * ds.y + border.left * ds.x, { n: dsOf.n, [o1]: dsOf[o1], [o2]: dsOf[o2] }), affScale(start, dsOf[inner])),
      },
      { op: 'index', name: locals.index('py'), value: affAdd(aff(0, { n: ysOf.n, [o1]: ysOf[o1], [o2]: ysOf[o2] }), affScale(start, ysOf[inner])) },
    ];
    if (size < 4) {
      for (let e = 0; e < size; e++) body.push({ op: 'store', buf: 'delta', ptr: 'pd', offset: e * dsOf[inner], value: deltaAt(spec, 'py', e * ysOf[inner]) });
      return body;
    }
    const read = (buf: string): VExpr => {
      const st = ysOf[inner];
      if (st === 1) return { op: 'vload', buf, ptr: 'py', offset: 0 };
      return { op: 'vbuild', lanes: [load(buf, 'py', 0), load(buf, 'py', st), load(buf, 'py', 2 * st), load(buf, 'py', 3 * st)] };
    };
    const value: VExpr = spec.act === 'none' ? read('dy') : { op: 'vmul', a: read('dy'), b: { op: 'vderiv', fn: spec.act, y: { op: 'vget', name: locals.vector('vy') } } };
    if (spec.act !== 'none') body.push({ op: 'vset', name: 'vy', value: read('y') });
    body.push({ op: 'vstore', buf: 'delta', ptr: 'pd', offset: 0, value });
    return body;
  };
  const nest =
    layout === spec.layout
      ? loop(locals, o1, counts[o1], [{ op: 'loop', var: locals.index(o2), count: counts[o2], parallel: true, body: tiled(locals, `${inner}4`, counts[inner], 4, chunk) }])
      : transposedRows(spec, locals, { ds: dsOf, ys: ysOf, base: border.top * ds.y + border.left * ds.x });
  return {
    buf: 'delta',
    strides: ds,
    decl: [{ name: 'delta', role: 'scratch', elems: spec.N * C * Hd * Wd + (opts.slack ? SLACK : 0), shape }],
    prologue: [
      // a border is zero from instantiation and nothing ever writes it
      { op: 'comment', text: (bordered ? 'delta = dY * sigma\'(Y) into the interior of the zero-bordered delta buffer' : 'delta = dY * sigma\'(Y)') + (interleaved ? ', rows of every channel side by side ([n][y][c][x])' : '') },
      ...loop(locals, 'n', spec.N, nest),
    ],
  };
}

/**
 * delta in the other layout: per output row, 4 x 4 blocks of (columns, channels) read as 4 vectors
 * along dY's contiguous axis, transposed in registers (8 shuffles) and stored as 4 vectors along
 * delta's contiguous axis, so neither side is strided (gathers across channels a power of two
 * apart alias in the cache); blocks cut by the edges are copied element by element.
 */
function transposedRows(
  spec: LayerSpec,
  locals: Locals,
  st: { ds: Record<'n' | 'c' | 'i' | 'j', number>; ys: Record<'n' | 'c' | 'i' | 'j', number>; base: number },
): Stmt[] {
  // the axis contiguous in dY (s) and the one contiguous in delta (t)
  const [s, t] = spec.layout === 'nchw' ? (['j', 'c'] as const) : (['c', 'j'] as const);
  const count = { c: spec.Co, j: spec.Wo };
  const vy = (name: string) => ({ op: 'vget', name }) as VExpr;
  const block = (sizeS: number, s0: Affine, sizeT: number, t0: Affine): Stmt[] => {
    const body: Stmt[] = [
      { op: 'index', name: locals.index('pd'), value: affAdd(affAdd(aff(st.base, { n: st.ds.n, i: st.ds.i }), affScale(s0, st.ds[s])), affScale(t0, st.ds[t])) },
      { op: 'index', name: locals.index('py'), value: affAdd(affAdd(aff(0, { n: st.ys.n, i: st.ys.i }), affScale(s0, st.ys[s])), affScale(t0, st.ys[t])) },
    ];
    if (sizeS < 4 || sizeT < 4) {
      for (let a = 0; a < sizeS; a++)
        for (let b = 0; b < sizeT; b++)
          body.push({ op: 'store', buf: 'delta', ptr: 'pd', offset: a * st.ds[s] + b * st.ds[t], value: deltaAt(spec, 'py', a * st.ys[s] + b * st.ys[t]) });
      return body;
    }
    const rows = [0, 1, 2, 3].map((b) => locals.vector(`r${b}`));
    rows.forEach((r, b) => {
      const dy: VExpr = { op: 'vload', buf: 'dy', ptr: 'py', offset: b * st.ys[t] };
      const value: VExpr = spec.act === 'none' ? dy : { op: 'vmul', a: dy, b: { op: 'vderiv', fn: spec.act, y: { op: 'vload', buf: 'y', ptr: 'py', offset: b * st.ys[t] } } };
      body.push({ op: 'vset', name: r, value });
    });
    const lo = [0, 4, 1, 5] as [number, number, number, number];
    const hi = [2, 6, 3, 7] as [number, number, number, number];
    const [t0v, t1v, t2v, t3v] = [0, 1, 2, 3].map((b) => locals.vector(`u${b}`));
    body.push(
      { op: 'vset', name: t0v!, value: { op: 'vshuffle', a: vy(rows[0]!), b: vy(rows[1]!), lanes: lo } },
      { op: 'vset', name: t1v!, value: { op: 'vshuffle', a: vy(rows[2]!), b: vy(rows[3]!), lanes: lo } },
      { op: 'vset', name: t2v!, value: { op: 'vshuffle', a: vy(rows[0]!), b: vy(rows[1]!), lanes: hi } },
      { op: 'vset', name: t3v!, value: { op: 'vshuffle', a: vy(rows[2]!), b: vy(rows[3]!), lanes: hi } },
    );
    const pairs: [string, string, [number, number, number, number]][] = [
      [t0v!, t1v!, [0, 1, 4, 5]],
      [t0v!, t1v!, [2, 3, 6, 7]],
      [t2v!, t3v!, [0, 1, 4, 5]],
      [t2v!, t3v!, [2, 3, 6, 7]],
    ];
    pairs.forEach(([a, b, lanes], k) => body.push({ op: 'vstore', buf: 'delta', ptr: 'pd', offset: k * st.ds[s], value: { op: 'vshuffle', a: vy(a), b: vy(b), lanes } }));
    return body;
  };
  return [
    {
      op: 'loop',
      var: locals.index('i'),
      count: spec.Ho,
      parallel: true,
      // 4 rows of dY at a time, walked along the axis they are contiguous in: 4 (8 with Y) streams.
      // Walking 4 rows of every 4 channels in turn instead reads lines a channel plane apart
      // (4 KiB on 32x32 images): they all fall into one L1 set and evict each other (cifar's
      // weight gradient spent 45% of its time here).
      body: tiled(locals, `${t}4`, count[t], 4, (sizeT, t0) => tiled(locals, `${s}4`, count[s], 4, (sizeS, s0) => block(sizeS, s0, sizeT, t0))),
    },
  ];
}

/** One dimension of a box copy: trip count and element strides in the source and the destination. */
export interface BoxDim {
  name: string;
  count: number;
  src: number;
  dst: number;
}

/**
 * dst[dstBase + sum(i_d * dst_d)] = src[srcBase + sum(i_d * src_d)] over a box of indices (used to
 * pack weights into the layout a SIMD body reads): loops over the outer dimensions, the innermost
 * one in unrolled blocks of 16. List the dimensions in destination order: strided reads are cheap,
 * strided writes are not (each allocates a cache line).
 */
export function copyBox(locals: Locals, src: string, dst: string, dims: BoxDim[], dstBase = 0, srcBase = 0): Stmt[] {
  const inner = dims[dims.length - 1]!;
  const outer = dims.slice(0, -1);
  const ps = locals.index(`${dst}_src`);
  const pd = locals.index(`${dst}_dst`);
  const body = tiled(locals, inner.name, inner.count, 16, (size, i0) => {
    const out: Stmt[] = [
      { op: 'index', name: ps, value: affAdd(aff(srcBase, Object.fromEntries(outer.map((d) => [d.name, d.src]))), affScale(i0, inner.src)) },
      { op: 'index', name: pd, value: affAdd(aff(dstBase, Object.fromEntries(outer.map((d) => [d.name, d.dst]))), affScale(i0, inner.dst)) },
    ];
    for (let i = 0; i < size; i++) out.push({ op: 'store', buf: dst, ptr: pd, offset: i * inner.dst, value: load(src, ps, i * inner.src) });
    return out;
  });
  // the first loop with more than one iteration is split between threads; without one, the
  // first thread copies it all (every thread runs what is outside parallel loops)
  const split = outer.findIndex((d) => d.count > 1);
  const nest = outer.reduceRight<Stmt[]>(
    (acc, d, i) => (i === split ? [{ op: 'loop', var: locals.index(d.name), count: d.count, parallel: true, body: acc }] : loop(locals, d.name, d.count, acc)),
    body,
  );
  return split >= 0 ? nest : [{ op: 'if', cond: [{ a: aff(0, { part: 1 }), lt: 1 }], then: nest, else: [] }];
}
