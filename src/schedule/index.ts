/**
 * Schedules: how a pass is computed, never what. The schedule *space* is data: a list of knob
 * descriptors (below), each with the schedule kinds that have it, what it means, and its legal
 * values for a spec and pass (given the knobs it depends on). `checkSchedule`, the bounds, the
 * default heuristic, the knob-sweep tests and a tuner all read these descriptors.
 *
 * Three kinds:
 * - `scalar` (lanes of 1): `tile` accumulators of the pass's write-side channels, `unroll`
 *   reduction steps per loop body; the baseline.
 * - `simd` (f32x4): register tiles of `vectors` x `partners` accumulators; `vector` picks the axis
 *   in the lanes (the write-side channels, the output pixels of a row, or the groups of a depthwise
 *   layer), `along` the partners of the weight gradients; `fma` fuses the multiply-adds (relaxed
 *   SIMD); `threads` splits the kernel between workers.
 * - `gpu` (the WGSL target; also runs on wasm as loop nests): one invocation per tile of
 *   `channels` x `pixels`, workgroups of `workgroup` invocations, reductions over rows split into
 *   `split` partial sums (weight and bias gradients), `vector` 'groups' for tiles across groups.
 *
 * | pass          | vector axis: channels / pixels / groups         | partners                                |
 * | ------------- | ----------------------------------------------- | --------------------------------------- |
 * | forward       | output channels of a group / columns / groups    | columns (pixels: output channels)       |
 * | input-grad    | input channels of a group / columns / groups     | columns of a stride phase (pixels: channels) |
 * | weight-grad   | output channels of a group / - / groups          | input channels of the group (`along: 'ci'`) or kernel columns (`'l'`) |
 * | weight-update | as weight-grad                                   | as weight-grad                          |
 * | bias-grad     | output channels / 4 neighbouring terms of a channel's sum (nchw) | -                      |
 */
import type { LayerSpec, Pass } from '../layer/types.js';
import { groupChannels } from '../layer/layout.js';

/**
 * Reduction order: `declared` walks the pass's reduction axes as its index expression lists them
 * (forward: input channels, then kernel rows and columns); `longest-run` picks the order whose
 * innermost contiguous run is longest (axes contiguous in both operands merge). Long sums are
 * blocked either way.
 */
export type ReductionOrder = 'declared' | 'longest-run';

/**
 * Forward only: `copy` reads X through a zero-bordered copy (no edge cases remain); `regions` reads
 * X in place and splits the output into regions whose taps all land inside X (each its own loop
 * nest with fewer taps), saving the copy where it costs as much as the sums (depthwise layers).
 */
export type BorderStaging = 'copy' | 'regions';

export interface ScalarSchedule {
  kind: 'scalar';
  tile: number;
  unroll: number;
  border?: BorderStaging;
  /** default: longest-run for forward and input-grad, declared for the gradients' sums over images and pixels */
  order?: ReductionOrder;
  threads: number;
}

export type VectorKind = 'channels' | 'pixels' | 'groups';

export interface SimdSchedule {
  kind: 'simd';
  /** what the 4 lanes hold (default channels) */
  vector?: VectorKind;
  vectors: number;
  partners: number;
  unroll: number;
  /** see ReductionOrder (default as for scalar schedules) */
  order?: ReductionOrder;
  /** see BorderStaging (default copy) */
  border?: BorderStaging;
  fma: boolean;
  /** weight-grad and weight-update only: which axis the partners walk */
  along?: 'ci' | 'l';
  /**
   * weight-grad and weight-update only: output rows per chunk of the sum over pixels (a divisor of
   * Ho). The tiles sum one chunk at a time into partial sums, so a chunk's delta and X stay in cache
   * across the tiles; 0: no chunks, each tile sums over every image and pixel. Default: weightRows().
   */
  rows?: number;
  threads: number;
}

export interface GpuSchedule {
  kind: 'gpu';
  /** tiles of output channels (default) or, in grouped layers, of groups */
  vector?: 'channels' | 'groups';
  workgroup: [number, number];
  channels: number;
  pixels: number;
  split: number;
  threads: 1;
}

export type CpuSchedule = ScalarSchedule | SimdSchedule;
export type Schedule = CpuSchedule | GpuSchedule;
export type ScheduleKind = Schedule['kind'];

export const MAX_THREADS = 16;
/** reduction steps in one loop body at most (longer bodies are slower, and slow to compile) */
export const MAX_UNROLL = 64;
/** f32x4 accumulators at most (x64 has 16 vector registers; beyond 32 every accumulator spills) */
export const REGISTER_BUDGET = 32;
/** multiply-adds in one loop body at most (function size) */
export const BODY_BUDGET = 1024;
export const MAX_WORKGROUP = 256;

