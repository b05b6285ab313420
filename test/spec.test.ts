import { flops } from '../src/passes/index.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SUITE_PATH } from './helpers.js';
import {
  bytes, describeSpec, moduleMemoryBytes, parseSpec, parseSpecJson, readSpecFile, scanJsonError,
  SpecError, specToInput, WASM32_MAX_BYTES, type LayerSpec,
} from '../src/layer/index.js';

const SUITE = SUITE_PATH;
const base = { name: 't', Ci: 3, H: 8, W: 8, Co: 4, K: 3, L: 3 };

/** Runs `f`, which must throw a SpecError, and returns it. */
function specError(f: () => unknown): SpecError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(SpecError);
    return e as SpecError;
  }
  throw new Error('expected a SpecError');
}

describe('the benchmark suite', () => {
  const specs = readSpecFile(SUITE);
  const byName = Object.fromEntries(specs.map((s) => [s.name, s])) as Record<string, LayerSpec>;

  it('parses every layer of the file to the values written there, with the expected output sizes', () => {
    const raw = (JSON.parse(readFileSync(SUITE, 'utf8')) as { layers: Record<string, unknown>[] }).layers;
    expect(specs.map((s) => s.name)).toEqual(raw.map((l) => l.name));
    for (const [i, l] of raw.entries()) {
      const s = specs[i]!;
      expect([s.N, s.Ci, s.H, s.W, s.Co, s.K, s.L], String(l.name)).toEqual([l.N ?? 1, l.Ci, l.H, l.W, l.Co, l.K, l.L]);
      expect(s.act, String(l.name)).toBe(l.act ?? 'none');
      expect([s.sh, s.sw], String(l.name)).toEqual(Array.isArray(l.stride) ? l.stride : [l.stride ?? 1, l.stride ?? 1]);
    }
    const out = (n: string) => [byName[n]!.Ho, byName[n]!.Wo];
    expect(out('lenet1')).toEqual([28, 28]);
    expect(out('lenet2')).toEqual([10, 10]);
    expect(out('cifar')).toEqual([32, 32]);
    expect(out('res3x3')).toEqual([56, 56]);
    expect(out('res3x3s2')).toEqual([28, 28]);
    expect(out('pw1x1')).toEqual([14, 14]);
    expect(out('stem7x7')).toEqual([112, 112]);
    expect(out('rect3x5')).toEqual([26, 24]);
  });

  it('round-trips through specToInput and describes a layer on one line', () => {
    for (const s of specs) expect(parseSpec(specToInput(s))).toEqual(s);
    expect(describeSpec(byName.res3x3!)).toBe(
      'res3x3: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=56 Wo=56',
    );
  });

  it('derives flops, bytes and module memory', () => {
    const s = byName.res3x3!;
    expect(flops(s, 'forward')).toBe(2 * 64 * 56 * 56 * 64 * 9);
    expect(flops(s, 'input-grad')).toBe(flops(s, 'forward'));
    expect(flops(s, 'weight-grad')).toBe(flops(s, 'forward'));
    expect(flops(s, 'bias-grad')).toBe(64 * 56 * 56);
    // the weight update: the gradient's sums, then a multiply and a subtract per weight
    expect(flops(s, 'weight-update')).toBe(flops(s, 'forward') + 2 * 64 * 64 * 9);
    // grouped: each output channel sums over the Ci/G channels of its group
    const g = parseSpec({ N: 1, Ci: 64, H: 56, W: 56, Co: 64, K: 3, L: 3, pad: 1, groups: 4 });
    expect(flops(g, 'forward')).toBe(2 * 64 * 56 * 56 * 16 * 9);
    expect(bytes(s)).toEqual({ x: 4 * 64 * 56 * 56, w: 4 * 64 * 64 * 9, b: 4 * 64, y: 4 * 64 * 56 * 56 });
    const x = 64 * 56 * 56, w = 64 * 64 * 9, y = 64 * 56 * 56;
    expect(moduleMemoryBytes(s)).toBe(4 * (2 * x + 64 * 58 * 58 + 2 * w + 2 * 64 + 2 * y));
    expect(WASM32_MAX_BYTES).toBe(65536 * 65536);
  });
});

