#!/usr/bin/env node
/**
 * A one-node Slurm cluster on this machine, from Debian's packages (slurm-wlm, munge: install them
 * with `node scripts/setup.mjs slurm`), for the test of the tuner's sharded sweeps (and for trying
 * `convgen tune --shard auto` by hand). No systemd needed: the daemons are started directly.
 *
 *   node scripts/slurm-local.mjs start [--json]    # idempotent: returns at once when already up
 *   node scripts/slurm-local.mjs status [--json]   # exit 0 when the node is ready, else 1
 *   node scripts/slurm-local.mjs stop              # stops the daemons it started; keeps the state dir
 *   node scripts/slurm-local.mjs env               # prints `export SLURM_CONF=...` for a shell
 *
 * Everything lives in one state folder outside the repository, CONVGEN_SLURM_DIR or
 * /tmp/convgen-slurm: slurm.conf (and an empty cgroup.conf), spool folders, logs, pid files. The
 * Slurm commands find this cluster through SLURM_CONF=<state>/slurm.conf (without it they read
 * /etc/slurm/slurm.conf, or try a DNS SRV lookup, and fail); `--json` prints
 * {"conf": ..., "ready": ..., ...} on stdout, the progress messages go to stderr.
 *
 * It uses the system's munge (the default socket, /etc/munge/munge.key): a running munged is
 * reused; otherwise the key is created when missing and munged is started as the munge user.
 * slurmctld and slurmd run as root (SlurmUser=root), on ports of their own (not Slurm's default
 * 6817/6818, so that a real Slurm on the machine is left alone). Needs root.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync, chownSync, chmodSync } from 'node:fs';
import { cpus, hostname, totalmem } from 'node:os';
import { join } from 'node:path';

const STATE = process.env.CONVGEN_SLURM_DIR || '/tmp/convgen-slurm';
const CONF = join(STATE, 'slurm.conf');
const LOG = join(STATE, 'log');
const CTLD_PORT = Number(process.env.CONVGEN_SLURM_PORT || 17817);
const READY_TIMEOUT_S = Number(process.env.CONVGEN_SLURM_TIMEOUT || 90);
const SBIN = ['/usr/sbin', '/sbin', '/usr/local/sbin', '/usr/bin', '/usr/local/bin'];
const PATH = [...new Set([...(process.env.PATH ?? '').split(':').filter(Boolean), ...SBIN])].join(':');
const ENV = { ...process.env, PATH, SLURM_CONF: CONF };

let quiet = false;
const say = (s) => {
  if (!quiet) process.stderr.write(`slurm-local: ${s}\n`);
};
const sleep = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Runs a command to completion (no shell); { ok, status, out } with stdout+stderr. */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: ENV, timeout: opts.timeout ?? 20_000, input: opts.input, stdio: [opts.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'] });
  return { ok: r.status === 0, status: r.status, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), error: r.error };
}

/** The absolute path of a program (looking in the sbin folders too), or undefined. */
function which(prog) {
  for (const d of PATH.split(':')) {
    const p = join(d, prog);
    try {
      if (statSync(p).isFile()) return p;
    } catch {
      /* not here */
    }
  }
  return undefined;
}

function need(prog) {
  const p = which(prog);
  if (!p) throw new Error(`${prog} is not installed; install Slurm and munge with: node scripts/setup.mjs slurm   (as root: apt-get install slurm-wlm munge)`);
  return p;
}

/** Whether a process runs (not a zombie) under the expected name. */
function alive(pid, name) {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return comm.startsWith(name.slice(0, 15)) && state !== 'Z' && state !== 'X';
  } catch {
    return true; // no /proc: trust the pid
  }
}

/** A daemon's process from its pid file, when it is alive and its command is the expected one. */
function pidOf(pidFile, name) {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && alive(pid, name) ? pid : undefined;
}

/** This machine's short host name (`hostname -s`): the node's name, and the controller's. */
const nodeName = () => hostname().split('.')[0] || 'localhost';

/** Slurm's own view of this machine's cores (`slurmd -C`), falling back on Node's. */
function hardware() {
  const r = run(need('slurmd'), ['-C']);
  const get = (k) => Number((r.out.match(new RegExp(`\\b${k}=(\\d+)`)) ?? [])[1]);
  const hw = { cpus: get('CPUs'), sockets: get('SocketsPerBoard'), cores: get('CoresPerSocket'), threads: get('ThreadsPerCore'), memory: get('RealMemory') };
  if (!r.ok || !(hw.cpus > 0)) return { cpus: cpus().length, memory: Math.floor(totalmem() / 2 ** 20) };
  return hw;
}

