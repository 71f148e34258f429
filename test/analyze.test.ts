import { describe, expect, test } from 'vitest';
import {
  analyze,
  createAnalyzer,
  type CxtoneError,
  defaultRules,
  InputTooLargeError,
  InvalidInputError,
  InvalidOptionsError,
  LexiconError,
  type AnalysisResult,
} from '../src/index.js';

function expectCxtoneError(run: () => unknown, type: new (...args: never[]) => CxtoneError, code: string, message: string) {
  let error: unknown;
  try {
    run();
  } catch (caught) {
    error = caught;
  }
  expect(error).toBeInstanceOf(type);
  expect((error as CxtoneError).code).toBe(code);
  expect((error as CxtoneError).isCxtoneError).toBe(true);
  expect((error as Error).message).toContain(message);
}

function expectConsistent(text: string, result: AnalysisResult) {
  for (const item of result.evidence) {
    expect(text.slice(item.start, item.end)).toBe(item.text);
    expect(item.weight).not.toBe(0);
  }
  for (const sentence of result.sentences) {
    expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(sentence.sentiment.score).toBeGreaterThanOrEqual(-1);
    expect(sentence.sentiment.score).toBeLessThanOrEqual(1);
  }
  expect(result.evidence).toEqual(result.sentences.flatMap((sentence) => sentence.evidence));
  expect(result.sentiment.confidence).toBeGreaterThanOrEqual(0);
  expect(result.sentiment.confidence).toBeLessThanOrEqual(1);
  expect(result.sentiment.magnitude).toBeGreaterThanOrEqual(0);
  if (result.evidence.length === 0) expect(result.sentiment.score).toBe(0);
}

describe('analyze', () => {
  test('returns the documented shape', () => {
    const text = 'Great, now our entire production environment is down. Not happy.';
    const result = analyze(text);
    expect(result.sentiment.label).toBe('negative');
    expect(result.sentiment.score).toBeLessThan(-0.5);
    expect(result.sentences.map((sentence) => sentence.text)).toEqual([
      'Great, now our entire production environment is down.',
      'Not happy.',
    ]);
    expect(result.evidence.map((item) => item.text)).toEqual(['Great', 'is down', 'happy']);
    expect(result.evidence[0]).toMatchObject({ start: 0, end: 5, term: 'great', source: 'base', rules: ['sarcasm'] });
    expect(result.evidence[1]).toMatchObject({ source: 'b2b-support', term: 'be down' });
    expectConsistent(text, result);
  });

  test('results are plain JSON', () => {
    const result = analyze('Love the new reports 😍 but the export is slow.');
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });

  test('is pure: the same text gives the same result', () => {
    const text = 'The sync keeps crashing. Support was great though!';
    expect(analyze(text)).toEqual(analyze(text));
  });

  test('labels: positive, negative, neutral and mixed', () => {
    expect(analyze('The onboarding was excellent.').sentiment.label).toBe('positive');
    expect(analyze('The onboarding was terrible.').sentiment.label).toBe('negative');
    expect(analyze('The onboarding call is on Tuesday.').sentiment.label).toBe('neutral');
    expect(analyze('The reports are excellent. The billing portal is terrible.').sentiment.label).toBe('mixed');
  });

  test('friendly filler does not dilute an urgent complaint', () => {
    const complaint = analyze('Our production environment is down and customers are affected.').sentiment.score;
    const wrapped = analyze('Hi Sam. Hope you had a lovely weekend. Our production environment is down and customers are affected.')
      .sentiment.score;
    expect(wrapped).toBeLessThan(-0.3);
    expect(Math.abs(wrapped - complaint)).toBeLessThan(0.35);
  });

  test.each(['', '   ', '\n\t\n'])('empty or whitespace text is neutral: %j', (text) => {
    const result = analyze(text);
    expect(result).toMatchObject({
      sentiment: { label: 'neutral', score: 0, magnitude: 0, confidence: 0.6 },
      sentences: [],
      evidence: [],
      excluded: [],
      intents: [],
      signals: { escalationRisk: 0, churnRisk: 0, factors: [] },
    });
    expect(result.emotions!.dominant).toBeNull();
    expect(Object.values(result.emotions!.scores).every((score) => score.intensity === 0 && score.evidence.length === 0)).toBe(true);
  });

  test('text that is all quoted history or signature is neutral', () => {
    const result = analyze('> We love you!\n> Great job');
    expect(result.sentiment.score).toBe(0);
    expect(result.excluded[0]!.reason).toBe('quoted-reply');
  });

  test.each([null, undefined, 42, {}, ['text'], Symbol('x')])('rejects non-string input %s with InvalidInputError', (input) => {
    expectCxtoneError(() => analyze(input as unknown as string), InvalidInputError, 'INVALID_INPUT', 'expected text to be a string');
  });

  test('the title of a markdown link is no feeling of the writer', () => {
    const linked = analyze('See [Troubleshooting failed payments and broken syncs](https://kb.example.com/123) for the steps.');
    expect(linked.sentiment.label).toBe('neutral');
    expect(linked.excluded.map((span) => span.reason)).toEqual(['link']);
    // The same words as the writer's own are a complaint.
    expect(analyze('See, failed payments and broken syncs again.').sentiment.label).toBe('negative');
  });

  test('holds offsets on tricky input', () => {
    const texts = [
      'Ünïcödé café is 😡😡 SLOW!!! :( …\r\nwhy??',
      '“Smart quotes” and ‘single’ — dashes – and tabs\there.',
      '👨‍👩‍👧 family emoji 🤦‍♂️ and flags 🇺🇸 are fine 👍🏽',
      'Line one\r\nLine two\rLine three',
      'a'.repeat(300),
      '!!!???...',
    ];
    for (const text of texts) expectConsistent(text, analyze(text));
  });
});

