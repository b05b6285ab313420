/**
 * The webgpu benchmark (`npm run bench -- --target webgpu`): for every layer and pass, convgen's
 * WGSL kernel (default GPU schedule), the naive one-invocation-per-output WGSL kernel
 * (naive-wgsl.ts) and tfjs's webgpu backend, side by side on the process' one Dawn device.
 *
 * - convgen and naive kernels are verified in this run (verifyKernel: NaN-poisoned outputs, red
 *   zones, rel <= 1e-5 against the float64 reference) and only verified ones are timed;
 *   tfjs-webgpu's output is checked against the same reference (a failure is timed but marked).
 * - GPU time: WebGpuKernel.time (timestamps around each stage's compute pass where the device has
 *   'timestamp-query', else wall time to onSubmittedWorkDone); tfjs: tf.time()'s kernelMs, the same
 *   measure. One probe run, a warm-up, then at least `runs` timed runs (more for fast kernels, until
 *   about minTotalMs, at most maxRuns), median. A peer whose probe run takes longer than
 *   maxRunSeconds is not timed further (skipped, with the figure).
 * - Pipeline cost per layer: compileLayer wall time, the pipelines' creation (WebGpuKernel.pipelineMs)
 *   summed over the passes, and what the first dispatch still costs beyond a steady run.
 */
import { performance } from 'node:perf_hooks';
import type { LayerSpec, Pass } from '../../src/layer/types.js';
import { PASSES } from '../../src/layer/types.js';
import { flops } from '../../src/passes/index.js';
import { compileLayer, type CompiledLayer } from '../../src/compile.js';
import { describeSource, type TuningDb } from '../../src/tune/use.js';
import { getGpu, type Gpu, type TimingResult, type WebGpuRunner } from '../../src/run/webgpu.js';
import type { Kernel } from '../../src/targets/kernel.js';
import { LayerCase, REL_TOLERANCE, verifyKernel } from '../../src/verify/index.js';
import { relError } from '../../src/reference/index.js';
import { errMsg, machineInfo, verifyLayer } from './suite.js';
import { gpuAdapterName } from './report.js';
import { NaiveWgslKernel, NAIVE_WORKGROUP } from './naive-wgsl.js';
import type { GpuPeer } from './peers/tfjs-webgpu.js';
import type { InputSet } from './peers/types.js';
import { CONVGEN, GPU_PEER_NAMES, type BenchResult, type GpuBenchReport, type GpuMachineInfo, type PipelineCost } from './results.js';

export const NAIVE = 'naive-wgsl';

export interface GpuBenchOptions {
  passes: readonly Pass[];
  /** a tuning database: convgen's kernels get its best schedules for this adapter (else the default heuristic's) */
  db?: TuningDb;
  /** timed runs at least */
  runs: number;
  /** warm-up runs (the probe run counts as one; slow kernels get fewer, about 1 s of warm-up at most) */
  warmup: number;
  minTotalMs: number;
  maxRuns: number;
  /** seed of the verified input set */
  seed: number;
  /** a peer (naive-wgsl, tfjs-webgpu) whose one run takes longer is not timed */
  maxRunSeconds: number;
  /** which of GPU_PEER_NAMES to run beside convgen (default: both) */
  peers?: readonly string[];
  log: (line: string) => void;
}

export const GPU_DEFAULT_OPTIONS: Omit<GpuBenchOptions, 'log'> = {
  passes: PASSES,
  runs: 10,
  warmup: 5,
  minTotalMs: 200,
  maxRuns: 200,
  seed: 1,
  maxRunSeconds: 3,
};

/** What can be timed: a WebGpuKernel, a naive kernel, a prepared tfjs pass. */
interface Timer {
  time(runs: number, warmup: number): Promise<TimingResult>;
}

/** A timing, or why there is none (the probe run took longer than `limitMs`). */
type Timed = { timing: TimingResult; probeMs: number } | { skipped: string; probeMs: number };

