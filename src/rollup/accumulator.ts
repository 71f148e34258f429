import { dayIndex, dayName, type NormalizedRecord } from './record.js';
import { dict } from '../dict.js';
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
  units,
} from './state.js';

// The streaming rollup's working form: the same figures as RollupState, held in Maps keyed by day
// number, because adding a record is the hot path and Map lookups beat plain-object
// dictionaries there. It is turned into plain JSON only when the state is asked for.

interface DayAcc {
  n: number;
  s: number;
  q: number;
  negative: number;
  /**
   * Count and score sum per role and per channel, side by side in one array: slot k holds
   * `[count, sum]` at `2k, 2k + 1`. Roles and channels share the accumulator's slot numbering.
   */
  cells: number[];
  categories?: Map<string, Cell>;
  emotions?: Map<string, number>;
  intents?: Map<string, number>;
  escalation?: Cell;
  churn?: Cell;
}

/**
 * The newest `limit` interactions in unsorted slots, with the oldest slot tracked: a record in time order
 * replaces the oldest in place, with no allocation and no shifting. Sorted when the state is read.
 */
interface RecentSlots {
  ids: string[];
  at: number[];
  roles: string[];
  negative: boolean[];
  oldest: number;
}

interface AccountAcc {
  days: Map<number, DayAcc>;
  contacts: Map<string, Map<number, Cell>>;
  quotes: Quote[];
  recent: RecentSlots;
}

/** Slot numbers for a handful of recurring names (roles, channels), so days can count them in one array. */
interface Names {
  ids: Map<string, number>;
  /** Name by slot, for the slots this kind owns. */
  names: Map<number, string>;
}

export interface Accumulator {
  quoteLimit: number;
  recentLimit: number;
  accounts: Map<string, AccountAcc>;
  roles: Names;
  channels: Names;
  slots: number;
}

export function createAccumulator(quoteLimit: number, recentLimit: number): Accumulator {
  return {
    quoteLimit,
    recentLimit,
    accounts: new Map(),
    roles: { ids: new Map(), names: new Map() },
    channels: { ids: new Map(), names: new Map() },
    slots: 0,
  };
}

function slotOf(acc: Accumulator, names: Names, name: string): number {
  let slot = names.ids.get(name);
  if (slot === undefined) {
    slot = acc.slots++;
    names.ids.set(name, slot);
    names.names.set(slot, name);
  }
  return slot;
}

function addAt(cells: number[], slot: number, n: number, score: number): void {
  while (cells.length <= 2 * slot + 1) cells.push(0);
  cells[2 * slot]! += n;
  cells[2 * slot + 1]! += score;
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
  if (!account) acc.accounts.set(record.accountId, (account = { days: new Map(), contacts: new Map(), quotes: [], recent: emptySlots() }));
  let day = account.days.get(record.day);
  if (!day) account.days.set(record.day, (day = { n: 0, s: 0, q: 0, negative: 0, cells: [] }));
  const { result } = record;
  const score = units(result.score);
  const negative = result.label === 'negative';
  day.n += 1;
  day.s += score;
  day.q += score * score;
  if (negative) day.negative += 1;
  addAt(day.cells, slotOf(acc, acc.roles, record.role), 1, score);
  addAt(day.cells, slotOf(acc, acc.channels, record.channel), 1, score);
  if (result.categories)
    for (const category in result.categories) bump((day.categories ??= new Map()), category, 1, units(result.categories[category]!));
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
      offer(
        account.quotes,
        // The quote's own fields by name: a compact result's quote may carry others, which must not reach the state.
        {
          recordId: record.id,
          day: name,
          text: quote.text,
          start: quote.start,
          end: quote.end,
          weight: quote.weight,
          channel: record.channel,
          role: record.role,
        },
        acc.quoteLimit,
        byStrength,
        sameQuote,
      );
    }
  }
  keepRecent(account.recent, record.id, record.at, record.role, negative, acc.recentLimit);
}

const emptySlots = (): RecentSlots => ({ ids: [], at: [], roles: [], negative: [], oldest: 0 });

/** Whether (at, id) sorts at or after slot k in recency order (newest first, ties by id): is no newer. */
function noNewerThanSlot(slots: RecentSlots, k: number, at: number, id: string): boolean {
  return at < slots.at[k]! || (at === slots.at[k] && id >= slots.ids[k]!);
}

function findOldest(slots: RecentSlots): number {
  let oldest = 0;
  for (let k = 1; k < slots.ids.length; k++) if (noNewerThanSlot(slots, oldest, slots.at[k]!, slots.ids[k]!)) oldest = k;
  return oldest;
}

/** Keeps the account's newest interactions. A record is added once, so there is no duplicate check here; merges dedupe. */
function keepRecent(slots: RecentSlots, id: string, at: number, role: string, negative: boolean, limit: number): void {
  if (limit <= 0) return;
  let k = slots.ids.length;
  if (k >= limit) {
    if (noNewerThanSlot(slots, slots.oldest, at, id)) return;
    k = slots.oldest;
  }
  slots.ids[k] = id;
  slots.at[k] = at;
  slots.roles[k] = role;
  slots.negative[k] = negative;
  slots.oldest = findOldest(slots);
}

