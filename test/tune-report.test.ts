/**
 * The tuning reports: the Markdown summary and the self-contained HTML file, from synthetic records
 * (makeRecord, realistic fields). The summary names what selectAmong picks (a candidate faster at
 * the median whose p80 ratio is not below 1 is not it) with speed-ups computed from the records;
 * user text is escaped. The HTML opens in a headless Chromium from file:// with the network
 * blocked, draws one mark per verified record with its GFLOP/s, and highlights selectAmong's choice.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultGpuSchedule, defaultSchedule, describeSchedule, flops, parseSpec, type Schedule } from '../src/index.js';
import type { LayerSpec, Pass } from '../src/layer/types.js';
import { makeRecord, type RecordStatus, type TuneRecord } from '../src/tune/db.js';
import type { MachineFingerprint } from '../src/tune/machine.js';
import { groupRecords, htmlReport, markdownSummary } from '../src/tune/report.js';
import { recordsFor, selectAmong } from '../src/tune/select.js';

// CONVGEN_REPORT_KEEP=DIR keeps the HTML and the screenshot there to look at
const keep = process.env.CONVGEN_REPORT_KEEP;
const dir = keep ?? mkdtempSync(join(tmpdir(), 'convgen-tune-report-'));
if (keep) mkdirSync(keep, { recursive: true });
afterAll(() => {
  if (!keep) rmSync(dir, { recursive: true, force: true });
});

const machine: MachineFingerprint = {
  cpuVendor: 'GenuineIntel', cpuFamily: 6, cpuModel: 143, modelName: 'Intel(R) Xeon(R) Platinum 8480+',
  flags: ['avx', 'avx2', 'fma', 'sse4_1', 'sse4_2'], cores: 16, node: '20.19.0', v8: '11.3.244.8-node.26', relaxedSimd: true,
};
const gpuMachine: MachineFingerprint = { ...machine, adapter: { vendor: 'nvidia', architecture: 'hopper', device: '', description: 'NVIDIA H100' } };
const GEN = '0.1.0';
const DATE = '2026-12-07T10:00:00.000Z';
const PEAK = 96;

const res = parseSpec({ name: 'res3x3', N: 1, Ci: 32, H: 28, W: 28, Co: 32, K: 3, L: 3, pad: 1, act: 'relu' });
// a name the parser would refuse, as a hand-edited database could hold it
const weird: LayerSpec = { ...parseSpec({ name: 'pw', N: 1, Ci: 16, H: 14, W: 14, Co: 24, K: 1, L: 1 }), name: '<b>&"x' };

const simd = (spec: LayerSpec, pass: Pass, over: Record<string, unknown> = {}): Schedule => ({ ...defaultSchedule(spec, pass, { fma: true }), ...over }) as Schedule;

/**
 * One measured record. The default takes `baseMs`; a candidate's median time is the default's times
 * its median per-round ratio, and its GFLOP/s follow from the layer's flops.
 */
function rec(spec: LayerSpec, pass: Pass, schedule: Schedule, o: { baseMs: number; vs?: [number, number, number]; rounds?: number; confirmed?: boolean; isDefault?: boolean; target?: 'wasm' | 'webgpu'; m?: MachineFingerprint; strategy?: string }): TuneRecord {
  const vs = o.isDefault ? [1, 1, 1] : o.vs!;
  const p50 = o.baseMs * vs[1]!;
  const ms = { p20: p50 * 0.96, p50, p80: p50 * 1.05 };
  const gpu = (o.target ?? 'wasm') === 'webgpu';
  return makeRecord(
    { spec, pass, target: o.target ?? 'wasm', schedule, machine: o.m ?? (gpu ? gpuMachine : machine), generator: GEN },
    {
      status: 'ok', ms, gflops: flops(spec, pass) / (p50 * 1e6), relError: 2.4e-7,
      vsDefault: { p20: vs[0]!, p50: vs[1]!, p80: vs[2]! }, rounds: o.rounds ?? 5,
      ...(gpu ? {} : { peakGflops: PEAK }), ...(o.isDefault ? { default: true } : {}), ...(o.isDefault || o.confirmed === false ? {} : { confirmed: true }),
      costMs: 840, strategy: o.strategy ?? (o.isDefault ? 'default' : 'random'), date: DATE,
    },
  );
}
const failed = (spec: LayerSpec, pass: Pass, schedule: Schedule, status: RecordStatus, reason: string): TuneRecord =>
  makeRecord({ spec, pass, target: 'wasm', schedule, machine, generator: GEN }, { status, reason, costMs: 120, strategy: 'random', date: DATE });

