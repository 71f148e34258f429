import { windowStart } from '../doc/clause.js';
import { isComparative } from './comparative.js';
import { isNegator } from '../doc/negators.js';
import type { Adjustment, Rule } from './rule.js';

// "Could be better" says it is not good enough: the praise is what is missing. Reversed at half strength,
// as a complaint that is milder than "it is bad".
export const UNMET_FACTOR = -0.5;
// Room for "could have been a lot better".
const WINDOW = 6;
const MODALS = new Set(['could', 'should', 'would', 'might']);
// What follows the modal in "could be", "should have been".
const MODAL_COMPLEMENTS = new Set(['be', 'been', 'have']);
// "I expected better", "hoped for more reliable", "it needs better speakers".
const EXPECTING = new Set(['expect', 'hope', 'want', 'need']);

/** Reverses praise in a comparison with what was wanted: "could be more durable", "should have been faster", "expected better". */
export const unmet: Rule = {
  name: 'unmet',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (hit.entry.valence <= 0 || !isComparative(tokens, hit.first)) return;
      const start = windowStart(tokens, hit.first, sentence.first, WINDOW);
      let wanted = false;
      for (let j = hit.first - 1; j >= start; j--) {
        // "Couldn't be better" is the highest praise.
        if (isNegator(tokens, j, sentence.first)) return;
        const word = tokens[j]!;
        if (MODALS.has(word.normal) && MODAL_COMPLEMENTS.has(tokens[j + 1]?.normal ?? '')) wanted = true;
        if (EXPECTING.has(word.lemma) && word.pos === 'VERB') wanted = true;
      }
      if (wanted) adjustments.push({ hit: index, factor: UNMET_FACTOR });
    });
    return adjustments;
  },
};
