/**
 * The tfjs conv kernels as convgen passes: how each kernel's inputs and attributes become a layer
 * spec, a pass, the tensors to write and the output to return, with tfjs's semantics (NHWC/HWIO,
 * or NCHW with the filter still HWIO; depthwise filters [K][L][Ci][M]). What convgen cannot do is
 * thrown as `Unsupported` (the plug-in then runs the backend's own kernel).
 */
import type { Activation, LayerSpec, Pass } from '../layer/types.js';
import { hwioToOihw, oihwToHwio, specFromConvInfo, type ConvInfo } from './spec.js';

/** What tfjs passes a kernel as a tensor (its TensorInfo). */
export interface TensorInfoLike {
  dataId: object;
  shape: number[];
  dtype: string;
}

export type Inputs = { [name: string]: TensorInfoLike | undefined };
export type Attrs = { [name: string]: unknown };

/** tfjs's backend_util.computeConv2DInfo, as the plug-in calls it. */
export type ComputeConv2DInfo = (
  inShape: [number, number, number, number],
  filterShape: [number, number, number, number],
  strides: number | [number, number],
  dilations: number | [number, number],
  pad: 'same' | 'valid' | number | [[number, number], [number, number], [number, number], [number, number]],
  roundingMode?: 'floor' | 'round' | 'ceil',
  depthwise?: boolean,
  dataFormat?: 'channelsFirst' | 'channelsLast',
) => ConvInfo;

/** The kernels the plug-in registers. */
export const KERNEL_NAMES = [
  'Conv2D',
  'FusedConv2D',
  'Conv2DBackpropInput',
  'Conv2DBackpropFilter',
  'DepthwiseConv2dNative',
  'FusedDepthwiseConv2D',
  'DepthwiseConv2dNativeBackpropInput',
  'DepthwiseConv2dNativeBackpropFilter',
] as const;
export type KernelName = (typeof KERNEL_NAMES)[number];

/** Something convgen does not compute (a tfjs activation it lacks, a bias it cannot broadcast, ...). */
export class Unsupported extends Error {
  override readonly name = 'Unsupported';
}

/** One call of a kernel as a convgen pass. */
export interface Plan {
  spec: LayerSpec;
  pass: Pass;
  /** the tensors to write, by the kernel's ABI names (read from tfjs only once the kernel is compiled) */
  inputs(read: (t: TensorInfoLike) => Float32Array): Record<string, Float32Array>;
  /** the output's tfjs shape */
  outShape: number[];
  /** the result (a view in the kernel's memory) re-laid for tfjs, when it is not already */
  post?: (result: Float32Array) => Float32Array;
}

type Shape4 = [number, number, number, number];

const ACTIVATIONS: Readonly<Record<string, Activation>> = { linear: 'none', relu: 'relu', sigmoid: 'sigmoid' };

function tensor(inputs: Inputs, name: string): TensorInfoLike {
  const t = inputs[name];
  if (!t) throw new Unsupported(`input ${name} is missing`);
  if (t.dtype !== 'float32') throw new Unsupported(`${name} is ${t.dtype}, not float32`);
  return t;
}

function shape4(v: unknown, what: string): Shape4 {
  if (!Array.isArray(v) || v.length !== 4 || !v.every((d) => Number.isInteger(d) && d > 0)) {
    throw new Unsupported(`${what} ${JSON.stringify(v)} is not four positive sizes`);
  }
  return v as Shape4;
}

function format(attrs: Attrs): 'channelsFirst' | 'channelsLast' {
  const f = attrs.dataFormat ?? 'NHWC';
  if (f === 'NHWC') return 'channelsLast';
  if (f === 'NCHW') return 'channelsFirst';
  throw new Unsupported(`dataFormat ${JSON.stringify(f)}`);
}

const same = (a: readonly number[], b: readonly number[]) => a.length === b.length && a.every((v, i) => v === b[i]);

function activation(attrs: Attrs): Activation {
  const a = attrs.activation ?? 'linear';
  const act = typeof a === 'string' ? ACTIVATIONS[a] : undefined;
  if (!act) throw new Unsupported(`activation ${JSON.stringify(a)}: convgen fuses linear, relu and sigmoid of tfjs's`);
  return act;
}

const zerosByLength = new Map<number, Float32Array>();
const zeros = (n: number): Float32Array => {
  let z = zerosByLength.get(n);
  if (!z) zerosByLength.set(n, (z = new Float32Array(n)));
  return z;
};

/**
 * The bias as Co values: absent (zeros), one value for every channel, or Co values along the
 * channel axis (1-D, or NHWC-broadcast [1, .., Co]); other broadcasts are tfjs's alone.
 */
function biasReader(inputs: Inputs, Co: number, layout: LayerSpec['layout']): (read: (t: TensorInfoLike) => Float32Array) => Float32Array {
  const b = inputs.bias;
  if (!b) return () => zeros(Co);
  if (b.dtype !== 'float32') throw new Unsupported(`bias is ${b.dtype}, not float32`);
  const size = b.shape.reduce((p, d) => p * d, 1);
  if (size === 1) return (read) => new Float32Array(Co).fill(read(b)[0]!);
  const alongChannels = b.shape.length === 1 || (layout === 'nhwc' && b.shape[b.shape.length - 1] === Co);
  if (size !== Co || !alongChannels) throw new Unsupported(`bias of shape [${b.shape}] is not one value per output channel`);
  return (read) => read(b);
}

