/**
 * The benchmark's Markdown: a table per pass (GFLOP/s, convgen/peer ratios, % of peak), compile cost, machine.
 * A wasm report timed in rounds shows every figure as its median across rounds with the p20-p80
 * spread in parentheses, e.g. `41.2 (36.0-44.1)`; ratios and % of peak are computed round by round.
 */
import type { Pass } from '../../src/layer/types.js';
import { PASSES } from '../../src/layer/types.js';
import { MAX_FUNCTION_BYTES } from './wasm-size.js';
import { CONVGEN, CONVGEN_1T, GPU_PEER_NAMES, PEER_NAMES, isGpuReport, type AnyBenchReport, type BenchReport, type BenchResult, type GpuBenchReport, type RoundRatio, type Spread, type Summary } from './results.js';

export const geomean = (xs: readonly number[]): number | null =>
  xs.length === 0 ? null : Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);

/** GFLOP/s with about 3 significant digits. */
export function fmtGflops(g: number): string {
  if (g >= 100) return g.toFixed(0);
  if (g >= 10) return g.toFixed(1);
  if (g >= 1) return g.toFixed(2);
  return g.toPrecision(2);
}

const fmtRatioNum = (r: number): string => (r >= 100 ? r.toFixed(0) : r >= 10 ? r.toFixed(1) : r >= 0.1 ? r.toFixed(2) : r.toPrecision(2));
const fmtRatio = (r: number): string => `${fmtRatioNum(r)}x`;
/** The ends of a ratio's spread: as the ratio (`13.6x (11.6-13.9)`). */
const fmtRatioEnd = fmtRatioNum;
const fmtPct = (v: number): string => v.toFixed(0);

/** A median with its p20-p80 spread: `41.2 (36.0-44.1)`; `mark` goes right after the median (the "!" of an unverified timing). */
export function withSpread(median: string, spread: Pick<Spread, 'p20' | 'p80'> | undefined, f: (v: number) => string, mark = ''): string {
  return spread ? `${median}${mark} (${f(spread.p20)}-${f(spread.p80)})` : `${median}${mark}`;
}

/** The rounds a wasm report was timed in (undefined: an older report, or a webgpu one, timed in one go). */
export function reportRounds(report: AnyBenchReport): number | undefined {
  return isGpuReport(report) ? undefined : report.options.rounds;
}

/** The legend of the spreads, for a report timed in rounds. */
export function spreadLegend(report: AnyBenchReport): string | undefined {
  const R = reportRounds(report);
  if (R === undefined) return undefined;
  return `Each figure is the median across ${R} interleaved rounds, in parentheses its p20-p80 across the rounds (percentiles interpolated linearly; min and max in results.json). ` +
    'convgen/peer ratios are computed round by round (convgen\'s GFLOP/s in round r over the peer\'s in round r), then summarized the same way; ' +
    '% of peak: each round\'s GFLOP/s over the peak loop timed at the start of that round. ' +
    'geomean rows: the geomean of the medians (in parentheses, the geomeans of the p20s and of the p80s).' +
    (hasScaling(report)
      ? ` "${report.threads} threads / 1 thread": convgen's GFLOP/s over ${CONVGEN_1T}'s (the same layer compiled again with threads 1, verified, timed in the same rounds), round by round.`
      : '');
}

/** A wasm report with thread-scaling figures: threads > 1 and convgen's 1-thread kernels (CONVGEN_1T) among the results. */
export function hasScaling(report: AnyBenchReport): report is BenchReport {
  return !isGpuReport(report) && report.threads > 1 && report.results.some((r) => r.impl === CONVGEN_1T);
}

/** The per-round ratio convgen/peer of a layer and pass, where the report has one. */
export function roundRatio(report: AnyBenchReport, layer: string, pass: Pass, peer: string): RoundRatio | undefined {
  return isGpuReport(report) ? undefined : report.ratios?.find((q) => q.layer === layer && q.pass === pass && q.peer === peer);
}

/**
 * Geomean over layers of convgen/peer on a pass: of the medians, with the geomeans of the p20s and
 * p80s where the ratios were computed per round. null where no layer has both timed and verified.
 */
export function geomeanRatio(report: AnyBenchReport, pass: Pass, peer: string): { median: number; spread?: Pick<Spread, 'p20' | 'p80'>; layers: number } | null {
  const meds: number[] = [], p20: number[] = [], p80: number[] = [];
  let all = true;
  for (const l of report.layers) {
    const get = (impl: string) => report.results.find((r) => r.layer === l.name && r.pass === pass && r.impl === impl);
    const cg = get(CONVGEN), p = get(peer);
    if (!usable(cg) || !usable(p)) continue;
    const q = roundRatio(report, l.name, pass, peer);
    if (q) {
      meds.push(q.median);
      p20.push(q.p20);
      p80.push(q.p80);
    } else {
      meds.push(cg.gflops / p.gflops);
      all = false;
    }
  }
  const g = geomean(meds);
  if (g === null) return null;
  return { median: g, ...(all ? { spread: { p20: geomean(p20)!, p80: geomean(p80)! } } : {}), layers: meds.length };
}

