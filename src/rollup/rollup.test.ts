import { describe, expect, test } from 'vitest';
import { analyze } from '../index.js';
import { InvalidInputError, InvalidOptionsError } from '../errors.js';
import {
  type AlertRule,
  createRollup,
  evaluateAlerts,
  type InteractionRecord,
  mergeRollups,
  projectResult,
  rollup,
  type RollupState,
  sentimentLeadTime,
  summarizeRollup,
} from './index.js';

/** Deterministic PRNG (mulberry32), so generated histories are the same on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ROLES = ['executive_sponsor', 'champion', 'admin', 'end_user'];
const CHANNELS = ['email', 'chat', 'call'];
const CATEGORIES = ['billing', 'support', 'product'];

function history(seed: number, count: number, accounts = 20, days = 60): InteractionRecord[] {
  const next = random(seed);
  return Array.from({ length: count }, (_, k) => {
    const score = Math.round((next() * 2 - 1) * 10000) / 10000;
    const category = CATEGORIES[Math.floor(next() * 3)]!;
    return {
      id: `r${seed}-${k}`,
      accountId: `acct-${Math.floor(next() * accounts)}`,
      contactId: `c-${Math.floor(next() * 50)}`,
      role: ROLES[Math.floor(next() * 4)]!,
      channel: CHANNELS[Math.floor(next() * 3)]!,
      at: Date.UTC(2026, 0, 1) + Math.floor(next() * days) * 86_400_000 + Math.floor(next() * 86_400_000),
      result: {
        score,
        label: score <= -0.125 ? 'negative' : score >= 0.125 ? 'positive' : 'neutral',
        quotes: [{ text: 'q', start: 0, end: 1, weight: Math.round(score * 1000) / 1000 }],
        categories: { [category]: score },
        ...(next() < 0.1 ? { intents: ['churn'] } : {}),
        ...(next() < 0.3 ? { emotions: { frustration: 0.5 } } : {}),
        churnRisk: Math.round(next() * 10000) / 10000,
      },
    };
  });
}

const stateOf = (records: InteractionRecord[]): RollupState => {
  const live = createRollup();
  for (const record of records) live.add(record);
  return live.state();
};

const day = (d: number, hour = 12) => Date.UTC(2026, 2, d, hour);
const record = (id: string, at: number, score: number, extra: Partial<InteractionRecord> = {}): InteractionRecord => ({
  id,
  accountId: 'acme',
  at,
  result: { score, label: score <= -0.125 ? 'negative' : score >= 0.125 ? 'positive' : 'neutral' },
  ...extra,
});

describe('merge', () => {
  const records = history(7, 3000);

  test.each([1, 2, 3, 4, 5])('any split and merge order gives the one-pass state (seed %i)', (seed) => {
    const next = random(seed);
    const parts: InteractionRecord[][] = [[], [], [], []];
    for (const item of records) parts[Math.floor(next() * 4)]!.push(item);
    const states = parts.map(stateOf);
    const order = [0, 1, 2, 3].sort(() => next() - 0.5);
    const leftFold = order.reduce<RollupState | undefined>((acc, k) => (acc ? mergeRollups(acc, states[k]!) : states[k]!), undefined)!;
    const tree = mergeRollups(mergeRollups(states[order[3]!]!, states[order[1]!]!), mergeRollups(states[order[0]!]!, states[order[2]!]!));
    const onePass = stateOf(records);
    expect(leftFold).toEqual(onePass);
    expect(tree).toEqual(onePass);
  });

  test('is commutative and leaves its inputs alone', () => {
    const a = stateOf(records.slice(0, 1000));
    const b = stateOf(records.slice(1000));
    const copyA = JSON.parse(JSON.stringify(a));
    expect(mergeRollups(a, b)).toEqual(mergeRollups(b, a));
    expect(a).toEqual(copyA);
  });

  test('record order does not matter to the streaming rollup', () => {
    const shuffled = [...records].sort(() => random(3)() - 0.5).reverse();
    expect(stateOf(shuffled)).toEqual(stateOf(records));
  });

  test('quotes that tie on strength, record and start are ordered by their end, whatever order they come in', () => {
    // Two quotes of one record from one offset, as a phrase and the word it starts with can be, equally strong.
    const quotes = [
      { text: 'not working', start: 4, end: 15, weight: -0.5 },
      { text: 'not', start: 4, end: 7, weight: 0.5 },
    ];
    const record = (order: typeof quotes): InteractionRecord => ({
      id: 'r1',
      accountId: 'acme',
      at: day(1),
      result: { score: -0.5, label: 'negative', quotes: order },
    });
    const kept = (order: typeof quotes, limit: number) => {
      const live = createRollup({ quoteLimit: limit });
      live.add(record(order));
      return live.state().accounts.acme!.quotes.map((quote) => quote.end);
    };
    expect(kept(quotes, 2)).toEqual([7, 15]);
    expect(kept([...quotes].reverse(), 2)).toEqual([7, 15]);
    expect(kept(quotes, 1)).toEqual([7]);
    expect(kept([...quotes].reverse(), 1)).toEqual([7]);
    // A merge orders them the same way.
    const one = createRollup({ quoteLimit: 1 });
    one.add(record([quotes[0]!]));
    const other = createRollup({ quoteLimit: 1 });
    other.add({ ...record([quotes[1]!]), id: 'r1' });
    expect(mergeRollups(one.state(), other.state()).accounts.acme!.quotes.map((quote) => quote.end)).toEqual([7]);
  });

  test('state size grows with accounts × days, not records', () => {
    const buckets = (state: RollupState) =>
      Object.values(state.accounts).reduce((sum, account) => sum + Object.keys(account.days).length, 0);
    const small = stateOf(history(11, 2_000, 5, 10));
    const large = stateOf(history(11, 20_000, 5, 10));
    expect(buckets(large)).toBeLessThanOrEqual(5 * 10);
    expect(buckets(large)).toBe(buckets(small));
    expect(JSON.stringify(large).length).toBeLessThan(2 * JSON.stringify(small).length);
  });
});

describe('summary', () => {
  test("time decay halves a day's weight every halfLifeDays", () => {
    const { accounts } = rollup([record('old', day(1), 1), record('new', day(15), -1)], { halfLifeDays: 14 });
    expect(accounts[0]!.score).toBeCloseTo((-1 + 0.5) / 1.5, 4);
    const longMemory = rollup([record('old', day(1), 1), record('new', day(15), -1)], { halfLifeDays: 10_000 }).accounts[0]!.score!;
    expect(longMemory).toBeCloseTo(0, 2);
  });

  test('role weights: a negative champion outweighs a happy end user', () => {
    const records = [record('a', day(5), -0.6, { role: 'champion' }), record('b', day(5), 0.6, { role: 'end_user' })];
    expect(rollup(records).accounts[0]!.score).toBeCloseTo((-0.6 * 3 + 0.6) / 4, 4);
    expect(rollup(records, { roleWeights: { champion: 1, end_user: 1 } }).accounts[0]!.score).toBeCloseTo(0, 4);
  });

  test('decomposes by category, channel, role and contact; counts volume, negatives, emotions, intents', () => {
    const records = [
      record('a', day(3), -0.8, {
        channel: 'email',
        contactId: 'dana',
        result: {
          score: -0.8,
          label: 'negative',
          categories: { billing: -0.9, product: 0.2 },
          intents: ['billing_dispute'],
          emotions: { anger: 0.7 },
        },
      }),
      record('b', day(4), 0.5, {
        channel: 'chat',
        contactId: 'sam',
        result: { score: 0.5, label: 'positive', categories: { support: 0.6 }, emotions: { gratitude: 0.8, anger: 0.1 } },
      }),
    ];
    const [account] = rollup(records, { halfLifeDays: 10_000 }).accounts;
    expect(account!.volume).toBe(2);
    expect(account!.shareNegative).toBe(0.5);
    expect(account!.byCategory).toEqual({
      billing: { volume: 1, score: -0.9 },
      product: { volume: 1, score: 0.2 },
      support: { volume: 1, score: 0.6 },
    });
    expect(account!.byChannel.email).toEqual({ volume: 1, score: -0.8 });
    expect(account!.contacts.map((contact) => contact.contactId)).toEqual(['dana', 'sam']);
    expect(account!.emotions).toEqual([
      { emotion: 'anger', count: 2 },
      { emotion: 'gratitude', count: 1 },
    ]);
    expect(account!.intents).toEqual({ billing_dispute: 1 });
    expect(account!.volatility).toBeCloseTo(0.65, 4);
  });

  test('trend is the weekly slope of daily means', () => {
    const records = [0, 1, 2, 3, 4, 5, 6, 7].map((k) => record(`r${k}`, day(1 + k), -0.1 * k));
    expect(rollup(records).accounts[0]!.trendPerWeek).toBeCloseTo(-0.7, 4);
  });

  test('the window drops old days; quotes come from analyze() results with their interaction ids', () => {
    const text = 'The export is still broken and we are losing revenue.';
    const records: InteractionRecord[] = [
      { id: 'old', accountId: 'acme', at: day(1), result: analyze('Everything is great.') },
      { id: 'new', accountId: 'acme', at: day(28), result: analyze(text) },
    ];
    const [account] = rollup(records, { windowDays: 7 }).accounts;
    expect(account!.volume).toBe(1);
    expect(account!.quotes.map((quote) => quote.recordId)).toEqual(['new', 'new']);
    expect(text.slice(account!.quotes[0]!.start, account!.quotes[0]!.end)).toBe(account!.quotes[0]!.text);
    expect(projectResult(analyze(text)).quotes).toHaveLength(2);
  });

  test("a compact result's quote keeps its record's id and brings no field of its own into the state", () => {
    const live = createRollup();
    const quote = { text: 'broken', start: 4, end: 10, weight: -0.6, recordId: 'forged', note: 'not stored' };
    live.add({ id: 'r1', accountId: 'acme', at: day(1), result: { score: -0.6, label: 'negative', quotes: [quote] } });
    expect(live.state().accounts.acme!.quotes).toEqual([
      { recordId: 'r1', day: '2026-03-01', text: 'broken', start: 4, end: 10, weight: -0.6, channel: 'unknown', role: 'unknown' },
    ]);
  });

  test('analyze() results carry their emotions, intents and risks into the rollup', () => {
    const compact = projectResult(analyze("I'm furious. If this isn't fixed by Friday we will cancel our subscription."));
    expect(compact.intents).toContain('churn');
    expect(Object.keys(compact.emotions!)).toContain('anger');
    expect(compact.churnRisk).toBeGreaterThan(0.3);
    const records = [
      {
        id: 'x',
        accountId: 'acme',
        at: day(1),
        result: analyze("I'm furious. If this isn't fixed by Friday we will cancel our subscription."),
      },
    ];
    const [account] = rollup(records).accounts;
    expect(account!.intents).toMatchObject({ churn: 1 });
  });

  test('accounts come most negative first', () => {
    const records = [record('a', day(1), 0.5), { ...record('b', day(1), -0.5), accountId: 'zeta' }];
    expect(rollup(records).accounts.map((account) => account.accountId)).toEqual(['zeta', 'acme']);
  });
});

describe('alerts', () => {
  const sustained: AlertRule = { id: 'support-low', kind: 'sustained', category: 'support', below: -0.3, days: 14 };
  const supportOn = (d: number, score: number, id = `s${d}`) =>
    record(id, day(d), score, { result: { score, label: 'negative', categories: { support: score } } });

  test('sustained fires when every one of the last N days is below, carrying values over quiet days', () => {
    const state = stateOf([supportOn(1, -0.5), supportOn(7, -0.4), supportOn(14, -0.6)]);
    const alerts = evaluateAlerts(state, [sustained], { asOf: day(14) });
    expect(alerts).toMatchObject([{ ruleId: 'support-low', accountId: 'acme', from: '2026-03-01', to: '2026-03-14' }]);
  });

  test('sustained does not fire one day short, or after a day at the threshold', () => {
    expect(evaluateAlerts(stateOf([supportOn(2, -0.5), supportOn(14, -0.6)]), [sustained], { asOf: day(14) })).toEqual([]);
    expect(evaluateAlerts(stateOf([supportOn(1, -0.5), supportOn(8, -0.3), supportOn(14, -0.6)]), [sustained], { asOf: day(14) })).toEqual(
      [],
    );
  });

  test('a day before the period seeds the carried value', () => {
    const state = stateOf([supportOn(1, -0.5)]);
    expect(evaluateAlerts(state, [{ ...sustained, days: 3 }], { asOf: day(10) })).toHaveLength(1);
  });

  test('streak: three negative interactions in a row from a champion', () => {
    const rule: AlertRule = { id: 'champion-streak', kind: 'streak', count: 3, role: 'champion' };
    const champion = (id: string, d: number, score: number) => record(id, day(d), score, { role: 'champion' });
    const three = stateOf([
      champion('a', 1, -0.5),
      champion('b', 2, -0.5),
      record('x', day(3), 0.9, { role: 'end_user' }),
      champion('c', 4, -0.5),
    ]);
    expect(evaluateAlerts(three, [rule], { asOf: day(4) })).toMatchObject([{ recordIds: ['c', 'b', 'a'], from: '2026-03-01' }]);
    const broken = stateOf([champion('a', 1, -0.5), champion('b', 2, 0.5), champion('c', 4, -0.5)]);
    expect(evaluateAlerts(broken, [rule], { asOf: day(4) })).toEqual([]);
  });

  test('intent seen, within its window only', () => {
    const state = stateOf([record('a', day(1), -0.5, { result: { score: -0.5, label: 'negative', intents: ['churn'] } })]);
    const rule: AlertRule = { id: 'churn', kind: 'intent', intent: 'churn', withinDays: 10 };
    expect(evaluateAlerts(state, [rule], { asOf: day(10) })).toHaveLength(1);
    expect(evaluateAlerts(state, [rule], { asOf: day(11) })).toEqual([]);
  });

  test('risk above a threshold', () => {
    const state = stateOf([record('a', day(1), -0.5, { result: { score: -0.5, label: 'negative', churnRisk: 0.8 } })]);
    expect(evaluateAlerts(state, [{ id: 'r', kind: 'risk', risk: 'churn', above: 0.7 }], { asOf: day(2) })).toHaveLength(1);
    expect(evaluateAlerts(state, [{ id: 'r', kind: 'risk', risk: 'churn', above: 0.85 }], { asOf: day(2) })).toEqual([]);
  });

  test('bad rules fail clearly', () => {
    expect(() => evaluateAlerts(stateOf([]), [{ id: 'x', kind: 'sustained', below: -0.3, days: 0 }])).toThrow(
      /alert rule 0 \("x"\): "days" must be a positive integer/,
    );
    expect(() => evaluateAlerts(stateOf([]), [{ id: 'x', kind: 'nope' } as never])).toThrow(InvalidOptionsError);
  });
});

describe('lead time', () => {
  test('reports when sentiment turned negative before churn, and separates churned from retained', () => {
    const records: InteractionRecord[] = [];
    for (let k = 0; k < 6; k++) {
      const churned = k < 3;
      for (let d = 1; d <= 28; d++) {
        const score = churned && d >= 15 ? -0.6 : 0.4;
        records.push({ id: `${k}-${d}`, accountId: `a${k}`, at: day(d), result: { score, label: score < 0 ? 'negative' : 'positive' } });
      }
    }
    const outcomes = [0, 1, 2, 3, 4, 5].map((k) => ({ accountId: `a${k}`, churned: k < 3, at: day(28) }));
    const report = sentimentLeadTime(stateOf(records), outcomes, { halfLifeDays: 0.25 });
    expect(report.churnedFlagged).toBe(1);
    expect(report.retainedFlagged).toBe(0);
    expect(report.separationAuc).toBe(1);
    expect(report.accounts[0]!.turnedNegative).toBe('2026-03-15');
    expect(report.medianLeadDays).toBe(13);
    // A longer memory turns negative later: the decayed score needs a few bad days to cross the threshold.
    expect(sentimentLeadTime(stateOf(records), outcomes, { halfLifeDays: 3 }).medianLeadDays).toBeLessThan(13);
  });

  test('bad outcomes fail clearly', () => {
    expect(() => sentimentLeadTime(stateOf([]), [{ accountId: 'a', churned: 'yes', at: day(1) } as never])).toThrow(/outcome 0/);
  });
});

describe('bad records', () => {
  test.each([
    [null, /record 0: expected an object/],
    [{ id: 'x', accountId: 'a', at: 'yesterday', result: { score: 0, label: 'neutral' } }, /record 0 \(id "x"\): "at" must be/],
    [{ id: 'x', accountId: '', at: day(1), result: { score: 0, label: 'neutral' } }, /"accountId" must be a non-empty string/],
    [{ id: 'x', accountId: 'a', at: day(1), result: { score: 3, label: 'neutral' } }, /"result.score" must be a number from -1 to 1/],
    [{ id: 'x', accountId: 'a', at: day(1) }, /"result" must be/],
  ])('%j is rejected with an error naming the record', (bad, message) => {
    const live = createRollup();
    expect(() => live.add(bad as never)).toThrow(InvalidInputError);
    expect(() => createRollup().add(bad as never)).toThrow(message);
  });

  test('merging or continuing from something that is not a state fails clearly', () => {
    expect(() => mergeRollups(stateOf([]), { accounts: {} } as never)).toThrow(/the second argument must be a rollup state/);
    expect(() => createRollup({}, 'state' as never)).toThrow(InvalidInputError);
    expect(() => summarizeRollup(null as never)).toThrow(/the rollup state must be a rollup state/);
    expect(() => evaluateAlerts([] as never, [])).toThrow(InvalidInputError);
    expect(() => sentimentLeadTime({} as never, [])).toThrow(InvalidInputError);
  });

  test('a rollup continues from a stored state', () => {
    const records = history(5, 500);
    const live = createRollup({}, JSON.parse(JSON.stringify(stateOf(records.slice(0, 200)))));
    for (const item of records.slice(200)) live.add(item);
    expect(live.state()).toEqual(stateOf(records));
  });

  test('summary options are checked', () => {
    expect(() => summarizeRollup(stateOf([]), { halfLifeDays: 0 })).toThrow(/"halfLifeDays" must be a positive number/);
  });
});
