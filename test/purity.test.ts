// The same text always scores the same (issue 24): whatever was read before it, in this process or another.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const DEV = new URL('../../shared/eval/', import.meta.url).pathname;
const SAMPLE = new URL('../examples/sample-tickets.jsonl', import.meta.url).pathname;
const script = new URL('./support/analyze-in-order.ts', import.meta.url).pathname;

/** Texts from every dev set when they are there (CI has them), else the bundled sample tickets. */
function corpus(): string[] {
  const texts: string[] = [];
  if (existsSync(DEV)) {
    for (const file of readdirSync(DEV)
      .filter((name) => name.endsWith('.jsonl'))
      .sort()) {
      const lines = readFileSync(join(DEV, file), 'utf8').split('\n').filter(Boolean).slice(0, 250);
      for (const line of lines) texts.push((JSON.parse(line) as { text: string }).text);
    }
  }
  for (const line of readFileSync(SAMPLE, 'utf8').split('\n').filter(Boolean)) texts.push((JSON.parse(line) as { text: string }).text);
  return texts;
}

const run = (texts: string[], ...args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', script, ...args], {
    input: JSON.stringify(texts),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).split('\n');

describe('purity', () => {
  test('a corpus read forwards and backwards, in two processes, gives byte-identical results', () => {
    const texts = corpus();
    expect(texts.length).toBeGreaterThan(10);
    const forwards = run(texts);
    const backwards = run(texts, '--reverse');
    const differing = forwards.flatMap((line, k) => (line === backwards[k] ? [] : [texts[k]]));
    expect(differing).toEqual([]);
  }, 300_000);
});

describe('a word wink learned keeps no trace of where it was first met', () => {
  test('"GBP" split from "100GBP" (a currency there) is a word in "between GBP and USD"', async () => {
    const { readDoc } = await import('../src/doc/readDoc.js');
    const typeOf = (text: string, word: string) => readDoc(text).tokens.find((token) => token.text === word)!.type;
    expect(typeOf('It costs 100GBP', 'GBP')).toBe('currency');
    expect(typeOf('between GBP and USD', 'GBP')).toBe('word');
    expect(typeOf('It costs 100GBP', 'GBP')).toBe('currency');
  });

  test("the token categories cxtone names are the model's own", async () => {
    const { createRequire } = await import('node:module');
    const { CATEGORY_NAMES } = await import('../src/doc/nlp.js');
    const require = createRequire(import.meta.url);
    expect(CATEGORY_NAMES).toEqual(require('wink-eng-lite-web-model/dist/token-categories.js').list);
  });
});
