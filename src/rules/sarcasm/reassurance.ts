import type { SentenceSpan, Token } from '../../doc/token.js';
import type { Hit } from '../../lexicon/hit.js';
import type { SarcasmCue } from './cue.js';

// "This is fine", "no big deal": reassurance, the words the cue turns around.
const REASSURANCES = new Set(['fine', 'no big deal', 'not a big deal', 'no biggie', 'all good', 'no worries', 'no problem']);
// Reassurances that reply to thanks or an apology.
const REPLIES = new Set(['no worries', 'no problem']);
// What a sentence of reassurance alone may hold besides it: "This is fine.", "Totally fine.", "Everything's fine!"
const FILLERS = new Set([
  'this',
  'that',
  'it',
  'is',
  'be',
  "'s",
  'everything',
  'all',
  'totally',
  'perfectly',
  'completely',
  'just',
  'so',
  'really',
]);
// A reported loss beside it: a clearly negative sentence, or clearly negative words before a trailing tag.
const LOSS = -0.3;
// Where the tag starts: "lost a week of data, no big deal".
const TAG_BREAKS = new Set([',', '-', '—', '–', '...', '…', ';']);

const isReassurance = (hit: Readonly<Hit>) => hit.weight > 0 && REASSURANCES.has(hit.entry.term);
// What the hits report against: the negative weights alone, so that the reassurance in the loss sentence ("lost a week
// of data, no big deal") does not hide the loss.
const loss = (hits: readonly Readonly<Hit>[]) => hits.reduce((total, hit) => total + Math.min(0, hit.weight), 0);

/** Nothing in the sentence but reassurance and the words around it. */
function reassuranceOnly(tokens: readonly Token[], sentence: SentenceSpan, hits: readonly Readonly<Hit>[]): boolean {
  if (hits.length === 0 || !hits.every(isReassurance)) return false;
  let h = 0;
  for (let k = sentence.first; k < sentence.end; k++) {
    while (h < hits.length && hits[h]!.end <= k) h++;
    if (h < hits.length && hits[h]!.first <= k) continue;
    const token = tokens[k]!;
    if (token.type !== 'punctuation' && token.type !== 'emoji' && !FILLERS.has(token.normal)) return false;
  }
  return true;
}

/** Reassurance closing a sentence after a loss ("…, no big deal."): the hit index where the tag's reassurance starts, or -1. */
function trailingTag(tokens: readonly Token[], sentence: SentenceSpan, hits: readonly Readonly<Hit>[]): number {
  const last = hits.length - 1;
  if (last < 1 || !isReassurance(hits[last]!)) return -1;
  for (let k = hits[last]!.end; k < sentence.end; k++) if (tokens[k]!.type !== 'punctuation') return -1;
  const before = hits[last - 1]!;
  let tagged = false;
  for (let k = before.end; k < hits[last]!.first; k++) tagged ||= TAG_BREAKS.has(tokens[k]!.text);
  return tagged && loss(hits.slice(0, last)) <= LOSS ? last : -1;
}

/**
 * The "this is fine" family: reassurance standing right beside a reported loss is a shrug, not relief. "Totally fine.
 * Just lost a week of data, no big deal." A sentence of reassurance alone counts when the sentence before or after it
 * reports the loss; a reassurance tag counts when its own sentence does.
 */
export const reassurance: SarcasmCue = {
  name: 'reassurance',
  confidence: 0.6,
  detect({ tokens, sentence, hits, previousHits, nextHits }) {
    if (reassuranceOnly(tokens, sentence, hits)) {
      // A reply ("No worries!", "No problem.") answers what came before it: only a loss before it is shrugged off.
      const reply = hits.every((hit) => REPLIES.has(hit.entry.term));
      const besideLoss = loss(previousHits) <= LOSS || (!reply && loss(nextHits) <= LOSS);
      return besideLoss ? hits.map((_, index) => index) : [];
    }
    const tag = trailingTag(tokens, sentence, hits);
    return tag === -1 ? [] : [tag];
  },
};
