import { parseSpec, SpecError } from './src/spec/index.js';
import { generateKernel, BuiltKernel } from './src/compile.js';
import { LayerCase, verifyKernel } from './src/verify/index.js';
import { simdBounds, pixelVectorsRefusal, type Schedule } from './src/schedule/index.js';
import { rng } from './src/reference/index.js';
const r = rng(Number(process.argv[2] ?? 7));
const ri = (a: number, b: number) => a + Math.floor(r() * (b - a + 1));
const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)]!;
let n = 0, fails = 0;
while (n < Number(process.argv[3] ?? 300)) {
  const input: any = { name: 'f', N: ri(1, 3), Ci: ri(1, 9), Co: ri(1, 11), H: ri(1, 12), W: ri(1, 12), K: ri(1, 5), L: ri(1, 5),
    stride: [ri(1, 3), ri(1, 3)], dilation: [ri(1, 2), ri(1, 2)], pad: pick([0, 1, [ri(0, 3), ri(0, 3), ri(0, 3), ri(0, 3)], 'same', 'valid']),
    act: pick(['none', 'relu', 'sigmoid', 'tanh']), layout: pick(['nchw', 'nhwc']) };
  let spec; try { spec = parseSpec(input); } catch (e) { if (e instanceof SpecError) continue; throw e; }
  n++;
  const c = new LayerCase(spec, n);
  for (const pass of ['forward', 'input-grad', 'weight-grad', 'bias-grad'] as const) {
    const vector = (pass === 'forward' || pass === 'input-grad') && !pixelVectorsRefusal(spec, pass) && r() < 0.5 ? 'pixels' : 'channels';
    const along = pass === 'weight-grad' ? pick(['ci', 'l'] as const) : undefined;
    const b = simdBounds(spec, pass, { vector, along });
    const s: Schedule = { kind: 'simd', vector: pass === 'forward' || pass === 'input-grad' ? vector : undefined, vectors: ri(1, b.vectors), partners: ri(1, b.partners), unroll: ri(1, Math.min(b.unroll, 6)), fma: r() < 0.5, along, threads: ri(1, 3) };
    if (s.vector === undefined) delete s.vector; if (s.along === undefined) delete s.along;
    try {
      const k = await BuiltKernel.build(generateKernel(spec, pass, s));
      const res = await verifyKernel(k, c, 'wasm');
      k.close();
      if (!res.ok) { fails++; console.log('FAIL', JSON.stringify(input), pass, JSON.stringify(s), res.relError, res.problem); }
    } catch (e) { fails++; console.log('ERR', JSON.stringify(input), pass, JSON.stringify(s), (e as Error).message.slice(0, 300)); }
  }
}
console.log('specs', n, 'fails', fails);
