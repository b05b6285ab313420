// Same-process A/B of two convgen builds: the default kernels of every suite layer from build A and
// build B, verified, then timed in interleaved rounds (each round: a few runs of B, then of A), the
// speed ratio B/A taken per round. For "did this change make the kernels faster?" on a noisy machine.
//
//   npm run build                                   # B: this checkout
//   git worktree add ../old HEAD~1 && (cd ../old && ln -s ../main/node_modules && npx tsc -p tsconfig.build.json)
//   node --experimental-wasm-relaxed-simd bench/tools/ab.mjs ../old/dist dist --passes forward,input-grad --rounds 9
//
// Options: --passes (default forward,input-grad,weight-grad), --rounds (7), --layers (all),
// --threads (1), --suite (bench/suite.json). Output: a line per layer and pass, median and min-max.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    passes: { type: 'string', default: 'forward,input-grad,weight-grad' },
    rounds: { type: 'string', default: '7' },
    layers: { type: 'string' },
    threads: { type: 'string', default: '1' },
    suite: { type: 'string', default: 'bench/suite.json' },
  },
});
if (positionals.length !== 2) {
  console.error('usage: node --experimental-wasm-relaxed-simd bench/tools/ab.mjs DIST_A DIST_B [--passes p,q] [--rounds n] [--layers a,b] [--threads n]');
  process.exit(2);
}
const load = (dir) => import(pathToFileURL(path.resolve(dir, 'index.js')).href);
const [A, B] = await Promise.all(positionals.map(load));
const passes = values.passes.split(',');
const rounds = Number(values.rounds);
const threads = Number(values.threads);
const only = values.layers?.split(',');
const med = (a) => [...a].sort((x, y) => x - y)[a.length >> 1];

async function kernels(lib, spec) {
  const layer = await lib.compileLayer(spec, { target: 'wasm', passes, threads });
  const report = await layer.verify({ seed: 1 });
  if (!report.ok) throw new Error(`${spec.name}: a kernel failed verification`);
  return layer;
}
const time = async (k) => {
  const ts = [];
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now();
    await k.run();
    ts.push(performance.now() - t0);
  }
  return med(ts);
};

const specsA = A.readSpecFile(values.suite);
const specsB = B.readSpecFile(values.suite);
for (let i = 0; i < specsB.length; i++) {
  if (only && !only.includes(specsB[i].name)) continue;
  const la = await kernels(A, specsA[i]);
  const lb = await kernels(B, specsB[i]);
  for (const p of passes) {
    const ka = la.kernel(p), kb = lb.kernel(p);
    for (let w = 0; w < 3; w++) { await ka.run(); await kb.run(); }
    const r = [];
    for (let k = 0; k < rounds; k++) {
      const tb = await time(kb);
      const ta = await time(ka);
      r.push(ta / tb);
    }
    console.log(`${specsB[i].name.padEnd(9)} ${p.padEnd(13)} B/A speed ${med(r).toFixed(2)} [${Math.min(...r).toFixed(2)}-${Math.max(...r).toFixed(2)}]`);
  }
  la.close();
  lb.close();
}
process.exit(0);
