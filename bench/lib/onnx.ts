/**
 * ONNX models of a layer's passes, built in JS with protobufjs from a minimal subset of onnx.proto
 * (ir_version 8, opset 13; weights as initializers with raw_data). No Python, no onnx package.
 *
 * The graphs use NCHW activations and OIHW weights (ONNX's own layout) and take the same inputs
 * as convgen's kernel of the pass, so a peer does the same work:
 *   forward      x (w, b initializers)      -> y  = act(Conv(x, w) + b)
 *   input-grad   y, dy (w initializer)      -> dx = ConvTranspose(delta, w), delta = dy * act'(y)
 *   weight-grad  x, y, dy                   -> dw = Transpose(Slice(Conv(xT, deltaT, strides=dilation,
 *                                                    dilations=stride))), xT = x as [Ci][N][H][W]
 *   bias-grad    y, dy                      -> db = ReduceSum(delta, axes [0, 2, 3])
 *   weight-update x, y, dy, w, lr            -> w_new = w - lr * dw (the weight-grad graph, then Mul + Sub)
 *
 * Grouped layers (G = spec.groups > 1): weights [Co][Ci/G][K][L]; Conv and ConvTranspose take
 * `group: G` (ConvTranspose's weight is [C_in = Co][C_out/G = Ci/G][K][L], the forward weight as
 * it is); the weight gradient's Conv becomes a grouped one: x as [N][G][Ci/G][H][W] is moved to
 * [Ci/G][G*N][H][W] (batch = a group's channel, channels = (group, image)), correlated with
 * deltaT [Co][N][Ho][Wo] as a weight of G groups, giving [Ci/G][Co][K][L].
 */
import protobuf from 'protobufjs';
import type { LayerSpec, Pass } from '../../src/layer/types.js';

/** The fields of onnx.proto this builder writes; the field numbers are onnx.proto's. */
const ONNX_PROTO = `
syntax = "proto2";
package onnx;
message AttributeProto {
  optional string name = 1;
  optional float f = 2;
  optional int64 i = 3;
  optional bytes s = 4;
  repeated float floats = 7;
  repeated int64 ints = 8;
  optional int32 type = 20;
}
message NodeProto {
  repeated string input = 1;
  repeated string output = 2;
  optional string name = 3;
  optional string op_type = 4;
  repeated AttributeProto attribute = 5;
  optional string domain = 7;
}
message TensorProto {
  repeated int64 dims = 1;
  optional int32 data_type = 2;
  optional string name = 8;
  optional bytes raw_data = 9;
}
message TensorShapeProto {
  message Dimension { optional int64 dim_value = 1; optional string dim_param = 2; }
  repeated Dimension dim = 1;
}
message TypeProto {
  message Tensor { optional int32 elem_type = 1; optional TensorShapeProto shape = 2; }
  optional Tensor tensor_type = 1;
}
message ValueInfoProto {
  optional string name = 1;
  optional TypeProto type = 2;
}
message GraphProto {
  repeated NodeProto node = 1;
  optional string name = 2;
  repeated TensorProto initializer = 5;
  repeated ValueInfoProto input = 11;
  repeated ValueInfoProto output = 12;
}
message OperatorSetIdProto {
  optional string domain = 1;
  optional int64 version = 2;
}
message ModelProto {
  optional int64 ir_version = 1;
  optional string producer_name = 2;
  optional string producer_version = 3;
  optional GraphProto graph = 7;
  repeated OperatorSetIdProto opset_import = 8;
}
`;

export const IR_VERSION = 8;
export const OPSET = 13;

/** TensorProto.DataType */
const FLOAT = 1;
const INT64 = 7;
/** AttributeProto.AttributeType */
const ATTR_FLOAT = 1;
const ATTR_INT = 2;
const ATTR_INTS = 7;

let modelType: protobuf.Type | undefined;
function ModelProto(): protobuf.Type {
  modelType ??= protobuf.parse(ONNX_PROTO, { keepCase: true }).root.lookupType('onnx.ModelProto');
  return modelType;
}

export type AttrValue = number | number[] | { float: number };

export interface OnnxNode {
  op: string;
  inputs: string[];
  outputs: string[];
  attrs?: Record<string, AttrValue>;
}

export interface OnnxInitializer {
  name: string;
  dims: number[];
  data: Float32Array | BigInt64Array;
}

export interface OnnxGraph {
  name: string;
  nodes: OnnxNode[];
  initializers: OnnxInitializer[];
  inputs: { name: string; dims: number[] }[];
  outputs: { name: string; dims: number[] }[];
}

