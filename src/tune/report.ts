/**
 * Reports of a tuning database: a Markdown summary and one self-contained HTML file (inline CSS and
 * SVG, no scripts, no external URLs: it opens offline from disk). Pure functions of the records;
 * the same records give the same text (no dates but the records').
 *
 * Records are grouped by what a selection is made for: (target, layer spec, pass, machine,
 * generator). Each group's choice is `selectAmong` (src/tune/select.ts), the rule `tune` and `--db`
 * use, so the report shows what compiling with this database would pick, never a rule of its own.
 *
 * In the HTML every chart is an `<svg class="chart">` with data-kind ("candidates": one group's
 * candidates; "summary": default vs chosen of every group of a target), data-layer, data-pass and
 * data-target; every mark is an element with class "mark" and data-key, data-role
 * (default | tuned | candidate), data-chosen, data-gflops (the record's gflops, 2 decimals) and an
 * SVG `<title>` tooltip with the schedule and the numbers.
 */
import { quantile } from '../run/time.js';
import { PASSES, type LayerSpec, type Pass } from '../layer/types.js';
import { describeSpec } from '../layer/parse.js';
import { describeSchedule, type Schedule } from '../schedule/index.js';
import { canonicalJson, type RecordStatus, type TuneRecord } from './db.js';
import type { MachineFingerprint } from './machine.js';
import { beatsDefault, MIN_ROUNDS, selectAmong, type Selection } from './select.js';

/** The records one selection is made among: one (target, spec, pass, machine, generator). */
export interface ReportGroup {
  /** canonical JSON of (target, spec, pass, machine, generator) */
  id: string;
  /** position in the report, 0-based (chart anchors are `g<index>`) */
  index: number;
  target: TuneRecord['target'];
  spec: LayerSpec;
  pass: Pass;
  machine: MachineFingerprint;
  generator: string;
  /** every record of the group, in database order */
  records: TuneRecord[];
  /** status ok */
  ok: TuneRecord[];
  /** any other status */
  failed: TuneRecord[];
  /** what selectAmong picks (undefined: no usable record, the default heuristic applies) */
  selection?: Selection;
}

const TARGET_ORDER = ['wasm', 'webgpu'];
const FAIL_ORDER: RecordStatus[] = ['build-failed', 'verify-failed', 'timeout', 'error'];
/** failure reasons listed per group at most */
const REASONS_SHOWN = 3;
const REASON_CHARS = 200;

/**
 * The records grouped as selections are made, in report order: target (wasm, webgpu), then
 * layers in order of first appearance, then passes (forward, input-grad, weight-grad, bias-grad,
 * weight-update), then machine and generator in order of first appearance.
 */
export function groupRecords(records: readonly TuneRecord[]): ReportGroup[] {
  const specOrder = new Map<string, number>();
  const machineOrder = new Map<string, number>();
  const generatorOrder = new Map<string, number>();
  const groups = new Map<string, Omit<ReportGroup, 'index' | 'ok' | 'failed' | 'selection'> & { specKey: string; machineKey: string }>();
  for (const r of records) {
    const specKey = canonicalJson(r.spec);
    const machineKey = canonicalJson(r.machine);
    if (!specOrder.has(specKey)) specOrder.set(specKey, specOrder.size);
    if (!machineOrder.has(machineKey)) machineOrder.set(machineKey, machineOrder.size);
    if (!generatorOrder.has(r.generator)) generatorOrder.set(r.generator, generatorOrder.size);
    const id = canonicalJson({ target: r.target, spec: r.spec, pass: r.pass, machine: r.machine, generator: r.generator });
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { id, target: r.target, spec: r.spec, pass: r.pass, machine: r.machine, generator: r.generator, records: [], specKey, machineKey }));
    g.records.push(r);
  }
  const rank = (list: readonly string[], v: string) => (list.includes(v) ? list.indexOf(v) : list.length);
  const sorted = [...groups.values()].sort(
    (a, b) =>
      rank(TARGET_ORDER, a.target) - rank(TARGET_ORDER, b.target) ||
      (a.target < b.target ? -1 : a.target > b.target ? 1 : 0) ||
      specOrder.get(a.specKey)! - specOrder.get(b.specKey)! ||
      rank(PASSES, a.pass) - rank(PASSES, b.pass) ||
      (a.pass < b.pass ? -1 : a.pass > b.pass ? 1 : 0) ||
      machineOrder.get(a.machineKey)! - machineOrder.get(b.machineKey)! ||
      generatorOrder.get(a.generator)! - generatorOrder.get(b.generator)!,
  );
  return sorted.map(({ specKey: _s, machineKey: _m, ...g }, index) => {
    const ok = g.records.filter((r) => r.status === 'ok');
    const failed = g.records.filter((r) => r.status !== 'ok');
    const selection = selectAmong(g.records);
    return { ...g, index, ok, failed, ...(selection ? { selection } : {}) };
  });
}

// ---------------------------------------------------------------------------------------------
// numbers and words

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** GFLOP/s with about 3 significant digits. */
export function fmtGflops(g: number): string {
  if (!finite(g)) return '?';
  if (g >= 100) return g.toFixed(0);
  if (g >= 10) return g.toFixed(1);
  if (g >= 1) return g.toFixed(2);
  return g.toPrecision(2);
}
/** A speed-up or a ratio, 2 decimals ("1.25"). */
const fmtX = (v: number): string => (finite(v) ? (v >= 100 ? v.toFixed(0) : v.toFixed(2)) : '?');
const fmtPct = (v: number): string => (v >= 10 ? v.toFixed(0) : v.toFixed(1));
/** data-gflops: the record's gflops rounded to 2 decimals. */
const dataGflops = (g: number): string => g.toFixed(2);

