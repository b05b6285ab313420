/**
 * Runs WGSL compute kernels through Dawn's Node bindings (npm `webgpu`). On machines without a GPU
 * it uses lavapipe (Mesa's CPU Vulkan driver) installed into <repo>/.webgpu by
 * `npm run setup:webgpu`. Knows nothing of how a kernel was made: it takes the WGSL text and its
 * ABI (src/targets/abi.ts: the storage buffers with their bindings and roles, the stages to
 * dispatch) and gives the verification hooks (write, read, NaN-poisoned outputs, red zones) and timing.
 */
/** In Node (Dawn through the npm package webgpu); otherwise a page with navigator.gpu. */
const IN_NODE = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const nodeFs = IN_NODE ? await import('node:fs') : undefined;
const nodePath = IN_NODE ? await import('node:path') : undefined;
const nodeUrl = IN_NODE ? await import('node:url') : undefined;
const existsSync = (p: string): boolean => nodeFs?.existsSync(p) ?? false;
import { abiProblems, type WebGpuAbi, type WebGpuTensor } from '../targets/abi.js';

export interface GpuAdapterInfo {
  vendor: string;
  architecture: string;
  device: string;
  description: string;
  /** the adapter's features (what the device could be given) */
  features: string[];
  /** the limits the device was created with (the adapter's maxima for the ones a kernel may need) */
  limits: Record<RequestedLimit, number>;
  /** whether the device has 'timestamp-query' (then `time()` uses GPU timestamps) */
  timestampQuery: boolean;
  /** the ICD the Vulkan loader was pointed at, when set */
  vkIcd?: string;
}

export interface Gpu {
  device: GPUDevice;
  adapterInfo: GpuAdapterInfo;
}

const INSTALL_HINT =
  'no WebGPU adapter: install the software Vulkan driver with `npm run setup:webgpu` (or set VK_ICD_FILENAMES to a Vulkan ICD)';

/** No WebGPU adapter or device here (no Vulkan loader, no driver, dawn.node failing to load). */
export class NoGpuError extends Error {
  constructor(readonly reason: string) {
    super(`${INSTALL_HINT}: ${reason}`);
    this.name = 'NoGpuError';
  }
}

/** The WGSL did not compile, or a stage's pipeline could not be made. */
export class WgslBuildError extends Error {
  constructor(
    message: string,
    readonly kernel: string,
    readonly diagnostics: { line: number; column: number; message: string }[] = [],
  ) {
    super(message);
    this.name = 'WgslBuildError';
  }
}

/** The limits asked of the adapter at their maximum. */
const REQUESTED_LIMITS = [
  'maxComputeWorkgroupStorageSize',
  'maxComputeInvocationsPerWorkgroup',
  'maxComputeWorkgroupSizeX',
  'maxComputeWorkgroupSizeY',
  'maxStorageBufferBindingSize',
  'maxBufferSize',
  'maxStorageBuffersPerShaderStage',
] as const;
export type RequestedLimit = (typeof REQUESTED_LIMITS)[number];

// WebGPU's flag values (the spec fixes them; dawn.node has no GPUBufferUsage global)
const BUFFER_MAP_READ = 0x0001;
const BUFFER_COPY_SRC = 0x0004;
const BUFFER_COPY_DST = 0x0008;
const BUFFER_STORAGE = 0x0080;
const BUFFER_QUERY_RESOLVE = 0x0200;
const SHADER_STAGE_COMPUTE = 0x4;
const MAP_MODE_READ = 0x0001;

/** Bytes after every tensor's data, filled with a sentinel before a run and checked after it. */
export const RED_ZONE_BYTES = 256;
/** A bit pattern no kernel computes by accident (a signalling NaN with a payload); the same as the wasm runner's. */
const RED_ZONE_SENTINEL = 0x7fa5a5a5;

