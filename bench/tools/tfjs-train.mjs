// Training time per step of a small CNN in TensorFlow.js, in one process, interleaved rounds:
//   - tfjs-wasm with the convgen plug-in (all its kernels: convgen runs every conv kernel),
//   - tfjs-cpu without it (the plain-JS backend, which has every kernel),
//   - tfjs-wasm with only the kernel it lacks (Conv2DBackpropFilter) from the plug-in; XNNPACK runs the rest.
// (tfjs-wasm alone cannot train it: no Conv2DBackpropFilter, tensorflow/tfjs#8474.)
//
// The CNN is test/tfjs.test.ts's: conv 3x3 stride 2 'same' + relu, conv 3x2 'valid' + relu, a dense
// head, softmax cross-entropy, SGD; weights and data from a seed, the same for every configuration.
//
//   npm run build && node bench/tools/tfjs-train.mjs [--batch 16] [--hw 32] [--c1 16] [--c2 32] [--classes 10] [--rounds 7] [--steps 5]
//
// After a warm-up of each configuration (its shapes compiled, V8's optimizing tier in place), each
// round runs every configuration (in a rotating order): register its kernels, one untimed step,
// then timed steps (at least `steps`, and at least 200 ms); the round's figure is their mean. Printed:
// median ms/step over the rounds with p20-p80, as a Markdown table, with the CPU model.
import os from 'node:os';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { registerConvgen } from '../../dist/tfjs/index.js';

const { values } = parseArgs({
  options: {
    batch: { type: 'string', default: '16' },
    hw: { type: 'string', default: '32' },
    c1: { type: 'string', default: '16' },
    c2: { type: 'string', default: '32' },
    classes: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '7' },
    steps: { type: 'string', default: '5' },
  },
});
const [N, HW, C1, C2, CLASSES, ROUNDS, STEPS] = ['batch', 'hw', 'c1', 'c2', 'classes', 'rounds', 'steps'].map((k) => {
  const v = Number(values[k]);
  if (!Number.isInteger(v) || v < 1) {
    console.error(`--${k}: got ${values[k]}; must be a positive integer`);
    process.exit(2);
  }
  return v;
});

const require = createRequire(import.meta.url);
const tf = require('@tensorflow/tfjs');
const tfwasm = require('@tensorflow/tfjs-backend-wasm');
tf.env().set('PROD', true);

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 4294967296) * 2 - 1;
  };
}
const size = (shape) => shape.reduce((a, b) => a * b, 1);
const randoms = (n, seed, scale = 1) => {
  const r = rng(seed);
  return Float32Array.from({ length: n }, () => r() * scale);
};
const quantile = (xs, q) => {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo] + (s[hi] - s[lo]) * (pos - lo);
};

// conv1: 3x3 stride 2 'same' -> ceil(HW/2); conv2: 3x2 'valid'
const H1 = Math.ceil(HW / 2);
const H2 = H1 - 2, W2 = H1 - 1;
if (H2 < 1) {
  console.error(`--hw ${HW} is too small for the two convolutions`);
  process.exit(2);
}

/** The CNN's variables, data and one SGD step, created on the current backend. */
function model(seed) {
  const v = (shape, s, scale) => tf.variable(tf.tensor(randoms(size(shape), seed + s, scale), shape));
  const x = tf.tensor4d(randoms(N * HW * HW * 3, seed), [N, HW, HW, 3]);
  const r = rng(seed + 99);
  const labels = tf.oneHot(tf.tensor1d(Array.from({ length: N }, () => Math.floor(((r() + 1) / 2) * CLASSES) % CLASSES), 'int32'), CLASSES).toFloat();
  const w1 = v([3, 3, 3, C1], 1, 0.4), b1 = v([C1], 2, 0.1);
  const w2 = v([3, 2, C1, C2], 3, 0.3 / Math.sqrt(C1 / 8)), b2 = v([C2], 4, 0.1);
  const flat = H2 * W2 * C2;
  const wd = v([flat, CLASSES], 5, 0.2 / Math.sqrt(flat / 72)), bd = v([CLASSES], 6, 0.1);
  const vars = [w1, b1, w2, b2, wd, bd];
  const opt = tf.train.sgd(0.05);
  const logits = () => {
    const h1 = tf.relu(tf.add(tf.conv2d(x, w1, 2, 'same'), b1));
    const h2 = tf.relu(tf.add(tf.conv2d(h1, w2, 1, 'valid'), b2));
    return tf.add(tf.matMul(tf.reshape(h2, [N, flat]), wd), bd);
  };
  return {
    step() {
      const loss = opt.minimize(() => tf.losses.softmaxCrossEntropy(labels, logits()), true, vars);
      const l = loss.dataSync()[0];
      loss.dispose();
      return l;
    },
  };
}

