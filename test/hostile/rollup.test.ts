// Hostile and careless rollup input: each case below broke the rollup before it was hardened (issue 22).
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { CxtoneError, InvalidInputError } from '../../src/errors.js';
import {
  createRollup,
  evaluateAlerts,
  type InteractionRecord,
  mergeRollups,
  type RollupState,
  sentimentLeadTime,
  summarizeRollup,
} from '../../src/rollup/index.js';

const record = (id: string, fields: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id,
  accountId: 'acme',
  at: '2026-03-01',
  result: { score: -0.5, label: 'negative' },
  ...fields,
});

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = prototypeKeys();

afterEach(() => {
  // A polluted prototype would break every later test in the process: fail loudly and repair.
  for (const key of prototypeKeys()) if (!cleanPrototype.includes(key)) delete (Object.prototype as Record<string, unknown>)[key];
});

describe('keys taken from user data', () => {
  test('a category named "__proto__" is a category, not a way into Object.prototype', () => {
    const live = createRollup();
    live.add({
      id: 'r',
      accountId: 'a',
      at: '2026-03-01',
      result: JSON.parse('{"score":-0.5,"label":"negative","categories":{"__proto__":-0.5}}'),
    });
    const [account] = live.summarize();
    expect(prototypeKeys()).toEqual(cleanPrototype);
    expect(Object.hasOwn(account!.byCategory, '__proto__')).toBe(true);
    // biome-ignore lint/complexity/useLiteralKeys: a bracketed key, since `.__proto__` reads the prototype on ordinary objects
    // biome-ignore lint/suspicious/noProto: the category under test is named "__proto__"
    expect(account!.byCategory['__proto__']).toEqual({ volume: 1, score: -0.5 });
    // A second rollup in the same process still works.
    expect(createRollup().summarize()).toEqual([]);
  });

  test('accounts and contacts named like Object.prototype members are counted, not dropped', () => {
    const live = createRollup();
    live.add(record('1', { accountId: '__proto__', contactId: '__proto__' }));
    live.add(record('2', { accountId: 'constructor', contactId: 'toString' }));
    const accounts = live.summarize();
    expect(accounts.map((account) => account.accountId).sort()).toEqual(['__proto__', 'constructor']);
    expect(accounts.map((account) => account.contacts.map((contact) => contact.contactId))).toEqual([['__proto__'], ['toString']]);
    expect(accounts.every((account) => account.volume === 1)).toBe(true);
    // The state survives a JSON round trip and a merge with the keys intact.
    const state = JSON.parse(JSON.stringify(live.state())) as RollupState;
    expect(Object.keys(mergeRollups(state, createRollup().state()).accounts).sort()).toEqual(['__proto__', 'constructor']);
  });

  test('a role named "constructor" weighs 1 like any unknown role', () => {
    const live = createRollup();
    live.add(record('1', { role: 'constructor', result: { score: -0.5, label: 'negative' } }));
    live.add(record('2', { role: 'end_user', result: { score: 0.1, label: 'neutral' } }));
    expect(live.summarize()[0]!.score).toBe(-0.2);
  });

  test('alerts and lead times look up names as own keys', () => {
    const live = createRollup();
    live.add(record('1', { result: { score: -0.5, label: 'negative', intents: ['churn'] } }));
    const alerts = evaluateAlerts(live.state(), [{ id: 'odd', kind: 'intent', intent: 'constructor' }]);
    expect(alerts).toEqual([]);
    const report = sentimentLeadTime(live.state(), [{ accountId: 'constructor', churned: true, at: '2026-03-02' }]);
    expect(report.accounts[0]!.lowestScore).toBeNull();
  });
});

