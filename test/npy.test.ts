import { describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readNpy, readNpyFile, readNpyShape, writeNpy, writeNpyFile } from '../src/io/npy.js';
import { PYTHON, requireNumpy } from './independent/python.js';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const bytesOf = (a: Float32Array | Float64Array) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);

/** Build a .npy by hand: magic, version, length field, header text as given, then raw bytes. */
function npy(header: string, data: Uint8Array = new Uint8Array(), major = 1): Uint8Array {
  const pre = major === 1 ? 10 : 12;
  const out = new Uint8Array(pre + header.length + data.length);
  out.set([0x93, ...ascii('NUMPY'), major, 0]);
  const dv = new DataView(out.buffer);
  if (major === 1) dv.setUint16(8, header.length, true); else dv.setUint32(8, header.length, true);
  out.set(ascii(header), pre);
  out.set(data, pre + header.length);
  return out;
}
const hdr = (descr: string, shape: string, fortran = 'False') =>
  `{'descr': '${descr}', 'fortran_order': ${fortran}, 'shape': ${shape}, }\n`;

/** Data a test can also produce in numpy: k * 0.25 - 3 for k = 0, 1, ... */
const ramp = (n: number) => Float32Array.from({ length: n }, (_, k) => k * 0.25 - 3);

const ACCEPTED = "convgen reads float32 ('<f4', '>f4') and float64 ('<f8', '>f8', converted to float32)";
const F64_NOTE = 'float64 converted to float32';

function withTmp<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'npy-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The error message fn throws (fails the test if it does not throw). */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('expected an error, none was thrown');
}

