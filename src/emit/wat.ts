/**
 * WAT printer: a LoweredKernel -> the text of a module built from templates/wasm/. A pure function
 * of the kernel: equal kernels give byte-identical text.
 *
 * Loop variables (and `part`) hold counts; index locals hold byte addresses relative to their
 * tensor, so the tensor's base and the element offset of an access fold into one `offset=`
 * immediate. The module exports `prologue`, `main` (taking `part` when the schedule has several
 * threads) and `epilogue`, and the pass itself, which runs all three on the calling thread.
 * Expressions are printed by the shared walker (emit/expr.ts) with the WAT operation table below;
 * the statements (loops, grids as loop nests, stores) are printed here.
 */
import type { LoweredKernel, Stmt } from '../lower/ir.js';
import { GENERATOR_VERSION } from '../version.js';
import { fillTemplate } from './template.js';
import { planMemory, WASM_MAX_PAGES, WASM_PAGE_BYTES, type MemoryPlan } from './memory.js';
import { describeSpec } from '../layer/parse.js';
import { passDecl } from '../passes/index.js';
import { exprPrinter, type OpTable } from './expr.js';
import type { WasmAbi } from '../targets/abi.js';

const ZERO = '(v128.const i32x4 0 0 0 0)';
const ONES = '(f32x4.splat (f32.const 1))';
const f32 = (v: number) => `(f32.const ${String(Math.fround(v))})`;
const ptrExpr = (ptr: string | null) => (ptr === null ? '(i32.const 0)' : `(local.get $${ptr})`);

/**
 * What WAT cannot express, named before printing: a wasm32 memory holds at most 4 GiB. Every
 * schedule kind prints as WAT (gpu grids become loop nests).
 */
export function legalizeWat(k: LoweredKernel, plan: MemoryPlan = planMemory(k.buffers)): void {
  if (plan.pages > WASM_MAX_PAGES) {
    throw new RangeError(
      `${k.name}: the tensors of ${k.pass} need ${plan.bytes} bytes of memory (with scratch and red zones); ` +
        `a wasm32 memory holds at most ${WASM_MAX_PAGES * WASM_PAGE_BYTES} bytes (4 GiB): use a smaller layer (N, H, W or channels)`,
    );
  }
}

/**
 * The WAT operation table. Loop variables (and `part`) hold counts; index locals hold byte
 * addresses relative to their tensor, so an address is `4 * counter` plus pointer locals as they
 * are, and a count (a condition) may only use counters.
 */
