#!/usr/bin/env node
/**
 * Sets up what convgen's tests and benchmarks need beyond `npm ci`, idempotently: each requirement is
 * checked first (fast, no network) and installed only when missing, saying what it installs. Where it
 * cannot install (no root, no apt, no network), it says exactly what to run and exits 1.
 *
 *   node scripts/setup.mjs              # the test suite's requirements (npm test runs this first)
 *   node scripts/setup.mjs peers        # only the named requirements (or groups)
 *   node scripts/setup.mjs --check      # report what is missing, install nothing (exit 1 if anything is)
 *   node scripts/setup.mjs --list       # the requirements and groups
 *
 * A requirement is one entry of REQUIREMENTS below: a check, an install step and the manual commands.
 * Later requirements (a browser, a local batch system) are added the same way, and to the groups.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
const say = (s) => console.log(`setup: ${s}`);

/** Runs a command; returns { ok, out } with stdout+stderr. `show` streams the output instead. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: opts.show ? 'inherit' : 'pipe', env: opts.env ?? process.env, cwd: opts.cwd ?? REPO });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), error: r.error };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = () => !isRoot && run('sudo', ['-n', 'true']).ok;
const hasApt = () => run('sh', ['-c', 'command -v apt-get && command -v dpkg']).ok;

/** Why apt cannot be used here, or undefined when it can (as root, or with password-less sudo). */
function aptUnavailable() {
  if (process.platform !== 'linux') return `this is ${process.platform}, not Debian/Ubuntu`;
  if (!hasApt()) return 'apt-get is not available (not Debian/Ubuntu)';
  if (!isRoot && !hasSudo()) return 'installing with apt needs root (or password-less sudo)';
  return undefined;
}

let aptUpdated = false;
/** apt-get install of Debian packages, system-wide; `apt-get update` once per run. Throws with apt's output. */
function aptInstall(packages) {
  const why = aptUnavailable();
  if (why) throw new Error(why);
  const wrap = (args) => (isRoot ? ['env', args] : ['sudo', ['-n', 'env', ...args]]);
  const env = ['DEBIAN_FRONTEND=noninteractive'];
  if (!aptUpdated) {
    say('apt-get update');
    const [c, a] = wrap([...env, 'apt-get', 'update', '-q']);
    const r = run(c, a);
    if (!r.ok) throw new Error(`apt-get update failed (no network or no mirror?):\n${r.out.split('\n').slice(-5).join('\n')}`);
    aptUpdated = true;
  }
  say(`apt-get install ${packages.join(' ')} (system-wide)`);
  const [c, a] = wrap([...env, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages]);
  const r = run(c, a);
  if (!r.ok) throw new Error(`apt-get install ${packages.join(' ')} failed:\n${r.out.split('\n').slice(-5).join('\n')}`);
}

/** The Pythons the tests try, in order (a pyenv `python3` may lack numpy while Debian's has it). */
const PYTHONS = [...(process.env.CONVGEN_PYTHON ? [process.env.CONVGEN_PYTHON] : []), 'python3', '/usr/bin/python3'];

function numpyPython() {
  for (const py of PYTHONS) {
    const r = run(py, ['-c', 'import sys, numpy; print(numpy.__version__, sys.executable)']);
    if (r.ok) return r.out.split('\n').pop();
  }
  return undefined;
}

const WEBGPU_DIR = join(REPO, '.webgpu');
const PEERS_DIR = join(REPO, 'bench', 'peers');

/** Version pinned by bench/peers/package-lock.json vs the one installed, for each of its packages. */
function peersState() {
  const lock = JSON.parse(readFileSync(join(PEERS_DIR, 'package-lock.json'), 'utf8'));
  const wanted = Object.keys(lock.packages[''].dependencies ?? {});
  const stale = [];
  for (const name of wanted) {
    const pinned = lock.packages[`node_modules/${name}`]?.version;
    const pj = join(PEERS_DIR, 'node_modules', name, 'package.json');
    const have = existsSync(pj) ? JSON.parse(readFileSync(pj, 'utf8')).version : undefined;
    if (have !== pinned) stale.push(`${name}@${pinned}${have ? ` (have ${have})` : ''}`);
  }
  return { wanted, stale };
}

/**
 * Every requirement: `check()` returns a short description when satisfied, else undefined;
 * `install()` installs (throws with the reason when it cannot); `manual` is what to run by hand.
 */
