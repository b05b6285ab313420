/**
 * The WebGPU runner (src/run/webgpu.ts) on hand-written WGSL: two stages with a scratch buffer, a
 * compile error's position, the red zone, NaN-poisoned outputs, timing. Needs a WebGPU adapter:
 * on a machine without a GPU, `npm run setup:webgpu` installs lavapipe (a CPU Vulkan driver); when
 * there is none these tests fail with NoGpuError and that install hint, they are not skipped.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { getGpu, NoGpuError, RED_ZONE_BYTES, WebGpuRunner, WgslBuildError, type Gpu } from '../src/run/webgpu.js';
import { callerWrites, type WebGpuAbi } from '../src/targets/abi.js';
import { RunnerKernel } from '../src/targets/kernel.js';

/** A hand-written WGSL module and its ABI (what the runner takes). */
interface Wgsl {
  text: string;
  abi: WebGpuAbi;
}

const N = 1000;
const WG = 64;
const GROUPS = Math.ceil(N / WG);

/** stage `double`: scratch = 2x; stage `add_one`: y = scratch + 1 (each stage uses a subset of the bindings) */
function twoStage(opts: { yLimit?: string; name?: string; groups?: number } = {}): Wgsl {
  const groups = opts.groups ?? GROUPS;
  const text = `// two stages sharing a scratch buffer
@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read_write> scratch: array<f32>;
@group(0) @binding(2) var<storage, read_write> y: array<f32>;
const N: u32 = ${N}u;

@compute @workgroup_size(${WG})
fn double(@builtin(global_invocation_id) id: vec3u) {
  let i = id.x;
  if (i < N) { scratch[i] = x[i] * 2.0; }
}

@compute @workgroup_size(${WG})
fn add_one(@builtin(global_invocation_id) id: vec3u) {
  let i = id.x;
  if (${opts.yLimit ?? 'i < N'}) { y[i] = scratch[i] + 1.0; }
}
`;
  return {
    text,
    abi: {
      target: 'webgpu',
      kernel: opts.name ?? 'two_stage',
      result: 'y',
      scalars: [],
      tensors: [
        { name: 'x', role: 'input', elems: N, shape: [N], binding: 0 },
        { name: 'scratch', role: 'scratch', elems: N, shape: [N], binding: 1 },
        { name: 'y', role: 'output', elems: N, shape: [N], binding: 2 },
      ],
      stages: [
        { entry: 'double', dispatch: [groups, 1, 1], workgroup: [WG, 1, 1] },
        { entry: 'add_one', dispatch: [groups, 1, 1], workgroup: [WG, 1, 1] },
      ],
    },
  };
}

/** w -= lr * x in place: an in-out tensor and a runtime scalar, as the weight update binds them. */
function update(): Wgsl {
  const text = `@group(0) @binding(0) var<storage, read> x: array<f32>;
@group(0) @binding(1) var<storage, read> lr: array<f32>;
@group(0) @binding(2) var<storage, read_write> w: array<f32>;

@compute @workgroup_size(${WG})
fn main(@builtin(global_invocation_id) id: vec3u) {
  let i = id.x;
  if (i < ${N}u) { w[i] = w[i] - lr[0] * x[i]; }
}
`;
  return {
    text,
    abi: {
      target: 'webgpu',
      kernel: 'update',
      result: 'w',
      scalars: ['lr'],
      tensors: [
        { name: 'x', role: 'input', elems: N, shape: [N], binding: 0 },
        { name: 'lr', role: 'input', elems: 1, shape: [], binding: 1 },
        { name: 'w', role: 'inout', elems: N, shape: [N], binding: 2 },
      ],
      stages: [{ entry: 'main', dispatch: [GROUPS, 1, 1], workgroup: [WG, 1, 1] }],
    },
  };
}

const X = Float32Array.from({ length: N }, (_, i) => (i % 17) - 8.5);

let gpu: Gpu | undefined;
/**
 * The process' device, asked for by every test (not in a beforeAll: a failing hook would mark the
 * tests skipped). Without an adapter each test fails with NoGpuError and its install hint.
 */
async function theGpu(): Promise<Gpu> {
  if (!gpu) {
    gpu = await getGpu();
    const { vendor, architecture, device, description, timestampQuery } = gpu.adapterInfo;
    console.log(`WebGPU adapter: ${JSON.stringify({ vendor, architecture, device, description, timestampQuery })}`);
    console.log(`WebGPU limits: ${JSON.stringify(gpu.adapterInfo.limits)}`);
  }
  return gpu;
}
const built: WebGpuRunner[] = [];
async function build(desc: Wgsl): Promise<WebGpuRunner> {
  await theGpu();
  const k = await WebGpuRunner.build(desc.text, desc.abi);
  built.push(k);
  return k;
}

