/**
 * Targets as modules (src/targets): lookup by name, the schedule kinds each takes, the one place
 * defaults are decided (generateKernel equals what compileLayer and `convgen compile` build), the
 * kernel ABI as the runner and the module see it, emitting without a device, and the fused SGD
 * step (`sgdStep`: weight-update and bias-grad) against the float64 reference on both targets.
 */
import { afterAll, describe, expect, it } from 'vitest';
import {
  compileLayer, DEFAULT_PASSES, defaultGpuSchedule, defaultSchedule, generateKernel, layerArtifacts, loadKernel, parseSpec, PASSES,
  passDecl, relaxedSimdSupported, targetByName, type CompiledLayer, type WasmAbi,
} from '../src/index.js';
import { tensorSizes } from '../src/layer/layout.js';
import { norm2, randomUniform, relError } from '../src/reference/index.js';
import { callerWrites } from '../src/targets/abi.js';
import { stopThreads } from '../src/run/threads.js';

const open: { close(): void }[] = [];
afterAll(async () => {
  for (const k of open) k.close();
  await stopThreads();
});

const spec = parseSpec({ name: 'tgt', N: 2, Ci: 4, H: 7, W: 6, Co: 5, K: 3, L: 2, stride: [2, 1], pad: 1, act: 'tanh' });

describe('target modules', () => {
  it('are looked up by name; an unknown name is refused naming the field and the targets', () => {
    expect(targetByName('wasm').kinds).toEqual(['scalar', 'simd', 'gpu']);
    expect(targetByName('webgpu').kinds).toEqual(['gpu']);
    expect(() => targetByName('cuda')).toThrow('target: got "cuda"; must be one of wasm, webgpu');
    expect(() => generateKernel(spec, 'forward', { target: 'metal' as 'wasm' })).toThrow('target: got "metal"; must be one of wasm, webgpu');
  });

  it('default schedules: generateKernel makes what compileLayer builds (fma when the engine has relaxed SIMD), for each target', async () => {
    for (const target of ['wasm', 'webgpu'] as const) {
      const built = await layerArtifacts(spec, { target });
      expect([...built.keys()]).toEqual([...DEFAULT_PASSES]);
      for (const [pass, a] of built) {
        const g = generateKernel(spec, pass, { target });
        expect(g.text === a.text, `${target} ${pass}: generateKernel differs from compile`).toBe(true);
        expect(g.abi).toEqual(a.abi);
        expect(g.schedule).toEqual(target === 'wasm' ? defaultSchedule(spec, pass, { fma: relaxedSimdSupported(), threads: 1 }) : defaultGpuSchedule(spec, pass));
      }
    }
    // the same options give the same kernel: fma off, two threads
    const opts = { fma: false, threads: 2 };
    const a = (await layerArtifacts(spec, { ...opts, passes: ['forward'] })).get('forward')!;
    expect(generateKernel(spec, 'forward', opts).text === a.text).toBe(true);
    expect(a.schedule).toEqual(defaultSchedule(spec, 'forward', opts));
    // a schedule as the third argument is used as it is
    const s = { kind: 'scalar', tile: 2, unroll: 1, threads: 1 } as const;
    expect(generateKernel(spec, 'forward', s).schedule).toEqual(s);
  });

  it('wasm artifacts: .wat and .wasm files, an ABI the module agrees with, the result and scalars from the pass registry', async () => {
    for (const pass of PASSES) {
      const a = (await layerArtifacts(spec, { passes: [pass], fma: false })).get(pass)!;
      expect(Object.keys(a.files)).toEqual([`${pass}.wat`, `${pass}.wasm`]);
      const abi = a.abi as WasmAbi;
      const decl = passDecl(pass);
      expect(abi).toMatchObject({ target: 'wasm', kernel: `tgt_${pass.replace('-', '_')}`, pass, entry: pass, result: decl.result, scalars: [...decl.scalars], threads: 1 });
      // the tensors the registry declares, with their roles, in its order; scratch after them or between
      expect(abi.tensors.filter((t) => t.role !== 'scratch').map((t) => [t.name, t.role])).toEqual(decl.tensors(spec).map((t) => [t.name, t.role]));
      const module = new WebAssembly.Module(a.files[`${pass}.wasm`] as Uint8Array<ArrayBuffer>);
      const instance = new WebAssembly.Instance(module, {});
      for (const t of abi.tensors.filter((x) => x.role !== 'scratch')) {
        expect((instance.exports[`${t.name}_offset`] as WebAssembly.Global).value, `${pass} ${t.name}`).toBe(t.offset);
        expect((instance.exports[`${t.name}_length`] as WebAssembly.Global).value, `${pass} ${t.name}`).toBe(t.elems);
      }
      expect((instance.exports.memory as WebAssembly.Memory).buffer.byteLength).toBe(abi.memory.pages * 65536);
      const k = await loadKernel(a);
      open.push(k);
      expect(k.inputs()).toEqual(callerWrites(abi));
      expect(k.output()).toBe(decl.result);
    }
  });

  it('a kernel call names what is missing or malformed', async () => {
    const k = await loadKernel(generateKernel(spec, 'forward'));
    open.push(k);
    const n = tensorSizes(spec);
    const x = new Float32Array(n.x), w = new Float32Array(n.w);
    await expect(k.call({ x, w })).rejects.toThrow('tgt_forward: forward needs input b');
    await expect(k.call({ x, w, b: new Float32Array(n.b + 1) })).rejects.toThrow(`tgt_forward: b needs ${n.b} float32 values, got ${n.b + 1}`);
    await expect(k.call({ x, w, b: 1 })).rejects.toThrow('tgt_forward: b is a tensor; give a Float32Array, not a number');
  });
});

