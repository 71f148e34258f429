import { describe, expect, test } from 'vitest';
import { endsWithQuestionMark, isClauseBreak, isClauseLimit, isContrastWord, windowEnd } from './clause.js';
import { readDoc } from './readDoc.js';

const tokenOf = (word: string) => readDoc(word).tokens[0]!;

describe('one clause, three reaches', () => {
  test.each([
    // word, negation window, opinion over aspects, side of a sarcastic contrast
    ['but', true, true, true],
    ['while', true, true, true],
    ['yet', false, true, true],
    ['because', true, false, false],
    ['despite', true, false, false],
    [',', true, false, false],
    [';', true, true, false],
    ['and', false, false, false],
  ])('"%s" ends a window: %s, an opinion\'s reach: %s, a side of a contrast: %s', (word, breaks, limits, contrasts) => {
    const token = tokenOf(word);
    expect([isClauseBreak(token), isClauseLimit(token), isContrastWord(token)]).toEqual([breaks, limits, contrasts]);
  });

  test('a negation reads across "yet" and stops at "but"', () => {
    const { tokens } = readDoc('not fixed yet broken but working');
    const words = (end: number) => tokens.slice(0, end).map((token) => token.normal);
    expect(words(windowEnd(tokens, 0, tokens.length, 3))).toEqual(['not', 'fixed', 'yet', 'broken']);
    expect(words(windowEnd(tokens, 0, tokens.length, 10))).toEqual(['not', 'fixed', 'yet', 'broken']);
  });

  test('a sentence is asked when its last token is "?"', () => {
    const asked = (text: string) => {
      const doc = readDoc(text);
      return doc.sentences.map((sentence) => endsWithQuestionMark(doc.tokens, sentence));
    };
    expect(asked('Does the fix work? It does.')).toEqual([true, false]);
    expect(asked('Is there an easy way')).toEqual([false]);
  });
});
