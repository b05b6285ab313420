/** WAT -> wasm bytes with wabt. Features are listed explicitly, for parsing and for validation alike. */
import wabtInit from 'wabt';

/** What generated modules may use: SIMD and relaxed SIMD for the fast schedules, bulk memory for padding copies, threads for shared memories. */
export const WASM_FEATURES = {
  simd: true,
  relaxed_simd: true,
  bulk_memory: true,
  threads: true,
  mutable_globals: true,
  sat_float_to_int: true,
  sign_extension: true,
  multi_value: true,
} as const;

export class WatBuildError extends Error {
  constructor(
    readonly kernel: string,
    readonly details: string,
  ) {
    super(`cannot assemble ${kernel}.wat:\n${details}`);
    this.name = 'WatBuildError';
  }
}

let wabt: Awaited<ReturnType<typeof wabtInit>> | undefined;

/** Assembles and validates a module; errors carry `<kernel>.wat:line:column` positions from wabt. */
export async function assembleWat(kernel: string, text: string): Promise<Uint8Array<ArrayBuffer>> {
  wabt ??= await wabtInit();
  let mod;
  try {
    mod = wabt.parseWat(`${kernel}.wat`, text, WASM_FEATURES);
  } catch (e) {
    throw new WatBuildError(kernel, String((e as Error).message).replace(/^parseWat failed:\n/, ''));
  }
  try {
    // wabt's typings omit validate's features argument
    (mod as unknown as { validate(features: object): void }).validate(WASM_FEATURES);
    return new Uint8Array(mod.toBinary({ log: false }).buffer);
  } catch (e) {
    throw new WatBuildError(kernel, String((e as Error).message).replace(/^validate failed:\n/, ''));
  } finally {
    mod.destroy();
  }
}
