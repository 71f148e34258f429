import type { FittedModel } from './types.js';

/**
 * A feature's weights for the labels that have one: sparse, as most features speak for few labels. A row that speaks
 * for most labels (a word with its pieces summed) is dense instead: `labels` null, a weight for every label in label
 * order. The weights are `weights[offset]` to `weights[offset + length - 1]`: dense rows share slabs (see `read.ts`).
 *
 * Weights are single precision: a model file keeps three decimals, which 32 bits hold to 1 part in 10 million, and
 * half the bytes per row is what counts where scoring waits on memory (a model's words as cached rows: 5 % less time
 * with two models attached, paired; logits still add up in double precision).
 */
export interface WeightRow {
  labels: Uint16Array | null;
  weights: Float32Array;
  offset: number;
  length: number;
}

/** A model turned into lookup tables for scoring. */
export interface CompiledModel {
  readonly model: FittedModel;
  readonly bias: Float64Array;
  readonly rows: ReadonlyMap<string, WeightRow>;
  /** The rows of word pairs by first and second word: looked up without building the pair's name. */
  readonly pairs: ReadonlyMap<string, ReadonlyMap<string, WeightRow>>;
  /** The second words of those pairs. */
  readonly closers: ReadonlySet<string>;
  /**
   * Rows of one weight per label for a text's arithmetic, reused from text to text: a row of more than 8 weights lives
   * outside the engine's heap, and allocating one took about 2.5 µs on Node 20 (a Banking77 row has 77). Analysis
   * is synchronous, and a model's rows are used only between reading a text's words and building its verdict, where
   * nothing can start another analysis.
   */
  readonly scratch: readonly Float64Array[];
}

const SCRATCH_ROWS = 3;

/** Scratch row `slot` (0 to 2) of a model, zeroed. */
export function scratchRow(compiled: CompiledModel, slot: number): Float64Array {
  return compiled.scratch[slot]!.fill(0);
}

/** Builds the per-feature lookup from a (checked) model's weights. */
export function compileModel(model: FittedModel): CompiledModel {
  const rows = new Map<string, WeightRow>();
  const pairs = new Map<string, Map<string, WeightRow>>();
  const closers = new Set<string>();
  for (const feature of Object.keys(model.weights)) {
    const values = model.weights[feature]!;
    const labels = new Uint16Array(values.length / 2);
    const weights = new Float32Array(values.length / 2);
    for (let k = 0; k < labels.length; k++) {
      labels[k] = values[2 * k]!;
      weights[k] = values[2 * k + 1]!;
    }
    const row: WeightRow = { labels, weights, offset: 0, length: labels.length };
    rows.set(feature, row);
    const space = feature.indexOf(' ');
    if (feature.startsWith('w:') && space > 0) {
      const first = feature.slice(2, space);
      let seconds = pairs.get(first);
      if (!seconds) pairs.set(first, (seconds = new Map()));
      seconds.set(feature.slice(space + 1), row);
      closers.add(feature.slice(space + 1));
    }
  }
  const scratch = Array.from({ length: SCRATCH_ROWS }, () => new Float64Array(model.labels.length));
  return { model, bias: Float64Array.from(model.bias), rows, pairs, closers, scratch };
}

/** Adds `value` times a feature's weights to `logits`. */
export function addRow(logits: Float64Array, row: WeightRow, value: number): void {
  const { labels, weights, offset, length } = row;
  if (labels === null) for (let k = 0; k < length; k++) logits[k]! += value * weights[offset + k]!;
  else for (let k = 0; k < length; k++) logits[labels[k]!]! += value * weights[offset + k]!;
}

/** A row's weight along `direction` (one coefficient per label): what one occurrence adds to that reading. */
export function alongDirection(row: WeightRow, direction: Float64Array): number {
  const { labels, weights, offset, length } = row;
  let sum = 0;
  for (let k = 0; k < length; k++) sum += weights[offset + k]! * direction[labels === null ? k : labels[k]!]!;
  return sum;
}

/** A row's weight for one label (0 when it has none). */
export function weightFor(row: WeightRow, label: number): number {
  const { labels, weights, offset, length } = row;
  if (labels === null) return label < length ? weights[offset + label]! : 0;
  for (let k = 0; k < length; k++) if (labels[k] === label) return weights[offset + k]!;
  return 0;
}

/** The sum of rows, in `labels` label slots: dense when most labels have a weight, since it is then smaller too. */
export function sumRows(rows: readonly WeightRow[], labels: number): WeightRow {
  const sum = new Float64Array(labels);
  for (const row of rows) addRow(sum, row, 1);
  let nonZero = 0;
  for (let k = 0; k < labels; k++) if (sum[k] !== 0) nonZero++;
  if (2 * nonZero >= labels) return { labels: null, weights: Float32Array.from(sum), offset: 0, length: labels };
  const sparse: WeightRow = { labels: new Uint16Array(nonZero), weights: new Float32Array(nonZero), offset: 0, length: nonZero };
  for (let k = 0, at = 0; k < labels; k++) {
    if (sum[k] === 0) continue;
    sparse.labels![at] = k;
    sparse.weights[at++] = sum[k]!;
  }
  return sparse;
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
