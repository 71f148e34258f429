import { describeValue, InvalidOptionsError } from '../errors.js';
import { type FeatureSettings, isPieceRange, LEARNERS, type Learner, LONGEST_PIECE, MODEL_TASKS, type ModelTask } from '../model/types.js';
import type { AnalyzerOptions } from '../options.js';
import type { RatingScale } from './examples.js';

/** Options of `fit()`. Every field is optional. */
export interface FitOptions {
  /** The model's name: the `source` of its evidence. Default `fitted`. */
  name?: string;
  /**
   * Default: sarcasm when examples carry `sarcastic`; sentiment when every label is positive, negative or neutral, or
   * examples carry ratings; intents otherwise.
   */
  task?: ModelTask;
  /** What ratings mean, when examples carry `rating` instead of `label`. */
  ratings?: RatingScale;
  /** Seeds the folds and the order of learning. Default 1. */
  seed?: number;
  /**
   * `linear-svm`: a multi-class hinge loss, its scores calibrated into log-odds on the cross-validation's folds; for
   * labels that exclude each other. `logistic-regression`: the log loss. Default `linear-svm` for intents with one label
   * per text (0.6 points of accuracy on average over five Banking77 splits), `logistic-regression` otherwise (see the
   * fitting guide).
   */
  learner?: Learner;
  /** Passes over the examples. Default 10 for sentiment, 20 for intents and sarcasm (dropout needs more passes). */
  epochs?: number;
  /** L2 penalty. Default 1e-5: larger keeps weights smaller and the model more cautious. */
  l2?: number;
  /**
   * The chance that a feature is left out of an update, from 0 up to 0.9. Default 0.5 for intents (a point of accuracy
   * on Banking77) and sarcasm, 0 for sentiment (where it did not help).
   */
  dropout?: number;
  /** Features seen in fewer training examples than this are dropped. Default 2. */
  minCount?: number;
  /** Rare labels count more, so each label weighs the same in total (labels that exclude each other). Default `true`. */
  balance?: boolean;
  /** What the model reads; defaults depend on the task (word pieces for intents, the lexicon's score for sentiment). */
  features?: Partial<FeatureSettings>;
  /**
   * Folds of the cross-validation that measures the model (`model.evaluation`) and, for sentiment, decides whether
   * words help over the lexicon's score alone. Default 5; 0 skips both.
   */
  folds?: number;
  /**
   * Intents: the probability a label needs to be reported. Default 0 for one label per text (the top one), 0.5 otherwise.
   * Sarcasm: the probability of `sarcastic` a text needs. Default: the lowest whose cross-validated precision reaches
   * `targetPrecision`; 0.5 without folds.
   */
  threshold?: number;
  /**
   * Sarcasm: the share of texts flagged sarcastic that must be sarcastic, in cross-validation, when no `threshold` is
   * given. Default 0.75: a false alarm turns sincere praise into a complaint, while a miss leaves the lexicon's reading.
   */
  targetPrecision?: number;
  /**
   * Sarcasm: the share of sarcastic texts where the model will be used, when it differs from the examples' (labelled
   * sets often hold more sarcasm than the traffic does). The threshold is then chosen for `targetPrecision` at that
   * share; the model's `evaluation` stays at the examples' own. Default: the examples' share.
   */
  prevalence?: number;
  /** The analyzer options the model will be used with: its lexicons give the `lex:` features. */
  analyzer?: AnalyzerOptions;
  /** Called as the work goes on. */
  onProgress?: (stage: 'reading' | 'cross-validating' | 'fitting', done: number, total: number) => void;
}

export interface ResolvedFitOptions {
  name: string;
  task: ModelTask | undefined;
  ratings: RatingScale | undefined;
  seed: number;
  /** Undefined until the task is known. */
  learner: Learner | undefined;
  /** Undefined until the task is known. */
  epochs: number | undefined;
  l2: number;
  dropout: number | undefined;
  minCount: number;
  balance: boolean;
  features: Partial<FeatureSettings>;
  folds: number;
  threshold: number | undefined;
  targetPrecision: number;
  prevalence: number | undefined;
  analyzer: AnalyzerOptions | undefined;
  onProgress: FitOptions['onProgress'];
}

const KNOWN = [
  'name',
  'task',
  'ratings',
  'seed',
  'learner',
  'epochs',
  'l2',
  'dropout',
  'minCount',
  'balance',
  'features',
  'folds',
  'threshold',
  'targetPrecision',
  'prevalence',
  'analyzer',
  'onProgress',
];

