import { toProbabilities } from '../model/compiled.js';
import type { TrainingRecord } from '../model/types.js';
import type { EncodedText } from './encode.js';
import { fitTemperature } from './calibrate.js';
import { fitLinear, type LinearWeights, type Loss, scoreRow, type TrainingRow } from './learner.js';
import { measure } from './metrics.js';
import { assignFolds } from './split.js';

/** How the learner runs, resolved from the fit options and the examples. */
export interface TrainingPlan extends Pick<TrainingRecord, 'seed' | 'epochs' | 'l2' | 'dropout' | 'minCount' | 'balance'> {
  exclusive: boolean;
  loss: Loss;
  /**
   * What a fitted model's scores are divided by to become log-odds (1 for the log loss; see `fitTemperature`), before
   * small weights are pruned. `null` keeps a hinge model's raw scores, unpruned: what its temperature is fitted on (its
   * cross-validated figures come from these unpruned models, a log-loss model's from pruned ones).
   */
  temperature: number | null;
  labels: number;
  threshold: number;
  /** Which features a candidate may use, by id. */
  usable: (id: number) => boolean;
}

/** A model fitted on some examples: its weights over the features it kept (`kept[local]` is the table id). */
export interface Fitted {
  weights: LinearWeights;
  kept: Int32Array;
  localOf: Map<number, number>;
}

// A weight whose typical contribution (weight times a feature's typical value) is below this many log-odds changes no
// verdict; leaving such weights out keeps model files small (a Banking77 model: 2.6 MB instead of 14).
const PRUNE_CONTRIBUTION = 0.04;
// A hinge model is pruned before its calibration, in its own units (its margin is 1), so that what it keeps does not
// hang on the temperature: fitted with folds or without, it gives the same verdicts. A hundredth of the margin is
// 0.03-0.05 log-odds at the temperatures Banking77 and Bitext find (0.30 and 0.19).
const HINGE_PRUNE_CONTRIBUTION = 0.01;

