/**
 * The benchmark: `npm run bench -- --suite ../shared/bench/suite.json --threads 1 --json out.json`.
 * convgen and its peers, every layer and pass, side by side in this one process, in interleaved
 * rounds (--rounds: each times a short peak loop, convgen and every peer on the same layer and pass;
 * with --threads n > 1 also convgen's 1-thread kernel, for the thread scaling, unless --no-scaling);
 * progress on stderr, the Markdown tables on stdout; results.md, chart.svg and results.json in --out.
 * `--target webgpu`: convgen's WGSL kernels beside a naive WGSL kernel and tfjs-webgpu (bench/lib/gpu.ts).
 */
import { enableRelaxedSimd } from './lib/peak.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { readSpecFile } from '../src/layer/parse.js';
import { SpecError } from '../src/layer/errors.js';
import { PASSES, type LayerSpec, type Pass } from '../src/layer/types.js';
import { TARGETS, type Target } from '../src/compile.js';
import { CONVGEN, CONVGEN_1T, DEFAULT_OPTIONS, loadPeers, PEER_NAMES, runBench } from './lib/suite.js';
import { GPU_PEER_NAMES, type AnyBenchReport } from './lib/results.js';
import { resultsMarkdown, summaryMarkdown } from './lib/report.js';
import { svgChart } from './lib/svg.js';
import { openTuningDb, type TuningDb } from '../src/tune/use.js';

// Relaxed SIMD is behind a flag in Node 20; it must be on before the first module compiles.
enableRelaxedSimd();

const positiveInt = (min: number) => (v: string): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`must be an integer >= ${min}`);
  return n;
};

const list = (v: string): string[] => v.split(',').map((s) => s.trim()).filter(Boolean);

function pick<T extends string>(what: string, given: string[] | undefined, allowed: readonly T[]): T[] | undefined {
  if (!given) return undefined;
  const bad = given.filter((g) => !(allowed as readonly string[]).includes(g));
  if (bad.length) throw new InvalidArgumentError(`unknown ${what}: ${bad.join(', ')} (allowed: ${allowed.join(', ')})`);
  return given as T[];
}

interface Opts {
  suite: string;
  threads: number;
  json?: string;
  out: string;
  layers?: string[];
  passes?: string[];
  peers?: string[] | false;
  rounds: number;
  runs?: number;
  warmup: number;
  minTime?: number;
  maxImplSeconds: number;
  seed: number;
  target: Target;
  maxRunSeconds: number;
  scaling: boolean;
  db?: string;
}

