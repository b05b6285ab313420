/**
 * All-or-nothing output folders.
 *
 * Design: a write-ahead journal plus a lock, with plain files and folders as the visible result.
 * Users, tests and the committed `generated/` tree read `OUT/<layer>/<pass>.wat` and
 * `OUT/manifest.json` as real files (git diffs, tools that do not follow links, `readdir(OUT)`
 * showing just the layers), which rules out the symlink-flip design; POSIX has no atomic rename of
 * many entries, so atomicity comes from making the set of renames replayable:
 *
 * 1. Everything is written (and fsynced) into `OUT/.convgen-staging-<pid>-<rand>/` first.
 * 2. `OUT/.convgen-lock` is taken (O_EXCL via link(2), holding pid, host and a token; a lock whose
 *    process is dead is broken), so two commands writing one folder serialize instead of interleaving.
 * 3. Under the lock: a journal left by a killed process is completed first (roll forward: its
 *    staging folder was complete before the journal existed), stale staging/temp entries of dead
 *    processes are removed, then `OUT/.convgen-journal` is written (temp file, fsync, rename, fsync
 *    of OUT) naming the staging folder and the renames to make.
 * 4. The renames: first the old manifest is moved aside (so while a commit is in flight there is no
 *    manifest that could vouch for a mix), then the layers the previous manifest listed and this
 *    compile does not write are moved aside, then each new entry replaces the old one (the old one is
 *    moved aside into the staging folder, never deleted in place, so no half-deleted folder is ever
 *    visible), the manifest last. Every step checks what is already done, so replaying is idempotent.
 * 5. The journal is removed, then the staging folder (with what was moved aside), then the lock.
 *
 * Guarantee: without a crash, OUT holds exactly one complete result, and whenever OUT/manifest.json
 * exists the layer folders beside it are exactly the ones it lists, from the same compile. After
 * kill -9 at any point, OUT holds the complete old result (killed before the journal was written
 * or before its first rename: only dead `.convgen-*` entries remain, removed by the next command) or
 * the commit is in flight: `.convgen-journal` is there, `manifest.json` is not, and the next convgen
 * command that writes to OUT (compile, run, demo) completes it first, giving the complete new result. Layers that an earlier compile wrote (listed
 * in its manifest) and this compile does not are removed, so the manifest lists exactly the layer
 * folders convgen left in OUT; entries convgen never listed (user files, `generated/webgpu`) are kept.
 * Nothing is written outside OUT except OUT itself and its missing parents.
 */
import {
  closeSync, constants, fsyncSync, linkSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync,
  renameSync, rmSync, statfsSync, statSync, accessSync, writeFileSync, type Stats,
} from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { sleepMs } from '../layer/input-file.js';
import { MANIFEST_FILE, nameProblem, OUTPUT_RESERVED_PREFIX } from '../layer/names.js';

export type FileSet = Record<string, string | Uint8Array>;

/** A bad --out (message names the flag and the path): a usage error, exit 2. */
export class OutputError extends Error {}

const LOCK = `${OUTPUT_RESERVED_PREFIX}-lock`;
const JOURNAL = `${OUTPUT_RESERVED_PREFIX}-journal`;
const STAGING = `${OUTPUT_RESERVED_PREFIX}-staging-`;
/** Inside a staging folder: what the commit moved out of OUT. */
const ASIDE = '.aside';
/** Entries of a process (`<prefix><pid>` or `<prefix><pid>-<rand>`) that are garbage once it is dead. */
const PER_PROCESS = new RegExp(`^${OUTPUT_RESERVED_PREFIX.replace('.', '\\.')}-(staging|lock\\.tmp|lock\\.stale|journal\\.tmp)-(\\d+)(-[0-9a-f]+)?$`);
const STAGING_NAME = new RegExp(`^${STAGING.replace('.', '\\.')}\\d+-[0-9a-f]+$`);
/** How long a command waits for another one's commit before giving up. */
const LOCK_WAIT_MS = 120_000;

const rand = () => randomBytes(4).toString('hex');
const codeOf = (e: unknown) => (e as NodeJS.ErrnoException).code;

// ---------------------------------------------------------------------------------------------
// Checking --out before any work, creating it at the end
// ---------------------------------------------------------------------------------------------

