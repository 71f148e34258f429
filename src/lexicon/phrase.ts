import { fillsFigureSlot, isFigureSlot, type Token } from '../doc/token.js';

const matchesWord = (token: Token, word: string) =>
  isFigureSlot(word) ? fillsFigureSlot(word, token) : token.normal === word || token.lemma === word || token.text.toLowerCase() === word;

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

/**
 * The end of a match of `phrase` at `index`, or -1: as `matchesAt`, and an adverb of emphasis may stand between two of
 * the phrase's words ("do not even work" for "do not work"). It is looked at only where a word fails to match, so a
 * phrase that names the adverb ("not actually answer") matches it as a word, and the common case costs nothing more.
 */
export function phraseEndAt(tokens: readonly Token[], index: number, end: number, phrase: readonly string[]): number {
  let at = index;
  for (let k = 0; k < phrase.length; k++, at++) {
    if (at >= end) return -1;
    if (matchesWord(tokens[at]!, phrase[k]!)) continue;
    if (k === 0 || !isEmphasis(tokens[at]) || at + 1 >= end || !matchesWord(tokens[at + 1]!, phrase[k]!)) return -1;
    at++;
  }
  return at;
}
