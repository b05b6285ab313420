// Re-times a tuning database's choices against the default schedules, apart from the search that
// chose them (whose best-of-many figures flatter the winner): for every layer and pass of the suite
// with a tuned schedule for this machine, the default and the tuned kernel are compiled, verified,
// and timed in interleaved rounds (each round: the peak loop, then a few runs of each in turn), the
// ratio default/tuned taken per round. Prints a Markdown table (median ratio, p20-p80, % of the
// same-round FMA peak of each) and the geomean of the median ratios.
//
//   npm run build
//   node --experimental-wasm-relaxed-simd bench/tools/retime.mjs --db tuning.jsonl --suite ../shared/bench/suite.json --rounds 9
//
// Options: --db (required), --suite (bench/suite.json), --passes (forward,input-grad,weight-grad,bias-grad),
// --layers (all), --rounds (9), --threads (1), --target (wasm; webgpu: GPU time of each kernel, no peak).
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { compileLayer, flops } from '../../dist/index.js';
import { readSpecFile } from '../../dist/layer/parse.js';
import { openTuningDb, tunedSchedule } from '../../dist/tune/use.js';
import { PeakLoop } from '../../dist/run/peak.js';
import { relaxedSimdSupported } from '../../dist/run/wasm.js';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    suite: { type: 'string', default: 'bench/suite.json' },
    passes: { type: 'string', default: 'forward,input-grad,weight-grad,bias-grad' },
    layers: { type: 'string' },
    rounds: { type: 'string', default: '9' },
    threads: { type: 'string', default: '1' },
    target: { type: 'string', default: 'wasm' },
  },
});
if (!values.db) {
  console.error('usage: node --experimental-wasm-relaxed-simd bench/tools/retime.mjs --db FILE [--suite FILE] [--passes p,q] [--layers a,b] [--rounds n] [--threads n]');
  process.exit(2);
}
const db = openTuningDb(values.db);
const rounds = Number(values.rounds);
const threads = Number(values.threads);
const fma = relaxedSimdSupported();
const only = values.layers?.split(',');
const q = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  const i = p * (s.length - 1);
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
};
const target = values.target;
const gpu = target === 'webgpu';
const peak = gpu ? undefined : await PeakLoop.create(fma ? 'fma' : 'mulAdd');
let machine;
if (gpu) {
  const { targetFingerprint } = await import('../../dist/tune/machine.js');
  machine = await targetFingerprint('webgpu');
}

/** median ms of enough runs to add up to ~8 ms (at least 3) */
async function timeOnce(k, est) {
  if (gpu) return (await k.runner.time(Math.max(3, Math.min(20, Math.ceil(50 / Math.max(est, 1e-3)))), 0)).medianMs;
  const runs = Math.max(3, Math.min(500, Math.ceil(8 / Math.max(est, 1e-3))));
  const t = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    k.runner.run();
    t.push(performance.now() - t0);
  }
  return q(t, 0.5);
}

const rows = [];
const ratios = [];
for (const spec of readSpecFile(values.suite)) {
  if (only && !only.includes(spec.name)) continue;
  for (const pass of values.passes.split(',')) {
    const t = tunedSchedule(db, { spec, pass, target, threads, fma, ...(machine ? { machine } : {}) });
    if (!t.schedule || t.source.speedup === 1) {
      rows.push([spec.name, pass, t.schedule ? 'default kept' : `no record (${t.source.note})`, '', '', '', '']);
      if (t.schedule) ratios.push(1);
      continue;
    }
    const def = await compileLayer(spec, { target, passes: [pass], threads, fma });
    const tuned = await compileLayer(spec, { target, passes: [pass], threads, fma, schedules: { [pass]: t.schedule } });
    for (const l of [def, tuned]) if (!(await l.verify()).ok) throw new Error(`${spec.name} ${pass}: a kernel failed verification`);
    const kd = def.kernel(pass);
    const kt = tuned.kernel(pass);
    let ed = await timeOnce(kd, 1);
    let et = await timeOnce(kt, 1);
    const r = [];
    const pd = [];
    const pt = [];
    for (let i = 0; i < rounds; i++) {
      const pk = peak ? peak.gflops() * threads : NaN;
      // alternate which goes first
      if (i % 2) {
        et = await timeOnce(kt, et);
        ed = await timeOnce(kd, ed);
      } else {
        ed = await timeOnce(kd, ed);
        et = await timeOnce(kt, et);
      }
      r.push(ed / et);
      pd.push(flops(spec, pass) / ed / 1e6 / pk);
      pt.push(flops(spec, pass) / et / 1e6 / pk);
    }
    def.close();
    tuned.close();
    ratios.push(q(r, 0.5));
    const pct = (xs) => (gpu ? `${((q(xs, 0.5) * 1) || 0).toFixed(0)}` : `${(100 * q(xs, 0.5)).toFixed(0)}%`);
    const gf = (ms) => (flops(spec, pass) / ms / 1e6).toFixed(2);
    rows.push([spec.name, pass, `${q(r, 0.5).toFixed(3)}x`, `${q(r, 0.2).toFixed(3)}-${q(r, 0.8).toFixed(3)}`, gpu ? `${gf(ed)} GFLOP/s` : pct(pd), gpu ? `${gf(et)} GFLOP/s` : pct(pt), `tuner: ${t.source.speedup.toFixed(3)}x`]);
    process.stderr.write(`${spec.name} ${pass}: ${rows[rows.length - 1].slice(2).join(' ')}\n`);
  }
}
console.log(`| layer | pass | default/tuned (median of ${rounds} rounds) | p20-p80 | default ${gpu ? 'GFLOP/s (last round)' : '% of peak'} | tuned ${gpu ? 'GFLOP/s (last round)' : '% of peak'} | the tuner's figure |`);
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
const geo = Math.exp(ratios.reduce((a, x) => a + Math.log(x), 0) / ratios.length);
console.log(`\ngeomean speed-up of the database's choices over the defaults, re-timed: ${geo.toFixed(3)}x over ${ratios.length} (layer, pass) pairs (default kept counted as 1)`);
