import { InvalidOptionsError } from '../errors.js';
import type { FittedModel } from '../model/types.js';

/** A feature and its weight for one label. */
export interface FeatureWeight {
  feature: string;
  weight: number;
}

/** The features that speak most for `label` in a model, strongest first (ties by name). */
export function topFeatures(model: FittedModel, label: string, count = 10): FeatureWeight[] {
  const index = model.labels.indexOf(label);
  if (index < 0) throw new InvalidOptionsError(`the model has no label "${label}"; its labels are ${model.labels.join(', ')}.`);
  const found: FeatureWeight[] = [];
  for (const [feature, pairs] of Object.entries(model.weights)) {
    for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === index && pairs[k + 1]! > 0) found.push({ feature, weight: pairs[k + 1]! });
  }
  return found.sort((a, b) => b.weight - a.weight || (a.feature < b.feature ? -1 : 1)).slice(0, count);
}
