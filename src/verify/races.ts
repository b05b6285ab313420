/**
 * Write-conflict checker for lowered kernels: an abstract interpreter of the IR (src/lower/ir.ts)
 * that executes only what decides *where* a kernel writes — index locals (affine expressions),
 * conditions, loops, grids, stores, vector stores and `zero` — and ignores float values and loads.
 *
 * It records, for every buffer element stored, which *parallel unit* stored it, and reports
 *
 * - `race`: two different units store the same element of the same buffer within one region that
 *   runs concurrently (their order, and so the result, depends on timing);
 * - `out-of-bounds`: a store to an element < 0 or >= the buffer's `elems` (it would land in the red
 *   zone or in the next tensor).
 *
 * Units and regions, exactly as the printers run a kernel:
 *
 * - A `grid` statement in a part with one thread (every GPU schedule) is one WGSL dispatch: each
 *   combination of its variables is one invocation, i.e. one unit, and the grid is one region (the
 *   dispatches before and after it are barriers). On wasm it is a loop nest, so this is stricter.
 * - `prologue` and `main` with `schedule.threads` T > 1 are split between T threads (wat.ts; the
 *   pool in run/threads.ts runs every share of the prologue, waits, then every share of main): share
 *   `part` = p runs, of every `parallel` loop of count c, the sub-range
 *   [floor(p * c / T), floor((p + 1) * c / T)), and every statement outside parallel loops in full.
 *   Each share is one unit; each part is one region. A grid inside such a part is a plain loop nest
 *   run by every share (that is what the WAT printer makes of it).
 * - The epilogue runs on one thread: one unit, checked for bounds only (unless it has grids).
 *
 * Sequential writes by one unit are fine, and so are writes in different regions. Stores are
 * simulated one element at a time into typed arrays per buffer (the region generation that last
 * wrote an element, and the unit and store site that wrote it first in that generation), so a
 * check costs about as much as the kernel's stores. Loops whose bodies store nothing (and assign
 * nothing read after them) are skipped, so the reduction loops cost almost nothing. A cap on the
 * simulated element writes (`maxWrites`, default 5e7) throws instead of running for minutes.
 *
 * Findings are grouped: one entry per (kind, part, grid, store site[, site that wrote first]), with
 * the first element and units found and `count`, the number of element writes of that kind.
 */
import type { Affine, Cond, LoweredKernel, Stmt } from '../lower/ir.js';

export type PartName = 'prologue' | 'main' | 'epilogue';

/** A parallel unit: a thread's share of a part, or one invocation of a grid (its variables' values). */
export type WriteUnit = { thread: number } | { invocation: Record<string, number> };

export interface WriteConflict {
  kind: 'race' | 'out-of-bounds';
  buffer: string;
  /** the first element found (for out-of-bounds: the element index the store computed) */
  element: number;
  part: PartName;
  /** the grid's index among its part's grids (the WGSL entry point `${part}${grid}`); null outside grids */
  grid: number | null;
  /** race: [the unit that wrote the element first, the other unit]; out-of-bounds: [the writing unit] */
  units: WriteUnit[];
  /** the store that found it: a path from the top of the part, e.g. `grid 0 > loop rc > store y[op+3]` */
  statement: string;
  /** race: the store that wrote the element first (may be the same statement) */
  firstStatement?: string;
  /** element writes of this kind by this statement (and first statement) in this part and grid */
  count: number;
  message: string;
}

export interface WriteCheckOptions {
  /** cap on simulated element writes (a `zero` counts its buffer's elements); exceeding it throws */
  maxWrites?: number;
  /** at most this many distinct findings are kept (their `count`s stay exact); default 200 */
  maxFindings?: number;
}

export interface WriteCheck {
  findings: WriteConflict[];
  /** element writes simulated */
  writes: number;
  /** per buffer: distinct elements written anywhere in the kernel (in bounds) */
  written: Record<string, number>;
  /** element writes that would have started new findings after maxFindings were kept (0: nothing left out) */
  dropped: number;
}

