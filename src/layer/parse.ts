import { moduleMemoryBytes, WASM32_MAX_BYTES } from './derive.js';
import { SpecError, type SpecProblem } from './errors.js';
import { jsonErrorPlace } from './json.js';
import { decodeUtf8, InputFileError, readInputFile } from './input-file.js';
import { MAX_NAME_LENGTH, nameProblem } from './names.js';
import { ACTIVATIONS, LAYOUTS, type LayerInput, type LayerSpec } from './types.js';

/** The keys a layer object may have, in the order problems are reported. */
export const LAYER_KEYS = ['name', 'N', 'Ci', 'H', 'W', 'Co', 'K', 'L', 'stride', 'pad', 'dilation', 'groups', 'act', 'layout'] as const;
/** Keys a spec file may have at its top level besides a layer's own. */
export const FILE_KEYS = ['layers', 'about', '$schema'] as const;

/** Every size, stride, pad and dilation is capped so products of a few of them stay finite and exact enough. */
export const MAX_DIM = 2 ** 24;
export { MAX_NAME_LENGTH };
/** A spec file is a small JSON text; the limit keeps `--spec /dev/zero` from growing memory without bound. */
export const MAX_SPEC_BYTES = 16 * 2 ** 20;
/** Deepest nesting of arrays and objects a spec file may have; a valid one needs 4 (`{"layers": [{"pad": [..]}]}`). */
export const MAX_JSON_DEPTH = 32;
const DEFAULT_NAME = 'layer';

