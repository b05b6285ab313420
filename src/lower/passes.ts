/**
 * Each pass as contractions over named axes, and the staging its schedule chooses. This file is
 * all that is per-pass in the lowering: the index expressions (which element of which tensor a
 * term reads), and which staged copies (zero-bordered input, packed weights, delta) make the
 * schedule's vector axis contiguous. The tile engine (engine.ts) does the rest for every target.
 *
 * Axis names: n image, g group, m a channel within the group on the side the pass writes
 * (forward: output channels; input-grad: input channels; weight-grad: output channels), c a
 * channel within the group on the other side (summed over, except in the weight gradients),
 * i, j output rows and columns, k, l kernel taps, t, u the rows and columns of one stride phase
 * of the input gradient, a, b the taps of that phase.
 *
 *   forward      y[n, g*Cog+m, i, j]   = sigma(b[g*Cog+m] + sum(c, k, l) x[n, g*Cig+c, i*sh+k*dh-pt, j*sw+l*dw-pl] * w[g*Cog+m, c, k, l])
 *   input-grad   dx[n, g*Cig+m, r+sh*t, q+sw*u] = sum(c, a, b) delta[n, g*Cog+c, t+c_a, u+c_b] * w[g*Cog+c, m, k_a, l_b]   per phase (r, q)
 *   weight-grad  dw[g*Cog+m, c, k, l]  = sum(n, i, j) delta[n, g*Cog+m, i, j] * x[n, g*Cig+c, i*sh+k*dh-pt, j*sw+l*dw-pl]
 *   weight-update w[...] -= lr * (the weight gradient's sum)
 *   bias-grad    db[co]                 = sum(n, i, j) delta[n, co, i, j]
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import { actStrides, groupChannels, tensorSizes, tensorShapes, weightStrides, xStrides, yStrides, type ActStrides } from '../layer/layout.js';
import { passDecl, tensorExtent } from '../passes/index.js';
import { rowPartnerPixels, weightRows, type Schedule } from '../schedule/index.js';
import type { Affine, BufferDecl, FExpr, GridDim, Stmt } from './ir.js';
import { aff, affAdd, copyBox, deltaAt, deltaBuffer, fconst, hasPadding, load, Locals, paddedInput, type BoxDim } from './builder.js';
import { contract, gridStmt, type Access, type Axis, type Contraction, type TilePlan } from './engine.js';

export interface Lowering {
  locals: Locals;
  buffers: BufferDecl[];
  prologue: Stmt[];
  main: Stmt[];
  epilogue: Stmt[];
}

const roundUp = (n: number, m: number) => Math.ceil(n / m) * m;
const cdiv = (a: number, b: number) => Math.ceil(a / b);

/** The tensors a pass binds, as buffers (from the registry). */
export function passBuffers(spec: LayerSpec, pass: Pass): BufferDecl[] {
  return passDecl(pass).tensors(spec).map((t) => ({ name: t.name, role: t.role, ...tensorExtent(spec, t.like) }));
}

/** What the schedule's `vector` knob puts in the lanes, per pass: the axis names of this file. */
export function vectorAxes(pass: Pass, vector: 'channels' | 'pixels' | 'groups', along: 'ci' | 'l' = 'ci', rowPartners = false): { vec: string; partner: string | null } {
  const cols = pass === 'input-grad' ? 'u' : 'j';
  if (pass === 'bias-grad') return vector === 'pixels' ? { vec: 'j', partner: null } : { vec: 'm', partner: null };
  if (pass === 'weight-grad' || pass === 'weight-update') {
    const p = along === 'l' ? 'l' : 'c';
    return vector === 'groups' ? { vec: 'g', partner: p } : { vec: 'm', partner: p };
  }
  // pixels: the partners walk the write-side channels of a group, or its rows where it writes one (depthwise)
  if (vector === 'pixels') return { vec: cols, partner: rowPartners ? (pass === 'input-grad' ? 't' : 'i') : 'm' };
  if (vector === 'groups') return { vec: 'g', partner: cols };
  return { vec: 'm', partner: cols };
}

/** The tile plan a schedule asks for. */
export function tilePlan(spec: LayerSpec, pass: Pass, s: Schedule): TilePlan {
  const reductionParallel = pass === 'weight-grad' || pass === 'weight-update' || pass === 'bias-grad';
  const parallel = reductionParallel ? 'i' : pass === 'input-grad' ? 't' : 'i';
  const defaultOrder = pass === 'forward' || pass === 'input-grad' ? 'longest-run' : 'declared';
  if (s.kind === 'gpu') {
    const { vec, partner } = vectorAxes(pass, s.vector ?? 'channels', 'l');
    return { lanes: 1, vec, partner: pass === 'bias-grad' ? null : partner, V: s.channels, P: s.pixels, unroll: 1, order: 'declared', border: 'copy', parallel: reductionParallel ? 'i' : null, threads: 1, mode: 'gpu', split: s.split, workgroup: s.workgroup };
  }
  if (s.kind === 'scalar') {
    return { lanes: 1, vec: 'm', partner: null, V: s.tile, P: 1, unroll: s.unroll, order: s.order ?? defaultOrder, border: s.border ?? 'copy', parallel, threads: s.threads, mode: 'cpu', split: 1, workgroup: [1, 1] };
  }
  const rows = rowPartnerPixels(spec, pass, s.vector);
  const { vec, partner } = vectorAxes(pass, s.vector ?? 'channels', s.along, rows);
  // bias-grad with pixels in the lanes: the channels are the split loop (each thread whole sums)
  // bias-grad: whole sums per thread (the channels split, never the sum): bitwise the 1-thread result;
  // rows as partners: the groups are split (each a plane of its own)
  const par = pass === 'bias-grad' ? 'm' : rows ? 'g' : parallel;
  return {
    lanes: 4,
    vec,
    partner,
    V: s.vectors,
    P: pass === 'bias-grad' ? 1 : s.partners,
    unroll: s.unroll,
    order: s.order ?? defaultOrder,
    border: s.border ?? 'copy',
    parallel: par,
    threads: s.threads,
    mode: 'cpu',
    split: 1,
    workgroup: [1, 1],
    chunk: reductionParallel && pass !== 'bias-grad' ? rowChunk(spec, s.rows ?? weightRows(spec, s.threads)) : null,
  };
}


