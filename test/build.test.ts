import { describe, expect, it } from 'vitest';
import { assembleWat, WatBuildError } from '../src/build/wasm.js';

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

  it('assembles SIMD, relaxed SIMD and bulk memory, which generated kernels use', async () => {
    const text = `(module (memory 1)
      (func (export "f") (result v128)
        (memory.fill (i32.const 0) (i32.const 0) (i32.const 16))
        (f32x4.relaxed_madd (v128.load32_splat (i32.const 0)) (v128.load (i32.const 0)) (f32x4.splat (f32.const 1)))))`;
    const bytes = await assembleWat('features', text);
    expect(Array.from(bytes.slice(0, 4))).toEqual([0, 0x61, 0x73, 0x6d]);
  });
});
