export * from './types.js';
export * from './layout.js';
export * from './errors.js';
export * from './parse.js';
export * from './derive.js';
export { jsonErrorPlace, scanJsonError, type JsonErrorPlace } from './json.js';
export { MANIFEST_FILE, OUTPUT_RESERVED_PREFIX, nameProblem } from './names.js';
