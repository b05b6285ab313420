/**
 * Threads: a kernel's main part split over worker threads sharing one WebAssembly.Memory.
 * - forward and input-grad: every output element is computed by one thread, in the same order as
 *   with one thread, so the bytes are the same;
 * - weight-grad and bias-grad may sum per-thread partial results (in a fixed order): they verify
 *   against the reference and give the same bytes run after run;
 * - more threads than a parallel loop has iterations; many threaded kernels sharing the pool;
 * - a trap in a worker's share is an error on the calling thread, not a hang.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  assembleWat, compileLayer, DEFAULT_PASSES, defaultSchedule, generateKernel, loadKernel, LayerCase, parseSpec, PASSES, REL_TOLERANCE,
  relaxedSimdSupported, simdBounds, type CompiledLayer, type CpuSchedule, type LayerInput, type LayerSpec, type Pass, type Schedule, type SimdSchedule,
} from '../src/index.js';
import { pixelVectorsRefusal } from '../src/schedule/index.js';
import { WasmRunner } from '../src/run/wasm.js';
import type { Kernel } from '../src/targets/kernel.js';
import { backwardRef, forwardRef, relError } from '../src/reference/index.js';
import { describeKernel, report, verifyPass } from './helpers.js';

/** Every kernel a test builds, closed at the end even when an assertion failed half-way. */
const open: { close(): void }[] = [];
afterAll(() => {
  for (const k of open) k.close();
});

async function build(spec: LayerSpec, pass: Pass, schedule: Schedule): Promise<Kernel> {
  const k = await loadKernel(generateKernel(spec, pass, schedule));
  open.push(k);
  return k;
}

/** Runs a kernel on a case's inputs (outputs poisoned first) and returns its output's bytes. */
async function runOn(k: Kernel, c: LayerCase): Promise<Float32Array> {
  for (const name of k.inputs()) k.write(name, c.input(name));
  k.poisonOutputs();
  await k.run();
  return k.read(k.output());
}

const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);

const LAYERS: LayerInput[] = [
  { name: 'lenet2ish', N: 2, Ci: 6, Co: 16, H: 14, W: 14, K: 5, L: 5, act: 'tanh' },
  { name: 's2-pad-nhwc', N: 2, Ci: 5, Co: 6, H: 11, W: 9, K: 3, L: 2, stride: 2, pad: 1, act: 'relu', layout: 'nhwc' },
  { name: 's2-pad-nchw', N: 1, Ci: 7, Co: 9, H: 10, W: 13, K: 3, L: 3, stride: [2, 1], pad: 1, act: 'sigmoid' },
  { name: 'same-dil2-nhwc', N: 1, Ci: 4, Co: 8, H: 9, W: 9, K: 3, L: 3, pad: 'same', dilation: 2, act: 'none', layout: 'nhwc' },
];
const SPECS = LAYERS.map((l) => parseSpec(l));

/** Schedules of a pass worth comparing: the default (fma off and on), its other vector kind / along, and a scalar one. */
function schedulesOf(spec: LayerSpec, pass: Pass): CpuSchedule[] {
  const d = defaultSchedule(spec, pass);
  const out: CpuSchedule[] = [d, defaultSchedule(spec, pass, { fma: true }), { kind: 'scalar', tile: 3, unroll: 2, threads: 1 }];
  if (d.kind === 'simd') {
    const other: Partial<SimdSchedule> = {};
    if (pass === 'forward' || pass === 'input-grad') {
      const vector = d.vector === 'pixels' ? 'channels' : 'pixels';
      if (vector === 'channels' || pixelVectorsRefusal(spec, pass) === null) other.vector = vector;
    }
    if (pass === 'weight-grad') other.along = d.along === 'l' ? 'ci' : 'l';
    if (Object.keys(other).length > 0) {
      const s = { ...d, ...other };
      const max = simdBounds(spec, pass, s);
      out.push({ ...s, vectors: Math.min(s.vectors, max.vectors), partners: Math.min(s.partners, max.partners), fma: true });
    }
  }
  return out.map((s) => (s.kind === 'scalar' ? { ...s, tile: Math.min(s.tile, 3), unroll: Math.min(s.unroll, 2) } : s));
}

