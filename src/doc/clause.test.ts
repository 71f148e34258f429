import { describe, expect, test } from 'vitest';
import { endsWithQuestionMark, isClauseBreak, isClauseLimit, isContrastWord, windowEnd, windowStart } from './clause.js';
import { readDoc } from './readDoc.js';

const tokenOf = (word: string) => readDoc(word).tokens[0]!;
const wordsBefore = (text: string, word: string, size: number) => {
  const { tokens } = readDoc(text);
  const at = tokens.findIndex((token) => token.normal === word);
  return tokens.slice(windowStart(tokens, at, 0, size), at).map((token) => token.text);
};

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
    expect([isClauseBreak([token], 0), isClauseLimit(token), isContrastWord(token)]).toEqual([breaks, limits, contrasts]);
  });

  test('the comma of a repeated modifier starts no clause; other commas do', () => {
    expect(wordsBefore("If you're really, really worried", 'worried', 6)).toEqual(['If', 'you', "'re", 'really', ',', 'really']);
    expect(wordsBefore('It is very, very slow', 'slow', 6)).toEqual(['It', 'is', 'very', ',', 'very']);
    expect(wordsBefore('We called, called again', 'again', 6)).toEqual(['called']);
    expect(wordsBefore('Sadly, slow', 'slow', 6)).toEqual([]);
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