const cdiv = (a: number, b: number) => Math.ceil(a / b);
const isWeightPass = (pass: Pass) => pass === 'weight-grad' || pass === 'weight-update';
const reducesRows = (pass: Pass) => isWeightPass(pass) || pass === 'bias-grad';

/** Lengths of the axes a schedule tiles, for a pass: the vector axis and the partner axis of each vector kind. */
export function tiledAxes(spec: LayerSpec, pass: Pass, vector: VectorKind = 'channels', along: 'ci' | 'l' = 'ci'): { vec: number; partner: number } {
  const { cig, cog } = groupChannels(spec);
  const cols = pass === 'input-grad' ? cdiv(spec.W, spec.sw) : spec.Wo;
  const write = pass === 'input-grad' ? cig : cog;
  if (pass === 'bias-grad') return vector === 'pixels' ? { vec: spec.Ho * spec.Wo, partner: 1 } : { vec: spec.Co, partner: 1 };
  if (isWeightPass(pass)) return { vec: vector === 'groups' ? spec.groups : cog, partner: along === 'l' ? spec.L : cig };
  if (vector === 'pixels') return { vec: cols, partner: rowPartnerPixels(spec, pass, vector) ? (pass === 'input-grad' ? cdiv(spec.H, spec.sh) : spec.Ho) : write };
  if (vector === 'groups') return { vec: spec.groups, partner: cols };
  return { vec: write, partner: cols };
}

/**
 * Pixels in the lanes of a grouped layer whose groups write one channel each (depthwise forward,
 * or input-grad with one input channel per group): the partners walk the group's output rows, which
 * share its weights, instead of its one channel, and threads split the groups.
 */
export function rowPartnerPixels(spec: LayerSpec, pass: Pass, vector: VectorKind | undefined): boolean {
  if (vector !== 'pixels' || spec.groups === 1) return false;
  const { cig, cog } = groupChannels(spec);
  return (pass === 'forward' && cog === 1) || (pass === 'input-grad' && cig === 1);
}

/** Why `border: 'regions'` cannot be used (an output that reads only padding), or null. */
export function borderRefusal(spec: LayerSpec, vector?: VectorKind): string | null {
  if (vector === 'groups' && spec.layout === 'nchw') return 'groups in the lanes of an nchw layer read a channels-last copy of X; use "copy"';
  const reads = (outLen: number, s: number, p: number, d: number, K: number, len: number) => {
    for (let o = 0; o < outLen; o++) if (Math.min(K, Math.floor((len - 1 + p - o * s) / d) + 1) <= Math.max(0, Math.ceil((p - o * s) / d))) return false;
    return true;
  };
  if (!reads(spec.Ho, spec.sh, spec.pt, spec.dh, spec.K, spec.H) || !reads(spec.Wo, spec.sw, spec.pl, spec.dw, spec.L, spec.W)) return 'some output reads only padding (its value is sigma(b)); use "copy"';
  return null;
}

/** Why a vector kind cannot be used for a spec and pass, or null. */
export function vectorRefusal(spec: LayerSpec, pass: Pass, vector: VectorKind, kind: 'simd' | 'gpu' = 'simd'): string | null {
  const { cig, cog } = groupChannels(spec);
  if (vector === 'channels') return null;
  if (vector === 'pixels') {
    if (kind === 'gpu') return 'gpu schedules tile pixels with `pixels`; the vector knob takes "channels" or "groups"';
    if (pass !== 'forward' && pass !== 'input-grad' && pass !== 'bias-grad') return 'only forward, input-grad and bias-grad have this knob value';
    if (spec.layout !== 'nchw') return 'needs layout nchw (neighbouring pixels are Ci apart in nhwc)';
    if (pass === 'bias-grad' && spec.Ho * spec.Wo < 2) return 'needs at least 2 output pixels';
    if (pass === 'forward' && spec.sw > 2) return 'needs stride 1 or 2 along the width in forward';
    return null;
  }
  if (vector === 'groups') {
    if (spec.groups === 1) return 'needs groups > 1';
    if (pass === 'bias-grad') return 'bias-grad has no groups';
    if (kind === 'gpu') return null;
    // lanes hold 4 neighbouring groups: the tensors summed over must have one channel per group there
    if (pass === 'forward' && cig !== 1) return `needs one input channel per group (depthwise); Ci/G = ${cig}`;
    if (pass === 'input-grad' && cog !== 1) return `needs one output channel per group (channel multiplier 1); Co/G = ${cog}`;
    if (isWeightPass(pass) && (cig !== 1 || cog !== 1)) return `needs one input and one output channel per group; Ci/G = ${cig}, Co/G = ${cog}`;
    return null;
  }
  return `must be "channels", "pixels" or "groups"`;
}

