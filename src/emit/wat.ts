/**
 * WAT printer: a LoweredKernel -> the text of a module built from templates/wasm/. A pure function
 * of the kernel: equal kernels give byte-identical text.
 *
 * Loop variables (and `part`) hold counts; index locals hold byte addresses relative to their
 * tensor, so the tensor's base and the element offset of an access fold into one `offset=`
 * immediate. The module exports `prologue`, `main` (taking `part` when the schedule has several
 * threads) and `epilogue`, and the pass itself, which runs all three on the calling thread.
 */
import type { Affine, Cond, FExpr, LoweredKernel, Stmt, VExpr } from '../lower/ir.js';
import { GENERATOR_VERSION } from '../version.js';
import { fillTemplate } from './template.js';
import { planMemory, type MemoryPlan } from './memory.js';
import { describeSpec } from '../layer/parse.js';

export interface WatModule {
  text: string;
  plan: MemoryPlan;
  /** the exported function that runs the whole pass: the pass name */
  entry: string;
  /** threads the module is split for (1: own memory; more: imports a shared env.memory) */
  threads: number;
  /** exported functions that exist: prologue and epilogue may be absent when empty */
  phases: { prologue: boolean; epilogue: boolean };
}

const ZERO = '(v128.const i32x4 0 0 0 0)';

