// The table of built-in terms' tokens (src/doc/term-tokens.json) must say what wink-nlp says now, for every term
// the built-in lexicons compile: a lexicon edit without `npm run build:term-tokens` fails here.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { termTokens } from '../scripts/term-tokens.js';

test('the built-in term table is complete and current (rebuild with npm run build:term-tokens)', () => {
  const raw = JSON.parse(readFileSync(new URL('../src/doc/term-tokens.json', import.meta.url), 'utf8')) as Record<string, string[] | 0>;
  const stored = Object.fromEntries(Object.entries(raw).map(([term, tokens]) => [term, tokens === 0 ? term.split(' ') : tokens]));
  const current = termTokens();
  expect(Object.keys(current).length).toBeGreaterThan(1000);
  expect(stored).toEqual(current);
});
