/**
 * A kernel's life in a long-running process: called many times, with different inputs, sometimes
 * concurrently.
 * - one kernel run with inputs A, then B (other random values at very different magnitudes), then
 *   A again: each checked against the float64 reference, and the second A bitwise equal to the
 *   first, so nothing (scratch borders, accumulators, partial sums, outputs an earlier call wrote)
 *   leaks from one call into the next; every pass (the weight update's in-out w is written again by
 *   every call, so no call sees an earlier call's update), threads 1 and 2, wasm and webgpu;
 * - concurrent calls on one kernel (Promise.all of forward, backward and verify) each get the
 *   result of their own inputs: bitwise their sequential result, and the reference's;
 * - threads 3 and 4 (uneven splits of every parallel loop) verify call after call, for every pass.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileLayer, parseSpec, PASSES, REL_TOLERANCE, type CompiledLayer, type LayerInput, type LayerSpec, type Pass,
} from '../src/index.js';
import { tensorSizes } from '../src/layer/layout.js';
import { passDecl } from '../src/passes/index.js';
import { stopThreads } from '../src/run/threads.js';
import { backwardRef, forwardRef, randomUniform, relError } from '../src/reference/index.js';
import { describeKernel, report } from './helpers.js';

/** Every layer a test compiles, closed at the end even when an assertion failed half-way. */
const open: CompiledLayer[] = [];
afterAll(async () => {
  for (const k of open) k.close();
  await stopThreads();
});

async function compile(...args: Parameters<typeof compileLayer>): Promise<CompiledLayer> {
  const k = await compileLayer(...args);
  open.push(k);
  return k;
}

const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

/** Inputs of every pass (y the float32 forward output, as a training step saves it) and the float64 references at them. */
interface Inputs {
  x: Float32Array;
  w: Float32Array;
  b: Float32Array;
  y: Float32Array;
  dy: Float32Array;
  /** the weight update's learning rate */
  lr: number;
  ref: Record<'y' | 'dx' | 'dw' | 'db', Float64Array>;
  /** each pass's result (the registry's reference; weight-update: w - lr * dW) */
  passRef: Record<Pass, Float64Array>;
}

/** Uniform random tensors from `seed`, each scaled by its factor; lr scaled so that lr * dW is about as large as w. */
function inputsOf(spec: LayerSpec, seed: number, scale = { x: 1, w: 1, b: 1, dy: 1, lr: 1e-2 }): Inputs {
  const n = tensorSizes(spec);
  const t = (len: number, s: number, k: number) => randomUniform(len, seed * 4 + k).map((v) => v * s);
  const x = t(n.x, scale.x, 1);
  const w = t(n.w, scale.w, 2);
  const b = t(n.b, scale.b, 3);
  const dy = t(n.y, scale.dy, 4);
  const yRef = forwardRef(spec, x, w, b).y;
  const y = Float32Array.from(yRef);
  const { dx, dw, db } = backwardRef(spec, x, w, y, dy);
  const lr = Math.fround(scale.lr);
  const passRef = Object.fromEntries(PASSES.map((p) => [p, passDecl(p).reference(spec, { x, w, b, y, dy, lr })])) as Record<Pass, Float64Array>;
  return { x, w, b, y, dy, lr, ref: { y: yRef, dx, dw, db }, passRef };
}

/**
 * B: other values and magnitudes far from A's (all about 1): x 1e3, w 1e-4 (z stays in the
 * activations' working range), b 1e-1, dy 1e4; so dx is about 1, dw about 1e7, db about 1e4; lr
 * 1e-11 keeps lr * dW about as large as w.
 */
const B_SCALE = { x: 1e3, w: 1e-4, b: 1e-1, dy: 1e4, lr: 1e-11 };

/** The tensors of `t` a kernel call may read. */
const tensors = (t: Inputs) => ({ x: t.x, w: t.w, b: t.b, y: t.y, dy: t.dy, lr: t.lr });

/** What is wrong with `out` as an output whose reference is `ref`, or undefined when it matches. */
function wrong(what: string, out: Float32Array, ref: Float64Array): string | undefined {
  const e = relError(out, ref);
  return e <= REL_TOLERANCE ? undefined : `${what}: rel error ${e} (tolerance ${REL_TOLERANCE})`;
}