/** One probe run, then a warm-up and the timed runs (see the file comment). */
export async function timeGpu(t: Timer, o: Pick<GpuBenchOptions, 'runs' | 'warmup' | 'minTotalMs' | 'maxRuns'>, limitMs?: number): Promise<Timed> {
  const w0 = performance.now();
  const probe = await t.time(1, 0);
  const wall = performance.now() - w0;
  // the wall time of the run decides a skip (it is what the run costs the benchmark)
  if (limitMs !== undefined && wall > limitMs) {
    return { skipped: `too slow: one run took ${(wall / 1000).toPrecision(2)} s (limit ${limitMs / 1000} s a run)`, probeMs: probe.medianMs };
  }
  const est = Math.max(probe.medianMs, 1e-3);
  const warmup = Math.max(0, Math.min(o.warmup - 1, Math.ceil(1000 / est)));
  const runs = Math.max(o.runs, Math.min(o.maxRuns, Math.ceil(o.minTotalMs / est)));
  return { timing: await t.time(runs, warmup), probeMs: probe.medianMs };
}

/** Environment variables that change what the driver does (see GpuMachineInfo.env). */
const DRIVER_ENV = /^(VK_ICD_FILENAMES|VK_DRIVER_FILES|NODEVICE_SELECT|MESA_.*|LP_.*|GALLIVM_.*|__GL_SHADER_DISK_CACHE.*|CUDA_CACHE_.*)$/;

export function gpuMachineInfo(gpu: Gpu): GpuMachineInfo {
  const a = gpu.adapterInfo;
  const env = Object.fromEntries(Object.entries(process.env).filter((e): e is [string, string] => DRIVER_ENV.test(e[0]) && e[1] !== undefined).sort());
  return {
    vendor: a.vendor,
    architecture: a.architecture,
    device: a.device,
    description: a.description,
    timestampQuery: a.timestampQuery,
    ...(a.vkIcd ? { vkIcd: a.vkIcd } : {}),
    limits: { ...a.limits },
    features: [...a.features],
    env,
  };
}

const gflopsOf = (spec: LayerSpec, pass: Pass, ms: number): number => flops(spec, pass) / (ms * 1e6);
const fmtMs = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));

function describeSchedule(k: Kernel<WebGpuRunner>): string {
  const s = k.schedule as { kind: string; workgroup?: number[]; channels?: number; pixels?: number; split?: number };
  if (s.kind !== 'gpu') return `${s.kind} schedule`;
  return `WGSL, default GPU schedule (workgroup ${s.workgroup?.join('x')}, ${s.channels} channels x ${s.pixels} pixels, split ${s.split}; ${k.abi.stages.length} stage${k.abi.stages.length > 1 ? 's' : ''})`;
}

/** Loads the tfjs-webgpu peer on the process' device; the reason when it cannot. */
async function loadTfjsWebGpu(gpu: Gpu): Promise<GpuPeer | string> {
  try {
    const { tfjsWebGpuPeer } = await import('./peers/tfjs-webgpu.js');
    return await tfjsWebGpuPeer(gpu);
  } catch (e) {
    return errMsg(e);
  }
}