describe('sgdStep: the fused weight update (w - lr * dW, w updated in place in the kernel) and the bias gradient', () => {
  const specs = [
    spec,
    parseSpec({ name: 'sgd-nhwc-relu', N: 1, Ci: 6, H: 9, W: 8, Co: 8, K: 3, L: 3, pad: 'same', act: 'relu', layout: 'nhwc' }),
    parseSpec({ name: 'sgd-none', N: 3, Ci: 2, H: 5, W: 5, Co: 3, K: 2, L: 2, stride: 2, act: 'none' }),
  ];
  const inputs = (s: typeof spec, seed: number) => {
    const n = tensorSizes(s);
    const x = randomUniform(n.x, seed * 4 + 1), w = randomUniform(n.w, seed * 4 + 2), b = randomUniform(n.b, seed * 4 + 3);
    const dy = randomUniform(n.y, seed * 4 + 4);
    const y = Float32Array.from(passDecl('forward').reference(s, { x, w, b, y: new Float32Array(n.y), dy, lr: 0 }));
    return { x, w, b, y, dy };
  };

  for (const target of ['wasm', 'webgpu'] as const) {
    it.each(specs.map((s) => ({ name: s.name, s })))(`${target}: $name matches w - lr * dW and db of the float64 reference, call after call`, async ({ s }) => {
      const layer: CompiledLayer = await compileLayer(s, { target, passes: ['weight-update', 'bias-grad'] });
      open.push(layer);
      for (const [seed, lr] of [[1, 0.05], [2, -3], [1, 0.05]] as const) {
        const t = inputs(s, seed);
        const w0 = t.w.slice();
        const { w, db } = await layer.sgdStep({ ...t, lr });
        const ref = passDecl('weight-update').reference(s, { ...t, lr: Math.fround(lr) });
        const dbRef = passDecl('bias-grad').reference(s, { ...t, lr });
        expect(relError(w, ref), `${s.name} seed ${seed} lr ${lr}: w`).toBeLessThanOrEqual(1e-5);
        expect(relError(db, dbRef), `${s.name} seed ${seed}: db`).toBeLessThanOrEqual(1e-5);
        // the step moved w by a visible amount (not w returned unchanged), and the caller's w is untouched
        expect(norm2(Float64Array.from(w, (v, i) => v - w0[i]!)) / norm2(w0)).toBeGreaterThan(1e-3);
        expect(Buffer.from(t.w.buffer).equals(Buffer.from(w0.buffer))).toBe(true);
      }
      const r = await layer.verify({ seed: 5 });
      expect(r.ok, JSON.stringify(r.results)).toBe(true);
    });
  }

  it('refuses a non-finite lr and a layer compiled without weight-update, naming them', async () => {
    const t = inputs(spec, 1);
    const layer = await compileLayer(spec, { passes: ['weight-update', 'bias-grad'] });
    open.push(layer);
    await expect(layer.sgdStep({ ...t, lr: Number.NaN })).rejects.toThrow('sgdStep: lr: got NaN; must be a finite number');
    await expect(layer.sgdStep({ ...t, lr: Infinity })).rejects.toThrow('sgdStep: lr: got Infinity; must be a finite number');
    await expect(layer.sgdStep({ ...t, w: t.w.subarray(1), lr: 1 })).rejects.toThrow(`sgdStep: w needs ${t.w.length} float32 values, got ${t.w.length - 1}`);
    const classic = await compileLayer(spec);
    open.push(classic);
    expect([...classic.kernels.keys()]).toEqual([...DEFAULT_PASSES]);
    await expect(classic.sgdStep({ ...t, lr: 1 })).rejects.toThrow(
      "tgt: pass weight-update was not compiled (compiled: forward, input-grad, weight-grad, bias-grad) (compileLayer(spec, { passes: [..., 'weight-update'] }) compiles it)",
    );
  });
});
