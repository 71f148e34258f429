import type { Token } from '../doc/token.js';
import type { MovementTerm } from './compile.js';
import type { Hit } from './hit.js';
import { hasHedge, movementHit } from './movement.js';
import { readDuration } from './movementSize.js';
import { matchesAt } from './phrase.js';

// The time a thing takes is a measure that is better lower, as "load time" is: "exports now take 40 seconds instead of
// 3" is a load time gone from 3 to 40 seconds, said through the verb.
const TIME_TAKEN: MovementTerm = { term: 'time taken', tokens: ['take'], sign: -1, sharp: false, source: 'movements' };
// Who the time is taken from, between the verb and the figure: "it takes us 40 minutes".
const TAKEN_FROM = new Set(['me', 'us', 'you', 'them', 'him', 'her', 'everyone']);
// What sets the time against an earlier one, after it: "40 seconds instead of 3", "up from 5 minutes", "where it used to
// take 3".
const AGAINST: readonly (readonly string[])[] = [
  ['instead', 'of'],
  ['rather', 'than'],
  ['compared', 'to'],
  ['compared', 'with'],
  ['vs'],
  ['versus'],
  ['up', 'from'],
  ['down', 'from'],
];
// The earlier time told by a verb of the past: "it used to take 3", "it took 3 seconds before", "it used to be 3". A
// past "took" must be said of the same thing, by a pronoun: "exports take 10 minutes, imports took 2 hours" compares two.
const USED_TO: readonly (readonly string[])[] = [
  ['used', 'to', 'take'],
  ['used', 'to', 'be'],
  ...['it', 'this', 'that', 'which', 'they'].map((subject) => [subject, 'took']),
];
// What may stand before the earlier figure: "instead of the usual 30 seconds", "it used to take only 3".
const BEFORE_FIGURE = new Set(['the', 'a', 'an', 'usual', 'normal', 'expected', 'promised', 'only', 'just', 'like']);
// How far from the verb's figure the earlier one may stand, within the sentence.
const REACH = 12;

type Duration = { seconds: number; first: number; end: number };

/** The time told at `index`, past a few words that may come before a figure; in `unit` when it is bare. */
function durationAt(tokens: readonly Token[], index: number, end: number, unit?: string): (Duration & { unit: string }) | undefined {
  let at = index;
  while (at < end && at < index + 2 && BEFORE_FIGURE.has(tokens[at]!.normal)) at++;
  const duration = readDuration(tokens, at, end, unit);
  return duration && { seconds: duration.seconds, unit: duration.unit, first: index, end: duration.end };
}

/** The first of `phrases` that matches at `index`, by its length, or 0. */
function phraseAt(tokens: readonly Token[], index: number, end: number, phrases: readonly (readonly string[])[]): number {
  for (const phrase of phrases) if (matchesAt(tokens, index, end, phrase as string[])) return phrase.length;
  return 0;
}

/** The earlier time told after the time taken: "40 seconds instead of 3", "…, it used to take 3". */
function earlierAfter(tokens: readonly Token[], now: Duration & { unit: string }, end: number): Duration | undefined {
  const to = Math.min(end, now.end + REACH);
  for (let k = now.end; k < to; k++) {
    const length = phraseAt(tokens, k, to, AGAINST) || phraseAt(tokens, k, to, USED_TO);
    const then = length > 0 ? durationAt(tokens, k + length, end, now.unit) : undefined;
    if (then) return { ...then, first: k };
  }
  return undefined;
}

/** The earlier time told before the verb, with its unit: "it used to take 3 seconds, now it takes 40". */
function earlierBefore(tokens: readonly Token[], verb: number, first: number): (Duration & { unit: string }) | undefined {
  for (let k = Math.max(first, verb - REACH); k < verb; k++) {
    const length = phraseAt(tokens, k, verb, USED_TO);
    const then = length > 0 ? durationAt(tokens, k + length, verb) : undefined;
    if (then) return { ...then, first: k };
  }
  return undefined;
}

/**
 * The time a thing takes set against the time it took, in tokens `[first, end)`: "the dashboard now takes 40 seconds
 * to load instead of 3" (slower, negative), "replies take 2 hours instead of 2 days" (faster, positive), "it used to
 * take 3 seconds, now it takes 40". Read as movements of a measure that is better lower.
 */
export function findTimesTaken(tokens: readonly Token[], first: number, end: number): Hit[] {
  const hits: Hit[] = [];
  for (let k = first; k < end; k++) {
    if (tokens[k]!.lemma !== 'take' || (hits.length > 0 && hits[hits.length - 1]!.end > k)) continue;
    // "Take 5 minutes to fill it in": an instruction, not a time measured.
    if (k === first && tokens[k]!.normal === 'take') continue;
    const figure = TAKEN_FROM.has(tokens[k + 1]?.normal ?? '') ? k + 2 : k + 1;
    const told = durationAt(tokens, figure, end);
    const before = told ? undefined : earlierBefore(tokens, k, first);
    const now = told ?? (before && durationAt(tokens, figure, end, before.unit));
    if (!now || now.seconds <= 0) continue;
    const then = before ?? earlierAfter(tokens, now, end) ?? earlierBefore(tokens, k, first);
    if (!then || then.seconds <= 0 || then.seconds === now.seconds) continue;
    const ratio = now.seconds / then.seconds;
    const size = { change: Math.abs(Math.log2(ratio)), first: Math.min(then.first, k), end: Math.max(then.end, now.end) };
    const metric = { first: k, end: k + 1, term: TIME_TAKEN };
    const hedged = k > first && hasHedge(tokens, k - 1, k);
    hits.push(movementHit(metric, k, k + 1, ratio > 1 ? 1 : -1, size, { negated: false, hedged }));
  }
  return hits;
}
