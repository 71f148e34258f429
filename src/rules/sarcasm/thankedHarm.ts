import { isNegator } from '../../doc/negators.js';
import type { Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
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

// Credit for a piece of work or its timing, given "on" or "for" a thing: "great job on the outage", "perfect timing for
// the downtime". Not "with", which names a tool or a helper as often ("nice job with the censor").
const CREDITED = new Set(['job', 'work', 'timing', 'done']);
const CREDIT_FOR = new Set(['on', 'for']);
const THANKS_FOR = new Set(['for']);

/** Where what the thanks or credit of `hit` is given for is named (after "for", "on" …), or -1 if it is neither. */
function givenFor(tokens: readonly Token[], hit: Readonly<Hit>, sentenceEnd: number): number {
  if (THANKS.test(hit.entry.term)) return thingThanked(tokens, hit.end, sentenceEnd, THANKS_FOR);
  if (CREDITED.has(hit.entry.term.slice(hit.entry.term.lastIndexOf(' ') + 1)))
    return thingThanked(tokens, hit.end, sentenceEnd, CREDIT_FOR);
  if (CREDITED.has(tokens[hit.end]?.normal ?? '') && hit.end === hit.first + 1)
    return thingThanked(tokens, hit.end + 1, sentenceEnd, CREDIT_FOR);
  return -1;
}

/**
 * Thanks or credit given for a harm: "Thanks for the worst customer service on earth", "thank you for the terrible
 * support", "thanks for losing my bag", "great job on the outage", "perfect timing on the downtime". What is thanked for
 * is the first thing after "for", so the thanks stay sincere when a harm is only what the thing is about: "thanks for
 * the update on the outage", "thanks for fixing the awful bug", "great job on the outage response".
 */
export const thankedHarm: SarcasmCue = {
  name: 'thanked-harm',
  confidence: 0.85,
  detect({ tokens, sentence, hits }) {
    const found: SarcasmMatch[] = [];
    for (let h = 0; h + 1 < hits.length; h++) {
      const thanks = hits[h]!;
      if (thanks.weight <= 0 || thanks.entry.cue === 'formula') continue;
      const thing = givenFor(tokens, thanks, sentence.end);
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
function thingThanked(tokens: readonly Token[], end: number, sentenceEnd: number, prepositions: ReadonlySet<string>): number {
  let k = end;
  if (k < sentenceEnd && ADDRESSEES.has(tokens[k]!.normal)) k++;
  if (k >= sentenceEnd || !prepositions.has(tokens[k]!.normal)) return -1;
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
