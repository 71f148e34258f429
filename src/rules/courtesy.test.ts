import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { COURTESY_FACTOR, courtesy } from './courtesy.js';

const analyzer = analyzerWith([courtesy]);

describe('courtesy', () => {
  test.each([
    ['Thank you for the reply.', 'Thank'],
    ['Kindly escalate this.', 'Kindly'],
    ['Thanks, Sam will call.', 'Thanks'],
    ['Good luck with the launch tomorrow.', 'Good luck'],
  ])('damps politeness: %s', (text, quote) => {
    const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * COURTESY_FACTOR);
  });

  test('an appreciation of how something was done is a verdict, not a formula', () => {
    const appraisal = evidenceFor(analyzer.analyze('I appreciate how quickly you fixed it.').evidence, 'appreciate');
    expect(appraisal.weight).toBe(appraisal.valence);
    const formula = evidenceFor(analyzer.analyze('I appreciate your help.').evidence, 'appreciate');
    expect(formula.weight).toBeCloseTo(formula.valence * COURTESY_FACTOR);
  });

  test('leaves other praise alone', () => {
    const evidence = evidenceFor(analyzer.analyze('You were wonderful.').evidence, 'wonderful');
    expect(evidence.weight).toBe(evidence.valence);
  });
});
