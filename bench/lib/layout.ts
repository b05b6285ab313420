/**
 * Moving a layer's tensors between its own layout and the layouts peers want: ONNX Runtime takes
 * NCHW activations and OIHW weights, tfjs NHWC and HWIO. Done once per input set, never timed.
 */
import type { LayerSpec } from '../../src/layer/types.js';

/** out has axes `perm` of the 4-d array `a` of shape `shape`: out[i0][i1][i2][i3] = a[...] with out axis k = a axis perm[k]. */
export function permute4(a: Float32Array, shape: readonly number[], perm: readonly number[]): Float32Array {
  if (shape.length !== 4 || perm.length !== 4) throw new RangeError('permute4: 4-d arrays only');
  const inStride = [shape[1]! * shape[2]! * shape[3]!, shape[2]! * shape[3]!, shape[3]!, 1];
  const oShape = perm.map((p) => shape[p]!);
  const s = perm.map((p) => inStride[p]!);
  const out = new Float32Array(a.length);
  let o = 0;
  for (let i0 = 0; i0 < oShape[0]!; i0++)
    for (let i1 = 0; i1 < oShape[1]!; i1++)
      for (let i2 = 0; i2 < oShape[2]!; i2++) {
        const base = i0 * s[0]! + i1 * s[1]! + i2 * s[2]!;
        for (let i3 = 0; i3 < oShape[3]!; i3++) out[o++] = a[base + i3 * s[3]!]!;
      }
  return out;
}

/** The inverse of a permutation. */
const inverse = (perm: readonly number[]): number[] => perm.map((_, i) => perm.indexOf(i));

export type Kind = 'x' | 'y' | 'w';
export type Layout4 = 'nchw' | 'nhwc';

/** The layer's shape of a tensor in a layout (weights OIHW for nchw, HWIO for nhwc; Ci/G input channels per weight). */
export function shapeIn(spec: LayerSpec, kind: Kind, layout: Layout4): number[] {
  const { N, Ci, Co, H, W, Ho, Wo, K, L } = spec;
  // grouped weights hold Ci/G input channels (OIHW [Co][Ci/G][K][L], HWIO [K][L][Ci/G][Co])
  const Cig = Ci / (spec.groups ?? 1);
  if (kind === 'w') return layout === 'nchw' ? [Co, Cig, K, L] : [K, L, Cig, Co];
  const [C, h, w] = kind === 'x' ? [Ci, H, W] : [Co, Ho, Wo];
  return layout === 'nchw' ? [N, C, h, w] : [N, h, w, C];
}

/** nchw -> nhwc for activations ([0,2,3,1]), OIHW -> HWIO for weights ([2,3,1,0]). */
const TO_NHWC: Record<Kind, number[]> = { x: [0, 2, 3, 1], y: [0, 2, 3, 1], w: [2, 3, 1, 0] };

/** Converts a tensor of the layer from layout `from` to layout `to` (a copy, or the same array when they agree). */
export function relayout(spec: LayerSpec, kind: Kind, a: Float32Array, from: Layout4, to: Layout4): Float32Array {
  if (from === to) return a;
  const perm = from === 'nchw' ? TO_NHWC[kind] : inverse(TO_NHWC[kind]);
  return permute4(a, shapeIn(spec, kind, from), perm);
}