export const DEFAULT_MAX_WRITES = 5e7;

/** The races and out-of-bounds stores of a lowered kernel (empty when it has none). */
export function findWriteConflicts(k: LoweredKernel, opts: WriteCheckOptions = {}): WriteConflict[] {
  return checkWrites(k, opts).findings;
}

/** findWriteConflicts with statistics: element writes simulated, elements written per buffer. */
export function checkWrites(k: LoweredKernel, opts: WriteCheckOptions = {}): WriteCheck {
  return new WriteChecker(k, opts).run();
}

type Exec = () => void;

interface BufState {
  name: string;
  elems: number;
  /** generation of the region that last wrote the element (0: never written) */
  gen: Uint32Array;
  /** unit that first wrote the element in that generation */
  owner: Int32Array;
  /** store site that first wrote the element in that generation */
  site: Int32Array;
}

/** The region now running: how unit ids decode. */
interface Region {
  part: PartName;
  grid: number | null;
  /** grid variables, first slowest, when units are invocations */
  vars: { name: string; count: number }[] | null;
}

interface FindingRecord {
  kind: WriteConflict['kind'];
  buffer: string;
  element: number;
  region: Region;
  units: number[];
  site: number;
  firstSite: number | null;
  count: number;
}

/** Names an affine expression, condition or store reads (what decides where a kernel writes). */
function affineNames(a: Affine, out: (n: string) => void): void {
  for (const [n] of a.terms) out(n);
}

/** Per subtree: does it write, which names it assigns, how often it reads each name. */
interface SubtreeStats {
  writes: boolean;
  assigns: Set<string>;
  reads: Map<string, number>;
}

function subtreeStats(stmts: Stmt[], st: SubtreeStats = { writes: false, assigns: new Set(), reads: new Map() }): SubtreeStats {
  const read = (n: string) => st.reads.set(n, (st.reads.get(n) ?? 0) + 1);
  for (const s of stmts) {
    switch (s.op) {
      case 'store':
      case 'vstore':
        st.writes = true;
        if (s.ptr !== null) read(s.ptr);
        break;
      case 'zero':
        st.writes = true;
        break;
      case 'index':
        st.assigns.add(s.name);
        affineNames(s.value, read);
        break;
      case 'if':
        for (const c of s.cond) affineNames(c.a, read);
        subtreeStats(s.then, st);
        subtreeStats(s.else, st);
        break;
      case 'loop':
        st.assigns.add(s.var);
        subtreeStats(s.body, st);
        break;
      case 'grid':
        for (const d of s.dims) for (const v of d.vars) st.assigns.add(v.name);
        subtreeStats(s.body, st);
        break;
      default:
        break;
    }
  }
  return st;
}

class WriteChecker {
  private readonly maxWrites: number;
  private readonly maxFindings: number;
  private readonly slots = new Map<string, number>();
  private env = new Float64Array(0);
  private readonly bufs = new Map<string, BufState>();
  private readonly sites: string[] = [];
  private readonly records = new Map<string, FindingRecord>();
  private writes = 0;
  private dropped = 0;
  private generation = 0;
  private unit = 0;
  private region: Region = { part: 'main', grid: null, vars: null };

  constructor(
    private readonly k: LoweredKernel,
    opts: WriteCheckOptions,
  ) {
    this.maxWrites = opts.maxWrites ?? DEFAULT_MAX_WRITES;
    this.maxFindings = opts.maxFindings ?? 200;
    for (const b of k.buffers) {
      this.bufs.set(b.name, { name: b.name, elems: b.elems, gen: new Uint32Array(b.elems), owner: new Int32Array(b.elems), site: new Int32Array(b.elems) });
    }
  }

