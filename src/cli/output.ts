/**
 * Writes output folders all or nothing: everything goes into a staging folder first and is renamed
 * into place only when complete, so a failure leaves the output folder as it was.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type FileSet = Record<string, string | Uint8Array>;

/** Writes `DIR/<folder>/<file>` for every folder, replacing folders of the same name, and `DIR/<file>` for top-level files. */
export function writeOutput(dir: string, folders: Record<string, FileSet>, topLevel: FileSet = {}): string[] {
  mkdirSync(dir, { recursive: true });
  const staging = join(dir, `.convgen-staging-${process.pid}`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging);
  const written: string[] = [];
  try {
    for (const [folder, files] of Object.entries(folders)) {
      mkdirSync(join(staging, folder), { recursive: true });
      for (const [name, data] of Object.entries(files)) writeFileSync(join(staging, folder, name), data);
    }
    for (const [name, data] of Object.entries(topLevel)) writeFileSync(join(staging, name), data);
    for (const folder of Object.keys(folders)) {
      rmSync(join(dir, folder), { recursive: true, force: true });
      renameSync(join(staging, folder), join(dir, folder));
      written.push(...Object.keys(folders[folder]!).map((f) => join(dir, folder, f)));
    }
    for (const name of Object.keys(topLevel)) {
      renameSync(join(staging, name), join(dir, name));
      written.push(join(dir, name));
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return written;
}
