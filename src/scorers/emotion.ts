import type { Doc } from '../doc/readDoc.js';
import type { EmotionEntry, EmotionLexicon } from '../lexicon/compileEmotions.js';
import type { EmotionResult, EmotionScore, Evidence } from '../result.js';
import type { Rule } from '../rules/rule.js';
import { round } from '../math.js';
import { dominantEmotion } from '../presence.js';
import { matchWithRules, toEvidence } from './sentence.js';

// One word, however emphasised, is not certainty; a second one can still raise the intensity.
const MAX_CONTRIBUTION = 0.95;

/** Where the sentiment rules turned a word into its opposite (negation, sarcasm): start offsets. */
function reversedStarts(sentiment: readonly Evidence[]): Set<number> {
  const starts = new Set<number>();
  for (const item of sentiment) if (Math.sign(item.weight) !== Math.sign(item.valence)) starts.add(item.start);
  return starts;
}

/**
 * Scores emotions with the sentiment rules: a negated emotion word ("not confused anymore") or
 * inverted praise ("oh great") expresses nothing; intensifiers, capitals and "!!!" strengthen one;
 * courtesy, technical jargon and conditions damp one.
 */
export function scoreEmotions(doc: Doc, emotions: EmotionLexicon, rules: readonly Rule[], sentiment: readonly Evidence[]): EmotionResult {
  const reversed = reversedStarts(sentiment);
  const scores: Record<string, EmotionScore> = {};
  const doubt: Record<string, number> = {};
  for (const name of emotions.names) {
    scores[name] = { intensity: 0, evidence: [] };
    doubt[name] = 1;
  }
  for (const hits of matchWithRules(doc, emotions.lexicon, rules)) {
    for (const hit of hits) {
      // A flipped sign means the rules read the word as its opposite: not this emotion.
      if (hit.weight === 0 || Math.sign(hit.weight) !== Math.sign(hit.entry.valence)) continue;
      // Sarcasm reads praise against the sentence's sentiment words ("Great, now prod is down"), which
      // the emotion lexicon lacks; the sentiment pass already decided, so follow it.
      if (reversed.has(doc.tokens[hit.first]!.start)) continue;
      const scale = hit.weight / hit.entry.valence;
      const entry = hit.entry as EmotionEntry;
      for (const name in entry.emotions) {
        const contribution = Math.min(MAX_CONTRIBUTION, entry.emotions[name]! * scale);
        doubt[name] = doubt[name]! * (1 - contribution);
        const evidence = toEvidence(doc, hit);
        evidence.valence = round(entry.emotions[name]!);
        evidence.weight = round(contribution);
        scores[name]!.evidence.push(evidence);
      }
    }
  }
  for (const name of emotions.names) scores[name]!.intensity = round(1 - doubt[name]!);
  return { dominant: dominantEmotion(scores), scores };
}