  run(): WriteCheck {
    const threads = this.k.schedule.threads;
    const parts: [PartName, Stmt[], number][] = [
      ['prologue', this.k.prologue, threads],
      ['main', this.k.main, threads],
      ['epilogue', this.k.epilogue, 1],
    ];
    // compile everything first (slots are assigned while compiling), then run
    const compiled = parts.map(([name, stmts, T]) => ({ name, T, exec: new PartCompiler(this, name, stmts, T).compile() }));
    this.env = new Float64Array(this.slots.size);
    const part = this.slot('part');
    for (const { name, T, exec } of compiled) {
      if (!exec) continue;
      this.enterRegion({ part: name, grid: null, vars: null });
      for (let p = 0; p < T; p++) {
        // locals start at zero in every call of a part's function
        this.env.fill(0);
        this.env[part] = p;
        this.unit = p;
        exec();
      }
    }
    const written: Record<string, number> = {};
    for (const b of this.bufs.values()) {
      let n = 0;
      for (let e = 0; e < b.elems; e++) if (b.gen[e] !== 0) n++;
      written[b.name] = n;
    }
    return { findings: [...this.records.values()].map((r) => this.finding(r)), writes: this.writes, written, dropped: this.dropped };
  }

  slot(name: string): number {
    let s = this.slots.get(name);
    if (s === undefined) {
      s = this.slots.size;
      this.slots.set(name, s);
    }
    return s;
  }

  /** The environment of slots, valid once compiling is over (closures read it through this getter). */
  get values(): Float64Array {
    return this.env;
  }

  buffer(name: string, where: string): BufState {
    const b = this.bufs.get(name);
    if (!b) throw new Error(`${this.k.name}: ${where} stores into ${name}, which is not a buffer of the kernel`);
    return b;
  }

  site(path: string): number {
    this.sites.push(path);
    return this.sites.length - 1;
  }

  enterRegion(r: Region): void {
    this.generation++;
    this.region = r;
  }

  get currentRegion(): Region {
    return this.region;
  }

  setUnit(u: number): void {
    this.unit = u;
  }

  get currentUnit(): number {
    return this.unit;
  }

  /** Stores `width` elements from `base` into `b` as the running unit, from store site `site`. */
  write(b: BufState, base: number, width: number, site: number): void {
    this.writes += width;
    if (this.writes > this.maxWrites) {
      throw new Error(
        `findWriteConflicts: ${this.k.name} stores more than maxWrites = ${this.maxWrites} elements; ` +
          'check a smaller layer, or raise opts.maxWrites',
      );
    }
    const g = this.generation;
    const u = this.unit;
    const { gen, owner, site: sites, elems } = b;
    for (let e = base; e < base + width; e++) {
      if (!(e >= 0 && e < elems)) {
        this.record('out-of-bounds', b.name, e, [u], site, null);
        continue;
      }
      if (gen[e] !== g) {
        gen[e] = g;
        owner[e] = u;
        sites[e] = site;
      } else if (owner[e] !== u) {
        this.record('race', b.name, e, [owner[e]!, u], site, sites[e]!);
      }
    }
  }

  private record(kind: WriteConflict['kind'], buffer: string, element: number, units: number[], site: number, firstSite: number | null): void {
    const r = this.region;
    const key = `${kind}|${r.part}|${r.grid}|${site}|${firstSite}`;
    const old = this.records.get(key);
    if (old) {
      old.count++;
      return;
    }
    if (this.records.size >= this.maxFindings) {
      this.dropped++;
      return;
    }
    this.records.set(key, { kind, buffer, element, region: r, units, site, firstSite, count: 1 });
  }

  private decodeUnit(r: Region, u: number): WriteUnit {
    if (!r.vars) return { thread: u };
    const invocation: Record<string, number> = {};
    for (let i = r.vars.length - 1; i >= 0; i--) {
      const v = r.vars[i]!;
      invocation[v.name] = u % v.count;
      u = Math.floor(u / v.count);
    }
    // in the grid's order, first variable first
    return { invocation: Object.fromEntries(r.vars.map((v) => [v.name, invocation[v.name]!])) };
  }

