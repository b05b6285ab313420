/**
 * ONNX import (src/onnx, src/cli/onnx.ts):
 * - the eleven PyTorch-exported Conv2d cases of ONNX's backend test data (../shared/conformance/
 *   onnx-pytorch-conv2d) reproduce their output_0.pb at rel <= 1e-5 with the model's own weights, on
 *   wasm and on webgpu (lavapipe; without a WebGPU adapter those tests FAIL with NoGpuError and its
 *   install hint, as in webgpu.test.ts), and one of them through `convgen run --onnx --input`;
 * - a model built here with protobufjs (conv, relu, conv with stride 2 and asymmetric pads, a grouped
 *   conv, a MaxPool, a conv after it, a conv after an unknown operator) imports to exactly the
 *   expected layers, with the nodes it does not import listed with their reasons;
 * - auto_pad SAME_UPPER and SAME_LOWER put the odd padding pixel at the end and at the start;
 * - a truncated file, a file over the size limit, one whose decoding would take too much memory,
 *   and external data give clear errors (exit 2 from the CLI, no stack trace).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import protobuf from 'protobufjs';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLayer, parseSpec, reference, REL_TOLERANCE, writeNpy, type LayerSpec } from '../src/index.js';
import { decodeTensor, floatTensor, importOnnx, OnnxError, type OnnxModel } from '../src/onnx/index.js';
import { ONNX_PROTO } from '../src/onnx/schema.js';
import { getGpu, NoGpuError } from '../src/run/webgpu.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
// ONNX's own test data (Apache 2.0), copied from ../shared/conformance/ so that a clone without
// that folder has it; where the shared folder is present, the copy must be the same bytes
const SHARED_CONFORMANCE = fileURLToPath(new URL('../../shared/conformance/onnx-pytorch-conv2d/', import.meta.url));
const CONFORMANCE = fileURLToPath(new URL('./fixtures/onnx-pytorch-conv2d/', import.meta.url));
const CASES = [
  'test_Conv2d', 'test_Conv2d_no_bias', 'test_Conv2d_padding', 'test_Conv2d_strided', 'test_Conv2d_dilated', 'test_Conv2d_groups',
  'test_Conv2d_groups_thnn', 'test_Conv2d_depthwise', 'test_Conv2d_depthwise_padded', 'test_Conv2d_depthwise_strided',
  'test_Conv2d_depthwise_with_multiplier',
];
const STACK = /^\s+at /m;

const tmp = mkdtempSync(join(tmpdir(), 'convgen-onnx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], env: Record<string, string> = {}): SpawnSyncReturns<string> {
  const e: NodeJS.ProcessEnv = { ...process.env, ...env };
  delete e.CONVGEN_DEBUG;
  delete e.NODE_OPTIONS;
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env: e, timeout: 120_000 });
}
const show = (r: SpawnSyncReturns<string>) => `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

function relError(out: Float32Array, ref: Float32Array): number {
  if (out.length !== ref.length) return Infinity;
  let num = 0, den = 0;
  for (let i = 0; i < ref.length; i++) {
    num += (out[i]! - ref[i]!) ** 2;
    den += ref[i]! ** 2;
  }
  return Math.sqrt(num / den);
}

function readTensorFile(path: string): { dims: number[]; data: Float32Array } {
  const t = floatTensor(decodeTensor(readFileSync(path), path), path);
  if (typeof t === 'string') throw new Error(`${path}: ${t}`);
  return t;
}

// ---------------------------------------------------------------------------------------------
// Building models (protobufjs and the same schema)

const root = protobuf.parse(ONNX_PROTO, { keepCase: true }).root;
const ModelProto = root.lookupType('onnx.ModelProto');

type Attr = number | number[] | string;
interface BuildNode { op: string; name?: string; inputs: string[]; outputs: string[]; attrs?: Record<string, Attr>; domain?: string }
interface BuildInit { name: string; dims: number[]; data?: Float32Array; external?: string }
interface BuildGraph {
  nodes: BuildNode[];
  inits: BuildInit[];
  inputs: { name: string; dims: (number | string)[] }[];
  outputs: { name: string; dims?: number[] }[];
  valueInfo?: { name: string; dims: number[] }[];
}

const valueInfo = (v: { name: string; dims?: (number | string)[] }) => ({
  name: v.name,
  type: { tensor_type: { elem_type: 1, ...(v.dims ? { shape: { dim: v.dims.map((d) => (typeof d === 'number' ? { dim_value: d } : { dim_param: d })) } } : {}) } },
});

function attribute(name: string, v: Attr): object {
  if (typeof v === 'string') return { name, type: 3, s: new TextEncoder().encode(v) };
  if (Array.isArray(v)) return { name, type: 7, ints: v };
  return { name, type: 2, i: v };
}

function buildModel(g: BuildGraph): Uint8Array {
  return ModelProto.encode(ModelProto.fromObject({
    ir_version: 10,
    producer_name: 'convgen-test',
    opset_import: [{ domain: '', version: 21 }],
    graph: {
      name: 'test',
      node: g.nodes.map((n) => ({
        ...(n.name !== undefined ? { name: n.name } : {}), op_type: n.op, domain: n.domain ?? '', input: n.inputs, output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
      })),
      initializer: g.inits.map((t) => ({
        name: t.name, dims: t.dims, data_type: 1,
        ...(t.external
          ? { data_location: 1, external_data: [{ key: 'location', value: t.external }, { key: 'offset', value: '0' }] }
          : { raw_data: new Uint8Array((t.data ?? ramp(t.dims)).buffer) }),
      })),
      input: g.inputs.map(valueInfo),
      output: g.outputs.map(valueInfo),
      value_info: (g.valueInfo ?? []).map(valueInfo),
    },
  })).finish();
}

/** Distinct values: w[i] = i / 1000 - 0.5. */
function ramp(dims: number[]): Float32Array {
  const n = dims.reduce((a, b) => a * b, 1);
  return Float32Array.from({ length: n }, (_, i) => i / 1000 - 0.5);
}

