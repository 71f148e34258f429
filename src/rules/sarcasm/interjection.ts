import type { Token } from '../../doc/token.js';
import type { SarcasmCue } from './cue.js';

// The rest of the sentence (or the next one) must be clearly negative for the praise to be sarcasm.
const NEGATIVE_SITUATION = -0.4;
// Words that may come before an interjection without changing it: "Oh great", "Just wonderful", "Yeah, perfect".
const LEAD_INS = new Set(['oh', 'just', 'wow', 'yeah', 'yay', 'well', 'so', 'how', 'really', 'gee', 'ah']);
// What may follow the interjection: a pause, or "now"/"another"/"again" running on into the complaint.
const PAUSES = new Set([',', '.', '!', '…', '...', ';', ':', '-', '—']);
const RUN_ONS = new Set(['now', 'another', 'again', 'more']);
const STANDALONE_TYPES = new Set(['punctuation', 'emoji', 'emoticon']);

/** The sentence opens with a positive word, alone or after a lead-in, followed by a pause or a run-on word. */
function opensWithInterjection(tokens: readonly Token[], first: number, end: number, hit: { first: number; end: number }): boolean {
  let k = first;
  while (k < hit.first && LEAD_INS.has(tokens[k]!.normal)) k++;
  if (k !== hit.first || hit.end >= end) return false;
  const next = tokens[hit.end]!;
  return PAUSES.has(next.text) || RUN_ONS.has(next.normal);
}

/** "Wonderful." standing alone: nothing after the interjection but punctuation and emoji. */
function standsAlone(tokens: readonly Token[], end: number, hit: { end: number }): boolean {
  for (let k = hit.end; k < end; k++) if (!STANDALONE_TYPES.has(tokens[k]!.type)) return false;
  return true;
}

const sumWeights = (hits: readonly { weight: number }[]) => hits.reduce((sum, hit) => sum + hit.weight, 0);

/**
 * Praise used as an interjection over a negative situation in the same sentence or, when the
 * interjection stands alone ("Wonderful."), in the next one: "Great, now our entire production
 * environment is down." Sincere praise ("Great job, the fix worked") has no negative situation after it.
 */
export const interjection: SarcasmCue = {
  name: 'interjection',
  confidence: 0.8,
  detect({ tokens, sentence, hits, nextHits }) {
    const opener = hits[0];
    if (!opener || opener.weight <= 0 || !opensWithInterjection(tokens, sentence.first, sentence.end, opener)) return [];
    const alone = hits.length === 1 && standsAlone(tokens, sentence.end, opener);
    const situation = alone ? sumWeights(nextHits) : sumWeights(hits.slice(1));
    return situation <= NEGATIVE_SITUATION ? [0] : [];
  },
};