  private finding(r: FindingRecord): WriteConflict {
    const units = r.units.map((u) => this.decodeUnit(r.region, u));
    const where = `${r.region.part}${r.region.grid !== null ? ` grid ${r.region.grid}` : ''}`;
    const statement = this.sites[r.site]!;
    const firstStatement = r.firstSite !== null ? this.sites[r.firstSite]! : undefined;
    const more = r.count > 1 ? ` (${r.count} element writes like this)` : '';
    const message =
      r.kind === 'race'
        ? `${this.k.name}: ${where}: ${r.buffer}[${r.element}] is written by ${describeUnit(units[0]!)} (${firstStatement}) and by ${describeUnit(units[1]!)} (${statement})${more}`
        : `${this.k.name}: ${where}: ${describeUnit(units[0]!)} stores ${r.buffer}[${r.element}], outside its ${this.bufs.get(r.buffer)!.elems} elements (${statement})${more}`;
    return {
      kind: r.kind,
      buffer: r.buffer,
      element: r.element,
      part: r.region.part,
      grid: r.region.grid,
      units,
      statement,
      ...(firstStatement !== undefined ? { firstStatement } : {}),
      count: r.count,
      message,
    };
  }
}

export function describeUnit(u: WriteUnit): string {
  return 'thread' in u
    ? `thread ${u.thread}`
    : `invocation ${Object.entries(u.invocation)
        .map(([n, v]) => `${n}=${v}`)
        .join(' ')}`;
}

/** Compiles one part into closures over the checker's slot environment. */
class PartCompiler {
  private grids = 0;
  private readonly path: string[] = [];
  /** how often each name is read in the whole part: a write-free loop is skipped only if all reads of what it assigns are inside it */
  private readonly partReads: Map<string, number>;

  constructor(
    private readonly c: WriteChecker,
    private readonly part: PartName,
    private readonly stmts: Stmt[],
    /** threads the part is split between */
    private readonly threads: number,
  ) {
    this.partReads = subtreeStats(stmts).reads;
  }

  compile(): Exec | null {
    return this.block(this.stmts);
  }

  private block(stmts: Stmt[]): Exec | null {
    const fs = stmts.map((s) => this.stmt(s)).filter((f): f is Exec => f !== null);
    if (fs.length === 0) return null;
    if (fs.length === 1) return fs[0]!;
    return () => {
      for (let i = 0; i < fs.length; i++) fs[i]!();
    };
  }

  private nested<T>(label: string, f: () => T): T {
    this.path.push(label);
    try {
      return f();
    } finally {
      this.path.pop();
    }
  }

  private here(label: string): string {
    return [...this.path, label].join(' > ');
  }

  private affine(a: Affine): () => number {
    const c = this.c;
    const k0 = a.c;
    const slots = a.terms.map(([n]) => c.slot(n));
    const coefs = a.terms.map(([, m]) => m);
    if (slots.length === 0) return () => k0;
    if (slots.length === 1) {
      const s0 = slots[0]!;
      const m0 = coefs[0]!;
      return () => k0 + m0 * c.values[s0]!;
    }
    return () => {
      const env = c.values;
      let v = k0;
      for (let i = 0; i < slots.length; i++) v += coefs[i]! * env[slots[i]!]!;
      return v;
    };
  }

  private condition(cs: Cond[]): () => boolean {
    const tests = cs.map((x) => ({ a: this.affine(x.a), lt: x.lt }));
    return () => {
      for (const t of tests) {
        const v = t.a();
        if (!(v >= 0 && v < t.lt)) return false;
      }
      return true;
    };
  }

  /** A loop or grid that stores nothing, and assigns nothing read outside it, cannot change where the kernel writes. */
  private inert(body: Stmt[], own: string[]): boolean {
    const st = subtreeStats(body);
    if (st.writes) return false;
    for (const n of [...st.assigns, ...own]) if ((st.reads.get(n) ?? 0) !== (this.partReads.get(n) ?? 0)) return false;
    return true;
  }

