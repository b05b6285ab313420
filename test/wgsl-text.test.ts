/**
 * The WGSL text of the GPU lowering, without a device: WGSL is pure text (lower + emitWgsl), so
 * these tests pass on a machine with no WebGPU adapter (checked with VK_ICD_FILENAMES=/nonexistent).
 * Reproducibility, the header (generator, kernel, spec, schedule, bindings, dispatches), the
 * storage-buffer declarations in buffer order, one @compute entry per stage with its workgroup
 * size, and the tokens the broken-shader tests of webgpu.test.ts corrupt. Running the shaders is
 * in webgpu.test.ts and webgpu-workgroup.test.ts; the workgroup knob's effect on the text is in
 * gpu-schedule.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  defaultGpuSchedule, describeSpec, GENERATOR_VERSION, gpuBounds, lower, parseSpec, PASSES,
  type GpuSchedule, type LayerSpec, type Pass,
} from '../src/index.js';
import { emitWgsl } from '../src/emit/wgsl.js';

describe('WGSL text', () => {
  const specs = [
    parseSpec({ name: 'wgsl_a', N: 2, Ci: 3, H: 9, W: 8, Co: 5, K: 3, L: 2, stride: [2, 1], pad: [1, 0, 2, 1], act: 'relu', layout: 'nchw' }),
    parseSpec({ name: 'wgsl_b', N: 1, Ci: 6, H: 7, W: 7, Co: 7, K: 2, L: 3, dilation: 2, pad: 'same', act: 'tanh', layout: 'nhwc' }),
  ];
  const schedules = (spec: LayerSpec, pass: Pass): GpuSchedule[] => {
    const b = gpuBounds(spec, pass);
    return [defaultGpuSchedule(spec, pass), { kind: 'gpu', workgroup: [3, 5], channels: Math.min(3, b.channels), pixels: Math.min(2, b.pixels), split: Math.min(2, b.split), threads: 1 }];
  };

  it('is byte-for-byte reproducible, with the header, the bindings in buffer order and one @compute entry per stage', () => {
    for (const spec of specs) {
      for (const pass of PASSES) {
        for (const s of schedules(spec, pass)) {
          const where = `${spec.name} ${pass} ${JSON.stringify(s)}`;
          const k = emitWgsl(lower(spec, pass, s));
          const again = emitWgsl(lower(spec, pass, JSON.parse(JSON.stringify(s)) as GpuSchedule));
          expect(again.text === k.text, `${where}: two emissions differ`).toBe(true);
          expect(again).toEqual(k);
          expect(k.name).toBe(`${spec.name}_${pass.replace('-', '_')}`);
          expect(k.entry).toBe(pass);

          // header: the leading comment block
          const lines = k.text.split('\n');
          const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
          const h = header.join('\n');
          expect(header.length, where).toBeGreaterThan(5);
          expect(h, where).toContain(`convgen ${GENERATOR_VERSION}`);
          expect(h, where).toContain(`kernel: ${k.name}`);
          expect(h, where).toContain(`pass ${pass}`);
          expect(h, where).toContain(`spec: ${describeSpec(spec)}`);
          expect(h, where).toContain(`schedule: ${JSON.stringify(s)}`);
          const bindingsAt = header.findIndex((l) => /bindings/.test(l));
          const dispatchesAt = header.findIndex((l) => /dispatches/.test(l));
          expect(bindingsAt, `${where}: no bindings section in the header`).toBeGreaterThan(0);
          expect(dispatchesAt, `${where}: no dispatches section in the header`).toBeGreaterThan(bindingsAt);
          const bindingLines = header.slice(bindingsAt + 1, dispatchesAt);
          expect(bindingLines).toHaveLength(k.buffers.length);
          k.buffers.forEach((b, i) => {
            expect(bindingLines[i], where).toMatch(new RegExp(`^//\\s+${i}: ${b.name} \\(${b.role}\\).*\\b${b.elems} f32`));
          });
          const dispatchLines = header.slice(dispatchesAt + 1);
          expect(dispatchLines).toHaveLength(k.stages.length);
          k.stages.forEach((st, i) => {
            expect(dispatchLines[i], where).toContain(`${st.entry}: ${st.dispatch.join(' x ')} workgroups of ${st.workgroup.join(' x ')}`);
          });

          // storage buffers: @group(0) @binding(i) in buffer order; read for inputs, read_write otherwise
          const decls = [...k.text.matchAll(/@group\((\d+)\) @binding\((\d+)\) var<storage, (read|read_write)> (\w+): array<f32>;/g)].map((m) => ({
            group: Number(m[1]),
            binding: Number(m[2]),
            access: m[3],
            name: m[4],
          }));
          expect(decls, where).toEqual(k.buffers.map((b, i) => ({ group: 0, binding: i, access: b.role === 'input' ? 'read' : 'read_write', name: b.name })));
          expect(k.text.match(/@binding\(/g)?.length, where).toBe(k.buffers.length);
          expect(k.buffers.filter((b) => b.role === 'output').map((b) => b.name), where).toEqual([{ forward: 'y', 'input-grad': 'dx', 'weight-grad': 'dw', 'bias-grad': 'db' }[pass]]);

          // one @compute entry per stage, in order, with the stage's workgroup size
          const entries = [...k.text.matchAll(/@compute @workgroup_size\(([^)]*)\)\s*\nfn (\w+)\(/g)].map((m) => ({
            workgroup: m[1]!.split(',').map((t) => Number(t.trim())),
            entry: m[2],
          }));
          expect(entries, where).toEqual(k.stages.map((st) => ({ workgroup: st.workgroup, entry: st.entry })));
          expect(k.text.match(/@compute/g)?.length, where).toBe(k.stages.length);
          for (const st of k.stages) {
            expect(st.workgroup[0] * st.workgroup[1] * st.workgroup[2], where).toBeLessThanOrEqual(s.workgroup[0] * s.workgroup[1]);
            expect(st.dispatch.every((d) => Number.isInteger(d) && d >= 1), where).toBe(true);
          }
          expect(k.text.endsWith('\n'), where).toBe(true);
        }
      }
    }
  });

});

describe('the WGSL the broken-shader tests corrupt (webgpu.test.ts)', () => {
  // the same spec as webgpu.test.ts's 'a broken shader': its corruptions need these tokens to exist
  const spec = parseSpec({ name: 'broken', N: 1, Ci: 3, H: 8, W: 8, Co: 5, K: 3, L: 3, pad: 1, act: 'relu' });
  const text = emitWgsl(lower(spec, 'forward', defaultGpuSchedule(spec, 'forward'))).text;

  it('relu is max(z, 0.0) in the tile stores, and locals are declared as `var v_<name>: i32;` lines', () => {
    const lines = text.split('\n');
    const relu = lines.filter((l) => l.includes('max('));
    expect(relu.length).toBeGreaterThan(0);
    for (const l of relu) expect(l).toMatch(/max\(.*, 0\.0\)/);
    expect(lines.some((l) => /^\s+var v_\w+: i32;$/.test(l))).toBe(true);
    // a linear layer has no max( at all: the relu is where it comes from
    const linear = emitWgsl(lower({ ...spec, act: 'none' }, 'forward', defaultGpuSchedule(spec, 'forward'))).text;
    expect(linear).not.toContain('max(');
  });
});
