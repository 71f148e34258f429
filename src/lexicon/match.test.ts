import { describe, expect, test } from 'vitest';
import { analyze, createAnalyzer } from '../analyze.js';

const termsOf = (text: string) => analyze(text, { emotions: false, intents: false, signals: false }).evidence.map((item) => item.text);

describe('names are not opinions', () => {
  test('a run of capitalised proper nouns inside a sentence is a name', () => {
    expect(termsOf('We flew United Airlines last week.')).not.toContain('United');
  });

  test.each([
    ["I can't believe Sunny's season is already over.", 'Sunny'],
    ['The team loves Harmony\u2019s new API.', 'Harmony'],
    ["Our admins love Champion's reports.", 'Champion'],
  ])('a capitalised word with a possessive inside a sentence is a name: %s', (text, name) => {
    expect(termsOf(text)).not.toContain(name);
  });

  test.each([
    ['@united I called United twice and they were rude.', 'United'],
    ['@united your united club staff were rude.', 'united'],
    ['@Champion Champion keeps logging us out.', 'Champion'],
    ['@united lost my bag again. #united #fail', '#united'],
  ])("a word that repeats one of the text's @-handles is its name: %s", (text, name) => {
    const terms = termsOf(text);
    expect(terms).not.toContain(name);
    expect(terms.length).toBeGreaterThan(0);
  });

  test('without the handle, the same words are words', () => {
    expect(termsOf('I called United twice and they were rude.')).toContain('United');
    expect(termsOf('@delta we stand united with our crew.')).toContain('united');
  });

  test('the same word opening a sentence, in lower case or without the possessive is read as a word', () => {
    expect(termsOf('Sunny days are back.')).toContain('Sunny');
    expect(termsOf("it's a sunny day and the sync is fine.")).toContain('sunny');
    expect(termsOf('The forecast is Sunny again.')).toContain('Sunny');
  });
});

describe('phrases with figures', () => {
  test('a phrase may start with a number or an ordinal slot: "# seats short", "#th time"', () => {
    const analyzer = createAnalyzer({ lexicons: [{ name: 'acme', entries: { '# seats short': -2, '#th time': -2 } }] });
    const quotes = (text: string) => analyzer.analyze(text).evidence.map((item) => `${item.text}:${item.source}`);
    expect(quotes('We are 5 seats short.')).toEqual(['5 seats short:acme']);
    expect(quotes('We met for the 4th time.')).toEqual(['4th time:acme']);
    // The ordinal's ending is part of the slot: "#th" takes "4th" and "11th", not "1st".
    expect(quotes('We met for the 1st time.')).toEqual([]);
    expect(quotes('We met for the 11th time.')).toEqual(['11th time:acme']);
  });
});

describe('a long list of phrases with one first word', () => {
  // Fourteen phrases starting with "zorp": past twelve, they are found through their second tokens.
  const entries: Record<string, number> = { 'zorp # days': -3, 'zorp run fast': 3, 'zorp run': -1, 'zorp sync': -2 };
  for (const word of ['alpha', 'beta', 'gamma', 'delta', 'omega', 'sigma', 'tau', 'rho', 'chi', 'psi']) entries[`zorp ${word}`] = 1;
  const zorp = createAnalyzer({ lexicons: [{ name: 'zorp', entries }] });
  const quotes = (text: string) =>
    zorp.analyze(text, { emotions: false, intents: false, signals: false }).evidence.map((item) => [item.text, item.weight > 0]);

  test.each([
    ['It took zorp 3 days.', 'zorp 3 days', false],
    ['The zorp runs fast today.', 'zorp runs fast', true],
    ['The zorp runs today.', 'zorp runs', false],
    ['The zorp Sync is here.', 'zorp Sync', false],
    ['The zorp beta shipped.', 'zorp beta', true],
  ])('%s reads "%s", the longest phrase that matches by normal form, lemma, text or figure', (text, quote, positive) => {
    expect(quotes(text)).toEqual([[quote, positive]]);
  });

  test('a first word with no phrase of its second token, or at the end of the sentence, matches nothing', () => {
    expect(quotes('The zorp kappa shipped.')).toEqual([]);
    expect(quotes('Nothing but zorp')).toEqual([]);
  });
});

describe('words that no entry starts are still read through hashtags, derivations and spelling', () => {
  const glorp = createAnalyzer({ lexicons: [{ name: 'glorp', entries: { glorp: 3, glorpy: 3 } }] });
  const weightOf = (text: string) =>
    glorp.analyze(text, { emotions: false, intents: false, signals: false }).evidence.map((item) => [item.text, Math.sign(item.weight)]);

  test.each([
    ['The release was #glorp today.', '#glorp', 1],
    ['It ran glorpily all week.', 'glorpily', 1],
    ['The release was unglorpy today.', 'unglorpy', -1],
    ['The release was glorpp today.', 'glorpp', 1],
  ])('%s reads "%s"', (text, quote, sign) => {
    expect(weightOf(text)).toEqual([[quote, sign]]);
  });
});

describe('an adverb of emphasis inside a phrase', () => {
  test.each([
    ["The workaround doesn't even work.", "doesn't even work"],
    ["I can't actually log in.", "can't actually log in"],
    ["It's not even loading.", 'not even loading'],
  ])('stands inside the phrase of the denial: %s', (text, quote) => {
    expect(termsOf(text)).toContain(quote);
    expect(analyze(text).sentiment.score).toBeLessThan(0);
  });

  test('anywhere between its words: a fix asked about is still no fix', () => {
    expect(termsOf('When will it actually be fixed')).toEqual([]);
    expect(termsOf('When will it be fixed')).toEqual([]);
  });

  test.each([
    // A softening adverb is no emphasis, and a phrase that names its adverb keeps it.
    ["It doesn't always work.", []],
    ['The agent did not actually answer my question.', ['not actually answer']],
  ])('only where the phrase does not say otherwise: %s', (text, quotes) => {
    expect(termsOf(text)).toEqual(quotes);
  });
});

describe('an intensifier the lexicon also scores', () => {
  test.each([
    ['It is a damn fine tool.', 'fine', 1],
    ['I am so fucking excited.', 'excited', 1],
    ['The new sync is damn slow.', 'slow', -1],
  ])('says how much before a rated quality, and scores nothing itself: %s', (text, quality, sign) => {
    const { evidence, sentiment } = analyze(text);
    expect(evidence.map((item) => item.text)).toEqual([quality]);
    expect(evidence[0]!.rules).toContain('intensifier');
    expect(Math.sign(sentiment.score)).toBe(sign);
  });

  test('alone, it keeps its own valence', () => {
    expect(termsOf('Damn, it broke again.')).toContain('Damn');
  });

  test.each([
    ['Seriously impressed with the new release.', 'impressed', 1],
    ['Super bummed about this.', 'bummed', -1],
  ])('says how much before a participle of the other sign: %s', (text, participle, sign) => {
    const { evidence, sentiment } = analyze(text);
    expect(evidence.map((item) => item.text)).toEqual([participle]);
    expect(Math.sign(sentiment.score)).toBe(sign);
  });

  test('before a participle of its own sign it adds its own feeling', () => {
    expect(termsOf('They fucking failed.')).toEqual(['fucking', 'failed']);
  });
});