describe('WebGPU runner', () => {
  afterAll(() => {
    for (const k of built) k.close();
  });

  it('gets one device per process, with the adapter maxima for the compute limits', async () => {
    const first = await theGpu();
    const again = await getGpu();
    expect(again.device).toBe(first.device);
    for (const [k, v] of Object.entries(first.adapterInfo.limits)) {
      expect(v, k).toBeGreaterThan(0);
      expect(first.device.limits[k as keyof GPUSupportedLimits], k).toBe(v);
    }
  });

  it('runs two stages in order: a later stage sees the earlier stage\'s writes', async () => {
    const k = await build(twoStage());
    expect(callerWrites(k.abi)).toEqual(['x']);
    expect(k.abi.result).toBe('y');
    expect(k.pipelineMs).toBeGreaterThan(0);
    k.write('x', X);
    k.poisonOutputs();
    k.armRedZones();
    await k.run();
    const y = await k.read('y');
    expect(Array.from(y)).toEqual(Array.from(X, (v) => v * 2 + 1));
    expect(Array.from(await k.read('scratch'))).toEqual(Array.from(X, (v) => v * 2));
    expect(await k.redZoneViolations()).toEqual([]);
    // a second run with new inputs
    k.write('x', X.map((v) => -v));
    await k.run();
    expect((await k.read('y'))[3]).toBe(-X[3]! * 2 + 1);
  });

  it('reports a WGSL syntax error as name.wgsl:line:col', async () => {
    await theGpu();
    const desc = twoStage({ name: 'broken' });
    // line 9 is `  let i = id.x;` of `double`: give it a dangling operator (the `;` is column 18)
    const lines = desc.text.split('\n');
    expect(lines[8]).toBe('  let i = id.x;');
    lines[8] = '  let i = id.x + ;';
    const err = await WebGpuRunner.build(lines.join('\n'), desc.abi).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WgslBuildError);
    const msg = (err as Error).message;
    expect(msg).toMatch(/^cannot compile broken\.wgsl:\nbroken\.wgsl:9:18: error: \S/);
    expect(msg).not.toMatch(/artificially reduced|maxDynamic/);
    expect((err as WgslBuildError).diagnostics[0]?.line).toBe(9);
  });

  it('names the stage whose pipeline cannot be made', async () => {
    await theGpu();
    const desc = twoStage({ name: 'no_entry' });
    desc.abi.stages[1] = { entry: 'missing', dispatch: [1, 1, 1], workgroup: [WG, 1, 1] };
    const err = await WebGpuRunner.build(desc.text, desc.abi).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WgslBuildError);
    expect((err as Error).message).toMatch(/no_entry\.wgsl stage 'missing'/);
  });

  it('catches a kernel that writes one element past the end in the red zone', async () => {
    const k = await build(twoStage({ name: 'overrun', yLimit: 'i <= N' }));
    k.write('x', X);
    k.poisonOutputs();
    k.armRedZones();
    await k.run();
    expect(await k.redZoneViolations()).toEqual(['y']);
    // re-armed, a correct kernel's zones stay intact
    const ok = await build(twoStage({ name: 'in_bounds' }));
    ok.write('x', X);
    ok.armRedZones();
    await ok.run();
    expect(await ok.redZoneViolations()).toEqual([]);
  });

  it('the red zone reaches RED_ZONE_BYTES past the end: a write to its last float is caught', async () => {
    const last = N + RED_ZONE_BYTES / 4 - 1;
    const k = await build(twoStage({ name: 'zone_end', yLimit: `i == ${last}u`, groups: Math.ceil((last + 1) / WG) }));
    k.write('x', X);
    k.armRedZones();
    await k.run();
    expect(await k.redZoneViolations()).toEqual(['y']);
  });

  it('leaves NaN in the outputs a stage does not write', async () => {
    const k = await build(twoStage({ name: 'half', yLimit: 'i < N / 2u' }));
    k.write('x', X);
    k.poisonOutputs();
    await k.run();
    const y = await k.read('y');
    expect(y.subarray(0, N / 2).every((v, i) => v === X[i]! * 2 + 1)).toBe(true);
    expect(y.subarray(N / 2).every((v) => Number.isNaN(v))).toBe(true);
  });

  it('checks tensor names and lengths on write', async () => {
    const k = await build(twoStage({ name: 'lengths' }));
    expect(() => k.write('x', new Float32Array(N - 1))).toThrow(RangeError);
    expect(() => k.write('x', new Float32Array(N - 1))).toThrow(/lengths: tensor x has 1000 elements, got 999/);
    expect(() => k.write('nope', X)).toThrow(/no tensor named nope/);
  });

  it('updates an in-out tensor in place, never poisoned; a runtime scalar is a 1-element input given as a number', async () => {
    const runner = await build(update());
    const k = new RunnerKernel('weight-update', runner);
    expect(k.inputs()).toEqual(['x', 'lr', 'w']);
    expect(k.output()).toBe('w');
    const w0 = Float32Array.from({ length: N }, (_, i) => i / 8);
    // poisonOutputs leaves the in-out tensor as written
    runner.write('w', w0);
    runner.poisonOutputs();
    expect(Array.from(await runner.read('w'))).toEqual(Array.from(w0));
    const w1 = await k.call({ x: X, w: w0, lr: 0.5 });
    expect(Array.from(w1)).toEqual(Array.from(w0, (v, i) => Math.fround(v - Math.fround(0.5 * X[i]!))));
    // every call writes w again: the same inputs give the same result
    expect(Array.from(await k.call({ x: X, w: w0, lr: 0.5 }))).toEqual(Array.from(w1));
    await expect(k.call({ x: X, w: w0, lr: Number.NaN })).rejects.toThrow('lr: got NaN; must be a finite number');
    await expect(k.call({ x: X, lr: 0.5 })).rejects.toThrow('update: weight-update needs input w');
    await expect(k.call({ x: 2, w: w0, lr: 0.5 })).rejects.toThrow('update: x is a tensor; give a Float32Array, not a number');
  });

  it('refuses an ABI whose result is not an output or in-out tensor, naming it', async () => {
    const d = update();
    d.abi.result = 'x';
    await theGpu();
    await expect(WebGpuRunner.build(d.text, d.abi)).rejects.toThrow('invalid WGSL kernel update:\n  - result x has role input; it must be output or inout');
  });

  it('times the kernel: a positive median', async () => {
    const k = await build(twoStage({ name: 'timed' }));
    k.write('x', X);
    const t = await k.time(5, 1);
    expect(t.samples).toHaveLength(5);
    expect(t.method).toBe((await theGpu()).adapterInfo.timestampQuery ? 'timestamp' : 'wall');
    expect(t.medianMs).toBeGreaterThan(0);
    expect(t.samples.every((s) => s >= 0 && Number.isFinite(s))).toBe(true);
    console.log(`two_stage (2 x ${N} elements): median ${t.medianMs.toFixed(4)} ms by ${t.method}; pipelines ${k.pipelineMs.toFixed(1)} ms`);
  });
});

