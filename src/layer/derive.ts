import { tensorSizes } from './layout.js';
import type { LayerSpec } from './types.js';

/** A wasm32 module addresses at most 65536 pages of 64 KiB. */
export const WASM32_MAX_BYTES = 4294967296;

const F32 = 4;

/** Byte sizes of the float32 tensors x, w, b, y. */
export function bytes(spec: LayerSpec): { x: number; w: number; b: number; y: number } {
  const n = tensorSizes(spec);
  return { x: F32 * n.x, w: F32 * n.w, b: F32 * n.b, y: F32 * n.y };
}

/** Elements of the zero-padded copy of x that a kernel may stage. */
export function paddedInputElements(spec: LayerSpec): number {
  return spec.N * spec.Ci * (spec.H + spec.pt + spec.pb) * (spec.W + spec.pl + spec.pr);
}

/**
 * Bytes of linear memory the biggest kernel module needs: x, a padded copy of x, w, b, y and the
 * gradients dy, dx, dw, db, all float32. Plain float arithmetic: for absurd shapes the result is
 * approximate (or Infinity) but still compares correctly with WASM32_MAX_BYTES.
 */
export function moduleMemoryBytes(spec: LayerSpec): number {
  const n = tensorSizes(spec);
  return F32 * (2 * n.x + paddedInputElements(spec) + 2 * n.w + 2 * n.b + 2 * n.y);
}
