/**
 * WGSL printer: a LoweredKernel with a `gpu` schedule -> one WGSL module from templates/wgsl/,
 * one compute entry point per grid (prologue grids, then main, then epilogue, each its own
 * dispatch), the tensors as storage buffers of group 0 in the kernel's buffer order. The same
 * kernel description the WAT printer reads, its expressions printed by the same walker
 * (emit/expr.ts) with the WGSL operation table; a pure function of the kernel.
 */
import type { LoweredKernel, Stmt } from '../lower/ir.js';
import { GENERATOR_VERSION } from '../version.js';
import { fillTemplate } from './template.js';
import { describeSpec } from '../layer/parse.js';
import { collectLoopVars } from './wat.js';
import { passDecl } from '../passes/index.js';
import { exprPrinter, type OpTable } from './expr.js';
import type { WebGpuAbi, WebGpuStage } from '../targets/abi.js';

/** Locals get a prefix so they never meet a buffer name or a WGSL keyword. */
const v = (name: string) => `v_${name}`;

const f32 = (x: number) => {
  const t = String(Math.fround(x));
  return /[.e]/.test(t) ? t : `${t}.0`;
};
const index = (ptr: string | null, offset: number) => (ptr === null ? String(offset) : offset === 0 ? v(ptr) : `${v(ptr)} + ${offset}`);

/** The WGSL operation table: no vector operations (a gpu kernel's tile is scalar locals). */
const WGSL_OPS: OpTable = {
  f32,
  local: v,
  load: (buf, ptr, offset) => `${buf}[${index(ptr, offset)}]`,
  add: (a, b) => `(${a} + ${b})`,
  mul: (a, b) => `(${a} * ${b})`,
  act: {
    none: (z) => z,
    relu: (z) => `max(${z}, 0.0)`,
    sigmoid: (z) => `(1.0 / (1.0 + exp(-${z})))`,
    tanh: (z) => `tanh(${z})`,
  },
  actDeriv: {
    none: () => '1.0',
    relu: (y) => `select(0.0, 1.0, ${y} > 0.0)`,
    sigmoid: (y) => `(${y} * (1.0 - ${y}))`,
    tanh: (y) => `((1.0 - ${y}) * (1.0 + ${y}))`,
  },
  // `part` (a thread's share on the CPU) is 0: a WGSL kernel is never split into threads
  term: (name, coef) => (name === 'part' ? null : coef === 1 ? v(name) : `${v(name)} * ${coef}`),
  constant: (c) => String(c),
  sum: (parts) => parts.join(' + ').replace(/\+ -/g, '- '),
  below: (a, n) => `u32(${a}) < ${n}u`,
  all: (cs) => cs.join(' && '),
};

/** Statements a WGSL grid body may hold (no vector locals, no memory.fill). */
const WGSL_STMTS = new Set<Stmt['op']>(['comment', 'index', 'set', 'store', 'loop', 'if']);

/**
 * What the webgpu target cannot express, named before printing: it takes gpu schedules (one
 * dispatch per grid, scalar register tiles), not simd (f32x4) or scalar CPU schedules, and no
 * worker threads. Each problem names the knob and what is allowed.
 */
export function legalizeWgsl(k: LoweredKernel): void {
  const where = `for ${k.pass} of ${k.spec.name}`;
  const s = k.schedule;
  if (s.kind !== 'gpu') {
    throw new RangeError(`schedule.kind ${where}: got "${s.kind}"; the webgpu target takes gpu schedules (simd and scalar schedules are for the wasm target)`);
  }
  const threads: number = s.threads;
  if (threads !== 1) {
    throw new RangeError(`schedule.threads ${where}: got ${threads}; the webgpu target runs each grid as one dispatch, so threads must be 1`);
  }
  if (k.vectors.length > 0) {
    throw new RangeError(`${k.name}: the kernel has f32x4 locals (${k.vectors.join(', ')}); the webgpu target prints scalar register tiles only`);
  }
  const fexprHasLane = (e: unknown): boolean =>
    typeof e === 'object' && e !== null && ((e as { op?: string }).op === 'lane' || Object.values(e).some(fexprHasLane));
  const walk = (stmts: Stmt[], part: string): void => {
    for (const st of stmts) {
      if (!WGSL_STMTS.has(st.op)) throw new RangeError(`${k.name}: a ${st.op} statement in ${part}; the webgpu target has no form for it (gpu schedules lower to grids of scalar statements)`);
      if (st.op === 'loop') walk(st.body, part);
      if (st.op === 'if') {
        walk(st.then, part);
        walk(st.else, part);
      }
      if ((st.op === 'set' || st.op === 'store') && fexprHasLane(st.value)) throw new RangeError(`${k.name}: a vector lane read in ${part}; the webgpu target has no vectors`);
    }
  };
  for (const [part, stmts] of [['prologue', k.prologue], ['main', k.main], ['epilogue', k.epilogue]] as const) {
    for (const top of stmts) {
      if (top.op === 'comment') continue;
      if (top.op !== 'grid') throw new RangeError(`${k.name}: a ${top.op} statement at the top of ${part}; webgpu kernels are sequences of grids (one dispatch each)`);
      if (top.dims.length > 3) throw new RangeError(`${k.name}: a grid of ${top.dims.length} dimensions in ${part}; a WebGPU dispatch has at most 3`);
      walk(top.body, part);
    }
  }
}