/** The weight gradients' chunks of `rows` output rows (0, or one chunk of a single image: none). */
const rowChunk = (spec: LayerSpec, rows: number): TilePlan['chunk'] => (rows === 0 || (rows >= spec.Ho && spec.N === 1) ? null : { axis: 'i', size: rows });

/** Strides of a logical tensor over named axes, from the strides of its layout and index terms. */
const over = (terms: Record<string, [number, number][]>): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const [axis, parts] of Object.entries(terms)) out[axis] = parts.reduce((s, [coef, stride]) => s + coef * stride, 0);
  return out;
};

/**
 * A staged copy of a weight-like tensor in a chosen axis order, the last axis padded to `pad`
 * (the padding is zero: scratch memory is zero from instantiation and no one writes it).
 * Without a change of strides the tensor is read as it is.
 */
function packed(
  locals: Locals,
  name: string,
  src: Access,
  dims: { name: string; count: number }[],
  pad: number,
  /** the gpu workgroup (grids on the gpu), or null (loops on the cpu) */
  gpu: [number, number] | null,
  extra = 0,
  /**
   * cpu: cut this axis into blocks of `size` (a tile's extent along it), each block outermost with
   * everything a tile reads inside it contiguous: [blocks][...dims, the axis `size` long]
   */
  block: { axis: string; size: number } | null = null,
): { acc: Access; decl: BufferDecl[]; prologue: Stmt[] } {
  const blocked = !gpu && block && (dims.find((d) => d.name === block.axis)?.count ?? 0) > block.size ? block : null;
  if (blocked) return blockPacked(locals, name, src, dims, blocked);
  const strides: Record<string, number> = {};
  let st = 1;
  for (let d = dims.length - 1; d >= 0; d--) {
    strides[dims[d]!.name] = st;
    st *= d === dims.length - 1 ? roundUp(dims[d]!.count, pad) : dims[d]!.count;
  }
  const elems = st + extra;
  const same = extra === 0 && dims.every((d) => d.count === 1 || src.stride[d.name] === strides[d.name]) && st === dims.reduce((p, d) => p * d.count, 1) && src.base === 0;
  if (same) return { acc: src, decl: [], prologue: [] };
  const acc: Access = { buf: name, base: 0, stride: strides };
  const decl: BufferDecl[] = [{ name, role: 'scratch', elems, shape: dims.map((d, i) => (i === dims.length - 1 ? roundUp(d.count, pad) : d.count)) }];
  const text = `pack ${src.buf} as ${name}[${dims.map((d) => d.name).join('][')}]${pad > 1 ? `, ${dims[dims.length - 1]!.name} padded to ${roundUp(dims[dims.length - 1]!.count, pad)}` : ''}`;
  if (!gpu) {
    const box: BoxDim[] = dims.map((d) => ({ name: `${name}_${d.name}`, count: d.count, src: src.stride[d.name] ?? 0, dst: strides[d.name]! }));
    return { acc, decl, prologue: [{ op: 'comment', text }, ...copyBox(locals, src.buf, name, box, 0, src.base)] };
  }
  // one invocation per element of the packed buffer, zeros in the padding
  const last = dims[dims.length - 1]!;
  const vars = dims.map((d, i) => ({ name: `${name}_${d.name}`, count: i === dims.length - 1 ? roundUp(d.count, pad) : d.count }));
  const dst = aff(0, Object.fromEntries(vars.map((v, i) => [v.name, strides[dims[i]!.name]!])));
  const from = aff(src.base, Object.fromEntries(vars.map((v, i) => [v.name, src.stride[dims[i]!.name] ?? 0])));
  for (const v of vars) locals.index(v.name);
  const grid = gridStmt(gpuDims(vars), gpu, [
    { op: 'index', name: locals.index('pd'), value: dst },
    {
      op: 'if',
      cond: [{ a: aff(0, { [vars[vars.length - 1]!.name]: 1 }), lt: last.count }],
      then: [{ op: 'index', name: locals.index('ps'), value: from }, { op: 'store', buf: name, ptr: 'pd', offset: 0, value: load(src.buf, 'ps', 0) }],
      else: [{ op: 'store', buf: name, ptr: 'pd', offset: 0, value: fconst(0) }],
    },
  ]);
  return { acc, decl, prologue: [{ op: 'comment', text }, grid] };
}

/** The axis of packed weights to cut into tile-sized blocks: the vector axis (4V wide) or else the partner axis (P wide). */
function tileBlock(plan: TilePlan, axes: string[]): { axis: string; size: number } | null {
  if (plan.mode !== 'cpu' || plan.lanes !== 4) return null;
  if (axes.includes(plan.vec)) return { axis: plan.vec, size: plan.lanes * plan.V };
  if (plan.partner && axes.includes(plan.partner)) return { axis: plan.partner, size: plan.P };
  return null;
}

/**
 * The blocked packing of `packed` (cpu): the axis is cut into blocks of a tile's extent, so one
 * tile's operand is one contiguous run of memory (a tile reading 8 of 64 channels otherwise
 * touches a new cache line every step, and its weights no longer fit L1). The last block is
 * padded with zeros (scratch memory is zero from instantiation and no one writes the padding).
 */
