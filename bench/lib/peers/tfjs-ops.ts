/**
 * The tfjs computation of each pass, shared by the tfjs-wasm, tfjs-cpu and tfjs-webgpu peers
 * (NHWC activations, HWIO weights [K][L][Ci/G][Co]). What a tfjs user writes for each kind of layer:
 * - dense (G = 1): tf.fused.conv2d (+bias, act), tf.conv2dTranspose, the Conv2DBackpropFilter
 *   kernel, tf.sum;
 * - depthwise (G = Ci, channel multiplier M = Co/G): tf.fused.depthwiseConv2d with the filter as
 *   [K][L][Ci][M] (convgen's HWIO [K][L][1][Co] is exactly that array: output channel co = ci M + m
 *   in both), the DepthwiseConv2dNativeBackpropInput / ...BackpropFilter kernels (tfjs-cpu and
 *   tfjs-webgpu register them, tfjs-wasm does not);
 * - grouped (1 < G < Ci): the channels split into G slices (tf.split on the channel axis), one
 *   dense op per group, tf.concat of the results; the weights' and bias' split is made once when
 *   the tensors are uploaded (weights do not change between calls), the activations' in every run.
 * - weight-update: the weight gradient as above, then w - lr * dW (tf.sub, tf.mul).
 * The backward passes start from y and dy like convgen's kernels: delta = dy * act'(y) is in the work.
 */
import type * as TF from '@tensorflow/tfjs';
import type { LayerSpec, Pass } from '../../../src/layer/types.js';
import { relayout, shapeIn } from '../layout.js';
import type { InputSet } from './types.js';

export type Tf = typeof TF;

/** How tfjs computes a layer: one dense op, the depthwise ops, or G dense ops on channel slices. */
export type GroupKind = 'dense' | 'depthwise' | 'grouped';

export const groupKind = (spec: LayerSpec): GroupKind => {
  const G = spec.groups ?? 1;
  return G === 1 ? 'dense' : G === spec.Ci ? 'depthwise' : 'grouped';
};

/** A layer's tensors in tfjs (NHWC, HWIO), with the filter in the form its ops want. */
export interface TfTensors {
  x: TF.Tensor4D;
  /** HWIO [K][L][Ci/G][Co] */
  w: TF.Tensor4D;
  b: TF.Tensor1D;
  y: TF.Tensor4D;
  dy: TF.Tensor4D;
  lr: TF.Scalar;
  /** depthwise: the filter as [K][L][Ci][Co/Ci] (a reshape of w) */
  wDepthwise?: TF.Tensor4D;
  /** grouped: each group's filter [K][L][Ci/G][Co/G] and bias [Co/G] */
  wGroups?: TF.Tensor4D[];
  bGroups?: TF.Tensor1D[];
}

export function uploadTensors(tf: Tf, spec: LayerSpec, s: InputSet): TfTensors {
  const t4 = (kind: 'x' | 'y' | 'w', a: Float32Array) =>
    tf.tensor4d(relayout(spec, kind, a, spec.layout, 'nhwc'), shapeIn(spec, kind, 'nhwc') as [number, number, number, number]);
  const t: TfTensors = { x: t4('x', s.x), w: t4('w', s.w), b: tf.tensor1d(s.b), y: t4('y', s.y), dy: t4('y', s.dy), lr: tf.scalar(s.lr ?? 1) };
  const kind = groupKind(spec);
  if (kind === 'depthwise') t.wDepthwise = tf.reshape(t.w, [spec.K, spec.L, spec.Ci, spec.Co / spec.Ci]);
  if (kind === 'grouped') {
    t.wGroups = tf.split(t.w, spec.groups, 3);
    t.bGroups = tf.split(t.b, spec.groups, 0);
  }
  return t;
}

export function disposeTensors(t: TfTensors): void {
  for (const v of Object.values(t)) {
    if (Array.isArray(v)) for (const u of v) (u as TF.Tensor).dispose();
    else (v as TF.Tensor).dispose();
  }
}

/** tfjs's ExplicitPadding: [[0, 0], [top, bottom], [left, right], [0, 0]] for NHWC. */
type ExplicitPadding = [[number, number], [number, number], [number, number], [number, number]];
const explicitPad = (s: LayerSpec): ExplicitPadding => [[0, 0], [s.pt, s.pb], [s.pl, s.pr], [0, 0]];

/** delta = dy * act'(y), act' written with y (conv-math.md). */
export function delta(tf: Tf, act: LayerSpec['act'], y: TF.Tensor4D, dy: TF.Tensor4D): TF.Tensor4D {
  switch (act) {
    case 'none': return dy;
    case 'relu': return tf.mul(dy, tf.step(y, 0));
    case 'sigmoid': return tf.mul(dy, tf.mul(y, tf.sub(1, y)));
    case 'tanh': return tf.mul(dy, tf.sub(1, tf.square(y)));
  }
}

/** What each pass runs, by kind of layer (shown in the reports). */
export function tfjsMethod(spec: LayerSpec | undefined, pass: Pass): string {
  const kind = spec ? groupKind(spec) : 'dense';
  const per = (op: string) => (kind === 'grouped' ? `tf.split + ${spec!.groups} x ${op} + tf.concat` : op);
  switch (pass) {
    case 'forward':
      return kind === 'depthwise' ? 'tf.fused.depthwiseConv2d (+bias, act)' : per('tf.fused.conv2d (+bias, act)');
    case 'input-grad':
      return kind === 'depthwise' ? 'DepthwiseConv2dNativeBackpropInput' : per('tf.conv2dTranspose');
    case 'weight-grad':
      return kind === 'depthwise' ? 'DepthwiseConv2dNativeBackpropFilter' : per('Conv2DBackpropFilter');
    case 'bias-grad':
      return 'tf.sum';
    case 'weight-update':
      return `${tfjsMethod(spec, 'weight-grad')}, then w - lr * dW`;
  }
}