// res3x3 forward: a clear winner, a faster-at-the-median candidate that is not consistent, one timed
// in too few rounds, a second consistent one, a slower one, and four failures
const fwdDefault = rec(res, 'forward', simd(res, 'forward'), { baseMs: 0.52, isDefault: true });
const winner = rec(res, 'forward', simd(res, 'forward', { vectors: 4, partners: 2 }), { baseMs: 0.52, vs: [0.78, 0.8, 0.86] });
const noisy = rec(res, 'forward', simd(res, 'forward', { vectors: 1, partners: 6 }), { baseMs: 0.52, vs: [0.6, 0.7, 1.02] });
const fewRounds = rec(res, 'forward', simd(res, 'forward', { vectors: 3, partners: 2 }), { baseMs: 0.52, vs: [0.7, 0.75, 0.8], rounds: 2 });
const second = rec(res, 'forward', simd(res, 'forward', { vectors: 2, partners: 2 }), { baseMs: 0.52, vs: [0.85, 0.9, 0.95] });
const slower = rec(res, 'forward', simd(res, 'forward', { vectors: 1, partners: 1, unroll: 2 }), { baseMs: 0.52, vs: [1.2, 1.3, 1.4] });
const fails = [
  failed(res, 'forward', simd(res, 'forward', { vectors: 4, partners: 3 }), 'verify-failed', 'rel error 3.1e-3 > 1e-5 at dY[0,5,2,7]'),
  failed(res, 'forward', simd(res, 'forward', { vectors: 4, partners: 4 }), 'build-failed', 'wabt: function body too large'),
  failed(res, 'forward', simd(res, 'forward', { vectors: 3, partners: 4 }), 'timeout', 'no result in 30 s'),
  failed(res, 'forward', simd(res, 'forward', { vectors: 3, partners: 3 }), 'error', 'worker exited with code 1'),
];
// res3x3 weight-grad: no candidate beats the default by the rule (the default is kept)
const wgDefault = rec(res, 'weight-grad', simd(res, 'weight-grad'), { baseMs: 0.61, isDefault: true });
const wgLoser = rec(res, 'weight-grad', simd(res, 'weight-grad', { unroll: 2 }), { baseMs: 0.61, vs: [0.97, 1.01, 1.06] });
const wgLoser2 = rec(res, 'weight-grad', simd(res, 'weight-grad', { partners: 1 }), { baseMs: 0.61, vs: [1.1, 1.15, 1.22] });
// the hostile-named layer, forward: default kept
const wDefault = rec(weird, 'forward', simd(weird, 'forward'), { baseMs: 0.04, isDefault: true });
const wCand = rec(weird, 'forward', simd(weird, 'forward', { unroll: 2 }), { baseMs: 0.04, vs: [1.02, 1.08, 1.15] });
// webgpu forward of res3x3: a winner
const gDefault = rec(res, 'forward', defaultGpuSchedule(res, 'forward'), { baseMs: 0.09, isDefault: true, target: 'webgpu' });
const gWin = rec(res, 'forward', { ...defaultGpuSchedule(res, 'forward'), workgroup: [32, 2] }, { baseMs: 0.09, vs: [0.55, 0.6, 0.7], target: 'webgpu' });

// database order: weight-grad records before forward ones, the webgpu ones first, the weird layer in between
const RECORDS: TuneRecord[] = [gDefault, gWin, wgDefault, wgLoser, fwdDefault, noisy, fails[0]!, wDefault, winner, fewRounds, wCand, fails[1]!, second, slower, fails[2]!, fails[3]!, wgLoser2];