function slurmConf(node) {
  const hw = hardware();
  const topo = hw.sockets > 0 && hw.cores > 0 && hw.threads > 0 ? ` Sockets=${hw.sockets} CoresPerSocket=${hw.cores} ThreadsPerCore=${hw.threads}` : '';
  // a small RealMemory: memory is not a consumable here (CR_Core), and a node that reports less
  // than its configured memory would be drained
  const mem = Math.max(1, Math.min(1024, hw.memory || 1024));
  return `# generated by convgen's scripts/slurm-local.mjs: a one-node cluster on this machine
ClusterName=convgen
SlurmctldHost=${node}(127.0.0.1)
SlurmctldPort=${CTLD_PORT}
SlurmdPort=${CTLD_PORT + 1}
AuthType=auth/munge
CredType=cred/munge
SlurmUser=root
SlurmdUser=root
StateSaveLocation=${STATE}/ctld
SlurmdSpoolDir=${STATE}/spool
SlurmctldPidFile=${STATE}/slurmctld.pid
SlurmdPidFile=${STATE}/slurmd.pid
SlurmctldLogFile=${LOG}/slurmctld.log
SlurmdLogFile=${LOG}/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# no cgroups (containers): processes tracked through /proc, no task binding, no accounting
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
MailProg=/bin/true
SwitchType=switch/none
SchedulerType=sched/backfill
# schedule at once (the defaults wait seconds between passes: slow for short test jobs)
SchedulerParameters=sched_interval=1,sched_min_interval=0,batch_sched_delay=0,bf_interval=1
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
ReturnToService=2
# finished jobs stay visible to scontrol show job for 5 minutes (their exit codes)
MinJobAge=300
SlurmdTimeout=300
InactiveLimit=0
KillWait=10
MaxArraySize=1001
NodeName=${node} NodeAddr=127.0.0.1 NodeHostname=${node} CPUs=${hw.cpus}${topo} RealMemory=${mem} State=UNKNOWN
PartitionName=local Nodes=${node} Default=YES MaxTime=INFINITE State=UP
`;
}

/** munged answers: a credential made and decoded. */
const mungeWorks = () => (which('munge') && which('unmunge') ? run('sh', ['-c', 'munge -n | unmunge'], { timeout: 10_000 }).ok : false);

function startMunge() {
  if (mungeWorks()) return say('munged: already running');
  const munged = need('munged');
  const id = (opt) => Number(run('id', [opt, 'munge']).out);
  const uid = id('-u');
  const gid = id('-g');
  if (!(uid > 0)) throw new Error('there is no "munge" user (is the munge package installed? node scripts/setup.mjs slurm)');
  for (const [dir, mode] of [
    ['/etc/munge', 0o700],
    ['/var/lib/munge', 0o711],
    ['/var/log/munge', 0o700],
    ['/run/munge', 0o755],
  ]) {
    mkdirSync(dir, { recursive: true });
    chownSync(dir, uid, gid);
    chmodSync(dir, mode);
  }
  const key = '/etc/munge/munge.key';
  if (!existsSync(key)) {
    say(`creating the munge key ${key}`);
    const mk = which('mungekey');
    const r = mk ? run(mk, ['--create', `--keyfile=${key}`]) : run('dd', ['if=/dev/urandom', `of=${key}`, 'bs=1024', 'count=1']);
    if (!r.ok) throw new Error(`cannot create ${key}: ${r.out}`);
  }
  chownSync(key, uid, gid);
  chmodSync(key, 0o400);
  say('starting munged (as the munge user)');
  const out = openSync(join(LOG, 'munged.out'), 'a');
  const r = spawnSync(munged, [], { uid, gid, env: ENV, stdio: ['ignore', out, out], timeout: 20_000 });
  closeSync(out);
  // munged forks and its parent exits; the pid file is its own (/run/munge/munged.pid)
  writeFileSync(join(STATE, 'munged.ours'), 'munged was started by slurm-local.mjs; stop stops it\n');
  for (let i = 0; i < 50 && !mungeWorks(); i++) sleep(100);
  if (!mungeWorks()) throw new Error(`munged did not start (exit ${r.status}):\n${tail(join(LOG, 'munged.out'))}\n${tail('/var/log/munge/munged.log')}`);
}

