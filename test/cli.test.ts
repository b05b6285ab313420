/**
 * The convgen command line: malformed specs and usage errors (exit 2, one `  - <field>: ` line per
 * problem, no stack trace, output folder untouched), help, `verify --json`, `compile` output and
 * reproducibility, and --spec with flag overrides. Most tests call main() in-process; a few spawn the
 * built binary (`npm run build` first).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../src/cli/main.js';
import { DEFAULT_PASSES as PASSES } from '../src/compile.js';
import { tensorSizes } from '../src/layer/layout.js';
import { parseSpec } from '../src/layer/parse.js';
import { passDecl } from '../src/passes/index.js';
import { writeNpyFile } from '../src/io/npy.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
const STACK = /^\s+at /m;

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'convgen-cli-'));
});
afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/** A fresh folder under the test's temp folder. */
let serial = 0;
function fresh(label: string): string {
  const dir = join(tmp, `${String(++serial).padStart(3, '0')}-${label.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Every file and folder under `dir` (hidden ones too), as relative path -> contents (base64) or '<dir>'. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(d, e.name);
      const rel = relative(dir, p);
      if (e.isDirectory()) {
        out[`${rel}/`] = '<dir>';
        walk(p);
      } else out[rel] = readFileSync(p).toString('base64');
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** An output folder that already holds a sentinel file and a sub-folder with a (binary) file. */
function populatedOut(parent: string): string {
  const out = join(parent, 'out');
  mkdirSync(join(out, 'sub'), { recursive: true });
  writeFileSync(join(out, 'keep.txt'), 'sentinel: convgen must not touch this\n');
  writeFileSync(join(out, 'sub', 'inner.bin'), Uint8Array.from([0, 1, 2, 255, 10, 13]));
  return out;
}

interface Captured { code: number; stderr: string; stdout: string }

/** Runs main() in-process with stderr, stdout and console.log captured. */
async function runMain(args: string[]): Promise<Captured> {
  const err: string[] = [];
  const out: string[] = [];
  const errSpy = vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    err.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stderr.write);
  const outSpy = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    out.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    return true;
  }) as typeof process.stdout.write);
  const logSpy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    out.push(a.map(String).join(' ') + '\n');
  });
  try {
    const code = await main(['node', 'convgen', ...args]);
    return { code, stderr: err.join(''), stdout: out.join('') };
  } finally {
    errSpy.mockRestore();
    outSpy.mockRestore();
    logSpy.mockRestore();
  }
}

afterEach(() => {
  process.exitCode = undefined; // main() reports through process.exitCode; keep it from leaking into the runner
});

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const problemLine = (field: string) => new RegExp(`^  - ${esc(field)}: `, 'm');

// ---------------------------------------------------------------------------------------------
// Malformed specs and usage errors
// ---------------------------------------------------------------------------------------------

/** A small valid layer as flags; rows override single flags (commander keeps the last value). */
const B = ['--ci', '2', '--h', '5', '--w', '5', '--co', '3', '--k', '3', '--l', '3'];
const LAYER = { Ci: 3, H: 5, W: 5, Co: 2, K: 3, L: 3 };
const layerJson = (extra: Record<string, unknown> = {}) => JSON.stringify({ ...LAYER, ...extra });

interface Row {
  what: string;
  /** arguments after `compile`; SPEC is replaced by the path of a temp file holding `json`, MISSING by a path that does not exist */
  argv: string[];
  json?: string;
  /** `spec`: each field must have its `  - <field>: ` line; `usage`: an `error: ` line names the field */
  kind: 'spec' | 'usage';
  fields: string[];
  /** a fragment of the message */
  fragment: string;
  /** the row tests a missing --out: no --out is appended */
  noOut?: boolean;
}

const ROWS: Row[] = [
  // ---- layer flags ----
  { what: 'stride 0', argv: [...B, '--stride', '0'], kind: 'spec', fields: ['stride'], fragment: 'got 0; must be a positive integer (>= 1)' },
  { what: 'non-integer size (Ci 2.5)', argv: [...B, '--ci', '2.5'], kind: 'spec', fields: ['Ci'], fragment: 'got 2.5; must be a positive integer (>= 1)' },
  { what: 'zero size (H 0)', argv: [...B, '--h', '0'], kind: 'spec', fields: ['H'], fragment: 'H: got 0; must be a positive integer' },
  { what: 'negative size (W -3)', argv: [...B, '--w', '-3'], kind: 'spec', fields: ['W'], fragment: 'W: got -3; must be a positive integer' },
  { what: 'non-numeric size (Co abc)', argv: [...B, '--co', 'abc'], kind: 'spec', fields: ['Co'], fragment: 'got "abc"; must be a positive integer (>= 1), not a string' },
  { what: 'unknown activation', argv: [...B, '--act', 'gelu'], kind: 'spec', fields: ['act'], fragment: 'got "gelu"; must be one of "none", "relu", "sigmoid", "tanh"' },
  { what: 'activation in upper case', argv: [...B, '--act', 'RELU'], kind: 'spec', fields: ['act'], fragment: 'did you mean "relu"?' },
  { what: 'unknown layout', argv: [...B, '--layout', 'nwhc'], kind: 'spec', fields: ['layout'], fragment: 'got "nwhc"; must be one of "nchw", "nhwc"' },
  { what: 'kernel taller than the input', argv: [...B, '--h', '2'], kind: 'spec', fields: ['K'], fragment: 'larger than the padded input height H+pt+pb = 2' },
  { what: 'kernel taller than the padded input', argv: [...B, '--k', '9', '--pad', '1'], kind: 'spec', fields: ['K'], fragment: 'H+pt+pb = 7' },
  { what: 'dilated kernel wider than the input', argv: [...B, '--dilation', '1,3'], kind: 'spec', fields: ['L'], fragment: 'dilated kernel width (L-1)*dw+1 = 7' },
  { what: 'dilation 0', argv: [...B, '--dilation', '0'], kind: 'spec', fields: ['dilation'], fragment: 'dilation: got 0; must be a positive integer' },
  { what: 'dilation with 3 elements', argv: [...B, '--dilation', '2,2,2'], kind: 'spec', fields: ['dilation'], fragment: 'exactly 2 elements [h, w], not 3' },
  { what: 'stride pair with a 0', argv: [...B, '--stride', '1,0'], kind: 'spec', fields: ['stride'], fragment: 'element 1: must be a positive integer' },
  { what: 'pad foo', argv: [...B, '--pad', 'foo'], kind: 'spec', fields: ['pad'], fragment: 'got "foo"; unknown padding mode' },
  { what: 'pad with 3 elements', argv: [...B, '--pad', '1,2,3'], kind: 'spec', fields: ['pad'], fragment: 'must have 2 [h, w] or 4 [top, bottom, left, right] elements, not 3' },
  { what: 'negative pad', argv: [...B, '--pad', '-1'], kind: 'spec', fields: ['pad'], fragment: 'got -1; must be a non-negative integer (>= 0)' },
  { what: 'tensors over 4 GiB', argv: [...B, '--ci', '1000', '--h', '1000', '--w', '1000'], kind: 'spec', fields: ['tensors'], fragment: 'a wasm32 module holds at most 4294967296 bytes (4 GiB' },
  // ---- groups (B has Ci 2, Co 3) ----
  { what: 'groups 0', argv: [...B, '--groups', '0'], kind: 'spec', fields: ['groups'], fragment: 'groups: got 0; must be a positive integer (>= 1); allowed: a positive integer that divides both Ci and Co' },
  { what: 'non-integer groups 1.5', argv: [...B, '--groups', '1.5'], kind: 'spec', fields: ['groups'], fragment: 'groups: got 1.5; must be a positive integer (>= 1)' },
  { what: 'groups not dividing Co', argv: [...B, '--groups', '2'], kind: 'spec', fields: ['groups'], fragment: 'groups: got 2; must divide both Ci and Co; 2 does not divide Co = 3; allowed: 1' },
  { what: 'groups dividing neither', argv: [...B, '--ci', '8', '--co', '6', '--groups', '5'], kind: 'spec', fields: ['groups'], fragment: '5 does not divide Ci = 8 nor Co = 6; allowed: 1, 2' },
  { what: 'groups not a number', argv: [...B, '--groups', 'two'], kind: 'spec', fields: ['groups'], fragment: 'groups: got "two"; must be a positive integer (>= 1), not a string' },
  { what: 'N above 2^24', argv: [...B, '--n', '99999999'], kind: 'spec', fields: ['N'], fragment: 'must be at most 16777216 (2^24)' },
  { what: 'name with a slash', argv: [...B, '--name', 'a/b'], kind: 'spec', fields: ['name'], fragment: 'contains "/"' },
  { what: 'name ..', argv: [...B, '--name', '..'], kind: 'spec', fields: ['name'], fragment: 'must not be "." or ".."' },
  // was EISDIR and exit 1 after the whole compile: the manifest and the layer folder collided
  { what: 'name manifest.json', argv: [...B, '--name', 'manifest.json'], kind: 'spec', fields: ['name'], fragment: 'got "manifest.json"; is reserved: manifest.json is the manifest convgen writes' },
  { what: 'name of a staging folder', argv: [...B, '--name', '.convgen-staging-42'], kind: 'spec', fields: ['name'], fragment: 'is reserved: names starting with ".convgen"' },
  { what: '--out through a file', argv: [...B, '--out', 'OUTFILE/x'], kind: 'usage', fields: ['--out'], fragment: 'keep.txt is a file, not a folder', noOut: true },
  { what: 'missing Ci', argv: ['--h', '5', '--w', '5', '--co', '3', '--k', '3', '--l', '3'], kind: 'spec', fields: ['Ci'], fragment: 'Ci: missing; required: a positive integer' },
  {
    what: 'several problems at once (flags)',
    argv: ['--ci', 'x', '--h', '-1', '--w', '2.5', '--co', '3', '--k', '3', '--l', '3', '--stride', '0', '--act', 'swish'],
    kind: 'spec', fields: ['Ci', 'H', 'W', 'stride', 'act'], fragment: 'invalid layer spec:',
  },
  // ---- options ----
  { what: 'missing --out', argv: [...B], kind: 'usage', fields: ['--out'], fragment: '--out: missing', noOut: true },
  { what: 'bad --passes', argv: [...B, '--passes', 'forward,backward'], kind: 'usage', fields: ['--passes'], fragment: 'each must be one of forward, input-grad, weight-grad, bias-grad' },
  { what: 'bad --target (commander choices)', argv: [...B, '--target', 'cuda'], kind: 'usage', fields: ['--target'], fragment: "argument 'cuda' is invalid" },
  { what: 'unknown option', argv: [...B, '--bogus'], kind: 'usage', fields: ['--bogus'], fragment: "unknown option '--bogus'" },
  { what: '--spec file that does not exist', argv: ['--spec', 'MISSING'], kind: 'spec', fields: ['spec'], fragment: 'no such file' },
  // ---- --spec files ----
  { what: 'string number in JSON', argv: ['--spec', 'SPEC'], json: layerJson({ Ci: '3' }), kind: 'spec', fields: ['Ci'], fragment: 'got "3"; must be a positive integer (>= 1), not a string' },
  { what: 'unknown JSON key', argv: ['--spec', 'SPEC'], json: layerJson({ strides: 2 }), kind: 'spec', fields: ['strides'], fragment: 'unknown key; allowed keys: name, N, Ci, H, W, Co, K, L, stride, pad, dilation, groups, act, layout' },
  { what: 'JSON key in the wrong case', argv: ['--spec', 'SPEC'], json: layerJson({ Act: 'relu' }), kind: 'spec', fields: ['Act'], fragment: 'did you mean "act"?' },
  { what: 'null value', argv: ['--spec', 'SPEC'], json: layerJson({ N: null }), kind: 'spec', fields: ['N'], fragment: 'got null; must be a positive integer (>= 1), not null' },
  { what: 'negative pad element in JSON', argv: ['--spec', 'SPEC'], json: layerJson({ pad: [1, -1] }), kind: 'spec', fields: ['pad'], fragment: 'element 1: must be a non-negative integer' },
  { what: 'pad mode in the wrong case', argv: ['--spec', 'SPEC'], json: layerJson({ pad: 'Same' }), kind: 'spec', fields: ['pad'], fragment: 'got "Same"; unknown padding mode' },
  {
    what: 'bad K in the second layer', argv: ['--spec', 'SPEC'],
    json: JSON.stringify({ layers: [{ name: 'a', ...LAYER }, { name: 'b', ...LAYER, K: 0 }] }),
    kind: 'spec', fields: ['layers[1].K'], fragment: 'layers[1].K: got 0; must be a positive integer',
  },
  { what: 'malformed JSON (line:column)', argv: ['--spec', 'SPEC'], json: '{\n  "Ci": 3,\n  "H": 5,,\n}\n', kind: 'spec', fields: ['json'], fragment: 'spec.json:3:10 (line 3, column 10' },
  { what: 'truncated JSON', argv: ['--spec', 'SPEC'], json: '{"Ci":3,"H":5', kind: 'spec', fields: ['json'], fragment: 'spec.json:1:14 (line 1, column 14' },
  { what: 'empty spec file', argv: ['--spec', 'SPEC'], json: '', kind: 'spec', fields: ['json'], fragment: 'spec.json:1:1 (line 1, column 1' },
  { what: 'empty layers', argv: ['--spec', 'SPEC'], json: '{"layers": []}', kind: 'spec', fields: ['layers'], fragment: 'the file has no layers' },
  { what: 'layers not an array', argv: ['--spec', 'SPEC'], json: '{"layers": {"Ci": 3}}', kind: 'spec', fields: ['layers'], fragment: 'must be a non-empty array of layer objects, not an object' },
  { what: 'unknown top-level key', argv: ['--spec', 'SPEC'], json: JSON.stringify({ layers: [LAYER], extra: 1 }), kind: 'spec', fields: ['extra'], fragment: 'unknown top-level key; allowed: layers, about, $schema' },
  {
    what: '--name given for a file of two layers names both the same', argv: ['--spec', 'SPEC', '--name', 'one'],
    json: JSON.stringify({ layers: [{ name: 'a', ...LAYER }, { name: 'b', ...LAYER }] }),
    kind: 'spec', fields: ['layers[1].name'], fragment: 'duplicate layer name (same as layers[0].name',
  },
  {
    what: 'duplicate names (ignoring case)', argv: ['--spec', 'SPEC'],
    json: JSON.stringify({ layers: [{ name: 'conv', ...LAYER }, { name: 'Conv', ...LAYER }] }),
    kind: 'spec', fields: ['layers[1].name'], fragment: 'duplicate layer name (same as layers[0].name',
  },
  { what: 'top-level array', argv: ['--spec', 'SPEC'], json: '[1, 2]', kind: 'spec', fields: ['spec'], fragment: 'must be a layer object or { "layers": [...] }, not an array' },
  { what: 'layer that is not an object', argv: ['--spec', 'SPEC'], json: '{"layers": [5]}', kind: 'spec', fields: ['layers[0]'], fragment: 'must be a layer object' },
  { what: 'name with a slash in JSON', argv: ['--spec', 'SPEC'], json: layerJson({ name: 'x/../y' }), kind: 'spec', fields: ['name'], fragment: 'contains "/"' },
  {
    what: 'tensors over 4 GiB in a layers file', argv: ['--spec', 'SPEC'],
    json: JSON.stringify({ layers: [{ ...LAYER, N: 64, Ci: 256, H: 512, W: 512 }] }),
    kind: 'spec', fields: ['layers[0].tensors'], fragment: 'GiB); a wasm32 module holds at most 4294967296 bytes',
  },
  { what: 'flag override makes the file layer invalid', argv: ['--spec', 'SPEC', '--k', '7'], json: layerJson(), kind: 'spec', fields: ['K'], fragment: 'K: got 7; the dilated kernel height' },
  {
    what: 'bad flag override applies to every layer', argv: ['--spec', 'SPEC', '--layout', 'NHWC'],
    json: JSON.stringify({ layers: [{ name: 'a', ...LAYER }, { name: 'b', ...LAYER }] }),
    kind: 'spec', fields: ['layers[0].layout', 'layers[1].layout'], fragment: 'did you mean "nhwc"?',
  },
  {
    what: 'several problems at once (file)', argv: ['--spec', 'SPEC'],
    json: JSON.stringify({ layers: [{ name: 'a', ...LAYER, H: 'big' }, { name: 'b', ...LAYER, act: 'elu', stride: [2], kernel: 3 }], note: 'x' }),
    kind: 'spec', fields: ['note', 'layers[0].H', 'layers[1].kernel', 'layers[1].stride', 'layers[1].act'], fragment: 'invalid spec file',
  },
];

describe('malformed input through `convgen compile` (in-process)', () => {
  it.each(ROWS)('$what -> exit 2 naming $fields', async (row) => {
    const dir = fresh(row.what);
    const out = populatedOut(dir);
    const specPath = join(dir, 'spec.json');
    if (row.json !== undefined) writeFileSync(specPath, row.json);
    const argv = row.argv.map((a) => (a === 'SPEC' ? specPath : a === 'MISSING' ? join(dir, 'does-not-exist.json') : a.replace(/^OUTFILE/, join(out, 'keep.txt'))));
    const before = snapshot(dir);
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['out/', 'out/keep.txt', 'out/sub/', 'out/sub/inner.bin']));

    const r = await runMain(['compile', ...argv, ...(row.noOut ? [] : ['--out', out])]);
    const shown = `stderr:\n${r.stderr}`;

    expect(r.code, shown).toBe(2);
    expect(r.stderr, shown).toMatch(/^error: /);
    expect(r.stderr, shown).not.toMatch(STACK);
    for (const field of row.fields) {
      if (row.kind === 'spec') expect(r.stderr, `no "  - ${field}: " line; ${shown}`).toMatch(problemLine(field));
      else expect(r.stderr, `no error line naming ${field}; ${shown}`).toMatch(new RegExp(`^error: .*${esc(field)}`, 'm'));
    }
    expect(r.stderr, shown).toContain(row.fragment);
    if (row.kind === 'spec') {
      // a heading, then one `  - <field>: got <value>|missing; <what is allowed>` line per problem
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines[0], shown).toMatch(/^error: invalid (layer spec|spec file).*:$/);
      for (const line of lines.slice(1)) expect(line, shown).toMatch(/^  - \S+: (got .+|missing); .+$/);
      expect(lines.length - 1, shown).toBeGreaterThanOrEqual(row.fields.length);
    }
    if (row.json !== undefined) expect(r.stderr, shown).toContain(`invalid spec file ${specPath}:`);
    // nothing written, nothing removed: the folder (sentinel, sub-folder, spec file) is byte-for-byte as it was
    expect(snapshot(dir)).toEqual(before);
    expect(r.stdout).toBe('');
  });
});

// ---------------------------------------------------------------------------------------------
// compile output, reproducibility, --spec overrides (in-process)
// ---------------------------------------------------------------------------------------------

const SMALL = ['--ci', '2', '--h', '6', '--w', '5', '--co', '3', '--k', '3', '--l', '2', '--pad', '1', '--stride', '1', '--act', 'tanh', '--name', 'small'];

describe('compile output', () => {
  it('writes DIR/<layer>/<pass>.wat and .wasm for each pass plus manifest.json, and a second compile reproduces it byte for byte', async () => {
    const dir = fresh('compile');
    writeFileSync(join(dir, 'keep.txt'), 'sentinel\n');

    const first = await runMain(['compile', ...SMALL, '--out', dir]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stderr).not.toMatch(STACK);
    const files = readdirSync(join(dir, 'small')).sort();
    expect(files).toEqual(PASSES.flatMap((p) => [`${p}.wasm`, `${p}.wat`]).sort());
    for (const pass of PASSES) {
      const wat = readFileSync(join(dir, 'small', `${pass}.wat`), 'utf8');
      expect(wat.startsWith(';; convgen '), `${pass}.wat starts with ${JSON.stringify(wat.slice(0, 40))}`).toBe(true);
      expect(wat).toContain(`pass ${pass}`);
      const wasm = readFileSync(join(dir, 'small', `${pass}.wasm`));
      expect([...wasm.subarray(0, 4)]).toEqual([0x00, 0x61, 0x73, 0x6d]); // \0asm
    }
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.generator).toMatch(/^convgen /);
    expect(manifest.layers).toHaveLength(1);
    expect(manifest.layers[0].layer).toBe('small');
    expect(manifest.layers[0].kernels.map((k: { pass: string }) => k.pass)).toEqual([...PASSES]);
    for (const k of manifest.layers[0].kernels) expect(k.verified, JSON.stringify(k)).toBe(true);
    expect(readFileSync(join(dir, 'keep.txt'), 'utf8')).toBe('sentinel\n');

    const snap1 = snapshot(dir);
    expect(Object.keys(snap1).sort()).toEqual(['keep.txt', 'manifest.json', 'small/', ...files.map((f) => `small/${f}`)].sort());
    expect(Object.keys(snap1).filter((p) => p.includes('staging'))).toEqual([]);
    // a stale file in the layer folder must go: the folder is replaced, not merged into
    writeFileSync(join(dir, 'small', 'stale.txt'), 'old');
    const second = await runMain(['compile', ...SMALL, '--out', dir]);
    expect(second.code, second.stderr).toBe(0);
    expect(snapshot(dir)).toEqual(snap1);
  });

  it('--spec with layer flags as overrides: verify --json counts one result per layer and pass, compile applies the overrides', async () => {
    const dir = fresh('spec-overrides');
    const spec = join(dir, 'two.json');
    writeFileSync(spec, JSON.stringify({
      about: 'two small layers',
      layers: [
        { name: 'one', N: 2, Ci: 2, H: 6, W: 6, Co: 3, K: 3, L: 3, pad: 1, act: 'relu' },
        { name: 'two', Ci: 3, H: 7, W: 5, Co: 2, K: 1, L: 3, stride: [2, 1], layout: 'nchw' },
      ],
    }));

    const v = await runMain(['verify', '--spec', spec, '--layout', 'nhwc', '--passes', 'bias-grad', '--json']);
    expect(v.code, v.stderr).toBe(0);
    const results = JSON.parse(v.stdout).results as { layer: string; pass: string; ok: boolean }[];
    expect(results.map((r) => [r.layer, r.pass, r.ok])).toEqual([['one', 'bias-grad', true], ['two', 'bias-grad', true]]);

    const out = join(dir, 'out');
    const c = await runMain(['compile', '--spec', spec, '--layout', 'nhwc', '--act', 'sigmoid', '--passes', 'forward,weight-grad', '--out', out]);
    expect(c.code, c.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.layers.map((l: { layer: string }) => l.layer)).toEqual(['one', 'two']);
    for (const l of manifest.layers) {
      expect(l.spec).toContain('layout=nhwc');
      expect(l.spec).toContain('act=sigmoid');
      expect(l.kernels.map((k: { pass: string }) => k.pass)).toEqual(['forward', 'weight-grad']);
    }
    expect(manifest.layers[1].spec).toContain('stride=2x1'); // values not overridden come from the file
    for (const name of ['one', 'two']) {
      expect(readdirSync(join(out, name)).sort()).toEqual(['forward.wasm', 'forward.wat', 'weight-grad.wasm', 'weight-grad.wat']);
      expect(readFileSync(join(out, name, 'forward.wat'), 'utf8')).toContain('layout=nhwc');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The real binary
// ---------------------------------------------------------------------------------------------

function cli(args: string[]): SpawnSyncReturns<string> {
  const env = { ...process.env };
  delete env.CONVGEN_DEBUG;
  delete env.NODE_OPTIONS;
  return spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8', env, timeout: 60_000 });
}
const show = (r: SpawnSyncReturns<string>) => `exit ${r.status}${r.error ? ` (${r.error.message})` : ''}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;

describe('the built binary (node dist/cli.js)', () => {
  beforeEach(() => {
    if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  });

  it('exits 2 without a stack trace on a bad spec (flags and file)', () => {
    const dir = fresh('bin-bad');
    const out = join(dir, 'out');
    const r1 = cli(['compile', '--ci', '0', '--h', '5', '--w', '5', '--co', '2', '--k', '3', '--l', '3', '--stride', '0', '--out', out]);
    expect(r1.status, show(r1)).toBe(2);
    expect(r1.stderr).toMatch(/^error: invalid layer spec:$/m);
    expect(r1.stderr).toMatch(problemLine('Ci'));
    expect(r1.stderr).toMatch(problemLine('stride'));
    expect(r1.stderr).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);

    const spec = join(dir, 'bad.json');
    writeFileSync(spec, '{"layers": [{"Ci": 1, "H": 4, "W": 4, "Co": 1, "K": 3, "L": 3,}]}');
    const r2 = cli(['verify', '--spec', spec]);
    expect(r2.status, show(r2)).toBe(2);
    expect(r2.stderr).toMatch(problemLine('json'));
    expect(r2.stderr).toContain(`${spec}:1:`);
    expect(r2.stderr).not.toMatch(STACK);
  });

  it.each([
    ['0', 'groups: got 0; must be a positive integer (>= 1)'],
    ['1.5', 'groups: got 1.5; must be a positive integer (>= 1)'],
    ['2', 'groups: got 2; must divide both Ci and Co; 2 does not divide Co = 9; allowed: 1, 3'],
    ['4', 'groups: got 4; must divide both Ci and Co; 4 does not divide Ci = 6 nor Co = 9; allowed: 1, 3'],
  ])('malformed --groups %s: compile and verify exit 2 naming groups and the divisors allowed; nothing is written to --out', (g, message) => {
    const dir = fresh(`bin-groups-${g}`);
    const out = populatedOut(dir);
    const before = snapshot(out);
    const layer = ['--ci', '6', '--h', '5', '--w', '5', '--co', '9', '--k', '3', '--l', '3', '--groups', g];
    for (const args of [['compile', ...layer, '--out', out], ['verify', ...layer], ['compile', '--target', 'webgpu', '--no-verify', ...layer, '--out', out]]) {
      const r = cli(args);
      expect(r.status, show(r)).toBe(2);
      expect(r.stderr).toMatch(/^error: invalid layer spec:$/m);
      expect(r.stderr).toMatch(problemLine('groups'));
      expect(r.stderr).toContain(`  - ${message}`);
      expect(r.stderr).not.toMatch(STACK);
    }
    expect(snapshot(out)).toEqual(before);
  });

  it.each([
    ['0', 'groups: got 0; must be a positive integer (>= 1)'],
    ['1.5', 'groups: got 1.5; must be a positive integer (>= 1)'],
    ['3', 'groups: got 3; must divide both Ci and Co; 3 does not divide Ci = 4; allowed: 1, 2'],
  ])('run --groups %s (x [1, 4, 5, 5], w [6, 2, 3, 3]): exit 2 naming groups, nothing written', (g, message) => {
    const dir = fresh(`bin-run-groups-${g}`);
    writeNpyFile(join(dir, 'x.npy'), [1, 4, 5, 5], new Float32Array(100));
    writeNpyFile(join(dir, 'w.npy'), [6, 2, 3, 3], new Float32Array(108));
    writeNpyFile(join(dir, 'b.npy'), [6], new Float32Array(6));
    const out = join(dir, 'out');
    const r = cli(['run', '--pass', 'forward', '--x', join(dir, 'x.npy'), '--w', join(dir, 'w.npy'), '--b', join(dir, 'b.npy'), '--groups', g, '--out', out]);
    expect(r.status, show(r)).toBe(2);
    expect(r.stderr).toMatch(problemLine('groups'));
    expect(r.stderr).toContain(`  - ${message}`);
    expect(r.stderr).not.toMatch(STACK);
    expect(existsSync(out)).toBe(false);
  });

  it('compile --groups writes grouped kernels, verified, with the ABI of each in the manifest', () => {
    const dir = fresh('bin-grouped');
    const out = join(dir, 'out');
    const r = cli(['compile', '--ci', '6', '--h', '6', '--w', '5', '--co', '9', '--k', '3', '--l', '2', '--pad', '1', '--groups', '3', '--act', 'relu', '--name', 'g3', '--out', out]);
    expect(r.status, show(r)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
      layers: { spec: string; kernels: { pass: 'forward'; verified: boolean; abi: { result: string; tensors: { name: string; role: string; elems: number; shape: number[]; offset: number }[] } }[] }[];
    };
    const spec = parseSpec({ Ci: 6, H: 6, W: 5, Co: 9, K: 3, L: 2, pad: 1, groups: 3, act: 'relu', name: 'g3' });
    expect(manifest.layers[0]!.spec).toContain('groups=3');
    for (const k of manifest.layers[0]!.kernels) {
      expect(k.verified, JSON.stringify(k)).toBe(true);
      expect(k.abi.result).toBe(passDecl(k.pass).result);
      const w = k.abi.tensors.find((t) => t.name === 'w' || t.name === 'dw');
      if (w) expect([w.elems, w.shape]).toEqual([tensorSizes(spec).w, [9, 2, 3, 2]]);
    }
  });

  it('--help exits 0 with the Examples for each command', () => {
    for (const cmd of ['compile', 'verify', 'run']) {
      const r = cli([cmd, '--help']);
      expect(r.status, show(r)).toBe(0);
      expect(r.stdout).toContain(`Usage: convgen ${cmd}`);
      expect(r.stdout).toContain('Examples:');
      expect(r.stdout).toContain(`$ convgen ${cmd} `);
      expect(r.stderr).toBe('');
    }
  });

  it('verify --json on a small valid layer prints {"results": [...]} with 4 entries, all ok', () => {
    const r = cli(['verify', '--ci', '2', '--h', '5', '--w', '6', '--co', '3', '--k', '3', '--l', '3', '--pad', '1', '--act', 'relu', '--name', 'tiny', '--json']);
    expect(r.status, show(r)).toBe(0);
    const parsed = JSON.parse(r.stdout) as { results: { layer: string; pass: string; target: string; relError: number; ok: boolean }[] };
    expect(Object.keys(parsed)).toEqual(['results']);
    expect(parsed.results).toHaveLength(4);
    expect(parsed.results.map((x) => x.pass).sort()).toEqual([...PASSES].sort());
    for (const x of parsed.results) {
      expect(x, JSON.stringify(x)).toMatchObject({ layer: 'tiny', target: 'wasm', ok: true });
      expect(x.relError).toBeLessThanOrEqual(1e-5);
    }
  });
});
