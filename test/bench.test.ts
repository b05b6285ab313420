/**
 * The benchmark's pieces: the wasm function-size parser, the ONNX model builder (run by
 * onnxruntime-node against the float64 reference), the layout moves, the statistics of rounds,
 * the Markdown tables and the SVG chart; and one short runBench in rounds (a tiny layer, one peer).
 */
import { describe, expect, it } from 'vitest';
import { assembleWat } from '../src/assemble/wasm.js';
import { parseSpec } from '../src/layer/parse.js';
import { PASSES, type Pass } from '../src/layer/types.js';
import { LayerCase } from '../src/verify/index.js';
import { relError } from '../src/reference/index.js';
import { functionBodySizes, largestFunctionBytes, readU32Leb } from '../bench/lib/wasm-size.js';
import { convTransposeOutputPadding, decodeModel, passModel, weightGradConvExtent } from '../bench/lib/onnx.js';
import { permute4, relayout } from '../bench/lib/layout.js';
import { ortNodePeer, ortWebPeer } from '../bench/lib/peers/ort.js';
import { tfjsCpuPeer, tfjsWasmPeer } from '../bench/lib/peers/tfjs.js';
import { timeRotating } from '../src/run/time.js';
import { peakMeter, peakWat, PEAK_FLOPS_PER_ITER } from '../bench/lib/peak.js';
import { geomeanRatio, headline, passTable, compileTable, resultsMarkdown, summaryMarkdown, wasmTargets, WASM_TARGETS } from '../bench/lib/report.js';
import { svgChart } from '../bench/lib/svg.js';
import { CONVGEN_1T, type BenchReport, type BenchResult, type RoundRatio } from '../bench/lib/results.js';
import { perRoundRatios, quantile, spreadOf, summarize } from '../bench/lib/stats.js';
import { RoundTimer, roundOrder, roundPlan, runsFor } from '../bench/lib/rounds.js';
import { cpuFamilyModel, loadPeers, runBench } from '../bench/lib/suite.js';

describe('wasm function sizes', () => {
  it('reads every function body size from the code section, past other sections', async () => {
    const drops = Array.from({ length: 100 }, () => '(drop (i32.const 1))').join(' ');
    const wasm = await assembleWat('sizes', `(module
      (import "env" "f" (func $imp))
      (memory (export "memory") 1)
      (global $g (mut i32) (i32.const 0))
      (func)
      (func (result i32) (i32.const 1))
      (func (local i32 i32))
      (func ${drops})
      (data (i32.const 0) "abc"))`);
    // bodies: locals vector + code + end; imported functions have none
    //   (func)                  00 0b                       2
    //   i32.const 1             00 41 01 0b                 4
    //   two i32 locals          01 02 7f 0b                 4
    //   100 x (41 01 1a)        00 [300 bytes] 0b         302 (a 2-byte size LEB)
    expect(functionBodySizes(wasm)).toEqual([2, 4, 4, 302]);
    expect(largestFunctionBytes(wasm)).toBe(302);
  });

  it('gives no functions for a module without code, and rejects what is not wasm', async () => {
    expect(functionBodySizes(await assembleWat('empty', '(module (memory 1))'))).toEqual([]);
    expect(() => functionBodySizes(new Uint8Array([1, 2, 3, 4, 1, 0, 0, 0]))).toThrow(/magic/);
  });

  it('decodes LEB128 of 1 to 5 bytes, including non-minimal encodings', () => {
    expect(readU32Leb(Uint8Array.of(0x7f), 0)).toEqual({ value: 127, next: 1 });
    expect(readU32Leb(Uint8Array.of(0xe5, 0x8e, 0x26), 0)).toEqual({ value: 624485, next: 3 });
    expect(readU32Leb(Uint8Array.of(0x82, 0x80, 0x80, 0x80, 0x00), 0)).toEqual({ value: 2, next: 5 });
    expect(readU32Leb(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f), 0).value).toBe(0xffffffff);
    expect(() => readU32Leb(Uint8Array.of(0x80, 0x80), 0)).toThrow(/past the end/);
  });
});

describe('ONNX models', () => {
  // stride 2, asymmetric padding, K != L, a row and column the strided window never reaches
  const spec = parseSpec({ name: 'odd', N: 2, Ci: 3, H: 9, W: 8, Co: 4, K: 3, L: 2, stride: 2, pad: [1, 0, 2, 1], act: 'tanh' });

  it('encodes graph as ModelProto field 7 and opset_import as field 8, weights as raw_data', () => {
    const c = new LayerCase(spec, 1);
    const bytes = passModel(spec, 'forward', { w: c.w, b: c.b });
    expect(bytes[0]).toBe(0x08); // field 1 (ir_version), varint
    const m = decodeModel(bytes) as { ir_version: number; opset_import: { version: number }[]; graph: { initializer: { name: string; raw_data: number[] }[]; node: { op_type: string }[] } };
    expect(m.ir_version).toBe(8);
    expect(m.opset_import[0]!.version).toBe(13);
    expect(m.graph.node.map((n) => n.op_type)).toEqual(['Conv', 'Tanh']);
    const w = m.graph.initializer.find((t) => t.name === 'w')!;
    expect(new Float32Array(Uint8Array.from(w.raw_data).buffer)).toEqual(c.w);
    // the tags on the wire: 0x3a = field 7 length-delimited, 0x42 = field 8 length-delimited
    expect([...bytes]).toContain(0x3a);
    expect([...bytes]).toContain(0x42);
  });

  it('sizes ConvTranspose and the weight-gradient Conv to the layer', () => {
    expect([spec.Ho, spec.Wo]).toEqual([4, 5]);
    expect(convTransposeOutputPadding(spec)).toEqual([1, 1]); // 2 (4 - 1) + 3 - 1 = 8 rows of 9
    expect(weightGradConvExtent(spec)).toEqual([4, 3]); // sliced back to 3 x 2
    const valid = parseSpec({ N: 1, Ci: 1, H: 8, W: 8, Co: 1, K: 3, L: 3, stride: 2 });
    expect(weightGradConvExtent(valid)).toEqual([4, 4]); // sliced back to 3 x 3
  });

  const layers = [
    spec,
    parseSpec({ name: 'relu_valid', N: 1, Ci: 2, H: 8, W: 8, Co: 3, K: 3, L: 3, stride: 2, act: 'relu' }),
    parseSpec({ name: 'nhwc_dil', N: 2, Ci: 3, H: 7, W: 9, Co: 5, K: 2, L: 3, pad: [0, 1, 2, 0], dilation: 2, act: 'sigmoid', layout: 'nhwc' }),
  ];
  for (const s of layers) {
    it(`runs in onnxruntime-node and matches the reference: ${s.name}, every pass`, async () => {
      const peer = await ortNodePeer(1);
      const c = new LayerCase(s, 3);
      const sets = [{ x: c.x, w: c.w, b: c.b, y: c.y, dy: c.dy, lr: c.lr }];
      for (const pass of PASSES) {
        const p = await peer.prepare(s, pass, sets);
        const rel = relError(await p.output(0), c.reference(pass));
        await p.dispose();
        expect({ pass, rel: rel < 1e-5 ? 'ok' : rel }).toEqual({ pass, rel: 'ok' });
      }
    });
  }
});

