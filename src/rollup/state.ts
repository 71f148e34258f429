import { dict } from '../dict.js';

// Scores are stored as integers of 1/10,000 (analyze() rounds to four decimals), so that sums are exact
// and merging partial states in any order gives bit-for-bit the same totals.
export const SCORE_UNITS = 10_000;

/** Count and integer score sum. */
export interface Cell {
  n: number;
  s: number;
}

/** Everything known about one account on one UTC day. Plain JSON. */
export interface DayBucket {
  n: number;
  /** Sum of scores, in 1/10,000. */
  s: number;
  /** Sum of squared scores, in 1/10,000². */
  q: number;
  negative: number;
  roles: Record<string, Cell>;
  channels: Record<string, Cell>;
  /** The fields below appear only once a record carries them, to keep days small. */
  categories?: Record<string, Cell>;
  emotions?: Record<string, number>;
  intents?: Record<string, number>;
  /** Sums of risks in 1/10,000, and how many records carried one. */
  escalation?: Cell;
  churn?: Cell;
}

export interface Quote {
  recordId: string;
  day: string;
  text: string;
  start: number;
  end: number;
  weight: number;
  channel: string;
  role: string;
}

/** One recent interaction, kept for "N in a row" alerts. */
export interface RecentInteraction {
  recordId: string;
  at: number;
  role: string;
  negative: boolean;
}

export interface AccountState {
  days: Record<string, DayBucket>;
  contacts: Record<string, Record<string, Cell>>;
  /** The strongest quotes, at most `quoteLimit`. */
  quotes: Quote[];
  /** The latest interactions, at most `recentLimit`, newest first. */
  recent: RecentInteraction[];
}

/** Rollup state: plain JSON, mergeable with {@link mergeRollups}. Memory grows with accounts × days, not records. */
export interface RollupState {
  version: 1;
  quoteLimit: number;
  recentLimit: number;
  accounts: Record<string, AccountState>;
}

export function emptyState(quoteLimit = 10, recentLimit = 10): RollupState {
  return { version: 1, quoteLimit, recentLimit, accounts: dict() };
}

export const units = (score: number) => Math.round(score * SCORE_UNITS);

// Quotes and recent interactions are ordered totally, so keeping the top of a union is order-independent.
export const byStrength = (a: Quote, b: Quote) =>
  Math.abs(b.weight) - Math.abs(a.weight) ||
  (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.start - b.start || a.end - b.end);
export const byRecency = (a: RecentInteraction, b: RecentInteraction) =>
  b.at - a.at || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);

/** Offers one item to a list kept sorted by `order` and capped at `limit`, in place. */
export function offer<T>(list: T[], item: T, limit: number, order: (a: T, b: T) => number, same: (a: T, b: T) => boolean): void {
  if (limit <= 0 || (list.length >= limit && order(item, list[list.length - 1]!) >= 0)) return;
  for (const existing of list) if (same(existing, item)) return;
  let index = list.length;
  while (index > 0 && order(item, list[index - 1]!) < 0) index--;
  list.splice(index, 0, item);
  if (list.length > limit) list.pop();
}

export const sameQuote = (a: Quote, b: Quote) => a.recordId === b.recordId && a.start === b.start && a.end === b.end;
