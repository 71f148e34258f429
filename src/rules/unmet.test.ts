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

  test.each([
    ['You can do better.', 'better'],
    ['DO BETTER.', 'BETTER'],
    ['Your support team could do better at replying.', 'better'],
  ])('reverses doing better, demanded or said to be within reach: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * UNMET_FACTOR, 4);
    expect(evidence.rules).toContain('unmet');
  });

  test.each([
    ['I can do better with the CLI.', 'better'],
    ['We can do better than a linear scan here.', 'better'],
    ['The new version does better on large files.', 'better'],
  ])("leaves doing better alone when it is the writer's reach or a comparison: %s", (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('unmet');
  });

  test.each([
    ['A heads-up would have been nice.', 'nice'],
    ["It would've been great to know this before we upgraded.", 'great'],
    ["I'd have appreciated a call.", 'appreciated'],
    ['The launch could have been really great.', 'great'],
  ])('reverses praise of what would have been, and was not: %s', (text, quote) => {
    const evidence = weightOf(text, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * UNMET_FACTOR, 4);
    expect(evidence.rules).toContain('unmet');
  });

  test.each([
    ['A heads-up would be nice.', 'nice'],
    ['It would have been impossible without your help, which was great.', 'great'],
    ["It wouldn't have been this easy without you.", 'easy'],
    ['That would have been the perfect name.', 'perfect'],
    ['If the room were warmer it would have been fine.', 'fine'],
    ['A touch more heat and it would have been very good.', 'good'],
  ])('leaves a wish, and praise outside the modal perfect, alone: %s', (text, quote) => {
    expect(weightOf(text, quote).rules).not.toContain('unmet');
  });

  test('"could not be better" is praise, not a wish', () => {
    expect(analyzer.analyze('Onboarding could not be better.').sentiment.score).toBeGreaterThan(0);
  });
});
