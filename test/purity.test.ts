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

// Words wink-nlp has not seen, of every shape its tokenizer treats apart; each is made new for each place it is read
// in (by its letters or digits), so that the place is where it is first met.
const UNSEEN_SHAPES: ((letters: string, digits: string) => string)[] = [
  (l) => `Zorb${l}`,
  (l) => `zorb${l}`,
  (l) => `ZORB${l.toUpperCase()}`,
  (l, d) => `zorb${l}${d}`,
  (l) => `zorb${l}'d`,
  (l) => `Zorb${l}’d`,
  (l) => `zorb${l}'s`,
  (l) => `@zorb${l}`,
  (l) => `#zorb${l}`,
  (_, d) => `98${d}`,
  (l) => `zorb${l}-lax`,
  (l) => `zorb${l}.lax`,
  (l) => `U.K${l}`,
  (l) => `zorb${l}&lax`,
  (l) => `zørb${l}`,
  (l) => `zorb${l}USD`,
  (_, d) => `GBP${d}`,
  () => 'GBP',
  () => 'usd',
];
// The places a word can stand in a text.
const PLACES = [
  'W',
  'W.',
  'W,',
  'W!',
  '(W)',
  '"W"',
  "'W'",
  "W's",
  'W’s',
  'x-W',
  'W-x',
  'a.W',
  'W.b',
  '100W',
  'W100',
  '@W',
  '#W',
  'W...',
  '...W',
  'W:',
  '—W',
  'W/',
  'U.W.',
  'R11.W',
  'W.45',
  'the W and W. W, W!',
];

describe('a word wink learned keeps no trace of where it was first met', () => {
  const letters = (n: number) => String.fromCharCode(97 + (Math.floor(n / 26) % 26), 97 + (n % 26));
  const words = UNSEEN_SHAPES.flatMap((shape, s) => PLACES.map((_, p) => shape(`q${letters(s * PLACES.length + p)}`, String(1000 + p))));
  const texts = words.map((word, k) => PLACES[k % PLACES.length]!.replaceAll('W', word));

  test('unseen words of every shape, in every place, read forwards and backwards in two processes, split alike', () => {
    // Each made-up word is met first where it stands either way; the words that cannot be made new ("GBP", "usd") are
    // met first in another place in each order ("GBP1000" before "GBP" forwards, after it backwards).
    const forwards = run(texts, '--tokens');
    const backwards = run(texts, '--tokens', '--reverse');
    expect(forwards.flatMap((line, k) => (line === backwards[k] ? [] : [texts[k]]))).toEqual([]);
  }, 120_000);

  test('an unseen word of any shape, in any place, is read the same after it has been met in other places first', () => {
    // What wink learns of a word (its features, part of speech among them) must not depend on where it was first met,
    // nor may a learned word change how the tokenizer splits text (src/doc/nlp.ts). Each word is first met in a
    // different place, all its places in turn after it, in one process; in another it is met only where it stands.
    const teachers = words.map((word, k) => {
      const first = (k + Math.floor(k / PLACES.length) + 1) % PLACES.length;
      return [...PLACES.slice(first), ...PLACES.slice(0, first)].map((place) => place.replaceAll('W', word)).join(' ');
    });
    const alone = run(texts, '--tokens');
    const taught = run([...teachers, ...texts], '--tokens').slice(teachers.length);
    expect(alone.flatMap((line, k) => (line === taught[k] ? [] : [texts[k]]))).toEqual([]);
  }, 120_000);

  test('"GBP" split from "100GBP" (a currency there) is a word in "between GBP and USD"', async () => {
    const { readDoc } = await import('../src/doc/readDoc.js');
    const typeOf = (text: string, word: string) => readDoc(text).tokens.find((token) => token.text === word)!.type;
    expect(typeOf('It costs 100GBP', 'GBP')).toBe('currency');
    expect(typeOf('between GBP and USD', 'GBP')).toBe('word');
    expect(typeOf('It costs 100GBP', 'GBP')).toBe('currency');
  });

  test("the first tokenizer rules cxtone types new words by are the model's own", async () => {
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const copy = JSON.parse(readFileSync(new URL('../src/doc/token-type-rules.json', import.meta.url), 'utf8'));
    expect(copy).toEqual(require('wink-eng-lite-web-model').core().trex.ltc);
  });

  test("the token categories cxtone names are the model's own", async () => {
    const { createRequire } = await import('node:module');
    const { CATEGORY_NAMES } = await import('../src/doc/nlp.js');
    const require = createRequire(import.meta.url);
    expect(CATEGORY_NAMES).toEqual(require('wink-eng-lite-web-model/dist/token-categories.js').list);
  });
});