/** Implementations in the order tables and charts show them: convgen, then the peers. */
export function implOrder(results: readonly BenchResult[]): string[] {
  const seen = new Set(results.map((r) => r.impl));
  const known = [CONVGEN, CONVGEN_1T, ...PEER_NAMES, ...GPU_PEER_NAMES].filter((n) => seen.has(n));
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

/** What groups a layer has, in words: '' (dense), 'depthwise, G=144', 'G=4'. */
export function groupsLabel(spec: { Ci: number; groups?: number } | undefined): string {
  const G = spec?.groups ?? 1;
  if (G === 1) return '';
  return G === spec!.Ci ? `depthwise, G=${G}` : `G=${G}`;
}

/** A layer's name as tables show it: grouped layers with their groups, e.g. "dw3x3 (depthwise, G=144)". */
export function layerLabel(report: Pick<AnyBenchReport, 'layers'>, name: string): string {
  const g = groupsLabel(report.layers.find((l) => l.name === name)?.spec);
  return g ? `${name} (${g})` : name;
}

/** One line per layer: its shape (N, Ci -> Co, H x W, K x L, stride, padding, dilation, groups, activation, layout). */
export function layerTable(report: Pick<AnyBenchReport, 'layers'>): string {
  const rows = report.layers.map(({ name, spec: s }) => {
    const pair = (a: number, b: number) => (a === b ? String(a) : `${a},${b}`);
    const pad = s.pt === s.pb && s.pl === s.pr ? pair(s.pt, s.pl) : `${s.pt},${s.pb},${s.pl},${s.pr}`;
    return [
      name, String(s.N), `${s.Ci} -> ${s.Co}`, `${s.H}x${s.W}`, `${s.K}x${s.L}`, pair(s.sh, s.sw), pad, pair(s.dh, s.dw),
      groupsLabel(s) || '1', s.act, s.layout,
    ];
  });
  return mdTable(
    ['layer', 'N', 'Ci -> Co', 'H x W', 'K x L', 'stride', 'pad', 'dilation', 'groups', 'act', 'layout'],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l', 'l'],
  );
}

/** A usable timing: timed and, for ratios, verified. */
const usable = (r: BenchResult | undefined): r is BenchResult & { gflops: number } => !!r && r.gflops !== null && r.verified;

/**
 * One pass: layer | MFLOP | convgen | each peer (GFLOP/s) | convgen/peer for each peer | % of peak,
 * then a geomean row. Unverified timings are shown with "!" and left out of ratios and geomeans.
 * With the thread scaling (threads n > 1): convgen-1t's GFLOP/s beside convgen's, and a column
 * "n threads / 1 thread" (the per-round ratio convgen/convgen-1t).
 * A webgpu report has no peak column (the WASM peak says nothing about a GPU).
 */
export function passTable(report: AnyBenchReport, pass: Pass): { table: string; notes: string[] } {
  const rs = report.results.filter((r) => r.pass === pass);
  const impls = implOrder(rs);
  const peers = impls.filter((i) => i !== CONVGEN && i !== CONVGEN_1T);
  const scaling = hasScaling(report) && rs.some((r) => r.impl === CONVGEN_1T);
  const peak = isGpuReport(report) ? null : referencePeak(report);
  const notes: string[] = [];
  const cell = (r: BenchResult | undefined): string => {
    if (!r) return '';
    if (r.gflops !== null) return withSpread(fmtGflops(r.gflops), r.spread, fmtGflops, r.verified ? '' : '!');
    if (r.skipped) {
      notes.push(`${r.layer} ${r.impl}: skipped, ${r.skipped}`);
      return 'skip';
    }
    notes.push(`${r.layer} ${r.impl}: ${r.error ?? 'failed'}`);
    return 'fail';
  };
  const layers = report.layers.map((l) => l.name).filter((n) => rs.some((r) => r.layer === n));
  /** the medians of each column, and their p20s and p80s where every one has a spread (for the geomean row) */
  type Col = { med: number[]; p20: number[]; p80: number[]; all: boolean };
  const col = (): Col => ({ med: [], p20: [], p80: [], all: true });
  const add = (c: Col, med: number, sp: Pick<Spread, 'p20' | 'p80'> | undefined) => {
    c.med.push(med);
    if (sp) {
      c.p20.push(sp.p20);
      c.p80.push(sp.p80);
    } else c.all = false;
  };
  const cols: Record<string, Col> = {};
  const ratios: Record<string, Col> = {};
  const pcts = col();
  const scales = col();
  // the weight update's table: convgen's time over its weight-grad kernel's (the fused step's cost over dW alone)
  const updateCol = pass === 'weight-update' && report.results.some((r) => r.pass === 'weight-grad' && r.impl === CONVGEN && r.gflops !== null);
  const updateRatios: number[] = [];
  const rows = layers.map((name) => {
    const get = (impl: string) => rs.find((r) => r.layer === name && r.impl === impl);
    const cg = get(CONVGEN);
    const row = [layerLabel(report, name), ((report.layers.find((l) => l.name === name)?.flops[pass] ?? 0) / 1e6).toFixed(1)];
    for (const impl of impls) {
      const r = get(impl);
      row.push(cell(r));
      if (usable(r)) add((cols[impl] ??= col()), r.gflops, r.spread);
      if (r && r.gflops !== null && !r.verified) notes.push(`${name} ${impl}: output did not match the reference (rel ${r.relError?.toExponential(2)}); not in ratios`);
      if (r?.roundIndex && r.medianMs !== null) {
        notes.push(`${name} ${impl}: about ${r.medianMs.toPrecision(3)} ms a run: timed in ${r.roundIndex.length} of the ${reportRounds(report) ?? '?'} rounds (${r.roundIndex.map((i) => i + 1).join(', ')}; --max-impl-seconds), its ratios over those`);
      }
    }
    for (const p of peers) {
      const r = get(p);
      if (usable(cg) && usable(r)) {
        const q = roundRatio(report, name, pass, p);
        const ratio = q ? q.median : cg.gflops / r.gflops;
        add((ratios[p] ??= col()), ratio, q);
        row.push(withSpread(fmtRatio(ratio), q, fmtRatioEnd));
      } else row.push('');
    }
    if (scaling) {
      const one = get(CONVGEN_1T);
      if (usable(cg) && usable(one)) {
        const q = roundRatio(report, name, pass, CONVGEN_1T);
        const ratio = q ? q.median : cg.gflops / one.gflops;
        add(scales, ratio, q);
        row.push(withSpread(fmtRatio(ratio), q, fmtRatioEnd));
        if (cg.threads < report.threads) notes.push(`${name} ${CONVGEN}: its ${pass} kernel runs ${cg.threads} thread${cg.threads === 1 ? '' : 's'} (the default schedule keeps this layer there), not ${report.threads}`);
      } else row.push('');
    }
    if (peak) {
      if (usable(cg)) {
        const pct = cg.pctPeak ? cg.pctPeak.median : (100 * cg.gflops) / peak.gflops;
        add(pcts, pct, cg.pctPeak);
        row.push(withSpread(`${fmtPct(pct)}%`, cg.pctPeak, fmtPct));
      } else row.push('');
    }
    if (updateCol) {
      const wg = report.results.find((r) => r.layer === name && r.pass === 'weight-grad' && r.impl === CONVGEN);
      if (usable(cg) && usable(wg) && cg.medianMs !== null && wg.medianMs !== null) {
        const q = cg.medianMs / wg.medianMs;
        updateRatios.push(q);
        row.push(`${q.toFixed(2)}x`);
      } else row.push('');
    }
    return row;
  });
  const gm = (xs: number[] | undefined, f: (v: number) => string) => {
    const g = geomean(xs ?? []);
    return g === null ? '' : f(g);
  };
  /** the geomean of a column's medians, with the geomeans of its p20s and p80s where every row has them */
  const gmc = (c: Col | undefined, f: (v: number) => string, range: (v: number) => string = f) => {
    const g = c && geomean(c.med);
    if (!c || g === null || g === undefined) return '';
    return withSpread(f(g), c.all ? { p20: geomean(c.p20)!, p80: geomean(c.p80)! } : undefined, range);
  };
  rows.push([
    'geomean', '',
    ...impls.map((i) => gmc(cols[i], fmtGflops)),
    ...peers.map((p) => gmc(ratios[p], fmtRatio, fmtRatioEnd)),
    ...(scaling ? [gmc(scales, fmtRatio, fmtRatioEnd)] : []),
    ...(peak ? [gmc(pcts, (v) => `${fmtPct(v)}%`, fmtPct)] : []),
    ...(updateCol ? [gm(updateRatios, (v) => `${v.toFixed(2)}x`)] : []),
  ]);
  const header = [
    'layer', 'MFLOP',
    ...impls.map((i) => `${i} GFLOP/s`),
    ...peers.map((p) => `${CONVGEN}/${p}`),
    ...(scaling ? [`${report.threads} threads / 1 thread`] : []),
    ...(peak ? [`% of ${peak.label}`] : []),
    // two passes timed in different rounds: the ratio of their medians only
    ...(updateCol ? [reportRounds(report) !== undefined ? 'convgen ms / its weight-grad ms (medians)' : 'convgen ms / its weight-grad ms'] : []),
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
  const n = report.options.passes.length;
  return mdTable(
    ['layer', `compileLayer ms (${n} passes)`, 'generate ms', 'assemble ms', 'WebAssembly.compile ms', `.wasm bytes (${n} passes)`, 'largest function bytes', 'in pass', `all functions <= ${MAX_FUNCTION_BYTES / 2 ** 20} MB`],
    rows,
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l'],
  );
}

/** The tables the CLI prints: one per pass, then compile cost (webgpu: pipeline cost and the targets). */
export function summaryMarkdown(report: AnyBenchReport): string {
  if (isGpuReport(report)) return gpuSummaryMarkdown(report);
  const out: string[] = [];
  const passes = PASSES.filter((p) => report.results.some((r) => r.pass === p));
  const R = reportRounds(report);
  const legend = spreadLegend(report);
  const head = headline(report);
  if (head) out.push(head, '');
  if (legend) out.push(legend, '');
  for (const pass of passes) {
    const { table, notes } = passTable(report, pass);
    out.push(`### ${pass} (GFLOP/s, ${report.threads} thread${report.threads > 1 ? 's' : ''}${R !== undefined ? `; median (p20-p80) of ${R} rounds` : ''}; convgen/peer > 1 means convgen is faster)`, '', table, '');
    if (notes.length) out.push(...notes.map((n) => `- ${n}`), '');
  }
  out.push(`### compile cost (generate + assemble + compile, all ${report.options.passes.length} passes)`, '', compileTable(report), '');
  const targets = wasmTargets(report);
  if (targets.length) out.push('### targets', '', ...targets.map((t) => `- [${t.ok ? 'x' : ' '}] ${t.text}`), '');
  return out.join('\n');
}

/** The headline: the geomean over layers of convgen/tfjs-wasm on the forward pass, with its spread. */
export function headline(report: AnyBenchReport): string | undefined {
  const g = geomeanRatio(report, 'forward', 'tfjs-wasm');
  if (!g) return undefined;
  return `**forward, geomean of convgen/tfjs-wasm over ${g.layers} layer${g.layers === 1 ? '' : 's'}: ${fmtRatio(g.median)}**` +
    (g.spread ? ` (p20-p80 ${fmtRatioEnd(g.spread.p20)}-${fmtRatioEnd(g.spread.p80)}: the geomeans of each layer's per-round p20 and p80)` : '');
}

/** How GFLOP/s are counted (the pass registry's flops). */
const FLOP_COUNTS = 'GFLOP/s from conv-math.md counts (2 N Co Ho Wo (Ci/G) K L for the convolutions; bias gradient N Co Ho Wo; weight update the weight gradient\'s + 2 per weight).';

/** What each implementation ran for each pass; where it differs between layers (groups), every variant, joined by " / ". */
function methodsByImplPass(report: AnyBenchReport): Map<string, string> {
  const sets = new Map<string, Set<string>>();
  for (const r of report.results) {
    if (!r.method) continue;
    const k = `${r.impl} ${r.pass}`;
    if (!sets.has(k)) sets.set(k, new Set());
    sets.get(k)!.add(r.method);
  }
  return new Map([...sets].map(([k, v]) => [k, [...v].join(' / ')]));
}

/** The layers a target is about: named ones (those the run has), or every layer of the run. */
export type TargetLayers = readonly string[] | 'every';

/**
 * A wasm target of the issues, as data (WASM_TARGETS); wasmTargets checks those the run has figures for.
 * Every figure is the median over the rounds of a per-round figure, shown with its p20-p80 spread.
 */
export type WasmTarget =
  /** convgen/peer >= min on each layer and pass (the per-round ratio's median) */
  | { kind: 'ratio'; layers: TargetLayers; passes: readonly Pass[]; peer: string; min: number }
  /** the geomean over the layers of convgen/peer on a pass >= min (of the per-layer medians; spread: the geomeans of their p20s and p80s) */
  | { kind: 'geomean'; pass: Pass; peer: string; min: number }
  /** convgen's % of the same round's reference peak (FMA; all threads' with threads > 1) >= minPct on each layer and pass */
  | { kind: 'peak'; layers: TargetLayers; passes: readonly Pass[]; minPct: number }
  /** threads n > 1: convgen n threads / convgen 1 thread (CONVGEN_1T, per round) >= perThread x n on each layer and pass */
  | { kind: 'scaling'; layers: TargetLayers; passes: readonly Pass[]; perThread: number }
  /** convgen's ms on `pass` over its ms on `over` (medians) <= max */
  | { kind: 'cost'; layers: TargetLayers; pass: Pass; over: Pass; max: number };

const TRAINING: readonly Pass[] = ['forward', 'input-grad', 'weight-grad'];

/** The issues' wasm targets, checked in the report's "### targets" (only what the run measured). */
export const WASM_TARGETS: readonly WasmTarget[] = [
  // depthwise and grouped layers (bench/suite.json), the fused weight update
  { kind: 'ratio', layers: ['dw3x3', 'dw3x3s2', 'dw112'], passes: ['forward'], peer: 'tfjs-wasm', min: 3 },
  { kind: 'ratio', layers: ['grp4'], passes: ['forward'], peer: 'tfjs-wasm', min: 1.5 },
  { kind: 'cost', layers: ['res3x3'], pass: 'weight-update', over: 'weight-grad', max: 1.1 },
  // every layer against the peers; the forward geomean against tfjs-wasm
  { kind: 'ratio', layers: 'every', passes: ['input-grad'], peer: 'ort-web', min: 1.5 },
  { kind: 'ratio', layers: 'every', passes: ['forward'], peer: 'tfjs-wasm', min: 1.2 },
  { kind: 'geomean', pass: 'forward', peer: 'tfjs-wasm', min: 1.8 },
  // % of the FMA peak of the same round
  { kind: 'peak', layers: ['res3x3', 'res3x3s2', 'stem7x7'], passes: TRAINING, minPct: 75 },
  { kind: 'peak', layers: ['lenet2', 'cifar'], passes: TRAINING, minPct: 45 },
  // thread scaling, with --threads n > 1: n threads / 1 thread >= 0.925 n (1.85x with 2 threads)
  { kind: 'scaling', layers: ['res3x3', 'res3x3s2', 'stem7x7'], passes: TRAINING, perThread: 0.925 },
];

/** A threshold as the targets state it: 3x, 1.5x, 1.85x. */
const fmtMin = (v: number): string => `${Number(v.toFixed(3))}x`;

/** A checked target: its line (figure, spread) and whether it is met. */
export interface TargetCheck {
  text: string;
  ok: boolean;
}

/** " (median of R rounds; p20-p80 a-b, min-max c-d)" of a per-round summary. */
function roundsNote(q: Summary & { rounds?: readonly number[] }, count: number, f: (v: number) => string): string {
  return ` (median of ${count} round${count === 1 ? '' : 's'}; p20-p80 ${f(q.p20)}-${f(q.p80)}, min-max ${f(q.min)}-${f(q.max)})`;
}

/** Why a row gives no figure: its error, skip reason, or a failed check. */
function whyNot(r: BenchResult): string {
  if (r.skipped) return `skipped, ${r.skipped}`;
  if (r.error) return r.error;
  if (!r.verified) return 'output did not match the reference';
  return 'not timed';
}

/**
 * The targets of `targets` (default WASM_TARGETS) this run has figures for: a layer, pass or peer
 * the run did not have (a peer that skipped the layer included) is left out; one that was run but
 * gave no usable figure (convgen failed, a peer's output did not match) is "not measured", unmet.
 */
export function wasmTargets(report: BenchReport, targets: readonly WasmTarget[] = WASM_TARGETS): TargetCheck[] {
  const get = (layer: string, pass: Pass, impl: string) => report.results.find((r) => r.layer === layer && r.pass === pass && r.impl === impl);
  const layersOf = (l: TargetLayers) => (l === 'every' ? report.layers.map((x) => x.name) : l);
  const notMeasured = (rows: [string, BenchResult][]) =>
    `not measured (${rows.filter(([, r]) => !usable(r)).map(([who, r]) => `${who}: ${whyNot(r)}`).join('; ')})`;
  const out: TargetCheck[] = [];
  for (const t of targets) {
    if (t.kind === 'geomean') {
      const ran = report.results.some((r) => r.pass === t.pass && r.impl === t.peer && !r.skipped);
      const g = geomeanRatio(report, t.pass, t.peer);
      if (!ran) continue;
      const all = report.layers.filter((l) => report.results.some((r) => r.layer === l.name && r.pass === t.pass && r.impl === t.peer && !r.skipped)).length;
      const label = `${t.pass} geomean of ${CONVGEN}/${t.peer} over the layers >= ${fmtMin(t.min)}`;
      if (!g) {
        out.push({ text: `${label}: not measured (no layer with both timed and verified)`, ok: false });
        continue;
      }
      const spread = g.spread ? ` (p20-p80 ${fmtRatioEnd(g.spread.p20)}-${fmtRatioEnd(g.spread.p80)}: the geomeans of the layers' per-round p20s and p80s)` : '';
      out.push({ text: `${label}: ${fmtRatio(g.median)} over ${g.layers} of ${all} layer${all === 1 ? '' : 's'}${spread}`, ok: g.median >= t.min });
      continue;
    }
    if (t.kind === 'cost') {
      for (const layer of layersOf(t.layers)) {
        const cg = get(layer, t.pass, CONVGEN), base = get(layer, t.over, CONVGEN);
        if (!cg || !base) continue;
        const q = usable(cg) && usable(base) && cg.medianMs !== null && base.medianMs !== null ? cg.medianMs / base.medianMs : null;
        out.push({ text: `${layer} ${t.pass} ms <= ${t.max}x convgen ${t.over} ms: ${q === null ? notMeasured([[`${CONVGEN} ${t.pass}`, cg], [`${CONVGEN} ${t.over}`, base]]) : `${q.toFixed(2)}x (${cg.medianMs!.toPrecision(3)} ms vs ${base.medianMs!.toPrecision(3)} ms)`}`, ok: q !== null && q <= t.max });
      }
      continue;
    }
    for (const layer of layersOf(t.layers)) {
      for (const pass of t.passes) {
        const cg = get(layer, pass, CONVGEN);
        if (!cg) continue;
        if (t.kind === 'ratio' || t.kind === 'scaling') {
          const other = t.kind === 'ratio' ? t.peer : CONVGEN_1T;
          if (t.kind === 'scaling' && !(report.threads > 1)) continue;
          const p = get(layer, pass, other);
          if (!p || p.skipped) continue;
          const min = t.kind === 'ratio' ? t.min : t.perThread * report.threads;
          const label = t.kind === 'ratio'
            ? `${layer} ${pass} ${CONVGEN}/${t.peer} >= ${fmtMin(min)}`
            : `${layer} ${pass} ${CONVGEN} ${report.threads} threads / 1 thread >= ${fmtMin(min)} (${t.perThread} x ${report.threads})`;
          if (!usable(cg) || !usable(p)) {
            out.push({ text: `${label}: ${notMeasured([[CONVGEN, cg], [other, p]])}`, ok: false });
            continue;
          }
          const q = roundRatio(report, layer, pass, other);
          const ratio = q ? q.median : cg.gflops / p.gflops;
          const fewer = t.kind === 'scaling' && cg.threads < report.threads ? ` (convgen's kernel runs ${cg.threads} thread${cg.threads === 1 ? '' : 's'})` : '';
          out.push({ text: `${label}: ${fmtRatio(ratio)}${q ? roundsNote(q, q.rounds.length, fmtRatioEnd) : ''}${fewer}`, ok: ratio >= min });
        } else {
          const peak = referencePeak(report);
          const label = `${layer} ${pass} ${CONVGEN} % of ${reportRounds(report) !== undefined ? 'the same round\'s ' : ''}${peak.label} >= ${t.minPct}%`;
          if (!usable(cg)) {
            out.push({ text: `${label}: ${notMeasured([[CONVGEN, cg]])}`, ok: false });
            continue;
          }
          const pct = cg.pctPeak ? cg.pctPeak.median : (100 * cg.gflops) / peak.gflops;
          const pctEnd = (v: number) => v.toFixed(0);
          out.push({ text: `${label}: ${fmtPct(pct)}%${cg.pctPeak ? roundsNote(cg.pctPeak, cg.rounds?.length ?? 0, pctEnd) : ` (${fmtGflops(cg.gflops)} GFLOP/s of ${fmtGflops(peak.gflops)})`}`, ok: pct >= t.minPct });
        }
      }
    }
  }
  return out;
}

/** The whole results.md: machine, peak, method, the tables. */
export function resultsMarkdown(report: AnyBenchReport): string {
  if (isGpuReport(report)) return gpuResultsMarkdown(report);
  const m = report.machine;
  const p = report.peak;
  const peers = report.peers.map((q) => (q.available ? `${q.name} (${q.threads} thread${q.threads === 1 ? '' : 's'})` : `${q.name} (unavailable: ${q.reason})`));
  const methods = methodsByImplPass(report);
  const o = report.options;
  const R = o.rounds;
  const rp = report.roundPeak;
  const timing = R !== undefined
    ? `${R} interleaved rounds per layer and pass: every implementation is warmed up first (up to ${o.warmup} runs, about 0.5 s at most), then each round times the peak loop ` +
      `(${rp ? `${rp.kind === 'fma' ? 'relaxed FMA' : 'mul+add'}, ${rp.threads > 1 ? `1 and ${rp.threads} threads` : '1 thread'}` : 'FMA'}, 4 runs of about 5 ms, median), then convgen and every peer, their order rotated from round to round; ` +
      `in a round, an implementation gets one untimed run where runs are short, then at least ${o.runs} timed runs (more for fast kernels, until about ${o.minTotalMs} ms, at most ${o.maxRuns}; ` +
      `fewer, down to one, where ${o.runs} would take over ${(2.5 * o.minTotalMs).toFixed(0)} ms), and the round's figure is their median; the tables give the median across rounds and the p20-p80 spread; ` +
      `ratios and % of peak are computed round by round; `
    : `${o.warmup} warm-up runs, then at least ${o.runs} timed runs (more for fast kernels, until about ${o.minTotalMs} ms, at most ${o.maxRuns}), median; `;
  const cpuId = m.cpuFamily != null || m.cpuModel != null ? ` (cpu family ${m.cpuFamily ?? '?'}, model ${m.cpuModel ?? '?'})` : '';
  const roundPeak = rp
    ? `- peak loop of the rounds (${rp.kind === 'fma' ? 'relaxed FMA' : 'mul+add'}, ${rp.threads} thread${rp.threads > 1 ? 's at once' : ''}), over all ${rp.count} rounds: median ${fmtGflops(rp.median)} GFLOP/s, ` +
      `p20-p80 ${fmtGflops(rp.p20)}-${fmtGflops(rp.p80)}, min-max ${fmtGflops(rp.min)}-${fmtGflops(rp.max)} ("% of peak" divides each round's figure by this loop's in the same round)`
    : undefined;
  return [
    `# convgen benchmark, ${report.threads} thread${report.threads > 1 ? 's' : ''}`,
    '',
    `- CPU: ${m.cpu}${cpuId}, ${m.cores} cores`,
    `- machine: ${m.memoryGiB} GiB, ${m.platform} ${m.arch}; Node ${m.node}, V8 ${m.v8}; relaxed SIMD ${m.relaxedSimd ? 'on' : 'off'}; load average at start ${m.loadAverage?.join(' ') ?? '?'}; ${m.date}`,
    `- WASM peak at the start, 1 thread: f32x4 mul+add ${fmtGflops(p.mulAdd)} GFLOP/s, relaxed FMA ${p.fma === null ? 'unsupported' : `${fmtGflops(p.fma)} GFLOP/s`}` +
      (p.threads ? `; ${p.threads.threads} threads at once: mul+add ${fmtGflops(p.threads.mulAdd)}, FMA ${p.threads.fma === null ? '-' : fmtGflops(p.threads.fma)}` : '') + ' (the best of 3 medians)',
    ...(roundPeak ? [roundPeak] : []),
    `- peers: ${peers.join(', ')}`,
    `- method: all in one process; every convgen kernel verified in this run (rel <= 1e-5 against the float64 reference) before it is timed, every peer checked the same way; ` +
      timing +
      `${o.sets} input sets rotated between runs (convgen: written into its memory untimed; peers: separate tensors). ` +
      FLOP_COUNTS + ' Peers do the same work as the kernel: the forward includes bias and activation, the backward passes start from y and dy (delta = dy * act\'(y) included). ONNX weights are initializers.',
    `- what each peer runs: ${[...methods].map(([k, v]) => `${k}: ${v}`).join('; ')}`,
    `- total time: ${report.totalSeconds.toFixed(0)} s`,
    '',
    '### layers',
    '',
    layerTable(report),
    '',
    summaryMarkdown(report),
    '![chart](chart.svg)',
    '',
  ].join('\n');
}

// ---- the webgpu target ------------------------------------------------------------------------

/** The adapter in a few words, e.g. "mesa llvmpipe (LLVM 19.1.7, 256 bits), software". */
export function gpuAdapterName(g: GpuBenchReport['machine']['gpu']): string {
  const main = [g.vendor, g.description || g.device].filter(Boolean).join(' ');
  return [main || 'unknown adapter', g.architecture].filter(Boolean).join(', ');
}

/** The project's targets for pipeline creation: all four passes of a layer within this many ms. */
export const PIPELINE_TARGET_MS = 1000;

/** Pipeline creation per layer: the pipelines (all passes), compileLayer, the first dispatches, the naive kernels'. */
export function pipelineTable(report: GpuBenchReport): string {
  const ms = (v: number | null | undefined) => (v === null || v === undefined || Number.isNaN(v) ? '' : v.toFixed(1));
  const short: Record<Pass, string> = { forward: 'fwd', 'input-grad': 'dX', 'weight-grad': 'dW', 'bias-grad': 'db', 'weight-update': 'w-=' };
  const rows = report.pipeline.map((c) => [
    c.layer,
    ms(c.pipelineMs),
    c.passes.map((p) => `${short[p]} ${ms(c.perPass[p])}`).join(', '),
    ms(c.compileLayerMs),
    ms(c.firstDispatchExtraMs),
    ms(c.naivePipelineMs),
    c.error ? `error: ${c.error}` : c.pipelineMs === null ? '' : c.pipelineMs <= PIPELINE_TARGET_MS ? 'yes' : 'NO',
  ]);
  return mdTable(
    ['layer', `convgen pipelines ms (${report.options.passes.length} passes)`, 'per pass ms', 'compileLayer ms', 'first dispatches ms (beyond a run)', 'naive pipelines ms', `pipelines <= ${PIPELINE_TARGET_MS / 1000} s`],
    rows,
    ['l', 'r', 'l', 'r', 'r', 'r', 'l'],
  );
}

/**
 * The issue's targets, as measured in this run: res3x3 forward convgen/tfjs-webgpu >= 3; convgen
 * faster than the naive kernel on every layer and pass; pipeline creation <= 1 s per layer.
 */
export function gpuTargets(report: GpuBenchReport): { text: string; ok: boolean }[] {
  const get = (layer: string, pass: Pass, impl: string) => report.results.find((r) => r.layer === layer && r.pass === pass && r.impl === impl);
  const out: { text: string; ok: boolean }[] = [];
  const cg = get('res3x3', 'forward', CONVGEN), tf = get('res3x3', 'forward', 'tfjs-webgpu');
  if (cg || tf) {
    const ratio = usable(cg) && usable(tf) ? cg.gflops / tf.gflops : null;
    out.push({ text: `res3x3 forward convgen/tfjs-webgpu >= 3x: ${ratio === null ? 'not measured' : fmtRatio(ratio)}`, ok: ratio !== null && ratio >= 3 });
  }
  const slower: string[] = [];
  let compared = 0;
  for (const r of report.results.filter((x) => x.impl === 'naive-wgsl')) {
    const c = get(r.layer, r.pass, CONVGEN);
    if (!usable(c)) slower.push(`${r.layer} ${r.pass} (convgen not timed)`);
    else if (usable(r)) {
      compared++;
      if (!(c.gflops > r.gflops)) slower.push(`${r.layer} ${r.pass} (${fmtRatio(c.gflops / r.gflops)})`);
    }
  }
  if (compared || slower.length) {
    out.push({ text: `convgen faster than naive-wgsl on every layer and pass: ${slower.length ? `no: ${slower.join(', ')}` : `yes (${compared} of ${compared})`}`, ok: slower.length === 0 });
  }
  const over = report.pipeline.filter((c) => c.pipelineMs === null || c.pipelineMs > PIPELINE_TARGET_MS);
  if (report.pipeline.length) {
    const worst = Math.max(...report.pipeline.map((c) => c.pipelineMs ?? Infinity));
    out.push({
      text: `pipeline creation <= ${PIPELINE_TARGET_MS / 1000} s per layer (${report.options.passes.length} passes): ${over.length ? `no: ${over.map((c) => c.layer).join(', ')}` : 'yes'} (largest ${Number.isFinite(worst) ? `${worst.toFixed(0)} ms` : '-'})`,
      ok: over.length === 0,
    });
  }
  return out;
}

function gpuSummaryMarkdown(report: GpuBenchReport): string {
  const out: string[] = [];
  const passes = PASSES.filter((p) => report.results.some((r) => r.pass === p));
  const adapter = gpuAdapterName(report.machine.gpu);
  for (const pass of passes) {
    const { table, notes } = passTable(report, pass);
    out.push(`### ${pass} (GFLOP/s from GPU time, ${adapter}; convgen/peer > 1 means convgen is faster)`, '', table, '');
    if (notes.length) out.push(...notes.map((n) => `- ${n}`), '');
  }
  out.push('### pipeline creation (shader module + compute pipelines)', '', pipelineTable(report), '',
    '"first dispatches": the first run of each kernel, summed, minus its median run: work the driver left for the first dispatch (lavapipe compiles the shader to machine code there, unless Mesa\'s disk cache has it).', '');
  const targets = gpuTargets(report);
  if (targets.length) out.push('### targets', '', ...targets.map((t) => `- [${t.ok ? 'x' : ' '}] ${t.text}`), '');
  return out.join('\n');
}

function gpuResultsMarkdown(report: GpuBenchReport): string {
  const m = report.machine;
  const g = m.gpu;
  const peers = report.peers.map((q) => (q.available ? q.name : `${q.name} (unavailable: ${q.reason})`));
  const methods = methodsByImplPass(report);
  const timings = [...new Set(report.results.map((r) => r.timing).filter(Boolean))];
  return [
    '# convgen benchmark, webgpu',
    '',
    `- adapter: ${gpuAdapterName(g)} (vendor ${g.vendor || '?'}, device ${g.device || '?'}); timestamp-query ${g.timestampQuery ? 'yes' : 'no'}${g.vkIcd ? `; VK_ICD_FILENAMES=${g.vkIcd}` : ''}`,
    `- machine: ${m.cpu}${m.cpuFamily != null || m.cpuModel != null ? ` (cpu family ${m.cpuFamily ?? '?'}, model ${m.cpuModel ?? '?'})` : ''}, ${m.cores} cores, ${m.memoryGiB} GiB, ${m.platform} ${m.arch}; Node ${m.node}; load average at start ${m.loadAverage?.join(' ') ?? '?'}; ${m.date}`,
    `- driver environment: ${Object.entries(g.env ?? {}).map(([k, v]) => `${k}=${v}`).join(', ') || 'none set'}`,
    `- peers: ${peers.join(', ')}`,
    `- method: all in one process on one WebGPU device (tfjs-webgpu's backend is given the same GPUDevice); every convgen and naive kernel verified in this run ` +
      `(NaN-poisoned outputs, red zones, rel <= 1e-5 against the float64 reference) before it is timed, tfjs-webgpu's output checked the same way. ` +
      `GPU time (${timings.join(', ') || 'none'}): ${g.timestampQuery ? 'timestamps around each compute pass, summed over a kernel\'s stages (tfjs: tf.time() kernelMs, the same measure over its programs)' : 'wall time from submit to queue.onSubmittedWorkDone'}; ` +
      `one probe run, up to ${report.options.warmup - 1} warm-up runs (about 1 s at most), then at least ${report.options.runs} timed runs (more for fast kernels, until about ${report.options.minTotalMs} ms, at most ${report.options.maxRuns}), median; ` +
      `one input set (the verified one): GPU kernels have no data-dependent timing. A peer whose one run takes more than ${report.options.maxRunSeconds} s is skipped. ` +
      FLOP_COUNTS + ' Every implementation does the same work: the forward includes bias and activation, the backward passes start from y and dy (delta = dy * act\'(y) included).',
    `- what each runs: ${[...methods].map(([k, v]) => `${k}: ${v}`).join('; ')}`,
    `- total time: ${report.totalSeconds.toFixed(0)} s`,
    '',
    '### layers',
    '',
    layerTable(report),
    '',
    gpuSummaryMarkdown(report),
    '![chart](chart.svg)',
    '',
  ].join('\n');
}

/**
 * One table for a GPU check (bench/gpu-check.sh): per layer and pass, the verification of
 * `convgen verify --target webgpu` (when given) and the benchmark's figures, under the adapter's name.
 */
export function gpuCheckTable(report: GpuBenchReport, verify?: { results: { layer: string; pass: string; ok: boolean; relError: number | null }[] }): string {
  const get = (layer: string, pass: Pass, impl: string) => report.results.find((r) => r.layer === layer && r.pass === pass && r.impl === impl);
  const g = (r: BenchResult | undefined) => (!r ? '' : r.gflops !== null ? `${fmtGflops(r.gflops)}${r.verified ? '' : '!'}` : r.skipped ? 'skip' : 'fail');
  const ratio = (a: BenchResult | undefined, b: BenchResult | undefined) => (usable(a) && usable(b) ? fmtRatio(a.gflops / b.gflops) : '');
  const rows: string[][] = [];
  for (const l of report.layers) {
    const pc = report.pipeline.find((c) => c.layer === l.name);
    for (const pass of report.options.passes) {
      const cg = get(l.name, pass, CONVGEN), nv = get(l.name, pass, 'naive-wgsl'), tf = get(l.name, pass, 'tfjs-webgpu');
      const v = verify?.results.find((r) => r.layer === l.name && r.pass === pass);
      rows.push([
        l.name, pass,
        v ? (v.ok ? `ok ${v.relError?.toExponential(1) ?? ''}` : 'FAIL') : cg?.verified ? 'ok (bench)' : 'FAIL',
        cg?.medianMs != null ? cg.medianMs.toPrecision(3) : '',
        g(cg), g(nv), g(tf), ratio(cg, nv), ratio(cg, tf),
        pass === report.options.passes[0] && pc?.pipelineMs != null ? pc.pipelineMs.toFixed(0) : '',
      ]);
    }
  }
  const head = `adapter: ${gpuAdapterName(report.machine.gpu)}; timing ${report.machine.gpu.timestampQuery ? 'GPU timestamps' : 'wall time'}; ${report.totalSeconds.toFixed(0)} s`;
  return `${head}\n\n${mdTable(
    ['layer', 'pass', 'verified', 'convgen ms', 'convgen GFLOP/s', 'naive GFLOP/s', 'tfjs-webgpu GFLOP/s', 'vs naive', 'vs tfjs', 'pipelines ms (layer)'],
    rows,
    ['l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
  )}`;
}
