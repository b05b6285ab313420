/**
 * The tuner: for each (layer, pass) task of a sweep, the search space (space.ts), a strategy
 * (search.ts) and a measurer that builds each candidate, verifies it against the float64
 * reference before it is ever timed, and times it in rounds interleaved with the default
 * schedule (re-timed before and after every few candidates), so that a slow spell of the machine
 * hits both alike. Every measured candidate becomes a record of the database (db.ts), failures
 * included with their reason; the selection rule (select.ts) picks the result.
 *
 * A task is done when the database holds its default's record (written last, with the task's
 * other records): resuming skips it and measures nothing. A task cut short (the process killed)
 * resumes with the candidates it recorded taken as measured.
 */
import { performance } from 'node:perf_hooks';
import type { LayerSpec, Pass } from '../layer/types.js';
import { flops } from '../passes/index.js';
import { checkSchedule, type Schedule } from '../schedule/index.js';
import { scheduleFor, targetByName, kernelArtifact, codeOptions } from '../targets/index.js';
import type { Kernel } from '../targets/kernel.js';
import { LayerCase, verifyKernel } from '../verify/index.js';
import { median, quantile, collectGarbage } from '../run/time.js';
import { PeakLoop } from '../run/peak.js';
import { GENERATOR_VERSION } from '../version.js';
import { appendRecords, makeRecord, readDb, type DbProblem, type RecordStatus, type TuneRecord } from './db.js';
import { targetFingerprint, type MachineFingerprint } from './machine.js';
import { gpuSearchSpace, searchSpace, textHash, type Candidate } from './space.js';
import { search, medianRatio, type Entry, type Measurer, type Strategy } from './search.js';
import { recordsFor, selectAmong, type Selection } from './select.js';

export interface TuneOptions {
  target: 'wasm' | 'webgpu';
  passes: readonly Pass[];
  /** the database file (JSON lines; appended to, never rewritten) */
  db: string;
  strategy: Strategy;
  /** wall-clock budget of the whole sweep (this shard), ms */
  budgetMs?: number;
  /** candidates measured per task at most (the default not counted) */
  trials?: number;
  /** rounds a finalist is timed in (and every candidate, exhaustive) */
  rounds: number;
  /** wasm: worker threads of every schedule; fma of the default and the space */
  threads: number;
  fma?: boolean;
  /** this shard of the sweep's tasks: task i goes to shard i mod count */
  shard?: { index: number; count: number };
  seed: number;
  /** progress, for the command line */
  onEvent?: (e: TuneEvent) => void;
}

export interface TaskRef {
  spec: LayerSpec;
  pass: Pass;
  /** 1-based position among this shard's tasks, and their number */
  index: number;
  total: number;
}

export type TuneEvent =
  | { type: 'start'; tasks: number; sweepTasks: number; deadline?: number }
  | { type: 'task'; task: TaskRef; space: number; resumed: number }
  | { type: 'skip'; task: TaskRef; records: number; selection?: Selection }
  | { type: 'candidate'; task: TaskRef; measured: number; failed: number; planned: number; best?: { speedup: number; schedule: Schedule }; etaMs?: number }
  | { type: 'done'; task: TaskRef; result: TaskResult }
  | { type: 'recheck'; task: TaskRef; before?: Selection; after?: Selection; rechecked: number };

export interface TaskResult {
  spec: LayerSpec;
  pass: Pass;
  /** candidates measured by this run (the default included) */
  measured: number;
  failed: number;
  /** records the database had for it before */
  reused: number;
  skipped: boolean;
  space: number;
  selection?: Selection;
  ms: number;
}

export interface TuneResult {
  tasks: TaskResult[];
  /** every record of the database after the sweep (the report's input) */
  records: TuneRecord[];
  problems: DbProblem[];
  machine: MachineFingerprint;
  ms: number;
}

/** The sweep's tasks in order (each layer's passes), and this shard's share of them. */
export function sweepTasks<T>(specs: readonly T[], passes: readonly Pass[], shard?: { index: number; count: number }): { spec: T; pass: Pass }[] {
  const all = specs.flatMap((spec) => passes.map((pass) => ({ spec, pass })));
  return shard ? all.filter((_, i) => i % shard.count === shard.index) : all;
}

/** p20, p50 and p80 of xs. */
const quantiles = (xs: readonly number[]) => ({ p20: quantile(xs, 0.2), p50: quantile(xs, 0.5), p80: quantile(xs, 0.8) });

