/**
 * NumPy .npy reader/writer for float tensors (the format numpy.save/numpy.load use).
 * Layout: magic "\x93NUMPY", major, minor, header length (uint16 LE in v1, uint32 LE in v2/v3),
 * then an ASCII Python dict literal ({'descr': ..., 'fortran_order': ..., 'shape': ...}) padded
 * with spaces and ending in '\n', then the raw data in C or Fortran order.
 *
 * Reading accepts what numpy writes for float arrays: float32 and float64 (converted to float32,
 * with a note), either byte order, C or Fortran order, at any rank. The result is always float32
 * in C order (row-major), the order convgen's kernels take. Writing is always '<f4', C order.
 */
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { FileTooLargeError, formatBytes } from './read.js';

const MAGIC = [0x93, 0x4e, 0x55, 0x4d, 0x50, 0x59]; // \x93NUMPY
/** numpy aligns the data start to 64 bytes (format.ARRAY_ALIGN; very old numpy used 16). */
const ALIGN = 64;
/** numpy >= 1.24 leaves room to grow axis 0 in place: 21 - len(repr(shape[0])) spaces after '}'. */
const GROWTH_AXIS_MAX_DIGITS = 21;
/** Magic (6) + version (2) + the longest header-length field (4). */
const PREAMBLE_MAX = 12;
/**
 * The largest header readNpyFile reads. numpy's own np.load refuses headers over 10000 bytes
 * unless told otherwise; 1 MiB leaves room for any rank numpy can write (64 axes) many times over.
 */
const HEADER_MAX = 1 << 20;
/** Default limit of readNpyFile: a wasm32 memory holds < 4 GiB, and a tensor shares it with others. */
export const NPY_DEFAULT_MAX_BYTES = 2 * 1024 ** 3;
const HOST_LITTLE = endianness() === 'LE';

export interface NpyArray {
  shape: number[];
  /** float32, C order (row-major), whatever the file's dtype, byte order and order were. */
  data: Float32Array;
  /** Set when reading changed the values (float64 rounded to float32); for the user to see. */
  note?: string;
}

// ---------------------------------------------------------------------------------------------
// Python literals: the header is repr() of a dict, so it is parsed as one rather than matched
// with regular expressions (keys come in any order, a structured dtype is a list of tuples).

type PyValue =
  | { kind: 'str'; value: string; src: string }
  | { kind: 'int'; value: number; src: string }
  | { kind: 'float' | 'none'; src: string }
  | { kind: 'bool'; value: boolean; src: string }
  | { kind: 'tuple' | 'list'; items: PyValue[]; src: string }
  | { kind: 'dict'; entries: [PyValue, PyValue][]; src: string };

/** Header text quoted for a message: at most 200 characters of it (a message, not a dump). */
const quote = (text: string) => (text.length > 200 ? `${JSON.stringify(text.slice(0, 200))}...` : JSON.stringify(text));

/** Deeper nesting than any dtype numpy writes; a limit keeps a hostile header off the call stack. */
const MAX_NESTING = 64;

class PyLiteralParser {
  private pos = 0;
  private depth = 0;
  constructor(private readonly text: string) {}

  /** The whole text as one literal, followed only by whitespace (numpy pads with spaces and '\n'). */
  parseAll(): PyValue {
    const v = this.value();
    this.skipSpace();
    if (this.pos < this.text.length) this.fail(`unexpected ${JSON.stringify(this.text.slice(this.pos, this.pos + 10))} after the dict`);
    return v;
  }