/** A schedule as far as it is known, of any kind. */
export interface KnobSchedule {
  kind: ScheduleKind;
  vector?: VectorKind;
  along?: 'ci' | 'l';
  rows?: number;
  tile?: number;
  vectors?: number;
  partners?: number;
  unroll?: number;
  order?: ReductionOrder;
  border?: BorderStaging;
  fma?: boolean;
  threads?: number;
  channels?: number;
  pixels?: number;
  split?: number;
  workgroup?: [number, number];
}

/** Everything a knob descriptor may look at. */
export interface KnobContext {
  spec: LayerSpec;
  pass: Pass;
  /** the schedule as far as it is known (the knobs this one depends on) */
  s: KnobSchedule;
}

export type KnobValues =
  | { type: 'int'; min: number; max: number }
  | { type: 'choice'; values: readonly (string | boolean | number)[] }
  | { type: 'pair'; max: number; product: number };

export interface Knob {
  name: string;
  kinds: readonly ScheduleKind[];
  /** what it means, for help texts and the README */
  doc: string;
  /** knobs whose values change this one's legal values (listed earlier) */
  after: readonly string[];
  /** legal values, or null where this knob does not apply to the pass (it must then be absent) */
  values(ctx: KnobContext): KnobValues | null;
}

export const KNOBS: readonly Knob[] = [
  {
    name: 'vector',
    kinds: ['simd', 'gpu'],
    doc: 'the axis in the lanes (simd) or in the channel tile (gpu): channels, pixels or groups',
    after: [],
    values: ({ spec, pass, s }) => {
      const kind = s.kind === 'gpu' ? 'gpu' : 'simd';
      const all: VectorKind[] = kind === 'gpu' ? ['channels', 'groups'] : ['channels', 'pixels', 'groups'];
      return { type: 'choice', values: all.filter((v) => vectorRefusal(spec, pass, v, kind) === null) };
    },
  },
  {
    name: 'along',
    kinds: ['simd'],
    doc: 'weight gradients: the partners walk input channels of the group (ci) or kernel columns (l)',
    after: [],
    values: ({ pass }) => (isWeightPass(pass) ? { type: 'choice', values: ['ci', 'l'] } : null),
  },
  {
    name: 'tile',
    kinds: ['scalar'],
    doc: 'accumulators over the write-side channels',
    after: [],
    values: ({ spec, pass }) => ({ type: 'int', min: 1, max: tiledAxes(spec, pass).vec }),
  },
  {
    name: 'vectors',
    kinds: ['simd'],
    doc: 'f32x4 vectors along the vector axis per tile',
    after: ['vector', 'along'],
    values: ({ spec, pass, s }) => ({ type: 'int', min: 1, max: Math.min(REGISTER_BUDGET, cdiv(tiledAxes(spec, pass, s.vector, s.along).vec, 4)) }),
  },
  {
    name: 'partners',
    kinds: ['simd'],
    doc: 'tile elements along the partner axis (register tile: vectors x partners accumulators)',
    after: ['vector', 'along', 'vectors'],
    values: ({ spec, pass, s }) => ({ type: 'int', min: 1, max: Math.max(1, Math.min(tiledAxes(spec, pass, s.vector, s.along).partner, Math.floor(REGISTER_BUDGET / (s.vectors ?? 1)))) }),
  },
  {
    name: 'unroll',
    kinds: ['scalar', 'simd'],
    doc: 'reduction steps per loop body (steps beyond the innermost axis unroll the next one)',
    after: ['vectors', 'partners', 'tile'],
    values: ({ s }) => ({ type: 'int', min: 1, max: Math.max(1, Math.min(MAX_UNROLL, Math.floor(BODY_BUDGET / ((s.vectors ?? s.tile ?? 1) * (s.partners ?? 1))))) }),
  },
  {
    name: 'order',
    kinds: ['scalar', 'simd'],
    doc: 'reduction order: as the pass declares its axes, or the order with the longest contiguous innermost run',
    after: [],
    values: () => ({ type: 'choice', values: ['longest-run', 'declared'] }),
  },
  {
    name: 'border',
    kinds: ['scalar', 'simd'],
    doc: 'forward: X through a zero-bordered copy, or read in place with the output split into border regions; input-grad: every tap of every row over the zero-bordered delta, or the rows grouped by the taps that read its interior',
    after: ['vector'],
    values: ({ spec, pass, s }) => (pass === 'forward' ? { type: 'choice', values: borderRefusal(spec, s.kind === 'simd' ? s.vector : undefined) === null ? ['copy', 'regions'] : ['copy'] } : pass === 'input-grad' ? { type: 'choice', values: ['copy', 'regions'] } : null),
  },
  {
    name: 'fma',
    kinds: ['simd'],
    doc: 'fused multiply-add (f32x4.relaxed_madd; needs relaxed SIMD in the engine)',
    after: [],
    values: () => ({ type: 'choice', values: [false, true] }),
  },
  {
    name: 'threads',
    kinds: ['scalar', 'simd'],
    doc: 'worker threads splitting the kernel (output rows, or the rows of a reduction with per-thread partial sums)',
    after: [],
    values: () => ({ type: 'int', min: 1, max: MAX_THREADS }),
  },
  {
    name: 'rows',
    kinds: ['simd'],
    doc: 'weight gradients: output rows per chunk of the sum over pixels (a divisor of Ho, one chunk per thread at least; 0: no chunks); tiles add chunk by chunk into partial sums',
    after: ['threads'],
    values: ({ spec, pass, s }) => (isWeightPass(pass) ? { type: 'choice', values: rowChoices(spec, s.threads ?? 1) } : null),
  },
  {
    name: 'channels',
    kinds: ['gpu'],
    doc: 'channels (or groups) per invocation',
    after: ['vector'],
    values: ({ spec, pass, s }) => ({ type: 'int', min: 1, max: tiledAxes(spec, pass, s.vector === 'groups' ? 'groups' : 'channels', 'l').vec }),
  },
  {
    name: 'pixels',
    kinds: ['gpu'],
    doc: 'output pixels of a row per invocation (weight gradients: kernel columns)',
    after: [],
    values: ({ spec, pass }) => ({ type: 'int', min: 1, max: pass === 'bias-grad' ? 1 : tiledAxes(spec, pass, 'channels', 'l').partner }),
  },
  {
    name: 'split',
    kinds: ['gpu'],
    doc: 'partial sums over output rows (weight and bias gradients), added by a second dispatch',
    after: [],
    values: ({ spec, pass }) => ({ type: 'int', min: 1, max: reducesRows(pass) ? spec.Ho : 1 }),
  },
  {
    name: 'workgroup',
    kinds: ['gpu'],
    doc: 'invocations per workgroup [x, y]',
    after: [],
    values: () => ({ type: 'pair', max: MAX_WORKGROUP, product: MAX_WORKGROUP }),
  },
];

