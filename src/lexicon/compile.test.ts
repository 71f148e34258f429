import { describe, expect, test } from 'vitest';
import { compileLexicons } from './compile.js';
import { defineLexicon } from './defineLexicon.js';

describe('compileLexicons', () => {
  const first = defineLexicon({ name: 'first', entries: { slow: -2, 'not working': -3, great: 3 }, intensifiers: { very: 0.2 } });
  const second = defineLexicon({
    name: 'second',
    scale: [-1, 1],
    entries: { slow: -0.5, great: null },
    intensifiers: { very: null, 'a bit': -0.3 },
  });

  test('later lexicons override earlier ones entry by entry, and null removes', () => {
    const compiled = compileLexicons([first, second]);
    expect(compiled.words.get('slow')).toEqual({ term: 'slow', valence: -0.5, source: 'second' });
    expect(compiled.words.has('great')).toBe(false);
    expect(compiled.intensifiers.has('very')).toBe(false);
    expect(compiled.intensifiers.get('a bit')).toBe(-0.3);
    expect(compiled.longestIntensifier).toBe(2);
  });

  test('maps each scale onto -1..1', () => {
    expect(compileLexicons([first]).words.get('slow')!.valence).toBe(-0.5);
    const asymmetric = compileLexicons([defineLexicon({ name: 'stars', scale: [-2, 5], entries: { meh: -1, wow: 5 } })]);
    expect(asymmetric.words.get('meh')!.valence).toBe(-0.5);
    expect(asymmetric.words.get('wow')!.valence).toBe(1);
  });

  test('multi-word entries become phrases, tokenised like running text', () => {
    const compiled = compileLexicons([defineLexicon({ name: 'p', entries: { "can't log in": -2, 'not working': -3 } })]);
    expect(compiled.phrases.get('can')![0]!.tokens).toEqual(['can', 'not', 'log', 'in']);
    expect(compiled.phrases.get('not')![0]!.tokens).toEqual(['not', 'working']);
  });

  test('a contraction written without its apostrophe is a phrase, as text splits it: "dont" matches "dont" and "do not"', () => {
    const compiled = compileLexicons([defineLexicon({ name: 'p', entries: { dont: -2, wont: -1 } })]);
    expect(compiled.phrases.get('do')![0]!.tokens).toEqual(['do', 'not']);
    expect(compiled.phrases.get('will')![0]!.tokens).toEqual(['will', 'not']);
  });

  test('the order a lexicon lists its entries in decides no match: at equal length the more inflected phrase comes first', () => {
    const listed = (entries: Record<string, number>) =>
      compileLexicons([defineLexicon({ name: 'p', entries })])
        .phrases.get('never')!
        .map((phrase) => phrase.term);
    const inflectedFirst = listed({ 'never showed up': -1.8, 'never show up': -2, 'never again': -1 });
    expect(inflectedFirst).toEqual(['never showed up', 'never show up', 'never again']);
    expect(listed({ 'never again': -1, 'never show up': -2, 'never showed up': -1.8 })).toEqual(inflectedFirst);
  });
});