function watTable(k: LoweredKernel, addr: (buf: string, elems: number) => number, counters: Set<string>, helpers: Set<string>): OpTable {
  const call = (fn: string, a: string, uses: string[]) => {
    for (const h of uses) helpers.add(h);
    return `(call $${fn} ${a})`;
  };
  return {
    f32,
    local: (name) => `(local.get $${name})`,
    load: (buf, ptr, offset) => `(f32.load offset=${addr(buf, offset)} ${ptrExpr(ptr)})`,
    add: (a, b) => `(f32.add ${a} ${b})`,
    mul: (a, b) => `(f32.mul ${a} ${b})`,
    act: {
      none: (z) => z,
      relu: (z) => `(f32.max ${z} ${f32(0)})`,
      sigmoid: (z) => call('sigmoid', z, ['exp', 'sigmoid']),
      tanh: (z) => call('tanh', z, ['exp', 'tanh']),
    },
    actDeriv: {
      none: () => f32(1),
      // branch-free: a select on random signs compiles to a mispredicted branch
      relu: (y) => `(f32.convert_i32_u (f32.gt ${y} ${f32(0)}))`,
      sigmoid: (y) => `(f32.mul ${y} (f32.sub ${f32(1)} ${y}))`,
      // (1 - y)(1 + y), not 1 - y*y: near |y| = 1 the rounding of y*y would swamp the small result
      tanh: (y) => `(f32.mul (f32.sub ${f32(1)} ${y}) (f32.add ${f32(1)} ${y}))`,
    },
    term: (v, coef, use) => {
      // `part`, the thread's share, is 0 in a kernel that is not split (it has no $part then)
      if (v === 'part' && k.schedule.threads <= 1) return null;
      if (use === 'count' && !counters.has(v)) throw new Error(`${k.name}: condition on ${v}, which is not a loop or grid variable`);
      const m = counters.has(v) && use === 'address' ? coef * 4 : coef;
      return m === 1 ? `(local.get $${v})` : `(i32.mul (local.get $${v}) (i32.const ${m}))`;
    },
    constant: (c, use) => `(i32.const ${use === 'address' ? c * 4 : c})`,
    sum: (parts) => parts.reduce((acc, p) => `(i32.add ${acc} ${p})`),
    below: (a, n) => `(i32.lt_u ${a} (i32.const ${n}))`,
    all: (cs) => cs.reduce((acc, c) => `(i32.and ${acc} ${c})`),
    vector: {
      lane: (v, lane) => `(f32x4.extract_lane ${lane} ${v})`,
      vload: (buf, ptr, offset) => `(v128.load offset=${addr(buf, offset)} align=4 ${ptrExpr(ptr)})`,
      vsplat: (buf, ptr, offset) => `(v128.load32_splat offset=${addr(buf, offset)} ${ptrExpr(ptr)})`,
      vzero: () => ZERO,
      vfma: (acc, a, b) => (k.fma ? `(f32x4.relaxed_madd ${a} ${b} ${acc})` : `(f32x4.add ${acc} (f32x4.mul ${a} ${b}))`),
      vrelu: (a) => `(f32x4.max ${a} ${ZERO})`,
      // written out in place: a call made in a tile's stores costs V8 a third of the function (measured)
      vact: (fn, a) => inlineHelper(`v${fn}`, a),
      vmul: (a, b) => `(f32x4.mul ${a} ${b})`,
      vadd: (a, b) => `(f32x4.add ${a} ${b})`,
      vshuffle: (a, b, lanes) => `(i8x16.shuffle ${lanes.flatMap((l) => [0, 1, 2, 3].map((x) => l * 4 + x)).join(' ')} ${a} ${b})`,
      vbuild: (lanes) => lanes.slice(1).reduce((v, l, i) => `(f32x4.replace_lane ${i + 1} ${v} ${l})`, `(f32x4.splat ${lanes[0]})`),
      vderiv: (fn, y) =>
        fn === 'relu'
          ? `(v128.and (f32x4.gt ${y} ${ZERO}) ${ONES})`
          : fn === 'sigmoid'
            ? `(f32x4.mul ${y} (f32x4.sub ${ONES} ${y}))`
            : fn === 'tanh'
              ? `(f32x4.mul (f32x4.sub ${ONES} ${y}) (f32x4.add ${ONES} ${y}))`
              : ONES,
    },
  };
}

/**
 * A one-parameter helper of templates/wasm (`(func $name (param $p v128) (result v128) (local ...) body)`)
 * as an expression: a block that sets the parameter and runs the body, its parameter and locals
 * renamed `$name_p` (declared by the function that uses it: see inlineLocals).
 */
function inlineHelper(name: string, arg: string): string {
  let h = inlined.get(name);
  if (!h) {
    const t = fillTemplate(`wasm/${name}.wat`, {});
    const head = new RegExp(`\\(func \\$${name} \\(param \\$(\\w+) v128\\) \\(result v128\\)((?: \\(local \\$\\w+ v128\\))*)`).exec(t);
    if (!head) throw new Error(`templates/wasm/${name}.wat: not a one-parameter v128 helper`);
    const names = [head[1]!, ...[...head[2]!.matchAll(/\$(\w+)/g)].map((m) => m[1]!)];
    let body = t.slice(head.index + head[0].length, t.lastIndexOf(')')).replace(/;;[^\n]*/g, '');
    for (const n of names) body = body.replace(new RegExp(`\\$${n}\\b`, 'g'), `$${name}_${n}`);
    h = { param: `$${name}_${names[0]}`, body: body.replace(/\s+/g, ' ').trim() };
    inlined.set(name, h);
  }
  return `(block (result v128) (local.set ${h.param} ${arg}) ${h.body})`;
}
/** inlineHelper's parsed templates: the renamed parameter and body, per helper */
const inlined = new Map<string, { param: string; body: string }>();

