import type { Adjustment, Rule } from './rule.js';

// Words of speed that praise how a thing runs ("it's fast", "support replied quickly"), unless they say how fast
// something worsens.
const SPEED = new Set(['fast', 'quick', 'quickly', 'rapidly', 'speedily', 'swiftly']);
// What a worsening is said with: a verb ("drains", "crashed") or a quality ("gets expensive"; "gets slow", tagged an
// adverb by wink-nlp). A thing named is not one: "fixed the bug quickly" praises the fix.
const WORSENING_POS = new Set(['VERB', 'ADJ', 'ADV']);

/**
 * Mutes a word of speed right after a worsening it measures: "gets expensive fast", "the battery drains quickly",
 * "it got slow quickly", "the app went downhill fast". The speed is the rate of the harm, no merit of the product; the harm
 * keeps its own weight.
 */
export const rate: Rule = {
  name: 'rate',
  apply({ tokens, sentence, hits, hitAt }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (hit.weight <= 0 || hit.end - hit.first !== 1 || hit.first === sentence.first) return;
      if (!SPEED.has(tokens[hit.first]!.normal)) return;
      const before = hitAt[hit.first - 1 - sentence.first]!;
      if (before === -1) return;
      const worsening = hits[before]!;
      if (worsening.weight < 0 && WORSENING_POS.has(tokens[worsening.end - 1]!.pos)) adjustments.push({ hit: index, factor: 0 });
    });
    return adjustments;
  },
};
