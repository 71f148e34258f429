import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { bundledLexicon, defineLexicon } from '../src/lexicon/defineLexicon.js';
import type { LexiconData } from '../src/lexicon/types.js';

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
