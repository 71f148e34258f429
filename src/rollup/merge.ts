import { dict } from '../dict.js';
import { byRecency, byStrength, type Cell, type DayBucket, type Quote, type RecentInteraction, type RollupState } from './state.js';
import { readState } from './validate.js';

// Every record below is a prototype-free copy made by `readState`, so `[key] ??=` is safe for any key.
function addCell(cells: Record<string, Cell>, key: string, n: number, s: number): void {
  const cell = (cells[key] ??= { n: 0, s: 0 });
  cell.n += n;
  cell.s += s;
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