describe.each(SPECS.map((spec) => ({ name: spec.name, spec })))('$name', ({ spec }) => {
  const c = new LayerCase(spec, 3);

  it.each(['forward', 'input-grad'] as const)('%s: threads 2 and 3 give exactly the bytes of 1 thread', async (pass) => {
    let compared = 0;
    for (const one of schedulesOf(spec, pass)) {
      const single = await build(spec, pass, one);
      const want = await runOn(single, c);
      expect(relError(want, c.reference(pass)), describeKernel(spec, pass, one)).toBeLessThanOrEqual(REL_TOLERANCE);
      for (const threads of [2, 3]) {
        const schedule = { ...one, threads };
        const k = await build(spec, pass, schedule);
        const got = await runOn(k, c);
        expect(bytes(got).equals(bytes(want)), `threads ${threads} differs from 1 thread:\n${describeKernel(spec, pass, schedule)}`).toBe(true);
        k.close();
        compared++;
      }
      single.close();
    }
    expect(compared).toBeGreaterThanOrEqual(6);
  });

  it('bias-grad SIMD splits channels, not the sum: threads 2 give exactly the bytes of 1 thread', async () => {
    const one = defaultSchedule(spec, 'bias-grad', { fma: true });
    expect(one.kind).toBe('simd');
    const want = await runOn(await build(spec, 'bias-grad', one), c);
    const got = await runOn(await build(spec, 'bias-grad', { ...one, threads: 2 }), c);
    expect(bytes(got).equals(bytes(want))).toBe(true);
  });

  it.each(['weight-grad', 'bias-grad'] as const)('%s: threads 2 and 3 verify and give the same bytes in 3 runs', async (pass) => {
    const failures: string[] = [];
    for (const one of schedulesOf(spec, pass))
      for (const threads of [2, 3]) {
        const schedule = { ...one, threads };
        const o = await verifyPass(spec, pass, c, schedule);
        if (o.failure) failures.push(o.failure);
        const k = await build(spec, pass, schedule);
        const first = await runOn(k, c);
        expect(relError(first, c.reference(pass)), describeKernel(spec, pass, schedule)).toBeLessThanOrEqual(REL_TOLERANCE);
        for (let run = 2; run <= 3; run++) {
          const again = await runOn(k, c);
          expect(bytes(again).equals(bytes(first)), `run ${run} differs from run 1:\n${describeKernel(spec, pass, schedule)}`).toBe(true);
        }
        k.close();
      }
    expect(failures, report(failures)).toEqual([]);
  });
});

describe('more threads than the parallel loop has iterations', () => {
  // Ho = 2: forward, weight-grad simd and bias-grad scalar split 2 rows; input-grad splits H = 4
  // (stride 1) or 2 rows per phase (stride 2); weight-grad scalar splits Ci = 2; bias-grad simd Co = 3
  const specs = [
    parseSpec({ name: 'ho2', N: 2, Ci: 2, Co: 3, H: 4, W: 8, K: 3, L: 3, act: 'relu' }),
    parseSpec({ name: 'ho2-s2-nhwc', N: 1, Ci: 2, Co: 5, H: 4, W: 9, K: 2, L: 3, stride: 2, act: 'tanh', layout: 'nhwc' }),
  ];

  it.each(specs.map((spec) => ({ name: spec.name, spec })))('$name: threads 4 verifies for every pass, simd and scalar', async ({ spec }) => {
    expect(spec.Ho).toBe(2);
    const c = new LayerCase(spec, 4);
    const failures: string[] = [];
    let verified = 0;
    for (const pass of PASSES)
      for (const schedule of [
        defaultSchedule(spec, pass, { fma: true, threads: 4 }),
        { kind: 'scalar', tile: 2, unroll: 2, threads: 4 } as const,
      ]) {
        const o = await verifyPass(spec, pass, c, schedule);
        if (o.failure) failures.push(o.failure);
        else verified++;
      }
    expect(failures, report(failures)).toEqual([]);
    expect(verified).toBe(2 * PASSES.length);
  });
});

