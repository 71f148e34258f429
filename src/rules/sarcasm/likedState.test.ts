import { describe, expect, test } from 'vitest';
import { createAnalyzer } from '../../index.js';
import { likedState } from './likedState.js';

const analyzer = createAnalyzer();
const cuesOf = (text: string) => analyzer.analyze(text).sentences.flatMap((sentence) => sentence.sarcasm?.cues ?? []);

describe('liked-state cue: liking a bad state one is put in', () => {
  test.each(['I love being unappreciated.', 'Really enjoy being stuck on the login page.', 'Just love being so disrespected.'])(
    'fires on %j, and the text reads negative',
    (text) => {
      expect(cuesOf(text)).toContain('liked-state');
      expect(analyzer.analyze(text).sentiment.score).toBeLessThan(0);
    },
  );

  test('quotes the liking it inverts and the state it mocks', () => {
    const sentence = analyzer.analyze('I love being unappreciated.').sentences[0]!;
    expect(sentence.sarcasm?.confidence).toBe(likedState.confidence);
    expect(sentence.evidence.map((item) => [item.text, item.rules.includes('sarcasm')])).toEqual([
      ['love', true],
      ['unappreciated', false],
    ]);
  });

  test.each([
    ['a state liked in earnest', 'I love being busy.'],
    ['a good thing got', 'I love getting feedback from customers.'],
    ['a bad state further off', 'I love being part of a team that fixes every bug.'],
    ['no state at all', 'I love the new dashboard.'],
  ])('does not fire on %s', (_, text) => {
    expect(cuesOf(text)).not.toContain('liked-state');
  });
});