/** One candidate in the measurer (the default is one too, outside the strategy's entries). */
class Live implements Entry {
  kernel?: Kernel;
  status?: RecordStatus;
  reason?: string;
  relError?: number;
  ratios: number[] = [];
  roundMs: number[] = [];
  peaks: number[] = [];
  costMs = 0;
  /** about how long one run takes (the last timing's median), for sizing the next timing */
  estMs = 1;
  built = false;
  confirmed = false;
  rechecked = false;
  constructor(
    readonly index: number,
    readonly schedule: Schedule,
    readonly record?: TuneRecord,
  ) {}
  get fixed(): boolean {
    return this.record !== undefined;
  }
  get failed(): boolean {
    return this.record ? this.record.status !== 'ok' : this.status !== undefined && this.status !== 'ok';
  }
  get seen(): boolean {
    return this.fixed || this.built;
  }
}

/** Rounds of a candidate: timed runs adding up to about this long (at least MIN_RUNS); confirmation rounds: CONFIRM_MS. */
const ROUND_MS = 4;
const CONFIRM_MS = 10;
/** Warm-up of a new kernel: at least this long (and 3 runs). */
const WARMUP_MS = 25;
const MIN_RUNS = 2;
const MAX_RUNS = 400;
/** A candidate whose run takes this many times the default's (and over 5 ms) is stopped: status timeout. */
const TIMEOUT_FACTOR = 20;

class TaskMeasurer implements Measurer {
  readonly entries: Live[];
  private readonly def: Live;
  private fresh = 0;
  private defMs = NaN;
  /** candidates an earlier, unfinished run of the task recorded */
  private readonly recorded: number;

  constructor(
    private readonly spec: LayerSpec,
    private readonly pass: Pass,
    private readonly target: 'wasm' | 'webgpu',
    readonly defaultSchedule: Schedule,
    candidates: Candidate[],
    prior: Map<string, TuneRecord>,
    private readonly keyOf: (s: Schedule) => string,
    private readonly c: LayerCase,
    private readonly peak: PeakLoop | undefined,
    private readonly limits: { deadline?: number; reserveFrom: number; trials?: number; threads: number },
    private readonly onMeasured: () => void,
  ) {
    this.def = new Live(-1, defaultSchedule);
    this.entries = candidates.map((cand, i) => new Live(i, cand.schedule, prior.get(keyOf(cand.schedule))));
    this.recorded = this.entries.filter((e) => e.fixed).length;
  }

  get measured(): Live[] {
    return this.entries.filter((e) => !e.fixed && e.built);
  }

  roomFor(n: number): boolean {
    // trials count the candidates recorded by an earlier, unfinished run of the task too
    if (this.limits.trials !== undefined && this.fresh + this.recorded + n > this.limits.trials) return false;
    if (this.limits.deadline === undefined) return true;
    // the cost of a candidate so far (build, verify, one round), times n, before the reserve
    const per = this.fresh > 0 ? this.measured.reduce((a, e) => a + e.costMs, 0) / this.fresh : 0;
    return performance.now() + per * n < this.limits.reserveFrom;
  }

  timeLeft(reserveFraction: number): boolean {
    if (this.limits.deadline === undefined) return true;
    const span = this.limits.deadline - this.limits.reserveFrom;
    return performance.now() < this.limits.deadline - span * reserveFraction * 4;
  }

  drop(entry: Entry): void {
    const e = entry as Live;
    e.kernel?.close();
    e.kernel = undefined;
  }

  /** Builds, loads and verifies; sets status on failure. */
  private async build(e: Live): Promise<void> {
    e.built = true;
    try {
      checkSchedule(this.spec, this.pass, e.schedule);
      const t = targetByName(this.target);
      const artifact = await t.assemble(kernelArtifact(this.spec, this.pass, { target: this.target, schedule: e.schedule }));
      e.kernel = await t.load(artifact);
    } catch (err) {
      e.status = 'build-failed';
      e.reason = (err as Error).message.split('\n').slice(0, 3).join(' ');
      return;
    }
    try {
      const v = await verifyKernel(e.kernel, this.c, this.target);
      e.relError = v.relError;
      if (!v.ok) {
        e.status = 'verify-failed';
        e.reason = `${v.problem ?? 'wrong result'} (rel error ${Number.isFinite(v.relError) ? v.relError.toExponential(2) : String(v.relError)})`;
        this.drop(e);
        return;
      }
    } catch (err) {
      e.status = 'error';
      e.reason = (err as Error).message.split('\n')[0];
      this.drop(e);
    }
  }

