// The yardstick (../shared/bench/yardstick) in many short rounds: each round times each hand kernel
// and convgen's kernel of the same pass back to back (3 runs each), so that the machine's slow and
// fast spells (here the peak loop swings 2x within seconds) hit both alike; the ratio is taken per
// round. Also convgen on the hand kernels' own task (NHWC, no activation: no sigma' and no layout
// change in the pass), to tell kernel speed from the work the NCHW/relu layer adds.
//
//   npm run build && node --experimental-wasm-relaxed-simd bench/tools/yardstick-short.mjs [rounds=40] [--yardstick DIR]
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const at = args.indexOf('--yardstick');
const dir = path.resolve(at >= 0 ? args[at + 1] : '../shared/bench/yardstick');
// (the round count: a bare number that is not --yardstick's value)
const R = Number(args.find((a, i) => /^\d+$/.test(a) && !(at >= 0 && i === at + 1)) ?? 40);
if (!fs.existsSync(path.join(dir, 'gen.mjs'))) {
  console.error(`no yardstick in ${dir} (give its folder with --yardstick DIR)`);
  process.exit(2);
}
const y = (f) => import(pathToFileURL(path.join(dir, f)).href);
const { genFwdNCHW2, genDW, genWFlip, genFwd2, H, Wd, CI, CO } = await y('gen.mjs');
const { assemble, layout, makeData, refFwd, refDW, refDX, relErr, timeIt } = await y('common.mjs');
const cg = await import(pathToFileURL(path.resolve('dist/index.js')).href);

// the hand kernels, set up as vs-hand.mjs does (each checked against its float64 reference)
const L = layout();
const mem = new WebAssembly.Memory({ initial: L.pages, maximum: L.pages });
const f32 = new Float32Array(mem.buffer);
const { x, w, b, dy } = makeData();
f32.set(x, L.X / 4); f32.set(w, L.W / 4); f32.set(b, L.B / 4); f32.set(dy, L.DY / 4);
const xn = new Float32Array(CI * H * Wd), wn = new Float32Array(CO * CI * 9);
for (let i = 0; i < H; i++) for (let j = 0; j < Wd; j++) for (let c = 0; c < CI; c++) xn[(c * H + i) * Wd + j] = x[(i * Wd + j) * CI + c];
for (let t = 0; t < 9; t++) for (let ci = 0; ci < CI; ci++) for (let co = 0; co < CO; co++) wn[(co * CI + ci) * 9 + t] = w[(t * CI + ci) * CO + co];
f32.set(xn, L.XN / 4); f32.set(wn, L.WN / 4);
const inst = (t) => new WebAssembly.Instance(new WebAssembly.Module(assemble(t)), { e: { mem } }).exports;
const kind = 'relaxed';
const hfwd = inst(genFwdNCHW2({ C: 4, V: 2, kind, X: L.XN, XP: L.XQ, Wt: L.WN, WK: L.WK2, B: L.B, Y: L.YN, pages: L.pages }));
const hdw = inst(genDW({ T: 1, C: 2, V: 4, Pj: 1, kind, scheme: 'dreg', X: L.X, XP: L.XP, DY: L.DY, DW: L.DW, pages: L.pages }));
const flip = inst(genWFlip({ Wt: L.W, WT: L.WT, pages: L.pages }));
const hdx = inst(genFwd2({ V: 4, P: 2, kind, splat: 'ls', X: L.DY, XP: L.DYP, Wt: L.WT, WK: L.WK, B: 0, Y: L.DX, pages: L.pages, bias: false }));
const nhwc = (base) => (n) => base / 4 + n;
const nchw = (base) => (n) => { const co = n % CO, p = (n - co) / CO; return base / 4 + co * H * Wd + p; };
const hand = {
  forward: { run: () => { hfwd.pack(); hfwd.fwd(0, H); }, ref: refFwd(x, w, b), idx: nchw(L.YN) },
  'input-grad': { run: () => { flip.wflip(); hdx.pack(); hdx.fwd(0, H); }, ref: refDX(dy, w), idx: nhwc(L.DX) },
  'weight-grad': { run: () => hdw.dw(), ref: refDW(x, dy), idx: nhwc(L.DW) },
};
for (const [p, h] of Object.entries(hand)) {
  h.run();
  const e = relErr(f32, h.ref, h.idx);
  if (!(e <= 1e-5)) { console.error(`hand ${p}: rel error ${e}`); process.exit(1); }
}

const layerOf = async (extra) => {
  const spec = cg.parseSpec({ name: 'res3x3', N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, stride: 1, pad: 1, ...extra });
  const layer = await cg.compileLayer(spec, { target: 'wasm', passes: Object.keys(hand), threads: 1 });
  if (!(await layer.verify({ seed: 1 })).ok) throw new Error(`convgen ${JSON.stringify(extra)}: verification failed`);
  return layer;
};
const layers = { 'nchw, relu (the yardstick layer)': await layerOf({ act: 'relu' }), 'nhwc, no activation (the hand task)': await layerOf({ act: 'none', layout: 'nhwc' }) };
const ratios = {};
for (let r = 0; r < R; r++)
  for (const [name, layer] of Object.entries(layers))
    for (const p of Object.keys(hand)) {
      const th = timeIt(hand[p].run, 1, 3).med;
      const k = layer.kernel(p);
      const tc = timeIt(() => k.run(), 1, 3).med;
      (ratios[`${name} ${p}`] ??= []).push(th / tc);
    }
const q = (s, f) => s[Math.min(s.length - 1, Math.floor(s.length * f))];
console.log(`convgen/hand, res3x3, 1 thread, ${R} short rounds: median (p20-p80)`);
for (const [k, v] of Object.entries(ratios)) {
  const s = [...v].sort((a, c) => a - c);
  console.log(`  ${k.padEnd(50)} ${q(s, 0.5).toFixed(2)} (${q(s, 0.2).toFixed(2)}-${q(s, 0.8).toFixed(2)})`);
}
for (const layer of Object.values(layers)) layer.close();
process.exit(0);
