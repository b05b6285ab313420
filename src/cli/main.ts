/** The convgen command line: commander commands over the stages, nothing else. */
import { Command, CommanderError, Option } from 'commander';
import { join } from 'node:path';
import { SpecError } from '../layer/errors.js';
import { parseSpec, readSpecFile, describeSpec } from '../layer/parse.js';
import { flops, passDecl, tensorExtent } from '../passes/index.js';
import { tensorShapes } from '../layer/layout.js';
import type { LayerInput, LayerSpec, Pass } from '../layer/types.js';
import { PASSES } from '../layer/types.js';
import { compileLayer, DEFAULT_PASSES, layerArtifacts, loadLayer, TARGETS, type Target, type VerifyReport } from '../compile.js';
import { describeSchedule, MAX_THREADS } from '../schedule/index.js';
import { relaxedSimdSupported } from '../run/wasm.js';
import { readNpy, readNpyFile, writeNpy, type NpyArray } from '../io/npy.js';
import { errnoReason, InputFileError, readInputFile, statInputFile } from '../layer/input-file.js';
import { checkOutDir, OutputError, writeOutput, type FileSet } from './output.js';
import { addLayerFlags, layerFlags, type LayerFlagOptions } from './layer-flags.js';
import { table } from './table.js';
import { timeSync } from '../run/time.js';
import { GENERATOR_VERSION } from '../version.js';
import type { VerifyResult } from '../verify/index.js';
import { mergeDbs } from '../tune/db.js';
import { describeSource, openTuningDb, type ScheduleSource, type TuningDb } from '../tune/use.js';
import type { Schedule } from '../schedule/index.js';
import { tuneCommand, tuneReportCommand } from './tune.js';
import { buildPackage } from '../aot/build.js';
import { TuneUsageError } from './tune-options.js';
import { OnnxUsageError, onnxSpecs, runOnnxCommand } from './onnx.js';

/** Bad input from the user: exit code 2, message only. */
class UsageError extends Error {}

const EXAMPLES = {
  compile: `
Examples:
  $ convgen compile --ci 3 --h 32 --w 32 --co 8 --k 3 --l 3 --pad 1 --act relu --name conv1 --out generated
  $ convgen compile --spec ../shared/bench/suite.json --layout nhwc --passes forward,input-grad --out out/
`,
  verify: `
Examples:
  $ convgen verify --ci 3 --h 32 --w 32 --co 8 --k 3 --l 3 --stride 2 --pad same
  $ convgen verify --spec ../shared/bench/suite.json --target wasm --json
`,
  run: `
Examples:
  $ convgen run --pass forward --x x.npy --w w.npy --b b.npy --pad 1 --act relu --out out/
  $ convgen run --pass backward --x x.npy --w w.npy --y y.npy --dy dy.npy --pad 1 --act relu --out out/
  $ convgen run --pass weight-update --lr 0.01 --x x.npy --w w.npy --y y.npy --dy dy.npy --pad 1 --act relu --out out/
  $ convgen run --pass forward --x x.npy --w w.npy --b b.npy --groups 4 --out out/    # w is [Co, Ci/4, K, L]
  Shape fields not given as flags are read off x.npy and w.npy (in the layout's axis order);
  groups are not: give --groups G for grouped weights (their channel axis holds Ci/G).
`,
};

function targetOption(): Option {
  return new Option('--target <target>', 'code target').choices(TARGETS as string[]).default('wasm');
}

/** --threads and --fma/--no-fma: what the default schedules may use. */
function codeOptions(cmd: Command): Command {
  return cmd
    .option('--threads <n>', `worker threads per kernel, 1..${MAX_THREADS}`, '1')
    .option('--fma', 'fused multiply-add (f32x4.relaxed_madd); default: when the engine has relaxed SIMD')
    .option('--no-fma', 'multiply then add (portable wasm SIMD)');
}

function compileOptionsFrom(o: Record<string, unknown>): { threads: number; fma?: boolean } {
  const text = String(o.threads ?? '1');
  const threads = Number(text);
  if (!/^\d+$/.test(text) || threads < 1 || threads > MAX_THREADS) throw new UsageError(`--threads: got ${JSON.stringify(text)}; must be an integer in 1..${MAX_THREADS}`);
  if (o.fma === true && !relaxedSimdSupported()) throw new UsageError('--fma: this engine does not run relaxed SIMD (f32x4.relaxed_madd); use --no-fma');
  return { threads, ...(typeof o.fma === 'boolean' ? { fma: o.fma } : {}) };
}