/** Declarations of the locals of the helpers written out in a function's body (inlineHelper). */
function inlineLocals(body: string): string[] {
  const out: string[] = [];
  for (const m of new Set(body.match(/\$v(?:tanh|sigmoid)_\w+/g) ?? [])) out.push(`    (local ${m} v128)`);
  return out.sort();
}

/** The WAT text of a kernel and its ABI (a pure function of the kernel: equal kernels give byte-identical text). */
export function emitWat(k: LoweredKernel): { text: string; abi: WasmAbi } {
  const plan = planMemory(k.buffers);
  legalizeWat(k, plan);
  const threads = k.schedule.threads;
  const counters = new Set<string>(['part']);
  for (const part of [k.prologue, k.main, k.epilogue]) collectLoopVars(part, counters);
  const helpers = new Set<string>();
  const base = new Map(plan.tensors.map((b) => [b.name, b.offset]));
  /** the byte address of buf[elems]: the tensor's base folded into the `offset=` immediate */
  const addr = (name: string, elems: number): number => {
    const b = base.get(name);
    if (b === undefined) throw new Error(`${k.name}: no buffer named ${name}`);
    return b + elems * 4;
  };
  const { fexpr, vexpr, affine, cond: condition } = exprPrinter(watTable(k, addr, counters, helpers), 'WAT');

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
          const b = plan.tensors.find((p) => p.name === s.buf)!;
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
          if (s.parallel && threads > 1 && s.counter !== undefined) {
            // iterations taken one at a time from a shared counter (zeroed between calls): a thread on a busy core takes fewer
            lines.push(`${ind}(block $${v}_done`);
            lines.push(`${ind}  (loop $${v}_loop`);
            lines.push(`${ind}    (local.set $${v} (i32.atomic.rmw.add offset=${addr('counters', s.counter)} (i32.const 0) (i32.const 1)))`);
            lines.push(`${ind}    (br_if $${v}_done (i32.ge_u (local.get $${v}) (i32.const ${s.count})))`);
            s.body.forEach((b) => stmt(b, ind + '    '));
            lines.push(`${ind}    (br $${v}_loop)))`);
            break;
          }
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
    const body = lines.join('\n');
    const locals = [...declare(k.indices, 'i32'), ...ends, ...declare(k.floats, 'f32'), ...declare(k.vectors, 'v128'), ...inlineLocals(body)];
    return { body, locals: locals.join('\n') };
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
    ...plan.tensors.map((b) => `  ${b.name} (${b.role}) at byte ${b.offset}, [${b.shape.join(', ')}] float32`),
  ];
  const text = fillTemplate('wasm/module.wat', {
    header: header.map((h) => `;; ${h}`).join('\n'),
    memory:
      threads > 1
        ? `  (import "env" "memory" (memory ${plan.pages} ${plan.pages} shared))\n  (export "memory" (memory 0))`
        : `  (memory (export "memory") ${plan.pages} ${plan.pages})`,
    tensors: plan.tensors
      .filter((b) => b.role !== 'scratch')
      .flatMap((b) => [
        `  (global (export "${b.name}_offset") i32 (i32.const ${b.offset}))`,
        `  (global (export "${b.name}_length") i32 (i32.const ${b.elems}))`,
      ])
      .join('\n'),
    // printing the functions above decided which helpers are called
    helpers: ['exp', 'sigmoid', 'tanh', 'vsigmoid', 'vtanh']
      .filter((h) => helpers.has(h))
      .map((h) => fillTemplate(`wasm/${h}.wat`, {}).trimEnd())
      .join('\n'),
    functions: functions.join('\n'),
    entry: k.pass,
    calls: calls.join('\n'),
  });
  const decl = passDecl(k.pass);
  const abi: WasmAbi = {
    target: 'wasm',
    kernel: k.name,
    pass: k.pass,
    entry: k.pass,
    result: decl.result,
    scalars: [...decl.scalars],
    tensors: plan.tensors,
    memory: { pages: plan.pages, shared: threads > 1, redZoneBytes: plan.redZoneBytes },
    threads,
    phases: { prologue: hasPrologue, epilogue: hasEpilogue },
  };
  return { text, abi };
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
