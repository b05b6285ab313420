import { describe, expect, it } from 'vitest';
import { assembleWat, WatBuildError } from '../src/assemble/wasm.js';
import { relaxedSimdSupported } from '../src/run/wasm.js';

/** Whether this engine runs relaxed SIMD (the module below needs it to instantiate). */
const RELAXED = relaxedSimdSupported();

describe('assembleWat', () => {
  it('reports WAT syntax errors with the kernel name, line and column', async () => {
    const text = '(module\n  (func (export "f")\n    (f32.bogus)))\n';
    const err = await assembleWat('broken', text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WatBuildError);
    expect((err as Error).message).toMatch(/^cannot assemble broken\.wat:\nbroken\.wat:3:6: error: unexpected token "?f32\.bogus"?/);
  });

  it('reports validation errors (type mismatches) with line and column', async () => {
    const text = '(module\n  (func (export "f") (result i32)\n    (f32.const 1)))\n';
    const err = await assembleWat('typed', text).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(WatBuildError);
    expect((err as Error).message).toMatch(/typed\.wat:3:\d+: error: type mismatch/);
  });

  // 2, 3, 4, 5 at byte 0; f fills bytes 16..31 with 0xff (bulk memory) and stores
  // relaxed_madd(splat(2), [2, 3, 4, 5], splat(1)) = [5, 7, 9, 11] at byte 32 (SIMD, relaxed SIMD)
  const FEATURES = `(module (memory (export "memory") 1)
    (data (i32.const 0) "\\00\\00\\00\\40\\00\\00\\40\\40\\00\\00\\80\\40\\00\\00\\a0\\40")
    (func (export "f")
      (memory.fill (i32.const 16) (i32.const 255) (i32.const 16))
      (v128.store (i32.const 32)
        (f32x4.relaxed_madd (v128.load32_splat (i32.const 0)) (v128.load (i32.const 0)) (f32x4.splat (f32.const 1))))))`;

  it('assembles SIMD, relaxed SIMD and bulk memory, which generated kernels use', async () => {
    const bytes = await assembleWat('features', FEATURES);
    expect(Array.from(bytes.slice(0, 8))).toEqual([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);
  });

  it.skipIf(!RELAXED)(`the assembled module computes what its text says${RELAXED ? '' : ' [skipped: this engine has no relaxed SIMD]'}`, async () => {
    const { instance } = await WebAssembly.instantiate(await assembleWat('features', FEATURES));
    (instance.exports.f as () => void)();
    const mem = (instance.exports.memory as WebAssembly.Memory).buffer;
    expect(Array.from(new Uint8Array(mem, 16, 16))).toEqual(Array(16).fill(255));
    expect(Array.from(new Float32Array(mem, 32, 4))).toEqual([5, 7, 9, 11]);
    expect(Array.from(new Float32Array(mem, 0, 4))).toEqual([2, 3, 4, 5]);
  });
});
