import { dict } from '../dict.js';
import { describeValue, ModelError } from '../errors.js';
import {
  type ClassFigures,
  type FeatureSettings,
  type FittedModel,
  isPieceRange,
  LEARNERS,
  LONGEST_PIECE,
  MODEL_TASKS,
  type ModelEvaluation,
  type ModelTask,
  SARCASM_LABELS,
  SENTIMENT_LABELS,
  type TrainingRecord,
} from './types.js';

export const MODEL_FORMAT = 'cxtone-model';
export const MODEL_VERSION = 1;
const FEATURE_NAME = /^(?:[wnc]:.+|lex:(?:score|magnitude))$/s;

type Fields = Record<string, unknown>;

/**
 * Checks a fitted model (parsed JSON) field by field and returns a fresh copy: the input is never kept or changed,
 * so a model edited after loading cannot reach an analyzer. Throws a {@link ModelError} naming the first bad field.
 */
export function readModel(value: unknown): FittedModel {
  const model = object(value, 'model');
  if (model.format !== MODEL_FORMAT)
    fail(`this is not a cxtone model: "format" is ${describeValue(model.format)}, expected "${MODEL_FORMAT}".`, 'format');
  if (model.version !== MODEL_VERSION) {
    fail(
      `the model is version ${describeValue(model.version)}; this cxtone reads version ${MODEL_VERSION}. Fit it again with this version.`,
      'version',
    );
  }
  const name = text(model.name, 'name');
  const task = model.task as ModelTask;
  if (!MODEL_TASKS.includes(task))
    fail(`"task" must be ${MODEL_TASKS.map((name) => `"${name}"`).join(', ')}, received ${describeValue(task)}.`, 'task');
  const labels = labelList(model.labels, task);
  const exclusive = boolean(model.exclusive, 'exclusive');
  if (task !== 'intents' && !exclusive) fail(`a ${task} model must be "exclusive": a text has one reading.`, 'exclusive');
  const threshold = number(model.threshold, 'threshold');
  if (threshold < 0 || threshold > 1) fail(`"threshold" must be from 0 to 1, received ${describeValue(threshold)}.`, 'threshold');
  const bias = numbers(model.bias, 'bias');
  if (bias.length !== labels.length) fail(`"bias" has ${bias.length} values for ${labels.length} labels.`, 'bias');
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    name,
    task,
    labels,
    exclusive,
    threshold,
    features: featureSettings(model.features),
    bias,
    weights: weights(model.weights, labels),
    training: training(model.training),
    evaluation: model.evaluation === null ? null : evaluation(model.evaluation),
  };
}

function fail(message: string, field: string): never {
  throw new ModelError(`invalid model: ${message}`, field);
}

function object(value: unknown, field: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    fail(`"${field}" must be an object, received ${describeValue(value)}.`, field);
  return value as Fields;
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '')
    fail(`"${field}" must be a non-empty string, received ${describeValue(value)}.`, field);
  return value;
}

function boolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') fail(`"${field}" must be true or false, received ${describeValue(value)}.`, field);
  return value;
}

function number(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(`"${field}" must be a finite number, received ${describeValue(value)}.`, field);
  return value;
}

function count(value: unknown, field: string): number {
  const checked = number(value, field);
  if (!Number.isInteger(checked) || checked < 0)
    fail(`"${field}" must be a whole number, 0 or more, received ${describeValue(value)}.`, field);
  return checked;
}

function numbers(value: unknown, field: string): number[] {
  if (!Array.isArray(value)) fail(`"${field}" must be an array of numbers, received ${describeValue(value)}.`, field);
  return value.map((item, index) => number(item, `${field}[${index}]`));
}

function labelList(value: unknown, task: ModelTask): string[] {
  if (!Array.isArray(value) || value.length < 2)
    fail(`"labels" must be an array of at least two labels, received ${describeValue(value)}.`, 'labels');
  const labels = value.map((label, index) => text(label, `labels[${index}]`));
  labels.forEach((label, index) => {
    if (labels.indexOf(label) !== index) fail(`the label "${label}" is listed twice.`, `labels[${index}]`);
    if (task === 'sentiment' && !(SENTIMENT_LABELS as readonly string[]).includes(label)) {
      fail(`a sentiment model's labels are positive, negative and neutral; "${label}" is not one of them.`, `labels[${index}]`);
    }
  });
  // The analyzer reads a sarcasm model's verdict by label position.
  if (task === 'sarcasm' && labels.join() !== SARCASM_LABELS.join())
    fail(`a sarcasm model's labels are ${SARCASM_LABELS.map((label) => `"${label}"`).join(' and ')}, in that order.`, 'labels');
  return labels;
}