function dbOption(cmd: Command): Command {
  return cmd.option('--db <file>', "tuning database (from convgen tune): each pass gets its best schedule for this machine, else the default heuristic's");
}

/** --db, read once: bad lines warned about, a missing file a usage error. */
function dbFrom(o: Record<string, unknown>): TuningDb | undefined {
  if (o.db === undefined) return undefined;
  let db: TuningDb;
  try {
    db = openTuningDb(String(o.db));
  } catch (e) {
    throw new UsageError(`--${(e as Error).message}`);
  }
  for (const p of db.problems ?? []) say(`warning: ${p.file}:${p.line}: skipped: ${p.message}`);
  return db;
}

/** One stderr line per kernel saying where its schedule came from (with --db). */
function sayScheduleSources(layer: string, artifacts: Iterable<[Pass, { source?: ScheduleSource; schedule: Schedule }]>): void {
  for (const [pass, a] of artifacts) if (a.source && a.source.db) say(`${layer} ${pass}: ${describeSchedule(a.schedule)} from ${describeSource(a.source)}`);
}

function specOption(cmd: Command): Command {
  return cmd
    .option('--spec <file>', 'JSON file with one layer or {"layers": [...]}; layer flags override its values')
    .option('--onnx <model>', "ONNX model (.onnx): its Conv nodes as layers (the nodes convgen cannot compile are listed with the reason); layer flags override their values");
}

/** Layers from --spec (with flags as overrides) or from the flags alone. */
function specsFrom(o: Record<string, string | undefined>, extra: Partial<LayerInput> = {}, flagOpts: LayerFlagOptions = {}): LayerSpec[] {
  const flags = { ...extra, ...layerFlags(o, flagOpts) };
  if (o.onnx !== undefined) {
    if (o.spec !== undefined) throw new UsageError('--onnx and --spec: give one source of layers');
    return onnxSpecs(o.onnx, flags, say);
  }
  return o.spec !== undefined ? readSpecFile(o.spec, flags) : [parseSpec(flags)];
}

function passesFrom(text: string | undefined): Pass[] {
  if (text === undefined) return [...DEFAULT_PASSES];
  const passes = text.split(',').map((p) => p.trim());
  const bad = passes.filter((p) => !(PASSES as readonly string[]).includes(p));
  if (bad.length > 0 || passes.length === 0) {
    throw new UsageError(`--passes: got ${JSON.stringify(text)}; each must be one of ${PASSES.join(', ')}`);
  }
  const twice = passes.find((p, i) => passes.indexOf(p) !== i);
  if (twice) throw new UsageError(`--passes: got ${JSON.stringify(text)}; ${twice} is named twice (each pass at most once)`);
  return passes as Pass[];
}

function seedFrom(text: string | undefined): number {
  const t = text ?? '1';
  const seed = Number(t);
  // the regex: Number('') and Number(' ') are 0, Number('0x10') is 16
  if (!/^\d+$/.test(t) || seed > 2 ** 31) throw new UsageError(`--seed: got ${JSON.stringify(text)}; must be an integer in 0..2147483648`);
  return seed;
}

/** --out, checked before any compile work (nothing is created until the result is written). */
function outFrom(out: string | undefined, what: string): string {
  if (out === undefined) throw new UsageError(`--out: missing; give the folder to write ${what} into`);
  checkOutDir(out);
  return out;
}

/** The manifest of a compile: what this command wrote, one entry per layer. */
function manifestText(target: string, layers: unknown[]): string {
  return JSON.stringify({ generator: `convgen ${GENERATOR_VERSION}`, target, layers }, null, 2) + '\n';
}

const fmtRel = (r: number) => (Number.isFinite(r) ? r.toExponential(2) : String(r));
const say = (s: string) => process.stderr.write(s + '\n');