describe('createAnalyzer', () => {
  test('a user lexicon adds and overrides entries, and null removes one', () => {
    const analyzer = createAnalyzer({
      lexicons: [{ name: 'acme', entries: { 'sync storm': -3, slow: 2, terrible: null } }],
    });
    const storm = analyzer.analyze('Another sync storm this morning.');
    expect(storm.sentiment.label).toBe('negative');
    expect(storm.evidence[0]).toMatchObject({ text: 'sync storm', source: 'acme' });
    expect(analyzer.analyze('It is slow.').sentiment.label).toBe('positive');
    expect(analyzer.analyze('It is terrible.').evidence).toEqual([]);
  });

  test('"#" in a lexicon phrase matches a number in digits or words', () => {
    const analyzer = createAnalyzer({ defaultLexicons: false, lexicons: [{ name: 'acme', entries: { 'down for # hour': -3 } }] });
    expect(analyzer.analyze('The portal was down for 6 hours.').evidence[0]).toMatchObject({ text: 'down for 6 hours' });
    expect(analyzer.analyze('The portal was down for two hours.').evidence[0]).toMatchObject({ text: 'down for two hours' });
    expect(analyzer.analyze('The portal was down for maintenance hours.').evidence).toEqual([]);
  });

  test('defaultLexicons: false uses only the given lexicons', () => {
    const analyzer = createAnalyzer({ defaultLexicons: false, lexicons: [{ name: 'only', entries: { meh: -1 } }] });
    expect(analyzer.analyze('Meh. Terrible.').evidence.map((item) => item.text)).toEqual(['Meh']);
  });

  test('rules can be replaced, extended or removed', () => {
    const noRules = createAnalyzer({ rules: [] });
    expect(noRules.analyze('It is not good.').sentiment.label).toBe('positive');
    const fyi = { name: 'fyi', apply: () => [] };
    expect(() => createAnalyzer({ rules: [...defaultRules, fyi] })).not.toThrow();
  });

  test("a rule's hitAt indexes its own sentence, however long the sentences before it, and survives an analysis inside the rule", () => {
    const record = (text: string) => {
      const seen: number[][] = [];
      const recorder = {
        name: 'recorder',
        apply({ hitAt }: { hitAt: Int32Array }) {
          seen.push([...hitAt]);
          return [];
        },
      };
      createAnalyzer({ rules: [recorder] }).analyze(text, { emotions: false, intents: false, signals: false });
      return seen;
    };
    const long = `The ${'very '.repeat(300)}slow export.`;
    const short = 'Great support.';
    const together = record(`${long} ${short} ${long}`);
    // One entry per token of the sentence: 304 tokens, then 3 ("Great", "support", "."), then 304 again.
    expect(together.map((index) => index.length)).toEqual([304, 3, 304]);
    expect(together).toEqual([...record(long), ...record(short), ...record(long)]);
    expect(together[1]).toEqual([0, -1, -1]);

    const inner = createAnalyzer();
    const calls: { before: number[]; after: number[] }[] = [];
    const nested = {
      name: 'nested',
      apply({ hitAt }: { hitAt: Int32Array }) {
        const before = [...hitAt];
        inner.analyze(`An ${'awful '.repeat(30)}day, a good one.`);
        calls.push({ before, after: [...hitAt] });
        return [];
      },
    };
    createAnalyzer({ rules: [nested] }).analyze(`The ${'very '.repeat(30)}slow export.`);
    expect(calls.length).toBeGreaterThan(0);
    for (const { before, after } of calls) {
      expect(before.length).toBe(34);
      expect(after).toEqual(before);
    }
  });

  test('neutralBand moves the neutral boundary', () => {
    const text = 'It is okay.';
    expect(createAnalyzer({ neutralBand: 0 }).analyze(text).sentiment.label).toBe('positive');
    expect(createAnalyzer({ neutralBand: 0.9 }).analyze(text).sentiment.label).toBe('neutral');
  });

  test.each([
    ['not an object', 'options', 'expected options to be an object'],
    ['unknown option', { lexicon: [] }, 'unknown option "lexicon"'],
    ['lexicons not an array', { lexicons: {} }, '"lexicons" must be an array'],
    ['defaultLexicons not boolean', { defaultLexicons: 'no' }, '"defaultLexicons" must be a boolean'],
    ['neutralBand out of range', { neutralBand: 2 }, '"neutralBand" must be a number'],
    ['maxLength not an integer', { maxLength: 1.5 }, '"maxLength" must be a positive integer'],
    ['rules not an array', { rules: 'negation' }, '"rules" must be an array'],
    ['rule without apply', { rules: [{ name: 'x' }] }, 'rules[0] must be an object'],
    ['duplicate rule names', { rules: [defaultRules[0], defaultRules[0]] }, 'two rules are named'],
  ])('rejects %s with InvalidOptionsError', (_, options, message) => {
    expectCxtoneError(() => createAnalyzer(options as never), InvalidOptionsError, 'INVALID_OPTIONS', message);
  });

  test('rejects a malformed lexicon at creation with LexiconError', () => {
    expectCxtoneError(
      () => createAnalyzer({ lexicons: [{ name: 'bad', entries: { outage: 'very bad' as never } }] }),
      LexiconError,
      'INVALID_LEXICON',
      'entry "outage"',
    );
  });

  test('rejects text over maxLength with InputTooLargeError', () => {
    expectCxtoneError(
      () => createAnalyzer({ maxLength: 10 }).analyze('This is longer than ten.'),
      InputTooLargeError,
      'INPUT_TOO_LARGE',
      'maxLength (10)',
    );
  });
});