/** Knobs of a schedule kind, in dependency order. */
export const knobsOf = (kind: ScheduleKind): Knob[] => KNOBS.filter((k) => k.kinds.includes(kind));

const intMax = (v: KnobValues | null): number => (v && v.type === 'int' ? v.max : 1);
const ctx = (spec: LayerSpec, pass: Pass, s: KnobContext['s']): KnobContext => ({ spec, pass, s });

/** Largest legal value of each numeric knob of a scalar schedule. */
export function scalarBounds(spec: LayerSpec, pass: Pass): { tile: number; unroll: number } {
  const c = ctx(spec, pass, { kind: 'scalar' });
  return { tile: intMax(knob('tile').values(c)), unroll: intMax(knob('unroll').values(ctx(spec, pass, { kind: 'scalar', tile: 1 }))) };
}

/** Largest legal value of each numeric knob of a SIMD schedule (unroll and partners at the smallest tile). */
export function simdBounds(spec: LayerSpec, pass: Pass, s: Pick<SimdSchedule, 'vector' | 'along'> = {}): { vectors: number; partners: number; unroll: number } {
  const base = { kind: 'simd' as const, vector: s.vector, along: s.along };
  return {
    vectors: intMax(knob('vectors').values(ctx(spec, pass, base))),
    partners: intMax(knob('partners').values(ctx(spec, pass, { ...base, vectors: 1 }))),
    unroll: intMax(knob('unroll').values(ctx(spec, pass, { ...base, vectors: 1, partners: 1 }))),
  };
}

/** Largest legal value of each numeric knob of a GPU schedule. */
export function gpuBounds(spec: LayerSpec, pass: Pass, s: Pick<GpuSchedule, 'vector'> = {}): { channels: number; pixels: number; split: number; workgroup: number } {
  const c = ctx(spec, pass, { kind: 'gpu', vector: s.vector });
  return { channels: intMax(knob('channels').values(c)), pixels: intMax(knob('pixels').values(c)), split: intMax(knob('split').values(c)), workgroup: MAX_WORKGROUP };
}

function knob(name: string): Knob {
  return KNOBS.find((k) => k.name === name)!;
}

