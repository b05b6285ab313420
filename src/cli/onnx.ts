/**
 * The command line's ONNX glue: `--onnx MODEL` as a source of layers, and `run --onnx --input`.
 * (Being written: until then both say so.)
 */
import type { LayerInput, LayerSpec } from '../layer/types.js';

export class OnnxUsageError extends Error {}

export function onnxSpecs(model: string, _flags: Partial<LayerInput>, _say: (s: string) => void): LayerSpec[] {
  throw new OnnxUsageError(`--onnx ${model}: ONNX import is not available in this build yet`);
}

export async function runOnnxCommand(o: Record<string, string | undefined>, _code: { target: string; threads: number; fma?: boolean }): Promise<number> {
  throw new OnnxUsageError(`--onnx ${o.onnx}: ONNX import is not available in this build yet`);
}
