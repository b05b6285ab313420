/**
 * Every pass of every layer of the public benchmark suite, in both layouts, built and verified
 * against the float64 reference with every schedule the default heuristic can choose (generateKernel's
 * default, and the default with fma and 2 threads); the generated WAT's reproducibility, header, loop bounds, offset
 * immediates and exports; and the library API example.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  assembleWat, compileLayer, DEFAULT_PASSES, defaultSchedule, describeSpec, generateKernel, GENERATOR_VERSION, LayerCase, parseSpec, PASSES,
  readSpecFile, relaxedSimdSupported, REL_TOLERANCE, type LayerSpec, type Layout,
} from '../src/index.js';
import type { WasmAbi } from '../src/targets/abi.js';
import { backwardRef, forwardRef, randomUniform, relError } from '../src/reference/index.js';
import { expectedTensors, report, SUITE_PATH, verifyLayer, watStructureProblems } from './helpers.js';

interface SuiteCase {
  name: string;
  layout: Layout;
  spec: LayerSpec;
}

const LAYOUTS: readonly Layout[] = ['nchw', 'nhwc'];
/** The suite as written (nchw, the default) and with every layer overridden to nhwc. */
const loadSuite = (layout: Layout): LayerSpec[] => (layout === 'nchw' ? readSpecFile(SUITE_PATH) : readSpecFile(SUITE_PATH, { layout }));
const CASES: SuiteCase[] = LAYOUTS.flatMap((layout) => loadSuite(layout).map((spec) => ({ name: spec.name, layout, spec })));

describe('the benchmark suite', () => {
  it('is read whole in both layouts: every layer of the file, in order, the nhwc override changing only the layout', () => {
    const names = (JSON.parse(readFileSync(SUITE_PATH, 'utf8')) as { layers: { name: string }[] }).layers.map((l) => l.name);
    const nchw = loadSuite('nchw');
    const nhwc = loadSuite('nhwc');
    expect(nchw.map((s) => s.name)).toEqual(names);
    expect(nhwc.map((s) => s.name)).toEqual(names);
    nchw.forEach((s, i) => {
      expect(s.layout, s.name).toBe('nchw');
      expect(nhwc[i], s.name).toEqual({ ...s, layout: 'nhwc' });
    });
  });
});

/**
 * The schedules the default heuristic can choose for a layer: what `generateKernel` uses with no
 * schedule (no fma, 1 thread), and what `compileLayer` uses on an engine with relaxed SIMD when asked
 * for threads (fma, 2 threads: every parallel loop split, partial sums in weight-grad and bias-grad).
 */
const VARIANTS = [
  { variant: 'generateKernel defaults', opts: undefined },
  { variant: 'defaults with fma and 2 threads', opts: { fma: true, threads: 2 } },
] as const;
/** The fma variant runs f32x4.relaxed_madd: only on an engine with relaxed SIMD (skipped, saying so, elsewhere). */
const RELAXED = relaxedSimdSupported();

/** The float64 references are the slow part: one case per layer, shared by both variants. */
const cases = new Map<LayerSpec, LayerCase>();
const caseOf = (spec: LayerSpec): LayerCase => {
  let c = cases.get(spec);
  if (!c) cases.set(spec, (c = new LayerCase(spec, 1)));
  return c;
};