describe('dates', () => {
  test('a record dated in the future is rejected, so it cannot move every summary\'s "as of" day', () => {
    const live = createRollup();
    live.add(record('1'));
    expect(() => live.add(record('2', { at: '2062-01-01' }))).toThrow(
      /record 1 \(id "2"\): "at" 2062-01-01T00:00:00.000Z is in the future/,
    );
    expect(live.summarize()[0]!.volume).toBe(1);
  });

  test('epoch seconds are named as such, and impossible calendar days are rejected', () => {
    const live = createRollup();
    expect(() => live.add(record('s', { at: 1.7e9 }))).toThrow(/looks like epoch seconds .* multiply by 1000/);
    expect(() => live.add(record('d', { at: '2026-02-30' }))).toThrow(/"at" "2026-02-30" is not a calendar day/);
    expect(() => live.add(record('t', { at: '2026-02-30T10:00:00Z' }))).toThrow(/not a calendar day/);
    expect(() => live.add(record('x', { at: -1e20 }))).toThrow(/"at" must be an ISO date string/);
    live.add(record('ok', { at: '2024-02-29T10:00:00Z' }));
    expect(live.summarize()[0]!.lastDay).toBe('2024-02-29');
  });
});

describe('result figures', () => {
  test.each([
    [{ score: -0.5, label: 'angry' }, /"result.label" must be positive, negative, neutral or mixed/],
    [{ score: -0.5, label: 'negative', categories: { billing: '-0.5' } }, /"result.categories.billing" must be a number from -1 to 1/],
    [{ score: -0.5, label: 'negative', emotions: { anger: 3 } }, /"result.emotions.anger" must be a number from 0 to 1/],
    [{ score: -0.5, label: 'negative', intents: 'churn' }, /"result.intents" must be an array of strings/],
    [{ score: -0.5, label: 'negative', churnRisk: Number.NaN }, /"result.churnRisk" must be a number from 0 to 1/],
    [{ score: -0.5, label: 'negative', quotes: [{ text: 'x' }] }, /"result.quotes" must hold/],
  ])('%j is rejected with the field named', (result, message) => {
    expect(() => createRollup().add(record('r', { result: result as never }))).toThrow(message);
  });
});

function validState(): RollupState {
  const live = createRollup();
  live.add(
    record('1', {
      contactId: 'c1',
      role: 'champion',
      channel: 'email',
      result: {
        score: -0.5,
        label: 'negative',
        categories: { billing: -0.5 },
        emotions: { anger: 0.6 },
        intents: ['churn'],
        quotes: [{ text: 'bad', start: 0, end: 3, weight: -1 }],
        churnRisk: 0.4,
      },
    }),
  );
  return JSON.parse(JSON.stringify(live.state())) as RollupState;
}

describe('corrupt states', () => {
  test.each([
    [
      'a count written as a string',
      (state: RollupState) => ((state.accounts.acme!.days['2026-03-01']!.n as unknown) = '3'),
      /accounts\["acme"\].days\["2026-03-01"\].n: expected a whole number/,
    ],
    [
      'a day key that is no day',
      (state: RollupState) => (state.accounts.acme!.days.garbage = state.accounts.acme!.days['2026-03-01']!),
      /days\["garbage"\]: "garbage" is not a calendar day/,
    ],
    [
      'accounts as an array',
      (state: RollupState) => ((state.accounts as unknown) = []),
      /\.accounts: expected an object, received an array/,
    ],
    [
      'a day without roles',
      (state: RollupState) =>
        delete (state.accounts.acme!.days['2026-03-01'] as Partial<RollupState['accounts'][string]['days'][string]>).roles,
      /\.roles: expected an object, received undefined/,
    ],
    [
      'a quote without text',
      (state: RollupState) => delete (state.accounts.acme!.quotes[0] as Partial<RollupState['accounts'][string]['quotes'][number]>).text,
      /quotes\[0\]\.text: expected a string/,
    ],
  ])('%s fails with the path of the field', (_, corrupt, message) => {
    const state = validState();
    corrupt(state);
    expect(() => mergeRollups(validState(), state)).toThrow(InvalidInputError);
    expect(() => mergeRollups(validState(), state)).toThrow(message);
    expect(() => createRollup({}, state)).toThrow(message);
    expect(() => summarizeRollup(state)).toThrow(message);
  });
});

