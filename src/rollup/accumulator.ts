import { dayName, type NormalizedRecord } from './record.js';
import {
  byRecency,
  byStrength,
  type Cell,
  type DayBucket,
  emptyState,
  offer,
  type Quote,
  type RecentInteraction,
  type RollupState,
  sameQuote,
  sameRecent,
  units,
} from './state.js';

// The streaming rollup's working form: the same figures as RollupState, held in Maps keyed by day
// number, because adding a record is the hot path (a million a second) and Map lookups beat plain-object
// dictionaries there. It is turned into plain JSON only when the state is asked for.

interface DayAcc {
  n: number;
  s: number;
  q: number;
  negative: number;
  /** Counts and score sums per role and per channel, indexed by the accumulator's ids for their names. */
  roleN: number[];
  roleS: number[];
  channelN: number[];
  channelS: number[];
  categories?: Map<string, Cell>;
  emotions?: Map<string, number>;
  intents?: Map<string, number>;
  escalation?: Cell;
  churn?: Cell;
}

interface AccountAcc {
  days: Map<number, DayAcc>;
  contacts: Map<string, Map<number, Cell>>;
  quotes: Quote[];
  recent: RecentInteraction[];
}

/** Small integer ids for a handful of recurring names (roles, channels), so days can count them in arrays. */
interface Names {
  ids: Map<string, number>;
  names: string[];
}

export interface Accumulator {
  quoteLimit: number;
  recentLimit: number;
  accounts: Map<string, AccountAcc>;
  roles: Names;
  channels: Names;
}

export function createAccumulator(quoteLimit: number, recentLimit: number): Accumulator {
  return { quoteLimit, recentLimit, accounts: new Map(), roles: { ids: new Map(), names: [] }, channels: { ids: new Map(), names: [] } };
}

function idOf(names: Names, name: string): number {
  let id = names.ids.get(name);
  if (id === undefined) {
    id = names.names.length;
    names.ids.set(name, id);
    names.names.push(name);
  }
  return id;
}

function addAt(counts: number[], sums: number[], id: number, score: number): void {
  while (counts.length <= id) {
    counts.push(0);
    sums.push(0);
  }
  counts[id]! += 1;
  sums[id]! += score;
}

function bump(cells: Map<string, Cell>, key: string, n: number, s: number): void {
  const cell = cells.get(key);
  if (cell) {
    cell.n += n;
    cell.s += s;
  } else cells.set(key, { n, s });
}

function count(counts: Map<string, number>, key: string, n: number): void {
  counts.set(key, (counts.get(key) ?? 0) + n);
}

/** Adds one checked record, in place. */
export function accumulate(acc: Accumulator, record: NormalizedRecord): void {
  let account = acc.accounts.get(record.accountId);
  if (!account) acc.accounts.set(record.accountId, (account = { days: new Map(), contacts: new Map(), quotes: [], recent: [] }));
  let day = account.days.get(record.day);
  if (!day) account.days.set(record.day, (day = { n: 0, s: 0, q: 0, negative: 0, roleN: [], roleS: [], channelN: [], channelS: [] }));
  const { result } = record;
  const score = units(result.score);
  const negative = result.label === 'negative';
  day.n += 1;
  day.s += score;
  day.q += score * score;
  if (negative) day.negative += 1;
  addAt(day.roleN, day.roleS, idOf(acc.roles, record.role), score);
  addAt(day.channelN, day.channelS, idOf(acc.channels, record.channel), score);
  if (result.categories) for (const category in result.categories) bump((day.categories ??= new Map()), category, 1, units(result.categories[category]!));
  if (result.emotions) for (const emotion in result.emotions) count((day.emotions ??= new Map()), emotion, 1);
  if (result.intents) for (const intent of result.intents) count((day.intents ??= new Map()), intent, 1);
  if (typeof result.escalationRisk === 'number') day.escalation = addTo(day.escalation, units(result.escalationRisk));
  if (typeof result.churnRisk === 'number') day.churn = addTo(day.churn, units(result.churnRisk));
  if (record.contactId !== undefined) {
    let contact = account.contacts.get(record.contactId);
    if (!contact) account.contacts.set(record.contactId, (contact = new Map()));
    const cell = contact.get(record.day);
    if (cell) {
      cell.n += 1;
      cell.s += score;
    } else contact.set(record.day, { n: 1, s: score });
  }
  if (result.quotes) {
    const name = dayName(record.day);
    for (const quote of result.quotes) {
      offer(account.quotes, { recordId: record.id, day: name, channel: record.channel, role: record.role, ...quote }, acc.quoteLimit, byStrength, sameQuote);
    }
  }
  const oldest = account.recent[account.recent.length - 1];
  if (account.recent.length < acc.recentLimit || !oldest || record.at >= oldest.at) {
    offer(account.recent, { recordId: record.id, at: record.at, role: record.role, negative }, acc.recentLimit, byRecency, sameRecent);
  }
}