const REQUIREMENTS = {
  numpy: {
    what: 'python3 with numpy, for the independent float64 check of `convgen run` and the .npy tests',
    check() {
      const found = numpyPython();
      return found ? `numpy ${found.replace(' ', ' in ')}` : undefined;
    },
    install() {
      aptInstall(['python3-numpy']);
    },
    manual: ['apt-get install -y python3-numpy   # as root; or: python3 -m pip install numpy'],
  },
  webgpu: {
    what: 'a WebGPU adapter for the WGSL tests: on a machine without a GPU, Mesa\'s lavapipe (a CPU Vulkan driver) in .webgpu/ and the Vulkan loader libvulkan1',
    check() {
      if (process.platform === 'darwin' || process.platform === 'win32') return `not needed on ${process.platform} (Dawn uses ${process.platform === 'darwin' ? 'Metal' : 'D3D12'})`;
      const icd = process.env.VK_ICD_FILENAMES;
      const loader = run('sh', ['-c', "ldconfig -p 2>/dev/null | grep -q 'libvulkan\\.so\\.1 '"]).ok;
      if (icd && loader && icd.split(':').every((f) => existsSync(f))) return `Vulkan driver from VK_ICD_FILENAMES=${icd}`;
      const lib = join(WEBGPU_DIR, 'libvulkan_lvp.so');
      if (!loader || !existsSync(lib) || !existsSync(join(WEBGPU_DIR, 'lvp_icd.json')) || !existsSync(join(WEBGPU_DIR, 'VERSION'))) return undefined;
      // the ICD file holds an absolute path: a moved checkout needs it rewritten (the install step does)
      if (!readFileSync(join(WEBGPU_DIR, 'lvp_icd.json'), 'utf8').includes(lib)) return undefined;
      return `lavapipe from mesa-vulkan-drivers ${readFileSync(join(WEBGPU_DIR, 'VERSION'), 'utf8').trim()} in .webgpu/`;
    },
    install() {
      say('installing lavapipe (Mesa\'s CPU Vulkan driver, ~11 MB) into .webgpu/, and libvulkan1 with apt if missing');
      const r = run('bash', [join(REPO, 'scripts', 'setup-webgpu.sh')], { show: true });
      if (!r.ok) throw new Error(r.error ? r.error.message : 'scripts/setup-webgpu.sh failed (its message is above)');
    },
    manual: ['bash scripts/setup-webgpu.sh   # as root: apt for libvulkan1, the Debian mirror for Mesa 25', 'or install a Vulkan driver yourself and set VK_ICD_FILENAMES to its ICD file'],
  },
  peers: {
    what: 'onnxruntime-node for the benchmark and its tests, in its own package bench/peers/ (its install script, which would fetch CUDA binaries from outside the npm registry, is skipped)',
    check() {
      const { wanted, stale } = peersState();
      return stale.length === 0 ? `${wanted.join(', ')} in bench/peers/node_modules` : undefined;
    },
    install() {
      const { stale } = peersState();
      say(`npm ci in bench/peers (${stale.join(', ')}; ONNXRUNTIME_NODE_INSTALL=skip: no CUDA download)`);
      const env = { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip' };
      // npm_config_* of the npm that runs us (npm test) would leak into the nested install
      for (const k of Object.keys(env)) if (k.startsWith('npm_')) delete env[k];
      const r = run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS_DIR, env });
      if (!r.ok) throw new Error(`npm ci in bench/peers failed:\n${r.out.split('\n').slice(-8).join('\n')}`);
    },
    manual: ['cd bench/peers && ONNXRUNTIME_NODE_INSTALL=skip npm ci'],
  },
  chromium: {
    what: "a headless browser for the test that opens the tuner's HTML report: Debian's chromium, driven by playwright-core (npm) through its executablePath",
    check() {
      for (const p of [process.env.CONVGEN_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean)) {
        if (!existsSync(p)) continue;
        const r = run(p, ['--version']);
        if (r.ok) return `${r.out.split('\n').find((l) => /chrom/i.test(l)) ?? 'a browser'} at ${p}`;
      }
      return undefined;
    },
    install() {
      aptInstall(['chromium']);
    },
    manual: ['apt-get install -y chromium   # as root; or set CONVGEN_CHROMIUM to a Chromium or Chrome binary'],
  },
  slurm: {
    what: "a batch system for the test of the tuner's sharded sweeps: Debian's Slurm (slurmctld, slurmd, the clients) and munge; the test starts a one-node cluster on this machine with scripts/slurm-local.mjs",
    check() {
      // slurmctld and slurmd live in /usr/sbin, which a user's PATH may lack
      const find = (p) => ['/usr/bin', '/usr/sbin', '/bin', '/sbin', '/usr/local/bin', '/usr/local/sbin'].map((d) => join(d, p)).find((f) => existsSync(f));
      const bins = ['sbatch', 'squeue', 'scontrol', 'sinfo', 'slurmctld', 'slurmd', 'munged', 'munge'].map((p) => [p, find(p)]);
      if (bins.some(([, f]) => !f)) return undefined;
      const at = Object.fromEntries(bins);
      // the clients' --version needs a configuration; the daemons' does not
      const slurm = run(at.slurmd, ['-V']);
      const munge = run(at.munged, ['--version']);
      if (!slurm.ok || !munge.ok) return undefined;
      return `${slurm.out.split('\n')[0]}, ${munge.out.split('\n')[0].split(' ')[0]}`;
    },
    install() {
      aptInstall(['slurm-wlm', 'munge']);
    },
    manual: ['apt-get install -y slurm-wlm munge   # as root; the test then runs: node scripts/slurm-local.mjs start (a one-node cluster, as root)'],
  },
};

