import { describeValue, InvalidOptionsError } from '../errors.js';
import { round } from '../math.js';
import { dayIndex, dayNumberOf } from './record.js';
import { type Cell, type DayBucket, type Quote, type RollupState, SCORE_UNITS } from './state.js';
import { dict, own } from '../dict.js';
import { readState } from './validate.js';

/** How much each role's sentiment counts in an account's score. Unknown roles count 1. */
export const DEFAULT_ROLE_WEIGHTS: Readonly<Record<string, number>> = Object.freeze({
  executive_sponsor: 4,
  champion: 3,
  admin: 1.5,
  end_user: 1,
});

export interface SummaryOptions {
  /** The day the figures are computed for (default: the latest day in the state). */
  asOf?: string | number | Date;
  /** Days before `asOf` to include. Default 90. */
  windowDays?: number;
  /** A day's weight halves every `halfLifeDays` before `asOf`. Default 14. */
  halfLifeDays?: number;
  roleWeights?: Readonly<Record<string, number>>;
}

export interface ResolvedSummaryOptions {
  asOf: number;
  windowDays: number;
  halfLifeDays: number;
  roleWeights: Readonly<Record<string, number>>;
}

/** A decayed mean score with the volume behind it. */
export interface Figure {
  volume: number;
  score: number | null;
}

/** An account over the window: one number is never the whole story, so every decomposition is here too. */
export interface AccountRollup {
  accountId: string;
  volume: number;
  /** Time-decayed, role-weighted mean score, -1..1; null with no interactions in the window. */
  score: number | null;
  shareNegative: number;
  /** Least-squares slope of daily mean scores, per week. */
  trendPerWeek: number;
  /** Standard deviation of interaction scores. */
  volatility: number;
  byRole: Record<string, Figure>;
  byChannel: Record<string, Figure>;
  byCategory: Record<string, Figure>;
  contacts: ({ contactId: string } & Figure)[];
  /** Emotions by the number of interactions that carried them, most frequent first. */
  emotions: { emotion: string; count: number }[];
  intents: Record<string, number>;
  escalationRisk: number | null;
  churnRisk: number | null;
  /** The strongest quotes behind the figures, with the interactions they came from. */
  quotes: Quote[];
  firstDay: string | null;
  lastDay: string | null;
}

function toDayIndex(value: unknown, name: string): number {
  const millis = value instanceof Date ? value.getTime() : typeof value === 'string' ? Date.parse(value) : (value as number);
  if (typeof millis !== 'number' || !Number.isFinite(millis))
    throw new InvalidOptionsError(`"${name}" must be a date, received ${describeValue(value)}.`);
  return dayNumberOf(millis);
}

function positive(value: unknown, name: string): number {
  if (typeof value !== 'number' || !(value > 0))
    throw new InvalidOptionsError(`"${name}" must be a positive number, received ${describeValue(value)}.`);
  return value;
}

/** Options with their defaults, for a state already checked by `readState`. */
export function resolveSummaryOptions(state: RollupState, options: SummaryOptions = {}): ResolvedSummaryOptions {
  if (typeof options !== 'object' || options === null)
    throw new InvalidOptionsError(`summary options must be an object, received ${describeValue(options)}.`);
  let latest = -Infinity;
  for (const account of Object.values(state.accounts)) for (const day in account.days) latest = Math.max(latest, dayIndex(day));
  const roleWeights = options.roleWeights ?? DEFAULT_ROLE_WEIGHTS;
  if (typeof roleWeights !== 'object' || roleWeights === null)
    throw new InvalidOptionsError(`"roleWeights" must be an object, received ${describeValue(roleWeights)}.`);
  for (const [role, weight] of Object.entries(roleWeights)) positive(weight, `roleWeights.${role}`);
  return {
    asOf: options.asOf === undefined ? (Number.isFinite(latest) ? latest : 0) : toDayIndex(options.asOf, 'asOf'),
    windowDays: positive(options.windowDays ?? 90, 'windowDays'),
    halfLifeDays: positive(options.halfLifeDays ?? 14, 'halfLifeDays'),
    roleWeights,
  };
}