/** <repo>: this file is <repo>/src/run/webgpu.ts, or <repo>/dist/run/webgpu.js once built. */
const REPO_ROOT = nodePath && nodeUrl ? nodePath.join(nodePath.dirname(nodeUrl.fileURLToPath(import.meta.url)), '..', '..') : '';
/** Where `npm run setup:webgpu` puts lavapipe's ICD file (Node). */
export const LOCAL_ICD = nodePath ? nodePath.join(REPO_ROOT, '.webgpu', 'lvp_icd.json') : '';

// The object from create() must stay referenced for the life of the process: when it is collected
// while its device is in use, dawn.node crashes or hangs. So: one per process, never released.
let gpuInstance: GPU | undefined;
let gpuPromise: Promise<Gpu> | undefined;

/** The process' one WebGPU device (made on first use, shared by every kernel). */
export function getGpu(): Promise<Gpu> {
  gpuPromise ??= openGpu();
  return gpuPromise;
}

async function openGpu(): Promise<Gpu> {
  if (!IN_NODE) return openBrowserGpu();
  // before dawn.node creates its Vulkan instance: the loader reads these from the environment
  if (!process.env.VK_ICD_FILENAMES && existsSync(LOCAL_ICD)) {
    process.env.VK_ICD_FILENAMES = LOCAL_ICD;
    process.env.NODEVICE_SELECT ??= '1';
  }
  const icd = process.env.VK_ICD_FILENAMES;
  const where = icd
    ? `VK_ICD_FILENAMES=${icd}${icd.split(':').every((f) => existsSync(f)) ? '' : ' (file not found)'}`
    : `VK_ICD_FILENAMES is not set and ${LOCAL_ICD} does not exist`;

  let create: (flags: string[]) => GPU;
  try {
    ({ create } = (await import('webgpu')) as { create: (flags: string[]) => GPU });
  } catch (e) {
    throw new NoGpuError(`cannot load dawn.node (npm package webgpu): ${errorText(e)}`);
  }
  let adapter: GPUAdapter | null;
  try {
    // Dawn rounds timestamps down to 65.5 us steps (measured: small passes read 0) unless told not to
    gpuInstance ??= create(['disable-dawn-features=timestamp_quantization']);
    adapter = await gpuInstance.requestAdapter({ powerPreference: 'high-performance' });
  } catch (e) {
    throw new NoGpuError(`requestAdapter failed: ${errorText(e)} (${where})`);
  }
  if (!adapter) {
    throw new NoGpuError(`Dawn found no Vulkan adapter; is libvulkan.so.1 installed and does the ICD load? (${where})`);
  }

  const limits = {} as Record<RequestedLimit, number>;
  for (const k of REQUESTED_LIMITS) limits[k] = adapter.limits[k];
  const features: GPUFeatureName[] = adapter.features.has('timestamp-query') ? ['timestamp-query'] : [];
  let device: GPUDevice;
  try {
    device = await adapter.requestDevice({ requiredLimits: limits, requiredFeatures: features, label: 'convgen' });
  } catch (e) {
    throw new NoGpuError(`requestDevice failed: ${errorText(e)} (${where})`);
  }
  // a lost device (not one destroyed on purpose) is reopened by the next getGpu()
  void device.lost.then((info) => {
    if (info.reason !== 'destroyed') {
      process.emitWarning(`WebGPU device lost: ${info.message}`);
      gpuPromise = undefined;
    }
  });

  return gpuOf(adapter, device, icd);
}

/** The device with what the runners and reports need to know of its adapter. */
function gpuOf(adapter: GPUAdapter, device: GPUDevice, icd?: string): Gpu {
  const info = adapter.info;
  const got = {} as Record<RequestedLimit, number>;
  for (const k of REQUESTED_LIMITS) got[k] = device.limits[k];
  return {
    device,
    adapterInfo: {
      vendor: info.vendor,
      architecture: info.architecture,
      device: info.device,
      description: info.description,
      features: [...adapter.features].map(String).sort(),
      limits: got,
      timestampQuery: device.features.has('timestamp-query'),
      ...(icd ? { vkIcd: icd } : {}),
    },
  };
}

