import type { BufferDecl, BufferRole } from '../lower/ir.js';

/** Bytes left untouched after every tensor; the verifier fills them with a sentinel and checks them after a run. */
export const RED_ZONE_BYTES = 64;
const ALIGN = 64;
export const WASM_PAGE_BYTES = 65536;

export interface PlacedBuffer {
  name: string;
  role: BufferRole;
  /** byte offset in the module's memory */
  offset: number;
  elems: number;
  shape: number[];
}

export interface MemoryPlan {
  buffers: PlacedBuffer[];
  bytes: number;
  pages: number;
  redZoneBytes: number;
}

/** Places tensors one after another, 64-byte aligned, each followed by a red zone. */
export function planMemory(decls: BufferDecl[]): MemoryPlan {
  let at = 0;
  const buffers = decls.map((d) => {
    const b: PlacedBuffer = { name: d.name, role: d.role, offset: at, elems: d.elems, shape: d.shape };
    at = Math.ceil((at + d.elems * 4 + RED_ZONE_BYTES) / ALIGN) * ALIGN;
    return b;
  });
  return { buffers, bytes: at, pages: Math.max(1, Math.ceil(at / WASM_PAGE_BYTES)), redZoneBytes: RED_ZONE_BYTES };
}