function blockPacked(locals: Locals, name: string, src: Access, dims: { name: string; count: number }[], block: { axis: string; size: number }): { acc: Access; decl: BufferDecl[]; prologue: Stmt[] } {
  const total = dims.find((d) => d.name === block.axis)!.count;
  const blocks = Math.ceil(total / block.size);
  const inner = dims.map((d) => (d.name === block.axis ? { ...d, count: block.size } : d));
  const strides: Record<string, number> = {};
  let st = 1;
  for (let d = inner.length - 1; d >= 0; d--) {
    strides[inner[d]!.name] = st;
    st *= inner[d]!.count;
  }
  const acc: Access = { buf: name, base: 0, stride: strides, block: { axis: block.axis, size: block.size, stride: st } };
  const decl: BufferDecl[] = [{ name, role: 'scratch', elems: blocks * st, shape: [blocks, ...inner.map((d) => d.count)] }];
  const text = `pack ${src.buf} as ${name}[${block.axis} / ${block.size}][${inner.map((d) => (d.name === block.axis ? `${d.name} % ${block.size}` : d.name)).join('][')}]`;
  const sa = src.stride[block.axis] ?? 0;
  // whole blocks, then the last partial one
  const box = (count: number): BoxDim[] => inner.map((d) => ({ name: `${name}_${d.name}`, count: d.name === block.axis ? count : d.count, src: src.stride[d.name] ?? 0, dst: strides[d.name]! }));
  const whole = Math.floor(total / block.size);
  const rest = total - whole * block.size;
  const prologue: Stmt[] = [{ op: 'comment', text }];
  if (whole > 0) {
    const outer: BoxDim = { name: `${name}_${block.axis}b`, count: whole, src: sa * block.size, dst: st };
    prologue.push(...copyBox(locals, src.buf, name, [outer, ...box(block.size)], 0, src.base));
  }
  if (rest > 0) prologue.push(...copyBox(locals, src.buf, name, box(rest), whole * st, src.base + whole * block.size * sa));
  return { acc, decl, prologue };
}

/** Grid dimensions for a list of variables, innermost (fastest) first in dimension 0. */
function gpuDims(vars: { name: string; count: number }[]): GridDim[] {
  const inner = vars[vars.length - 1]!;
  const mid = vars.length > 1 ? vars[vars.length - 2]! : null;
  const rest = vars.slice(0, Math.max(0, vars.length - 2));
  const dims: GridDim[] = [{ vars: [inner] }];
  if (mid) dims.push({ vars: [mid] });
  if (rest.length > 0) dims.push({ vars: rest });
  return dims;
}

/**
 * GPU: a copy of an activation tensor into a zero-bordered buffer `slack` elements longer (one
 * invocation per element of the copy); `value(ptr)` is the source element.
 */
function borderedGpu(
  spec: LayerSpec,
  locals: Locals,
  workgroup: [number, number],
  dst: string,
  C: number,
  h: number,
  w: number,
  pad: { top: number; bottom: number; left: number; right: number },
  slack: number,
  value: (ptr: string) => FExpr,
  layout: LayerSpec['layout'] = spec.layout,
  srcStrides: ActStrides = actStrides(spec.layout, C, h, w),
): { decl: BufferDecl; stage: Stmt; strides: ActStrides } {
  const H2 = h + pad.top + pad.bottom;
  const W2 = w + pad.left + pad.right;
  const st = actStrides(layout, C, H2, W2);
  const names = { n: locals.index('sn'), c: locals.index('sc'), y: locals.index('sy'), x: locals.index('sx') };
  const vars = layout === 'nchw'
    ? [{ name: names.n, count: spec.N }, { name: names.c, count: C }, { name: names.y, count: H2 }, { name: names.x, count: W2 }]
    : [{ name: names.n, count: spec.N }, { name: names.y, count: H2 }, { name: names.x, count: W2 }, { name: names.c, count: C }];
  const stage = gridStmt(gpuDims(vars), workgroup, [
    { op: 'index', name: locals.index('pd'), value: aff(0, { [names.n]: st.n, [names.c]: st.c, [names.y]: st.y, [names.x]: st.x }) },
    {
      op: 'if',
      cond: [
        { a: aff(-pad.top, { [names.y]: 1 }), lt: h },
        { a: aff(-pad.left, { [names.x]: 1 }), lt: w },
      ],
      then: [
        { op: 'index', name: locals.index('ps'), value: aff(-pad.top * srcStrides.y - pad.left * srcStrides.x, { [names.n]: srcStrides.n, [names.c]: srcStrides.c, [names.y]: srcStrides.y, [names.x]: srcStrides.x }) },
        { op: 'store', buf: dst, ptr: 'pd', offset: 0, value: value('ps') },
      ],
      else: [{ op: 'store', buf: dst, ptr: 'pd', offset: 0, value: fconst(0) }],
    },
  ]);
  const shape = layout === 'nchw' ? [spec.N, C, H2, W2] : [spec.N, H2, W2, C];
  return { decl: { name: dst, role: 'scratch', elems: spec.N * C * H2 * W2 + slack, shape }, stage, strides: st };
}

/** How far past its last element a tiled operand may be read: vector lanes past the axis' end, GPU tiles past it. */
function overhang(plan: TilePlan, acc: Access, counts: Record<string, number>): number {
  let extra = 0;
  const vs = acc.stride[plan.vec] ?? 0;
  if (vs !== 0) {
    const n = counts[plan.vec]!;
    const span = plan.mode === 'gpu' ? roundUp(n, plan.V) : roundUp(n, plan.lanes);
    // a stride-2 vector reads 8 elements, the last one past its 4th lane
    extra += (span - n) * Math.abs(vs) + (plan.lanes === 4 && vs === 2 ? 1 : 0);
  }
  const ps = plan.partner ? (acc.stride[plan.partner] ?? 0) : 0;
  if (ps !== 0 && plan.mode === 'gpu') {
    const n = counts[plan.partner!]!;
    extra += (roundUp(n, plan.P) - n) * Math.abs(ps);
  }
  return extra;
}