describe('the other peers', () => {
  const layers = [
    parseSpec({ name: 'odd', N: 2, Ci: 3, H: 9, W: 8, Co: 4, K: 3, L: 2, stride: 2, pad: [1, 0, 2, 1], act: 'relu' }),
    parseSpec({ name: 'nhwc_dil', N: 1, Ci: 2, H: 7, W: 9, Co: 5, K: 2, L: 3, pad: [0, 1, 2, 0], dilation: 2, act: 'tanh', layout: 'nhwc' }),
  ];
  it('tfjs-wasm, tfjs-cpu and onnxruntime-web match the reference on every pass they run', async () => {
    const peers = [await tfjsWasmPeer(), await tfjsCpuPeer(), await ortWebPeer(1)];
    const checked: string[] = [];
    const skipped: string[] = [];
    for (const s of layers) {
      const c = new LayerCase(s, 5);
      const sets = [{ x: c.x, w: c.w, b: c.b, y: c.y, dy: c.dy, lr: c.lr }];
      for (const peer of peers) {
        for (const pass of peer.passes) {
          if (peer.applies && !peer.applies(s, pass)) continue;
          const why = peer.skip(s, pass);
          if (why) {
            skipped.push(`${s.name} ${peer.name} ${pass}: ${why}`);
            continue;
          }
          const p = await peer.prepare(s, pass, sets);
          const rel = relError(await p.output(0), c.reference(pass));
          await p.dispose();
          checked.push(`${s.name} ${peer.name} ${pass} ${rel < 1e-5 ? 'ok' : rel}`);
        }
      }
    }
    // each peer ran exactly the passes it has, and matched the reference on each
    const ok = (layer: string, peer: string, passes: string[]) => passes.map((p) => `${layer} ${peer} ${p} ok`);
    expect(checked).toEqual([
      ...ok('odd', 'tfjs-wasm', ['forward', 'input-grad', 'bias-grad']),
      ...ok('odd', 'tfjs-cpu', ['weight-grad', 'weight-update']),
      ...ok('odd', 'ort-web', [...PASSES]),
      ...ok('nhwc_dil', 'tfjs-wasm', ['forward', 'bias-grad']),
      ...ok('nhwc_dil', 'ort-web', [...PASSES]),
    ]);
    // tfjs's gradients take no dilation: skipped with that reason, not run
    expect(skipped).toEqual([
      "nhwc_dil tfjs-wasm input-grad: tfjs's input-grad has no dilation",
      "nhwc_dil tfjs-cpu weight-grad: tfjs's weight-grad has no dilation",
      "nhwc_dil tfjs-cpu weight-update: tfjs's weight-update has no dilation",
    ]);
  });
});

describe('grouped and depthwise layers in every peer', () => {
  // depthwise with channel multiplier 2 (stride 2, asymmetric padding, NHWC/HWIO), depthwise with
  // multiplier 1 (NCHW/OIHW), and G = 2 with 2 -> 3 channels per group (NCHW; NHWC)
  const layers = [
    parseSpec({ name: 'dw_m2', N: 2, Ci: 3, H: 9, W: 8, Co: 6, K: 3, L: 2, stride: 2, pad: [1, 0, 2, 1], groups: 3, act: 'relu', layout: 'nhwc' }),
    parseSpec({ name: 'dw_m1', N: 1, Ci: 4, H: 7, W: 7, Co: 4, K: 3, L: 3, pad: 1, groups: 4, act: 'sigmoid' }),
    parseSpec({ name: 'g2', N: 2, Ci: 4, H: 6, W: 7, Co: 6, K: 3, L: 3, stride: 2, pad: 1, groups: 2, act: 'tanh' }),
    parseSpec({ name: 'g2_nhwc', N: 1, Ci: 4, H: 6, W: 5, Co: 6, K: 2, L: 3, pad: [0, 1, 1, 1], groups: 2, act: 'none', layout: 'nhwc' }),
  ];

  it('ONNX graphs: Conv and ConvTranspose take group G, the weights [Co][Ci/G][K][L]', () => {
    const s = layers[2]!;
    const c = new LayerCase(s, 1);
    const graph = (pass: Pass) => decodeModel(passModel(s, pass, { w: c.w, b: c.b })) as { graph: { node: { op_type: string; attribute: { name: string; i?: number }[] }[]; initializer: { name: string; dims: number[] }[] } };
    const group = (pass: Pass, op: string) => graph(pass).graph.node.filter((n) => n.op_type === op).map((n) => n.attribute.find((a) => a.name === 'group')?.i);
    expect(group('forward', 'Conv')).toEqual([2]);
    expect(group('input-grad', 'ConvTranspose')).toEqual([2]);
    expect(group('weight-grad', 'Conv')).toEqual([2]);
    expect(graph('forward').graph.initializer.find((t) => t.name === 'w')!.dims).toEqual([6, 2, 3, 3]);
    expect(graph('weight-update').graph.node.map((n) => n.op_type).slice(-2)).toEqual(['Mul', 'Sub']);
  });

  it('every peer matches the float64 reference on every pass it runs; what it cannot run is skipped with the reason', async () => {
    const peers = [await tfjsWasmPeer(), await tfjsCpuPeer(), await ortWebPeer(1), await ortNodePeer(1)];
    const checked: string[] = [];
    const skipped: string[] = [];
    const methods = new Set<string>();
    for (const s of layers) {
      const c = new LayerCase(s, 7);
      const sets = [{ x: c.x, w: c.w, b: c.b, y: c.y, dy: c.dy, lr: c.lr }];
      for (const peer of peers) {
        for (const pass of peer.passes) {
          if (peer.applies && !peer.applies(s, pass)) continue;
          const why = peer.skip(s, pass);
          if (why) {
            skipped.push(`${s.name} ${peer.name} ${pass}: ${why}`);
            continue;
          }
          methods.add(`${peer.name} ${pass}: ${peer.method(pass, s)}`);
          const p = await peer.prepare(s, pass, sets);
          const rel = relError(await p.output(0), c.reference(pass));
          await p.dispose();
          checked.push(`${s.name} ${peer.name} ${pass} ${rel < 1e-5 ? 'ok' : rel}`);
        }
      }
    }
    const ok = (layer: string, peer: string, passes: string[]) => passes.map((p) => `${layer} ${peer} ${p} ok`);
    const all = (layer: string, tfjsWasm: string[], tfjsCpu: string[]) => [
      ...ok(layer, 'tfjs-wasm', tfjsWasm), ...ok(layer, 'tfjs-cpu', tfjsCpu), ...ok(layer, 'ort-web', [...PASSES]), ...ok(layer, 'ort-node', [...PASSES]),
    ];
    expect(checked).toEqual([
      ...all('dw_m2', ['forward', 'bias-grad'], ['input-grad', 'weight-grad', 'weight-update']),
      ...all('dw_m1', ['forward', 'bias-grad'], ['input-grad', 'weight-grad', 'weight-update']),
      ...all('g2', ['forward', 'input-grad', 'bias-grad'], ['weight-grad', 'weight-update']),
      ...all('g2_nhwc', ['forward', 'input-grad', 'bias-grad'], ['weight-grad', 'weight-update']),
    ]);
    expect(skipped).toEqual([
      'dw_m2 tfjs-wasm input-grad: tfjs-wasm registers no DepthwiseConv2dNativeBackpropInput (tfjs-cpu runs it)',
      'dw_m1 tfjs-wasm input-grad: tfjs-wasm registers no DepthwiseConv2dNativeBackpropInput (tfjs-cpu runs it)',
    ]);
    // the ops a tfjs user would call for each kind of layer
    expect(methods).toContain('tfjs-wasm forward: tf.fused.depthwiseConv2d (+bias, act)');
    expect(methods).toContain('tfjs-wasm forward: tf.split + 2 x tf.fused.conv2d (+bias, act) + tf.concat');
    expect(methods).toContain('tfjs-cpu input-grad: DepthwiseConv2dNativeBackpropInput');
    expect(methods).toContain('tfjs-cpu weight-grad: DepthwiseConv2dNativeBackpropFilter');
  });
});

