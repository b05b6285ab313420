/**
 * Schedules: how a pass is computed, never what. Two kinds:
 *
 * `scalar`: one float per operation; the baseline every other schedule is compared with.
 *
 * | pass        | tile (accumulators per body)        | unroll (reduction steps per unrolled body)       |
 * | ----------- | ----------------------------------- | ------------------------------------------------ |
 * | forward     | output channels                     | input channels (each K x L taps)                  |
 * | input-grad  | input channels                      | output channels (each the taps of a stride phase) |
 * | weight-grad | output channels (each K x L taps)   | output columns                                    |
 * | bias-grad   | output channels                     | output columns                                    |
 *
 * `simd`: f32x4 register tiles of `vectors` x `partners` accumulators (wasm-performance.md: about
 * 8 is the sweet spot), the reduction walked one step at a time with `unroll` steps per loop body.
 *
 * | pass        | vector axis (4 lanes a vector)  | partners                                          | reduction (steps)          |
 * | ----------- | ------------------------------- | ------------------------------------------------- | -------------------------- |
 * | forward     | output channels (packed weights)| output pixels along a row                         | taps x input channels      |
 * | input-grad  | input channels (packed weights) | input pixels along a row, per stride phase        | phase taps x output channels |
 * | weight-grad | output channels (packed delta)  | input channels (`along: 'ci'`) or kernel columns (`along: 'l'`) | n x Ho x Wo     |
 * | bias-grad   | pixels (nchw) or channels (nhwc) | 1 (`vectors` counts independent accumulators)    | n x Ho x Wo                |
 *
 * `fma` uses f32x4.relaxed_madd (only where the engine has relaxed SIMD; the mul+add kernel is the
 * fallback). `threads` splits the kernel's parallel loop between that many workers.
 * Tiles that do not divide their axis get a tail of the remainder, so every value in range is legal.
 */
import type { LayerSpec, Pass } from '../layer/types.js';

export interface ScalarSchedule {
  kind: 'scalar';
  tile: number;
  unroll: number;
  threads: number;
}

export interface SimdSchedule {
  kind: 'simd';
  /** forward and input-grad: what the 4 lanes hold (weight-grad: always channels) */
  vector?: 'channels' | 'pixels';
  vectors: number;
  partners: number;
  unroll: number;
  fma: boolean;
  /** weight-grad only: which axis the partners walk */
  along?: 'ci' | 'l';
  threads: number;
}

/**
 * `gpu` (the WGSL target; also runs on wasm as loop nests): one invocation per register tile of
 * `channels` output channels x `pixels` output pixels along a row (forward, input-grad), or of
 * `channels` output channels x `pixels` kernel columns of one (ci, k) (weight-grad), or one channel
 * (bias-grad, channels and pixels 1);
 * workgroups of `workgroup` invocations; the weight- and bias-gradient reductions split into
 * `split` partial sums over output rows, added by a second pass (never float atomics).
 */
export interface GpuSchedule {
  kind: 'gpu';
  workgroup: [number, number];
  channels: number;
  pixels: number;
  split: number;
  threads: 1;
}

/** Schedules of the wasm target's own lowerings. */
export type CpuSchedule = ScalarSchedule | SimdSchedule;
export type Schedule = CpuSchedule | GpuSchedule;

/** Largest legal value of each numeric knob of a GPU schedule. */
export function gpuBounds(spec: LayerSpec, pass: Pass): { channels: number; pixels: number; split: number; workgroup: number } {
  const workgroup = 256;
  switch (pass) {
    case 'forward':
      return { channels: spec.Co, pixels: spec.Wo, split: 1, workgroup };
    case 'input-grad':
      return { channels: spec.Ci, pixels: cdiv(spec.W, spec.sw), split: 1, workgroup };
    case 'weight-grad':
      return { channels: spec.Co, pixels: spec.L, split: spec.Ho, workgroup };
    case 'bias-grad':
      return { channels: 1, pixels: 1, split: spec.Ho, workgroup };
  }
}

/**
 * The default GPU schedule (measured on lavapipe, res3x3): register tiles of 8 channels x up to
 * 14 pixels, the pixel tile a divisor of the row where one fits so no tile overhangs; 64-invocation
 * workgroups.
 */