async function main(argv: string[]): Promise<number> {
  const program = new Command('bench')
    .description('Times convgen kernels and peer libraries (tfjs-wasm, tfjs-cpu, onnxruntime-web, onnxruntime-node; with --target webgpu: naive-wgsl, tfjs-webgpu) on every layer and pass of a suite, side by side in one process.')
    .option('--suite <file>', 'layer suite (JSON, the format of ../shared/bench/suite.json)', 'bench/suite.json')
    .option('--threads <n>', 'threads for convgen and the peers that can use them; n > 1: convgen\'s 1-thread kernel is timed too (convgen-1t), for the ratio n threads / 1 thread', positiveInt(1), 1)
    .option('--no-scaling', 'with --threads n > 1: do not time convgen\'s 1-thread kernels (no thread scaling)')
    .option('--json <file>', 'also write the JSON results here')
    .option('--out <dir>', 'folder for results.md, chart.svg and results.json', 'bench-results')
    .option('--layers <names>', 'comma-separated layer names (default: all in the suite)', list)
    .option('--passes <names>', `comma-separated passes (default: ${PASSES.join(',')})`, list)
    .option('--peers <names>', `comma-separated peers (default: ${PEER_NAMES.join(',')}; webgpu: ${GPU_PEER_NAMES.join(',')})`, list)
    .option('--no-peers', 'convgen only')
    .option('--rounds <n>', 'rounds per layer and pass, each timing the peak loop, convgen and every peer back to back; figures are medians across rounds, with their spread', positiveInt(1), DEFAULT_OPTIONS.rounds)
    .option('--runs <n>', `timed runs per implementation in each round, at least (median taken; a run longer than --min-time: fewer, down to 1) (default: ${DEFAULT_OPTIONS.runs}; webgpu: 10, in all)`, positiveInt(1))
    .option('--warmup <n>', 'untimed runs of each implementation before the first round (stopping after about 0.5 s)', positiveInt(0), 5)
    .option('--min-time <ms>', `per round, fast kernels get more timed runs (up to 200) until they add up to this (default: ${DEFAULT_OPTIONS.minTotalMs}; webgpu: 200, in all)`, positiveInt(0))
    .option('--max-impl-seconds <s>', 'a slow implementation (one run per round) whose rounds would take longer than this is timed in only some rounds (at least 3, spread evenly; 0: all)', positiveInt(0), DEFAULT_OPTIONS.maxImplSeconds)
    .option('--seed <n>', 'seed of the checked input set', positiveInt(0), 1)
    .addOption(new Option('--target <target>', 'code target').choices(TARGETS as string[]).default('wasm'))
    .option('--db <file>', "tuning database (convgen tune): convgen's kernels get its best schedules for this machine, else the default heuristic's")
    .option('--max-run-seconds <s>', 'webgpu: a peer whose one run takes longer is not timed', positiveInt(1), 3)
    .addHelpText('after', `
Examples:
  $ npm run bench -- --suite ../shared/bench/suite.json --threads 1 --json out.json
  $ npm run bench -- --suite ../shared/bench/suite.json --threads 2 --out bench-results-2t
  $ npm run bench -- --layers res3x3 --passes forward --threads 2 --no-scaling
  $ npm run bench -- --layers res3x3,pw1x1 --passes forward --peers ort-node
  $ npm run bench -- --layers lenet2 --passes forward,input-grad --rounds 3 --out /tmp/bench-quick
  $ npm run bench -- --layers dw3x3 --passes forward --peers tfjs-wasm --rounds 15 --min-time 60
  $ npm run bench -- --target webgpu --suite bench/suite.json --out bench-results-webgpu`);
  program.parse(argv);
  const o = program.opts<Opts>();

  let specs;
  try {
    specs = readSpecFile(o.suite);
  } catch (e) {
    if (e instanceof SpecError) {
      console.error(`error: ${e.message}`);
      return 2;
    }
    throw e;
  }
  let passes: Pass[], peerNames: string[] | undefined;
  try {
    if (o.layers) {
      const names = specs.map((s) => s.name);
      pick('layer', o.layers, names);
      specs = specs.filter((s) => o.layers!.includes(s.name));
    }
    passes = pick('pass', o.passes, PASSES) ?? [...PASSES];
    peerNames = o.peers === false ? [] : pick('peer', o.peers, o.target === 'webgpu' ? GPU_PEER_NAMES : PEER_NAMES);
  } catch (e) {
    console.error(`error: ${(e as Error).message}`);
    return 2;
  }

  const log = (line: string) => process.stderr.write(`${line}\n`);
  let db: TuningDb | undefined;
  if (o.db !== undefined) {
    try {
      db = openTuningDb(o.db);
    } catch (e) {
      console.error(`error: --${(e as Error).message}`);
      return 2;
    }
    for (const p of db.problems ?? []) log(`warning: ${p.file}:${p.line}: skipped: ${p.message}`);
    log(`bench: schedules from the tuning database ${o.db} where it has them for this machine (${db.records.length} records)`);
  }
  if (o.target === 'webgpu') return gpuMain(o, specs, passes, peerNames, log, db);
  log(`bench: ${specs.length} layers x ${passes.length} passes, ${o.threads} thread${o.threads > 1 ? 's' : ''}, suite ${o.suite}`);
  const peerSet = await loadPeers(o.threads, peerNames);
  for (const p of peerSet.peers) log(`peer ${p.name}: ${p.threads} thread${p.threads > 1 ? 's' : ''}, passes ${p.passes.join(', ')}`);
  for (const p of peerSet.unavailable) log(`peer ${p.name}: UNAVAILABLE: ${p.reason}`);

  const report = await runBench(specs, peerSet, {
    threads: o.threads, passes, rounds: o.rounds, runs: o.runs ?? DEFAULT_OPTIONS.runs, warmup: o.warmup, minTotalMs: o.minTime ?? DEFAULT_OPTIONS.minTotalMs,
    maxImplSeconds: o.maxImplSeconds, seed: o.seed, target: o.target, scaling: o.scaling, log, ...(db ? { db } : {}),
  });

  mkdirSync(o.out, { recursive: true });
  const json = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(join(o.out, 'results.json'), json);
  writeFileSync(join(o.out, 'results.md'), resultsMarkdown(report));
  writeFileSync(join(o.out, 'chart.svg'), svgChart(report));
  if (o.json) {
    mkdirSync(dirname(o.json), { recursive: true });
    writeFileSync(o.json, json);
  }

  console.log(summaryMarkdown(report));
  log(`bench: done in ${report.totalSeconds.toFixed(0)} s; wrote ${join(o.out, 'results.md')}, ${join(o.out, 'chart.svg')}, ${join(o.out, 'results.json')}${o.json ? `, ${o.json}` : ''}`);

  const failed = report.results.filter((r) => (r.impl === CONVGEN || r.impl === CONVGEN_1T) && !r.verified);
  const tooBig = report.compile.filter((c) => !c.withinLimit);
  if (failed.length) log(`bench: ${failed.length} convgen kernel(s) failed verification: ${failed.map((r) => `${r.layer} ${r.pass}${r.impl === CONVGEN_1T ? ' (1 thread)' : ''}`).join(', ')}`);
  if (tooBig.length) log(`bench: functions over 1 MB (or compile failed) in: ${tooBig.map((c) => c.layer).join(', ')}`);
  return failed.length || tooBig.length ? 1 : 0;
}