describe('layouts', () => {
  it('moves activations and weights to NHWC/HWIO and back', () => {
    const s = parseSpec({ N: 2, Ci: 3, H: 4, W: 5, Co: 6, K: 2, L: 3 });
    const x = Float32Array.from({ length: 2 * 3 * 4 * 5 }, (_, i) => i);
    const xh = relayout(s, 'x', x, 'nchw', 'nhwc');
    // x[n=1][c=2][h=3][w=4] sits at ((1*4 + 3)*5 + 4)*3 + 2 in NHWC
    expect(xh[((1 * 4 + 3) * 5 + 4) * 3 + 2]).toBe(x[((1 * 3 + 2) * 4 + 3) * 5 + 4]);
    expect(relayout(s, 'x', xh, 'nhwc', 'nchw')).toEqual(x);
    const w = Float32Array.from({ length: 6 * 3 * 2 * 3 }, (_, i) => i);
    const wh = relayout(s, 'w', w, 'nchw', 'nhwc'); // HWIO [2][3][3][6]
    expect(wh[((1 * 3 + 2) * 3 + 1) * 6 + 5]).toBe(w[((5 * 3 + 1) * 2 + 1) * 3 + 2]);
    expect(relayout(s, 'w', wh, 'nhwc', 'nchw')).toEqual(w);
    expect(permute4(Float32Array.of(0, 1, 2, 3), [1, 1, 2, 2], [0, 1, 3, 2])).toEqual(Float32Array.of(0, 2, 1, 3));
  });
});

describe('timing helpers', () => {
  it('rotates the input sets through warm-up and timed runs, at least `runs` timed', async () => {
    const prepared: number[] = [];
    const ran: number[] = [];
    const t = await timeRotating((i) => void ran.push(i), { runs: 10, warmup: 5, sets: 3 }, (i) => void prepared.push(i));
    expect(t.samples.length).toBe(10);
    expect(prepared).toEqual(ran);
    expect(ran.slice(0, 7)).toEqual([0, 1, 2, 0, 1, 2, 0]);
  });

  it('writes a peak loop that assembles and runs', async () => {
    const wasm = await assembleWat('peak', peakWat('mulAdd'));
    const { instance } = await WebAssembly.instantiate(wasm);
    const iters = 1000;
    const v = (instance.exports.run as (n: number) => number)(iters);
    // lane 0 by hand in float32: acc_i = i / 12 (as printed, 4 decimals), then acc = acc * 0.999 + 0.001 per round, summed in order
    const f = Math.fround;
    const acc = Array.from({ length: 12 }, (_, i) => f(Number((i / 12).toFixed(4))));
    for (let r = 0; r < iters * 4; r++) for (let i = 0; i < 12; i++) acc[i] = f(f(acc[i]! * f(0.999)) + f(0.001));
    expect(v).toBe(acc.slice(1).reduce((s, a) => f(s + a), acc[0]!));
    // the flops counted per iteration are the loop body's: 4 lanes x 2 flops per mul+add pair or fma
    const loop = (t: string) => t.slice(t.indexOf('(loop $step'), t.indexOf('(local.set $iters'));
    const pairs = loop(peakWat('mulAdd')).split('(f32x4.add (f32x4.mul').length - 1;
    const fmas = loop(peakWat('fma')).split('f32x4.relaxed_madd').length - 1;
    expect(pairs).toBeGreaterThan(0);
    expect(fmas).toBe(pairs);
    expect(PEAK_FLOPS_PER_ITER).toBe(pairs * 4 * 2);
  });
});

