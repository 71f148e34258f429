import { dict } from '../dict.js';
import { round } from '../math.js';
import type { ClassFigures } from '../model/types.js';

/** Accuracy, macro-F1 and per-label figures from gold and predicted label sets (one label each when exclusive). */
export function measure(
  labels: readonly string[],
  gold: readonly (readonly number[])[],
  predicted: readonly (readonly number[])[],
): { accuracy: number; macroF1: number; classes: Record<string, ClassFigures> } {
  const truePositives = new Float64Array(labels.length);
  const predictedCounts = new Float64Array(labels.length);
  const goldCounts = new Float64Array(labels.length);
  let exact = 0;
  gold.forEach((goldLabels, index) => {
    const guess = predicted[index]!;
    for (const label of goldLabels) goldCounts[label]!++;
    for (const label of guess) {
      predictedCounts[label]!++;
      if (goldLabels.includes(label)) truePositives[label]!++;
    }
    if (guess.length === goldLabels.length && guess.every((label) => goldLabels.includes(label))) exact++;
  });
  // Labels are the user's: "__proto__" is a class like any other.
  const classes = dict<ClassFigures>();
  let f1Sum = 0;
  labels.forEach((label, k) => {
    const precision = predictedCounts[k]! === 0 ? 0 : truePositives[k]! / predictedCounts[k]!;
    const recall = goldCounts[k]! === 0 ? 0 : truePositives[k]! / goldCounts[k]!;
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    f1Sum += f1;
    classes[label] = { precision: round(precision), recall: round(recall), f1: round(f1), support: goldCounts[k]! };
  });
  return { accuracy: round(gold.length === 0 ? 0 : exact / gold.length), macroF1: round(f1Sum / labels.length), classes };
}