function tail(file, n = 25) {
  if (!existsSync(file)) return `  (${file}: none)`;
  const lines = readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n);
  return `  --- ${file} (last ${lines.length} lines)\n${lines.map((l) => `  ${l}`).join('\n')}`;
}

function daemons() {
  return {
    munged: pidOf('/run/munge/munged.pid', 'munged'),
    slurmctld: pidOf(join(STATE, 'slurmctld.pid'), 'slurmctld'),
    slurmd: pidOf(join(STATE, 'slurmd.pid'), 'slurmd'),
  };
}

/** The node's state as sinfo says it (idle, mix, alloc, down*, drain, ...), or undefined. */
function nodeState(node) {
  if (!existsSync(CONF) || !which('sinfo')) return undefined;
  const r = run('sinfo', ['-h', '-N', '-n', node, '-o', '%t'], { timeout: 15_000 });
  return r.ok ? r.out.split('\n')[0].trim() || undefined : undefined;
}

const READY = /^(idle|mix|alloc|comp)$/;

function status(node = nodeName()) {
  const d = daemons();
  const state = d.slurmctld ? nodeState(node) : undefined;
  return {
    conf: CONF,
    stateDir: STATE,
    node,
    nodeState: state ?? null,
    ready: Boolean(d.slurmctld && d.slurmd && state && READY.test(state)),
    daemons: { munged: d.munged ?? null, slurmctld: d.slurmctld ?? null, slurmd: d.slurmd ?? null },
    env: { SLURM_CONF: CONF },
    logs: LOG,
  };
}

function kill(pid, name) {
  if (!pid) return;
  say(`stopping ${name} (pid ${pid})`);
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    if (!alive(pid, name)) return;
    sleep(100);
  }
  say(`${name} (pid ${pid}) did not stop on SIGTERM in 10 s; SIGKILL`);
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone */
  }
}

function stopSlurm() {
  const d = daemons();
  kill(d.slurmd, 'slurmd');
  kill(d.slurmctld, 'slurmctld');
}

function stop() {
  withLock(() => {
    stopSlurm();
    const ours = join(STATE, 'munged.ours');
    if (existsSync(ours)) {
      kill(daemons().munged, 'munged');
      rmSync(ours, { force: true });
    } else if (daemons().munged) say('munged: left running (not started by this script)');
  });
}

/** One start/stop at a time (a lock file holding the pid; a dead holder's lock is taken over). */
function withLock(fn) {
  mkdirSync(STATE, { recursive: true });
  const lock = join(STATE, 'lock');
  for (let waited = 0; ; waited += 200) {
    try {
      const fd = openSync(lock, 'wx');
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(lock, 'utf8').trim());
      let alive = false;
      try {
        if (holder > 0) process.kill(holder, 0), (alive = true);
      } catch {
        /* dead */
      }
      if (!alive) {
        rmSync(lock, { force: true });
        continue;
      }
      if (waited === 0) say(`waiting for another slurm-local.mjs (pid ${holder})`);
      if (waited > 300_000) throw new Error(`${lock}: held by pid ${holder} for 5 minutes`);
      sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { force: true });
  }
}