function addTo(cell: Cell | undefined, s: number): Cell {
  return cell ? { n: cell.n + 1, s: cell.s + s } : { n: 1, s };
}

function cellsByName(counts: readonly number[], sums: readonly number[], names: Names): Record<string, Cell> {
  const cells: Record<string, Cell> = {};
  counts.forEach((n, id) => {
    if (n > 0) cells[names.names[id]!] = { n, s: sums[id]! };
  });
  return cells;
}

function cellsById(cells: Record<string, Cell>, names: Names): { counts: number[]; sums: number[] } {
  const counts: number[] = [];
  const sums: number[] = [];
  for (const [name, cell] of Object.entries(cells)) {
    const id = idOf(names, name);
    while (counts.length <= id) {
      counts.push(0);
      sums.push(0);
    }
    counts[id] = cell.n;
    sums[id] = cell.s;
  }
  return { counts, sums };
}

const record = <V>(map: Map<string, V>): Record<string, V> => Object.fromEntries([...map].map(([key, value]) => [key, typeof value === 'object' ? { ...value } : value]));

/** The accumulator as a plain JSON rollup state. */
export function toState(acc: Accumulator): RollupState {
  const state = emptyState(acc.quoteLimit, acc.recentLimit);
  for (const [accountId, account] of acc.accounts) {
    const days: Record<string, DayBucket> = {};
    for (const [index, day] of account.days) {
      const bucket: DayBucket = {
        n: day.n,
        s: day.s,
        q: day.q,
        negative: day.negative,
        roles: cellsByName(day.roleN, day.roleS, acc.roles),
        channels: cellsByName(day.channelN, day.channelS, acc.channels),
      };
      if (day.categories) bucket.categories = record(day.categories);
      if (day.emotions) bucket.emotions = record(day.emotions);
      if (day.intents) bucket.intents = record(day.intents);
      if (day.escalation) bucket.escalation = { ...day.escalation };
      if (day.churn) bucket.churn = { ...day.churn };
      days[dayName(index)] = bucket;
    }
    const contacts: Record<string, Record<string, Cell>> = {};
    for (const [contactId, cells] of account.contacts) {
      contacts[contactId] = Object.fromEntries([...cells].map(([index, cell]) => [dayName(index), { ...cell }]));
    }
    state.accounts[accountId] = { days, contacts, quotes: account.quotes.map((quote) => ({ ...quote })), recent: account.recent.map((item) => ({ ...item })) };
  }
  return state;
}

const toMap = <V>(values: Record<string, V> | undefined): Map<string, V> | undefined =>
  values === undefined ? undefined : new Map(Object.entries(values).map(([key, value]) => [key, typeof value === 'object' ? { ...value } : value]));
const dayNumber = (name: string) => Date.parse(`${name}T00:00:00Z`) / 86_400_000;

/** An accumulator that continues from a stored state. */
export function fromState(state: RollupState): Accumulator {
  const acc = createAccumulator(state.quoteLimit, state.recentLimit);
  for (const [accountId, account] of Object.entries(state.accounts)) {
    const days = new Map<number, DayAcc>();
    for (const [name, bucket] of Object.entries(account.days)) {
      const roles = cellsById(bucket.roles, acc.roles);
      const channels = cellsById(bucket.channels, acc.channels);
      const day: DayAcc = { n: bucket.n, s: bucket.s, q: bucket.q, negative: bucket.negative, roleN: roles.counts, roleS: roles.sums, channelN: channels.counts, channelS: channels.sums };
      if (bucket.categories) day.categories = toMap(bucket.categories);
      if (bucket.emotions) day.emotions = toMap(bucket.emotions);
      if (bucket.intents) day.intents = toMap(bucket.intents);
      if (bucket.escalation) day.escalation = { ...bucket.escalation };
      if (bucket.churn) day.churn = { ...bucket.churn };
      days.set(dayNumber(name), day);
    }
    const contacts = new Map(Object.entries(account.contacts).map(([contactId, cells]) => [contactId, new Map(Object.entries(cells).map(([name, cell]) => [dayNumber(name), { ...cell }]))]));
    acc.accounts.set(accountId, { days, contacts, quotes: account.quotes.map((quote) => ({ ...quote })), recent: account.recent.map((item) => ({ ...item })) });
  }
  return acc;
}
