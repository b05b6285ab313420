/**
 * Reading user-named files with a size limit: `--spec /dev/zero` or `--x /dev/zero` must fail with a
 * clear message, not grow memory without bound. Works for regular files (size known up front) and for
 * pipes, devices and /proc files (read in chunks until the limit is passed).
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/** Thrown when a file is larger than the caller allows; the message names the file and the limit. */
export class FileTooLargeError extends Error {}

const CHUNK = 1 << 20;

/** Human-readable byte counts for messages: 1.5 MiB, 2 GiB. */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let u = 0;
  while (n >= 1024 && u < units.length - 1) { n /= 1024; u++; }
  return u === 0 ? `${n} bytes` : `${Number.isInteger(n) ? n : n.toFixed(1)} ${units[u]}`;
}

/**
 * Reads the whole of `path`, refusing more than `maxBytes`. `what` names the file in the message
 * (e.g. "spec file"). Errors of the file system (ENOENT, EISDIR, EACCES) are passed through.
 */
export function readFileLimited(path: string, maxBytes: number, what = 'file'): Buffer {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw Object.assign(new Error(`EISDIR: illegal operation on a directory, read '${path}'`), { code: 'EISDIR' });
    if (st.isFile() && st.size > maxBytes) {
      throw new FileTooLargeError(`${what} ${path} is ${formatBytes(st.size)}; the limit is ${formatBytes(maxBytes)}`);
    }
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - total));
      const n = readSync(fd, buf, 0, buf.length, null);
      if (n === 0) break;
      total += n;
      if (total > maxBytes) throw new FileTooLargeError(`${what} ${path} is larger than the limit of ${formatBytes(maxBytes)}`);
      chunks.push(n === buf.length ? buf : buf.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}
