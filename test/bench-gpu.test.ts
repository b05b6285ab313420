/**
 * The webgpu benchmark's pieces, without timing anything: the naive WGSL kernels (verified against
 * the float64 reference on a stride-2, asymmetrically padded, dilated shape, both layouts), the
 * tfjs-webgpu peer's output, the probe/skip logic of the timing, and the report for webgpu results.
 * The GPU tests need a WebGPU adapter: on a machine without a GPU, `npm run setup:webgpu` installs
 * lavapipe; when there is none they fail with NoGpuError and that install hint, they are not skipped.
 */
import { describe, expect, it } from 'vitest';
import { parseSpec } from '../src/layer/parse.js';
import { PASSES, type Pass } from '../src/layer/types.js';
import { LayerCase, verifyKernel } from '../src/verify/index.js';
import { relError } from '../src/reference/index.js';
import { getGpu, type Gpu, type TimingResult } from '../src/run/webgpu.js';
import { NaiveWgslKernel, naiveWgsl } from '../bench/lib/naive-wgsl.js';
import { timeGpu } from '../bench/lib/gpu.js';
import { gpuCheckTable, gpuTargets, passTable, pipelineTable, resultsMarkdown, summaryMarkdown } from '../bench/lib/report.js';
import { svgChart } from '../bench/lib/svg.js';
import type { BenchResult, GpuBenchReport } from '../bench/lib/results.js';

// stride 2 (3 across), asymmetric padding, dilation, K != L: taps that miss, rows the window never reaches
const ODD = parseSpec({ name: 'odd', N: 2, Ci: 3, H: 11, W: 9, Co: 5, K: 3, L: 2, stride: [2, 3], pad: [2, 0, 1, 2], dilation: [2, 1], act: 'tanh' });
const ODD_NHWC = parseSpec({ name: 'odd_nhwc', N: 2, Ci: 3, H: 11, W: 9, Co: 5, K: 3, L: 2, stride: 2, pad: [1, 0, 2, 1], dilation: [1, 2], act: 'sigmoid', layout: 'nhwc' });
// no dilation: tfjs's backward ops have none
const ODD_TFJS = parseSpec({ name: 'odd_tfjs', N: 2, Ci: 3, H: 9, W: 8, Co: 4, K: 3, L: 2, stride: 2, pad: [1, 0, 2, 1], act: 'relu' });
// depthwise with channel multiplier 2 (NHWC, stride 2, asymmetric padding), and G = 2 with 2 -> 3 channels per group (NCHW)
const GROUPED = [
  parseSpec({ name: 'dw_m2', N: 2, Ci: 3, H: 9, W: 8, Co: 6, K: 3, L: 2, stride: 2, pad: [1, 0, 2, 1], groups: 3, act: 'relu', layout: 'nhwc' }),
  parseSpec({ name: 'g2', N: 2, Ci: 4, H: 6, W: 7, Co: 6, K: 3, L: 3, stride: 2, pad: 1, groups: 2, act: 'tanh' }),
];

let gpu: Gpu | undefined;
/** Asked for by every GPU test (not in a beforeAll, where a failure would mark the tests skipped). */
async function theGpu(): Promise<Gpu> {
  gpu ??= await getGpu();
  return gpu;
}

describe('naive WGSL kernels', () => {
  it('writes one bounds-checked invocation per output element with the shape baked in', () => {
    const d = naiveWgsl(ODD, 'input-grad');
    expect(d.abi.tensors.map((b) => `${b.name}:${b.role}`)).toEqual(['w:input', 'y:input', 'dy:input', 'dx:output']);
    expect(d.abi.stages).toEqual([{ entry: 'main', dispatch: [Math.ceil((2 * 3 * 11 * 9) / 64), 1, 1], workgroup: [64, 1, 1] }]);
    expect(d.text).toContain('const SH: i32 = 2;');
    expect(d.text).toContain('th % SH == 0');
    expect(d.text).toContain('if (i >= TOTAL)');
    expect(naiveWgsl(ODD, 'weight-grad').abi.tensors.find((b) => b.role === 'output')).toMatchObject({ name: 'dw', elems: 5 * 3 * 3 * 2 });
    // the weight update: w updated in place, lr a runtime scalar
    const u = naiveWgsl(ODD, 'weight-update').abi;
    expect(u.tensors.map((b) => `${b.name}:${b.role}`)).toEqual(['x:input', 'y:input', 'dy:input', 'lr:input', 'w:inout']);
    expect([u.result, u.scalars]).toEqual(['w', ['lr']]);
    // grouped: the weights hold Ci/G channels, the group's channels are found from co / COG and ci / CIG
    const g = naiveWgsl(GROUPED[1]!, 'forward');
    expect(g.text).toContain('const CIG: i32 = 2;');
    expect(g.text).toContain('let c0 = (p.y / COG) * CIG;');
    expect(g.abi.tensors.find((b) => b.name === 'w')).toMatchObject({ elems: 6 * 2 * 3 * 3, shape: [6, 2, 3, 3] });
  });

  for (const spec of [ODD, ODD_NHWC, ...GROUPED]) {
    it(`match the float64 reference on every pass (${spec.name}: ${spec.layout}, stride ${spec.sh}x${spec.sw}, dilation ${spec.dh}x${spec.dw}, groups ${spec.groups})`, async () => {
      await theGpu();
      const c = new LayerCase(spec, 3);
      for (const pass of PASSES) {
        const k = await NaiveWgslKernel.build(spec, pass);
        try {
          const r = await verifyKernel(k, c, 'webgpu');
          expect(r.problem, `${spec.name} ${pass}`).toBeUndefined();
          expect(r.ok, `${spec.name} ${pass}: rel ${r.relError}`).toBe(true);
        } finally {
          k.close();
        }
      }
    });
  }
});

