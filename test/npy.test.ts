import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readNpy, readNpyFile, writeNpy, writeNpyFile } from '../src/io/npy.js';

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

describe('writeNpy / readNpy', () => {
  it('round-trips shapes, including 1-D, scalar, empty, and special float32 values bit for bit', () => {
    const special = Float32Array.from([0, -0, NaN, Infinity, -Infinity, 1e-45, 3.4028234663852886e38, -1.5]);
    for (const [shape, data] of [
      [[2, 3], ramp(6)], [[5], ramp(5)], [[], ramp(1)], [[0, 4], ramp(0)], [[2, 3, 4, 5], ramp(120)], [[2, 4], special],
    ] as const) {
      const file = writeNpy(shape, data);
      const back = readNpy(file);
      expect(back.shape).toEqual(shape);
      expect(bytesOf(back.data)).toEqual(bytesOf(data));
      // Data starts at a multiple of 64; the header ends with '\n'.
      const start = 10 + (file[8] | (file[9] << 8));
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

  it("reads '<f8' (converted to float32), v2.0 headers, and unaligned buffers", () => {
    const d64 = Float64Array.from([0.1, -2, 1e300]);
    const f = readNpy(npy(hdr('<f8', '(3,)'), bytesOf(d64)));
    expect(f.shape).toEqual([3]);
    expect(Array.from(f.data)).toEqual([Math.fround(0.1), -2, Infinity]);
    expect(readNpy(npy(hdr('<f4', '(1, 2)'), bytesOf(Float32Array.of(1, 2)), 2)).data).toEqual(Float32Array.of(1, 2));
    // A view at an odd byte offset (Buffers from a pool are like this).
    const file = writeNpy([3], Float32Array.of(1, 2, 3));
    const shifted = new Uint8Array(file.length + 1);
    shifted.set(file, 1);
    expect(readNpy(shifted.subarray(1)).data).toEqual(Float32Array.of(1, 2, 3));
  });

  it('fails clearly', () => {
    const d = bytesOf(Float32Array.of(1, 2));
    expect(() => readNpy(ascii('PK\x03\x04 not npy at all'))).toThrow(/bad magic/);
    expect(() => readNpy(new Uint8Array(3))).toThrow(/bad magic/);
    expect(() => readNpy(npy(hdr('>f4', '(2,)'), d))).toThrow(/unsupported dtype '>f4'/);
    expect(() => readNpy(npy(hdr('<i4', '(2,)'), d))).toThrow(/unsupported dtype '<i4'/);
    expect(() => readNpy(npy(hdr('<f4', '(2,)', 'True'), d))).toThrow(/fortran_order/);
    expect(() => readNpy(npy(hdr('<f4', '(3,)'), d))).toThrow(/truncated data.*needs 12 bytes, file has 8/);
    expect(() => readNpy(npy(hdr('<f4', '(1,)'), d))).toThrow(/4 unexpected bytes/);
    expect(() => readNpy(npy(hdr('<f4', '(2,)')).subarray(0, 30))).toThrow(/truncated header/);
    expect(() => readNpy(npy("{'descr': '<f4'}\n"))).toThrow(/malformed header/);
    const v9 = npy(hdr('<f4', '(2,)'), d); v9[6] = 9;
    expect(() => readNpy(v9)).toThrow(/version 9\.0/);
    expect(() => writeNpy([2, 2], ramp(3))).toThrow(/4 elements, data has 3/);
    expect(() => writeNpy([-1], ramp(0))).toThrow(/bad shape/);
  });

  it('readNpyFile / writeNpyFile', () => {
    const dir = mkdtempSync(join(tmpdir(), 'npy-'));
    try {
      writeNpyFile(join(dir, 'a.npy'), [3, 2], ramp(6));
      expect(readNpyFile(join(dir, 'a.npy'))).toEqual({ shape: [3, 2], data: ramp(6) });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});

const hasNumpy = spawnSync('python3', ['-c', 'import numpy'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!hasNumpy)('against numpy (python3 + numpy found)', () => {
  const shapes = [[2, 3], [5], [], [0, 4], [16, 3, 7, 5], [1, 1], [123456789, 0], [0, ...new Array<number>(17).fill(1)]];

  it('numpy.save and writeNpy produce identical bytes; each reads the other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'npy-np-'));
    try {
      const script = `
import json, sys, numpy as np
d = sys.argv[1]
for i, s in enumerate(json.loads(sys.argv[2])):
    s = tuple(int(v) for v in s)
    a = (np.arange(int(np.prod(s)), dtype=np.float32) * 0.25 - 3).reshape(s)
    np.save(f'{d}/np{i}.npy', a)
    np.save(f'{d}/np{i}_f8.npy', a.astype(np.float64))
    ours = np.load(f'{d}/ours{i}.npy')
    assert ours.dtype == np.float32 and ours.shape == s and np.array_equal(ours, a), (i, s)
np.lib.format.write_array(open(f'{d}/v2.npy', 'wb'), np.float32([[1.5, 2], [3, 4]]), version=(2, 0))
`;
      shapes.forEach((s, i) => writeNpyFile(join(dir, `ours${i}.npy`), s, ramp(s.reduce((a, b) => a * b, 1))));
      const r = spawnSync('python3', ['-c', script, dir, JSON.stringify(shapes)], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      shapes.forEach((s, i) => {
        const n = s.reduce((a, b) => a * b, 1);
        const theirs = new Uint8Array(readFileSync(join(dir, `np${i}.npy`)));
        expect(writeNpy(s, ramp(n)), `shape (${s})`).toEqual(theirs);
        expect(readNpy(theirs)).toEqual({ shape: s, data: ramp(n) });
        expect(readNpyFile(join(dir, `np${i}_f8.npy`))).toEqual({ shape: s, data: ramp(n) });
      });
      expect(readNpyFile(join(dir, 'v2.npy'))).toEqual({ shape: [2, 2], data: Float32Array.of(1.5, 2, 3, 4) });
    } finally {
      rmSync(dir, { recursive: true });
    }
  });
});