function featureSettings(value: unknown): FeatureSettings {
  const settings = object(value, 'features');
  const words = settings.words;
  if (words !== 0 && words !== 1 && words !== 2)
    fail(`"features.words" must be 0, 1 or 2, received ${describeValue(words)}.`, 'features.words');
  const chars = settings.chars;
  if (chars !== null && !isPieceRange(chars)) {
    fail(`"features.chars" must be null or [shortest, longest] with 1 ≤ shortest ≤ longest ≤ ${LONGEST_PIECE}.`, 'features.chars');
  }
  if (settings.scale !== 'counts' && settings.scale !== 'unit') {
    fail(`"features.scale" must be "counts" or "unit", received ${describeValue(settings.scale)}.`, 'features.scale');
  }
  return {
    words,
    chars: chars === null ? null : [chars[0], chars[1]],
    scale: settings.scale,
    negation: boolean(settings.negation, 'features.negation'),
    lexicon: boolean(settings.lexicon, 'features.lexicon'),
  };
}

function weights(value: unknown, labels: readonly string[]): Record<string, number[]> {
  const features = object(value, 'weights');
  const checked: [string, number[]][] = [];
  for (const feature of Object.keys(features)) {
    const field = `weights.${feature}`;
    if (!FEATURE_NAME.test(feature)) fail(`"${feature}" is not a feature name (w:, n:, c:, lex:score or lex:magnitude).`, field);
    const pairs = numbers(features[feature], field);
    if (pairs.length % 2 !== 0) fail(`"${field}" must hold pairs of label index and weight; it has ${pairs.length} numbers.`, field);
    for (let k = 0; k < pairs.length; k += 2) {
      const label = pairs[k]!;
      const valid = Number.isInteger(label) && label >= 0 && label < labels.length && (k === 0 || label > pairs[k - 2]!);
      if (!valid)
        fail(
          `"${field}" has ${label} as a label index; indices run from 0 to ${labels.length - 1}, each once, in order.`,
          `${field}[${k}]`,
        );
    }
    checked.push([feature, pairs]);
  }
  return Object.fromEntries(checked);
}

function training(value: unknown): TrainingRecord {
  const record = object(value, 'training');
  const learner = LEARNERS.find((each) => each === record.learner);
  if (learner === undefined) {
    const expected = LEARNERS.map((each) => `"${each}"`).join(' or ');
    fail(`"training.learner" must be ${expected}, received ${describeValue(record.learner)}.`, 'training.learner');
  }
  const skipped = object(record.skipped, 'training.skipped');
  return {
    learner,
    ...(record.temperature === undefined ? {} : { temperature: temperature(record.temperature) }),
    examples: count(record.examples, 'training.examples'),
    skipped: Object.fromEntries(Object.keys(skipped).map((reason) => [reason, count(skipped[reason], `training.skipped.${reason}`)])),
    seed: count(record.seed, 'training.seed'),
    epochs: count(record.epochs, 'training.epochs'),
    l2: number(record.l2, 'training.l2'),
    dropout: number(record.dropout, 'training.dropout'),
    minCount: count(record.minCount, 'training.minCount'),
    balance: boolean(record.balance, 'training.balance'),
    ...(record.candidates === undefined ? {} : { candidates: candidates(record.candidates) }),
    ...(record.targetPrecision === undefined ? {} : { targetPrecision: number(record.targetPrecision, 'training.targetPrecision') }),
    ...(record.prevalence === undefined ? {} : { prevalence: number(record.prevalence, 'training.prevalence') }),
    cxtone: text(record.cxtone, 'training.cxtone'),
  };
}

function temperature(value: unknown): number {
  const found = number(value, 'training.temperature');
  if (!(found > 0)) fail(`"training.temperature" must be above 0, received ${describeValue(value)}.`, 'training.temperature');
  return found;
}

function candidates(value: unknown): Record<string, number> {
  const tried = object(value, 'training.candidates');
  return Object.fromEntries(Object.keys(tried).map((name) => [name, number(tried[name], `training.candidates.${name}`)]));
}

function evaluation(value: unknown): ModelEvaluation {
  const figures = object(value, 'evaluation');
  if (figures.method !== 'cross-validation') {
    fail(`"evaluation.method" must be "cross-validation", received ${describeValue(figures.method)}.`, 'evaluation.method');
  }
  const classes = object(figures.classes, 'evaluation.classes');
  return {
    method: 'cross-validation',
    folds: count(figures.folds, 'evaluation.folds'),
    examples: count(figures.examples, 'evaluation.examples'),
    accuracy: number(figures.accuracy, 'evaluation.accuracy'),
    macroF1: number(figures.macroF1, 'evaluation.macroF1'),
    classes: perLabel(classes),
  };
}

/** The figures of each label, keyed as labels are everywhere: in an object without a prototype. */
function perLabel(classes: Fields): Record<string, ClassFigures> {
  const figures = dict<ClassFigures>();
  for (const label of Object.keys(classes)) figures[label] = classFigures(classes[label], `evaluation.classes.${label}`);
  return figures;
}

function classFigures(value: unknown, field: string): ClassFigures {
  const figures = object(value, field);
  return {
    precision: number(figures.precision, `${field}.precision`),
    recall: number(figures.recall, `${field}.recall`),
    f1: number(figures.f1, `${field}.f1`),
    support: count(figures.support, `${field}.support`),
  };
}
