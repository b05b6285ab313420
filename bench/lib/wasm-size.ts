/**
 * Function body sizes of a wasm binary, read from its code section (section id 10): the module
 * header, then sections of (id: u8, size: u32 LEB128, payload); the code section's payload is a
 * count (u32 LEB128) followed by that many bodies, each (size: u32 LEB128, bytes).
 */

const CODE_SECTION = 10;
const MAGIC = [0x00, 0x61, 0x73, 0x6d];

/** Reads an unsigned LEB128 of at most 32 bits at `pos`; returns the value and the position after it. */
export function readU32Leb(bytes: Uint8Array, pos: number): { value: number; next: number } {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    if (pos + i >= bytes.length) throw new RangeError(`wasm: LEB128 runs past the end at byte ${pos}`);
    const b = bytes[pos + i]!;
    value += (b & 0x7f) * 2 ** (7 * i); // not <<: 7 * 4 = 28 bits plus 4 more would overflow int32
    if ((b & 0x80) === 0) {
      if (value > 0xffffffff) throw new RangeError(`wasm: LEB128 at byte ${pos} is over 32 bits`);
      return { value, next: pos + i + 1 };
    }
  }
  throw new RangeError(`wasm: LEB128 at byte ${pos} is longer than 5 bytes`);
}

/** The size in bytes of every function body in the module (local declarations and code, without the size prefix). */
export function functionBodySizes(wasm: Uint8Array): number[] {
  if (wasm.length < 8 || MAGIC.some((m, i) => wasm[i] !== m)) throw new RangeError('wasm: not a wasm binary (bad magic)');
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos]!;
    const size = readU32Leb(wasm, pos + 1);
    const end = size.next + size.value;
    if (end > wasm.length) throw new RangeError(`wasm: section ${id} at byte ${pos} runs past the end`);
    if (id === CODE_SECTION) {
      const count = readU32Leb(wasm, size.next);
      const sizes: number[] = [];
      let p = count.next;
      for (let i = 0; i < count.value; i++) {
        const body = readU32Leb(wasm, p);
        sizes.push(body.value);
        p = body.next + body.value;
        if (p > end) throw new RangeError(`wasm: function body ${i} runs past the code section`);
      }
      return sizes;
    }
    pos = end;
  }
  return []; // no code section: no functions defined
}

/** The largest function body in the module, in bytes (0 when it defines none). */
export function largestFunctionBytes(wasm: Uint8Array): number {
  return Math.max(0, ...functionBodySizes(wasm));
}

/** The limit on one generated function (the issue's: no function over 1 MB). */
export const MAX_FUNCTION_BYTES = 1 << 20;