async function compileCommand(o: Record<string, string | undefined> & { verify?: boolean }): Promise<number> {
  const out = outFrom(o.out, 'DIR/<layer>/<pass>.wat and .wasm');
  const specs = specsFrom(o);
  const passes = passesFrom(o.passes);
  const code = compileOptionsFrom(o);
  const db = dbFrom(o);
  const folders: Record<string, FileSet> = {};
  const manifest: unknown[] = [];
  const rows: (string | number)[][] = [];
  let failed = 0;
  for (const spec of specs) {
    say(`compiling ${describeSpec(spec)}`);
    // emitting needs no device: only verification loads the kernels (--no-verify writes WGSL without an adapter)
    const artifacts = await layerArtifacts(spec, { target: o.target as Target, passes, ...code, db });
    sayScheduleSources(spec.name, artifacts);
    let report: VerifyReport | undefined;
    if (o.verify !== false) {
      const layer = await loadLayer(spec, o.target as Target, artifacts);
      try {
        report = await layer.verify({ seed: 1 });
      } finally {
        layer.close();
      }
    }
    const files: FileSet = {};
    const kernels: unknown[] = [];
    for (const [pass, a] of artifacts) {
      const v = report?.results.find((r) => r.pass === pass);
      if (v && !v.ok) failed++;
      Object.assign(files, a.files);
      kernels.push({ pass, schedule: a.schedule, scheduleSource: a.source ?? { from: 'default' }, files: Object.keys(a.files), abi: a.abi, relError: v?.relError ?? null, verified: v?.ok ?? false });
      rows.push([spec.name, pass, describeSchedule(a.schedule), ...Object.values(a.files).map((f) => f.length), v ? fmtRel(v.relError) : 'skipped', v ? (v.ok ? 'ok' : 'FAIL') : '-']);
    }
    folders[spec.name] = files;
    manifest.push({ layer: spec.name, spec: describeSpec(spec), kernels });
  }
  const sizes = o.target === 'webgpu' ? ['wgsl bytes'] : ['wat bytes', 'wasm bytes'];
  console.log(table(['layer', 'pass', 'schedule', ...sizes, 'rel error', 'verified'], rows));
  if (failed > 0) {
    say(`error: ${failed} kernel(s) failed verification; nothing was written to ${out}`);
    return 1;
  }
  const written = writeOutput(out, folders, { 'manifest.json': manifestText(String(o.target), manifest) });
  say(`wrote ${written.length} files to ${out}`);
  return 0;
}

async function verifyCommand(o: Record<string, string | undefined> & { json?: boolean }): Promise<number> {
  const specs = specsFrom(o);
  const passes = passesFrom(o.passes);
  const seed = seedFrom(o.seed);
  const code = compileOptionsFrom(o);
  const db = dbFrom(o);
  const results: VerifyResult[] = [];
  for (const spec of specs) {
    if (!o.json) say(`verifying ${describeSpec(spec)}`);
    const layer = await compileLayer(spec, { target: o.target as Target, passes, ...code, db });
    if (!o.json) sayScheduleSources(spec.name, [...layer.kernels].map(([p, k]) => [p, k.artifact]));
    results.push(...(await layer.verify({ seed })).results);
    layer.close();
  }
  const failed = results.filter((r) => !r.ok).length;
  if (o.json) {
    const out = results.map(({ layer, pass, target, relError, ok, problem }) => ({ layer, pass, target, relError: Number.isFinite(relError) ? relError : null, ok, ...(problem ? { problem } : {}) }));
    console.log(JSON.stringify({ results: out }));
  } else {
    console.log(table(['layer', 'pass', 'target', 'rel error', 'ok'], results.map((r) => [r.layer, r.pass, r.target, fmtRel(r.relError), r.ok ? 'ok' : `FAIL: ${r.problem}`])));
    console.log(`${results.length - failed} of ${results.length} kernels verified (rel <= 1e-5, seed ${seed})`);
  }
  return failed > 0 ? 1 : 0;
}

/** Largest .npy input read: a float64 x of the biggest layer a wasm32 module holds, plus header. */
const MAX_NPY_BYTES = 2 ** 31 + 2 ** 20;
/** From a named pipe, read before its header is parsed: larger arrays must come from regular files or devices. */
const MAX_NPY_FIFO_BYTES = 256 * 2 ** 20;

/** Each input .npy of `run`, read once (a pipe can be read only once) and its note printed once. */
class NpyInputs {
  private readonly cache = new Map<string, NpyArray>();
  constructor(private readonly o: Record<string, string | undefined>) {}

  path(flag: string): string {
    return this.o[flag]!;
  }

