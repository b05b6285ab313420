/**
 * TensorProto values as float32: initializers (weights) and the test data tensors (input_0.pb).
 * Every count is checked against the dims before anything is allocated.
 */
import { endianness } from 'node:os';
import { DATA_LOCATION_EXTERNAL, DT, has, int, OnnxError, type TensorMsg } from './proto.js';

const HOST_LITTLE = endianness() === 'LE';

/** TensorProto.DataType names, for messages. */
const DATA_TYPES = [
  'UNDEFINED', 'FLOAT', 'UINT8', 'INT8', 'UINT16', 'INT16', 'INT32', 'INT64', 'STRING', 'BOOL', 'FLOAT16', 'DOUBLE', 'UINT32', 'UINT64',
  'COMPLEX64', 'COMPLEX128', 'BFLOAT16', 'FLOAT8E4M3FN', 'FLOAT8E4M3FNUZ', 'FLOAT8E5M2', 'FLOAT8E5M2FNUZ', 'UINT4', 'INT4',
];
export const dataTypeName = (t: number): string => DATA_TYPES[t] ?? `data type ${t}`;

/** Largest element count of a tensor convgen reads (a wasm32 memory holds 2^30 float32 values). */
export const MAX_TENSOR_ELEMENTS = 2 ** 30;

/** The dims of a tensor as numbers; a string saying what is wrong with them otherwise. */
export function tensorDims(t: TensorMsg): number[] | string {
  const dims = t.dims.map(int);
  const bad = dims.findIndex((d) => !Number.isSafeInteger(d) || d < 0);
  if (bad >= 0) return `dims [${t.dims.map(String).join(', ')}]: dimension ${bad} is not a non-negative integer`;
  let n = 1;
  for (const d of dims) {
    n *= d;
    if (n > MAX_TENSOR_ELEMENTS) return `dims [${dims.join(', ')}] hold more than ${MAX_TENSOR_ELEMENTS} (2^30) elements`;
  }
  return dims;
}

/** Refuses a tensor whose data is in another file (the model's external data). */
export function checkNotExternal(t: TensorMsg, what: string): void {
  if (t.data_location === DATA_LOCATION_EXTERNAL || t.external_data.length > 0) {
    const loc = t.external_data.find((e) => e.key === 'location')?.value;
    throw new OnnxError(
      `${what} uses external data (data_location EXTERNAL${loc !== undefined ? `, location ${JSON.stringify(loc.slice(0, 200))}` : ''}): not supported; ` +
      'save the model with the weights inside (onnx.save_model(model, path, save_as_external_data=False))',
    );
  }
}

const f16 = (h: number): number => {
  const s = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return s * m * 2 ** -24;
  if (e === 31) return m ? NaN : s * Infinity;
  return s * (1 + m / 1024) * 2 ** (e - 15);
};

export interface FloatTensor {
  dims: number[];
  data: Float32Array;
  /** set when the values were converted (double or half precision to float32) */
  note?: string;
}

/**
 * The values of a tensor as float32 in row-major order: FLOAT from raw_data or float_data; DOUBLE,
 * FLOAT16 and BFLOAT16 converted (with a note). Throws OnnxError for external data (`what` names
 * the tensor); returns a reason string for anything else it cannot read.
 */
export function floatTensor(t: TensorMsg, what: string): FloatTensor | string {
  checkNotExternal(t, what);
  const dims = tensorDims(t);
  if (typeof dims === 'string') return dims;
  if (t.segment && has(t, 'segment')) return 'a segment of a tensor (TensorProto.segment): not supported';
  const n = dims.reduce((a, b) => a * b, 1);
  const raw = has(t, 'raw_data') ? t.raw_data : undefined;
  const type = t.data_type;
  const shape = `[${dims.join(', ')}]`;
  const mismatch = (field: string, got: number, per = '') => `dims ${shape} hold ${n} values but ${field} has ${got}${per}`;
  const dv = raw ? new DataView(raw.buffer, raw.byteOffset, raw.byteLength) : undefined;
  switch (type) {
    case DT.FLOAT: {
      if (raw ? raw.length !== 4 * n : t.float_data.length !== n) return raw ? mismatch('raw_data', raw.length / 4, ' (float32)') : mismatch('float_data', t.float_data.length);
      const data = new Float32Array(n);
      if (!raw) data.set(t.float_data);
      else if (HOST_LITTLE) new Uint8Array(data.buffer).set(raw); // raw_data is little-endian (and may be unaligned: copied bytewise)
      else for (let i = 0; i < n; i++) data[i] = dv!.getFloat32(4 * i, true);
      return { dims, data };
    }
    case DT.DOUBLE: {
      if (raw ? raw.length !== 8 * n : t.double_data.length !== n) return raw ? mismatch('raw_data', raw.length / 8, ' (float64)') : mismatch('double_data', t.double_data.length);
      const data = new Float32Array(n);
      for (let i = 0; i < n; i++) data[i] = raw ? dv!.getFloat64(8 * i, true) : t.double_data[i]!;
      return { dims, data, note: 'DOUBLE values rounded to float32' };
    }
    case DT.FLOAT16:
    case DT.BFLOAT16: {
      if (raw ? raw.length !== 2 * n : t.int32_data.length !== n) return raw ? mismatch('raw_data', raw.length / 2, ' (16-bit)') : mismatch('int32_data', t.int32_data.length);
      const data = new Float32Array(n);
      const bits = new Uint32Array(data.buffer);
      for (let i = 0; i < n; i++) {
        const h = (raw ? dv!.getUint16(2 * i, true) : t.int32_data[i]!) & 0xffff;
        if (type === DT.FLOAT16) data[i] = f16(h);
        else bits[i] = h << 16;
      }
      return { dims, data, note: `${dataTypeName(type)} values widened to float32` };
    }
    default:
      return `data type ${dataTypeName(type)}: convgen reads FLOAT tensors (DOUBLE, FLOAT16 and BFLOAT16 are converted)`;
  }
}
