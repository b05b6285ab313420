/**
 * The one expression walker both printers use (after tinygrad's cstyle renderer): a walk over
 * FExpr, VExpr, Affine and Cond that renders the operands first and hands them to a per-target
 * operation table, which only spells operations. The WAT table (emit/wat.ts) and the WGSL table
 * (emit/wgsl.ts) differ in spelling, never in what they walk. An operation a table leaves out has
 * no form on that target: the target's legalization (emit/legalize.ts) rejects kernels using it
 * before printing, so the walker's own error is only a backstop.
 */
import type { Activation } from '../layer/types.js';
import type { Affine, Cond, FExpr, VExpr } from '../lower/ir.js';

/** An affine value as an address (WAT: bytes) or as a count (conditions, loop bounds). */
export type AffineUse = 'address' | 'count';

/** How a target spells each operation; operands arrive already rendered. */
export interface OpTable {
  /** a float32 constant (the value is already rounded to float32) */
  f32(value: number): string;
  /** a local (float, vector or index) */
  local(name: string): string;
  /** buf[ptr + offset] */
  load(buf: string, ptr: string | null, offset: number): string;
  add(a: string, b: string): string;
  mul(a: string, b: string): string;
  /** sigma(z) per activation */
  act: Record<Activation, (z: string) => string>;
  /** sigma'(z) from y = sigma(z) per activation (conv-math.md) */
  actDeriv: Record<Activation, (y: string) => string>;
  /** affine pieces: `coef * name` (null: the term is 0, e.g. `part` in a kernel that is not split), a constant, and their sum */
  term(name: string, coef: number, use: AffineUse): string | null;
  constant(c: number, use: AffineUse): string;
  sum(parts: string[]): string;
  /** 0 <= a < n, unsigned; and the conjunction of several */
  below(a: string, n: number): string;
  all(conds: string[]): string;
  /** f32x4 operations; absent on targets without vectors */
  vector?: VectorOps;
}

export interface VectorOps {
  lane(v: string, lane: number): string;
  vload(buf: string, ptr: string | null, offset: number): string;
  vsplat(buf: string, ptr: string | null, offset: number): string;
  vzero(): string;
  vfma(acc: string, a: string, b: string): string;
  vrelu(a: string): string;
  vact(fn: 'sigmoid' | 'tanh', a: string): string;
  vmul(a: string, b: string): string;
  vadd(a: string, b: string): string;
  vshuffle(a: string, b: string, lanes: [number, number, number, number]): string;
  vbuild(lanes: [string, string, string, string]): string;
  vderiv(fn: Activation, y: string): string;
}

export interface ExprPrinter {
  fexpr(e: FExpr): string;
  vexpr(e: VExpr): string;
  affine(a: Affine, use?: AffineUse): string;
  cond(cs: Cond[]): string;
}

/** The walker over a table; `target` names the target in the backstop errors. */
export function exprPrinter(t: OpTable, target: string): ExprPrinter {
  const vec = (what: string): VectorOps => {
    if (!t.vector) throw new Error(`${what}: vector expressions have no ${target} form`);
    return t.vector;
  };
  const fexpr = (e: FExpr): string => {
    switch (e.op) {
      case 'const':
        return t.f32(Math.fround(e.value));
      case 'get':
        return t.local(e.name);
      case 'load':
        return t.load(e.buf, e.ptr, e.offset);
      case 'add':
        return t.add(fexpr(e.a), fexpr(e.b));
      case 'mul':
        return t.mul(fexpr(e.a), fexpr(e.b));
      case 'act':
        return t.act[e.fn](fexpr(e.a));
      case 'actDeriv':
        return t.actDeriv[e.fn](fexpr(e.y));
      case 'lane':
        return vec('lane').lane(vexpr(e.v), e.lane);
    }
  };
  const vexpr = (e: VExpr): string => {
    const v = vec(e.op);
    switch (e.op) {
      case 'vget':
        return t.local(e.name);
      case 'vload':
        return v.vload(e.buf, e.ptr, e.offset);
      case 'vsplat':
        return v.vsplat(e.buf, e.ptr, e.offset);
      case 'vzero':
        return v.vzero();
      case 'vfma':
        return v.vfma(vexpr(e.acc), vexpr(e.a), vexpr(e.b));
      case 'vrelu':
        return v.vrelu(vexpr(e.a));
      case 'vact':
        return v.vact(e.fn, vexpr(e.a));
      case 'vmul':
        return v.vmul(vexpr(e.a), vexpr(e.b));
      case 'vadd':
        return v.vadd(vexpr(e.a), vexpr(e.b));
      case 'vshuffle':
        return v.vshuffle(vexpr(e.a), vexpr(e.b), e.lanes);
      case 'vbuild':
        return v.vbuild(e.lanes.map(fexpr) as [string, string, string, string]);
      case 'vderiv':
        return v.vderiv(e.fn, vexpr(e.y));
    }
  };
  const affine = (a: Affine, use: AffineUse = 'address'): string => {
    const parts = a.terms.map(([name, coef]) => t.term(name, coef, use)).filter((p): p is string => p !== null);
    if (a.c !== 0 || parts.length === 0) parts.push(t.constant(a.c, use));
    return t.sum(parts);
  };
  const cond = (cs: Cond[]): string => t.all(cs.map((c) => t.below(affine(c.a, 'count'), c.lt)));
  return { fexpr, vexpr, affine, cond };
}
