/**
 * WGSL printer: a LoweredKernel with a `gpu` schedule -> one WGSL module from templates/wgsl/,
 * one compute entry point per grid (prologue grids, then main, then epilogue, each its own
 * dispatch), the tensors as storage buffers of group 0 in the kernel's buffer order. The same
 * kernel description the WAT printer reads; a pure function of it.
 */
import type { Affine, Cond, FExpr, LoweredKernel, Stmt } from '../lower/ir.js';
import { GENERATOR_VERSION } from '../version.js';
import { fillTemplate } from './template.js';
import { describeSpec } from '../layer/parse.js';
import { collectLoopVars } from './wat.js';

export interface WgslKernel {
  /** e.g. `res3x3_forward`, used in error messages */
  name: string;
  /** the pass name */
  entry: string;
  text: string;
  /** storage buffers, @group(0) @binding(i) in this order; f32 arrays */
  buffers: { name: string; role: 'input' | 'output' | 'scratch'; elems: number }[];
  /** compute entry points run in order, each its own dispatch; later stages see earlier stages' writes */
  stages: { entry: string; dispatch: [number, number, number]; workgroup: [number, number, number] }[];
}

/** Locals get a prefix so they never meet a buffer name or a WGSL keyword. */
const v = (name: string) => `v_${name}`;

export function emitWgsl(k: LoweredKernel): WgslKernel {
  if (k.schedule.kind !== 'gpu') throw new Error(`${k.name}: only gpu schedules print as WGSL (got a ${k.schedule.kind} schedule)`);
  const bufferNames = new Set(k.buffers.map((b) => b.name));
  const buf = (name: string) => {
    if (!bufferNames.has(name)) throw new Error(`${k.name}: no buffer named ${name}`);
    return name;
  };

  const affine = (a: Affine): string => {
    const parts = a.terms.map(([name, coef]) => (coef === 1 ? v(name) : `${v(name)} * ${coef}`));
    if (a.c !== 0 || parts.length === 0) parts.push(String(a.c));
    return parts.join(' + ').replace(/\+ -/g, '- ');
  };
  const index = (ptr: string | null, offset: number) => (ptr === null ? String(offset) : offset === 0 ? v(ptr) : `${v(ptr)} + ${offset}`);
  const f32 = (x: number) => {
    const t = String(Math.fround(x));
    return /[.e]/.test(t) ? t : `${t}.0`;
  };
  const cond = (cs: Cond[]) => cs.map((c) => `u32(${affine(c.a)}) < ${c.lt}u`).join(' && ');

  const fexpr = (e: FExpr): string => {
    switch (e.op) {
      case 'const':
        return f32(e.value);
      case 'get':
        return v(e.name);
      case 'load':
        return `${buf(e.buf)}[${index(e.ptr, e.offset)}]`;
      case 'add':
        return `(${fexpr(e.a)} + ${fexpr(e.b)})`;
      case 'mul':
        return `(${fexpr(e.a)} * ${fexpr(e.b)})`;
      case 'act': {
        const z = fexpr(e.a);
        return e.fn === 'relu' ? `max(${z}, 0.0)` : e.fn === 'sigmoid' ? `(1.0 / (1.0 + exp(-${z})))` : e.fn === 'tanh' ? `tanh(${z})` : z;
      }
      case 'actDeriv': {
        const y = fexpr(e.y);
        return e.fn === 'relu' ? `select(0.0, 1.0, ${y} > 0.0)` : e.fn === 'sigmoid' ? `(${y} * (1.0 - ${y}))` : e.fn === 'tanh' ? `((1.0 - ${y}) * (1.0 + ${y}))` : '1.0';
      }
      case 'lane':
        throw new Error(`${k.name}: vector expressions have no WGSL form in gpu kernels`);
    }
  };

  const stages: WgslKernel['stages'] = [];
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
      if (top.op !== 'grid') throw new Error(`${k.name}: a ${top.op} statement at the top of ${part}; gpu kernels are sequences of grids`);
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

  const buffers = k.buffers.map((b) => ({ name: b.name, role: b.role, elems: b.elems }));
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
  return { name: k.name, entry: k.pass, text, buffers, stages };
}
