import { isContrastWord } from '../../doc/clause.js';
import type { Token } from '../../doc/token.js';
import type { SarcasmCue } from './cue.js';
import { NEGATIVE_NEXT_SENTENCE, NEGATIVE_SITUATION, sumWeights } from './interjection.js';

// A run of tags lists topics ("#Leo #Kids #Fun #Face #Angry"), not a verdict on what was said.
const MAX_TAGS = 2;
// Praise, not agreement or a shrug: "#truth", "#cool", "#ok" close a complaint in earnest.
const CLEAR_PRAISE = 0.4;
// What may follow a closing tag: marks, faces and links.
const AFTER_CLOSING_TAG = new Set(['punctuation', 'emoji', 'emoticon', 'url']);

/**
 * A hashtag of praise closing a complaint: "Hours on the phone, hung up on twice #greatservice", "Still no response from
 * support #greatcustomerrelations". The complaint is the rest of the sentence or, when the tag stands alone, the sentence
 * before it. On the airline, TweetEval and VADER tweets in `../shared/eval`, 18 of the 20 texts with a praising tag beside a
 * clearly negative rest were negative; the tag must close its sentence, stand with one other tag at most, and praise
 * clearly.
 */
export const taggedPraise: SarcasmCue = {
  name: 'tagged-praise',
  confidence: 0.8,
  detect({ tokens, sentence, hits, previousHits }) {
    // Most sentences hold no tag: they return without building a list.
    if (!hits.some((hit) => tokens[hit.first]!.type === 'hashtag')) return [];
    let tags = 0;
    for (let k = sentence.first; k < sentence.end; k++) if (tokens[k]!.type === 'hashtag') tags++;
    if (tags > MAX_TAGS) return [];
    const closing = hits.findIndex(
      (hit) => tokens[hit.first]!.type === 'hashtag' && hit.entry.valence >= CLEAR_PRAISE && closes(tokens, hit.end, sentence.end),
    );
    if (closing === -1) return [];
    // "Often frustrating, but today the crew was #amazing": a contrast sets the tag against what came before it; only
    // its own side can be the complaint it mocks.
    const side = lastContrast(tokens, sentence.first, hits[closing]!.first);
    const untagged = hits.filter((hit) => tokens[hit.first]!.type !== 'hashtag' && hit.first > side);
    if (side !== -1 && untagged.length === 0) return [];
    const complaint =
      untagged.length > 0 ? sumWeights(untagged, true) <= NEGATIVE_SITUATION : sumWeights(previousHits, true) <= NEGATIVE_NEXT_SENTENCE;
    return complaint ? [closing] : [];
  },
};

/** Whether nothing but marks, faces and links follow `from` in the sentence. */
function closes(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < end; k++) if (!AFTER_CLOSING_TAG.has(tokens[k]!.type)) return false;
  return true;
}

/** The last contrast word ("but", "though") from `from` up to `to`, or -1. */
function lastContrast(tokens: readonly Token[], from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (isContrastWord(tokens[k]!)) return k;
  return -1;
}
