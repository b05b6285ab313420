import type { LayerSpec } from '../layer/types.js';
import type { CpuSchedule, ScalarSchedule, SimdSchedule } from '../schedule/index.js';
import type { Affine, BufferDecl, Stmt } from './ir.js';
import { weightStrides, xStrides } from '../layer/layout.js';
import { aff, affAdd, affScale, copyBox, deltaBuffer, passTensors, fconst, get, load, Locals, loop, madd, tiled } from './builder.js';
import { directConv, roundUp4 } from './simd.js';
import type { Lowering } from './index.js';

/** One stride phase of one axis: input rows r, r + s, r + 2s, ... and the kernel taps that reach them. */
export interface Phase {
  r: number;
  /** rows in this phase */
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

/**
 * Input gradient, exactly, stride phase by stride phase (no inserted zeros):
 * dX[n, ci, r + sh*t, q + sw*u] = sum over co and the taps (k, l) of phase (r, q) of
 * delta[n, co, t + ck, u + cl] * W[co, ci, k, l], delta read from a zero-bordered copy.
 * Loops n, input-channel tiles, then per phase t, u; the reduction over output channels runs in
 * blocks of `unroll` channels, each one unrolled body.
 */
export function lowerInputGrad(spec: LayerSpec, sch: CpuSchedule): Lowering {
  return sch.kind === 'simd' ? lowerInputGradSimd(spec, sch) : lowerInputGradScalar(spec, sch);
}

/**
 * SIMD input gradient: each stride phase is a direct convolution of the bordered delta with the
 * phase's taps, input channels the vector axis. Taps are walked in increasing delta offset (so
 * every stride is positive) and W is packed per phase as [tap row][tap col][co][Ci rounded up to 4].
 */
function lowerInputGradSimd(spec: LayerSpec, sch: SimdSchedule): Lowering {
  const locals = new Locals();
  const rows = phases(spec.H, spec.sh, spec.pt, spec.dh, spec.K);
  const cols = phases(spec.W, spec.sw, spec.pl, spec.dw, spec.L);
  const [top, bottom] = border(rows, spec.Ho);
  const [left, right] = border(cols, spec.Wo);
  const delta = deltaBuffer(spec, locals, { top, bottom, left, right }, { slack: sch.vector === 'pixels' });
  const ds = delta.strides;
  const ws = weightStrides(spec);
  const xs = xStrides(spec);
  const { Ci, Co } = spec;
  const CiP = roundUp4(Ci);
  const prologue: Stmt[] = [...delta.prologue];
  const main: Stmt[] = [];
  let packed = 0;
  // consecutive taps of a phase: k grows by tapStep, the delta offset c falls by step
  const step = (taps: Phase['taps']) => (taps.length > 1 ? taps[0]!.c - taps[1]!.c : 0);
  const tapStep = (taps: Phase['taps']) => (taps.length > 1 ? taps[1]!.k - taps[0]!.k : 0);
  for (const py of rows)
    for (const px of cols) {
      if (py.taps.length === 0 || px.taps.length === 0) continue;
      const nA = py.taps.length;
      const nB = px.taps.length;
      // taps in increasing delta offset: the last k first
      const ka = py.taps[nA - 1]!;
      const lb = px.taps[nB - 1]!;
      const wBase = packed;
      packed += nA * nB * Co * CiP;
      prologue.push(
        { op: 'comment', text: `phase (${py.r}, ${px.r}): pack its ${nA * nB} taps of W as [tap row][tap col][co][ci]` },
        ...copyBox(
          locals,
          'w',
          'wpk',
          [
            { name: 'a', count: nA, src: -tapStep(py.taps) * ws.k, dst: nB * Co * CiP },
            { name: 'b', count: nB, src: -tapStep(px.taps) * ws.l, dst: Co * CiP },
            { name: 'co', count: Co, src: ws.co, dst: CiP },
            { name: 'ci', count: Ci, src: ws.ci, dst: 1 },
          ],
          wBase,
          ka.k * ws.k + lb.k * ws.l,
        ),
      );
      main.push(
        { op: 'comment', text: `phase (${py.r}, ${px.r}): input rows ${py.r} + ${spec.sh}t, columns ${px.r} + ${spec.sw}u` },
        ...directConv(
          locals,
          {
            id: `${py.r}_${px.r}`,
            N: spec.N,
            in: { buf: delta.buf, n: ds.n },
            inBase: (ka.c + top) * ds.y + (lb.c + left) * ds.x,
            pixY: ds.y,
            pixX: ds.x,
            wpk: 'wpk',
            wBase,
            axes: [
              { name: 'a', count: nA, x: step(py.taps) * ds.y, w: nB * Co * CiP },
              { name: 'b', count: nB, x: step(px.taps) * ds.x, w: Co * CiP },
              { name: 'c', count: Co, x: ds.c, w: CiP },
            ],
            channels: Ci,
            rows: py.count,
            cols: px.count,
            out: { buf: 'dx', base: py.r * xs.y + px.r * xs.x, n: xs.n, y: spec.sh * xs.y, x: spec.sw * xs.x, c: xs.c },
            bias: null,
            act: 'none',
          },
          sch,
        ),
      );
    }
  const untouched = rows.some((p) => p.taps.length === 0) || cols.some((p) => p.taps.length === 0);
  // inputs no window reads get a zero gradient. Every share runs the prologue, and main starts only
  // after all of them finished it (so the fill cannot clear rows main wrote); one share is enough
  if (untouched) {
    const zero: Stmt = { op: 'zero', buf: 'dx' };
    const once: Stmt = sch.threads > 1 ? { op: 'if', cond: [{ a: aff(0, { part: 1 }), lt: 1 }], then: [zero], else: [] } : zero;
    prologue.unshift({ op: 'comment', text: 'dX is zero where no tap reaches' }, once);
  }
  const scratch: BufferDecl[] = packed > 0 ? [{ name: 'wpk', role: 'scratch', elems: packed, shape: [packed] }] : [];
  return {
    locals,
    buffers: [
      ...passTensors(spec, 'input-grad'),
      ...delta.decl,
      ...scratch,
    ],
    prologue,
    main,
    epilogue: [],
  };
}

function lowerInputGradScalar(spec: LayerSpec, sch: ScalarSchedule): Lowering {
  const locals = new Locals();
  const rows = phases(spec.H, spec.sh, spec.pt, spec.dh, spec.K);
  const cols = phases(spec.W, spec.sw, spec.pl, spec.dw, spec.L);
  const [top, bottom] = border(rows, spec.Ho);
  const [left, right] = border(cols, spec.Wo);
  const delta = deltaBuffer(spec, locals, { top, bottom, left, right });
  const ds = delta.strides;
  const ws = weightStrides(spec);
  const xs = xStrides(spec);

  const ciTile = (T: number, ci0: Affine): Stmt[] => {
    const accs = Array.from({ length: T }, (_, c) => locals.float(`acc${c}`));
    const out: Stmt[] = [];
    for (const py of rows)
      for (const px of cols) {
        const taps = py.taps.flatMap((a) => px.taps.map((b) => ({ k: a.k, l: b.k, ck: a.c, cl: b.c })));
        const pixel: Stmt[] = [
          { op: 'comment', text: `phase (${py.r}, ${px.r}): ${taps.length} taps` },
          ...accs.map((a): Stmt => ({ op: 'set', name: a, value: fconst(0) })),
        ];
        if (taps.length > 0) {
          pixel.push(
            { op: 'index', name: locals.index('dp'), value: aff(0, { n: ds.n, t: ds.y, u: ds.x }) },
            { op: 'index', name: locals.index('wp'), value: affScale(ci0, ws.ci) },
            ...tiled(locals, 'cb', spec.Co, sch.unroll, (U, co0) => {
              const dv = locals.float('dv');
              const body: Stmt[] = [
                { op: 'index', name: locals.index('dq'), value: affAdd(aff(0, { dp: 1 }), affScale(co0, ds.c)) },
                { op: 'index', name: locals.index('wq'), value: affAdd(aff(0, { wp: 1 }), affScale(co0, ws.co)) },
              ];
              for (let co = 0; co < U; co++)
                for (const { k, l, ck, cl } of taps) {
                  body.push({ op: 'set', name: dv, value: load(delta.buf, 'dq', co * ds.c + (ck + top) * ds.y + (cl + left) * ds.x) });
                  accs.forEach((a, c) => body.push(madd(a, get(dv), load('w', 'wq', co * ws.co + c * ws.ci + k * ws.k + l * ws.l))));
                }
              return body;
            }),
          );
        }
        pixel.push(
          {
            op: 'index',
            name: locals.index('xp'),
            value: affAdd(aff(py.r * xs.y + px.r * xs.x, { n: xs.n, t: spec.sh * xs.y, u: spec.sw * xs.x }), affScale(ci0, xs.c)),
          },
          ...accs.map((a, c): Stmt => ({ op: 'store', buf: 'dx', ptr: 'xp', offset: c * xs.c, value: get(a) })),
        );
        out.push({ op: 'loop', var: locals.index('t'), count: py.count, parallel: true, body: loop(locals, 'u', px.count, pixel) });
      }
    return out;
  };

  return {
    locals,
    buffers: [
      ...passTensors(spec, 'input-grad'),
      ...delta.decl,
    ],
    prologue: delta.prologue,
    main: loop(locals, 'n', spec.N, tiled(locals, 'ct', spec.Ci, sch.tile, ciTile)),
    epilogue: [],
  };
}