const CONFIGS = [
  { name: 'tfjs-wasm + convgen plug-in (all conv kernels)', backend: 'wasm', kernels: undefined },
  { name: 'tfjs-cpu (no plug-in)', backend: 'cpu', kernels: [] },
  { name: 'tfjs-wasm + convgen Conv2DBackpropFilter only', backend: 'wasm', kernels: ['Conv2DBackpropFilter'] },
];

async function useBackend(name) {
  if (tf.getBackend() === name) return;
  if (!(await tf.setBackend(name))) throw new Error(`tfjs backend ${name} did not initialize`);
  await tf.ready();
}

const perRound = CONFIGS.map(() => []);
const firstLoss = [];
const models = [];
// warm-up, once per configuration: its shapes compiled (the plug-in keeps them across
// registrations) and V8's optimizing tier in place for the kernels and tfjs (at least 3 steps and 1 s)
for (const [i, c] of CONFIGS.entries()) {
  await useBackend(c.backend);
  const plugin = c.kernels?.length === 0 ? undefined : await registerConvgen(tf, { backend: c.backend, ...(c.kernels ? { kernels: c.kernels } : {}) });
  try {
    models[i] = model(7);
    firstLoss[i] = models[i].step();
    const t0 = performance.now();
    for (let s = 1; s < 3 || performance.now() - t0 < 1000; s++) models[i].step();
  } finally {
    plugin?.unregister();
  }
}
for (let round = 0; round < ROUNDS; round++) {
  for (let j = 0; j < CONFIGS.length; j++) {
    const i = (j + round) % CONFIGS.length; // rotate the order: no configuration always runs first
    const c = CONFIGS[i];
    await useBackend(c.backend);
    const plugin = c.kernels?.length === 0 ? undefined : await registerConvgen(tf, { backend: c.backend, ...(c.kernels ? { kernels: c.kernels } : {}) });
    try {
      models[i].step(); // untimed
      const t0 = performance.now();
      let s = 0;
      while (s < STEPS || performance.now() - t0 < 200) s++, models[i].step(); // at least `steps` steps and 200 ms
      perRound[i].push((performance.now() - t0) / s);
    } finally {
      plugin?.unregister();
    }
  }
}

const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
const fmt = (v) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const cpuMedian = quantile(perRound[1], 0.5);
console.log(`CPU: ${cpu} (${os.cpus().length} logical cores); Node ${process.version}; tfjs ${tf.version.tfjs}; tfjs-wasm threads: ${tfwasm.getThreadsCount()}; convgen kernels: 1 thread.`);
console.log(`CNN: x [${N}, ${HW}, ${HW}, 3] -> conv 3x3/2 'same' ${C1} + relu -> conv 3x2 'valid' ${C2} + relu -> dense ${CLASSES}, softmax cross-entropy, SGD; ${ROUNDS} interleaved rounds of at least ${STEPS} steps and 200 ms (after a warm-up, and an untimed step per round).`);
console.log(`First-step loss per configuration (same seed): ${firstLoss.map((l) => l.toFixed(6)).join(', ')}.`);
console.log('');
console.log('| configuration | ms/step (median) | p20-p80 | vs tfjs-cpu |');
console.log('|---|---:|---:|---:|');
CONFIGS.forEach((c, i) => {
  const xs = perRound[i];
  const m = quantile(xs, 0.5);
  console.log(`| ${c.name} | ${fmt(m)} | ${fmt(quantile(xs, 0.2))}-${fmt(quantile(xs, 0.8))} | ${(cpuMedian / m).toFixed(2)}x |`);
});
process.exit(0);