  get(flag: string): NpyArray {
    const path = this.path(flag);
    let a = this.cache.get(flag);
    if (a) return a;
    try {
      // readNpyFile reads the header first and then only what it announces (/dev/zero fails on the
      // magic); a FIFO must not reach its blocking open(), so it is read through input-file.ts.
      const st = statInputFile(path);
      a = st.isFIFO() ? readNpy(readInputFile(path, MAX_NPY_FIFO_BYTES, 'a .npy input')) : readNpyFile(path, MAX_NPY_BYTES);
    } catch (e) {
      const why = e instanceof InputFileError || (e as NodeJS.ErrnoException).code === undefined ? (e as Error).message : errnoReason(e);
      throw new UsageError(`--${flag}: ${path}: ${why}`);
    }
    // readNpy says when it converted (e.g. float64 to float32)
    const note = a.note;
    if (note) say(`note: --${flag} ${path}: ${note}`);
    this.cache.set(flag, a);
    return a;
  }
}

/** The axes a layer's x and w arrays have, in the layout's order (what shape errors show). */
function axes(flag: 'x' | 'w', layout: string): string {
  if (flag === 'x') return layout === 'nhwc' ? '[N, H, W, Ci] (nhwc)' : '[N, Ci, H, W] (nchw)';
  return layout === 'nhwc' ? '[K, L, Ci/G, Co] (HWIO, layout nhwc)' : '[Co, Ci/G, K, L] (OIHW, layout nchw)';
}

/** A .npy input, its shape checked against the spec's. */
function readInput(inputs: NpyInputs, flag: string, shape: number[], spec: LayerSpec): Float32Array {
  const path = inputs.path(flag);
  const a = inputs.get(flag);
  if (a.shape.length !== shape.length || a.shape.some((d, i) => d !== shape[i])) {
    throw new UsageError(`--${flag}: ${path} has shape [${a.shape.join(', ')}]; the layer needs [${shape.join(', ')}]${flag === 'w' ? groupsHint(a.shape, spec) : ''}`);
  }
  return a.data;
}

/** When w's channel axis (Ci/G) says the weights are grouped but the groups were not given: which --groups fits. */
function groupsHint(wShape: number[], spec: LayerSpec): string {
  if (wShape.length !== 4) return '';
  const cig = spec.layout === 'nchw' ? wShape[1]! : wShape[2]!;
  const g = spec.Ci / cig;
  const fits = Number.isInteger(g) && g > 1 && spec.Co % g === 0;
  return ` (groups ${spec.groups}: the weights' channel axis holds Ci/groups = ${spec.Ci / spec.groups}${fits && g !== spec.groups ? `; for ${cig} channels per group give --groups ${g}` : ''})`;
}

/** Shape fields not given as flags or in --spec, read off x.npy and w.npy (which must then be rank 4). */
function shapeFromFiles(o: Record<string, string | undefined>, inputs: NpyInputs): Partial<LayerInput> {
  if (o.spec !== undefined) return {};
  const layout = o.layout === 'nhwc' ? 'nhwc' : 'nchw';
  const dims = (flag: 'x' | 'w'): number[] | undefined => {
    if (o[flag] === undefined) return undefined;
    const s = inputs.get(flag).shape;
    if (s.length !== 4) {
      throw new UsageError(`--${flag}: ${o[flag]} has shape [${s.join(', ')}] (rank ${s.length}); the layer needs a rank-4 array ${axes(flag, layout)}`);
    }
    return s;
  };
  const x = dims('x');
  const w = dims('w');
  const out: Partial<LayerInput> = {};
  if (x) [out.N, out.Ci, out.H, out.W] = layout === 'nchw' ? x : [x[0]!, x[3]!, x[1]!, x[2]!];
  if (w) [out.Co, out.K, out.L] = layout === 'nchw' ? [w[0]!, w[2]!, w[3]!] : [w[3]!, w[0]!, w[1]!];
  return out;
}

/**
 * What `run --pass` runs: the passes, the .npy inputs they need (--y always for the backward ones,
 * whatever the activation) and whether it takes --lr. What each pass writes is its result tensor
 * in the pass registry (`<result>.npy`).
 */
const RUN_COMMANDS: Record<string, { passes: Pass[]; need: string[]; lr: boolean }> = {
  forward: { passes: ['forward'], need: ['x', 'w', 'b'], lr: false },
  backward: { passes: ['input-grad', 'weight-grad', 'bias-grad'], need: ['x', 'w', 'y', 'dy'], lr: false },
  'weight-update': { passes: ['weight-update', 'bias-grad'], need: ['x', 'w', 'y', 'dy'], lr: true },
};

