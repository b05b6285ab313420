/** The benchmark's Markdown: a table per pass (GFLOP/s, convgen/peer ratios, % of peak), compile cost, machine. */
import type { Pass } from '../spec/types.js';
import { PASSES } from '../spec/types.js';
import { MAX_FUNCTION_BYTES } from './wasm-size.js';
import { CONVGEN, PEER_NAMES, type BenchReport, type BenchResult } from './results.js';

export const geomean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

/** GFLOP/s with about 3 significant digits. */
export function fmtGflops(g: number): string {
  if (g >= 100) return g.toFixed(0);
  if (g >= 10) return g.toFixed(1);
  if (g >= 1) return g.toFixed(2);
  return g.toPrecision(2);
}

const fmtRatio = (r: number): string => (r >= 10 ? `${r.toFixed(0)}x` : r >= 0.1 ? `${r.toFixed(2)}x` : `${r.toPrecision(2)}x`);

/** Implementations in the order tables and charts show them: convgen, then the peers. */
export function implOrder(results: readonly BenchResult[]): string[] {
  const seen = new Set(results.map((r) => r.impl));
  const known = [CONVGEN, ...PEER_NAMES].filter((n) => seen.has(n));
  return [...known, ...[...seen].filter((n) => !known.includes(n)).sort()];
}

/** The peak the "% of peak" column divides by: FMA where the engine has it, else mul+add; all threads at once when threads > 1. */
export function referencePeak(report: Pick<BenchReport, 'peak' | 'threads'>): { gflops: number; label: string } {
  const p = report.threads > 1 && report.peak.threads ? report.peak.threads : report.peak;
  const threads = report.threads > 1 && report.peak.threads ? `${report.threads}-thread ` : '';
  return p.fma !== null ? { gflops: p.fma, label: `${threads}FMA peak` } : { gflops: p.mulAdd, label: `${threads}mul+add peak` };
}