/** Legal `rows` of a weight gradient: 0 (no chunks) and the divisors of Ho leaving at least one chunk per thread (1 always). */
export function rowChoices(spec: LayerSpec, threads: number): number[] {
  const out: number[] = [0];
  for (let d = 1; d <= spec.Ho; d++) if (spec.Ho % d === 0 && (d === 1 || spec.Ho / d >= threads)) out.push(d);
  return out;
}

/**
 * The default `rows` of a weight gradient. No chunks where delta and X together fit in 256 KiB
 * (half the smallest L2 of the x86 cores we target: they stay in L2 across the tiles anyway).
 * Else the most rows whose delta (all output channels) fits in 16 KiB, half the smallest L1 data
 * cache, so it stays in L1 while every tile of the chunk reads it; but at least 64 pixels a chunk
 * where the rows have them (a tile loads and stores its accumulators once a chunk). Cache-size
 * bounds, not tuned to one CPU. Measured on a Zen 4 (same-process A/B against no chunks): cifar
 * 1.56x, res3x3 1.39x; pw1x1 (250 KiB) 0.91x with 7-row chunks, lenet2 (90 KiB) 1.00x.
 */
export function weightRows(spec: LayerSpec, threads: number): number {
  const rowBytes = spec.Wo * Math.ceil(spec.Co / 4) * 16;
  const xBytes = spec.N * spec.Ci * (spec.H + spec.pt + spec.pb) * (spec.W + spec.pl + spec.pr) * 4;
  if (spec.N * spec.Ho * rowBytes + xBytes <= 256 * 1024) return 0;
  const divisors = rowChoices(spec, threads).filter((d) => d > 0);
  let best = divisors.filter((d) => d * rowBytes <= 16384).pop() ?? 1;
  if (best * spec.Wo < 64) best = divisors.find((d) => d * spec.Wo >= 64) ?? divisors[divisors.length - 1] ?? 1;
  return best;
}

/** Why `vector: 'pixels'` cannot be used for a spec and pass, or null. */
export const pixelVectorsRefusal = (spec: LayerSpec, pass: Pass): string | null => vectorRefusal(spec, pass, 'pixels');

/** Throws with the knob's name and its legal values when a schedule does not fit a spec. */
export function checkSchedule(spec: LayerSpec, pass: Pass, s: Schedule): void {
  const where = `for ${pass} of ${spec.name}`;
  const kind = (s as { kind: unknown }).kind;
  if (kind !== 'scalar' && kind !== 'simd' && kind !== 'gpu') throw new RangeError(`schedule.kind ${where}: got ${JSON.stringify(kind)}; must be "scalar", "simd" or "gpu"`);
  if (kind === 'gpu' && (s.threads as number) !== 1) throw new RangeError(`schedule.threads ${where}: got ${String(s.threads)}; must be 1 for gpu schedules`);
  const rec = s as unknown as Record<string, unknown>;
  for (const k of knobsOf(kind)) {
    const v = rec[k.name];
    const legal = k.values(ctx(spec, pass, s as KnobContext['s']));
    if (legal === null) {
      if (v !== undefined) throw new RangeError(`schedule.${k.name} ${where}: got ${JSON.stringify(v)}; only ${k.name === 'along' ? 'weight-grad and weight-update have' : 'other passes have'} this knob`);
      continue;
    }
    if (legal.type === 'int') {
      if (typeof v !== 'number' || !Number.isInteger(v) || v < legal.min || v > legal.max) throw new RangeError(`schedule.${k.name} ${where}: got ${String(v)}; must be an integer in ${legal.min}..${legal.max}`);
    } else if (legal.type === 'choice') {
      // an optional choice (vector) may be absent: its first value is the default
      if (v === undefined && (k.name === 'vector' || k.name === 'order' || k.name === 'border' || k.name === 'rows')) continue;
      if (v === undefined && k.name === 'along') throw new RangeError(`schedule.along ${where}: got undefined; must be "ci" or "l"`);
      if (!legal.values.includes(v as string | boolean | number)) {
        if (k.name === 'fma') throw new RangeError(`schedule.fma ${where}: got ${String(v)}; must be true or false`);
        const why = k.name === 'vector' && typeof v === 'string' ? vectorRefusal(spec, pass, v as VectorKind, kind === 'gpu' ? 'gpu' : 'simd') : k.name === 'border' && v === 'regions' ? borderRefusal(spec, (s as { vector?: VectorKind }).vector) : null;
        throw new RangeError(`schedule.${k.name} ${where}: got ${JSON.stringify(v)}; ${why ?? `must be ${legal.values.map((x) => JSON.stringify(x)).join(' or ')}`}`);
      }
    } else {
      if (!Array.isArray(v) || v.length !== 2) throw new RangeError(`schedule.${k.name} ${where}: got ${JSON.stringify(v)}; must be [x, y]`);
      for (const i of [0, 1]) {
        const e = v[i];
        if (typeof e !== 'number' || !Number.isInteger(e) || e < 1 || e > legal.max) throw new RangeError(`schedule.${k.name}[${i}] ${where}: got ${String(e)}; must be an integer in 1..${legal.max}`);
      }
      if ((v[0] as number) * (v[1] as number) > legal.product) throw new RangeError(`schedule.${k.name} ${where}: got ${JSON.stringify(v)}; at most ${legal.product} invocations`);
    }
  }
}

