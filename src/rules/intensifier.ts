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
    hits.forEach((hit, index) => {
      const start = windowStart(tokens, hit.first, sentence.first, INTENSIFIER_WINDOW);
      for (let j = hit.first - 1; j >= start; j--) {
        if (hitAt[j - sentence.first] !== -1) break;
        for (let length = Math.min(lexicon.longestIntensifier, j - start + 1); length >= 1; length--) {
          const key = joinNormals(tokens, j - length + 1, j + 1);
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

function joinNormals(tokens: readonly { normal: string }[], from: number, to: number): string {
  let key = tokens[from]!.normal;
  for (let k = from + 1; k < to; k++) key += ` ${tokens[k]!.normal}`;
  return key;
}