/** A schedule in words; a record whose schedule is not one (a hand-edited database) shows its JSON. */
export function scheduleText(s: Schedule): string {
  try {
    const t = describeSchedule(s);
    if (!t.includes('undefined')) return t;
  } catch {
    // fall through
  }
  return canonicalJson(s);
}

/** The machine in words: model name, cores, Node/V8, relaxed SIMD, the GPU adapter if any. */
export function machineText(m: MachineFingerprint): string {
  const a = m.adapter;
  const adapter = a ? `, adapter ${[a.vendor, a.architecture, a.device, a.description].filter((x) => x).join(' / ') || '(unnamed)'}` : '';
  return `${m.modelName}, ${m.cores} cores, Node ${m.node} / V8 ${m.v8}${m.relaxedSimd ? ', relaxed SIMD' : ''}${adapter}`;
}

/** GFLOP/s at the p20 and p80 run times (p80 time: the low end), from the record's ms quantiles. */
export function gflopsSpread(r: TuneRecord): { lo: number; hi: number } | undefined {
  const { ms, gflops } = r;
  if (!ms || !finite(gflops) || !(ms.p20 > 0) || !(ms.p50 > 0) || !(ms.p80 > 0)) return undefined;
  return { lo: (gflops * ms.p50) / ms.p80, hi: (gflops * ms.p50) / ms.p20 };
}

/** The chosen record's speed-up over the default: 1/vsDefault.p50 with the spread 1/p80 .. 1/p20 (1 for the default). */
export function speedupOf(sel: Selection): { p50: number; lo: number; hi: number } {
  const v = sel.record.vsDefault;
  if (sel.isDefault || !v) return { p50: 1, lo: 1, hi: 1 };
  return { p50: 1 / v.p50, lo: 1 / v.p80, hi: 1 / v.p20 };
}

const geomean = (xs: readonly number[]): number | undefined => (xs.length === 0 ? undefined : Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length));
const median = (xs: readonly number[]): number | undefined => (xs.length === 0 ? undefined : quantile(xs, 0.5));

/** The peak a group's chart draws: the median of its ok records' same-round peaks. */
const groupPeak = (g: ReportGroup): number | undefined => median(g.ok.map((r) => r.peakGflops).filter((p): p is number => finite(p) && p > 0));

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "12 ok / 3 failed (2 verify-failed, 1 timeout)" */
function candidatesText(g: ReportGroup): string {
  const counts = FAIL_ORDER.map((s) => [s, g.failed.filter((r) => r.status === s).length] as const).filter(([, n]) => n > 0);
  const other = g.failed.length - counts.reduce((a, [, n]) => a + n, 0);
  const detail = [...counts.map(([s, n]) => `${n} ${s}`), ...(other > 0 ? [`${other} other`] : [])];
  return `${g.ok.length} ok / ${g.failed.length} failed${detail.length ? ` (${detail.join(', ')})` : ''}`;
}

/** One summary-table row, as plain (unescaped) text cells. */
interface Row {
  group: ReportGroup;
  cells: string[];
}

const HEADER = ['layer', 'pass', 'target', 'candidates', 'default GFLOP/s', 'tuned GFLOP/s', 'speed-up (p20-p80)', '% of peak', 'chosen schedule', 'default?'];
const ALIGN: ('l' | 'r')[] = ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'l', 'l'];

function rowOf(g: ReportGroup): Row {
  const sel = g.selection;
  const def = sel?.defaultRecord ?? g.ok.find((r) => r.default);
  const cells = [g.spec.name, g.pass, g.target, candidatesText(g), def && finite(def.gflops) ? fmtGflops(def.gflops) : '-'];
  if (!sel) {
    cells.push('-', '-', '-', g.ok.length ? 'none usable (no default record, no candidate beat it)' : 'none (no verified record)', 'heuristic applies');
    return { group: g, cells };
  }
  const r = sel.record;
  const sp = speedupOf(sel);
  cells.push(
    finite(r.gflops) ? fmtGflops(r.gflops) : '-',
    sel.isDefault ? '1.00 (default kept)' : `${fmtX(sp.p50)}x (${fmtX(sp.lo)}-${fmtX(sp.hi)})`,
    finite(r.gflops) && finite(r.peakGflops) && r.peakGflops > 0 ? `${fmtPct((100 * r.gflops) / r.peakGflops)}%` : '-',
    scheduleText(r.schedule),
    sel.isDefault ? 'yes' : 'no',
  );
  return { group: g, cells };
}

interface TargetSummary {
  target: string;
  groups: ReportGroup[];
  /** geomean speed-up of the chosen schedules over the defaults (1 where the default is kept), over the groups with a selection */
  geomean?: number;
  selected: number;
  tuned: number;
  machines: string[];
  generators: string[];
}

