import { isNegator } from '../doc/negators.js';
import { isJoiningHyphen } from '../doc/token.js';
import { windowStart } from '../doc/clause.js';
import type { Adjustment, Rule } from './rule.js';

// Intensifiers reach as far back as negators do, fading with distance as in VADER (1, 0.95, 0.9).
const INTENSIFIER_WINDOW = 3;
const FADE_PER_TOKEN = 0.05;
// "not very good" is milder than "not good": a negated intensifier softens instead of boosting.
export const NEGATED_INTENSIFIER_FACTOR = 0.6;

/** Strengthens or weakens a sentiment word after "extremely", "so", "a bit", "kind of" (lexicon data). */
export const intensifier: Rule = {
  name: 'intensifier',
  apply({ tokens, sentence, hits, hitAt, lexicon }) {
    const adjustments: Adjustment[] = [];
    const endings = phraseEndingsOf(lexicon.intensifiers);
    hits.forEach((hit, index) => {
      const start = windowStart(tokens, hit.first, sentence.first, INTENSIFIER_WINDOW);
      for (let j = hit.first - 1; j >= start; j--) {
        if (hitAt[j - sentence.first] !== -1) break;
        // Only a word that ends a phrase ("a bit") is worth joining to the words before it.
        const longest = endings.has(tokens[j]!.normal) ? Math.min(lexicon.longestIntensifier, j - start + 1) : 1;
        for (let length = longest; length >= 1; length--) {
          const key = length === 1 ? tokens[j]!.normal : joinNormals(tokens, j - length + 1, j + 1);
          const strength = lexicon.intensifiers.get(key);
          if (strength === undefined) continue;
          // "not-so-great" is "not so great".
          const before = j - length - (j - length > sentence.first && isJoiningHyphen(tokens, j - length) ? 1 : 0);
          const negated = before >= sentence.first && isNegator(tokens, before, sentence.first);
          const fade = 1 - FADE_PER_TOKEN * (hit.first - 1 - j);
          adjustments.push({ hit: index, factor: negated ? NEGATED_INTENSIFIER_FACTOR : 1 + strength * fade });
          j -= length - 1;
          break;
        }
      }
    });
    return adjustments;
  },
};

// The last words of an analyzer's intensifier phrases, found once per (compiled, unchanging) table.
const phraseEndings = new WeakMap<ReadonlyMap<string, number>, Set<string>>();

function phraseEndingsOf(intensifiers: ReadonlyMap<string, number>): Set<string> {
  let endings = phraseEndings.get(intensifiers);
  if (!endings) {
    endings = new Set<string>();
    for (const key of intensifiers.keys()) if (key.includes(' ')) endings.add(key.slice(key.lastIndexOf(' ') + 1));
    phraseEndings.set(intensifiers, endings);
  }
  return endings;
}

function joinNormals(tokens: readonly { normal: string }[], from: number, to: number): string {
  let key = tokens[from]!.normal;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k]!.normal}`;
  return key;
}