/** --lr: a finite number (the learning rate of `run --pass weight-update`). */
function lrFrom(text: string | undefined): number {
  // the regex: Number('') is 0, Number('0x10') is 16, Number('Infinity') is not finite
  const lr = Number(text);
  if (text === undefined || !/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(text) || !Number.isFinite(lr)) {
    throw new UsageError(`--lr: got ${JSON.stringify(text ?? null)}; must be a finite number (the learning rate, e.g. 0.01)`);
  }
  return lr;
}

async function runCommand(o: Record<string, string | undefined>): Promise<number> {
  // a one-Conv ONNX model with its own weights, on an input TensorProto (.pb) or .npy
  if (o.onnx !== undefined && o.input !== undefined) return runOnnxCommand(o, { target: o.target as Target, ...compileOptionsFrom(o) });
  const out = outFrom(o.out, 'the result .npy files');
  const cmd = o.pass === undefined ? undefined : RUN_COMMANDS[o.pass];
  if (!cmd || !Object.hasOwn(RUN_COMMANDS, o.pass!)) throw new UsageError(`--pass: got ${JSON.stringify(o.pass ?? null)}; must be one of ${Object.keys(RUN_COMMANDS).join(', ')}`);
  const pass = o.pass!;
  if (cmd.lr && o.lr === undefined) throw new UsageError(`--pass ${pass} needs --lr (the learning rate, a finite number)`);
  if (!cmd.lr && o.lr !== undefined) throw new UsageError(`--lr: only --pass weight-update takes a learning rate (got --pass ${pass})`);
  const lr = cmd.lr ? lrFrom(o.lr) : undefined;
  const missing = cmd.need.filter((f) => o[f] === undefined);
  if (missing.length > 0) throw new UsageError(`--pass ${pass} needs ${cmd.need.map((f) => `--${f}`).join(' ')}; missing ${missing.map((f) => `--${f}`).join(', ')}`);
  const inputs = new NpyInputs(o);
  const specs = specsFrom(o, shapeFromFiles(o, inputs), { widthFlagTaken: true });
  if (specs.length !== 1) throw new UsageError(`--spec: ${o.spec} holds ${specs.length} layers; run takes one (use a file with one layer)`);
  const spec = specs[0]!;
  const shapes = tensorShapes(spec);
  const t: Record<string, Float32Array> = {};
  for (const f of cmd.need) t[f] = readInput(inputs, f, f === 'dy' ? shapes.y : shapes[f as 'x' | 'w' | 'b' | 'y'], spec);
  const layer = await compileLayer(spec, { target: o.target as Target, passes: cmd.passes, ...compileOptionsFrom(o), db: dbFrom(o) });
  sayScheduleSources(spec.name, [...layer.kernels].map(([p, k]) => [p, k.artifact]));
  const files: FileSet = {};
  try {
    for (const p of cmd.passes) {
      const decl = passDecl(p);
      const result = decl.tensors(spec).find((x) => x.name === decl.result)!;
      const data = await layer.kernel(p).call({ ...t, ...(lr !== undefined ? { lr } : {}) });
      files[`${decl.result}.npy`] = writeNpy(tensorExtent(spec, result.like).shape, data);
    }
  } finally {
    layer.close();
  }
  for (const f of writeOutput(out, {}, files)) console.log(`wrote ${f}`);
  return 0;
}

function targetsFrom(text: string | undefined): ('wasm' | 'webgpu')[] {
  const list = (text ?? 'wasm').split(',').map((t) => t.trim());
  const bad = list.filter((t) => !(TARGETS as readonly string[]).includes(t));
  if (bad.length > 0 || list.length === 0 || new Set(list).size !== list.length) throw new UsageError(`--target: got ${JSON.stringify(text)}; a comma-separated list of ${TARGETS.join(', ')}, each at most once`);
  return list as ('wasm' | 'webgpu')[];
}

