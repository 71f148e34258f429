import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { QUESTION_FACTOR, question } from './question.js';

const analyzer = analyzerWith([question]);
const factorOf = (text: string, quote: string) => {
  const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
  return evidence.weight / evidence.valence;
};

describe('question', () => {
  test('damps a question', () => {
    expect(factorOf('Is the fix good?', 'good')).toBeCloseTo(QUESTION_FACTOR);
    expect(factorOf('Is the fix good? 🙂', 'good')).toBeCloseTo(QUESTION_FACTOR);
  });

  test('leaves statements alone', () => {
    expect(factorOf('The fix is good.', 'good')).toBe(1);
  });

  test('leaves rhetorical complaints alone', () => {
    expect(factorOf('Why is the sync still broken?', 'still broken')).toBe(1);
    expect(factorOf('How come the sync is broken?', 'broken')).toBe(1);
  });
});