/** The filter as the spec's weights: tfjs's HWIO as it is for nhwc (and depthwise), OIHW for nchw. */
function filterReader(filter: TensorInfoLike, spec: LayerSpec): (read: (t: TensorInfoLike) => Float32Array) => Float32Array {
  if (spec.layout === 'nhwc') return (read) => read(filter);
  return (read) => hwioToOihw(read(filter), spec.K, spec.L, spec.Ci, spec.Co);
}

function checkDy(dy: TensorInfoLike, info: ConvInfo): void {
  if (!same(dy.shape, info.outShape)) throw new Unsupported(`dy has shape [${dy.shape}], the convolution's output is [${info.outShape}]`);
}

/** Builds the plan of one call; throws Unsupported (or tfjs's own errors about the attributes). */
export type Planner = (inputs: Inputs, attrs: Attrs, conv: ComputeConv2DInfo) => Plan;

const dil = (attrs: Attrs): number | [number, number] => (attrs.dilations ?? 1) as number | [number, number];
type Pad = Parameters<ComputeConv2DInfo>[4];
type Rounding = Parameters<ComputeConv2DInfo>[5];

/** Conv2D, FusedConv2D and their depthwise forms: the forward pass (bias and activation fused). */
function forward(depthwise: boolean, fused: boolean): Planner {
  return (inputs, attrs, conv) => {
    const x = tensor(inputs, 'x');
    const filter = tensor(inputs, 'filter');
    if (inputs.preluActivationWeights) throw new Unsupported('prelu activation weights');
    const fmt = format(attrs);
    if (depthwise && fmt === 'channelsFirst') throw new Unsupported('depthwise NCHW');
    const info = conv(shape4(x.shape, 'x shape'), shape4(filter.shape, 'filter shape'), attrs.strides as number | [number, number], dil(attrs), attrs.pad as Pad, attrs.dimRoundingMode as Rounding, depthwise, fmt);
    const spec = specFromConvInfo(info, { act: fused ? activation(attrs) : 'none', depthwise });
    const w = filterReader(filter, spec);
    const b = fused ? biasReader(inputs, spec.Co, spec.layout) : () => zeros(spec.Co);
    return { spec, pass: 'forward', outShape: info.outShape, inputs: (read) => ({ x: read(x), w: w(read), b: b(read) }) };
  };
}

/** Conv2DBackpropInput and DepthwiseConv2dNativeBackpropInput: dx of `inputShape` from dy and the filter. */
function inputGrad(depthwise: boolean): Planner {
  return (inputs, attrs, conv) => {
    const dy = tensor(inputs, 'dy');
    const filter = tensor(inputs, 'filter');
    const fmt = depthwise ? 'channelsLast' : format(attrs);
    const info = conv(shape4(attrs.inputShape, 'inputShape'), shape4(filter.shape, 'filter shape'), attrs.strides as number | [number, number], depthwise ? dil(attrs) : 1, attrs.pad as Pad, attrs.dimRoundingMode as Rounding, depthwise, fmt);
    checkDy(dy, info);
    const spec = specFromConvInfo(info, { depthwise });
    const w = filterReader(filter, spec);
    return { spec, pass: 'input-grad', outShape: info.inShape, inputs: (read) => ({ w: w(read), dy: read(dy) }) };
  };
}

/** Conv2DBackpropFilter and DepthwiseConv2dNativeBackpropFilter: dW of `filterShape` from x and dy. */
function weightGrad(depthwise: boolean): Planner {
  return (inputs, attrs, conv) => {
    const x = tensor(inputs, 'x');
    const dy = tensor(inputs, 'dy');
    const fmt = depthwise ? 'channelsLast' : format(attrs);
    const filterShape = shape4(attrs.filterShape, 'filterShape');
    const info = conv(shape4(x.shape, 'x shape'), filterShape, attrs.strides as number | [number, number], depthwise ? dil(attrs) : 1, attrs.pad as Pad, attrs.dimRoundingMode as Rounding, depthwise, fmt);
    checkDy(dy, info);
    const spec = specFromConvInfo(info, { depthwise });
    const post = spec.layout === 'nchw' ? (r: Float32Array) => oihwToHwio(r, spec.K, spec.L, spec.Ci, spec.Co) : undefined;
    return { spec, pass: 'weight-grad', outShape: filterShape, inputs: (read) => ({ x: read(x), dy: read(dy) }), ...(post ? { post } : {}) };
  };
}

export const PLANNERS: Readonly<Record<KernelName, Planner>> = {
  Conv2D: forward(false, false),
  FusedConv2D: forward(false, true),
  Conv2DBackpropInput: inputGrad(false),
  Conv2DBackpropFilter: weightGrad(false),
  DepthwiseConv2dNative: forward(true, false),
  FusedDepthwiseConv2D: forward(true, true),
  DepthwiseConv2dNativeBackpropInput: inputGrad(true),
  DepthwiseConv2dNativeBackpropFilter: weightGrad(true),
};