  private fail(why: string): never {
    throw new Error(`npy: malformed header: ${why} (at character ${this.pos} of ${quote(this.text.trimEnd())})`);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length && /\s/.test(this.text[this.pos]!)) this.pos++;
  }

  private value(): PyValue {
    this.skipSpace();
    const start = this.pos;
    const c = this.text[this.pos];
    if (c === undefined) this.fail('unexpected end');
    if (c === '{' || c === '(' || c === '[') {
      if (++this.depth > MAX_NESTING) this.fail(`nested deeper than ${MAX_NESTING} levels`);
      const v = c === '{' ? this.dict(start) : this.sequence(start, c === '(' ? ')' : ']');
      this.depth--;
      return v;
    }
    if (c === "'" || c === '"') {
      const value = this.string(c);
      return { kind: 'str', value, src: this.text.slice(start, this.pos) };
    }
    const num = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?[lL]?/.exec(this.text.slice(this.pos))?.[0];
    if (num !== undefined) {
      this.pos += num.length;
      // Python 2 numpy wrote shapes as (3L, 4L): a trailing L is still an integer.
      if (/^[-+]?\d+[lL]?$/.test(num)) return { kind: 'int', value: Number(num.replace(/[lL]$/, '')), src: num };
      return { kind: 'float', src: num };
    }
    const word = /^[A-Za-z_]\w*/.exec(this.text.slice(this.pos))?.[0];
    if (word === 'True' || word === 'False') {
      this.pos += word.length;
      return { kind: 'bool', value: word === 'True', src: word };
    }
    if (word === 'None') {
      this.pos += word.length;
      return { kind: 'none', src: word };
    }
    return this.fail(`unexpected ${JSON.stringify(word ?? c)}`);
  }

  private string(quote: string): string {
    this.pos++;
    let out = '';
    for (;;) {
      const c = this.text[this.pos++];
      if (c === undefined || c === '\n') this.fail('unterminated string');
      if (c === quote) return out;
      if (c !== '\\') { out += c; continue; }
      const e = this.text[this.pos++];
      const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0', '\\': '\\', "'": "'", '"': '"' };
      if (e !== undefined && e in simple) out += simple[e];
      else if (e === 'x' || e === 'u') {
        const n = e === 'x' ? 2 : 4;
        const hex = this.text.slice(this.pos, this.pos + n);
        if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(hex)) this.fail(`bad \\${e} escape`);
        out += String.fromCharCode(parseInt(hex, 16));
        this.pos += n;
      } else this.fail(`unknown escape \\${e ?? ''}`);
    }
  }

  /** A tuple or list; `(x)` without a comma is x itself, as in Python. */
  private sequence(start: number, close: string): PyValue {
    this.pos++;
    const items: PyValue[] = [];
    let comma = false;
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === close) { this.pos++; break; }
      items.push(this.value());
      this.skipSpace();
      if (this.text[this.pos] === ',') { this.pos++; comma = true; continue; }
      if (this.text[this.pos] !== close) this.fail(`expected ',' or '${close}'`);
    }
    const src = this.text.slice(start, this.pos);
    if (close === ')' && items.length === 1 && !comma) return { ...items[0]!, src };
    return { kind: close === ')' ? 'tuple' : 'list', items, src };
  }

  private dict(start: number): PyValue {
    this.pos++;
    const entries: [PyValue, PyValue][] = [];
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === '}') { this.pos++; break; }
      const key = this.value();
      this.skipSpace();
      if (this.text[this.pos] !== ':') this.fail("expected ':'");
      this.pos++;
      entries.push([key, this.value()]);
      this.skipSpace();
      if (this.text[this.pos] === ',') { this.pos++; continue; }
      if (this.text[this.pos] !== '}') this.fail("expected ',' or '}'");
    }
    return { kind: 'dict', entries, src: this.text.slice(start, this.pos) };
  }
}

// ---------------------------------------------------------------------------------------------
// The header: dtype, order and shape.

interface Dtype { width: 4 | 8; little: boolean }
interface Header { dtype: Dtype; fortran: boolean; shape: number[]; count: number; dataBytes: number }

const ACCEPTED = "convgen reads float32 ('<f4', '>f4') and float64 ('<f8', '>f8', converted to float32)";

