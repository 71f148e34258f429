// The parts of cxtone/bullmq that need no Redis: sharding, record checks, connection options, argument errors.
import { describe, expect, test } from 'vitest';
import { enqueueInteractions, shardOf, startRollupWorker } from '../src/bullmq/index.js';
import { connect } from '../src/bullmq/connection.js';
import { recordKey } from '../src/bullmq/keys.js';
import { accountsFrom, fieldsFrom, fieldsOf } from '../src/bullmq/layout.js';
import { prepareRecord } from '../src/bullmq/records.js';
import { analyze, InvalidInputError, InvalidOptionsError } from '../src/index.js';
import { createRollup } from '../src/rollup/index.js';
import { syntheticInteractions } from './support/interactions.js';

describe('sharding', () => {
  test('an account always lands in the same shard, and accounts spread over all shards', () => {
    expect(shardOf('acct-1', 16)).toBe(shardOf('acct-1', 16));
    const used = new Set(Array.from({ length: 500 }, (_, k) => shardOf(`acct-${k}`, 16)));
    expect(used.size).toBe(16);
    for (const shard of used) expect(shard).toBeGreaterThanOrEqual(0);
    // FNV-1a, pinned: a change of hash would move the accounts of queues already running to other shards.
    expect([shardOf('northwind', 16), shardOf('acme', 16), shardOf('', 16), shardOf('acct-1', 1024)]).toEqual([10, 15, 5, 860]);
  });
});

describe('records', () => {
  test('ids with characters beyond U+FFFF (surrogate pairs) are kept', () => {
    const checked = prepareRecord({ id: 'r-\u{1F600}', accountId: 'a', at: '2026-07-01', text: 'Broken.' }, 'x', analyze);
    expect('record' in checked && checked.record.id).toBe('r-\u{1F600}');
  });

  test('a record with text is scored with aspects and reduced as the rollup keeps it, keyed by its account and id', () => {
    const text = 'The invoice is wrong again.';
    const checked = prepareRecord({ id: 'r1', accountId: 'a', at: '2026-07-01T00:00:00Z', text }, 'x', analyze);
    expect(checked.key).toBe(recordKey('a', 'r1'));
    const expected = analyze(text, { aspects: true });
    expect('record' in checked && checked.record).toMatchObject({
      id: 'r1',
      accountId: 'a',
      at: Date.UTC(2026, 6, 1),
      result: { label: expected.sentiment.label, score: expected.sentiment.score, categories: { billing: expect.any(Number) } },
    });
  });

  test.each([
    [{ id: 'r', accountId: 'a', at: '2026-07-01' }, /needs "text"/],
    [{ id: 'r', accountId: 'a', at: '2026-07-01', text: '   ' }, /needs "text"/],
    [{ id: 'r', accountId: 'a', at: 'soon', text: 'Broken.' }, /"at"/],
    [{ id: 'r', accountId: 7, at: '2026-07-01', text: 'Broken.' }, /"accountId" must be a non-empty string/],
    ['just text', /expected a record object/],
    [{ id: 'r\uD800', accountId: 'a', at: '2026-07-01', text: 'Broken.' }, /"id" holds a lone surrogate/],
    [{ id: 'r', accountId: '\uDC00a', at: '2026-07-01', text: 'Broken.' }, /"accountId" holds a lone surrogate/],
  ])('a record that cannot count comes back with its reason: %j', (raw, reason) => {
    const checked = prepareRecord(raw, 'job 1 record 0', analyze);
    expect('reason' in checked && checked.reason).toMatch(reason);
  });
});

describe('options', () => {
  test('a Redis URL becomes ioredis options that wait through outages', () => {
    expect(connect('redis://user:p%40ss@cache.internal:6380/2')).toMatchObject({
      host: 'cache.internal',
      port: 6380,
      username: 'user',
      password: 'p@ss',
      db: 2,
      maxRetriesPerRequest: null,
    });
    expect(connect('rediss://cache')).toMatchObject({ tls: {}, port: 6379 });
    expect(() => connect('http://cache')).toThrow(InvalidOptionsError);
    expect(() => connect('not a url')).toThrow(/"redis" must be a redis:\/\/ URL/);
  });

  test('bad arguments fail before any connection is made', async () => {
    await expect(enqueueInteractions(42 as never, { redis: 'redis://127.0.0.1:1', queue: 'q' })).rejects.toThrow(InvalidInputError);
    await expect(enqueueInteractions([], { redis: 'redis://127.0.0.1:1', queue: 'q', batchSize: 0 })).rejects.toThrow(
      /"batchSize" must be a whole number/,
    );
    for (const dedupeDays of [0, -3, 1.5, Number.NaN, '30'])
      await expect(startRollupWorker({ redis: 'redis://127.0.0.1:1', queue: 'q', dedupeDays: dedupeDays as number })).rejects.toThrow(
        /"dedupeDays" must be a whole number of days, 1 or more/,
      );
  });
});