/** A spec as the fields the import sets (name, shape, stride, pads, dilation, groups, act). */
const fields = (s: LayerSpec) => ({
  name: s.name, N: s.N, Ci: s.Ci, H: s.H, W: s.W, Co: s.Co, K: s.K, L: s.L, stride: [s.sh, s.sw], pad: [s.pt, s.pb, s.pl, s.pr],
  dilation: [s.dh, s.dw], groups: s.groups, act: s.act, layout: s.layout, out: [s.Ho, s.Wo],
});

// ---------------------------------------------------------------------------------------------

describe('schema', () => {
  it('src/onnx/schema.ts holds exactly the text of src/onnx/onnx.proto', () => {
    expect(ONNX_PROTO).toBe(readFileSync(join(ROOT, 'src', 'onnx', 'onnx.proto'), 'utf8'));
  });
});

describe('conformance: ONNX backend test data, PyTorch Conv2d exports', () => {
  it.skipIf(!existsSync(SHARED_CONFORMANCE))('the copy in test/fixtures is ../shared/conformance byte for byte', () => {
    for (const c of readdirSync(SHARED_CONFORMANCE)) for (const f of ['model.onnx', 'test_data_set_0/input_0.pb', 'test_data_set_0/output_0.pb']) {
      expect(readFileSync(join(CONFORMANCE, c, f)).equals(readFileSync(join(SHARED_CONFORMANCE, c, f))), `${c}/${f}`).toBe(true);
    }
  });

  const results: Record<string, Record<string, number>> = {};
  afterAll(() => {
    const rows = Object.entries(results).map(([c, r]) => `${c.padEnd(40)} ${(r.wasm ?? NaN).toExponential(2).padStart(10)} ${(r.webgpu ?? NaN).toExponential(2).padStart(10)}`);
    console.log(`case                                       wasm rel   webgpu rel\n${rows.join('\n')}`);
  });

  it('the eleven cases are all there', () => {
    expect(readdirSync(CONFORMANCE).filter((c) => c.startsWith('test_Conv2d')).sort()).toEqual([...CASES].sort());
  });

  for (const target of ['wasm', 'webgpu'] as const) {
    it.each(CASES)(`%s reproduces output_0.pb on ${target}`, async (c) => {
      if (target === 'webgpu') {
        try {
          await getGpu();
        } catch (e) {
          throw e instanceof NoGpuError ? e : new NoGpuError(e instanceof Error ? e.message : String(e));
        }
      }
      const m = importOnnx(readFileSync(join(CONFORMANCE, c, 'model.onnx')), { name: `${c}/model.onnx` });
      expect(m.skipped).toEqual([]);
      expect(m.layers).toHaveLength(1);
      const layer = m.layers[0]!;
      expect(layer.weights).not.toBeNull();
      const x = readTensorFile(join(CONFORMANCE, c, 'test_data_set_0', 'input_0.pb'));
      const ref = readTensorFile(join(CONFORMANCE, c, 'test_data_set_0', 'output_0.pb'));
      const s = layer.spec;
      expect(x.dims).toEqual([s.N, s.Ci, s.H, s.W]);
      expect(ref.dims).toEqual([s.N, s.Co, s.Ho, s.Wo]);
      const compiled = await compileLayer(s, { target, passes: ['forward'] });
      let y: Float32Array;
      try {
        y = (await compiled.kernel('forward').call({ x: x.data, w: layer.weights!.w, b: layer.weights!.b ?? new Float32Array(s.Co) })).slice();
      } finally {
        compiled.close();
      }
      const rel = relError(y, ref.data);
      (results[c] ??= {})[target] = rel;
      expect(rel, `${c} on ${target}: rel ${rel}`).toBeLessThanOrEqual(REL_TOLERANCE);
    });
  }

  it('the attributes become the specs the cases name', () => {
    const spec = (c: string) => fields(importOnnx(readFileSync(join(CONFORMANCE, c, 'model.onnx'))).layers[0]!.spec);
    expect(spec('test_Conv2d')).toMatchObject({ N: 2, Ci: 3, H: 7, W: 5, Co: 4, K: 3, L: 2, out: [5, 4] });
    expect(spec('test_Conv2d_padding')).toMatchObject({ stride: [2, 2], pad: [1, 1, 1, 1], out: [3, 3] });
    expect(spec('test_Conv2d_dilated')).toMatchObject({ dilation: [2, 2], out: [3, 3] });
    expect(spec('test_Conv2d_groups')).toMatchObject({ Ci: 4, Co: 6, groups: 2 });
    expect(spec('test_Conv2d_depthwise_with_multiplier')).toMatchObject({ Ci: 4, Co: 8, groups: 4 });
    // no name in the model: conv_<index of the Conv>
    expect(spec('test_Conv2d').name).toBe('conv_0');
  });

  it.each(['wasm', 'webgpu'])('convgen run --onnx --input --target %s writes output_0.pb (named as the graph output) and y.npy', (target) => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    const c = 'test_Conv2d_groups';
    const out = join(tmp, `run-groups-${target}`);
    const r = cli(['run', '--onnx', join(CONFORMANCE, c, 'model.onnx'), '--input', join(CONFORMANCE, c, 'test_data_set_0', 'input_0.pb'), '--target', target, '--out', out]);
    expect(r.status, show(r)).toBe(0);
    expect(r.stdout).toBe(`wrote ${join(out, 'output_0.pb')}\nwrote ${join(out, 'y.npy')}\n`);
    const ref = readTensorFile(join(CONFORMANCE, c, 'test_data_set_0', 'output_0.pb'));
    const got = decodeTensor(readFileSync(join(out, 'output_0.pb')), 'output_0.pb');
    expect(got.name).toBe('3');
    const y = readTensorFile(join(out, 'output_0.pb'));
    expect(y.dims).toEqual(ref.dims);
    expect(relError(y.data, ref.data)).toBeLessThanOrEqual(REL_TOLERANCE);
    expect(readFileSync(join(out, 'y.npy'))).toEqual(Buffer.from(writeNpy(y.dims, y.data)));
  });

  it('run --onnx: symbolic input dims take the input\'s sizes; a fused Relu is applied', () => {
    const w = Float32Array.from({ length: 2 * 3 * 3 * 2 }, (_, i) => Math.sin(i + 1));
    const b = Float32Array.of(0.25, -0.5);
    const model = join(tmp, 'sym.onnx');
    writeFileSync(model, buildModel({
      inputs: [{ name: 'img', dims: ['batch', 3, 'h', 'w'] }], outputs: [{ name: 'out' }],
      inits: [{ name: 'W', dims: [2, 3, 3, 2], data: w }, { name: 'B', dims: [2], data: b }],
      nodes: [
        { op: 'Conv', name: 'c', inputs: ['img', 'W', 'B'], outputs: ['z'], attrs: { strides: [2, 1], pads: [1, 0, 0, 1] } },
        { op: 'Relu', name: 'r', inputs: ['z'], outputs: ['out'] },
      ],
    }));
    const xs = [3, 3, 6, 5];
    const x = Float32Array.from({ length: 3 * 3 * 6 * 5 }, (_, i) => Math.cos(i * 0.7));
    const xin = join(tmp, 'sym-x.npy');
    writeFileSync(xin, writeNpy(xs, x));
    const out = join(tmp, 'run-sym');
    const r = cli(['run', '--onnx', model, '--input', xin, '--out', out]);
    expect(r.status, show(r)).toBe(0);
    expect(r.stderr).toBe(`note: ${model}: node "r" (Relu) fused into layer c as act relu\n`);
    const spec = parseSpec({ N: 3, Ci: 3, H: 6, W: 5, Co: 2, K: 3, L: 2, stride: [2, 1], pad: [1, 0, 0, 1], act: 'relu' });
    const ref = reference.forwardRef(spec, x, w, b).y;
    const y = readTensorFile(join(out, 'output_0.pb'));
    expect(y.dims).toEqual([3, 2, spec.Ho, spec.Wo]);
    expect(relError(y.data, Float32Array.from(ref))).toBeLessThanOrEqual(REL_TOLERANCE);
    expect(decodeTensor(readFileSync(join(out, 'output_0.pb')), 'o').name).toBe('out');
  });

  it('run --onnx takes a .npy input too, and refuses an input of the wrong shape', () => {
    const c = 'test_Conv2d';
    const x = readTensorFile(join(CONFORMANCE, c, 'test_data_set_0', 'input_0.pb'));
    const npy = join(tmp, 'x.npy');
    writeFileSync(npy, writeNpy(x.dims, x.data));
    const out = join(tmp, 'run-npy');
    const model = join(CONFORMANCE, c, 'model.onnx');
    const r = cli(['run', '--onnx', model, '--input', npy, '--out', out]);
    expect(r.status, show(r)).toBe(0);
    const ref = readTensorFile(join(CONFORMANCE, c, 'test_data_set_0', 'output_0.pb'));
    expect(relError(readTensorFile(join(out, 'output_0.pb')).data, ref.data)).toBeLessThanOrEqual(REL_TOLERANCE);

    const bad = join(tmp, 'bad-x.npy');
    writeFileSync(bad, writeNpy([1, 3, 7, 5], x.data.subarray(0, 105)));
    const r2 = cli(['run', '--onnx', model, '--input', bad, '--out', join(tmp, 'run-bad')]);
    expect(r2.status, show(r2)).toBe(2);
    expect(r2.stderr).toBe(`error: --input ${bad}: has shape [1, 3, 7, 5]; the model's input "0" is [2, 3, 7, 5] (N, C, H, W)\n`);
  });
});

