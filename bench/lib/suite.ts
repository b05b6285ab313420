/**
 * The benchmark run: for every layer and pass, convgen's kernel (verified first, in this run) and
 * each peer that has the pass (checked against the float64 reference first), timed side by side in
 * one process: warm-up, then at least 10 timed runs cycling through 3 input sets, median.
 * Also the WASM peak of the machine and the compile cost of every layer.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import type { LayerSpec, Pass } from '../../src/layer/types.js';
import { PASSES } from '../../src/layer/types.js';
import { tensorSizes } from '../../src/layer/index.js';
import { flops } from '../../src/passes/index.js';
import { CompiledLayer, compileLayer, generateKernel, type CompileOptions, type Target } from '../../src/compile.js';
import type { WasmRunner } from '../../src/run/wasm.js';

type WasmLayer = CompiledLayer<WasmRunner>;
import { assembleWat } from '../../src/assemble/wasm.js';
import { LayerCase, REL_TOLERANCE } from '../../src/verify/index.js';
import { activate, randomUniform, relError } from '../../src/reference/index.js';
import { collectGarbage, median, timeRotating, type Timing } from '../../src/run/time.js';
import { measurePeak, relaxedSimdSupported } from './peak.js';
import { functionBodySizes, MAX_FUNCTION_BYTES } from './wasm-size.js';
import type { InputSet, Peer, UnavailablePeer } from './peers/types.js';
import { CONVGEN, type BenchReport, type BenchResult, type CompileCost, type MachineInfo } from './results.js';

export * from './results.js';

export interface BenchOptions {
  threads: number;
  passes: readonly Pass[];
  /** timed runs per (layer, pass, impl), at least 10 */
  runs: number;
  /** warm-up runs, at least 5 */
  warmup: number;
  /** fast kernels get more timed runs, up to maxRuns, until they add up to about this long */
  minTotalMs: number;
  maxRuns: number;
  /** input sets cycled through between runs */
  sets: number;
  /** seed of the checked input set (set 0): the same inputs as CompiledLayer.verify({seed}) */
  seed: number;
  target: Target;
  /** where progress lines go (stderr in the CLI) */
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: Omit<BenchOptions, 'threads' | 'log'> = {
  passes: PASSES,
  runs: 10,
  warmup: 5,
  minTotalMs: 200,
  maxRuns: 200,
  sets: 3,
  seed: 1,
  target: 'wasm',
};

export async function machineInfo(): Promise<MachineInfo> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    platform: `${os.platform()} ${os.release()}`,
    arch: os.arch(),
    node: process.versions.node,
    v8: process.versions.v8,
    relaxedSimd: await relaxedSimdSupported(),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString(),
  };
}

/** Input sets of a layer: set 0 is LayerCase(spec, seed) (with its float32 y and its lr); the others are random, y = act(uniform). */
export function inputSets(c: LayerCase, count: number): InputSet[] {
  const n = tensorSizes(c.spec);
  // lr: the verified case's (||w|| / ||dW||, so that an error in dW shows in the updated w); the same in every set
  const lr = c.lr;
  const sets: InputSet[] = [{ x: c.x, w: c.w, b: c.b, y: c.y, dy: c.dy, lr }];
  for (let k = 1; k < count; k++) {
    const seed = 1000 * c.seed + 10 * k;
    const y = randomUniform(n.y, seed + 4).map((v) => activate(c.spec.act, v));
    sets.push({ x: randomUniform(n.x, seed), w: randomUniform(n.w, seed + 1), b: randomUniform(n.b, seed + 2), y, dy: randomUniform(n.y, seed + 3), lr });
  }
  return sets;
}

/** A kernel input of an input set by name; `lr` as the 1-element tensor kernels bind it as. */
export function setTensor(s: InputSet, name: string): Float32Array {
  if (name === 'lr') return Float32Array.of(s.lr);
  const t = (s as unknown as Record<string, Float32Array | undefined>)[name];
  if (!t) throw new Error(`no input tensor ${name} in the benchmark's input sets`);
  return t;
}

/** compileLayer runs this many times per layer; its median time is reported. */
const COMPILE_REPEATS = 3;

const gflopsOf = (spec: LayerSpec, pass: Pass, ms: number): number => flops(spec, pass) / (ms * 1e6);
const fmtMs = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
/** Verification of every compiled pass, by pass; a verification that throws is logged and leaves the passes unverified. */
export async function verifyLayer(
  layer: CompiledLayer | undefined,
  seed: number,
  log: (message: string) => void,
): Promise<Map<Pass, { ok: boolean; relError: number; problem?: string }>> {
  const verified = new Map<Pass, { ok: boolean; relError: number; problem?: string }>();
  if (!layer) return verified;
  try {
    const report = await layer.verify({ seed });
    for (const r of report.results) verified.set(r.pass, { ok: r.ok, relError: r.relError, problem: r.problem });
  } catch (e) {
    log(`verify FAILED: ${errMsg(e)}`);
  }
  return verified;
}

