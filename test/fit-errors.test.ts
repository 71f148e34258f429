import { describe, expect, test } from 'vitest';
import { fit as fitModel } from '../src/fit/index.js';
import { createAnalyzer, type FittedModel, ModelError, readModel, TrainingDataError } from '../src/index.js';
import { syntheticSentiment } from './support/synthetic.js';

const examples = syntheticSentiment(60, 1);
const model = fitModel(examples, { name: 'small', folds: 0 });
/** A copy of the model as parsed JSON, edited by `edit`. */
const edited = (edit: (copy: Record<string, unknown>) => void) => {
  const copy = JSON.parse(JSON.stringify(model)) as Record<string, unknown>;
  edit(copy);
  return copy;
};

function trainingError(run: () => unknown): TrainingDataError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TrainingDataError);
    return error as TrainingDataError;
  }
  throw new Error('expected a TrainingDataError');
}

describe('fit: examples it cannot learn from', () => {
  test('no examples, or not an array', () => {
    expect(trainingError(() => fitModel([])).message).toMatch(/no examples/);
    expect(trainingError(() => fitModel('text' as never)).message).toMatch(/expected an array/);
  });

  test('one class only', () => {
    const error = trainingError(() => fitModel(examples.filter((example) => example.label === 'negative')));
    expect(error.message).toMatch(/at least two labels.*only "negative"/);
  });

  test('a text that is not a string names its example and field', () => {
    const error = trainingError(() => fitModel([...examples.slice(0, 5), { text: 42, label: 'positive' } as never]));
    expect(error.example).toBe(5);
    expect(error.field).toBe('text');
    expect(error.message).toMatch(/example 5: "text" must be a string, received number 42/);
  });

  test('an unknown sentiment label, and labels that do not fit the task', () => {
    const unknown = trainingError(() => fitModel([...examples, { text: 'meh', label: 'pos' }], { task: 'sentiment' }));
    expect(unknown.example).toBe(60);
    expect(unknown.message).toMatch(/positive, negative or neutral, received the string "pos"/);
    const mixed = trainingError(() => fitModel([...examples, { text: 'x', intents: ['refund'] }], { task: 'sentiment' }));
    expect(mixed.message).toMatch(/example 60 has intents, but the task is sentiment/);
    const rating = trainingError(() =>
      fitModel([
        { text: 'a', intent: 'x' },
        { text: 'b', rating: 3 },
      ]),
    );
    expect(rating.message).toMatch(/example 1 has a rating, but the task is intents/);
    const noScale = trainingError(() => fitModel([{ text: 'a', rating: 1 }]));
    expect(noScale.message).toMatch(/no rating scale/);
    const intents = trainingError(() => fitModel([{ text: 'a', intents: 'refund' as never }]));
    expect(intents.message).toMatch(/"intents" must be an array of non-empty strings/);
  });

  test('duplicates, empty texts and unlabelled rows are skipped and counted, never silently', () => {
    const noisy = [
      ...examples,
      { text: examples[0]!.text, label: examples[0]!.label },
      { text: `  ${examples[1]!.text.toUpperCase()} `, label: 'positive' === examples[1]!.label ? 'negative' : 'positive' },
      { text: '   ', label: 'positive' },
      { text: 'no label here' },
    ];
    const fitted = fitModel(noisy, { folds: 0 });
    expect(fitted.training.examples).toBe(examples.length);
    expect(fitted.training.skipped).toEqual({
      'duplicate text': 1,
      'duplicate text with another label': 1,
      'empty text': 1,
      'no label': 1,
    });
  });

  test('bad options are named', () => {
    expect(() => fitModel(examples, { folds: 1 })).toThrow(/"folds" must be 0 .* or at least 2/);
    expect(() => fitModel(examples, { dropout: 2 })).toThrow(/"dropout" must be a number from 0 to 0.9/);
    expect(() => fitModel(examples, { features: { chars: [5, 2] } })).toThrow(/"features.chars" is not valid/);
    expect(() => fitModel(examples, { epoch: 3 } as never)).toThrow(/unknown fit option "epoch"/);
    expect(() => fitModel(examples, { ratings: { negativeAtMost: 4, positiveAtLeast: 2 } })).toThrow(/"ratings" must be/);
    expect(() => fitModel(examples, { learner: 'svm' as never })).toThrow(/"learner" must be "logistic-regression" or "linear-svm"/);
  });

  test('the hinge loss is refused for intents that do not exclude each other, with the learner that fits them', () => {
    const tagged = [
      { text: 'refund and cancel', intents: ['refund', 'cancel'] },
      { text: 'refund please', intents: ['refund'] },
      { text: 'cancel it', intents: ['cancel'] },
    ];
    expect(() => fitModel(tagged, { learner: 'linear-svm', folds: 0 })).toThrow(/several intents each; use "logistic-regression"/);
    expect(fitModel(tagged, { folds: 0 }).training.learner).toBe('logistic-regression');
  });
});

