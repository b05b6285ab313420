/**
 * tfjs's view of a convolution (its `Conv2DInfo`, from `backend_util.computeConv2DInfo`) as a
 * convgen layer spec, and the filter re-layouts the NCHW case needs. Pure: no tfjs, no kernels.
 *
 * tfjs normalizes every conv kernel's attributes (strides, 'same' / 'valid' / number / explicit
 * padding, dilations, dimRoundingMode, data format) into one `Conv2DInfo`; its `padInfo` holds the
 * four pads it actually applies and `outHeight` / `outWidth` the output size. convgen takes the
 * pads explicitly, so 'same' is never re-derived here: the spec gets tfjs's top and left pads, and
 * a bottom (right) pad that gives exactly tfjs's output size (with dimRoundingMode 'ceil' or
 * 'round' the last window may reach past the input: tfjs skips those taps, which is what zero
 * padding computes).
 */
import { parseSpec } from '../layer/parse.js';
import type { Activation, LayerSpec } from '../layer/types.js';

/** The fields of tfjs's Conv2DInfo this module reads (a structural subset: tfjs's own type fits it). */
export interface ConvInfo {
  batchSize: number;
  inHeight: number;
  inWidth: number;
  inChannels: number;
  outHeight: number;
  outWidth: number;
  outChannels: number;
  dataFormat: 'channelsFirst' | 'channelsLast';
  strideHeight: number;
  strideWidth: number;
  dilationHeight: number;
  dilationWidth: number;
  filterHeight: number;
  filterWidth: number;
  padInfo: { top: number; left: number; right: number; bottom: number; type: string };
  inShape: [number, number, number, number];
  outShape: [number, number, number, number];
  filterShape: [number, number, number, number];
}

/** The name every spec made here carries (a tuning database's own name is used when it has the layer). */
export const TFJS_LAYER_NAME = 'tfjs';

/**
 * The end pad of one axis that makes convgen's output size (floor((in + before + after - span) /
 * stride) + 1) equal tfjs's `out`: tfjs's own `after` when it already does, else the smallest that
 * does (tfjs's `after` is never too small for floor rounding; 'ceil' and 'round' may need more).
 */
function endPad(size: number, k: number, stride: number, dilation: number, before: number, after: number, out: number): number {
  const span = (k - 1) * dilation + 1;
  const outOf = (a: number) => Math.floor((size + before + a - span) / stride) + 1;
  if (after >= 0 && outOf(after) === out) return after;
  return Math.max(0, (out - 1) * stride + span - size - before);
}

/**
 * The convgen spec of a tfjs convolution: NHWC/HWIO for channelsLast, NCHW/OIHW for channelsFirst
 * (the caller re-lays the filter), `groups` = Ci for a depthwise one (its [K][L][Ci][M] filter is
 * convgen's grouped HWIO [K][L][1][Ci M] as it is: output channel ci M + m in both). Throws (a
 * SpecError, or an Error saying why) when convgen cannot compute it.
 */
export function specFromConvInfo(info: ConvInfo, opts: { act?: Activation; depthwise?: boolean } = {}): LayerSpec {
  const p = info.padInfo;
  if (![p.top, p.left, p.bottom, p.right].every((v) => Number.isInteger(v) && v >= 0)) {
    throw new Error(`padding ${JSON.stringify(p)} is not four non-negative integers`);
  }
  const pb = endPad(info.inHeight, info.filterHeight, info.strideHeight, info.dilationHeight, p.top, p.bottom, info.outHeight);
  const pr = endPad(info.inWidth, info.filterWidth, info.strideWidth, info.dilationWidth, p.left, p.right, info.outWidth);
  const spec = parseSpec({
    name: TFJS_LAYER_NAME,
    N: info.batchSize,
    Ci: info.inChannels,
    H: info.inHeight,
    W: info.inWidth,
    Co: info.outChannels,
    K: info.filterHeight,
    L: info.filterWidth,
    stride: [info.strideHeight, info.strideWidth],
    dilation: [info.dilationHeight, info.dilationWidth],
    pad: [p.top, pb, p.left, pr],
    groups: opts.depthwise ? info.inChannels : 1,
    act: opts.act ?? 'none',
    layout: info.dataFormat === 'channelsFirst' ? 'nchw' : 'nhwc',
  });
  if (spec.Ho !== info.outHeight || spec.Wo !== info.outWidth) {
    throw new Error(`convgen's output would be ${spec.Ho}x${spec.Wo}, tfjs's is ${info.outHeight}x${info.outWidth}`);
  }
  return spec;
}

/** A dense filter HWIO [K][L][Ci][Co] (tfjs's, whatever the data format) as OIHW [Co][Ci][K][L] (convgen's nchw weights). */
export function hwioToOihw(w: ArrayLike<number>, K: number, L: number, Ci: number, Co: number): Float32Array {
  const out = new Float32Array(K * L * Ci * Co);
  for (let k = 0; k < K; k++) {
    for (let l = 0; l < L; l++) {
      for (let ci = 0; ci < Ci; ci++) {
        const src = ((k * L + l) * Ci + ci) * Co;
        for (let co = 0; co < Co; co++) out[((co * Ci + ci) * K + k) * L + l] = w[src + co]!;
      }
    }
  }
  return out;
}

/** OIHW [Co][Ci][K][L] as HWIO [K][L][Ci][Co]. */
export function oihwToHwio(w: ArrayLike<number>, K: number, L: number, Ci: number, Co: number): Float32Array {
  const out = new Float32Array(K * L * Ci * Co);
  for (let co = 0; co < Co; co++) {
    for (let ci = 0; ci < Ci; ci++) {
      for (let k = 0; k < K; k++) {
        const src = ((co * Ci + ci) * K + k) * L;
        for (let l = 0; l < L; l++) out[((k * L + l) * Ci + ci) * Co + co] = w[src + l]!;
      }
    }
  }
  return out;
}

/**
 * A spec from its one-line description (describeSpec's `name: N=.. Ci=.. ... act=.. layout=.. ->
 * Ho=.. Wo=..`), as the manifests of `convgen compile` and `convgen build` record it.
 */
export function parseDescribedSpec(line: string): LayerSpec {
  const m = /^(\S+): N=(\d+) Ci=(\d+) H=(\d+) W=(\d+) Co=(\d+) K=(\d+) L=(\d+) stride=(\d+)x(\d+) pad=(\d+),(\d+),(\d+),(\d+) dilation=(\d+)x(\d+)(?: groups=(\d+))? act=(\w+) layout=(\w+) -> Ho=(\d+) Wo=(\d+)$/.exec(line);
  if (!m) throw new Error(`not a layer description: ${JSON.stringify(line)}`);
  const n = (i: number) => Number(m[i]);
  const spec = parseSpec({
    name: m[1], N: n(2), Ci: n(3), H: n(4), W: n(5), Co: n(6), K: n(7), L: n(8), stride: [n(9), n(10)], pad: [n(11), n(12), n(13), n(14)],
    dilation: [n(15), n(16)], groups: m[17] === undefined ? 1 : n(17), act: m[18] as Activation, layout: m[19] as LayerSpec['layout'],
  });
  if (spec.Ho !== n(20) || spec.Wo !== n(21)) throw new Error(`${line}: the output size is ${spec.Ho}x${spec.Wo}`);
  return spec;
}
