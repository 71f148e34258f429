import { describeValue, InvalidOptionsError } from '../errors.js';
import { dayIndex, dayName, dayNumberOf } from './record.js';
import type { Quote, RollupState } from './state.js';
import { SCORE_UNITS } from './state.js';
import { daysInWindow, resolveSummaryOptions, type SummaryOptions } from './summarize.js';
import { own } from '../dict.js';
import { readState } from './validate.js';

/**
 * A declarative alert rule, evaluated per account at `asOf`:
 * - `sustained`: the daily mean score (of a category or channel, if named) has stayed below `below` on
 *   every one of the last `days` calendar days; a day without interactions keeps the value of the last
 *   day in the window that had some, so silence after a bad stretch does not clear the alert.
 * - `streak`: the latest `count` interactions (from `role`, if named) were all negative.
 * - `intent`: an interaction carried `intent` within the last `withinDays` days (default 30).
 * - `risk`: the mean churn or escalation risk of the last `withinDays` days (default 30) is above `above`.
 */
export type AlertRule =
  | { id: string; kind: 'sustained'; below: number; days: number; category?: string; channel?: string }
  | { id: string; kind: 'streak'; count: number; role?: string }
  | { id: string; kind: 'intent'; intent: string; withinDays?: number }
  | { id: string; kind: 'risk'; risk: 'churn' | 'escalation'; above: number; withinDays?: number };

/** A fired alert, with the dates it covers and what it rests on. */
export interface Alert {
  ruleId: string;
  accountId: string;
  /** First and last UTC day the condition covers. */
  from: string;
  to: string;
  message: string;
  /** Interactions behind the alert. */
  recordIds: string[];
  /** The strongest quotes of the account in the covered days. */
  quotes: Quote[];
}

function checkRule(rule: AlertRule, position: number): void {
  const fail = (message: string): never => {
    throw new InvalidOptionsError(`alert rule ${position}${typeof rule?.id === 'string' ? ` ("${rule.id}")` : ''}: ${message}`);
  };
  if (typeof rule !== 'object' || rule === null) fail(`expected an object, received ${describeValue(rule)}.`);
  if (typeof rule.id !== 'string' || rule.id === '') fail('needs a non-empty string "id".');
  const whole = (value: unknown, name: string) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
      fail(`"${name}" must be a positive integer, received ${describeValue(value)}.`);
  };
  switch (rule.kind) {
    case 'sustained':
      whole(rule.days, 'days');
      if (typeof rule.below !== 'number') fail(`"below" must be a number, received ${describeValue(rule.below)}.`);
      break;
    case 'streak':
      whole(rule.count, 'count');
      break;
    case 'intent':
      if (typeof rule.intent !== 'string') fail(`"intent" must be a string, received ${describeValue(rule.intent)}.`);
      if (rule.withinDays !== undefined) whole(rule.withinDays, 'withinDays');
      break;
    case 'risk':
      if (rule.risk !== 'churn' && rule.risk !== 'escalation')
        fail(`"risk" must be "churn" or "escalation", received ${describeValue(rule.risk)}.`);
      if (typeof rule.above !== 'number') fail(`"above" must be a number, received ${describeValue(rule.above)}.`);
      if (rule.withinDays !== undefined) whole(rule.withinDays, 'withinDays');
      break;
    default:
      fail(`unknown kind ${describeValue((rule as { kind?: unknown }).kind)}; expected sustained, streak, intent or risk.`);
  }
}

/** Evaluates alert rules over every account of a rollup state at `asOf`. */
export function evaluateAlerts(state: RollupState, rules: readonly AlertRule[], options: SummaryOptions = {}): Alert[] {
  if (!Array.isArray(rules)) throw new InvalidOptionsError(`alert rules must be an array, received ${describeValue(rules)}.`);
  rules.forEach(checkRule);
  state = readState(state, 'the rollup state');
  const resolved = resolveSummaryOptions(state, options);
  const { asOf } = resolved;
  const alerts: Alert[] = [];
  // In order of account id, not of the state's keys: states merged in another order give the same alerts in the same order.
  for (const accountId of Object.keys(state.accounts).sort()) {
    const account = state.accounts[accountId]!;
    const days = daysInWindow(account.days, resolved);
    const quotesBetween = (from: number, to: number) =>
      account.quotes.filter((quote) => dayIndex(quote.day) >= from && dayIndex(quote.day) <= to);
    const fire = (rule: AlertRule, from: number, message: string, recordIds: string[] = []) =>
      alerts.push({
        ruleId: rule.id,
        accountId,
        from: dayName(from),
        to: dayName(asOf),
        message,
        recordIds,
        quotes: quotesBetween(from, asOf),
      });

    for (const rule of rules) {
      if (rule.kind === 'sustained') {
        const from = asOf - rule.days + 1;
        // The value on `from` is the last observed day at or before it, so look back past it.
        let carried: number | null = null;
        let held = true;
        const byIndex = new Map(days.map((entry) => [entry.index, entry.bucket]));
        const earlier = days.filter((entry) => entry.index < from);
        const seed = earlier[earlier.length - 1];
        if (seed) carried = meanOf(seed.bucket, rule);
        for (let day = from; day <= asOf && held; day++) {
          const bucket = byIndex.get(day);
          const value = bucket ? meanOf(bucket, rule) : null;
          if (value !== null) carried = value;
          held = carried !== null && carried < rule.below;
        }
        if (held) fire(rule, from, `${rule.category ?? rule.channel ?? 'sentiment'} below ${rule.below} for ${rule.days} consecutive days`);
      } else if (rule.kind === 'streak') {
        const recent = account.recent.filter(
          (item) => (rule.role === undefined || item.role === rule.role) && dayNumberOf(item.at) <= asOf,
        );
        const streak = recent.slice(0, rule.count);
        if (streak.length === rule.count && streak.every((item) => item.negative)) {
          const from = dayNumberOf(streak[streak.length - 1]!.at);
          fire(
            rule,
            from,
            `${rule.count} negative interactions in a row${rule.role ? ` from ${rule.role}` : ''}`,
            streak.map((item) => item.recordId),
          );
        }
      } else if (rule.kind === 'intent') {
        const from = asOf - (rule.withinDays ?? 30) + 1;
        const seen = days.filter((entry) => entry.index >= from && (own(entry.bucket.intents, rule.intent) ?? 0) > 0);
        if (seen.length > 0) fire(rule, seen[0]!.index, `${rule.intent} intent seen on ${seen.length} day(s)`);
      } else {
        const from = asOf - (rule.withinDays ?? 30) + 1;
        let n = 0;
        let s = 0;
        for (const entry of days) {
          const cell = rule.risk === 'churn' ? entry.bucket.churn : entry.bucket.escalation;
          if (entry.index >= from && cell) {
            n += cell.n;
            s += cell.s;
          }
        }
        const mean = n === 0 ? 0 : s / n / SCORE_UNITS;
        if (n > 0 && mean > rule.above) fire(rule, from, `${rule.risk} risk ${mean.toFixed(2)} above ${rule.above}`);
      }
    }
  }
  return alerts;
}

function meanOf(
  bucket: {
    n: number;
    s: number;
    categories?: Record<string, { n: number; s: number }>;
    channels: Record<string, { n: number; s: number }>;
  },
  rule: { category?: string; channel?: string },
): number | null {
  const cell =
    rule.category !== undefined
      ? own(bucket.categories, rule.category)
      : rule.channel !== undefined
        ? own(bucket.channels, rule.channel)
        : bucket;
  return cell && cell.n > 0 ? cell.s / cell.n / SCORE_UNITS : null;
}
