/**
 * The lowered kernel: plain, JSON-able data that both printers (WAT, WGSL) read. It holds the
 * loop nest with constant trip counts and the unrolled tile bodies, whose every memory access is
 * `buffer[pointer + constant]`. Nothing here knows a target's syntax.
 */
import type { Activation, LayerSpec, Pass } from '../spec/types.js';
import type { Schedule } from '../schedule/index.js';

/** An affine integer expression `c + sum(coef * var)` over loop variables and index locals (elements). */
export interface Affine {
  c: number;
  terms: [name: string, coef: number][];
}

export type FExpr =
  | { op: 'const'; value: number }
  | { op: 'get'; name: string }
  /** buf[ptr + offset]: ptr an index local (or null for 0), offset a constant element count */
  | { op: 'load'; buf: string; ptr: string | null; offset: number }
  | { op: 'add' | 'mul'; a: FExpr; b: FExpr }
  /** sigma(a) */
  | { op: 'act'; fn: Activation; a: FExpr }
  /** sigma'(z) written with y = sigma(z), per conv-math.md */
  | { op: 'actDeriv'; fn: Activation; y: FExpr };

export type Stmt =
  /** for var in 0 until count (count a constant >= 1) */
  | { op: 'loop'; var: string; count: number; body: Stmt[] }
  /** index local = affine expression (elements) */
  | { op: 'index'; name: string; value: Affine }
  /** float local = expression */
  | { op: 'set'; name: string; value: FExpr }
  | { op: 'store'; buf: string; ptr: string | null; offset: number; value: FExpr }
  /** buf[0 .. len) = 0 */
  | { op: 'zero'; buf: string }
  /** dst[dstPtr + i] = src[srcPtr + i] for i < count (non-overlapping) */
  | { op: 'copy'; dst: string; dstPtr: string; src: string; srcPtr: string; count: number }
  | { op: 'comment'; text: string };

export type BufferRole = 'input' | 'output' | 'scratch';

export interface BufferDecl {
  name: string;
  role: BufferRole;
  /** float32 elements */
  elems: number;
  /** logical shape, for headers and bindings */
  shape: number[];
}

export interface LoweredKernel {
  /** stable kernel name, e.g. `res3x3_forward` */
  name: string;
  spec: LayerSpec;
  pass: Pass;
  schedule: Schedule;
  buffers: BufferDecl[];
  /** index locals (i32) and float locals (f32), loop variables included in `indices` */
  indices: string[];
  floats: string[];
  body: Stmt[];
}
