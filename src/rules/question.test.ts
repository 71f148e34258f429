import { describe, expect, test } from 'vitest';
import { NEGATION_SCALAR } from '../doc/negators.js';
import { analyzerWith, factorOf } from '../../test/helpers.js';
import { QUESTION_FACTOR, question } from './question.js';

const analyzer = analyzerWith([question]);
const factor = (text: string, quote: string) => factorOf(analyzer, text, quote);

describe('question', () => {
  test('damps a question', () => {
    expect(factor('Is the fix good?', 'good')).toBeCloseTo(QUESTION_FACTOR);
    expect(factor('Is the fix good? 🙂', 'good')).toBeCloseTo(QUESTION_FACTOR);
  });

  test('leaves statements alone', () => {
    expect(factor('The fix is good.', 'good')).toBe(1);
  });

  test('leaves rhetorical complaints alone', () => {
    expect(factor('Why is the sync still broken?', 'still broken')).toBe(1);
    expect(factor('How come the sync is broken?', 'broken')).toBe(1);
    expect(factor('Six years with you, and this is how you treat us after an outage?', 'outage')).toBe(1);
    expect(factor('Is this how you handle an outage?', 'outage')).toBe(1);
    expect(factor('Who decided to ship the broken export?', 'broken')).toBe(1);
    expect(factor('Who thought the broken export was ready?', 'broken')).toBe(1);
    expect(factor('Will it ever work on the broken laptop?', 'broken')).toBe(1);
    expect(factor('Is the sync ever going to stop being awful?', 'awful')).toBe(1);
    // "Ever" of experience asks: "have you ever tried …?".
    expect(factor('Have you ever had a good experience with the export?', 'good')).toBeCloseTo(QUESTION_FACTOR);
    // Asking who does something is a real question.
    expect(factor('Who can fix the broken export?', 'broken')).toBeCloseTo(QUESTION_FACTOR);
    // "How" alone asks: "is this how I fix it?" is a real question.
    expect(factor('This is the fix, but how good is it?', 'good')).toBeCloseTo(QUESTION_FACTOR);
  });

  test('denies what an "even" question doubts happened at all', () => {
    expect(factor('Did you even bother to read my ticket?', 'bother to')).toBeCloseTo(NEGATION_SCALAR);
    expect(factor('Does anyone even like the new dashboard?', 'like')).toBeCloseTo(NEGATION_SCALAR);
    // "Even" elsewhere, or not after the subject of an opening auxiliary, leaves a plain question.
    expect(factor('Is it good even on slow connections?', 'good')).toBeCloseTo(QUESTION_FACTOR);
    expect(factor('Did the fix even out the good and the bad?', 'good')).toBeCloseTo(QUESTION_FACTOR);
  });

  test("scores nothing of the reader's feeling it asks for, as review forms ask it", () => {
    const quotes = (text: string) => analyzer.analyze(text).evidence.map((item) => item.text);
    expect(quotes('What do you like best about the product?')).toEqual([]);
    expect(quotes('Which feature do you like most?')).toEqual([]);
    expect(quotes('Do you like the new dashboard?')).toEqual([]);
    expect(quotes('What do you dislike?')).toEqual([]);
    // Only the feeling asked about: what else the question says keeps its half weight.
    expect(factor('Do you enjoy wasting our time?', 'wasting')).toBeCloseTo(QUESTION_FACTOR);
    expect(quotes('Do you enjoy wasting our time?')).not.toContain('enjoy');
    // A feeling the question states, or one it answers itself, is not asked for.
    expect(factor('Is the new dashboard something you like?', 'like')).toBeCloseTo(QUESTION_FACTOR);
    expect(factor("Don't you love it when the app crashes?", 'crashes')).toBeCloseTo(QUESTION_FACTOR);
    expect(quotes("Don't you love it when the app crashes?")).toContain('love it when');
  });
});
