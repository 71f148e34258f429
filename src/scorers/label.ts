import { round } from '../math.js';
import type { SentimentLabel, SentimentScore } from '../result.js';

/** Thresholds that turn a score and its evidence into a label. */
export interface LabelThresholds {
  /** Scores with an absolute value below this are neutral. */
  neutralBand: number;
  /** Both positive and negative evidence must reach this weight for `mixed`. */
  mixedMinimum: number;
  /** …and the weaker side must be at least this fraction of the stronger one. */
  mixedBalance: number;
}

// VADER's normalisation constant alpha (15 on its -4..4 scale), on cxtone's -1..1 scale: a sum of
// weights x becomes x / sqrt(x^2 + alpha), so one strong word scores about 0.6 and more words approach 1.
const ALPHA = 15 / 16;

/** Squashes a sum of weights into -1..1. */
export function normalizeScore(sum: number): number {
  return sum / Math.sqrt(sum * sum + ALPHA);
}

/**
 * Label and confidence from a score in -1..1 and the positive and negative evidence mass behind it.
 * Confidence grows with the distance from the neutral boundary and with how one-sided the evidence is.
 */
export function toSentimentScore(score: number, positive: number, negative: number, thresholds: LabelThresholds): SentimentScore {
  const magnitude = positive + negative;
  const weaker = Math.min(positive, negative);
  const stronger = Math.max(positive, negative);
  let label: SentimentLabel;
  if (weaker >= thresholds.mixedMinimum && weaker >= thresholds.mixedBalance * stronger) label = 'mixed';
  else if (score >= thresholds.neutralBand) label = 'positive';
  else if (score <= -thresholds.neutralBand) label = 'negative';
  else label = 'neutral';

  let confidence: number;
  if (magnitude === 0) {
    // Nothing matched: neutral is the likeliest reading, but a lexicon can always miss words.
    confidence = 0.6;
  } else if (label === 'mixed') {
    confidence = Math.min(1, weaker / stronger) * 0.5 + 0.4;
  } else {
    const agreement = Math.abs(positive - negative) / magnitude;
    const distance = Math.abs(Math.abs(score) - thresholds.neutralBand);
    confidence = 0.5 + 0.5 * Math.tanh(distance / 0.25) * (label === 'neutral' ? 1 - agreement / 2 : agreement);
  }
  return { label, score: round(score), magnitude: round(magnitude), confidence: round(confidence) };
}
