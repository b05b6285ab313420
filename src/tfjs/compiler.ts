/**
 * Kernels for the plug-in, compiled once per (layer, pass) and run synchronously (tfjs kernels
 * return their output, they cannot await). The pipeline is compileLayer's (schedule from the
 * tuning database or the default heuristic, single thread; lower; emit WAT), but assembled with
 * wabt and instantiated synchronously once wabt is loaded (`KernelCache.ready`, awaited by
 * registerConvgen), so a shape first seen inside a tfjs kernel call is compiled right there.
 * Layers named in `precompile` are compiled beforehand through compileLayer itself (and verified
 * when asked); an ahead-of-time package's kernels (`aot`) are taken as they are (its .wasm files).
 */
import { loadBytes } from '../runtime/index.js';
import wabtInit from 'wabt';
import { compileLayer } from '../compile.js';
import { WASM_FEATURES } from '../assemble/wasm.js';
import type { LayerSpec, Pass } from '../layer/types.js';
import { abiProblems, abiTensor, callerWrites, type WasmAbi } from '../targets/abi.js';
import { codeOptions, kernelArtifact } from '../targets/index.js';
import { canonicalJson } from '../tune/db.js';
import { openTuningDb, tunedSchedule, type ScheduleSource, type TuningDb } from '../tune/use.js';
import type { Schedule } from '../schedule/index.js';
import { pathToFileURL } from 'node:url';
import { parseDescribedSpec, TFJS_LAYER_NAME } from './spec.js';

/** What the plug-in needs of a loaded kernel (src/run/wasm.ts WasmRunner has it too). */
export interface SyncRunner {
  readonly abi: WasmAbi;
  write(name: string, data: Float32Array): void;
  /** a float32 view of a tensor in the kernel's own memory (valid until the next run) */
  view(name: string): Float32Array;
  run(): void;
}

/** A single-threaded wasm kernel instantiated synchronously (WebAssembly.Module / Instance). */
class InstantRunner implements SyncRunner {
  private readonly memory: WebAssembly.Memory;
  private readonly entry: () => void;

  constructor(
    readonly abi: WasmAbi,
    bytes: Uint8Array<ArrayBuffer>,
  ) {
    const problems = abiProblems(abi);
    if (problems.length > 0) throw new Error(`invalid wasm kernel ${abi.kernel}:\n  - ${problems.join('\n  - ')}`);
    if (abi.threads !== 1 || abi.memory.shared) throw new Error(`${abi.kernel}: the plug-in runs single-threaded kernels only (threads ${abi.threads})`);
    const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
    this.memory = instance.exports.memory as WebAssembly.Memory;
    this.entry = instance.exports[abi.entry] as () => void;
    for (const t of abi.tensors.filter((x) => x.role !== 'scratch')) {
      const off = (instance.exports[`${t.name}_offset`] as WebAssembly.Global | undefined)?.value;
      if (off !== t.offset) throw new Error(`${abi.kernel}: module places ${t.name} at ${off}, the ABI says ${t.offset}`);
    }
  }

  view(name: string): Float32Array {
    const t = abiTensor(this.abi, name);
    return new Float32Array(this.memory.buffer, t.offset, t.elems);
  }

  write(name: string, data: Float32Array): void {
    const v = this.view(name);
    if (data.length !== v.length) throw new RangeError(`${this.abi.kernel}: ${name} needs ${v.length} float32 values, got ${data.length}`);
    v.set(data);
  }

  run(): void {
    this.entry();
  }
}

/** One compiled pass of one layer. */
export class PassKernel {
  private readonly writes: string[];

  constructor(
    readonly spec: LayerSpec,
    readonly pass: Pass,
    readonly runner: SyncRunner,
    readonly schedule: Schedule,
    readonly source: ScheduleSource,
    /** where the kernel came from: compiled on first use, precompiled at registration, or an ahead-of-time package's file */
    readonly origin: string,
  ) {
    this.writes = callerWrites(runner.abi);
  }

  /**
   * Writes the inputs (each the kernel's ABI names; extra ones are ignored), runs, and returns a
   * view of the result in the kernel's memory: copy it before the next call.
   */
  run(inputs: Readonly<Record<string, Float32Array | undefined>>): Float32Array {
    for (const name of this.writes) {
      const t = inputs[name];
      if (t === undefined) throw new TypeError(`${this.runner.abi.kernel}: ${this.pass} needs input ${name}`);
      this.runner.write(name, t);
    }
    this.runner.run();
    return this.runner.view(this.runner.abi.result);
  }
}

