/** `convgen tune` and `convgen tune report`: option checks, the sweep, the summary and the report files. */
import { basename, dirname, extname } from 'node:path';
import { existsSync } from 'node:fs';
import type { LayerSpec, Pass } from '../layer/types.js';
import { tune } from '../tune/tuner.js';
import { readDb } from '../tune/db.js';
import { STRATEGIES, type Strategy } from '../tune/search.js';
import { htmlReport, markdownSummary } from '../tune/report.js';
import { checkOutDir, writeOutput } from './output.js';
import { parseDuration, parsePositiveInt, parseShard, progressPrinter, TuneUsageError } from './tune-options.js';

const say = (s: string) => process.stderr.write(s + '\n');

export interface TuneFlags {
  db?: string;
  strategy?: string;
  budget?: string;
  trials?: string;
  rounds?: string;
  shard?: string;
  shards?: string;
  seed?: string;
  report?: string | false;
  progress?: string;
  target?: string;
}

/** Where the report files go: --report DIR, or beside the database (<db>.summary.md, <db>.report.html). */
function reportPaths(db: string, report: string | undefined): { dir: string; md: string; html: string } {
  if (report !== undefined) return { dir: report, md: 'summary.md', html: 'report.html' };
  const base = basename(db, extname(db));
  return { dir: dirname(db), md: `${base}.summary.md`, html: `${base}.report.html` };
}

/** Writes the summary and the HTML report (the folder checked first, files replaced whole). */
function writeReports(db: string, report: string | undefined, records: Parameters<typeof markdownSummary>[0], title: string): string[] {
  const p = reportPaths(db, report);
  return writeOutput(p.dir, {}, { [p.md]: markdownSummary(records, { title }), [p.html]: htmlReport(records, { title }) });
}

export async function tuneCommand(specs: LayerSpec[], passes: Pass[], code: { threads: number; fma?: boolean }, o: TuneFlags): Promise<number> {
  if (o.db === undefined) throw new TuneUsageError('--db: missing; give the tuning database file to append to (JSON lines, e.g. tuning.jsonl)');
  const strategy = (o.strategy ?? 'evolutionary') as Strategy;
  if (!STRATEGIES.includes(strategy)) throw new TuneUsageError(`--strategy: got ${JSON.stringify(o.strategy)}; must be one of ${STRATEGIES.join(', ')}`);
  const budgetMs = o.budget !== undefined ? parseDuration('--budget', o.budget) : undefined;
  const trials = o.trials !== undefined ? parsePositiveInt('--trials', o.trials) : budgetMs === undefined ? 48 : undefined;
  const rounds = parsePositiveInt('--rounds', o.rounds ?? '5', 100);
  if (rounds < 3) throw new TuneUsageError(`--rounds: got ${rounds}; must be at least 3 (a candidate replaces the default only after 3 rounds)`);
  const seed = o.seed !== undefined ? parsePositiveInt('--seed', o.seed, 2 ** 31) : 1;
  const shard = o.shard !== undefined ? parseShard(o.shard, o.shards) : o.shards !== undefined ? (() => { throw new TuneUsageError('--shards: only with --shard auto'); })() : undefined;
  const progress = o.progress ?? (process.stderr.isTTY ? 'bar' : 'lines');
  if (!['bar', 'lines', 'none'].includes(progress)) throw new TuneUsageError(`--progress: got ${JSON.stringify(progress)}; must be bar, lines or none`);
  const dbDir = dirname(o.db);
  if (!existsSync(dbDir)) throw new TuneUsageError(`--db: ${o.db}: the folder ${dbDir} does not exist`);
  if (existsSync(o.db)) {
    const { problems } = readDb(o.db);
    for (const p of problems) say(`warning: ${p.file}:${p.line}: skipped: ${p.message}`);
  }
  if (o.report !== false) checkOutDir(reportPaths(o.db, o.report).dir);
  if (shard) say(`tune: shard ${shard.index} of ${shard.count} (${shard.source})`);
  const target = (o.target ?? 'wasm') as 'wasm' | 'webgpu';
  const result = await tune(specs, {
    target,
    passes,
    db: o.db,
    strategy,
    budgetMs,
    trials,
    rounds,
    threads: target === 'webgpu' ? 1 : code.threads,
    fma: code.fma,
    shard,
    seed,
    onEvent: progressPrinter(process.stderr, progress as 'bar' | 'lines' | 'none'),
  });
  const measured = result.tasks.reduce((a, t) => a + t.measured, 0);
  say(`tune: ${result.tasks.length} task(s) in ${(result.ms / 1000).toFixed(1)} s${budgetMs !== undefined ? ` (budget ${(budgetMs / 1000).toFixed(0)} s)` : ''}, ${measured} candidate(s) measured, appended to ${o.db}`);
  // the summary covers this run's tasks (the database may hold other layers and machines)
  const mine = result.records.filter((r) => r.target === target && result.tasks.some((t) => t.pass === r.pass && JSON.stringify(t.spec) === JSON.stringify(r.spec)) && JSON.stringify(r.machine) === JSON.stringify(result.machine));
  const title = `convgen tune: ${specs.map((s) => s.name).join(', ')} (${target})`;
  process.stdout.write(markdownSummary(mine, { title }));
  if (o.report !== false) for (const f of writeReports(o.db, o.report, mine, title)) say(`wrote ${f}`);
  const broken = result.tasks.filter((t) => !t.skipped && !t.selection);
  if (broken.length > 0) {
    say(`error: the default schedule failed to build or verify for ${broken.map((t) => `${t.spec.name} ${t.pass}`).join(', ')} (see the records' reasons)`);
    return 1;
  }
  return 0;
}

/** `convgen tune report --db FILE [--out DIR]`: the summary and the HTML report of a database (a merged one, say). */
export function tuneReportCommand(o: { db?: string; out?: string; title?: string }): number {
  if (o.db === undefined) throw new TuneUsageError('--db: missing; give the tuning database to report on');
  if (!existsSync(o.db)) throw new TuneUsageError(`--db: ${o.db}: no such file`);
  const { records, problems } = readDb(o.db);
  for (const p of problems) say(`warning: ${p.file}:${p.line}: skipped: ${p.message}`);
  const title = o.title ?? `convgen tuning report: ${basename(o.db)}`;
  process.stdout.write(markdownSummary(records, { title }));
  if (o.out !== undefined) checkOutDir(o.out);
  for (const f of writeReports(o.db, o.out, records, title)) say(`wrote ${f}`);
  return 0;
}
