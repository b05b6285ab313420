/** convgen's library API: parse a layer, compile its kernels, run and verify them. */
export * from './layer/index.js';
export { compileLayer, generateKernel, CompiledLayer, BuiltKernel, TARGETS } from './compile.js';
export type { CompileOptions, GeneratedKernel, Target, VerifyReport } from './compile.js';
export { defaultSchedule, defaultGpuSchedule, gpuBounds, scalarBounds, simdBounds, checkSchedule, describeSchedule, MAX_THREADS } from './schedule/index.js';
export type { Schedule, CpuSchedule, ScalarSchedule, SimdSchedule, GpuSchedule } from './schedule/index.js';
export { relaxedSimdSupported } from './run/wasm.js';
export { stopThreads } from './run/threads.js';
export { lower } from './lower/index.js';
export type { LoweredKernel, Stmt, FExpr, Affine, BufferDecl } from './lower/ir.js';
export { emitWat } from './emit/wat.js';
export type { WatModule } from './emit/wat.js';
export type { MemoryPlan, PlacedBuffer } from './emit/memory.js';
export { assembleWat, WatBuildError, WASM_FEATURES } from './assemble/wasm.js';
export { LayerCase, verifyKernel, REL_TOLERANCE } from './verify/index.js';
export type { VerifyResult, VerifiableKernel } from './verify/index.js';
export * as reference from './reference/index.js';
export { readNpy, writeNpy, readNpyFile, readNpyShape, writeNpyFile, type NpyArray } from './io/npy.js';
export { GENERATOR_VERSION } from './version.js';