const LAYERS: LayerInput[] = [
  // stride 2 with padding, channels not multiples of 4, a derivative from y
  { name: 's2-pad-sigmoid', N: 2, Ci: 5, Co: 6, H: 11, W: 9, K: 3, L: 3, stride: 2, pad: 1, act: 'sigmoid' },
  { name: 's21-same-tanh-nhwc', N: 1, Ci: 7, Co: 10, H: 10, W: 12, K: 3, L: 2, stride: [2, 1], pad: 'same', act: 'tanh', layout: 'nhwc' },
  { name: 'pad2-relu', N: 1, Ci: 3, Co: 9, H: 13, W: 13, K: 5, L: 5, pad: 2, act: 'relu' },
  // stride 3 with 2x2 taps: inputs no window reads, whose gradient is zeroed by the kernel
  { name: 's3-untouched-relu-nhwc', N: 2, Ci: 6, Co: 5, H: 11, W: 10, K: 2, L: 2, stride: 3, act: 'relu', layout: 'nhwc' },
];
const SPECS = LAYERS.map((l) => parseSpec(l));
/**
 * For the webgpu target (lavapipe compiles each pipeline, 0.3-3 s cold) and the concurrent calls:
 * one small layer, so its kernels are compiled once and then come from Mesa's shader cache.
 */
const SMALL = parseSpec({ name: 'small-s2-tanh', N: 1, Ci: 5, Co: 6, H: 9, W: 9, K: 3, L: 3, stride: 2, pad: 1, act: 'tanh' });

/**
 * Calls every pass of `layer` with A, B, A; the failures, readable (empty when all match). The
 * kernel's outputs are not poisoned between calls: an element a call leaves unwritten keeps the
 * previous call's value, which is wrong for the other inputs.
 */
async function aBaFailures(layer: CompiledLayer, threads: number): Promise<string[]> {
  const spec = layer.spec;
  const A = inputsOf(spec, 1);
  const B = inputsOf(spec, 2, B_SCALE);
  const failures: string[] = [];
  for (const pass of PASSES) {
    const k = layer.kernel(pass);
    const where = `${layer.target} threads ${threads}: ${describeKernel(spec, pass, k.schedule)}`;
    const first = await k.call(tensors(A));
    const second = await k.call(tensors(B));
    const third = await k.call(tensors(A));
    const problems = [
      wrong('call 1 (A)', first, A.passRef[pass]),
      wrong('call 2 (B)', second, B.passRef[pass]),
      bytes(third).equals(bytes(first)) ? undefined : 'call 3 (A again) differs from call 1',
    ].filter((p): p is string => p !== undefined);
    if (problems.length > 0) failures.push(`${where}\n    ${problems.join('\n    ')}`);
  }
  return failures;
}

describe('one kernel called with A, then B, then A again', () => {
  it.each(SPECS.flatMap((spec) => [1, 2].map((threads) => ({ name: spec.name, spec, threads }))))(
    '$name, threads $threads: every pass matches the reference each time',
    async ({ spec, threads }) => {
      const failures = await aBaFailures(await compile(spec, { threads, passes: PASSES }), threads);
      expect(failures, report(failures)).toEqual([]);
    },
  );

  it('webgpu, one small layer: every pass matches the reference each time', async () => {
    const failures = await aBaFailures(await compile(SMALL, { target: 'webgpu', passes: PASSES }), 1);
    expect(failures, report(failures)).toEqual([]);
  });
});

