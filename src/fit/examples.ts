import { describeValue, TrainingDataError } from '../errors.js';
import { type ModelTask, SARCASM_LABELS, SENTIMENT_LABELS as FITTED_SENTIMENT } from '../model/types.js';

/**
 * One labelled text. Sentiment: `label` (positive, negative or neutral) or a numeric `rating` read through
 * `ratings`. Intents: `intent` (or `label`) for one, `intents` for several. Sarcasm: `sarcastic`, true or false.
 */
export interface Example {
  text: string;
  label?: string;
  rating?: number;
  intent?: string;
  intents?: readonly string[];
  sarcastic?: boolean;
}

/** How a numeric rating reads as sentiment: CSAT 1-5 is `{ negativeAtMost: 2, positiveAtLeast: 4 }`, NPS `{ 6, 9 }`. */
export interface RatingScale {
  negativeAtMost: number;
  positiveAtLeast: number;
}

/** Examples checked and labelled, with what was left out and why. */
export interface LabelledSet {
  task: ModelTask;
  labels: string[];
  exclusive: boolean;
  texts: string[];
  /** Label indices per text; one for exclusive labels. */
  targets: number[][];
  /** Position of each kept text in the input, for messages. */
  positions: number[];
  skipped: Record<string, number>;
}

const SENTIMENT_LABELS: readonly string[] = FITTED_SENTIMENT;

/** Checks every example, works out the task, and keeps one copy of each text. */
export function readExamples(examples: unknown, task: ModelTask | undefined, ratings: RatingScale | undefined): LabelledSet {
  if (!Array.isArray(examples)) throw new TrainingDataError(`expected an array of examples, received ${describeValue(examples)}.`);
  if (examples.length === 0) throw new TrainingDataError('there are no examples to learn from.');
  const resolvedTask = task ?? inferTask(examples);
  const skipped: Record<string, number> = {};
  const skip = (reason: string) => {
    skipped[reason] = (skipped[reason] ?? 0) + 1;
  };
  const seen = new Map<string, string>();
  const texts: string[] = [];
  const labelsOf: string[][] = [];
  const positions: number[] = [];
  examples.forEach((example: unknown, index) => {
    if (typeof example !== 'object' || example === null || Array.isArray(example)) {
      throw new TrainingDataError(`example ${index} must be an object with "text" and a label, received ${describeValue(example)}.`, {
        example: index,
      });
    }
    const fields = example as Record<string, unknown>;
    if (typeof fields.text !== 'string') {
      throw new TrainingDataError(`example ${index}: "text" must be a string, received ${describeValue(fields.text)}.`, {
        example: index,
        field: 'text',
      });
    }
    const labels =
      resolvedTask === 'sentiment'
        ? sentimentOf(fields, index, ratings)
        : resolvedTask === 'sarcasm'
          ? sarcasmOf(fields, index)
          : intentsOf(fields, index);
    if (fields.text.trim() === '') {
      skip('empty text');
      return;
    }
    if (labels === undefined) {
      skip('no label');
      return;
    }
    const key = fields.text.trim().toLowerCase().replace(/\s+/g, ' ');
    const signature = [...labels].sort().join('\u0000');
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      skip(earlier === signature ? 'duplicate text' : 'duplicate text with another label');
      return;
    }
    seen.set(key, signature);
    texts.push(fields.text);
    labelsOf.push(labels);
    positions.push(index);
  });
  const labels =
    resolvedTask === 'intents'
      ? distinct(labelsOf)
      : fixedLabels(resolvedTask).filter((label) => labelsOf.some((list) => list.includes(label)));
  if (labels.length < 2) {
    const found = labels.length === 0 ? 'no labelled text' : `only "${labels[0]}"`;
    throw new TrainingDataError(`a model needs examples of at least two labels to tell them apart; the examples have ${found}.`);
  }
  const exclusive = resolvedTask !== 'intents' || labelsOf.every((list) => list.length === 1);
  const indexOf = new Map(labels.map((label, index) => [label, index]));
  return {
    task: resolvedTask,
    labels,
    exclusive,
    texts,
    targets: labelsOf.map((list) => list.map((label) => indexOf.get(label)!)),
    positions,
    skipped,
  };
}

const fixedLabels = (task: 'sentiment' | 'sarcasm'): readonly string[] => (task === 'sentiment' ? SENTIMENT_LABELS : SARCASM_LABELS);

/**
 * Sarcasm when examples say whether they are sarcastic; sentiment when the labels are all sentiment labels or ratings;
 * intents otherwise.
 */