/** Kernel pseudo-file systems (statfs f_type): mkdir there fails oddly (node's recursive mkdir loops on /proc) or has side effects (cgroups). */
const PSEUDO_FS: Record<number, string> = {
  0x9fa0: 'proc', 0x62656572: 'sysfs', 0x27e0eb: 'cgroup', 0x63677270: 'cgroup2', 0x64626720: 'debugfs',
  0x74726163: 'tracefs', 0x73636673: 'securityfs', 0x62656570: 'configfs', 0xcafe4a11: 'bpf', 0x6165676c: 'pstore',
  0xde5e81e4: 'efivarfs', 0x1cd1: 'devpts', 0x19800202: 'mqueue', 0x42494e4d: 'binfmt_misc',
};

function statOrCode(p: string): Stats | string {
  try {
    return statSync(p);
  } catch (e) {
    return codeOf(e) ?? 'EIO';
  }
}

/**
 * Checks that `path` is, or can be made as, a writable folder, without creating anything: the
 * nearest existing ancestor must be a writable directory on a real file system. Throws OutputError
 * `--out: <path>: <reason>`.
 */
export function checkOutDir(path: string): void {
  const fail = (why: string): never => { throw new OutputError(`--out: ${path}: ${why}`); };
  if (path === '') throw new OutputError('--out: got ""; give the folder to write into');
  if (path.includes('\0')) fail('the path contains a NUL byte');
  let p = resolve(path);
  let st = statOrCode(p);
  while (typeof st === 'string') {
    if (st === 'EACCES') fail(`cannot look inside ${dirname(p)} (permission denied)`);
    if (st === 'ELOOP') fail('too many levels of symbolic links');
    if (st === 'ENAMETOOLONG') fail('the path (or one of its names) is too long');
    if (st !== 'ENOENT' && st !== 'ENOTDIR') fail(`cannot be checked (${st})`);
    const up = dirname(p);
    if (up === p) fail('no part of the path exists');
    p = up;
    st = statOrCode(p);
  }
  if (!st.isDirectory()) fail(p === resolve(path) ? 'exists and is not a folder' : `${p} is a file, not a folder`);
  if (process.platform === 'linux') {
    const fs = PSEUDO_FS[statfsSync(p).type];
    if (fs) fail(`${p} is on the ${fs} file system (kernel pseudo-files), where an output folder cannot be made`);
  }
  try {
    accessSync(p, constants.W_OK | constants.X_OK);
  } catch (e) {
    fail(codeOf(e) === 'EROFS' ? `${p} is on a read-only file system` : `${p} is not writable (permission denied)`);
  }
}