/** numpy's name of a dtype kind and size, for messages ('<i4' -> int32). */
function dtypeName(kind: string, size: number): string | undefined {
  const bits = size * 8;
  switch (kind) {
    case 'b': return 'bool';
    case 'i': return `int${bits}`;
    case 'u': return `uint${bits}`;
    case 'f': return size === 2 ? 'float16' : `float${bits}`;
    case 'c': return `complex${bits}`;
    case 'O': return 'object';
    case 'U': return 'str';
    case 'S': case 'a': return 'bytes';
    case 'V': return 'void';
    case 'M': return 'datetime64';
    case 'm': return 'timedelta64';
    default: return undefined;
  }
}

function parseDtype(descr: PyValue): Dtype {
  if (descr.kind === 'list') {
    // A structured dtype: [('a', '<f4'), ...]. Suggest taking one field out as a plain array.
    const first = descr.items[0];
    const field = first?.kind === 'tuple' && first.items[0]?.kind === 'str' ? first.items[0].value : 'name';
    throw new Error(`npy: dtype ${descr.src} (structured) is not supported; ${ACCEPTED}: save one field as a plain array, e.g. a['${field}'].astype(np.float32)`);
  }
  if (descr.kind !== 'str') throw new Error(`npy: 'descr' must be a dtype string such as '<f4'; got ${descr.src}`);
  const m = /^([<>=|]?)([a-zA-Z])(\d*)(.*)$/.exec(descr.value);
  const kind = m?.[2] ?? '', size = Number(m?.[3] || 0);
  // '<' little-endian, '>' big-endian; '=' and '|' (and no mark) mean the writer's native order,
  // which for any machine numpy is commonly run on is little-endian.
  if (m && kind === 'f' && (size === 4 || size === 8) && m[4] === '') {
    return { width: size, little: m[1] !== '>' };
  }
  // name only what numpy would parse ('<M8[ns]' is datetime64; '<f4x' is nothing)
  const name = m && (m[4] === '' || m[4]!.startsWith('[')) ? dtypeName(kind, size) : undefined;
  throw new Error(`npy: dtype ${descr.src}${name ? ` (${name})` : ''} is not supported; ${ACCEPTED}: save with a.astype(np.float32)`);
}

function parseShape(shape: PyValue): number[] {
  if (shape.kind !== 'tuple' && shape.kind !== 'list') {
    throw new Error(`npy: 'shape' must be a tuple of non-negative integers; got ${shape.src}`);
  }
  return shape.items.map((d) => {
    if (d.kind !== 'int' || !(d.value >= 0) || !Number.isSafeInteger(d.value)) {
      throw new Error(`npy: shape ${shape.src}: entry ${d.src} is not a non-negative integer`);
    }
    return d.value;
  });
}

const KEYS = ['descr', 'fortran_order', 'shape'] as const;

function parseHeader(text: string): Header {
  const dict = new PyLiteralParser(text).parseAll();
  if (dict.kind !== 'dict') throw new Error(`npy: malformed header: expected a dict, got ${quote(dict.src)}`);
  const fields = new Map<string, PyValue>();
  for (const [k, v] of dict.entries) {
    if (k.kind !== 'str' || !(KEYS as readonly string[]).includes(k.value)) {
      throw new Error(`npy: malformed header: unexpected key ${k.src} (a .npy header has exactly ${KEYS.map((s) => `'${s}'`).join(', ')})`);
    }
    if (fields.has(k.value)) throw new Error(`npy: malformed header: key ${k.src} given twice`);
    fields.set(k.value, v);
  }
  const missing = KEYS.filter((k) => !fields.has(k));
  if (missing.length > 0) {
    throw new Error(`npy: malformed header: missing ${missing.map((k) => `'${k}'`).join(', ')} in ${quote(dict.src)}`);
  }
  const dtype = parseDtype(fields.get('descr')!);
  const order = fields.get('fortran_order')!;
  if (order.kind !== 'bool') throw new Error(`npy: 'fortran_order' must be True or False; got ${order.src}`);
  const shape = parseShape(fields.get('shape')!);
  const count = shape.reduce((a, b) => a * b, 1);
  const dataBytes = count * dtype.width;
  if (!Number.isSafeInteger(dataBytes)) throw new Error(`npy: shape ${describeShape(shape)} has too many elements (${count})`);
  return { dtype, fortran: order.value, shape, count, dataBytes };
}