/** Checks every option of `fit()` and fills in defaults; throws {@link InvalidOptionsError} naming the bad one. */
export function resolveFitOptions(options: FitOptions): ResolvedFitOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new InvalidOptionsError(`expected the options of fit() to be an object, received ${describeValue(options)}.`);
  }
  for (const key of Object.keys(options)) {
    if (!KNOWN.includes(key)) throw new InvalidOptionsError(`unknown fit option "${key}"; expected one of ${KNOWN.join(', ')}.`);
  }
  const { name = 'fitted', seed = 1, epochs, l2 = 1e-5, dropout, minCount = 2, balance = true, folds = 5, threshold } = options;
  const { targetPrecision = 0.75, prevalence } = options;
  if (typeof name !== 'string' || name.trim() === '')
    throw new InvalidOptionsError(`"name" must be a non-empty string, received ${describeValue(name)}.`);
  if (options.task !== undefined && !MODEL_TASKS.includes(options.task)) {
    const expected = MODEL_TASKS.map((task) => `"${task}"`).join(', ');
    throw new InvalidOptionsError(`"task" must be ${expected}, received ${describeValue(options.task)}.`);
  }
  wholeNumber(seed, 'seed', 0);
  if (options.learner !== undefined && !LEARNERS.includes(options.learner)) {
    const expected = LEARNERS.map((learner) => `"${learner}"`).join(' or ');
    throw new InvalidOptionsError(`"learner" must be ${expected}, received ${describeValue(options.learner)}.`);
  }
  if (epochs !== undefined) wholeNumber(epochs, 'epochs', 1);
  if (dropout !== undefined && (typeof dropout !== 'number' || !(dropout >= 0 && dropout <= 0.9))) {
    throw new InvalidOptionsError(`"dropout" must be a number from 0 to 0.9, received ${describeValue(dropout)}.`);
  }
  wholeNumber(minCount, 'minCount', 1);
  wholeNumber(folds, 'folds', 0);
  if (folds === 1) throw new InvalidOptionsError('"folds" must be 0 (no cross-validation) or at least 2, received number 1.');
  if (typeof l2 !== 'number' || !(l2 >= 0 && l2 < 1))
    throw new InvalidOptionsError(`"l2" must be a number from 0 up to 1, received ${describeValue(l2)}.`);
  if (typeof balance !== 'boolean') throw new InvalidOptionsError(`"balance" must be true or false, received ${describeValue(balance)}.`);
  if (threshold !== undefined && (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))) {
    throw new InvalidOptionsError(`"threshold" must be a number from 0 to 1, received ${describeValue(threshold)}.`);
  }
  if (typeof targetPrecision !== 'number' || !(targetPrecision > 0 && targetPrecision <= 1)) {
    throw new InvalidOptionsError(`"targetPrecision" must be a number above 0 and at most 1, received ${describeValue(targetPrecision)}.`);
  }
  if (prevalence !== undefined && (typeof prevalence !== 'number' || !(prevalence > 0 && prevalence < 1))) {
    throw new InvalidOptionsError(`"prevalence" must be a number between 0 and 1, received ${describeValue(prevalence)}.`);
  }
  if (options.onProgress !== undefined && typeof options.onProgress !== 'function') {
    throw new InvalidOptionsError(`"onProgress" must be a function, received ${describeValue(options.onProgress)}.`);
  }
  return {
    name,
    task: options.task,
    ratings: checkRatings(options.ratings),
    seed,
    learner: options.learner,
    epochs,
    l2,
    dropout,
    minCount,
    balance,
    features: checkFeatures(options.features),
    folds,
    threshold,
    targetPrecision,
    prevalence,
    analyzer: options.analyzer,
    onProgress: options.onProgress,
  };
}

function wholeNumber(value: unknown, name: string, least: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < least || value > 0xffffffff) {
    throw new InvalidOptionsError(`"${name}" must be a whole number, at least ${least}, received ${describeValue(value)}.`);
  }
}

function checkRatings(ratings: unknown): RatingScale | undefined {
  if (ratings === undefined) return undefined;
  const scale = ratings as RatingScale;
  const valid =
    typeof ratings === 'object' &&
    ratings !== null &&
    Number.isFinite(scale.negativeAtMost) &&
    Number.isFinite(scale.positiveAtLeast) &&
    scale.negativeAtMost < scale.positiveAtLeast;
  if (!valid) {
    throw new InvalidOptionsError(
      `"ratings" must be { negativeAtMost, positiveAtLeast } with negativeAtMost below positiveAtLeast, ` +
        `received ${describeValue(ratings)}.`,
    );
  }
  return { negativeAtMost: scale.negativeAtMost, positiveAtLeast: scale.positiveAtLeast };
}

function checkFeatures(features: unknown): Partial<FeatureSettings> {
  if (features === undefined) return {};
  if (typeof features !== 'object' || features === null || Array.isArray(features)) {
    throw new InvalidOptionsError(`"features" must be an object, received ${describeValue(features)}.`);
  }
  const given = features as Record<string, unknown>;
  const checked: Partial<FeatureSettings> = {};
  for (const key of Object.keys(given)) {
    const value = given[key];
    if (key === 'words' && (value === 0 || value === 1 || value === 2)) checked.words = value;
    else if ((key === 'negation' || key === 'lexicon') && typeof value === 'boolean') checked[key] = value;
    else if (key === 'chars' && (value === null || isPieceRange(value))) checked.chars = value;
    else if (key === 'scale' && (value === 'counts' || value === 'unit')) checked.scale = value;
    else {
      throw new InvalidOptionsError(
        `"features.${key}" is not valid (words: 0, 1 or 2; chars: null or [shortest, longest] up to ${LONGEST_PIECE}; ` +
          `scale: "counts" or "unit"; negation, lexicon: booleans); received ${describeValue(value)}.`,
      );
    }
  }
  return checked;
}
