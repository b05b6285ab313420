/**
 * The python interpreter the independent checks run: the first of `python3` and Debian's
 * /usr/bin/python3 that can import numpy (a pyenv `python3` may lack numpy while the system one has
 * it through python3-numpy). Without numpy, tests call requireNumpy() and fail, never skip.
 */
import { spawnSync } from 'node:child_process';

export const NUMPY_MISSING = 'numpy is required for the independent check: apt-get install -y python3-numpy';

const PYTHONS = ['python3', '/usr/bin/python3'];
const checks = PYTHONS.map((p) => spawnSync(p, ['-c', 'import numpy'], { encoding: 'utf8' }));
const found = checks.findIndex((c) => c.status === 0);

export const PYTHON = PYTHONS[Math.max(0, found)]!;

/** Why numpy cannot be used (with the fix), or undefined when it can. */
export const numpyProblem: string | undefined =
  found >= 0 ? undefined : `${NUMPY_MISSING}\n(python3 -c "import numpy": ${checks[0]!.error?.message ?? checks[0]!.stderr.trim()})`;

/** Throws the install hint when numpy is missing: call it first in every test that needs numpy. */
export function requireNumpy(): void {
  if (numpyProblem) throw new Error(numpyProblem);
}