it('the synthetic records are distinct measurements', () => {
  expect(new Set(RECORDS.map((r) => r.key)).size).toBe(RECORDS.length);
});

const f2 = (v: number) => v.toFixed(2);
const tableRows = (md: string) => md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| layer') && !l.startsWith('| ---'));
const cellsOf = (row: string) => row.slice(2, -2).split(' | ');

describe('markdownSummary', () => {
  const md = markdownSummary(RECORDS, { title: 'tuning: test <db>' });
  const rows = tableRows(md).map(cellsOf);

  it('has one row per (target, layer, pass), ordered by target, layer order of first appearance, pass', () => {
    expect(rows.map((r) => [r[0], r[1], r[2]])).toEqual([
      ['res3x3', 'forward', 'wasm'],
      ['res3x3', 'weight-grad', 'wasm'],
      ['&lt;b>&amp;"x', 'forward', 'wasm'],
      ['res3x3', 'forward', 'webgpu'],
    ]);
  });

  it('names the schedule selectAmong picks, with the speed-up computed from its record', () => {
    const sel = selectAmong(recordsFor(RECORDS, { spec: res, pass: 'forward', target: 'wasm', machine, generator: GEN }))!;
    expect(sel.record.key).toBe(winner.key);
    const row = rows[0]!;
    expect(row[3]).toBe('6 ok / 4 failed (1 build-failed, 1 verify-failed, 1 timeout, 1 error)');
    expect(row[4]).toBe(fwdDefault.gflops!.toFixed(1));
    expect(row[5]).toBe(winner.gflops!.toFixed(1));
    expect(row[6]).toBe(`${f2(1 / 0.8)}x (${f2(1 / 0.86)}-${f2(1 / 0.78)})`);
    expect(row[7]).toBe(`${((100 * winner.gflops!) / PEAK).toFixed(0)}%`);
    expect(row[8]).toBe(describeSchedule(winner.schedule));
    expect(row[9]).toBe('no');
    // the candidate that is faster at the median but not consistently is not the choice, and is said not to be
    expect(describeSchedule(noisy.schedule)).not.toBe(describeSchedule(winner.schedule));
    expect(md).toContain(`${describeSchedule(noisy.schedule)} had a lower median time ratio (0.70, 1.43x) than the choice but was not taken: its p80 ratio 1.02 is not below 1`);
  });

  it('keeps the default where no candidate beats it by the rule', () => {
    expect(rows[1]!.slice(5)).toEqual([wgDefault.gflops!.toFixed(1), '1.00 (default kept)', `${((100 * wgDefault.gflops!) / PEAK).toFixed(0)}%`, describeSchedule(wgDefault.schedule), 'yes']);
    expect(rows[2]![9]).toBe('yes');
    // webgpu records carry no peak: no % of peak
    expect(rows[3]![7]).toBe('-');
    expect(rows[3]![6]).toBe(`${f2(1 / 0.6)}x (${f2(1 / 0.7)}-${f2(1 / 0.55)})`);
  });

  it('gives the geomean speed-up per target (1 where the default is kept), the machine and the generator', () => {
    const g = Math.exp((Math.log(1 / 0.8) + Math.log(1) + Math.log(1)) / 3);
    expect(md).toContain(`geomean speed-up of the chosen schedules over the defaults: ${f2(g)}x over 3 (layer, pass) pairs (1 uses a tuned schedule, 2 keep the default, counted as 1.00)`);
    expect(md).toContain(`geomean speed-up of the chosen schedules over the defaults: ${f2(1 / 0.6)}x over 1 (layer, pass) (1 uses a tuned schedule, 0 keep the default`);
    expect(md).toContain('machine: Intel(R) Xeon(R) Platinum 8480+, 16 cores, Node 20.19.0 / V8 11.3.244.8-node.26, relaxed SIMD\n');
    expect(md).toContain('adapter nvidia / hopper / NVIDIA H100');
    expect(md).toContain(`generator: ${GEN}`);
  });

  it('lists the first failures with their reasons, then how many more', () => {
    expect(md).toContain('res3x3 forward (wasm): 4 failed candidates');
    expect(md).toContain(`  - ${describeSchedule(fails[0]!.schedule)}: verify-failed: rel error 3.1e-3 > 1e-5 at dY\\[0,5,2,7\\]`);
    expect(md).toContain('wabt: function body too large');
    expect(md).not.toContain('worker exited with code 1');
    expect(md).toContain('  - and 1 more');
  });

  it('escapes user text', () => {
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('<db>');
    expect(md).toContain('# tuning: test &lt;db>');
    expect(md).toContain('&lt;b>&amp;"x: N=1 Ci=16');
  });

  it('is the same for the same records', () => {
    expect(markdownSummary([...RECORDS], { title: 'tuning: test <db>' })).toBe(md);
    expect(markdownSummary([])).toContain('no records');
  });
});

