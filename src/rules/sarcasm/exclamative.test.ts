import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../index.js';
import { exclamative } from './exclamative.js';

const analyzer = createAnalyzer();
const cuesOf = (text: string) => analyzer.analyze(text).sentences.flatMap((sentence) => sentence.sarcasm?.cues ?? []);

describe('exclamative cue: admiring how a bad thing happens', () => {
  test.each([
    'Love how every update makes the UI slower.',
    'Amazing how you managed to make the UI even more confusing.',
    'Love how every update makes everything worse.',
    'Amazing how the app crashes on every login.',
    'Amazing how the app crashes whenever I open the billing page.',
    'Love how the new version is buggier than the old one.',
    'Nice how the new pricing page is even more confusing than the old one.',
    // A measure moved the wrong way is something made worse.
    'Amazing how the price goes up every year.',
  ])('fires on %j, and the text reads negative', (text) => {
    expect(cuesOf(text)).toContain('exclamative');
    expect(analyzer.analyze(text).sentiment.score).toBeLessThan(0);
  });

  test('quotes the admiration it inverts and the fault it mocks', () => {
    const sentence = analyzer.analyze('Love how every update makes the UI slower.').sentences[0]!;
    expect(sentence.sarcasm?.confidence).toBe(exclamative.confidence);
    expect(sentence.evidence.map((item) => [item.text, item.rules.includes('sarcasm')])).toEqual([
      ['Love', true],
      ['slower', false],
    ]);
  });

  test.each([
    ['no fault at all', 'Love how easy the new export is.'],
    ['a fault the clause deals with', 'Love how it catches errors early.'],
    ['a fault fixed', 'Amazing how fast you fixed the outage.'],
    ['a measure moved the right way', 'Amazing how our costs went down after the switch.'],
    ['a fault denied', 'Love how it never crashes.'],
    ['a fault in another clause', 'I love how you think, but this is broken.'],
    ['admiration with no "how"', 'Love the new dashboard, even if the export is slow.'],
    ['a question after a pause', 'Great, how do I fix the broken export?'],
    ['a fault it answers, after "when"', 'Amazing how the bot hands off to a human when it gets stuck.'],
  ])('does not fire on %s', (_, text) => {
    expect(cuesOf(text)).not.toContain('exclamative');
  });
});
