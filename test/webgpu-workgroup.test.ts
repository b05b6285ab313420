/**
 * The GPU workgroup knob, verified where it matters: on the WebGPU runner. The WAT printer ignores
 * the workgroup (gpu-schedule.test.ts asserts the WAT is identical across workgroups), so only a
 * run of the WGSL can show that a workgroup size, including ones that do not divide the grids
 * (3, 5, 7: the last workgroup overhangs and its extra invocations must do nothing), gives the
 * reference's numbers. All four passes of two small layers (nchw stride 1 relu, nhwc stride
 * [2, 1] tanh with asymmetric padding), small tiles (2 channels x 3 pixels, split 2 where the pass has
 * one) so that the grids are larger than the small workgroups, against the float64 reference.
 *
 * Needs a WebGPU adapter (lavapipe: `npm run setup:webgpu`); without one every test fails with
 * NoGpuError and its install hint. Cost: 2 layers x 4 passes x 4 workgroups = 32 small kernels,
 * measured about 1-3 s each on lavapipe with a cold shader cache on 2 busy cores.
 */
import { describe, expect, it } from 'vitest';
import {
  gpuBounds, LayerCase, parseSpec, PASSES, REL_TOLERANCE, verifyKernel,
  type GpuSchedule, type LayerSpec, type Pass,
} from '../src/index.js';
import { generateKernel } from '../src/compile.js';
import type { Artifact, Kernel } from '../src/targets/kernel.js';
import { webgpuTarget } from '../src/targets/webgpu/index.js';
import type { WebGpuRunner } from '../src/run/webgpu.js';
import type { WebGpuAbi } from '../src/targets/abi.js';
import { getGpu } from '../src/run/webgpu.js';
import { describeKernel, report } from './helpers.js';

/**
 * The sweep, split between the two layers to keep lavapipe's compile time down: 1 x 1, 16 x 16,
 * the 256-invocation limit along x and along y, and sizes (3, 5, 7) that divide some grid of every
 * pass unevenly (asserted per pass below).
 */
const LAYERS: { spec: LayerSpec; workgroups: [number, number][] }[] = [
  {
    spec: parseSpec({ name: 'wg-nchw', N: 1, Ci: 3, H: 6, W: 7, Co: 5, K: 3, L: 2, pad: 1, act: 'relu', layout: 'nchw' }),
    workgroups: [[1, 1], [3, 3], [16, 16], [256, 1]],
  },
  {
    spec: parseSpec({ name: 'wg-nhwc', N: 1, Ci: 3, H: 6, W: 5, Co: 7, K: 3, L: 2, stride: [2, 1], pad: [1, 0, 0, 2], act: 'tanh', layout: 'nhwc' }),
    workgroups: [[7, 1], [16, 1], [1, 256], [5, 7]],
  },
];

function schedule(spec: LayerSpec, pass: Pass, workgroup: [number, number]): GpuSchedule {
  const b = gpuBounds(spec, pass);
  return { kind: 'gpu', workgroup, channels: Math.min(2, b.channels), pixels: Math.min(3, b.pixels), split: Math.min(2, b.split), threads: 1 };
}

describe('the workgroup knob on WebGPU', () => {
  for (const { spec, workgroups } of LAYERS) {
    for (const pass of PASSES) {
      it(`${spec.name} ${pass}: verifies with workgroups ${workgroups.map((w) => w.join('x')).join(', ')}`, async () => {
        await getGpu();
        const c = new LayerCase(spec, 11);
        const failures: string[] = [];
        let overhanging = 0;
        for (const workgroup of workgroups) {
          const s = schedule(spec, pass, workgroup);
          let k: Kernel<WebGpuRunner>;
          try {
            k = await webgpuTarget.load(generateKernel(spec, pass, { target: 'webgpu', schedule: s }) as Artifact<WebGpuAbi>);
          } catch (e) {
            failures.push(`BUILD FAILED ${describeKernel(spec, pass, s)}\n    error: ${e instanceof Error ? e.message : String(e)}`);
            continue;
          }
          try {
            expect(k.schedule).toEqual(s);
            // this workgroup leaves invocations past the end of some grid (they must neither read nor write)
            if (k.runner.abi.stages.some((st, i) => st.dispatch.some((d, a) => d * st.workgroup[a]! > gridCount(k, i, a)))) overhanging++;
            const r = await verifyKernel(k, c, 'webgpu');
            if (!r.ok || !(r.relError <= REL_TOLERANCE) || r.target !== 'webgpu') {
              failures.push(`WRONG RESULT ${describeKernel(spec, pass, s)}\n    relError: ${r.relError} (tolerance ${REL_TOLERANCE}); ${r.problem ?? 'not ok'}`);
            }
          } finally {
            k.close();
          }
        }
        expect(failures, report(failures)).toEqual([]);
        // the sweep did reach workgroups that do not divide a grid (else the overhang was never run)
        expect(overhanging, `${spec.name} ${pass}: no workgroup overhangs a grid`).toBeGreaterThan(0);
      });
    }
  }
});

/** Invocations of the kernel's i-th grid along axis a, from the lowered kernel (not from the WGSL). */
function gridCount(k: Kernel, i: number, a: number): number {
  const { lowered } = k.artifact;
  const grids = [...lowered.prologue, ...lowered.main, ...lowered.epilogue].flatMap((t) => (t.op === 'grid' ? [t] : []));
  return grids[i]!.dims[a]?.vars.reduce((p, v) => p * v.count, 1) ?? 1;
}