export interface CacheOptions {
  /** a tuning database (a file or records): its best single-thread schedule for this machine where it has the layer */
  db?: string | TuningDb;
  /** fused multiply-add in the default schedules (default: when the engine has relaxed SIMD) */
  fma?: boolean;
}

/** The spec without its name, canonically: the cache key and the database match ignore names. */
const shapeKey = (spec: LayerSpec): string => canonicalJson({ ...spec, name: TFJS_LAYER_NAME });

let wabt: Awaited<ReturnType<typeof wabtInit>> | undefined;

/** WAT -> wasm bytes, synchronously (wabt must be loaded: KernelCache.ready). */
function assembleSync(kernel: string, text: string): Uint8Array<ArrayBuffer> {
  if (!wabt) throw new Error('convgen/tfjs: the assembler is not loaded yet (await registerConvgen(...) before running the model)');
  const mod = wabt.parseWat(`${kernel}.wat`, text, WASM_FEATURES);
  try {
    (mod as unknown as { validate(features: object): void }).validate(WASM_FEATURES);
    return new Uint8Array(mod.toBinary({ log: false }).buffer);
  } finally {
    mod.destroy();
  }
}

/** Compiled kernels by (layer shape, pass); failures are remembered too, so each shape is tried once. */
export class KernelCache {
  private readonly kernels = new Map<string, PassKernel | Error>();
  private readonly db: TuningDb | undefined;
  private readonly fma: boolean;

  constructor(opts: CacheOptions = {}) {
    this.db = typeof opts.db === 'string' ? openTuningDb(opts.db) : opts.db;
    this.fma = codeOptions({ fma: opts.fma }).fma;
  }

  private static readonly byOptions = new Map<string, KernelCache>();
  private static readonly byDbRecords = new WeakMap<TuningDb, Map<boolean, KernelCache>>();

  /**
   * The process' cache for these options (one per fma and database file, or database object), so
   * registering again (after unregister, on another backend) reuses the kernels compiled before,
   * already in V8's optimized tier.
   */
  static shared(opts: CacheOptions = {}): KernelCache {
    const fma = codeOptions({ fma: opts.fma }).fma;
    if (opts.db !== undefined && typeof opts.db !== 'string') {
      let m = KernelCache.byDbRecords.get(opts.db);
      if (!m) KernelCache.byDbRecords.set(opts.db, (m = new Map()));
      let c = m.get(fma);
      if (!c) m.set(fma, (c = new KernelCache({ db: opts.db, fma })));
      return c;
    }
    const key = JSON.stringify([fma, opts.db ?? null]);
    let c = KernelCache.byOptions.get(key);
    if (!c) KernelCache.byOptions.set(key, (c = new KernelCache({ ...(opts.db !== undefined ? { db: opts.db } : {}), fma })));
    return c;
  }

  /** Loads the assembler (once per process). */
  static async ready(): Promise<void> {
    wabt ??= await wabtInit();
  }

  get size(): number {
    return [...this.kernels.values()].filter((k) => k instanceof PassKernel).length;
  }

  /** The spec under the name a tuning database knows this shape by (its records match names too). */
  private named(spec: LayerSpec, pass: Pass): LayerSpec {
    if (!this.db) return spec;
    const key = shapeKey(spec);
    const r = this.db.records.find((x) => x.target === 'wasm' && x.pass === pass && shapeKey(x.spec as LayerSpec) === key);
    return r ? { ...spec, name: (r.spec as LayerSpec).name } : spec;
  }

  /** The kernel, compiled now if it is new; `fresh` says so (for the log). Throws what compiling threw (once, then the remembered error). */
  get(spec: LayerSpec, pass: Pass): { kernel: PassKernel; fresh: boolean; ms: number } {
    const key = `${pass} ${shapeKey(spec)}`;
    const had = this.kernels.get(key);
    if (had instanceof PassKernel) return { kernel: had, fresh: false, ms: 0 };
    if (had) throw had;
    const t0 = performance.now();
    try {
      const named = this.named(spec, pass);
      let schedule: Schedule | undefined;
      let source: ScheduleSource = { from: 'default' };
      if (this.db) {
        const t = tunedSchedule(this.db, { spec: named, pass, target: 'wasm', threads: 1, fma: this.fma });
        schedule = t.schedule;
        source = t.source;
      }
      const a = kernelArtifact(named, pass, { target: 'wasm', threads: 1, fma: this.fma, ...(schedule ? { schedule } : {}) });
      const abi = a.abi as WasmAbi;
      const kernel = new PassKernel(spec, pass, new InstantRunner(abi, assembleSync(abi.kernel, a.text)), a.schedule, source, 'compiled on first use');
      this.kernels.set(key, kernel);
      return { kernel, fresh: true, ms: performance.now() - t0 };
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      this.kernels.set(key, err);
      throw err;
    }
  }

