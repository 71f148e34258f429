/** Classification and correlation metrics for the evaluation script. */

export type Polarity = 'positive' | 'negative' | 'neutral';

export interface SentimentMetrics {
  n: number;
  accuracy: number;
  /** Mean F1 over the classes present in the gold labels. */
  macroF1: number;
  /** Accuracy on positive/negative gold items, predicting by the sign of the score (0 counts as wrong). */
  binaryAccuracy: number;
  /** Pearson correlation of predicted and gold scores, where the dataset has gold scores. */
  pearson: number | null;
}

export function macroF1(gold: readonly string[], predicted: readonly string[]): number {
  const classes = [...new Set(gold)];
  let total = 0;
  for (const label of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < gold.length; i++) {
      if (predicted[i] === label && gold[i] === label) tp++;
      else if (predicted[i] === label) fp++;
      else if (gold[i] === label) fn++;
    }
    total += tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
  }
  return classes.length === 0 ? 0 : total / classes.length;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = xs.length;
  const meanX = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let covariance = 0;
  let varianceX = 0;
  let varianceY = 0;
  for (let i = 0; i < n; i++) {
    const dx = xs[i]! - meanX;
    const dy = ys[i]! - meanY;
    covariance += dx * dy;
    varianceX += dx * dx;
    varianceY += dy * dy;
  }
  return varianceX === 0 || varianceY === 0 ? 0 : covariance / Math.sqrt(varianceX * varianceY);
}

export function sentimentMetrics(
  gold: readonly Polarity[],
  predicted: readonly Polarity[],
  scores: readonly number[],
  goldScores: readonly (number | null)[],
): SentimentMetrics {
  let correct = 0;
  let binaryTotal = 0;
  let binaryCorrect = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === predicted[i]) correct++;
    if (gold[i] === 'neutral') continue;
    binaryTotal++;
    if ((gold[i] === 'positive' && scores[i]! > 0) || (gold[i] === 'negative' && scores[i]! < 0)) binaryCorrect++;
  }
  const scored = goldScores.every((score) => typeof score === 'number');
  return {
    n: gold.length,
    accuracy: correct / gold.length,
    macroF1: macroF1(gold, predicted),
    binaryAccuracy: binaryTotal === 0 ? 0 : binaryCorrect / binaryTotal,
    pearson: scored && gold.length > 1 ? pearson(scores, goldScores as number[]) : null,
  };
}

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; 0 where a ratio has no denominator. */
export function binaryMetrics(tp: number, fp: number, fn: number): BinaryMetrics {
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
