/**
 * The webgpu target end to end: WGSL from the GPU lowering, compiled by Dawn (npm `webgpu`) and run
 * on lavapipe (Mesa's CPU Vulkan driver, `npm run setup:webgpu`), verified against the float64
 * reference: every pass of every benchmark-suite layer, random small specs under the default and
 * random legal GPU schedules, the WGSL files a built kernel carries, a broken shader's error
 * position, and the CLI. (The WGSL text alone needs no device: wgsl-text.test.ts.)
 *
 * Needs a WebGPU adapter. Every test that runs a shader asks for the device itself (not a beforeAll: a failing hook
 * would mark the tests skipped), so without one each test FAILS with NoGpuError and its install hint.
 *
 * Time: llvmpipe JIT-compiles every stage on its first dispatch, about 0.2-0.5 s for a small stage
 * and up to 10-25 s for big unrolled register tiles, unless Mesa's shader cache
 * (~/.cache/mesa_shader_cache_db) already holds it. Measured on 2 cores (another process busy on
 * one of them): with a warm cache this whole file takes 16-30 s (28 s with all 8 layers in both
 * layouts); cold (MESA_SHADER_CACHE_DISABLE=true) it took 198 s: the nchw suite 43-103 s (depending
 * on the default schedules of the day), the 8 nhwc layers 180 s, the 3 below 13 s, the random specs
 * 135-150 s (about 0.6 s a kernel, nearly all of it pipeline compilation). So: the suite fully in
 * nchw, and in nhwc only for three small layers (lenet1, cifar, pw1x1);
 * CONVGEN_WEBGPU_FULL_SUITE=1 verifies every layer in nhwc too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACTIVATIONS, checkSchedule, compileLayer, defaultGpuSchedule, describeSpec, generateKernel, GENERATOR_VERSION, gpuBounds, LayerCase, LAYOUTS, lower, passDecl,
  parseSpec, PASSES, readSpecFile, REL_TOLERANCE, specToInput, verifyKernel,
  type GpuSchedule, type LayerInput, type LayerSpec, type Layout, type PadInput, type Pass, type VerifyResult,
} from '../src/index.js';
import { DEFAULT_PASSES, type CompiledLayer } from '../src/compile.js';
import { emitWgsl } from '../src/emit/wgsl.js';
import { rng } from '../src/reference/index.js';
import { getGpu, NoGpuError, WebGpuRunner, WgslBuildError, type Gpu } from '../src/run/webgpu.js';
import { RunnerKernel } from '../src/targets/kernel.js';
import type { WebGpuAbi } from '../src/targets/abi.js';
import { report, SUITE_PATH } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');

let gpu: Gpu | undefined;
/**
 * The process' device, asked for by every test. Without an adapter this throws NoGpuError, whose
 * message starts with the install hint (`npm run setup:webgpu`), and the test fails with it.
 */
async function theGpu(): Promise<Gpu> {
  if (!gpu) {
    try {
      gpu = await getGpu();
    } catch (e) {
      if (e instanceof NoGpuError) throw e;
      throw new NoGpuError(e instanceof Error ? e.message : String(e));
    }
    const { vendor, architecture, device, description } = gpu.adapterInfo;
    console.log(`WebGPU adapter: ${JSON.stringify({ vendor, architecture, device, description })}`);
  }
  return gpu;
}

/** Everything needed to reproduce one GPU kernel: the spec (readable and as a layer object), the pass, the schedule. */
function describeGpuKernel(spec: LayerSpec, pass: Pass, schedule: GpuSchedule | undefined): string {
  const s = schedule ?? defaultGpuSchedule(spec, pass);
  return (
    `${describeSpec(spec)}\n    input: ${JSON.stringify(specToInput(spec))}\n` +
    `    pass: ${pass}  target: webgpu  schedule: ${JSON.stringify(s)}${schedule ? '' : ' (default)'}`
  );
}

function errText(e: unknown): string {
  const s = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return s.length > 2000 ? `${s.slice(0, 2000)}...` : s;
}