describe('htmlReport', () => {
  const html = htmlReport(RECORDS, { title: 'tuning <report>' });

  it('is self-contained, script-free, escaped and deterministic', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
    // the only URL is the SVG namespace, which nothing fetches
    expect([...html.matchAll(/(?:https?:|file:)?\/\/[\w.-]+[^\s"'<>]*/g)].map((m) => m[0]).filter((u) => u !== 'http://www.w3.org/2000/svg')).toEqual([]);
    expect(html).not.toContain('<b>&');
    expect(html).toContain('data-layer="&lt;b&gt;&amp;&quot;x"');
    expect(html).toContain('<title>tuning &lt;report&gt;</title>');
    expect(htmlReport([...RECORDS], { title: 'tuning <report>' })).toBe(html);
  });

  it('has a candidates chart per group and a summary chart per target', () => {
    const charts = [...html.matchAll(/<svg class="chart" data-kind="(\w+)" data-layer="([^"]*)" data-pass="([^"]*)" data-target="([^"]*)"/g)].map((m) => m.slice(1).join(' '));
    expect(charts.sort()).toEqual(
      ['candidates res3x3 forward wasm', 'candidates res3x3 weight-grad wasm', 'candidates &lt;b&gt;&amp;&quot;x forward wasm', 'candidates res3x3 forward webgpu', 'summary * * wasm', 'summary * * webgpu'].sort(),
    );
    // one mark per ok record in the candidates charts: the group's 6 + 3 + 2 + 2 records
    const candidateCharts = html.split('<svg ').filter((s) => s.startsWith('class="chart" data-kind="candidates"'));
    expect(candidateCharts.map((s) => (s.match(/class="mark"/g) ?? []).length)).toEqual([6, 3, 2, 2]);
    expect(candidateCharts[0]).toContain(`data-key="${winner.key}" data-role="tuned" data-chosen="true" data-gflops="${winner.gflops!.toFixed(2)}"`);
    expect(candidateCharts[0]).toContain(`data-key="${noisy.key}" data-role="candidate" data-chosen="false"`);
  });
});

const CHROMIUM = process.env.CONVGEN_CHROMIUM ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`tune-report: no Chromium at ${CHROMIUM}: the browser test is skipped (node scripts/setup.mjs chromium installs it)`);

describe.skipIf(!haveChromium)('htmlReport in a browser (Chromium from file://, network blocked; needs: node scripts/setup.mjs chromium)', () => {
  it('renders every chart with one visible mark per verified record, its GFLOP/s, and the selected record highlighted', async () => {
    const { chromium } = await import('playwright-core');
    const file = join(dir, 'report.html');
    writeFileSync(file, htmlReport(RECORDS));
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const requested: string[] = [];
      page.on('request', (r) => requested.push(r.url()));
      await page.route('**', (r) => (r.request().url().startsWith('file:') ? r.continue() : r.abort()));
      const url = pathToFileURL(file).href;
      await page.goto(url, { waitUntil: 'load' });
      expect(requested).toEqual([url]);

      type Mark = { key: string; role: string; chosen: string; gflops: number; w: number; h: number; title: string };
      type Chart = { kind: string; layer: string; pass: string; target: string; w: number; h: number; marks: Mark[] };
      const charts: Chart[] = await page.$$eval('svg.chart', (svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          return {
            kind: svg.dataset.kind!, layer: svg.dataset.layer!, pass: svg.dataset.pass!, target: svg.dataset.target!, w: box.width, h: box.height,
            marks: [...svg.querySelectorAll<SVGElement>('.mark')].map((m) => {
              const b = m.getBoundingClientRect();
              return { key: m.dataset.key!, role: m.dataset.role!, chosen: m.dataset.chosen!, gflops: Number(m.dataset.gflops), w: b.width, h: b.height, title: m.querySelector('title')?.textContent ?? '' };
            }),
          };
        }),
      );
      const groups = groupRecords(RECORDS);
      expect(charts.filter((c) => c.kind === 'candidates')).toHaveLength(groups.length);
      for (const g of groups) {
        const chart = charts.find((c) => c.kind === 'candidates' && c.layer === g.spec.name && c.pass === g.pass && c.target === g.target)!;
        expect(chart, `${g.spec.name} ${g.pass} ${g.target}`).toBeDefined();
        expect(chart.w).toBeGreaterThan(0);
        expect(chart.h).toBeGreaterThan(0);
        const ok = g.records.filter((r) => r.status === 'ok');
        expect(chart.marks).toHaveLength(ok.length);
        for (const m of chart.marks) {
          expect(m.w, m.key).toBeGreaterThan(0);
          expect(m.h, m.key).toBeGreaterThan(0);
          const r = ok.find((q) => q.key === m.key)!;
          expect(r).toBeDefined();
          expect(m.gflops).toBe(Number(r.gflops!.toFixed(2)));
          expect(m.title).toContain(describeSchedule(r.schedule));
          expect(m.role).toBe(r.default ? 'default' : m.chosen === 'true' ? 'tuned' : 'candidate');
        }
        expect(new Set(chart.marks.map((m) => m.key)).size).toBe(ok.length);
        // the highlighted choice is the record selectAmong picks
        const sel = selectAmong(g.records)!;
        const chosen = chart.marks.filter((m) => m.chosen === 'true');
        expect(chosen.map((m) => m.key)).toEqual([sel.record.key]);
        expect(chosen[0]!.role).toBe(sel.isDefault ? 'default' : 'tuned');
        expect(chart.marks.filter((m) => m.role === 'default').map((m) => m.key)).toEqual([sel.defaultRecord!.key]);
      }
      expect(charts.find((c) => c.kind === 'candidates' && c.pass === 'forward' && c.target === 'wasm' && c.layer === 'res3x3')!.marks.find((m) => m.chosen === 'true')!.key).toBe(winner.key);
      // the summary charts: default and chosen per group, visible, with the records' GFLOP/s
      for (const target of ['wasm', 'webgpu']) {
        const s = charts.find((c) => c.kind === 'summary' && c.target === target)!;
        const gs = groups.filter((g) => g.target === target);
        expect(s.marks).toHaveLength(2 * gs.length);
        for (const m of s.marks) {
          expect(m.w * m.h).toBeGreaterThan(0);
          expect(m.gflops).toBe(Number(RECORDS.find((r) => r.key === m.key)!.gflops!.toFixed(2)));
        }
        expect(s.marks.filter((m) => m.chosen === 'true').map((m) => m.key)).toEqual(gs.map((g) => selectAmong(g.records)!.record.key));
      }
      // the table names the layers as text, not markup
      expect(await page.locator('table.summary tbody tr').count()).toBe(groups.length);
      expect(await page.locator('table.summary').innerText()).toContain('<b>&"x');
      expect(await page.locator('b').count()).toBe(0);

      const png = join(dir, 'report.png');
      await page.screenshot({ path: png, fullPage: true });
      expect(statSync(png).size).toBeGreaterThan(30_000);
      expect(requested).toEqual([url]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