describe('parseSpec', () => {
  it('groups: divides Ci and Co; otherwise the field, the value and the divisors allowed', () => {
    expect(parseSpec({ Ci: 6, H: 8, W: 8, Co: 9, K: 3, L: 3, groups: 3 }).groups).toBe(3);
    const bad = (groups: unknown, Ci = 6, Co = 9) => {
      try {
        parseSpec({ Ci, H: 8, W: 8, Co, K: 3, L: 3, groups } as never);
      } catch (e) {
        return (e as Error).message;
      }
      return 'accepted';
    };
    expect(bad(0)).toContain('groups: got 0;');
    expect(bad(1.5)).toContain('groups: got 1.5;');
    expect(bad('2')).toContain('groups: got "2";');
    expect(bad(2)).toContain('groups: got 2; must divide both Ci and Co; 2 does not divide Co = 9; allowed: 1, 3');
    expect(bad(4, 8, 6)).toContain('4 does not divide Co = 6; allowed: 1, 2');
    expect(bad(5, 8, 6)).toContain('5 does not divide Ci = 8 nor Co = 6; allowed: 1, 2');
  });

  it('fills defaults', () => {
    expect(parseSpec({ Ci: 3, H: 8, W: 8, Co: 4, K: 3, L: 3 })).toEqual({
      name: 'layer', N: 1, Ci: 3, H: 8, W: 8, Co: 4, K: 3, L: 3, sh: 1, sw: 1, dh: 1, dw: 1,
      pt: 0, pb: 0, pl: 0, pr: 0, groups: 1, act: 'none', layout: 'nchw', Ho: 6, Wo: 6,
    });
  });

  it('resolves "same" padding the TensorFlow way, asymmetric where needed', () => {
    const s2 = parseSpec({ ...base, stride: 2, pad: 'same' });
    expect([s2.pt, s2.pb, s2.pl, s2.pr, s2.Ho, s2.Wo]).toEqual([0, 1, 0, 1, 4, 4]);
    const k4 = parseSpec({ ...base, H: 7, W: 9, K: 4, L: 1, pad: 'same' });
    expect([k4.pt, k4.pb, k4.pl, k4.pr, k4.Ho, k4.Wo]).toEqual([1, 2, 0, 0, 7, 9]);
    const dil = parseSpec({ ...base, dilation: [2, 1], pad: 'same' }); // extent 5: total 4
    expect([dil.pt, dil.pb, dil.Ho]).toEqual([2, 2, 8]);
    const big = parseSpec({ ...base, H: 5, W: 5, K: 1, L: 1, stride: 3, pad: 'same' }); // total clamps at 0
    expect([big.pt, big.pb, big.Ho]).toEqual([0, 0, 2]);
  });

  it('accepts every padding form', () => {
    const pads = (pad: unknown) => { const s = parseSpec({ ...base, pad }); return [s.pt, s.pb, s.pl, s.pr]; };
    expect(pads(2)).toEqual([2, 2, 2, 2]);
    expect(pads([1, 2])).toEqual([1, 1, 2, 2]);
    expect(pads([0, 1, 2, 3])).toEqual([0, 1, 2, 3]);
    expect(pads('valid')).toEqual([0, 0, 0, 0]);
    const s = parseSpec({ ...base, pad: [0, 1, 2, 3], stride: [2, 1], dilation: [1, 2] });
    expect([s.sh, s.sw, s.dh, s.dw, s.Ho, s.Wo]).toEqual([2, 1, 1, 2, 4, 9]);
  });

  it('names the layer in the heading, and only the given prefix in fields', () => {
    const e = specError(() => parseSpec({ ...base, stride: 0 }, 'layers[3]'));
    expect(e.message).toBe('invalid layer spec "t":\n  - layers[3].stride: got 0; must be a positive integer (>= 1); ' +
      'allowed: a positive integer or an array of exactly 2 positive integers [h, w], each at most 16777216');
    expect(specError(() => parseSpec({ Ci: 0 })).message).toMatch(/^invalid layer spec:\n {2}- Ci: got 0;/);
  });
});

