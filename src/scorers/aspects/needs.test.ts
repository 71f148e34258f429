import { describe, expect, test } from 'vitest';
import { readDoc } from '../../doc/readDoc.js';
import { findNeedsMet } from './needs.js';
import { RECOMMENDATION } from './recommendations.js';

/** The needs met in a one-sentence text, as [quote, weight]. */
function needsMet(text: string): [string, number][] {
  const doc = readDoc(text);
  return doc.sentences.flatMap((span) => findNeedsMet(doc, span)).map(({ evidence }) => [evidence.text, evidence.weight]);
}

describe('needs met', () => {
  test.each([
    ['This computer had exactly the specifications I needed.', 'I needed'],
    ['It gives me the power that I need to run my programs.', 'I need'],
    ['The screen resolution was exactly what I was looking for.', 'I was looking for'],
    ['The new plan includes all the integrations we need.', 'we need'],
  ])('%s praises what meets the need', (text, quote) => {
    expect(needsMet(text)).toEqual([[quote, RECOMMENDATION]]);
  });

  test('a need said not to be met counts against: "it does not have the fields we need"', () => {
    expect(needsMet('It did not have all the features I expected.')).toEqual([['I expected', -RECOMMENDATION]]);
    expect(needsMet("The export doesn't have the fields we need.")).toEqual([['we need', -RECOMMENDATION]]);
  });

  test.each([
    'Please add the fields we need.',
    'Where is the setting I need?',
    'I need a laptop that has power.',
    'We wanted Windows XP, but were told it would cost more.',
    'The reports we need are missing.',
    'It has a screen, but I wanted a bigger one.',
  ])('%s meets no need', (text) => {
    expect(needsMet(text)).toEqual([]);
  });
});