/** Python's spelling of a shape, as numpy prints it: (), (3,), (2, 3). */
const describeShape = (shape: readonly number[]) => (shape.length === 1 ? `(${shape[0]},)` : `(${shape.join(', ')})`);

// ---------------------------------------------------------------------------------------------
// The preamble (magic, version, header length) and the checks shared by readNpy and readNpyFile.

interface Preamble { headerStart: number; headerLength: number; utf8: boolean }

function parsePreamble(bytes: Uint8Array): Preamble {
  if (bytes.length < 10 || MAGIC.some((m, i) => bytes[i] !== m)) {
    throw new Error('npy: bad magic (not a .npy file: it does not start with "\\x93NUMPY")');
  }
  const major = bytes[6]!, minor = bytes[7]!;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (major === 1) return { headerStart: 10, headerLength: dv.getUint16(8, true), utf8: false };
  if (major === 2 || major === 3) {
    if (bytes.length < 12) throw new Error('npy: truncated header');
    // v3 is v2 with a UTF-8 header (for structured dtypes with non-ASCII field names).
    return { headerStart: 12, headerLength: dv.getUint32(8, true), utf8: major === 3 };
  }
  throw new Error(`npy: unsupported format version ${major}.${minor} (numpy writes 1.0, 2.0 and 3.0)`);
}

const decodeHeader = (p: Preamble, bytes: Uint8Array) => new TextDecoder(p.utf8 ? 'utf-8' : 'latin1').decode(bytes);

function truncatedData(h: Header, have: number): Error {
  return new Error(`npy: truncated data: shape ${describeShape(h.shape)} needs ${h.dataBytes} bytes, file has ${have}`);
}
function extraData(h: Header, extra: number | undefined): Error {
  const n = extra === undefined ? '' : `${extra} `; // a pipe's remaining length is unknown
  return new Error(`npy: ${n}unexpected bytes after the ${h.dataBytes} bytes of data of shape ${describeShape(h.shape)}`);
}

// ---------------------------------------------------------------------------------------------
// Data: to float32 in the file's order, then to C order.

/** The raw data (exactly h.dataBytes) as float32 values in the file's element order. */
function decodeData(h: Header, raw: Uint8Array, owned: boolean): { values: Float32Array; note?: string } {
  if (h.dtype.width === 4) {
    // Byte copies, not DataView reads: bit for bit, NaN payloads included. A buffer this module
    // read itself is used in place (no second copy of a tensor that may be 2 GiB).
    const inPlace = owned && raw.byteOffset % 4 === 0;
    const values = inPlace ? new Float32Array(raw.buffer, raw.byteOffset, h.count) : new Float32Array(h.count);
    const out = new Uint8Array(values.buffer, values.byteOffset, values.byteLength);
    if (h.dtype.little !== HOST_LITTLE) swap32(out, raw);
    else if (!inPlace) out.set(raw);
    return { values };
  }
  const values = new Float32Array(h.count);
  const dv = new DataView(raw.buffer, raw.byteOffset, raw.byteLength);
  let overflowed = 0;
  for (let i = 0; i < h.count; i++) {
    const v = dv.getFloat64(8 * i, h.dtype.little);
    values[i] = v;
    if (!Number.isFinite(values[i]!) && Number.isFinite(v)) overflowed++;
  }
  const lost = overflowed > 0 ? `; ${overflowed} value${overflowed === 1 ? '' : 's'} beyond the float32 range became infinite` : '';
  return { values, note: `float64 converted to float32${lost}` };
}

/** Side of the square tiles fortranToC moves (32 x 32 x 4 bytes: both tiles stay in L1). */
const TILE = 32;

