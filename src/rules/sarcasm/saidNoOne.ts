import type { Token } from '../../doc/token.js';
import type { SarcasmCue } from './cue.js';

// "…, said no one ever", "said nobody": the writer disowns the praise before it by naming nobody who would say it.
const SAYING = new Set(['said', 'says']);
const NOBODY = new Set(['nobody', 'noone']);

/** Whether "said no one" ("said nobody", "says no one") starts at `at`. */
function saysNobodyAt(tokens: readonly Token[], at: number, end: number): boolean {
  if (at + 1 >= end || !SAYING.has(tokens[at]!.normal)) return false;
  const next = tokens[at + 1]!.normal;
  return NOBODY.has(next) || (next === 'no' && at + 2 < end && tokens[at + 2]!.normal === 'one');
}

/**
 * Praise disowned by "said no one" after it, in the same sentence ("Nice to know our data is in good hands, said no one
 * after this breach") or as the next ("Best support in the industry. Said nobody ever."). "Nobody said it was easy" names
 * no one first, and is left alone.
 */
export const saidNoOne: SarcasmCue = {
  name: 'said-no-one',
  confidence: 0.9,
  detect({ tokens, sentence, hits }) {
    if (!hits.some((hit) => hit.weight > 0)) return [];
    let disowned = -1;
    for (let k = sentence.first + 1; k < sentence.end && disowned === -1; k++) if (saysNobodyAt(tokens, k, sentence.end)) disowned = k;
    if (disowned === -1 && saysNobodyAt(tokens, sentence.end, tokens.length)) disowned = sentence.end;
    if (disowned === -1) return [];
    return hits.flatMap((hit, index) => (hit.weight > 0 && hit.end <= disowned ? [index] : []));
  },
};
