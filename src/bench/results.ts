/** What a benchmark run produces (the JSON's shape), shared by the runner and the report writers. */
import type { LayerSpec, Pass } from '../spec/types.js';
import type { Peak } from './peak.js';

export const CONVGEN = 'convgen';
/** The peers, in the order tables and charts show them. */
export const PEER_NAMES = ['tfjs-wasm', 'tfjs-cpu', 'ort-web', 'ort-node'] as const;

export interface BenchResult {
  layer: string;
  pass: Pass;
  impl: string;
  threads: number;
  /** null when it was not timed (skipped, failed, or a convgen kernel that failed verification) */
  medianMs: number | null;
  gflops: number | null;
  /** the output matched the float64 reference (rel <= 1e-5) in this run */
  verified: boolean;
  relError?: number;
  runs?: number;
  /** process CPU time / wall time over the timed runs: about how many cores the implementation kept busy */
  cpuPerWall?: number;
  /** what the peer ran */
  method?: string;
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
  /** os.loadavg() when the run started: 1, 5, 15 minutes (other work on the machine skews timings) */
  loadAverage: number[];
  date: string;
}

export interface BenchReport {
  machine: MachineInfo;
  peak: { mulAdd: number; fma: number | null; threads?: Peak['threads'] };
  threads: number;
  options: { runs: number; warmup: number; sets: number; seed: number; passes: readonly Pass[]; minTotalMs: number; maxRuns: number };
  peers: { name: string; threads: number | null; available: boolean; reason?: string }[];
  results: BenchResult[];
  compile: CompileCost[];
  layers: { name: string; flops: Partial<Record<Pass, number>>; spec: LayerSpec }[];
  totalSeconds: number;
}