/** A verification result as a failure string naming spec, pass and schedule, or undefined when it passed. */
function resultFailure(spec: LayerSpec, pass: Pass, schedule: GpuSchedule | undefined, r: VerifyResult | undefined): string | undefined {
  if (!r) return `NO RESULT ${describeGpuKernel(spec, pass, schedule)}`;
  if (r.ok && r.relError <= REL_TOLERANCE && r.target === 'webgpu' && r.pass === pass) return undefined;
  return `WRONG RESULT ${describeGpuKernel(spec, pass, schedule)}\n    relError: ${r.relError} (tolerance ${REL_TOLERANCE}); ${r.problem ?? 'not ok'}; target ${r.target}`;
}

/**
 * Compiles one pass for webgpu (through compileLayer, with `schedule` or the default) and verifies
 * it; never throws: a build or run error becomes a failure string. The layer is closed.
 */
async function verifyGpuPass(spec: LayerSpec, pass: Pass, seed: number, schedule?: GpuSchedule): Promise<string | undefined> {
  let layer: CompiledLayer<WebGpuRunner>;
  try {
    layer = await compileLayer(spec, { target: 'webgpu', passes: [pass], ...(schedule ? { schedules: { [pass]: schedule } } : {}) });
  } catch (e) {
    if (e instanceof NoGpuError) throw e;
    return `BUILD FAILED ${describeGpuKernel(spec, pass, schedule)}\n    error: ${errText(e)}`;
  }
  try {
    const k = layer.kernel(pass);
    if (schedule) expect(k.schedule).toEqual(schedule);
    const r = await layer.verify({ seed });
    expect(r.results).toHaveLength(1);
    return resultFailure(spec, pass, schedule, r.results[0]);
  } catch (e) {
    return `RUN FAILED ${describeGpuKernel(spec, pass, schedule)}\n    error: ${errText(e)}`;
  } finally {
    layer.close();
  }
}

// ---------------------------------------------------------------------------------------------

/** nhwc layers verified by default (see the time note above); all of them with CONVGEN_WEBGPU_FULL_SUITE=1 */
const NHWC_LAYERS = ['lenet1', 'cifar', 'pw1x1'];
const FULL_SUITE = process.env.CONVGEN_WEBGPU_FULL_SUITE === '1';

describe('the benchmark suite on webgpu', () => {
  for (const layout of LAYOUTS) {
    // grouped suite layers (bench/suite.json, where ../shared is absent) are verified on WebGPU by
    // `npm run generate` and, at small sizes, by test/groups.test.ts: their 144-channel shaders cost a
    // cold llvmpipe minutes
    const all = readSpecFile(SUITE_PATH, { layout }).filter((s) => FULL_SUITE || s.groups === 1);
    const specs = layout === 'nchw' || FULL_SUITE ? all : all.filter((s) => NHWC_LAYERS.includes(s.name));
    for (const spec of specs) {
      it(`${spec.name} (${layout}): all four passes verify (seed 1)`, async () => {
        await theGpu();
        const layer = await compileLayer(spec, { target: 'webgpu' }).catch((e: unknown) => {
          if (e instanceof NoGpuError) throw e;
          throw new Error(`BUILD FAILED\n${DEFAULT_PASSES.map((p) => describeGpuKernel(spec, p, undefined)).join('\n')}\n    error: ${errText(e)}`);
        });
        let results: VerifyResult[];
        try {
          expect([...layer.kernels.keys()]).toEqual([...DEFAULT_PASSES]);
          results = (await layer.verify({ seed: 1 })).results;
        } finally {
          layer.close();
        }
        expect(results.map((r) => r.pass)).toEqual([...DEFAULT_PASSES]);
        const failures = DEFAULT_PASSES.flatMap((pass, i) => {
          const f = resultFailure(spec, pass, undefined, results[i]);
          return f ? [f] : [];
        });
        expect(failures, report(failures)).toEqual([]);
        for (const r of results) expect(r.relError, `${spec.name} ${r.pass}`).toBeLessThanOrEqual(REL_TOLERANCE);
      });
    }
  }
  it(`the nhwc subset names layers of the suite (a renamed layer would silently drop out)`, () => {
    const names = readSpecFile(SUITE_PATH).map((s) => s.name);
    for (const n of NHWC_LAYERS) expect(names, n).toContain(n);
  });
});