  /** One timing of a candidate's kernel: the median of enough runs to add up to `targetMs`. */
  private async timeOnce(e: Live, targetMs = ROUND_MS): Promise<number> {
    const runner = e.kernel!.runner as { run(): void | Promise<void>; time?: (runs: number, warmup: number) => Promise<{ medianMs: number }> };
    if (this.target === 'webgpu') {
      e.estMs = (await runner.time!(Math.max(MIN_RUNS, Math.min(50, Math.ceil(targetMs / e.estMs))), 0)).medianMs;
      return e.estMs;
    }
    const runs = Math.max(MIN_RUNS, Math.min(MAX_RUNS, Math.ceil(targetMs / Math.max(e.estMs, 1e-3))));
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      runner.run();
      samples.push(performance.now() - t0);
    }
    e.estMs = median(samples);
    return e.estMs;
  }

  /**
   * Warm-up runs (the engine's optimizing tier; a GPU driver compiling at first dispatch) and the
   * time-out check on the fastest of them; false when it timed out.
   */
  private async warm(e: Live): Promise<boolean> {
    const k = e.kernel!;
    // over 5 ms and TIMEOUT_FACTOR times the default's run: a time-out (never the default's own)
    const tooSlow = (ms: number) => e !== this.def && ms > 5 && ms > TIMEOUT_FACTOR * this.defMs;
    let fastest = Infinity;
    let last = Infinity;
    // at least 3 runs and WARMUP_MS: the engine compiles the optimized code in the background and
    // switches to it at a later call (a candidate timed before that would look slow)
    const t0 = performance.now();
    for (let i = 0; i < 1000 && (i < 3 || performance.now() - t0 < WARMUP_MS); i++) {
      const t1 = performance.now();
      await k.runner.run();
      last = performance.now() - t1;
      fastest = Math.min(fastest, last);
      // hopeless already: a first run that slow is not waited for twice more
      if (e !== this.def && i === 0 && last > 1000 && last > 100 * TIMEOUT_FACTOR * this.defMs) break;
      if (i >= 2 && tooSlow(fastest)) break;
    }
    if (tooSlow(fastest)) {
      e.status = 'timeout';
      e.reason = `its fastest warm-up run took ${fastest.toFixed(1)} ms, over ${TIMEOUT_FACTOR}x the default's ${this.defMs.toFixed(2)} ms`;
      this.drop(e);
      return false;
    }
    e.estMs = last;
    return true;
  }

  /** The default, built and verified first: a task whose default fails stops there. */
  async start(): Promise<Live> {
    const t0 = performance.now();
    await this.build(this.def);
    if (this.def.status) return this.def;
    await this.warm(this.def);
    this.defMs = await this.timeOnce(this.def);
    this.def.costMs += performance.now() - t0;
    return this.def;
  }

  /**
   * Fresh rounds for the finalists: what the search measured of them is set aside (picked as the
   * best of many, their screening figures flatter them), and their records hold these rounds
   * only, marked confirmed; the selection rule takes only confirmed candidates.
   */
  async confirm(list: readonly Entry[], rounds: number): Promise<void> {
    const es = (list as Live[]).filter((e) => !e.fixed && !e.failed && e.kernel);
    for (const e of es) {
      e.ratios = [];
      e.roundMs = [];
      e.peaks = [];
      e.confirmed = true;
    }
    for (let r = 0; r < rounds && this.timeLeft(0); r++) await this.evaluate(es, 1, CONFIRM_MS);
  }

  async evaluate(list: readonly Entry[], rounds: number, targetMs = ROUND_MS): Promise<void> {
    const es = list as Live[];
    for (const e of es) {
      if (e.fixed || e.built) continue;
      const t0 = performance.now();
      this.fresh++;
      await this.build(e);
      if (!e.status) await this.warm(e);
      e.costMs += performance.now() - t0;
      this.onMeasured();
    }
    const live = es.filter((e) => !e.fixed && !e.failed && e.kernel);
    if (live.length === 0) return;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      // default, the candidates, default: each ratio against the geometric mean of the two
      const before = await this.timeOnce(this.def, targetMs);
      const ms: number[] = [];
      for (const e of live) ms.push(await this.timeOnce(e, targetMs));
      const after = await this.timeOnce(this.def, targetMs);
      const peak = this.peak?.gflops();
      const ref = Math.sqrt(before * after);
      this.def.roundMs.push(before, after);
      live.forEach((e, i) => {
        e.roundMs.push(ms[i]!);
        e.ratios.push(ms[i]! / ref);
        if (peak !== undefined) e.peaks.push(peak);
      });
      if (peak !== undefined) this.def.peaks.push(peak);
      const spent = performance.now() - t0;
      for (const e of live) e.costMs += spent / (live.length + 1);
      this.def.costMs += spent / (live.length + 1);
    }
    this.onMeasured();
  }

  /** Times the default alone where no round timed it (every candidate was recorded before): its record closes the task. */
  async timeDefaultAlone(rounds: number): Promise<void> {
    if (this.def.status || this.def.roundMs.length > 0) return;
    for (let r = 0; r < rounds; r++) {
      const ms = await this.timeOnce(this.def);
      this.def.roundMs.push(ms, ms);
      const peak = this.peak?.gflops();
      if (peak !== undefined) this.def.peaks.push(peak);
    }
  }

  /**
   * Finalists that may still replace the default (confirmed, p80 ratio below 1): their records
   * wait for the recheck (`recheck`), the rest of the task's are written at its end.
   */
  pendingFinalists(): Live[] {
    return this.entries.filter((e) => e.confirmed && !e.failed && e.ratios.length > 0 && quantiles(e.ratios).p80 < 1);
  }

  /**
   * Fresh rounds for the pending finalists later in the sweep (after the other tasks): the
   * machine's state then is not the one they were confirmed in, and a win that was only that
   * state's (this VM's slow spells change kernels' speeds relative to each other) shows up. The
   * rounds are added to their confirmation rounds; the selection rule judges them all.
   */
  async recheck(rounds: number): Promise<void> {
    const pending = this.pendingFinalists();
    if (pending.length === 0) return;
    const cands = pending.map((e) => ({ schedule: e.schedule, textHash: e.schedule.kind, same: [] }));
    const m = new TaskMeasurer(this.spec, this.pass, this.target, this.defaultSchedule, cands, new Map(), this.keyOf, this.c, this.peak, { reserveFrom: Infinity, threads: this.limits.threads }, () => undefined);
    try {
      const def = await m.start();
      if (def.status) return;
      await m.evaluate(m.entries, 0);
      for (let r = 0; r < rounds; r++) await m.evaluate(m.entries, 1, CONFIRM_MS);
      m.entries.forEach((e, i) => {
        const old = pending[i]!;
        if (e.failed) {
          // built and verified before: failing now is a fault worth recording
          old.status = e.status;
          old.reason = `recheck: ${e.reason}`;
          old.rechecked = true;
          return;
        }
        old.ratios.push(...e.ratios);
        old.roundMs.push(...e.roundMs);
        old.peaks.push(...e.peaks);
        old.costMs += e.costMs;
        old.rechecked = true;
      });
    } finally {
      m.close();
    }
  }

  /**
   * The records of what this run measured, candidates first: the task's (the default last, which
   * closes the task), or the pending finalists' (after their recheck).
   */
  records(strategy: Strategy, machine: MachineFingerprint, part: 'task' | 'finalists' = 'task'): TuneRecord[] {
    const out: TuneRecord[] = [];
    const f = flops(this.spec, this.pass);
    const threads = this.target === 'wasm' ? this.limits.threads : 1;
    const rec = (e: Live, isDefault: boolean) => {
      const m = { spec: this.spec, pass: this.pass, target: this.target, schedule: e.schedule, machine, generator: GENERATOR_VERSION };
      if (e.status && e.status !== 'ok') return makeRecord(m, { status: e.status, reason: e.reason, ...(e.relError !== undefined && Number.isFinite(e.relError) ? { relError: e.relError } : {}), costMs: Math.round(e.costMs), strategy, ...(isDefault ? { default: true } : {}) });
      const ms = quantiles(e.roundMs);
      return makeRecord(m, {
        status: 'ok',
        ms,
        gflops: f / ms.p50 / 1e6,
        relError: e.relError,
        vsDefault: isDefault ? { p20: 1, p50: 1, p80: 1 } : quantiles(e.ratios),
        rounds: isDefault ? e.roundMs.length / 2 : e.ratios.length,
        ...(e.peaks.length > 0 ? { peakGflops: median(e.peaks) * threads } : {}),
        costMs: Math.round(e.costMs),
        strategy,
        ...(isDefault ? { default: true } : {}),
        ...(e.confirmed ? { confirmed: true } : {}),
        ...(e.rechecked ? { rechecked: true } : {}),
      });
    };
    // the task's records leave out the pending finalists; theirs come after the recheck
    const pending = new Set(this.pendingFinalists());
    const wanted = (e: Live) => (part === 'finalists' ? pending.has(e) || e.rechecked : !pending.has(e) && !e.rechecked);
    for (const e of this.entries) if (!e.fixed && e.built && (e.status !== undefined || e.ratios.length > 0) && wanted(e)) out.push(rec(e, false));
    if (part === 'task' && (this.def.status || this.def.roundMs.length > 0)) out.push(rec(this.def, true));
    return out;
  }

  close(): void {
    for (const e of this.entries) this.drop(e);
    this.drop(this.def);
  }

  best(): { speedup: number; schedule: Schedule } | undefined {
    let b: Live | undefined;
    for (const e of this.entries) if (!e.failed && e.ratios.length > 0 && (!b || medianRatio(e) < medianRatio(b))) b = e;
    return b && medianRatio(b) < 1 ? { speedup: 1 / medianRatio(b), schedule: b.schedule } : undefined;
  }

  get failures(): number {
    return this.entries.filter((e) => !e.fixed && e.failed).length;
  }
}

