import { describe, expect, test } from 'vitest';
import { analyzerWith, evidenceFor } from '../../test/helpers.js';
import { conditional, HYPOTHETICAL_FACTOR, IMAGINED_FACTOR } from './conditional.js';

const analyzer = analyzerWith([conditional]);
const factorOf = (text: string, quote: string) => {
  const evidence = evidenceFor(analyzer.analyze(text).evidence, quote);
  return evidence.weight / evidence.valence;
};

describe('conditional', () => {
  test('damps the "if" clause and the imagined consequence', () => {
    expect(factorOf('If it worked reliably, I would be thrilled.', 'reliably')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factorOf('If it worked reliably, I would be thrilled.', 'thrilled')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test('without a comma the "if" clause ends at the modal', () => {
    expect(factorOf("If it worked I'd be thrilled.", 'thrilled')).toBeCloseTo(IMAGINED_FACTOR);
  });

  test('"unless" and "wish" are hypothetical too', () => {
    expect(factorOf('Unless it is stable, we stay.', 'stable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
    expect(factorOf('I wish the export were reliable.', 'reliable')).toBeCloseTo(HYPOTHETICAL_FACTOR);
  });

  test('a real threat ("will") is not imagined', () => {
    expect(factorOf('If this is not fixed by Friday, we will be furious.', 'furious')).toBe(1);
  });

  test('"as if" is not a condition', () => {
    expect(factorOf('As if that was helpful.', 'helpful')).toBe(1);
  });

  test('sentences without a condition are untouched', () => {
    expect(factorOf('I would be thrilled.', 'thrilled')).toBe(1);
  });
});
