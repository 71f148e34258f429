import { describe, expect, test } from 'vitest';
import { fit as fitModel } from '../src/fit/index.js';
import { createAnalyzer, InvalidOptionsError, ModelError, readModel, TrainingDataError } from '../src/index.js';
import { SARCASM_SIGNALS, syntheticSarcasm } from './support/synthetic.js';

const model = fitModel(syntheticSarcasm(200, 1), { name: 'irony', folds: 4 });
const withModel = createAnalyzer({ models: [model] });
const plain = createAnalyzer();

describe('fit: sarcasm', () => {
  test('examples with "sarcastic" make a sarcasm model with a threshold chosen for the target precision', () => {
    expect(model.task).toBe('sarcasm');
    expect(model.labels).toEqual(['sarcastic', 'sincere']);
    expect(model.exclusive).toBe(true);
    expect(model.training.targetPrecision).toBe(0.75);
    expect(model.evaluation!.classes.sarcastic!.precision).toBeGreaterThanOrEqual(0.75);
    expect(model.threshold).toBeGreaterThan(0);
    expect(readModel(JSON.parse(JSON.stringify(model)))).toEqual(model);
  });

  test('a given threshold is kept, and without folds the threshold is 0.5', () => {
    expect(fitModel(syntheticSarcasm(60, 2), { folds: 2, threshold: 0.8 }).threshold).toBe(0.8);
    const unmeasured = fitModel(syntheticSarcasm(60, 2), { folds: 0 });
    expect(unmeasured.threshold).toBe(0.5);
    expect(unmeasured.training.targetPrecision).toBeUndefined();
  });

  test("a prevalence below the examples' share raises the threshold, and is recorded", () => {
    // One label in seven flipped, so that no threshold is right every time.
    const noisy = syntheticSarcasm(300, 1).map((example, index) =>
      index % 7 === 0 ? { ...example, sarcastic: !example.sarcastic } : example,
    );
    const common = fitModel(noisy, { folds: 4 });
    const rare = fitModel(noisy, { folds: 4, prevalence: 0.1 });
    expect(rare.threshold).toBeGreaterThan(common.threshold);
    expect(rare.training.prevalence).toBe(0.1);
    expect(common.training.prevalence).toBeUndefined();
    expect(() => fitModel(syntheticSarcasm(20, 1), { prevalence: 1 })).toThrow(/"prevalence" must be a number between 0 and 1/);
  });

  test('bad examples and options are named', () => {
    expect(() =>
      fitModel([
        { text: 'a', sarcastic: 'yes' as unknown as boolean },
        { text: 'b', sarcastic: false },
      ]),
    ).toThrow(/example 0: "sarcastic" must be true or false, received the string "yes"/);
    expect(() => fitModel([{ text: 'a', sarcastic: true, label: 'positive' }], { task: 'sarcasm' })).toThrow(TrainingDataError);
    expect(() => fitModel([{ text: 'a', sarcastic: true, label: 'positive' }], { task: 'sentiment' })).toThrow(
      /example 0 has "sarcastic", but the task is sentiment/,
    );
    expect(() =>
      fitModel([
        { text: 'a', sarcastic: true },
        { text: 'b', sarcastic: true },
      ]),
    ).toThrow(/only "sarcastic"/);
    expect(() => fitModel(syntheticSarcasm(20, 1), { targetPrecision: 0 })).toThrow(InvalidOptionsError);
  });

  test('a sarcasm model must list sarcastic and sincere, in order, and be exclusive; only one may be attached', () => {
    const file = JSON.parse(JSON.stringify(model));
    expect(() => readModel({ ...file, labels: ['sincere', 'sarcastic'] })).toThrow(ModelError);
    expect(() => readModel({ ...file, exclusive: false })).toThrow(/must be "exclusive"/);
    expect(() => createAnalyzer({ models: [model, { ...model, name: 'other' }] })).toThrow(/at most one sarcasm model/);
  });
});

