/**
 * The command line's ONNX glue: `--onnx MODEL` as a source of layers (compile, verify, tune), and
 * `run --onnx MODEL --input X --out DIR`, the forward pass of a one-Conv model with its own weights.
 * Every problem with the model or the input is an OnnxUsageError (exit 2, message only).
 *
 * CONVGEN_ONNX_MAX_BYTES (environment) sets the largest model file read, in bytes (default 512 MiB).
 */
import type { LayerInput, LayerSpec } from '../layer/types.js';
import { errnoReason, InputFileError, readInputFile } from '../layer/input-file.js';
import { readNpy, writeNpy } from '../io/npy.js';
import { compileLayer, type Target } from '../compile.js';
import { checkOutDir, writeOutput } from './output.js';
import { importOnnx, nodeLabel, type OnnxImportOptions, type OnnxModel } from '../onnx/import.js';
import { decodeTensor, encodeFloatTensor, ONNX_MAX_BYTES, OnnxError } from '../onnx/proto.js';
import { floatTensor } from '../onnx/tensor.js';

export class OnnxUsageError extends Error {}

/** The environment variable that sets the largest model file (bytes). */
export const ONNX_MAX_BYTES_ENV = 'CONVGEN_ONNX_MAX_BYTES';
/** Largest --input file: a float64 tensor of the biggest layer a wasm32 module holds, plus framing. */
const MAX_INPUT_BYTES = 2 ** 31 + 2 ** 20;

function maxModelBytes(): number {
  const text = process.env[ONNX_MAX_BYTES_ENV];
  if (text === undefined || text === '') return ONNX_MAX_BYTES;
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new OnnxUsageError(`${ONNX_MAX_BYTES_ENV}: got ${JSON.stringify(text)}; must be a positive integer (the largest model file, in bytes)`);
  }
  return n;
}

/** A user-named file, or an OnnxUsageError `--flag path: reason`. */
function readFile(flag: string, path: string, max: number, what: string, hint = ''): Buffer {
  try {
    return readInputFile(path, max, what);
  } catch (e) {
    const why = e instanceof InputFileError ? e.message : errnoReason(e);
    throw new OnnxUsageError(`--${flag} ${path}: ${why}${/limit/.test(why) ? hint : ''}`);
  }
}

/** The model, imported; its problems as usage errors. */
function loadModel(path: string, opts: OnnxImportOptions = {}, bytes?: Uint8Array): { model: OnnxModel; bytes: Uint8Array } {
  const max = maxModelBytes();
  const data = bytes ?? readFile('onnx', path, max, 'an ONNX model (--onnx)', ` (${ONNX_MAX_BYTES_ENV} sets it, in bytes)`);
  try {
    return { model: importOnnx(data, { ...opts, name: path, maxBytes: max }), bytes: data };
  } catch (e) {
    if (e instanceof OnnxError) throw new OnnxUsageError(`--onnx ${e.message}`);
    throw e;
  }
}

/** One stderr line per node not imported, per fused activation, and per note. */
function sayModelNotes(path: string, m: OnnxModel, say: (s: string) => void): void {
  for (const l of m.layers) {
    if (l.fused) say(`note: ${path}: ${nodeLabel(l.fused)} (${l.fused.opType}) fused into layer ${l.spec.name} as act ${l.fused.act}`);
  }
  for (const s of m.skipped) say(`note: ${path}: ${nodeLabel(s)} (${s.opType}) skipped: ${s.reason}`);
  for (const n of m.notes) say(`note: ${path}: ${n}`);
}

/** Layers of --onnx MODEL: its Conv nodes that convgen compiles, with the layer flags as overrides. */
export function onnxSpecs(model: string, flags: Partial<LayerInput>, say: (s: string) => void): LayerSpec[] {
  const { model: m } = loadModel(model, { overrides: flags });
  sayModelNotes(model, m, say);
  if (m.layers.length === 0) {
    const convs = m.skipped.filter((s) => s.opType === 'Conv').length;
    throw new OnnxUsageError(`--onnx ${model}: no Conv node convgen can compile (${m.nodeCount} node${m.nodeCount === 1 ? '' : 's'}, ${convs} of them Conv; the notes above say why each was skipped)`);
  }
  if (flags.name !== undefined && m.layers.length > 1) {
    throw new OnnxUsageError(`--name: the model has ${m.layers.length} Conv layers (${m.layers.map((l) => l.spec.name).join(', ')}); --name names one layer (leave it out: the layers are named after their nodes)`);
  }
  return m.layers.map((l) => l.spec);
}

/** --input: a TensorProto (.pb, as ONNX's test data) or a .npy file, as float32. */
function readInputTensor(path: string, say: (s: string) => void): { dims: number[]; data: Float32Array } {
  const bytes = readFile('input', path, MAX_INPUT_BYTES, 'an input tensor (--input)');
  const isNpy = bytes.length >= 6 && bytes[0] === 0x93 && bytes.subarray(1, 6).toString('latin1') === 'NUMPY';
  if (isNpy) {
    try {
      const a = readNpy(bytes);
      if (a.note) say(`note: --input ${path}: ${a.note}`);
      return { dims: a.shape, data: a.data };
    } catch (e) {
      throw new OnnxUsageError(`--input ${path}: ${(e as Error).message}`);
    }
  }
  try {
    const t = floatTensor(decodeTensor(bytes, path), `tensor ${path}`);
    if (typeof t === 'string') throw new OnnxUsageError(`--input ${path}: ${t}`);
    if (t.note) say(`note: --input ${path}: ${t.note}`);
    return t;
  } catch (e) {
    if (e instanceof OnnxError) throw new OnnxUsageError(`--input ${e.message}`);
    throw e;
  }
}