function writeOutputs(o: Opts, report: AnyBenchReport): void {
  mkdirSync(o.out, { recursive: true });
  const json = JSON.stringify(report, null, 2) + '\n';
  writeFileSync(join(o.out, 'results.json'), json);
  writeFileSync(join(o.out, 'results.md'), resultsMarkdown(report));
  writeFileSync(join(o.out, 'chart.svg'), svgChart(report));
  if (o.json) {
    mkdirSync(dirname(o.json), { recursive: true });
    writeFileSync(o.json, json);
  }
}

/** `--target webgpu`: convgen's WGSL kernels, the naive WGSL kernels and tfjs-webgpu on the process' WebGPU device. */
async function gpuMain(o: Opts, specs: LayerSpec[], passes: Pass[], peers: string[] | undefined, log: (line: string) => void, db?: TuningDb): Promise<number> {
  const { runGpuBench, NAIVE } = await import('./lib/gpu.js');
  const { NoGpuError } = await import('../src/run/webgpu.js');
  log(`bench: webgpu, ${specs.length} layers x ${passes.length} passes, suite ${o.suite}${o.threads > 1 ? ' (--threads does not apply to webgpu)' : ''}${o.rounds !== DEFAULT_OPTIONS.rounds ? ' (--rounds does not apply to webgpu)' : ''}`);
  let report;
  try {
    report = await runGpuBench(specs, {
      passes, warmup: o.warmup, seed: o.seed, maxRunSeconds: o.maxRunSeconds, peers, log, ...(db ? { db } : {}),
      // unset: GPU_DEFAULT_OPTIONS' (10 runs, 200 ms)
      ...(o.runs !== undefined ? { runs: o.runs } : {}),
      ...(o.minTime !== undefined ? { minTotalMs: o.minTime } : {}),
    });
  } catch (e) {
    if (e instanceof NoGpuError) {
      console.error(`bench: ${e.message}`);
      return 3;
    }
    throw e;
  }
  writeOutputs(o, report);
  console.log(summaryMarkdown(report));
  log(`bench: done in ${report.totalSeconds.toFixed(0)} s; wrote ${join(o.out, 'results.md')}, ${join(o.out, 'chart.svg')}, ${join(o.out, 'results.json')}${o.json ? `, ${o.json}` : ''}`);
  const failed = report.results.filter((r) => (r.impl === CONVGEN || r.impl === NAIVE) && (!r.verified || r.medianMs === null) && !r.skipped);
  if (failed.length) log(`bench: ${failed.length} WGSL kernel(s) failed verification or could not run: ${failed.map((r) => `${r.layer} ${r.pass} ${r.impl}`).join(', ')}`);
  return failed.length ? 1 : 0;
}

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    process.exitCode = 1;
  },
);