type Problems = SpecProblem[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const article = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;

/** Why `v` is not an integer in [min, MAX_DIM], or undefined when it is one. */
function intProblem(v: unknown, min: 0 | 1): string | undefined {
  const want = min === 1 ? 'a positive integer (>= 1)' : 'a non-negative integer (>= 0)';
  if (typeof v !== 'number') return `must be ${want}, not ${article(v)}`;
  if (!Number.isInteger(v) || v < min) return `must be ${want}`;
  if (v > MAX_DIM) return `must be at most ${MAX_DIM} (2^24)`;
  return undefined;
}

/** Validates a layer with all problems collected; `prefix` is prepended to field names (`layers[3].`). */
function checkLayer(input: unknown, prefix: string, problems: Problems): LayerSpec | undefined {
  const at = (field: string, value: unknown, message: string) => problems.push({ field: prefix + field, value, message });
  if (!isObject(input)) {
    problems.push({ field: prefix ? prefix.slice(0, -1) : 'layer', value: input, message: `must be a layer object {"Ci": ..., "H": ..., ...}, not ${article(input)}` });
    return undefined;
  }
  const start = problems.length;
  // Only an absent key takes the default; an explicit null is a wrong value, reported as such.
  const get = (key: string, fallback?: unknown): unknown => (input[key] === undefined ? fallback : input[key]);

  for (const key of Object.keys(input)) {
    if ((LAYER_KEYS as readonly string[]).includes(key)) continue;
    const near = LAYER_KEYS.find((k) => k.toLowerCase() === key.toLowerCase());
    at(key, input[key], `unknown key${near ? ` (did you mean "${near}"?)` : ''}; allowed keys: ${LAYER_KEYS.join(', ')}`);
  }

  // name: it becomes a folder name beside convgen's own entries (names.ts)
  const name = get('name', DEFAULT_NAME);
  const nameWhy = nameProblem(name);
  if (nameWhy) at('name', name, nameWhy);
  const beforeNumbers = problems.length; // key and name problems do not stop the shape checks below

  const size = (key: 'N' | 'Ci' | 'H' | 'W' | 'Co' | 'K' | 'L', fallback?: number): number => {
    const v = get(key, fallback);
    if (v === undefined) return at(key, v, 'required: a positive integer (>= 1)'), NaN;
    const why = intProblem(v, 1);
    return why ? (at(key, v, why), NaN) : (v as number);
  };
  const N = size('N', 1), Ci = size('Ci'), H = size('H'), W = size('W'), Co = size('Co'), K = size('K'), L = size('L');

  const pair = (key: 'stride' | 'dilation'): [number, number] => {
    const v = get(key, 1);
    const allowed = `; allowed: a positive integer or an array of exactly 2 positive integers [h, w], each at most ${MAX_DIM}`;
    if (!Array.isArray(v)) {
      const why = intProblem(v, 1);
      return why ? (at(key, v, why + allowed), [NaN, NaN]) : [v as number, v as number];
    }
    if (v.length !== 2) return at(key, v, `an array must have exactly 2 elements [h, w], not ${v.length}${allowed}`), [NaN, NaN];
    const i = v.findIndex((e) => intProblem(e, 1));
    return i >= 0 ? (at(key, v, `element ${i}: ${intProblem(v[i], 1)}${allowed}`), [NaN, NaN]) : [v[0], v[1]];
  };
  const [sh, sw] = pair('stride'), [dh, dw] = pair('dilation');

  // pad: [t, b, l, r], or 'same' (resolved once the other fields are known)
  const pad = ((): [number, number, number, number] | 'same' | undefined => {
    const v = get('pad', 0);
    const allowed = `; allowed: a non-negative integer, [h, w], [top, bottom, left, right], "valid" or "same"`;
    if (v === 'same') return 'same';
    if (v === 'valid') return [0, 0, 0, 0];
    if (typeof v === 'string') return at('pad', v, `unknown padding mode${allowed}`), undefined;
    if (!Array.isArray(v)) {
      const why = intProblem(v, 0);
      return why ? (at('pad', v, why + allowed), undefined) : [v as number, v as number, v as number, v as number];
    }
    if (v.length !== 2 && v.length !== 4) return at('pad', v, `an array must have 2 [h, w] or 4 [top, bottom, left, right] elements, not ${v.length}${allowed}`), undefined;
    const i = v.findIndex((e) => intProblem(e, 0));
    if (i >= 0) return at('pad', v, `element ${i}: ${intProblem(v[i], 0)}${allowed}`), undefined;
    const p = v.map((e: number) => e + 0); // + 0 turns -0 into 0
    return p.length === 2 ? [p[0]!, p[0]!, p[1]!, p[1]!] : [p[0]!, p[1]!, p[2]!, p[3]!];
  })();

  const choice = <T extends string>(key: 'act' | 'layout', options: readonly T[]): T => {
    const v = get(key, options[0]);
    if (options.includes(v as T)) return v as T;
    const near = typeof v === 'string' ? options.find((o) => o === v.toLowerCase()) : undefined;
    at(key, v, `must be one of ${options.map((o) => `"${o}"`).join(', ')} (lowercase)${near ? `; did you mean "${near}"?` : ''}`);
    return options[0]!;
  };
  const act = choice('act', ACTIVATIONS), layout = choice('layout', LAYOUTS);

  // groups: a positive integer dividing both Ci and Co (checked once they are valid)
  const groups = ((): number => {
    const v = get('groups', 1);
    const why = intProblem(v, 1);
    if (why) return at('groups', v, `${why}; allowed: a positive integer that divides both Ci and Co`), NaN;
    const G = v as number;
    if (!Number.isFinite(Ci) || !Number.isFinite(Co)) return G;
    if (Ci % G === 0 && Co % G === 0) return G;
    const allowed = divisors(gcd(Ci, Co));
    const which = Ci % G !== 0 && Co % G !== 0 ? `Ci = ${Ci} nor Co = ${Co}` : Ci % G !== 0 ? `Ci = ${Ci}` : `Co = ${Co}`;
    return at('groups', v, `must divide both Ci and Co; ${G} does not divide ${which}; allowed: ${allowed.join(', ')}`), NaN;
  })();

  // Each axis is checked as soon as the numbers it depends on are valid (problems with those are
  // already reported), so a bad width does not hide a kernel taller than the input.
  if (pad === undefined) return undefined;
  const ok = (...v: number[]) => v.every(Number.isFinite);
  const rows = ok(H, K, sh, dh) ? (pad === 'same' ? samePad(H, K, sh, dh) : [pad[0], pad[1]]) : undefined;
  const cols = ok(W, L, sw, dw) ? (pad === 'same' ? samePad(W, L, sw, dw) : [pad[2], pad[3]]) : undefined;
  const Ho = rows ? Math.floor((H + rows[0]! + rows[1]! - (K - 1) * dh - 1) / sh) + 1 : NaN;
  const Wo = cols ? Math.floor((W + cols[0]! + cols[1]! - (L - 1) * dw - 1) / sw) + 1 : NaN;
  // Ho < 1 exactly when the dilated kernel is taller than the padded input.
  if (Ho < 1) at('K', K, `the dilated kernel height (K-1)*dh+1 = ${(K - 1) * dh + 1} is larger than the padded input height H+pt+pb = ${H + rows![0]! + rows![1]!}, so the output height Ho would be ${Ho} (must be >= 1)`);
  if (Wo < 1) at('L', L, `the dilated kernel width (L-1)*dw+1 = ${(L - 1) * dw + 1} is larger than the padded input width W+pl+pr = ${W + cols![0]! + cols![1]!}, so the output width Wo would be ${Wo} (must be >= 1)`);
  if (problems.length > beforeNumbers || !rows || !cols) return undefined;
  const [pt, pb] = rows as [number, number];
  const [pl, pr] = cols as [number, number];
  const spec: LayerSpec = { name: name as string, N, Ci, H, W, Co, K, L, sh, sw, dh, dw, pt, pb, pl, pr, groups, act, layout, Ho, Wo };

  const need = moduleMemoryBytes(spec);
  if (need > WASM32_MAX_BYTES) {
    const shown = Number.isSafeInteger(need) ? `${need}` : `about ${need.toExponential(2)}`;
    at('tensors', need, `the kernel modules need 4*(x + padded x + w + b + y + dy + dx + dw + db) = ${shown} bytes (${(need / 2 ** 30).toFixed(1)} GiB); a wasm32 module holds at most ${WASM32_MAX_BYTES} bytes (4 GiB, 65536 pages); reduce N or the image/channel sizes`);
    return undefined;
  }
  return problems.length > start ? undefined : spec;
}

/** TensorFlow 'same' (ONNX's SAME_UPPER; SAME_LOWER with odd 'start'): out = ceil(in/stride), the padding total split in two. */
export function samePad(size: number, k: number, stride: number, dilation: number, odd: 'end' | 'start' = 'end'): [number, number] {
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + (k - 1) * dilation + 1 - size, 0);
  const small = Math.floor(total / 2);
  // an odd total puts the extra pixel at the end (TensorFlow's and ONNX's SAME_UPPER) or the start (SAME_LOWER)
  return odd === 'end' ? [small, total - small] : [total - small, small];
}

