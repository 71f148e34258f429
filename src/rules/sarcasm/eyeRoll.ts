import type { SarcasmCue } from './cue.js';

// Emoji that say "I don't mean it": eye roll, unamused, face-palm, upside-down face.
const EYE_ROLLS = new Set(['🙄', '😒', '🤦', '🙃']);

/** Praise in a sentence that carries an eye-roll emoji: "Love the new release 🙄". */
export const eyeRoll: SarcasmCue = {
  name: 'eye-roll',
  confidence: 0.75,
  detect({ tokens, sentence, hits }) {
    let rolled = false;
    for (let k = sentence.first; k < sentence.end && !rolled; k++) rolled = tokens[k]!.type === 'emoji' && EYE_ROLLS.has(tokens[k]!.normal);
    if (!rolled) return [];
    return hits.flatMap((hit, index) => (hit.weight > 0 && tokens[hit.first]!.type !== 'emoji' ? [index] : []));
  },
};