export function defaultGpuSchedule(spec: LayerSpec, pass: Pass): GpuSchedule {
  const b = gpuBounds(spec, pass);
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, v));
  const rows = pass === 'input-grad' ? spec.H : spec.Ho;
  const channels = clamp(8, b.channels);
  // the unrolled body (taps x channels x pixels multiply-adds) stays under 2048, or the
  // shader compiler takes seconds (lavapipe: 0.7 s for 49 taps x 8 x 14)
  const taps = pass === 'forward' ? spec.K * spec.L : pass === 'input-grad' ? Math.ceil(spec.K / spec.sh) * Math.ceil(spec.L / spec.sw) : 1;
  const cap = clamp(Math.min(14, Math.floor(2048 / (channels * taps))), b.pixels);
  let pixels = cap;
  for (let d = Math.ceil(cap / 2); d <= cap; d++) if (b.pixels % d === 0) pixels = d;
  return {
    kind: 'gpu',
    workgroup: [8, 8],
    channels,
    pixels,
    // enough partial sums to give every output many invocations, each still summing whole rows
    // the bias gradient is too little work to pay for a second dispatch (measured against the
    // naive kernel on lavapipe); the weight gradient's partial sums give it many invocations
    split: pass === 'bias-grad' ? 1 : clamp(Math.floor(rows / 4), b.split),
    threads: 1,
  };
}

export const MAX_THREADS = 16;

const cdiv = (a: number, b: number) => Math.ceil(a / b);

/** Largest legal value of each numeric knob of a scalar schedule. */
export function scalarBounds(spec: LayerSpec, pass: Pass): { tile: number; unroll: number } {
  switch (pass) {
    case 'forward':
      return { tile: spec.Co, unroll: spec.Ci };
    case 'input-grad':
      return { tile: spec.Ci, unroll: spec.Co };
    case 'weight-grad':
    case 'bias-grad':
      return { tile: spec.Co, unroll: spec.Wo };
  }
}


/**
 * Largest legal value of each numeric knob of a SIMD schedule; `vector` (forward, input-grad) and
 * `along` (weight-grad) change what the knobs count.
 */
export function simdBounds(
  spec: LayerSpec,
  pass: Pass,
  s: Pick<SimdSchedule, 'vector' | 'along'> = {},
): { vectors: number; partners: number; unroll: number } {
  const pixels = s.vector === 'pixels';
  switch (pass) {
    case 'forward':
      return pixels
        ? { vectors: cdiv(spec.Wo, 4), partners: spec.Co, unroll: spec.K * spec.L * spec.Ci }
        : { vectors: cdiv(spec.Co, 4), partners: spec.Wo, unroll: spec.K * spec.L * spec.Ci };
    case 'input-grad': {
      const cols = cdiv(spec.W, spec.sw);
      return pixels
        ? { vectors: cdiv(cols, 4), partners: spec.Ci, unroll: spec.K * spec.L * spec.Co }
        : { vectors: cdiv(spec.Ci, 4), partners: cols, unroll: spec.K * spec.L * spec.Co };
    }
    case 'weight-grad':
      return { vectors: cdiv(spec.Co, 4), partners: s.along === 'l' ? spec.L : spec.Ci, unroll: spec.N * spec.Ho * spec.Wo };
    case 'bias-grad':
      // vectors: independent accumulators; one step per body
      return { vectors: 8, partners: 1, unroll: 1 };
  }
}

/** Why `vector: 'pixels'` cannot be used for a spec and pass (neighbouring pixels must be neighbours in memory), or null. */
export function pixelVectorsRefusal(spec: LayerSpec, pass: Pass): string | null {
  if (pass !== 'forward' && pass !== 'input-grad') return 'only forward and input-grad have this knob';
  if (spec.layout !== 'nchw') return 'needs layout nchw (neighbouring pixels are Ci apart in nhwc)';
  if (pass === 'forward' && spec.sw !== 1) return 'needs stride 1 along the width in forward';
  return null;
}

