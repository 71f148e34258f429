import type { Rule } from './rule.js';

// Politeness is how support mail is written, not how the writer feels: "Kindly escalate", "Thank you for
// the quick reply. Unfortunately …". Courtesy words keep their sign but little of their weight.
export const COURTESY_FACTOR = 0.4;

const COURTESY = new Set([
  'thanks',
  'thank',
  'thx',
  'ty',
  'kindly',
  'appreciate',
  'cheers',
  'sorry',
  'apologies',
  'apologize',
  'apologise',
  'welcome',
  'dear',
  'good luck',
]);

/** Damps courtesy words ("thanks", "kindly", "sorry") so politeness cannot outweigh the complaint it wraps. */
export const courtesy: Rule = {
  name: 'courtesy',
  marks: ['politeness'],
  apply({ hits }) {
    return hits.flatMap((hit, index) => (COURTESY.has(hit.entry.term) ? [{ hit: index, factor: COURTESY_FACTOR }] : []));
  },
};