function slotsToList(slots: RecentSlots): RecentInteraction[] {
  return slots.ids
    .map((recordId, k) => ({ recordId, at: slots.at[k]!, role: slots.roles[k]!, negative: slots.negative[k]! }))
    .sort(byRecency);
}

function listToSlots(list: readonly RecentInteraction[]): RecentSlots {
  const slots = emptySlots();
  for (const item of list) {
    slots.ids.push(item.recordId);
    slots.at.push(item.at);
    slots.roles.push(item.role);
    slots.negative.push(item.negative);
  }
  slots.oldest = findOldest(slots);
  return slots;
}

function addTo(cell: Cell | undefined, s: number): Cell {
  return cell ? { n: cell.n + 1, s: cell.s + s } : { n: 1, s };
}

function cellsByName(cells: readonly number[], names: Names): Record<string, Cell> {
  const out = dict<Cell>();
  for (let slot = 0; 2 * slot < cells.length; slot++) {
    const name = names.names.get(slot);
    if (name !== undefined && cells[2 * slot]! > 0) out[name] = { n: cells[2 * slot]!, s: cells[2 * slot + 1]! };
  }
  return out;
}

function addCells(acc: Accumulator, into: number[], cells: Record<string, Cell>, names: Names): void {
  for (const [name, cell] of Object.entries(cells)) addAt(into, slotOf(acc, names, name), cell.n, cell.s);
}

function record<V>(map: Map<string, V>): Record<string, V> {
  const out = dict<V>();
  for (const [key, value] of map) out[key] = typeof value === 'object' ? { ...value } : value;
  return out;
}

/** The accumulator as a plain JSON rollup state. */
export function toState(acc: Accumulator): RollupState {
  const state = emptyState(acc.quoteLimit, acc.recentLimit);
  for (const [accountId, account] of acc.accounts) {
    const days = dict<DayBucket>();
    for (const [index, day] of account.days) {
      const bucket: DayBucket = {
        n: day.n,
        s: day.s,
        q: day.q,
        negative: day.negative,
        roles: cellsByName(day.cells, acc.roles),
        channels: cellsByName(day.cells, acc.channels),
      };
      if (day.categories) bucket.categories = record(day.categories);
      if (day.emotions) bucket.emotions = record(day.emotions);
      if (day.intents) bucket.intents = record(day.intents);
      if (day.escalation) bucket.escalation = { ...day.escalation };
      if (day.churn) bucket.churn = { ...day.churn };
      days[dayName(index)] = bucket;
    }
    const contacts = dict<Record<string, Cell>>();
    for (const [contactId, cells] of account.contacts) {
      const byDay = (contacts[contactId] = dict<Cell>());
      for (const [index, cell] of cells) byDay[dayName(index)] = { ...cell };
    }
    state.accounts[accountId] = {
      days,
      contacts,
      quotes: account.quotes.map((quote) => ({ ...quote })),
      recent: slotsToList(account.recent),
    };
  }
  return state;
}

const toMap = <V>(values: Record<string, V> | undefined): Map<string, V> | undefined =>
  values === undefined
    ? undefined
    : new Map(Object.entries(values).map(([key, value]) => [key, typeof value === 'object' ? { ...value } : value]));

/** An accumulator that continues from a state already checked by `readState`. */
export function fromState(state: RollupState): Accumulator {
  const acc = createAccumulator(state.quoteLimit, state.recentLimit);
  for (const [accountId, account] of Object.entries(state.accounts)) {
    const days = new Map<number, DayAcc>();
    for (const [name, bucket] of Object.entries(account.days)) {
      const day: DayAcc = { n: bucket.n, s: bucket.s, q: bucket.q, negative: bucket.negative, cells: [] };
      addCells(acc, day.cells, bucket.roles, acc.roles);
      addCells(acc, day.cells, bucket.channels, acc.channels);
      if (bucket.categories) day.categories = toMap(bucket.categories);
      if (bucket.emotions) day.emotions = toMap(bucket.emotions);
      if (bucket.intents) day.intents = toMap(bucket.intents);
      if (bucket.escalation) day.escalation = { ...bucket.escalation };
      if (bucket.churn) day.churn = { ...bucket.churn };
      days.set(dayIndex(name), day);
    }
    const contacts = new Map(
      Object.entries(account.contacts).map(([contactId, cells]) => [
        contactId,
        new Map(Object.entries(cells).map(([name, cell]) => [dayIndex(name), { ...cell }])),
      ]),
    );
    acc.accounts.set(accountId, {
      days,
      contacts,
      quotes: account.quotes.map((quote) => ({ ...quote })),
      recent: listToSlots(account.recent),
    });
  }
  return acc;
}
