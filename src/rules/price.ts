import type { Token } from '../doc/token.js';
import { windowEnd, windowStart } from '../doc/clause.js';
import type { Adjustment, Rule } from './rule.js';

// Words that are faults of a product ("cheap plastic", "low quality") but good news about a price.
const LOW = new Set(['low', 'lower', 'lowest', 'cheap']);
const PRICE_NOUNS = new Set(['price', 'prices', 'priced', 'pricing', 'cost', 'costs', 'fee', 'fees', 'rate', 'rates', 'bill', 'tab']);
// "Low prices", "prices are low", "the price of the food is really cheap".
const WINDOW = 6;

/** Reverses "low" and "cheap" when they describe a price in the same clause: a low price is praise. */
export const price: Rule = {
  name: 'price',
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      if (hit.end - hit.first !== 1 || hit.entry.valence >= 0 || !LOW.has(tokens[hit.first]!.normal)) return;
      if (priceNear(tokens, hit.first, sentence.first, sentence.end)) adjustments.push({ hit: index, factor: -1 });
    });
    return adjustments;
  },
};

function priceNear(tokens: readonly Token[], index: number, first: number, end: number): boolean {
  const from = windowStart(tokens, index, first, WINDOW);
  const to = windowEnd(tokens, index, end, WINDOW);
  for (let j = from; j < to; j++) if (PRICE_NOUNS.has(tokens[j]!.normal)) return true;
  return false;
}
