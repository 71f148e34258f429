import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { analyze, CxtoneError } from '../index.js';
import { own } from '../dict.js';
import {
  type AccountRollup,
  type AlertRule,
  createRollup,
  evaluateAlerts,
  type InteractionRecord,
  type RollupState,
  type SummaryOptions,
  summarizeRollup,
} from '../rollup/index.js';
import { EXIT } from './exit.js';
import { createProgress, wantsProgress } from './progress.js';
import { csvRow, writeOut } from './output.js';
import { InputError, type InputRow, type InputSource, openInput, readRows } from './read.js';

export interface RollupCommandOptions {
  format: string;
  sort: string;
  alerts?: string;
  windowDays?: string;
  halfLifeDays?: string;
  strict?: boolean;
  /** False with `--no-escape-formulas`. */
  escapeFormulas?: boolean;
  /** Read the merged state of a queue's workers instead of a records file (`--from-redis URL --queue NAME`). */
  fromRedis?: string;
  queue?: string;
}

/** Alerts evaluated when `--alerts` names no rules file. */
export const DEFAULT_ALERTS: readonly AlertRule[] = [
  { id: 'support-below', kind: 'sustained', category: 'support', below: -0.3, days: 14 },
  { id: 'champion-streak', kind: 'streak', count: 3, role: 'champion' },
  { id: 'churn-intent', kind: 'intent', intent: 'churn', withinDays: 30 },
  { id: 'escalation-risk', kind: 'risk', risk: 'escalation', above: 0.6, withinDays: 14 },
];

const SORTS: Record<string, (a: AccountRollup, b: AccountRollup) => number> = {
  risk: (a, b) =>
    Math.max(b.escalationRisk ?? 0, b.churnRisk ?? 0) - Math.max(a.escalationRisk ?? 0, a.churnRisk ?? 0) ||
    (a.score ?? 0) - (b.score ?? 0),
  score: (a, b) => (a.score ?? 0) - (b.score ?? 0),
  volume: (a, b) => b.volume - a.volume,
};

export async function rollupCommand(input: string | undefined, options: RollupCommandOptions): Promise<number> {
  const sort = own(SORTS, options.sort);
  if (!sort) return usage(`--sort must be one of ${Object.keys(SORTS).join(', ')}, received "${options.sort}"`);
  if (options.format !== 'json' && options.format !== 'csv') return usage(`--format must be json or csv, received "${options.format}"`);
  let rules: readonly AlertRule[] = DEFAULT_ALERTS;
  try {
    if (options.alerts) rules = JSON.parse(readFileSync(options.alerts, 'utf8')) as AlertRule[];
  } catch (error) {
    return usage((error as Error).message);
  }
  const summary = clean({ windowDays: number(options.windowDays), halfLifeDays: number(options.halfLifeDays) });
  if (options.fromRedis !== undefined) {
    if (input !== undefined) return usage('give a records file or --from-redis, not both');
    if (options.queue === undefined) return usage('--from-redis needs --queue <name>');
    const queued = await readQueue(options.fromRedis, options.queue);
    if (typeof queued === 'number') return queued;
    process.stderr.write(
      `${queued.counted} record(s) counted by the workers, ${queued.rejected} rejected, ${queued.failedJobs.length} failed job(s)\n`,
    );
    for (const { key, reason } of queued.rejectedReasons) process.stderr.write(`rejected ${key.replace('\u0000', ' ')}: ${reason}\n`);
    for (const { id, reason } of queued.failedJobs) process.stderr.write(`failed job ${id}: ${reason}\n`);
    return report(queued.state, rules, summary, sort, options, queued.rejected > 0 ? EXIT.badRows : EXIT.ok);
  }
  if (input === undefined) return usage('give a records file, - for standard input, or --from-redis URL --queue NAME');
  let source: InputSource;
  try {
    source = openInput(input);
  } catch (error) {
    return usage((error as Error).message);
  }
  const live = createRollup();
  const progress = createProgress(source.size, wantsProgress());
  let good = 0;
  let bad = 0;
  const rows = readRows(source, 'jsonl', null);
  for await (const row of guard(rows)) {
    let problem: string | undefined;
    if (row.error !== undefined) problem = row.error;
    else {
      try {
        live.add(withResult(row.fields ?? {}));
        good++;
      } catch (error) {
        if (!(error instanceof CxtoneError)) throw error;
        problem = error.message.replace(/^cxtone: /, '');
      }
    }
    if (problem !== undefined) {
      bad++;
      process.stderr.write(`line ${row.line}: ${problem}\n`);
      if (options.strict) return EXIT.strict;
    }
    if ((good + bad) % 1024 === 0) progress.update(good, source.bytesRead());
  }
  progress.stop();
  process.stderr.write(`${good} record(s) read, ${bad} bad record(s)\n`);
  return report(live.state(), rules, summary, sort, options, bad > 0 ? EXIT.badRows : EXIT.ok);
}

