/**
 * ONNX protobuf messages, decoded and encoded with protobufjs and the schema of onnx.proto
 * (schema.ts). Decoding is bounded: the bytes are walked once with protobufjs's own Reader and the
 * schema's field table (census) to add up what decoding would allocate, and a file over the limit
 * is refused before anything is decoded; then protobufjs decodes it.
 */
import { createRequire } from 'node:module';
import { getHeapStatistics } from 'node:v8';
import type * as PB from 'protobufjs';
import { formatBytes } from '../io/read.js';
import { ONNX_PROTO } from './schema.js';

/** A model or tensor file convgen cannot read: the message names the file and says why. */
export class OnnxError extends Error {
  override name = 'OnnxError';
}

/** Default largest model file (bytes). */
export const ONNX_MAX_BYTES = 512 * 2 ** 20;
/**
 * Default largest estimate of the JS memory a decoded file takes (messages, strings, number arrays;
 * raw_data is a view of the file and costs nothing): 1 GiB, or a third of this process's heap limit
 * when that is less. A tiny message in the file becomes an object of about 200 bytes, so the file
 * size alone does not bound it.
 */
export const ONNX_MAX_DECODED_BYTES = Math.min(2 ** 30, Math.floor(getHeapStatistics().heap_size_limit / 3));

// ---------------------------------------------------------------------------------------------
// The decoded messages (protobufjs message instances; fields as onnx.proto names them)

/** An int64 field: a long.js Long (protobufjs with long installed) or a number. */
export type Int64 = number | PB.Long;

export interface StringStringEntry { key: string; value: string }
export interface TensorMsg {
  dims: Int64[];
  data_type: number;
  segment: { begin: Int64; end: Int64 } | null;
  float_data: number[];
  int32_data: number[];
  string_data: Uint8Array[];
  int64_data: Int64[];
  name: string;
  raw_data: Uint8Array;
  external_data: StringStringEntry[];
  data_location: number;
  double_data: number[];
  uint64_data: Int64[];
}
export interface AttributeMsg {
  name: string;
  type: number;
  f: number;
  i: Int64;
  s: Uint8Array;
  t: TensorMsg | null;
  floats: number[];
  ints: Int64[];
  strings: Uint8Array[];
}
export interface NodeMsg { input: string[]; output: string[]; name: string; op_type: string; domain: string; attribute: AttributeMsg[] }
export interface DimensionMsg { dim_value: Int64; dim_param: string; value?: 'dim_value' | 'dim_param' }
export interface ValueInfoMsg {
  name: string;
  type: { tensor_type: { elem_type: number; shape: { dim: DimensionMsg[] } | null } | null } | null;
}
export interface GraphMsg {
  node: NodeMsg[];
  name: string;
  initializer: TensorMsg[];
  sparse_initializer: { values: TensorMsg | null }[];
  input: ValueInfoMsg[];
  output: ValueInfoMsg[];
  value_info: ValueInfoMsg[];
}
export interface ModelMsg {
  ir_version: Int64;
  opset_import: { domain: string; version: Int64 }[];
  producer_name: string;
  producer_version: string;
  graph: GraphMsg | null;
}

/** AttributeProto.AttributeType */
export const ATTR = { FLOAT: 1, INT: 2, STRING: 3, TENSOR: 4, FLOATS: 6, INTS: 7 } as const;
/** TensorProto.DataType values convgen reads (float32; the others are converted). */
export const DT = { FLOAT: 1, FLOAT16: 10, DOUBLE: 11, BFLOAT16: 16 } as const;
export const DATA_LOCATION_EXTERNAL = 1;

/** Whether a decoded message has field `f` set (protobufjs keeps defaults on the prototype). */
export const has = (m: object, f: string): boolean => Object.prototype.hasOwnProperty.call(m, f);

/** An int64 as a number; NaN when it is not a safe integer. */
export function int(v: Int64): number {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? v : NaN;
  const n = (v.unsigned ? v.high >>> 0 : v.high) * 2 ** 32 + (v.low >>> 0);
  return Number.isSafeInteger(n) ? n : NaN;
}

// ---------------------------------------------------------------------------------------------
// The schema, loaded on first use