describe('tfjs-webgpu peer', () => {
  it('runs every pass on the process device and matches the reference', async () => {
    const g = await theGpu();
    const { tfjsWebGpuPeer } = await import('../bench/lib/peers/tfjs-webgpu.js');
    const peer = await tfjsWebGpuPeer(g);
    expect(peer.timing).toBe(g.adapterInfo.timestampQuery ? 'timestamp' : 'wall');
    for (const spec of [ODD_TFJS, ...GROUPED]) {
      const c = new LayerCase(spec, 2);
      for (const pass of PASSES) {
        expect(peer.skip(spec, pass)).toBeUndefined();
        const p = await peer.prepare(spec, pass, { x: c.x, w: c.w, b: c.b, y: c.y, dy: c.dy, lr: c.lr });
        try {
          expect(relError(await p.output(), c.reference(pass)), `${spec.name} ${pass}`).toBeLessThanOrEqual(1e-5);
          if (spec === ODD_TFJS) {
            const t = await p.time(2, 1);
            expect(t.samples).toHaveLength(2);
            expect(t.medianMs).toBeGreaterThanOrEqual(0);
          }
        } finally {
          p.dispose();
        }
      }
    }
    expect(peer.method('forward', GROUPED[0])).toMatch(/^tf\.fused\.depthwiseConv2d/);
    expect(peer.method('input-grad', GROUPED[1])).toMatch(/^tf\.split \+ 2 x tf\.conv2dTranspose/);
    expect(peer.skip(ODD, 'input-grad')).toMatch(/dilation/);
  });
});

describe('GPU timing plan', () => {
  /** a fake kernel whose runs take `ms` (reported, not slept) */
  const fake = (ms: number) => {
    const calls: [number, number][] = [];
    return {
      calls,
      async time(runs: number, warmup: number): Promise<TimingResult> {
        calls.push([runs, warmup]);
        const samples = Array.from({ length: runs }, () => ms);
        return { medianMs: ms, samples, method: 'timestamp' };
      },
    };
  };
  const o = { runs: 10, warmup: 5, minTotalMs: 200, maxRuns: 200 };

  it('probes once, then warms up and times at least `runs`, more for fast kernels', async () => {
    const fast = fake(0.5);
    const t = await timeGpu(fast, o);
    expect(fast.calls).toEqual([[1, 0], [200, 4]]);
    expect('timing' in t && t.timing.samples.length).toBe(200);
    const slow = fake(400);
    await timeGpu(slow, o);
    expect(slow.calls).toEqual([[1, 0], [10, 3]]); // about 1 s of warm-up at most
  });

  it('skips what takes longer than the limit by wall time, and never skips without one', async () => {
    const k = {
      async time(runs: number): Promise<TimingResult> {
        await new Promise((r) => setTimeout(r, 30));
        return { medianMs: 30, samples: Array(runs).fill(30), method: 'wall' };
      },
    };
    const t = await timeGpu(k, { ...o, runs: 1, warmup: 0 }, 10);
    expect('skipped' in t && t.skipped).toMatch(/^too slow: one run took 0\.0\d+ s \(limit 0\.01 s a run\)$/);
    expect('timing' in (await timeGpu(k, { ...o, runs: 1, warmup: 0, minTotalMs: 0 }))).toBe(true);
  });
});