async function buildCommand(o: Record<string, string | undefined> & { verify?: boolean }): Promise<number> {
  const out = outFrom(o.out, 'the package (DIR/<layer>/*, DIR/index.ts, DIR/manifest.json)');
  const targets = targetsFrom(o.target);
  const specs = specsFrom(o);
  const passes = o.passes === undefined ? [...PASSES] : passesFrom(o.passes);
  const code = compileOptionsFrom(o);
  const db = dbFrom(o);
  const built = await buildPackage(specs, { targets, passes, ...code, db, verify: o.verify !== false, log: say });
  for (const k of built.kernels) if (k.scheduleSource && (k.scheduleSource as ScheduleSource).db) say(`${k.layer} ${k.pass} (${k.target}): ${describeSource(k.scheduleSource as ScheduleSource)}`);
  console.log(
    table(
      ['layer', 'pass', 'target', 'method', 'rel error', 'verified'],
      built.kernels.map((k) => [k.layer, k.pass, k.target, k.method, k.relError === null ? '-' : k.relError.toExponential(1), o.verify === false ? 'skipped' : k.verified ? 'ok' : `FAIL: ${k.problem ?? ''}`]),
    ),
  );
  if (built.failed > 0) {
    say(`error: ${built.failed} kernel(s) failed verification; nothing was written to ${out}`);
    return 1;
  }
  const written = writeOutput(out, built.folders, built.files);
  say(`wrote ${written.length} files to ${out}; use: import { ${built.classes[0]} } from './${out.replace(/\/$/, '')}/index.js' (needs convgen/runtime: npm install convgen)`);
  return 0;
}

/** The built-in example layer (res3x3 of the public benchmark suite). */
export const DEMO_LAYER: LayerInput = { name: 'res3x3', N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, stride: 1, pad: 1, act: 'relu' };

async function demoCommand(o: { out: string }): Promise<number> {
  const out = outFrom(o.out, 'the kernels');
  const spec = parseSpec(DEMO_LAYER);
  console.log(`convgen ${GENERATOR_VERSION} demo: ${describeSpec(spec)}`);
  const t0 = performance.now();
  const layer = await compileLayer(spec, { target: 'wasm' });
  console.log(`generated, assembled and compiled 4 kernels in ${(performance.now() - t0).toFixed(0)} ms`);
  const report = await layer.verify({ seed: 1 });
  const rows = report.results.map((r) => {
    const k = layer.kernel(r.pass);
    const tm = timeSync(() => k.runner.run(), 10, 3);
    return [r.pass, describeSchedule(k.schedule), fmtRel(r.relError), r.ok ? 'ok' : 'FAIL', tm.medianMs.toFixed(2), (flops(spec, r.pass) / tm.medianMs / 1e6).toFixed(2)];
  });
  console.log(table(['pass', 'schedule', 'rel error', 'verified', 'median ms', 'GFLOP/s'], rows));
  if (!report.ok) {
    layer.close();
    say(`error: a kernel failed verification; nothing was written to ${out}`);
    return 1;
  }
  // the same manifest a compile of this one layer writes, so a demo folder is a compile's folder
  const files: FileSet = {};
  const kernels = [...layer.kernels].map(([pass, k]) => {
    const kf = k.files();
    Object.assign(files, kf);
    const v = report.results.find((r) => r.pass === pass)!;
    return { pass, schedule: k.schedule, files: Object.keys(kf), abi: k.abi, relError: v.relError, verified: v.ok };
  });
  layer.close();
  writeOutput(out, { [spec.name]: files }, { 'manifest.json': manifestText('wasm', [{ layer: spec.name, spec: describeSpec(spec), kernels }]) });
  console.log(`kernels written to ${join(out, spec.name)}/ (median of 10 runs after 3 warm-up runs, 1 thread)`);
  return 0;
}

