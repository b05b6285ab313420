/**
 * The tune command's option parsing (durations, shards from a batch system's environment) and its
 * progress display: a bar with ETA and best-so-far on a terminal, plain lines in logs.
 */
import { describeSchedule } from '../schedule/index.js';
import type { TuneEvent } from '../tune/tuner.js';

/** A usage error's message (the caller turns it into exit 2). */
export class TuneUsageError extends Error {}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, min: 60_000, h: 3_600_000 };

/** "600s", "10m", "1.5h", "900" (seconds), "250ms" -> ms. */
export function parseDuration(flag: string, text: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/.exec(text);
  const ms = m ? Number(m[1]) * UNITS[m[2] ?? 's']! : NaN;
  if (!m || !(ms > 0) || !Number.isFinite(ms)) throw new TuneUsageError(`${flag}: got ${JSON.stringify(text)}; must be a duration above 0 like 600s, 10m, 1h or 250ms (a bare number is seconds)`);
  return ms;
}

export function parsePositiveInt(flag: string, text: string, max = 1_000_000): number {
  const n = Number(text);
  if (!/^\d+$/.test(text.trim()) || n < 1 || n > max) throw new TuneUsageError(`${flag}: got ${JSON.stringify(text)}; must be an integer in 1..${max}`);
  return n;
}

export interface Shard {
  index: number;
  count: number;
  /** where it came from, for the log */
  source: string;
}

/**
 * `--shard i/n`, or `auto`: a Slurm job array (SLURM_ARRAY_TASK_ID with SLURM_ARRAY_TASK_COUNT,
 * offset by SLURM_ARRAY_TASK_MIN) or a Kubernetes Indexed Job (JOB_COMPLETION_INDEX, the count from
 * `--shards n`).
 */
export function parseShard(text: string, shards: string | undefined, env: NodeJS.ProcessEnv = process.env): Shard {
  if (text !== 'auto') {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    const index = m ? Number(m[1]) : NaN;
    const count = m ? Number(m[2]) : NaN;
    if (!m || count < 1 || index >= count) throw new TuneUsageError(`--shard: got ${JSON.stringify(text)}; must be i/n with 0 <= i < n (e.g. 0/4), or auto`);
    if (shards !== undefined) throw new TuneUsageError('--shards: only with --shard auto (--shard i/n names the count)');
    return { index, count, source: `--shard ${text}` };
  }
  const int = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    if (!/^\d+$/.test(v)) throw new TuneUsageError(`--shard auto: ${name}=${JSON.stringify(v)} is not a non-negative integer`);
    return Number(v);
  };
  const id = int('SLURM_ARRAY_TASK_ID');
  if (id !== undefined) {
    const min = int('SLURM_ARRAY_TASK_MIN') ?? 0;
    const count = int('SLURM_ARRAY_TASK_COUNT') ?? (int('SLURM_ARRAY_TASK_MAX') !== undefined ? int('SLURM_ARRAY_TASK_MAX')! - min + 1 : undefined);
    if (count === undefined) throw new TuneUsageError('--shard auto: SLURM_ARRAY_TASK_ID is set but not SLURM_ARRAY_TASK_COUNT (or SLURM_ARRAY_TASK_MAX)');
    const index = id - min;
    if (index < 0 || index >= count) throw new TuneUsageError(`--shard auto: SLURM_ARRAY_TASK_ID ${id} is outside the array (min ${min}, ${count} tasks); use a contiguous --array such as 0-${count - 1}`);
    return { index, count, source: `Slurm job array task ${id} of ${count}` };
  }
  const k8s = int('JOB_COMPLETION_INDEX');
  if (k8s !== undefined) {
    if (shards === undefined) throw new TuneUsageError('--shard auto: JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) needs --shards n, the Job\'s completions');
    const count = parsePositiveInt('--shards', shards, 100_000);
    if (k8s >= count) throw new TuneUsageError(`--shard auto: JOB_COMPLETION_INDEX ${k8s} is not below --shards ${count}`);
    return { index: k8s, count, source: `Kubernetes Indexed Job completion ${k8s} of ${count}` };
  }
  throw new TuneUsageError('--shard auto: neither SLURM_ARRAY_TASK_ID (a Slurm job array) nor JOB_COMPLETION_INDEX (a Kubernetes Indexed Job) is set; give --shard i/n');
}

