import type { AccountState, Cell, DayBucket, Quote, RecentInteraction } from '../rollup/index.js';
import { dict } from '../rollup/dict.js';
import { dayName } from '../rollup/record.js';
import type { NormalizedRecord } from '../rollup/record.js';
import { escapeName, unescapeName } from './keys.js';

// How an account's state is laid out in its shard's Redis hash: one field per day, and one for the quotes and recent
// interactions. A day's field holds its contacts' cells too, so a record changes one day and the lists, and a commit
// reads and writes those fields only, whatever the length of the account's or a contact's history. (Before, each
// contact had a field with every day of its history, read and written again for each of its records; such fields
// are still read, and their cells added to those kept in the days.)

const SEPARATOR = '\u0000';
// Account and contact ids are escaped (keys.ts), so the separator splits a name into exactly its three parts.
const field = (accountId: string, kind: 'd' | 'c' | 'l', name = '') =>
  `${escapeName(accountId)}${SEPARATOR}${kind}${SEPARATOR}${escapeName(name)}`;

/** The fields a record touches: its day (which holds its contact's cell of that day) and its account's lists. */
export function fieldsOf(record: NormalizedRecord): string[] {
  return [field(record.accountId, 'd', dayName(record.day)), field(record.accountId, 'l')];
}

interface Lists {
  quotes: Quote[];
  recent: RecentInteraction[];
}

/** A day's field: its bucket alone, or with the cells of the contacts heard from that day. */
type StoredDay = DayBucket | [DayBucket, Record<string, Cell>];

function addCell(account: AccountState, contactId: string, day: string, cell: Cell): void {
  const cells = (account.contacts[contactId] ??= dict<Cell>());
  const held = cells[day];
  cells[day] = held ? { n: held.n + cell.n, s: held.s + cell.s } : { n: cell.n, s: cell.s };
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
      const stored = JSON.parse(json) as StoredDay;
      if (Array.isArray(stored)) {
        account.days[key] = stored[0];
        for (const [contactId, cell] of Object.entries(stored[1])) addCell(account, contactId, key, cell);
      } else account.days[key] = stored;
    } else if (kind === 'c') {
      // A contact's whole history, as queues wrote it before contacts moved into the days.
      for (const [day, cell] of Object.entries(JSON.parse(json) as Record<string, Cell>)) addCell(account, key, day, cell);
    } else {
      const lists = JSON.parse(json) as Lists;
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
      out.push(field(accountId, 'd', day), JSON.stringify(contacts ? ([bucket, contacts] satisfies StoredDay) : bucket));
    }
    out.push(field(accountId, 'l'), JSON.stringify({ quotes: account.quotes, recent: account.recent } satisfies Lists));
  }
  return out;
}
