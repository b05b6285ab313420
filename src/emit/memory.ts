/** The wasm memory plan: where each tensor of a kernel lives in its module's one memory. */
import type { BufferDecl } from '../lower/ir.js';
import type { WasmTensor } from '../targets/abi.js';

/** Bytes left untouched after every tensor; the verifier fills them with a sentinel and checks them after a run. */
export const RED_ZONE_BYTES = 64;
const ALIGN = 64;
export const WASM_PAGE_BYTES = 65536;
/** A wasm32 memory holds at most 65536 pages (4 GiB). */
export const WASM_MAX_PAGES = 65536;

export interface MemoryPlan {
  tensors: WasmTensor[];
  bytes: number;
  pages: number;
  redZoneBytes: number;
}

/** Places tensors one after another, 64-byte aligned, each followed by a red zone. */
export function planMemory(decls: BufferDecl[]): MemoryPlan {
  let at = 0;
  const tensors = decls.map((d) => {
    const b: WasmTensor = { name: d.name, role: d.role, elems: d.elems, shape: d.shape, offset: at };
    at = Math.ceil((at + d.elems * 4 + RED_ZONE_BYTES) / ALIGN) * ALIGN;
    return b;
  });
  return { tensors, bytes: at, pages: Math.max(1, Math.ceil(at / WASM_PAGE_BYTES)), redZoneBytes: RED_ZONE_BYTES };
}