interface Staged {
  contractions: Contraction[];
  buffers: BufferDecl[];
  prologue: Stmt[];
}

const act = (spec: LayerSpec) => spec.act;

/** The input X, zero-bordered (or as it is), with room for the plan's overhanging reads. */
function stagedInput(spec: LayerSpec, locals: Locals, plan: TilePlan, strideOf: (ps: ActStrides) => Access['stride'], counts: Record<string, number>, interleaved = false): { acc: Access; decl: BufferDecl[]; prologue: Stmt[]; interleaved?: boolean } {
  const gpu = plan.mode === 'gpu';
  // strides of the padded copy do not depend on its slack: size the slack from them
  const Hp = spec.H + spec.pt + spec.pb;
  const Wp = spec.W + spec.pl + spec.pr;
  const rows = interleaved && spec.layout === 'nchw' && !gpu && hasPadding(spec);
  const probe: Access = { buf: 'xpad', base: 0, stride: strideOf(actStrides(rows ? 'nhcw' : spec.layout, spec.Ci, Hp, Wp)) };
  const slack = overhang(plan, probe, counts);
  if (gpu) {
    const b = borderedGpu(spec, locals, plan.workgroup, 'xpad', spec.Ci, spec.H, spec.W, { top: spec.pt, bottom: spec.pb, left: spec.pl, right: spec.pr }, slack, (p) => load('x', p, 0));
    return { acc: { buf: 'xpad', base: 0, stride: strideOf(b.strides) }, decl: [b.decl], prologue: [{ op: 'comment', text: 'X into the zero-bordered xpad' }, b.stage] };
  }
  if (plan.lanes === 4 && plan.vec === 'g' && spec.layout === 'nchw') {
    // the lanes hold neighbouring channels: a channels-last, zero-bordered copy (strided reads, contiguous writes)
    const ps = actStrides('nhwc', spec.Ci, Hp, Wp);
    const xs = xStrides(spec);
    const box: BoxDim[] = [
      { name: 'xn', count: spec.N, src: xs.n, dst: ps.n },
      { name: 'xy', count: spec.H, src: xs.y, dst: ps.y },
      { name: 'xx', count: spec.W, src: xs.x, dst: ps.x },
      { name: 'xc', count: spec.Ci, src: xs.c, dst: ps.c },
    ];
    return {
      acc: { buf: 'xpad', base: 0, stride: strideOf(ps) },
      decl: [{ name: 'xpad', role: 'scratch', elems: spec.N * spec.Ci * Hp * Wp + overhang(plan, { buf: 'xpad', base: 0, stride: strideOf(ps) }, counts), shape: [spec.N, Hp, Wp, spec.Ci] }],
      prologue: [{ op: 'comment', text: 'copy X channels last into the interior of the zero-bordered xpad' }, ...copyBox(locals, 'x', 'xpad', box, spec.pt * ps.y + spec.pl * ps.x, 0)],
    };
  }
  if (slack > 8) throw new Error(`internal: input slack ${slack} > 8`);
  const src = paddedInput(spec, locals, { slack, interleaved: rows });
  return { acc: { buf: src.buf, base: 0, stride: strideOf(src.strides) }, decl: src.decl, prologue: src.prologue, interleaved: rows && src.buf === 'xpad' };
}

