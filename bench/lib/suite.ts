/**
 * The benchmark run: for every layer and pass, convgen's kernel (verified first, in this run) and
 * each peer that has the pass (checked against the float64 reference first), timed side by side in
 * one process, in interleaved rounds: each is warmed up once, then every round times a short WASM
 * peak loop, convgen and every peer (in rotated order), each for a few runs cycling through 3 input
 * sets (median of the round); the figures are the medians across rounds, with their spread, and
 * convgen/peer ratios are computed round by round. Also the WASM peak of the machine (measured once
 * at the start, at length) and the compile cost of every layer. With threads > 1 (and `scaling`),
 * convgen's 1-thread kernel of each layer and pass too (CONVGEN_1T: the layer compiled a second
 * time with threads 1, verified, timed in the same rounds), for the per-round thread scaling.
 */
import os from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { LayerSpec, Pass } from '../../src/layer/types.js';
import { PASSES } from '../../src/layer/types.js';
import { tensorSizes } from '../../src/layer/index.js';
import { flops } from '../../src/passes/index.js';
import { CompiledLayer, compileLayer, generateKernel, type CompileOptions, type Target } from '../../src/compile.js';
import type { WasmRunner } from '../../src/run/wasm.js';

type WasmLayer = CompiledLayer<WasmRunner>;
import { assembleWat } from '../../src/assemble/wasm.js';
import { LayerCase, REL_TOLERANCE, verifyKernel } from '../../src/verify/index.js';
import { activate, randomUniform, relError } from '../../src/reference/index.js';
import { collectGarbage, median } from '../../src/run/time.js';
import { measurePeak, peakMeter, relaxedSimdSupported, type PeakOptions } from './peak.js';
import { RoundTimer, roundOrder, roundPlan, type RoundTimingOptions } from './rounds.js';
import { perRoundRatios, spreadOf, summarize } from './stats.js';
import { describeSource, type TuningDb } from '../../src/tune/use.js';
import { functionBodySizes, MAX_FUNCTION_BYTES } from './wasm-size.js';
import type { InputSet, Peer, PreparedPass, UnavailablePeer } from './peers/types.js';
import { CONVGEN, CONVGEN_1T, type BenchReport, type BenchResult, type CompileCost, type MachineInfo, type RoundPeak, type RoundRatio } from './results.js';

export * from './results.js';

export interface BenchOptions {
  threads: number;
  passes: readonly Pass[];
  /** rounds per (layer, pass): each times the peak loop, convgen and every peer */
  rounds: number;
  /** timed runs per implementation in each round, at least (a run longer than minTotalMs: fewer, down to 1; rounds.ts runsFor) */
  runs: number;
  /** untimed runs of each implementation before the first round */
  warmup: number;
  /** the warm-up stops early once it has taken this long (at least one run) */
  warmupMaxMs: number;
  /** per round: fast kernels get more timed runs, up to maxRuns, until they add up to about this long */
  minTotalMs: number;
  maxRuns: number;
  /** a slow implementation whose rounds would take longer than this in all is timed in only some of them (at least 3; rounds.ts roundPlan) */
  maxImplSeconds: number;
  /** input sets cycled through between runs */
  sets: number;
  /** seed of the checked input set (set 0): the same inputs as CompiledLayer.verify({seed}) */
  seed: number;
  target: Target;
  /**
   * with threads > 1: also time convgen's 1-thread kernel (CONVGEN_1T) of every layer and pass in the
   * same rounds, for the ratio n threads / 1 thread (ignored with threads 1)
   */
  scaling: boolean;
  /** the peak measured once at the start (measurePeak); default: the best of 3 medians of 10 runs of 40 ms */
  peak?: PeakOptions;
  /** where progress lines go (stderr in the CLI) */
  log: (line: string) => void;
  /** a tuning database: convgen's kernels get its best schedules for this machine (else the default heuristic's) */
  db?: TuningDb;
}

