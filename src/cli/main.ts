/** The convgen command line: commander commands over the stages, nothing else. */
import { Command, CommanderError, Option } from 'commander';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SpecError } from '../spec/errors.js';
import { parseSpec, readSpecFile, describeSpec } from '../spec/parse.js';
import { flops } from '../spec/derive.js';
import { tensorShapes } from '../spec/layout.js';
import type { LayerInput, LayerSpec, Pass } from '../spec/types.js';
import { PASSES } from '../spec/types.js';
import { compileLayer, TARGETS, type Target } from '../compile.js';
import { describeSchedule, MAX_THREADS } from '../schedule/index.js';
import { relaxedSimdSupported } from '../run/wasm.js';
import { readNpyFile, writeNpy } from '../io/npy.js';
import { writeOutput, type FileSet } from './output.js';
import { addLayerFlags, layerFlags, type LayerFlagOptions } from './layer-flags.js';
import { table } from './table.js';
import { timeSync } from '../bench/time.js';
import { GENERATOR_VERSION } from '../version.js';
import type { VerifyResult } from '../verify/index.js';

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
  Shape fields not given as flags are read off x.npy and w.npy (in the layout's axis order).
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

function specOption(cmd: Command): Command {
  return cmd.option('--spec <file>', 'JSON file with one layer or {"layers": [...]}; layer flags override its values');
}

/** Layers from --spec (with flags as overrides) or from the flags alone. */
function specsFrom(o: Record<string, string | undefined>, extra: Partial<LayerInput> = {}, flagOpts: LayerFlagOptions = {}): LayerSpec[] {
  const flags = { ...extra, ...layerFlags(o, flagOpts) };
  return o.spec !== undefined ? readSpecFile(o.spec, flags) : [parseSpec(flags)];
}

function passesFrom(text: string | undefined): Pass[] {
  if (text === undefined) return [...PASSES];
  const passes = text.split(',').map((p) => p.trim());
  const bad = passes.filter((p) => !(PASSES as readonly string[]).includes(p));
  if (bad.length > 0 || passes.length === 0) {
    throw new UsageError(`--passes: got ${JSON.stringify(text)}; each must be one of ${PASSES.join(', ')}`);
  }
  return passes as Pass[];
}

function seedFrom(text: string | undefined): number {
  const seed = Number(text ?? 1);
  if (!Number.isInteger(seed) || seed < 0 || seed > 2 ** 31) throw new UsageError(`--seed: got ${JSON.stringify(text)}; must be an integer in 0..2147483648`);
  return seed;
}

const fmtRel = (r: number) => (Number.isFinite(r) ? r.toExponential(2) : String(r));
const say = (s: string) => process.stderr.write(s + '\n');

async function compileCommand(o: Record<string, string | undefined> & { verify?: boolean }): Promise<number> {
  if (!o.out) throw new UsageError('--out: missing; give the folder to write DIR/<layer>/<pass>.wat and .wasm into');
  const specs = specsFrom(o);
  const passes = passesFrom(o.passes);
  const code = compileOptionsFrom(o);
  const folders: Record<string, FileSet> = {};
  const manifest: unknown[] = [];
  const rows: (string | number)[][] = [];
  let failed = 0;
  for (const spec of specs) {
    say(`compiling ${describeSpec(spec)}`);
    const layer = await compileLayer(spec, { target: o.target as Target, passes, ...code });
    const report = o.verify === false ? undefined : await layer.verify({ seed: 1 });
    const files: FileSet = {};
    const kernels: unknown[] = [];
    for (const [pass, k] of layer.kernels) {
      const v = report?.results.find((r) => r.pass === pass);
      if (v && !v.ok) failed++;
      const kf = k.files();
      Object.assign(files, kf);
      kernels.push({ pass, schedule: k.schedule, files: Object.keys(kf), relError: v?.relError ?? null, verified: v?.ok ?? false });
      rows.push([spec.name, pass, describeSchedule(k.schedule), ...Object.values(kf).map((f) => f.length), v ? fmtRel(v.relError) : 'skipped', v ? (v.ok ? 'ok' : 'FAIL') : '-']);
    }
    layer.close();
    folders[spec.name] = files;
    manifest.push({ layer: spec.name, spec: describeSpec(spec), kernels });
  }
  const sizes = o.target === 'webgpu' ? ['wgsl bytes'] : ['wat bytes', 'wasm bytes'];
  console.log(table(['layer', 'pass', 'schedule', ...sizes, 'rel error', 'verified'], rows));
  if (failed > 0) {
    say(`error: ${failed} kernel(s) failed verification; nothing was written to ${o.out}`);
    return 1;
  }
  const topLevel = { 'manifest.json': JSON.stringify({ generator: `convgen ${GENERATOR_VERSION}`, target: o.target, layers: manifest }, null, 2) + '\n' };
  const written = writeOutput(o.out, folders, topLevel);
  say(`wrote ${written.length} files to ${o.out}`);
  return 0;
}

async function verifyCommand(o: Record<string, string | undefined> & { json?: boolean }): Promise<number> {
  const specs = specsFrom(o);
  const passes = passesFrom(o.passes);
  const seed = seedFrom(o.seed);
  const code = compileOptionsFrom(o);
  const results: VerifyResult[] = [];
  for (const spec of specs) {
    if (!o.json) say(`verifying ${describeSpec(spec)}`);
    const layer = await compileLayer(spec, { target: o.target as Target, passes, ...code });
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

/** Reads a .npy input and checks its shape against the spec's. */
function readInput(flag: string, path: string, shape: number[]): Float32Array {
  let a;
  try {
    a = readNpyFile(path);
  } catch (e) {
    throw new UsageError(`--${flag}: ${path}: ${(e as Error).message}`);
  }
  if (a.shape.length !== shape.length || a.shape.some((d, i) => d !== shape[i])) {
    throw new UsageError(`--${flag}: ${path} has shape [${a.shape.join(', ')}]; the layer needs [${shape.join(', ')}]`);
  }
  return a.data;
}

/** Shape fields not given as flags or in --spec, read off x.npy and w.npy. */
function shapeFromFiles(o: Record<string, string | undefined>): Partial<LayerInput> {
  if (o.spec !== undefined) return {};
  const layout = o.layout === 'nhwc' ? 'nhwc' : 'nchw';
  const dims = (flag: string, path: string | undefined, rank: number): number[] | undefined => {
    if (path === undefined) return undefined;
    try {
      const s = readNpyFile(path).shape;
      return s.length === rank ? s : undefined;
    } catch (e) {
      throw new UsageError(`--${flag}: ${path}: ${(e as Error).message}`);
    }
  };
  const x = dims('x', o.x, 4);
  const w = dims('w', o.w, 4);
  const out: Partial<LayerInput> = {};
  if (x) [out.N, out.Ci, out.H, out.W] = layout === 'nchw' ? x : [x[0]!, x[3]!, x[1]!, x[2]!];
  if (w) [out.Co, out.K, out.L] = layout === 'nchw' ? [w[0]!, w[2]!, w[3]!] : [w[3]!, w[0]!, w[1]!];
  return out;
}

async function runCommand(o: Record<string, string | undefined>): Promise<number> {
  if (!o.out) throw new UsageError('--out: missing; give the folder to write y.npy or dx.npy, dw.npy, db.npy into');
  const pass = o.pass;
  if (pass !== 'forward' && pass !== 'backward') throw new UsageError(`--pass: got ${JSON.stringify(pass)}; must be forward or backward`);
  const need = pass === 'forward' ? ['x', 'w', 'b'] : ['x', 'w', 'y', 'dy'];
  const missing = need.filter((f) => o[f] === undefined);
  if (missing.length > 0) throw new UsageError(`--pass ${pass} needs ${need.map((f) => `--${f}`).join(' ')}; missing ${missing.map((f) => `--${f}`).join(', ')}`);
  const specs = specsFrom(o, shapeFromFiles(o), { widthFlagTaken: true });
  if (specs.length !== 1) throw new UsageError(`--spec: ${o.spec} holds ${specs.length} layers; run takes one (use a file with one layer)`);
  const spec = specs[0]!;
  const shapes = tensorShapes(spec);
  const t: Record<string, Float32Array> = {};
  for (const f of need) t[f] = readInput(f, o[f]!, f === 'dy' ? shapes.y : shapes[f as 'x' | 'w' | 'b' | 'y']);
  const passes: Pass[] = pass === 'forward' ? ['forward'] : ['input-grad', 'weight-grad', 'bias-grad'];
  const layer = await compileLayer(spec, { target: o.target as Target, passes, ...compileOptionsFrom(o) });
  const files: FileSet = {};
  if (pass === 'forward') {
    const { y } = await layer.forward({ x: t.x!, w: t.w!, b: t.b! });
    files['y.npy'] = writeNpy(shapes.y, y);
  } else {
    const { dx, dw, db } = await layer.backward({ x: t.x!, w: t.w!, y: t.y!, dy: t.dy! });
    Object.assign(files, { 'dx.npy': writeNpy(shapes.x, dx), 'dw.npy': writeNpy(shapes.w, dw), 'db.npy': writeNpy(shapes.b, db) });
  }
  mkdirSync(o.out, { recursive: true });
  for (const f of writeOutput(o.out, {}, files)) console.log(`wrote ${f}`);
  return 0;
}

/** The built-in example layer (res3x3 of the public benchmark suite). */
export const DEMO_LAYER: LayerInput = { name: 'res3x3', N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, stride: 1, pad: 1, act: 'relu' };

async function demoCommand(o: { out: string }): Promise<number> {
  const spec = parseSpec(DEMO_LAYER);
  console.log(`convgen ${GENERATOR_VERSION} demo: ${describeSpec(spec)}`);
  const t0 = performance.now();
  const layer = await compileLayer(spec, { target: 'wasm' });
  console.log(`generated, assembled and compiled 4 kernels in ${(performance.now() - t0).toFixed(0)} ms`);
  const report = await layer.verify({ seed: 1 });
  const rows = report.results.map((r) => {
    const k = layer.kernel(r.pass);
    const tm = timeSync(() => k.instance.run(), 10, 3);
    return [r.pass, describeSchedule(k.generated.lowered.schedule), fmtRel(r.relError), r.ok ? 'ok' : 'FAIL', tm.medianMs.toFixed(2), (flops(spec, r.pass) / tm.medianMs / 1e6).toFixed(2)];
  });
  console.log(table(['pass', 'schedule', 'rel error', 'verified', 'median ms', 'GFLOP/s'], rows));
  const files: FileSet = {};
  for (const k of layer.kernels.values()) Object.assign(files, k.files());
  writeOutput(o.out, { [spec.name]: files });
  console.log(`kernels written to ${join(o.out, spec.name)}/ (median of 10 runs after 3 warm-up runs, 1 thread)`);
  return report.ok ? 0 : 1;
}

export function buildProgram(): Command {
  const program = new Command('convgen')
    .description('Compiles 2D convolution layers into shape-specialized, verified kernels (forward, input-grad, weight-grad, bias-grad).')
    .version(GENERATOR_VERSION)
    .showHelpAfterError('(run with --help for usage)');

  const compile = program.command('compile').description('generate, assemble and verify kernels; write DIR/<layer>/<pass>.wat and .wasm plus DIR/manifest.json');
  codeOptions(specOption(addLayerFlags(compile)))
    .addOption(targetOption())
    .option('--out <dir>', 'output folder')
    .option('--passes <list>', `comma-separated passes (default all: ${PASSES.join(',')})`)
    .option('--no-verify', 'skip verification against the reference (the manifest then says verified: false)')
    .addHelpText('after', EXAMPLES.compile)
    .action(async (o) => {
      process.exitCode = await compileCommand(o);
    });

  const verify = program.command('verify').description('verify kernels against the float64 reference on random inputs (rel <= 1e-5); exit 1 if any fails');
  codeOptions(specOption(addLayerFlags(verify)))
    .addOption(targetOption())
    .option('--passes <list>', `comma-separated passes (default all: ${PASSES.join(',')})`)
    .option('--seed <n>', 'seed of the random inputs', '1')
    .option('--json', 'print {"results":[{"layer","pass","target","relError","ok"}]}')
    .addHelpText('after', EXAMPLES.verify)
    .action(async (o) => {
      process.exitCode = await verifyCommand(o);
    });

  const run = program.command('run').description('run a kernel on NumPy .npy float32 inputs; write y.npy, or dx.npy dw.npy db.npy');
  codeOptions(specOption(addLayerFlags(run, { widthFlagTaken: true })))
    .addOption(targetOption())
    .option('--pass <pass>', 'forward or backward')
    .option('--x <file>', 'input X (.npy)')
    .option('--w <file>', 'weights (.npy; OIHW for nchw, HWIO for nhwc); the layer width is then --width')
    .option('--b <file>', 'bias (.npy, [Co]); forward')
    .option('--y <file>', 'saved forward output Y (.npy); backward')
    .option('--dy <file>', 'gradient of the loss with respect to Y (.npy); backward')
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
    if (e instanceof SpecError || e instanceof UsageError) {
      process.stderr.write(`error: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`error: ${(e as Error).message ?? String(e)}\n`);
    if (process.env.CONVGEN_DEBUG) process.stderr.write(`${(e as Error).stack}\n`);
    return 1;
  }
}