// ---------------------------------------------------------------------------------------------

/** x [1,3,16,16] -> conv1 (3x3 pad 1) -> relu -> conv2 (stride 2, pads [0,1,1,0]) -> conv 3 (group 2, pads [1,2,0,3]) -> pool -> conv4 (1x1); x -> foo (unknown op) -> conv5 */
function chainModel(): BuildGraph {
  return {
    inputs: [{ name: 'x', dims: [1, 3, 16, 16] }],
    outputs: [{ name: 'y4' }, { name: 'y5' }],
    inits: [
      { name: 'w1', dims: [8, 3, 3, 3] }, { name: 'b1', dims: [8] },
      { name: 'w2', dims: [8, 8, 3, 3] },
      { name: 'w3', dims: [4, 4, 3, 2] }, { name: 'b3', dims: [4] },
      { name: 'w4', dims: [2, 4, 1, 1] },
      { name: 'w5', dims: [2, 3, 1, 1] },
    ],
    nodes: [
      { op: 'Conv', name: 'conv1', inputs: ['x', 'w1', 'b1'], outputs: ['c1'], attrs: { kernel_shape: [3, 3], pads: [1, 1, 1, 1] } },
      { op: 'Relu', name: 'relu1', inputs: ['c1'], outputs: ['r1'] },
      { op: 'Conv', name: 'conv2', inputs: ['r1', 'w2'], outputs: ['c2'], attrs: { strides: [2, 2], pads: [0, 1, 1, 0] } },
      { op: 'Conv', name: '/block/conv 3', inputs: ['c2', 'w3', 'b3'], outputs: ['c3'], attrs: { group: 2, pads: [1, 2, 0, 3] } },
      { op: 'MaxPool', name: 'pool', inputs: ['c3'], outputs: ['p3'], attrs: { kernel_shape: [2, 2], strides: [2, 2] } },
      { op: 'Conv', inputs: ['p3', 'w4', ''], outputs: ['y4'] },
      { op: 'Foo', name: 'foo', domain: 'com.example', inputs: ['x'], outputs: ['f'] },
      { op: 'Conv', name: 'conv5', inputs: ['f', 'w5'], outputs: ['y5'] },
    ],
  };
}

