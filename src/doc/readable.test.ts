import { describe, expect, test } from 'vitest';
import { analyze } from '../analyze.js';
import { readableText } from './readable.js';

/** The input stretch each character of the readable text stands on. */
const stretches = (input: string) => {
  const { text, starts, ends } = readableText(input);
  return [...Array(text.length).keys()].map((k) => [text[k], input.slice(starts![k], ends![k])]);
};

describe('readableText', () => {
  test('plain text is read as given, with no map', () => {
    expect(readableText('Still broken.')).toEqual({ text: 'Still broken.' });
  });

  test('invisible characters are left out, and every kept character maps back to itself', () => {
    const input = 'is\u200Bgreat\u00AD';
    expect(readableText(input).text).toBe('isgreat');
    expect(stretches(input).every(([char, stretch]) => char === stretch)).toBe(true);
  });

  test('a written-out escape is read as its character and maps back to all six characters', () => {
    const input = 'can\\u2019t wait';
    expect(readableText(input).text).toBe('can\u2019t wait');
    expect(stretches(input)[3]).toEqual(['\u2019', '\\u2019']);
  });

  test('a pair of escapes is one emoji; a control character or half a pair stays as written', () => {
    expect(readableText('so funny \\ud83d\\ude02').text).toBe('so funny \u{1F602}');
    expect(readableText('a \\u0000 b').text).toBe('a \\u0000 b');
    expect(readableText('half \\ud83d only').text).toBe('half \\ud83d only');
  });
});

describe('escaped text in analysis', () => {
  test('reads the words the escapes make, and quotes the input as given', () => {
    const text = 'I can\\u2019t wait to see the new release';
    const result = analyze(text);
    expect(result.sentiment.label).toBe('positive');
    const quote = result.evidence.find((item) => item.text.startsWith('can'))!;
    expect(text.slice(quote.start, quote.end)).toBe(quote.text);
    expect(quote.text).toBe('can\\u2019t wait to');
  });

  test('an escaped comma is a comma: it ends a clause', () => {
    expect(analyze('It crashed\\u002c but support fixed it fast.').sentences[0]!.evidence.map((item) => item.text)).toEqual(
      analyze('It crashed, but support fixed it fast.').sentences[0]!.evidence.map((item) => item.text),
    );
  });
});