const GROUPS = {
  test: ['numpy', 'webgpu', 'peers', 'chromium', 'slurm'],
  bench: ['peers'],
};

function main(argv) {
  const flags = new Set(argv.filter((a) => a.startsWith('-')));
  const names = argv.filter((a) => !a.startsWith('-'));
  for (const f of flags) {
    if (!['--check', '--list', '--help', '-h'].includes(f)) {
      console.error(`setup: unknown option ${f} (options: --check, --list, --help)`);
      return 2;
    }
  }
  if (flags.has('--help') || flags.has('-h') || flags.has('--list')) {
    console.log('usage: node scripts/setup.mjs [--check] [REQUIREMENT|GROUP ...]   (default: test)\n\nrequirements:');
    for (const [n, r] of Object.entries(REQUIREMENTS)) console.log(`  ${n.padEnd(8)} ${r.what}`);
    console.log('groups:');
    for (const [g, list] of Object.entries(GROUPS)) console.log(`  ${g.padEnd(8)} ${list.join(', ')}`);
    return 0;
  }
  const wanted = [];
  for (const n of names.length ? names : ['test']) {
    const list = GROUPS[n] ?? (REQUIREMENTS[n] ? [n] : undefined);
    if (!list) {
      console.error(`setup: unknown requirement ${JSON.stringify(n)}; one of ${[...Object.keys(REQUIREMENTS), ...Object.keys(GROUPS)].join(', ')}`);
      return 2;
    }
    for (const r of list) if (!wanted.includes(r)) wanted.push(r);
  }
  const t0 = Date.now();
  const ready = [];
  const failed = [];
  for (const name of wanted) {
    const req = REQUIREMENTS[name];
    const found = req.check();
    if (found) {
      ready.push(`${name} (${found})`);
      continue;
    }
    if (flags.has('--check')) {
      failed.push({ name, req, why: 'missing' });
      continue;
    }
    say(`${name}: missing: ${req.what}; installing`);
    try {
      req.install();
      const now = req.check();
      if (!now) throw new Error('installed, but the check still fails');
      say(`${name}: installed: ${now}`);
    } catch (e) {
      failed.push({ name, req, why: e.message });
    }
  }
  if (ready.length) say(`in place: ${ready.join('; ')} [${((Date.now() - t0) / 1000).toFixed(1)} s]`);
  for (const { name, req, why } of failed) {
    console.error(`setup: ${name}: ${why === 'missing' ? 'missing' : `cannot install here: ${why}`}`);
    console.error(`setup: ${name} is ${req.what}. To set it up, run:`);
    for (const m of req.manual) console.error(`    ${m}`);
  }
  if (failed.length) console.error(`setup: ${failed.map((f) => f.name).join(', ')} not set up; then run this again (node scripts/setup.mjs ${names.join(' ')})`.trimEnd());
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