describe('spec files', () => {
  it('lets overrides replace every layer\'s values before validation', () => {
    const text = JSON.stringify({ layers: [{ ...base, name: 'a', N: 2 }, { ...base, name: 'b', stride: 0 }] });
    const specs = parseSpecJson(text, 'x.json', { N: 5, stride: 2, act: undefined });
    expect(specs.map((s) => [s.N, s.sh, s.act])).toEqual([[5, 2, 'none'], [5, 2, 'none']]);
    const suite = readSpecFile(SUITE, { N: 3, layout: 'nhwc' });
    expect(suite.every((s) => s.N === 3 && s.layout === 'nhwc')).toBe(true);
  });

  it('reads a single-layer file with about and $schema', () => {
    const specs = parseSpecJson(JSON.stringify({ $schema: 'x', about: 'y', ...base }), 'one.json');
    expect(specs.map((s) => s.name)).toEqual(['t']);
  });

  it('reports a missing file on field spec', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convgen-spec-'));
    const e = specError(() => readSpecFile(join(dir, 'nope.json')));
    expect(e.problems[0]!.field).toBe('spec');
    expect(e.message).toContain(`invalid spec file ${join(dir, 'nope.json')}:`);
    writeFileSync(join(dir, 'ok.json'), '\uFEFF' + JSON.stringify(base)); // BOM tolerated
    expect(readSpecFile(join(dir, 'ok.json'))[0]!.Ho).toBe(6);
  });

  it('locates JSON errors V8 gives no position for', () => {
    expect(scanJsonError('{"a": x}')).toBe(6);
    expect(scanJsonError('[1,]')).toBe(3);
    expect(scanJsonError('{"a":')).toBe(5);
    expect(scanJsonError('{"a": "b\\q"}')).toBe(9);
    expect(scanJsonError('01')).toBe(1);
  });
});

const layer = (extra: Record<string, unknown>) => JSON.stringify({ ...base, ...extra });
const file = (layers: unknown[], extra: Record<string, unknown> = {}) => JSON.stringify({ ...extra, layers });

