import { readSpecFile } from './src/spec/index.js';
import { compileLayer } from './src/compile.js';
import { flops } from './src/spec/derive.js';
import { timeSync } from './src/bench/time.js';
const only = process.argv[2]?.split(',');
const layout = (process.argv[3] ?? 'nchw') as any;
for (const spec of readSpecFile('bench/suite.json', { layout })) {
  if (only && !only.includes(spec.name)) continue;
  const row: string[] = [spec.name];
  for (const threads of [1, 2]) for (const fma of [false, true]) {
    const t0 = performance.now();
    const k = await compileLayer(spec, { threads, fma });
    const ct = performance.now() - t0;
    const r = await k.verify({ seed: 1 });
    const bad = r.results.filter(x => !x.ok).map(x => x.pass);
    const g = [...k.kernels.values()].map(kk => { const t = timeSync(() => kk.instance.run(), 10, 5); return (flops(spec, kk.pass) / t.medianMs / 1e6).toFixed(1); });
    row.push(`t${threads}${fma ? 'F' : ''}: ${g.join('/')}${bad.length ? ' BAD ' + bad : ''} (${ct.toFixed(0)}ms)`);
    k.close();
  }
  console.log(row.join(' | '));
}