/** Why tfjs cannot run this pass of this layer at all (whatever the backend), or undefined. */
export function tfjsCannot(spec: LayerSpec, pass: Pass): string | undefined {
  const dilated = spec.dh > 1 || spec.dw > 1;
  if (dilated && pass !== 'forward' && pass !== 'bias-grad') return `tfjs's ${pass} has no dilation`;
  if (groupKind(spec) === 'depthwise' && dilated && (spec.sh > 1 || spec.sw > 1)) return "tfjs's depthwiseConv2d takes a stride or a dilation, not both";
  return undefined;
}

/** The weight gradient in HWIO [K][L][Ci/G][Co]. */
function weightGrad(tf: Tf, spec: LayerSpec, t: TfTensors, strides: [number, number], pad: ExplicitPadding): TF.Tensor4D {
  const d = delta(tf, spec.act, t.y, t.dy);
  const filter = (x: TF.Tensor4D, dy: TF.Tensor4D, shape: number[]) =>
    tf.engine().runKernel('Conv2DBackpropFilter', { x, dy }, { strides, pad, dataFormat: 'NHWC', filterShape: shape } as unknown as TF.NamedAttrMap) as TF.Tensor4D;
  switch (groupKind(spec)) {
    case 'dense':
      return filter(t.x, d, [spec.K, spec.L, spec.Ci, spec.Co]);
    case 'depthwise': {
      const M = spec.Co / spec.Ci;
      const g = tf.engine().runKernel('DepthwiseConv2dNativeBackpropFilter', { x: t.x, dy: d }, {
        strides, pad, dilations: [spec.dh, spec.dw], filterShape: [spec.K, spec.L, spec.Ci, M],
      } as unknown as TF.NamedAttrMap) as TF.Tensor4D;
      return tf.reshape(g, [spec.K, spec.L, 1, spec.Co]);
    }
    case 'grouped': {
      const G = spec.groups;
      const xs = tf.split(t.x, G, 3), ds = tf.split(d, G, 3);
      return tf.concat(xs.map((x, g) => filter(x as TF.Tensor4D, ds[g] as TF.Tensor4D, [spec.K, spec.L, spec.Ci / G, spec.Co / G])), 3);
    }
  }
}

/** The tfjs computation of one pass; returns its output in tfjs's layout (NHWC, HWIO, [Co]). */
export function computePass(tf: Tf, spec: LayerSpec, pass: Pass, t: TfTensors): TF.Tensor {
  const strides: [number, number] = [spec.sh, spec.sw];
  const dilations: [number, number] = [spec.dh, spec.dw];
  const pad = explicitPad(spec);
  const kind = groupKind(spec);
  switch (pass) {
    case 'forward': {
      const fused = spec.act === 'tanh' || spec.act === 'none' ? 'linear' : spec.act;
      let z: TF.Tensor4D;
      if (kind === 'dense') z = tf.fused.conv2d({ x: t.x, filter: t.w, strides, pad, dataFormat: 'NHWC', dilations, bias: t.b, activation: fused });
      // (tfjs's typings leave out explicit padding for the depthwise op; computeConv2DInfo takes it as for conv2d)
      else if (kind === 'depthwise') z = tf.fused.depthwiseConv2d({ x: t.x, filter: t.wDepthwise!, strides, pad: pad as unknown as 'valid', dataFormat: 'NHWC', dilations, bias: t.b, activation: fused });
      else {
        const xs = tf.split(t.x, spec.groups, 3);
        z = tf.concat(xs.map((x, g) => tf.fused.conv2d({ x: x as TF.Tensor4D, filter: t.wGroups![g]!, strides, pad, dataFormat: 'NHWC', dilations, bias: t.bGroups![g]!, activation: fused })), 3) as TF.Tensor4D;
      }
      return spec.act === 'tanh' ? tf.tanh(z) : z;
    }
    case 'input-grad': {
      const d = delta(tf, spec.act, t.y, t.dy);
      if (kind === 'dense') return tf.conv2dTranspose(d, t.w, [spec.N, spec.H, spec.W, spec.Ci], strides, pad);
      if (kind === 'depthwise') {
        return tf.engine().runKernel('DepthwiseConv2dNativeBackpropInput', { dy: d, filter: t.wDepthwise! }, {
          strides, pad, dilations, inputShape: [spec.N, spec.H, spec.W, spec.Ci],
        } as unknown as TF.NamedAttrMap) as TF.Tensor;
      }
      const G = spec.groups;
      const ds = tf.split(d, G, 3);
      return tf.concat(ds.map((dg, g) => tf.conv2dTranspose(dg as TF.Tensor4D, t.wGroups![g]!, [spec.N, spec.H, spec.W, spec.Ci / G], strides, pad)), 3);
    }
    case 'weight-grad':
      return weightGrad(tf, spec, t, strides, pad);
    case 'bias-grad':
      return tf.sum(delta(tf, spec.act, t.y, t.dy), [0, 1, 2]);
    case 'weight-update':
      return tf.sub(t.w, tf.mul(t.lr, weightGrad(tf, spec, t, strides, pad)));
  }
}

/** The kind of tensor a pass returns (for moving it back to the layer's layout); bias-grad's [Co] needs none. */
export function outputKind(pass: Pass): 'x' | 'y' | 'w' | undefined {
  switch (pass) {
    case 'forward': return 'y';
    case 'input-grad': return 'x';
    case 'weight-grad':
    case 'weight-update': return 'w';
    case 'bias-grad': return undefined;
  }
}
