/**
 * Reading a file the user named (a --spec JSON file, a --x .npy) so that no path can hang the
 * process or grow its memory without bound:
 * - regular files, devices and /proc files go through readFileLimited (a size limit; /dev/zero fails);
 * - a named pipe (FIFO) is opened non-blocking, because a plain open() of a FIFO that nobody writes
 *   to blocks forever; it is then read with a deadline (no data for `idleMs`: an error);
 * - directories and sockets are refused by name.
 * Errors are InputFileError with a reason that does not repeat the path (callers prefix flag and path).
 */
import { closeSync, constants, openSync, readSync, statSync, type Stats } from 'node:fs';
import { FileTooLargeError, formatBytes, readFileLimited } from '../io/read.js';
import { lineColumn } from './json.js';

/** Why a user-named file cannot be read; the message is the reason only (`no such file`, `is a directory`). */
export class InputFileError extends Error {}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
/** Blocks the thread for `ms` (the CLI's reads are synchronous). */
export function sleepMs(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

/** A file-system error as a reason for a message (`no such file`), without node's `ENOENT: ..., open 'x'`. */
export function errnoReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT': return 'no such file';
    case 'ENOTDIR': return 'no such file (a folder on the path is a file)';
    case 'EISDIR': return 'is a directory, not a file';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'too many levels of symbolic links';
    case 'ENAMETOOLONG': return 'the path is too long';
    default: return `cannot be read (${code ?? (e as Error).message})`;
  }
}

/** Reads a FIFO without blocking in open(); gives up after `idleMs` without data. */
function readFifo(path: string, maxBytes: number, what: string, idleMs: number): Buffer {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    let lastData = Date.now();
    for (;;) {
      const buf = Buffer.allocUnsafe(Math.min(1 << 20, maxBytes + 1 - total));
      let n: number;
      try {
        n = readSync(fd, buf, 0, buf.length, null);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
        n = -1; // a writer is connected but has nothing for us yet
      }
      if (n > 0) {
        total += n;
        if (total > maxBytes) throw new InputFileError(`is a pipe that gave more than ${formatBytes(maxBytes)}, the limit for ${what}`);
        chunks.push(buf.subarray(0, n));
        lastData = Date.now();
        continue;
      }
      // 0 with data read: the writer closed, done. 0 before any data: no writer has connected yet.
      if (n === 0 && total > 0) break;
      if (Date.now() - lastData > idleMs) {
        throw new InputFileError(total === 0
          ? `is a named pipe (FIFO) and nothing was written to it within ${idleMs / 1000} s`
          : `is a named pipe (FIFO) whose writer stalled for ${idleMs / 1000} s after ${formatBytes(total)}`);
      }
      sleepMs(10);
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

/** Stats a user-named input file, refusing what cannot be one (missing, a directory, a socket). */
export function statInputFile(path: string): Stats {
  let st: Stats;
  try {
    st = statSync(path);
  } catch (e) {
    throw new InputFileError(errnoReason(e));
  }
  if (st.isDirectory()) throw new InputFileError('is a directory, not a file');
  if (st.isSocket()) throw new InputFileError('is a socket, not a file');
  return st;
}

/**
 * The bytes of `path`, at most `maxBytes`. `what` names the kind of file in the size message
 * ("a spec file (--spec)"). A pipe or device has no size to check up front: it is read up to the limit.
 */
export function readInputFile(path: string, maxBytes: number, what: string, idleMs = 5_000): Buffer {
  const st = statInputFile(path);
  if (st.isFile() && st.size > maxBytes) throw new InputFileError(`is ${formatBytes(st.size)}; the limit for ${what} is ${formatBytes(maxBytes)}`);
  try {
    return st.isFIFO() ? readFifo(path, maxBytes, what, idleMs) : readFileLimited(path, maxBytes, what);
  } catch (e) {
    if (e instanceof InputFileError) throw e;
    if (e instanceof FileTooLargeError) throw new InputFileError(`is larger than ${formatBytes(maxBytes)}, the limit for ${what}`);
    throw new InputFileError(errnoReason(e));
  }
}

/** Strict UTF-8 decoding: a file that is not UTF-8 text is an error naming where, not silently U+FFFD. */
export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The longest valid prefix (bisection; a prefix may end inside a sequence, hence stream: true).
    let lo = 0, hi = bytes.length;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
        lo = mid;
      } catch {
        hi = mid - 1;
      }
    }
    // The bad sequence starts at the end of the longest complete prefix (at most 3 bytes before lo).
    let at = lo;
    for (let k = lo; k >= Math.max(0, lo - 3); k--) {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k));
        at = k;
        break;
      } catch { /* k ends inside a sequence */ }
    }
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const { line, column } = lineColumn(prefix, prefix.length);
    throw new InputFileError(`is not UTF-8 text: invalid byte 0x${bytes[at]!.toString(16).padStart(2, '0')} at offset ${at} (line ${line}, column ${column})`);
  }
}
