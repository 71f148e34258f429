import { isVocabularyWord } from '../doc/nlp.js';
import type { Adjustment, Rule } from './rule.js';

// VADER's C_INCR (0.733 on its -4..4 scale), on cxtone's -1..1 scale: what writing a sentiment word in
// capitals adds to its strength.
const CAPS_INCREMENT = 0.733 / 4;
// VADER adds 0.292 per "!" (on -4..4), for at most four of them.
const EXCLAMATION_INCREMENT = 0.292 / 4;
const MAX_EXCLAMATIONS = 4;
// Neither kind of emphasis may more than double a weight.
const MAX_FACTOR = 2;

/**
 * A sentiment word written in capitals ("DOWN") is stronger, unless the whole text is in capitals. Inside a phrase or a
 * situation, an acronym ("haven't heard from our CSM for weeks") is a name, not shouting: only words of the language
 * model's vocabulary count there.
 */
export const capitals: Rule = {
  name: 'capitals',
  marks: ['emphasis'],
  apply({ tokens, hits, shouting }) {
    if (shouting) return [];
    const adjustments: Adjustment[] = [];
    hits.forEach((hit, index) => {
      for (let k = hit.first; k < hit.end; k++) {
        const token = tokens[k]!;
        if (!token.caps || (hit.named && k >= hit.named.first && k < hit.named.end)) continue;
        if (hit.end - hit.first === 1 || isVocabularyWord(token.normal)) {
          adjustments.push({ hit: index, factor: Math.min(MAX_FACTOR, 1 + CAPS_INCREMENT / Math.abs(hit.weight)) });
          return;
        }
      }
    });
    return adjustments;
  },
};

/** Exclamation marks strengthen the whole sentence, by the same absolute amount whatever its words. */
export const exclamation: Rule = {
  name: 'exclamation',
  marks: ['emphasis'],
  apply({ tokens, sentence, hits }) {
    let count = 0;
    for (let k = sentence.first; k < sentence.end && count < MAX_EXCLAMATIONS; k++) {
      if (tokens[k]!.text === '!') count++;
    }
    const sum = hits.reduce((total, hit) => total + hit.weight, 0);
    if (count === 0 || sum === 0) return [];
    const factor = Math.min(MAX_FACTOR, 1 + (count * EXCLAMATION_INCREMENT) / Math.abs(sum));
    return hits.map((_, hit) => ({ hit, factor }));
  },
};
