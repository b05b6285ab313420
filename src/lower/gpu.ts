/**
 * GPU lowerings (schedule kind `gpu`): every part of the kernel is a sequence of grids, each one
 * dispatch on WebGPU (and a loop nest on wasm, which is how they are also verified without a GPU).
 * An invocation computes one register tile; tiles that overhang the output are computed in full
 * (their inputs come from zero-padded or slack-extended scratch buffers, so every read is inside a
 * buffer) and only their stores are guarded.
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import type { GpuSchedule } from '../schedule/index.js';
import type { Affine, BufferDecl, Cond, FExpr, GridDim, Stmt } from './ir.js';
import { actStrides, tensorShapes, tensorSizes, weightStrides, xStrides, yStrides, type ActStrides } from '../layer/layout.js';
import { aff, affAdd, deltaAt, passTensors, fconst, get, load, Locals, loop, madd } from './builder.js';
import { border, phases } from './input-grad.js';
import type { Lowering } from './index.js';

const cdiv = (a: number, b: number) => Math.ceil(a / b);
const dims = (...ds: { name: string; count: number }[][]): GridDim[] => ds.map((vars) => ({ vars }));

export function lowerGpu(spec: LayerSpec, pass: Pass, s: GpuSchedule): Lowering {
  const g = new GpuLowering(spec, s);
  switch (pass) {
    case 'forward':
      return g.forward();
    case 'input-grad':
      return g.inputGrad();
    case 'weight-grad':
      return g.weightGrad();
    case 'bias-grad':
      return g.biasGrad();
  }
}

class GpuLowering {
  readonly locals = new Locals();
  readonly wg: [number, number, number];
  readonly sizes;
  readonly shapes;

  constructor(
    readonly spec: LayerSpec,
    readonly s: GpuSchedule,
  ) {
    this.wg = [s.workgroup[0], s.workgroup[1], 1];
    this.sizes = tensorSizes(spec);
    this.shapes = tensorShapes(spec);
  }

  /** A grid; its workgroup is the schedule's, cut down to the grid where the grid is smaller. */
  grid(ds: GridDim[], build: () => Stmt[]): Stmt {
    // the body is built with this grid's ranges in scope (names are reused between grids)
    this.ranges.clear();
    for (const d of ds)
      for (const v of d.vars) {
        this.locals.index(v.name);
        this.ranges.set(v.name, v.count);
      }
    const body = build();
    this.ranges.clear();
    const count = (i: number) => ds[i]?.vars.reduce((p, v) => p * v.count, 1) ?? 1;
    const wg: [number, number, number] = [Math.min(this.wg[0], count(0)), Math.min(this.wg[1], count(1)), 1];
    return { op: 'grid', dims: ds, workgroup: wg, body };
  }

  /** Trip counts of the grid and loop variables in scope, for dropping conditions that always hold. */
  readonly ranges = new Map<string, number>();

  /**
   * `if (cond) then`, without the conditions that hold for every value of the variables (a tile
   * that never overhangs needs no guard: lavapipe's compiler spends seconds on many small branches).
   */
  guarded(cond: Cond[], then: Stmt[]): Stmt[] {
    const needed = cond.filter((c) => {
      let lo = c.a.c;
      let hi = c.a.c;
      for (const [name, coef] of c.a.terms) {
        const n = this.ranges.get(name);
        if (n === undefined) return true;
        if (coef > 0) hi += coef * (n - 1);
        else lo += coef * (n - 1);
      }
      return !(lo >= 0 && hi < c.lt);
    });
    return needed.length === 0 ? then : [{ op: 'if', cond: needed, then, else: [] }];
  }

  index(name: string, value: Affine): Stmt {
    return { op: 'index', name: this.locals.index(name), value };
  }

  /**
   * A copy of an activation tensor (channels C, image h x w, in the spec's layout) into a bigger
   * zero-bordered buffer, `slack` elements longer, one invocation per element of the copy.
   * `value(ptr)` gives the element at source pointer `ptr`.
   */
  bordered(
    dst: string,
    C: number,
    h: number,
    w: number,
    pad: { top: number; bottom: number; left: number; right: number },
    slack: number,
    value: (ptr: string) => FExpr,
  ): { decl: BufferDecl; stage: Stmt; strides: ActStrides } {
    const { spec } = this;
    const H2 = h + pad.top + pad.bottom;
    const W2 = w + pad.left + pad.right;
    const st = actStrides(spec.layout, C, H2, W2);
    // rows of a plane: W2 elements (nchw, planes n x c) or W2 * C interleaved (nhwc, planes n)
    const cx = spec.layout === 'nchw' ? 1 : C;
    const planes = spec.layout === 'nchw' ? spec.N * C : spec.N;
    const stage = this.grid(dims([{ name: 'q', count: W2 * cx }], [{ name: 'r', count: H2 }], [{ name: 'pl', count: planes }]), () => [
      this.index('pd', aff(0, { pl: H2 * W2 * cx, r: W2 * cx, q: 1 })),
      {
        op: 'if',
        cond: [
          { a: aff(-pad.top, { r: 1 }), lt: h },
          { a: aff(-pad.left * cx, { q: 1 }), lt: w * cx },
        ],
        then: [this.index('ps', aff(-pad.top * w * cx - pad.left * cx, { pl: h * w * cx, r: w * cx, q: 1 })), { op: 'store', buf: dst, ptr: 'pd', offset: 0, value: value('ps') }],
        else: [{ op: 'store', buf: dst, ptr: 'pd', offset: 0, value: fconst(0) }],
      },
    ]);
    const shape = spec.layout === 'nchw' ? [spec.N, C, H2, W2] : [spec.N, H2, W2, C];
    return { decl: { name: dst, role: 'scratch', elems: spec.N * C * H2 * W2 + slack, shape }, stage, strides: st };
  }

  /** W packed as [tap][reduction channel][vector channel, padded to `cPad`], zeros in the padding. */
  pack(
    dst: string,
    base: number,
    taps: { count: number; src: (t: string) => Affine }[],
    red: { count: number; src: number },
    out: { count: number; pad: number; src: number },
  ): Stmt {
    const tapVars = taps.map((t, i) => ({ name: `tap${i}`, count: t.count }));
    let tapIndex = aff(0);
    let srcTap = aff(0);
    let stride = red.count * out.pad;
    for (let i = taps.length - 1; i >= 0; i--) {
      tapIndex = affAdd(tapIndex, aff(0, { [`tap${i}`]: stride }));
      stride *= taps[i]!.count;
      srcTap = affAdd(srcTap, taps[i]!.src(`tap${i}`));
    }
    return this.grid(dims([{ name: 'oc', count: out.pad }], [{ name: 'rc', count: red.count }], tapVars), () => [
      this.index('pd', affAdd(aff(base, { rc: out.pad, oc: 1 }), tapIndex)),
      {
        op: 'if',
        cond: [{ a: aff(0, { oc: 1 }), lt: out.count }],
        then: [this.index('ps', affAdd(aff(0, { oc: out.src, rc: red.src }), srcTap)), { op: 'store', buf: dst, ptr: 'pd', offset: 0, value: load('w', 'ps', 0) }],
        else: [{ op: 'store', buf: dst, ptr: 'pd', offset: 0, value: fconst(0) }],
      },
    ]);
  }

  /**
   * One register tile of a direct convolution: TC channels x TP pixels. The reduction is three
   * loops, over `red` channels and the two axes of the taps (a grid of constant strides); the
   * body, one step, is unrolled over the tile: pixel p reads the input at xq + p * pixX and
   * channel c the weights at wq + c. Unrolling the taps too made lavapipe's shader compiler
   * take seconds per kernel. The stores are guarded.
   */
  tile(o: {
    TC: number;
    TP: number;
    bias: string | null;
    xBase: Affine;
    wBase: Affine;
    red: { count: number; x: number; w: number };
    taps: { x0: number; w0: number; a: { count: number; x: number; w: number }; b: { count: number; x: number; w: number } };
    pixX: number;
    inBuf: string;
    wBuf: string;
    out: { buf: string; base: Affine; c: number; x: number };
    guard: (c: number, p: number) => Cond[];
    act: LayerSpec['act'];
  }): Stmt[] {
    const { locals } = this;
    const acc = (c: number, p: number) => locals.float(`acc${c}_${p}`);
    const body: Stmt[] = [this.index('xp', o.xBase), this.index('wp', o.wBase)];
    for (let c = 0; c < o.TC; c++) for (let p = 0; p < o.TP; p++) body.push({ op: 'set', name: acc(c, p), value: o.bias ? load(o.bias, 'wp', c) : fconst(0) });
    const { a, b } = o.taps;
    const step: Stmt[] = [
      // x0 goes into the pointer, not the offsets: a tap step may be negative, the address never is
      this.index('xq', aff(o.taps.x0, { xp: 1, rc: o.red.x, ta: a.x, tb: b.x })),
      this.index('wq', aff(o.taps.w0, { wp: 1, rc: o.red.w, ta: a.w, tb: b.w })),
    ];
    for (let p = 0; p < o.TP; p++) step.push({ op: 'set', name: locals.float(`x${p}`), value: load(o.inBuf, 'xq', p * o.pixX) });
    for (let c = 0; c < o.TC; c++) step.push({ op: 'set', name: locals.float(`w${c}`), value: load(o.wBuf, 'wq', c) });
    for (let c = 0; c < o.TC; c++) for (let p = 0; p < o.TP; p++) step.push(madd(acc(c, p), get(`x${p}`), get(`w${c}`)));
    body.push(...loop(locals, 'rc', o.red.count, loop(locals, 'ta', a.count, loop(locals, 'tb', b.count, step))), this.index('op', o.out.base));
    for (let c = 0; c < o.TC; c++)
      for (let p = 0; p < o.TP; p++) {
        const v: FExpr = o.act === 'none' ? get(acc(c, p)) : { op: 'act', fn: o.act, a: get(acc(c, p)) };
        body.push(...this.guarded(o.guard(c, p), [{ op: 'store', buf: o.out.buf, ptr: 'op', offset: c * o.out.c + p * o.out.x, value: v }]));
      }
    return body;
  }

  forward(): Lowering {
    const { spec, s } = this;
    const { K, L, Ci, Co, Ho, Wo } = spec;
    const TC = s.channels;
    const TP = s.pixels;
    const CoPad = cdiv(Co, TC) * TC;
    const ws = weightStrides(spec);
    const ys = yStrides(spec);
    // tiles past the last column read up to (TP - 1) pixels further
    const pad = this.bordered('xpad', Ci, spec.H, spec.W, { top: spec.pt, bottom: spec.pb, left: spec.pl, right: spec.pr }, (TP - 1) * spec.sw * (spec.layout === 'nchw' ? 1 : Ci), (p) => load('x', p, 0));
    const ps = pad.strides;
    const taps: { count: number; src: (t: string) => Affine }[] = [
      { count: K, src: (t) => aff(0, { [t]: ws.k }) },
      { count: L, src: (t) => aff(0, { [t]: ws.l }) },
    ];
    const prologue: Stmt[] = [
      { op: 'comment', text: 'X into the zero-bordered xpad' },
      pad.stage,
      { op: 'comment', text: `W packed as [k][l][ci][co], co padded to ${CoPad}` },
      this.pack('wpk', 0, taps, { count: Ci, src: ws.ci }, { count: Co, pad: CoPad, src: ws.co }),
      { op: 'comment', text: 'bias padded' },
      this.grid(dims([{ name: 'oc', count: CoPad }]), () => [
        this.index('pd', aff(0, { oc: 1 })),
        { op: 'if', cond: [{ a: aff(0, { oc: 1 }), lt: Co }], then: [{ op: 'store', buf: 'bpk', ptr: 'pd', offset: 0, value: load('b', 'pd', 0) }], else: [{ op: 'store', buf: 'bpk', ptr: 'pd', offset: 0, value: fconst(0) }] },
      ]),
    ];
    const main = this.grid(dims([{ name: 'ut', count: cdiv(Wo, TP) }], [{ name: 'n', count: spec.N }, { name: 'i', count: Ho }], [{ name: 'ct', count: CoPad / TC }]), () => [
      { op: 'comment', text: `output channels ct*${TC}.., pixels ut*${TP}.. of row i` },
      ...this.tile({
        TC,
        TP,
        bias: 'bpk',
        xBase: aff(0, { n: ps.n, i: spec.sh * ps.y, ut: TP * spec.sw * ps.x }),
        wBase: aff(0, { ct: TC }),
        red: { count: Ci, x: ps.c, w: CoPad },
        taps: { x0: 0, w0: 0, a: { count: K, x: spec.dh * ps.y, w: L * Ci * CoPad }, b: { count: L, x: spec.dw * ps.x, w: Ci * CoPad } },
        pixX: spec.sw * ps.x,
        inBuf: 'xpad',
        wBuf: 'wpk',
        out: { buf: 'y', base: aff(0, { n: ys.n, i: ys.y, ut: TP * ys.x, ct: TC * ys.c }), c: ys.c, x: ys.x },
        guard: (c, p) => [
          { a: aff(c, { ct: TC }), lt: Co },
          { a: aff(p, { ut: TP }), lt: Wo },
        ],
        act: spec.act,
      }),
    ]);
    return {
      locals: this.locals,
      buffers: [
        ...passTensors(spec, 'forward'),
        pad.decl,
        { name: 'wpk', role: 'scratch', elems: K * L * Ci * CoPad, shape: [K, L, Ci, CoPad] },
        { name: 'bpk', role: 'scratch', elems: CoPad, shape: [CoPad] },
      ],
      prologue,
      main: [main],
      epilogue: [],
    };
  }

  inputGrad(): Lowering {
    const { spec, s } = this;
    const { Ci, Co } = spec;
    const TC = s.channels;
    const TP = s.pixels;
    const CiPad = cdiv(Ci, TC) * TC;
    const rows = phases(spec.H, spec.sh, spec.pt, spec.dh, spec.K);
    const cols = phases(spec.W, spec.sw, spec.pl, spec.dw, spec.L);
    const [top, bottom] = border(rows, spec.Ho);
    const [left, right] = border(cols, spec.Wo);
    const ws = weightStrides(spec);
    const xs = xStrides(spec);
    const delta = this.bordered('delta', Co, spec.Ho, spec.Wo, { top, bottom, left, right }, (TP - 1) * (spec.layout === 'nchw' ? 1 : Co), (p) => deltaAt(spec, p, 0));
    const ds = delta.strides;
    const prologue: Stmt[] = [{ op: 'comment', text: "delta = dY * sigma'(Y) into the zero-bordered delta buffer" }, delta.stage];
    const main: Stmt[] = [];
    let packed = 0;
    const untouched = rows.some((p) => p.taps.length === 0) || cols.some((p) => p.taps.length === 0);
    if (untouched) {
      // inputs no tap reaches get a zero gradient; the phases overwrite the rest
      const cx = spec.layout === 'nchw' ? 1 : Ci;
      prologue.push(
        { op: 'comment', text: 'dX is zero where no tap reaches' },
        this.grid(dims([{ name: 'q', count: spec.W * cx }], [{ name: 'r', count: spec.H }], [{ name: 'pl', count: spec.layout === 'nchw' ? spec.N * Ci : spec.N }]), () => [
          this.index('pd', aff(0, { pl: spec.H * spec.W * cx, r: spec.W * cx, q: 1 })),
          { op: 'store', buf: 'dx', ptr: 'pd', offset: 0, value: fconst(0) },
        ]),
      );
    }
    for (const py of rows)
      for (const px of cols) {
        if (py.taps.length === 0 || px.taps.length === 0) continue;
        const base = packed;
        packed += py.taps.length * px.taps.length * Co * CiPad;
        prologue.push(
          { op: 'comment', text: `phase (${py.r}, ${px.r}): W packed as [tap row][tap col][co][ci]` },
          this.pack(
            'wpk',
            base,
            [
              { count: py.taps.length, src: (t: string) => tapSource(py, ws.k, t) },
              { count: px.taps.length, src: (t: string) => tapSource(px, ws.l, t) },
            ],
            { count: Co, src: ws.co },
            { count: Ci, pad: CiPad, src: ws.ci },
          ),
        );
        // taps in the order of k: the delta offset c falls by a constant step
        const step = (ph: typeof py) => (ph.taps.length > 1 ? ph.taps[1]!.c - ph.taps[0]!.c : 0);
        const taps = {
          x0: (py.taps[0]!.c + top) * ds.y + (px.taps[0]!.c + left) * ds.x,
          w0: base,
          a: { count: py.taps.length, x: step(py) * ds.y, w: px.taps.length * Co * CiPad },
          b: { count: px.taps.length, x: step(px) * ds.x, w: Co * CiPad },
        };
        main.push(
          { op: 'comment', text: `phase (${py.r}, ${px.r}): input rows ${py.r} + ${spec.sh}t, columns ${px.r} + ${spec.sw}u` },
          this.grid(dims([{ name: 'ut', count: cdiv(px.count, TP) }], [{ name: 'n', count: spec.N }, { name: 't', count: py.count }], [{ name: 'ct', count: CiPad / TC }]), () => [
            ...this.tile({
              TC,
              TP,
              bias: null,
              xBase: aff(0, { n: ds.n, t: ds.y, ut: TP * ds.x }),
              wBase: aff(0, { ct: TC }),
              red: { count: Co, x: ds.c, w: CiPad },
              taps,
              pixX: ds.x,
              inBuf: 'delta',
              wBuf: 'wpk',
              out: { buf: 'dx', base: aff(py.r * xs.y + px.r * xs.x, { n: xs.n, t: spec.sh * xs.y, ut: TP * spec.sw * xs.x, ct: TC * xs.c }), c: xs.c, x: spec.sw * xs.x },
              guard: (c, p) => [
                { a: aff(c, { ct: TC }), lt: Ci },
                { a: aff(p, { ut: TP }), lt: px.count },
              ],
              act: 'none',
            }),
          ]),
        );
      }
    return {
      locals: this.locals,
      buffers: [
        ...passTensors(spec, 'input-grad'),
        delta.decl,
        ...(packed > 0 ? [{ name: 'wpk', role: 'scratch' as const, elems: packed, shape: [packed] }] : []),
      ],
      prologue,
      main,
      epilogue: [],
    };
  }

  /** The second pass of a split reduction: out = the sum of `split` partial results, in order. */
  sumParts(out: string, parts: string, elems: number, split: number): Stmt {
    let sum: FExpr = load(parts, 'pd', 0);
    for (let p = 1; p < split; p++) sum = { op: 'add', a: sum, b: load(parts, 'pd', p * elems) };
    return this.grid(dims([{ name: 'e', count: elems }]), () => [this.index('pd', aff(0, { e: 1 })), { op: 'store', buf: out, ptr: 'pd', offset: 0, value: sum }]);
  }

  weightGrad(): Lowering {
    const { spec, s } = this;
    const { K, L, Ci, Co, Ho, Wo } = spec;
    const TC = s.channels;
    // partners: neighbouring kernel columns, which share the delta loads
    const TP = s.pixels;
    const CoPad = cdiv(Co, TC) * TC;
    const S = s.split;
    const R = cdiv(Ho, S);
    const ws = weightStrides(spec);
    const ys = yStrides(spec);
    const cx = spec.layout === 'nchw' ? 1 : Ci;
    // a tile past the last kernel column reads up to (TP - 1) columns further
    const pad = this.bordered('xpad', Ci, spec.H, spec.W, { top: spec.pt, bottom: spec.pb, left: spec.pl, right: spec.pr }, (TP - 1) * spec.dw * cx, (p) => load('x', p, 0));
    const ps = pad.strides;
    // delta channels-last, padded to CoPad channels, so a tile reads TC neighbouring channels
    const dT = actStrides('nhwc', CoPad, Ho, Wo);
    const deltaStage = this.grid(dims([{ name: 'oc', count: CoPad }], [{ name: 'j', count: Wo }], [{ name: 'n', count: spec.N }, { name: 'i', count: Ho }]), () => [
      this.index('pd', aff(0, { n: dT.n, i: dT.y, j: dT.x, oc: 1 })),
      {
        op: 'if',
        cond: [{ a: aff(0, { oc: 1 }), lt: Co }],
        then: [this.index('py', aff(0, { n: ys.n, i: ys.y, j: ys.x, oc: ys.c })), { op: 'store', buf: 'delta', ptr: 'pd', offset: 0, value: deltaAt(spec, 'py', 0) }],
        else: [{ op: 'store', buf: 'delta', ptr: 'pd', offset: 0, value: fconst(0) }],
      },
    ]);
    const out = S > 1 ? 'dw_parts' : 'dw';
    const acc = (c: number, p: number) => this.locals.float(`acc${c}_${p}`);
    const pixel: Stmt[] = [
      this.index('dq', aff(0, { n: dT.n, ii: dT.y, j: dT.x, ct: TC })),
      this.index('xq', aff(0, { n: ps.n, ii: spec.sh * ps.y, j: spec.sw * ps.x, ci: ps.c, k: spec.dh * ps.y, lt: TP * spec.dw * ps.x })),
    ];
    for (let p = 0; p < TP; p++) pixel.push({ op: 'set', name: this.locals.float(`x${p}`), value: load('xpad', 'xq', p * spec.dw * ps.x) });
    for (let c = 0; c < TC; c++) pixel.push({ op: 'set', name: this.locals.float(`d${c}`), value: load('delta', 'dq', c) });
    for (let c = 0; c < TC; c++) for (let p = 0; p < TP; p++) pixel.push(madd(acc(c, p), get(`x${p}`), get(`d${c}`)));
    // this invocation's rows: s*R .. s*R + R - 1, the last share cut at Ho
    const rowsLoop: Stmt[] = loop(this.locals, 'r', R, [
      this.index('ii', aff(0, { sp: R, r: 1 })),
      { op: 'if', cond: [{ a: aff(0, { sp: R, r: 1 }), lt: Ho }], then: loop(this.locals, 'j', Wo, pixel), else: [] },
    ]);
    const stores: Stmt[] = [];
    for (let c = 0; c < TC; c++)
      for (let p = 0; p < TP; p++)
        stores.push(
          ...this.guarded(
            [
              { a: aff(c, { ct: TC }), lt: Co },
              { a: aff(p, { lt: TP }), lt: L },
            ],
            [{ op: 'store', buf: out, ptr: 'wo', offset: c * ws.co + p * ws.l, value: get(acc(c, p)) }],
          ),
        );
    const main = this.grid(dims([{ name: 'ct', count: CoPad / TC }], [{ name: 'ci', count: Ci }], [{ name: 'sp', count: S }, { name: 'k', count: K }, { name: 'lt', count: cdiv(L, TP) }]), () => [
      ...Array.from({ length: TC * TP }, (_, e): Stmt => ({ op: 'set', name: acc(Math.floor(e / TP), e % TP), value: fconst(0) })),
      ...loop(this.locals, 'n', spec.N, rowsLoop),
      this.index('wo', aff(0, { ct: TC * ws.co, ci: ws.ci, k: ws.k, lt: TP * ws.l, ...(S > 1 ? { sp: this.sizes.w } : {}) })),
      ...stores,
    ]);
    return {
      locals: this.locals,
      buffers: [
        ...passTensors(spec, 'weight-grad'),
        pad.decl,
        { name: 'delta', role: 'scratch', elems: spec.N * Ho * Wo * CoPad, shape: [spec.N, Ho, Wo, CoPad] },
        ...(S > 1 ? [{ name: 'dw_parts', role: 'scratch' as const, elems: S * this.sizes.w, shape: [S, ...this.shapes.w] }] : []),
      ],
      prologue: [pad.stage, { op: 'comment', text: "delta = dY * sigma'(Y), channels last, padded" }, deltaStage],
      main: [main],
      epilogue: S > 1 ? [{ op: 'comment', text: `dW = the sum of ${S} partial sums` }, this.sumParts('dw', 'dw_parts', this.sizes.w, S)] : [],
    };
  }

  biasGrad(): Lowering {
    const { spec, s } = this;
    const { Co, Ho, Wo } = spec;
    const S = s.split;
    const R = cdiv(Ho, S);
    const ys = yStrides(spec);
    const out = S > 1 ? 'db_parts' : 'db';
    const sum = this.locals.float('acc');
    const main = this.grid(dims([{ name: 'oc', count: Co }], [{ name: 'sp', count: S }]), () => [
      { op: 'set', name: sum, value: fconst(0) },
      ...loop(this.locals, 'n', spec.N, loop(this.locals, 'r', R, [
        { op: 'if', cond: [{ a: aff(0, { sp: R, r: 1 }), lt: Ho }], then: loop(this.locals, 'j', Wo, [
          this.index('py', aff(0, { n: ys.n, sp: R * ys.y, r: ys.y, j: ys.x, oc: ys.c })),
          { op: 'set', name: sum, value: { op: 'add', a: get(sum), b: deltaAt(spec, 'py', 0) } },
        ]), else: [] },
      ])),
      this.index('bo', aff(0, { oc: 1, ...(S > 1 ? { sp: Co } : {}) })),
      { op: 'store', buf: out, ptr: 'bo', offset: 0, value: get(sum) },
    ]);
    return {
      locals: this.locals,
      buffers: [
        ...passTensors(spec, 'bias-grad'),
        ...(S > 1 ? [{ name: 'db_parts', role: 'scratch' as const, elems: S * Co, shape: [S, Co] }] : []),
      ],
      prologue: [],
      main: [main],
      epilogue: S > 1 ? [this.sumParts('db', 'db_parts', Co, S)] : [],
    };
  }
}

/** Source offset in W of tap number t of a phase (its taps' k grow by a constant step). */
function tapSource(ph: { taps: { k: number; c: number }[] }, stride: number, t: string): Affine {
  const step = ph.taps.length > 1 ? ph.taps[1]!.k - ph.taps[0]!.k : 0;
  return aff(ph.taps[0]!.k * stride, { [t]: step * stride });
}
