import { toProbabilities } from '../model/compiled.js';
import { mixSeed, seededRandom, shuffle } from './random.js';

/** One example as the learner sees it: feature ids with their values, and the labels it carries. */
export interface TrainingRow {
  ids: Int32Array;
  values: Float64Array;
  /** Label indices: exactly one when labels exclude each other. */
  targets: readonly number[];
}

/**
 * `log`: the log loss of a softmax (exclusive labels) or of a logistic unit per label. `hinge`: the multi-class hinge
 * loss of Crammer and Singer (exclusive labels only): an example moves the weights only while its label fails to beat
 * the strongest other label by a margin, and then only those two labels' weights.
 */
export type Loss = 'log' | 'hinge';

export interface LearnerSettings {
  exclusive: boolean;
  loss: Loss;
  /** Returns the mean of the weights at the end of each of the last half of the epochs (see `Averager`). */
  average: boolean;
  epochs: number;
  /** L2 penalty per example and update: keeps rare features' weights small. */
  l2: number;
  /**
   * The chance that a feature is left out of one update (its value scaled up to match): the model cannot lean on a
   * few features, which regularises by how informative features are rather than by their size.
   */
  dropout: number;
  /** Per label, how much its examples count: more for rare labels when classes are balanced. */
  labelWeights?: Float64Array;
  seed: number;
}

/** Weights of a fitted linear model: `weights[feature * labels + label]`. */
export interface LinearWeights {
  labels: number;
  weights: Float64Array;
  bias: Float64Array;
}

// AdaGrad's step: large enough to learn in a few epochs, and each weight's steps shrink with its own history,
// so frequent features settle and rare ones can still move.
const LEARNING_RATE = 0.2;
const EPSILON = 1e-8;
const NEGLIGIBLE = 1e-3;

/**
 * Regularised logistic regression (softmax over exclusive labels, a logistic unit per label otherwise), fitted by
 * AdaGrad stochastic gradient descent in a seeded order: the same rows and seed give the same weights, bit for bit.
 */
export function fitLinear(rows: readonly TrainingRow[], features: number, labels: number, settings: LearnerSettings): LinearWeights {
  const weights = new Float64Array(features * labels);
  const squares = new Float64Array(features * labels);
  const bias = new Float64Array(labels);
  const biasSquares = new Float64Array(labels);
  const logits = new Float64Array(labels);
  const gradient = new Float64Array(labels);
  const active = new Int32Array(labels);
  const random = seededRandom(settings.seed);
  const order = rows.map((_, index) => index);
  const averager = settings.average ? new Averager(weights, bias, Math.floor(settings.epochs / 2)) : undefined;
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (const index of shuffle(order, random)) {
      // Each row drops from its own stream: what one example holds changes its own draws only, not the order of every
      // later pass (one example's lexicon score turning zero once moved a sarcasm model's precision by 1.5 points).
      const drops = settings.dropout > 0 ? seededRandom(mixSeed(settings.seed, epoch, index)) : undefined;
      const row = drops ? dropFeatures(rows[index]!, settings.dropout, drops) : rows[index]!;
      scoreRow(row, weights, bias, logits);
      if (settings.loss === 'hinge') hingeGradient(logits, row.targets[0]!, gradient);
      else logLossGradient(logits, row.targets, settings.exclusive, gradient);
      if (settings.labelWeights) {
        const emphasis = settings.labelWeights[row.targets[0]!]!;
        for (let k = 0; k < labels; k++) gradient[k]! *= emphasis;
      }
      for (let k = 0; k < labels; k++) {
        const g = gradient[k]!;
        biasSquares[k]! += g * g;
        bias[k]! -= (LEARNING_RATE * g) / Math.sqrt(biasSquares[k]! + EPSILON);
      }
      // Labels the model already rules out have next to no gradient; skipping them keeps a 77-label fit fast.
      let moving = 0;
      for (let k = 0; k < labels; k++) if (Math.abs(gradient[k]!) >= NEGLIGIBLE) active[moving++] = k;
      for (let j = 0; j < row.ids.length; j++) {
        const base = row.ids[j]! * labels;
        const value = row.values[j]!;
        for (let m = 0; m < moving; m++) {
          const k = active[m]!;
          const at = base + k;
          const g = gradient[k]! * value + settings.l2 * weights[at]!;
          if (g === 0) continue;
          squares[at]! += g * g;
          weights[at]! -= (LEARNING_RATE * g) / Math.sqrt(squares[at]! + EPSILON);
        }
      }
    }
    averager?.endEpoch(epoch);
  }
  averager?.finish();
  return { labels, weights, bias };
}

