/**
 * convgen/runtime: all a generated package (`convgen build`) needs at run time, in Node and in a
 * browser page: loading a kernel's files (.wasm or .wgsl) next to the package's module, the
 * kernels' memory layout from their ABI, the worker threads of multi-thread wasm kernels (Node),
 * and the WebGPU device (Dawn in Node, navigator.gpu in a page). Nothing of the compiler: no
 * lowering, no wabt, no ts-morph.
 */
import { callerWrites, type KernelAbi, type WasmAbi, type WebGpuAbi } from '../targets/abi.js';
import { WasmRunner } from '../run/wasm.js';
import { CallQueue } from '../run/call-queue.js';

export { WasmRunner } from '../run/wasm.js';
export { WebGpuRunner, getGpu, NoGpuError } from '../run/webgpu.js';
export { callerWrites, type KernelAbi, type WasmAbi, type WebGpuAbi, type AbiTensor } from '../targets/abi.js';

export type RuntimeTarget = 'wasm' | 'webgpu';

const IN_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';

/** The bytes of a file beside a module: fs for file: URLs in Node, fetch otherwise. */
export async function loadBytes(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  if (IN_NODE && url.protocol === 'file:') {
    const { readFile } = await import('node:fs/promises');
    const b = await readFile(url);
    return new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  }
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url.href}: ${r.status} ${r.statusText}`);
  return new Uint8Array(await r.arrayBuffer());
}

/** What a runner of either target offers a generated package. */
interface AnyRunner {
  write(name: string, data: Float32Array): void;
  read(name: string): Float32Array | Promise<Float32Array>;
  run(): void | Promise<void>;
  close(): void;
}

/**
 * One kernel of a generated package: `call` writes the inputs (their lengths checked against the
 * ABI), runs, and returns a copy of the result; calls on one kernel run one at a time.
 */
export class RuntimeKernel {
  private readonly queue = new CallQueue();

  private constructor(
    readonly abi: KernelAbi,
    private readonly runner: AnyRunner,
    /** `Layer.method`, for messages */
    readonly label: string,
  ) {}

  /** Loads a kernel: the `.wasm` (wasm) or `.wgsl` (webgpu) file at `url`, with its ABI. */
  static async load(abi: KernelAbi, url: URL, label: string): Promise<RuntimeKernel> {
    if (abi.target === 'wasm') return new RuntimeKernel(abi, await WasmRunner.load(await loadBytes(url), abi as WasmAbi), label);
    const { WebGpuRunner } = await import('../run/webgpu.js');
    const text = new TextDecoder().decode(await loadBytes(url));
    return new RuntimeKernel(abi, await WebGpuRunner.build(text, abi as WebGpuAbi), label);
  }

  /** The tensors a call takes, in ABI order. */
  inputs(): string[] {
    return callerWrites(this.abi);
  }

  call(inputs: Record<string, Float32Array | number>): Promise<Float32Array> {
    // checked before queuing, so that a bad call fails at once and changes nothing
    const writes: [string, Float32Array][] = [];
    for (const name of this.inputs()) {
      const t = this.abi.tensors.find((x) => x.name === name)!;
      const v = inputs[name];
      if (v === undefined) throw new TypeError(`${this.label}: ${name} is missing`);
      const data = typeof v === 'number' ? Float32Array.of(v) : v;
      if (!(data instanceof Float32Array)) throw new TypeError(`${this.label}: ${name} must be a Float32Array${this.abi.scalars.includes(name) ? ' or a number' : ''}`);
      if (typeof v === 'number' && !Number.isFinite(v)) throw new RangeError(`${this.label}: ${name} must be a finite number, got ${v}`);
      if (data.length !== t.elems) throw new RangeError(`${this.label}: ${name} needs ${t.elems} float32 values ([${t.shape.join(', ')}]), got ${data.length}`);
      writes.push([name, data]);
    }
    return this.queue.run(async () => {
      for (const [name, data] of writes) this.runner.write(name, data);
      await this.runner.run();
      return this.runner.read(this.abi.result);
    });
  }

  close(): void {
    this.runner.close();
  }
}
