import type { Token } from '../../doc/token.js';
import type { SarcasmCue } from './cue.js';

// The pauses that set a closing "not" off from the praise it takes back: "great... not", "great - NOT!".
const PAUSES = new Set(['...', '…', ',', '-', '—', '–']);
const TRAILING_TYPES = new Set(['punctuation', 'emoji', 'emoticon']);

/**
 * Praise taken back by a "not" that closes it after a pause or stands as the next sentence: "Awesome service... NOT!",
 * "Your support is great - not.", "Best release ever. Not!". A "not" that goes on ("Not on Firefox though") denies
 * something else, and one without praise before it answers a question.
 */
export const closingNot: SarcasmCue = {
  name: 'closing-not',
  confidence: 0.85,
  detect({ tokens, sentence, hits }) {
    if (!hits.some((hit) => hit.weight > 0)) return [];
    let last = sentence.end - 1;
    while (last > sentence.first && TRAILING_TYPES.has(tokens[last]!.type)) {
      // "Is it fixed? Not." answers the question: a denial, not praise taken back.
      if (tokens[last]!.text === '?') return [];
      last--;
    }
    const closing =
      tokens[last]!.normal === 'not' && last - 1 > sentence.first && PAUSES.has(tokens[last - 1]!.text)
        ? last - 1
        : standsAloneAfter(tokens, sentence.end)
          ? sentence.end
          : -1;
    if (closing === -1) return [];
    return hits.flatMap((hit, index) => (hit.weight > 0 && hit.end <= closing && tokens[hit.first]!.type !== 'emoji' ? [index] : []));
  },
};

/** Whether the sentence after `end` opens with a lone "not" and marks or faces: "Not!", "NOT.", "Not 🙄". */
function standsAloneAfter(tokens: readonly Token[], end: number): boolean {
  if (tokens[end]?.normal !== 'not') return false;
  let k = end + 1;
  if (k >= tokens.length || !TRAILING_TYPES.has(tokens[k]!.type)) return false;
  while (k < tokens.length && TRAILING_TYPES.has(tokens[k]!.type)) k++;
  // "Not, …" runs on into what it denies.
  return k === tokens.length || tokens[k - 1]!.text !== ',';
}