describe('threaded kernels share the worker pool', () => {
  const layers = [
    ...SPECS,
    parseSpec({ name: 'tiny', N: 1, Ci: 1, Co: 1, H: 3, W: 3, K: 2, L: 2, act: 'relu' }),
    parseSpec({ name: 'wide', N: 1, Ci: 3, Co: 20, H: 6, W: 17, K: 3, L: 1, stride: 1, pad: [0, 1], act: 'tanh', layout: 'nhwc' }),
  ];

  it('6 layers compiled with threads 2, run interleaved, all verify; close() frees them', async () => {
    expect(layers).toHaveLength(6);
    const compiled: CompiledLayer[] = [];
    for (const spec of layers) {
      const k = await compileLayer(spec, { threads: 2 });
      open.push(k);
      compiled.push(k);
      // compileLayer's defaults: fma when the engine has relaxed SIMD, the threads asked for
      for (const pass of DEFAULT_PASSES) {
        expect(k.kernel(pass).schedule).toEqual(defaultSchedule(spec, pass, { fma: relaxedSimdSupported(), threads: 2 }));
      }
    }
    const cases = layers.map((spec, i) => new LayerCase(spec, 20 + i));
    const refs = cases.map((c) => ({ y: forwardRef(c.spec, c.x, c.w, c.b).y, ...backwardRef(c.spec, c.x, c.w, c.y, c.dy) }));
    const first: Float32Array[][] = [];
    for (let round = 0; round < 2; round++) {
      // forward of every layer, then backward of every layer in reverse order: kernels alternate on the pool
      const ys = [];
      for (let i = 0; i < layers.length; i++) {
        const c = cases[i]!;
        const { y } = await compiled[i]!.forward({ x: c.x, w: c.w, b: c.b });
        expect(relError(y, refs[i]!.y), `${layers[i]!.name} y (round ${round})`).toBeLessThanOrEqual(REL_TOLERANCE);
        ys.push(y);
      }
      for (let i = layers.length - 1; i >= 0; i--) {
        const c = cases[i]!;
        const { dx, dw, db } = await compiled[i]!.backward({ x: c.x, w: c.w, y: c.y, dy: c.dy });
        const r = refs[i]!;
        expect(relError(dx, r.dx), `${layers[i]!.name} dx (round ${round})`).toBeLessThanOrEqual(REL_TOLERANCE);
        expect(relError(dw, r.dw), `${layers[i]!.name} dw (round ${round})`).toBeLessThanOrEqual(REL_TOLERANCE);
        expect(relError(db, r.db), `${layers[i]!.name} db (round ${round})`).toBeLessThanOrEqual(REL_TOLERANCE);
        const outs = [ys[i]!, dx, dw, db];
        if (round === 0) first[i] = outs;
        else outs.forEach((o, j) => expect(bytes(o).equals(bytes(first[i]![j]!)), `${layers[i]!.name} output ${j}: round 2 differs`).toBe(true));
      }
    }
    for (const [i, k] of compiled.entries()) {
      const v = await k.verify({ seed: 7 + i });
      expect(v.ok, JSON.stringify(v.results)).toBe(true);
    }
    for (const k of compiled) k.close();
    // the pool still serves kernels compiled after the others were closed
    const again = await compileLayer(layers[0]!, { threads: 3, passes: ['forward', 'weight-grad'] });
    open.push(again);
    const v = await again.verify({ seed: 2 });
    expect(v.ok, JSON.stringify(v.results)).toBe(true);
    again.close();
    // closing twice is harmless
    again.close();
  });
});

describe('a trap in a worker thread', () => {
  // a hand-made kernel whose share `part` traps when part == 1 (or 0), and otherwise writes 1.0 at float `part`
  const wat = (trapPart: number) => `(module
  (import "env" "memory" (memory 1 1 shared))
  (export "memory" (memory 0))
  (func $main (export "main") (param $part i32)
    (if (i32.eq (local.get $part) (i32.const ${trapPart})) (then unreachable))
    (f32.store (i32.mul (local.get $part) (i32.const 4)) (f32.const 1)))
  (func (export "trap") (call $main (i32.const 0)) (call $main (i32.const 1)) (call $main (i32.const 2)))
  (global (export "out_offset") i32 (i32.const 0))
  (global (export "out_length") i32 (i32.const 3)))`;
  const load = async (trapPart: number) => {
    const k = await WasmRunner.load(await assembleWat('trap', wat(trapPart)), {
      target: 'wasm',
      kernel: 'trap',
      entry: 'trap',
      result: 'out',
      scalars: [],
      tensors: [{ name: 'out', role: 'output', elems: 3, shape: [3], offset: 0 }],
      memory: { pages: 1, shared: true, redZoneBytes: 0 },
      threads: 3,
      phases: { prologue: false, epilogue: false },
    });
    open.push(k);
    return k;
  };

  it('is reported as an error by run(), not a hang, and the pool keeps working', async () => {
    const k = await load(1);
    const out = new Float32Array(k.memory.buffer, 0, 3);
    for (let i = 0; i < 2; i++) {
      out.fill(0);
      expect(() => k.run()).toThrow(/kernel share 1 trapped in its worker thread/);
      // the other shares ran to the end before run() returned
      expect([...out]).toEqual([1, 0, 1]);
    }
    k.close();

    // a trap in share 0 (the calling thread) is rethrown as itself, after the workers finished
    const k0 = await load(0);
    const out0 = new Float32Array(k0.memory.buffer, 0, 3);
    expect(() => k0.run()).toThrow(WebAssembly.RuntimeError);
    expect([...out0]).toEqual([0, 1, 1]);
    k0.close();

    // and a real threaded kernel still runs and verifies afterwards
    const spec = SPECS[0]!;
    const o = await verifyPass(spec, 'weight-grad', new LayerCase(spec, 1), defaultSchedule(spec, 'weight-grad', { threads: 3 }));
    expect(o.failure ?? '').toBe('');
  });
});

