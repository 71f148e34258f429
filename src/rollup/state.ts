import { dict, readState } from './validate.js';

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

// Every record below is a prototype-free copy made by `readState`, so `[key] ??=` is safe for any key.
function addCell(cells: Record<string, Cell>, key: string, n: number, s: number): void {
  const cell = (cells[key] ??= { n: 0, s: 0 });
  cell.n += n;
  cell.s += s;
}

// Quotes and recent interactions are ordered totally, so keeping the top of a union is order-independent.
export const byStrength = (a: Quote, b: Quote) =>
  Math.abs(b.weight) - Math.abs(a.weight) || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : a.start - b.start);
export const byRecency = (a: RecentInteraction, b: RecentInteraction) => b.at - a.at || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);

/** Offers one item to a list kept sorted by `order` and capped at `limit`, in place. */
export function offer<T>(list: T[], item: T, limit: number, order: (a: T, b: T) => number, same: (a: T, b: T) => boolean): void {
  if (limit <= 0 || (list.length >= limit && order(item, list[list.length - 1]!) >= 0)) return;
  for (const existing of list) if (same(existing, item)) return;
  let index = list.length;
  while (index > 0 && order(item, list[index - 1]!) < 0) index--;
  list.splice(index, 0, item);
  if (list.length > limit) list.pop();
}

function keepTop<T>(items: T[], limit: number, order: (a: T, b: T) => number, key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items
    .sort(order)
    .filter((item) => {
      const k = key(item);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .slice(0, limit);
}
const quoteKey = (quote: Quote) => `${quote.recordId}\u0000${quote.start}\u0000${quote.end}`;
const recentKey = (item: RecentInteraction) => item.recordId;
export const sameQuote = (a: Quote, b: Quote) => a.recordId === b.recordId && a.start === b.start && a.end === b.end;

export function addCount(counts: Record<string, number> | undefined, key: string, count: number): Record<string, number> {
  const out = counts ?? dict<number>();
  out[key] = (out[key] ?? 0) + count;
  return out;
}

export function addToCell(cell: Cell | undefined, n: number, s: number): Cell {
  return cell ? { n: cell.n + n, s: cell.s + s } : { n, s };
}

function mergeCells(into: Record<string, Cell>, from: Record<string, Cell>): void {
  for (const [key, cell] of Object.entries(from)) addCell(into, key, cell.n, cell.s);
}


/** Adds `b` into `out`, in place. */
function mergeBucket(out: DayBucket, b: DayBucket): void {
  out.n += b.n;
  out.s += b.s;
  out.q += b.q;
  out.negative += b.negative;
  mergeCells(out.roles, b.roles);
  mergeCells(out.channels, b.channels);
  if (b.categories) mergeCells((out.categories ??= dict()), b.categories);
  if (b.emotions) for (const key in b.emotions) out.emotions = addCount(out.emotions, key, b.emotions[key]!);
  if (b.intents) for (const key in b.intents) out.intents = addCount(out.intents, key, b.intents[key]!);
  if (b.escalation) out.escalation = addToCell(out.escalation, b.escalation.n, b.escalation.s);
  if (b.churn) out.churn = addToCell(out.churn, b.churn.n, b.churn.s);
}

/**
 * Combines two rollup states into a new one. Associative and commutative: partial states built on
 * separate workers, shards or days merge to exactly the state one pass over all records would build.
 * Records must not be counted in both inputs.
 */
export function mergeRollups(a: RollupState, b: RollupState): RollupState {
  // Both are read into fresh, checked copies: the merge then works in place on the first copy.
  const merged = readState(a, 'the first argument');
  const other = readState(b, 'the second argument');
  const quoteLimit = Math.min(merged.quoteLimit, other.quoteLimit);
  const recentLimit = Math.min(merged.recentLimit, other.recentLimit);
  merged.quoteLimit = quoteLimit;
  merged.recentLimit = recentLimit;
  for (const accountId in other.accounts) {
    const from = other.accounts[accountId]!;
    const account = merged.accounts[accountId];
    if (!account) {
      merged.accounts[accountId] = from;
      continue;
    }
    for (const day in from.days) {
      const bucket = account.days[day];
      if (bucket) mergeBucket(bucket, from.days[day]!);
      else account.days[day] = from.days[day]!;
    }
    for (const contactId in from.contacts) mergeCells((account.contacts[contactId] ??= dict()), from.contacts[contactId]!);
    account.quotes.push(...from.quotes);
    account.recent.push(...from.recent);
  }
  for (const accountId in merged.accounts) {
    const account = merged.accounts[accountId]!;
    account.quotes = keepTop(account.quotes, quoteLimit, byStrength, quoteKey);
    account.recent = keepTop(account.recent, recentLimit, byRecency, recentKey);
  }
  return merged;
}