/** [what, file text, a field that must be among the problems, text the message must contain] */
const bad: [string, string, string, string][] = [
  ['malformed JSON, error on line 3', '{\n  "Ci": 3,\n  "H": 8 "W": 8\n}', 'json', 'bad.json:3:10'],
  ['bare word in JSON', '{\n\n  "Ci": x }', 'json', 'bad.json:3:9 (line 3, column 9, offset 11): Unexpected token \'x\''],
  ['trailing comma', '{ "Ci": 3, }', 'json', 'bad.json:1:12'],
  ['truncated JSON', '{ "layers": [', 'json', 'bad.json:1:14'],
  ['empty text', '', 'json', 'bad.json:1:1'],
  ['top level an array', '[1, 2]', 'spec', 'not an array'],
  ['unknown key', layer({ strides: 2 }), 'strides', 'allowed keys: name, N, Ci'],
  ['wrong-case key', layer({ ci: 3 }), 'ci', 'did you mean "Ci"'],
  ['unknown top-level key', file([base], { version: 1 }), 'version', 'unknown top-level key'],
  ['unknown act', layer({ act: 'gelu' }), 'act', '"none", "relu", "sigmoid", "tanh"'],
  ['uppercase act', layer({ act: 'ReLU' }), 'act', 'did you mean "relu"'],
  ['unknown layout', layer({ layout: 'NHWC' }), 'layout', '"nchw", "nhwc"'],
  ['K larger than padded input', layer({ K: 9 }), 'K', '(K-1)*dh+1 = 9 is larger than the padded input height H+pt+pb = 8'],
  ['L larger than padded input', layer({ L: 5, W: 2, pad: [0, 0, 1, 1] }), 'L', '(L-1)*dw+1 = 5 is larger than the padded input width W+pl+pr = 4'],
  ['dilated kernel too big', layer({ dilation: 4 }), 'K', '(K-1)*dh+1 = 9'],
  ['stride 0', layer({ stride: 0 }), 'stride', 'got 0; must be a positive integer (>= 1)'],
  ['stride 2.5', layer({ stride: 2.5 }), 'stride', 'got 2.5; must be a positive integer'],
  ['stride [2, 0]', layer({ stride: [2, 0] }), 'stride', 'element 1'],
  ['stride of 3 elements', layer({ stride: [1, 1, 1] }), 'stride', 'exactly 2 elements'],
  ['dilation [1]', layer({ dilation: [1] }), 'dilation', 'exactly 2 elements [h, w], not 1'],
  ['dilation "2"', layer({ dilation: '2' }), 'dilation', 'not a string'],
  ['negative pad', layer({ pad: -1 }), 'pad', 'got -1; must be a non-negative integer'],
  ['pad array of length 3', layer({ pad: [1, 1, 1] }), 'pad', 'not 3'],
  ['pad with a negative side', layer({ pad: [0, 1, -1, 0] }), 'pad', 'element 2'],
  ['pad "SAME"', layer({ pad: 'SAME' }), 'pad', 'unknown padding mode'],
  ['pad true', layer({ pad: true }), 'pad', 'not a boolean'],
  ['non-integer Ci', layer({ Ci: 2.5 }), 'Ci', 'got 2.5; must be a positive integer'],
  ['string H', layer({ H: '8' }), 'H', 'got "8"; must be a positive integer (>= 1), not a string'],
  ['boolean W', layer({ W: true }), 'W', 'not a boolean'],
  ['null Co', layer({ Co: null }), 'Co', 'got null'],
  ['zero Co', layer({ Co: 0 }), 'Co', 'got 0'],
  ['negative N', layer({ N: -2 }), 'N', 'got -2'],
  ['missing Ci', JSON.stringify({ H: 8, W: 8, Co: 4, K: 3, L: 3 }), 'Ci', 'Ci: missing; required'],
  ['huge number (Infinity in JSON)', '{ "Ci": 3, "H": 1e400, "W": 8, "Co": 4, "K": 3, "L": 3 }', 'H', 'got Infinity'],
  ['size above 2^24', layer({ W: 2 ** 24 + 1 }), 'W', 'at most 16777216 (2^24)'],
  ['sizes whose products pass MAX_SAFE_INTEGER', layer({ N: 2 ** 24, Ci: 2 ** 24, H: 2 ** 24, W: 2 ** 24, K: 1, L: 1 }), 'tensors', 'about '],
  ['too-big tensors', layer({ N: 4096, Ci: 1024, H: 1024, W: 1024 }), 'tensors', 'at most 4294967296 bytes'],
  ['just over 4 GiB', layer({ N: 1, Ci: 1, H: 16384, W: 16384, Co: 1, K: 1, L: 1 }), 'tensors', '4294967296'],
  ['name with a slash', layer({ name: 'a/b' }), 'name', 'contains "/"'],
  ['empty name', layer({ name: '' }), 'name', 'non-empty string'],
  ['name ".."', layer({ name: '..' }), 'name', 'must not be "." or ".."'],
  ['name of 65 chars', layer({ name: 'x'.repeat(65) }), 'name', 'is 65 characters long'],
  ['numeric name', layer({ name: 7 }), 'name', 'got 7'],
  ['name manifest.json', layer({ name: 'manifest.json' }), 'name', 'is reserved: manifest.json is the manifest convgen writes beside the layer folders'],
  ['name Manifest.JSON (a case-insensitive file system)', layer({ name: 'Manifest.JSON' }), 'name', 'is reserved: manifest.json'],
  ['name .convgen-lock', layer({ name: '.convgen-lock' }), 'name', 'is reserved: names starting with ".convgen" are convgen\'s own lock, journal and staging entries'],
  ['name .CONVGEN', layer({ name: '.CONVGEN' }), 'name', 'is reserved: names starting with ".convgen"'],
  ['name .git', layer({ name: '.git' }), 'name', 'must not start with "." (a hidden folder; it could replace one such as .git)'],
  ['name "."', layer({ name: '.' }), 'name', 'must not be "." or ".."'],
  ['name with a backslash', layer({ name: 'a\\b' }), 'name', 'contains "\\\\"'],
  ['name with a NUL', layer({ name: 'a\u0000b' }), 'name', 'contains "\\u0000"'],
  ['name of 300 bytes', layer({ name: 'é'.repeat(150) }), 'name', 'is 150 characters long'],
  ['empty layers', file([]), 'layers', 'non-empty array'],
  ['layers not an array', JSON.stringify({ layers: {} }), 'layers', 'not an object'],
  ['layer not an object', file([base, 3]), 'layers[1]', 'must be a layer object'],
  ['duplicate names', file([{ ...base, name: 'a' }, { ...base, name: 'b' }, { ...base, name: 'a' }]), 'layers[2].name', 'same as layers[0].name'],
  ['duplicate names differing in case', file([{ ...base, name: 'Res' }, { ...base, name: 'res' }]), 'layers[1].name', 'ignoring case'],
  ['two unnamed layers', file([{ ...base, name: undefined }, { ...base, name: undefined }]), 'layers[1].name', 'called "layer"'],
  ['problem inside the fourth layer', file([base, { ...base, name: 'b' }, { ...base, name: 'c' }, { ...base, name: 'd', K: 0 }]), 'layers[3].K', 'layers[3].K: got 0'],
];

