/**
 * Layer names become folder names inside an output folder (`OUT/<name>/<pass>.wat`), beside
 * convgen's own entries there (`OUT/manifest.json` and the `.convgen-*` lock, journal and staging
 * entries of src/cli/output.ts). This is the one place that says which names are safe.
 */

/** The manifest `convgen compile` writes at the top of its output folder. */
export const MANIFEST_FILE = 'manifest.json';
/** Every other entry convgen makes in an output folder starts with this (lock, journal, staging folders). */
export const OUTPUT_RESERVED_PREFIX = '.convgen';

export const MAX_NAME_LENGTH = 64;
const NAME_RE = /^[A-Za-z0-9_.-]+$/;
export const NAME_ALLOWED =
  `must be a non-empty string of at most ${MAX_NAME_LENGTH} characters from A-Z a-z 0-9 _ . -, not starting with "." ` +
  `and not "${MANIFEST_FILE}" (it names the layer's output folder)`;

/**
 * Why `name` cannot name a layer's output folder, or undefined when it can. The character set
 * already excludes separators (`/`, `\`), NUL and anything over 255 bytes; a leading "." is refused
 * because it covers ".", "..", convgen's own `.convgen-*` entries and hidden folders such as `.git`
 * that a layer must never replace. Names are compared ignoring case, as a case-insensitive file
 * system would (`Manifest.JSON` is the manifest there).
 */
export function nameProblem(name: unknown): string | undefined {
  if (typeof name !== 'string' || name === '') return NAME_ALLOWED;
  if (name.length > MAX_NAME_LENGTH) return `is ${name.length} characters long; ${NAME_ALLOWED}`;
  if (!NAME_RE.test(name)) {
    const bad = [...new Set(name.replace(/[A-Za-z0-9_.-]/g, ''))].map((c) => JSON.stringify(c)).join(' ');
    return `contains ${bad}; ${NAME_ALLOWED}`;
  }
  if (name === '.' || name === '..') return `must not be "." or ".."; ${NAME_ALLOWED}`;
  const lower = name.toLowerCase();
  if (lower.startsWith(OUTPUT_RESERVED_PREFIX)) {
    return `is reserved: names starting with "${OUTPUT_RESERVED_PREFIX}" are convgen's own lock, journal and staging entries in the output folder; ${NAME_ALLOWED}`;
  }
  if (lower === MANIFEST_FILE) return `is reserved: ${MANIFEST_FILE} is the manifest convgen writes beside the layer folders; ${NAME_ALLOWED}`;
  if (name.startsWith('.')) return `must not start with "." (a hidden folder; it could replace one such as .git); ${NAME_ALLOWED}`;
  return undefined;
}
