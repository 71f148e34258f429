import type { Adjustment, Rule } from './rule.js';

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

// "I appreciate how transparent your team was", "appreciate how quickly you fixed it": an appreciation of how something
// was done is a verdict on it, not a formula.
const APPRAISING = new Set(['appreciate']);

/** Damps courtesy words ("thanks", "kindly", "sorry") so politeness cannot outweigh the complaint it wraps. */
export const courtesy: Rule = {
  name: 'courtesy',
  marks: ['politeness'],
  apply({ tokens, hits }) {
    const adjustments: Adjustment[] = [];
    for (let index = 0; index < hits.length; index++) {
      const hit = hits[index]!;
      if (!COURTESY.has(hit.entry.term)) continue;
      if (APPRAISING.has(hit.entry.term) && tokens[hit.end]?.normal === 'how') continue;
      adjustments.push({ hit: index, factor: COURTESY_FACTOR });
    }
    return adjustments;
  },
};