describe('input size and pathological input', () => {
  // These bound run time only loosely (the test timeout); speed itself is measured in benchmarks/.
  test('a 1 MB ticket completes and keeps its offsets', { timeout: 60_000 }, () => {
    const paragraph = 'The export is still broken and we are losing revenue. Support was great though!\n> quoted line\n';
    const text = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const result = analyze(text);
    expect(result.sentences.length).toBeGreaterThan(10_000);
    expect(result.sentiment.label).not.toBe('neutral');
    const last = result.evidence[result.evidence.length - 1]!;
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });

  test.each([
    ['one huge line', 'a'.repeat(1_000_000)],
    ['a huge line that looks like a stack frame', `at ${'('.repeat(200_000)}`],
    ['a huge reply header with no end', `On ${'x '.repeat(200_000)}`],
    ['many backticks', '`a'.repeat(200_000)],
    ['many sign-offs', 'Thanks,\n'.repeat(100_000)],
    ['many blank lines', `Broken.${'\n'.repeat(500_000)}Thanks,\nSam`],
    ['deep emoticon soup', ':( :) '.repeat(100_000)],
  ])('%s completes without catastrophic backtracking', { timeout: 60_000 }, (_, text) => {
    expect(() => analyze(text)).not.toThrow();
  });
});

describe('analyzeMany', () => {
  test('streams results in input order from arrays and async iterables', async () => {
    const { analyzeMany } = await import('../src/index.js');
    const texts = ['Great support!', 'The export keeps failing.', ''];
    const fromArray = [];
    for await (const result of analyzeMany(texts)) fromArray.push(result.sentiment.label);
    expect(fromArray).toEqual(['positive', 'negative', 'neutral']);
    async function* lines() {
      yield* texts;
    }
    const fromAsync = [];
    for await (const result of analyzeMany(lines(), { scorers: { emotions: false } })) fromAsync.push(result);
    expect(fromAsync.map((result) => result.sentiment.label)).toEqual(fromArray);
    expect(fromAsync[0]!.emotions).toBeUndefined();
  });

  test('a bad item names its position; a non-iterable is rejected', async () => {
    const { analyzeMany } = await import('../src/index.js');
    const consume = async (input: unknown) => {
      for await (const result of analyzeMany(input as string[])) void result;
    };
    await expect(consume(['fine', null])).rejects.toThrow(/text 1: expected a string, received null/);
    await expect(consume(42)).rejects.toThrow(/expected an iterable of texts/);
  });
});