/** The accounts of one rollup pass over `count` synthetic interactions, scored as a worker scores them. */
function syntheticAccounts(count: number, seed: number) {
  const live = createRollup();
  for (const record of syntheticInteractions(count, 5, seed)) {
    const { text, ...rest } = record;
    live.add({ ...rest, result: analyze(text!, { aspects: true }) });
  }
  return live.state().accounts;
}

describe('the state in Redis fields', () => {
  test('accounts laid out as day and list fields read back as they were', () => {
    const accounts = syntheticAccounts(200, 2);
    const fields = fieldsFrom(accounts);
    const pairs: [string, string][] = [];
    for (let k = 0; k < fields.length; k += 2) pairs.push([fields[k]!, fields[k + 1]!]);
    expect(accountsFrom(pairs)).toEqual(accounts);
    // A record touches its day, which holds its contact's cell of that day, and its account's lists: nothing else of
    // the account, however long its contact's history.
    const checked = prepareRecord(
      { id: 'r', accountId: 'acct-1', contactId: 'c-1', at: '2026-07-03T10:00:00Z', text: 'Broken.' },
      'x',
      analyze,
    );
    expect('record' in checked && fieldsOf(checked.record)).toEqual(['acct-1\u0000d\u00002026-07-03', 'acct-1\u0000l\u0000']);
    expect(pairs.some(([name]) => name.includes('\u0000c\u0000'))).toBe(false);
  });

  test("a contact's field in the earlier layout is still read, its cells added to those kept in the days", () => {
    const live = createRollup();
    const record = (id: string, at: string) => ({
      id,
      accountId: 'a',
      contactId: 'c',
      at,
      result: { score: -0.5, label: 'negative' as const },
    });
    live.add(record('1', '2026-07-01T10:00:00Z'));
    live.add(record('2', '2026-07-02T10:00:00Z'));
    live.add(record('3', '2026-07-02T11:00:00Z'));
    const { accounts } = live.state();
    // Records 1 and 2 as a worker of the earlier layout stored them (a contact field, days as their buckets' JSON),
    // record 3's contact cell as this one does, in its day's packed field.
    const [, packedDay] = fieldsFrom({
      a: {
        days: { '2026-07-02': accounts.a!.days['2026-07-02']! },
        contacts: { c: { '2026-07-02': { n: 1, s: -5000 } } },
        quotes: [],
        recent: [],
      },
    });
    const pairs: [string, string][] = [
      ['a\u0000c\u0000c', JSON.stringify({ '2026-07-01': { n: 1, s: -5000 }, '2026-07-02': { n: 1, s: -5000 } })],
      ['a\u0000d\u00002026-07-01', JSON.stringify(accounts.a!.days['2026-07-01'])],
      ['a\u0000d\u00002026-07-02', packedDay!],
      ['a\u0000l\u0000', JSON.stringify({ quotes: accounts.a!.quotes, recent: accounts.a!.recent })],
    ];
    expect(accountsFrom(pairs)).toEqual(accounts);
  });

  test("a day's field is packed: about half the bytes of its bucket's JSON", () => {
    const accounts = syntheticAccounts(300, 3);
    const fields = fieldsFrom(accounts);
    let packed = 0;
    let plain = 0;
    for (let k = 0; k < fields.length; k += 2) {
      const [account, kind, day] = fields[k]!.split('\u0000');
      if (kind !== 'd') continue;
      packed += fields[k + 1]!.length;
      plain += JSON.stringify(accounts[account!]!.days[day!]).length;
    }
    expect(packed).toBeGreaterThan(0);
    expect(packed / plain).toBeLessThan(0.6);
  });

  test('ids holding the separator or its escape keep their accounts, contacts and records apart', () => {
    const live = createRollup();
    // Joined naively, these would share names: account "a\0d\0x" with no contact against account "a" with contact
    // "x" on that day's field, and the two records' keys.
    const odd = ['a\u0000d\u00002026-07-01', 'a', 'b\u0001', 'b\u0001\u0002', 'b\u0000'];
    odd.forEach((accountId, k) => {
      live.add({
        id: k === 0 ? 'r' : `x\u0000${k}`,
        accountId,
        contactId: odd[(k + 1) % odd.length],
        at: '2026-07-01T10:00:00Z',
        result: { score: -0.5, label: 'negative', quotes: [] },
      });
    });
    const { accounts } = live.state();
    const fields = fieldsFrom(accounts);
    const pairs: [string, string][] = [];
    for (let k = 0; k < fields.length; k += 2) pairs.push([fields[k]!, fields[k + 1]!]);
    expect(new Set(pairs.map(([name]) => name)).size).toBe(pairs.length);
    expect(accountsFrom(pairs)).toEqual(accounts);
    expect(recordKey('a\u0000b', 'c')).not.toBe(recordKey('a', 'b\u0000c'));
    expect(recordKey('a\u0001', '\u0002')).not.toBe(recordKey('a', '\u0001\u0002'));
    // Ids without either character are written as they are: the names of queues already running do not change.
    expect(recordKey('acct-1', 'r-9')).toBe('acct-1\u0000r-9');
  });
});