describe.each(CASES)('suite layer $name ($layout)', ({ spec }) => {
  const verifies = async ({ opts }: (typeof VARIANTS)[number]) => {
    const schedules = opts ? Object.fromEntries(PASSES.map((p) => [p, defaultSchedule(spec, p, opts)])) : undefined;
    const { outcomes, failures } = await verifyLayer(spec, { case: caseOf(spec), schedules });
    expect(failures, report(failures)).toEqual([]);
    expect(outcomes.map((o) => o.pass)).toEqual([...PASSES]);
    for (const o of outcomes) {
      expect(o.result?.ok, `${spec.name} ${o.pass}`).toBe(true);
      expect(o.result!.relError, `${spec.name} ${o.pass}`).toBeLessThanOrEqual(1e-5);
      expect(o.result!.target).toBe('wasm');
      const k = o.kernel!;
      const threads = opts?.threads ?? 1;
      expect(k.schedule, `${spec.name} ${o.pass}`).toEqual(defaultSchedule(spec, o.pass, opts));
      const abi = k.abi as WasmAbi;
      expect(abi.threads).toBe(threads);

      // the module exports its memory, its entry, main (and prologue / epilogue when it has them) and
      // <tensor>_offset / <tensor>_length of every non-scratch tensor; threaded modules import a shared memory
      const module = new WebAssembly.Module(k.files()[`${o.pass}.wasm`] as Uint8Array<ArrayBuffer>);
      const exports = new Map(WebAssembly.Module.exports(module).map((e) => [e.name, e.kind]));
      const { inputs, output } = expectedTensors(spec, o.pass);
      const tensors = [...new Set([...inputs, output])];
      const { phases, memory } = abi;
      expect(phases, `${spec.name} ${o.pass}: phases`).toEqual({
        prologue: k.artifact.lowered.prologue.length > 0,
        epilogue: k.artifact.lowered.epilogue.length > 0,
      });
      const functions = [o.pass, 'main', ...(phases.prologue ? ['prologue'] : []), ...(phases.epilogue ? ['epilogue'] : [])];
      expect(exports.get('memory'), `${spec.name} ${o.pass}: memory export`).toBe('memory');
      for (const f of functions) expect(exports.get(f), `${spec.name} ${o.pass}: ${f} export`).toBe('function');
      for (const t of tensors) {
        expect(exports.get(`${t}_offset`), `${spec.name} ${o.pass}: ${t}_offset`).toBe('global');
        expect(exports.get(`${t}_length`), `${spec.name} ${o.pass}: ${t}_length`).toBe('global');
      }
      expect([...exports.keys()].sort()).toEqual(['memory', ...functions, ...tensors.flatMap((t) => [`${t}_offset`, `${t}_length`])].sort());
      expect(WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}:${i.kind}`)).toEqual(threads > 1 ? ['env.memory:memory'] : []);
      expect(k.inputs().sort()).toEqual([...inputs].sort());
      expect(k.output()).toBe(output);

      // the globals' values agree with the memory plan and the tensor sizes
      const imports: WebAssembly.Imports = threads > 1 ? { env: { memory: new WebAssembly.Memory({ initial: memory.pages, maximum: memory.pages, shared: true }) } } : {};
      const instance = await WebAssembly.instantiate(module, imports);
      for (const t of tensors) {
        const placed = abi.tensors.find((b) => b.name === t)!;
        expect((instance.exports[`${t}_offset`] as WebAssembly.Global).value).toBe(placed.offset);
        expect((instance.exports[`${t}_length`] as WebAssembly.Global).value).toBe(placed.elems);
        expect(placed.offset % 4).toBe(0);
      }
      const mem = instance.exports.memory as WebAssembly.Memory;
      const end = Math.max(...abi.tensors.map((b) => b.offset + b.elems * 4 + memory.redZoneBytes));
      expect(mem.buffer.byteLength).toBeGreaterThanOrEqual(end);
      if (threads > 1) expect(mem.buffer).toBeInstanceOf(SharedArrayBuffer);
    }
  };
  const title = `verifies ${PASSES.join(', ')} with rel error <= ${REL_TOLERANCE}`;
  it(`${title}: ${VARIANTS[0].variant}`, () => verifies(VARIANTS[0]));
  it.skipIf(!RELAXED)(`${title}: ${VARIANTS[1].variant}${RELAXED ? '' : ' [skipped: this engine has no relaxed SIMD]'}`, () => verifies(VARIANTS[1]));

  it('generates reproducible, well-formed WAT for every pass', () => {
    const again = loadSuite(spec.layout).find((s) => s.name === spec.name)!; // a fresh, equal spec object
    for (const pass of PASSES) {
      // generateKernel's default is compile's: fma when the engine has relaxed SIMD, one thread
      const schedule = defaultSchedule(spec, pass, { fma: relaxedSimdSupported(), threads: 1 });
      const a = generateKernel(spec, pass).text;
      const b = generateKernel(spec, pass).text;
      const c = generateKernel(again, pass, { ...schedule }).text;
      expect(b === a, `${spec.name} ${pass}: second generation differs`).toBe(true);
      expect(c === a, `${spec.name} ${pass}: generation from a re-read spec with the explicit default schedule differs`).toBe(true);

      // the threaded, fma variant of the default is well-formed too (its parallel loops end at the thread's share)
      const threaded = defaultSchedule(spec, pass, { fma: true, threads: 2 });
      const t = generateKernel(spec, pass, threaded).text;
      expect(generateKernel(again, pass, { ...threaded }).text === t, `${spec.name} ${pass}: threaded generation differs`).toBe(true);
      expect(t).toContain(`schedule: ${JSON.stringify(threaded)}`);
      expect(t).toContain('(import "env" "memory" (memory ');
      expect(t).toMatch(/\(func \$main \(export "main"\) \(param \$part i32\)/);
      const tProblems = watStructureProblems(t);
      expect(tProblems, `${spec.name} ${pass} (threads 2):\n${tProblems.slice(0, 20).join('\n')}`).toEqual([]);

      // the header: every line before (module is a comment, and it names spec, pass, schedule and version
      const start = a.indexOf('\n(module');
      expect(start, `${spec.name} ${pass}: no (module`).toBeGreaterThan(0);
      const header = a.slice(0, start).split('\n');
      for (const line of header) expect(line.startsWith(';;'), `header line ${JSON.stringify(line)}`).toBe(true);
      const head = header.join('\n');
      expect(head).toContain(`convgen ${GENERATOR_VERSION}`);
      expect(head).toContain(`spec: ${describeSpec(spec)}`);
      expect(head).toContain(`(pass ${pass}, target wasm)`);
      expect(head).toContain(`schedule: ${JSON.stringify(schedule)}`);

      // literal loop bounds, offset= immediates in loop bodies
      const problems = watStructureProblems(a);
      expect(problems, `${spec.name} ${pass}:\n${problems.slice(0, 20).join('\n')}`).toEqual([]);

      // exports in the text as well
      expect(a).toContain('(memory (export "memory")');
      const { inputs, output } = expectedTensors(spec, pass);
      for (const t of [...inputs, output]) {
        expect(a).toMatch(new RegExp(`\\(global \\(export "${t}_offset"\\) i32 \\(i32\\.const \\d+\\)\\)`));
        expect(a).toMatch(new RegExp(`\\(global \\(export "${t}_length"\\) i32 \\(i32\\.const \\d+\\)\\)`));
      }
    }
  });
});

describe('generated files', () => {
  it('carry the package version as the generator version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(GENERATOR_VERSION).toBe(pkg.version);
  });

  it('assemble to byte-identical wasm twice', async () => {
    const spec = CASES.find((c) => c.name === 'rect3x5' && c.layout === 'nhwc')!.spec;
    for (const pass of PASSES) {
      const g = generateKernel(spec, pass);
      const a = await assembleWat(g.abi.kernel, g.text);
      const b = await assembleWat(g.abi.kernel, generateKernel(spec, pass).text);
      expect(Buffer.from(a).equals(Buffer.from(b)), `${pass}: wasm bytes differ`).toBe(true);
    }
  });

  it('differ when the schedule differs, and name it in the header', () => {
    const spec = CASES.find((c) => c.name === 'lenet2' && c.layout === 'nchw')!.spec;
    const a = generateKernel(spec, 'forward', { kind: 'scalar', tile: 1, unroll: 1, threads: 1 }).text;
    const b = generateKernel(spec, 'forward', { kind: 'scalar', tile: 2, unroll: 3, threads: 1 }).text;
    const c = generateKernel(spec, 'forward', { kind: 'simd', vector: 'channels', vectors: 2, partners: 4, unroll: 1, fma: false, threads: 1 }).text;
    const d = generateKernel(spec, 'forward', { kind: 'simd', vector: 'channels', vectors: 2, partners: 4, unroll: 1, fma: true, threads: 1 }).text;
    const e = generateKernel(spec, 'forward', { kind: 'simd', vector: 'channels', vectors: 2, partners: 4, unroll: 1, fma: false, threads: 3 }).text;
    expect(new Set([a, b, c, d, e]).size).toBe(5);
    expect(a).toContain('schedule: {"kind":"scalar","tile":1,"unroll":1,"threads":1}');
    expect(b).toContain('schedule: {"kind":"scalar","tile":2,"unroll":3,"threads":1}');
    expect(c).toContain('schedule: {"kind":"simd","vector":"channels","vectors":2,"partners":4,"unroll":1,"fma":false,"threads":1}');
    // fma is relaxed SIMD's fused multiply-add; without it, a multiply then an add
    expect(d).toContain('f32x4.relaxed_madd');
    expect(c).not.toContain('f32x4.relaxed_madd');
    expect(c).toContain('f32x4.mul');
    // threads: a shared, imported memory and main split by part
    expect(e).toContain('(import "env" "memory" (memory ');
    expect(e).toContain('(call $main (i32.const 2))');
    expect(c).not.toContain('shared');
  });
});

describe('the API example', () => {
  const spec = parseSpec({ N: 1, Ci: 3, H: 32, W: 32, Co: 8, K: 3, L: 3, pad: 1, act: 'relu' });
  const x = randomUniform(1 * 3 * 32 * 32, 11);
  const w = randomUniform(8 * 3 * 3 * 3, 12);
  const b = randomUniform(8, 13);
  const dy = randomUniform(1 * 8 * 32 * 32, 14);

  it('forward matches forwardRef and backward matches backwardRef at the same float32 y', async () => {
    expect([spec.Ho, spec.Wo]).toEqual([32, 32]);
    const k = await compileLayer(spec, { target: 'wasm' });
    expect([...k.kernels.keys()]).toEqual([...DEFAULT_PASSES]);

    const { y } = await k.forward({ x, w, b });
    expect(y).toBeInstanceOf(Float32Array);
    expect(y.length).toBe(8 * 32 * 32);
    expect(relError(y, forwardRef(spec, x, w, b).y)).toBeLessThanOrEqual(1e-5);

    const { dx, dw, db } = await k.backward({ x, w, y, dy });
    const ref = backwardRef(spec, x, w, y, dy);
    expect(dx.length).toBe(x.length);
    expect(dw.length).toBe(w.length);
    expect(db.length).toBe(b.length);
    expect(relError(dx, ref.dx), 'dx').toBeLessThanOrEqual(1e-5);
    expect(relError(dw, ref.dw), 'dw').toBeLessThanOrEqual(1e-5);
    expect(relError(db, ref.db), 'db').toBeLessThanOrEqual(1e-5);

    // running again on the same inputs gives the same outputs (no state left behind)
    expect((await k.forward({ x, w, b })).y).toEqual(y);
    expect((await k.backward({ x, w, y, dy })).dw).toEqual(dw);

    // verify() agrees
    const v = await k.verify({ seed: 3 });
    expect(v.ok, JSON.stringify(v.results)).toBe(true);
    expect(v.results.map((r) => r.pass)).toEqual([...DEFAULT_PASSES]);
  });

  it('rejects an input of the wrong length with an error naming the tensor', async () => {
    const k = await compileLayer(spec, { target: 'wasm' });
    const y = (await k.forward({ x, w, b })).y;
    const short = (t: Float32Array) => t.subarray(0, t.length - 1);
    await expect(k.forward({ x: short(x), w, b })).rejects.toThrow(/\bx needs 3072 float32 values, got 3071/);
    await expect(k.forward({ x, w: short(w), b })).rejects.toThrow(/\bw needs 216 float32 values, got 215/);
    await expect(k.forward({ x, w, b: new Float32Array(9) })).rejects.toThrow(/\bb needs 8 float32 values, got 9/);
    await expect(k.backward({ x: short(x), w, y, dy })).rejects.toThrow(/\bx needs 3072 float32 values, got 3071/);
    await expect(k.backward({ x, w: short(w), y, dy })).rejects.toThrow(/\bw needs 216 float32 values, got 215/);
    await expect(k.backward({ x, w, y: short(y), dy })).rejects.toThrow(/\by needs 8192 float32 values, got 8191/);
    await expect(k.backward({ x, w, y, dy: short(dy) })).rejects.toThrow(/\bdy needs 8192 float32 values, got 8191/);
    await expect(k.forward({ x, w, b: undefined as unknown as Float32Array })).rejects.toThrow(/\binput b\b/);
  });

  it('refuses an unknown target', async () => {
    await expect(compileLayer(spec, { target: 'metal' as 'wasm' })).rejects.toThrow('target: got "metal"; must be one of wasm, webgpu');
  });
});

describe('the WAT structure check itself', () => {
  const spec = parseSpec({ Ci: 2, H: 5, W: 5, Co: 3, K: 3, L: 3, pad: 1, act: 'tanh' });
  const text = generateKernel(spec, 'forward').text;

  it('passes generated text and catches a non-literal bound or a missing offset', () => {
    expect(watStructureProblems(text)).toEqual([]);
    const varBound = text.replace(/(\(br_if \$\w+_loop .*)\(i32\.const \d+\)\)\)\)$/m, '$1(local.get $n))))');
    expect(varBound).not.toBe(text);
    expect(watStructureProblems(varBound).join('\n')).toMatch(/br_if without a literal i32\.const bound/);
    const noOffset = text.replace(/f32\.load offset=\d+ /, 'f32.load ');
    expect(noOffset).not.toBe(text);
    expect(watStructureProblems(noOffset).join('\n')).toMatch(/f32\.load inside loop \w+ without an offset= immediate/);
  });
});

describe('accuracy regressions', () => {
  // Backward passes compute sigma'(y) for tanh as 1 - y*y in float32, which loses digits as
  // |y| -> 1 (here max |y| = 0.99968: 1 - y*y = 6.3e-4 carries ~1e-4 relative rounding error from
  // the float32 y*y); (1 - y) * (1 + y) stays within a few ulps. A small, valid layer whose only
  // output saturates fails rel <= 1e-5 in all three backward passes, in both layouts.
  it.each(LAYOUTS)('tanh backward passes stay accurate when |y| is close to 1 (%s)', async (layout) => {
    const spec = parseSpec({ name: 'tanhsat', N: 1, Ci: 7, H: 5, W: 5, Co: 1, K: 5, L: 5, act: 'tanh', layout });
    const { failures } = await verifyLayer(spec, { seed: 1 });
    expect(failures, report(failures)).toEqual([]);
  });
});
