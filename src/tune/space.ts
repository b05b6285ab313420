/**
 * The search space of the tuner: every schedule of a (spec, pass) on the wasm target that the
 * schedule space (the KNOBS descriptors of src/schedule) allows, within limits that exclude by
 * construction what cannot be fast: register tiles whose accumulators and operands do not fit the
 * 15 usable xmm registers (tileFits, as the default's tile model counts them), and
 * unroll factors beyond `maxUnroll` (V8 hoists a body's loads; measured slower past one step).
 * Candidates whose generated text is identical (knob values that change nothing for this spec)
 * are kept once. fma and threads are the caller's, not searched.
 */
import { createHash } from 'node:crypto';
import type { LayerSpec, Pass } from '../layer/types.js';
import { checkSchedule, gpuBounds, knobsOf, knobValues, tileFits, type CpuSchedule, type GpuSchedule, type KnobSchedule, type Schedule, type ScheduleKind } from '../schedule/index.js';
import { generateKernel } from '../compile.js';

export interface SpaceOptions {
  fma: boolean;
  threads: number;
  /** schedule kinds searched (default simd) */
  kinds?: readonly Extract<ScheduleKind, 'scalar' | 'simd'>[];
  /** unroll values searched at most (default 2) */
  maxUnroll?: number;
}


/** The legal schedules within the limits, in a stable order (knob order, values ascending), before deduplication. */
export function enumerateSchedules(spec: LayerSpec, pass: Pass, o: SpaceOptions): CpuSchedule[] {
  const out: CpuSchedule[] = [];
  const maxUnroll = o.maxUnroll ?? 2;
  for (const kind of o.kinds ?? ['simd']) {
    const knobs = knobsOf(kind);
    const walk = (i: number, s: KnobSchedule): void => {
      if (i === knobs.length) {
        const sched = s as unknown as CpuSchedule;
        try {
          checkSchedule(spec, pass, sched);
        } catch {
          return;
        }
        out.push(sched);
        return;
      }
      const k = knobs[i]!;
      if (k.name === 'fma') return walk(i + 1, { ...s, fma: o.fma });
      if (k.name === 'threads') return walk(i + 1, { ...s, threads: o.threads });
      const values = knobValues(k, { spec, pass, s });
      if (values.length === 0) return walk(i + 1, s);
      for (const v of values) {
        if (k.name === 'unroll' && (v as number) > maxUnroll) continue;
        if (k.name === 'partners' && kind === 'simd' && !tileFits(s.vectors ?? 1, v as number)) continue;
        if (k.name === 'tile' && (v as number) > 8) continue;
        walk(i + 1, { ...s, [k.name]: v });
      }
    };
    walk(0, { kind });
  }
  return out;
}

/** What a WebGPU adapter allows a workgroup (its limits; lavapipe and most GPUs: 256, 256, 64). */
export interface WorkgroupLimits {
  maxComputeInvocationsPerWorkgroup: number;
  maxComputeWorkgroupSizeX: number;
  maxComputeWorkgroupSizeY: number;
}

/** Multiply-adds of one unrolled step of a GPU invocation at most: bigger bodies take the shader compiler seconds (lavapipe: 0.7 s for 49 taps x 8 x 14). */
export const GPU_BODY_BUDGET = 2048;

const GPU_WORKGROUPS: readonly [number, number][] = [[64, 1], [32, 2], [16, 4], [8, 8], [4, 16], [128, 1], [16, 8], [8, 16], [256, 1], [16, 16], [32, 8]];

/**
 * The GPU schedules searched: channel and pixel tiles of powers of two (and the pixel tiles that
 * divide the row), row splits of powers of two, and common workgroup shapes; excluded by
 * construction: workgroups beyond the adapter's limits, and unrolled bodies over GPU_BODY_BUDGET.
 */
export function enumerateGpuSchedules(spec: LayerSpec, pass: Pass, limits: WorkgroupLimits): GpuSchedule[] {
  const out: GpuSchedule[] = [];
  const taps = pass === 'forward' ? spec.K * spec.L : pass === 'input-grad' ? Math.ceil(spec.K / spec.sh) * Math.ceil(spec.L / spec.sw) : 1;
  const pow2 = (max: number, cap = 64) => [1, 2, 4, 8, 16, 32, 64].filter((v) => v <= Math.min(max, cap));
  const vectors = (knobValues(knobsOf('gpu').find((k) => k.name === 'vector')!, { spec, pass, s: { kind: 'gpu' } }) as ('channels' | 'groups')[]);
  for (const vector of vectors) {
    const b = gpuBounds(spec, pass, { vector });
    const pixels = [...new Set([...pow2(b.pixels, 16), ...[...Array(16).keys()].map((i) => i + 1).filter((d) => d <= b.pixels && b.pixels % d === 0)])].sort((a, c) => a - c);
    for (const channels of pow2(b.channels, 16))
      for (const px of pixels) {
        if (channels * px * taps > GPU_BODY_BUDGET) continue;
        for (const split of pow2(b.split, 32))
          for (const workgroup of GPU_WORKGROUPS) {
            if (workgroup[0] * workgroup[1] > limits.maxComputeInvocationsPerWorkgroup || workgroup[0] > limits.maxComputeWorkgroupSizeX || workgroup[1] > limits.maxComputeWorkgroupSizeY) continue;
            const s: GpuSchedule = { kind: 'gpu', ...(vector === 'groups' ? { vector } : {}), workgroup: [...workgroup], channels, pixels: px, split, threads: 1 };
            try {
              checkSchedule(spec, pass, s);
            } catch {
              continue;
            }
            out.push(s);
          }
      }
  }
  return out;
}

export interface Candidate {
  schedule: Schedule;
  /** sha256 of the generated text without its header comments (which name the schedule) */
  textHash: string;
  /** the other schedules that generate the same text */
  same: Schedule[];
}

/** sha256 of a kernel's text without its comment header lines (WAT `;;`, WGSL `//`). */
export function textHash(spec: LayerSpec, pass: Pass, schedule: Schedule): string {
  const target = schedule.kind === 'gpu' ? 'webgpu' : 'wasm';
  const text = generateKernel(spec, pass, { target, schedule }).text.split('\n').filter((l) => !/^(;;|\/\/)/.test(l)).join('\n');
  return createHash('sha256').update(text).digest('hex');
}

/** Schedules, one per distinct generated text (the first of each, in order). */
export function distinct(spec: LayerSpec, pass: Pass, schedules: readonly Schedule[]): Candidate[] {
  const byText = new Map<string, Candidate>();
  for (const schedule of schedules) {
    const h = textHash(spec, pass, schedule);
    const c = byText.get(h);
    if (c) c.same.push(schedule);
    else byText.set(h, { schedule, textHash: h, same: [] });
  }
  return [...byText.values()];
}

/** The search space: the enumerated schedules, one per distinct generated text. */
export function searchSpace(spec: LayerSpec, pass: Pass, o: SpaceOptions): Candidate[] {
  return distinct(spec, pass, enumerateSchedules(spec, pass, o));
}

/** The WebGPU search space for an adapter's workgroup limits, one schedule per distinct WGSL text. */
export function gpuSearchSpace(spec: LayerSpec, pass: Pass, limits: WorkgroupLimits): Candidate[] {
  return distinct(spec, pass, enumerateGpuSchedules(spec, pass, limits));
}
