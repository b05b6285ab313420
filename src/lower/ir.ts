/**
 * The lowered kernel: plain, JSON-able data that both printers (WAT, WGSL) read. It holds the
 * loop nest with constant trip counts and the unrolled tile bodies, whose every memory access is
 * `buffer[pointer + constant]`. Nothing here knows a target's syntax.
 */
import type { Activation, LayerSpec, Pass } from '../layer/types.js';
import type { Schedule } from '../schedule/index.js';

/**
 * An affine integer expression `c + sum(coef * var)` over loop variables, index locals (elements)
 * and `part`, the running thread's share (0 until schedule.threads).
 */
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
  | { op: 'actDeriv'; fn: Activation; y: FExpr }
  /** one lane of a vector */
  | { op: 'lane'; v: VExpr; lane: number };

/** A 4 x float32 vector expression (f32x4 on wasm). */
export type VExpr =
  | { op: 'vget'; name: string }
  /** buf[ptr + offset .. + 3] */
  | { op: 'vload'; buf: string; ptr: string | null; offset: number }
  /** buf[ptr + offset] in all four lanes */
  | { op: 'vsplat'; buf: string; ptr: string | null; offset: number }
  | { op: 'vzero' }
  /** acc + a * b, fused (relaxed madd) when the kernel's schedule says fma */
  | { op: 'vfma'; acc: VExpr; a: VExpr; b: VExpr }
  /** max(a, 0) lane-wise */
  | { op: 'vrelu'; a: VExpr }
  /** sigmoid or tanh lane-wise, in float32 */
  | { op: 'vact'; fn: 'sigmoid' | 'tanh'; a: VExpr }
  | { op: 'vmul' | 'vadd'; a: VExpr; b: VExpr }
  /** lanes picked from a (0-3) and b (4-7) */
  | { op: 'vshuffle'; a: VExpr; b: VExpr; lanes: [number, number, number, number] }
  /** a vector of four scalars (a gather) */
  | { op: 'vbuild'; lanes: [FExpr, FExpr, FExpr, FExpr] }
  /** sigma'(z) lane-wise, from y = sigma(z) */
  | { op: 'vderiv'; fn: Activation; y: VExpr };

/** `0 <= a < lt`, compared unsigned (a negative `a` is out of range). */
export interface Cond {
  a: Affine;
  lt: number;
}

/** One dimension of a grid: the product of its variables, the first the slowest. */
export interface GridDim {
  vars: { name: string; count: number }[];
}

export type Stmt =
  /**
   * every combination of the variables at once: one GPU invocation each (a dispatch of its own, in
   * the order of the kernel's statements), nested loops on the CPU. Only at the top of a part.
   */
  | { op: 'grid'; dims: GridDim[]; workgroup: [number, number, number]; body: Stmt[] }
  /** when every condition holds, `then`, else `else` */
  | { op: 'if'; cond: Cond[]; then: Stmt[]; else: Stmt[] }
  /**
   * for var in 0 until count (count a constant >= 1). A `parallel` loop is split between threads:
   * each runs a sub-range. Statements outside parallel loops run on every thread, so a lowering
   * keeps its stores inside them (or stores per-thread partial results).
   */
  | {
      op: 'loop';
      var: string;
      count: number;
      body: Stmt[];
      parallel?: boolean;
      /**
       * a parallel loop whose iterations write disjoint results (so they do not depend on which thread
       * runs which): threads take its iterations one at a time from a shared counter, so a thread on
       * a busy core takes fewer (else each takes a fixed share)
       */
      dynamic?: boolean;
      /** set by lower(): the dynamic loop's slot in the `counters` buffer (threads > 1) */
      counter?: number;
    }
  /** index local = affine expression (elements) */
  | { op: 'index'; name: string; value: Affine }
  /** float local = expression */
  | { op: 'set'; name: string; value: FExpr }
  | { op: 'store'; buf: string; ptr: string | null; offset: number; value: FExpr }
  /** vector local = expression */
  | { op: 'vset'; name: string; value: VExpr }
  /** buf[ptr + offset .. + 3] = value */
  | { op: 'vstore'; buf: string; ptr: string | null; offset: number; value: VExpr }
  /** buf[0 .. len) = 0 */
  | { op: 'zero'; buf: string }
  | { op: 'comment'; text: string };

/** input: written by the caller; output: written by the kernel; inout: read and updated in place; scratch: the kernel's own */
export type BufferRole = 'input' | 'output' | 'inout' | 'scratch';

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
  /** index locals (i32), float locals (f32) and vector locals (4 x f32); loop variables are in `indices` */
  indices: string[];
  floats: string[];
  vectors: string[];
  /** runs once per call before main, split between threads like main: padded copies, packed weights, delta */
  prologue: Stmt[];
  /**
   * the work, split between threads at its parallel loops (each thread runs a sub-range of every
   * parallel loop); the index `part` (0 until schedule.threads) names the running thread's share
   */
  main: Stmt[];
  /** runs once per call after every thread's share of main: e.g. summing per-thread partial results */
  epilogue: Stmt[];
  /** f32x4 multiply-adds are emitted fused (relaxed SIMD) */
  fma: boolean;
}