// ---------------------------------------------------------------------------------------------

type PadForm = 'number' | 'pair' | 'quad' | 'valid' | 'same';
const PAD_FORMS: readonly PadForm[] = ['number', 'pair', 'quad', 'valid', 'same'];

interface RandomCase {
  spec: LayerSpec;
  padForm: PadForm;
  /** per pass; undefined: the default GPU schedule */
  schedules: Partial<Record<Pass, GpuSchedule>>;
  useDefault: boolean;
}

// 30, not 50: with five passes and the engine's kernels a cold llvmpipe spent 220-270 s on 50
const RANDOM_CASES = 30;
const RANDOM_SEED = 20251126;

/**
 * RANDOM_CASES small valid specs from a fixed seed: strides 1..3 and pad forms cycled so that every
 * (stride, pad form) pair occurs, dilation 2 in about a third, K and L drawn apart, every activation,
 * both layouts, channel counts 1..7, images 3..6 square-or-not (small: llvmpipe's compile time grows
 * with the loop trip counts it unrolls); even cases with the default GPU schedule, odd ones with
 * random legal GPU schedules (workgroup [1..16, 1..16], channels and pixels within gpuBounds capped
 * at 8, split within bounds).
 */
function randomCases(): RandomCase[] {
  const next = rng(RANDOM_SEED);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const cases: RandomCase[] = [];
  for (let i = 0; i < RANDOM_CASES; i++) {
    const stride = 1 + (i % 3);
    const padForm = PAD_FORMS[Math.floor(i / 3) % PAD_FORMS.length]!;
    const act = ACTIVATIONS[i % ACTIVATIONS.length]!;
    const layout: Layout = pick(LAYOUTS);
    const dilated = i % 3 === 1 || next() < 0.15;
    let spec: LayerSpec | undefined;
    for (let attempt = 0; !spec; attempt++) {
      if (attempt > 1000) throw new Error(`random case ${i}: no valid spec in 1000 draws`);
      const pad: PadInput =
        padForm === 'number' ? int(0, 2)
        : padForm === 'pair' ? [int(0, 2), int(0, 2)]
        : padForm === 'quad' ? [int(0, 3), int(0, 3), int(0, 3), int(0, 3)]
        : padForm;
      const input: LayerInput = {
        name: `rnd${String(i).padStart(2, '0')}`,
        N: next() < 0.3 ? 2 : 1,
        Ci: int(1, 7),
        Co: int(1, 7),
        H: int(3, 6),
        W: int(3, 6),
        K: int(1, 3),
        L: int(1, 3),
        // now and then a different stride along the width
        stride: next() < 0.25 ? [stride, int(1, 3)] : stride,
        dilation: dilated ? (next() < 0.3 ? [2, 1] : 2) : 1,
        pad,
        act,
        layout,
      };
      try {
        spec = parseSpec(input);
      } catch {
        spec = undefined;
      }
    }
    const useDefault = i % 2 === 0;
    const schedules: Partial<Record<Pass, GpuSchedule>> = {};
    if (!useDefault) {
      for (const pass of PASSES) {
        const b = gpuBounds(spec, pass);
        const x = int(1, 16);
        const y = int(1, Math.min(16, Math.floor(b.workgroup / x)));
        schedules[pass] = {
          kind: 'gpu',
          workgroup: [x, y],
          channels: int(1, Math.min(8, b.channels)),
          pixels: int(1, Math.min(8, b.pixels)),
          split: int(1, b.split),
          threads: 1,
        };
      }
    }
    cases.push({ spec, padForm, schedules, useDefault });
  }
  return cases;
}

const CASES = randomCases();

