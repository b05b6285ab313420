/**
 * NumPy .npy reader/writer for float tensors (the format numpy.save/numpy.load use).
 * Layout: magic "\x93NUMPY", major, minor, header length (uint16 LE in v1, uint32 LE in v2/v3),
 * then an ASCII Python dict literal padded with spaces and ending in '\n', then raw C-order data.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** numpy aligns the data start to 64 bytes (format.ARRAY_ALIGN; very old numpy used 16). */
const ALIGN = 64;
/** numpy >= 1.24 leaves room to grow axis 0 in place: 21 - len(repr(shape[0])) spaces after '}'. */
const GROWTH_AXIS_MAX_DIGITS = 21;

export interface NpyArray { shape: number[]; data: Float32Array }

/** Parse a .npy file holding '<f4' or '<f8' (the latter converted to float32), C order. */
export function readNpy(bytes: Uint8Array): NpyArray {
  if (bytes.length < 10 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new Error('npy: bad magic (not a .npy file)');
  }
  const major = bytes[6], minor = bytes[7];
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let hlen: number, hstart: number;
  if (major === 1) { hlen = dv.getUint16(8, true); hstart = 10; }
  else if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new Error('npy: truncated header');
    hlen = dv.getUint32(8, true); hstart = 12;
  } else throw new Error(`npy: unsupported format version ${major}.${minor}`);
  if (hstart + hlen > bytes.length) throw new Error(`npy: truncated header (needs ${hlen} bytes)`);
  // v3 is v2 with a UTF-8 header; every header we accept is ASCII anyway.
  const header = new TextDecoder(major === 3 ? 'utf-8' : 'latin1').decode(bytes.subarray(hstart, hstart + hlen));

  const descr = /'descr'\s*:\s*'([^']*)'/.exec(header)?.[1];
  const fortran = /'fortran_order'\s*:\s*(True|False)/.exec(header)?.[1];
  const shapeText = /'shape'\s*:\s*\(([^)]*)\)/.exec(header)?.[1];
  if (descr === undefined || fortran === undefined || shapeText === undefined) {
    throw new Error(`npy: malformed header ${JSON.stringify(header.trim())}`);
  }
  if (fortran === 'True') throw new Error('npy: fortran_order True is not supported (save a C-order array)');
  const width = descr === '<f4' ? 4 : descr === '<f8' ? 8 : 0;
  if (width === 0) throw new Error(`npy: unsupported dtype '${descr}' (only '<f4' and '<f8')`);
  const shape = shapeText.split(',').map((s) => s.trim()).filter((s) => s !== '').map((s) => {
    if (!/^\d+$/.test(s)) throw new Error(`npy: bad shape entry '${s}'`);
    return Number(s);
  });

  const count = shape.reduce((a, b) => a * b, 1);
  const start = hstart + hlen, need = count * width, have = bytes.length - start;
  if (have < need) throw new Error(`npy: truncated data: shape (${shape.join(', ')}) needs ${need} bytes, file has ${have}`);
  if (have > need) throw new Error(`npy: ${have - need} unexpected bytes after the data of shape (${shape.join(', ')})`);
  // DataView: works at any byte offset and on any host endianness.
  const data = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    data[i] = width === 4 ? dv.getFloat32(start + 4 * i, true) : dv.getFloat64(start + 8 * i, true);
  }
  return { shape, data };
}

/** Serialize as '<f4', C order, byte for byte what numpy.save writes for a float32 array. */
export function writeNpy(shape: readonly number[], data: Float32Array): Uint8Array {
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new Error(`npy: bad shape [${shape.join(', ')}]`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== data.length) throw new Error(`npy: shape [${shape.join(', ')}] holds ${count} elements, data has ${data.length}`);
  // Python repr of a tuple: a 1-tuple needs its trailing comma.
  const tuple = shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`;
  let dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${tuple}, }`;
  if (shape.length > 0) dict += ' '.repeat(GROWTH_AXIS_MAX_DIGITS - String(shape[0]).length);
  // Version 1 unless the header outgrows its uint16 length (as numpy does).
  let pre = 10;
  let total = pre + dict.length + 1;
  let pad = ALIGN - (total % ALIGN);
  if (dict.length + 1 + pad > 0xffff) {
    pre = 12; total = pre + dict.length + 1; pad = ALIGN - (total % ALIGN);
  }
  // numpy pads even when already aligned (a full extra 64 bytes), so we do too.
  const header = dict + ' '.repeat(pad) + '\n';
  const out = new Uint8Array(pre + header.length + 4 * count);
  out.set(MAGIC, 0);
  out[6] = pre === 10 ? 1 : 2;
  out[7] = 0;
  const dv = new DataView(out.buffer);
  if (pre === 10) dv.setUint16(8, header.length, true);
  else dv.setUint32(8, header.length, true);
  for (let i = 0; i < header.length; i++) out[pre + i] = header.charCodeAt(i);
  const start = pre + header.length;
  for (let i = 0; i < count; i++) dv.setFloat32(start + 4 * i, data[i], true);
  return out;
}

export function readNpyFile(path: string): NpyArray {
  return readNpy(readFileSync(path));
}

export function writeNpyFile(path: string, shape: readonly number[], data: Float32Array): void {
  writeFileSync(path, writeNpy(shape, data));
}