/** Every legal value of a knob (ints in full: use `sample` for long ranges). */
export function knobValues(k: Knob, c: KnobContext): (number | string | boolean | [number, number])[] {
  const v = k.values(c);
  if (v === null) return [];
  if (v.type === 'choice') return [...v.values];
  if (v.type === 'int') return Array.from({ length: v.max - v.min + 1 }, (_, i) => v.min + i);
  const out: [number, number][] = [];
  for (let x = 1; x <= v.max; x *= 2) for (let y = 1; x * y <= v.product; y *= 2) out.push([x, y]);
  return out;
}

/**
 * The input gradient's multiply-adds on delta's zero border rows, as a fraction of all it does with
 * `border: 'copy'` (`regions` skips them): large for valid convolutions with big kernels (lenet2:
 * 10 delta rows bordered by 4 on each side).
 */
export function zeroRowFraction(spec: LayerSpec): number {
  let all = 0;
  let zero = 0;
  for (let r = 0; r < spec.sh && r < spec.H; r++) {
    const count = Math.ceil((spec.H - r) / spec.sh);
    for (let k = 0; k < spec.K; k++) {
      const q = r + spec.pt - k * spec.dh;
      if (((q % spec.sh) + spec.sh) % spec.sh !== 0) continue;
      const c = q / spec.sh;
      for (let t = 0; t < count; t++) {
        all++;
        if (t + c < 0 || t + c >= spec.Ho) zero++;
      }
    }
  }
  return all === 0 ? 0 : zero / all;
}

/**
 * A model of one reduction step of a register tile of v vectors x p partners on an x86 core as V8
 * compiles wasm SIMD to it, from properties every x86-64 core we target shares (not one CPU's
 * timings): 2 FMA (or mul+add) pipes with a latency of about 4 cycles, so a tile needs 8
 * independent accumulators to keep both busy; about 2 loads a cycle; 16 xmm registers, one of
 * them V8's scratch. Cycles of a step: the longest of the accumulators' dependency chain, the FMA
 * pipes and the loads (a stride-2 vector costs 2 loads).
 */
export const TILE_MODEL = { fmaLatency: 4, fmaPipes: 2, loadsPerCycle: 2, registers: 15 } as const;

/** Loads of one step: the vector operand's (shared by the partners, or one per partner) and the splat operand's. */
const stepLoads = (v: number, p: number, vecLoads: number, perPartner: boolean): number => (perPartner ? v * p * vecLoads + 1 : v * vecLoads + p);
/** Whether a tile's accumulators and one step's operands fit the usable registers. */
export const tileFits = (v: number, p: number, vecLoads = 1, perPartner = false): boolean => v * p + (perPartner ? v * p + 1 : v * vecLoads + p) <= TILE_MODEL.registers;
const stepCycles = (v: number, p: number, vecLoads: number, perPartner = false): number =>
  Math.max(TILE_MODEL.fmaLatency, (v * p) / TILE_MODEL.fmaPipes, stepLoads(v, p, vecLoads, perPartner) / TILE_MODEL.loadsPerCycle);

/**
 * The register tile (vectors x partners) of least modelled time over all the tiles of a pass,
 * tails included: `vecLen` elements along the vector axis (4 a vector), `partnerLen` partners;
 * tiles whose accumulators and operands do not fit the registers are left out. Ties keep the
 * first of `prefer` (then fewer accumulators).
 */