export const DEFAULT_OPTIONS: Omit<BenchOptions, 'threads' | 'log'> = {
  passes: PASSES,
  rounds: 7,
  runs: 3,
  warmup: 5,
  warmupMaxMs: 500,
  minTotalMs: 20,
  maxRuns: 200,
  maxImplSeconds: 2,
  sets: 3,
  seed: 1,
  target: 'wasm',
  scaling: true,
};

/** "cpu family" and "model" of the first processor in /proc/cpuinfo (x86 Linux); null where the file or the field is absent. */
export function cpuFamilyModel(text?: string): { cpuFamily: number | null; cpuModel: number | null } {
  let t = text;
  if (t === undefined) {
    try {
      t = existsSync('/proc/cpuinfo') ? readFileSync('/proc/cpuinfo', 'utf8') : '';
    } catch {
      t = '';
    }
  }
  const first = t.split(/\n\s*\n/)[0] ?? '';
  const field = (name: string): number | null => {
    const m = new RegExp(`^${name}\\s*:\\s*(\\d+)\\s*$`, 'm').exec(first);
    return m ? Number(m[1]) : null;
  };
  return { cpuFamily: field('cpu family'), cpuModel: field('model') };
}

export async function machineInfo(): Promise<MachineInfo> {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    ...cpuFamilyModel(),
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
/**
 * Verification of every compiled pass, by pass; a verification that throws is logged and leaves the passes unverified.
 * With `lc` (a LayerCase of the same spec and seed): the same checks as layer.verify({seed}), on that
 * case, whose float64 references the peers' checks then reuse instead of computing them again.
 */
export async function verifyLayer(
  layer: CompiledLayer | undefined,
  seed: number,
  log: (message: string) => void,
  lc?: LayerCase,
): Promise<Map<Pass, { ok: boolean; relError: number; problem?: string }>> {
  const verified = new Map<Pass, { ok: boolean; relError: number; problem?: string }>();
  if (!layer) return verified;
  try {
    if (lc && (lc.seed !== seed || lc.spec !== layer.spec)) throw new Error('verifyLayer: the case is not of this layer and seed');
    let results;
    if (lc) {
      results = [];
      for (const k of layer.kernels.values()) results.push(await verifyKernel(k, lc, layer.target));
    } else results = (await layer.verify({ seed })).results;
    for (const r of results) verified.set(r.pass, { ok: r.ok, relError: r.relError, problem: r.problem });
  } catch (e) {
    log(`verify FAILED: ${errMsg(e)}`);
  }
  return verified;
}

export const errMsg = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 300);

/** compileLayer with the passes to time (weight-update is compiled only when named) and the thread count (passed only when > 1). */
async function compileWithThreads(spec: LayerSpec, target: Target, threads: number, passes: readonly Pass[], db?: TuningDb): Promise<WasmLayer> {
  if (target !== 'wasm') throw new Error(`this benchmark times the wasm target (got ${target})`);
  const opts: CompileOptions & { target: 'wasm' } = { target, passes, ...(db ? { db } : {}) };
  if (threads > 1) opts.threads = threads;
  return compileLayer(spec, opts);
}

