/**
 * What a fitted model predicts: a sentiment verdict, intents (ticket tags, case reasons, categories), or whether a text
 * is sarcastic.
 */
export type ModelTask = 'sentiment' | 'intents' | 'sarcasm';

/** Every task a model may be fitted for. */
export const MODEL_TASKS: readonly ModelTask[] = Object.freeze(['sentiment', 'intents', 'sarcasm']);

/** A sarcasm model's labels, in the order the model lists them. */
export const SARCASM_LABELS = Object.freeze(['sarcastic', 'sincere'] as const);

/** The sentiment labels a model may be fitted on, in the order a model lists them. `mixed` is not one. */
export const SENTIMENT_LABELS = Object.freeze(['negative', 'neutral', 'positive'] as const);

/** A sentiment label a model may be fitted on. */
export type FittedSentimentLabel = (typeof SENTIMENT_LABELS)[number];

/** The longest character n-gram a model may read. */
export const LONGEST_PIECE = 8;

/** Whether `value` is a valid `chars` setting other than `null`: `[shortest, longest]`, 1 ≤ shortest ≤ longest ≤ 8. */
export function isPieceRange(value: unknown): value is [number, number] {
  if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => Number.isInteger(n))) return false;
  return value[0] >= 1 && value[1] >= value[0] && value[1] <= LONGEST_PIECE;
}

/** Which features a model reads from a text. */
export interface FeatureSettings {
  /** Longest word n-gram: 1 reads words, 2 also reads adjacent pairs ("not arrived", "card declined"); 0 no words. */
  words: 0 | 1 | 2;
  /** Character n-gram lengths inside words, `[3, 5]`, or `null` for none: they catch spellings and word forms. */
  chars: [number, number] | null;
  /**
   * Words within the negation rule's window after a negator ("not", "never", "no") become their own features
   * (`n:working`), so the model learns what "not working" means instead of reading "working".
   */
  negation: boolean;
  /**
   * What one occurrence of a feature counts for. `unit` (the default of every task): one over the square root of the
   * document's number of feature occurrences (the length of its feature vector when no feature repeats), so long and
   * short texts read alike and a long text's many words do not outvote the lexicon's score. `counts`: 1. Either way a
   * sentence is read at its document's scale, so a word weighs the same in both and the sentences' words add up to the
   * document's.
   */
  scale: 'counts' | 'unit';
  /** The analyzer's own lexicon score and magnitude of the text, as two more features (`lex:score`, `lex:magnitude`). */
  lexicon: boolean;
}

/** One class's figures on held-out examples. */
export interface ClassFigures {
  precision: number;
  recall: number;
  f1: number;
  /** Held-out examples of this class. */
  support: number;
}

/** How well the model did on examples it was not fitted on. */
export interface ModelEvaluation {
  /** Each fold scored by a model fitted on the other folds. */
  method: 'cross-validation';
  folds: number;
  /** Examples scored in the evaluation. */
  examples: number;
  accuracy: number;
  macroF1: number;
  classes: Record<string, ClassFigures>;
}

/** How a model's weights were learned: see `FitOptions.learner`. */
export type Learner = 'logistic-regression' | 'linear-svm';
export const LEARNERS: readonly Learner[] = ['logistic-regression', 'linear-svm'];

/** How a model was fitted: enough to fit it again, byte for byte. */
export interface TrainingRecord {
  learner: Learner;
  /**
   * `linear-svm`: what the fitted scores were divided by to become the stored log-odds, fitted on the cross-validation's
   * folds, or 0.25 when there were none (see the fitting guide).
   */
  temperature?: number;
  examples: number;
  /** Examples left out, by reason (`duplicate`, `empty text`, `no label`…). */
  skipped: Record<string, number>;
  seed: number;
  epochs: number;
  l2: number;
  /** The chance a feature was left out of an update. */
  dropout: number;
  /** Features seen in fewer examples than this were dropped before fitting. */
  minCount: number;
  /** Rare labels counted more, so each label weighed the same in total. */
  balance: boolean;
  /**
   * Sentiment: the cross-validated macro-F1 of each feature set tried, `words` (words and the lexicon's reading) and
   * `lexicon` (its reading alone); the better one was kept. Under 1,500 examples, the mean of up to five runs with
   * differently seeded folds.
   */
  candidates?: Record<string, number>;
  /** Sarcasm: the cross-validated precision the threshold was chosen to reach, when it was not given. */
  targetPrecision?: number;
  /** Sarcasm: the share of sarcastic texts that precision was reckoned at, when it was not the examples' own. */
  prevalence?: number;
  /** The cxtone version that fitted it. */
  cxtone: string;
}

/**
 * A fitted model: plain JSON, small enough to commit beside your code. Load it with `readModel()`, which checks
 * every field, and attach it with `createAnalyzer({ models: [model] })`.
 */
export interface FittedModel {
  format: 'cxtone-model';
  version: 1;
  /** Shown as the `source` of every piece of evidence the model contributes. */
  name: string;
  task: ModelTask;
  /** The classes, in the order of `bias`. */
  labels: string[];
  /**
   * One label per text (softmax over the labels) or, for multi-label intents, each label on its own (a logistic
   * unit per label).
   */
  exclusive: boolean;
  /**
   * Intents: the probability a label needs to be reported; 0 with `exclusive` reports the top label always. Sarcasm: the
   * probability of `sarcastic` a text needs to be read as sarcastic.
   */
  threshold: number;
  features: FeatureSettings;
  /** Per label: the log-odds before any feature, the one contribution no quote can stand for. */
  bias: number[];
  /**
   * Per feature, its weights as pairs of label index (into `labels`) and weight: `[3, 1.25, 17, -0.4]`. Labels a
   * feature says nothing about are left out. Feature names say what they read: `w:refund` a word, `w:card declined`
   * a pair, `n:working` a negated word, `c:<ref` a piece of a word (`<` and `>` mark its edges), `lex:score` and
   * `lex:magnitude` the lexicon's reading.
   */
  weights: Record<string, number[]>;
  training: TrainingRecord;
  evaluation: ModelEvaluation | null;
}