function targetSummaries(groups: readonly ReportGroup[]): TargetSummary[] {
  const targets = [...new Set(groups.map((g) => g.target))];
  return targets.map((target) => {
    const gs = groups.filter((g) => g.target === target);
    const sels = gs.map((g) => g.selection).filter((s): s is Selection => s !== undefined);
    return {
      target,
      groups: gs,
      geomean: geomean(sels.map((s) => speedupOf(s).p50)),
      selected: sels.length,
      tuned: sels.filter((s) => !s.isDefault).length,
      machines: [...new Set(gs.map((g) => machineText(g.machine)))],
      generators: [...new Set(gs.map((g) => g.generator))],
    };
  });
}

function targetLines(t: TargetSummary): string[] {
  const n = t.groups.length;
  const out: string[] = [];
  if (t.geomean !== undefined) {
    out.push(
      `geomean speed-up of the chosen schedules over the defaults: ${fmtX(t.geomean)}x over ${plural(t.selected, '(layer, pass)', '(layer, pass) pairs')} ` +
        `(${t.tuned} ${t.tuned === 1 ? 'uses' : 'use'} a tuned schedule, ${t.selected - t.tuned} ${t.selected - t.tuned === 1 ? 'keeps' : 'keep'} the default, counted as 1.00)` +
        (t.selected < n ? `; ${n - t.selected} without a usable record not counted` : ''),
    );
  } else out.push(`no (layer, pass) has a usable record: no speed-up to report`);
  out.push(`machine${t.machines.length > 1 ? 's' : ''}: ${t.machines.join('; ')}`);
  out.push(`generator${t.generators.length > 1 ? 's' : ''}: ${t.generators.join(', ')}`);
  return out;
}

/** Failed candidates: a few reasons per group, then "and N more". */
function failureLines(g: ReportGroup): { head: string; items: string[] } | undefined {
  if (g.failed.length === 0) return undefined;
  const items = g.failed.slice(0, REASONS_SHOWN).map((r) => {
    let why = (r.reason ?? 'no reason recorded').split('\n')[0]!.trim();
    if (why.length > REASON_CHARS) why = `${why.slice(0, REASON_CHARS)}...`;
    return `${scheduleText(r.schedule)}: ${r.status}: ${why}`;
  });
  if (g.failed.length > REASONS_SHOWN) items.push(`and ${g.failed.length - REASONS_SHOWN} more`);
  return { head: `${g.spec.name} ${g.pass} (${g.target}): ${plural(g.failed.length, 'failed candidate')}`, items };
}

/**
 * Notes on choices a reader might question: a candidate with a lower median ratio than the chosen
 * one that the rule did not take (too few rounds, or its p80 not below 1).
 */
function choiceNotes(g: ReportGroup): string[] {
  const sel = g.selection;
  const chosenP50 = sel ? (sel.isDefault ? 1 : sel.record.vsDefault?.p50 ?? 1) : 1;
  const passed = g.ok.filter((r) => !r.default && r.vsDefault && finite(r.vsDefault.p50) && r.vsDefault.p50 < chosenP50 && !beatsDefault(r));
  if (passed.length === 0) return [];
  const best = [...passed].sort((a, b) => a.vsDefault!.p50 - b.vsDefault!.p50 || (a.key < b.key ? -1 : 1))[0]!;
  const v = best.vsDefault!;
  const why = !best.confirmed
    ? `it was not a confirmed finalist (its figures are from the screening rounds, ${best.rounds ?? 0}, which flatter the best of many)`
    : (best.rounds ?? 0) < MIN_ROUNDS
      ? `confirmed in ${best.rounds ?? 0} rounds, fewer than ${MIN_ROUNDS}`
      : `its p80 ratio ${fmtX(v.p80)} is not below 1 (not faster in at least 80% of the confirmation rounds)`;
  return [
    `${g.spec.name} ${g.pass} (${g.target}): ${scheduleText(best.schedule)} had a lower median time ratio (${fmtX(v.p50)}, ${fmtX(1 / v.p50)}x) than the choice but was not taken: ${why}` +
      (passed.length > 1 ? ` (${passed.length - 1} more such)` : ''),
  ];
}

const RULE =
  `Each row is one (layer, pass, target) on one machine and generator version. The chosen schedule is what compiling with this database picks: ` +
  `a candidate replaces the default heuristic's schedule only if, as a finalist of the search, it was timed again in fresh rounds interleaved with the default (at least ${MIN_ROUNDS}), ` +
  `and its per-round time ratio to the default in those rounds has p80 below 1 (faster in at least 80% of them); among those, the lowest median ratio wins. ` +
  `Screening figures of the other candidates are from fewer, shorter rounds. GFLOP/s of different rows and records come from different rounds: on a noisy machine compare the speed-up (a per-round ratio), not the GFLOP/s columns. ` +
  `Speed-up: 1 / the chosen record's median per-round ratio, in parentheses 1/p80 - 1/p20. GFLOP/s are at the median time. ` +
  `% of peak: the chosen record's GFLOP/s over the FMA peak measured in the same rounds.`;

// ---------------------------------------------------------------------------------------------
// Markdown

