import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../analyze.js';
import { readDoc } from '../doc/readDoc.js';
import { findTimesTaken } from './timeTaken.js';

// No rules: what the time-taken reading gives, before negation, conditions and the rest.
const bare = createAnalyzer({ rules: [] });

/** The time-taken evidence of a text: its quote and the sign of its weight. */
function timesTaken(text: string) {
  return bare
    .analyze(text)
    .evidence.filter((item) => item.term.startsWith('time taken'))
    .map((item) => ({ quote: item.text, sign: Math.sign(item.weight) }));
}

describe('time taken, set against the time it took', () => {
  test.each([
    ['The dashboard now takes 40 seconds to load instead of 3.', 'takes 40 seconds to load instead of 3', -1],
    ['The dashboard takes 40 seconds to load now, it used to take 3.', 'takes 40 seconds to load now, it used to take 3', -1],
    ['It used to take 3 seconds, now it takes 40.', 'used to take 3 seconds, now it takes 40', -1],
    ['It took 3 days to get a reply instead of the promised 24 hours.', 'took 3 days to get a reply instead of the promised 24 hours', -1],
    ['Exports take about 5 minutes, up from 30 seconds last month.', 'take about 5 minutes, up from 30 seconds', -1],
    ['The sync takes us 2 hours compared to 10 minutes before the update.', 'takes us 2 hours compared to 10 minutes', -1],
    ['Support replies now take 2 hours instead of 2 days.', 'take 2 hours instead of 2 days', 1],
    ['The new build takes 4 minutes versus 12 with the old pipeline.', 'takes 4 minutes versus 12', 1],
    ['It takes 40 seconds now; it took 3 before the update.', 'takes 40 seconds now; it took 3', -1],
  ])('%s', (text, quote, sign) => {
    expect(timesTaken(text)).toEqual([{ quote, sign }]);
  });

  test.each([
    // No earlier time: a duration alone says nothing of better or worse.
    'It takes 5 minutes to run.',
    // An instruction, not a time measured.
    'Take 5 minutes instead of 10 to fill the form.',
    // Two things, not one thing then and now.
    'Exports take 10 minutes and imports took 2 hours.',
    // Not times: clicks are no unit of time.
    'It takes 5 clicks instead of 2.',
    // The same time both ways.
    'It takes 3 seconds, it used to take 3.',
  ])('no reading: %s', (text) => {
    expect(timesTaken(text)).toEqual([]);
  });

  test('a longer time weighs more the larger the change', () => {
    const weightOf = (text: string) => bare.analyze(text).evidence.find((item) => item.term.startsWith('time taken'))!.weight;
    expect(weightOf('It now takes 4 seconds instead of 3.')).toBeGreaterThan(weightOf('It now takes 40 seconds instead of 3.'));
  });

  test('a modal before the verb hedges the reading, as it hedges a movement', () => {
    const hedged = bare.analyze('It might take 40 seconds instead of 3.').evidence.find((item) => item.term.startsWith('time taken'))!;
    const told = bare.analyze('It takes 40 seconds instead of 3.').evidence.find((item) => item.term.startsWith('time taken'))!;
    expect(hedged.rules).toContain('hedge');
    expect(Math.abs(hedged.weight)).toBeLessThan(Math.abs(told.weight));
  });

  test('reads within the bounds it is given', () => {
    const { tokens } = readDoc('It takes 40 seconds instead of 3.');
    expect(findTimesTaken(tokens, 0, tokens.length)).toHaveLength(1);
    expect(findTimesTaken(tokens, 0, 4)).toEqual([]);
  });
});