function forward(spec: LayerSpec, locals: Locals, plan: TilePlan): Staged {
  const { cig, cog } = groupChannels(spec);
  const G = spec.groups;
  const gpu = plan.mode === 'gpu';
  const counts = { n: spec.N, g: G, m: cog, i: spec.Ho, j: spec.Wo, c: cig, k: spec.K, l: spec.L };
  const xStride = (ps: ActStrides) => ({ n: ps.n, g: cig * ps.c, c: ps.c, i: spec.sh * ps.y, j: spec.sw * ps.x, k: spec.dh * ps.y, l: spec.dw * ps.x });
  // border 'regions': X read in place, the output split into regions whose taps all land inside X
  const regions = plan.border === 'regions';
  // SIMD on nchw: the padded copy's rows interleaved ([n][y][c][x]) and the weights packed kernel
  // columns first ([l][k][c]), so that kernel rows and channels are one run of K x Ci steps
  const x: { acc: Access; prologue: Stmt[]; decl: BufferDecl[]; interleaved?: boolean } = regions ? { acc: { buf: 'x', base: 0, stride: xStride(xStrides(spec)) }, prologue: [], decl: [] } : stagedInput(spec, locals, plan, xStride, counts, plan.lanes === 4 && plan.vec !== 'g' && spec.K > 1);
  const ws = weightStrides(spec);
  const wRaw: Access = { buf: 'w', base: 0, stride: { g: cog * ws.co, m: ws.co, c: ws.ci, k: ws.k, l: ws.l } };
  const bRaw: Access = { buf: 'b', base: 0, stride: { g: cog, m: 1 } };
  const prologue = [...x.prologue];
  const buffers = [...x.decl];
  let w = wRaw;
  let b = bRaw;
  // the vector operand contiguous along the vector axis, padded to whole vectors (gpu: whole tiles)
  const pad = gpu ? plan.V : plan.lanes;
  if (plan.lanes === 4 || gpu) {
    const inner = plan.vec === 'g' ? 'g' : 'm';
    const order = inner === 'g' ? ['k', 'l', 'c', 'm', 'g'] : x.interleaved ? ['g', 'l', 'k', 'c', 'm'] : ['g', 'k', 'l', 'c', 'm'];
    const pw = packed(locals, 'wpk', wRaw, order.map((a) => ({ name: a, count: counts[a as keyof typeof counts] })), pad, gpu ? plan.workgroup : null, 0, tileBlock(plan, order));
    w = pw.acc;
    prologue.push(...pw.prologue);
    buffers.push(...pw.decl);
    if (plan.vec !== 'j') {
      const bo = inner === 'g' ? ['m', 'g'] : ['g', 'm'];
      const pb = packed(locals, 'bpk', bRaw, bo.map((a) => ({ name: a, count: counts[a as keyof typeof counts] })), pad, gpu ? plan.workgroup : null);
      b = pb.acc;
      prologue.push(...pb.prologue);
      buffers.push(...pb.decl);
    }
  }
  const ys = yStrides(spec);
  const outer: Axis[] = [{ name: 'i', count: spec.Ho }, { name: 'n', count: spec.N }];
  const chans: Axis[] = plan.vec === 'g' ? [{ name: 'm', count: cog }, { name: 'g', count: G }] : [{ name: 'g', count: G }, { name: 'm', count: cog }];
  const whole = { o0: 0, k0: 0 };
  const rowRanges = regions ? tapRanges(spec.Ho, spec.sh, spec.pt, spec.dh, spec.K, spec.H) : [{ ...whole, o1: spec.Ho, k1: spec.K }];
  const colRanges = regions ? tapRanges(spec.Wo, spec.sw, spec.pl, spec.dw, spec.L, spec.W) : [{ ...whole, o1: spec.Wo, k1: spec.L }];
  const at = (acc: Access, di: number, dj: number, dk: number, dl: number): Access => ({
    ...acc,
    base: acc.base + di * (acc.stride.i ?? 0) + dj * (acc.stride.j ?? 0) + dk * (acc.stride.k ?? 0) + dl * (acc.stride.l ?? 0),
  });
  const dst: Access = { buf: 'y', base: 0, stride: { n: ys.n, g: cog * ys.c, m: ys.c, i: ys.y, j: ys.x } };
  const contractions: Contraction[] = [];
  for (const r of rowRanges)
    for (const q of colRanges) {
      // X in place: the region's first tap of its first output, relative to the unpadded image
      const xr = regions ? at(x.acc, r.o0, q.o0, r.k0, q.k0) : x.acc;
      contractions.push({
        id: regions ? `${r.o0}_${q.o0}` : '',
        out: [{ name: 'i', count: r.o1 - r.o0 }, { name: 'n', count: spec.N }, ...chans, { name: 'j', count: q.o1 - q.o0 }],
        red: [{ name: 'c', count: cig }, { name: 'k', count: r.k1 - r.k0 }, { name: 'l', count: q.k1 - q.k0 }],
        a: at(w, 0, 0, r.k0, q.k0),
        b: regions ? { ...xr, base: xr.base - spec.pt * xStrides(spec).y - spec.pl * xStrides(spec).x } : xr,
        init: b,
        dst: at(dst, r.o0, q.o0, 0, 0),
        finish: { kind: 'act', act: act(spec) },
        dstElems: tensorSizes(spec).y,
        dstShape: tensorShapes(spec).y,
      });
    }
  return { contractions, buffers, prologue };
}

/**
 * Output ranges of one axis with the same taps inside the input: output o reads input
 * o*s + k*d - p, inside [0, len) for k in [k0, k1). Refused (null) where an output reads no input.
 */
export function tapRanges(outLen: number, s: number, p: number, d: number, K: number, len: number): { o0: number; o1: number; k0: number; k1: number }[] {
  const out: { o0: number; o1: number; k0: number; k1: number }[] = [];
  for (let o = 0; o < outLen; o++) {
    const k0 = Math.max(0, Math.ceil((p - o * s) / d));
    const k1 = Math.min(K, Math.floor((len - 1 + p - o * s) / d) + 1);
    if (k1 <= k0) throw new RangeError(`schedule.border: output ${o} reads only padding; "regions" needs every output to read the input (use "copy")`);
    const last = out[out.length - 1];
    if (last && last.k0 === k0 && last.k1 === k1 && last.o1 === o) last.o1 = o + 1;
    else out.push({ o0: o, o1: o + 1, k0, k1 });
  }
  return out;
}

/** One stride phase of one axis: input rows r, r + s, r + 2s, ... and the kernel taps that reach them. */
export interface Phase {
  r: number;
  count: number;
  /** (tap, delta row offset c): input row r + s*t reads delta row t + c */
  taps: { k: number; c: number }[];
}

/** Phases of one axis: for input row y = r + s*t, tap k contributes when (y + p - k*d) is a multiple of s. */
export function phases(len: number, s: number, p: number, d: number, K: number): Phase[] {
  const out: Phase[] = [];
  for (let r = 0; r < s && r < len; r++) {
    const taps: Phase['taps'] = [];
    for (let k = 0; k < K; k++) {
      const q = r + p - k * d;
      if (((q % s) + s) % s === 0) taps.push({ k, c: q / s });
    }
    out.push({ r, count: Math.ceil((len - r) / s), taps });
  }
  return out;
}

/**
 * Rows t of a phase grouped by the taps a (delta row t + c0 + a * step) that land inside delta's
 * Ho rows; null where some row has none (it would need zeros of its own: no regions then).
 */
export function tapRows(count: number, nA: number, c0: number, step: number, Ho: number): { t0: number; t1: number; a0: number; a1: number }[] | null {
  const out: { t0: number; t1: number; a0: number; a1: number }[] = [];
  for (let t = 0; t < count; t++) {
    let a0 = -1;
    let a1 = -1;
    for (let a = 0; a < nA; a++) {
      const o = t + c0 + a * step;
      if (o >= 0 && o < Ho) {
        if (a0 < 0) a0 = a;
        a1 = a + 1;
      }
    }
    if (a0 < 0) return null;
    const last = out[out.length - 1];
    if (last && last.a0 === a0 && last.a1 === a1 && last.t1 === t) last.t1 = t + 1;
    else out.push({ t0: t, t1: t + 1, a0, a1 });
  }
  return out;
}

