import type { SarcasmCue } from './cue.js';

/** Formulas that are sarcastic by themselves ("thanks for nothing", "love waiting"), listed as lexicon data. */
export const formula: SarcasmCue = {
  name: 'formula',
  confidence: 0.9,
  detect: ({ hits }) => hits.flatMap((hit, index) => (hit.entry.cue === 'formula' && hit.weight > 0 ? [index] : [])),
};