/** The search space of a task on a target (webgpu: within the adapter's workgroup limits). */
async function spaceOf(spec: LayerSpec, pass: Pass, o: TuneOptions, fma: boolean): Promise<Candidate[]> {
  if (o.target === 'wasm') return searchSpace(spec, pass, { fma, threads: o.threads });
  const { getGpu } = await import('../run/webgpu.js');
  const gpu = await getGpu();
  return gpuSearchSpace(spec, pass, gpu.device.limits);
}

/** Tunes the sweep's tasks (this shard's), appending every measured candidate to the database. */
export async function tune(specs: readonly LayerSpec[], o: TuneOptions): Promise<TuneResult> {
  const t0 = performance.now();
  const deadline = o.budgetMs !== undefined ? t0 + o.budgetMs : undefined;
  const machine = await targetFingerprint(o.target);
  const code = codeOptions({ fma: o.fma, threads: o.threads });
  const fma = code.fma;
  const tasks = sweepTasks(specs, o.passes, o.shard);
  o.onEvent?.({ type: 'start', tasks: tasks.length, sweepTasks: specs.length * o.passes.length, deadline });
  const peak = o.target === 'wasm' ? await PeakLoop.create(fma ? 'fma' : 'mulAdd') : undefined;
  const results: TaskResult[] = [];
  const cases = new Map<LayerSpec, LayerCase>();
  // the tasks' measurers with finalists waiting for their recheck, and the time kept for it
  const rechecks: { m: TaskMeasurer; ref: TaskRef; result: TaskResult; prior: TuneRecord[]; fresh: TuneRecord[] }[] = [];
  const recheckReserve = o.budgetMs !== undefined ? Math.min(o.budgetMs * 0.08, 60_000) : 0;
  const tasksDeadline = deadline !== undefined ? deadline - recheckReserve : undefined;
  // with a budget: each task's share of what is left is in proportion to its weight, its distinct
  // candidates times (1 + its flops / 1e8) (a candidate costs its build and verification, then
  // its runs); tasks finished before weigh nothing, and time a task leaves unused goes to the rest
  const spaces: (Candidate[] | undefined)[] = [];
  const weights: number[] = [];
  // the database, read once: this process appends to it and keeps what it appends here too
  const { records: known, problems } = readDb(o.db);
  for (const { spec, pass } of tasks) {
    const done = recordsFor(known, { spec, pass, target: o.target, machine, generator: GENERATOR_VERSION }).some((r) => r.default);
    const space = done || deadline === undefined ? undefined : await spaceOf(spec, pass, o, fma);
    spaces.push(space);
    weights.push(space ? space.length * (1 + flops(spec, pass) / 1e8) : 0);
  }
  for (let i = 0; i < tasks.length; i++) {
    const { spec, pass } = tasks[i]!;
    const ref: TaskRef = { spec, pass, index: i + 1, total: tasks.length };
    const ts = performance.now();
    const q = { spec, pass, target: o.target, machine, generator: GENERATOR_VERSION } as const;
    const prior = recordsFor(known, q);
    if (prior.some((r) => r.default)) {
      const selection = selectAmong(prior);
      o.onEvent?.({ type: 'skip', task: ref, records: prior.length, selection });
      results.push({ spec, pass, measured: 0, failed: 0, reused: prior.length, skipped: true, space: 0, selection, ms: 0 });
      continue;
    }
    const defaultSchedule = scheduleFor(targetByName(o.target), spec, pass, code);
    const defHash = textHash(spec, pass, defaultSchedule);
    const candidates = (spaces[i] ?? (await spaceOf(spec, pass, o, fma))).filter((c) => c.textHash !== defHash);
    spaces[i] = undefined;
    o.onEvent?.({ type: 'task', task: ref, space: candidates.length + 1, resumed: prior.length });
    let c = cases.get(spec);
    if (!c) cases.set(spec, (c = new LayerCase(spec, 1)));
    const keyOf = (schedule: Schedule) => makeRecord({ ...q, schedule }, { status: 'ok', date: '' }).key;
    const priorByKey = new Map(prior.map((r) => [r.key, r]));
    // this task's share of what is left of the budget; the last 20% of it for the final rounds
    const left = weights.slice(i).reduce((a, w) => a + w, 0);
    const share = left > 0 ? weights[i]! / left : 1 / (tasks.length - i);
    const taskDeadline = tasksDeadline !== undefined ? ts + Math.max(0, tasksDeadline - ts) * share : undefined;
    const limits = {
      deadline: taskDeadline,
      reserveFrom: taskDeadline !== undefined ? ts + (taskDeadline - ts) * 0.8 : Infinity,
      trials: o.trials,
      threads: o.threads,
    };
    let m: TaskMeasurer | undefined;
    const planned = Math.min(candidates.length, o.trials ?? candidates.length);
    const progress = () => {
      if (!m) return;
      const measured = m.measured.length;
      const etaMs = deadline !== undefined ? Math.max(0, deadline - performance.now()) : undefined;
      o.onEvent?.({ type: 'candidate', task: ref, measured, failed: m.failures, planned, best: m.best(), etaMs });
    };
    m = new TaskMeasurer(spec, pass, o.target, defaultSchedule, candidates, priorByKey, keyOf, c, peak, limits, progress);
    let fresh: TuneRecord[] = [];
    try {
      const def = await m.start();
      if (!def.status) {
        await search(o.strategy, m, { rounds: o.rounds, seed: o.seed + i, defaultSchedule });
        await m.timeDefaultAlone(o.rounds);
      }
      fresh = m.records(o.strategy, machine);
    } finally {
      m.close();
    }
    appendRecords(o.db, fresh);
    known.push(...fresh);
    // provisional: the pending finalists' records as they stand, before their recheck
    const pending = m.records(o.strategy, machine, 'finalists');
    const selection = selectAmong([...prior, ...fresh, ...pending]);
    const result: TaskResult = { spec, pass, measured: fresh.length + pending.length, failed: fresh.filter((r) => r.status !== 'ok').length, reused: prior.length, skipped: false, space: candidates.length + 1, selection, ms: performance.now() - ts };
    results.push(result);
    o.onEvent?.({ type: 'done', task: ref, result });
    if (pending.length > 0) rechecks.push({ m, ref, result, prior, fresh });
    await collectGarbage();
  }
  // the recheck: every task's pending finalists timed again against a fresh default, later
  for (const r of rechecks) {
    const before = r.result.selection;
    if (deadline === undefined || performance.now() < deadline) await r.m.recheck(o.rounds);
    const finalists = r.m.records(o.strategy, machine, 'finalists');
    appendRecords(o.db, finalists);
    known.push(...finalists);
    r.result.selection = selectAmong([...r.prior, ...r.fresh, ...finalists]);
    r.result.failed += finalists.filter((x) => x.status !== 'ok').length;
    o.onEvent?.({ type: 'recheck', task: r.ref, before, after: r.result.selection, rechecked: finalists.filter((x) => x.rechecked).length });
  }
  return { tasks: results, records: known, problems, machine, ms: performance.now() - t0 };
}
