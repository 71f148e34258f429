import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bundledLexicon, defineLexicon } from '../src/lexicon/defineLexicon.js';
import type { LexiconData } from '../src/lexicon/types.js';
import { tokenizeTerm } from '../src/doc/nlp.js';
import { readDoc } from '../src/doc/readDoc.js';
import { isFigureSlot } from '../src/doc/token.js';
import { parsePattern } from '../src/patterns/pattern.js';

// JSON.parse keeps the last of two equal keys without a word, so an entry written twice in a lexicon file
// silently loses one of its values.
function repeatedKeys(json: string): string[] {
  const repeated: string[] = [];
  const open: Set<string>[] = [];
  let previous = '';
  for (const [token] of json.matchAll(/"(?:[^"\\]|\\.)*"|[{}[\]:]/g)) {
    if (token === '{' || token === '[') open.push(new Set());
    else if (token === '}' || token === ']') open.pop();
    else if (token === ':') {
      const keys = open.at(-1)!;
      const key = JSON.parse(previous) as string;
      if (keys.has(key)) repeated.push(key);
      keys.add(key);
    }
    previous = token;
  }
  return repeated;
}

const lexicons = new URL('../lexicons/', import.meta.url);

test('the repeated-key check finds a repeated key, and only that one', () => {
  expect(repeatedKeys('{"a": 1, "b": {"a": 2, "c": "{\\"c\\": 1}"}, "a": 3, "c": 4}')).toEqual(['a']);
});

test.each(readdirSync(lexicons).filter((name) => name.endsWith('.json')))('lexicons/%s writes each key once', (file) => {
  expect(repeatedKeys(readFileSync(new URL(file, lexicons), 'utf8'))).toEqual([]);
});

/** Same values, same prototypes and the same frozenness all the way down. */
function expectSameShape(actual: unknown, expected: unknown, path: string): void {
  if (typeof expected !== 'object' || expected === null) {
    expect(actual, path).toBe(expected);
    return;
  }
  expect(Object.getPrototypeOf(actual), `prototype of ${path}`).toBe(Object.getPrototypeOf(expected));
  expect(Object.isFrozen(actual), `frozenness of ${path}`).toBe(Object.isFrozen(expected));
  expect(Object.keys(actual as object), `keys of ${path}`).toEqual(Object.keys(expected));
  for (const [key, value] of Object.entries(expected)) expectSameShape((actual as Record<string, unknown>)[key], value, `${path}.${key}`);
}

// The bundled lexicons are built without checks at every start (bundledLexicon): this is where they are checked.
test.each(readdirSync(lexicons).filter((name) => name.endsWith('.json')))('lexicons/%s is valid and in normal form', (file) => {
  const read = () => JSON.parse(readFileSync(new URL(file, lexicons), 'utf8')) as LexiconData;
  expectSameShape(bundledLexicon(read()), defineLexicon(read()), file);
});

// A pattern word that text never yields as one token can never match: "2fa" was one word to the term splitter, but
// text reads "2FA" as "2" and "FA", so the taxonomy's "2fa" matched nothing for months.
function unmatchableWords(patterns: readonly string[], split: (term: string) => string[] = tokenizeTerm): string[] {
  const words = new Set<string>();
  for (const source of patterns) {
    for (const element of parsePattern(source, split).elements) {
      if (element.kind !== 'words') continue;
      for (const alternative of element.alternatives) for (const { word } of alternative) if (!/^[a-z]+$/.test(word)) words.add(word);
    }
  }
  return [...words].filter((word) => {
    if (isFigureSlot(word)) return false;
    const tokens = readDoc(word).tokens;
    return tokens.length !== 1 || (tokens[0]!.normal !== word && tokens[0]!.lemma !== word);
  });
}

test('the unmatchable-word check finds a word text splits', () => {
  const wholeWords = (term: string) => term.split(' ');
  expect(unmatchableWords(['(mfa|2fa|p1) reset', '(#|#th) time'], wholeWords)).toEqual(['2fa']);
  expect(unmatchableWords(['(mfa|2fa|p1) reset', '(#|#th) time'])).toEqual([]);
});

test('every word of the built-in patterns is a token as text reads it', () => {
  const patterns: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') patterns.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) if (key !== 'risk') collect(child);
  };
  const read = (file: string) => JSON.parse(readFileSync(new URL(file, lexicons), 'utf8')) as Record<string, unknown>;
  collect(read('intents.en.json').intents);
  collect(read('intents.en.json').riskFactors);
  collect(read('taxonomy.en.json').aspects);
  patterns.push(...Object.keys(read('situations.en.json').situations as object));
  expect(patterns.length).toBeGreaterThan(400);
  expect(unmatchableWords(patterns)).toEqual([]);
});