describe('rounds', () => {
  it('summarizes per-round figures: median, p20 and p80 interpolated linearly, min and max', () => {
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    // 7 values: p20 at position 1.2, p80 at 4.8 of the sorted ones
    const xs = [70, 10, 30, 20, 60, 40, 50];
    const sp = spreadOf(xs);
    expect([sp.min, sp.p20, sp.max]).toEqual([10, 22, 70]);
    expect(sp.p80).toBeCloseTo(58, 9);
    expect(summarize(xs).median).toBe(40);
    expect(summarize([5])).toEqual({ median: 5, min: 5, p20: 5, p80: 5, max: 5 });
    expect(summarize([]).median).toBeNaN();
    expect(perRoundRatios([2, 6], [1, 3])).toEqual([2, 2]);
    expect(() => perRoundRatios([1], [1, 2])).toThrow(/length/);
  });

  it('sizes a round: enough runs for min-time, at least `runs`, one run where a run is slow', () => {
    const o = { runs: 3, minTotalMs: 30, maxRuns: 200 };
    expect(runsFor(1, o)).toBe(30);
    expect(runsFor(0.01, o)).toBe(200);
    expect(runsFor(20, o)).toBe(3);
    expect(runsFor(30, o)).toBe(2); // 3 runs would take 90 ms > 2.5 x 30
    expect(runsFor(1000, o)).toBe(1);
    // a slow implementation sits out rounds beyond --max-impl-seconds: at least 3, spread from first to last
    const p = { ...o, maxImplSeconds: 3 };
    expect(roundPlan(10, 7, p)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(roundPlan(400, 7, p)).toEqual([0, 1, 2, 3, 4, 5, 6]); // 2.8 s
    expect(roundPlan(700, 7, p)).toEqual([0, 2, 4, 6]); // 3 s / 0.7 s: 4 rounds
    expect(roundPlan(1500, 7, p)).toEqual([0, 3, 6]); // never fewer than 3
    expect(roundPlan(1500, 2, p)).toEqual([0, 1]);
    expect(roundPlan(1500, 7, { ...p, maxImplSeconds: 0 })).toHaveLength(7);
    expect(roundOrder(3, 0)).toEqual([0, 1, 2]);
    expect(roundOrder(3, 1)).toEqual([1, 2, 0]);
    expect(roundOrder(3, 5)).toEqual([2, 0, 1]);
  });

  it('times a contestant round by round, the input sets rotating across warm-up and rounds', async () => {
    const ran: number[] = [];
    const prepared: number[] = [];
    const t = new RoundTimer({ run: (i) => void ran.push(i), prepare: (i) => void prepared.push(i) }, { runs: 3, warmup: 2, warmupMaxMs: 500, minTotalMs: 0, maxRuns: 5, sets: 3, maxImplSeconds: 3 });
    await t.warmUp();
    for (let r = 0; r < 4; r++) await t.round();
    expect(t.roundMs.length).toBe(4);
    expect(t.roundRuns).toEqual([3, 3, 3, 3]);
    expect(t.timedRuns).toBe(12);
    // 2 warm-up runs, then each round: 3 timed (no untimed run with min-time 0)
    expect(ran.length).toBe(14);
    expect(prepared).toEqual(ran);
    expect(ran.slice(0, 8)).toEqual([0, 1, 2, 0, 1, 2, 0, 1]);
    // a check run as long as the warm-up may take stands in for it
    const slow = new RoundTimer({ run: () => void ran.push(-1) }, { runs: 3, warmup: 5, warmupMaxMs: 100, minTotalMs: 30, maxRuns: 5, sets: 1, maxImplSeconds: 3 }, 400);
    await slow.warmUp();
    await slow.round();
    expect(slow.roundRuns).toEqual([1]); // the estimate, 400 ms a run: one run per round
  });

  it('measures a short peak in every round with one module, and with threads > 1 all threads together', async () => {
    const one = await peakMeter(1, { runs: 2, runMs: 2 });
    const a = await one.measure(), b = await one.measure();
    expect(a.single).toBeGreaterThan(0);
    expect(a.all).toBe(a.single);
    expect(b.single).toBeGreaterThan(0);
    await one.close();
    const two = await peakMeter(2, { runs: 2, runMs: 2 });
    for (let r = 0; r < 2; r++) {
      const m = await two.measure();
      expect(m.all).toBeGreaterThan(0);
    }
    await two.close();
  });

  it('reads cpu family and model from /proc/cpuinfo text (the first processor), null where absent', () => {
    const text = 'processor\t: 0\nvendor_id\t: AuthenticAMD\ncpu family\t: 25\nmodel\t\t: 17\nmodel name\t: AMD EPYC 9R14\n\nprocessor\t: 1\ncpu family\t: 6\nmodel\t\t: 85\n';
    expect(cpuFamilyModel(text)).toEqual({ cpuFamily: 25, cpuModel: 17 });
    expect(cpuFamilyModel('processor : 0\nmodel name : Apple M2\n')).toEqual({ cpuFamily: null, cpuModel: null });
    expect(cpuFamilyModel('')).toEqual({ cpuFamily: null, cpuModel: null });
  });

  it('runBench times convgen and a peer in interleaved rounds: per-round figures, spreads, per-round ratios', async () => {
    const spec = parseSpec({ name: 'tiny', N: 1, Ci: 4, H: 10, W: 10, Co: 8, K: 3, L: 3, pad: 1, act: 'relu' });
    const peerSet = await loadPeers(1, ['ort-node']);
    expect(peerSet.peers.map((p) => p.name)).toEqual(['ort-node']);
    const lines: string[] = [];
    const report = await runBench([spec], peerSet, {
      threads: 1, passes: ['forward', 'bias-grad'], rounds: 3, runs: 3, warmup: 1, minTotalMs: 2, maxRuns: 20,
      peak: { trials: 1, runs: 2, targetMs: 5 }, log: (l) => void lines.push(l),
    });
    expect(report.options.rounds).toBe(3);
    expect(report.machine.cpuFamily === null || Number.isInteger(report.machine.cpuFamily)).toBe(true);
    const timed = report.results.filter((r) => r.gflops !== null);
    expect(timed.map((r) => `${r.pass} ${r.impl}`)).toEqual(['forward convgen', 'forward ort-node', 'bias-grad convgen', 'bias-grad ort-node']);
    for (const r of timed) {
      expect(r.rounds?.length).toBe(3);
      expect(r.roundMs?.length).toBe(3);
      expect(r.runsPerRound?.length).toBe(3);
      expect(r.runsPerRound!.every((n) => n >= 3)).toBe(true);
      const s = r.spread!;
      expect(s.min).toBeLessThanOrEqual(s.p20);
      expect(s.p20).toBeLessThanOrEqual(r.gflops!);
      expect(r.gflops!).toBeLessThanOrEqual(s.p80);
      expect(s.p80).toBeLessThanOrEqual(s.max);
      expect(r.gflops).toBe(summarize(r.rounds!).median);
      expect(r.medianMs).toBe(summarize(r.roundMs!).median);
      expect(r.pctPeak!.min).toBeLessThanOrEqual(r.pctPeak!.median);
      expect(r.pctPeak!.median).toBeLessThanOrEqual(r.pctPeak!.max);
    }
    // the peak loop of each round of each pass, and % of peak against the same round's
    expect(report.peaks!.map((p) => `${p.pass} ${p.rounds.length}`)).toEqual(['forward 3', 'bias-grad 3']);
    const fwdPeak = report.peaks![0]!.rounds;
    const cg = timed[0]!, on = timed[1]!;
    expect(cg.pctPeak!.median).toBeCloseTo(summarize(cg.rounds!.map((g, r) => (100 * g) / fwdPeak[r]!)).median, 9);
    expect(report.roundPeak!.count).toBe(6);
    // convgen / ort-node, round by round
    const q = report.ratios!.find((x) => x.pass === 'forward' && x.peer === 'ort-node')!;
    expect(q.rounds).toEqual(cg.rounds!.map((g, r) => g / on.rounds![r]!));
    expect(q.median).toBe(summarize(q.rounds).median);
    expect(q.min).toBeLessThanOrEqual(q.median);
    expect(q.median).toBeLessThanOrEqual(q.max);
    expect(lines.some((l) => /forward convgen: .* GFLOP\/s \(p20-p80 /.test(l))).toBe(true);
    // the Markdown shows medians with spreads, and the legend; the chart has a whisker per timed bar
    const md = resultsMarkdown(report);
    expect(md).toContain('median across 3 interleaved rounds');
    expect(md).toMatch(/\| tiny \| [\d.]+ \| [\d.]+ \([\d.]+-[\d.]+\) \| [\d.]+ \([\d.]+-[\d.]+\) \| [\d.]+x \([\d.]+-[\d.]+\) \| \d+% \(\d+-\d+\) \|/);
    expect(md).toMatch(/- CPU: .*, \d+ cores/);
    const svg = svgChart(report);
    checkXml(svg);
    expect(svg.match(/<line class="whisker"/g)?.length).toBe(timed.length);
    expect(svg.match(/<line class="range"/g)?.length).toBe(timed.length);
  });

  it('runBench with threads 2 times convgen\'s 1-thread kernel in the same rounds: the scaling n threads / 1 thread per round', async () => {
    const spec = parseSpec({ name: 'tiny2', N: 1, Ci: 4, H: 10, W: 10, Co: 8, K: 3, L: 3, pad: 1, act: 'relu' });
    const lines: string[] = [];
    const opts = {
      threads: 2, passes: ['forward', 'input-grad'] as Pass[], rounds: 2, runs: 3, warmup: 1, minTotalMs: 2, maxRuns: 20,
      peak: { trials: 1, runs: 2, targetMs: 5 }, log: (l: string) => void lines.push(l),
    };
    const report = await runBench([spec], { peers: [], unavailable: [] }, opts);
    expect(report.options.scaling).toBe(true);
    const timed = report.results.filter((r) => r.gflops !== null);
    expect(timed.map((r) => `${r.pass} ${r.impl} ${r.verified}`)).toEqual(['forward convgen true', 'forward convgen-1t true', 'input-grad convgen true', 'input-grad convgen-1t true']);
    for (const r of timed.filter((x) => x.impl === CONVGEN_1T)) {
      expect(r.threads).toBe(1);
      expect(r.rounds?.length).toBe(2);
      // % of peak against the same round's 1-thread peak loop
      const pk = report.peaks!.find((p) => p.pass === r.pass)!;
      expect(r.pctPeak!.median).toBeCloseTo(summarize(r.rounds!.map((g, i) => (100 * g) / pk.single![i]!)).median, 9);
    }
    for (const pass of ['forward', 'input-grad'] as Pass[]) {
      const cg = timed.find((r) => r.pass === pass && r.impl === 'convgen')!;
      const one = timed.find((r) => r.pass === pass && r.impl === CONVGEN_1T)!;
      const q = report.ratios!.find((x) => x.pass === pass && x.peer === CONVGEN_1T)!;
      expect(q.rounds).toEqual(cg.rounds!.map((g, i) => g / one.rounds![i]!));
      expect(q.median).toBe(summarize(q.rounds).median);
    }
    expect(lines.some((l) => /forward convgen 2 threads \/ 1 thread: [\d.]+x \(p20-p80 /.test(l))).toBe(true);
    const { table } = passTable(report, 'forward');
    const [header, , row] = table.split('\n');
    expect(header).toBe('| layer | MFLOP | convgen GFLOP/s | convgen-1t GFLOP/s | 2 threads / 1 thread | % of 2-thread FMA peak |');
    expect(row).toMatch(/^\| tiny2 \| [\d.]+ \| [\d.]+ \([\d.]+-[\d.]+\) \| [\d.]+ \([\d.]+-[\d.]+\) \| [\d.]+x \([\d.]+-[\d.]+\) \| \d+% \(\d+-\d+\) \|$/);
    checkXml(svgChart(report));
    // --no-scaling: convgen alone
    const off = await runBench([spec], { peers: [], unavailable: [] }, { ...opts, passes: ['forward'], scaling: false, log: () => {} });
    expect(off.results.map((r) => r.impl)).toEqual(['convgen']);
    expect(off.ratios).toEqual([]);
    expect(off.options.scaling).toBe(false);
  });
});

/** A report as runBench would return it, with made-up timings. */
function fakeReport(): BenchReport {
  const layers = ['l1', 'l<2>&'];
  const results: BenchResult[] = [];
  const add = (layer: string, pass: Pass, impl: string, gflops: number | null, extra: Partial<BenchResult> = {}) =>
    results.push({ layer, pass, impl, threads: 1, medianMs: gflops === null ? null : 1 / gflops, gflops, verified: gflops !== null, ...extra });
  for (const l of layers) {
    add(l, 'forward', 'convgen', 20);
    add(l, 'forward', 'tfjs-wasm', 10);
    add(l, 'forward', 'ort-node', 40);
    add(l, 'weight-grad', 'convgen', 30);
    add(l, 'weight-grad', 'ort-web', 5);
  }
  add('l1', 'weight-grad', 'tfjs-cpu', 0.01);
  add('l<2>&', 'weight-grad', 'tfjs-cpu', null, { skipped: 'too slow' });
  add('l1', 'bias-grad', 'convgen', 1);
  add('l1', 'bias-grad', 'ort-node', 2, { verified: false, relError: 0.5 });
  return {
    machine: { cpu: 'Test CPU', cores: 2, memoryGiB: 8, platform: 'linux', arch: 'x64', node: '20', v8: '11', relaxedSimd: true, loadAverage: [0, 0, 0], date: '2025-01-01' },
    peak: { mulAdd: 40, fma: 50 },
    threads: 1,
    options: { runs: 10, warmup: 5, sets: 3, seed: 1, passes: PASSES, minTotalMs: 200, maxRuns: 200 },
    peers: [{ name: 'ort-node', threads: 1, available: true }],
    results,
    compile: [{ layer: 'l1', totalMs: 12.5, generateMs: 1, assembleMs: 2, compileMs: 3, wasmBytes: { forward: 1000 }, largestFunctionBytes: 900, largestFunctionPass: 'forward', withinLimit: true }],
    layers: layers.map((name) => ({ name, flops: { forward: 2e6, 'weight-grad': 2e6, 'bias-grad': 1e4 }, spec: parseSpec({ N: 1, Ci: 1, H: 3, W: 3, Co: 1, K: 1, L: 1 }) })),
    totalSeconds: 1,
  };
}

/** fakeReport timed in 3 rounds: the forward rows with per-round figures, the peaks and per-round ratios. */
function roundsReport(): BenchReport {
  const r = fakeReport();
  const perRound: Record<string, number[]> = { convgen: [18, 20, 22], 'tfjs-wasm': [10, 10, 11], 'ort-node': [40, 40, 40] };
  const peak = [45, 50, 50];
  for (const x of r.results) {
    const rs = x.pass === 'forward' ? perRound[x.impl] : undefined;
    if (!rs) continue;
    Object.assign(x, {
      rounds: rs, roundMs: rs.map((g) => 2 / g), spread: spreadOf(rs), gflops: summarize(rs).median, runsPerRound: [3, 3, 3],
      pctPeak: summarize(rs.map((g, i) => (100 * g) / peak[i]!)),
    });
  }
  const ratios = r.layers.flatMap((l) => ['tfjs-wasm', 'ort-node'].map((peer) => {
    const q = perRoundRatios(perRound.convgen!, perRound[peer]!);
    return { layer: l.name, pass: 'forward' as Pass, peer, rounds: q, ...summarize(q) };
  }));
  return {
    ...r,
    machine: { ...r.machine, cpuFamily: 25, cpuModel: 17 },
    options: { ...r.options, rounds: 3, runs: 3, minTotalMs: 30 },
    peaks: r.layers.map((l) => ({ layer: l.name, pass: 'forward' as Pass, kind: 'fma' as const, threads: 1, rounds: peak })),
    roundPeak: { kind: 'fma', threads: 1, count: 6, ...summarize([...peak, ...peak]) },
    ratios,
  };
}

/** A report with depthwise and grouped layers and the weight update, made-up timings. */
function groupedReport(): BenchReport {
  const r = fakeReport();
  const specs = {
    dw3x3: parseSpec({ name: 'dw3x3', N: 1, Ci: 144, H: 56, W: 56, Co: 144, K: 3, L: 3, pad: 1, groups: 144, act: 'relu' }),
    grp4: parseSpec({ name: 'grp4', N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, pad: 1, groups: 4, act: 'relu' }),
    res3x3: parseSpec({ name: 'res3x3', N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, pad: 1, act: 'relu' }),
  };
  const results: BenchResult[] = [];
  const add = (layer: string, pass: Pass, impl: string, gflops: number | null, extra: Partial<BenchResult> = {}) =>
    results.push({ layer, pass, impl, threads: 1, medianMs: gflops === null ? null : 1 / gflops, gflops, verified: gflops !== null, ...extra });
  add('dw3x3', 'forward', 'convgen', 12);
  add('dw3x3', 'forward', 'tfjs-wasm', 3, { method: 'tf.fused.depthwiseConv2d (+bias, act)' });
  add('dw3x3', 'input-grad', 'tfjs-wasm', null, { skipped: 'tfjs-wasm registers no DepthwiseConv2dNativeBackpropInput (tfjs-cpu runs it)' });
  add('dw3x3', 'weight-update', 'convgen', 5);
  add('grp4', 'forward', 'convgen', null, { error: 'compile failed' });
  add('grp4', 'forward', 'tfjs-wasm', 8, { method: 'tf.split + 4 x tf.fused.conv2d (+bias, act) + tf.concat' });
  add('grp4', 'weight-update', 'convgen', null, { error: 'compile failed' });
  add('res3x3', 'forward', 'convgen', 30);
  add('res3x3', 'forward', 'tfjs-wasm', 15, { method: 'tf.fused.conv2d (+bias, act)' });
  add('res3x3', 'weight-grad', 'convgen', 30);
  add('res3x3', 'weight-update', 'convgen', 27);
  add('res3x3', 'weight-update', 'ort-node', 9);
  return {
    ...r,
    options: { ...r.options, passes: PASSES },
    results,
    layers: Object.entries(specs).map(([name, spec]) => ({ name, flops: { forward: 1e6, 'weight-grad': 1e6, 'weight-update': 1e6 }, spec })),
  };
}

/**
 * A 2-thread report of res3x3 and lenet2 timed in 3 rounds, made-up figures: convgen, convgen-1t,
 * tfjs-wasm (forward), ort-web (input-grad); lenet2's forward convgen kernel failed verification.
 */
function issueReport(): BenchReport {
  const base = fakeReport();
  const specs = {
    res3x3: parseSpec({ name: 'res3x3', N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, pad: 1, act: 'relu' }),
    lenet2: parseSpec({ name: 'lenet2', N: 8, Ci: 6, H: 14, W: 14, Co: 16, K: 5, L: 5, act: 'tanh' }),
  };
  const results: BenchResult[] = [];
  const ratios: RoundRatio[] = [];
  const peak = [100, 100, 100];
  const add = (layer: string, pass: Pass, impl: string, rounds: number[] | null, extra: Partial<BenchResult> = {}) => {
    const threads = impl === 'convgen' ? 2 : 1;
    if (!rounds) {
      results.push({ layer, pass, impl, threads, medianMs: null, gflops: null, verified: false, ...extra });
      return;
    }
    const g = summarize(rounds).median;
    results.push({
      layer, pass, impl, threads, medianMs: 1 / g, gflops: g, verified: true, rounds, roundMs: rounds.map((x) => 1 / x), spread: spreadOf(rounds),
      pctPeak: summarize(rounds.map((x, i) => (100 * x) / peak[i]!)), ...extra,
    });
  };
  const vs = (layer: string, pass: Pass, peer: string) => {
    const a = results.find((x) => x.layer === layer && x.pass === pass && x.impl === 'convgen')!.rounds!;
    const b = results.find((x) => x.layer === layer && x.pass === pass && x.impl === peer)!.rounds!;
    const q = perRoundRatios(a, b);
    ratios.push({ layer, pass, peer, rounds: q, ...summarize(q) });
  };
  add('res3x3', 'forward', 'convgen', [80, 76, 90]);
  add('res3x3', 'forward', CONVGEN_1T, [80 / 1.9, 76 / 1.8, 90 / 1.95]);
  add('res3x3', 'forward', 'tfjs-wasm', [40, 40, 45]);
  vs('res3x3', 'forward', CONVGEN_1T);
  vs('res3x3', 'forward', 'tfjs-wasm');
  add('res3x3', 'input-grad', 'convgen', [80, 70, 80]);
  add('res3x3', 'input-grad', CONVGEN_1T, [40, 40, 40]);
  add('res3x3', 'input-grad', 'ort-web', [50, 50, 40]);
  vs('res3x3', 'input-grad', CONVGEN_1T);
  vs('res3x3', 'input-grad', 'ort-web');
  add('res3x3', 'weight-grad', 'convgen', [70, 74, 72]);
  add('res3x3', 'weight-grad', CONVGEN_1T, [70 / 1.5, 74 / 1.5, 72 / 1.5]);
  vs('res3x3', 'weight-grad', CONVGEN_1T);
  add('lenet2', 'forward', 'convgen', null, { error: 'verification failed: x (rel 0.1)' });
  add('lenet2', 'forward', CONVGEN_1T, [20, 20, 20]);
  add('lenet2', 'forward', 'tfjs-wasm', [10, 10, 10]);
  add('lenet2', 'input-grad', 'convgen', [60, 65, 70]);
  add('lenet2', 'input-grad', 'ort-web', [50, 50, 50]);
  vs('lenet2', 'input-grad', 'ort-web');
  return {
    ...base,
    peak: { mulAdd: 40, fma: 50, threads: { threads: 2, mulAdd: 80, fma: 100 } },
    threads: 2,
    options: { ...base.options, rounds: 3, passes: ['forward', 'input-grad', 'weight-grad'], scaling: true },
    results,
    ratios,
    peaks: [],
    layers: Object.entries(specs).map(([name, spec]) => ({ name, flops: { forward: 1e6, 'input-grad': 1e6, 'weight-grad': 1e6 }, spec })),
  };
}

/** Tag balance and entity use of an XML document (no DTD, no CDATA): throws on the first problem. */
function checkXml(text: string): void {
  const body = text.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/y;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt < 0 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(text) || text.includes('>')) throw new Error(`bad character data: ${text}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(m[3]!)) throw new Error(`bad attribute: ${m[0]}`);
    if (m[1]) {
      if (stack.pop() !== m[2]) throw new Error(`unbalanced </${m[2]}>`);
    } else if (!m[4]) stack.push(m[2]!);
    i = tag.lastIndex;
  }
  if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
}

describe('report', () => {
  it('writes one Markdown table per pass with GFLOP/s, ratios and % of peak', () => {
    const r = fakeReport();
    const { table, notes } = passTable(r, 'forward');
    const [header, , ...rows] = table.split('\n');
    const cols = header!.split('|').slice(1, -1).map((c) => c.trim());
    expect(cols).toEqual(['layer', 'MFLOP', 'convgen GFLOP/s', 'tfjs-wasm GFLOP/s', 'ort-node GFLOP/s', 'convgen/tfjs-wasm', 'convgen/ort-node', '% of FMA peak']);
    expect(rows[0]!.split('|').map((c) => c.trim()).slice(1, -1)).toEqual(['l1', '2.0', '20.0', '10.0', '40.0', '2.00x', '0.50x', '40%']);
    expect(rows.at(-1)).toMatch(/^\| geomean \|/);
    expect(notes).toEqual([]);

    const wg = passTable(r, 'weight-grad');
    expect(wg.table).toContain('| skip |');
    expect(wg.notes.join('\n')).toContain('too slow');
    const bg = passTable(r, 'bias-grad');
    expect(bg.table).toContain('2.00!'); // unverified: shown, marked, no ratio
    expect(bg.table.split('\n')[2]).toMatch(/\| 2\.00! \| {2}\|/);
    expect(compileTable(r).split('\n')[0]).toContain('largest function bytes');
    expect(compileTable(r).split('\n')[0]).toContain(`compileLayer ms (${PASSES.length} passes)`);
    expect(summaryMarkdown(r)).toContain('### compile cost');
  });

  it('shows groups with the layer, the weight update beside convgen\'s weight-grad kernel, and the targets', () => {
    const r = groupedReport();
    const fwd = passTable(r, 'forward').table.split('\n');
    expect(fwd[2]).toMatch(/^\| dw3x3 \(depthwise, G=144\) \| /);
    expect(fwd[3]).toMatch(/^\| grp4 \(G=4\) \| /);
    expect(fwd[4]).toMatch(/^\| res3x3 \| /);
    const upd = passTable(r, 'weight-update').table.split('\n');
    expect(upd[0]).toContain('| convgen ms / its weight-grad ms |');
    // res3x3: weight-update 1/27 ms over weight-grad 1/30 ms
    expect(upd.find((l) => l.startsWith('| res3x3 '))).toMatch(/\| 1\.11x \|$/);
    const md = summaryMarkdown(r);
    expect(md).toContain('### weight-update');
    expect(md).toContain('- [x] dw3x3 forward convgen/tfjs-wasm >= 3x: 4.00x');
    expect(md).toContain('- [ ] grp4 forward convgen/tfjs-wasm >= 1.5x: not measured');
    expect(md).toMatch(/- \[ \] res3x3 weight-update ms <= 1\.1x convgen weight-grad ms: 1\.11x/);
    const full = resultsMarkdown(r);
    expect(full).toContain('| dw3x3 | 1 | 144 -> 144 | 56x56 | 3x3 | 1 | 1 | 1 | depthwise, G=144 | relu | nchw |');
    expect(full).toContain('| grp4 | 1 | 64 -> 64 | 56x56 | 3x3 | 1 | 1 | 1 | G=4 | relu | nchw |');
    // tfjs-wasm ran different ops on the layers of one pass: both named
    expect(full).toContain('tfjs-wasm forward: tf.fused.depthwiseConv2d (+bias, act) / tf.split + 4 x tf.fused.conv2d (+bias, act) + tf.concat / tf.fused.conv2d (+bias, act)');
    const svg = svgChart(r);
    checkXml(svg);
    // a panel for each pass with a row (input-grad: the skipped one), each layer's groups under its name in each
    expect(svg.match(/<g class="panel"/g)?.length).toBe(4);
    expect(svg).toContain('data-pass="weight-update"');
    expect(svg.match(/<text class="groups"[^>]*>dw G=144<\/text>/g)?.length).toBe(4);
    expect(svg.match(/<text class="groups"[^>]*>G=4<\/text>/g)?.length).toBe(4);
    expect(svg).not.toMatch(/<text class="groups"[^>]*>(G=1)?<\/text>/);
  });

  it('shows medians with their p20-p80 spread, per-round ratios and % of peak, and the forward geomean vs tfjs-wasm', () => {
    const r = roundsReport();
    const { table } = passTable(r, 'forward');
    const rows = table.split('\n');
    expect(rows[0]).toContain('% of FMA peak');
    const cells = rows[2]!.split('|').map((c) => c.trim()).slice(1, -1);
    // l1: convgen rounds 18 20 22 (p20 at 0.4 of 18..20, p80 at 0.6 of 20..22), tfjs-wasm 10 10 11, ort-node 40 40 40;
    // per round convgen/tfjs-wasm 1.8 2 2, convgen/ort-node 0.45 0.5 0.55; % of the peaks 45 50 50: 40 40 44
    expect(cells).toEqual(['l1', '2.0', '20.0 (18.8-21.2)', '10.0 (10.0-10.6)', '40.0 (40.0-40.0)', '2.00x (1.88-2.00)', '0.50x (0.47-0.53)', '40% (40-42)']);
    const gm = rows.at(-1)!.split('|').map((c) => c.trim()).slice(1, -1);
    expect(gm[0]).toBe('geomean');
    expect(gm[5]).toMatch(/^2\.00x \([\d.]+-[\d.]+\)$/);
    const g = geomeanRatio(r, 'forward', 'tfjs-wasm')!;
    expect(g.layers).toBe(2);
    expect(g.median).toBeCloseTo(2, 9);
    expect(headline(r)).toMatch(/^\*\*forward, geomean of convgen\/tfjs-wasm over 2 layers: 2\.00x\*\* \(p20-p80 1\.88-2\.00/);
    const md = resultsMarkdown(r);
    expect(md).toContain('Each figure is the median across 3 interleaved rounds, in parentheses its p20-p80');
    expect(md).toContain('median (p20-p80) of 3 rounds');
    expect(md).toContain('- CPU: Test CPU (cpu family 25, model 17), 2 cores');
    expect(md).toMatch(/peak loop of the rounds \(relaxed FMA, 1 thread\), over all 6 rounds: median 50\.0 GFLOP\/s/);
    // an older report (no rounds) keeps the plain cells
    expect(passTable(fakeReport(), 'forward').table).not.toContain('(');
    const svg = svgChart(r);
    checkXml(svg);
    expect(svg.match(/<line class="whisker"/g)?.length).toBe(r.results.filter((x) => x.spread).length);
    expect(svg).toContain('whisker: p20-p80 across rounds');
    expect(svgChart(fakeReport())).not.toContain('class="whisker"');
  });

  it('checks the targets on the per-round ratio\'s median, with its spread', () => {
    const r = roundsReport();
    r.results.push(
      { layer: 'dw3x3', pass: 'forward', impl: 'convgen', threads: 1, medianMs: 1, gflops: 12, verified: true, rounds: [12, 12, 12], spread: { min: 12, p20: 12, p80: 12, max: 12 } },
      { layer: 'dw3x3', pass: 'forward', impl: 'tfjs-wasm', threads: 1, medianMs: 1, gflops: 4, verified: true, rounds: [3, 4, 5], spread: { min: 3, p20: 3.4, p80: 4.6, max: 5 } },
    );
    r.ratios!.push({ layer: 'dw3x3', pass: 'forward', peer: 'tfjs-wasm', rounds: [4, 3, 2.4], ...summarize([4, 3, 2.4]) });
    expect(wasmTargets(r, WASM_TARGETS.slice(0, 1))).toEqual([{ text: 'dw3x3 forward convgen/tfjs-wasm >= 3x: 3.00x (median of 3 rounds; p20-p80 2.64-3.60, min-max 2.40-4.00)', ok: true }]);
    expect(wasmTargets(r)[0]).toEqual(wasmTargets(r, WASM_TARGETS.slice(0, 1))[0]);
  });

  it('checks the issue\'s targets from what the run measured: ratios, the geomean, % of peak, the thread scaling', () => {
    const r = issueReport();
    const checks = wasmTargets(r);
    const line = (start: string) => {
      const found = checks.filter((c) => c.text.startsWith(start));
      expect(found, start).toHaveLength(1);
      return found[0]!;
    };
    // input-grad vs ort-web on every layer (res3x3: per round 1.6 1.4 2 -> 1.6; lenet2: 1.2 1.3 1.4)
    expect(line('res3x3 input-grad convgen/ort-web >= 1.5x')).toEqual({ text: 'res3x3 input-grad convgen/ort-web >= 1.5x: 1.60x (median of 3 rounds; p20-p80 1.48-1.84, min-max 1.40-2.00)', ok: true });
    expect(line('lenet2 input-grad convgen/ort-web >= 1.5x')).toMatchObject({ ok: false });
    expect(line('lenet2 input-grad convgen/ort-web >= 1.5x').text).toContain(': 1.30x (median of 3 rounds;');
    // forward vs tfjs-wasm on every layer it ran (lenet2: convgen failed; res3x3: 2x), and the geomean over those timed
    expect(line('res3x3 forward convgen/tfjs-wasm >= 1.2x')).toMatchObject({ ok: true });
    expect(line('lenet2 forward convgen/tfjs-wasm >= 1.2x')).toEqual({ text: 'lenet2 forward convgen/tfjs-wasm >= 1.2x: not measured (convgen: verification failed: x (rel 0.1))', ok: false });
    expect(line('forward geomean of convgen/tfjs-wasm over the layers >= 1.8x')).toEqual({
      text: 'forward geomean of convgen/tfjs-wasm over the layers >= 1.8x: 2.00x over 1 of 2 layers (p20-p80 1.94-2.00: the geomeans of the layers\' per-round p20s and p80s)', ok: true,
    });
    // % of the same round's 2-thread FMA peak: res3x3 >= 75 (forward 80 76 90; weight-grad 70 74 72), lenet2 >= 45 (input-grad 50)
    expect(line('res3x3 forward convgen % of the same round\'s 2-thread FMA peak >= 75%')).toEqual({
      text: 'res3x3 forward convgen % of the same round\'s 2-thread FMA peak >= 75%: 80% (median of 3 rounds; p20-p80 78-86, min-max 76-90)', ok: true,
    });
    expect(line('res3x3 weight-grad convgen % of')).toMatchObject({ ok: false });
    expect(line('lenet2 input-grad convgen % of the same round\'s 2-thread FMA peak >= 45%')).toMatchObject({ ok: true });
    // the thread scaling, >= 0.925 x 2 = 1.85x: res3x3 forward 1.9 1.8 1.95 -> 1.9; weight-grad 1.5
    expect(line('res3x3 forward convgen 2 threads / 1 thread >= 1.85x (0.925 x 2)')).toEqual({
      text: 'res3x3 forward convgen 2 threads / 1 thread >= 1.85x (0.925 x 2): 1.90x (median of 3 rounds; p20-p80 1.84-1.93, min-max 1.80-1.95)', ok: true,
    });
    expect(line('res3x3 weight-grad convgen 2 threads / 1 thread')).toMatchObject({ ok: false });
    // left out: layers, passes and peers the run did not have (no stem7x7, cifar; no weight-grad peer; lenet2 not in the scaling targets)
    expect(checks.some((c) => /^(stem7x7|cifar|res3x3s2) /.test(c.text))).toBe(false);
    expect(checks.some((c) => c.text.startsWith('lenet2') && c.text.includes('threads / 1 thread'))).toBe(false);
    expect(checks).toHaveLength(2 + 2 + 1 + 3 + 2 + 3); // lenet2 weight-grad: not run
    // the same thresholds for another thread count: 0.925 x 4
    expect(wasmTargets({ ...r, threads: 4 }).find((c) => c.text.startsWith('res3x3 forward convgen 4 threads'))!.text).toMatch(/>= 3\.7x \(0\.925 x 4\): 1\.90x/);
    // with 1 thread, or without convgen-1t (--no-scaling), no scaling targets
    expect(wasmTargets({ ...r, results: r.results.filter((x) => x.impl !== CONVGEN_1T) }).some((c) => c.text.includes('1 thread'))).toBe(false);
    // in the Markdown: the marks, and the scaling column in the pass tables
    const md = summaryMarkdown(r);
    expect(md).toContain('### targets');
    expect(md).toContain('- [x] res3x3 forward convgen 2 threads / 1 thread >= 1.85x (0.925 x 2): 1.90x');
    expect(md).toContain('- [ ] lenet2 forward convgen/tfjs-wasm >= 1.2x: not measured');
    const fwd = passTable(r, 'forward').table.split('\n');
    expect(fwd[0]).toBe('| layer | MFLOP | convgen GFLOP/s | convgen-1t GFLOP/s | tfjs-wasm GFLOP/s | convgen/tfjs-wasm | 2 threads / 1 thread | % of 2-thread FMA peak |');
    expect(fwd[2]).toContain('| 1.90x (1.84-1.93) |');
    expect(md).toContain('"2 threads / 1 thread": convgen\'s GFLOP/s over convgen-1t\'s');
  });

  it('draws well-formed SVG with one bar per timed (layer, impl) of each pass', () => {
    const r = fakeReport();
    const svg = svgChart(r);
    checkXml(svg);
    const bars = svg.match(/<rect class="bar"/g) ?? [];
    expect(bars.length).toBe(r.results.filter((x) => x.gflops !== null).length);
    expect(svg).toContain('l&lt;2&gt;&amp;');
    expect(svg).toContain('FMA peak 50.0');
    expect(svg.match(/<line class="peak"/g)?.length).toBe(2 * 3); // two peaks in each of 3 panels
  });
});