export const errMsg = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);

/** compileLayer with the passes to time (weight-update is compiled only when named) and the thread count (passed only when > 1). */
async function compileWithThreads(spec: LayerSpec, target: Target, threads: number, passes: readonly Pass[]): Promise<WasmLayer> {
  if (target !== 'wasm') throw new Error(`this benchmark times the wasm target (got ${target})`);
  const opts: CompileOptions & { target: 'wasm' } = { target, passes };
  if (threads > 1) opts.threads = threads;
  return compileLayer(spec, opts);
}

/** Each pass compiled on its own: a layer of those that compile (or none), and the others with their errors. */
async function compilePassByPass(spec: LayerSpec, target: Target, threads: number, passes: readonly Pass[]): Promise<{ layer?: WasmLayer; failed: { pass: Pass; error: string }[] }> {
  const kernels = new Map<Pass, WasmLayer['kernels'] extends ReadonlyMap<Pass, infer K> ? K : never>();
  const failed: { pass: Pass; error: string }[] = [];
  for (const pass of passes) {
    try {
      const one = await compileWithThreads(spec, target, threads, [pass]);
      kernels.set(pass, one.kernel(pass));
    } catch (e) {
      failed.push({ pass, error: errMsg(e) });
    }
  }
  return { layer: kernels.size ? new CompiledLayer(spec, target, kernels) : undefined, failed };
}

/**
 * Times each stage of the pipeline on its own, pass by pass, for the schedules compileLayer chose:
 * generate (lower + emit WAT), assemble (wabt), WebAssembly.compile.
 */
async function stageTimes(spec: LayerSpec, layer: WasmLayer): Promise<{ generateMs: number; assembleMs: number; compileMs: number }> {
  let generateMs = 0, assembleMs = 0, compileMs = 0;
  for (const [pass, k] of layer.kernels) {
    let t = performance.now();
    const g = generateKernel(spec, pass, k.schedule);
    generateMs += performance.now() - t;
    t = performance.now();
    const wasm = await assembleWat(g.abi.kernel, g.text);
    assembleMs += performance.now() - t;
    t = performance.now();
    await WebAssembly.compile(wasm);
    compileMs += performance.now() - t;
  }
  return { generateMs, assembleMs, compileMs };
}

/** The threads a kernel really runs with, where its schedule says (compileLayer may keep small layers on one). */
function kernelThreads(layer: WasmLayer, pass: Pass, requested: number): number {
  const s = layer.kernel(pass).schedule as { threads?: unknown };
  return typeof s.threads === 'number' ? s.threads : requested;
}

function compileCost(spec: LayerSpec, layer: WasmLayer, totalMs: number, stages: Awaited<ReturnType<typeof stageTimes>> | null): CompileCost {
  const wasmBytes: Partial<Record<Pass, number>> = {};
  let largest = 0, largestPass: Pass | null = null;
  for (const [pass, k] of layer.kernels) {
    const wasm = k.files()[`${pass}.wasm`] as Uint8Array;
    wasmBytes[pass] = wasm.length;
    const biggest = Math.max(0, ...functionBodySizes(wasm));
    if (biggest > largest || largestPass === null) [largest, largestPass] = [biggest, pass];
  }
  return {
    layer: spec.name, totalMs,
    generateMs: stages?.generateMs ?? null, assembleMs: stages?.assembleMs ?? null, compileMs: stages?.compileMs ?? null,
    wasmBytes, largestFunctionBytes: largest, largestFunctionPass: largestPass, withinLimit: largest <= MAX_FUNCTION_BYTES,
  };
}

export interface PeerSet {
  peers: Peer[];
  unavailable: UnavailablePeer[];
}