/** Zero border delta needs so that every phase reads rows t + c inside the buffer. */
export function border(ph: Phase[], outLen: number): [number, number] {
  let before = 0;
  let after = 0;
  for (const { count, taps } of ph)
    for (const { c } of taps) {
      before = Math.max(before, -c);
      after = Math.max(after, count - 1 + c - (outLen - 1));
    }
  return [before, after];
}

function inputGrad(spec: LayerSpec, locals: Locals, plan: TilePlan): Staged {
  const { cig, cog } = groupChannels(spec);
  const G = spec.groups;
  const gpu = plan.mode === 'gpu';
  const rows = phases(spec.H, spec.sh, spec.pt, spec.dh, spec.K);
  const cols = phases(spec.W, spec.sw, spec.pl, spec.dw, spec.L);
  const [top, bottom] = border(rows, spec.Ho);
  const [left, right] = border(cols, spec.Wo);
  const live = rows.flatMap((py) => cols.map((px) => [py, px] as const)).filter(([py, px]) => py.taps.length > 0 && px.taps.length > 0);
  const bordered = { top, bottom, left, right };
  const strideOf = (ds: ActStrides) => ({ n: ds.n, g: cog * ds.c, c: ds.c, t: ds.y, u: ds.x });
  // (lanes of neighbouring groups read a channels-last delta)
  const deltaLayout = !gpu && plan.lanes === 4 && plan.vec === 'g' ? 'nhwc' : spec.layout;
  // SIMD on nchw: delta's rows interleaved ([n][y][c][x]) and the weights packed kernel columns
  // first ([b][a][c]), so that kernel rows and channels are one run of taps x Co steps
  const interleaved = !gpu && plan.lanes === 4 && deltaLayout === 'nchw' && live.some(([py]) => py.taps.length > 1);
  const [Hd, Wd] = [spec.Ho + top + bottom, spec.Wo + left + right];
  const probe = actStrides(interleaved ? 'nhcw' : deltaLayout, spec.Co, Hd, Wd);
  const slack = Math.max(0, ...live.map(([, px]) => overhang(plan, { buf: 'delta', base: 0, stride: strideOf(probe) }, { m: cig, g: G, u: px.count })));
  let delta: { buf: string; strides: ActStrides; decl: BufferDecl[]; prologue: Stmt[] };
  if (gpu) {
    const d = borderedGpu(spec, locals, plan.workgroup, 'delta', spec.Co, spec.Ho, spec.Wo, bordered, slack, (p) => deltaAt(spec, p, 0));
    delta = { buf: 'delta', strides: d.strides, decl: [d.decl], prologue: [{ op: 'comment', text: "delta = dY * sigma'(Y) into the zero-bordered delta buffer" }, d.stage] };
  } else {
    if (slack > 4) throw new Error(`internal: delta slack ${slack} > 4`);
    // lanes of neighbouring groups: delta channels last
    delta = deltaBuffer(spec, locals, bordered, { slack: slack > 0, layout: deltaLayout, interleaved });
  }
  const ds = delta.strides;
  const ws = weightStrides(spec);
  const xs = xStrides(spec);
  const prologue: Stmt[] = [...delta.prologue];
  const buffers: BufferDecl[] = [...delta.decl];
  const contractions: Contraction[] = [];
  const pad = gpu ? plan.V : plan.lanes;
  let packedElems = 0;
  const packs: Stmt[] = [];
  for (const [py, px] of live) {
    const nA = py.taps.length;
    const nB = px.taps.length;
    // taps in increasing delta offset (the last k first), so every stride of the walk is positive
    const ka = py.taps[nA - 1]!;
    const lb = px.taps[nB - 1]!;
    const stepC = (taps: Phase['taps']) => (taps.length > 1 ? taps[0]!.c - taps[1]!.c : 0);
    const stepK = (taps: Phase['taps']) => (taps.length > 1 ? taps[1]!.k - taps[0]!.k : 0);
    const counts = { g: G, m: cig, c: cog, a: nA, b: nB, t: py.count, u: px.count, n: spec.N };
    const wPhase: Access = { buf: 'w', base: ka.k * ws.k + lb.k * ws.l, stride: { g: cog * ws.co, c: ws.co, m: ws.ci, a: -stepK(py.taps) * ws.k, b: -stepK(px.taps) * ws.l } };
    let w = wPhase;
    if (plan.lanes === 4 || gpu) {
      const order = plan.vec === 'g' ? ['a', 'b', 'c', 'm', 'g'] : interleaved ? ['g', 'b', 'a', 'c', 'm'] : ['g', 'a', 'b', 'c', 'm'];
      const dims = order.map((a) => ({ name: a, count: counts[a as keyof typeof counts] }));
      const p = packed(locals, 'wpk', wPhase, dims, pad, gpu ? plan.workgroup : null, 0, tileBlock(plan, order));
      if (p.acc.buf === 'wpk') {
        const size = p.decl[0]!.elems;
        w = { ...p.acc, base: packedElems };
        // the packing writes at its own base
        packs.push({ op: 'comment', text: `phase (${py.r}, ${px.r}): its ${nA * nB} taps of W` }, ...rebase(p.prologue, packedElems));
        packedElems += size;
      }
    }
    const chans: Axis[] = plan.vec === 'g' ? [{ name: 'm', count: cig }, { name: 'g', count: G }] : [{ name: 'g', count: G }, { name: 'm', count: cig }];
    const sa = stepC(py.taps);
    const b: Access = { buf: delta.buf, base: (ka.c + top) * ds.y + (lb.c + left) * ds.x, stride: { ...strideOf(ds), a: sa * ds.y, b: stepC(px.taps) * ds.x } };
    const dst: Access = { buf: 'dx', base: py.r * xs.y + px.r * xs.x, stride: { n: xs.n, g: cig * xs.c, m: xs.c, t: spec.sh * xs.y, u: spec.sw * xs.x } };
    // border 'regions': rows of the phase grouped by the taps that read delta's interior (the rows
    // of its zero border are not multiplied); else every tap of every row
    const rowRegions = plan.border === 'regions' && !gpu ? tapRows(py.count, nA, ka.c, sa, spec.Ho) : null;
    for (const r of rowRegions ?? [{ t0: 0, t1: py.count, a0: 0, a1: nA }]) {
      contractions.push({
        id: rowRegions ? `${py.r}_${px.r}_${r.t0}` : `${py.r}_${px.r}`,
        out: [{ name: 't', count: r.t1 - r.t0 }, { name: 'n', count: spec.N }, ...chans, { name: 'u', count: px.count }],
        red: [{ name: 'a', count: r.a1 - r.a0 }, { name: 'b', count: nB }, { name: 'c', count: cog }],
        a: { ...w, base: w.base + r.a0 * (w.stride.a ?? 0) },
        b: { ...b, base: b.base + r.t0 * (b.stride.t ?? 0) + r.a0 * (b.stride.a ?? 0) },
        init: null,
        dst: { ...dst, base: dst.base + r.t0 * dst.stride.t! },
        finish: { kind: 'act', act: 'none' },
        dstElems: tensorSizes(spec).x,
        dstShape: tensorShapes(spec).x,
      });
    }
  }
  if (packedElems > 0) buffers.push({ name: 'wpk', role: 'scratch', elems: packedElems, shape: [packedElems] });
  prologue.push(...packs);
  const untouched = rows.some((p) => p.taps.length === 0) || cols.some((p) => p.taps.length === 0);
  if (untouched) {
    // inputs no tap reaches get a zero gradient; the phases write the rest
    if (gpu) {
      const e = locals.index('e');
      prologue.unshift({ op: 'comment', text: 'dX is zero where no tap reaches' }, gridStmt([{ vars: [{ name: e, count: tensorSizes(spec).x }] }], plan.workgroup, [{ op: 'index', name: locals.index('pd'), value: aff(0, { [e]: 1 }) }, { op: 'store', buf: 'dx', ptr: 'pd', offset: 0, value: fconst(0) }]));
    } else {
      // every share runs the prologue and main starts after all of them finished it: one share clears
      const zero: Stmt = { op: 'zero', buf: 'dx' };
      prologue.unshift({ op: 'comment', text: 'dX is zero where no tap reaches' }, plan.threads > 1 ? { op: 'if', cond: [{ a: aff(0, { part: 1 }), lt: 1 }], then: [zero], else: [] } : zero);
    }
  }
  return { contractions, buffers, prologue };
}

