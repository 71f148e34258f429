import { isContrastWord, opensCondition } from '../../doc/clause.js';
import { isNegator } from '../../doc/negators.js';
import { isInShortQuotes } from '../../doc/quotes.js';
import { WAYS_OUT } from '../../doc/remedy.js';
import type { Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
import type { SarcasmCue, SarcasmMatch } from './cue.js';
import { isPraise } from './contrast.js';

// Verbs of liking that take an event as their object: "love that", "enjoy how", "love waking up".
const LIKING = new Set(['love', 'enjoy', 'adore']);
// What opens the liked event: "love that ...", "love when ...", "love how ...", "love it when ...".
const OPENERS = new Set(['that', 'when', 'how', 'whenever']);
// An event clearly bad: "a bit slow" or "busy" are liked in earnest.
const BAD_EVENT = 0.3;
// Liking in spite of something ("even when it's busy"), liking what deals with a problem or tells of it ("love that you
// fixed the crash", "love how it handles failed payments", "love how the API tells you what went wrong") is earnest;
// liking under a condition ("would love it if") is a wish.
const EARNEST = new Set([
  ...WAYS_OUT,
  ...['handle', 'catch', 'detect', 'flag', 'block', 'warn', 'alert', 'protect', 'save', 'avoid', 'stop', 'end', 'without'],
  ...['respond', 'answer', 'reply', 'tell', 'show', 'explain'],
  ...['even', 'despite', 'if', 'would', 'wish', 'hope', 'unless'],
]);
// A verb in -ing names the event itself ("love troubleshooting hard problems"), which is as often liked in earnest:
// what follows it must be plainly bad ("love waking up with migraines").
const BAD_AFTER_VERB = 0.5;

/** Where the liked event starts: after an opener ("that", "it when") or at a verb in -ing ("love waking up"), or -1. */
function eventStart(tokens: readonly Token[], at: number, end: number): number {
  if (at >= end) return -1;
  const token = tokens[at]!;
  if (OPENERS.has(token.normal)) return at + 1;
  if (token.normal === 'it' && at + 1 < end && OPENERS.has(tokens[at + 1]!.normal)) return at + 2;
  if (token.pos === 'VERB' && token.normal.endsWith('ing') && token.normal !== 'being' && token.normal !== 'getting') return at;
  return -1;
}

/**
 * Liking an event that is plainly bad (Riloff et al., 2013: a positive verb phrase whose complement is a negative
 * situation): "I love that the export fails every night", "Love when the app logs me out in the middle of a call",
 * "Love spending my Saturday with a broken build". The bad event is any clearly negative word in the liked clause, which
 * the `contrast` cue would wait for a listed situation to see. `likedState` covers "love being" and "love getting".
 */
export const likedEvent: SarcasmCue = {
  name: 'liked-event',
  confidence: 0.75,
  detect({ tokens, sentence, hits }) {
    const found: SarcasmMatch[] = [];
    hits.forEach((praise, index) => {
      if (praise.end - praise.first !== 1 || !LIKING.has(tokens[praise.first]!.lemma) || !isPraise(tokens, praise)) return;
      const start = eventStart(tokens, praise.end, sentence.end);
      if (start === -1) return;
      // The event ends at a contrast or at a condition it answers: "love how it hands off to a human when it gets stuck".
      let end = start;
      while (end < sentence.end && !isContrastWord(tokens[end]!) && !(end > start && opensCondition(tokens[end]!))) end++;
      for (let k = start; k < end; k++) if (isEarnest(tokens, k, start, end)) return;
      // A verb in -ing is the event's own verb: the bad thing is what follows it ("love waking up with migraines"), not
      // the verb ("love hanging out", "enjoy stealing his hat" are meant).
      const verb = start === praise.end;
      const against = badEvent(tokens, hits, index + 1, verb ? start + 1 : start, end, verb ? BAD_AFTER_VERB : BAD_EVENT);
      if (against !== -1) found.push({ hit: index, against });
    });
    return found;
  },
};

// How far before a word of `EARNEST` a negator turns it: "my body can not handle stress" handles nothing.
const DENIED_REACH = 2;

function isEarnest(tokens: readonly Token[], k: number, floor: number, end: number): boolean {
  if (!EARNEST.has(tokens[k]!.lemma) && !EARNEST.has(tokens[k]!.normal)) return false;
  // A remedy in scare quotes is mocked: love that the "quick fix" took three sprints.
  if (isInShortQuotes(tokens, k, floor, end)) return false;
  for (let j = Math.max(floor, k - DENIED_REACH); j < k; j++) if (isNegator(tokens, j, floor)) return false;
  return true;
}

/**
 * The first hit from `h` on that lies between `from` and `to` and is at least `bad` negative, or -1. A negator is no
 * bad event ("love that it no longer crashes": the crash it denies reads positive already).
 */
function badEvent(tokens: readonly Token[], hits: readonly Readonly<Hit>[], h: number, from: number, to: number, bad: number): number {
  for (; h < hits.length && hits[h]!.first < to; h++) {
    const hit = hits[h]!;
    if (hit.first >= from && hit.weight <= -bad && !isNegator(tokens, hit.first, from)) return h;
  }
  return -1;
}
