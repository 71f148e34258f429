import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { analyze } from '../analyze.js';
import { COURTESY_FACTOR, courtesy, IN_ADVANCE_FACTOR } from './courtesy.js';

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

  test('a letter\'s salutation weighs nothing; "dear" elsewhere is damped courtesy', () => {
    for (const text of [
      'Dear team, we intend to terminate our agreement.',
      'Dear Ms. Lee, the export fails.',
      'Dear support\nthe export fails.',
    ])
      expect(analyzer.analyze(text).evidence.map((item) => item.text)).not.toContain('Dear');
    const dear = evidenceFor(analyzer.analyze('Oh dear, the export failed.').evidence, 'dear');
    expect(dear.weight).toBeCloseTo(dear.valence * COURTESY_FACTOR);
  });

  test('an appreciation of how something was done is a verdict, not a formula', () => {
    const appraisal = evidenceFor(analyzer.analyze('I appreciate how quickly you fixed it.').evidence, 'appreciate');
    expect(appraisal.weight).toBe(appraisal.valence);
    const formula = evidenceFor(analyzer.analyze('I appreciate your help.').evidence, 'appreciate');
    expect(formula.weight).toBeCloseTo(formula.valence * COURTESY_FACTOR);
  });

  test.each([
    ['Do you know which gate the flight leaves from? Thanks.', 'Thanks'],
    ['Thanks. Will you be flying the A380 on this route soon?', 'Thanks'],
    ['Can you follow for a quick DM? thx', 'thx'],
  ])('thanks beside a question is thanks in advance: %s', (text, quote) => {
    const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * IN_ADVANCE_FACTOR);
    expect(analyze(text).sentiment.label).toBe('neutral');
  });

  test.each([
    ['Thank you for the transfer. Will my bags go too?', 'Thank'],
    ['Thank god I woke up early. What happened to the flight?', 'Thank'],
    ['Thanks. The new export works.', 'Thanks'],
  ])('thanks for something done, or with no question beside it, keeps its courtesy weight: %s', (text, quote) => {
    const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
    expect(evidence.weight).toBeCloseTo(evidence.valence * COURTESY_FACTOR);
  });

  test('leaves other praise alone', () => {
    const evidence = evidenceFor(analyzer.analyze('You were wonderful.').evidence, 'wonderful');
    expect(evidence.weight).toBe(evidence.valence);
  });
});