describe('malformed specs', () => {
  it.each(bad)('%s', (_what, text, field, part) => {
    const e = specError(() => parseSpecJson(text, 'bad.json'));
    expect(e.problems.map((p) => p.field)).toContain(field);
    expect(e.message).toContain(part);
    expect(e.message.split('\n')[0]).toBe('invalid spec file bad.json:');
    expect(e.message.split('\n')).toHaveLength(1 + e.problems.length); // one line per problem
  });

  it('reports several problems at once, from every layer', () => {
    const e = specError(() => parseSpecJson(file([
      { ...base, name: 'a/b', stride: 0, pad: [1, 2, 3], act: 'gelu', extra: 1 },
      { Ci: 1.5, H: 'x', W: 8, Co: 4, K: 3, L: 3, layout: 'hwc', dilation: [1] },
    ], { oops: true }), 'many.json'));
    expect(e.problems.map((p) => p.field)).toEqual(expect.arrayContaining([
      'oops', 'layers[0].extra', 'layers[0].name', 'layers[0].stride', 'layers[0].pad', 'layers[0].act',
      'layers[1].Ci', 'layers[1].H', 'layers[1].dilation', 'layers[1].layout',
    ]));
    expect(e.message.split('\n')).toHaveLength(1 + e.problems.length);
  });

  it('still checks the shape when keys or the name are wrong', () => {
    const e = specError(() => parseSpec({ ...base, name: 'a b', extra: 1, K: 20 }));
    expect(e.problems.map((p) => p.field)).toEqual(['extra', 'name', 'K']);
  });

  it('bounds nesting: 5,000 levels is a problem naming the path (no stack overflow), and cyclic values are shown', () => {
    const deep = (n: number) => '['.repeat(n) + ']'.repeat(n);
    const e = specError(() => parseSpecJson(`{"Ci": ${deep(5000)}, "H": 8}`, 'deep.json'));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.field).toMatch(/^Ci(\[0\])+\.\.\.$/);
    expect(e.message).toContain('nested more than 32 levels deep (arrays and objects inside each other); a spec file needs at most 4');
    expect(specError(() => parseSpecJson(deep(40), 'd.json')).problems[0]!.field).toMatch(/^(\[0\])+\.\.\.$/);
    // 31 levels is below the limit: the ordinary problem, with the value shown cut
    expect(specError(() => parseSpecJson(JSON.stringify({ ...base, Ci: JSON.parse(deep(31)) }), 'd.json')).message)
      .toContain('  - Ci: got [[[[[[[[[...]]]]]]]]]; must be a positive integer (>= 1), not an array');
    const loop: unknown[] = [1];
    loop.push(loop);
    expect(specError(() => parseSpec({ ...base, pad: loop })).message).toContain('  - pad: got [1, [1, [1, [1, [1, [1, [1, [1, [...]]]]]]]]]; ');
  });

  it('reports a spec file that is not UTF-8 at the first bad byte', () => {
    const dir = mkdtempSync(join(tmpdir(), 'convgen-spec-'));
    const p = join(dir, 'x.json');
    // "é" is fine; E2 82 starts a 3-byte sequence that "A" breaks
    writeFileSync(p, Buffer.concat([Buffer.from('{"name": "é\n'), Buffer.from([0xe2, 0x82]), Buffer.from('A"}')]));
    expect(specError(() => readSpecFile(p)).message).toBe(`invalid spec file ${p}:\n  - spec: got ${JSON.stringify(p)}; is not UTF-8 text: invalid byte 0xe2 at offset 13 (line 2, column 1)`);
  });

  it('never crashes on odd inputs to parseSpec', () => {
    for (const v of [null, undefined, 3, 'x', [], () => 1, { Ci: {} }, { Ci: 1n }]) {
      expect(specError(() => parseSpec(v)).problems.length).toBeGreaterThan(0);
    }
    const cyclic: Record<string, unknown> = { ...base };
    cyclic.act = cyclic;
    expect(specError(() => parseSpec(cyclic)).problems.map((p) => p.field)).toEqual(['act']);
  });
});