/** The queue's merged state, or an exit code when the queue cannot be read. */
async function readQueue(url: string, queue: string) {
  try {
    const { readQueueRollup } = await import('../bullmq/index.js');
    return await readQueueRollup({ redis: url, queue });
  } catch (error) {
    if (error instanceof CxtoneError) return usage(error.message.replace(/^cxtone: /, ''));
    if ((error as NodeJS.ErrnoException).code === 'ERR_MODULE_NOT_FOUND')
      return usage('--from-redis needs the bullmq and ioredis packages: npm install bullmq ioredis');
    throw error;
  }
}

/** Summarises a state, evaluates the alerts, and writes the account table. */
async function report(
  state: RollupState,
  rules: readonly AlertRule[],
  summary: SummaryOptions,
  sort: (a: AccountRollup, b: AccountRollup) => number,
  options: RollupCommandOptions,
  exit: number,
): Promise<number> {
  let accounts: AccountRollup[];
  let alerts: ReturnType<typeof evaluateAlerts>;
  try {
    accounts = summarizeRollup(state, summary).sort(sort);
    alerts = evaluateAlerts(state, rules, summary);
  } catch (error) {
    return usage((error as Error).message);
  }
  if (options.format === 'json') await writeOut(`${JSON.stringify({ accounts, alerts }, null, 2)}\n`);
  else {
    await writeOut(
      stringify(
        accounts.map((account) => csvRow(toRow(account), options.escapeFormulas)),
        { header: true },
      ),
    );
  }
  process.stderr.write(`${accounts.length} account(s), ${alerts.length} alert(s)\n`);
  for (const alert of alerts)
    process.stderr.write(`alert ${alert.ruleId} ${alert.accountId} ${alert.from}..${alert.to}: ${alert.message}\n`);
  return exit;
}

/** Rows, or one row carrying the reason the input cannot be read (binary data): reported like a bad record. */
async function* guard(rows: AsyncGenerator<InputRow>): AsyncGenerator<InputRow> {
  try {
    yield* rows;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield { line: 1, error: error.message };
  }
}

/** A record may carry `text` instead of `result`: it is analyzed on the way in. */
function withResult(fields: Record<string, unknown>): InteractionRecord {
  if (fields.result === undefined && typeof fields.text === 'string') {
    const { text, ...rest } = fields;
    return { ...rest, result: analyze(text, { aspects: true }) } as unknown as InteractionRecord;
  }
  return fields as unknown as InteractionRecord;
}

function toRow(account: AccountRollup): Record<string, string | number> {
  const figure = (value: number | null) => (value === null ? '' : value);
  return {
    account: account.accountId,
    volume: account.volume,
    score: figure(account.score),
    share_negative: account.shareNegative,
    trend_per_week: account.trendPerWeek,
    escalation_risk: figure(account.escalationRisk),
    churn_risk: figure(account.churnRisk),
    categories: Object.entries(account.byCategory)
      .map(([category, value]) => `${category}:${value.score ?? ''}`)
      .join('; '),
    intents: Object.entries(account.intents)
      .map(([intent, count]) => `${intent}:${count}`)
      .join('; '),
    top_quote: account.quotes[0]?.text ?? '',
  };
}

function number(value: string | undefined): number | undefined {
  return value === undefined ? undefined : Number(value);
}

function clean<T extends object>(options: T): T {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as T;
}

function usage(message: string): number {
  process.stderr.write(`cxtone: ${message}\n`);
  return EXIT.usage;
}