/** Flags of `run` that the ONNX form does not take (the model gives the layer and its weights). */
const NOT_WITH_ONNX_RUN = ['x', 'w', 'b', 'y', 'dy', 'lr', 'spec', 'db', 'n', 'ci', 'h', 'width', 'height', 'co', 'k', 'l', 'stride', 'pad', 'dilation', 'groups', 'act', 'layout', 'name'];

const say = (s: string) => process.stderr.write(s + '\n');

/**
 * `run --onnx MODEL --input X --out DIR`: the forward pass of a model whose one node is a Conv (with
 * an activation fused into it, if any), with the model's weights, on X; writes DIR/output_0.pb (a
 * float32 TensorProto named as the graph's output) and DIR/y.npy, and prints their paths.
 */
export async function runOnnxCommand(o: Record<string, string | undefined>, code: { target: string; threads: number; fma?: boolean }): Promise<number> {
  const path = o.onnx!;
  const inputPath = o.input!;
  if (o.out === undefined) throw new OnnxUsageError('--out: missing; give the folder to write output_0.pb and y.npy into');
  checkOutDir(o.out);
  if (o.pass !== undefined && o.pass !== 'forward') throw new OnnxUsageError(`--pass ${o.pass}: with --onnx and --input, run runs the model's forward pass (--pass forward or none)`);
  const extra = NOT_WITH_ONNX_RUN.filter((f) => o[f] !== undefined);
  if (extra.length > 0) {
    throw new OnnxUsageError(`${extra.map((f) => `--${f}`).join(', ')}: not used with --onnx and --input (the model gives the layer and its weights, --input its input)`);
  }
  const loaded = loadModel(path);
  let m = loaded.model;
  const x = readInputTensor(inputPath, say);
  const only = m.inputs.length === 1 ? m.inputs[0]! : undefined;
  const showShape = (d: readonly (number | string)[] | null) => (d ? `[${d.join(', ')}]` : 'of unknown shape');
  if (x.dims.length !== 4 || x.dims.some((d) => d < 1)) {
    throw new OnnxUsageError(`--input ${inputPath}: has shape [${x.dims.join(', ')}]; ${only ? `the model's input ${JSON.stringify(only.name)} is ${showShape(only.dims)}` : 'a 2D Conv takes [N, C, H, W]'}`);
  }
  // symbolic dims of the model's input take the input's sizes
  if (only?.dims && only.dims.length === 4 && only.dims.some((d) => typeof d !== 'number')) {
    m = loadModel(path, { inputShapes: { [only.name]: x.dims } }, loaded.bytes).model;
  }
  sayModelNotes(path, m, say);
  if (m.layers.length !== 1) {
    const names = m.layers.map((l) => l.spec.name).join(', ');
    throw new OnnxUsageError(`--onnx ${path}: run takes a model with exactly one Conv node that convgen compiles; this one has ${m.layers.length}${names ? ` (${names})` : ''}`);
  }
  if (m.skipped.length > 0) {
    const s = m.skipped[0]!;
    throw new OnnxUsageError(
      `--onnx ${path}: run computes the model's one Conv (and an activation fused into it); the model also has ${m.skipped.length === 1 ? '' : `${m.skipped.length} other nodes, e.g. `}` +
      `${nodeLabel(s)} (${s.opType}), so the Conv's output is not the model's`,
    );
  }
  const layer = m.layers[0]!;
  const declared = m.inputs.find((i) => i.name === layer.input);
  if (!declared) throw new OnnxUsageError(`--onnx ${path}: the Conv's input ${JSON.stringify(layer.input)} is not a graph input`);
  if (!m.outputs.includes(layer.output)) throw new OnnxUsageError(`--onnx ${path}: the layer's output ${JSON.stringify(layer.output)} is not a graph output`);
  const want = [layer.spec.N, layer.spec.Ci, layer.spec.H, layer.spec.W];
  if (x.dims.some((d, i) => d !== want[i])) {
    throw new OnnxUsageError(`--input ${inputPath}: has shape [${x.dims.join(', ')}]; the model's input ${JSON.stringify(layer.input)} is [${want.join(', ')}] (N, C, H, W)`);
  }
  if (!layer.weights) throw new OnnxUsageError(`--onnx ${path}: ${nodeLabel(layer)}: the weights cannot be read: ${layer.weightsProblem}`);
  const spec = layer.spec;
  const compiled = await compileLayer(spec, { target: code.target as Target, passes: ['forward'], threads: code.threads, ...(code.fma !== undefined ? { fma: code.fma } : {}) });
  let y: Float32Array;
  try {
    // a copy: the result may be a view of the kernel's memory, which close() releases
    y = (await compiled.kernel('forward').call({ x: x.data, w: layer.weights.w, b: layer.weights.b ?? new Float32Array(spec.Co) })).slice();
  } finally {
    compiled.close();
  }
  const shape = [spec.N, spec.Co, spec.Ho, spec.Wo];
  const files = { 'output_0.pb': encodeFloatTensor(layer.output, shape, y), 'y.npy': writeNpy(shape, y) };
  for (const f of writeOutput(o.out, {}, files)) console.log(`wrote ${f}`);
  return 0;
}
