/**
 * The tuner's search space: legal schedules only (from the KNOBS descriptors), every register tile
 * that fits the registers, nothing past the limits, the default among them, and one candidate per
 * distinct generated text.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkSchedule, defaultSchedule, generateKernel, parseSpec, simdBounds, type LayerSpec, type Pass } from '../src/index.js';
import { enumerateSchedules, searchSpace } from '../src/tune/space.js';
import { tileFits } from '../src/schedule/index.js';

const SPECS: LayerSpec[] = [
  parseSpec({ name: 'small', N: 1, Ci: 5, H: 6, W: 7, Co: 9, K: 3, L: 3, pad: 1, act: 'relu' }),
  parseSpec({ name: 'dw', N: 1, Ci: 8, H: 6, W: 6, Co: 8, K: 3, L: 3, pad: 1, groups: 8, stride: 2 }),
];
const PASSES_TUNED: Pass[] = ['forward', 'input-grad', 'weight-grad'];
const body = (spec: LayerSpec, pass: Pass, s: Parameters<typeof generateKernel>[2]) => generateKernel(spec, pass, s).text.split('\n').filter((l) => !l.startsWith(';;')).join('\n');
const hash = (t: string) => createHash('sha256').update(t).digest('hex');

describe.each(SPECS.map((spec) => ({ name: spec.name, spec })))('$name', ({ spec }) => {
  it.each(PASSES_TUNED)('%s: legal schedules within the limits, fma and threads as given', (pass) => {
    const all = enumerateSchedules(spec, pass, { fma: true, threads: 2, maxUnroll: 2 });
    expect(all.length).toBeGreaterThan(0);
    for (const s of all) {
      expect(() => checkSchedule(spec, pass, s)).not.toThrow();
      expect(s.threads).toBe(2);
      if (s.kind === 'simd') {
        expect(s.fma).toBe(true);
        expect(tileFits(s.vectors, s.partners), JSON.stringify(s)).toBe(true);
        expect(s.unroll).toBeLessThanOrEqual(2);
      }
    }
  });

  it.each(PASSES_TUNED)('%s: every register tile that fits, for the channel vectors', (pass) => {
    const all = enumerateSchedules(spec, pass, { fma: false, threads: 1 });
    const b = simdBounds(spec, pass, pass === 'weight-grad' ? { along: 'ci' } : {});
    const have = new Set(all.filter((s) => s.kind === 'simd' && (s.vector ?? 'channels') === 'channels' && s.unroll === 1 && (pass !== 'weight-grad' || s.along === 'ci')).map((s) => s.kind === 'simd' && `${s.vectors}x${s.partners}`));
    for (let v = 1; v <= b.vectors; v++) for (let p = 1; p <= b.partners; p++) if (tileFits(v, p)) expect(have.has(`${v}x${p}`), `${v}x${p}`).toBe(true);
  });

  it.each(PASSES_TUNED)('%s: one candidate per distinct text, the default among them', (pass) => {
    const cands = searchSpace(spec, pass, { fma: false, threads: 1 });
    const hashes = cands.map((c) => c.textHash);
    expect(new Set(hashes).size).toBe(hashes.length);
    for (const c of cands.slice(0, 20)) {
      expect(hash(body(spec, pass, c.schedule))).toBe(c.textHash);
      for (const s of c.same.slice(0, 3)) expect(hash(body(spec, pass, s))).toBe(c.textHash);
    }
    const d = defaultSchedule(spec, pass);
    if (d.kind === 'simd' && tileFits(d.vectors, d.partners) && d.unroll <= 2) expect(hashes).toContain(hash(body(spec, pass, d)));
  });
});
