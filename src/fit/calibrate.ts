import { toProbabilities } from '../model/compiled.js';

// Temperatures searched, on a log scale: wide enough for any hinge model's scores (margins of 1) to become log-odds.
const LOWEST = Math.log(0.01);
const HIGHEST = Math.log(100);
const STEPS = 40;
const GOLDEN = (Math.sqrt(5) - 1) / 2;

/**
 * The temperature that turns a model's scores into log-odds (Guo et al., "On Calibration of Modern Neural Networks",
 * 2017): the `t` whose softmax of `scores / t` gives the examples' own labels the least log loss. Dividing every weight
 * by it changes no ranking of labels, only how confident the model says it is. Fit it on scores the model gave texts
 * it never saw (cross-validation): on its own training texts a margin-fitted model looks surer than it is.
 */
export function fitTemperature(scores: readonly Float64Array[], targets: readonly (readonly number[])[]): number {
  // The log loss is convex in 1 / t; on log t it has one minimum, which a golden-section search finds.
  let low = LOWEST;
  let high = HIGHEST;
  for (let step = 0; step < STEPS; step++) {
    const left = high - GOLDEN * (high - low);
    const right = low + GOLDEN * (high - low);
    if (logLoss(scores, targets, Math.exp(left)) <= logLoss(scores, targets, Math.exp(right))) high = right;
    else low = left;
  }
  return Math.exp((low + high) / 2);
}

/** Mean negative log-probability of each example's first label, with scores divided by `temperature`. */
function logLoss(scores: readonly Float64Array[], targets: readonly (readonly number[])[], temperature: number): number {
  let total = 0;
  const scaled = new Float64Array(scores[0]?.length ?? 0);
  scores.forEach((row, index) => {
    for (let k = 0; k < row.length; k++) scaled[k] = row[k]! / temperature;
    const probability = toProbabilities(scaled, true, scaled)[targets[index]![0]!]!;
    total -= Math.log(Math.max(probability, Number.MIN_VALUE));
  });
  return total / Math.max(scores.length, 1);
}