// Random histories: a few accounts, contacts and roles (including prototype names), days within two weeks.
const NAMES = ['acme', 'globex', '__proto__', 'constructor'];
const arbitraryRecord = fc.record({
  accountId: fc.constantFrom(...NAMES),
  contactId: fc.option(fc.constantFrom('c1', 'c2', 'toString'), { nil: undefined }),
  role: fc.option(fc.constantFrom('champion', 'end_user', 'hasOwnProperty'), { nil: undefined }),
  day: fc.integer({ min: 1, max: 14 }),
  score: fc.integer({ min: -10_000, max: 10_000 }),
  category: fc.option(fc.constantFrom('billing', '__proto__'), { nil: undefined }),
});
type Arbitrary = typeof arbitraryRecord extends fc.Arbitrary<infer T> ? T : never;

function stateOf(...parts: [items: readonly Arbitrary[], offset: number][]): RollupState {
  const live = createRollup({ quoteLimit: 3, recentLimit: 3 });
  for (const [items, offset] of parts) addAll(live, items, offset);
  return live.state();
}

function addAll(live: ReturnType<typeof createRollup>, items: readonly Arbitrary[], offset: number): void {
  items.forEach((item, k) => {
    const score = item.score / 10_000;
    live.add({
      id: `r${offset + k}`,
      accountId: item.accountId,
      contactId: item.contactId,
      role: item.role,
      at: Date.UTC(2026, 2, item.day, k % 24),
      result: {
        score,
        label: score < 0 ? 'negative' : 'positive',
        categories: item.category ? Object.fromEntries([[item.category, score]]) : undefined,
        quotes: [{ text: 'q', start: 0, end: 1, weight: score }],
      },
    });
  });
}

const canonical = (state: RollupState) =>
  JSON.stringify(state, (_, value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)))
      : value,
  );

describe('merge, property-based', () => {
  test('random partial states merge associatively and commutatively, to the one-pass state', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryRecord, { maxLength: 40 }),
        fc.array(arbitraryRecord, { maxLength: 40 }),
        fc.array(arbitraryRecord, { maxLength: 40 }),
        (a, b, c) => {
          const [sa, sb, sc] = [stateOf([a, 0]), stateOf([b, 1000]), stateOf([c, 2000])];
          const left = mergeRollups(mergeRollups(sa, sb), sc);
          const right = mergeRollups(sa, mergeRollups(sc, sb));
          const onePass = stateOf([a, 0], [b, 1000], [c, 2000]);
          expect(canonical(left)).toBe(canonical(right));
          expect(canonical(left)).toBe(canonical(onePass));
          expect(summarizeRollup(left)).toEqual(summarizeRollup(onePass));
        },
      ),
      { seed: 22, numRuns: 60 },
    );
  });

  test('randomly corrupted states fail with a CxtoneError, never a raw TypeError', () => {
    const junk = fc.oneof(
      fc.constant(null),
      fc.constant(undefined),
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant([]),
      fc.constant({}),
      fc.constant('__proto__'),
    );
    fc.assert(
      fc.property(fc.array(arbitraryRecord, { minLength: 1, maxLength: 10 }), fc.nat(), junk, (items, pick, value) => {
        const state = JSON.parse(JSON.stringify(stateOf([items, 0]))) as Record<string, unknown>;
        // Replace one randomly chosen field, anywhere in the tree, by junk.
        const slots: [Record<string, unknown>, string][] = [];
        const walk = (node: unknown) => {
          if (typeof node !== 'object' || node === null) return;
          for (const key of Object.keys(node)) {
            slots.push([node as Record<string, unknown>, key]);
            walk((node as Record<string, unknown>)[key]);
          }
        };
        walk(state);
        const [parent, key] = slots[pick % slots.length]!;
        parent[key] = value;
        try {
          mergeRollups(state as unknown as RollupState, stateOf([items, 100]));
          summarizeRollup(state as unknown as RollupState);
        } catch (error) {
          expect(error).toBeInstanceOf(CxtoneError);
        }
      }),
      { seed: 22, numRuns: 300 },
    );
  });
});
