/** One thing wrong with a layer spec: which field, what was given, what is allowed. */
export interface SpecProblem {
  /** Field path, e.g. `stride`, `layers[3].K`, `json`, `tensors`. */
  field: string;
  /** The value given (undefined when the field is missing). */
  value: unknown;
  /** What is allowed, or why the value cannot work. */
  message: string;
}

/**
 * Every problem found in a spec, thrown at once so the user can fix them all in one go.
 * `heading` is the first line without its colon: `invalid layer spec "res3x3"`, `invalid spec file x.json`.
 */
export class SpecError extends Error {
  readonly problems: SpecProblem[];
  constructor(heading: string, problems: SpecProblem[]) {
    super(`${heading}:\n${problems.map(formatProblem).join('\n')}`);
    this.name = 'SpecError';
    this.problems = problems;
  }
}

/** Longer field names (a JSON key is user text) are cut so a problem stays one readable line. */
const MAX_FIELD_SHOWN = 80;

/** `  - stride: got 0; must be a positive integer (>= 1)` */
export function formatProblem(p: SpecProblem): string {
  const got = p.value === undefined ? 'missing' : `got ${showValue(p.value)}`;
  const field = p.field.length > MAX_FIELD_SHOWN ? `${JSON.stringify(p.field.slice(0, MAX_FIELD_SHOWN - 10))}...` : p.field;
  return `  - ${field}: ${got}; ${p.message}`;
}

/** Arrays nested deeper than this are shown as `[...]`: the value is user input and may be nested thousands deep, or cyclic. */
const MAX_SHOWN_DEPTH = 8;

/** A short, unambiguous rendering of a user value: strings quoted, NaN/Infinity readable, long values cut. */
export function showValue(v: unknown, depth = 0): string {
  let s: string;
  if (typeof v === 'string') s = JSON.stringify(v.length > 200 ? v.slice(0, 200) : v);
  else if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) s = String(v);
  else if (typeof v === 'bigint') s = `${v}n`;
  else if (Array.isArray(v)) s = depth >= MAX_SHOWN_DEPTH ? '[...]' : `[${v.slice(0, 20).map((e) => showValue(e, depth + 1)).join(', ')}${v.length > 20 ? ', ...' : ''}]`;
  else if (typeof v === 'object') {
    try {
      s = JSON.stringify(v) ?? String(v);
    } catch {
      s = Object.prototype.toString.call(v); // cyclic or too deep for JSON.stringify
    }
  } else s = typeof v;
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}
