/** Lowering: (spec, pass, schedule) -> a LoweredKernel that the printers print. */
import type { LayerSpec, Pass } from '../layer/types.js';
import { checkSchedule, defaultSchedule, type Schedule } from '../schedule/index.js';
import type { LoweredKernel } from './ir.js';
import { lowerPass } from './passes.js';

export type { LoweredKernel } from './ir.js';

export function lower(spec: LayerSpec, pass: Pass, schedule: Schedule = defaultSchedule(spec, pass)): LoweredKernel {
  checkSchedule(spec, pass, schedule);
  const { locals, buffers, prologue, main, epilogue } = lowerPass(spec, pass, schedule);
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