function start() {
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error('a local Slurm needs root (slurmd runs jobs as their user, munged and the key need the munge user); run as root, e.g. sudo node scripts/slurm-local.mjs start');
  }
  for (const p of ['sbatch', 'sinfo', 'squeue', 'scontrol', 'slurmctld', 'slurmd', 'munged', 'munge']) need(p);
  const t0 = Date.now();
  return withLock(() => {
    const node = nodeName();
    for (const d of [STATE, LOG, join(STATE, 'ctld'), join(STATE, 'spool')]) mkdirSync(d, { recursive: true });
    const conf = slurmConf(node);
    const changed = !existsSync(CONF) || readFileSync(CONF, 'utf8') !== conf;
    if (!changed && mungeWorks()) {
      const s = status(node);
      if (s.ready) {
        say(`already running: node ${node} ${s.nodeState} (SLURM_CONF=${CONF})`);
        return s;
      }
    }
    if (changed) {
      stopSlurm();
      say(`writing ${CONF}`);
      writeFileSync(CONF, conf);
      // cgroup.conf is read by slurmd even with proctrack/linuxproc; nothing in it is needed
      writeFileSync(join(STATE, 'cgroup.conf'), '# generated by slurm-local.mjs: no cgroup plugin is used (ProctrackType=proctrack/linuxproc, TaskPlugin=task/none)\n');
    }
    startMunge();
    let d = daemons();
    if (!d.slurmctld) {
      say('starting slurmctld');
      spawnDaemon(need('slurmctld'), ['-f', CONF], 'slurmctld');
    }
    // a slurmd started now counts once it has registered (its log says so): until then sinfo may
    // still show the state the controller remembers from the previous slurmd
    let registered = () => true;
    if (!d.slurmd) {
      const log = join(LOG, 'slurmd.log');
      const from = existsSync(log) ? statSync(log).size : 0;
      registered = () => existsSync(log) && readFileSync(log, 'utf8').slice(from).includes('slurmd started on');
      say('starting slurmd');
      spawnDaemon(need('slurmd'), ['-f', CONF, '-N', node], 'slurmd');
    }
    // wait for the node to register and be schedulable
    let resumed = false;
    let last;
    for (;;) {
      const s = status(node);
      last = s;
      if (s.ready && registered()) {
        say(`ready in ${((Date.now() - t0) / 1000).toFixed(1)} s: node ${node} ${s.nodeState}; export SLURM_CONF=${CONF}`);
        return s;
      }
      d = daemons();
      if (!d.slurmctld || !d.slurmd) {
        // a daemon that exited at start: give it a moment to write its pid file first
        sleep(1000);
        d = daemons();
        if (!d.slurmctld || !d.slurmd) throw new Error(`${!d.slurmctld ? 'slurmctld' : 'slurmd'} is not running (it exited at start?)\n${logTails()}`);
      }
      // a node left down or drained by an earlier run (a killed slurmd): return it to service once
      if (!resumed && s.nodeState && /^(down|drain|drng|fail)/.test(s.nodeState)) {
        say(`node ${node} is ${s.nodeState}: resuming it`);
        run('scontrol', ['update', `NodeName=${node}`, 'State=RESUME']);
        resumed = true;
      }
      if (Date.now() - t0 > READY_TIMEOUT_S * 1000) {
        throw new Error(`the node did not become ready in ${READY_TIMEOUT_S} s (sinfo says ${JSON.stringify(last.nodeState)}; daemons ${JSON.stringify(last.daemons)})\n${logTails()}`);
      }
      sleep(500);
    }
  });
}

function logTails() {
  const reason = existsSync(CONF) ? run('scontrol', ['show', 'node'], { timeout: 10_000 }).out : '';
  return [reason && `  --- scontrol show node\n${reason.replace(/^/gm, '  ')}`, tail(join(LOG, 'slurmctld.log')), tail(join(LOG, 'slurmd.log')), tail(join(LOG, 'slurmctld.out'), 10), tail(join(LOG, 'slurmd.out'), 10)].filter(Boolean).join('\n');
}

/** Starts a daemon that forks itself into the background; its stdio goes to a log, never to our pipes. */
function spawnDaemon(bin, args, name) {
  const out = openSync(join(LOG, `${name}.out`), 'a');
  const r = spawnSync(bin, args, { env: ENV, stdio: ['ignore', out, out], timeout: 30_000 });
  closeSync(out);
  if (r.status !== 0) throw new Error(`${name} ${args.join(' ')} exited with ${r.status ?? r.signal ?? r.error?.message}\n${logTails()}`);
}

function main(argv) {
  const json = argv.includes('--json');
  const [cmd = 'status'] = argv.filter((a) => !a.startsWith('-'));
  const print = (s) => {
    if (json) console.log(JSON.stringify(s, null, 2));
    else console.log(`${s.ready ? 'ready' : 'not ready'}: node ${s.node} ${s.nodeState ?? '(no answer)'}; slurmctld ${s.daemons.slurmctld ?? '-'}, slurmd ${s.daemons.slurmd ?? '-'}, munged ${s.daemons.munged ?? '-'}\nexport SLURM_CONF=${s.conf}`);
  };
  try {
    switch (cmd) {
      case 'start':
        print(start());
        return 0;
      case 'status': {
        const s = status();
        print(s);
        return s.ready ? 0 : 1;
      }
      case 'stop':
        stop();
        return 0;
      case 'env':
        console.log(`export SLURM_CONF=${CONF}`);
        return 0;
      case 'logs':
        console.log(logTails());
        return 0;
      default:
        console.error('usage: node scripts/slurm-local.mjs start|stop|status|env|logs [--json]');
        return 2;
    }
  } catch (e) {
    console.error(`slurm-local: ${cmd}: ${e.message}`);
    if (json) console.log(JSON.stringify({ ...status(), error: e.message }, null, 2));
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