/** In a page: navigator.gpu's adapter and a device with the limits kernels may need. */
async function openBrowserGpu(): Promise<Gpu> {
  const nav = (globalThis as { navigator?: { gpu?: GPU } }).navigator;
  if (!nav?.gpu) throw new NoGpuError('this page has no navigator.gpu (WebGPU is off, or the page is not a secure context)');
  const adapter = await nav.gpu.requestAdapter();
  if (!adapter) throw new NoGpuError('navigator.gpu.requestAdapter() returned null: the browser exposes no WebGPU adapter here');
  const limits = {} as Record<RequestedLimit, number>;
  for (const k of REQUESTED_LIMITS) limits[k] = adapter.limits[k];
  const features: GPUFeatureName[] = adapter.features.has('timestamp-query') ? ['timestamp-query'] : [];
  const device = await adapter.requestDevice({ requiredLimits: limits, requiredFeatures: features, label: 'convgen' });
  void device.lost.then(() => {
    gpuPromise = undefined;
  });
  return gpuOf(adapter, device);
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Runs `f` inside validation and out-of-memory error scopes; throws the first error with `what`. */
async function scoped<T>(device: GPUDevice, what: string, f: () => T | Promise<T>): Promise<T> {
  device.pushErrorScope('out-of-memory');
  device.pushErrorScope('validation');
  let result: T;
  try {
    result = await f();
  } catch (e) {
    await device.popErrorScope();
    await device.popErrorScope();
    throw e;
  }
  const validation = await device.popErrorScope();
  const oom = await device.popErrorScope();
  const err = validation ?? oom;
  if (err) throw new Error(`${what}: ${err.message}`);
  return result;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

interface Placed extends WebGpuTensor {
  buffer: GPUBuffer;
}

export interface TimingResult {
  /** median over `runs` of one run's time */
  medianMs: number;
  /** every run's time, in order */
  samples: number[];
  /** 'timestamp': the sum of the stages' compute-pass durations from GPU timestamps; 'wall': submit to onSubmittedWorkDone */
  method: 'timestamp' | 'wall';
}

/** A WGSL kernel compiled on the process' device, with its buffers. */
export class WebGpuRunner {
  private destroyed = false;
  private timer?: { querySet: GPUQuerySet; resolve: GPUBuffer; readback: GPUBuffer };

  private constructor(
    /** the WGSL module */
    readonly text: string,
    readonly abi: WebGpuAbi,
    readonly device: GPUDevice,
    private readonly pipelines: GPUComputePipeline[],
    private readonly bindGroup: GPUBindGroup,
    private readonly placed: Placed[],
    private readonly timestamps: boolean,
    /** milliseconds spent creating the shader module (with its compilation info) and the pipelines */
    readonly pipelineMs: number,
  ) {}

  /** Compiles the WGSL, makes one pipeline per stage over one explicit bind group layout, and the buffers. */
  static async build(text: string, abi: WebGpuAbi): Promise<WebGpuRunner> {
    const gpu = await getGpu();
    const { device } = gpu;
    const lim = gpu.adapterInfo.limits;
    checkAbi(abi, device);
    const name = abi.kernel;

    const t0 = performance.now();
    // a module that fails to compile also raises a validation error: kept out of the console by
    // this scope; the compilation info has the same errors with their positions
    device.pushErrorScope('validation');
    const module = device.createShaderModule({ code: text, label: `${name}.wgsl` });
    const info = await module.getCompilationInfo();
    const moduleError = await device.popErrorScope();
    const errors = info.messages.filter((m) => m.type === 'error');
    if (errors.length > 0) {
      const diags = errors.map((m) => ({ line: m.lineNum, column: m.linePos, message: m.message.trim() }));
      const lines = diags.map((d) => `${name}.wgsl:${d.line}:${d.column}: error: ${d.message}`);
      throw new WgslBuildError(`cannot compile ${name}.wgsl:\n${lines.join('\n')}`, name, diags);
    }
    if (moduleError) throw new WgslBuildError(`cannot compile ${name}.wgsl:\n${moduleError.message}`, name);

    // explicit layout with every buffer: layout 'auto' drops the bindings a stage does not use
    const layout = device.createBindGroupLayout({
      label: `${name} bindings`,
      entries: abi.tensors.map((b) => ({
        binding: b.binding,
        visibility: SHADER_STAGE_COMPUTE,
        buffer: { type: b.role === 'input' ? ('read-only-storage' as const) : ('storage' as const) },
      })),
    });
    const pipelineLayout = device.createPipelineLayout({ label: name, bindGroupLayouts: [layout] });
    const pipelines = await Promise.all(
      abi.stages.map(async (s) => {
        try {
          return await device.createComputePipelineAsync({
            label: `${name}:${s.entry}`,
            layout: pipelineLayout,
            compute: { module, entryPoint: s.entry },
          });
        } catch (e) {
          throw new WgslBuildError(`cannot build the pipeline of ${name}.wgsl stage '${s.entry}': ${errorText(e)}`, name);
        }
      }),
    );
    const pipelineMs = performance.now() - t0;

    const placed: Placed[] = [];
    const bindGroup = await scoped(device, `${name}: creating buffers`, () => {
      for (const b of abi.tensors) {
        const size = b.elems * 4 + RED_ZONE_BYTES;
        if (size > lim.maxStorageBufferBindingSize || size > lim.maxBufferSize) {
          throw new RangeError(
            `${name}: tensor ${b.name} needs ${size} bytes (with its red zone); the device allows ${Math.min(lim.maxStorageBufferBindingSize, lim.maxBufferSize)}`,
          );
        }
        const buffer = device.createBuffer({ label: `${name}.${b.name}`, size, usage: BUFFER_STORAGE | BUFFER_COPY_SRC | BUFFER_COPY_DST });
        placed.push({ ...b, buffer });
      }
      return device.createBindGroup({
        label: name,
        layout,
        entries: placed.map((p) => ({ binding: p.binding, resource: { buffer: p.buffer } })),
      });
    }).catch((e: unknown) => {
      for (const p of placed) p.buffer.destroy();
      throw e;
    });
    return new WebGpuRunner(text, abi, device, pipelines, bindGroup, placed, gpu.adapterInfo.timestampQuery, pipelineMs);
  }

  get name(): string {
    return this.abi.kernel;
  }

  private tensor(name: string): Placed {
    this.alive();
    const p = this.placed.find((q) => q.name === name);
    if (!p) throw new Error(`${this.abi.kernel} has no tensor named ${name} (it has ${this.placed.map((q) => q.name).join(', ')})`);
    return p;
  }

  private alive(): void {
    if (this.destroyed) throw new Error(`${this.abi.kernel}: the kernel was destroyed`);
  }

  /** Queues a write of a whole tensor (ordered before the next run). */
  write(name: string, data: Float32Array): void {
    const p = this.tensor(name);
    if (data.length !== p.elems) {
      throw new RangeError(`${this.abi.kernel}: tensor ${name} has ${p.elems} elements, got ${data.length}`);
    }
    this.device.queue.writeBuffer(p.buffer, 0, data.buffer, data.byteOffset, data.byteLength);
  }

  /** Copies a tensor back from the device. */
  async read(name: string): Promise<Float32Array> {
    const p = this.tensor(name);
    const bytes = await this.readBytes([{ buffer: p.buffer, offset: 0, size: p.elems * 4 }]);
    return new Float32Array(bytes);
  }

  /** Fills every output with NaN, so an element the kernel never writes fails verification (in-out tensors hold the caller's data: never poisoned). */
  poisonOutputs(): void {
    this.alive();
    for (const p of this.placed) if (p.role === 'output') this.write(p.name, new Float32Array(p.elems).fill(NaN));
  }

  /** Writes a sentinel pattern into the red zone after every tensor. */
  armRedZones(): void {
    this.alive();
    const zone = new Uint32Array(RED_ZONE_BYTES / 4).fill(RED_ZONE_SENTINEL);
    for (const p of this.placed) this.device.queue.writeBuffer(p.buffer, p.elems * 4, zone);
  }

  /** Names of the tensors whose red zone the kernel overwrote (since `armRedZones`). */
  async redZoneViolations(): Promise<string[]> {
    this.alive();
    const bytes = await this.readBytes(this.placed.map((p) => ({ buffer: p.buffer, offset: p.elems * 4, size: RED_ZONE_BYTES })));
    const words = new Uint32Array(bytes);
    const per = RED_ZONE_BYTES / 4;
    return this.placed
      .filter((_, i) => !words.subarray(i * per, (i + 1) * per).every((w) => w === RED_ZONE_SENTINEL))
      .map((p) => p.name);
  }

  /** Runs every stage in order (one compute pass each) and waits for the device to finish. */
  async run(): Promise<void> {
    this.alive();
    await scoped(this.device, `${this.abi.kernel}: run`, async () => {
      this.device.queue.submit([this.encode()]);
      await this.device.queue.onSubmittedWorkDone();
    });
  }

  /**
   * Times `runs` runs after `warmup` untimed ones: GPU timestamps around each stage's compute pass
   * (summed) where the device has 'timestamp-query', else wall time from submit to onSubmittedWorkDone.
   */
  async time(runs: number, warmup = 1): Promise<TimingResult> {
    this.alive();
    if (!(Number.isInteger(runs) && runs >= 1)) throw new RangeError(`time(): runs must be a positive integer, got ${runs}`);
    for (let i = 0; i < warmup; i++) await this.run();
    const samples: number[] = [];
    const { device } = this;
    if (this.timestamps) {
      const t = this.timerBuffers();
      const n = this.abi.stages.length;
      await scoped(device, `${this.abi.kernel}: timed run`, async () => {
        for (let r = 0; r < runs; r++) {
          const enc = device.createCommandEncoder({ label: this.abi.kernel });
          this.encodePasses(enc, t.querySet);
          enc.resolveQuerySet(t.querySet, 0, 2 * n, t.resolve, 0);
          enc.copyBufferToBuffer(t.resolve, 0, t.readback, 0, 16 * n);
          device.queue.submit([enc.finish()]);
          await t.readback.mapAsync(MAP_MODE_READ);
          const ts = new BigUint64Array(t.readback.getMappedRange().slice(0));
          t.readback.unmap();
          let ns = 0n;
          for (let s = 0; s < n; s++) ns += ts[2 * s + 1]! > ts[2 * s]! ? ts[2 * s + 1]! - ts[2 * s]! : 0n;
          samples.push(Number(ns) / 1e6);
        }
      });
      return { medianMs: median(samples), samples, method: 'timestamp' };
    }
    await scoped(device, `${this.abi.kernel}: timed run`, async () => {
      for (let r = 0; r < runs; r++) {
        const cmd = this.encode();
        const t0 = performance.now();
        device.queue.submit([cmd]);
        await device.queue.onSubmittedWorkDone();
        samples.push(performance.now() - t0);
      }
    });
    return { medianMs: median(samples), samples, method: 'wall' };
  }

  /** Frees the device buffers; the kernel cannot be used afterwards. */
  close(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    for (const p of this.placed) p.buffer.destroy();
    if (this.timer) {
      this.timer.querySet.destroy();
      this.timer.resolve.destroy();
      this.timer.readback.destroy();
    }
  }

  /** A compute pass per stage, in order (each pass sees the previous passes' writes). */
  private encodePasses(enc: GPUCommandEncoder, querySet?: GPUQuerySet): void {
    this.abi.stages.forEach((s, i) => {
      const pass = enc.beginComputePass({
        label: `${this.abi.kernel}:${s.entry}`,
        ...(querySet ? { timestampWrites: { querySet, beginningOfPassWriteIndex: 2 * i, endOfPassWriteIndex: 2 * i + 1 } } : {}),
      });
      pass.setPipeline(this.pipelines[i]!);
      pass.setBindGroup(0, this.bindGroup);
      pass.dispatchWorkgroups(...s.dispatch);
      pass.end();
    });
  }

  /** One command buffer running every stage. */
  private encode(): GPUCommandBuffer {
    const enc = this.device.createCommandEncoder({ label: this.abi.kernel });
    this.encodePasses(enc);
    return enc.finish();
  }

  private timerBuffers(): { querySet: GPUQuerySet; resolve: GPUBuffer; readback: GPUBuffer } {
    if (!this.timer) {
      const n = this.abi.stages.length;
      this.timer = {
        querySet: this.device.createQuerySet({ label: `${this.abi.kernel} timestamps`, type: 'timestamp', count: 2 * n }),
        resolve: this.device.createBuffer({ size: 16 * n, usage: BUFFER_QUERY_RESOLVE | BUFFER_COPY_SRC }),
        readback: this.device.createBuffer({ size: 16 * n, usage: BUFFER_MAP_READ | BUFFER_COPY_DST }),
      };
    }
    return this.timer;
  }

  /** Copies byte ranges of buffers, back to back, into one mappable buffer and returns them. */
  private async readBytes(ranges: { buffer: GPUBuffer; offset: number; size: number }[]): Promise<ArrayBuffer> {
    const total = ranges.reduce((s, r) => s + r.size, 0);
    const staging = this.device.createBuffer({ label: `${this.abi.kernel} readback`, size: Math.max(4, total), usage: BUFFER_MAP_READ | BUFFER_COPY_DST });
    try {
      const enc = this.device.createCommandEncoder();
      let at = 0;
      for (const r of ranges) {
        enc.copyBufferToBuffer(r.buffer, r.offset, staging, at, r.size);
        at += r.size;
      }
      this.device.queue.submit([enc.finish()]);
      await staging.mapAsync(MAP_MODE_READ);
      return staging.getMappedRange(0, total).slice(0);
    } finally {
      staging.destroy();
    }
  }
}

/** Checks the ABI against the contract and the device's limits, naming what is wrong. */
function checkAbi(abi: WebGpuAbi, device: GPUDevice): void {
  const problems = abiProblems(abi);
  const bindings = abi.tensors.map((t) => t.binding);
  if (bindings.some((b, i) => b !== i)) problems.push(`bindings must be 0..${abi.tensors.length - 1} in tensor order, got ${bindings.join(', ')}`);
  if (abi.tensors.length > device.limits.maxStorageBuffersPerShaderStage) {
    problems.push(`${abi.tensors.length} storage buffers; the device allows ${device.limits.maxStorageBuffersPerShaderStage} per shader stage`);
  }
  if (abi.stages.length === 0) problems.push('no stages');
  const maxGroups = device.limits.maxComputeWorkgroupsPerDimension;
  for (const s of abi.stages) {
    if (s.dispatch.length !== 3 || !s.dispatch.every((d) => Number.isInteger(d) && d >= 0 && d <= maxGroups)) {
      problems.push(`stage ${s.entry}: dispatch [${s.dispatch.join(', ')}] must be 3 integers in 0..${maxGroups}`);
    }
  }
  if (problems.length > 0) throw new Error(`invalid WGSL kernel ${abi.kernel}:\n  - ${problems.join('\n  - ')}`);
}
