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
    expect(quotes('This is the 4th time.')).toEqual(['4th time:acme']);
    // The ordinal's ending is part of the slot: "#th" takes "4th" and "11th", not "1st".
    expect(quotes('This is the 1st time.')).toEqual([]);
    expect(quotes('This is the 11th time.')).toEqual(['11th time:acme']);
  });
});