/** Runs the webgpu benchmark over `specs`. Throws NoGpuError when there is no adapter. */
export async function runGpuBench(specs: readonly LayerSpec[], options: Partial<GpuBenchOptions> & Pick<GpuBenchOptions, 'log'>): Promise<GpuBenchReport> {
  const o: GpuBenchOptions = { ...GPU_DEFAULT_OPTIONS, ...options };
  const { log } = o;
  const t0 = performance.now();
  const gpu = await getGpu();
  const machine = { ...(await machineInfo()), gpu: gpuMachineInfo(gpu) };
  log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, load average ${machine.loadAverage.join(' ')}`);
  log(`adapter: ${gpuAdapterName(machine.gpu)}; timestamp-query ${machine.gpu.timestampQuery ? 'yes' : 'no'}${machine.gpu.vkIcd ? `; VK_ICD_FILENAMES=${machine.gpu.vkIcd}` : ''}`);

  const wanted = (name: string) => !o.peers || o.peers.includes(name);
  const peers: GpuBenchReport['peers'] = [];
  if (wanted(NAIVE)) peers.push({ name: NAIVE, threads: 1, available: true });
  let tfjs: GpuPeer | undefined;
  if (wanted('tfjs-webgpu')) {
    const p = await loadTfjsWebGpu(gpu);
    if (typeof p === 'string') {
      peers.push({ name: 'tfjs-webgpu', threads: null, available: false, reason: p });
      log(`peer tfjs-webgpu: UNAVAILABLE: ${p}`);
    } else {
      tfjs = p;
      peers.push({ name: p.name, threads: 1, available: true });
      log(`peer tfjs-webgpu: passes ${p.passes.join(', ')}; ${p.method('forward')}`);
    }
  }

  const results: BenchResult[] = [];
  const pipeline: PipelineCost[] = [];
  const timingOpts = { runs: o.runs, warmup: o.warmup, minTotalMs: o.minTotalMs, maxRuns: o.maxRuns };
  const limitMs = o.maxRunSeconds * 1000;

  for (const [li, spec] of specs.entries()) {
    const tag = `[${li + 1}/${specs.length} ${spec.name}]`;
    const record = (r: BenchResult) => {
      results.push(r);
      const what = r.medianMs !== null
        ? `${fmtMs(r.medianMs)} ms, ${r.gflops!.toFixed(r.gflops! < 1 ? 3 : 2)} GFLOP/s, ${r.runs} runs (${r.timing})` + (r.verified ? '' : ' (UNVERIFIED)')
        : r.skipped ? `skipped: ${r.skipped}` : `FAILED: ${r.error}`;
      log(`${tag} ${r.pass} ${r.impl}: ${what}`);
    };

    // compile once (a second compile of the same WGSL would find Dawn's caches warm), then one
    // untimed-by-the-table first run of each kernel (lavapipe JIT-compiles a shader at its first dispatch)
    let layer: CompiledLayer<WebGpuRunner> | undefined;
    const cost: PipelineCost = { layer: spec.name, passes: [...o.passes], compileLayerMs: null, pipelineMs: null, perPass: {}, firstDispatchExtraMs: null, naivePipelineMs: null };
    const firstRunMs = new Map<Pass, number>();
    try {
      const c0 = performance.now();
      layer = await compileLayer(spec, { target: 'webgpu', passes: o.passes, ...(o.db ? { db: o.db } : {}) });
      for (const [pass, k] of layer.kernels) if (k.artifact.source?.db) log(`${tag} ${pass}: ${describeSource(k.artifact.source)}`);
      cost.compileLayerMs = performance.now() - c0;
      let sum = 0;
      for (const [pass, k] of layer.kernels) {
        cost.perPass[pass] = k.runner.pipelineMs;
        sum += k.runner.pipelineMs;
      }
      cost.pipelineMs = sum;
      for (const [pass, k] of layer.kernels) {
        const f0 = performance.now();
        await k.run();
        firstRunMs.set(pass, performance.now() - f0);
      }
      log(`${tag} compiled ${layer.kernels.size} passes in ${cost.compileLayerMs.toFixed(0)} ms (pipelines ${sum.toFixed(0)} ms)`);
    } catch (e) {
      layer?.close();
      layer = undefined;
      cost.error = errMsg(e);
      log(`${tag} compile FAILED: ${cost.error}`);
    }
    const verified = await verifyLayer(layer, o.seed, (m) => log(`${tag} ${m}`));

    const lc = new LayerCase(spec, o.seed);
    const set: InputSet = { x: lc.x, w: lc.w, b: lc.b, y: lc.y, dy: lc.dy, lr: lc.lr };
    let firstExtra = 0;
    let naivePipe = 0;

    for (const pass of o.passes) {
      const base = { layer: spec.name, pass, threads: 1 };
      // convgen: only a kernel verified in this run is timed
      const v = verified.get(pass);
      if (!layer) record({ ...base, impl: CONVGEN, medianMs: null, gflops: null, verified: false, error: 'compile failed' });
      else if (!v || !v.ok) {
        record({ ...base, impl: CONVGEN, medianMs: null, gflops: null, verified: false, relError: v?.relError, error: v ? `verification failed: ${v.problem ?? ''} (rel ${v.relError})` : 'not verified' });
      } else {
        const k = layer.kernel(pass);
        try {
          for (const n of k.inputs()) k.write(n, lc.input(n));
          const t = await timeGpu(k.runner, timingOpts);
          if ('skipped' in t) throw new Error(t.skipped);
          const tm = t.timing;
          firstExtra += Math.max(0, (firstRunMs.get(pass) ?? 0) - tm.medianMs);
          record({
            ...base, impl: CONVGEN, medianMs: tm.medianMs, gflops: gflopsOf(spec, pass, tm.medianMs), verified: true, relError: v.relError,
            runs: tm.samples.length, timing: tm.method, method: describeSchedule(k),
          });
        } catch (e) {
          record({ ...base, impl: CONVGEN, medianMs: null, gflops: null, verified: true, relError: v.relError, error: errMsg(e) });
        }
      }

      // the naive kernel: built, verified like convgen's, timed when verified
      if (wanted(NAIVE)) {
        const nbase = { ...base, impl: NAIVE, method: `one invocation per output element, workgroup ${NAIVE_WORKGROUP}` };
        let naive: NaiveWgslKernel | undefined;
        try {
          naive = await NaiveWgslKernel.build(spec, pass);
          naivePipe += naive.pipelineMs;
          const r = await verifyKernel(naive, lc, 'webgpu');
          if (!r.ok) {
            record({ ...nbase, medianMs: null, gflops: null, verified: false, relError: r.relError, error: `verification failed: ${r.problem ?? ''} (rel ${r.relError})` });
          } else {
            const t = await timeGpu(naive, timingOpts, limitMs);
            if ('skipped' in t) record({ ...nbase, medianMs: null, gflops: null, verified: true, relError: r.relError, skipped: t.skipped });
            else {
              const tm = t.timing;
              record({ ...nbase, medianMs: tm.medianMs, gflops: gflopsOf(spec, pass, tm.medianMs), verified: true, relError: r.relError, runs: tm.samples.length, timing: tm.method });
            }
          }
        } catch (e) {
          record({ ...nbase, medianMs: null, gflops: null, verified: false, error: errMsg(e) });
        } finally {
          naive?.close();
        }
      }

      // tfjs-webgpu: checked once against the reference, timed either way (a failure is marked)
      if (tfjs && tfjs.passes.includes(pass)) {
        const pbase = { ...base, impl: tfjs.name, method: tfjs.method(pass, spec) };
        const why = tfjs.skip(spec, pass);
        if (why) {
          record({ ...pbase, medianMs: null, gflops: null, verified: false, skipped: why });
        } else {
          let prepared;
          try {
            prepared = await tfjs.prepare(spec, pass, set);
            const rel = relError(await prepared.output(), lc.reference(pass));
            const ok = rel <= REL_TOLERANCE;
            if (!ok) log(`${tag} ${pass} ${tfjs.name}: CHECK FAILED, rel error ${rel} against the float64 reference (timed anyway, left out of ratios)`);
            const t = await timeGpu(prepared, timingOpts, limitMs);
            if ('skipped' in t) record({ ...pbase, medianMs: null, gflops: null, verified: ok, relError: rel, skipped: t.skipped });
            else {
              const tm = t.timing;
              record({ ...pbase, medianMs: tm.medianMs, gflops: gflopsOf(spec, pass, tm.medianMs), verified: ok, relError: rel, runs: tm.samples.length, timing: tm.method });
            }
          } catch (e) {
            record({ ...pbase, medianMs: null, gflops: null, verified: false, error: errMsg(e) });
          } finally {
            try {
              prepared?.dispose();
            } catch {
              // a failed dispose loses memory, not results
            }
          }
        }
      }
    }
    if (layer) cost.firstDispatchExtraMs = firstExtra;
    if (wanted(NAIVE)) cost.naivePipelineMs = naivePipe;
    pipeline.push(cost);
    if (cost.pipelineMs !== null) {
      log(`${tag} pipelines: convgen ${cost.pipelineMs.toFixed(0)} ms for ${cost.passes.length} passes (compileLayer ${cost.compileLayerMs!.toFixed(0)} ms; first dispatches ${cost.firstDispatchExtraMs?.toFixed(0) ?? '?'} ms more than a run)`);
    }
    layer?.close();
  }

  return {
    target: 'webgpu',
    machine,
    threads: 1,
    options: { runs: o.runs, warmup: o.warmup, seed: o.seed, passes: o.passes, minTotalMs: o.minTotalMs, maxRuns: o.maxRuns, maxRunSeconds: o.maxRunSeconds },
    peers,
    results,
    pipeline,
    layers: specs.map((s) => ({ name: s.name, flops: Object.fromEntries(o.passes.map((p) => [p, flops(s, p)])), spec: s })),
    totalSeconds: (performance.now() - t0) / 1000,
  };
}

export { GPU_PEER_NAMES };