type Protobuf = typeof PB;
interface Schema {
  pb: Protobuf;
  model: PB.Type;
  tensor: PB.Type;
}
let schema: Schema | undefined;

/**
 * protobufjs and the parsed schema. Loaded when a model is first read (a CommonJS package, so
 * `require`: the CLI starts without it and only --onnx needs it).
 */
function onnxSchema(): Schema {
  if (!schema) {
    let pb: Protobuf;
    try {
      pb = createRequire(import.meta.url)('protobufjs') as Protobuf;
    } catch (e) {
      throw new OnnxError(`reading ONNX models needs the npm package protobufjs, which is not installed (${(e as Error).message.split('\n')[0]}); run npm install protobufjs`);
    }
    const root = pb.parse(ONNX_PROTO, { keepCase: true }).root;
    root.resolveAll();
    schema = { pb, model: root.lookupType('onnx.ModelProto'), tensor: root.lookupType('onnx.TensorProto') };
  }
  return schema;
}

// ---------------------------------------------------------------------------------------------
// Bounded decoding

/**
 * Estimated JS heap bytes of what decoding allocates, per kind of value (measured with protobufjs 8
 * on Node 20: an empty NodeProto or TensorProto is about 200 bytes with its empty arrays, an int64
 * a long.js Long of about 58, a bytes field a Buffer view of about 106); strings are counted at
 * two bytes a character.
 */
const COST = { message: 224, scalar: 8, long: 64, bytes: 112, string: 32 };
/**
 * More per message of these types: what import.ts builds for each node (a layer's spec, the shape,
 * producer and consumer tables): about 800 bytes (measured on a model of 200,000 Conv nodes).
 */
