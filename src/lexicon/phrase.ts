import { fillsFigureSlot, isFigureSlot, type Token } from '../doc/token.js';

// The lower-cased text is compared last and only at the word's length: most comparisons fail, and each would copy the text.
const matchesWord = (token: Token, word: string) =>
  isFigureSlot(word)
    ? fillsFigureSlot(word, token)
    : token.normal === word || token.lemma === word || (token.text.length === word.length && token.text.toLowerCase() === word);

/**
 * A phrase token matches a text token's normal form, its lemma, or its lower-cased text; `#` matches a number ("took #
 * day") and `#th` an ordinal ("the #th time"), as in patterns.
 */
export function matchesAt(tokens: readonly Token[], index: number, end: number, phrase: readonly string[]): boolean {
  if (index + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) if (!matchesWord(tokens[index + k]!, phrase[k]!)) return false;
  return true;
}

// "Doesn't even load", "can't actually log in", "when will it actually be fixed": an adverb of emphasis inside a phrase
// does not change what it says. Not "really" or "always", which soften a denial ("doesn't always work").
const EMPHASIS = new Set(['even', 'actually']);

/** An adverb of emphasis that may stand inside a phrase without being one of its words. */
export function isEmphasis(token: Token | undefined): boolean {
  return token !== undefined && EMPHASIS.has(token.normal);
}