describe('readModel: files from another version or edited into nonsense', () => {
  const cases: [string, (copy: Record<string, unknown>) => void, RegExp, string][] = [
    ['another format', (copy) => (copy.format = 'onnx'), /not a cxtone model/, 'format'],
    ['another version', (copy) => (copy.version = 2), /version number 2; this cxtone reads version 1/, 'version'],
    ['an unknown task', (copy) => (copy.task = 'emotion'), /"task" must be/, 'task'],
    ['a sentiment label that is not one', (copy) => ((copy.labels as string[])[0] = 'angry'), /"angry" is not one of them/, 'labels[0]'],
    ['a label listed twice', (copy) => ((copy.labels as string[])[1] = (copy.labels as string[])[0]!), /listed twice/, 'labels[1]'],
    ['bias of the wrong length', (copy) => (copy.bias as number[]).pop(), /"bias" has 2 values for 3 labels/, 'bias'],
    [
      'a weight that is a string',
      (copy) => ((copy.weights as Record<string, unknown>)['w:zorblat'] = [0, 'high']),
      /finite number/,
      'weights.w:zorblat[1]',
    ],
    [
      'a label index out of range',
      (copy) => ((copy.weights as Record<string, unknown>)['w:zorblat'] = [7, 1]),
      /label index/,
      'weights.w:zorblat[0]',
    ],
    [
      'an unknown feature',
      (copy) => ((copy.weights as Record<string, unknown>)['x:zorblat'] = [0, 1]),
      /not a feature name/,
      'weights.x:zorblat',
    ],
    [
      'odd pairs',
      (copy) => ((copy.weights as Record<string, unknown>)['w:zorblat'] = [0, 1, 2]),
      /pairs of label index and weight/,
      'weights.w:zorblat',
    ],
    ['a threshold above 1', (copy) => (copy.threshold = 3), /"threshold" must be from 0 to 1/, 'threshold'],
    ['no feature settings', (copy) => delete copy.features, /"features" must be an object/, 'features'],
    ['a missing training record', (copy) => delete copy.training, /"training" must be an object/, 'training'],
    [
      'an unknown learner',
      (copy) => ((copy.training as Record<string, unknown>).learner = 'perceptron'),
      /"training.learner" must be "logistic-regression" or "linear-svm"/,
      'training.learner',
    ],
    [
      'a temperature of 0',
      (copy) => ((copy.training as Record<string, unknown>).temperature = 0),
      /"training.temperature" must be above 0/,
      'training.temperature',
    ],
  ];
  test.each(cases)('%s', (_, edit, message, field) => {
    const bad = edited(edit);
    let caught: unknown;
    try {
      readModel(bad);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ModelError);
    expect((caught as ModelError).message).toMatch(message);
    expect((caught as ModelError).field).toBe(field);
    expect((caught as ModelError).code).toBe('INVALID_MODEL');
  });

  test('a weight named __proto__ is an ordinary feature name, not a prototype', () => {
    const copy = edited((value) => {
      (value.weights as Record<string, unknown>) = JSON.parse('{"w:__proto__": [0, 1.5]}');
    });
    const read = readModel(copy);
    expect(Object.keys(read.weights)).toEqual(['w:__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('createAnalyzer({ models })', () => {
  test('a bad model is named by its place in the list', () => {
    expect(() => createAnalyzer({ models: [model, edited((copy) => (copy.version = 0)) as unknown as FittedModel] })).toThrow(
      expect.objectContaining({ field: 'models[1].version', message: expect.stringMatching(/models\[1\]: invalid model/) }),
    );
  });

  test('one sentiment model at most, names unique, and an array', () => {
    const other = { ...model, name: 'other' };
    expect(() => createAnalyzer({ models: [model, other] })).toThrow(/at most one sentiment model/);
    expect(() => createAnalyzer({ models: [model, model] })).toThrow(/two models are named "small"/);
    expect(() => createAnalyzer({ models: model as never })).toThrow(/"models" must be an array/);
  });
});
