// Per-category summaries of the aspects found, labelled with the aspect scorer's narrower neutral band.
import type { AspectResult, AspectSummary, Quote } from '../../result.js';
import { type LabelThresholds, normalizeScore, toSentimentScore } from '../label.js';

/**
 * An aspect's neutral band as a share of the document's: an aspect usually rests on one or two words, so one mild
 * word ("slowish", "decent") decides it. Measured on SemEval-2014: the document band (0.125) labels 3 points fewer
 * aspects right than 0.05 on both domains.
 */
export const ASPECT_BAND_SHARE = 0.4;

/** The label thresholds for aspects and their category summaries. */
export function aspectThresholds(thresholds: LabelThresholds): LabelThresholds {
  return { ...thresholds, neutralBand: thresholds.neutralBand * ASPECT_BAND_SHARE };
}

/** Per category: the sentiment of its aspects together, how often it was mentioned, and the quotes behind it. */
export function summarize(aspects: readonly AspectResult[], thresholds: LabelThresholds): Record<string, AspectSummary> {
  const sums = new Map<string, { weight: number; positive: number; negative: number; mentions: number; quotes: Quote[] }>();
  for (const aspect of aspects) {
    const sum = sums.get(aspect.category) ?? { weight: 0, positive: 0, negative: 0, mentions: 0, quotes: [] };
    sum.mentions += aspect.mentions.length;
    for (const evidence of aspect.evidence) {
      sum.weight += evidence.weight;
      if (evidence.weight > 0) sum.positive += evidence.weight;
      else sum.negative -= evidence.weight;
      sum.quotes.push({ text: evidence.text, start: evidence.start, end: evidence.end });
    }
    sums.set(aspect.category, sum);
  }
  const summary: Record<string, AspectSummary> = {};
  for (const [category, sum] of sums) {
    summary[category] = {
      sentiment: toSentimentScore(normalizeScore(sum.weight), sum.positive, sum.negative, thresholds),
      mentions: sum.mentions,
      quotes: sum.quotes,
    };
  }
  return summary;
}