  private stmt(s: Stmt): Exec | null {
    const c = this.c;
    switch (s.op) {
      case 'comment':
      case 'set':
      case 'vset':
        return null;
      case 'index': {
        const slot = c.slot(s.name);
        const value = this.affine(s.value);
        return () => {
          c.values[slot] = value();
        };
      }
      case 'store':
      case 'vstore': {
        const at = s.ptr === null ? String(s.offset) : s.offset === 0 ? s.ptr : `${s.ptr}${s.offset > 0 ? '+' : ''}${s.offset}`;
        const label = `${s.op} ${s.buf}[${at}]`;
        const path = this.here(label);
        const b = c.buffer(s.buf, `${this.part}: ${path}`);
        const site = c.site(path);
        const width = s.op === 'vstore' ? 4 : 1;
        const offset = s.offset;
        if (s.ptr === null) return () => c.write(b, offset, width, site);
        const ptr = c.slot(s.ptr);
        return () => c.write(b, c.values[ptr]! + offset, width, site);
      }
      case 'zero': {
        const path = this.here(`zero ${s.buf}`);
        const b = c.buffer(s.buf, `${this.part}: ${path}`);
        const site = c.site(path);
        return () => c.write(b, 0, b.elems, site);
      }
      case 'if': {
        const cond = this.condition(s.cond);
        const then = this.nested('if', () => this.block(s.then));
        const other = this.nested('else', () => this.block(s.else));
        if (!then && !other) return null;
        return () => {
          if (cond()) then?.();
          else other?.();
        };
      }
      case 'loop': {
        if (this.inert(s.body, [s.var])) return null;
        const v = c.slot(s.var);
        const count = s.count;
        const T = this.threads;
        const split = s.parallel === true && T > 1;
        const body = this.nested(`loop ${s.var}<${count}${split ? ` parallel/${T}` : ''}`, () => this.block(s.body));
        const part = c.slot('part');
        if (!body) {
          // assigns a variable read later: keep its value as the WAT loop leaves it
          return () => {
            c.values[v] = split ? Math.floor(((c.values[part]! + 1) * count) / T) : count === 1 ? 0 : count;
          };
        }
        if (split) {
          // wat.ts: this share runs [part * count / threads, (part + 1) * count / threads), unsigned division
          return () => {
            const env = c.values;
            const p = env[part]!;
            const lo = Math.floor((p * count) / T);
            const hi = Math.floor(((p + 1) * count) / T);
            for (let i = lo; i < hi; i++) {
              env[v] = i;
              body();
            }
          };
        }
        return () => {
          const env = c.values;
          for (let i = 0; i < count; i++) {
            env[v] = i;
            body();
          }
          if (count > 1) env[v] = count;
        };
      }
      case 'grid': {
        const vars = s.dims.flatMap((d) => d.vars);
        const index = this.grids++;
        if (this.inert(s.body, vars.map((x) => x.name))) return null;
        const slots = vars.map((x) => c.slot(x.name));
        const counts = vars.map((x) => x.count);
        const label = `grid ${index} (${vars.map((x) => `${x.name}<${x.count}`).join(', ')})`;
        const body = this.nested(label, () => this.block(s.body));
        if (!body) return null;
        // one thread: a dispatch of its own, each invocation a unit; several: a loop nest every share runs
        const invocations = this.threads === 1;
        const region: Region = { part: this.part, grid: index, vars };
        const walk = (level: number, inv: number): void => {
          if (slots.length === 0) {
            if (invocations) c.setUnit(0);
            body();
            return;
          }
          const env = c.values;
          const slot = slots[level]!;
          const n = counts[level]!;
          const last = level === slots.length - 1;
          for (let i = 0; i < n; i++) {
            env[slot] = i;
            if (!last) walk(level + 1, inv * n + i);
            else {
              if (invocations) c.setUnit(inv * n + i);
              body();
            }
          }
        };
        return () => {
          if (!invocations) {
            walk(0, 0);
            return;
          }
          const outer = c.currentRegion;
          const unit = c.currentUnit;
          c.enterRegion(region);
          walk(0, 0);
          c.enterRegion(outer);
          c.setUnit(unit);
        };
      }
    }
  }
}
