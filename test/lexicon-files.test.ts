import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

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