/**
 * Averaged stochastic gradient descent (Polyak and Juditsky, 1992) over the last half of the epochs: the hinge loss is
 * not smooth, so its weights keep stepping across the optimum, and their mean lies nearer it. On Banking77's five
 * splits the mean scored 0.19 points of accuracy above the last weights; with the log loss it gained nothing, so only
 * hinge models are averaged.
 */
class Averager {
  private readonly weightSum: Float64Array;
  private readonly biasSum: Float64Array;
  private count = 0;

  constructor(
    private readonly weights: Float64Array,
    private readonly bias: Float64Array,
    private readonly from: number,
  ) {
    this.weightSum = new Float64Array(weights.length);
    this.biasSum = new Float64Array(bias.length);
  }

  /** At the end of epoch `epoch`: adds the weights once the averaged epochs have begun. */
  endEpoch(epoch: number): void {
    if (epoch < this.from) return;
    for (let i = 0; i < this.weights.length; i++) this.weightSum[i]! += this.weights[i]!;
    for (let k = 0; k < this.bias.length; k++) this.biasSum[k]! += this.bias[k]!;
    this.count++;
  }

  /** Replaces the weights by their mean over the averaged epochs. */
  finish(): void {
    if (this.count === 0) return;
    for (let i = 0; i < this.weights.length; i++) this.weights[i] = this.weightSum[i]! / this.count;
    for (let k = 0; k < this.bias.length; k++) this.bias[k] = this.biasSum[k]! / this.count;
  }
}

/** A copy of `row` without a random share of its features, the rest scaled up to keep the expected value. */
function dropFeatures(row: TrainingRow, share: number, random: () => number): TrainingRow {
  const ids: number[] = [];
  const values: number[] = [];
  for (let j = 0; j < row.ids.length; j++) {
    if (random() < share) continue;
    ids.push(row.ids[j]!);
    values.push(row.values[j]! / (1 - share));
  }
  return { ids: Int32Array.from(ids), values: Float64Array.from(values), targets: row.targets };
}

/** The logits of one row: bias plus each feature's value times its weights. */
export function scoreRow(row: TrainingRow, weights: Float64Array, bias: Float64Array, logits: Float64Array): void {
  const labels = bias.length;
  logits.set(bias);
  for (let j = 0; j < row.ids.length; j++) {
    const base = row.ids[j]! * labels;
    const value = row.values[j]!;
    for (let k = 0; k < labels; k++) logits[k]! += value * weights[base + k]!;
  }
}

/** Gradient of the log loss with respect to the logits: predicted probability minus target. */
function logLossGradient(logits: Float64Array, targets: readonly number[], exclusive: boolean, out: Float64Array): void {
  toProbabilities(logits, exclusive, out);
  for (const target of targets) out[target]! -= 1;
}

/** Gradient of the multi-class hinge loss: the target's score up and its strongest rival's down, inside the margin. */
function hingeGradient(scores: Float64Array, target: number, out: Float64Array): void {
  let rival = -1;
  for (let k = 0; k < scores.length; k++) if (k !== target && (rival < 0 || scores[k]! > scores[rival]!)) rival = k;
  out.fill(0);
  if (rival >= 0 && scores[target]! - scores[rival]! < 1) {
    out[target] = -1;
    out[rival] = 1;
  }
}