describe('WebGPU runner without a driver', () => {
  it('fails with NoGpuError and the install hint when Vulkan finds no driver', () => {
    // a child process, so that this process' device is not involved
    const dir = mkdtempSync(join(tmpdir(), 'convgen-nogpu-'));
    try {
      const src = pathToFileURL(fileURLToPath(new URL('../src/run/webgpu.ts', import.meta.url))).href;
      const script = join(dir, 'child.mjs');
      writeFileSync(
        script,
        `const m = await import(${JSON.stringify(src)});
try { await m.getGpu(); console.log('UNEXPECTED: got an adapter'); }
catch (e) { console.log(JSON.stringify({ isNoGpu: e instanceof m.NoGpuError, name: e.name, message: e.message })); }
`,
      );
      const r = spawnSync(process.execPath, ['--import', 'tsx', script], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, VK_ICD_FILENAMES: join(dir, 'no-such-icd.json'), VK_DRIVER_FILES: join(dir, 'no-such-icd.json') },
      });
      const line = r.stdout.split('\n').find((l) => l.startsWith('{'));
      expect(line, `stdout: ${r.stdout}\nstderr: ${r.stderr}`).toBeDefined();
      const out = JSON.parse(line!) as { isNoGpu: boolean; name: string; message: string };
      expect(out.isNoGpu).toBe(true);
      expect(out.name).toBe('NoGpuError');
      expect(out.message).toMatch(
        /^no WebGPU adapter: install the software Vulkan driver with `npm run setup:webgpu` \(or set VK_ICD_FILENAMES to a Vulkan ICD\): /,
      );
      expect(out.message).toContain('no-such-icd.json (file not found)');
      expect(new NoGpuError('x').message).toMatch(/setup:webgpu.*: x$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