function inferTask(examples: readonly unknown[]): ModelTask {
  let sawLabel = false;
  for (const example of examples) {
    if (typeof example !== 'object' || example === null) continue;
    const fields = example as Record<string, unknown>;
    if (fields.sarcastic !== undefined) return 'sarcasm';
    if (fields.intents !== undefined || fields.intent !== undefined) return 'intents';
    if (fields.rating !== undefined) return 'sentiment';
    if (fields.label === undefined || fields.label === null || fields.label === '') continue;
    sawLabel = true;
    if (typeof fields.label !== 'string' || !SENTIMENT_LABELS.includes(fields.label.trim().toLowerCase())) return 'intents';
  }
  return sawLabel ? 'sentiment' : 'intents';
}

function sentimentOf(fields: Record<string, unknown>, index: number, ratings: RatingScale | undefined): string[] | undefined {
  rejectSarcastic(fields, index, 'sentiment');
  if (fields.intents !== undefined || fields.intent !== undefined) {
    throw new TrainingDataError(`example ${index} has intents, but the task is sentiment.`, {
      example: index,
      field: fields.intents !== undefined ? 'intents' : 'intent',
    });
  }
  if (fields.rating !== undefined && fields.rating !== null && fields.rating !== '') {
    const rating = typeof fields.rating === 'string' ? Number(fields.rating) : fields.rating;
    if (typeof rating !== 'number' || !Number.isFinite(rating)) {
      throw new TrainingDataError(`example ${index}: "rating" must be a number, received ${describeValue(fields.rating)}.`, {
        example: index,
        field: 'rating',
      });
    }
    if (!ratings) {
      throw new TrainingDataError(
        `example ${index} has a rating, but no rating scale says what it means; pass ratings: { negativeAtMost, positiveAtLeast }.`,
        {
          example: index,
          field: 'rating',
        },
      );
    }
    return [rating <= ratings.negativeAtMost ? 'negative' : rating >= ratings.positiveAtLeast ? 'positive' : 'neutral'];
  }
  const label = fields.label;
  if (label === undefined || label === null || label === '') return undefined;
  const normal = typeof label === 'string' ? label.trim().toLowerCase() : undefined;
  if (normal === undefined || !SENTIMENT_LABELS.includes(normal)) {
    throw new TrainingDataError(
      `example ${index}: the sentiment label must be positive, negative or neutral, received ${describeValue(label)}.`,
      {
        example: index,
        field: 'label',
      },
    );
  }
  return [normal];
}

function sarcasmOf(fields: Record<string, unknown>, index: number): string[] | undefined {
  for (const field of ['label', 'rating', 'intent', 'intents']) {
    if (fields[field] !== undefined)
      throw new TrainingDataError(`example ${index} has "${field}", but the task is sarcasm: say "sarcastic": true or false.`, {
        example: index,
        field,
      });
  }
  const value = fields.sarcastic;
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'boolean') {
    throw new TrainingDataError(`example ${index}: "sarcastic" must be true or false, received ${describeValue(value)}.`, {
      example: index,
      field: 'sarcastic',
    });
  }
  return [value ? 'sarcastic' : 'sincere'];
}

/** A sarcasm label on an example of another task is a mistake to name, not a field to ignore. */
function rejectSarcastic(fields: Record<string, unknown>, index: number, task: ModelTask): void {
  if (fields.sarcastic !== undefined)
    throw new TrainingDataError(`example ${index} has "sarcastic", but the task is ${task}.`, { example: index, field: 'sarcastic' });
}

function intentsOf(fields: Record<string, unknown>, index: number): string[] | undefined {
  rejectSarcastic(fields, index, 'intents');
  if (fields.rating !== undefined) {
    throw new TrainingDataError(`example ${index} has a rating, but the task is intents.`, { example: index, field: 'rating' });
  }
  const field = fields.intents !== undefined ? 'intents' : fields.intent !== undefined ? 'intent' : 'label';
  const value = fields[field];
  if (value === undefined || value === null || value === '') return undefined;
  const list = field === 'intents' ? value : [value];
  if (!Array.isArray(list) || list.some((label) => typeof label !== 'string' || label.trim() === '')) {
    const expected = field === 'intents' ? 'an array of non-empty strings' : 'a non-empty string';
    throw new TrainingDataError(`example ${index}: "${field}" must be ${expected}, received ${describeValue(value)}.`, {
      example: index,
      field,
    });
  }
  const labels = [...new Set((list as string[]).map((label) => label.trim()))];
  return labels.length === 0 ? undefined : labels;
}

/** The labels used, sorted, so a model's label order does not depend on the order of its examples. */
function distinct(lists: readonly string[][]): string[] {
  const labels = new Set<string>();
  for (const list of lists) for (const label of list) labels.add(label);
  return [...labels].sort();
}
