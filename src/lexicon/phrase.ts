import { fillsFigureSlot, isFigureSlot, type Token } from '../doc/token.js';

/**
 * A phrase token matches a text token's normal form, its lemma, or its lower-cased text; `#` matches a number ("took #
 * day") and `#th` an ordinal ("the #th time"), as in patterns.
 */
export function matchesAt(tokens: readonly Token[], index: number, end: number, phrase: readonly string[]): boolean {
  if (index + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[index + k]!;
    const word = phrase[k]!;
    if (
      isFigureSlot(word)
        ? !fillsFigureSlot(word, token)
        : token.normal !== word && token.lemma !== word && token.text.toLowerCase() !== word
    )
      return false;
  }
  return true;
}
