import { describeValue, InvalidInputError } from '../errors.js';
import type { AnalysisResult } from '../result.js';
import { presentEmotions } from '../presence.js';

/** The part of an analysis a rollup needs: small enough to store one per interaction. */
export interface CompactResult {
  /** Document score, -1..1. */
  score: number;
  label: 'positive' | 'negative' | 'neutral' | 'mixed';
  /** The strongest evidence, for the quotes behind account figures. */
  quotes?: { text: string; start: number; end: number; weight: number }[];
  /** Score per aspect category ("billing", "support"), when aspects were scored. */
  categories?: Record<string, number>;
  /** Emotions present, with intensity 0..1. */
  emotions?: Record<string, number>;
  /** Intents detected ("churn", "escalate"). */
  intents?: string[];
  /** 0..1 risks, when the analysis produced them. */
  escalationRisk?: number;
  churnRisk?: number;
}

/** One scored interaction of a contact at an account. */
export interface InteractionRecord {
  id: string;
  accountId: string;
  contactId?: string;
  /** The contact's role at the account: `executive_sponsor`, `champion`, `admin`, `end_user`, or your own. */
  role?: string;
  channel?: string;
  /** When it happened: ISO 8601 string, Date, or epoch milliseconds. */
  at: string | number | Date;
  /** An `analyze()` result, or its compact projection ({@link projectResult}). */
  result: AnalysisResult | CompactResult;
}

/** A record checked and reduced to what the rollup stores. */
export interface NormalizedRecord {
  id: string;
  accountId: string;
  contactId: string | undefined;
  role: string;
  channel: string;
  /** Epoch milliseconds. */
  at: number;
  /** UTC calendar day, as days since 1970-01-01. */
  day: number;
  result: CompactResult;
}

const QUOTES_PER_RESULT = 3;
const DAY_MS = 86_400_000;

/**
 * The compact projection of an analysis: score, label, its three strongest quotes, and, where the
 * analysis has them, the emotions present, the intents found, the two risks and each aspect category's score.
 */
export function projectResult(result: AnalysisResult): CompactResult {
  const quotes = [...result.evidence]
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start)
    .slice(0, QUOTES_PER_RESULT)
    .map(({ text, start, end, weight }) => ({ text, start, end, weight }));
  const compact: CompactResult = { score: result.sentiment.score, label: result.sentiment.label, quotes };
  if (result.emotions) compact.emotions = presentEmotions(result.emotions.scores);
  if (result.intents) compact.intents = result.intents.map((intent) => intent.intent);
  if (result.aspectSummary) {
    const categories: Record<string, number> = {};
    for (const category in result.aspectSummary) categories[category] = result.aspectSummary[category]!.sentiment.score;
    compact.categories = categories;
  }
  if (result.signals) {
    compact.escalationRisk = result.signals.escalationRisk;
    compact.churnRisk = result.signals.churnRisk;
  }
  return compact;
}

// Formatting a date is the costliest step of adding a record; there are few distinct days, so cache them.
const dayNames = new Map<number, string>();
const MAX_CACHED_DAYS = 100_000;

/** The UTC calendar day of an epoch-milliseconds time, as days since 1970-01-01. */
export function dayNumberOf(at: number): number {
  return Math.floor(at / DAY_MS);
}

/** The `YYYY-MM-DD` name of a day counted from 1970-01-01. */
export function dayName(index: number): string {
  let name = dayNames.get(index);
  if (name === undefined) {
    name = new Date(index * DAY_MS).toISOString().slice(0, 10);
    if (dayNames.size >= MAX_CACHED_DAYS) dayNames.clear();
    dayNames.set(index, name);
  }
  return name;
}

export function dayIndex(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / DAY_MS;
}

const DAY_NAME = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DAY_PREFIX = /^(\d{4})-(\d{2})-(\d{2})(?=$|[T ])/;
// Epoch milliseconds below this are before March 1973; as seconds they would be the year 5138, so such a
// number is read as seconds given by mistake.
const SECONDS_BOUND = 1e11;
// Clocks of different systems disagree: a record may be dated up to a day past this machine's clock.
const CLOCK_SKEW_MS = DAY_MS;
// The range of a JavaScript Date.
const MAX_DATE_MS = 8.64e15;

function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isFuture = (millis: number) => millis > Date.now() + CLOCK_SKEW_MS;

/** Why `name` is not a usable `YYYY-MM-DD` day of a rollup state, or undefined when it is one. */
export function checkDay(name: string): string | undefined {
  const match = DAY_NAME.exec(name);
  if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3])))
    return `${JSON.stringify(name)} is not a calendar day (YYYY-MM-DD).`;
  if (isFuture(dayIndex(name) * DAY_MS)) return `${name} is in the future.`;
  return undefined;
}

/**
 * Epoch milliseconds of a record's time, or why it is not usable: a time that cannot be parsed, a calendar
 * day that does not exist ("2026-02-30", which Date.parse would turn into March 2), a number that looks like
 * epoch seconds, or a time in the future (which would move every summary's default "as of" day).
 */
