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
  defaultGpuSchedule, defaultSchedule, describeSpec, generateKernel, GENERATOR_VERSION, gpuBounds, lower, parseSpec, passDecl, PASSES,
  type GpuSchedule, type LayerSpec, type LoweredKernel, type Pass,
} from '../src/index.js';
import { emitWgsl } from '../src/emit/wgsl.js';
import { emitWat } from '../src/emit/wat.js';
import { exprPrinter } from '../src/emit/expr.js';

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
          expect(again.abi, `${where}: two emissions' ABIs differ`).toEqual(k.abi);
          expect(again).toEqual(k);
          expect(k.abi.kernel).toBe(`${spec.name}_${pass.replace('-', '_')}`);
          expect(k.abi.pass).toBe(pass);

          // header: the leading comment block
          const lines = k.text.split('\n');
          const header = lines.slice(0, lines.findIndex((l) => !l.startsWith('//')));
          const h = header.join('\n');
          expect(header.length, where).toBeGreaterThan(5);
          expect(h, where).toContain(`convgen ${GENERATOR_VERSION}`);
          expect(h, where).toContain(`kernel: ${k.abi.kernel}`);
          expect(h, where).toContain(`pass ${pass}`);
          expect(h, where).toContain(`spec: ${describeSpec(spec)}`);
          expect(h, where).toContain(`schedule: ${JSON.stringify(s)}`);
          const bindingsAt = header.findIndex((l) => /bindings/.test(l));
          const dispatchesAt = header.findIndex((l) => /dispatches/.test(l));
          expect(bindingsAt, `${where}: no bindings section in the header`).toBeGreaterThan(0);
          expect(dispatchesAt, `${where}: no dispatches section in the header`).toBeGreaterThan(bindingsAt);
          const bindingLines = header.slice(bindingsAt + 1, dispatchesAt);
          expect(bindingLines).toHaveLength(k.abi.tensors.length);
          k.abi.tensors.forEach((b, i) => {
            expect(bindingLines[i], where).toMatch(new RegExp(`^//\\s+${i}: ${b.name} \\(${b.role}\\).*\\b${b.elems} f32`));
          });
          const dispatchLines = header.slice(dispatchesAt + 1);
          expect(dispatchLines).toHaveLength(k.abi.stages.length);
          k.abi.stages.forEach((st, i) => {
            expect(dispatchLines[i], where).toContain(`${st.entry}: ${st.dispatch.join(' x ')} workgroups of ${st.workgroup.join(' x ')}`);
          });

          // storage buffers: @group(0) @binding(i) in buffer order; read for inputs, read_write otherwise
          const decls = [...k.text.matchAll(/@group\((\d+)\) @binding\((\d+)\) var<storage, (read|read_write)> (\w+): array<f32>;/g)].map((m) => ({
            group: Number(m[1]),
            binding: Number(m[2]),
            access: m[3],
            name: m[4],
          }));
          expect(decls, where).toEqual(k.abi.tensors.map((b, i) => ({ group: 0, binding: i, access: b.role === 'input' ? 'read' : 'read_write', name: b.name })));
          expect(k.text.match(/@binding\(/g)?.length, where).toBe(k.abi.tensors.length);
          // the result is the registry's, an output (or the in-out tensor the weight update updates), and the only tensor written for the caller
          const result = k.abi.tensors.find((b) => b.name === passDecl(pass).result);
          expect(result?.role, where).toBe(pass === 'weight-update' ? 'inout' : 'output');
          expect(k.abi.result, where).toBe(passDecl(pass).result);
          expect(k.abi.tensors.filter((b) => b.role === 'output' || b.role === 'inout').map((b) => b.name), where).toEqual([passDecl(pass).result]);
          expect(k.abi.tensors.map((b) => b.binding), where).toEqual(k.abi.tensors.map((_, i) => i));

          // one @compute entry per stage, in order, with the stage's workgroup size
          const entries = [...k.text.matchAll(/@compute @workgroup_size\(([^)]*)\)\s*\nfn (\w+)\(/g)].map((m) => ({
            workgroup: m[1]!.split(',').map((t) => Number(t.trim())),
            entry: m[2],
          }));
          expect(entries, where).toEqual(k.abi.stages.map((st) => ({ workgroup: st.workgroup, entry: st.entry })));
          expect(k.text.match(/@compute/g)?.length, where).toBe(k.abi.stages.length);
          for (const st of k.abi.stages) {
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

describe('legalization: what a target cannot express is refused before printing, naming the knob', () => {
  const spec = parseSpec({ name: 'legal', N: 1, Ci: 4, H: 6, W: 6, Co: 4, K: 3, L: 3, pad: 1, act: 'relu' });
  const gpu = (): LoweredKernel => lower(spec, 'forward', defaultGpuSchedule(spec, 'forward'));

  it('a simd or scalar schedule on webgpu: schedule.kind, through the printer and through generateKernel', () => {
    const simd = defaultSchedule(spec, 'forward', { fma: false, threads: 1 });
    expect(simd.kind).toBe('simd');
    expect(() => emitWgsl(lower(spec, 'forward', simd))).toThrow(
      'schedule.kind for forward of legal: got "simd"; the webgpu target takes gpu schedules (simd and scalar schedules are for the wasm target)',
    );
    expect(() => generateKernel(spec, 'forward', { target: 'webgpu', schedule: { kind: 'scalar', tile: 2, unroll: 1, threads: 1 } })).toThrow(
      'schedule.kind for forward of legal: got "scalar"; the webgpu target takes gpu schedules',
    );
    // the same gpu schedule prints on both targets
    expect(generateKernel(spec, 'forward', { target: 'wasm', schedule: defaultGpuSchedule(spec, 'forward') }).text).toContain('(module');
  });

  it('worker threads on webgpu: schedule.threads', () => {
    const k = gpu();
    expect(() => emitWgsl({ ...k, schedule: { ...(k.schedule as GpuSchedule), threads: 2 as 1 } })).toThrow(
      'schedule.threads for forward of legal: got 2; the webgpu target runs each grid as one dispatch, so threads must be 1',
    );
  });

  it('vector locals, vector statements and lane reads have no WGSL form', () => {
    const k = gpu();
    expect(() => emitWgsl({ ...k, vectors: ['acc0'] })).toThrow('legal_forward: the kernel has f32x4 locals (acc0); the webgpu target prints scalar register tiles only');
    const grid = k.main.find((st) => st.op === 'grid')!;
    if (grid.op !== 'grid') throw new Error('no grid');
    const withVset = { ...grid, body: [{ op: 'vset' as const, name: 'v', value: { op: 'vzero' as const } }, ...grid.body] };
    expect(() => emitWgsl({ ...k, main: [withVset] })).toThrow('legal_forward: a vset statement in main; the webgpu target has no form for it');
    const lane = { ...grid, body: [{ op: 'set' as const, name: 'f', value: { op: 'lane' as const, v: { op: 'vzero' as const }, lane: 0 } }] };
    expect(() => emitWgsl({ ...k, main: [lane] })).toThrow('legal_forward: a vector lane read in main; the webgpu target has no vectors');
    expect(() => emitWgsl({ ...k, main: [{ op: 'zero', buf: 'y' }] })).toThrow('legal_forward: a zero statement at the top of main; webgpu kernels are sequences of grids');
  });

  it('a wasm32 memory holds at most 4 GiB: a layer whose tensors need more is refused with the bytes it needs', () => {
    // parseSpec refuses such layers already; a lowered kernel with a 4 GiB scratch buffer (never allocated) reaches the printer
    const big = parseSpec({ name: 'big', N: 1, Ci: 1, H: 8, W: 8, Co: 1, K: 1, L: 1 });
    const k = lower(big, 'bias-grad', defaultGpuSchedule(big, 'bias-grad'));
    expect(() => emitWat({ ...k, buffers: [...k.buffers, { name: 'huge', role: 'scratch', elems: 2 ** 30, shape: [2 ** 30] }] })).toThrow(
      /^big_bias_grad: the tensors of bias-grad need \d+ bytes of memory \(with scratch and red zones\); a wasm32 memory holds at most 4294967296 bytes \(4 GiB\)/,
    );
  });

  it('one expression walker, two operation tables: the same tree printed as WAT and as WGSL', () => {
    const k = gpu();
    const e = {
      op: 'add' as const,
      a: { op: 'mul' as const, a: { op: 'load' as const, buf: 'x', ptr: 'p', offset: 3 }, b: { op: 'const' as const, value: 0.5 } },
      b: { op: 'act' as const, fn: 'relu' as const, a: { op: 'get' as const, name: 'acc' } },
    };
    const grid = k.main.find((st) => st.op === 'grid')!;
    if (grid.op !== 'grid') throw new Error('no grid');
    const body = [
      { op: 'index' as const, name: 'p', value: { c: 0, terms: [] as [string, number][] } },
      // `part`, a thread's share, is 0 where the kernel is not split (WGSL never is)
      { op: 'index' as const, name: 'q', value: { c: 2, terms: [['part', 5]] as [string, number][] } },
      { op: 'set' as const, name: 'acc', value: e },
    ];
    const probe = { ...k, indices: [...k.indices, 'p', 'q'], floats: [...k.floats, 'acc'], prologue: [], epilogue: [], main: [{ ...grid, body }] };
    expect(emitWgsl(probe).text).toContain('v_acc = ((x[v_p + 3] * 0.5) + max(v_acc, 0.0));');
    expect(emitWgsl(probe).text).toContain('v_q = 2;');
    expect(emitWat(probe).text).toContain('(local.set $q (i32.const 8))');
    expect(emitWat(probe).text).toMatch(/\(local\.set \$acc \(f32\.add \(f32\.mul \(f32\.load offset=\d+ \(local\.get \$p\)\) \(f32\.const 0\.5\)\) \(f32\.max \(local\.get \$acc\) \(f32\.const 0\)\)\)\)/);
    // a table without vector operations: the walker's own backstop names the target
    const noVectors = exprPrinter({ f32: String, local: (n) => n, load: () => '', add: () => '', mul: () => '', act: {} as never, actDeriv: {} as never, term: () => '', constant: String, sum: (p) => p.join('+'), below: () => '', all: () => '' }, 'TOY');
    expect(() => noVectors.vexpr({ op: 'vzero' })).toThrow('vzero: vector expressions have no TOY form');
  });
});
