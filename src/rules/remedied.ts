import { isRemedied } from '../doc/remedy.js';
import type { Adjustment, Rule } from './rule.js';

/**
 * A problem reported as ended is news of a fix, not a complaint: "this fixes the crash", "we fixed the memory leak",
 * "thanks for resolving the timeout errors", "the crash is fixed now". The problem word weighs nothing and is not a
 * `problem`; a remedy word with praise of its own ("fixed", "resolved") keeps it. Only a remedy done counts: a request
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
      if (hit.entry.problem !== undefined && hit.weight <= 0 && isRemedied(tokens, hit.first, hit.end, sentence)) {
        adjustments.push({ hit: index, factor: 0 });
      }
    });
    return adjustments;
  },
};