function attribute(name: string, v: AttrValue): object {
  if (Array.isArray(v)) return { name, type: ATTR_INTS, ints: v };
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new TypeError(`attribute ${name}: ${v} is not an integer; write {float: ${v}}`);
    return { name, type: ATTR_INT, i: v };
  }
  return { name, type: ATTR_FLOAT, f: v.float };
}

const valueInfo = (v: { name: string; dims: number[] }) => ({
  name: v.name,
  type: { tensor_type: { elem_type: FLOAT, shape: { dim: v.dims.map((d) => ({ dim_value: d })) } } },
});

/** Serializes a graph as an ONNX ModelProto (float32 tensors only, except int64 initializers). */
export function encodeModel(g: OnnxGraph): Uint8Array {
  const T = ModelProto();
  const msg = T.fromObject({
    ir_version: IR_VERSION,
    producer_name: 'convgen-bench',
    producer_version: '1',
    opset_import: [{ domain: '', version: OPSET }],
    graph: {
      name: g.name,
      node: g.nodes.map((n, i) => ({
        name: `${n.op}_${i}`,
        op_type: n.op,
        domain: '',
        input: n.inputs,
        output: n.outputs,
        attribute: Object.entries(n.attrs ?? {}).map(([k, v]) => attribute(k, v)),
      })),
      initializer: g.initializers.map((t) => ({
        name: t.name,
        dims: t.dims,
        data_type: t.data instanceof BigInt64Array ? INT64 : FLOAT,
        // raw_data is little-endian, which typed arrays are on every machine Node runs on
        raw_data: new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength),
      })),
      input: g.inputs.map(valueInfo),
      output: g.outputs.map(valueInfo),
    },
  });
  return T.encode(msg).finish();
}

/** Decodes a model back to a plain object (for tests). */
export function decodeModel(bytes: Uint8Array): Record<string, unknown> {
  const T = ModelProto();
  return T.toObject(T.decode(bytes), { longs: Number, bytes: Array }) as Record<string, unknown>;
}

/** The inputs each pass's graph takes (NCHW activations, OIHW w, lr a scalar), named as convgen names its tensors. */
export const ONNX_INPUTS: Record<Pass, readonly ('x' | 'y' | 'dy' | 'w' | 'lr')[]> = {
  forward: ['x'],
  'input-grad': ['y', 'dy'],
  'weight-grad': ['x', 'y', 'dy'],
  'bias-grad': ['y', 'dy'],
  // w is the weight being updated (it changes every step): an input, not an initializer
  'weight-update': ['x', 'y', 'dy', 'w', 'lr'],
};

export const ONNX_OUTPUT: Record<Pass, string> = { forward: 'y', 'input-grad': 'dx', 'weight-grad': 'dw', 'bias-grad': 'db', 'weight-update': 'w_new' };

/** NCHW shapes of a layer's tensors; weights OIHW [Co][Ci/G][K][L]; lr a scalar. */
export function nchwShapes(s: LayerSpec): Record<'x' | 'w' | 'b' | 'y' | 'dy' | 'dx' | 'dw' | 'db' | 'lr' | 'w_new', number[]> {
  const G = s.groups ?? 1;
  const x = [s.N, s.Ci, s.H, s.W], y = [s.N, s.Co, s.Ho, s.Wo], w = [s.Co, s.Ci / G, s.K, s.L];
  return { x, w, b: [s.Co], y, dy: y, dx: x, dw: w, db: [s.Co], lr: [], w_new: w };
}

/** Nodes computing `out` = act(z). */
function activationNodes(act: LayerSpec['act'], z: string, out: string): OnnxNode[] {
  switch (act) {
    case 'none': return [{ op: 'Identity', inputs: [z], outputs: [out] }];
    case 'relu': return [{ op: 'Relu', inputs: [z], outputs: [out] }];
    case 'sigmoid': return [{ op: 'Sigmoid', inputs: [z], outputs: [out] }];
    case 'tanh': return [{ op: 'Tanh', inputs: [z], outputs: [out] }];
  }
}