export function emitWat(k: LoweredKernel): WatModule {
  const plan = planMemory(k.buffers);
  const threads = k.schedule.threads;
  const base = new Map(plan.buffers.map((b) => [b.name, b.offset]));
  const counters = new Set<string>(['part']);
  for (const part of [k.prologue, k.main, k.epilogue]) collectLoopVars(part, counters);
  const helpers = new Set<string>();

  const addr = (name: string, elems: number): number => {
    const b = base.get(name);
    if (b === undefined) throw new Error(`${k.name}: no buffer named ${name}`);
    return b + elems * 4;
  };
  const ptrExpr = (ptr: string | null) => (ptr === null ? '(i32.const 0)' : `(local.get $${ptr})`);

  /** An affine value in bytes (scale 4: counters are multiplied by 4, pointer locals already hold bytes) or in counts (scale 1: counters only). */
  const affine = (a: Affine, scale: 1 | 4 = 4): string => {
    const parts = a.terms.map(([v, coef]) => {
      if (scale === 1 && !counters.has(v)) throw new Error(`${k.name}: condition on ${v}, which is not a loop or grid variable`);
      const m = counters.has(v) ? coef * scale : coef;
      return m === 1 ? `(local.get $${v})` : `(i32.mul (local.get $${v}) (i32.const ${m}))`;
    });
    if (a.c !== 0 || parts.length === 0) parts.push(`(i32.const ${a.c * scale})`);
    return parts.reduce((acc, p) => `(i32.add ${acc} ${p})`);
  };
  const condition = (cs: Cond[]): string =>
    cs.map((c) => `(i32.lt_u ${affine(c.a, 1)} (i32.const ${c.lt}))`).reduce((acc, c) => `(i32.and ${acc} ${c})`);

  const f32 = (v: number) => `(f32.const ${String(Math.fround(v))})`;
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
      case 'lane':
        return `(f32x4.extract_lane ${e.lane} ${vexpr(e.v)})`;
    }
  };
  const vexpr = (e: VExpr): string => {
    switch (e.op) {
      case 'vget':
        return `(local.get $${e.name})`;
      case 'vload':
        return `(v128.load offset=${addr(e.buf, e.offset)} align=4 ${ptrExpr(e.ptr)})`;
      case 'vsplat':
        return `(v128.load32_splat offset=${addr(e.buf, e.offset)} ${ptrExpr(e.ptr)})`;
      case 'vzero':
        return ZERO;
      case 'vfma':
        return k.fma
          ? `(f32x4.relaxed_madd ${vexpr(e.a)} ${vexpr(e.b)} ${vexpr(e.acc)})`
          : `(f32x4.add ${vexpr(e.acc)} (f32x4.mul ${vexpr(e.a)} ${vexpr(e.b)}))`;
      case 'vrelu':
        return `(f32x4.max ${vexpr(e.a)} ${ZERO})`;
      case 'vmul':
        return `(f32x4.mul ${vexpr(e.a)} ${vexpr(e.b)})`;
      case 'vadd':
        return `(f32x4.add ${vexpr(e.a)} ${vexpr(e.b)})`;
      case 'vderiv':
        return vderivative(e.fn, vexpr(e.y));
      case 'vshuffle': {
        const bytes = e.lanes.flatMap((l) => [0, 1, 2, 3].map((b) => l * 4 + b));
        return `(i8x16.shuffle ${bytes.join(' ')} ${vexpr(e.a)} ${vexpr(e.b)})`;
      }
      case 'vbuild':
        return e.lanes.slice(1).reduce((v, l, i) => `(f32x4.replace_lane ${i + 1} ${v} ${fexpr(l)})`, `(f32x4.splat ${fexpr(e.lanes[0])})`);
      case 'vact':
        helpers.add('vexp');
        helpers.add(`v${e.fn}`);
        return `(call $v${e.fn} ${vexpr(e.a)})`;
    }
  };
  const activation = (fn: string, z: string): string => {
    if (fn === 'none') return z;
    if (fn === 'relu') return `(f32.max ${z} ${f32(0)})`;
    helpers.add('exp');
    helpers.add(fn);
    return `(call $${fn} ${z})`;
  };
  const ONES = '(f32x4.splat (f32.const 1))';
  const vderivative = (fn: string, y: string): string => {
    switch (fn) {
      case 'relu':
        return `(v128.and (f32x4.gt ${y} ${ZERO}) ${ONES})`;
      case 'sigmoid':
        return `(f32x4.mul ${y} (f32x4.sub ${ONES} ${y}))`;
      case 'tanh':
        return `(f32x4.mul (f32x4.sub ${ONES} ${y}) (f32x4.add ${ONES} ${y}))`;
      default:
        return ONES;
    }
  };
  const derivative = (fn: string, y: string): string => {
    switch (fn) {
      case 'relu':
        // branch-free: a select on random signs compiles to a mispredicted branch
        return `(f32.convert_i32_u (f32.gt ${y} ${f32(0)}))`;
      case 'sigmoid':
        return `(f32.mul ${y} (f32.sub ${f32(1)} ${y}))`;
      case 'tanh':
        // (1 - y)(1 + y), not 1 - y*y: near |y| = 1 the rounding of y*y would swamp the small result
        return `(f32.mul (f32.sub ${f32(1)} ${y}) (f32.add ${f32(1)} ${y}))`;
      default:
        return f32(1);
    }
  };

  /** Prints statements; returns the lines and the locals they assign. */
  const printPart = (stmts: Stmt[]) => {
    const lines: string[] = [];
    const assigned = new Set<string>();
    const stmt = (s: Stmt, ind: string): void => {
      switch (s.op) {
        case 'comment':
          lines.push(`${ind};; ${s.text}`);
          break;
        case 'index':
        case 'set':
        case 'vset':
          assigned.add(s.name);
          lines.push(`${ind}(local.set $${s.name} ${s.op === 'index' ? affine(s.value) : s.op === 'set' ? fexpr(s.value) : vexpr(s.value)})`);
          break;
        case 'store':
          lines.push(`${ind}(f32.store offset=${addr(s.buf, s.offset)} ${ptrExpr(s.ptr)} ${fexpr(s.value)})`);
          break;
        case 'vstore':
          lines.push(`${ind}(v128.store offset=${addr(s.buf, s.offset)} align=4 ${ptrExpr(s.ptr)} ${vexpr(s.value)})`);
          break;
        case 'zero': {
          const b = plan.buffers.find((p) => p.name === s.buf)!;
          lines.push(`${ind}(memory.fill (i32.const ${b.offset}) (i32.const 0) (i32.const ${b.elems * 4}))`);
          break;
        }
        case 'grid':
          // on the CPU a grid is a loop nest over its variables, first dimension outermost
          s.dims
            .flatMap((d) => d.vars)
            .reduceRight<Stmt[]>((body, v) => [{ op: 'loop', var: v.name, count: v.count, body }], s.body)
            .forEach((l) => stmt(l, ind));
          break;
        case 'if':
          lines.push(`${ind}(if ${condition(s.cond)}`);
          lines.push(`${ind}  (then`);
          s.then.forEach((b) => stmt(b, ind + '    '));
          lines.push(`${ind}  )`);
          if (s.else.length > 0) {
            lines.push(`${ind}  (else`);
            s.else.forEach((b) => stmt(b, ind + '    '));
            lines.push(`${ind}  )`);
          }
          lines.push(`${ind})`);
          break;
        case 'loop': {
          assigned.add(s.var);
          const v = s.var;
          if (s.parallel && threads > 1) {
            // this thread's share of the loop: [part * count / threads, (part + 1) * count / threads)
            assigned.add(`${v}_end`);
            lines.push(`${ind}(local.set $${v} (i32.div_u (i32.mul (local.get $part) (i32.const ${s.count})) (i32.const ${threads})))`);
            lines.push(`${ind}(local.set $${v}_end (i32.div_u (i32.mul (i32.add (local.get $part) (i32.const 1)) (i32.const ${s.count})) (i32.const ${threads})))`);
            lines.push(`${ind}(if (i32.lt_u (local.get $${v}) (local.get $${v}_end)) (then`);
            lines.push(`${ind}  (loop $${v}_loop`);
            s.body.forEach((b) => stmt(b, ind + '    '));
            lines.push(`${ind}    (br_if $${v}_loop (i32.lt_u (local.tee $${v} (i32.add (local.get $${v}) (i32.const 1))) (local.get $${v}_end))))))`);
            break;
          }
          lines.push(`${ind}(local.set $${v} (i32.const 0))`);
          if (s.count === 1) {
            s.body.forEach((b) => stmt(b, ind));
            break;
          }
          lines.push(`${ind}(loop $${v}_loop`);
          s.body.forEach((b) => stmt(b, ind + '  '));
          lines.push(`${ind}  (br_if $${v}_loop (i32.lt_u (local.tee $${v} (i32.add (local.get $${v}) (i32.const 1))) (i32.const ${s.count}))))`);
          break;
        }
      }
    };
    stmts.forEach((s) => stmt(s, '    '));
    const declare = (names: string[], type: string) => names.filter((n) => assigned.has(n)).map((n) => `    (local $${n} ${type})`);
    const ends = [...assigned].filter((n) => n.endsWith('_end') && !k.indices.includes(n)).map((n) => `    (local $${n} i32)`);
    const locals = [...declare(k.indices, 'i32'), ...ends, ...declare(k.floats, 'f32'), ...declare(k.vectors, 'v128')];
    return { body: lines.join('\n'), locals: locals.join('\n') };
  };

  const fn = (name: string, about: string, stmts: Stmt[], params = '') => {
    const { body, locals } = printPart(stmts);
    return fillTemplate('wasm/function.wat', { name, about, params, locals, body }).trimEnd();
  };
  const hasPrologue = k.prologue.length > 0;
  const hasEpilogue = k.epilogue.length > 0;
  const functions = [
    hasPrologue
      ? fn(
          'prologue',
          `once per call, before main: padded copies, packed weights, delta${threads > 1 ? `; thread \`part\` of ${threads} runs its share of every parallel loop` : ''}`,
          k.prologue,
          threads > 1 ? ' (param $part i32)' : '',
        )
      : '',
    fn(
      'main',
      threads > 1 ? `the work; thread \`part\` of ${threads} runs its share of every parallel loop` : 'the work',
      k.main,
      threads > 1 ? ' (param $part i32)' : '',
    ),
    hasEpilogue ? fn('epilogue', 'once per call, after every thread finished main', k.epilogue) : '',
  ].filter((f) => f !== '');
  const shares = (f: string) => (threads > 1 ? Array.from({ length: threads }, (_, p) => `    (call $${f} (i32.const ${p}))`) : [`    (call $${f})`]);
  const calls = [
    ...(hasPrologue ? shares('prologue') : []),
    ...shares('main'),
    ...(hasEpilogue ? ['    (call $epilogue)'] : []),
  ];

  const header = [
    `convgen ${GENERATOR_VERSION}: generated file, do not edit. Template: templates/wasm/module.wat`,
    `kernel: ${k.name} (pass ${k.pass}, target wasm)`,
    `spec: ${describeSpec(k.spec)}`,
    `schedule: ${JSON.stringify(k.schedule)}`,
    `memory: ${plan.pages} pages${threads > 1 ? ', shared, imported as env.memory' : ''}; ${plan.redZoneBytes}-byte red zone after every tensor`,
    ...plan.buffers.map((b) => `  ${b.name} (${b.role}) at byte ${b.offset}, [${b.shape.join(', ')}] float32`),
  ];
  const text = fillTemplate('wasm/module.wat', {
    header: header.map((h) => `;; ${h}`).join('\n'),
    memory:
      threads > 1
        ? `  (import "env" "memory" (memory ${plan.pages} ${plan.pages} shared))\n  (export "memory" (memory 0))`
        : `  (memory (export "memory") ${plan.pages} ${plan.pages})`,
    tensors: plan.buffers
      .filter((b) => b.role !== 'scratch')
      .flatMap((b) => [
        `  (global (export "${b.name}_offset") i32 (i32.const ${b.offset}))`,
        `  (global (export "${b.name}_length") i32 (i32.const ${b.elems}))`,
      ])
      .join('\n'),
    // printing the functions above decided which helpers are called
    helpers: ['exp', 'sigmoid', 'tanh', 'vexp', 'vsigmoid', 'vtanh']
      .filter((h) => helpers.has(h))
      .map((h) => fillTemplate(`wasm/${h}.wat`, {}).trimEnd())
      .join('\n'),
    functions: functions.join('\n'),
    entry: k.pass,
    calls: calls.join('\n'),
  });
  return { text, plan, entry: k.pass, threads, phases: { prologue: hasPrologue, epilogue: hasEpilogue } };
}

/** Loop and grid variables: they hold counts, not byte addresses. */
export function collectLoopVars(body: Stmt[], out: Set<string>): void {
  for (const s of body) {
    if (s.op === 'loop') out.add(s.var);
    if (s.op === 'grid') for (const d of s.dims) for (const v of d.vars) out.add(v.name);
    if (s.op === 'loop' || s.op === 'grid') collectLoopVars(s.body, out);
    if (s.op === 'if') {
      collectLoopVars(s.then, out);
      collectLoopVars(s.else, out);
    }
  }
}