  /**
   * Compiles passes of a layer ahead of time with compileLayer (the library's own async loader),
   * verifying them against the float64 reference when asked; replaces what the cache had for them.
   */
  async compileAhead(spec: LayerSpec, passes: readonly Pass[], verify: boolean): Promise<void> {
    const named = passes.map((p) => this.named(spec, p));
    // one compileLayer per name the database gives (usually one for all passes)
    const byName = new Map<string, Pass[]>();
    named.forEach((s, i) => byName.set(s.name, [...(byName.get(s.name) ?? []), passes[i]!]));
    for (const [name, ps] of byName) {
      const layer = await compileLayer({ ...spec, name }, { target: 'wasm', passes: ps, threads: 1, fma: this.fma, ...(this.db ? { db: this.db } : {}) });
      if (verify) {
        const report = await layer.verify();
        if (!report.ok) {
          layer.close();
          const bad = report.results.filter((r) => !r.ok).map((r) => r.pass);
          throw new Error(`convgen/tfjs: precompile: ${bad.join(', ')} of ${JSON.stringify({ ...spec, name: undefined })} failed verification`);
        }
      }
      for (const p of ps) {
        const k = layer.kernel(p);
        this.kernels.set(`${p} ${shapeKey(spec)}`, new PassKernel(spec, p, k.runner, k.schedule, k.artifact.source ?? { from: 'default' }, 'precompiled'));
      }
    }
  }

  /**
   * Takes the single-thread wasm kernels of an ahead-of-time package (`convgen build`) or a
   * `convgen compile` folder: its manifest.json (layers by their description, each kernel's
   * schedule, files and, from compile, ABI) and each kernel's .wasm beside it. A kernel without an
   * ABI in the manifest gets the one this generator emits for its spec and schedule; the module's
   * exported tensor offsets must agree with it (else it is refused). Returns what was taken and
   * what was not, with why.
   */
  async loadAot(where: string | URL): Promise<{ taken: string[]; skipped: string[] }> {
    const base = typeof where === 'string' ? (/^[a-z][a-z0-9+.-]*:\/\//i.test(where) ? new URL(where) : pathToFileURL(where)) : where;
    const manifestUrl = base.pathname.endsWith('.json') ? base : new URL('manifest.json', base.href.endsWith('/') ? base : new URL(`${base.href}/`));
    const manifest = JSON.parse(new TextDecoder().decode(await loadBytes(manifestUrl))) as AotManifest;
    if (!Array.isArray(manifest.layers)) throw new Error(`${manifestUrl.href}: not a convgen manifest (no "layers")`);
    const taken: string[] = [];
    const skipped: string[] = [];
    for (const layer of manifest.layers) {
      const spec = parseDescribedSpec(layer.spec);
      for (const k of layer.kernels ?? []) {
        const what = `${layer.layer} ${k.pass}`;
        const target = k.target ?? manifest.target;
        const schedule = k.schedule as Schedule & { threads?: number };
        const file = k.files?.find((f) => f.endsWith('.wasm'));
        if (target !== 'wasm') continue;
        if ((schedule.threads ?? 1) !== 1) { skipped.push(`${what}: ${schedule.threads} threads (the plug-in runs single-thread kernels)`); continue; }
        if (k.verified === false && typeof k.relError === 'number') { skipped.push(`${what}: failed verification`); continue; }
        if (!file) { skipped.push(`${what}: no .wasm file`); continue; }
        try {
          const abi = (k.abi as WasmAbi | undefined) ?? (kernelArtifact(spec, k.pass, { target: 'wasm', schedule }).abi as WasmAbi);
          const bytes = await loadBytes(new URL(`${layer.layer}/${file}`, manifestUrl));
          const kernel = new PassKernel(spec, k.pass, new InstantRunner(abi, bytes), schedule, (k.scheduleSource as ScheduleSource | undefined) ?? { from: 'default' }, `aot ${manifestUrl.href}`);
          this.kernels.set(`${k.pass} ${shapeKey(spec)}`, kernel);
          taken.push(what);
        } catch (e) {
          skipped.push(`${what}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    return { taken, skipped };
  }
}

/** The parts of a compile or build manifest the plug-in reads. */
interface AotManifest {
  /** compile: the one target of every kernel */
  target?: string;
  layers: {
    layer: string;
    spec: string;
    kernels?: { pass: Pass; target?: string; schedule: unknown; scheduleSource?: unknown; files?: string[]; abi?: unknown; verified?: boolean; relError?: number | null }[];
  }[];
}


