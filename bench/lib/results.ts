/** What a benchmark run produces (the JSON's shape), shared by the runner and the report writers. */
import type { LayerSpec, Pass } from '../../src/layer/types.js';
import type { Peak } from './peak.js';
import type { Spread, Summary } from './stats.js';

export type { Spread, Summary } from './stats.js';

export const CONVGEN = 'convgen';
/**
 * With `--threads n` (n > 1, unless --no-scaling): convgen's kernel of the same layer and pass compiled
 * with threads 1, verified and timed in the same rounds; its per-round ratio (`ratios[]`, peer
 * 'convgen-1t') is the thread scaling, convgen(n threads) / convgen(1 thread).
 */
export const CONVGEN_1T = 'convgen-1t';
/** The peers, in the order tables and charts show them. */
export const PEER_NAMES = ['tfjs-wasm', 'tfjs-cpu', 'ort-web', 'ort-node'] as const;
/** What convgen's WGSL kernels are timed beside (`--target webgpu`), in table order. */
export const GPU_PEER_NAMES = ['naive-wgsl', 'tfjs-webgpu'] as const;

export interface BenchResult {
  layer: string;
  pass: Pass;
  impl: string;
  threads: number;
  /**
   * null when it was not timed (skipped, failed, or a convgen kernel that failed verification).
   * wasm: the median across rounds of each round's median run time.
   */
  medianMs: number | null;
  /** wasm: the median across rounds of each round's GFLOP/s */
  gflops: number | null;
  /** wasm: GFLOP/s of each round (round r of every implementation of a layer and pass ran back to back) */
  rounds?: number[];
  /**
   * wasm: which rounds (0-based) `rounds` are of, where the implementation sat out some (a slow one:
   * see --max-impl-seconds); absent: all of them, in order
   */
  roundIndex?: number[];
  /** wasm: each round's median run time, ms */
  roundMs?: number[];
  /** wasm: the spread of `rounds` (GFLOP/s) */
  spread?: Spread;
  /**
   * wasm: 100 x GFLOP/s over the same round's reference peak (FMA, all threads with threads > 1; for
   * convgen-1t the same round's 1-thread peak): median and spread across rounds
   */
  pctPeak?: Summary;
  /** wasm: timed runs in each round (the median of them is the round's figure) */
  runsPerRound?: number[];
  /** the output matched the float64 reference (rel <= 1e-5) in this run */
  verified: boolean;
  relError?: number;
  /** timed runs in all (wasm: over all rounds) */
  runs?: number;
  /** process CPU time / wall time over the timed runs: about how many cores the implementation kept busy */
  cpuPerWall?: number;
  /** what the peer ran */
  method?: string;
  /** webgpu target: how the time was taken: GPU timestamps around the compute passes, or wall time to onSubmittedWorkDone */
  timing?: 'timestamp' | 'wall';
  /** why it was not run */
  skipped?: string;
  /** what went wrong */
  error?: string;
}

export interface CompileCost {
  layer: string;
  /** wall time of compileLayer for all passes: generate + assemble + WebAssembly compile (+ instantiate) */
  totalMs: number;
  /** the same three stages timed one by one (single-thread kernels, default schedules) */
  generateMs: number | null;
  assembleMs: number | null;
  compileMs: number | null;
  /** .wasm bytes of each pass */
  wasmBytes: Partial<Record<Pass, number>>;
  largestFunctionBytes: number;
  largestFunctionPass: Pass | null;
  /** every function is at most MAX_FUNCTION_BYTES */
  withinLimit: boolean;
  error?: string;
}

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGiB: number;
  platform: string;
  arch: string;
  node: string;
  v8: string;
  relaxedSimd: boolean;
  /** /proc/cpuinfo "cpu family" and "model" (of the first processor); null where there is no /proc/cpuinfo (absent in older JSON) */
  cpuFamily?: number | null;
  cpuModel?: number | null;
  /** os.loadavg() when the run started: 1, 5, 15 minutes (other work on the machine skews timings) */
  loadAverage: number[];
  date: string;
}

/** The peak loop timed at the start of each round of a layer and pass. */
export interface RoundPeak {
  layer: string;
  pass: Pass;
  /** the loop: relaxed FMA where the engine has it, else mul+add */
  kind: 'fma' | 'mulAdd';
  /** threads running it at once (the run's --threads; the reference of "% of peak") */
  threads: number;
  /** GFLOP/s of each round (all threads summed) */
  rounds: number[];
  /** with threads > 1: one thread's GFLOP/s in each round too */
  single?: number[];
}