describe('concurrent calls on one kernel', () => {
  const spec = SMALL;
  const inputs = [inputsOf(spec, 1), inputsOf(spec, 2, B_SCALE), inputsOf(spec, 3)];
  const targets = [
    { name: 'wasm, threads 1', opts: { threads: 1 } },
    { name: 'wasm, threads 2', opts: { threads: 2 } },
    { name: 'webgpu', opts: { target: 'webgpu' as const } },
  ];

  it.each(targets)('$name: forward, backward and sgdStep in Promise.all each return their own inputs\' results', async ({ opts }) => {
    const layer = await compile(spec, { ...opts, passes: PASSES });
    const forward = (t: Inputs) => layer.forward(t).then((r) => [r.y]);
    const backward = (t: Inputs) => layer.backward(t).then((r) => [r.dx, r.dw, r.db]);
    const sgdStep = (t: Inputs) => layer.sgdStep(t).then((r) => [r.w, r.db]);
    const refOf = (t: Inputs, out: string) => (out === 'w' ? t.passRef['weight-update'] : t.ref[out as 'y' | 'dx' | 'dw' | 'db']);
    for (const [name, f, outs] of [['forward', forward, ['y']], ['backward', backward, ['dx', 'dw', 'db']], ['sgdStep', sgdStep, ['w', 'db']]] as const) {
      const sequential: Float32Array[][] = [];
      for (const t of inputs) sequential.push(await f(t));
      const concurrent = await Promise.all(inputs.map((t) => f(t)));
      concurrent.forEach((got, i) =>
        got.forEach((o, j) => {
          const what = `${name} call ${i + 1}, ${outs[j]}`;
          expect(bytes(o).equals(bytes(sequential[i]![j]!)), `${what}: concurrent differs from sequential`).toBe(true);
          expect(relError(o, refOf(inputs[i]!, outs[j]!)), what).toBeLessThanOrEqual(REL_TOLERANCE);
        }),
      );
    }
    // sgdStep leaves the caller's w as it was
    expect(bytes(inputs[0]!.w).equals(bytes(inputsOf(spec, 1).w))).toBe(true);
  });

  it.each(targets)('$name: verify() between concurrent forward and backward calls verifies, and they get their own results', async ({ opts }) => {
    const layer = await compile(spec, opts);
    const [A, B] = inputs as [Inputs, Inputs];
    const [v1, fa, v2, fb, ba] = await Promise.all([
      layer.verify({ seed: 11 }),
      layer.forward(A),
      layer.verify({ seed: 12 }),
      layer.forward(B),
      layer.backward(A),
    ]);
    expect(v1.ok, JSON.stringify(v1.results)).toBe(true);
    expect(v2.ok, JSON.stringify(v2.results)).toBe(true);
    expect(relError(fa.y, A.ref.y), 'forward A').toBeLessThanOrEqual(REL_TOLERANCE);
    expect(relError(fb.y, B.ref.y), 'forward B').toBeLessThanOrEqual(REL_TOLERANCE);
    for (const out of ['dx', 'dw', 'db'] as const) expect(relError(ba[out], A.ref[out]), `backward A ${out}`).toBeLessThanOrEqual(REL_TOLERANCE);
  });
});

describe('threads 3 and 4: uneven splits, call after call', () => {
  // parallel loops of 15 (stride 2) and 13 (stride 3) rows, 12 and 9 input channels: no split is even
  const specs = [
    parseSpec({ name: 'uneven-s2', N: 2, Ci: 12, Co: 10, H: 29, W: 31, K: 3, L: 3, stride: 2, pad: 1, act: 'sigmoid' }),
    parseSpec({ name: 'uneven-s3-nhwc', N: 2, Ci: 9, Co: 7, H: 38, W: 31, K: 2, L: 2, stride: 3, act: 'relu', layout: 'nhwc' }),
  ];
  const cases = specs.flatMap((spec) =>
    [3, 4].flatMap((threads) =>
      (['default', 'scalar'] as const).map((schedules) => ({ name: spec.name, spec, threads, schedules })),
    ),
  );

  it.each(cases)('$name, threads $threads, $schedules schedules: every pass verifies in 4 calls', async ({ spec, threads, schedules }) => {
    const layer = await compile(spec, {
      threads,
      passes: PASSES,
      schedules:
        schedules === 'scalar' ? Object.fromEntries(PASSES.map((p) => [p, { kind: 'scalar', tile: 3, unroll: 2, threads } as const])) : undefined,
    });
    for (const pass of PASSES) expect(layer.kernel(pass).schedule.threads).toBe(threads);
    const failures: string[] = [];
    for (let call = 1; call <= 4; call++) {
      // verify(): outputs poisoned with NaN and red zones armed before each run
      const r = await layer.verify({ seed: call });
      for (const v of r.results) {
        if (!v.ok) failures.push(`call ${call}: ${describeKernel(spec, v.pass, layer.kernel(v.pass).schedule)}\n    ${v.problem} (rel error ${v.relError})`);
      }
    }
    expect(failures, report(failures)).toEqual([]);
  });
});