describe('random small specs on webgpu (default and random GPU schedules)', () => {
  // about the inputs drawn (no device needed): the draws below cover what the header promises
  it(`the drawn specs cover every stride, pad form, activation, layout, dilation 2, K != L, odd channel counts`, () => {
    const specs = CASES.map((c) => c.spec);
    expect(new Set(specs.flatMap((s) => [s.sh, s.sw]))).toEqual(new Set([1, 2, 3]));
    expect(new Set(specs.map((s) => s.sh))).toEqual(new Set([1, 2, 3]));
    expect(new Set(CASES.map((c) => c.padForm))).toEqual(new Set(PAD_FORMS));
    expect(specs.some((s) => s.pt !== s.pb || s.pl !== s.pr)).toBe(true); // asymmetric padding
    expect(specs.some((s) => s.dh === 2 && s.dw === 2)).toBe(true);
    expect(specs.some((s) => s.dh !== s.dw)).toBe(true);
    expect(specs.some((s) => s.sh !== s.sw)).toBe(true);
    expect(specs.some((s) => s.K !== s.L)).toBe(true);
    expect(new Set(specs.map((s) => s.act))).toEqual(new Set(ACTIVATIONS));
    expect(new Set(specs.map((s) => s.layout))).toEqual(new Set(LAYOUTS));
    expect(specs.some((s) => s.Ci % 4 !== 0 && s.Ci > 4)).toBe(true);
    expect(specs.some((s) => s.Co % 4 !== 0 && s.Co > 4)).toBe(true);
    expect(specs.some((s) => s.N > 1)).toBe(true);
    expect(new Set(specs.map((s) => s.name)).size).toBe(specs.length);
    const random = CASES.filter((c) => !c.useDefault);
    // the random schedules are legal, and reach tiles bigger than 1, split, and odd workgroups
    for (const c of random) {
      for (const pass of PASSES) {
        const s = c.schedules[pass]!;
        expect(() => checkSchedule(c.spec, pass, s), `${c.spec.name} ${pass} ${JSON.stringify(s)}`).not.toThrow();
        expect(s.workgroup[0] * s.workgroup[1]).toBeLessThanOrEqual(256);
      }
    }
    const all = random.flatMap((c) => PASSES.map((p) => c.schedules[p]!));
    expect(all.some((s) => s.channels > 1 && s.pixels > 1)).toBe(true);
    expect(all.some((s) => s.split > 1)).toBe(true);
    expect(all.some((s) => s.workgroup[0] % 2 === 1 && s.workgroup[0] > 1)).toBe(true);
  });

  const CHUNK = 10;
  for (let from = 0; from < CASES.length; from += CHUNK) {
    const chunk = CASES.slice(from, from + CHUNK);
    it(`cases ${from}..${from + chunk.length - 1}: all four passes verify`, async () => {
      await theGpu();
      const failures: string[] = [];
      for (const c of chunk) {
        for (const pass of PASSES) {
          const f = await verifyGpuPass(c.spec, pass, 7, c.schedules[pass]);
          if (f) failures.push(f);
        }
      }
      expect(failures, report(failures)).toEqual([]);
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('WGSL text of built kernels', () => {
  const specs = [
    parseSpec({ name: 'wgsl_a', N: 2, Ci: 3, H: 9, W: 8, Co: 5, K: 3, L: 2, stride: [2, 1], pad: [1, 0, 2, 1], act: 'relu', layout: 'nchw' }),
    parseSpec({ name: 'wgsl_b', N: 1, Ci: 6, H: 7, W: 7, Co: 7, K: 2, L: 3, dilation: 2, pad: 'same', act: 'tanh', layout: 'nhwc' }),
  ];
  it('is what the built kernel and compileLayer files() carry', async () => {
    await theGpu();
    const spec = specs[0]!;
    const layer = await compileLayer(spec, { target: 'webgpu' });
    try {
      for (const pass of DEFAULT_PASSES) {
        const text = emitWgsl(lower(spec, pass, defaultGpuSchedule(spec, pass))).text;
        const files = layer.kernel(pass).files();
        expect(Object.keys(files)).toEqual([`${pass}.wgsl`]);
        expect(files[`${pass}.wgsl`] === text, `${pass}: files() differs from emitWgsl`).toBe(true);
        expect(layer.kernel(pass).schedule).toEqual(defaultGpuSchedule(spec, pass));
      }
    } finally {
      layer.close();
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('a broken shader', () => {
  const spec = parseSpec({ name: 'broken', N: 1, Ci: 3, H: 8, W: 8, Co: 5, K: 3, L: 3, pad: 1, act: 'relu' });
  const real = () => emitWgsl(lower(spec, 'forward', defaultGpuSchedule(spec, 'forward')));

  it('the real kernel compiles and verifies against the reference (the corruptions below are the only difference)', async () => {
    await theGpu();
    const w = real();
    const k = new RunnerKernel('forward', await WebGpuRunner.build(w.text, w.abi));
    try {
      const r = await verifyKernel(k, new LayerCase(spec, 1), 'webgpu');
      expect(r.problem).toBeUndefined();
      expect(r.ok, `rel ${r.relError}`).toBe(true);
      expect(r.relError).toBeLessThanOrEqual(REL_TOLERANCE);
    } finally {
      k.close();
    }
  });

  it('an unknown function (max( -> maxx() is a WgslBuildError naming <kernel>.wgsl:<line>:<col>', async () => {
    await theGpu();
    const w = real();
    const lines = w.text.split('\n');
    const i = lines.findIndex((l) => l.includes('max('));
    expect(i, 'the relu kernel has no max( to corrupt').toBeGreaterThan(0);
    const line = i + 1;
    const col = lines[i]!.indexOf('max(') + 1;
    lines[i] = lines[i]!.replace('max(', 'maxx(');
    const err = await WebGpuRunner.build(lines.join('\n'), w.abi).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WgslBuildError);
    const e = err as WgslBuildError;
    expect(e.kernel).toBe('broken_forward');
    expect(e.message).toMatch(new RegExp(`^cannot compile broken_forward\\.wgsl:\\nbroken_forward\\.wgsl:${line}:${col}: error: .*maxx`));
    expect(e.diagnostics[0]).toMatchObject({ line, column: col });
  });

  it('a syntax error in a declaration is reported at the offending token', async () => {
    await theGpu();
    const w = real();
    const lines = w.text.split('\n');
    const i = lines.findIndex((l) => /^\s+var v_\w+: i32;$/.test(l));
    expect(i, 'no `var v_...: i32;` line').toBeGreaterThan(0);
    // `  var v_pd: i32;` -> `  var v_pd: i32 +;`: the `+` is where the `;` was
    const col = lines[i]!.lastIndexOf(';') + 2;
    lines[i] = lines[i]!.replace(/;$/, ' +;');
    const err = await WebGpuRunner.build(lines.join('\n'), w.abi).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WgslBuildError);
    const e = err as WgslBuildError;
    expect(e.message).toMatch(new RegExp(`^cannot compile broken_forward\\.wgsl:\\nbroken_forward\\.wgsl:${i + 1}:${col}: error: \\S`));
    expect(e.diagnostics[0]).toMatchObject({ line: i + 1, column: col });
  });
});

// ---------------------------------------------------------------------------------------------

describe('the CLI with --target webgpu (node dist/cli.js; npm test builds it first)', () => {
  let tmp: string;
  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'convgen-webgpu-'));
  });
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });
  const LAYER = ['--ci', '3', '--h', '8', '--w', '8', '--co', '5', '--k', '3', '--l', '3', '--pad', '1'];
  const cli = (args: string[]) => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: process.env, timeout: 120_000 });
  };

  it('compile writes DIR/layer/<pass>.wgsl for the four passes and a manifest', async () => {
    await theGpu();
    const out = join(tmp, 'out');
    const r = cli(['compile', '--target', 'webgpu', ...LAYER, '--out', out]);
    expect(r.status, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['layer', 'manifest.json']);
    expect(readdirSync(join(out, 'layer')).sort()).toEqual(DEFAULT_PASSES.map((p) => `${p}.wgsl`).sort());
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      generator: string;
      target: string;
      layers: { layer: string; kernels: { pass: string; schedule: { kind: string }; files: string[]; verified: boolean; relError: number }[] }[];
    };
    expect(manifest.generator).toBe(`convgen ${GENERATOR_VERSION}`);
    expect(manifest.target).toBe('webgpu');
    expect(manifest.layers.map((l) => l.layer)).toEqual(['layer']);
    const kernels = manifest.layers[0]!.kernels;
    expect(kernels.map((k) => k.pass)).toEqual([...DEFAULT_PASSES]);
    const spec = parseSpec({ Ci: 3, H: 8, W: 8, Co: 5, K: 3, L: 3, pad: 1 });
    for (const k of kernels) {
      expect(k.files).toEqual([`${k.pass}.wgsl`]);
      expect(k.schedule.kind).toBe('gpu');
      expect(k.verified, JSON.stringify(k)).toBe(true);
      expect(k.relError).toBeLessThanOrEqual(REL_TOLERANCE);
      const text = readFileSync(join(out, 'layer', `${k.pass}.wgsl`), 'utf8');
      expect(text).toContain(`convgen ${GENERATOR_VERSION}`);
      expect(text).toContain(`schedule: ${JSON.stringify(k.schedule)}`);
      // exactly what the library emits for the schedule the manifest names
      const lib = emitWgsl(lower(spec, k.pass as Pass, k.schedule as GpuSchedule)).text;
      expect(text === lib, `${k.pass}.wgsl differs from emitWgsl of its schedule (is dist/ older than src/? npm run build)`).toBe(true);
    }
  });

  it('compile --no-verify needs no adapter: with Vulkan pointed at no driver it writes the WGSL and its ABI; verify then fails naming the missing adapter', () => {
    const noDriver = { ...process.env, VK_ICD_FILENAMES: '/nonexistent/icd.json', VK_DRIVER_FILES: '/nonexistent/icd.json' };
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: noDriver, timeout: 120_000 });
    const out = join(tmp, 'nogpu');
    const r = run(['compile', '--target', 'webgpu', '--no-verify', ...LAYER, '--act', 'relu', '--out', out]);
    expect(r.status, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(0);
    expect(readdirSync(join(out, 'layer')).sort()).toEqual(DEFAULT_PASSES.map((p) => `${p}.wgsl`).sort());
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      layers: { kernels: { pass: Pass; verified: boolean; relError: null; abi: WebGpuAbi }[] }[];
    };
    const spec = parseSpec({ Ci: 3, H: 8, W: 8, Co: 5, K: 3, L: 3, pad: 1, act: 'relu' });
    for (const k of manifest.layers[0]!.kernels) {
      expect(k.verified).toBe(false);
      expect(k.relError).toBeNull();
      // the ABI is the emitter's, and the text binds exactly those buffers
      const lib = generateKernel(spec, k.pass, { target: 'webgpu' });
      expect(k.abi).toEqual(lib.abi);
      expect(k.abi.result).toBe(passDecl(k.pass).result);
      expect(k.abi.tensors.map((t) => t.binding)).toEqual(k.abi.tensors.map((_, i) => i));
      const text = readFileSync(join(out, 'layer', `${k.pass}.wgsl`), 'utf8');
      expect(text === lib.text, `${k.pass}.wgsl differs from generateKernel`).toBe(true);
      for (const t of k.abi.tensors) {
        expect(text).toContain(`@group(0) @binding(${t.binding}) var<storage, ${t.role === 'input' ? 'read' : 'read_write'}> ${t.name}: array<f32>;`);
      }
    }
    const v = run(['verify', '--target', 'webgpu', ...LAYER, '--passes', 'forward']);
    expect(v.status, v.stderr).toBe(1);
    expect(v.stderr).toContain('no WebGPU adapter');
  });

  it('verify --target webgpu --json prints four ok results', async () => {
    await theGpu();
    const r = cli(['verify', '--target', 'webgpu', ...LAYER, '--json']);
    expect(r.status, `stdout:\n${r.stdout}\nstderr:\n${r.stderr}`).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
    expect(line, `stdout:\n${r.stdout}`).toBeDefined();
    const { results } = JSON.parse(line!) as { results: { layer: string; pass: string; target: string; relError: number; ok: boolean }[] };
    expect(results.map((x) => x.pass)).toEqual([...DEFAULT_PASSES]);
    for (const x of results) {
      expect(x, JSON.stringify(x)).toMatchObject({ layer: 'layer', target: 'webgpu', ok: true });
      expect(x.relError).toBeLessThanOrEqual(REL_TOLERANCE);
    }
  });
});
