/**
 * The machine a tuning record was measured on: what decides which schedule is fastest (the CPU and
 * its vector flags, the cores, the engine), and nothing that changes between runs (load, date).
 * Two records are for the same machine exactly when their fingerprints are equal.
 */
import os from 'node:os';
import { readFileSync } from 'node:fs';
import { relaxedSimdSupported } from '../run/wasm.js';

export interface MachineFingerprint {
  /** /proc/cpuinfo vendor_id, family, model, model name (null where there is no /proc/cpuinfo) */
  cpuVendor: string | null;
  cpuFamily: number | null;
  cpuModel: number | null;
  modelName: string;
  /** the vector flags that change what V8 generates and how fast it runs, sorted */
  flags: string[];
  cores: number;
  node: string;
  v8: string;
  relaxedSimd: boolean;
  /** webgpu records: the adapter the kernels ran on */
  adapter?: { vendor: string; architecture: string; device: string; description: string };
}

/** CPU flags that matter to wasm SIMD code generation and speed. */
export const FLAGS_THAT_MATTER = ['sse4_1', 'sse4_2', 'avx', 'avx2', 'fma', 'avx512f', 'avx512vl', 'avx_vnni', 'avx512_vnni'] as const;

/** The fields of the first processor of a /proc/cpuinfo text. */
export function parseCpuinfo(text: string): Pick<MachineFingerprint, 'cpuVendor' | 'cpuFamily' | 'cpuModel' | 'flags'> & { modelName: string | null } {
  const first = text.split(/\n\s*\n/)[0] ?? '';
  const field = (name: string): string | null => {
    const m = new RegExp(`^${name}\\s*:\\s*(.*)$`, 'm').exec(first);
    return m ? m[1]!.trim() : null;
  };
  const int = (v: string | null) => (v !== null && /^\d+$/.test(v) ? Number(v) : null);
  const flags = new Set((field('flags') ?? '').split(/\s+/));
  return {
    cpuVendor: field('vendor_id'),
    cpuFamily: int(field('cpu family')),
    cpuModel: int(field('model')),
    modelName: field('model name'),
    flags: FLAGS_THAT_MATTER.filter((f) => flags.has(f)),
  };
}

/** This machine's fingerprint; for the webgpu target, with the adapter's (vendor, architecture, device, description). */
export function machineFingerprint(adapter?: MachineFingerprint['adapter']): MachineFingerprint {
  let info: ReturnType<typeof parseCpuinfo> = { cpuVendor: null, cpuFamily: null, cpuModel: null, modelName: null, flags: [] };
  try {
    info = parseCpuinfo(readFileSync('/proc/cpuinfo', 'utf8'));
  } catch {
    // not Linux: the model name from os.cpus() is what there is
  }
  return {
    cpuVendor: info.cpuVendor,
    cpuFamily: info.cpuFamily,
    cpuModel: info.cpuModel,
    modelName: info.modelName ?? os.cpus()[0]?.model.trim() ?? 'unknown',
    flags: info.flags,
    cores: os.cpus().length,
    node: process.versions.node,
    v8: process.versions.v8,
    relaxedSimd: relaxedSimdSupported(),
    ...(adapter ? { adapter: { vendor: adapter.vendor, architecture: adapter.architecture, device: adapter.device, description: adapter.description } } : {}),
  };
}

/**
 * The fingerprint a target's records carry: this machine's, and for webgpu with the adapter of
 * the process' device (opened if need be; throws where there is none).
 */
export async function targetFingerprint(target: 'wasm' | 'webgpu'): Promise<MachineFingerprint> {
  if (target === 'wasm') return machineFingerprint();
  const { getGpu } = await import('../run/webgpu.js');
  return machineFingerprint((await getGpu()).adapterInfo);
}
