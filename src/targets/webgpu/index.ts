/**
 * The webgpu target: one WGSL module per kernel (emit/wgsl.ts), one compute entry point per grid,
 * run through Dawn (run/webgpu.ts). Takes gpu schedules only; emitting is pure text, so compiling
 * needs no adapter: only `load` (running, verifying) opens the device.
 */
import type { LayerSpec, Pass } from '../../layer/types.js';
import type { LoweredKernel } from '../../lower/ir.js';
import { defaultGpuSchedule, type Schedule } from '../../schedule/index.js';
import { emitWgsl } from '../../emit/wgsl.js';
import { WebGpuRunner } from '../../run/webgpu.js';
import type { WebGpuAbi } from '../abi.js';
import { Kernel, type Artifact } from '../kernel.js';
import type { Target } from '../index.js';

export const webgpuTarget: Target<WebGpuAbi, WebGpuRunner> = {
  name: 'webgpu',
  kinds: ['gpu'],
  defaultSchedule(spec: LayerSpec, pass: Pass): Schedule {
    return defaultGpuSchedule(spec, pass);
  },
  emit(lowered: LoweredKernel): Artifact<WebGpuAbi> {
    const { text, abi } = emitWgsl(lowered);
    return { target: 'webgpu', text, files: { [`${lowered.pass}.wgsl`]: text }, abi, schedule: lowered.schedule, lowered };
  },
  async assemble(a: Artifact<WebGpuAbi>): Promise<Artifact<WebGpuAbi>> {
    // WGSL ships as text; the driver compiles it when the kernel is loaded
    return a;
  },
  async load(a: Artifact<WebGpuAbi>): Promise<Kernel<WebGpuRunner>> {
    return new Kernel(a, await WebGpuRunner.build(a.text, a.abi));
  },
};
