import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { negation } from './negation.js';
import { UNMET_FACTOR, unmet } from './unmet.js';

const analyzer = analyzerWith([negation, unmet]);
const weightOf = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('unmet', () => {
  test.each([
    ['The battery could be better.', 'better'],
    ['The buttons could be more durable.', 'durable'],
    ['The sync should have been faster.', 'faster'],
    ['I expected better support for this price.', 'better'],
    ['The rollout could have been a lot better.', 'better'],
  ])('reverses praise compared with what was wanted: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * UNMET_FACTOR, 4);
    expect(evidence.rules).toContain('unmet');
  });

  test.each([
    ['It is better than I expected.', 'better'],
    ['The new release is faster.', 'faster'],
    ['It could be good for us.', 'good'],
  ])('leaves praise that is not a wish alone: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('unmet');
  });

  test('"could not be better" is praise, not a wish', () => {
    expect(analyzer.analyze('Onboarding could not be better.').sentiment.score).toBeGreaterThan(0);
  });
});