/** Each pass compiled on its own: a layer of those that compile (or none), and the others with their errors. */
async function compilePassByPass(spec: LayerSpec, target: Target, threads: number, passes: readonly Pass[], db?: TuningDb): Promise<{ layer?: WasmLayer; failed: { pass: Pass; error: string }[] }> {
  const kernels = new Map<Pass, WasmLayer['kernels'] extends ReadonlyMap<Pass, infer K> ? K : never>();
  const failed: { pass: Pass; error: string }[] = [];
  for (const pass of passes) {
    try {
      const one = await compileWithThreads(spec, target, threads, [pass], db);
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

/** An implementation being timed in the rounds of a layer and pass: its row (filled in after the rounds), its timer. */
interface Entrant {
  row: BenchResult;
  timer: RoundTimer;
  peer?: Peer;
  /** why it stopped (an exception in a warm-up or round) */
  failed?: string;
  /** the rounds it is timed in (roundPlan) */
  plan?: Set<number>;
  /** % of peak against the round's 1-thread peak (convgen-1t in a run with threads > 1) */
  singlePeak?: boolean;
}

type Verified = Awaited<ReturnType<typeof verifyLayer>>;

/** A result's per-round GFLOP/s by round index. */
function roundsByIndex(r: BenchResult): Map<number, number> {
  return new Map((r.rounds ?? []).map((g, i) => [r.roundIndex?.[i] ?? i, g]));
}

export interface PeerSet {
  peers: Peer[];
  unavailable: UnavailablePeer[];
}

/** Runs the whole benchmark over `specs`. */
export async function runBench(specs: readonly LayerSpec[], peerSet: PeerSet, options: Partial<BenchOptions> & Pick<BenchOptions, 'threads' | 'log'>): Promise<BenchReport> {
  const o: BenchOptions = { ...DEFAULT_OPTIONS, ...options };
  const { log, threads } = o;
  const scaling = o.scaling && threads > 1;
  const t0 = performance.now();
  const machine = await machineInfo();
  log(`machine: ${machine.cpu} (family ${machine.cpuFamily ?? '?'}, model ${machine.cpuModel ?? '?'}), ${machine.cores} cores, node ${machine.node}, V8 ${machine.v8}, relaxed SIMD ${machine.relaxedSimd ? 'on' : 'off'}, load average ${machine.loadAverage.join(' ')}`);
  log('peak: measuring the WASM SIMD peak (mul+add, relaxed FMA)...');
  const peak = await measurePeak(threads, o.peak);
  log(`peak: mul+add ${peak.mulAdd.toFixed(1)} GFLOP/s, FMA ${peak.fma === null ? 'unsupported' : `${peak.fma.toFixed(1)} GFLOP/s`} (1 thread)` +
    (peak.threads ? `; ${threads} threads: mul+add ${peak.threads.mulAdd.toFixed(1)}, FMA ${peak.threads.fma?.toFixed(1) ?? '-'}` : ''));
  // the short peak loop of every round: instantiated (and with threads > 1 its workers started) once
  const meter = await peakMeter(threads);
  log(`bench: ${o.rounds} rounds per layer and pass (peak loop ${meter.kind}${threads > 1 ? `, 1 and ${threads} threads` : ''}, then convgen and every peer, rotated); ` +
    `per round at least ${o.runs} timed runs (fewer for runs over ${o.minTotalMs} ms), more up to ${o.maxRuns} until ${o.minTotalMs} ms`);
  if (scaling) log(`bench: thread scaling: every layer compiled a second time with threads 1 (${CONVGEN_1T}), verified and timed in the same rounds`);

  const results: BenchResult[] = [];
  const compile: CompileCost[] = [];
  const peaks: RoundPeak[] = [];
  const ratios: RoundRatio[] = [];
  const timing: RoundTimingOptions = { runs: o.runs, warmup: o.warmup, warmupMaxMs: o.warmupMaxMs, sets: o.sets, minTotalMs: o.minTotalMs, maxRuns: o.maxRuns, maxImplSeconds: o.maxImplSeconds };

  for (const [li, spec] of specs.entries()) {
    const tag = `[${li + 1}/${specs.length} ${spec.name}]`;
    const record = (r: BenchResult) => {
      results.push(r);
      const g = (v: number) => v.toFixed(v < 1 ? 3 : 2);
      const what = r.medianMs !== null
        ? `${fmtMs(r.medianMs)} ms, ${g(r.gflops!)} GFLOP/s` + (r.spread ? ` (p20-p80 ${g(r.spread.p20)}-${g(r.spread.p80)}, min-max ${g(r.spread.min)}-${g(r.spread.max)})` : '') +
          (r.pctPeak ? `, ${r.pctPeak.median.toFixed(0)}% of peak` : '') +
          `, ${r.rounds?.length ?? 1} rounds, ${r.runs} runs, ${r.cpuPerWall?.toFixed(2) ?? '?'} cores busy` + (r.verified ? '' : ' (UNVERIFIED)')
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
        layer = await compileWithThreads(spec, o.target, threads, o.passes, o.db);
        for (const [pass, k] of layer.kernels) if (k.artifact.source?.db) log(`${tag} ${pass}: ${describeSource(k.artifact.source)}`);
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
      const partial = await compilePassByPass(spec, o.target, threads, o.passes, o.db);
      if (partial.layer) layer = partial.layer;
      const cost: CompileCost = { layer: spec.name, totalMs: NaN, generateMs: null, assembleMs: null, compileMs: null, wasmBytes: {}, largestFunctionBytes: 0, largestFunctionPass: null, withinLimit: false, error: errMsg(e) };
      if (layer) Object.assign(cost, compileCost(spec, layer, NaN, null), { withinLimit: false, error: errMsg(e) });
      compile.push(cost);
      log(`${tag} compile FAILED: ${errMsg(e)}` + (partial.failed.length < o.passes.length ? `; compiled alone: ${[...(layer?.kernels.keys() ?? [])].join(', ') || 'none'}` : ''));
      failedPass = new Map(partial.failed.map((f) => [f.pass, f.error]));
    }
    // one case for convgen's verification and the peers' checks: its float64 references are computed once
    const lc = new LayerCase(spec, o.seed);
    const tv = performance.now();
    const verified = await verifyLayer(layer, o.seed, (m) => log(`${tag} ${m}`), lc);
    log(`${tag} verified in ${((performance.now() - tv) / 1000).toFixed(1)} s`);
    const sets = inputSets(lc, o.sets);

    // the thread scaling: the same layer compiled with threads 1 (not in the compile cost), verified on the same case
    let layer1: WasmLayer | undefined;
    let failedPass1 = new Map<Pass, string>();
    let verified1: Verified = new Map();
    if (scaling) {
      const c0 = performance.now();
      try {
        layer1 = await compileWithThreads(spec, o.target, 1, o.passes, o.db);
      } catch (e) {
        const partial = await compilePassByPass(spec, o.target, 1, o.passes, o.db);
        layer1 = partial.layer;
        failedPass1 = new Map(partial.failed.map((f) => [f.pass, f.error]));
        log(`${tag} ${CONVGEN_1T}: compile FAILED: ${errMsg(e)}; compiled alone: ${[...(layer1?.kernels.keys() ?? [])].join(', ') || 'none'}`);
      }
      const c1 = performance.now();
      verified1 = await verifyLayer(layer1, o.seed, (m) => log(`${tag} ${CONVGEN_1T}: ${m}`), lc);
      log(`${tag} ${CONVGEN_1T}: compiled with threads 1 in ${(c1 - c0).toFixed(0)} ms, verified in ${((performance.now() - c1) / 1000).toFixed(1)} s`);
    }

    for (const pass of o.passes) {
      const tp = performance.now();
      const base = { layer: spec.name, pass, threads };
      /** one slot per row, in table order (convgen, then the peers); timed contestants fill theirs after the rounds */
      const slots: (BenchResult | Entrant)[] = [];
      const entrants: Entrant[] = [];
      const prepared: PreparedPass[] = [];
      // convgen (and with the scaling its 1-thread kernel): only a kernel verified in this run is timed
      const addConvgen = (impl: string, l: WasmLayer | undefined, failed: Map<Pass, string>, ver: Verified, requested: number) => {
        const v = ver.get(pass);
        if (!l || failed.has(pass) || !l.kernels.has(pass)) {
          slots.push({ ...base, impl, threads: requested, medianMs: null, gflops: null, verified: false, error: `compile failed${failed.has(pass) ? `: ${failed.get(pass)}` : ''}` });
        } else if (!v || !v.ok) {
          slots.push({ ...base, impl, threads: requested, medianMs: null, gflops: null, verified: false, relError: v?.relError, error: v ? `verification failed: ${v.problem ?? ''} (rel ${v.relError})` : 'not verified' });
        } else {
          const k = l.kernel(pass);
          // every input the kernel reads (the weight update's w, updated in place, included) is written before each run, untimed
          const names = k.inputs();
          const perSet = sets.map((s) => names.map((n) => [n, setTensor(s, n)] as const));
          const e: Entrant = {
            row: { ...base, impl, threads: kernelThreads(l, pass, requested), medianMs: null, gflops: null, verified: true, relError: v.relError },
            timer: new RoundTimer({ run: () => k.run(), prepare: (i) => { for (const [n, a] of perSet[i]!) k.write(n, a); } }, timing),
            ...(impl === CONVGEN_1T ? { singlePeak: true } : {}),
          };
          slots.push(e);
          entrants.push(e);
        }
      };
      addConvgen(CONVGEN, layer, failedPass, verified, threads);
      if (scaling) addConvgen(CONVGEN_1T, layer1, failedPass1, verified1, 1);

      for (const peer of peerSet.peers) {
        if (!peer.passes.includes(pass) || (peer.applies && !peer.applies(spec, pass))) continue;
        const pbase = { ...base, impl: peer.name, threads: peer.threads, method: peer.method(pass, spec) };
        const why = peer.skip(spec, pass);
        if (why) {
          slots.push({ ...pbase, medianMs: null, gflops: null, verified: false, skipped: why });
          continue;
        }
        try {
          const p = await peer.prepare(spec, pass, sets);
          prepared.push(p);
          const ref = lc.reference(pass);
          const c0 = performance.now();
          const out = await p.output(0);
          const checkMs = performance.now() - c0;
          const rel = relError(out, ref);
          const ok = rel <= REL_TOLERANCE;
          if (!ok) log(`${tag} ${pass} ${peer.name}: CHECK FAILED, rel error ${rel} against the float64 reference (timed anyway, left out of ratios)`);
          const e: Entrant = { row: { ...pbase, medianMs: null, gflops: null, verified: ok, relError: rel }, timer: new RoundTimer({ run: (i) => p.run(i) }, timing, checkMs), peer };
          slots.push(e);
          entrants.push(e);
        } catch (e) {
          slots.push({ ...pbase, medianMs: null, gflops: null, verified: false, error: errMsg(e) });
        }
      }

      // warm-up, once each; then the rounds: the peak loop, then every implementation (rotated), back to back
      const live = async (e: Entrant, f: () => Promise<unknown>) => {
        try {
          await f();
        } catch (err) {
          e.failed = errMsg(err);
        }
      };
      const tw = performance.now();
      for (const e of entrants) await live(e, () => e.timer.warmUp());
      for (const e of entrants) {
        e.plan = new Set(roundPlan(e.timer.estimateMs, o.rounds, timing));
        if (e.plan.size < o.rounds) log(`${tag} ${pass} ${e.row.impl}: about ${fmtMs(e.timer.estimateMs)} ms a run: timed in ${e.plan.size} of the ${o.rounds} rounds (${[...e.plan].map((r) => r + 1).join(', ')})`);
      }
      const tr = performance.now();
      const peakRounds: number[] = [];
      const singleRounds: number[] = [];
      if (entrants.some((e) => !e.failed)) {
        for (let r = 0; r < o.rounds; r++) {
          await collectGarbage();
          const pk = await meter.measure();
          peakRounds.push(threads > 1 ? pk.all : pk.single);
          singleRounds.push(pk.single);
          for (const i of roundOrder(entrants.length, r)) {
            const e = entrants[i]!;
            if (!e.failed && e.plan!.has(r)) await live(e, () => e.timer.round());
          }
        }
        peaks.push({ layer: spec.name, pass, kind: meter.kind, threads, rounds: peakRounds, ...(threads > 1 ? { single: singleRounds } : {}) });
      }
      const sec = (a: number, b: number) => `${((b - a) / 1000).toFixed(1)} s`;
      log(`${tag} ${pass}: peers prepared and checked in ${sec(tp, tw)}, warm-up ${sec(tw, tr)}, ${peakRounds.length} rounds ${sec(tr, performance.now())}`);

      for (const e of entrants) {
        if (e.failed) {
          e.row = { ...e.row, medianMs: null, gflops: null, error: e.failed };
          continue;
        }
        const t = e.timer;
        const rounds = t.roundMs.map((ms) => gflopsOf(spec, pass, ms));
        const index = [...e.plan!].sort((a, b) => a - b);
        const ref = e.singlePeak ? singleRounds : peakRounds;
        const pct = rounds.map((g, i) => (100 * g) / ref[index[i]!]!);
        e.row = {
          ...e.row, medianMs: median(t.roundMs), gflops: median(rounds), rounds, ...(index.length < peakRounds.length ? { roundIndex: index } : {}),
          roundMs: t.roundMs, spread: spreadOf(rounds),
          pctPeak: summarize(pct), runs: t.timedRuns, runsPerRound: t.roundRuns, cpuPerWall: t.cpuPerWall,
        };
        e.peer?.observe?.(spec, pass, e.row.gflops!);
      }
      for (const s of slots) record('timer' in s ? s.row : s);

      // convgen / each peer, round by round
      const cg = entrants.find((e) => e.row.impl === CONVGEN);
      if (cg?.row.rounds) {
        const byRound = roundsByIndex(cg.row);
        for (const e of entrants) {
          if (e === cg || !e.row.verified || !e.row.rounds) continue;
          // the rounds both were timed in (a slow peer sits out some)
          const mine = roundsByIndex(e.row);
          const both = [...mine.keys()].filter((r) => byRound.has(r));
          if (both.length === 0) continue;
          const rs = perRoundRatios(both.map((r) => byRound.get(r)!), both.map((r) => mine.get(r)!));
          const q: RoundRatio = { layer: spec.name, pass, peer: e.row.impl, ...summarize(rs), rounds: rs, ...(both.length < peakRounds.length ? { roundIndex: both } : {}) };
          ratios.push(q);
          const what = e.row.impl === CONVGEN_1T ? `${CONVGEN} ${threads} threads / 1 thread` : `${CONVGEN}/${e.row.impl}`;
          log(`${tag} ${pass} ${what}: ${q.median.toFixed(2)}x (p20-p80 ${q.p20.toFixed(2)}-${q.p80.toFixed(2)}, min-max ${q.min.toFixed(2)}-${q.max.toFixed(2)})`);
        }
      }

      for (const p of prepared) {
        try {
          await p.dispose();
        } catch {
          // a failed dispose loses memory, not results
        }
      }
    }
    layer?.close();
    layer1?.close();
  }

  for (const p of peerSet.peers) await p.close?.();
  await meter.close();
  const allPeaks = peaks.flatMap((p) => p.rounds);
  return {
    machine,
    peak: { mulAdd: peak.mulAdd, fma: peak.fma, ...(peak.threads ? { threads: peak.threads } : {}) },
    ...(allPeaks.length ? { roundPeak: { kind: meter.kind, threads, count: allPeaks.length, ...summarize(allPeaks) } } : {}),
    threads,
    options: { rounds: o.rounds, runs: o.runs, warmup: o.warmup, sets: o.sets, seed: o.seed, passes: o.passes, minTotalMs: o.minTotalMs, maxRuns: o.maxRuns, maxImplSeconds: o.maxImplSeconds, ...(threads > 1 ? { scaling } : {}) },
    peers: [
      ...peerSet.peers.map((p) => ({ name: p.name, threads: p.threads, available: true })),
      ...peerSet.unavailable.map((p) => ({ name: p.name, threads: null, available: false, reason: p.reason })),
    ],
    results,
    peaks,
    ratios,
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

