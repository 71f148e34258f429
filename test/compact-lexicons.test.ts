import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { COMPACTED, compactText } from '../scripts/compact-lexicons.js';
import { compactLexicon, expandLexicon } from '../src/lexicon/compact.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { tokenizeTerm } from '../src/doc/nlp.js';
import { bundledCompactLexicon, defineLexicon, forEachEntry } from '../src/lexicon/defineLexicon.js';
import { b2bSupportLexicon, baseLexicon, emotionLexicon, opinionLexicon } from '../src/lexicons.js';

const read = (url: URL) => JSON.parse(readFileSync(url, 'utf8'));
const sorted = (entries: Record<string, unknown>) => Object.entries(entries).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

describe('the lexicons that ship compactly', () => {
  test.each(COMPACTED)('$shipped.pathname is its data file as it is now (npm run build:compact-lexicons)', ({ source, shipped }) => {
    expect(readFileSync(shipped, 'utf8')).toBe(compactText(source));
  });

  test.each([
    ['base.en.json', baseLexicon],
    ['opinion.en.json', opinionLexicon],
    ['b2b-support.en.json', b2bSupportLexicon],
  ] as const)('%s expands to the same entries and keeps its other sections', (file, lexicon) => {
    const data = read(new URL(`../lexicons/${file}`, import.meta.url)) as LexiconData;
    expect(sorted(lexicon.entries)).toEqual(sorted(data.entries!));
    expect(lexicon.intensifiers).toEqual(data.intensifiers ?? {});
    expect(lexicon.name).toBe(data.name);
  });

  test.each([baseLexicon, opinionLexicon, b2bSupportLexicon])('$name compiles from its groups the entries it shows', (lexicon) => {
    const visited: [string, number | null][] = [];
    forEachEntry(lexicon, (term, value) => visited.push([term, value]));
    expect(visited.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(sorted(lexicon.entries));
  });

  test('a compact lexicon expands its entries once, when they are first read, frozen and without a prototype', () => {
    const compact = compactLexicon({ name: 'x', entries: JSON.parse('{"__proto__": 1, "meh": -2, "gone": null}') } as LexiconData);
    const lexicon = bundledCompactLexicon(compact);
    const visited: [string, number | null][] = [];
    forEachEntry(lexicon, (term, value) => visited.push([term, value]));
    expect(visited).toEqual([
      ['gone', null],
      ['meh', -2],
      ['__proto__', 1],
    ]);
    expect(lexicon.entries).toBe(lexicon.entries);
    expect(Object.isFrozen(lexicon.entries) && Object.isFrozen(lexicon)).toBe(true);
    expect(Object.getPrototypeOf(lexicon.entries)).toBeNull();
    expect(Object.keys(lexicon.entries).sort()).toEqual(['__proto__', 'gone', 'meh']);
    expect(defineLexicon({ ...lexicon, name: 'copy' }).entries.meh).toBe(-2);
  });

  test('emotion.en.json expands to the same terms and intensities of each emotion', () => {
    const data = read(new URL('../lexicons/emotion.en.json', import.meta.url)) as LexiconData;
    const emotions = Object.keys(data.emotions!);
    expect(Object.keys(emotionLexicon.emotions)).toEqual(emotions);
    for (const emotion of emotions) expect(sorted(emotionLexicon.emotions[emotion]!)).toEqual(sorted(data.emotions![emotion]!));
    expect(emotionLexicon.entries).toEqual({});
  });

  test('no emotion lists two terms read as the same words, so the shipped order cannot decide which one is reported', () => {
    const data = read(new URL('../lexicons/emotion.en.json', import.meta.url)) as LexiconData;
    for (const [emotion, terms] of Object.entries(data.emotions!)) {
      const readings = Object.keys(terms).map((term) => tokenizeTerm(term).join(' '));
      expect(new Set(readings).size, emotion).toBe(readings.length);
    }
  });

  test('round-trips any entries, "__proto__" and deletions included, and refuses what it cannot write', () => {
    const entries = JSON.parse('{"__proto__": 1, "sub par": -2, "gone": null, "meh": -2}');
    const compact = compactLexicon({ name: 'x', entries } as LexiconData);
    expect(compact.values).toEqual([null, -2, 1]);
    expect(compact.terms).toEqual(['gone', 'meh\nsub par', '__proto__']);
    const again = expandLexicon(compact);
    expect(sorted(again.entries!)).toEqual([
      ['__proto__', 1],
      ['gone', null],
      ['meh', -2],
      ['sub par', -2],
    ]);
    expect(Object.getPrototypeOf(again.entries)).toBe(Object.prototype);
    expect(() => compactLexicon({ name: 'x', entries: { 'a\nb': 1 } } as unknown as LexiconData)).toThrow(/line break/);
    expect(() => expandLexicon({ name: 'x', terms: ['a', 'b'], values: [1] } as never)).toThrow(/2 groups of terms and 1 values/);
  });

  test('front-codes the terms of a group, figures and long shared prefixes included', () => {
    const terms = ['8)', '8-)', '10/10', '100%', 'hell', 'hello', 'helpless', 'help1', 'help12', 'misunderstanding', 'misunderstandings'];
    const entries = Object.fromEntries(terms.map((term) => [term, 1]));
    const compact = compactLexicon({ name: 'x', entries } as LexiconData);
    expect(compact.terms![0]!.split('\n')).toEqual([
      '010/10',
      '20%',
      '08)',
      '08-)',
      'hell',
      '4o',
      '3p1',
      '52',
      '4less',
      'misunderstanding',
      '9tandings',
    ]);
    expect(sorted(expandLexicon(compact).entries!)).toEqual(sorted(entries));
  });

  test('refuses what it cannot write', () => {
    expect(() => compactLexicon({ name: 'x', entries: { 'a\nb': 1 } } as unknown as LexiconData)).toThrow(/line break/);
  });
});