/** The account's days inside the window, with their decay weight. */
export function daysInWindow(
  days: Record<string, DayBucket>,
  options: ResolvedSummaryOptions,
): { day: string; index: number; decay: number; bucket: DayBucket }[] {
  const out: { day: string; index: number; decay: number; bucket: DayBucket }[] = [];
  for (const [day, bucket] of Object.entries(days)) {
    const index = dayIndex(day);
    const age = options.asOf - index;
    if (age < 0 || age >= options.windowDays) continue;
    out.push({ day, index, decay: 0.5 ** (age / options.halfLifeDays), bucket });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Decayed, role-weighted mean score of some days; null when they hold no interaction. */
export function weightedScore(
  days: readonly { decay: number; bucket: DayBucket }[],
  roleWeights: Readonly<Record<string, number>>,
): number | null {
  let numerator = 0;
  let denominator = 0;
  for (const { decay, bucket } of days) {
    for (const role in bucket.roles) {
      const cell = bucket.roles[role]!;
      const weight = decay * (own(roleWeights, role) ?? 1);
      numerator += weight * cell.s;
      denominator += weight * cell.n;
    }
  }
  return denominator === 0 ? null : round(numerator / denominator / SCORE_UNITS);
}

/** A running decayed mean: volume counts interactions, the mean weighs each day by its decay. */
interface DecayedSum {
  volume: number;
  numerator: number;
  denominator: number;
}

function addDecayed(sum: DecayedSum, decay: number, cell: Cell): void {
  sum.volume += cell.n;
  sum.numerator += decay * cell.s;
  sum.denominator += decay * cell.n;
}

const toFigure = (sum: DecayedSum): Figure => ({
  volume: sum.volume,
  score: sum.denominator === 0 ? null : round(sum.numerator / sum.denominator / SCORE_UNITS),
});

function figures(
  days: readonly { decay: number; bucket: DayBucket }[],
  pick: (bucket: DayBucket) => Record<string, Cell> | undefined,
): Record<string, Figure> {
  const sums = dict<DecayedSum>();
  for (const { decay, bucket } of days) {
    const cells = pick(bucket);
    if (!cells) continue;
    for (const key in cells) addDecayed((sums[key] ??= { volume: 0, numerator: 0, denominator: 0 }), decay, cells[key]!);
  }
  const out = dict<Figure>();
  for (const key in sums) out[key] = toFigure(sums[key]!);
  return out;
}

function slopePerWeek(days: readonly { index: number; bucket: DayBucket }[]): number {
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  for (const { index, bucket } of days) {
    const y = bucket.s / bucket.n / SCORE_UNITS;
    n += bucket.n;
    sx += bucket.n * index;
    sy += bucket.n * y;
    sxx += bucket.n * index * index;
    sxy += bucket.n * index * y;
  }
  const denominator = n * sxx - sx * sx;
  return denominator === 0 ? 0 : round(((n * sxy - sx * sy) / denominator) * 7);
}

const meanRisk = (cells: (Cell | undefined)[]): number | null => {
  let n = 0;
  let s = 0;
  for (const cell of cells) {
    if (!cell) continue;
    n += cell.n;
    s += cell.s;
  }
  return n === 0 ? null : round(s / n / SCORE_UNITS);
};

/**
 * Per-account figures over the window ending `asOf`, most negative first.
 * @throws {InvalidInputError} naming the field of a state that is not a rollup state.
 */
export function summarizeRollup(state: RollupState, options: SummaryOptions = {}): AccountRollup[] {
  return summarizeState(readState(state, 'the rollup state'), options);
}

/** {@link summarizeRollup} for a state this module built or checked. */
export function summarizeState(state: RollupState, options: SummaryOptions = {}): AccountRollup[] {
  const resolved = resolveSummaryOptions(state, options);
  const accounts: AccountRollup[] = [];
  // In order of account id, not of the state's keys, so that states merged in any order summarise alike.
  for (const accountId of Object.keys(state.accounts).sort()) {
    const account = state.accounts[accountId]!;
    const days = daysInWindow(account.days, resolved);
    let volume = 0;
    let sum = 0;
    let squares = 0;
    let negative = 0;
    const emotions = dict<number>();
    const intents = dict<number>();
    for (const { bucket } of days) {
      volume += bucket.n;
      sum += bucket.s;
      squares += bucket.q;
      negative += bucket.negative;
      for (const key in bucket.emotions) emotions[key] = (emotions[key] ?? 0) + bucket.emotions[key]!;
      for (const key in bucket.intents) intents[key] = (intents[key] ?? 0) + bucket.intents[key]!;
    }
    const mean = volume === 0 ? 0 : sum / volume;
    const firstIncluded = days[0]?.day ?? null;
    const contacts = Object.entries(account.contacts).map(([contactId, cells]) => {
      const sum: DecayedSum = { volume: 0, numerator: 0, denominator: 0 };
      for (const [day, cell] of Object.entries(cells)) {
        const age = resolved.asOf - dayIndex(day);
        if (age >= 0 && age < resolved.windowDays) addDecayed(sum, 0.5 ** (age / resolved.halfLifeDays), cell);
      }
      return { contactId, ...toFigure(sum) };
    });
    accounts.push({
      accountId,
      volume,
      score: weightedScore(days, resolved.roleWeights),
      shareNegative: volume === 0 ? 0 : round(negative / volume),
      trendPerWeek: slopePerWeek(days),
      volatility: volume === 0 ? 0 : round(Math.sqrt(Math.max(0, squares / volume - mean * mean)) / SCORE_UNITS),
      byRole: figures(days, (bucket) => bucket.roles),
      byChannel: figures(days, (bucket) => bucket.channels),
      byCategory: figures(days, (bucket) => bucket.categories),
      contacts: contacts
        .filter((contact) => contact.volume > 0)
        .sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || (a.contactId < b.contactId ? -1 : 1)),
      emotions: Object.entries(emotions)
        .map(([emotion, count]) => ({ emotion, count }))
        .sort((a, b) => b.count - a.count || (a.emotion < b.emotion ? -1 : 1)),
      intents,
      escalationRisk: meanRisk(days.map(({ bucket }) => bucket.escalation)),
      churnRisk: meanRisk(days.map(({ bucket }) => bucket.churn)),
      quotes:
        firstIncluded === null
          ? []
          : account.quotes.filter((quote) => quote.day >= firstIncluded && quote.day <= days[days.length - 1]!.day),
      firstDay: firstIncluded,
      lastDay: days[days.length - 1]?.day ?? null,
    });
  }
  return accounts.sort((a, b) => (a.score ?? 0) - (b.score ?? 0) || (a.accountId < b.accountId ? -1 : 1));
}