/** A webgpu report as runGpuBench would return it, with made-up timings. */
function fakeGpuReport(): GpuBenchReport {
  const layers = ['res3x3', 'l<2>&'];
  const results: BenchResult[] = [];
  const add = (layer: string, pass: Pass, impl: string, gflops: number | null, extra: Partial<BenchResult> = {}) =>
    results.push({ layer, pass, impl, threads: 1, medianMs: gflops === null ? null : 1 / gflops, gflops, verified: gflops !== null, timing: 'timestamp', ...extra });
  for (const l of layers) {
    add(l, 'forward', 'convgen', 12);
    add(l, 'forward', 'naive-wgsl', 1.5);
    add(l, 'forward', 'tfjs-webgpu', 3);
    add(l, 'bias-grad', 'convgen', 0.5);
    add(l, 'bias-grad', 'naive-wgsl', 0.8);
  }
  add('res3x3', 'bias-grad', 'tfjs-webgpu', 0.03, { verified: false, relError: 0.2 });
  add('l<2>&', 'bias-grad', 'tfjs-webgpu', null, { skipped: 'too slow: one run took 4.0 s (limit 3 s a run)' });
  return {
    target: 'webgpu',
    machine: {
      cpu: 'Test CPU', cores: 2, memoryGiB: 8, platform: 'linux', arch: 'x64', node: '20', v8: '11', relaxedSimd: true, loadAverage: [0, 0, 0], date: '2025-01-01',
      gpu: { vendor: 'mesa', architecture: 'software', device: 'llvmpipe', description: 'llvmpipe: Mesa 25 <test>', timestampQuery: true, limits: {}, features: ['timestamp-query'] },
    },
    threads: 1,
    options: { runs: 10, warmup: 5, seed: 1, passes: PASSES, minTotalMs: 200, maxRuns: 200, maxRunSeconds: 3 },
    peers: [{ name: 'naive-wgsl', threads: 1, available: true }, { name: 'tfjs-webgpu', threads: 1, available: true }],
    results,
    pipeline: [
      { layer: 'res3x3', passes: [...PASSES], compileLayerMs: 320, pipelineMs: 310, perPass: { forward: 150, 'input-grad': 130, 'weight-grad': 20, 'bias-grad': 10 }, firstDispatchExtraMs: 30, naivePipelineMs: 60 },
      { layer: 'l<2>&', passes: [...PASSES], compileLayerMs: 1300, pipelineMs: 1250, perPass: {}, firstDispatchExtraMs: 30, naivePipelineMs: 60 },
    ],
    layers: layers.map((name) => ({ name, flops: { forward: 2e6, 'bias-grad': 1e4 }, spec: parseSpec({ N: 1, Ci: 1, H: 3, W: 3, Co: 1, K: 1, L: 1 }) })),
    totalSeconds: 1,
  };
}

describe('webgpu report', () => {
  it('has a table per pass with convgen, naive-wgsl and tfjs-webgpu, their ratios and no peak column', () => {
    const r = fakeGpuReport();
    const { table, notes } = passTable(r, 'forward');
    const [header, , ...rows] = table.split('\n');
    const cols = header!.split('|').slice(1, -1).map((c) => c.trim());
    expect(cols).toEqual(['layer', 'MFLOP', 'convgen GFLOP/s', 'naive-wgsl GFLOP/s', 'tfjs-webgpu GFLOP/s', 'convgen/naive-wgsl', 'convgen/tfjs-webgpu']);
    expect(rows[0]!.split('|').map((c) => c.trim()).slice(1, -1)).toEqual(['res3x3', '2.0', '12.0', '1.50', '3.00', '8.00x', '4.00x']);
    expect(rows.at(-1)).toMatch(/^\| geomean \|/);
    expect(notes).toEqual([]);
    const bg = passTable(r, 'bias-grad');
    expect(bg.table).toContain('0.030!');
    expect(bg.table).toContain('| skip |');
    expect(bg.notes.join('\n')).toContain('too slow');
  });

  it('adds pipeline creation, the targets, the adapter; the chart has no peak lines', () => {
    const r = fakeGpuReport();
    expect(pipelineTable(r).split('\n')[0]).toContain(`convgen pipelines ms (${PASSES.length} passes)`);
    expect(pipelineTable(r)).toMatch(/\| res3x3 \| 310\.0 \|.*\| yes \|/);
    expect(pipelineTable(r)).toMatch(/\| l<2>& \| 1250\.0 \|.*\| NO \|/);
    const targets = gpuTargets(r);
    expect(targets.map((t) => t.ok)).toEqual([true, false, false]);
    expect(targets[0]!.text).toContain('4.00x');
    expect(targets[1]!.text).toContain('res3x3 bias-grad (0.63x)');
    const md = summaryMarkdown(r);
    expect(md).toContain('### pipeline creation');
    expect(md).toContain('llvmpipe: Mesa 25');
    expect(md).not.toContain('% of');
    expect(resultsMarkdown(r)).toContain('- adapter: mesa llvmpipe: Mesa 25 <test>, software');
    const svg = svgChart(r);
    expect(svg.match(/<rect class="bar"/g)?.length).toBe(r.results.filter((x) => x.gflops !== null).length);
    expect(svg).not.toContain('class="peak"');
    expect(svg).toContain('llvmpipe: Mesa 25 &lt;test&gt;');
    const check = gpuCheckTable(r, { results: [{ layer: 'res3x3', pass: 'forward', ok: true, relError: 1e-7 }] });
    expect(check.split('\n')[0]).toMatch(/^adapter: mesa llvmpipe: Mesa 25 <test>, software/);
    expect(check).toMatch(/\| res3x3 \| forward \| ok 1\.0e-7 \| 0\.0833 \| 12\.0 \| 1\.50 \| 3\.00 \| 8\.00x \| 4\.00x \| 310 \|/);
  });
});
