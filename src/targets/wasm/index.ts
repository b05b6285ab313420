/**
 * The wasm target: WAT text (emit/wat.ts) assembled to a .wasm module with wabt, run in this
 * process (run/wasm.ts) and its worker threads. Takes every schedule kind: scalar and simd are its
 * own, gpu grids print as loop nests (so the GPU lowering is verified without a GPU).
 */
import type { LayerSpec, Pass } from '../../layer/types.js';
import type { LoweredKernel } from '../../lower/ir.js';
import { defaultSchedule, type Schedule } from '../../schedule/index.js';
import { emitWat } from '../../emit/wat.js';
import { assembleWat } from '../../assemble/wasm.js';
import { relaxedSimdSupported, WasmRunner } from '../../run/wasm.js';
import type { WasmAbi } from '../abi.js';
import { Kernel, type Artifact } from '../kernel.js';
import type { CodeOptions, Target } from '../index.js';

export const wasmTarget: Target<WasmAbi, WasmRunner> = {
  name: 'wasm',
  kinds: ['scalar', 'simd', 'gpu'],
  defaultSchedule(spec: LayerSpec, pass: Pass, opts: CodeOptions): Schedule {
    return defaultSchedule(spec, pass, opts);
  },
  emit(lowered: LoweredKernel): Artifact<WasmAbi> {
    const { text, abi } = emitWat(lowered);
    return { target: 'wasm', text, files: { [`${lowered.pass}.wat`]: text }, abi, schedule: lowered.schedule, lowered };
  },
  async assemble(a: Artifact<WasmAbi>): Promise<Artifact<WasmAbi>> {
    const wasm = await assembleWat(a.abi.kernel, a.text);
    return { ...a, files: { ...a.files, [`${a.lowered.pass}.wasm`]: wasm } };
  },
  async load(a: Artifact<WasmAbi>): Promise<Kernel<WasmRunner>> {
    if (a.schedule.kind === 'simd' && a.schedule.fma && !relaxedSimdSupported()) {
      throw new Error(`${a.abi.kernel}: the schedule uses fma (f32x4.relaxed_madd), which this engine does not run; use fma: false`);
    }
    const assembled = a.files[`${a.lowered.pass}.wasm`] instanceof Uint8Array ? a : await this.assemble(a);
    const bytes = assembled.files[`${a.lowered.pass}.wasm`] as Uint8Array<ArrayBuffer>;
    return new Kernel(assembled, await WasmRunner.load(bytes, a.abi));
  },
};