export function buildProgram(): Command {
  const program = new Command('convgen')
    .description('Compiles 2D convolution layers into shape-specialized, verified kernels (forward, input-grad, weight-grad, bias-grad).')
    .version(GENERATOR_VERSION)
    .showHelpAfterError('(run with --help for usage)');

  const compile = program.command('compile').description('generate, assemble and verify kernels; write DIR/<layer>/<pass>.wat and .wasm plus DIR/manifest.json');
  dbOption(codeOptions(specOption(addLayerFlags(compile))))
    .addOption(targetOption())
    .option('--out <dir>', 'output folder')
    .option('--passes <list>', `comma-separated passes of ${PASSES.join(',')} (default ${DEFAULT_PASSES.join(',')})`)
    .option('--no-verify', 'skip verification against the reference (the manifest then says verified: false)')
    .addHelpText('after', EXAMPLES.compile)
    .action(async (o) => {
      process.exitCode = await compileCommand(o);
    });

  const build = program
    .command('build')
    .description('ahead-of-time package: per layer every pass for each target (.wat/.wasm, .wgsl), verified, a typed TypeScript module (ts-morph), DIR/index.ts and DIR/manifest.json; at run time it needs only convgen/runtime');
  dbOption(codeOptions(specOption(addLayerFlags(build))))
    .option('--target <list>', `comma-separated targets of ${TARGETS.join(', ')}`, 'wasm')
    .option('--passes <list>', `comma-separated passes of ${PASSES.join(',')} (default: all)`)
    .option('--out <dir>', 'output folder')
    .option('--no-verify', 'skip verification (the manifest then says verified: false)')
    .addHelpText(
      'after',
      `
Examples:
  $ convgen build --spec ../shared/bench/suite.json --target wasm,webgpu --no-fma --out generated
  $ convgen build --onnx model.onnx --db tuning.jsonl --out pkg

  Then, in Node or a page (an import map for convgen/runtime):
    import { Res3x3 } from './pkg/index.js';
    const layer = await Res3x3.load('wasm');
    const y = await layer.forward(x, w, b);
`,
    )
    .action(async (o) => {
      process.exitCode = await buildCommand(o);
    });

  const verify = program.command('verify').description('verify kernels against the float64 reference on random inputs (rel <= 1e-5); exit 1 if any fails');
  dbOption(codeOptions(specOption(addLayerFlags(verify))))
    .addOption(targetOption())
    .option('--passes <list>', `comma-separated passes of ${PASSES.join(',')} (default ${DEFAULT_PASSES.join(',')})`)
    .option('--seed <n>', 'seed of the random inputs', '1')
    .option('--json', 'print {"results":[{"layer","pass","target","relError","ok"}]}')
    .addHelpText('after', EXAMPLES.verify)
    .action(async (o) => {
      process.exitCode = await verifyCommand(o);
    });

  const run = program.command('run').description('run kernels on NumPy .npy float32 inputs; write y.npy (forward), dx.npy dw.npy db.npy (backward), or w.npy db.npy (weight-update)');
  dbOption(codeOptions(specOption(addLayerFlags(run, { widthFlagTaken: true }))))
    .addOption(targetOption())
    .option('--pass <pass>', `what to run: ${Object.keys(RUN_COMMANDS).join(', ')}`)
    .option('--x <file>', 'input X (.npy)')
    .option('--w <file>', 'weights (.npy; OIHW for nchw, HWIO for nhwc); the layer width is then --width')
    .option('--b <file>', 'bias (.npy, [Co]); forward')
    .option('--y <file>', 'saved forward output Y (.npy); backward')
    .option('--dy <file>', 'gradient of the loss with respect to Y (.npy); backward, weight-update')
    .option('--lr <rate>', 'learning rate of weight-update (a finite number): writes w - lr * dW as w.npy, and db.npy')
    .option('--input <file>', "with --onnx: the model's input (a TensorProto .pb, as in ONNX's test data, or .npy); runs the forward pass with the model's own weights and writes output_0.pb and y.npy")
    .option('--out <dir>', 'output folder')
    .addHelpText('after', EXAMPLES.run)
    .action(async (o) => {
      process.exitCode = await runCommand(o);
    });

  program
    .command('demo')
    .description('compile, verify and time the four kernels of a built-in layer (res3x3)')
    .option('--out <dir>', 'where to write the kernels', 'out/demo')
    .action(async (o) => {
      process.exitCode = await demoCommand(o);
    });

  const tune = program
    .command('tune')
    .description('search the schedule space for the fastest verified kernel of each layer and pass on this machine; append every measured candidate to a tuning database (JSON lines)');
  codeOptions(specOption(addLayerFlags(tune)))
    .option('--db <file>', 'the tuning database to append to (JSON lines; created if missing, never rewritten)')
    .addOption(targetOption())
    .option('--passes <list>', `comma-separated passes of ${PASSES.join(',')} (default ${DEFAULT_PASSES.join(',')})`)
    .option('--layers <names>', 'with --spec: only these layers (comma-separated names)')
    .addOption(new Option('--strategy <name>', 'search strategy').choices(['exhaustive', 'halving', 'evolutionary']).default('evolutionary'))
    .option('--budget <time>', 'wall-clock budget of the whole sweep (this shard), e.g. 600s, 10m; split among the tasks')
    .option('--trials <n>', 'candidates measured per layer and pass at most (default 48 without --budget)')
    .option('--rounds <n>', 'interleaved rounds a finalist is timed in (exhaustive: every candidate), at least 3', '5')
    .option('--shard <i/n|auto>', 'tune only shard i of n of the (layer, pass) tasks; auto: from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX')
    .option('--shards <n>', 'with --shard auto in a Kubernetes Indexed Job: the number of completions')
    .option('--seed <n>', 'seed of the search order', '1')
    .option('--report <dir>', 'write summary.md and report.html into DIR (default: beside the database, <db>.summary.md and <db>.report.html)')
    .option('--no-report', 'write no report files (the Markdown summary still goes to stdout)')
    .option('--progress <mode>', 'bar (default on a terminal), lines (default otherwise) or none')
    .addHelpText(
      'after',
      `
Every candidate is verified against the float64 reference before it is timed; failures are recorded
with their reason and never chosen. A candidate replaces the default only when it was faster in at
least 80% of >= 3 rounds timed interleaved with the default. Resuming with the same --db measures
nothing a finished task measured.

Examples:
  $ convgen tune --spec ../shared/bench/suite.json --target wasm --budget 600s --db tuning.jsonl
  $ convgen tune --ci 16 --h 16 --w 16 --co 16 --k 3 --l 3 --pad 1 --passes forward --strategy exhaustive --trials 20 --db t.jsonl
  $ sbatch --array=0-3 --wrap 'convgen tune --spec suite.json --budget 600s --shard auto --db shard-$SLURM_ARRAY_TASK_ID.jsonl'
`,
    )
    .action(async (o) => {
      if (o.db === undefined) throw new UsageError('--db: missing; give the tuning database file to append to (JSON lines, e.g. tuning.jsonl)');
      let specs = specsFrom(o);
      if (o.layers !== undefined) {
        const names = String(o.layers).split(',').map((n) => n.trim());
        const unknown = names.filter((n) => !specs.some((s) => s.name === n));
        if (unknown.length > 0 || names.length === 0) throw new UsageError(`--layers: got ${JSON.stringify(o.layers)}; ${unknown.map((n) => JSON.stringify(n)).join(', ')} not in the spec (its layers: ${specs.map((s) => s.name).join(', ')})`);
        specs = specs.filter((s) => names.includes(s.name));
      }
      const passes = passesFrom(o.passes);
      const code = compileOptionsFrom(o);
      try {
        process.exitCode = await tuneCommand(specs, passes, code, o);
      } catch (e) {
        if (e instanceof TuneUsageError) throw new UsageError(e.message);
        throw e;
      }
    });
  tune
    .command('report')
    .description('write the Markdown summary and the HTML report (SVG charts, opens offline) of a tuning database')
    .requiredOption('--db <file>', 'the tuning database (a merged one, say)')
    .option('--out <dir>', 'folder for summary.md and report.html (default: beside the database)')
    .action((o: { db: string; out?: string }) => {
      try {
        process.exitCode = tuneReportCommand(o);
      } catch (e) {
        if (e instanceof TuneUsageError) throw new UsageError(e.message);
        throw e;
      }
    });
  tune
    .command('merge')
    .description('merge tuning databases (shard files) into a new one, every record once; corrupt lines are reported and skipped')
    .argument('<files...>', 'database files (.jsonl)')
    .requiredOption('-o, --out <file>', 'the merged database (a new file; not one of the inputs)')
    .addHelpText('after', '\nExample:\n  $ convgen tune merge shard-0.jsonl shard-1.jsonl shard-2.jsonl shard-3.jsonl -o tuning.jsonl\n')
    .action((files: string[], o: { out: string }) => {
      let r;
      try {
        r = mergeDbs(files, o.out);
      } catch (e) {
        if (e instanceof RangeError) throw new UsageError(e.message);
        throw e;
      }
      for (const p of r.problems) process.stderr.write(`warning: ${p.file}:${p.line}: skipped: ${p.message}\n`);
      process.stdout.write(`merged ${files.length} file${files.length === 1 ? '' : 's'} into ${o.out}: ${r.records} record${r.records === 1 ? '' : 's'}, ${r.duplicates} duplicate${r.duplicates === 1 ? '' : 's'} dropped, ${r.problems.length} bad line${r.problems.length === 1 ? '' : 's'} skipped\n`);
    });
  for (const c of tune.commands) c.exitOverride();
  tune.exitOverride();

  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  program.exitOverride();
  for (const c of program.commands) c.exitOverride();
  try {
    await program.parseAsync(argv);
    return Number(process.exitCode ?? 0);
  } catch (e) {
    if (e instanceof CommanderError) {
      // help and version exit 0; every other commander error is a usage error
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? 0 : 2;
    }
    if (e instanceof SpecError || e instanceof UsageError || e instanceof OutputError || e instanceof OnnxUsageError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(e as Error).message ?? String(e)}\n`);
    if (process.env.CONVGEN_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}