function mdTable(header: string[], rows: string[][], align: ('l' | 'r')[]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** A usable timing: timed and, for ratios, verified. */
const usable = (r: BenchResult | undefined): r is BenchResult & { gflops: number } => !!r && r.gflops !== null && r.verified;

/**
 * One pass: layer | MFLOP | convgen | each peer (GFLOP/s) | convgen/peer for each peer | % of peak,
 * then a geomean row. Unverified timings are shown with "!" and left out of ratios and geomeans.
 */
export function passTable(report: BenchReport, pass: Pass): { table: string; notes: string[] } {
  const rs = report.results.filter((r) => r.pass === pass);
  const impls = implOrder(rs);
  const peers = impls.filter((i) => i !== CONVGEN);
  const peak = referencePeak(report);
  const notes: string[] = [];
  const cell = (r: BenchResult | undefined): string => {
    if (!r) return '';
    if (r.gflops !== null) return r.verified ? fmtGflops(r.gflops) : `${fmtGflops(r.gflops)}!`;
    if (r.skipped) {
      notes.push(`${r.layer} ${r.impl}: skipped, ${r.skipped}`);
      return 'skip';
    }
    notes.push(`${r.layer} ${r.impl}: ${r.error ?? 'failed'}`);
    return 'fail';
  };
  const layers = report.layers.map((l) => l.name).filter((n) => rs.some((r) => r.layer === n));
  const cols: Record<string, number[]> = {};
  const ratios: Record<string, number[]> = {};
  const pcts: number[] = [];
  const rows = layers.map((name) => {
    const get = (impl: string) => rs.find((r) => r.layer === name && r.impl === impl);
    const cg = get(CONVGEN);
    const row = [name, ((report.layers.find((l) => l.name === name)?.flops[pass] ?? 0) / 1e6).toFixed(1)];
    for (const impl of impls) {
      const r = get(impl);
      row.push(cell(r));
      if (usable(r)) (cols[impl] ??= []).push(r.gflops);
      if (r && r.gflops !== null && !r.verified) notes.push(`${name} ${impl}: output did not match the reference (rel ${r.relError?.toExponential(2)}); not in ratios`);
    }
    for (const p of peers) {
      const r = get(p);
      if (usable(cg) && usable(r)) {
        const ratio = cg.gflops / r.gflops;
        (ratios[p] ??= []).push(ratio);
        row.push(fmtRatio(ratio));
      } else row.push('');
    }
    if (usable(cg)) {
      const pct = (100 * cg.gflops) / peak.gflops;
      pcts.push(pct);
      row.push(`${pct.toFixed(0)}%`);
    } else row.push('');
    return row;
  });
  const gm = (xs: number[] | undefined, f: (v: number) => string) => {
    const g = geomean(xs ?? []);
    return g === null ? '' : f(g);
  };
  rows.push([
    'geomean', '',
    ...impls.map((i) => gm(cols[i], fmtGflops)),
    ...peers.map((p) => gm(ratios[p], fmtRatio)),
    gm(pcts, (v) => `${v.toFixed(0)}%`),
  ]);
  const header = [
    'layer', 'MFLOP',
    ...impls.map((i) => `${i} GFLOP/s`),
    ...peers.map((p) => `${CONVGEN}/${p}`),
    `% of ${peak.label}`,
  ];
  const align: ('l' | 'r')[] = header.map((_, i) => (i === 0 ? 'l' : 'r'));
  return { table: mdTable(header, rows, align), notes: [...new Set(notes)] };
}

/** Compile cost per layer: wall time of all four passes, the stages, sizes, the largest function. */
export function compileTable(report: BenchReport): string {
  const ms = (v: number | null) => (v === null || Number.isNaN(v) ? '' : v.toFixed(1));
  const rows = report.compile.map((c) => [
    c.layer,
    ms(c.totalMs),
    ms(c.generateMs),
    ms(c.assembleMs),
    ms(c.compileMs),
    String(Object.values(c.wasmBytes).reduce((a, b) => a + b, 0)),
    String(c.largestFunctionBytes),
    c.largestFunctionPass ?? '',
    c.error ? `error: ${c.error}` : c.withinLimit ? 'yes' : 'NO',
  ]);
  return mdTable(
    ['layer', 'compileLayer ms (4 passes)', 'generate ms', 'assemble ms', 'WebAssembly.compile ms', '.wasm bytes (4 passes)', 'largest function bytes', 'in pass', `all functions <= ${MAX_FUNCTION_BYTES / 2 ** 20} MB`],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l'],
  );
}

/** The tables the CLI prints: one per pass, then compile cost. */
export function summaryMarkdown(report: BenchReport): string {
  const out: string[] = [];
  const passes = PASSES.filter((p) => report.results.some((r) => r.pass === p));
  for (const pass of passes) {
    const { table, notes } = passTable(report, pass);
    out.push(`### ${pass} (GFLOP/s, ${report.threads} thread${report.threads > 1 ? 's' : ''}; convgen/peer > 1 means convgen is faster)`, '', table, '');
    if (notes.length) out.push(...notes.map((n) => `- ${n}`), '');
  }
  out.push('### compile cost (generate + assemble + compile, all four passes)', '', compileTable(report), '');
  return out.join('\n');
}

/** The whole results.md: machine, peak, method, the tables. */
export function resultsMarkdown(report: BenchReport): string {
  const m = report.machine;
  const p = report.peak;
  const peers = report.peers.map((q) => (q.available ? `${q.name} (${q.threads} thread${q.threads === 1 ? '' : 's'})` : `${q.name} (unavailable: ${q.reason})`));
  const methods = new Map<string, string>();
  for (const r of report.results) if (r.method) methods.set(`${r.impl} ${r.pass}`, r.method);
  return [
    `# convgen benchmark, ${report.threads} thread${report.threads > 1 ? 's' : ''}`,
    '',
    `- machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform} ${m.arch}; Node ${m.node}, V8 ${m.v8}; relaxed SIMD ${m.relaxedSimd ? 'on' : 'off'}; load average at start ${m.loadAverage?.join(' ') ?? '?'}; ${m.date}`,
    `- WASM peak, 1 thread: f32x4 mul+add ${fmtGflops(p.mulAdd)} GFLOP/s, relaxed FMA ${p.fma === null ? 'unsupported' : `${fmtGflops(p.fma)} GFLOP/s`}` +
      (p.threads ? `; ${p.threads.threads} threads at once: mul+add ${fmtGflops(p.threads.mulAdd)}, FMA ${p.threads.fma === null ? '-' : fmtGflops(p.threads.fma)}` : ''),
    `- peers: ${peers.join(', ')}`,
    `- method: all in one process; every convgen kernel verified in this run (rel <= 1e-5 against the float64 reference) before it is timed, every peer checked the same way; ` +
      `${report.options.warmup} warm-up runs, then at least ${report.options.runs} timed runs (more for fast kernels, until about ${report.options.minTotalMs} ms, at most ${report.options.maxRuns}), median; ` +
      `${report.options.sets} input sets rotated between runs (convgen: written into its memory untimed; peers: separate tensors). ` +
      'GFLOP/s from conv-math.md counts (2 N Co Ho Wo Ci K L; bias gradient N Co Ho Wo). Peers do the same work as the kernel: the forward includes bias and activation, the backward passes start from y and dy (delta = dy * act\'(y) included). ONNX weights are initializers.',
    `- what each peer runs: ${[...methods].map(([k, v]) => `${k}: ${v}`).join('; ')}`,
    `- total time: ${report.totalSeconds.toFixed(0)} s`,
    '',
    summaryMarkdown(report),
    '![chart](chart.svg)',
    '',
  ].join('\n');
}
