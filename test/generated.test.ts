/**
 * generated/ holds the committed kernels of the benchmark suite (npm run generate), as XNNPACK
 * commits its generated tree: readers see real output, and this test fails when the generator
 * changed without the files being regenerated, or when generation is not reproducible.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSpecFile } from '../src/layer/parse.js';
import { PASSES } from '../src/layer/types.js';
import { generateKernel } from '../src/compile.js';
import { assembleWat } from '../src/assemble/wasm.js';
import { lower } from '../src/lower/index.js';
import { emitWgsl } from '../src/emit/wgsl.js';
import { defaultGpuSchedule } from '../src/schedule/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const layers = readSpecFile(`${root}bench/suite.json`);

describe('generated/ is what the generator makes now (run `npm run generate` after changing it)', () => {
  it.each(layers.map((s) => [s.name, s] as const))('%s', async (_, spec) => {
    for (const pass of PASSES) {
      // the options `npm run generate` gives convgen compile: --no-fma --threads 1
      const g = generateKernel(spec, pass, { fma: false, threads: 1 });
      expect(readFileSync(`${root}generated/${spec.name}/${pass}.wat`, 'utf8'), `${spec.name}/${pass}.wat`).toBe(g.text);
      const wasm = await assembleWat(g.lowered.name, g.text);
      expect(Buffer.from(readFileSync(`${root}generated/${spec.name}/${pass}.wasm`)).equals(Buffer.from(wasm)), `${spec.name}/${pass}.wasm`).toBe(true);
      const wgsl = emitWgsl(lower(spec, pass, defaultGpuSchedule(spec, pass)));
      expect(readFileSync(`${root}generated/webgpu/${spec.name}/${pass}.wgsl`, 'utf8'), `webgpu/${spec.name}/${pass}.wgsl`).toBe(wgsl.text);
      expect(generateKernel(spec, pass, { target: 'webgpu' }).text === wgsl.text, `webgpu/${spec.name}/${pass}.wgsl: generateKernel differs`).toBe(true);
    }
  });
});
