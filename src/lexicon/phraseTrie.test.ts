import { describe, expect, test } from 'vitest';
import { fillsFigureSlot, isFigureSlot, type Token } from '../doc/token.js';
import type { PhraseEntry } from './compile.js';
import { isEmphasis } from './phrase.js';
import { findPhraseAt } from './phraseTrie.js';

const token = (text: string, lemma = text.toLowerCase(), type = 'word'): Token => ({
  text,
  normal: text.toLowerCase(),
  lemma,
  pos: 'X',
  type,
  start: 0,
  end: text.length,
  caps: false,
});
const phrase = (term: string): PhraseEntry => ({ term, valence: -0.5, source: 'test', tokens: term.split(' ') });

const matchesWord = (token: Token, word: string) =>
  isFigureSlot(word) ? fillsFigureSlot(word, token) : token.normal === word || token.lemma === word || token.text.toLowerCase() === word;

/** The end of a match of one phrase at `index`, or -1, read word by word: the reading the tree must agree with. */
function phraseEndAt(tokens: readonly Token[], index: number, end: number, phrase: readonly string[]): number {
  let at = index;
  for (let k = 0; k < phrase.length; k++, at++) {
    if (at >= end) return -1;
    if (matchesWord(tokens[at]!, phrase[k]!)) continue;
    if (k === 0 || !isEmphasis(tokens[at]) || at + 1 >= end || !matchesWord(tokens[at + 1]!, phrase[k]!)) return -1;
    at++;
  }
  return at;
}

/** The first phrase of the list, in list order, that matches at `index`: what the tree must find. */
function scanned(tokens: readonly Token[], index: number, list: readonly PhraseEntry[]) {
  for (const entry of list) {
    const end = phraseEndAt(tokens, index, tokens.length, entry.tokens);
    if (end !== -1) return { phrase: entry, end };
  }
  return undefined;
}

describe('phrases found through the tree of their words', () => {
  test('the first phrase of the list that matches wins, with the end of its words', () => {
    const list = ['not work at all', 'not work', 'not at all'].map(phrase);
    const tokens = ['not', 'work', 'at', 'all'].map((word) => token(word));
    expect(findPhraseAt(tokens, 0, tokens.length, list)).toEqual({ phrase: list[0], end: 4 });
    expect(findPhraseAt(tokens, 0, 3, list)).toEqual({ phrase: list[1], end: 2 });
  });

  test('a word matches by its lemma, and an adverb of emphasis is passed over unless the phrase names it', () => {
    const list = ['not even load', 'not load'].map(phrase);
    const lemma = [token('not'), token('actually'), token('loading', 'load')];
    expect(findPhraseAt(lemma, 0, lemma.length, list)).toEqual({ phrase: list[1], end: 3 });
    const named = [token('not'), token('even'), token('load')];
    expect(findPhraseAt(named, 0, named.length, list)).toEqual({ phrase: list[0], end: 3 });
    // The phrase's own "even" is that word, not one to pass over: one more adverb is passed at most.
    const repeated = ['not', 'even', 'even', 'even', 'load'].map((word) => token(word));
    expect(findPhraseAt(repeated, 0, repeated.length, [list[0]!])).toBeUndefined();
    expect(scanned(repeated, 0, [list[0]!])).toBeUndefined();
  });

  test('a figure slot takes a number, not a word', () => {
    const list = [phrase('took # days')];
    expect(findPhraseAt([token('took'), token('3', '3', 'number'), token('days')], 0, 3, list)?.end).toBe(3);
    expect(findPhraseAt([token('took'), token('many'), token('days')], 0, 3, list)?.end).toBe(3);
    expect(findPhraseAt([token('took'), token('ages'), token('days')], 0, 3, list)).toBeUndefined();
  });

  test('agrees with trying each phrase in turn on generated texts', () => {
    const words = ['not', 'even', 'actually', 'work', 'works', 'at', 'all', 'the', '#', 'good'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 500; round++) {
      const list = Array.from({ length: 1 + next(12) }, () =>
        phrase(['not', ...Array.from({ length: 1 + next(3) }, () => words[next(words.length)]!)].join(' ')),
      );
      const tokens = ['not', ...Array.from({ length: next(6) }, () => words[next(words.length - 1)]!)].map((word) =>
        word === 'works' ? token(word, 'work') : word === '#' ? token('3', '3', 'number') : token(word),
      );
      expect(findPhraseAt(tokens, 0, tokens.length, list)).toEqual(scanned(tokens, 0, list));
    }
  });
});