/** Runs the whole benchmark over `specs`. */
export async function runBench(specs: readonly LayerSpec[], peerSet: PeerSet, options: Partial<BenchOptions> & Pick<BenchOptions, 'threads' | 'log'>): Promise<BenchReport> {
  const o: BenchOptions = { ...DEFAULT_OPTIONS, ...options };
  const { log, threads } = o;
  const t0 = performance.now();
  const machine = await machineInfo();
  log(`machine: ${machine.cpu}, ${machine.cores} cores, node ${machine.node}, V8 ${machine.v8}, relaxed SIMD ${machine.relaxedSimd ? 'on' : 'off'}, load average ${machine.loadAverage.join(' ')}`);
  log('peak: measuring the WASM SIMD peak (mul+add, relaxed FMA)...');
  const peak = await measurePeak(threads);
  log(`peak: mul+add ${peak.mulAdd.toFixed(1)} GFLOP/s, FMA ${peak.fma === null ? 'unsupported' : `${peak.fma.toFixed(1)} GFLOP/s`} (1 thread)` +
    (peak.threads ? `; ${threads} threads: mul+add ${peak.threads.mulAdd.toFixed(1)}, FMA ${peak.threads.fma?.toFixed(1) ?? '-'}` : ''));

  const results: BenchResult[] = [];
  const compile: CompileCost[] = [];
  const timing = { runs: o.runs, warmup: o.warmup, sets: o.sets, minTotalMs: o.minTotalMs, maxRuns: o.maxRuns };

  for (const [li, spec] of specs.entries()) {
    const tag = `[${li + 1}/${specs.length} ${spec.name}]`;
    const record = (r: BenchResult) => {
      results.push(r);
      const what = r.medianMs !== null
        ? `${fmtMs(r.medianMs)} ms, ${r.gflops!.toFixed(r.gflops! < 1 ? 3 : 2)} GFLOP/s, ${r.runs} runs, ${r.cpuPerWall?.toFixed(2) ?? '?'} cores busy` + (r.verified ? '' : ' (UNVERIFIED)')
        : r.skipped ? `skipped: ${r.skipped}` : `FAILED: ${r.error}`;
      log(`${tag} ${r.pass} ${r.impl}: ${what}`);
    };

    // compile (timed: the median of COMPILE_REPEATS, the last one kept), then verify every pass in this run
    let layer: WasmLayer | undefined;
    /** passes that failed to compile, with why (when the layer did not compile as a whole) */
    let failedPass = new Map<Pass, string>();
    try {
      const totals: number[] = [];
      for (let rep = 0; rep < COMPILE_REPEATS; rep++) {
        layer?.close();
        await collectGarbage();
        const c0 = performance.now();
        layer = await compileWithThreads(spec, o.target, threads, o.passes);
        totals.push(performance.now() - c0);
      }
      let stages = null;
      try {
        const reps = [];
        for (let rep = 0; rep < COMPILE_REPEATS; rep++) reps.push(await stageTimes(spec, layer!));
        stages = {
          generateMs: median(reps.map((r) => r.generateMs)),
          assembleMs: median(reps.map((r) => r.assembleMs)),
          compileMs: median(reps.map((r) => r.compileMs)),
        };
      } catch (e) {
        log(`${tag} compile stages not timed: ${errMsg(e)}`);
      }
      const cost = compileCost(spec, layer!, median(totals), stages);
      compile.push(cost);
      log(`${tag} compiled ${layer!.kernels.size} passes in ${cost.totalMs.toFixed(0)} ms (median of ${COMPILE_REPEATS}); largest function ${cost.largestFunctionBytes} bytes (${cost.largestFunctionPass})`);
    } catch (e) {
      layer?.close();
      layer = undefined;
      // the passes that do compile on their own are still verified and timed (a layer whose one
      // pass the generator cannot make yet keeps its others); the layer's compile cost is an error
      const partial = await compilePassByPass(spec, o.target, threads, o.passes);
      if (partial.layer) layer = partial.layer;
      const cost: CompileCost = { layer: spec.name, totalMs: NaN, generateMs: null, assembleMs: null, compileMs: null, wasmBytes: {}, largestFunctionBytes: 0, largestFunctionPass: null, withinLimit: false, error: errMsg(e) };
      if (layer) Object.assign(cost, compileCost(spec, layer, NaN, null), { withinLimit: false, error: errMsg(e) });
      compile.push(cost);
      log(`${tag} compile FAILED: ${errMsg(e)}` + (partial.failed.length < o.passes.length ? `; compiled alone: ${[...(layer?.kernels.keys() ?? [])].join(', ') || 'none'}` : ''));
      failedPass = new Map(partial.failed.map((f) => [f.pass, f.error]));
    }
    const verified = await verifyLayer(layer, o.seed, (m) => log(`${tag} ${m}`));

    const lc = new LayerCase(spec, o.seed);
    const sets = inputSets(lc, o.sets);

    for (const pass of o.passes) {
      const base = { layer: spec.name, pass, threads };
      // convgen: only a kernel verified in this run is timed
      const v = verified.get(pass);
      if (!layer || failedPass.has(pass)) record({ ...base, impl: CONVGEN, medianMs: null, gflops: null, verified: false, error: `compile failed${failedPass.has(pass) ? `: ${failedPass.get(pass)}` : ''}` });
      else if (!v || !v.ok) {
        record({ ...base, impl: CONVGEN, medianMs: null, gflops: null, verified: false, relError: v?.relError, error: v ? `verification failed: ${v.problem ?? ''} (rel ${v.relError})` : 'not verified' });
      } else {
        try {
          const k = layer.kernel(pass);
          // every input the kernel reads (the weight update's w, updated in place, included) is written before each run, untimed
          const names = k.inputs();
          const perSet = sets.map((s) => names.map((n) => [n, setTensor(s, n)] as const));
          await collectGarbage();
          const tm: Timing = await timeRotating(() => k.run(), timing, (i) => {
            for (const [n, a] of perSet[i]!) k.write(n, a);
          });
          record({
            ...base, impl: CONVGEN, threads: kernelThreads(layer, pass, threads), medianMs: tm.medianMs, gflops: gflopsOf(spec, pass, tm.medianMs),
            verified: true, relError: v.relError, runs: tm.samples.length, cpuPerWall: tm.cpuPerWall,
          });
        } catch (e) {
          record({ ...base, impl: CONVGEN, medianMs: null, gflops: null, verified: true, relError: v.relError, error: errMsg(e) });
        }
      }

      for (const peer of peerSet.peers) {
        if (!peer.passes.includes(pass) || (peer.applies && !peer.applies(spec, pass))) continue;
        const pbase = { ...base, impl: peer.name, threads: peer.threads, method: peer.method(pass, spec) };
        const why = peer.skip(spec, pass);
        if (why) {
          record({ ...pbase, medianMs: null, gflops: null, verified: false, skipped: why });
          continue;
        }
        let prepared;
        try {
          prepared = await peer.prepare(spec, pass, sets);
          const rel = relError(await prepared.output(0), lc.reference(pass));
          const ok = rel <= REL_TOLERANCE;
          if (!ok) log(`${tag} ${pass} ${peer.name}: CHECK FAILED, rel error ${rel} against the float64 reference (timed anyway, left out of ratios)`);
          const p = prepared;
          await collectGarbage();
          const tm = await timeRotating((i) => p.run(i), timing);
          peer.observe?.(spec, pass, gflopsOf(spec, pass, tm.medianMs));
          record({ ...pbase, medianMs: tm.medianMs, gflops: gflopsOf(spec, pass, tm.medianMs), verified: ok, relError: rel, runs: tm.samples.length, cpuPerWall: tm.cpuPerWall });
        } catch (e) {
          record({ ...pbase, medianMs: null, gflops: null, verified: false, error: errMsg(e) });
        } finally {
          try {
            await prepared?.dispose();
          } catch {
            // a failed dispose loses memory, not results
          }
        }
      }
    }
    layer?.close();
  }

  for (const p of peerSet.peers) await p.close?.();
  return {
    machine,
    peak: { mulAdd: peak.mulAdd, fma: peak.fma, ...(peak.threads ? { threads: peak.threads } : {}) },
    threads,
    options: { runs: o.runs, warmup: o.warmup, sets: o.sets, seed: o.seed, passes: o.passes, minTotalMs: o.minTotalMs, maxRuns: o.maxRuns },
    peers: [
      ...peerSet.peers.map((p) => ({ name: p.name, threads: p.threads, available: true })),
      ...peerSet.unavailable.map((p) => ({ name: p.name, threads: null, available: false, reason: p.reason })),
    ],
    results,
    compile,
    layers: specs.map((s) => ({ name: s.name, flops: Object.fromEntries(o.passes.map((p) => [p, flops(s, p)])), spec: s })),
    totalSeconds: (performance.now() - t0) / 1000,
  };
}

/** Loads the peers for a thread count; one that cannot start is listed with its reason, not fatal. */
export async function loadPeers(threads: number, only?: readonly string[]): Promise<PeerSet> {
  const { tfjsWasmPeer, tfjsCpuPeer } = await import('./peers/tfjs.js');
  const { ortWebPeer, ortNodePeer } = await import('./peers/ort.js');
  const makers: [string, () => Promise<Peer>][] = [
    ['tfjs-wasm', tfjsWasmPeer],
    ['tfjs-cpu', tfjsCpuPeer],
    ['ort-web', () => ortWebPeer(threads)],
    ['ort-node', () => ortNodePeer(threads)],
  ];
  const set: PeerSet = { peers: [], unavailable: [] };
  for (const [name, make] of makers) {
    if (only && !only.includes(name)) continue;
    try {
      set.peers.push(await make());
    } catch (e) {
      set.unavailable.push({ name, reason: errMsg(e) });
    }
  }
  return set;
}