const fmtTime = (ms: number) => {
  const s = Math.max(0, Math.round(ms / 1000));
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
};

/** Renders tune events: a redrawn bar on a terminal, plain lines (a few per task) otherwise. */
export function progressPrinter(stream: NodeJS.WriteStream, mode: 'bar' | 'lines' | 'none'): (e: TuneEvent) => void {
  let tasks = 0;
  let done = 0;
  let lastLine = 0;
  let barShown = false;
  const started = performance.now();
  const clear = () => {
    if (barShown) stream.write('\r\x1b[2K');
    barShown = false;
  };
  const line = (s: string) => {
    clear();
    stream.write(s + '\n');
  };
  const name = (t: { spec: { name: string }; pass: string; index: number; total: number }) => `[${t.index}/${t.total}] ${t.spec.name} ${t.pass}`;
  return (e) => {
    if (mode === 'none') return;
    switch (e.type) {
      case 'start':
        tasks = e.tasks;
        line(`tune: ${e.tasks} of the sweep's ${e.sweepTasks} (layer, pass) tasks${e.deadline !== undefined ? `, budget ${fmtTime(e.deadline - started)}` : ''}`);
        break;
      case 'task':
        line(`${name(e.task)}: ${e.space} distinct schedules${e.resumed ? `, ${e.resumed} measured before (resuming)` : ''}`);
        break;
      case 'skip':
        done++;
        line(`${name(e.task)}: done before (${e.records} records in the database): ${e.selection ? (e.selection.isDefault ? 'default kept' : `${e.selection.speedup.toFixed(2)}x with ${describeSchedule(e.selection.record.schedule)}`) : 'no usable record'}; nothing measured`);
        break;
      case 'candidate': {
        const best = e.best ? `best ${e.best.speedup.toFixed(2)}x ${describeSchedule(e.best.schedule)}` : 'best: the default';
        // ETA: the budget's end, or the tasks left at the pace so far
        const elapsed = performance.now() - started;
        const eta = e.etaMs ?? (done > 0 ? (elapsed / done) * (tasks - done) : undefined);
        const head = `${name(e.task)} ${e.measured}/${e.planned} measured${e.failed ? ` (${e.failed} failed)` : ''}, ${best}${eta !== undefined ? `, ETA ${fmtTime(eta)}` : ''}`;
        if (mode === 'bar') {
          const width = 20;
          const frac = Math.min(1, (done + Math.min(1, e.measured / Math.max(1, e.planned))) / Math.max(1, tasks));
          const filled = Math.round(frac * width);
          const text = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${head}`;
          stream.write(`\r\x1b[2K${text.slice(0, (stream.columns ?? 120) - 1)}`);
          barShown = true;
        } else if (performance.now() - lastLine > 10_000) {
          lastLine = performance.now();
          line(head);
        }
        break;
      }
      case 'recheck': {
        const what = (sel?: typeof e.after) => (!sel ? 'nothing chosen' : sel.isDefault ? 'the default' : `${sel.speedup.toFixed(2)}x ${describeSchedule(sel.record.schedule)}`);
        line(`${name(e.task)}: rechecked ${e.rechecked} finalist(s) later in the sweep: ${what(e.before)} -> ${what(e.after)}`);
        break;
      }
      case 'done': {
        done++;
        const r = e.result;
        const sel = r.selection;
        const what = !sel ? 'the default failed; nothing chosen' : sel.isDefault ? 'default kept (no candidate beat it by more than its spread)' : `${sel.speedup.toFixed(2)}x over the default with ${describeSchedule(sel.record.schedule)}`;
        line(`${name(e.task)}: ${r.measured} measured (${r.failed} failed)${r.reused ? `, ${r.reused} from before` : ''} in ${fmtTime(r.ms)}: ${what}`);
        break;
      }
    }
  };
}
