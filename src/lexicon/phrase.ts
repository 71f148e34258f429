import { isNumberToken, type Token } from '../doc/token.js';

// In a lexicon phrase, the slot for a number, as in patterns.
const NUMBER_SLOT = '#';

/** A phrase token matches a text token's normal form, its lemma, or its lower-cased text; `#` matches a number ("took # day"). */
export function matchesAt(tokens: readonly Token[], index: number, end: number, phrase: readonly string[]): boolean {
  if (index + phrase.length > end) return false;
  for (let k = 0; k < phrase.length; k++) {
    const token = tokens[index + k]!;
    const word = phrase[k]!;
    if (word === NUMBER_SLOT ? !isNumberToken(token) : token.normal !== word && token.lemma !== word && token.text.toLowerCase() !== word)
      return false;
  }
  return true;
}
