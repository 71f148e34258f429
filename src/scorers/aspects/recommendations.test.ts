import { describe, expect, test } from 'vitest';
import { readDoc } from '../../doc/readDoc.js';
import { RECOMMENDATION, findRecommendations } from './recommendations.js';

/** The recommendations found in a one-sentence text, as [quote, weight]. */
function recommendations(text: string): [string, number][] {
  const doc = readDoc(text);
  return doc.sentences.flatMap((span) => findRecommendations(doc, span)).map(({ evidence }) => [evidence.text, evidence.weight]);
}

describe('recommendations', () => {
  test.each([
    ['Try the cheesecake!', 'Try'],
    ['Please try the Filet Mignon, its just the most tender piece ever.', 'try'],
    ['You must try the tandoori salmon.', 'try'],
    ['You have to try the dumplings.', 'try'],
    ['Be sure to try the house wine.', 'try'],
    ['Definitely check out the secret back room.', 'check out'],
    ['If you want some roast duck, try it.', 'try'],
  ])('%s recommends what it names', (text, quote) => {
    expect(recommendations(text)).toEqual([[quote, RECOMMENDATION]]);
  });

  test("a denied recommendation counts against what it names: don't try it", () => {
    expect(recommendations("Don't try the fish.")).toEqual([['try', -RECOMMENDATION]]);
    expect(recommendations('You should not try the fish.')).toEqual([['try', -RECOMMENDATION]]);
  });

  test.each([
    'I tried the cheesecake.',
    'We will try the new release tomorrow.',
    'Will try the new release tomorrow.',
    'We got to try the tasting menu.',
    'We want to try the tasting menu.',
    'Try restarting the router.',
    'Try to log in again.',
    'Try again after the update.',
    'Did you try the new export?',
    'Give the beta a try.',
    'Check out my new laptop!',
    'Try our new export wizard.',
    'I check the logs every morning.',
  ])('%s recommends nothing', (text) => {
    expect(recommendations(text)).toEqual([]);
  });
});