describe('a kernel the workers cannot instantiate', () => {
  it('is an error on the calling thread, and the workers keep serving other kernels', async () => {
    const { threadPool } = await import('../src/run/threads.js');
    // the module declares at most 1 page; the memory it is given has 2, so instantiating it fails (LinkError)
    const module = await WebAssembly.compile(
      await assembleWat('mismatch', '(module (import "env" "memory" (memory 1 1 shared)) (func (export "main") (param i32)))'),
    );
    const pool = threadPool();
    const id = pool.register(module, new WebAssembly.Memory({ initial: 2, maximum: 2, shared: true }), 2);
    expect(() => pool.run(id, 1, 2, () => {})).toThrow('kernel share 1 could not be instantiated in its worker thread');
    pool.unregister(id);
    const spec = SPECS[1]!;
    const o = await verifyPass(spec, 'forward', new LayerCase(spec, 2), defaultSchedule(spec, 'forward', { threads: 2 }));
    expect(o.failure ?? '').toBe('');
  });
});

describe('a threaded kernel that can no longer reach its workers', () => {
  const spec = parseSpec({ name: 'closed', N: 2, Ci: 5, Co: 6, H: 7, W: 7, K: 3, L: 2, act: 'relu' });
  const schedule: Schedule = { kind: 'simd', vector: 'pixels', vectors: 2, partners: 2, unroll: 1, fma: false, threads: 2 };

  it('refuses to run after close() instead of computing only its own share', async () => {
    const k = await loadKernel(generateKernel(spec, 'forward', schedule));
    k.close();
    expect(() => k.runner.run()).toThrow('forward: the kernel was closed; compile it again');
  });

  it('refuses to run after stopThreads(), and kernels built afterwards get a fresh pool', async () => {
    const { stopThreads } = await import('../src/run/threads.js');
    const old = await loadKernel(generateKernel(spec, 'forward', schedule));
    await stopThreads();
    expect(() => old.runner.run()).toThrow('forward: the worker threads were stopped; compile it again');
    const fresh = await build(spec, 'forward', schedule);
    const c = new LayerCase(spec, 3);
    expect(relError(await runOn(fresh, c), c.reference('forward'))).toBeLessThanOrEqual(REL_TOLERANCE);
    expect(() => old.runner.run()).toThrow('the worker threads were stopped');
  });
});

describe('dynamic parallel loops', () => {
  // pad 0 and a scalar schedule: no prologue, so main's counters are zeroed by the epilogue
  const spec = parseSpec({ name: 'dyn', N: 2, Ci: 3, H: 9, W: 8, Co: 5, K: 3, L: 2, act: 'relu' });
  const schedules: [string, Schedule][] = [
    ['scalar, no prologue', { kind: 'scalar', tile: 2, unroll: 1, threads: 3 }],
    ['simd, with a prologue', defaultSchedule(spec, 'forward', { threads: 2 })],
  ];
  it.each(schedules)('%s: threads take output rows from a shared counter, zeroed between calls (3 calls verify)', async (_, schedule) => {
    const g = generateKernel(spec, 'forward', schedule);
    expect(g.text).toContain('i32.atomic.rmw.add');
    expect(g.text).toMatch(/zero(es)? main's loop counters/);
    const k = await build(spec, 'forward', schedule);
    for (const seed of [1, 2, 3]) {
      const c = new LayerCase(spec, seed);
      expect(relError(await runOn(k, c), c.reference('forward')), `call with seed ${seed}`).toBeLessThanOrEqual(REL_TOLERANCE);
    }
  });
});