export function modelTile(vecLen: number, partnerLen: number, max: { vectors: number; partners: number }, opts: { vecLoads?: number; prefer?: [number, number][]; perPartner?: boolean } = {}): { vectors: number; partners: number; cycles: number } {
  const nv = cdiv(vecLen, 4);
  const vecLoads = opts.vecLoads ?? 1;
  const perPartner = opts.perPartner ?? false;
  const tiles = (n: number, size: number): [number, number][] => [[size, Math.floor(n / size)], [n % size, 1]].filter(([sz, c]) => sz > 0 && c > 0) as [number, number][];
  const cost = (V: number, P: number): number => {
    let c = 0;
    for (const [vt, nvt] of tiles(nv, V)) for (const [pt, npt] of tiles(partnerLen, P)) c += nvt * npt * stepCycles(vt, pt, vecLoads, perPartner);
    return c;
  };
  const cands: [number, number][] = [...(opts.prefer ?? [])];
  for (let V = 1; V <= Math.min(max.vectors, 8); V++) for (let P = 1; P <= Math.min(max.partners, 8); P++) cands.push([V, P]);
  let best: { vectors: number; partners: number; cycles: number } | null = null;
  for (const [V, P] of cands) {
    // registers: the accumulators and one step's operands
    if (V > max.vectors || P > max.partners || !tileFits(V, P, vecLoads, perPartner)) continue;
    const c = cost(V, P);
    if (!best || c < best.cycles * 0.999 || (c <= best.cycles * 1.001 && V * P < best.vectors * best.partners && !(opts.prefer ?? []).some(([a, b]) => a === best!.vectors && b === best!.partners))) best = { vectors: V, partners: P, cycles: c };
  }
  return best ?? { vectors: 1, partners: 1, cycles: cost(1, 1) };
}

/**
 * The default heuristic, the one place defaults are decided: a sensible schedule for any spec (the
 * tuner searches the rest). `fma` and `threads` are the caller's (the engine's capability and the
 * user's choice); the rest was picked from sweeps of the suite.
 */
export function defaultSchedule(spec: LayerSpec, pass: Pass, opts: { fma?: boolean; threads?: number } = {}): CpuSchedule {
  const threads = opts.threads ?? 1;
  const fma = opts.fma ?? false;
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, Math.floor(v)));
  const { cig, cog } = groupChannels(spec);
  if (pass === 'bias-grad') {
    // nchw: 4 neighbouring pixels of a channel in the lanes (dY read as it is), else channels
    const vector: VectorKind = vectorRefusal(spec, pass, 'pixels') === null ? 'pixels' : 'channels';
    const b = simdBounds(spec, pass, { vector });
    return { kind: 'simd', ...(vector === 'pixels' ? { vector } : {}), vectors: clamp(4, b.vectors), partners: 1, unroll: 1, fma, threads };
  }
  if (isWeightPass(pass)) {
    if (vectorRefusal(spec, pass, 'groups') === null) {
      const b = simdBounds(spec, pass, { vector: 'groups', along: 'l' });
      return { kind: 'simd', vector: 'groups', vectors: clamp(2, b.vectors), partners: clamp(spec.L, b.partners), unroll: 1, fma, along: 'l', threads };
    }
    // 8 accumulators of output channels x partners; kernel columns as partners when channels are few
    const along = cig < 4 && spec.L >= 2 ? 'l' : 'ci';
    const b = simdBounds(spec, pass, { along });
    const ax = tiledAxes(spec, pass, 'channels', along);
    const t = modelTile(ax.vec, ax.partner, b, { prefer: [[2, 4], [4, 2]] });
    return { kind: 'simd', vectors: t.vectors, partners: t.partners, unroll: 1, fma, along, threads };
  }
  // forward, input-grad
  const write = pass === 'forward' ? cog : cig;
  // input-grad: the rows of delta's zero border skipped where they are over 5% of the work (each
  // row region is a loop nest of its own: not worth it for a 1-row border of 56 rows)
  const skipZeroRows = pass === 'input-grad' && zeroRowFraction(spec) >= 0.05 ? { border: 'regions' as const } : {};
  const cols = pass === 'forward' ? spec.Wo : cdiv(spec.W, spec.sw);
  if (spec.groups > 1 && write < 4) {
    // depthwise-like: few channels per group; pixels in the lanes where they are neighbours, else groups
    const vector: VectorKind | null = vectorRefusal(spec, pass, 'pixels') === null && spec.layout === 'nchw' ? 'pixels' : vectorRefusal(spec, pass, 'groups') === null ? 'groups' : null;
    if (vector) {
      const b = simdBounds(spec, pass, { vector });
      let vectors = clamp(vector === 'pixels' ? 4 : 2, b.vectors);
      let partners = clamp(vector === 'pixels' ? 1 : 4, Math.min(b.partners, Math.floor(REGISTER_BUDGET / vectors)));
      if (rowPartnerPixels(spec, pass, vector) && !(pass === 'forward' && spec.sw === 2)) {
        // rows as partners (one channel a group): the tile from the model (measured: dw3x3 forward
        // and input-grad 1.23x, dw112 1.13-1.17x). Not at stride 2 in forward, where two loads and
        // a shuffle per vector leave the model no shape to prefer and 4 x 1 measured best
        const ax = tiledAxes(spec, pass, vector);
        const t = modelTile(ax.vec, ax.partner, b, { vecLoads: pass === 'forward' && spec.sw === 2 ? 2 : 1, perPartner: true, prefer: [[4, 2]] });
        [vectors, partners] = [t.vectors, t.partners];
      }
      // one tap per body, as for dense layers (measured on dw3x3: 9 taps unrolled ran 10-25% slower);
      // X read in place where the copy costs as much as the few taps (dw3x3s2: 7.0 -> 11.3 GFLOP/s)
      const border = pass === 'forward' && borderRefusal(spec, vector) === null ? { border: 'regions' as const } : {};
      return { kind: 'simd', vector, vectors, partners, unroll: 1, ...border, fma, threads };
    }
  }
  // measured on the suite (sweep of vectors x partners x unroll, 1 thread): one step per body,
  // 8 accumulators; pixels in the lanes when channels are too few to fill vectors
  if (write < 16 && vectorRefusal(spec, pass, 'pixels') === null) {
    const b = simdBounds(spec, pass, { vector: 'pixels' });
    // forward at stride 2: each vector of pixels is two loads and a shuffle
    const t = modelTile(cols, write, b, { vecLoads: pass === 'forward' && spec.sw === 2 ? 2 : 1, prefer: [[4, 2]] });
    return { kind: 'simd', vector: 'pixels', vectors: t.vectors, partners: t.partners, unroll: 1, ...skipZeroRows, fma, threads };
  }
  const b = simdBounds(spec, pass);
  const wide = write >= 16 && cols % 4 !== 0;
  const t = modelTile(write, cols, b, { prefer: [wide ? [4, 2] : [2, 4]] });
  return { kind: 'simd', vector: 'channels', vectors: t.vectors, partners: t.partners, unroll: 1, ...skipZeroRows, fma, threads };
}