/** The default heuristic: a sensible schedule for any spec (the tuner searches the rest). */
export function defaultSchedule(spec: LayerSpec, pass: Pass, opts: { fma?: boolean; threads?: number } = {}): CpuSchedule {
  const threads = opts.threads ?? 1;
  const fma = opts.fma ?? false;
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, Math.floor(v)));
  switch (pass) {
    case 'forward':
    case 'input-grad': {
      // measured on the suite (sweep of vectors x partners x unroll, 1 thread): one step per body,
      // 8 accumulators; pixels in the lanes when channels are too few to fill vectors
      const channels = pass === 'forward' ? spec.Co : spec.Ci;
      if (channels < 16 && pixelVectorsRefusal(spec, pass) === null) {
        const b = simdBounds(spec, pass, { vector: 'pixels' });
        const partners = clamp(channels <= 4 ? channels : 2, b.partners);
        return { kind: 'simd', vector: 'pixels', vectors: clamp(Math.min(4, 8 / partners), b.vectors), partners, unroll: 1, fma, threads };
      }
      const b = simdBounds(spec, pass);
      const cols = pass === 'forward' ? spec.Wo : Math.ceil(spec.W / spec.sw);
      const wide = channels >= 16 && cols % 4 !== 0;
      const vectors = clamp(wide ? 4 : 2, b.vectors);
      return { kind: 'simd', vector: 'channels', vectors, partners: clamp(8 / vectors, b.partners), unroll: 1, fma, threads };
    }
    case 'weight-grad': {
      // 8 accumulators of output channels x partners; kernel columns as partners when channels are few
      const along = spec.Ci < 4 && spec.L >= 2 ? 'l' : 'ci';
      const b = simdBounds(spec, pass, { along });
      const vectors = clamp(b.partners >= 4 ? 2 : 4, b.vectors);
      return { kind: 'simd', vectors, partners: clamp(8 / vectors, b.partners), unroll: 1, fma, along, threads };
    }
    case 'bias-grad':
      return { kind: 'simd', vectors: 4, partners: 1, unroll: 1, fma, threads };
  }
}

/** Throws with the knob's name and its legal range when a schedule does not fit a spec. */
export function checkSchedule(spec: LayerSpec, pass: Pass, s: Schedule): void {
  const where = `for ${pass} of ${spec.name}`;
  const int = (knob: string, v: unknown, max: number) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > max) {
      throw new RangeError(`schedule.${knob} ${where}: got ${String(v)}; must be an integer in 1..${max}`);
    }
  };
  if (s.kind === 'gpu') {
    if ((s.threads as number) !== 1) throw new RangeError(`schedule.threads ${where}: got ${String(s.threads)}; must be 1 for gpu schedules`);
    const max = gpuBounds(spec, pass);
    int('channels', s.channels, max.channels);
    int('pixels', s.pixels, max.pixels);
    int('split', s.split, max.split);
    if (!Array.isArray(s.workgroup) || s.workgroup.length !== 2) throw new RangeError(`schedule.workgroup ${where}: got ${JSON.stringify(s.workgroup)}; must be [x, y]`);
    int('workgroup[0]', s.workgroup[0], max.workgroup);
    int('workgroup[1]', s.workgroup[1], max.workgroup);
    if (s.workgroup[0] * s.workgroup[1] > max.workgroup) throw new RangeError(`schedule.workgroup ${where}: got ${JSON.stringify(s.workgroup)}; at most ${max.workgroup} invocations`);
    return;
  }
  int('threads', s.threads, MAX_THREADS);
  if (s.kind === 'scalar') {
    const max = scalarBounds(spec, pass);
    int('tile', s.tile, max.tile);
    int('unroll', s.unroll, max.unroll);
    return;
  }
  if ((s as { kind: unknown }).kind !== 'simd') throw new RangeError(`schedule.kind ${where}: got ${JSON.stringify((s as { kind: unknown }).kind)}; must be "scalar", "simd" or "gpu"`);
  if (pass === 'weight-grad' ? s.along !== 'ci' && s.along !== 'l' : s.along !== undefined) {
    throw new RangeError(`schedule.along ${where}: got ${JSON.stringify(s.along)}; ${pass === 'weight-grad' ? 'must be "ci" or "l"' : 'only weight-grad has this knob'}`);
  }
  if (s.vector !== undefined && s.vector !== 'channels') {
    const refusal = s.vector === 'pixels' ? pixelVectorsRefusal(spec, pass) : 'must be "channels" or "pixels"';
    if (refusal) throw new RangeError(`schedule.vector ${where}: got ${JSON.stringify(s.vector)}; ${refusal}`);
  }
  const max = simdBounds(spec, pass, s);
  int('vectors', s.vectors, max.vectors);
  int('partners', s.partners, max.partners);
  int('unroll', s.unroll, max.unroll);
  if (typeof s.fma !== 'boolean') throw new RangeError(`schedule.fma ${where}: got ${String(s.fma)}; must be true or false`);
}

export function describeSchedule(s: Schedule): string {
  if (s.kind === 'gpu') return `gpu ${s.channels}x${s.pixels} wg=${s.workgroup.join('x')}${s.split > 1 ? ` split=${s.split}` : ''}`;
  const t = s.threads > 1 ? ` threads=${s.threads}` : '';
  return s.kind === 'scalar'
    ? `scalar tile=${s.tile} unroll=${s.unroll}${t}`
    : `simd ${s.vector === 'pixels' ? 'px ' : ''}${s.vectors}x${s.partners}${s.along ? ` along=${s.along}` : ''} unroll=${s.unroll}${s.fma ? ' fma' : ''}${t}`;
}