describe('import', () => {
  it('a built model imports to exactly the expected layers; the other nodes are listed with their reasons', () => {
    const g = chainModel();
    const m: OnnxModel = importOnnx(buildModel(g), { name: 'chain.onnx' });
    const base = { N: 1, dilation: [1, 1], layout: 'nchw' };
    expect(m.layers.map((l) => fields(l.spec))).toEqual([
      { ...base, name: 'conv1', Ci: 3, H: 16, W: 16, Co: 8, K: 3, L: 3, stride: [1, 1], pad: [1, 1, 1, 1], groups: 1, act: 'relu', out: [16, 16] },
      // ONNX pads [top, left, bottom, right] = [0, 1, 1, 0]: top 0, bottom 1, left 1, right 0
      { ...base, name: 'conv2', Ci: 8, H: 16, W: 16, Co: 8, K: 3, L: 3, stride: [2, 2], pad: [0, 1, 1, 0], groups: 1, act: 'none', out: [8, 8] },
      // [1, 2, 0, 3]: top 1, left 2, bottom 0, right 3
      { ...base, name: 'block_conv_3', Ci: 8, H: 8, W: 8, Co: 4, K: 3, L: 2, stride: [1, 1], pad: [1, 0, 2, 3], groups: 2, act: 'none', out: [7, 12] },
      // after MaxPool 2x2 stride 2: [1, 4, 3, 6]; no name: conv_<ordinal among the Conv nodes>
      { ...base, name: 'conv_3', Ci: 4, H: 3, W: 6, Co: 2, K: 1, L: 1, stride: [1, 1], pad: [0, 0, 0, 0], groups: 1, act: 'none', out: [3, 6] },
    ]);
    expect(m.layers.map((l) => [l.node, l.index, l.input, l.output])).toEqual([
      ['conv1', 0, 'x', 'r1'], ['conv2', 2, 'r1', 'c2'], ['/block/conv 3', 3, 'c2', 'c3'], ['', 5, 'p3', 'y4'],
    ]);
    expect(m.layers[0]!.fused).toEqual({ node: 'relu1', index: 1, opType: 'Relu', act: 'relu' });
    expect(m.layers[0]!.weights!.w).toEqual(ramp([8, 3, 3, 3]));
    expect(m.layers[0]!.weights!.b).toEqual(ramp([8]));
    expect(m.layers[1]!.weights!.b).toBeUndefined();
    expect(m.skipped).toEqual([
      { node: 'pool', index: 4, opType: 'MaxPool', reason: 'not a Conv (convgen compiles Conv nodes)' },
      { node: 'foo', index: 6, opType: 'Foo', reason: 'an operator of domain "com.example": convgen compiles the standard Conv operator' },
      { node: 'conv5', index: 7, opType: 'Conv', reason: 'the shape of its input "f" is unknown: it is produced by node "foo" (Foo), an operator convgen does not infer shapes through' },
    ]);
    expect(m.notes).toEqual([]);
    expect(m.inputs).toEqual([{ name: 'x', dims: [1, 3, 16, 16] }]);
  });

  it('value_info gives a shape inference cannot; overrides replace every layer\'s fields; a symbolic batch is N = 1 with a note', () => {
    const g = chainModel();
    g.valueInfo = [{ name: 'f', dims: [1, 3, 16, 16] }];
    g.inputs = [{ name: 'x', dims: ['batch', 3, 16, 16] }];
    const m = importOnnx(buildModel(g));
    expect(m.skipped.map((s) => s.node)).toEqual(['pool', 'foo']);
    expect(fields(m.layers[4]!.spec)).toMatchObject({ name: 'conv5', N: 1, Ci: 3, H: 16, W: 16, Co: 2 });
    expect(m.notes).toEqual(['input "x" of node "conv1" has a symbolic batch dimension ("batch"): using N = 1 (give N to change it)']);
    const m4 = importOnnx(buildModel(g), { overrides: { N: 4 } });
    expect(m4.notes).toEqual([]);
    expect(m4.layers.map((l) => l.spec.N)).toEqual([4, 4, 4, 4, 4]);
    // symbolic H: the Conv is skipped unless H is given
    g.inputs = [{ name: 'x', dims: [1, 3, 'height', 16] }];
    const mh = importOnnx(buildModel(g));
    expect(mh.skipped.find((s) => s.node === 'conv1')!.reason).toBe('its input "x" has dims [1, 3, height, 16]: H is not a known size; give it as an override (CLI: --h)');
    expect(importOnnx(buildModel(g), { overrides: { H: 16 } }).layers).toHaveLength(5);
    g.inputs = [{ name: 'x', dims: [1, 'channels', 16, 16] }];
    expect(importOnnx(buildModel(g)).skipped.find((s) => s.node === 'conv1')!.reason).toMatch(/^its input "x" has dims \[1, channels, 16, 16\]: Ci is not a known size/);
    expect(fields(importOnnx(buildModel(g), { overrides: { Ci: 3 } }).layers[0]!.spec)).toMatchObject({ Ci: 3, Co: 8 });
    // the graph input's shape given
    g.inputs = [{ name: 'x', dims: ['batch', 3, 'height', 'width'] }];
    expect(importOnnx(buildModel(g), { inputShapes: { x: [2, 3, 32, 32] } }).layers.map((l) => [l.spec.N, l.spec.H, l.spec.W])).toEqual([[2, 32, 32], [2, 32, 32], [2, 16, 16], [2, 7, 10], [1, 16, 16]]); // conv5 reads "f", whose shape value_info declares
  });

  it('auto_pad: SAME_UPPER puts the odd pixel at the end, SAME_LOWER at the start; VALID pads nothing', () => {
    const one = (auto: string, strides = [1, 1]) => {
      const m = importOnnx(buildModel({
        inputs: [{ name: 'x', dims: [1, 1, 5, 6] }], outputs: [{ name: 'y' }], inits: [{ name: 'w', dims: [1, 1, 2, 4] }],
        nodes: [{ op: 'Conv', name: 'c', inputs: ['x', 'w'], outputs: ['y'], attrs: { auto_pad: auto, strides } }],
      }));
      expect(m.skipped).toEqual([]);
      return fields(m.layers[0]!.spec);
    };
    // rows: K = 2 on H = 5: total 1; columns: L = 4 on W = 6: total 3
    expect(one('SAME_UPPER')).toMatchObject({ pad: [0, 1, 1, 2], out: [5, 6] });
    expect(one('SAME_LOWER')).toMatchObject({ pad: [1, 0, 2, 1], out: [5, 6] });
    expect(one('VALID')).toMatchObject({ pad: [0, 0, 0, 0], out: [4, 3] });
    expect(one('NOTSET')).toMatchObject({ pad: [0, 0, 0, 0] });
    // stride 2: out = ceil(in / 2) = 3; rows total (3-1)*2+2-5 = 1, columns (3-1)*2+4-6 = 2
    expect(one('SAME_UPPER', [2, 2])).toMatchObject({ pad: [0, 1, 1, 1], out: [3, 3] });
    expect(one('SAME_LOWER', [2, 2])).toMatchObject({ pad: [1, 0, 1, 1], out: [3, 3] });
  });

  it('what convgen cannot compile is skipped with the reason, never dropped', () => {
    const m = importOnnx(buildModel({
      inputs: [{ name: 'x', dims: [1, 4, 8, 8] }, { name: 'x1', dims: [1, 4, 8] }],
      outputs: [{ name: 'y1' }, { name: 'y2' }, { name: 'y3' }, { name: 'y4' }, { name: 'y5' }],
      inits: [{ name: 'w', dims: [4, 4, 3, 3] }, { name: 'w1d', dims: [4, 4, 3] }, { name: 'wg', dims: [4, 2, 3, 3] }],
      nodes: [
        { op: 'Conv', name: 'neg', inputs: ['x', 'w'], outputs: ['y1'], attrs: { pads: [-1, 0, 0, 0] } },
        { op: 'Conv', name: 'oned', inputs: ['x1', 'w1d'], outputs: ['y2'] },
        { op: 'Conv', name: 'badgroup', inputs: ['x', 'wg'], outputs: ['y3'], attrs: { group: 1 } },
        { op: 'Conv', name: 'big', inputs: ['x', 'w'], outputs: ['y4'], attrs: { dilations: [5, 5] } },
        { op: 'Conv', name: 'both', inputs: ['x', 'w'], outputs: ['y5'], attrs: { auto_pad: 'SAME_UPPER', pads: [1, 1, 1, 1] } },
      ],
    }));
    expect(m.layers).toEqual([]);
    expect(Object.fromEntries(m.skipped.map((s) => [s.node, s.reason]))).toEqual({
      neg: 'pads [-1, 0, 0, 0]: negative padding (cropping) is not supported',
      oned: 'a 1D convolution (weights of rank 3); convgen compiles 2D convolutions (input NCHW, weights OIHW)',
      badgroup: 'its input has 4 channels but its weights [4, 2, 3, 3] with group 1 take 2 (C/group = 2)',
      big: expect.stringMatching(/^convgen cannot compile it: K: got 3; the dilated kernel height \(K-1\)\*dh\+1 = 11 is larger than the padded input height/),
      both: 'it has both auto_pad "SAME_UPPER" and pads [1, 1, 1, 1] (ONNX allows one of them)',
    });
  });

  it('weights from float_data and from a Constant node; the Constant is part of the layer', () => {
    const T = root.lookupType('onnx.TensorProto');
    const bytes = ModelProto.encode(ModelProto.fromObject({
      ir_version: 10,
      graph: {
        node: [
          { op_type: 'Constant', name: 'wconst', output: ['w'], attribute: [{ name: 'value', type: 4, t: T.fromObject({ dims: [2, 1, 1, 1], data_type: 1, float_data: [0.5, -2] }) }] },
          { op_type: 'Conv', name: 'c', input: ['x', 'w', 'b'], output: ['y'] },
        ],
        initializer: [{ name: 'b', dims: [2], data_type: 1, float_data: [1, 2] }],
        input: [valueInfo({ name: 'x', dims: [1, 1, 2, 2] })],
        output: [valueInfo({ name: 'y' })],
      },
    })).finish();
    const m = importOnnx(bytes);
    expect(m.skipped).toEqual([]);
    expect(m.layers[0]!.weights).toEqual({ w: Float32Array.of(0.5, -2), b: Float32Array.of(1, 2) });
  });
});

