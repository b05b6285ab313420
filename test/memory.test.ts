/**
 * Kernels in a long-running process (a tuner, the tfjs plug-in) are compiled and closed by the
 * thousand: close() must free what a threaded kernel holds in the worker threads too. Each
 * kernel's shared WebAssembly.Memory is its whole memory plan (here about 330 KB), so a kernel
 * that stayed alive in a worker after close() would add about 160 MB over these 500 cycles
 * (measured before the fix: +149 MB). A layer dropped without close() must be freed there too,
 * once this thread has collected it (measured without that: +147 MB).
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { compileLayer, LayerCase, parseSpec, REL_TOLERANCE } from '../src/index.js';
import { stopThreads } from '../src/run/threads.js';
import { relError } from '../src/reference/index.js';

// a gc function for this process, so that what is measured is what is still referenced
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

afterAll(() => stopThreads());

const MB = 2 ** 20;
/** Resident memory after a collection here and the finalizers it queued (a dropped kernel's frees its worker instances). */
async function residentMb(): Promise<number> {
  gc();
  await new Promise((r) => setImmediate(r));
  return process.memoryUsage().rss / MB;
}

describe('compile, run and close with threads: 2', () => {
  // x, y and the zero-bordered copy of x: about 330 KB of wasm memory per kernel
  const spec = parseSpec({ name: 'mem', N: 1, Ci: 16, H: 40, W: 40, Co: 16, K: 3, L: 3, pad: 1, act: 'relu' });
  const c = new LayerCase(spec, 5);
  const inputs = { x: c.x, w: c.w, b: c.b };

  /** 500 cycles of compile, forward, then `end` (close, or nothing); resident memory after each 50. */
  async function cycles(end: (k: Awaited<ReturnType<typeof compileLayer>>) => void): Promise<{ growth: number; levels: string }> {
    const bytes = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
    let first: Float32Array | undefined;
    let warm = 0;
    let peak = 0;
    const levels: string[] = [];
    for (let cycle = 1; cycle <= 500; cycle++) {
      const k = await compileLayer(spec, { threads: 2, passes: ['forward'] });
      const { y } = await k.forward(inputs);
      end(k);
      if (!first) {
        first = y;
        expect(relError(y, c.reference('forward'))).toBeLessThanOrEqual(REL_TOLERANCE);
      } else if (cycle === 500) {
        expect(bytes(y).equals(bytes(first)), 'the last cycle computes the bytes of the first').toBe(true);
      }
      if (cycle % 50 === 0) {
        const rss = await residentMb();
        levels.push(`${cycle}: ${rss.toFixed(0)} MB`);
        if (cycle === 50) warm = rss;
        else peak = Math.max(peak, rss);
      }
    }
    return { growth: peak - warm, levels: levels.join(', ') };
  }

  it('500 cycles with close(): resident memory stays within 50 MB of its level after 50 warm-up cycles', async () => {
    const { growth, levels } = await cycles((k) => k.close());
    expect(growth, `resident memory by cycle: ${levels}`).toBeLessThanOrEqual(50);
  });

  it('500 cycles that drop the layer without close(): the same', async () => {
    const { growth, levels } = await cycles(() => {});
    expect(growth, `resident memory by cycle: ${levels}`).toBeLessThanOrEqual(50);
  });
});
