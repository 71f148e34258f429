import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { compactBaseText, COMPACT } from '../scripts/compact-base.js';
import { compactLexicon, expandLexicon } from '../src/lexicon/compact.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { baseLexicon } from '../src/lexicons.js';

const base = JSON.parse(readFileSync(new URL('../lexicons/base.en.json', import.meta.url), 'utf8')) as LexiconData;

describe('the base lexicon as it ships', () => {
  test('is lexicons/base.en.json as it is now (npm run build:base-compact)', () => {
    expect(readFileSync(COMPACT, 'utf8')).toBe(compactBaseText());
  });

  test('expands to the same entries, in the same order', () => {
    const shipped = expandLexicon(JSON.parse(readFileSync(COMPACT, 'utf8')));
    expect(Object.entries(shipped.entries!)).toEqual(Object.entries(base.entries!));
    expect(Object.keys(baseLexicon.entries)).toEqual(Object.keys(base.entries!));
    expect(baseLexicon.intensifiers).toEqual(base.intensifiers);
  });

  test('round-trips any entries, "__proto__" and deletions included, and refuses what it cannot write', () => {
    const data = { name: 'x', entries: { __proto__: 1, 'sub par': -2, gone: null } } as unknown as LexiconData;
    const entries = JSON.parse('{"__proto__": 1, "sub par": -2, "gone": null}');
    const again = expandLexicon(compactLexicon({ ...data, entries }));
    expect(Object.entries(again.entries!)).toEqual([
      ['__proto__', 1],
      ['sub par', -2],
      ['gone', null],
    ]);
    expect(Object.getPrototypeOf(again.entries)).toBe(Object.prototype);
    expect(() => compactLexicon({ name: 'x', entries: { 'a\nb': 1 } } as unknown as LexiconData)).toThrow(/line break/);
    expect(() => expandLexicon({ name: 'x', terms: 'a\nb', values: [1] } as never)).toThrow(/2 terms and 1 values/);
  });
});
