import { readSpecFile, flops } from './src/spec/index.js';
import { generateKernel, BuiltKernel } from './src/compile.js';
import { simdBounds, pixelVectorsRefusal, type Schedule } from './src/schedule/index.js';
import { timeSync } from './src/bench/time.js';
const [layer, pass, layout = 'nchw'] = process.argv.slice(2) as any;
const spec = readSpecFile('bench/suite.json', { layout }).find((s) => s.name === layer)!;
const cands: Schedule[] = [];
const vecs = pass === 'weight-grad' ? [undefined] : ['channels', ...(pixelVectorsRefusal(spec, pass) ? [] : ['pixels'])];
const alongs = pass === 'weight-grad' ? ['ci', 'l'] : [undefined];
for (const vector of vecs) for (const along of alongs) {
  const b = simdBounds(spec, pass, { vector: vector as any, along: along as any });
  for (const V of [1, 2, 3, 4, 6]) for (const P of [1, 2, 3, 4, 6, 8]) for (const U of [1, 2, 4]) {
    if (V > b.vectors || P > b.partners || U > b.unroll || V * P > 16 || V * P < 2) continue;
    const s: any = { kind: 'simd', vectors: V, partners: P, unroll: U, fma: false, threads: 1 };
    if (vector) s.vector = vector; if (along) s.along = along;
    cands.push(s);
  }
}
const res: [number, string][] = [];
for (const s of cands) {
  const k = await BuiltKernel.build(generateKernel(spec, pass, s));
  const t = timeSync(() => k.instance.run(), 7, 3);
  res.push([flops(spec, pass) / t.medianMs / 1e6, JSON.stringify(s)]);
}
res.sort((a, b) => b[0] - a[0]);
for (const [g, s] of res.slice(0, 8)) console.log(g.toFixed(1), s);
