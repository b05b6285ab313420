/** Lowering: (spec, pass, schedule) -> a LoweredKernel that the emitters print. */
import type { LayerSpec, Pass } from '../layer/types.js';
import { checkSchedule, defaultSchedule, type CpuSchedule, type Schedule } from '../schedule/index.js';
import { lowerGpu } from './gpu.js';
import type { BufferDecl, LoweredKernel, Stmt } from './ir.js';
import type { Locals } from './builder.js';
import { lowerForward } from './forward.js';
import { lowerInputGrad } from './input-grad.js';
import { lowerWeightGrad } from './weight-grad.js';
import { lowerBiasGrad } from './bias-grad.js';

export type { LoweredKernel } from './ir.js';

/** What a per-pass lowering returns; `lower` adds the name, spec and schedule. */
export interface Lowering {
  locals: Locals;
  buffers: BufferDecl[];
  prologue: Stmt[];
  main: Stmt[];
  epilogue: Stmt[];
}

const LOWERINGS: Record<Pass, (spec: LayerSpec, s: CpuSchedule) => Lowering> = {
  forward: lowerForward,
  'input-grad': lowerInputGrad,
  'weight-grad': lowerWeightGrad,
  'bias-grad': lowerBiasGrad,
};

export function lower(spec: LayerSpec, pass: Pass, schedule: Schedule = defaultSchedule(spec, pass)): LoweredKernel {
  checkSchedule(spec, pass, schedule);
  const { locals, buffers, prologue, main, epilogue } = schedule.kind === 'gpu' ? lowerGpu(spec, pass, schedule) : LOWERINGS[pass](spec, schedule);
  return {
    name: `${spec.name}_${pass.replace('-', '_')}`,
    spec,
    pass,
    schedule,
    buffers,
    indices: locals.indices,
    floats: locals.floats,
    vectors: locals.vectors,
    prologue,
    main,
    epilogue,
    fma: schedule.kind === 'simd' && schedule.fma,
  };
}
