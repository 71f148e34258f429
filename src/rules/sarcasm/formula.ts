import { isFaceSpan } from '../../doc/faces.js';
import type { SarcasmCue } from './cue.js';

// Formulas that disown what was said before them: "said no one ever", "said nobody ever", "said no customer ever".
const CLOSING = /^said (no|nobody)\b/;

/**
 * Formulas that are sarcastic by themselves ("thanks for nothing", "yeah right", "love waiting"), listed as
 * lexicon data. A formula turns the praise after it in the same sentence too: "Yeah right, it is fixed."
 */
export const formula: SarcasmCue = {
  name: 'formula',
  confidence: 0.9,
  detect({ tokens, hits, nextHits }) {
    const first = hits.findIndex((hit) => hit.entry.cue === 'formula' && hit.weight > 0);
    if (first === -1) return [];
    // A smile after the formula, or opening the next sentence, means it ("I love it when Florida loses :D").
    const smiles = (hit: { first: number; end: number; weight: number }) => hit.weight > 0 && isFaceSpan(tokens, hit.first, hit.end);
    if (hits.some((hit, index) => index > first && smiles(hit)) || (nextHits[0] !== undefined && smiles(nextHits[0]))) return [];
    // "Loving the new pricing, said no one ever": a closing formula turns the praise before it instead.
    const closing = CLOSING.test(hits[first]!.entry.term);
    return hits.flatMap((hit, index) => (index === first || (hit.weight > 0 && (closing ? index < first : index > first)) ? [index] : []));
  },
};