// ---------------------------------------------------------------------------------------------

describe('bad files', () => {
  const conv = readFileSync(join(CONFORMANCE, 'test_Conv2d', 'model.onnx'));

  it('a truncated file: not an ONNX model, at which byte', () => {
    const cut = conv.subarray(0, 300);
    expect(() => importOnnx(cut, { name: 'cut.onnx' })).toThrow(new OnnxError(
      'cut.onnx: not an ONNX model (protobuf decode failed at byte 19 of 300: field graph (7) of ModelProto is 570 bytes long from byte 19, past the end of the file (300 bytes); the file may be truncated)',
    ));
    expect(() => importOnnx(new Uint8Array(0), { name: 'empty.onnx' })).toThrow(new OnnxError('empty.onnx: not an ONNX model (it has no graph: ModelProto field 7; the file is empty)'));
    expect(() => importOnnx(new TextEncoder().encode('{"layers": []}\n'), { name: 'spec.json' })).toThrow(/^spec\.json: not an ONNX model \(protobuf decode failed at byte \d+ of 15: /);
  });

  it('over the size limit, and over the decoded-memory limit (a file of tiny messages)', () => {
    expect(() => importOnnx(conv, { name: 'm.onnx', maxBytes: 100 })).toThrow(new OnnxError('m.onnx: is 593 bytes, over the 100 bytes limit'));
    // a graph of 4M empty nodes: 8 MiB of file, about 4 GiB of objects and import tables once decoded
    const n = 4 * 2 ** 20;
    const body = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) body[2 * i] = 0x0a; // GraphProto.node (field 1, length-delimited), length 0
    const head = protobuf.Writer.create().uint32((7 << 3) | 2).uint32(body.length).finish(); // ModelProto.graph
    const bytes = new Uint8Array(head.length + body.length);
    bytes.set(head);
    bytes.set(body, head.length);
    expect(() => importOnnx(bytes, { name: 'nodes.onnx', maxDecodedBytes: 64 * 2 ** 20 })).toThrow(new OnnxError(
      'nodes.onnx: decoding it would take about 64.0 MiB of memory (65537 messages and 65537 values so far, at byte 131077), over the limit of 64 MiB',
    ));
    // the default limit (1 GiB, or a third of the heap limit where that is less) refuses it too
    expect(() => importOnnx(bytes, { name: 'nodes.onnx' })).toThrow(/^nodes\.onnx: decoding it would take about [\d.]+ [MG]iB of memory \(\d+ messages and \d+ values so far, at byte \d+\), over the limit of [\d.]+ [MG]iB$/);
  });

  it('external data is refused with what to do', () => {
    const bytes = buildModel({
      inputs: [{ name: 'x', dims: [1, 1, 4, 4] }], outputs: [{ name: 'y' }], inits: [{ name: 'W', dims: [1, 1, 3, 3], external: 'weights.bin' }],
      nodes: [{ op: 'Conv', name: 'c', inputs: ['x', 'W'], outputs: ['y'] }],
    });
    expect(() => importOnnx(bytes, { name: 'ext.onnx' })).toThrow(new OnnxError(
      'ext.onnx: initializer "W" (weights of node "c") uses external data (data_location EXTERNAL, location "weights.bin"): not supported; save the model with the weights inside (onnx.save_model(model, path, save_as_external_data=False))',
    ));
  });

  it('the CLI: exit 2 with the message and no stack trace (truncated, over CONVGEN_ONNX_MAX_BYTES, external data, no Conv)', () => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
    const cut = join(tmp, 'cut.onnx');
    writeFileSync(cut, conv.subarray(0, 300));
    const r1 = cli(['compile', '--onnx', cut, '--out', join(tmp, 'o1')]);
    expect(r1.status, show(r1)).toBe(2);
    expect(r1.stderr).toBe(`error: --onnx ${cut}: not an ONNX model (protobuf decode failed at byte 19 of 300: field graph (7) of ModelProto is 570 bytes long from byte 19, past the end of the file (300 bytes); the file may be truncated)\n`);

    const model = join(CONFORMANCE, 'test_Conv2d', 'model.onnx');
    const r2 = cli(['verify', '--onnx', model], { CONVGEN_ONNX_MAX_BYTES: '500' });
    expect(r2.status, show(r2)).toBe(2);
    expect(r2.stderr).toBe(`error: --onnx ${model}: is 593 bytes; the limit for an ONNX model (--onnx) is 500 bytes (CONVGEN_ONNX_MAX_BYTES sets it, in bytes)\n`);
    const r2b = cli(['verify', '--onnx', model], { CONVGEN_ONNX_MAX_BYTES: 'lots' });
    expect(r2b.status, show(r2b)).toBe(2);
    expect(r2b.stderr).toBe('error: CONVGEN_ONNX_MAX_BYTES: got "lots"; must be a positive integer (the largest model file, in bytes)\n');

    const ext = join(tmp, 'ext.onnx');
    writeFileSync(ext, buildModel({
      inputs: [{ name: 'x', dims: [1, 1, 4, 4] }], outputs: [{ name: 'y' }], inits: [{ name: 'W', dims: [1, 1, 3, 3], external: 'weights.bin' }],
      nodes: [{ op: 'Conv', name: 'c', inputs: ['x', 'W'], outputs: ['y'] }],
    }));
    const r3 = cli(['compile', '--onnx', ext, '--out', join(tmp, 'o3')]);
    expect(r3.status, show(r3)).toBe(2);
    expect(r3.stderr).toBe(`error: --onnx ${ext}: initializer "W" (weights of node "c") uses external data (data_location EXTERNAL, location "weights.bin"): not supported; save the model with the weights inside (onnx.save_model(model, path, save_as_external_data=False))\n`);

    const pool = join(tmp, 'pool.onnx');
    writeFileSync(pool, buildModel({
      inputs: [{ name: 'x', dims: [1, 1, 4, 4] }], outputs: [{ name: 'y' }], inits: [],
      nodes: [{ op: 'MaxPool', name: 'p', inputs: ['x'], outputs: ['y'], attrs: { kernel_shape: [2, 2] } }],
    }));
    const r4 = cli(['compile', '--onnx', pool, '--out', join(tmp, 'o4')]);
    expect(r4.status, show(r4)).toBe(2);
    expect(r4.stderr).toBe(
      `note: ${pool}: node "p" (MaxPool) skipped: not a Conv (convgen compiles Conv nodes)\n` +
      `error: --onnx ${pool}: no Conv node convgen can compile (1 node, 0 of them Conv; the notes above say why each was skipped)\n`,
    );
    for (const r of [r1, r2, r2b, r3, r4]) expect(r.stderr).not.toMatch(STACK);
    for (const o of ['o1', 'o3', 'o4']) expect(existsSync(join(tmp, o))).toBe(false);
  });

  it('the CLI: verify --onnx prints a note per skipped node and verifies the layers; run --onnx refuses a model of several nodes', () => {
    const chain = join(tmp, 'chain.onnx');
    writeFileSync(chain, buildModel(chainModel()));
    const r = cli(['verify', '--onnx', chain, '--passes', 'forward']);
    expect(r.status, show(r)).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l.startsWith('note:'))).toEqual([
      `note: ${chain}: node "relu1" (Relu) fused into layer conv1 as act relu`,
      `note: ${chain}: node "pool" (MaxPool) skipped: not a Conv (convgen compiles Conv nodes)`,
      `note: ${chain}: node "foo" (Foo) skipped: an operator of domain "com.example": convgen compiles the standard Conv operator`,
      `note: ${chain}: node "conv5" (Conv) skipped: the shape of its input "f" is unknown: it is produced by node "foo" (Foo), an operator convgen does not infer shapes through`,
    ]);
    expect(r.stdout).toContain('4 of 4 kernels verified');

    const x = join(CONFORMANCE, 'test_Conv2d', 'test_data_set_0', 'input_0.pb');
    const r2 = cli(['run', '--onnx', chain, '--input', x, '--out', join(tmp, 'o5')]);
    expect(r2.status, show(r2)).toBe(2);
    expect(r2.stderr).toMatch(new RegExp(`^error: --onnx ${chain.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: run takes a model with exactly one Conv node that convgen compiles; this one has 4 \\(conv1, conv2, block_conv_3, conv_3\\)$`, 'm'));
    expect(r2.stderr).not.toMatch(STACK);
  });
});
