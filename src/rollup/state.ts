import { describeValue, InvalidInputError } from '../errors.js';

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

/** Throws an {@link InvalidInputError} unless `value` looks like a rollup state this version can read. */
export function assertState(value: unknown, name: string): asserts value is RollupState {
  const state = value as Partial<RollupState> | null;
  if (typeof state !== 'object' || state === null || state.version !== 1 || typeof state.accounts !== 'object' || state.accounts === null) {
    throw new InvalidInputError(`${name} must be a rollup state (version 1, from createRollup().state()), received ${describeValue(value)}.`);
  }
}

export function emptyState(quoteLimit = 10, recentLimit = 10): RollupState {
  return { version: 1, quoteLimit, recentLimit, accounts: {} };
}

export const units = (score: number) => Math.round(score * SCORE_UNITS);
// State is plain JSON, so a JSON round trip is a faithful deep copy (and works in every runtime).
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

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
  const out = counts ?? {};
  out[key] = (out[key] ?? 0) + count;
  return out;
}

export function addToCell(cell: Cell | undefined, n: number, s: number): Cell {
  return cell ? { n: cell.n + n, s: cell.s + s } : { n, s };
}

function mergeCells(into: Record<string, Cell>, from: Record<string, Cell>): void {
  for (const [key, cell] of Object.entries(from)) addCell(into, key, cell.n, cell.s);
}


function mergeBucket(a: DayBucket, b: DayBucket): DayBucket {
  const out = clone(a);
  out.n += b.n;
  out.s += b.s;
  out.q += b.q;
  out.negative += b.negative;
  mergeCells(out.roles, b.roles);
  mergeCells(out.channels, b.channels);
  if (b.categories) mergeCells((out.categories ??= {}), b.categories);
  if (b.emotions) for (const key in b.emotions) out.emotions = addCount(out.emotions, key, b.emotions[key]!);
  if (b.intents) for (const key in b.intents) out.intents = addCount(out.intents, key, b.intents[key]!);
  if (b.escalation) out.escalation = addToCell(out.escalation, b.escalation.n, b.escalation.s);
  if (b.churn) out.churn = addToCell(out.churn, b.churn.n, b.churn.s);
  return out;
}

/**
 * Combines two rollup states into a new one. Associative and commutative: partial states built on
 * separate workers, shards or days merge to exactly the state one pass over all records would build.
 * Records must not be counted in both inputs.
 */
export function mergeRollups(a: RollupState, b: RollupState): RollupState {
  assertState(a, 'the first argument');
  assertState(b, 'the second argument');
  const quoteLimit = Math.min(a.quoteLimit, b.quoteLimit);
  const recentLimit = Math.min(a.recentLimit, b.recentLimit);
  const merged: RollupState = { version: 1, quoteLimit, recentLimit, accounts: clone(a.accounts) };
  for (const [accountId, other] of Object.entries(b.accounts)) {
    const account = merged.accounts[accountId];
    if (!account) {
      merged.accounts[accountId] = clone(other);
      continue;
    }
    for (const [day, bucket] of Object.entries(other.days)) account.days[day] = account.days[day] ? mergeBucket(account.days[day]!, bucket) : clone(bucket);
    for (const [contactId, days] of Object.entries(other.contacts)) mergeCells((account.contacts[contactId] ??= {}), days);
    account.quotes = keepTop([...account.quotes, ...other.quotes.map((quote) => ({ ...quote }))], quoteLimit, byStrength, quoteKey);
    account.recent = keepTop([...account.recent, ...other.recent.map((item) => ({ ...item }))], recentLimit, byRecency, recentKey);
  }
  for (const account of Object.values(merged.accounts)) {
    account.quotes = keepTop(account.quotes, quoteLimit, byStrength, quoteKey);
    account.recent = keepTop(account.recent, recentLimit, byRecency, recentKey);
  }
  return merged;
}