/** The WGSL text of a kernel with a gpu schedule and its ABI; a pure function of the kernel. */
export function emitWgsl(k: LoweredKernel): { text: string; abi: WebGpuAbi } {
  legalizeWgsl(k);
  const bufferNames = new Set(k.buffers.map((b) => b.name));
  const buf = (name: string) => {
    if (!bufferNames.has(name)) throw new Error(`${k.name}: no buffer named ${name}`);
    return name;
  };
  const { fexpr, affine, cond } = exprPrinter({ ...WGSL_OPS, load: (b, ptr, offset) => WGSL_OPS.load(buf(b), ptr, offset) }, 'WGSL');

  const stages: WebGpuStage[] = [];
  const texts: string[] = [];
  const parts: [string, Stmt[]][] = [
    ['prologue', k.prologue],
    ['main', k.main],
    ['epilogue', k.epilogue],
  ];
  for (const [part, stmts] of parts) {
    let about: string[] = [];
    for (const top of stmts) {
      if (top.op === 'comment') {
        about.push(top.text);
        continue;
      }
      if (top.op !== 'grid') continue; // legalizeWgsl refused every other statement here
      const name = `${part}${stages.filter((s) => s.entry.startsWith(part)).length}`;
      const counts = [0, 1, 2].map((d) => top.dims[d]?.vars.reduce((p, x) => p * x.count, 1) ?? 1) as [number, number, number];
      const wg = top.workgroup;
      stages.push({ entry: name, dispatch: counts.map((c, d) => Math.ceil(c / wg[d]!)) as [number, number, number], workgroup: wg });
      // grid variables decoded from the invocation id: a dimension's first variable is the slowest
      const decode: string[] = [];
      top.dims.forEach((d, di) => {
        let below = 1;
        const axis = 'xyz'[di];
        for (let i = d.vars.length - 1; i >= 0; i--) {
          const x = d.vars[i]!;
          const q = below === 1 ? `gid.${axis}` : `(gid.${axis} / ${below}u)`;
          decode.push(`  let ${v(x.name)} = i32(${i === 0 ? q : `${q} % ${x.count}u`});`);
          below *= x.count;
        }
      });
      const loopVars = new Set<string>();
      collectLoopVars(top.body, loopVars);
      for (const d of top.dims) for (const x of d.vars) loopVars.delete(x.name);
      const ints = new Set<string>();
      const floats = new Set<string>();
      const lines: string[] = [];
      const stmt = (s: Stmt, ind: string): void => {
        switch (s.op) {
          case 'comment':
            lines.push(`${ind}// ${s.text}`);
            break;
          case 'index':
            ints.add(s.name);
            lines.push(`${ind}${v(s.name)} = ${affine(s.value)};`);
            break;
          case 'set':
            floats.add(s.name);
            lines.push(`${ind}${v(s.name)} = ${fexpr(s.value)};`);
            break;
          case 'store':
            lines.push(`${ind}${buf(s.buf)}[${index(s.ptr, s.offset)}] = ${fexpr(s.value)};`);
            break;
          case 'loop':
            lines.push(`${ind}for (var ${v(s.var)}: i32 = 0; ${v(s.var)} < ${s.count}; ${v(s.var)}++) {`);
            s.body.forEach((b) => stmt(b, ind + '  '));
            lines.push(`${ind}}`);
            break;
          case 'if':
            lines.push(`${ind}if (${cond(s.cond)}) {`);
            s.then.forEach((b) => stmt(b, ind + '  '));
            if (s.else.length > 0) {
              lines.push(`${ind}} else {`);
              s.else.forEach((b) => stmt(b, ind + '  '));
            }
            lines.push(`${ind}}`);
            break;
          default:
            throw new Error(`${k.name}: ${s.op} has no WGSL form in gpu kernels`);
        }
      };
      top.body.forEach((s) => stmt(s, '  '));
      const locals = [
        ...k.indices.filter((n) => ints.has(n) && !loopVars.has(n)).map((n) => `  var ${v(n)}: i32;`),
        ...k.floats.filter((n) => floats.has(n)).map((n) => `  var ${v(n)}: f32;`),
      ];
      texts.push(
        fillTemplate('wgsl/stage.wgsl', {
          about: about.length > 0 ? about.join('; ') : `${part}: grid ${counts.join(' x ')}`,
          workgroup: wg.join(', '),
          name,
          nx: String(counts[0]),
          ny: String(counts[1]),
          nz: String(counts[2]),
          decode: decode.join('\n'),
          locals: locals.join('\n'),
          body: lines.join('\n'),
        }).trimEnd(),
      );
      about = [];
    }
  }

  const header = [
    `convgen ${GENERATOR_VERSION}: generated file, do not edit. Template: templates/wgsl/module.wgsl`,
    `kernel: ${k.name} (pass ${k.pass}, target webgpu)`,
    `spec: ${describeSpec(k.spec)}`,
    `schedule: ${JSON.stringify(k.schedule)}`,
    'bindings (group 0):',
    ...k.buffers.map((b, i) => `  ${i}: ${b.name} (${b.role}), [${b.shape.join(', ')}], ${b.elems} f32`),
    'dispatches, in order:',
    ...stages.map((s) => `  ${s.entry}: ${s.dispatch.join(' x ')} workgroups of ${s.workgroup.join(' x ')}`),
  ];
  const text = fillTemplate('wgsl/module.wgsl', {
    header: header.map((h) => `// ${h}`).join('\n'),
    bindings: k.buffers
      .map((b, i) => `@group(0) @binding(${i}) var<storage, ${b.role === 'input' ? 'read' : 'read_write'}> ${b.name}: array<f32>;`)
      .join('\n'),
    stages: texts.join('\n\n'),
  });
  const decl = passDecl(k.pass);
  const abi: WebGpuAbi = {
    target: 'webgpu',
    kernel: k.name,
    pass: k.pass,
    result: decl.result,
    scalars: [...decl.scalars],
    tensors: k.buffers.map((b, binding) => ({ name: b.name, role: b.role, elems: b.elems, shape: b.shape, binding })),
    stages,
  };
  return { text, abi };
}
