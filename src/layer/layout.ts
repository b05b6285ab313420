import type { LayerSpec, TensorShapes } from './types.js';

/**
 * Element strides of each logical axis of an activation tensor [n][c][y][x] or a weight tensor
 * [co][ci][k][l], for a layer's layout. Every index in the project is computed from these, so a
 * layout is a choice of strides and nothing else.
 */
export interface ActStrides { n: number; c: number; y: number; x: number }
export interface WeightStrides { co: number; ci: number; k: number; l: number }

/**
 * Strides of an activation tensor with C channels and an h x w image. Besides the two layouts of
 * a spec, the staging copies use `nhcw` ([n][y][c][x]: the rows of every channel side by side, so
 * that kernel rows and channels walk memory as one axis).
 */
export function actStrides(layout: LayerSpec['layout'] | 'nhcw', C: number, h: number, w: number): ActStrides {
  if (layout === 'nhcw') return { n: h * C * w, c: w, y: C * w, x: 1 };
  return layout === 'nchw'
    ? { n: C * h * w, c: h * w, y: w, x: 1 }
    : { n: h * w * C, c: 1, y: w * C, x: C };
}

/**
 * Strides of the weight tensor: OIHW [Co][Ci/G][K][L] for nchw, HWIO [K][L][Ci/G][Co] for nhwc (as
 * PyTorch and TensorFlow store grouped weights); `ci` walks the Ci/G channels of a group.
 */
export function weightStrides(spec: Pick<LayerSpec, 'layout' | 'Ci' | 'Co' | 'K' | 'L'> & { groups?: number }): WeightStrides {
  const { Co, K, L } = spec;
  const Cig = spec.Ci / (spec.groups ?? 1);
  return spec.layout === 'nchw'
    ? { co: Cig * K * L, ci: K * L, k: L, l: 1 }
    : { co: 1, ci: Co, k: L * Cig * Co, l: Cig * Co };
}

/** Input channels per group (Ci / G) and output channels per group (Co / G). */
export const groupChannels = (s: Pick<LayerSpec, 'Ci' | 'Co' | 'groups'>): { cig: number; cog: number } => ({ cig: s.Ci / s.groups, cog: s.Co / s.groups });

export const xStrides = (s: LayerSpec): ActStrides => actStrides(s.layout, s.Ci, s.H, s.W);
export const yStrides = (s: LayerSpec): ActStrides => actStrides(s.layout, s.Co, s.Ho, s.Wo);

/** Shapes in the layout's own axis order (what a .npy file of that tensor holds). */
export function tensorShapes(s: LayerSpec): TensorShapes {
  return s.layout === 'nchw'
    ? { x: [s.N, s.Ci, s.H, s.W], w: [s.Co, s.Ci / s.groups, s.K, s.L], b: [s.Co], y: [s.N, s.Co, s.Ho, s.Wo] }
    : { x: [s.N, s.H, s.W, s.Ci], w: [s.K, s.L, s.Ci / s.groups, s.Co], b: [s.Co], y: [s.N, s.Ho, s.Wo, s.Co] };
}

/** Element counts of the layer's tensors. */
export function tensorSizes(s: LayerSpec): { x: number; w: number; b: number; y: number } {
  return { x: s.N * s.Ci * s.H * s.W, w: s.Co * (s.Ci / s.groups) * s.K * s.L, b: s.Co, y: s.N * s.Co * s.Ho * s.Wo };
}
