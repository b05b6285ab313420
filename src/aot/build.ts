/**
 * Ahead-of-time packages (`convgen build`): per layer, every pass's kernel for each target (.wat
 * and .wasm, .wgsl), verified against the float64 reference, a typed module written with ts-morph
 * (bindings.ts), an index over all layers, and a manifest (layers, passes, schedules and where
 * they came from, verification, generator version, the sha256 of every file). The same inputs
 * give the same bytes: nothing in the output depends on the time or the machine, except the
 * verification figures.
 */
import { createHash } from 'node:crypto';
import type { LayerSpec, Pass } from '../layer/types.js';
import { describeSpec } from '../layer/parse.js';
import { PASSES } from '../layer/types.js';
import { layerArtifacts, loadLayer, type CompileOptions } from '../compile.js';
import type { Artifact } from '../targets/kernel.js';
import { GENERATOR_VERSION } from '../version.js';
import { className, layerModule, METHOD, packageModule, type LayerBinding } from './bindings.js';

export interface BuildOptions {
  targets: readonly ('wasm' | 'webgpu')[];
  /** default: all five (forward, input-grad, weight-grad, bias-grad, weight-update) */
  passes?: readonly Pass[];
  threads?: number;
  fma?: boolean;
  db?: CompileOptions['db'];
  /** verify every kernel before it is written (default true) */
  verify?: boolean;
  log?: (line: string) => void;
}

export type FileContents = string | Uint8Array;

export interface KernelEntry {
  pass: Pass;
  target: 'wasm' | 'webgpu';
  method: string;
  schedule: unknown;
  scheduleSource: unknown;
  files: string[];
  /** where its tensors live and what a call returns (what a runtime needs besides the file) */
  abi: unknown;
  verified: boolean;
  relError: number | null;
  problem?: string;
}

export interface BuiltPackage {
  /** layer folder -> file name -> contents */
  folders: Record<string, Record<string, FileContents>>;
  /** files at the package's top: index.ts, manifest.json */
  files: Record<string, FileContents>;
  kernels: (KernelEntry & { layer: string })[];
  failed: number;
  /** the class of each layer, in order */
  classes: string[];
}

const sha256 = (c: FileContents) => createHash('sha256').update(c).digest('hex');

/** Folder names: the layer names (already restricted to [A-Za-z0-9_.-] by the spec parser). */
function uniqueClassNames(specs: readonly LayerSpec[]): string[] {
  const seen = new Map<string, number>();
  return specs.map((s) => {
    const base = className(s.name);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}${n}`;
  });
}

export async function buildPackage(specs: readonly LayerSpec[], o: BuildOptions): Promise<BuiltPackage> {
  const passes = o.passes ?? PASSES;
  const names = uniqueClassNames(specs);
  const folders: BuiltPackage['folders'] = {};
  const kernels: BuiltPackage['kernels'] = [];
  const layers: unknown[] = [];
  let failed = 0;
  for (const [i, spec] of specs.entries()) {
    const binding: LayerBinding = { spec, description: describeSpec(spec).replace(/^[^:]*:\s*/, ''), className: names[i]!, kernels: {}, generator: GENERATOR_VERSION };
    const files: Record<string, FileContents> = {};
    const entries: KernelEntry[] = [];
    for (const target of o.targets) {
      o.log?.(`building ${spec.name} (${target}): ${passes.join(', ')}`);
      const artifacts = await layerArtifacts(spec, { target, passes, threads: o.threads, fma: o.fma, db: o.db });
      const verdicts = new Map<Pass, { ok: boolean; relError: number; problem?: string }>();
      if (o.verify !== false) {
        const layer = await loadLayer(spec, target, artifacts);
        try {
          for (const r of (await layer.verify({ seed: 1 })).results) verdicts.set(r.pass, r);
        } finally {
          layer.close();
        }
      }
      binding.kernels[target] = {};
      for (const [pass, a] of artifacts as Map<Pass, Artifact>) {
        const suffix = target === 'webgpu' ? '.wgsl' : '.wasm';
        const own = Object.keys(a.files);
        for (const [name, c] of Object.entries(a.files)) files[name] = c;
        binding.kernels[target]![pass] = { abi: a.abi, file: own.find((n) => n.endsWith(suffix))! };
        const v = verdicts.get(pass);
        if (v && !v.ok) failed++;
        const entry: KernelEntry = {
          pass,
          target,
          method: METHOD[pass],
          schedule: a.schedule,
          scheduleSource: a.source ?? { from: 'default' },
          files: own,
          abi: a.abi,
          verified: v?.ok ?? false,
          // two significant digits: what the bound needs, and stable across machines' last bits
          relError: v && Number.isFinite(v.relError) ? Number(v.relError.toPrecision(2)) : null,
          ...(v?.problem ? { problem: v.problem } : {}),
        };
        entries.push(entry);
        kernels.push({ ...entry, layer: spec.name });
      }
    }
    files['index.ts'] = layerModule(binding);
    folders[spec.name] = files;
    layers.push({ layer: spec.name, className: binding.className, spec: describeSpec(spec), input: spec, kernels: entries });
  }
  const top: Record<string, FileContents> = { 'index.ts': packageModule(specs.map((s, i) => ({ className: names[i]!, folder: s.name })), GENERATOR_VERSION) };
  // ES modules (the bindings use import.meta.url to find their kernel files); the one dependency
  top['package.json'] = JSON.stringify({ private: true, type: 'module', description: `kernels generated by convgen ${GENERATOR_VERSION}`, dependencies: { convgen: `^${GENERATOR_VERSION}` } }, null, 2) + '\n';
  const hashes: Record<string, string> = {};
  for (const [folder, fs] of Object.entries(folders)) for (const [name, c] of Object.entries(fs).sort(([a], [b]) => (a < b ? -1 : 1))) hashes[`${folder}/${name}`] = sha256(c);
  hashes['index.ts'] = sha256(top['index.ts']!);
  hashes['package.json'] = sha256(top['package.json']!);
  top['manifest.json'] =
    JSON.stringify({ generator: `convgen ${GENERATOR_VERSION}`, targets: o.targets, runtime: 'convgen/runtime', layers, sha256: hashes }, null, 2) + '\n';
  return { folders, files: top, kernels, failed, classes: names };
}
