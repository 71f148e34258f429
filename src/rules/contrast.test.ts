import { describe, expect, test } from 'vitest';
import { analyzerWith, factorOf } from '../../test/helpers.js';
import { CONCEDED_FACTOR, contrast, VERDICT_FACTOR } from './contrast.js';

const analyzer = analyzerWith([contrast]);
const factor = (text: string, quote: string) => factorOf(analyzer, text, quote);

describe('contrast', () => {
  test.each([
    ['The product is great but support is terrible.', 'great', 'terrible'],
    ['The product is great; however support is terrible.', 'great', 'terrible'],
    ['Although the setup was painful, the result is excellent.', 'painful', 'excellent'],
    ['Even though the setup was painful, the result is excellent.', 'painful', 'excellent'],
    ['The result is excellent, though the setup was painful.', 'painful', 'excellent'],
    ['Despite the painful setup, the result is excellent.', 'painful', 'excellent'],
    ['While the setup was painful, the result is excellent.', 'painful', 'excellent'],
  ])('weights the verdict over the concession: %s', (text, conceded, verdict) => {
    expect(factor(text, conceded)).toBeCloseTo(CONCEDED_FACTOR);
    expect(factor(text, verdict)).toBeCloseTo(VERDICT_FACTOR);
  });

  test.each([
    ["It's a small thing, but the date picker shows the wrong week.", 'wrong'],
    ['Minor issue, but the footer link is broken.', 'broken'],
    ['Not a big deal, but the export adds an empty row.', 'empty'],
  ])('after the writer plays it down, what follows "but" is the report, not a raised verdict: %s', (text, quote) => {
    expect(factor(text, quote)).toBe(1);
  });

  test('a big deal is no understatement', () => {
    expect(factor('This is a big deal, but the export is broken.', 'broken')).toBeCloseTo(VERDICT_FACTOR);
  });

  test('a sentence opening with "But" is all verdict', () => {
    expect(factor('But the result is excellent.', 'excellent')).toBeCloseTo(VERDICT_FACTOR);
  });

  test.each([
    ['Lately though, the product feels slower.', 'slower'],
    ['One question though, why is the export so slow?', 'slow'],
  ])('"though" and a comma opening a sentence is "however": the verdict follows: %s', (text, quote) => {
    expect(factor(text, quote)).toBeCloseTo(VERDICT_FACTOR);
  });

  test('later in a sentence, "though" and a comma still open a concession', () => {
    expect(factor('It depends on the setup though, so a faster machine is great.', 'great')).toBeCloseTo(CONCEDED_FACTOR);
  });

  test.each([
    ['It is not only fast but also reliable.', 'reliable'],
    ['It is anything but reliable.', 'reliable'],
    ['Last but not least, a great team.', 'great'],
  ])('"but" that is not a contrast changes nothing: %s', (text, quote) => {
    expect(factor(text, quote)).toBe(1);
  });

  test('inside a sentence, "while" joins clauses of equal weight', () => {
    expect(factor('The UI is great while the API is slow.', 'great')).toBe(1);
    expect(factor('The UI is great while the API is slow.', 'slow')).toBe(1);
  });

  test('"although" without a comma leaves the sentence alone', () => {
    expect(factor('Although it is good it is slow.', 'good')).toBe(1);
  });
});
