import type { Evidence, SentenceResult, SentimentScore } from '../result.js';
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

/**
 * The document's evidence: its sentences' in order, in one array. A loop, not `flatMap`: this runs for every text, and
 * on Node 20 flatMap took about 0.6 µs for two sentences where the loop takes 0.03 µs.
 */
export function documentEvidence(sentences: readonly SentenceResult[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const sentence of sentences) for (const item of sentence.evidence) evidence.push(item);
  return evidence;
}