/** Moves the stores of a packing into the region at `base` of its buffer. */
function rebase(stmts: Stmt[], base: number): Stmt[] {
  if (base === 0) return stmts;
  const fix = (s: Stmt): Stmt => {
    switch (s.op) {
      case 'store':
        return s.buf === 'wpk' ? { ...s, offset: s.offset + base } : s;
      case 'loop':
        return { ...s, body: s.body.map(fix) };
      case 'grid':
        return { ...s, body: s.body.map(fix) };
      case 'if':
        return { ...s, then: s.then.map(fix), else: s.else.map(fix) };
      default:
        return s;
    }
  };
  return stmts.map(fix);
}

function weightGrad(spec: LayerSpec, locals: Locals, plan: TilePlan, update: boolean): Staged {
  const { cig, cog } = groupChannels(spec);
  const G = spec.groups;
  const gpu = plan.mode === 'gpu';
  const counts = { n: spec.N, g: G, m: cog, c: cig, k: spec.K, l: spec.L, i: spec.Ho, j: spec.Wo };
  const x = stagedInput(spec, locals, plan, (ps) => ({ n: ps.n, g: cig * ps.c, c: ps.c, i: spec.sh * ps.y, j: spec.sw * ps.x, k: spec.dh * ps.y, l: spec.dw * ps.x }), counts);
  const prologue: Stmt[] = [...x.prologue];
  const buffers: BufferDecl[] = [...x.decl];
  // delta channels-last so that output channels load as vectors, padded to whole vectors (gpu: tiles)
  const Cpad = gpu ? cog * G + (roundUp(plan.vec === 'g' ? G : cog, plan.V) - (plan.vec === 'g' ? G : cog)) * (plan.vec === 'g' ? cog : 1) : roundUp(spec.Co, 4);
  let d: Access;
  if (plan.lanes === 1 && !gpu) {
    const ys = yStrides(spec);
    d = { buf: 'dy', base: 0, stride: { n: ys.n, g: cog * ys.c, m: ys.c, i: ys.y, j: ys.x }, deriv: { act: spec.act, y: 'y' } };
  } else if (gpu) {
    const dT = actStrides('nhwc', Cpad, spec.Ho, spec.Wo);
    const ys = yStrides(spec);
    const vars = [{ name: locals.index('dn'), count: spec.N }, { name: locals.index('di'), count: spec.Ho }, { name: locals.index('dj'), count: spec.Wo }, { name: locals.index('dc'), count: Cpad }];
    prologue.push(
      { op: 'comment', text: `delta = dY * sigma'(Y), channels last, padded to ${Cpad}` },
      gridStmt(gpuDims(vars), plan.workgroup, [
        { op: 'index', name: locals.index('pd'), value: aff(0, { dn: dT.n, di: dT.y, dj: dT.x, dc: 1 }) },
        {
          op: 'if',
          cond: [{ a: aff(0, { dc: 1 }), lt: spec.Co }],
          then: [{ op: 'index', name: locals.index('py'), value: aff(0, { dn: ys.n, di: ys.y, dj: ys.x, dc: ys.c }) }, { op: 'store', buf: 'delta', ptr: 'pd', offset: 0, value: deltaAt(spec, 'py', 0) }],
          else: [{ op: 'store', buf: 'delta', ptr: 'pd', offset: 0, value: fconst(0) }],
        },
      ]),
    );
    buffers.push({ name: 'delta', role: 'scratch', elems: spec.N * spec.Ho * spec.Wo * Cpad, shape: [spec.N, spec.Ho, spec.Wo, Cpad] });
    d = { buf: 'delta', base: 0, stride: { n: dT.n, g: cog, m: 1, i: dT.y, j: dT.x } };
  } else {
    const probe: Access = { buf: 'delta', base: 0, stride: { g: cog, m: 1 } };
    const db = deltaBuffer(spec, locals, { top: 0, bottom: 0, left: 0, right: 0 }, { layout: 'nhwc', channels: Cpad, slack: overhang(plan, probe, counts) > Cpad - spec.Co });
    prologue.push(...db.prologue);
    buffers.push(...db.decl);
    const ds = db.strides;
    d = { buf: db.buf, base: 0, stride: { n: ds.n, g: cog * ds.c, m: ds.c, i: ds.y, j: ds.x } };
  }
  const ws = weightStrides(spec);
  const dst: Access = { buf: update ? 'w' : 'dw', base: 0, stride: { g: cog * ws.co, m: ws.co, c: ws.ci, k: ws.k, l: ws.l } };
  const partner = plan.partner ?? 'c';
  const other = partner === 'l' ? 'c' : 'l';
  const chans: Axis[] = plan.vec === 'g' ? [{ name: 'm', count: cog }, { name: 'g', count: G }] : [{ name: 'g', count: G }, { name: 'm', count: cog }];
  return {
    contractions: [
      {
        id: '',
        out: [{ name: 'k', count: spec.K }, { name: other, count: counts[other as 'c' | 'l'] }, ...chans, { name: partner, count: counts[partner as 'c' | 'l'] }],
        red: [{ name: 'n', count: spec.N }, { name: 'i', count: spec.Ho }, { name: 'j', count: spec.Wo }],
        a: d,
        b: x.acc,
        init: null,
        dst,
        finish: update ? { kind: 'update', scale: 'lr' } : { kind: 'act', act: 'none' },
        dstElems: tensorSizes(spec).w,
        dstShape: tensorShapes(spec).w,
      },
    ],
    buffers,
    prologue,
  };
}