function readTime(at: unknown): number | string {
  const expected = 'must be an ISO date string, a Date or epoch milliseconds';
  let millis: number;
  if (at instanceof Date) millis = at.getTime();
  else if (typeof at === 'number') {
    if (Number.isFinite(at) && Math.abs(at) < SECONDS_BOUND)
      return `"at" ${at} looks like epoch seconds (as milliseconds it is ${new Date(at).toISOString()}); multiply by 1000.`;
    millis = at;
  } else if (typeof at === 'string') {
    const day = ISO_DAY_PREFIX.exec(at);
    if (day && !isCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]))) return `"at" ${JSON.stringify(at)} is not a calendar day.`;
    millis = Date.parse(at);
  } else millis = Number.NaN;
  if (!Number.isFinite(millis) || Math.abs(millis) > MAX_DATE_MS) return `"at" ${expected}, received ${describeValue(at)}.`;
  if (isFuture(millis)) return `"at" ${new Date(millis).toISOString()} is in the future; an interaction cannot have happened yet.`;
  return millis;
}

const LABELS = new Set(['positive', 'negative', 'neutral', 'mixed']);
const inRange = (value: unknown, low: number, high: number) => typeof value === 'number' && value >= low && value <= high;

/** Why a compact result cannot be rolled up, or undefined: every figure the rollup adds must be a number in range. */
function checkCompact(compact: CompactResult): string | undefined {
  if (!inRange(compact.score, -1, 1)) return `"result.score" must be a number from -1 to 1, received ${describeValue(compact.score)}.`;
  if (!LABELS.has(compact.label))
    return `"result.label" must be positive, negative, neutral or mixed, received ${describeValue(compact.label)}.`;
  for (const [field, low] of [
    ['categories', -1],
    ['emotions', 0],
  ] as const) {
    const values = compact[field];
    if (values === undefined) continue;
    if (typeof values !== 'object' || values === null || Array.isArray(values))
      return `"result.${field}" must be an object, received ${describeValue(values)}.`;
    for (const key in values)
      if (!inRange(values[key], low, 1))
        return `"result.${field}.${key}" must be a number from ${low} to 1, received ${describeValue(values[key])}.`;
  }
  if (
    compact.intents !== undefined &&
    (!Array.isArray(compact.intents) || !compact.intents.every((intent) => typeof intent === 'string'))
  ) {
    return `"result.intents" must be an array of strings, received ${describeValue(compact.intents)}.`;
  }
  for (const field of ['escalationRisk', 'churnRisk'] as const) {
    if (compact[field] !== undefined && !inRange(compact[field], 0, 1))
      return `"result.${field}" must be a number from 0 to 1, received ${describeValue(compact[field])}.`;
  }
  if (compact.quotes !== undefined) {
    if (!Array.isArray(compact.quotes)) return `"result.quotes" must be an array, received ${describeValue(compact.quotes)}.`;
    for (const quote of compact.quotes) {
      if (
        typeof quote !== 'object' ||
        quote === null ||
        typeof quote.text !== 'string' ||
        ![quote.start, quote.end, quote.weight].every(Number.isFinite)
      ) {
        return `"result.quotes" must hold { text, start, end, weight } objects, received ${describeValue(quote)}.`;
      }
    }
  }
  return undefined;
}

/** Throws the error for a record that failed a check: names it by position and id. */
function rejectRecord(record: unknown, position: number, message: string): never {
  const id = typeof record === 'object' && record !== null ? (record as { id?: unknown }).id : undefined;
  throw new InvalidInputError(`record ${position}${typeof id === 'string' ? ` (id "${id}")` : ''}: ${message}`);
}

const optionalString = (value: unknown) => value === undefined || typeof value === 'string';

/**
 * Checks a record and reduces it; throws an {@link InvalidInputError} that names the record by
 * position and id, so no record is ever dropped silently. Written for the hot path: no allocation
 * when `into` is given.
 */
export function normalizeRecord(record: unknown, position: number, into?: NormalizedRecord): NormalizedRecord {
  if (typeof record !== 'object' || record === null)
    rejectRecord(record, position, `expected an object, received ${describeValue(record)}.`);
  const { id, accountId, contactId, role, channel, at, result } = record as Record<string, unknown>;
  if (typeof id !== 'string' || id === '')
    rejectRecord(record, position, `"id" must be a non-empty string, received ${describeValue(id)}.`);
  if (typeof accountId !== 'string' || accountId === '')
    rejectRecord(record, position, `"accountId" must be a non-empty string, received ${describeValue(accountId)}.`);
  if (!optionalString(contactId))
    rejectRecord(record, position, `"contactId" must be a string when given, received ${describeValue(contactId)}.`);
  if (!optionalString(role)) rejectRecord(record, position, `"role" must be a string when given, received ${describeValue(role)}.`);
  if (!optionalString(channel))
    rejectRecord(record, position, `"channel" must be a string when given, received ${describeValue(channel)}.`);
  const millis = readTime(at);
  if (typeof millis === 'string') rejectRecord(record, position, millis);
  if (typeof result !== 'object' || result === null)
    rejectRecord(record, position, `"result" must be an analyze() result or a compact result, received ${describeValue(result)}.`);
  const compact =
    (result as { sentiment?: unknown }).sentiment !== undefined ? projectResult(result as AnalysisResult) : (result as CompactResult);
  const problem = checkCompact(compact);
  if (problem !== undefined) rejectRecord(record, position, problem);
  // The streaming rollup passes one scratch object to refill for every record: no allocation per record.
  const out = into ?? ({} as NormalizedRecord);
  out.id = id as string;
  out.accountId = accountId as string;
  out.contactId = contactId as string | undefined;
  out.role = (role as string | undefined) ?? 'unknown';
  out.channel = (channel as string | undefined) ?? 'unknown';
  out.at = millis;
  out.day = dayNumberOf(millis);
  out.result = compact;
  return out;
}