/** convgen over a peer on one layer and pass, computed round by round: convgen's GFLOP/s in round r / the peer's in round r. */
export interface RoundRatio extends Summary {
  layer: string;
  pass: Pass;
  peer: string;
  rounds: number[];
  /** which rounds (0-based) `rounds` are of, where the peer sat out some; absent: all, in order */
  roundIndex?: number[];
}

export interface BenchReport {
  machine: MachineInfo;
  /** measured once at the start: the best of 3 medians of each loop */
  peak: { mulAdd: number; fma: number | null; threads?: Peak['threads'] };
  /** the peak of every round of the whole run (RoundPeak.rounds, all layers and passes): median and spread; absent in older JSON */
  roundPeak?: Summary & { kind: 'fma' | 'mulAdd'; threads: number; count: number };
  threads: number;
  /**
   * runs, minTotalMs, maxRuns: per round (older JSON, without rounds: per implementation);
   * warmup: untimed runs before the first round
   */
  options: { runs: number; warmup: number; sets: number; seed: number; passes: readonly Pass[]; minTotalMs: number; maxRuns: number; rounds?: number; maxImplSeconds?: number; scaling?: boolean };
  peers: { name: string; threads: number | null; available: boolean; reason?: string }[];
  results: BenchResult[];
  /** the peak loop of each round of each layer and pass (absent in older JSON) */
  peaks?: RoundPeak[];
  /**
   * convgen / each peer, per round, where both were timed and verified (absent in older JSON); with
   * threads > 1, peer 'convgen-1t' (CONVGEN_1T): the thread scaling, n threads / 1 thread
   */
  ratios?: RoundRatio[];
  compile: CompileCost[];
  layers: { name: string; flops: Partial<Record<Pass, number>>; spec: LayerSpec }[];
  totalSeconds: number;
}


/** The adapter a webgpu run used (GpuAdapterInfo of src/run/webgpu.ts, without the limits and features). */
export interface GpuMachineInfo {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** the device has 'timestamp-query' (then kernels are timed with GPU timestamps) */
  timestampQuery: boolean;
  /** the Vulkan ICD the loader was pointed at, when VK_ICD_FILENAMES was set */
  vkIcd?: string;
  limits: Record<string, number>;
  features: string[];
  /**
   * Driver settings from the environment at the start (VK_ICD_FILENAMES, MESA_SHADER_CACHE_DISABLE,
   * MESA_SHADER_CACHE_DIR, LP_NUM_THREADS...): lavapipe compiles a shader at its first dispatch, and
   * Mesa's disk cache decides whether that costs seconds or milliseconds.
   */
  env?: Record<string, string>;
}

/** webgpu target: what it costs to make a layer's kernels. */
export interface PipelineCost {
  layer: string;
  /** the passes compiled (normally all four) */
  passes: Pass[];
  /** wall time of compileLayer(spec, { target: 'webgpu' }): schedule, lower, emit WGSL, shader module, pipelines, buffers */
  compileLayerMs: number | null;
  /** shader module + createComputePipelineAsync of every stage, summed over the passes (WebGpuKernel.pipelineMs) */
  pipelineMs: number | null;
  perPass: Partial<Record<Pass, number>>;
  /**
   * The first run of each kernel, summed over the passes, minus its median run time: what the driver
   * still does at the first dispatch (lavapipe compiles a compute shader to machine code there).
   */
  firstDispatchExtraMs: number | null;
  /** the naive kernels' pipelineMs, summed */
  naivePipelineMs: number | null;
  error?: string;
}

/** The JSON of `bench --target webgpu`: the wasm report's shape, with the adapter and pipeline costs in place of peak and compile cost. */
export interface GpuBenchReport {
  target: 'webgpu';
  machine: MachineInfo & { gpu: GpuMachineInfo };
  /** GPU kernels have no thread count: every row says 1 (one device queue) */
  threads: 1;
  options: { runs: number; warmup: number; seed: number; passes: readonly Pass[]; minTotalMs: number; maxRuns: number; maxRunSeconds: number };
  peers: { name: string; threads: number | null; available: boolean; reason?: string }[];
  results: BenchResult[];
  pipeline: PipelineCost[];
  layers: { name: string; flops: Partial<Record<Pass, number>>; spec: LayerSpec }[];
  totalSeconds: number;
}

/** Either benchmark's report. */
export type AnyBenchReport = BenchReport | GpuBenchReport;

export const isGpuReport = (r: AnyBenchReport): r is GpuBenchReport => (r as Partial<GpuBenchReport>).target === 'webgpu';
