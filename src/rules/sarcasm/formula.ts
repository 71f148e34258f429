import { isFaceSpan } from '../../doc/faces.js';
import type { SarcasmCue } from './cue.js';

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
    return hits.flatMap((hit, index) => (index === first || (index > first && hit.weight > 0) ? [index] : []));
  },
};