/** Nodes computing `out` = dy * act'(y), with act' written with y (conv-math.md), plus the constants they need. */
function deltaNodes(act: LayerSpec['act'], out: string): { nodes: OnnxNode[]; inits: OnnxInitializer[] } {
  const one = { name: 'one', dims: [], data: Float32Array.of(1) };
  const zero = { name: 'zero', dims: [], data: Float32Array.of(0) };
  switch (act) {
    case 'none':
      return { nodes: [{ op: 'Identity', inputs: ['dy'], outputs: [out] }], inits: [] };
    case 'relu':
      return {
        nodes: [
          { op: 'Greater', inputs: ['y', 'zero'], outputs: ['ypos'] },
          { op: 'Where', inputs: ['ypos', 'dy', 'zero'], outputs: [out] },
        ],
        inits: [zero],
      };
    case 'sigmoid': // y (1 - y)
      return {
        nodes: [
          { op: 'Sub', inputs: ['one', 'y'], outputs: ['one_minus_y'] },
          { op: 'Mul', inputs: ['y', 'one_minus_y'], outputs: ['dact'] },
          { op: 'Mul', inputs: ['dy', 'dact'], outputs: [out] },
        ],
        inits: [one],
      };
    case 'tanh': // 1 - y^2
      return {
        nodes: [
          { op: 'Mul', inputs: ['y', 'y'], outputs: ['y2'] },
          { op: 'Sub', inputs: ['one', 'y2'], outputs: ['dact'] },
          { op: 'Mul', inputs: ['dy', 'dact'], outputs: [out] },
        ],
        inits: [one],
      };
  }
}

const i64 = (...v: number[]) => BigInt64Array.from(v.map((n) => BigInt(n)));

/** ONNX pads: [x1_begin, x2_begin, x1_end, x2_end] = [top, left, bottom, right]. */
const onnxPads = (s: LayerSpec): number[] => [s.pt, s.pl, s.pb, s.pr];

/**
 * ConvTranspose's output is s (in - 1) + output_padding + d (k - 1) + 1 - pads; the padding that
 * brings it back to H (the rows a strided forward conv never reached), in [0, s).
 */
export function convTransposeOutputPadding(s: LayerSpec): [number, number] {
  const oh = s.H - (s.sh * (s.Ho - 1) + s.dh * (s.K - 1) + 1 - s.pt - s.pb);
  const ow = s.W - (s.sw * (s.Wo - 1) + s.dw * (s.L - 1) + 1 - s.pl - s.pr);
  return [oh, ow];
}

/**
 * Kernel extent of the weight-gradient Conv (xT correlated with deltaT, strides = dilation,
 * dilations = stride): at least K x L; the extra rows/columns are sliced off.
 */
export function weightGradConvExtent(s: LayerSpec): [number, number] {
  const kh = Math.floor((s.H + s.pt + s.pb - s.sh * (s.Ho - 1) - 1) / s.dh) + 1;
  const kw = Math.floor((s.W + s.pl + s.pr - s.sw * (s.Wo - 1) - 1) / s.dw) + 1;
  return [kh, kw];
}

/**
 * The weight gradient as ONNX nodes, from the graph inputs x, y, dy to `out` (OIHW [Co][Ci/G][K][L]):
 * a Conv of x's channels (as its batch) with delta (as its weight), strides = dilation,
 * dilations = stride, sliced to K x L where the window overshoots, transposed back. Grouped: x is
 * moved to [Ci/G][G*N][H][W] first and the Conv has G groups, so each group's output channels
 * meet only that group's input channels (no G-fold extra work).
 */
