import type { Hit } from '../../lexicon/hit.js';
import type { SarcasmCue, SarcasmMatch } from './cue.js';
import { isPraise } from './contrast.js';

// Verbs of liking that take a state: "love being", "enjoy getting".
const LIKING = new Set(['love', 'enjoy', 'adore']);
// The state the writer is put in: "being unappreciated", "getting sick", "being stuck".
const PUT_IN = new Set(['being', 'getting']);
// A state clearly bad: "busy" or "challenged" are liked in earnest.
const BAD_STATE = 0.3;
// How far the state's word may sit after "being": "being [so] unappreciated", "getting [pink eye]".
const REACH = 2;

/**
 * Liking a bad state one is put in: "I love being unappreciated", "Just loving getting sick before the launch",
 * "Really enjoy being stuck on the login page". Nobody likes being wronged, so the liking is mockery.
 */
export const likedState: SarcasmCue = {
  name: 'liked-state',
  confidence: 0.8,
  detect({ tokens, sentence, hits }) {
    const found: SarcasmMatch[] = [];
    hits.forEach((praise, index) => {
      const state = praise.end;
      if (praise.end - praise.first !== 1 || state >= sentence.end || !PUT_IN.has(tokens[state]!.normal)) return;
      if (!LIKING.has(tokens[praise.first]!.lemma) || !isPraise(tokens, praise)) return;
      const against = badState(hits, index + 1, state + 1, Math.min(sentence.end, state + 1 + REACH));
      if (against !== -1) found.push({ hit: index, against });
    });
    return found;
  },
};

/** The first hit from `h` on that starts between `from` and `to` and names a bad state, or -1. */
function badState(hits: readonly Readonly<Hit>[], h: number, from: number, to: number): number {
  for (; h < hits.length && hits[h]!.first < to; h++) if (hits[h]!.first >= from && hits[h]!.weight <= -BAD_STATE) return h;
  return -1;
}