const heading = (input: unknown): string =>
  isObject(input) && typeof input.name === 'string' && input.name !== '' ? `invalid layer spec ${JSON.stringify(input.name)}` : 'invalid layer spec';

/**
 * Validates one loose layer object (LayerInput) and returns the normalized spec with Ho, Wo.
 * `where` prefixes field names in problems (e.g. `layers[3]`). Throws one SpecError listing every problem.
 */
export function parseSpec(input: unknown, where?: string): LayerSpec {
  const problems: Problems = [];
  const spec = checkLayer(input, where ? `${where}.` : '', problems);
  if (!spec) throw new SpecError(heading(input), problems);
  return spec;
}

/**
 * The first place where `doc` is nested deeper than MAX_JSON_DEPTH, as a problem naming its field
 * path. Iterative (an explicit stack): everything after JSON.parse that walks a value recursively
 * (showing it in a message, copying it) would otherwise overflow the call stack on 5,000 levels.
 */
function tooDeep(doc: unknown): SpecProblem | undefined {
  const stack: [unknown, string, number][] = [[doc, '', 0]];
  while (stack.length > 0) {
    const [v, path, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= MAX_JSON_DEPTH) {
      // cut at a segment boundary: `layers[0].pad[0][0]...`
      const cut = Math.max(path.lastIndexOf('[', 60), path.lastIndexOf('.', 60));
      const where = path.length > 60 ? `${path.slice(0, cut > 0 ? cut : 60)}...` : path;
      return { field: where || 'spec', value: v, message: `nested more than ${MAX_JSON_DEPTH} levels deep (arrays and objects inside each other); a spec file needs at most 4` };
    }
    if (Array.isArray(v)) v.forEach((e, i) => stack.push([e, `${path}[${i}]`, depth + 1]));
    else for (const [k, e] of Object.entries(v)) stack.push([e, path ? `${path}.${k}` : k, depth + 1]);
  }
  return undefined;
}

/** Overrides without their undefined entries, so an unset CLI flag does not erase a file value. */
function definedOnly(overrides: Partial<LayerInput> | undefined): Record<string, unknown> {
  return Object.fromEntries(Object.entries(overrides ?? {}).filter(([, v]) => v !== undefined));
}

/**
 * Parses a spec file's text: one layer object, or `{ "layers": [...], "about"?, "$schema"? }`.
 * `overrides` replace every layer's values before validation. Throws one SpecError for the whole file.
 */