describe('an attached sarcasm model', () => {
  const sarcastic = `Great, the export ${SARCASM_SIGNALS[0]} again on monday.`;

  test('turns the praise of a text it finds sarcastic into its opposite, with the cue "model"', () => {
    expect(plain.analyze(sarcastic).sentiment.label).toBe('positive');
    const result = withModel.analyze(sarcastic);
    expect(result.sentiment.label).toBe('negative');
    const [sentence] = result.sentences;
    expect(sentence!.sarcasm!.cues).toEqual(['model']);
    const praise = result.evidence.find((item) => item.text === 'Great')!;
    expect(praise.weight).toBeLessThan(0);
    expect(praise.rules).toContain('sarcasm');
    expect(sentence!.sarcasm!.evidence).toContainEqual(praise);
    expect(sentence!.sarcasm!.confidence).toBeGreaterThanOrEqual(model.threshold);
  });

  test("explains itself: the words that spoke for sarcasm, quoted with offsets, and the verdict's unplaced part", () => {
    const reading = withModel.analyze(sarcastic).sentences[0]!.sarcasm!.model!;
    expect(reading.verdict.model).toBe('irony');
    expect(reading.verdict.probabilities.sarcastic).toBeGreaterThanOrEqual(model.threshold);
    const signal = reading.evidence.find((item) => item.term === `w:${SARCASM_SIGNALS[0]}`)!;
    expect(sarcastic.slice(signal.start, signal.end)).toBe(SARCASM_SIGNALS[0]);
    expect(signal.weight).toBeGreaterThan(0);
    expect(signal.source).toBe('irony');
    expect(reading.verdict.unplaced.map((item) => item.feature)).toContain('bias');
  });

  test('leaves sincere praise as it is: the result equals the one without the model', () => {
    const sincere = 'Great, the export plimmet again on monday.';
    expect(withModel.analyze(sincere)).toEqual(plain.analyze(sincere));
  });

  test('inverted praise is no emotion and no praise intent, as with the rule', () => {
    const text = `Thanks so much, the export ${SARCASM_SIGNALS[1]} on monday.`;
    const before = plain.analyze(text);
    const after = withModel.analyze(text);
    expect(before.emotions!.scores.gratitude!.intensity).toBeGreaterThan(0);
    expect(after.sentences[0]!.sarcasm?.cues).toContain('model');
    expect(after.emotions!.scores.gratitude!.intensity).toBe(0);
    expect(after.intents!.some((intent) => intent.intent === 'praise')).toBe(false);
  });

  test('praise a cue inverted already is not turned back, and a negated complaint is not praise', () => {
    const text = `Oh great, the export broke again. The ${SARCASM_SIGNALS[0]} export, not bad at all.`;
    const before = plain.analyze(text).evidence;
    const after = withModel.analyze(text).evidence;
    const weightOf = (evidence: typeof before, term: string) => evidence.find((item) => item.text.toLowerCase().includes(term))!.weight;
    expect(weightOf(before, 'great')).toBeLessThan(0);
    expect(weightOf(after, 'great')).toBe(weightOf(before, 'great'));
    expect(weightOf(before, 'bad')).toBeGreaterThan(0);
    expect(weightOf(after, 'bad')).toBe(weightOf(before, 'bad'));
  });

  test('a sarcastic text without praise is marked, and nothing is inverted', () => {
    const text = `The export ${SARCASM_SIGNALS[0]} ${SARCASM_SIGNALS[1]} again.`;
    const result = withModel.analyze(text);
    const marked = result.sentences.filter((sentence) => sentence.sarcasm);
    expect(marked).toHaveLength(1);
    expect(marked[0]!.sarcasm!.evidence).toEqual([]);
    expect(result.sentiment).toEqual(plain.analyze(text).sentiment);
  });

  test('an empty text is not sarcastic', () => {
    expect(withModel.analyze('   ').sentences).toEqual([]);
  });
});
