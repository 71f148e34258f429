import { NOUN_TAGS } from '../doc/compound.js';
import { isRemedied } from '../doc/remedy.js';
import type { Token } from '../doc/token.js';
import type { Adjustment, Rule } from './rule.js';

// How far an adjective may stand before its noun: "the terrible sync bug", "the awful, slow export".
const NOUN_REACH = 3;

/** A one-word adjective before the noun it qualifies, within the same noun phrase: "terrible" in "the terrible bug". */
function isAttributive(tokens: readonly Token[], first: number, end: number, sentenceEnd: number): boolean {
  if (end - first !== 1 || tokens[first]!.pos !== 'ADJ') return false;
  for (let k = end; k < sentenceEnd && k <= end + NOUN_REACH; k++) {
    const { pos } = tokens[k]!;
    if (NOUN_TAGS.has(pos)) return true;
    if (pos !== 'ADJ' && pos !== 'ADV' && tokens[k]!.text !== ',') return false;
  }
  return false;
}

/**
 * A problem reported as ended is news of a fix, not a complaint: "this fixes the crash", "we fixed the memory leak",
 * "thanks for resolving the timeout errors", "the crash is fixed now". The problem word weighs nothing and is not a
 * `problem`; a remedy word with praise of its own ("fixed", "resolved") keeps it. So does a complaint word qualifying
 * the problem ended: "thanks for fixing the terrible sync bug" judged a problem that is over. Only a remedy done counts: a request
 * ("please fix the crash"), a wish or question ("should fix", "does this fix"), one in progress ("we are fixing it"),
 * a negated one ("didn't fix", "hasn't been resolved") or one under a condition leave the problem where it was.
 */
export const remedied: Rule = {
  name: 'remedied',
  marks: ['resolved'],
  apply({ tokens, sentence, hits }) {
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      // Weight 0 too: jargon the technical rule muted ("the 500 error is fixed") is still a problem until it is ended.
      if (hit.weight > 0) return;
      const ended = hit.entry.problem !== undefined || (hit.weight < 0 && isAttributive(tokens, hit.first, hit.end, sentence.end));
      if (ended && isRemedied(tokens, hit.first, hit.end, sentence)) {
        adjustments.push({ hit: index, factor: 0 });
      }
    });
    return adjustments;
  },
};
