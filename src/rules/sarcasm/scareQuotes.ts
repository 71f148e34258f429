import { CLOSING_QUOTES, OPENING_QUOTES, type SarcasmCue } from './cue.js';

// Weak words in quotes ("okay") are more often reported speech than irony.
const MIN_QUOTED_PRAISE = 0.3;

/** Praise in scare quotes: the 'fix', our "support" (listed in lexicon data), a "great" update (any strong praise word). */
export const scareQuotes: SarcasmCue = {
  name: 'scare-quotes',
  confidence: 0.7,
  detect({ tokens, sentence, hits }) {
    return hits.flatMap((hit, index) => {
      if (hit.weight <= 0 || (hit.entry.cue !== 'scare-quotes' && hit.entry.valence < MIN_QUOTED_PRAISE)) return [];
      const before = tokens[hit.first - 1];
      const after = tokens[hit.end];
      const quoted =
        hit.first > sentence.first && hit.end < sentence.end && OPENING_QUOTES.has(before?.text ?? '') && CLOSING_QUOTES.has(after?.text ?? '');
      return quoted ? [index] : [];
    });
  },
};