/** Markdown-safe text for a table cell or list item: no table breaks, no HTML (every `<` escaped), no emphasis, no links. */
function md(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/\|/g, '\\|')
    .replace(/([`*[\]])/g, '\\$1');
}

function mdTable(rows: readonly string[][]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(HEADER), line(ALIGN.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}

/** The Markdown summary of a tuning database. */
export function markdownSummary(records: TuneRecord[], opts: { title?: string } = {}): string {
  const groups = groupRecords(records);
  const out: string[] = [`# ${md(opts.title ?? 'convgen tuning report')}`, ''];
  if (groups.length === 0) {
    out.push('The database has no records.', '');
    return out.join('\n');
  }
  const okCount = records.filter((r) => r.status === 'ok').length;
  out.push(`${plural(records.length, 'record')} (${okCount} ok, ${records.length - okCount} failed) in ${plural(groups.length, 'group')}.`, '', md(RULE), '');
  out.push(mdTable(groups.map((g) => rowOf(g).cells.map(md))), '');
  for (const t of targetSummaries(groups)) {
    out.push(`## ${md(t.target)}`, '', ...targetLines(t).map((l) => `- ${md(l)}`), '');
  }
  const notes = groups.flatMap(choiceNotes);
  if (notes.length) out.push('## Not chosen', '', ...notes.map((n) => `- ${md(n)}`), '');
  const fails = groups.map(failureLines).filter((f) => f !== undefined);
  if (fails.length) {
    out.push('## Failed candidates', '');
    for (const f of fails) out.push(`- ${md(f.head)}`, ...f.items.map((i) => `  - ${md(i)}`));
    out.push('');
  }
  out.push('## Layers', '', ...[...new Map(groups.map((g) => [canonicalJson(g.spec), g.spec])).values()].map((s) => `- ${md(describeSpec(s))}`), '');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// HTML and SVG

/** Text for HTML/SVG content and attribute values. */
function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
const f1 = (v: number) => (Math.round(v * 10) / 10).toString();

const COLOR = {
  tuned: '#d62728',
  default: '#1f3b73',
  eligible: '#f2a65a',
  candidate: '#a9bcd0',
  whisker: '#222',
  peak: '#555',
  grid: '#e3e3e3',
};

/** Axis ticks from 0: a step of 1, 2 or 5 times a power of ten, about 5 of them. */
function ticks(max: number): { step: number; top: number; values: number[] } {
  const m = max > 0 && finite(max) ? max : 1;
  const raw = m / 5;
  const p = 10 ** Math.floor(Math.log10(raw));
  const r = raw / p;
  const step = (r <= 1 ? 1 : r <= 2 ? 2 : r <= 5 ? 5 : 10) * p;
  const top = Math.ceil(m / step - 1e-9) * step;
  const values: number[] = [];
  for (let i = 0; i * step <= top + step * 1e-9; i++) values.push(Number((i * step).toPrecision(12)));
  return { step, top, values };
}

/** Approximate text width at 11px sans-serif. */
const textW = (s: string, px = 11) => s.length * px * 0.56;

/** Legend items laid out in rows within `width`; returns the SVG and the rows used. */
function legend(items: { swatch: string; label: string }[], x0: number, y0: number, width: number): { svg: string[]; rows: number } {
  const svg: string[] = [];
  let x = x0, y = y0, rows = 1;
  for (const it of items) {
    const w = 22 + textW(it.label) + 16;
    if (x > x0 && x + w > width - 8) {
      x = x0;
      y += 17;
      rows++;
    }
    svg.push(`<g class="legend" transform="translate(${f1(x)} ${y})">${it.swatch}<text x="20" y="10">${esc(it.label)}</text></g>`);
    x += w;
  }
  return { svg, rows };
}
const boxSwatch = (c: string) => `<rect x="0" y="0" width="14" height="11" fill="${c}"/>`;
const whiskerSwatch = `<line x1="7" y1="-1" x2="7" y2="12" stroke="${COLOR.whisker}" stroke-width="1.2"/><line x1="3" y1="-1" x2="11" y2="-1" stroke="${COLOR.whisker}"/><line x1="3" y1="12" x2="11" y2="12" stroke="${COLOR.whisker}"/>`;
const peakSwatch = `<line x1="0" y1="6" x2="16" y2="6" stroke="${COLOR.peak}" stroke-width="1.5" stroke-dasharray="5 3"/>`;

function roleOf(g: ReportGroup, r: TuneRecord): 'default' | 'tuned' | 'candidate' {
  if (r.default) return 'default';
  return g.selection && !g.selection.isDefault && g.selection.record.key === r.key ? 'tuned' : 'candidate';
}

/** A mark's tooltip: schedule and numbers. */
function tooltip(g: ReportGroup, r: TuneRecord, role: string, chosen: boolean): string {
  const sp = gflopsSpread(r);
  const parts = [`${scheduleText(r.schedule)}${role === 'candidate' ? '' : ` (${role}${chosen && role === 'default' ? ', kept' : ''})`}`];
  parts.push(`${fmtGflops(r.gflops!)} GFLOP/s at the median time${sp ? ` (p20-p80 ${fmtGflops(sp.lo)}-${fmtGflops(sp.hi)})` : ''}`);
  if (r.ms) parts.push(`${r.ms.p50.toPrecision(3)} ms median (p20 ${r.ms.p20.toPrecision(3)}, p80 ${r.ms.p80.toPrecision(3)})`);
  if (r.vsDefault && !r.default) parts.push(`time / default's per round: p50 ${fmtX(r.vsDefault.p50)} (p20 ${fmtX(r.vsDefault.p20)}, p80 ${fmtX(r.vsDefault.p80)}); speed-up ${fmtX(1 / r.vsDefault.p50)}x`);
  if (r.rounds !== undefined) parts.push(`${plural(r.rounds, 'round')}`);
  if (finite(r.peakGflops) && r.peakGflops > 0) parts.push(`${fmtPct((100 * r.gflops!) / r.peakGflops)}% of the ${fmtGflops(r.peakGflops)} GFLOP/s peak`);
  if (finite(r.relError)) parts.push(`rel error ${r.relError.toExponential(1)}`);
  if (r.strategy) parts.push(`proposed by ${r.strategy}`);
  if (!r.default && !chosen) parts.push(beatsDefault(r) ? 'beats the default by the rule (a lower median ratio was chosen)' : 'does not beat the default by the rule');
  parts.push(`key ${r.key.slice(0, 12)}`);
  return `${g.spec.name} ${g.pass} ${g.target}: ${parts.join('; ')}`;
}

const markAttrs = (g: ReportGroup, r: TuneRecord, role: string, chosen: boolean) =>
  `class="mark" data-key="${esc(r.key)}" data-role="${role}" data-chosen="${chosen}" data-gflops="${dataGflops(r.gflops!)}"` + ` data-schedule="${esc(scheduleText(r.schedule))}"`;

const chartAttrs = (kind: string, layer: string, pass: string, target: string, width: number, height: number, label: string) =>
  `<svg class="chart" data-kind="${kind}" data-layer="${esc(layer)}" data-pass="${esc(pass)}" data-target="${esc(target)}" xmlns="http://www.w3.org/2000/svg" ` +
  `width="${Math.ceil(width)}" height="${Math.ceil(height)}" viewBox="0 0 ${Math.ceil(width)} ${Math.ceil(height)}" role="img" aria-label="${esc(label)}" font-family="system-ui, sans-serif" font-size="11">`;

/** One group's chart: every timed ok record as a bar, sorted by GFLOP/s, default and choice highlighted. */
function candidateChart(g: ReportGroup): string {
  const timed = g.ok.filter((r) => finite(r.gflops) && r.gflops >= 0);
  const marks = [...timed].sort((a, b) => b.gflops! - a.gflops! || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const n = marks.length;
  const peak = groupPeak(g);
  const chosenKey = g.selection?.record.key;
  const LEFT = 64;
  const PLOT_H = 220;
  const plotW = Math.min(Math.max(n * 18, 560), 1000);
  const RIGHT = peak !== undefined ? 118 : 24;
  // labels under the axis for the chosen and the default marks (two rows, so they never overlap)
  const labelled: { r: TuneRecord; row: number; text: string; color: string }[] = [];
  const chosenRec = g.selection?.record;
  const def = marks.find((r) => r.default);
  if (chosenRec && !g.selection!.isDefault && marks.includes(chosenRec)) {
    const sp = speedupOf(g.selection!);
    labelled.push({ r: chosenRec, row: 0, color: COLOR.tuned, text: `tuned: ${scheduleText(chosenRec.schedule)}, ${fmtGflops(chosenRec.gflops!)} GFLOP/s, ${fmtX(sp.p50)}x (${fmtX(sp.lo)}-${fmtX(sp.hi)}) over the default` });
  }
  if (def) labelled.push({ r: def, row: labelled.length, color: COLOR.default, text: `default${g.selection?.isDefault ? ' (kept)' : ''}: ${scheduleText(def.schedule)}, ${fmtGflops(def.gflops!)} GFLOP/s` });
  const boldW = (t: string) => textW(t) * 1.1;
  const width = Math.max(LEFT + plotW + RIGHT, 760, ...labelled.map((l) => boldW(l.text) + 16));
  const kept = g.selection?.isDefault ?? false;
  const roles = marks.map((r) => roleOf(g, r));
  const items = [
    ...(roles.includes('tuned') ? [{ swatch: boxSwatch(COLOR.tuned), label: 'tuned (chosen)' }] : []),
    ...(roles.includes('default') ? [{ swatch: boxSwatch(COLOR.default), label: kept ? 'default (kept: chosen)' : 'default' }] : []),
    ...(marks.some((r, i) => roles[i] === 'candidate' && beatsDefault(r)) ? [{ swatch: boxSwatch(COLOR.eligible), label: `beats default by the rule (confirmed, >= ${MIN_ROUNDS} rounds, p80 ratio < 1), not chosen` }] : []),
    ...(marks.some((r, i) => roles[i] === 'candidate' && !beatsDefault(r)) ? [{ swatch: boxSwatch(COLOR.candidate), label: 'other candidate' }] : []),
    { swatch: whiskerSwatch, label: 'p20-p80 over rounds' },
    ...(peak !== undefined ? [{ swatch: peakSwatch, label: 'FMA peak (same rounds)' }] : []),
  ];
  const lg = legend(items, LEFT, 8, width);
  const TOP = 8 + lg.rows * 17 + 14;
  const height = TOP + PLOT_H + 64;
  const maxV = Math.max(...marks.map((r) => gflopsSpread(r)?.hi ?? r.gflops!), peak ?? 0, 1e-9);
  const ax = ticks(maxV * 1.04);
  const y = (v: number) => TOP + PLOT_H * (1 - v / ax.top);
  const bottom = TOP + PLOT_H;
  const slot = n > 0 ? plotW / n : plotW;
  const barW = Math.max(1, Math.min(slot * 0.74, 22));
  const xOf = (i: number) => LEFT + slot * i + (slot - barW) / 2;

  const out: string[] = [chartAttrs('candidates', g.spec.name, g.pass, g.target, width, height, `${g.spec.name} ${g.pass} ${g.target}: GFLOP/s of ${n} candidates`)];
  out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`);
  out.push(...lg.svg);
  for (const v of ax.values) {
    out.push(`<line class="grid" x1="${LEFT}" y1="${f1(y(v))}" x2="${LEFT + plotW}" y2="${f1(y(v))}" stroke="${COLOR.grid}"/>`);
    out.push(`<text class="tick" x="${LEFT - 6}" y="${f1(y(v))}" text-anchor="end" dominant-baseline="middle">${esc(String(v))}</text>`);
  }
  out.push(`<text class="axis-label" transform="translate(${LEFT - 46} ${TOP + PLOT_H / 2}) rotate(-90)" text-anchor="middle">GFLOP/s (at median time)</text>`);
  marks.forEach((r, i) => {
    const role = roleOf(g, r);
    const chosen = r.key === chosenKey;
    const eligible = role === 'candidate' && beatsDefault(r);
    const fill = role === 'tuned' ? COLOR.tuned : role === 'default' ? COLOR.default : eligible ? COLOR.eligible : COLOR.candidate;
    const x = xOf(i), top = y(r.gflops!);
    const h = Math.max(bottom - top, 1);
    const stroke = chosen ? ` stroke="#000" stroke-width="1.2"` : '';
    out.push(`<rect ${markAttrs(g, r, role, chosen)} x="${f1(x)}" y="${f1(bottom - h)}" width="${f1(barW)}" height="${f1(h)}" fill="${fill}"${stroke}><title>${esc(tooltip(g, r, role, chosen))}</title></rect>`);
    const sp = gflopsSpread(r);
    if (sp) {
      const cx = f1(x + barW / 2), c0 = f1(x + barW / 2 - Math.min(barW / 2, 4)), c1 = f1(x + barW / 2 + Math.min(barW / 2, 4));
      const ylo = f1(y(sp.lo)), yhi = f1(y(sp.hi));
      out.push(`<g class="whisker" stroke="${COLOR.whisker}" pointer-events="none"><line x1="${cx}" y1="${yhi}" x2="${cx}" y2="${ylo}" stroke-width="1.2"/>` +
        (barW >= 4 ? `<line x1="${c0}" y1="${yhi}" x2="${c1}" y2="${yhi}"/><line x1="${c0}" y1="${ylo}" x2="${c1}" y2="${ylo}"/>` : '') + '</g>');
    }
  });
  // axes
  out.push(`<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${bottom}" stroke="#000"/>`);
  out.push(`<line x1="${LEFT}" y1="${bottom}" x2="${LEFT + plotW}" y2="${bottom}" stroke="#000"/>`);
  if (n === 0) out.push(`<text x="${LEFT + plotW / 2}" y="${TOP + PLOT_H / 2}" text-anchor="middle" fill="#666">no verified, timed candidate</text>`);
  // the peak, with a % of peak axis on the right
  if (peak !== undefined) {
    const yp = f1(y(peak));
    out.push(`<line class="peak" x1="${LEFT}" y1="${yp}" x2="${LEFT + plotW}" y2="${yp}" stroke="${COLOR.peak}" stroke-width="1.5" stroke-dasharray="5 3"/>`);
    out.push(`<text class="peak-label" x="${LEFT + plotW - 4}" y="${f1(y(peak) - 5)}" text-anchor="end" fill="${COLOR.peak}">peak ${esc(fmtGflops(peak))} GFLOP/s</text>`);
    const rx = LEFT + plotW;
    out.push(`<line x1="${rx}" y1="${TOP}" x2="${rx}" y2="${bottom}" stroke="#000"/>`);
    for (const pct of [0, 25, 50, 75, 100]) {
      const yy = f1(y((peak * pct) / 100));
      out.push(`<line x1="${rx}" y1="${yy}" x2="${rx + 4}" y2="${yy}" stroke="#000"/><text class="tick" x="${rx + 7}" y="${yy}" dominant-baseline="middle">${pct}%</text>`);
    }
    out.push(`<text class="axis-label" transform="translate(${rx + 48} ${TOP + PLOT_H / 2}) rotate(90)" text-anchor="middle">% of peak</text>`);
  }
  // labels: leader lines first, then the texts over them (a white halo keeps them readable)
  const placed = labelled.map((l) => {
    const cx = xOf(marks.indexOf(l.r)) + barW / 2;
    const ty = bottom + 14 + l.row * 14;
    const tw = boldW(l.text);
    const [x, anchor] = cx - 3 + tw <= width - 4 ? [cx - 3, 'start'] : cx + 3 - tw >= 4 ? [cx + 3, 'end'] : [Math.max(4, width - 4 - tw), 'start'];
    return { ...l, cx, ty, x, anchor };
  });
  for (const l of placed) out.push(`<line class="leader" x1="${f1(l.cx)}" y1="${bottom}" x2="${f1(l.cx)}" y2="${l.ty - 3}" stroke="${l.color}"/>`);
  for (const l of placed) {
    out.push(`<text class="mark-label" data-role="label-${l.r.default ? 'default' : 'tuned'}" x="${f1(l.x)}" y="${l.ty + 7}" text-anchor="${l.anchor}" fill="${l.color}" font-weight="bold" stroke="#fff" stroke-width="4" paint-order="stroke">${esc(l.text)}</text>`);
  }
  out.push(`<text class="axis-label" x="${LEFT + plotW / 2}" y="${height - 8}" text-anchor="middle">${esc(`${plural(n, 'verified candidate')}, fastest first${g.failed.length ? ` (${g.failed.length} failed, not drawn)` : ''}`)}</text>`);
  out.push('</svg>');
  return out.join('\n');
}

/** Default vs chosen GFLOP/s for every group of a target, with the speed-up above each pair. */
function summaryChart(target: string, groups: readonly ReportGroup[]): string {
  const LEFT = 64, PLOT_H = 200, BAR = 16;
  const labelOf = (g: ReportGroup) => (g.spec.name.length > 18 ? `${g.spec.name.slice(0, 17)}...` : g.spec.name);
  const slot = Math.max(70, ...groups.map((g) => Math.max(textW(labelOf(g)), textW(g.pass)) + 12));
  const plotW = Math.max(groups.length * slot, 240);
  const width = Math.max(LEFT + plotW + 24, 560);
  const lg = legend([{ swatch: boxSwatch(COLOR.default), label: 'default schedule' }, { swatch: boxSwatch(COLOR.tuned), label: 'chosen schedule (tuned)' }, { swatch: whiskerSwatch, label: 'p20-p80 over rounds' }], LEFT, 8, width);
  const TOP = 8 + lg.rows * 17 + 22;
  const height = TOP + PLOT_H + 52;
  const bottom = TOP + PLOT_H;
  const values = groups.flatMap((g) => [g.selection?.record, g.selection?.defaultRecord].filter((r): r is TuneRecord => !!r && finite(r.gflops)).map((r) => gflopsSpread(r)?.hi ?? r.gflops!));
  const ax = ticks(Math.max(...values, 1e-9) * 1.04);
  const y = (v: number) => TOP + PLOT_H * (1 - v / ax.top);
  const out: string[] = [chartAttrs('summary', '*', '*', target, width, height, `${target}: default vs chosen GFLOP/s per layer and pass`)];
  out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`);
  out.push(...lg.svg);
  for (const v of ax.values) {
    out.push(`<line class="grid" x1="${LEFT}" y1="${f1(y(v))}" x2="${LEFT + plotW}" y2="${f1(y(v))}" stroke="${COLOR.grid}"/>`);
    out.push(`<text class="tick" x="${LEFT - 6}" y="${f1(y(v))}" text-anchor="end" dominant-baseline="middle">${esc(String(v))}</text>`);
  }
  out.push(`<text class="axis-label" transform="translate(${LEFT - 46} ${TOP + PLOT_H / 2}) rotate(-90)" text-anchor="middle">GFLOP/s (at median time)</text>`);
  groups.forEach((g, i) => {
    const cx = LEFT + slot * i + slot / 2;
    const sel = g.selection;
    const bars: [TuneRecord | undefined, 'default' | 'tuned', number, boolean][] = [[sel?.defaultRecord, 'default', cx - BAR - 1, false], [sel?.record, sel?.isDefault ? 'default' : 'tuned', cx + 1, true]];
    for (const [r, role, x, chosen] of bars) {
      if (!r || !finite(r.gflops)) continue;
      const top = y(r.gflops), h = Math.max(bottom - top, 1);
      out.push(`<rect ${markAttrs(g, r, role, chosen)} data-layer="${esc(g.spec.name)}" data-pass="${g.pass}" x="${f1(x)}" y="${f1(bottom - h)}" width="${BAR}" height="${f1(h)}" fill="${chosen ? COLOR.tuned : COLOR.default}">` +
        `<title>${esc(`${chosen ? 'chosen' : 'default'}: ${tooltip(g, r, role, chosen)}`)}</title></rect>`);
      const sp = gflopsSpread(r);
      if (sp) {
        const mx = f1(x + BAR / 2), ylo = f1(y(sp.lo)), yhi = f1(y(sp.hi));
        out.push(`<g class="whisker" stroke="${COLOR.whisker}" pointer-events="none"><line x1="${mx}" y1="${yhi}" x2="${mx}" y2="${ylo}" stroke-width="1.2"/><line x1="${f1(x + 4)}" y1="${yhi}" x2="${f1(x + BAR - 4)}" y2="${yhi}"/><line x1="${f1(x + 4)}" y1="${ylo}" x2="${f1(x + BAR - 4)}" y2="${ylo}"/></g>`);
      }
    }
    const tops = [sel?.record, sel?.defaultRecord].filter((r): r is TuneRecord => !!r && finite(r.gflops)).map((r) => y(gflopsSpread(r)?.hi ?? r.gflops!));
    const ly = (tops.length ? Math.min(...tops) : bottom) - 6;
    const text = !sel ? 'no usable record' : sel.isDefault ? 'default kept' : `${fmtX(speedupOf(sel).p50)}x`;
    out.push(`<text class="speedup" x="${f1(cx)}" y="${f1(ly)}" text-anchor="middle" font-weight="${sel && !sel.isDefault ? 'bold' : 'normal'}" fill="${sel && !sel.isDefault ? COLOR.tuned : '#555'}">${esc(text)}</text>`);
    out.push(`<text x="${f1(cx)}" y="${bottom + 15}" text-anchor="middle">${esc(labelOf(g))}<title>${esc(describeSpec(g.spec))}</title></text>`);
    out.push(`<text x="${f1(cx)}" y="${bottom + 28}" text-anchor="middle" fill="#555">${esc(g.pass)}</text>`);
  });
  out.push(`<line x1="${LEFT}" y1="${TOP}" x2="${LEFT}" y2="${bottom}" stroke="#000"/>`);
  out.push(`<line x1="${LEFT}" y1="${bottom}" x2="${LEFT + plotW}" y2="${bottom}" stroke="#000"/>`);
  out.push(`<text class="axis-label" x="${LEFT + plotW / 2}" y="${height - 6}" text-anchor="middle">layer and pass</text>`);
  out.push('</svg>');
  return out.join('\n');
}

const CSS = `
body { font-family: system-ui, sans-serif; font-size: 14px; color: #111; margin: 24px; max-width: 1400px; }
h1 { font-size: 22px; } h2 { font-size: 18px; margin-top: 32px; } h3 { font-size: 15px; margin: 24px 0 6px; }
p.rule { color: #333; max-width: 1000px; }
table { border-collapse: collapse; font-size: 13px; }
th, td { border: 1px solid #ccc; padding: 3px 7px; vertical-align: top; }
th { background: #f3f3f3; text-align: left; }
td.r { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nw { white-space: nowrap; }
tr.tuned td { background: #fff3f2; }
.chart { display: block; margin: 6px 0 18px; max-width: 100%; height: auto; }
.chart .mark:hover { opacity: 0.75; }
.muted { color: #555; }
ul { margin: 4px 0; }
code { font-size: 12px; }
`.trim();

/** One self-contained HTML report: summary table, per-target summaries and charts, one chart per group. */
export function htmlReport(records: TuneRecord[], opts: { title?: string } = {}): string {
  const groups = groupRecords(records);
  const title = opts.title ?? 'convgen tuning report';
  const out: string[] = [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    `<h1>${esc(title)}</h1>`,
  ];
  if (groups.length === 0) {
    out.push('<p>The database has no records.</p>', '</body>', '</html>');
    return out.join('\n') + '\n';
  }
  const okCount = records.filter((r) => r.status === 'ok').length;
  out.push(`<p>${esc(`${plural(records.length, 'record')} (${okCount} ok, ${records.length - okCount} failed) in ${plural(groups.length, 'group')}.`)}</p>`);
  out.push(`<p class="rule">${esc(RULE)}</p>`);
  // the table
  out.push('<table class="summary">', `<thead><tr>${HEADER.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`, '<tbody>');
  for (const g of groups) {
    const { cells } = rowOf(g);
    const tuned = g.selection && !g.selection.isDefault;
    out.push(
      `<tr data-group="g${g.index}" data-layer="${esc(g.spec.name)}" data-pass="${g.pass}" data-target="${esc(g.target)}"${g.selection ? ` data-chosen-key="${esc(g.selection.record.key)}"` : ''}${tuned ? ' class="tuned"' : ''}>` +
        cells.map((c, i) => (i === 0 ? `<td><a href="#g${g.index}">${esc(c)}</a></td>` : `<td${ALIGN[i] === 'r' ? ' class="r"' : i === 1 || i === 2 ? ' class="nw"' : ''}>${esc(c)}</td>`)).join('') +
        '</tr>',
    );
  }
  out.push('</tbody>', '</table>');
  // per target: summary lines and chart
  const targets = targetSummaries(groups);
  for (const t of targets) {
    out.push(`<h2>${esc(t.target)}</h2>`, '<ul>', ...targetLines(t).map((l) => `<li>${esc(l)}</li>`), '</ul>');
    out.push(`<h3>${esc(`Default vs chosen GFLOP/s (${t.target})`)}</h3>`);
    out.push(`<p class="muted">Above each pair: the chosen schedule's speed-up over the default (1 / its median per-round time ratio), or "default kept".</p>`);
    out.push(summaryChart(t.target, t.groups));
  }
  const notes = groups.flatMap(choiceNotes);
  if (notes.length) out.push('<h2>Not chosen</h2>', '<ul>', ...notes.map((n) => `<li>${esc(n)}</li>`), '</ul>');
  const fails = groups.map(failureLines).filter((f) => f !== undefined);
  if (fails.length) {
    out.push('<h2>Failed candidates</h2>', '<ul>');
    for (const f of fails) out.push(`<li>${esc(f.head)}<ul>${f.items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul></li>`);
    out.push('</ul>');
  }
  // per group: the candidates chart
  out.push('<h2>Candidates</h2>');
  const manyMachines = new Set(groups.map((g) => canonicalJson(g.machine) + g.generator)).size > 1;
  for (const g of groups) {
    out.push(`<section id="g${g.index}" class="group">`);
    out.push(`<h3>${esc(`${g.spec.name} ${g.pass} (${g.target})`)}</h3>`);
    out.push(`<p class="muted">${esc(describeSpec(g.spec))}${manyMachines ? `<br>${esc(`${machineText(g.machine)}; generator ${g.generator}`)}` : ''}<br>${esc(candidatesText(g))}</p>`);
    out.push(candidateChart(g));
    out.push('</section>');
  }
  out.push('<h2>Layers</h2>', '<ul>', ...[...new Map(groups.map((g) => [canonicalJson(g.spec), g.spec])).values()].map((s) => `<li><code>${esc(describeSpec(s))}</code></li>`), '</ul>');
  out.push('</body>', '</html>');
  return out.join('\n') + '\n';
}