function biasGrad(spec: LayerSpec, locals: Locals, plan: TilePlan): Staged {
  const ys = yStrides(spec);
  let a: Access = { buf: 'dy', base: 0, stride: { n: ys.n, m: ys.c, i: ys.y, j: ys.x }, deriv: { act: spec.act, y: 'y' } };
  const staged: { buffers: BufferDecl[]; prologue: Stmt[] } = { buffers: [], prologue: [] };
  if (plan.lanes === 4 && plan.vec === 'm' && ys.c !== 1) {
    // channels in the lanes, but dY has them a plane apart: delta channels last (4 x 4 register transposes)
    const d = deltaBuffer(spec, locals, { top: 0, bottom: 0, left: 0, right: 0 }, { layout: 'nhwc', channels: roundUp(spec.Co, 4) });
    a = { buf: d.buf, base: 0, stride: { n: d.strides.n, m: d.strides.c, i: d.strides.y, j: d.strides.x } };
    staged.buffers.push(...d.decl);
    staged.prologue.push(...d.prologue);
  }
  // otherwise delta is fused into the loads: dY * sigma'(Y), never stored
  return {
    contractions: [
      {
        id: '',
        out: [{ name: 'm', count: spec.Co }],
        red: [{ name: 'n', count: spec.N }, { name: 'i', count: spec.Ho }, { name: 'j', count: spec.Wo }],
        a,
        b: null,
        init: null,
        dst: { buf: 'db', base: 0, stride: { m: 1 } },
        finish: { kind: 'act', act: 'none' },
        dstElems: spec.Co,
        dstShape: [spec.Co],
      },
    ],
    ...staged,
  };
}

const STAGINGS: Record<Pass, (spec: LayerSpec, locals: Locals, plan: TilePlan) => Staged> = {
  forward,
  'input-grad': inputGrad,
  'weight-grad': (s, l, p) => weightGrad(s, l, p, false),
  'weight-update': (s, l, p) => weightGrad(s, l, p, true),
  'bias-grad': biasGrad,
};

/** Stages and lowers a pass under a schedule (checked by the caller). */
export function lowerPass(spec: LayerSpec, pass: Pass, schedule: Schedule): Lowering {
  const locals = new Locals();
  const plan = tilePlan(spec, pass, schedule);
  const staged = STAGINGS[pass](spec, locals, plan);
  const main: Stmt[] = [];
  const epilogue: Stmt[] = [];
  const scratch: BufferDecl[] = [];
  for (const c of staged.contractions) {
    const l = contract(locals, c, plan);
    if (staged.contractions.length > 1) main.push({ op: 'comment', text: `phase ${c.id.replace('_', ', ')}` });
    main.push(...l.main);
    epilogue.push(...l.epilogue);
    for (const d of l.scratch) if (!scratch.some((x) => x.name === d.name)) scratch.push(d);
  }
  return { locals, buffers: [...passBuffers(spec, pass), ...staged.buffers, ...scratch], prologue: staged.prologue, main, epilogue };
}