export function parseSpecJson(text: string, source: string, overrides?: Partial<LayerInput>): LayerSpec[] {
  const fail = (problems: Problems): never => { throw new SpecError(`invalid spec file ${source}`, problems); };
  const body = text.replace(/^\uFEFF/, ''); // editors on Windows may save a BOM, which JSON.parse rejects
  let doc: unknown;
  try {
    doc = JSON.parse(body);
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const { line, column, offset } = jsonErrorPlace(body, raw);
    // V8 may quote the whole text in its message; drop that so the problem stays on one line.
    const why = raw.replace(/, ".*" is not valid JSON$/s, '').replace(/\s+/g, ' ');
    const lineText = body.split('\n')[line - 1]?.trim() ?? '';
    fail([{ field: 'json', value: lineText, message: `malformed JSON at ${source}:${line}:${column} (line ${line}, column ${column}, offset ${offset}): ${why}` }]);
  }

  const deep = tooDeep(doc);
  if (deep) fail([deep]);
  if (!isObject(doc)) {
    return fail([{ field: 'spec', value: doc, message: `must be a layer object or { "layers": [...] }, not ${article(doc)}` }]);
  }
  const extra = definedOnly(overrides);
  const problems: Problems = [];
  const specs: (LayerSpec | undefined)[] = [];

  if (!('layers' in doc)) {
    // A single layer; "about" and "$schema" are file-level notes, not layer keys.
    const { about: _about, $schema: _schema, ...layer } = doc;
    specs.push(checkLayer({ ...layer, ...extra }, '', problems));
  } else {
    for (const key of Object.keys(doc)) {
      if (!(FILE_KEYS as readonly string[]).includes(key)) {
        problems.push({ field: key, value: doc[key], message: `unknown top-level key; allowed: ${FILE_KEYS.join(', ')} (layer keys go inside each element of "layers")` });
      }
    }
    const layers = doc.layers;
    if (!Array.isArray(layers)) problems.push({ field: 'layers', value: layers, message: `must be a non-empty array of layer objects, not ${article(layers)}` });
    else if (layers.length === 0) problems.push({ field: 'layers', value: layers, message: 'must be a non-empty array of layer objects; the file has no layers' });
    else {
      layers.forEach((layer, i) => specs.push(checkLayer(isObject(layer) ? { ...layer, ...extra } : layer, `layers[${i}].`, problems)));
      // Names become folder names, so compare them as a case-insensitive file system would.
      const seen = new Map<string, number>();
      layers.forEach((layer, i) => {
        const name = specs[i]?.name ?? (isObject(layer) ? (extra.name ?? layer.name ?? DEFAULT_NAME) : undefined);
        if (typeof name !== 'string') return;
        const first = seen.get(name.toLowerCase());
        if (first === undefined) seen.set(name.toLowerCase(), i);
        else problems.push({ field: `layers[${i}].name`, value: name, message: `duplicate layer name (same as layers[${first}].name, ignoring case; an unnamed layer is called "${DEFAULT_NAME}"); names must be unique because each names an output folder` });
      });
    }
  }
  if (problems.length > 0) fail(problems);
  return specs as LayerSpec[];
}

/**
 * Reads and parses a spec file; a missing, unreadable, oversized or non-UTF-8 file is a SpecError on
 * field `spec`. Directories, FIFOs and devices are handled without hanging (input-file.ts).
 */
export function readSpecFile(path: string, overrides?: Partial<LayerInput>): LayerSpec[] {
  let text: string;
  try {
    text = decodeUtf8(readInputFile(path, MAX_SPEC_BYTES, 'a spec file (--spec)'));
  } catch (e) {
    if (!(e instanceof InputFileError)) throw e;
    throw new SpecError(`invalid spec file ${path}`, [{ field: 'spec', value: path, message: e.message }]);
  }
  return parseSpecJson(text, path, overrides);
}

/** The spec as an explicit layer object: parseSpec(specToInput(s)) deep-equals s. */
export function specToInput(s: LayerSpec): Required<LayerInput> {
  return {
    name: s.name, N: s.N, Ci: s.Ci, H: s.H, W: s.W, Co: s.Co, K: s.K, L: s.L,
    stride: [s.sh, s.sw], pad: [s.pt, s.pb, s.pl, s.pr], dilation: [s.dh, s.dw], groups: s.groups, act: s.act, layout: s.layout,
  };
}

/** One line: `res3x3: N=1 Ci=64 H=56 W=56 Co=64 K=3 L=3 stride=1x1 pad=1,1,1,1 dilation=1x1 act=relu layout=nchw -> Ho=56 Wo=56` */
export function describeSpec(s: LayerSpec): string {
  return `${s.name}: N=${s.N} Ci=${s.Ci} H=${s.H} W=${s.W} Co=${s.Co} K=${s.K} L=${s.L} stride=${s.sh}x${s.sw} ` +
    `pad=${s.pt},${s.pb},${s.pl},${s.pr} dilation=${s.dh}x${s.dw}${s.groups > 1 ? ` groups=${s.groups}` : ''} act=${s.act} layout=${s.layout} -> Ho=${s.Ho} Wo=${s.Wo}`;
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));
/** Divisors of n in increasing order (n is at most a few million here). */
function divisors(n: number): number[] {
  const lo: number[] = [];
  const hi: number[] = [];
  for (let d = 1; d * d <= n; d++) if (n % d === 0) { lo.push(d); if (d * d !== n) hi.unshift(n / d); }
  return [...lo, ...hi];
}
