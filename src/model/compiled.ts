import type { FittedModel } from './types.js';

/** A feature's weights for the labels that have one: sparse, as most features speak for few labels. */
export interface WeightRow {
  labels: Uint16Array;
  weights: Float64Array;
}

/** A model turned into lookup tables for scoring. */
export interface CompiledModel {
  readonly model: FittedModel;
  readonly bias: Float64Array;
  readonly rows: ReadonlyMap<string, WeightRow>;
  /** The rows of word pairs by first and second word: looked up without building the pair's name. */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, WeightRow>>;
}

/** Builds the per-feature lookup from a (checked) model's weights. */
export function compileModel(model: FittedModel): CompiledModel {
  const rows = new Map<string, WeightRow>();
  const pairs = new Map<string, Map<string, WeightRow>>();
  for (const feature of Object.keys(model.weights)) {
    const values = model.weights[feature]!;
    const row: WeightRow = { labels: new Uint16Array(values.length / 2), weights: new Float64Array(values.length / 2) };
    for (let k = 0; k < row.labels.length; k++) {
      row.labels[k] = values[2 * k]!;
      row.weights[k] = values[2 * k + 1]!;
    }
    rows.set(feature, row);
    const space = feature.indexOf(' ');
    if (feature.startsWith('w:') && space > 0) {
      const first = feature.slice(2, space);
      let seconds = pairs.get(first);
      if (!seconds) pairs.set(first, (seconds = new Map()));
      seconds.set(feature.slice(space + 1), row);
    }
  }
  return { model, bias: Float64Array.from(model.bias), rows, pairs };
}

/** Adds `value` times a feature's weights to `logits`. */
export function addRow(logits: Float64Array, row: WeightRow, value: number): void {
  for (let k = 0; k < row.labels.length; k++) logits[row.labels[k]!]! += value * row.weights[k]!;
}

/** A row's weight along `direction` (one coefficient per label): what one occurrence adds to that reading. */
export function alongDirection(row: WeightRow, direction: Float64Array): number {
  let sum = 0;
  for (let k = 0; k < row.labels.length; k++) sum += row.weights[k]! * direction[row.labels[k]!]!;
  return sum;
}

/** A row's weight for one label (0 when it has none). */
export function weightFor(row: WeightRow, label: number): number {
  for (let k = 0; k < row.labels.length; k++) if (row.labels[k] === label) return row.weights[k]!;
  return 0;
}

/** Logits to probabilities: a softmax when labels exclude each other, a logistic per label when they don't. */
export function toProbabilities(
  logits: Float64Array,
  exclusive: boolean,
  probabilities: Float64Array = new Float64Array(logits.length),
): Float64Array {
  if (!exclusive) {
    for (let k = 0; k < logits.length; k++) probabilities[k] = 1 / (1 + Math.exp(-logits[k]!));
    return probabilities;
  }
  let max = -Infinity;
  for (const logit of logits) max = Math.max(max, logit);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) sum += probabilities[k] = Math.exp(logits[k]! - max);
  for (let k = 0; k < logits.length; k++) probabilities[k]! /= sum;
  return probabilities;
}
