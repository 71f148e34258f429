import type { AccountState, Cell, DayBucket, Quote, RecentInteraction } from '../rollup/index.js';
import { dict } from '../dict.js';
import { dayName } from '../rollup/record.js';
import type { NormalizedRecord } from '../rollup/record.js';
import { escapeName, unescapeName } from './keys.js';

// How an account's state is laid out in its shard's Redis hash: one field per day, and one for the quotes and recent
// interactions. A day's field holds its contacts' cells too, so a record changes one day and the lists, and a commit
// reads and writes those fields only, whatever the length of the account's or a contact's history. Both are packed:
// values by position, without the names of their fields, about half the bytes of plain JSON. (Before December 2026
// each contact had a field with every day of its history, read and written again for each of its records, and days and
// lists were plain JSON; such fields are still read, a contact's cells added to those kept in the days.)

const SEPARATOR = '\u0000';
// Account and contact ids are escaped (keys.ts), so the separator splits a name into exactly its three parts.
const field = (accountId: string, kind: 'd' | 'c' | 'l', name = '') =>
  `${escapeName(accountId)}${SEPARATOR}${kind}${SEPARATOR}${escapeName(name)}`;

/** The fields a record touches: its day (which holds its contact's cell of that day) and its account's lists. */
export function fieldsOf(record: NormalizedRecord): string[] {
  return [field(record.accountId, 'd', dayName(record.day)), field(record.accountId, 'l')];
}

/** The lists as the state holds them, and as their field was written before December 2026. */
interface Lists {
  quotes: Quote[];
  recent: RecentInteraction[];
}

// The lists' field: each quote and recent interaction as an array of its values.
type PackedQuote = [recordId: string, day: string, text: string, start: number, end: number, weight: number, channel: string, role: string];
type PackedRecent = [recordId: string, at: number, role: string, negative: 0 | 1];
type PackedLists = [quotes: PackedQuote[], recent: PackedRecent[]];

function packLists(quotes: readonly Quote[], recent: readonly RecentInteraction[]): PackedLists {
  return [
    quotes.map((quote) => [quote.recordId, quote.day, quote.text, quote.start, quote.end, quote.weight, quote.channel, quote.role]),
    recent.map((item) => [item.recordId, item.at, item.role, item.negative ? 1 : 0]),
  ];
}

function readLists(json: string): Lists {
  const stored = JSON.parse(json) as PackedLists | Lists;
  if (!Array.isArray(stored)) return stored;
  const [quotes, recent] = stored;
  return {
    quotes: quotes.map(([recordId, day, text, start, end, weight, channel, role]) => ({
      recordId,
      day,
      text,
      start,
      end,
      weight,
      channel,
      role,
    })),
    recent: recent.map(([recordId, at, role, negative]) => ({ recordId, at, role, negative: negative === 1 })),
  };
}

/** A cell as a day's field stores it: `[count, sum]`. */
type PackedCell = [number, number];
type PackedCells = Record<string, PackedCell>;

/**
 * A day's field: the bucket's figures by position, its cells as pairs, then the cells of the contacts heard from that
 * day. A field the day lacks is 0, and trailing ones are left out.
 */
type PackedDay = [
  n: number,
  s: number,
  q: number,
  negative: number,
  roles: PackedCells,
  channels: PackedCells,
  categories?: PackedCells | 0,
  emotions?: Record<string, number> | 0,
  intents?: Record<string, number> | 0,
  escalation?: PackedCell | 0,
  churn?: PackedCell | 0,
  contacts?: PackedCells | 0,
];

function packCells(cells: Readonly<Record<string, Cell>>): PackedCells {
  const packed = dict<PackedCell>();
  for (const key in cells) packed[key] = [cells[key]!.n, cells[key]!.s];
  return packed;
}

function unpackCells(packed: PackedCells): Record<string, Cell> {
  const cells = dict<Cell>();
  for (const [key, [n, s]] of Object.entries(packed)) cells[key] = { n, s };
  return cells;
}

function copyCounts(counts: Record<string, number>): Record<string, number> {
  const copy = dict<number>();
  for (const [key, count] of Object.entries(counts)) copy[key] = count;
  return copy;
}