/**
 * Fortran order (first axis fastest) to C order (last axis fastest): element (i0, ..., i{n-1}) moves
 * from i0 + d0 (i1 + d1 (i2 + ...)) to ((i0 d1 + i1) d2 + i2) ... . For each index of the middle axes
 * this is a 2-D transpose of axes 0 and n-1, done in tiles so that both the strided reads and the
 * writes stay in cache (a plain loop is ~10x slower on large tensors). Works on the 32-bit patterns
 * so that every value, NaN payloads included, moves unchanged.
 */
function fortranToC(shape: readonly number[], src: Float32Array): Float32Array {
  const out = new Float32Array(src.length);
  const n = shape.length;
  if (n <= 1 || src.length === 0) { out.set(src); return out; }
  const from = new Uint32Array(src.buffer, src.byteOffset, src.length);
  const to = new Uint32Array(out.buffer);
  // Strides in elements: Fortran (axis k steps over the axes before it) and C (over the axes after it).
  const fs = new Array<number>(n), cs = new Array<number>(n);
  for (let k = 0, f = 1; k < n; f *= shape[k]!, k++) fs[k] = f;
  for (let k = n - 1, c = 1; k >= 0; c *= shape[k]!, k--) cs[k] = c;
  const rows = shape[0]!, cols = shape[n - 1]!, rowStep = cs[0]!, colStep = fs[n - 1]!;
  const mid = new Array<number>(n).fill(0); // odometer over axes 1 .. n-2
  let fOff = 0, cOff = 0;
  for (;;) {
    for (let i0 = 0; i0 < rows; i0 += TILE) {
      const i1 = Math.min(i0 + TILE, rows);
      for (let j0 = 0; j0 < cols; j0 += TILE) {
        const j1 = Math.min(j0 + TILE, cols);
        for (let i = i0; i < i1; i++) {
          const o = cOff + i * rowStep, f = fOff + i;
          for (let j = j0; j < j1; j++) to[o + j] = from[f + j * colStep]!;
        }
      }
    }
    let k = n - 2;
    for (; k >= 1; k--) {
      mid[k]!++;
      fOff += fs[k]!; cOff += cs[k]!;
      if (mid[k]! < shape[k]!) break;
      fOff -= fs[k]! * shape[k]!; cOff -= cs[k]! * shape[k]!;
      mid[k] = 0;
    }
    if (k < 1) return out;
  }
}

/** Byte-swaps each 4-byte word of src into dst (the same array is fine). */
function swap32(dst: Uint8Array, src: Uint8Array): void {
  for (let i = 0; i < src.length; i += 4) {
    const a = src[i]!, b = src[i + 1]!, c = src[i + 2]!, d = src[i + 3]!;
    dst[i] = d; dst[i + 1] = c; dst[i + 2] = b; dst[i + 3] = a;
  }
}

/** `owned`: raw is this module's own buffer, free to become (or be swapped into) the result. */
function toArray(h: Header, raw: Uint8Array, owned: boolean): NpyArray {
  const { values, note } = decodeData(h, raw, owned);
  const data = h.fortran ? fortranToC(h.shape, values) : values;
  return note === undefined ? { shape: h.shape, data } : { shape: h.shape, data, note };
}

// ---------------------------------------------------------------------------------------------
// Public API.

/**
 * Parse a .npy file held in memory: float32 or float64 (converted, with a note), '<', '>' or native
 * byte order, C or Fortran order. Returns float32 data in C order.
 */
export function readNpy(bytes: Uint8Array): NpyArray {
  const p = parsePreamble(bytes);
  const start = p.headerStart + p.headerLength;
  if (start > bytes.length) throw new Error(`npy: truncated header (needs ${p.headerLength} bytes)`);
  const h = parseHeader(decodeHeader(p, bytes.subarray(p.headerStart, start)));
  const have = bytes.length - start;
  if (have < h.dataBytes) throw truncatedData(h, have);
  if (have > h.dataBytes) throw extraData(h, have - h.dataBytes);
  return toArray(h, bytes.subarray(start), false); // the caller's bytes: copied, never aliased
}

