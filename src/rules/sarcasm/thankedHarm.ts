import { isNegator } from '../../doc/negators.js';
import type { Token } from '../../doc/token.js';
import type { SarcasmCue, SarcasmMatch } from './cue.js';

// How bad the thing thanked for must be: "the terrible support", "the worst service", "losing my bag".
const HARM = -0.3;
// Thanks in any of its spellings: "thanks", "thank you", "many thanks", "thx".
const THANKS = /\bth(?:ank|x\b)/;
// "Thank you for", "thank u for".
const ADDRESSEES = new Set(['you', 'u', 'ya', 'y', 'yall', "y'all", 'guys', 'all']);
// Bad news is still news: thanks for word of a harm are sincere ("thanks for the bad news", "for the harsh feedback").
const MESSAGES = new Set(
  `news update updates heads-up heads warning warnings notice reminder info information explanation feedback review reviews
  report reports honesty candor candour truth answer reply response`.split(/\s+/),
);
// What may stand between "for" and the thing thanked for: a determiner or a degree ("for the truly awful support").
const BEFORE_THING = new Set(
  `the a an your this that these those such all my our his her their very really truly so absolutely utterly most`.split(/\s+/),
);

// What a figure counts before the thing thanked for: "the 40% price hike", "the 3 hour delay", "the 2-day outage".
const SIZE_UNITS = new Set([
  '%',
  'percent',
  '-',
  'hour',
  'hours',
  'hr',
  'hrs',
  'day',
  'days',
  'week',
  'weeks',
  'minute',
  'minutes',
  'min',
  'mins',
]);

/**
 * Thanks given for a harm: "Thanks for the worst customer service on earth", "thank you for the terrible support",
 * "thanks for losing my bag". What is thanked for is the first thing after "for", so the thanks stay sincere when a harm
 * is only what the thing is about: "thanks for the update on the outage", "thanks for fixing the awful bug".
 */
export const thankedHarm: SarcasmCue = {
  name: 'thanked-harm',
  confidence: 0.85,
  detect({ tokens, sentence, hits }) {
    const found: SarcasmMatch[] = [];
    for (let h = 0; h + 1 < hits.length; h++) {
      const thanks = hits[h]!;
      if (thanks.weight <= 0 || thanks.entry.cue === 'formula' || !THANKS.test(thanks.entry.term)) continue;
      const thing = thingThanked(tokens, thanks.end, sentence.end);
      if (thing === -1) continue;
      // Hits run in text order and the thing stands a few words on: a walk from the thanks, not a search of them all.
      let harm = h + 1;
      while (harm < hits.length && hits[harm]!.first < thing) harm++;
      if (harm === hits.length || hits[harm]!.first !== thing) continue;
      const { weight, entry, end } = hits[harm]!;
      if (weight > HARM || entry.valence >= 0) continue;
      // A harm that only qualifies what was given is no harm done: "the brutal honesty", "the harsh feedback".
      const next = hits[harm + 1];
      if (MESSAGES.has(tokens[end]?.normal ?? '') || (next !== undefined && next.first === end && next.weight > 0)) continue;
      found.push({ hit: h, against: harm });
    }
    return found;
  },
};

/**
 * The token that starts what thanks ending at `end` are given for: the first after "(you) for" and any determiner or
 * degree; -1 when there is none, or when it is denied ("thanks for not charging us" is as often sincere as not).
 */
function thingThanked(tokens: readonly Token[], end: number, sentenceEnd: number): number {
  let k = end;
  if (k < sentenceEnd && ADDRESSEES.has(tokens[k]!.normal)) k++;
  if (k >= sentenceEnd || tokens[k]!.normal !== 'for') return -1;
  k++;
  while (k < sentenceEnd && BEFORE_THING.has(tokens[k]!.normal)) k++;
  // A figure says how much of the thing: "thanks for the 40% price hike", "for the 3 hour delay".
  if (k < sentenceEnd && tokens[k]!.type === 'number') {
    k++;
    // "2-day": the hyphen, then the unit.
    for (const stop = k + 2; k < stop && k < sentenceEnd && SIZE_UNITS.has(tokens[k]!.normal); ) k++;
  }
  return k < sentenceEnd && !isNegator(tokens, k, end) ? k : -1;
}