/** Fits on the examples at `indices`, over the usable features seen in at least `minCount` of them. */
export function fitOn(
  indices: readonly number[],
  encoded: readonly EncodedText[],
  targets: readonly number[][],
  plan: TrainingPlan,
): Fitted {
  const seen = new Map<number, number>();
  for (const index of indices) for (const id of encoded[index]!.ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  const kept = Int32Array.from([...seen].filter(([id, count]) => count >= plan.minCount && plan.usable(id)).map(([id]) => id)).sort();
  const localOf = new Map<number, number>();
  for (const [local, id] of kept.entries()) localOf.set(id, local);
  const rows = indices.map((index) => ({ ...localRow(encoded[index]!, localOf), targets: targets[index]! }));
  const labelWeights = plan.balance && plan.exclusive ? balancedWeights(rows, plan.labels) : undefined;
  // Only the hinge loss gains from averaging (see `Averager`).
  const weights = fitLinear(rows, kept.length, plan.labels, { ...plan, average: plan.loss === 'hinge', labelWeights });
  if (plan.exclusive) centre(weights);
  if (plan.temperature === null) return { weights, kept, localOf };
  const least = plan.loss === 'hinge' ? HINGE_PRUNE_CONTRIBUTION : PRUNE_CONTRIBUTION;
  dropSmall(weights.weights, least / typicalValue(rows));
  toStored(weights, 1 / plan.temperature);
  return { weights, kept, localOf };
}

/** Cross-validated figures, and the temperature a model fitted with the plan needs (see `crossValidatedProbabilities`). */
export interface CrossValidated extends ReturnType<typeof measure> {
  examples: number;
  temperature: number;
}

/**
 * Cross-validated figures: each fold is scored by a model fitted on the other folds, so every example is scored
 * once by a model that never saw it.
 */
export function crossValidate(
  encoded: readonly EncodedText[],
  targets: readonly number[][],
  labels: readonly string[],
  plan: TrainingPlan,
  folds: number,
  onFold?: (fold: number) => void,
): CrossValidated {
  const { probabilities, temperature } = crossValidatedProbabilities(encoded, targets, plan, folds, onFold);
  return {
    examples: encoded.length,
    temperature,
    ...measure(
      labels,
      targets,
      probabilities.map((each) => decide(each, plan)),
    ),
  };
}

/**
 * Each example's label probabilities from the model fitted on the folds it is not in. A hinge model's scores are
 * calibrated on them first: the temperature fitted there is the one the final model is divided by.
 */
export function crossValidatedProbabilities(
  encoded: readonly EncodedText[],
  targets: readonly number[][],
  plan: TrainingPlan,
  folds: number,
  onFold?: (fold: number) => void,
): { probabilities: Float64Array[]; temperature: number } {
  const scores = crossValidatedScores(encoded, targets, plan, folds, onFold);
  const temperature = plan.temperature ?? fitTemperature(scores, targets);
  if (plan.temperature === null) for (const each of scores) for (let k = 0; k < each.length; k++) each[k]! /= temperature;
  return { temperature, probabilities: scores.map((each) => toProbabilities(each, plan.exclusive, each)) };
}

/** Each example's label scores (logits) from the model fitted on the folds it is not in. */
function crossValidatedScores(
  encoded: readonly EncodedText[],
  targets: readonly number[][],
  plan: TrainingPlan,
  folds: number,
  onFold?: (fold: number) => void,
): Float64Array[] {
  const foldOf = assignFolds(targets, folds, plan.seed);
  const scores: Float64Array[] = new Array(encoded.length);
  for (let fold = 0; fold < folds; fold++) {
    onFold?.(fold);
    const training = encoded.map((_, index) => index).filter((index) => foldOf[index] !== fold);
    const model = fitOn(training, encoded, targets, plan);
    encoded.forEach((text, index) => {
      if (foldOf[index] === fold) scores[index] = scoresOf(model, text, plan);
    });
  }
  return scores;
}

/** A text's features restricted to those a model kept, with their local ids. */
function localRow(text: EncodedText, localOf: ReadonlyMap<number, number>): Omit<TrainingRow, 'targets'> {
  const ids: number[] = [];
  const values: number[] = [];
  text.ids.forEach((id, j) => {
    const local = localOf.get(id);
    if (local === undefined) return;
    ids.push(local);
    values.push(text.values[j]!);
  });
  return { ids: Int32Array.from(ids), values: Float64Array.from(values) };
}

/** A text's label scores, as an attached analyzer computes them (with the weights as the file stores them). */
function scoresOf(model: Fitted, text: EncodedText, plan: TrainingPlan): Float64Array {
  const logits = new Float64Array(plan.labels);
  scoreRow({ ...localRow(text, model.localOf), targets: [] }, model.weights.weights, model.weights.bias, logits);
  return logits;
}

/** The labels an attached analyzer reports for these probabilities: the likeliest, or every one over the threshold. */
function decide(probabilities: Float64Array, plan: TrainingPlan): number[] {
  const ranked = [...probabilities.keys()].sort((a, b) => probabilities[b]! - probabilities[a]! || a - b);
  if (plan.exclusive) return ranked.slice(0, 1);
  return ranked.filter((label) => probabilities[label]! >= plan.threshold);
}

/** Weights that make every label count as much in total: n / (labels × examples of the label). */
function balancedWeights(rows: readonly TrainingRow[], labels: number): Float64Array {
  const counts = new Float64Array(labels);
  for (const row of rows) counts[row.targets[0]!]!++;
  return Float64Array.from(counts, (count) => (count === 0 ? 0 : rows.length / (labels * count)));
}

/**
 * Softmax reads only differences between labels, so adding the same number to one feature's weights for every label
 * changes no probability. Shifting each feature's weights by their median puts the labels it says nothing about at 0,
 * where pruning drops them: the file keeps what each feature says for or against a few labels.
 */
function centre({ weights, labels }: LinearWeights): void {
  const row = new Float64Array(labels);
  for (let base = 0; base < weights.length; base += labels) {
    row.set(weights.subarray(base, base + labels));
    row.sort();
    const median = labels % 2 === 1 ? row[(labels - 1) / 2]! : (row[labels / 2 - 1]! + row[labels / 2]!) / 2;
    for (let k = 0; k < labels; k++) weights[base + k]! -= median;
  }
}

/** Every weight and bias as the model file stores it: times `factor` (one over the temperature), to three decimals. */
function toStored({ weights, bias }: LinearWeights, factor: number): void {
  for (let i = 0; i < weights.length; i++) weights[i] = roundWeight(weights[i]! * factor);
  for (let k = 0; k < bias.length; k++) bias[k] = roundWeight(bias[k]! * factor);
}

/** The mean value of a feature occurrence: 1 or a little more with counts, far less in unit-length vectors. */
function typicalValue(rows: readonly TrainingRow[]): number {
  let sum = 0;
  let count = 0;
  for (const row of rows) {
    for (const value of row.values) sum += Math.abs(value);
    count += row.values.length;
  }
  return count === 0 ? 1 : sum / count;
}

/** Three decimals: what a model file stores. */
function roundWeight(weight: number): number {
  return Math.round(weight * 1000) / 1000 || 0;
}

/** Sets the weights below `least` to 0. */
function dropSmall(weights: Float64Array, least: number): void {
  for (let i = 0; i < weights.length; i++) if (Math.abs(weights[i]!) < least) weights[i] = 0;
}

/** Per feature (in order of first appearance), its non-zero weights as pairs of label index and weight. */
export function namedWeights(fitted: Fitted, names: readonly string[], labels: number): Record<string, number[]> {
  const perFeature: [string, number[]][] = [];
  fitted.kept.forEach((id, local) => {
    const pairs: number[] = [];
    for (let k = 0; k < labels; k++) {
      const weight = fitted.weights.weights[local * labels + k]!;
      if (weight !== 0) pairs.push(k, weight);
    }
    if (pairs.length > 0) perFeature.push([names[id]!, pairs]);
  });
  return Object.fromEntries(perFeature);
}
