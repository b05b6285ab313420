/**
 * The kernel ABI, declared once: what a caller (the runners, the manifest `convgen compile`
 * writes, typed bindings) needs to know to use a kernel's tensors, whatever made the kernel.
 *
 * Every kernel binds its tensors by name with a role:
 * - `input`: written by the caller before a run, only read by the kernel (a runtime scalar such as
 *   `lr` is a 1-element input tensor named after it);
 * - `output`: written entirely by the kernel (verification poisons it with NaN before a run);
 * - `inout`: written by the caller and updated in place by the kernel (never poisoned);
 * - `scratch`: the kernel's own (padded copies, packed weights, partial sums).
 * The pass's `result` tensor (an output or the in-out tensor it updates) is what a call returns.
 *
 * wasm: every tensor lives in the module's one memory at a byte `offset`, `elems` float32 values
 * long, followed by a red zone; the module exports `<tensor>_offset` and `<tensor>_length` for each
 * non-scratch tensor and one function named `entry`. webgpu: every tensor is a storage buffer of
 * group 0 at `binding`, and the kernel runs as `stages`, one dispatch each, in order.
 */
import type { Pass } from '../layer/types.js';
import type { BufferRole } from '../lower/ir.js';

export type { BufferRole as TensorRole };

/** The targets convgen emits for. */
export const TARGET_NAMES = ['wasm', 'webgpu'] as const;
export type TargetName = (typeof TARGET_NAMES)[number];

export interface AbiTensor {
  name: string;
  role: BufferRole;
  /** float32 elements */
  elems: number;
  /** logical shape in the layer's layout ([] for a scalar) */
  shape: number[];
}

export interface WasmTensor extends AbiTensor {
  /** byte offset in the module's memory (also exported as `<name>_offset` unless scratch) */
  offset: number;
}

export interface WebGpuTensor extends AbiTensor {
  /** @group(0) @binding(n) */
  binding: number;
}

interface AbiBase {
  /** e.g. `res3x3_forward`, used in file names and messages */
  kernel: string;
  /** the pass it computes, when it is one of convgen's (an outside kernel may leave it out) */
  pass?: Pass;
  /** the tensor a call returns: an output, or the in-out tensor the kernel updates */
  result: string;
  /** runtime scalars (1-element input tensors), e.g. ['lr'] */
  scalars: string[];
}

export interface WasmAbi extends AbiBase {
  target: 'wasm';
  /** the exported function that runs the whole pass (the pass name) */
  entry: string;
  tensors: WasmTensor[];
  memory: {
    /** 64 KiB pages; the memory never grows */
    pages: number;
    /** shared and imported as `env.memory` (threads > 1), or the module's own */
    shared: boolean;
    /** bytes after every tensor that no kernel writes (verification checks them) */
    redZoneBytes: number;
  };
  /** worker threads the module is split for; with more than one, `main` takes the share `part` */
  threads: number;
  /** which of the exported `prologue` / `epilogue` functions exist (`main` always does) */
  phases: { prologue: boolean; epilogue: boolean };
}

export interface WebGpuStage {
  /** the @compute entry point */
  entry: string;
  /** workgroups along x, y, z */
  dispatch: [number, number, number];
  workgroup: [number, number, number];
}

export interface WebGpuAbi extends AbiBase {
  target: 'webgpu';
  tensors: WebGpuTensor[];
  /** compute entry points run in order, each its own dispatch; later stages see earlier stages' writes */
  stages: WebGpuStage[];
}

export type KernelAbi = WasmAbi | WebGpuAbi;

/** The tensor of an ABI by name; the error lists the names it has. */
export function abiTensor<T extends AbiTensor>(abi: { kernel: string; tensors: T[] }, name: string): T {
  const t = abi.tensors.find((x) => x.name === name);
  if (!t) throw new Error(`${abi.kernel} has no tensor named ${name} (it has ${abi.tensors.map((x) => x.name).join(', ')})`);
  return t;
}

/** Tensors the caller writes before a run, in ABI order: inputs (scalars included) and in-out tensors. */
export function callerWrites(abi: { tensors: AbiTensor[] }): string[] {
  return abi.tensors.filter((t) => t.role === 'input' || t.role === 'inout').map((t) => t.name);
}

/**
 * Problems with an ABI's contract (names, sizes, its result), each naming what is wrong; the
 * runners refuse a kernel that has any.
 */
export function abiProblems(abi: KernelAbi): string[] {
  const problems: string[] = [];
  const names = new Set<string>();
  for (const t of abi.tensors) {
    if (names.has(t.name)) problems.push(`two tensors named ${t.name}`);
    names.add(t.name);
    if (!(Number.isInteger(t.elems) && t.elems >= 1)) problems.push(`tensor ${t.name}: elems must be a positive integer, got ${t.elems}`);
    if (!['input', 'output', 'inout', 'scratch'].includes(t.role)) problems.push(`tensor ${t.name}: role must be input, output, inout or scratch, got ${String(t.role)}`);
  }
  const r = abi.tensors.find((t) => t.name === abi.result);
  if (!r) problems.push(`result ${abi.result} is not one of its tensors`);
  else if (r.role !== 'output' && r.role !== 'inout') problems.push(`result ${abi.result} has role ${r.role}; it must be output or inout`);
  for (const s of abi.scalars) {
    const t = abi.tensors.find((x) => x.name === s);
    if (!t || t.role !== 'input' || t.elems !== 1) problems.push(`scalar ${s} must be a 1-element input tensor`);
  }
  return problems;
}
