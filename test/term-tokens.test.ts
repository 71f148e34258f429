// The table of built-in terms' tokens (src/doc/term-tokens.json) must say what wink-nlp says now, for every term
// the built-in lexicons compile: a lexicon edit without `npm run build:term-tokens` fails here.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { everyBuiltInTerm, termTokens } from '../scripts/term-tokens.js';
import { isOneToken, isPlainWord, splitsAtSpaces, tokenizeWithWink } from '../src/doc/nlp.js';

test('the built-in term table is complete and current (rebuild with npm run build:term-tokens)', () => {
  const raw = JSON.parse(readFileSync(new URL('../src/doc/term-tokens.json', import.meta.url), 'utf8')) as Record<string, string[] | 0>;
  const stored = Object.fromEntries(Object.entries(raw).map(([term, tokens]) => [term, tokens === 0 ? term.split(' ') : tokens]));
  const current = termTokens();
  expect(Object.keys(current).length).toBeGreaterThan(300);
  expect(stored).toEqual(current);
});

test('every built-in phrase left out of the table splits at its spaces, as wink-nlp splits it', () => {
  const phrases = everyBuiltInTerm().filter(splitsAtSpaces);
  expect(phrases.length).toBeGreaterThan(1000);
  const differing = phrases.filter((term) => tokenizeWithWink(term).join(' ') !== term);
  expect(differing).toEqual([]);
});

test('every built-in emoji, mark or prefixed word the table leaves out is one token to wink-nlp', () => {
  const shaped = everyBuiltInTerm().filter((term) => isOneToken(term) && !isPlainWord(term));
  expect(shaped.length).toBeGreaterThan(90);
  expect(shaped.filter((term) => tokenizeWithWink(term).length !== 1)).toEqual([]);
  // A pictograph with a modifier or a joiner is no lone emoji: the table or wink-nlp says how it splits.
  for (const term of ['👍🏽', '👨‍💻', '👍👍']) expect(isOneToken(term), term).toBe(false);
});

test('a phrase with a contraction written without its apostrophe, a figure or a capital is not split by its spaces', () => {
  for (const term of ['we dont care', 'i cannot log in', 'youre late', 'down 2fa', 'Acme sync', "don't care"])
    expect(splitsAtSpaces(term), term).toBe(false);
  for (const term of ['customer service', 'not working', 'be on hold']) expect(splitsAtSpaces(term), term).toBe(true);
  // Words that end as contractions do but are whole words to wink-nlp stay words: the table need not hold their phrases.
  for (const term of ['still broken', 'as well as', 'we were told', 'there is more', 'hasnt replied']) {
    expect(splitsAtSpaces(term), term).toBe(true);
    expect(tokenizeWithWink(term)).toEqual(term.split(' '));
  }
  // Every contraction wink-nlp splits is caught, whatever its stem.
  for (const word of ['aint', 'wont', 'shant', 'mightve', 'theyre', 'itll', 'thatll', 'whove']) {
    expect(splitsAtSpaces(`so ${word} it`), word).toBe(false);
    expect(tokenizeWithWink(word).length, word).toBeGreaterThan(1);
  }
  // What the exclusion is for: wink-nlp splits "dont".
  expect(tokenizeWithWink('we dont care')).not.toEqual(['we', 'dont', 'care']);
});
