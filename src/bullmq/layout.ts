import type { AccountState, Cell, DayBucket, Quote, RecentInteraction } from '../rollup/index.js';
import { dayName } from '../rollup/record.js';
import type { NormalizedRecord } from '../rollup/record.js';
import { escapeName, unescapeName } from './keys.js';

// How an account's state is laid out in its shard's Redis hash: one field per day, one per contact, and one for the
// quotes and recent interactions. A record changes one day, one contact and the lists, so a commit reads and writes
// those fields only, whatever the length of the account's history.

const SEPARATOR = '\u0000';
// Account and contact ids are escaped (keys.ts), so the separator splits a name into exactly its three parts.
const field = (accountId: string, kind: 'd' | 'c' | 'l', name = '') =>
  `${escapeName(accountId)}${SEPARATOR}${kind}${SEPARATOR}${escapeName(name)}`;

/** The fields a record touches. */
export function fieldsOf(record: NormalizedRecord): string[] {
  const fields = [field(record.accountId, 'd', dayName(record.day)), field(record.accountId, 'l')];
  if (record.contactId !== undefined) fields.push(field(record.accountId, 'c', record.contactId));
  return fields;
}

interface Lists {
  quotes: Quote[];
  recent: RecentInteraction[];
}

/** Partial account states from stored fields (names with their JSON values; missing fields are absent). */
export function accountsFrom(entries: Iterable<[string, string]>): Record<string, AccountState> {
  const accounts: Record<string, AccountState> = Object.create(null);
  for (const [name, json] of entries) {
    const [escapedAccount, kind, escapedKey] = name.split(SEPARATOR) as [string, string, string];
    const accountId = unescapeName(escapedAccount);
    const key = unescapeName(escapedKey);
    const account = (accounts[accountId] ??= { days: Object.create(null), contacts: Object.create(null), quotes: [], recent: [] });
    if (kind === 'd') account.days[key] = JSON.parse(json) as DayBucket;
    else if (kind === 'c') account.contacts[key] = JSON.parse(json) as Record<string, Cell>;
    else {
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
  for (const [accountId, account] of Object.entries(accounts)) {
    for (const [day, bucket] of Object.entries(account.days)) out.push(field(accountId, 'd', day), JSON.stringify(bucket));
    for (const [contact, cells] of Object.entries(account.contacts)) out.push(field(accountId, 'c', contact), JSON.stringify(cells));
    out.push(field(accountId, 'l'), JSON.stringify({ quotes: account.quotes, recent: account.recent } satisfies Lists));
  }
  return out;
}