function packDay(bucket: DayBucket, contacts: Readonly<Record<string, Cell>> | undefined): PackedDay {
  const { categories, emotions, intents, escalation, churn } = bucket;
  const packed: PackedDay = [
    bucket.n,
    bucket.s,
    bucket.q,
    bucket.negative,
    packCells(bucket.roles),
    packCells(bucket.channels),
    categories ? packCells(categories) : 0,
    emotions ?? 0,
    intents ?? 0,
    escalation ? [escalation.n, escalation.s] : 0,
    churn ? [churn.n, churn.s] : 0,
    contacts ? packCells(contacts) : 0,
  ];
  while (packed[packed.length - 1] === 0) packed.pop();
  return packed;
}

function unpackDay(packed: PackedDay): { bucket: DayBucket; contacts: Record<string, Cell> | undefined } {
  const [n, s, q, negative, roles, channels, categories, emotions, intents, escalation, churn, contacts] = packed;
  const bucket: DayBucket = { n, s, q, negative, roles: unpackCells(roles), channels: unpackCells(channels) };
  if (categories) bucket.categories = unpackCells(categories);
  if (emotions) bucket.emotions = copyCounts(emotions);
  if (intents) bucket.intents = copyCounts(intents);
  if (escalation) bucket.escalation = { n: escalation[0], s: escalation[1] };
  if (churn) bucket.churn = { n: churn[0], s: churn[1] };
  return { bucket, contacts: contacts ? unpackCells(contacts) : undefined };
}

function addCell(account: AccountState, contactId: string, day: string, cell: Cell): void {
  const cells = (account.contacts[contactId] ??= dict<Cell>());
  const held = cells[day];
  cells[day] = held ? { n: held.n + cell.n, s: held.s + cell.s } : { n: cell.n, s: cell.s };
}

/** A day as stored: packed, or as written before December 2026 (its bucket's JSON). */
function readDay(json: string): { bucket: DayBucket; contacts: Record<string, Cell> | undefined } {
  const stored = JSON.parse(json) as PackedDay | DayBucket;
  return Array.isArray(stored) ? unpackDay(stored) : { bucket: stored, contacts: undefined };
}

/** Partial account states from stored fields (names with their JSON values; missing fields are absent). */
export function accountsFrom(entries: Iterable<[string, string]>): Record<string, AccountState> {
  const accounts = dict<AccountState>();
  for (const [name, json] of entries) {
    const [escapedAccount, kind, escapedKey] = name.split(SEPARATOR) as [string, string, string];
    const accountId = unescapeName(escapedAccount);
    const key = unescapeName(escapedKey);
    const account = (accounts[accountId] ??= { days: dict(), contacts: dict(), quotes: [], recent: [] });
    if (kind === 'd') {
      const { bucket, contacts } = readDay(json);
      account.days[key] = bucket;
      if (contacts) for (const [contactId, cell] of Object.entries(contacts)) addCell(account, contactId, key, cell);
    } else if (kind === 'c') {
      // A contact's whole history, as queues wrote it before contacts moved into the days.
      for (const [day, cell] of Object.entries(JSON.parse(json) as Record<string, Cell>)) addCell(account, key, day, cell);
    } else {
      const lists = readLists(json);
      account.quotes = lists.quotes;
      account.recent = lists.recent;
    }
  }
  return accounts;
}

/** The fields of account states, as names and JSON values for HSET. */
export function fieldsFrom(accounts: Record<string, AccountState>): string[] {
  const out: string[] = [];
  for (const accountId in accounts) {
    const account = accounts[accountId]!;
    const contactsByDay = new Map<string, Record<string, Cell>>();
    for (const contactId in account.contacts) {
      const cells = account.contacts[contactId]!;
      for (const day in cells) {
        let ofDay = contactsByDay.get(day);
        if (!ofDay) contactsByDay.set(day, (ofDay = dict<Cell>()));
        ofDay[contactId] = cells[day]!;
      }
    }
    for (const day in account.days) {
      const bucket = account.days[day]!;
      const contacts = contactsByDay.get(day);
      out.push(field(accountId, 'd', day), JSON.stringify(packDay(bucket, contacts)));
    }
    out.push(field(accountId, 'l'), JSON.stringify(packLists(account.quotes, account.recent)));
  }
  return out;
}