/** Creates `dir` and its missing parents one name at a time (never node's recursive mkdir: see PSEUDO_FS). */
function makeOutDir(dir: string): void {
  checkOutDir(dir);
  const missing: string[] = [];
  for (let p = resolve(dir); typeof statOrCode(p) === 'string'; p = dirname(p)) missing.unshift(p);
  for (const p of missing) {
    try {
      mkdirSync(p);
    } catch (e) {
      if (codeOf(e) === 'EEXIST' && statSync(p).isDirectory()) continue; // made by a concurrent command
      throw new OutputError(`--out: ${dir}: cannot create ${p} (${codeOf(e) ?? (e as Error).message})`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Small file-system helpers
// ---------------------------------------------------------------------------------------------

const exists = (p: string): boolean => {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
};

/** Writes a file and fsyncs it: a staged file must be whole on disk before a journal points at it. */
function writeDurable(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** fsync of a folder makes its renames durable; some file systems refuse it, which only weakens power-loss safety. */
function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch { /* EINVAL/EISDIR on some file systems */ }
}

/** Whether process `pid` on this host still runs (a zombie, killed but not yet reaped, does not). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return codeOf(e) === 'EPERM';
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// The lock
// ---------------------------------------------------------------------------------------------

/** `<pid> <host> <token>`: the host says whether the pid can be checked here at all. */
function lockOwner(text: string): { pid: number; host: string } | undefined {
  const m = /^(\d+) (\S+) [0-9a-f]+\n$/.exec(text);
  return m ? { pid: Number(m[1]), host: m[2]! } : undefined;
}

const readText = (p: string): string | undefined => {
  try {
    return readFileSync(p, 'utf8');
  } catch {
    return undefined;
  }
};

/**
 * Takes OUT/.convgen-lock, waiting while a live process holds it; returns the release function.
 * The lock file is written whole under a temp name and link(2)ed into place, so it is never seen
 * half-written. A lock of a dead process is moved away by rename (only one breaker can win that) and
 * put back if it turns out to belong to a live process that took the lock in between.
 */
function acquireLock(dir: string): () => void {
  const lock = join(dir, LOCK);
  const mine = `${process.pid} ${hostname().replace(/\s/g, '_')} ${randomBytes(8).toString('hex')}\n`;
  const tmp = join(dir, `${LOCK}.tmp-${process.pid}-${rand()}`);
  writeDurable(tmp, mine);
  const deadline = Date.now() + LOCK_WAIT_MS;
  try {
    for (;;) {
      try {
        linkSync(tmp, lock);
        fsyncDir(dir);
        break;
      } catch (e) {
        if (codeOf(e) !== 'EEXIST') throw e;
      }
      const held = readText(lock);
      if (held === undefined) continue; // released meanwhile
      const owner = lockOwner(held);
      const stale = owner ? owner.host === hostname().replace(/\s/g, '_') && !alive(owner.pid) : false;
      if (stale) {
        const moved = join(dir, `${LOCK}.stale-${process.pid}-${rand()}`);
        try {
          renameSync(lock, moved);
        } catch {
          continue; // another command broke it first
        }
        if (readText(moved) !== held) {
          try { linkSync(moved, lock); } catch { /* the lock is held again by someone else */ }
        }
        rmSync(moved, { force: true });
        continue;
      }
      if (Date.now() > deadline) {
        throw new Error(`--out: ${dir} is locked by ${owner ? `convgen process ${owner.pid} on ${owner.host}` : 'an unreadable lock'} ` +
          `(${lock}) for over ${LOCK_WAIT_MS / 1000} s; if no convgen command is writing there, remove that file`);
      }
      sleepMs(20);
    }
  } finally {
    rmSync(tmp, { force: true });
  }
  return () => {
    if (readText(lock) === mine) rmSync(lock, { force: true });
  };
}

// ---------------------------------------------------------------------------------------------
// The journal
// ---------------------------------------------------------------------------------------------

interface Journal {
  /** the staging folder's name in OUT */
  staging: string;
  /** entries moved aside first, when their replacement is still staged (the manifest) */
  hide: string[];
  /** entries moved aside for good (layers of the previous manifest this compile does not write) */
  remove: string[];
  /** staged entries renamed into OUT, in this order (the manifest last) */
  install: string[];
}

/** A name the journal may move: one path component, not convgen's own. */
const plainName = (n: unknown): n is string =>
  typeof n === 'string' && /^[A-Za-z0-9_.-]+$/.test(n) && n !== '.' && n !== '..' && !n.startsWith(OUTPUT_RESERVED_PREFIX);

function readJournal(dir: string): Journal | undefined {
  const path = join(dir, JOURNAL);
  const text = readText(path);
  if (text === undefined) return undefined;
  let j: Partial<Journal> | undefined;
  try {
    j = JSON.parse(text) as Partial<Journal>;
  } catch { /* reported below */ }
  const lists = j && [j.hide, j.remove, j.install];
  if (!j || typeof j.staging !== 'string' || !STAGING_NAME.test(j.staging) || !lists!.every((l) => Array.isArray(l) && l.every(plainName)) ||
      j.remove!.some((n) => j!.install!.includes(n))) {
    throw new Error(`--out: ${path} is not a journal convgen wrote; move it out of the folder to continue`);
  }
  return j as Journal;
}

function writeJournal(dir: string, j: Journal): void {
  const tmp = join(dir, `${JOURNAL}.tmp-${process.pid}-${rand()}`);
  writeDurable(tmp, JSON.stringify(j) + '\n');
  renameSync(tmp, join(dir, JOURNAL));
  fsyncDir(dir);
}

/**
 * Test hook, not a feature: CONVGEN_TEST_PAUSE_IN_COMMIT=<ms> sleeps before every rename of the
 * commit, so a test can kill the process inside the commit reliably (test/output.test.ts).
 */
function commitPause(): () => void {
  const ms = Number(process.env.CONVGEN_TEST_PAUSE_IN_COMMIT ?? 0);
  return ms > 0 && Number.isFinite(ms) ? () => sleepMs(ms) : () => {};
}

/** Makes the journal's renames; each step checks whether it is already done, so a replay finishes a killed commit. */
function applyJournal(dir: string, j: Journal): void {
  const pause = commitPause();
  const out = (n: string) => join(dir, n);
  const staged = (n: string) => join(dir, j.staging, n);
  const asideDir = join(dir, j.staging, ASIDE);
  const aside = (n: string) => {
    pause();
    if (!exists(asideDir)) mkdirSync(asideDir, { recursive: true });
    rmSync(join(asideDir, n), { recursive: true, force: true });
    renameSync(out(n), join(asideDir, n));
  };
  for (const n of j.hide) if (exists(staged(n)) && exists(out(n))) aside(n);
  for (const n of j.remove) if (exists(out(n))) aside(n);
  for (const n of j.install) {
    if (!exists(staged(n))) continue;
    if (exists(out(n))) aside(n);
    pause();
    renameSync(staged(n), out(n));
  }
  fsyncDir(dir);
  rmSync(join(dir, JOURNAL), { force: true });
  fsyncDir(dir);
  rmSync(join(dir, j.staging), { recursive: true, force: true });
}

/** Removes staging folders and temp files of processes that are gone (killed before or after their commit). */
function removeStale(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = PER_PROCESS.exec(name);
    if (m && !alive(Number(m[2]))) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Completes a commit that a killed convgen process left in `dir` (a no-op when there is none) and
 * removes its leftovers. Every writeOutput does this first; exported for tests and tools.
 */
export function recoverOutput(dir: string): void {
  if (!exists(dir)) return;
  const release = acquireLock(dir);
  try {
    const j = readJournal(dir);
    if (j) applyJournal(dir, j);
    removeStale(dir);
  } finally {
    release();
  }
}

/** Layer folders the manifest now in `dir` lists (names re-checked: the file may have been edited). */
function previousLayers(dir: string): string[] {
  try {
    const m = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8')) as { layers?: { layer?: unknown }[] };
    return (m.layers ?? []).map((l) => l?.layer).filter((n): n is string => typeof n === 'string' && nameProblem(n) === undefined);
  } catch {
    return [];
  }
}

// ---------------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------------

/**
 * Writes `DIR/<folder>/<file>` for every folder (replacing folders of the same name) and
 * `DIR/<file>` for top-level files, all or nothing (see the top of this file). When the top level
 * holds manifest.json, the layers the previous manifest listed and `folders` does not are removed.
 * Returns the paths written.
 */
export function writeOutput(dir: string, folders: Record<string, FileSet>, topLevel: FileSet = {}): string[] {
  for (const n of [...Object.keys(folders), ...Object.keys(topLevel)]) {
    if (!plainName(n) && n !== MANIFEST_FILE) throw new Error(`writeOutput: ${JSON.stringify(n)} is not a plain entry name`);
  }
  makeOutDir(dir);
  const staging = `${STAGING}${process.pid}-${rand()}`;
  const stagingPath = join(dir, staging);
  mkdirSync(stagingPath);
  let journaled = false;
  try {
    const written: string[] = [];
    for (const [folder, files] of Object.entries(folders)) {
      mkdirSync(join(stagingPath, folder));
      for (const [name, data] of Object.entries(files)) {
        writeDurable(join(stagingPath, folder, name), data);
        written.push(join(dir, folder, name));
      }
    }
    const top = Object.keys(topLevel).sort((a, b) => Number(a === MANIFEST_FILE) - Number(b === MANIFEST_FILE));
    for (const name of top) {
      writeDurable(join(stagingPath, name), topLevel[name]!);
      written.push(join(dir, name));
    }
    fsyncDir(stagingPath);

    const release = acquireLock(dir);
    try {
      const left = readJournal(dir);
      if (left) applyJournal(dir, left);
      removeStale(dir);
      const withManifest = MANIFEST_FILE in topLevel;
      const journal: Journal = {
        staging,
        hide: withManifest ? [MANIFEST_FILE] : [],
        remove: withManifest ? previousLayers(dir).filter((n) => !(n in folders) && !(n in topLevel)) : [],
        install: [...Object.keys(folders), ...top],
      };
      writeJournal(dir, journal);
      journaled = true;
      applyJournal(dir, journal);
    } finally {
      release();
    }
    return written;
  } finally {
    // Once the journal exists its staging folder must stay until the commit is done: a failed
    // rename (EACCES, ENOSPC) leaves both for the next command to complete.
    if (!journaled || !exists(join(dir, JOURNAL))) rmSync(stagingPath, { recursive: true, force: true });
  }
}