function weightGradNodes(spec: LayerSpec, out: string): { nodes: OnnxNode[]; initializers: OnnxInitializer[] } {
  const G = spec.groups ?? 1;
  const Cig = spec.Ci / G;
  const strides = [spec.sh, spec.sw], dilations = [spec.dh, spec.dw];
  const d = deltaNodes(spec.act, 'delta');
  const [kh, kw] = weightGradConvExtent(spec);
  const sliced = kh !== spec.K || kw !== spec.L;
  const xT: OnnxNode[] = G === 1
    ? [{ op: 'Transpose', inputs: ['x'], outputs: ['xT'], attrs: { perm: [1, 0, 2, 3] } }] // [Ci][N][H][W]
    : [
      { op: 'Reshape', inputs: ['x', 'x5_shape'], outputs: ['x5'] }, // [N][G][Ci/G][H][W]
      { op: 'Transpose', inputs: ['x5'], outputs: ['x5T'], attrs: { perm: [2, 1, 0, 3, 4] } }, // [Ci/G][G][N][H][W]
      { op: 'Reshape', inputs: ['x5T', 'xT_shape'], outputs: ['xT'] }, // [Ci/G][G*N][H][W]
    ];
  return {
    initializers: [
      ...d.inits,
      ...(G > 1 ? [
        { name: 'x5_shape', dims: [5], data: i64(spec.N, G, Cig, spec.H, spec.W) },
        { name: 'xT_shape', dims: [4], data: i64(Cig, G * spec.N, spec.H, spec.W) },
      ] : []),
      ...(sliced ? [
        { name: 'slice_starts', dims: [2], data: i64(0, 0) },
        { name: 'slice_ends', dims: [2], data: i64(spec.K, spec.L) },
        { name: 'slice_axes', dims: [2], data: i64(2, 3) },
      ] : []),
    ],
    nodes: [
      ...d.nodes,
      ...xT,
      { op: 'Transpose', inputs: ['delta'], outputs: ['deltaT'], attrs: { perm: [1, 0, 2, 3] } }, // [Co][N][Ho][Wo]
      {
        // out[c][co][k][l] = sum over n, i, j of x[n][g Ci/G + c][k d + i s - p][l d + j s - p] delta[n][co][i][j], g = co's group
        op: 'Conv', inputs: ['xT', 'deltaT'], outputs: [sliced ? 'dwT_full' : 'dwT'],
        attrs: { strides: dilations, dilations: strides, kernel_shape: [spec.Ho, spec.Wo], pads: onnxPads(spec), group: G },
      },
      ...(sliced ? [{ op: 'Slice', inputs: ['dwT_full', 'slice_starts', 'slice_ends', 'slice_axes'], outputs: ['dwT'] }] : []),
      { op: 'Transpose', inputs: ['dwT'], outputs: [out], attrs: { perm: [1, 0, 2, 3] } },
    ],
  };
}

/**
 * The ONNX graph of one pass of a layer. `w` and `b` (NCHW/OIHW, float32) become initializers
 * where the pass reads them.
 */
export function passGraph(spec: LayerSpec, pass: Pass, params: { w: Float32Array; b: Float32Array }): OnnxGraph {
  const sh = nchwShapes(spec);
  const strides = [spec.sh, spec.sw], dilations = [spec.dh, spec.dw], kernel_shape = [spec.K, spec.L];
  const inputs = ONNX_INPUTS[pass].map((name) => ({ name, dims: sh[name] }));
  const outName = ONNX_OUTPUT[pass];
  const outputs = [{ name: outName, dims: sh[outName as 'y'] }];
  const name = `${spec.name}_${pass}`.replace(/[^A-Za-z0-9_]/g, '_');
  const wInit = { name: 'w', dims: sh.w, data: params.w };
  const G = spec.groups ?? 1;
  switch (pass) {
    case 'forward':
      return {
        name, inputs, outputs,
        initializers: [wInit, { name: 'b', dims: sh.b, data: params.b }],
        nodes: [
          { op: 'Conv', inputs: ['x', 'w', 'b'], outputs: ['z'], attrs: { strides, dilations, kernel_shape, pads: onnxPads(spec), group: G } },
          ...activationNodes(spec.act, 'z', 'y'),
        ],
      };
    case 'input-grad': {
      const d = deltaNodes(spec.act, 'delta');
      return {
        name, inputs, outputs,
        initializers: [wInit, ...d.inits],
        nodes: [
          ...d.nodes,
          {
            op: 'ConvTranspose', inputs: ['delta', 'w'], outputs: ['dx'],
            attrs: { strides, dilations, kernel_shape, pads: onnxPads(spec), output_padding: convTransposeOutputPadding(spec), group: G },
          },
        ],
      };
    }
    case 'weight-grad':
      return { name, inputs, outputs, ...weightGradNodes(spec, 'dw') };
    case 'weight-update': {
      const g = weightGradNodes(spec, 'dw');
      return {
        name, inputs, outputs,
        initializers: g.initializers,
        nodes: [
          ...g.nodes,
          { op: 'Mul', inputs: ['lr', 'dw'], outputs: ['lr_dw'] },
          { op: 'Sub', inputs: ['w', 'lr_dw'], outputs: ['w_new'] },
        ],
      };
    }
    case 'bias-grad': {
      const d = deltaNodes(spec.act, 'delta');
      return {
        name, inputs, outputs,
        initializers: [...d.inits, { name: 'reduce_axes', dims: [3], data: i64(0, 2, 3) }],
        nodes: [...d.nodes, { op: 'ReduceSum', inputs: ['delta', 'reduce_axes'], outputs: ['db'], attrs: { keepdims: 0 } }],
      };
    }
  }
}

/** The model bytes of one pass of a layer. */
export function passModel(spec: LayerSpec, pass: Pass, params: { w: Float32Array; b: Float32Array }): Uint8Array {
  return encodeModel(passGraph(spec, pass, params));
}
