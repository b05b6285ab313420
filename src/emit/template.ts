import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** templates/ sits two levels above this file both in src/emit and in dist/emit. */
const TEMPLATE_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));
const cache = new Map<string, string>();

export function readTemplate(rel: string): string {
  let t = cache.get(rel);
  if (t === undefined) {
    t = readFileSync(TEMPLATE_DIR + rel, 'utf8');
    cache.set(rel, t);
  }
  return t;
}

/** Replaces every `{{key}}` of a template; a key without a value is an error, not an empty string. */
export function fillTemplate(rel: string, values: Record<string, string>): string {
  return readTemplate(rel).replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const v = values[key];
    if (v === undefined) throw new Error(`template ${rel}: no value for {{${key}}}`);
    return v;
  });
}
