/**
 * WAT printer: a LoweredKernel -> the text of a module built from templates/wasm/module.wat.
 * A pure function of the kernel: equal kernels give byte-identical text.
 *
 * Loop variables hold counts; index locals hold byte addresses relative to their tensor, so the
 * tensor's base and the element offset of an access fold into one `offset=` immediate.
 */
import type { Affine, FExpr, LoweredKernel, Stmt } from '../lower/ir.js';
import { GENERATOR_VERSION } from '../version.js';
import { fillTemplate } from './template.js';
import { planMemory, type MemoryPlan } from './memory.js';
import { describeSpec } from '../spec/parse.js';

export interface WatModule {
  text: string;
  plan: MemoryPlan;
  /** the exported kernel function: the pass name */
  entry: string;
}

export function emitWat(k: LoweredKernel): WatModule {
  const plan = planMemory(k.buffers);
  const base = new Map(plan.buffers.map((b) => [b.name, b.offset]));
  const loopVars = new Set<string>();
  collectLoopVars(k.body, loopVars);
  const helpers = new Set<string>();

  const addr = (name: string, elems: number): number => {
    const b = base.get(name);
    if (b === undefined) throw new Error(`${k.name}: no buffer named ${name}`);
    return b + elems * 4;
  };
  const ptrExpr = (ptr: string | null) => (ptr === null ? '(i32.const 0)' : `(local.get $${ptr})`);

  const affine = (a: Affine): string => {
    // byte scaling: loop counters are multiplied by 4, pointer locals already hold bytes
    const parts = a.terms.map(([v, coef]) => {
      const m = loopVars.has(v) ? coef * 4 : coef;
      return m === 1 ? `(local.get $${v})` : `(i32.mul (local.get $${v}) (i32.const ${m}))`;
    });
    if (a.c !== 0 || parts.length === 0) parts.push(`(i32.const ${a.c * 4})`);
    return parts.reduce((acc, p) => `(i32.add ${acc} ${p})`);
  };

  const f32 = (v: number) => `(f32.const ${Object.is(v, -0) ? '-0' : String(Math.fround(v))})`;
  const fexpr = (e: FExpr): string => {
    switch (e.op) {
      case 'const':
        return f32(e.value);
      case 'get':
        return `(local.get $${e.name})`;
      case 'load':
        return `(f32.load offset=${addr(e.buf, e.offset)} ${ptrExpr(e.ptr)})`;
      case 'add':
        return `(f32.add ${fexpr(e.a)} ${fexpr(e.b)})`;
      case 'mul':
        return `(f32.mul ${fexpr(e.a)} ${fexpr(e.b)})`;
      case 'act':
        return activation(e.fn, fexpr(e.a));
      case 'actDeriv':
        return derivative(e.fn, fexpr(e.y));
    }
  };
  const activation = (fn: string, z: string): string => {
    if (fn === 'none') return z;
    if (fn === 'relu') return `(f32.max ${z} ${f32(0)})`;
    helpers.add('exp');
    helpers.add(fn);
    return `(call $${fn} ${z})`;
  };
  const derivative = (fn: string, y: string): string => {
    switch (fn) {
      case 'relu':
        return `(select ${f32(1)} ${f32(0)} (f32.gt ${y} ${f32(0)}))`;
      case 'sigmoid':
        return `(f32.mul ${y} (f32.sub ${f32(1)} ${y}))`;
      case 'tanh':
        // (1 - y)(1 + y), not 1 - y*y: near |y| = 1 the rounding of y*y would swamp the small result
        return `(f32.mul (f32.sub ${f32(1)} ${y}) (f32.add ${f32(1)} ${y}))`;
      default:
        return f32(1);
    }
  };

  const lines: string[] = [];
  const stmt = (s: Stmt, ind: string): void => {
    switch (s.op) {
      case 'comment':
        lines.push(`${ind};; ${s.text}`);
        break;
      case 'index':
        lines.push(`${ind}(local.set $${s.name} ${affine(s.value)})`);
        break;
      case 'set':
        lines.push(`${ind}(local.set $${s.name} ${fexpr(s.value)})`);
        break;
      case 'store':
        lines.push(`${ind}(f32.store offset=${addr(s.buf, s.offset)} ${ptrExpr(s.ptr)} ${fexpr(s.value)})`);
        break;
      case 'zero': {
        const b = plan.buffers.find((p) => p.name === s.buf)!;
        lines.push(`${ind}(memory.fill (i32.const ${b.offset}) (i32.const 0) (i32.const ${b.elems * 4}))`);
        break;
      }
      case 'copy':
        lines.push(
          `${ind}(memory.copy (i32.add (local.get $${s.dstPtr}) (i32.const ${addr(s.dst, 0)})) ` +
            `(i32.add (local.get $${s.srcPtr}) (i32.const ${addr(s.src, 0)})) (i32.const ${s.count * 4}))`,
        );
        break;
      case 'loop':
        lines.push(`${ind}(local.set $${s.var} (i32.const 0))`);
        if (s.count === 1) {
          s.body.forEach((b) => stmt(b, ind));
          break;
        }
        lines.push(`${ind}(loop $${s.var}_loop`);
        s.body.forEach((b) => stmt(b, ind + '  '));
        lines.push(
          `${ind}  (br_if $${s.var}_loop (i32.lt_u (local.tee $${s.var} (i32.add (local.get $${s.var}) (i32.const 1))) (i32.const ${s.count}))))`,
        );
        break;
    }
  };
  k.body.forEach((s) => stmt(s, '    '));

  const header = [
    `convgen ${GENERATOR_VERSION}: generated file, do not edit. Template: templates/wasm/module.wat`,
    `kernel: ${k.name} (pass ${k.pass}, target wasm)`,
    `spec: ${describeSpec(k.spec)}`,
    `schedule: ${JSON.stringify(k.schedule)}`,
    `memory: ${plan.pages} pages; ${plan.redZoneBytes}-byte red zone after every tensor`,
    ...plan.buffers.map((b) => `  ${b.name} (${b.role}) at byte ${b.offset}, [${b.shape.join(', ')}] float32`),
  ];
  const text = fillTemplate('wasm/module.wat', {
    header: header.map((h) => `;; ${h}`).join('\n'),
    pages: String(plan.pages),
    tensors: plan.buffers
      .filter((b) => b.role !== 'scratch')
      .flatMap((b) => [
        `  (global (export "${b.name}_offset") i32 (i32.const ${b.offset}))`,
        `  (global (export "${b.name}_length") i32 (i32.const ${b.elems}))`,
      ])
      .join('\n'),
    helpers: ['exp', 'sigmoid', 'tanh']
      .filter((h) => helpers.has(h))
      .map((h) => fillTemplate(`wasm/${h}.wat`, {}).trimEnd())
      .join('\n'),
    entry: k.pass,
    locals: [
      ...k.indices.map((n) => `    (local $${n} i32)`),
      ...k.floats.map((n) => `    (local $${n} f32)`),
    ].join('\n'),
    body: lines.join('\n'),
  });
  return { text, plan, entry: k.pass };
}

function collectLoopVars(body: Stmt[], out: Set<string>): void {
  for (const s of body)
    if (s.op === 'loop') {
      out.add(s.var);
      collectLoopVars(s.body, out);
    }
}
