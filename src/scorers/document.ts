import type { SentimentScore } from '../result.js';
import type { ScoredSentence } from './sentence.js';
import { type LabelThresholds, toSentimentScore } from './label.js';

/**
 * The document score is the mean of sentence scores weighted by their own strength, so neutral
 * filler ("Hi team.", "Ticket #4411.") has no say and a mild pleasantry cannot outvote an urgent
 * complaint; evidence mass across all sentences decides `mixed`.
 */
export function scoreDocument(
  sentences: readonly Pick<ScoredSentence, 'score' | 'positive' | 'negative'>[],
  thresholds: LabelThresholds,
): SentimentScore {
  let weighted = 0;
  let weights = 0;
  let positive = 0;
  let negative = 0;
  for (const sentence of sentences) {
    const strength = Math.abs(sentence.score);
    weighted += sentence.score * strength;
    weights += strength;
    positive += sentence.positive;
    negative += sentence.negative;
  }
  const score = weights === 0 ? 0 : weighted / weights;
  return toSentimentScore(score, positive, negative, thresholds);
}