/** Reads up to n bytes at the current position; fewer only at the end of the file. */
function readUpTo(fd: number, n: number): Buffer {
  const buf = Buffer.allocUnsafe(n);
  let got = 0;
  while (got < n) {
    const r = readSync(fd, buf, got, n - got, null);
    if (r === 0) break;
    got += r;
  }
  return got === n ? buf : buf.subarray(0, got);
}

/** Reads the preamble and header at the start of fd: a few bytes, however long the file is. */
function readHeaderAt(fd: number): { h: Header; start: number } {
  const pre = readUpTo(fd, 10);
  const major = pre[6];
  const preamble = major === 2 || major === 3 ? Buffer.concat([pre, readUpTo(fd, PREAMBLE_MAX - 10)]) : pre;
  const p = parsePreamble(preamble);
  if (p.headerLength > HEADER_MAX) {
    throw new FileTooLargeError(`npy: the header is ${p.headerLength} bytes long; the limit is ${formatBytes(HEADER_MAX)}`);
  }
  const headerBytes = readUpTo(fd, p.headerLength);
  if (headerBytes.length < p.headerLength) throw new Error(`npy: truncated header (needs ${p.headerLength} bytes)`);
  return { h: parseHeader(decodeHeader(p, headerBytes)), start: p.headerStart + p.headerLength };
}

function withFile<T>(path: string, fn: (fd: number) => T): T {
  const fd = openSync(path, 'r');
  try {
    return fn(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * The shape of a .npy file, from its header alone (the data is not read): for callers that need
 * the shape before they read the data. Fails as readNpyFile does on a bad magic, header or dtype.
 */
export function readNpyShape(path: string): number[] {
  return withFile(path, (fd) => readHeaderAt(fd).h.shape);
}

/**
 * Reads a .npy file without reading more than it needs: the preamble and header first (a bad magic,
 * as in /dev/zero, fails at once), then exactly the data the header announces, then at most one
 * byte more to check the file ends there. Works for regular files, pipes and devices. The file may
 * be at most maxBytes long (default 2 GiB).
 */
export function readNpyFile(path: string, maxBytes = NPY_DEFAULT_MAX_BYTES): NpyArray {
  return withFile(path, (fd) => {
    const st = fstatSync(fd);
    const { h, start } = readHeaderAt(fd);
    const end = start + h.dataBytes;
    if (end > maxBytes) {
      throw new FileTooLargeError(`npy: shape ${describeShape(h.shape)} needs a file of ${formatBytes(end)}; the limit is ${formatBytes(maxBytes)}`);
    }
    // A regular file's size is known: check it before allocating the data.
    if (st.isFile()) {
      if (st.size < end) throw truncatedData(h, Math.max(0, st.size - start));
      if (st.size > end) throw extraData(h, st.size - end);
    }
    const raw = readUpTo(fd, h.dataBytes);
    if (raw.length < h.dataBytes) throw truncatedData(h, raw.length);
    if (readUpTo(fd, 1).length > 0) throw extraData(h, st.isFile() ? st.size - end : undefined);
    return toArray(h, raw, true);
  });
}

/** Serialize as '<f4', C order, byte for byte what numpy.save writes for a float32 array. */
export function writeNpy(shape: readonly number[], data: Float32Array): Uint8Array {
  if (shape.some((d) => !Number.isInteger(d) || d < 0)) throw new Error(`npy: bad shape [${shape.join(', ')}]`);
  const count = shape.reduce((a, b) => a * b, 1);
  if (count !== data.length) throw new Error(`npy: shape [${shape.join(', ')}] holds ${count} elements, data has ${data.length}`);
  let dict = `{'descr': '<f4', 'fortran_order': False, 'shape': ${describeShape(shape)}, }`;
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
  // Byte copies keep every bit pattern (NaN payloads too); swap on a big-endian host.
  const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (HOST_LITTLE) out.set(bytes, start);
  else swap32(out.subarray(start), bytes);
  return out;
}

export function writeNpyFile(path: string, shape: readonly number[], data: Float32Array): void {
  writeFileSync(path, writeNpy(shape, data));
}