const EXTRA_COST: Record<string, number> = { NodeProto: 800 };
const LONG_TYPES = new Set(['int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const FIXED32 = new Set(['float', 'fixed32', 'sfixed32']);
const FIXED64 = new Set(['double', 'fixed64', 'sfixed64']);
/** The schema has no recursion (onnx.proto's header); a deeper walk means a bug, not a file. */
const MAX_DEPTH = 16;

interface Tally {
  /** the file's size (the reader's length is the current message's end while inside one) */
  size: number;
  bytes: number;
  messages: number;
  values: number;
}

/**
 * Walks the message of `type` from r.pos to `end` as protobufjs would decode it, adding up the
 * messages, repeated values and strings it would allocate; throws as soon as the estimate is over
 * `limit`. Unknown fields are skipped (protobufjs's skipType, depth-limited), as decoding does.
 */
function census(pb: Protobuf, type: PB.Type, r: PB.Reader, end: number, depth: number, t: Tally, limit: number, what: string): void {
  if (depth > MAX_DEPTH) throw new Error('max depth exceeded');
  const add = (bytes: number, values: number) => {
    t.bytes += bytes;
    t.values += values;
    if (t.bytes > limit) {
      throw new OnnxError(
        `${what}: decoding it would take about ${formatBytes(Math.round(t.bytes))} of memory (${t.messages} messages and ${t.values} values so far, at byte ${r.pos}), ` +
        `over the limit of ${formatBytes(limit)}`,
      );
    }
  };
  /** A length-delimited field that runs past the end of its message or of the file. */
  const span = (f: PB.Field, len: number): number => {
    const stop = r.pos + len;
    if (stop > end) {
      const past = end === t.size ? `the end of the file (${t.size} bytes)` : `the end of its ${type.name} (byte ${end})`;
      throw new RangeError(`field ${f.name} (${f.id}) of ${type.name} is ${len} bytes long from byte ${r.pos}, past ${past}`);
    }
    return stop;
  };
  while (r.pos < end) {
    const tag = r.uint32();
    const id = tag >>> 3;
    const wire = tag & 7;
    const f = id === 0 ? undefined : type.fieldsById[id];
    if (!f) {
      r.skipType(wire, depth, id);
      continue;
    }
    const rt = f.resolvedType;
    const scalar = rt instanceof pb.Enum ? 'int32' : f.type;
    if (rt instanceof pb.Type) {
      if (wire !== 2) { r.skipType(wire, depth, id); continue; }
      const stop = span(f, r.uint32());
      t.messages++;
      add(COST.message + (EXTRA_COST[rt.name] ?? 0), 1);
      // as protobufjs's decoder does: the reader ends at the message's end while inside it
      const outer = r.len;
      r.len = stop;
      census(pb, rt, r, stop, depth + 1, t, limit, what);
      r.len = outer;
      if (r.pos !== stop) throw new RangeError(`a nested message ends at ${r.pos}, not at ${stop}`);
      continue;
    }
    if (wire === 2 && (scalar === 'string' || scalar === 'bytes')) {
      const len = r.uint32();
      span(f, len);
      add(scalar === 'string' ? COST.string + 2 * len : COST.bytes, 1);
      r.skip(len);
      continue;
    }
    const long = LONG_TYPES.has(scalar);
    if (wire === 2 && f.repeated && pb.types.packed[scalar as keyof typeof pb.types.packed] !== undefined) {
      const len = r.uint32();
      const stop = span(f, len);
      let n: number;
      if (FIXED32.has(scalar)) n = Math.floor(len / 4);
      else if (FIXED64.has(scalar)) n = Math.floor(len / 8);
      else {
        n = 0;
        const buf = r.buf;
        for (let i = r.pos; i < stop; i++) if ((buf[i]! & 0x80) === 0) n++;
      }
      add(n * (long ? COST.long : COST.scalar), n);
      r.skip(len);
      continue;
    }
    add(long ? COST.long : COST.scalar, 1);
    r.skipType(wire, depth, id);
  }
}

/** What a decode failure message says about where: `at byte N of M: why; truncated?`. */
function decodeFailure(what: string, kind: string, r: PB.Reader, size: number, e: unknown): OnnxError {
  const msg = e instanceof Error ? e.message : String(e);
  const truncated = /past the end of the file/.test(msg) ? '; the file may be truncated' : '';
  return new OnnxError(`${what}: not ${kind} (protobuf decode failed at byte ${Math.min(r.pos, size)} of ${size}: ${msg}${truncated})`);
}

export interface DecodeLimits {
  /** estimated decoded bytes at most (default ONNX_MAX_DECODED_BYTES) */
  maxDecodedBytes?: number;
}

function decodeBounded<T>(type: PB.Type, bytes: Uint8Array, what: string, kind: string, limits: DecodeLimits): T {
  const { pb } = onnxSchema();
  const r = pb.Reader.create(bytes);
  const limit = limits.maxDecodedBytes ?? ONNX_MAX_DECODED_BYTES;
  try {
    census(pb, type, r, bytes.length, 0, { size: bytes.length, bytes: 0, messages: 0, values: 0 }, limit, what);
  } catch (e) {
    if (e instanceof OnnxError) throw e;
    throw decodeFailure(what, kind, r, bytes.length, e);
  }
  const r2 = pb.Reader.create(bytes);
  try {
    return type.decode(r2) as unknown as T;
  } catch (e) {
    throw decodeFailure(what, kind, r2, bytes.length, e);
  }
}

/** A ModelProto; `what` names the file in messages. */
export function decodeModel(bytes: Uint8Array, what: string, limits: DecodeLimits = {}): ModelMsg {
  return decodeBounded<ModelMsg>(onnxSchema().model, bytes, what, 'an ONNX model', limits);
}

/** A TensorProto (as ONNX's test data stores inputs and outputs, `input_0.pb`). */
export function decodeTensor(bytes: Uint8Array, what: string, limits: DecodeLimits = {}): TensorMsg {
  return decodeBounded<TensorMsg>(onnxSchema().tensor, bytes, what, 'an ONNX TensorProto', limits);
}

/** A float32 TensorProto with its data in raw_data (little-endian), as ONNX's test data has it. */
export function encodeFloatTensor(name: string, dims: readonly number[], data: Float32Array): Uint8Array {
  const T = onnxSchema().tensor;
  const raw = new Uint8Array(data.byteLength);
  const dv = new DataView(raw.buffer);
  for (let i = 0; i < data.length; i++) dv.setFloat32(4 * i, data[i]!, true);
  return T.encode(T.fromObject({ dims: [...dims], data_type: DT.FLOAT, name, raw_data: raw })).finish();
}