describe('writeNpy / readNpy', () => {
  it('round-trips shapes, including 1-D, scalar, empty, and special float32 values bit for bit', () => {
    const special = Float32Array.from([0, -0, NaN, Infinity, -Infinity, 1e-45, 3.4028234663852886e38, -1.5]);
    // a NaN with a payload other than the canonical one
    const payload = new Float32Array(new Uint32Array([0x7fc12345, 0xffa00001]).buffer);
    for (const [shape, data] of [
      [[2, 3], ramp(6)], [[5], ramp(5)], [[], ramp(1)], [[0, 4], ramp(0)], [[2, 3, 4, 5], ramp(120)], [[2, 4], special], [[2], payload],
    ] as const) {
      const file = writeNpy(shape, data);
      const back = readNpy(file);
      expect(back.shape).toEqual(shape);
      expect(back.note).toBeUndefined();
      expect(bytesOf(back.data)).toEqual(bytesOf(data));
      // Data starts at a multiple of 64; the header ends with '\n'.
      const start = 10 + (file[8]! | (file[9]! << 8));
      expect([file[6], file[7], start % 64, file[start - 1]]).toEqual([1, 0, 0, 0x0a]);
    }
  });

  it('writes the header byte for byte as numpy >= 1.24 does (64-byte alignment + growth room)', () => {
    // dict is 59 chars, + 58 spaces (20 growth room + 38 alignment) + '\n' = 118.
    // numpy: dict repr, then 21 - len(str(shape[0])) spaces of room to grow axis 0 in place, then
    // spaces so that 10 + header (incl. final '\n') is a multiple of 64. Here 10 + 118 = 128.
    const dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }";
    const expected = new Uint8Array([0x93, ...ascii('NUMPY'), 1, 0, 118, 0, ...ascii(dict + ' '.repeat(58) + '\n')]);
    expect(writeNpy([2, 3], ramp(6)).subarray(0, 128)).toEqual(expected);
    expect(writeNpy([2, 3], ramp(6)).length).toBe(128 + 24);
    // A 1-tuple keeps its comma.
    const h5 = new TextDecoder().decode(writeNpy([5], ramp(5)).subarray(10, 128));
    expect(h5).toBe("{'descr': '<f4', 'fortran_order': False, 'shape': (5,), }" + ' '.repeat(60) + '\n');
  });

  it('growth room can push the header to the next 64 bytes', () => {
    // dict is 107 chars; without growth room 10 + 108 fits in 128, with 20 more spaces it needs 192.
    const shape = [0, ...new Array<number>(17).fill(1)];
    const file = writeNpy(shape, new Float32Array());
    expect(file.length).toBe(192);
    expect(readNpy(file).shape).toEqual(shape);
  });

  it('switches to version 2.0 only when the header outgrows 65535 bytes', () => {
    const shape = new Array<number>(25000).fill(1); // "1, " x 25000: a header over 64 KiB
    const file = writeNpy(shape, Float32Array.of(7.5));
    const hlen = new DataView(file.buffer).getUint32(8, true);
    expect([file[6], (12 + hlen) % 64, file[12 + hlen - 1]]).toEqual([2, 0, 0x0a]);
    expect(readNpy(file)).toEqual({ shape, data: Float32Array.of(7.5) });
  });

  it("reads '<f8' (converted to float32, with a note), v2.0 headers, and unaligned buffers", () => {
    const d64 = Float64Array.from([0.1, -2, 1e300]);
    const f = readNpy(npy(hdr('<f8', '(3,)'), bytesOf(d64)));
    expect(f.shape).toEqual([3]);
    expect(Array.from(f.data)).toEqual([Math.fround(0.1), -2, Infinity]);
    expect(f.note).toBe(`${F64_NOTE}; 1 value beyond the float32 range became infinite`);
    expect(readNpy(npy(hdr('<f8', '(2,)'), bytesOf(Float64Array.of(0.5, Infinity)))).note).toBe(F64_NOTE);
    expect(readNpy(npy(hdr('<f4', '(1, 2)'), bytesOf(Float32Array.of(1, 2)), 2)).data).toEqual(Float32Array.of(1, 2));
    // A view at an odd byte offset (Buffers from a pool are like this).
    const file = writeNpy([3], Float32Array.of(1, 2, 3));
    const shifted = new Uint8Array(file.length + 1);
    shifted.set(file, 1);
    expect(readNpy(shifted.subarray(1)).data).toEqual(Float32Array.of(1, 2, 3));
    // the result is a copy: the caller's bytes stay theirs
    const back = readNpy(file);
    file.fill(0, file.length - 12);
    expect(back.data).toEqual(Float32Array.of(1, 2, 3));
  });

  it('converts Fortran order to C order at ranks 0 to 4 (hand-made files)', () => {
    // Fortran order: the first axis varies fastest. Element (i, j) of a 2x3 array is stored at i + 2j.
    const f2 = readNpy(npy(hdr('<f4', '(2, 3)', 'True'), bytesOf(Float32Array.of(0, 3, 1, 4, 2, 5))));
    expect(f2).toEqual({ shape: [2, 3], data: Float32Array.of(0, 1, 2, 3, 4, 5) });
    // (i, j, k) of 2x3x2 at i + 2j + 6k holds the C index 6i + 2j + k
    const stored = new Float32Array(12);
    for (let i = 0; i < 2; i++) for (let j = 0; j < 3; j++) for (let k = 0; k < 2; k++) stored[i + 2 * j + 6 * k] = 6 * i + 2 * j + k;
    expect(readNpy(npy(hdr('<f4', '(2, 3, 2)', 'True'), bytesOf(stored))).data).toEqual(ramp(12).map((_, c) => c));
    expect(readNpy(npy(hdr('<f4', '(3,)', 'True'), bytesOf(Float32Array.of(7, 8, 9)))).data).toEqual(Float32Array.of(7, 8, 9));
    expect(readNpy(npy(hdr('<f4', '()', 'True'), bytesOf(Float32Array.of(4.5))))).toEqual({ shape: [], data: Float32Array.of(4.5) });
    expect(readNpy(npy(hdr('<f4', '(3, 0, 2)', 'True')))).toEqual({ shape: [3, 0, 2], data: new Float32Array() });
    // size-1 axes: (1, 4, 1, 2) in Fortran order is (i1 + 4 i3)
    const s4 = Float32Array.of(0, 2, 4, 6, 1, 3, 5, 7);
    expect(readNpy(npy(hdr('<f4', '(1, 4, 1, 2)', 'True'), bytesOf(s4))).data).toEqual(Float32Array.of(0, 1, 2, 3, 4, 5, 6, 7));
  });

  it("reads '>f4' and '>f8' (big-endian), and '=f4', '|f4', 'f4' as native (little-endian)", () => {
    const be = new Uint8Array([0x3f, 0xc0, 0, 0, 0xc0, 0x20, 0, 0]); // 1.5, -2.5
    expect(readNpy(npy(hdr('>f4', '(2,)'), be))).toEqual({ shape: [2], data: Float32Array.of(1.5, -2.5) });
    const be8 = new Uint8Array([0x3f, 0xb9, 0x99, 0x99, 0x99, 0x99, 0x99, 0x9a]); // 0.1
    expect(readNpy(npy(hdr('>f8', '(1,)'), be8))).toEqual({ shape: [1], data: Float32Array.of(0.1), note: F64_NOTE });
    for (const descr of ['=f4', '|f4', 'f4']) {
      expect(readNpy(npy(hdr(descr, '(2,)'), bytesOf(Float32Array.of(1.5, -2.5)))).data, descr).toEqual(Float32Array.of(1.5, -2.5));
    }
  });

  it('parses the header as the Python dict literal it is: keys in any order, either quotes, trailing spaces, 3L', () => {
    const d = bytesOf(Float32Array.of(1, 2, 3, 4, 5, 6));
    for (const header of [
      `{'shape': (2, 3), 'fortran_order': False, 'descr': '<f4'}\n`,
      `{"descr": "<f4", "shape": (2, 3), "fortran_order": False}          \n`,
      `{ 'fortran_order' : False ,'shape':(2,3,),'descr':'<f4' ,}    \n`,
      `{'descr': '<f4', 'fortran_order': False, 'shape': (2L, 3L), }\n`, // Python 2 numpy
      `{'descr': '<f4', 'fortran_order': False, 'shape': [2, 3]}`, // a list, and no newline
    ]) {
      expect(readNpy(npy(header, d)), header).toEqual({ shape: [2, 3], data: Float32Array.of(1, 2, 3, 4, 5, 6) });
    }
    expect(readNpy(npy(hdr('<f4', '()'), bytesOf(Float32Array.of(2))))).toEqual({ shape: [], data: Float32Array.of(2) });
    expect(readNpy(npy(hdr('<f4', '(6,)'), d)).shape).toEqual([6]);
  });

  it('rejects shape entries that are not non-negative integers, naming the entry', () => {
    const d = bytesOf(Float32Array.of(1, 2));
    const msg = (shape: string) => thrown(() => readNpy(npy(hdr('<f4', shape), d)));
    expect(msg('(2, -1)')).toBe('npy: shape (2, -1): entry -1 is not a non-negative integer');
    expect(msg('(2.0,)')).toBe('npy: shape (2.0,): entry 2.0 is not a non-negative integer');
    expect(msg("('2',)")).toBe("npy: shape ('2',): entry '2' is not a non-negative integer");
    expect(msg('(None, 2)')).toBe('npy: shape (None, 2): entry None is not a non-negative integer');
    expect(msg('(1e3,)')).toBe('npy: shape (1e3,): entry 1e3 is not a non-negative integer');
    expect(msg('((2,),)')).toBe('npy: shape ((2,),): entry (2,) is not a non-negative integer');
    expect(msg('(99999999999999999999,)')).toBe('npy: shape (99999999999999999999,): entry 99999999999999999999 is not a non-negative integer');
    expect(msg('2')).toBe("npy: 'shape' must be a tuple of non-negative integers; got 2");
    expect(msg("'(2,)'")).toBe("npy: 'shape' must be a tuple of non-negative integers; got '(2,)'");
    expect(msg('(4294967296, 4294967296, 4294967296)')).toBe('npy: shape (4294967296, 4294967296, 4294967296) has too many elements (7.922816251426434e+28)');
  });

  it('fails clearly', () => {
    const d = bytesOf(Float32Array.of(1, 2));
    const BAD_MAGIC = 'npy: bad magic (not a .npy file: it does not start with "\\x93NUMPY")';
    expect(thrown(() => readNpy(ascii('PK\x03\x04 not npy at all')))).toBe(BAD_MAGIC);
    expect(thrown(() => readNpy(new Uint8Array(3)))).toBe(BAD_MAGIC);
    expect(thrown(() => readNpy(npy(hdr('<i4', '(2,)'), d)))).toBe(`npy: dtype '<i4' (int32) is not supported; ${ACCEPTED}: save with a.astype(np.float32)`);
    expect(thrown(() => readNpy(npy(hdr('<f4x', '(2,)'), d)))).toMatch(/^npy: dtype '<f4x' is not supported; /);
    expect(thrown(() => readNpy(npy(hdr('?', '(2,)'), d)))).toMatch(/^npy: dtype '\?' is not supported; /);
    expect(thrown(() => readNpy(npy(`{'descr': 4, 'fortran_order': False, 'shape': (2,)}`, d)))).toBe("npy: 'descr' must be a dtype string such as '<f4'; got 4");
    expect(thrown(() => readNpy(npy(hdr('<f4', '(2,)', '1'), d)))).toBe("npy: 'fortran_order' must be True or False; got 1");
    expect(thrown(() => readNpy(npy(hdr('<f4', '(3,)'), d)))).toBe('npy: truncated data: shape (3,) needs 12 bytes, file has 8');
    expect(thrown(() => readNpy(npy(hdr('<f4', '(1,)'), d)))).toBe('npy: 4 unexpected bytes after the 4 bytes of data of shape (1,)');
    expect(thrown(() => readNpy(npy(hdr('<f4', '(2,)')).subarray(0, 30)))).toBe('npy: truncated header (needs 58 bytes)');
    expect(thrown(() => readNpy(npy("{'descr': '<f4'}\n")))).toBe(`npy: malformed header: missing 'fortran_order', 'shape' in "{'descr': '<f4'}"`);
    expect(thrown(() => readNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), 'extra': 1}", d))))
      .toBe("npy: malformed header: unexpected key 'extra' (a .npy header has exactly 'descr', 'fortran_order', 'shape')");
    expect(thrown(() => readNpy(npy("{'descr': '<f4', 'descr': '<f4', 'fortran_order': False, 'shape': (2,)}", d))))
      .toBe("npy: malformed header: key 'descr' given twice");
    expect(thrown(() => readNpy(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,)} junk", d))))
      .toMatch(/^npy: malformed header: unexpected "junk" after the dict \(at character \d+ of /);
    expect(thrown(() => readNpy(npy("{'descr': '<f4, 'fortran_order': False", d)))).toMatch(/^npy: malformed header: /);
    expect(thrown(() => readNpy(npy('', d)))).toMatch(/^npy: malformed header: unexpected end/);
    expect(thrown(() => readNpy(npy('[1, 2]\n', d)))).toBe('npy: malformed header: expected a dict, got "[1, 2]"');
    const deep = `{'descr': '<f4', 'fortran_order': False, 'shape': ${'('.repeat(100000)}}`;
    const deepMsg = thrown(() => readNpy(npy(deep, d)));
    expect(deepMsg).toMatch(/^npy: malformed header: nested deeper than 64 levels \(at character 113 of "\{'descr': '<f4', 'fortran_order': False, 'shape': \(+"\.\.\.\)$/);
    expect(deepMsg.length).toBeLessThan(300);
    const v9 = npy(hdr('<f4', '(2,)'), d); v9[6] = 9;
    expect(thrown(() => readNpy(v9))).toBe('npy: unsupported format version 9.0 (numpy writes 1.0, 2.0 and 3.0)');
    expect(() => writeNpy([2, 2], ramp(3))).toThrow(/4 elements, data has 3/);
    expect(() => writeNpy([-1], ramp(0))).toThrow(/bad shape/);
  });

  it('readNpyFile / writeNpyFile', () => {
    withTmp((dir) => {
      writeNpyFile(join(dir, 'a.npy'), [3, 2], ramp(6));
      expect(readNpyFile(join(dir, 'a.npy'))).toEqual({ shape: [3, 2], data: ramp(6) });
      // same checks as readNpy, found from the file's size before reading the data
      const file = join(dir, 'a.npy');
      appendFileSync(file, new Uint8Array(5));
      expect(thrown(() => readNpyFile(file))).toBe('npy: 5 unexpected bytes after the 24 bytes of data of shape (3, 2)');
      writeFileSync(file, writeNpy([3, 2], ramp(6)).subarray(0, 128 + 10));
      expect(thrown(() => readNpyFile(file))).toBe('npy: truncated data: shape (3, 2) needs 24 bytes, file has 10');
      writeFileSync(file, writeNpy([3, 2], ramp(6)).subarray(0, 60));
      expect(thrown(() => readNpyFile(file))).toBe('npy: truncated header (needs 118 bytes)');
      writeFileSync(file, writeNpy([3, 2], ramp(6)).subarray(0, 7));
      expect(thrown(() => readNpyFile(file))).toMatch(/^npy: bad magic/);
      writeFileSync(file, new Uint8Array());
      expect(thrown(() => readNpyFile(file))).toMatch(/^npy: bad magic/);
    });
  });

  it('readNpyFile refuses files over its limit, and a header that announces more than the limit, before reading the data', () => {
    withTmp((dir) => {
      const file = join(dir, 'a.npy');
      writeNpyFile(file, [2, 3], ramp(6)); // 128 + 24 bytes
      expect(readNpyFile(file, 152).data).toEqual(ramp(6));
      expect(thrown(() => readNpyFile(file, 151))).toBe('npy: shape (2, 3) needs a file of 152 bytes; the limit is 151 bytes');
      // 2^31 float32 values need 8 GiB: refused at once with the default limit (2 GiB), no allocation
      writeFileSync(file, npy(hdr('<f4', '(65536, 32768)')));
      const t0 = performance.now();
      expect(thrown(() => readNpyFile(file))).toBe('npy: shape (65536, 32768) needs a file of 8.0 GiB; the limit is 2 GiB');
      expect(performance.now() - t0).toBeLessThan(1000);
      // a header length field of 4 GiB (version 2.0) is not read either
      const huge = npy(hdr('<f4', '(1,)'), new Uint8Array(4), 2);
      new DataView(huge.buffer).setUint32(8, 0xffffffff, true);
      writeFileSync(file, huge);
      expect(thrown(() => readNpyFile(file))).toBe('npy: the header is 4294967295 bytes long; the limit is 1 MiB');
    });
  });

  it('/dev/zero fails at once with a clear message', () => {
    const t0 = performance.now();
    expect(thrown(() => readNpyFile('/dev/zero'))).toBe('npy: bad magic (not a .npy file: it does not start with "\\x93NUMPY")');
    expect(thrown(() => readNpyShape('/dev/zero'))).toBe('npy: bad magic (not a .npy file: it does not start with "\\x93NUMPY")');
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it('readNpyShape reads the header only', () => {
    withTmp((dir) => {
      const file = join(dir, 'a.npy');
      writeNpyFile(file, [4, 1, 3], ramp(12));
      expect(readNpyShape(file)).toEqual([4, 1, 3]);
      // the data is not looked at: a header announcing 8 GiB answers at once
      writeFileSync(file, npy(hdr('>f8', '(65536, 16384)', 'True')));
      expect(readNpyShape(file)).toEqual([65536, 16384]);
      writeFileSync(file, npy(hdr('<i4', '(2,)'), new Uint8Array(8)));
      expect(thrown(() => readNpyShape(file))).toBe(`npy: dtype '<i4' (int32) is not supported; ${ACCEPTED}: save with a.astype(np.float32)`);
    });
  });

  it('reads from a pipe: exactly the data, then at most one byte to find the end', () => {
    withTmp((dir) => {
      const good = writeNpy([2, 3], ramp(6));
      expect(throughFifo(dir, good)).toEqual({ shape: [2, 3], data: ramp(6) });
      expect(() => throughFifo(dir, good.subarray(0, good.length - 4))).toThrow('npy: truncated data: shape (2, 3) needs 24 bytes, file has 20');
      const longer = new Uint8Array(good.length + 1000);
      longer.set(good);
      expect(() => throughFifo(dir, longer)).toThrow('npy: unexpected bytes after the 24 bytes of data of shape (2, 3)');
    });
  });
});

/** readNpyFile on a FIFO that `cat` fills with the given bytes (a stream: its size is not known). */
function throughFifo(dir: string, bytes: Uint8Array) {
  const src = join(dir, 'src.bin'), fifo = join(dir, `fifo-${Math.random().toString(36).slice(2)}`);
  writeFileSync(src, bytes);
  const mk = spawnSync('mkfifo', [fifo]);
  expect(mk.status, `mkfifo: ${mk.stderr}`).toBe(0);
  // started before readNpyFile blocks in open(): the FIFO opens when both ends are there
  const writer = spawn('sh', ['-c', 'cat "$1" > "$2"', 'sh', src, fifo], { stdio: 'ignore' });
  try {
    return readNpyFile(fifo);
  } finally {
    writer.kill();
  }
}

const INDEPENDENT = fileURLToPath(new URL('./independent/', import.meta.url));

interface Manifest {
  read: Record<string, { descr: string; fortran_order: boolean; shape: number[]; expect: 'f4' | 'f8' }>;
  refuse: Record<string, unknown>;
}

/** The .npy files test/independent/npy_cases.py writes with numpy, and its manifest. */
function numpyCases(dir: string): Manifest {
  requireNumpy();
  const r = spawnSync(PYTHON, [join(INDEPENDENT, 'npy_cases.py'), dir], { encoding: 'utf8' });
  expect(r.status, `npy_cases.py failed:\n${r.stderr}`).toBe(0);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The header text of a .npy file, as written (not as parsed). */
function rawHeader(path: string): string {
  const b = readFileSync(path);
  return b.subarray(10, 10 + b.readUInt16LE(8)).toString('latin1');
}

describe('files written by numpy (python3 + numpy)', () => {
  it('Fortran order (ranks 0 to 6, the HWIO view of a 1x1 kernel), big-endian and float64 read back as numpy reads them', () => {
    withTmp((dir) => {
      const { read } = numpyCases(dir);
      for (const [name, m] of Object.entries(read)) {
        const got = readNpyFile(join(dir, `${name}.npy`));
        const raw = readFileSync(join(dir, `${name}.expect.bin`));
        expect(got.shape, name).toEqual(m.shape);
        if (m.expect === 'f4') {
          // bit for bit, NaN and -0 included
          expect(Buffer.from(bytesOf(got.data)).equals(raw), `${name}: data differs from numpy's`).toBe(true);
          expect(got.note, name).toBeUndefined();
        } else {
          const wide = new Float64Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
          expect(Array.from(got.data), name).toEqual(Array.from(wide, Math.fround));
          expect(got.note, name).toMatch(/^float64 converted to float32/);
        }
      }
      // the files exercise what they are meant to: numpy wrote Fortran order at every rank 0..6,
      // both byte orders of both widths, and the native marks
      const fortranRanks = new Set(Object.values(read).filter((m) => m.fortran_order).map((m) => m.shape.length));
      expect([...fortranRanks].sort()).toEqual([0, 1, 2, 3, 4, 5, 6]);
      expect(read.hwio_1x1).toMatchObject({ fortran_order: true, shape: [1, 1, 3, 4] });
      const descrs = new Set(Object.keys(read).map((n) => /'descr': '([^']*)'/.exec(rawHeader(join(dir, `${n}.npy`)))![1]));
      for (const d of ['<f4', '>f4', '<f8', '>f8', '=f4', '|f4']) expect(descrs.has(d), d).toBe(true);
      expect(read.little_f8_fortran_4d?.fortran_order).toBe(true);
      expect(read.big_f4_fortran?.fortran_order).toBe(true);
    });
  });

  it('refuses the other dtypes numpy writes with a message naming the dtype and the way to convert', () => {
    withTmp((dir) => {
      const { refuse } = numpyCases(dir);
      const msg = (name: string) => {
        expect(refuse).toHaveProperty(name);
        return thrown(() => readNpyFile(join(dir, `${name}.npy`)));
      };
      const plain = (dtype: string) => `npy: dtype ${dtype} is not supported; ${ACCEPTED}: save with a.astype(np.float32)`;
      expect(msg('int32')).toBe(plain("'<i4' (int32)"));
      expect(msg('float16')).toBe(plain("'<f2' (float16)"));
      expect(msg('uint8')).toBe(plain("'|u1' (uint8)"));
      expect(msg('complex64')).toBe(plain("'<c8' (complex64)"));
      expect(msg('object')).toBe(plain("'|O' (object)"));
      expect(msg('structured')).toBe(
        `npy: dtype [('a', '<f4'), ('b', '<f8')] (structured) is not supported; ${ACCEPTED}: save one field as a plain array, e.g. a['a'].astype(np.float32)`,
      );
    });
  });

  it('a truncated numpy file fails naming the bytes needed and found', () => {
    withTmp((dir) => {
      numpyCases(dir);
      const whole = readFileSync(join(dir, 'fortran_2d.npy')); // (3, 4) float32: 48 bytes of data
      const file = join(dir, 'cut.npy');
      writeFileSync(file, whole.subarray(0, whole.length - 7));
      expect(thrown(() => readNpyFile(file))).toBe('npy: truncated data: shape (3, 4) needs 48 bytes, file has 41');
    });
  });

  it('numpy.save and writeNpy produce identical bytes; numpy reads writeNpy output as C-order float32', () => {
    requireNumpy();
    const shapes = [[2, 3], [5], [], [0, 4], [16, 3, 7, 5], [1, 1], [123456789, 0], [0, ...new Array<number>(17).fill(1)]];
    withTmp((dir) => {
      const script = `
import json, sys, numpy as np
fmt = np.lib.format
d = sys.argv[1]
for i, s in enumerate(json.loads(sys.argv[2])):
    s = tuple(int(v) for v in s)
    a = (np.arange(int(np.prod(s)), dtype=np.float32) * 0.25 - 3).reshape(s)
    np.save(f'{d}/np{i}.npy', a)
    np.save(f'{d}/np{i}_f8.npy', a.astype(np.float64))
    with open(f'{d}/ours{i}.npy', 'rb') as f:
        assert fmt.read_magic(f) == (1, 0), i
        shape, fortran, dtype = fmt.read_array_header_1_0(f)
    assert (shape, fortran, dtype.str) == (s, False, '<f4'), (i, shape, fortran, dtype.str)
    ours = np.load(f'{d}/ours{i}.npy')
    assert ours.dtype == np.float32 and ours.shape == s and ours.flags.c_contiguous and np.array_equal(ours, a), (i, s)
fmt.write_array(open(f'{d}/v2.npy', 'wb'), np.float32([[1.5, 2], [3, 4]]), version=(2, 0))
`;
      shapes.forEach((s, i) => writeNpyFile(join(dir, `ours${i}.npy`), s, ramp(s.reduce((a, b) => a * b, 1))));
      const r = spawnSync(PYTHON, ['-c', script, dir, JSON.stringify(shapes)], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      shapes.forEach((s, i) => {
        const n = s.reduce((a, b) => a * b, 1);
        const theirs = new Uint8Array(readFileSync(join(dir, `np${i}.npy`)));
        expect(writeNpy(s, ramp(n)), `shape (${s})`).toEqual(theirs);
        expect(readNpy(theirs)).toEqual({ shape: s, data: ramp(n) });
        expect(readNpyFile(join(dir, `np${i}_f8.npy`))).toEqual({ shape: s, data: ramp(n), note: F64_NOTE });
      });
      expect(readNpyFile(join(dir, 'v2.npy'))).toEqual({ shape: [2, 2], data: Float32Array.of(1.5, 2, 3, 4) });
    });
  });
});