/**
 * The default GPU schedule (measured on lavapipe, res3x3): register tiles of 8 channels x up to
 * 14 pixels, the pixel tile a divisor of the row where one fits so no tile overhangs; 64-invocation
 * workgroups; groups in the channel tile of depthwise-like layers.
 */
export function defaultGpuSchedule(spec: LayerSpec, pass: Pass): GpuSchedule {
  const { cig, cog } = groupChannels(spec);
  const write = pass === 'input-grad' ? cig : cog;
  const vector = spec.groups > 1 && write < 4 && pass !== 'bias-grad' ? 'groups' : 'channels';
  const b = gpuBounds(spec, pass, { vector });
  const clamp = (v: number, max: number) => Math.max(1, Math.min(max, v));
  const rows = pass === 'input-grad' ? spec.H : spec.Ho;
  // bias-grad: one channel per invocation (tiles of channels gain nothing there and make lavapipe's
  // shader compiler unroll for seconds)
  const channels = pass === 'bias-grad' ? 1 : clamp(8, b.channels);
  // the unrolled body (channels x pixels multiply-adds per step) stays small, or the shader
  // compiler takes seconds (lavapipe: 0.7 s for 49 taps x 8 x 14)
  const taps = pass === 'forward' ? spec.K * spec.L : pass === 'input-grad' ? cdiv(spec.K, spec.sh) * cdiv(spec.L, spec.sw) : 1;
  const cap = clamp(Math.min(14, Math.floor(2048 / (channels * taps))), b.pixels);
  let pixels = cap;
  for (let d = Math.ceil(cap / 2); d <= cap; d++) if (b.pixels % d === 0) pixels = d;
  return {
    kind: 'gpu',
    ...(vector === 'groups' ? { vector } : {}),
    workgroup: [8, 8],
    channels,
    pixels,
    // the bias gradient is too little work to pay for a second dispatch; the weight gradients'
    // partial sums give them many invocations, each still summing whole rows
    split: pass === 'bias-grad' ? 1 : clamp(Math.floor(rows / 4), b.split),
    threads: 1,
  };
}

export function describeSchedule(s: Schedule): string {
  if (s.kind === 'gpu') return `gpu ${s.vector === 'groups' ? 'groups ' : ''}${s.channels}x${s.pixels} wg=${s.workgroup.join('x')}${s.split > 1 ? ` split=${s.split}` : ''}`;
  const t = (s.order ? ` order=${s.order}` : '') + (s.border ? ` border=${s.border}` : '') + (s.threads > 1 ? ` threads=${s.threads}` : '');
  return s.kind === 'scalar'
    ? `scalar tile=${s.tile} unroll=${s.unroll}${t}`
    : `simd ${s.vector === 'pixels' ? 'px ' : s.vector === 'groups' ? 'groups ' : ''}${s.vectors}x${s.partners}${s.along ? ` along=${s.along}` : ''}${s.rows ? ` rows=${s.rows}` : ''} unroll=${s.unroll}${s.fma ? ' fma' : ''}${t}`;
}
