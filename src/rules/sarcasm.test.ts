import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { sarcasm } from './sarcasm.js';

const analyzer = analyzerWith([sarcasm]);
const praise = (text: string, quote: string) => evidenceFor(analyzer.analyze(text).evidence, quote);

describe('sarcasm', () => {
  test.each([
    ['Great, now our entire production environment is down.', 'Great'],
    ['Oh wonderful, another outage.', 'wonderful'],
    ['Perfect. The sync crashed again.', 'Perfect'],
    ['Awesome! Lost data again.', 'Awesome'],
  ])('inverts interjected praise over a negative situation: %s', (text, quote) => {
    const evidence = praise(text, quote);
    expect(evidence.weight).toBeLessThan(0);
    expect(evidence.rules).toEqual(['sarcasm']);
  });

  test.each([
    ['Great job, the fix worked.', 'Great'],
    ['Great, the outage is resolved and it works perfectly.', 'Great'],
    ['The fix is great, but the docs are bad.', 'great'],
    ['Great. Thanks for the help.', 'Great'],
  ])('leaves sincere praise alone: %s', (text, quote) => {
    expect(praise(text, quote).weight).toBeGreaterThan(0);
  });
});
