/**
 * The benchmark chart, hand-written SVG: one panel per pass, a group of bars per layer (convgen
 * beside each peer), GFLOP/s on a log axis (peers span 0.007 to 60+), and the measured WASM peaks
 * as horizontal lines. Each bar is a `<rect class="bar">`; unverified timings are drawn hollow.
 * A report timed in rounds: each bar is the median across rounds, with a whisker over the p20-p80
 * spread (`<line class="whisker">`, capped) and a thin line over min-max (`<line class="range">`).
 * Grouped layers carry their groups under their name; a panel per pass, the weight update included.
 * With the thread scaling (--threads n > 1), convgen's 1-thread kernel (convgen-1t) is a light red bar beside convgen's.
 */
import type { Pass } from '../../src/layer/types.js';
import { PASSES } from '../../src/layer/types.js';
import { CONVGEN, CONVGEN_1T, isGpuReport, type AnyBenchReport } from './results.js';
import { fmtGflops, gpuAdapterName, groupsLabel, implOrder } from './report.js';

const COLORS: Record<string, string> = {
  [CONVGEN]: '#d62728',
  [CONVGEN_1T]: '#f4a3a3',
  'tfjs-wasm': '#ff7f0e',
  'tfjs-cpu': '#8c564b',
  'ort-web': '#2ca02c',
  'ort-node': '#1f77b4',
  'naive-wgsl': '#7f7f7f',
  'tfjs-webgpu': '#ff7f0e',
};
const SPARE = ['#9467bd', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'];

export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

const BAR_W = 11;
const GROUP_GAP = 14;
const LEFT = 64;
const RIGHT = 150;
const PANEL_H = 210;
const PANEL_GAP = 64;
const TOP = 108;

interface PeakLine {
  gflops: number;
  label: string;
  dash: string;
}

/** The chart of a report as an SVG document (webgpu: no peak lines; the WASM peak says nothing about a GPU). */
export function svgChart(report: AnyBenchReport): string {
  const passes = PASSES.filter((p) => report.results.some((r) => r.pass === p));
  const impls = implOrder(report.results);
  const color = (impl: string) => COLORS[impl] ?? SPARE[impls.indexOf(impl) % SPARE.length]!;
  const layers = report.layers.map((l) => l.name).filter((n) => report.results.some((r) => r.layer === n));

  const gpu = isGpuReport(report);
  const peaks: PeakLine[] = gpu ? [] : [{ gflops: report.peak.mulAdd, label: 'mul+add peak', dash: '6 4' }];
  if (!gpu && report.peak.fma !== null) peaks.push({ gflops: report.peak.fma, label: 'FMA peak', dash: '2 3' });
  const t = gpu ? undefined : report.peak.threads;
  if (t) {
    peaks.push({ gflops: t.mulAdd, label: `${t.threads}-thread mul+add peak`, dash: '10 3 2 3' });
    if (t.fma !== null) peaks.push({ gflops: t.fma, label: `${t.threads}-thread FMA peak`, dash: '1 2' });
  }

  const values = [
    ...report.results.flatMap((r) => (r.gflops === null ? [] : [r.gflops, ...(r.spread ? [r.spread.min, r.spread.max] : [])])).filter((g) => g > 0),
    ...peaks.map((p) => p.gflops),
  ];
  const rounds = gpu ? undefined : report.options.rounds;
  const spreads = report.results.some((r) => r.gflops !== null && r.spread);
  const lo = 10 ** Math.floor(Math.log10(Math.max(Math.min(...values, 1), 1e-4)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values, 1)) + 0.05);
  // each panel has slots only for the implementations that ran its pass
  const panelImpls = new Map(passes.map((p) => [p, impls.filter((i) => report.results.some((r) => r.pass === p && r.impl === i))]));
  const slots = Math.max(1, ...[...panelImpls.values()].map((l) => l.length));
  const groupW = slots * BAR_W + GROUP_GAP;
  const plotW = Math.max(layers.length * groupW, 200);
  const legendW = impls.reduce((a, i) => a + 24 + i.length * 7, 0);
  const peaksW = peaks.reduce((a, p) => a + 60 + (p.label.length + 5) * 6.5, 0) + 290;
  const title = gpu
    ? `convgen WGSL vs peers, GFLOP/s from GPU time (log scale) — ${gpuAdapterName(report.machine.gpu)}, Node ${report.machine.node}`
    : `convgen vs peers, GFLOP/s (log scale${rounds !== undefined ? `, median of ${rounds} rounds` : ''}), ${report.threads} thread${report.threads > 1 ? 's' : ''} — ${report.machine.cpu}, Node ${report.machine.node}`;
  const width = Math.ceil(Math.max(LEFT + plotW + RIGHT, LEFT + legendW + 20, LEFT + peaksW, LEFT + 720, LEFT + title.length * 8.6 + 16));
  const height = TOP + passes.length * (PANEL_H + PANEL_GAP) + 10;
  const yOf = (g: number, top: number) => top + PANEL_H * (1 - (Math.log10(g) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)));

  const out: string[] = [];
  out.push(`<?xml version="1.0" encoding="UTF-8"?>`);
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="11">`);
  out.push(`<rect class="background" x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`);
  out.push(`<text x="${LEFT}" y="18" font-size="14" font-weight="bold">${escapeXml(title)}</text>`);

  // legend: one swatch per implementation, then the peak lines
  let lx = LEFT;
  for (const impl of impls) {
    out.push(`<rect class="legend" x="${lx}" y="30" width="12" height="12" fill="${color(impl)}"/>`);
    out.push(`<text x="${lx + 16}" y="40">${escapeXml(impl)}</text>`);
    lx += 24 + impl.length * 7;
  }
  lx = LEFT;
  for (const p of peaks) {
    out.push(`<line x1="${lx}" y1="56" x2="${lx + 28}" y2="56" stroke="#444" stroke-width="1.5" stroke-dasharray="${p.dash}"/>`);
    out.push(`<text x="${lx + 32}" y="60">${escapeXml(`${p.label} ${fmtGflops(p.gflops)}`)}</text>`);
    lx += 60 + (p.label.length + 5) * 6.5;
  }
  out.push(`<text x="${lx}" y="60" fill="#666">hollow bar: output did not match the reference</text>`);
  if (spreads) {
    // a sample whisker: thin min-max line, thick capped p20-p80
    const wx = LEFT + 6;
    out.push(`<line x1="${wx}" y1="68" x2="${wx}" y2="84" stroke="#222" stroke-width="0.8"/>`);
    out.push(`<line x1="${wx}" y1="71" x2="${wx}" y2="81" stroke="#222" stroke-width="2"/>`);
    out.push(`<line x1="${wx - 3}" y1="71" x2="${wx + 3}" y2="71" stroke="#222" stroke-width="1.2"/><line x1="${wx - 3}" y1="81" x2="${wx + 3}" y2="81" stroke="#222" stroke-width="1.2"/>`);
    out.push(`<text x="${wx + 12}" y="80">${escapeXml(`bar: median across ${rounds ?? 'the'} rounds; whisker: p20-p80 across rounds; thin line: min-max`)}</text>`);
  }

  for (const [pi, pass] of passes.entries()) {
    const top = TOP + pi * (PANEL_H + PANEL_GAP);
    out.push(`<g class="panel" data-pass="${pass}">`);
    out.push(`<text x="${LEFT}" y="${top - 8}" font-size="13" font-weight="bold">${escapeXml(pass)}</text>`);
    // axes and log grid
    for (let e = Math.log10(lo); e <= Math.log10(hi) + 1e-9; e++) {
      const v = 10 ** e, y = yOf(v, top).toFixed(1);
      out.push(`<line x1="${LEFT}" y1="${y}" x2="${LEFT + plotW}" y2="${y}" stroke="#ddd"/>`);
      out.push(`<text x="${LEFT - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeXml(fmtTick(v))}</text>`);
    }
    out.push(`<line x1="${LEFT}" y1="${top}" x2="${LEFT}" y2="${top + PANEL_H}" stroke="#000"/>`);
    out.push(`<line x1="${LEFT}" y1="${top + PANEL_H}" x2="${LEFT + plotW}" y2="${top + PANEL_H}" stroke="#000"/>`);
    out.push(`<text transform="translate(${LEFT - 44} ${top + PANEL_H / 2}) rotate(-90)" text-anchor="middle">GFLOP/s</text>`);

    const here = panelImpls.get(pass)!;
    for (const [li, layer] of layers.entries()) {
      const gx = LEFT + li * groupW + GROUP_GAP / 2 + ((slots - here.length) * BAR_W) / 2;
      for (const [ii, impl] of here.entries()) {
        const r = report.results.find((q) => q.pass === pass && q.layer === layer && q.impl === impl);
        if (!r || r.gflops === null || !(r.gflops > 0)) continue;
        const x = gx + ii * BAR_W, y = yOf(r.gflops, top);
        const h = Math.max(top + PANEL_H - y, 0.5);
        const fill = r.verified ? `fill="${color(impl)}"` : `fill="none" stroke="${color(impl)}" stroke-width="1.5"`;
        const sp = r.spread;
        const tip = `${layer} ${pass} ${impl}: ${fmtGflops(r.gflops)} GFLOP/s, ${r.medianMs!.toPrecision(3)} ms` +
          (sp ? ` (median of ${r.rounds?.length ?? '?'} rounds; p20-p80 ${fmtGflops(sp.p20)}-${fmtGflops(sp.p80)}, min-max ${fmtGflops(sp.min)}-${fmtGflops(sp.max)})` : '') +
          (r.pctPeak ? `, ${r.pctPeak.median.toFixed(0)}% of peak` : '') + (r.verified ? '' : ' (unverified)');
        out.push(`<rect class="bar" x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${BAR_W - 1}" height="${h.toFixed(1)}" ${fill}>` +
          `<title>${escapeXml(tip)}</title></rect>`);
        if (sp && sp.min > 0) {
          const cx = (x + (BAR_W - 1) / 2).toFixed(1);
          const y20 = yOf(sp.p20, top).toFixed(1), y80 = yOf(sp.p80, top).toFixed(1);
          out.push(`<line class="range" x1="${cx}" y1="${yOf(sp.max, top).toFixed(1)}" x2="${cx}" y2="${yOf(sp.min, top).toFixed(1)}" stroke="#222" stroke-width="0.8"/>`);
          out.push(`<line class="whisker" x1="${cx}" y1="${y80}" x2="${cx}" y2="${y20}" stroke="#222" stroke-width="2"/>`);
          const c0 = (x + 1.5).toFixed(1), c1 = (x + BAR_W - 2.5).toFixed(1);
          out.push(`<line class="cap" x1="${c0}" y1="${y80}" x2="${c1}" y2="${y80}" stroke="#222" stroke-width="1.2"/><line class="cap" x1="${c0}" y1="${y20}" x2="${c1}" y2="${y20}" stroke="#222" stroke-width="1.2"/>`);
        }
      }
      const cx = (gx + (here.length * BAR_W) / 2).toFixed(1);
      out.push(`<text x="${cx}" y="${top + PANEL_H + 14}" text-anchor="middle">${escapeXml(layer)}</text>`);
      // grouped layers say so under their name ("dw G=144" for depthwise, "G=4")
      const g = groupsLabel(report.layers.find((l) => l.name === layer)?.spec).replace('depthwise, ', 'dw ');
      if (g) out.push(`<text class="groups" x="${cx}" y="${top + PANEL_H + 25}" text-anchor="middle" font-size="9" fill="#444">${escapeXml(g)}</text>`);
    }
    // peak lines; their labels are pushed apart so that close peaks stay readable
    let labelY = -Infinity;
    for (const p of [...peaks].sort((a, b) => b.gflops - a.gflops)) {
      const y = yOf(p.gflops, top);
      labelY = Math.max(y, labelY + 12);
      out.push(`<line class="peak" x1="${LEFT}" y1="${y.toFixed(1)}" x2="${LEFT + plotW}" y2="${y.toFixed(1)}" stroke="#444" stroke-width="1.5" stroke-dasharray="${p.dash}"/>`);
      out.push(`<text x="${LEFT + plotW + 4}" y="${labelY.toFixed(1)}" dominant-baseline="middle" fill="#444">${escapeXml(`${p.label} ${fmtGflops(p.gflops)}`)}</text>`);
    }
    out.push(`<text x="${LEFT + plotW / 2}" y="${top + PANEL_H + 40}" text-anchor="middle" fill="#444">layer</text>`);
    out.push('</g>');
  }
  out.push('</svg>');
  return out.join('\n') + '\n';
}

function fmtTick(v: number): string {
  return v >= 1 ? String(Math.round(v)) : String(Number(v.toPrecision(1)));
}

/** The passes a chart has panels for (for tests). */
export function chartPasses(report: AnyBenchReport): Pass[] {
  return PASSES.filter((p) => report.results.some((r) => r.pass === p));
}
