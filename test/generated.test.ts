/**
 * generated/ holds the committed AOT package of the benchmark suite (`npm run generate`:
 * `convgen build --spec bench/suite.json --target wasm,webgpu --no-fma --threads 1`), as XNNPACK
 * commits its generated tree: readers see real output, and this test fails when the generator
 * changed without the files being regenerated, or when generation is not reproducible. The build
 * here skips verification (the kernels' verification is the other tests' job), so the manifest is
 * compared without its verification figures (rel errors differ in their last digits between
 * CPUs on the software WebGPU adapter).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readSpecFile } from '../src/layer/parse.js';
import { buildPackage, type BuiltPackage } from '../src/aot/build.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const gen = join(root, 'generated');
const layers = readSpecFile(`${root}bench/suite.json`);

/** The manifest without what verification measured. */
function normalized(text: string): unknown {
  const m = JSON.parse(text);
  for (const l of m.layers) for (const k of l.kernels) for (const f of ['verified', 'relError', 'problem']) delete k[f];
  return m;
}

describe('generated/ is what the generator makes now (run `npm run generate` after changing it)', () => {
  let built: BuiltPackage;
  beforeAll(async () => {
    built = await buildPackage(layers, { targets: ['wasm', 'webgpu'], fma: false, threads: 1, verify: false });
  });

  it.each(layers.map((s) => [s.name] as const))('%s', (name) => {
    const files = built.folders[name]!;
    expect(readdirSync(join(gen, name)).sort()).toEqual(Object.keys(files).sort());
    for (const [file, c] of Object.entries(files)) {
      const disk = readFileSync(join(gen, name, file));
      expect(disk.equals(Buffer.from(typeof c === 'string' ? c : c)), `${name}/${file}`).toBe(true);
    }
  });

  it('the top-level files, and a manifest whose kernels were all verified', () => {
    expect(readFileSync(join(gen, 'index.ts'), 'utf8')).toBe(built.files['index.ts']);
    expect(readFileSync(join(gen, 'package.json'), 'utf8')).toBe(built.files['package.json']);
    const disk = readFileSync(join(gen, 'manifest.json'), 'utf8');
    expect(normalized(disk)).toEqual(normalized(String(built.files['manifest.json'])));
    for (const l of JSON.parse(disk).layers) for (const k of l.kernels) expect([l.layer, k.pass, k.target, k.verified, k.relError <= 1e-5]).toEqual([l.layer, k.pass, k.target, true, true]);
  });
});
