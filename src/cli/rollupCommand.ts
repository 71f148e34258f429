import { readFileSync } from 'node:fs';
import { stringify } from 'csv-stringify/sync';
import { analyze, CxtoneError } from '../index.js';
import { type AccountRollup, type AlertRule, createRollup, evaluateAlerts, type InteractionRecord } from '../rollup/index.js';
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

export async function rollupCommand(input: string, options: RollupCommandOptions): Promise<number> {
  const sort = SORTS[options.sort];
  if (!sort) return usage(`--sort must be one of ${Object.keys(SORTS).join(', ')}, received "${options.sort}"`);
  if (options.format !== 'json' && options.format !== 'csv') return usage(`--format must be json or csv, received "${options.format}"`);
  let rules: readonly AlertRule[] = DEFAULT_ALERTS;
  let source: InputSource;
  try {
    if (options.alerts) rules = JSON.parse(readFileSync(options.alerts, 'utf8')) as AlertRule[];
    source = openInput(input);
  } catch (error) {
    return usage((error as Error).message);
  }
  const summary = { windowDays: number(options.windowDays), halfLifeDays: number(options.halfLifeDays) };
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
  let accounts: AccountRollup[];
  let alerts: ReturnType<typeof evaluateAlerts>;
  try {
    accounts = live.summarize(clean(summary)).sort(sort);
    alerts = evaluateAlerts(live.state(), rules, clean(summary));
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
  process.stderr.write(`${good} record(s) rolled up into ${accounts.length} account(s), ${bad} bad record(s), ${alerts.length} alert(s)\n`);
  for (const alert of alerts)
    process.stderr.write(`alert ${alert.ruleId} ${alert.accountId} ${alert.from}..${alert.to}: ${alert.message}\n`);
  return bad > 0 ? EXIT.badRows : EXIT.ok;
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
