import { describe, expect, test } from 'vitest';
import { fit as fitModel } from '../src/fit/index.js';
import { createAnalyzer, type FittedModel, readModel } from '../src/index.js';
import { addRow, alongDirection, sumRows, weightFor } from '../src/model/compiled.js';
import { SIGNALS, syntheticIntents, syntheticSentiment } from './support/synthetic.js';

const train = syntheticSentiment(300, 1);
const heldOut = syntheticSentiment(90, 2);
const sentimentModel = fitModel(train, { name: 'synthetic', folds: 3 });

function accuracy(analyzer: ReturnType<typeof createAnalyzer>, examples: readonly { text: string; label: string }[]): number {
  return examples.filter((example) => analyzer.analyze(example.text).sentiment.label === example.label).length / examples.length;
}

describe('fit: learning', () => {
  test('a fitted sentiment model learns words no lexicon knows, and beats the default analyzer on held-out texts', () => {
    const fitted = accuracy(createAnalyzer({ models: [sentimentModel] }), heldOut);
    const lexicon = accuracy(createAnalyzer(), heldOut);
    expect(fitted).toBeGreaterThan(0.95);
    expect(lexicon).toBeLessThan(0.5);
    expect(sentimentModel.evaluation!.accuracy).toBeGreaterThan(0.9);
  });

  test('the signal words carry the largest weights for their label', () => {
    const index = (label: string) => sentimentModel.labels.indexOf(label);
    const weightOf = (feature: string, label: string) => {
      const pairs = sentimentModel.weights[feature] ?? [];
      for (let k = 0; k < pairs.length; k += 2) if (pairs[k] === index(label)) return pairs[k + 1]!;
      return 0;
    };
    for (const word of SIGNALS.negative) expect(weightOf(`w:${word}`, 'negative')).toBeGreaterThan(weightOf(`w:${word}`, 'positive') + 1);
    for (const word of SIGNALS.positive) expect(weightOf(`w:${word}`, 'positive')).toBeGreaterThan(weightOf(`w:${word}`, 'negative') + 1);
  });

  test('an intent model labels held-out texts, word pieces carrying it to forms it never saw', () => {
    const model = fitModel(syntheticIntents(240, 3), { name: 'tags', folds: 0 });
    const analyzer = createAnalyzer({ models: [model] });
    const held = syntheticIntents(60, 4);
    const right = held.filter(
      (example) => analyzer.analyze(example.text).intents!.find((intent) => intent.model)?.intent === example.intent,
    );
    expect(right.length / held.length).toBeGreaterThan(0.95);
    // "brelmoxing" was never seen; its pieces were.
    expect(analyzer.analyze('the brelmoxing page').intents!.find((intent) => intent.model)?.intent).toBe('refund');
  });

  test('intents with one label each are fitted by the hinge loss, calibrated on the folds; sentiment by the log loss', () => {
    const examples = syntheticIntents(240, 3);
    const calibrated = fitModel(examples, { name: 'tags', folds: 3 });
    expect(calibrated.training.learner).toBe('linear-svm');
    const temperature = calibrated.training.temperature!;
    expect(temperature).toBeGreaterThan(0);
    expect(temperature).not.toBe(0.25);
    expect(fitModel(examples, { name: 'tags', folds: 0 }).training.temperature).toBe(0.25);
    expect(sentimentModel.training.learner).toBe('logistic-regression');
    expect(sentimentModel.training.temperature).toBeUndefined();
    const logistic = fitModel(examples, { name: 'tags', folds: 0, learner: 'logistic-regression' });
    expect(logistic.training).toMatchObject({ learner: 'logistic-regression' });
    expect(logistic.training.temperature).toBeUndefined();
  });

  test('a hinge model keeps the same weights with folds or without: calibration rescales them and prunes none', () => {
    const examples = syntheticIntents(300, 3, 0.3);
    const [calibrated, uncalibrated] = [3, 0].map((folds) => fitModel(examples, { name: 'tags', folds }));
    const shape = (model: FittedModel) =>
      Object.fromEntries(Object.entries(model.weights).map(([feature, pairs]) => [feature, pairs.filter((_, k) => k % 2 === 0)]));
    expect(calibrated!.training.temperature).not.toBe(uncalibrated!.training.temperature);
    expect(shape(calibrated!)).toEqual(shape(uncalibrated!));
  });

  test("a hinge model's confidence is a probability: on held-out texts it is about as often right as it claims", () => {
    // A fifth of the texts name another intent's word, so no verdict is certain.
    const model = fitModel(syntheticIntents(300, 3, 0.3), { name: 'tags', folds: 3 });
    const analyzer = createAnalyzer({ models: [model] });
    const verdicts = syntheticIntents(300, 5, 0.3).map((example) => {
      const top = analyzer.analyze(example.text).intents!.find((intent) => intent.model)!;
      return { right: top.intent === example.intent, confidence: top.confidence };
    });
    const claimed = verdicts.reduce((sum, verdict) => sum + verdict.confidence, 0) / verdicts.length;
    const right = verdicts.filter((verdict) => verdict.right).length / verdicts.length;
    expect(right).toBeLessThan(0.85);
    expect(Math.abs(claimed - right)).toBeLessThan(0.1);
  });

  test('ratings read through the scale the caller gives', () => {
    const rated = train.map(({ text, label }) => ({ text, rating: label === 'negative' ? 1 : label === 'positive' ? 5 : 3 }));
    const model = fitModel(rated, { ratings: { negativeAtMost: 2, positiveAtLeast: 4 }, folds: 0 });
    expect(model.task).toBe('sentiment');
    expect(model.labels).toEqual(['negative', 'neutral', 'positive']);
    expect(accuracy(createAnalyzer({ models: [model] }), heldOut)).toBeGreaterThan(0.95);
  });

  test('with words that say nothing, a sentiment model keeps the lexicon reading alone', () => {
    const lexical = [
      ...Array.from({ length: 40 }, (_, index) => ({ text: `Terrible, awful service ${index}`, label: 'negative' })),
      ...Array.from({ length: 40 }, (_, index) => ({ text: `Great, lovely service ${index}`, label: 'positive' })),
    ];
    const model = fitModel(lexical, { folds: 4 });
    expect(Object.keys(model.training.candidates!)).toEqual(['words', 'lexicon']);
    expect(model.training.candidates!.lexicon).toBeGreaterThan(0.9);
  });

  test('a small set chooses its features on several runs of folds; its reported evaluation is the first run', () => {
    const noisy = train.slice(0, 60).map(({ text, label }, index) => ({ text, label: index % 5 === 0 ? 'neutral' : label }));
    const model = fitModel(noisy, { folds: 3 });
    const chosen = model.features.words === 0 ? 'lexicon' : 'words';
    const firstRun = model.evaluation!.macroF1;
    const mean = model.training.candidates![chosen]!;
    expect(mean).toBeGreaterThanOrEqual(model.training.candidates![chosen === 'words' ? 'lexicon' : 'words']!);
    expect(mean).not.toBeCloseTo(firstRun, 4);
  });
});

describe('fit: determinism and the model file', () => {
  test('the same examples and seed give the same bytes; another seed gives another model', () => {
    const again = fitModel(train, { name: 'synthetic', folds: 3 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(sentimentModel));
    expect(JSON.stringify(fitModel(train, { name: 'synthetic', folds: 3, seed: 2 }))).not.toBe(JSON.stringify(sentimentModel));
  });

  test('a model survives JSON and readModel, and analyzes exactly as before', () => {
    const parsed = readModel(JSON.parse(JSON.stringify(sentimentModel)));
    expect(parsed).toEqual(sentimentModel);
    const text = 'the zorblat report on monday, but the miraflen page.';
    expect(createAnalyzer({ models: [parsed] }).analyze(text)).toEqual(createAnalyzer({ models: [sentimentModel] }).analyze(text));
  });

  test('readModel keeps a copy: editing the input afterwards changes nothing', () => {
    const input = JSON.parse(JSON.stringify(sentimentModel)) as FittedModel;
    const analyzer = createAnalyzer({ models: [input] });
    const before = analyzer.analyze('zorblat again');
    input.weights['w:zorblat'] = [0, 50, 2, -50];
    expect(analyzer.analyze('zorblat again')).toEqual(before);
  });
});

describe('fitted verdicts are explained', () => {
  const analyzer = createAnalyzer({ models: [sentimentModel] });

  test('every fitted contribution is evidence quoting the input, with the model as its source', () => {
    const text = 'Hi team.\nThe zorblat export failed again, and the tuvosh page is fine. Thanks!';
    const result = analyzer.analyze(text);
    const fitted = result.evidence.filter((item) => item.source === 'synthetic');
    expect(fitted.map((item) => item.text)).toEqual(expect.arrayContaining(['zorblat', 'tuvosh']));
    for (const item of fitted) {
      expect(text.slice(item.start, item.end)).toBe(item.text);
      expect(item.weight).not.toBe(0);
    }
    expect(fitted.find((item) => item.text === 'zorblat')!.weight).toBeLessThan(0);
    expect(fitted.find((item) => item.text === 'tuvosh')!.weight).toBeGreaterThan(0);
    expect(result.evidence).toEqual(result.sentences.flatMap((sentence) => sentence.evidence));
  });

  test('quotes and unplaced contributions add up to the log-odds of positive over negative', () => {
    for (const text of ['the zorblat report', 'miraflen and tuvosh, the team on monday', 'the zorblat page and the miraflen export']) {
      const { sentiment, evidence } = analyzer.analyze(text);
      const { probabilities, unplaced } = sentiment.model!;
      const logOdds = Math.log(probabilities.positive! / probabilities.negative!);
      const explained = [...evidence.filter((item) => item.source === 'synthetic'), ...unplaced].reduce(
        (sum, item) => sum + item.weight,
        0,
      );
      expect(explained).toBeCloseTo(logOdds, 1);
      expect(unplaced.map((item) => item.feature)).toContain('bias');
    }
  });

  test('words are read in unit-length vectors: a word counts one over the square root of the features of its text', () => {
    expect(sentimentModel.features.scale).toBe('unit');
    const weightOf = (text: string) => analyzer.analyze(text).evidence.find((item) => item.term === 'w:zorblat')!.weight;
    // Four words and their three pairs are seven feature occurrences.
    expect(weightOf('zorblat zorblat zorblat zorblat')).toBeCloseTo(weightOf('zorblat') / Math.sqrt(7), 3);
  });

  test('a pair of words the model knows is quoted whole, and never across sentences', () => {
    // A pair that moves the score: one that only speaks for `neutral` has no weight along positive against negative.
    const polar = new Set(['positive', 'negative'].map((label) => sentimentModel.labels.indexOf(label)));
    const movesScore = (pairs: number[]) => pairs.some((value, at) => at % 2 === 0 && polar.has(value));
    const pair = Object.keys(sentimentModel.weights).find(
      (feature) => /^w:[a-z]+ [a-z]+$/.test(feature) && movesScore(sentimentModel.weights[feature]!),
    )!;
    const [first, second] = pair.slice(2).split(' ');
    const quoted = (text: string) => analyzer.analyze(text).evidence.filter((item) => item.term === pair);
    expect(quoted(`the ${first} ${second} today`).map((item) => item.text)).toEqual([`${first} ${second}`]);
    expect(quoted(`the ${first}. ${second} today`)).toEqual([]);
  });

  test('a negated word is its own feature, with the negation rule named', () => {
    const model = fitModel(
      [
        ...train,
        ...train
          .filter((example) => example.label === 'positive')
          .map((example, index) => ({ text: `not ${example.text.replace(/\d+\.$/, '')} ${index}x`, label: 'negative' })),
      ],
      { folds: 0, name: 'negated' },
    );
    const negatedEvidence = createAnalyzer({ models: [model] })
      .analyze('the page was not miraflen')
      .evidence.filter((item) => item.source === 'negated' && item.text === 'miraflen');
    expect(negatedEvidence).toHaveLength(1);
    expect(negatedEvidence[0]!.term).toBe('n:miraflen');
    expect(negatedEvidence[0]!.rules).toEqual(['negation']);
  });

  test('excluded regions (quoted history) give the model nothing to read', () => {
    const text = 'Thanks, all good now.\n\nOn Mon, 3 Jun 2024, Support <help@acme.io> wrote:\n> the zorblat zorblat zorblat export';
    const result = analyzer.analyze(text);
    const excludedStart = result.excluded[0]!.start;
    expect(result.evidence.filter((item) => item.source === 'synthetic' && item.start >= excludedStart)).toEqual([]);
  });

  test('a fitted intent joins the built-in intents, with its weighted words and its probabilities', () => {
    const model = fitModel(syntheticIntents(240, 3), { name: 'tags', folds: 0 });
    const result = createAnalyzer({ models: [model] }).analyze('I want to cancel my subscription. The gondric page again.');
    const fitted = result.intents!.find((intent) => intent.model)!;
    expect(fitted.intent).toBe('outage');
    expect(fitted.model!.model).toBe('tags');
    expect(Object.keys(fitted.model!.probabilities)).toContain('outage');
    expect(fitted.evidence.find((item) => item.text === 'gondric')!.weight).toBeGreaterThan(0);
    expect(result.intents!.some((intent) => intent.intent === 'churn' && !intent.model)).toBe(true);
  });

  test('an exclusive intent model reports its likeliest label and shows the two runners-up, likeliest first', () => {
    const model = fitModel(syntheticIntents(240, 3), { name: 'tags', folds: 0 });
    const fitted = createAnalyzer({ models: [model] })
      .analyze('The gondric page again.')
      .intents!.filter((intent) => intent.model);
    expect(fitted).toHaveLength(1);
    const shown = Object.values(fitted[0]!.model!.probabilities);
    expect(shown).toHaveLength(3);
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    expect(fitted[0]!.confidence).toBe(shown[0]);
  });

  test('a text reads the same after other texts as alone: the models keep nothing of one text for the next', () => {
    const intentModel = fitModel(syntheticIntents(240, 3), { name: 'tags', folds: 0 });
    const models = [sentimentModel, intentModel];
    const texts = [...heldOut.slice(0, 12).map((example) => example.text), 'The gondric page again.', 'I want to cancel. Gondric.'];
    const inTurn = createAnalyzer({ models });
    for (const text of texts) expect(inTurn.analyze(text)).toEqual(createAnalyzer({ models }).analyze(text));
  });

  test('multi-label intents report every label over the threshold', () => {
    const examples = syntheticIntents(240, 5).map((example, index) =>
      index % 4 === 0
        ? { text: `${example.text} gondric`, intents: [example.intent, 'outage'] }
        : { text: example.text, intents: [example.intent] },
    );
    const model = fitModel(examples, { folds: 0 });
    expect(model.exclusive).toBe(false);
    expect(model.threshold).toBe(0.5);
    const names = createAnalyzer({ models: [model] })
      .analyze('brelmox on the gondric page')
      .intents!.filter((intent) => intent.model)
      .map((intent) => intent.intent);
    expect(names.sort()).toEqual(['outage', 'refund']);
  });
});

describe('picking texts to label', () => {
  test('least certain first, near-duplicates of a pick left out', async () => {
    const { pickForLabelling } = await import('../src/fit/index.js');
    const picked = pickForLabelling(
      [
        { text: 'The export failed again today', uncertainty: 0.9 },
        { text: 'the export failed again today!', uncertainty: 0.95 },
        { text: 'Invoice attached', uncertainty: 0.5 },
        { text: 'Thanks, all fixed', uncertainty: 0.1 },
      ],
      3,
    );
    expect(picked).toEqual([1, 2, 3]);
  });

  test('topFeatures lists what speaks most for a label, and names a label the model lacks', async () => {
    const { topFeatures } = await import('../src/fit/index.js');
    expect(
      topFeatures(sentimentModel, 'negative', 2)
        .map((item) => item.feature)
        .sort(),
    ).toEqual(['w:quenvik', 'w:zorblat']);
    expect(() => topFeatures(sentimentModel, 'angry')).toThrow(/no label "angry"/);
  });
});

test('the version written into models is the package version', async () => {
  const { CXTONE_VERSION } = await import('../src/fit/version.js');
  const pkg = await import('../package.json');
  expect(CXTONE_VERSION).toBe(pkg.version);
});

describe('words found by their number', () => {
  // wink numbers a word as written: "ca" of "can't" (read "can") and the word "ca" have one number.
  const model = fitModel(
    [
      ...Array.from({ length: 30 }, (_, k) => ({ text: `we can't sync the files ${k}`, label: 'negative' })),
      ...Array.from({ length: 30 }, (_, k) => ({ text: `ca is the code for the state ${k}`, label: 'positive' })),
      ...Array.from({ length: 30 }, (_, k) => ({ text: `the meeting is on monday ${k}`, label: 'neutral' })),
    ],
    { name: 'numbers', folds: 3 },
  );
  const fresh = () => createAnalyzer({ models: [readModel(JSON.parse(JSON.stringify(model)))] });

  test('a word is read as what it is read as in its text, whatever was read before it', () => {
    const text = 'ca is the code';
    const alone = fresh().analyze(text);
    const analyzer = fresh();
    analyzer.analyze("we can't sync");
    const after = analyzer.analyze(text);
    expect(after).toEqual(alone);
    expect(after.evidence.find((item) => item.text === 'ca')?.term).toBe('w:ca');
    expect(analyzer.analyze("we can't sync").evidence.find((item) => item.text === 'ca')?.term).toBe('w:can');
  });
});

describe("labels are the user's", () => {
  test('"__proto__" and "constructor" are labels like any other, in the figures and in the verdicts', () => {
    const examples = [
      ...Array.from({ length: 20 }, (_, k) => ({ text: `brelmox the account ${k}`, intent: '__proto__' })),
      ...Array.from({ length: 20 }, (_, k) => ({ text: `stavrin the account ${k}`, intent: 'constructor' })),
      ...Array.from({ length: 20 }, (_, k) => ({ text: `gondric the account ${k}`, intent: 'outage' })),
    ];
    const model = fitModel(examples, { name: 'hostile', folds: 3 });
    expect(Object.keys(model.evaluation!.classes)).toEqual(['__proto__', 'constructor', 'outage']);
    const copy = readModel(JSON.parse(JSON.stringify(model)));
    expect(Object.keys(copy.evaluation!.classes)).toEqual(['__proto__', 'constructor', 'outage']);
    expect(Object.getPrototypeOf(copy.evaluation!.classes)).toBeNull();
    const intents = createAnalyzer({ models: [copy] }).analyze('brelmox the account').intents ?? [];
    const intent = intents.find((found) => found.model?.model === 'hostile')!;
    expect(intent.intent).toBe('__proto__');
    const { probabilities } = intent.model!;
    expect(Object.keys(probabilities)).toContain('__proto__');
    expect(Object.getOwnPropertyDescriptor(probabilities, '__proto__')?.value).toBe(intent.confidence);
  });
});

describe('model rows', () => {
  const sparse = { labels: Uint16Array.of(1, 3), weights: Float32Array.of(0.5, -2), offset: 0, length: 2 };

  test('a sum over most labels is dense, over few stays sparse, and both read alike', () => {
    const dense = sumRows([sparse, { labels: Uint16Array.of(0, 2), weights: Float32Array.of(1, 1), offset: 0, length: 2 }], 4);
    expect(dense.labels).toBeNull();
    expect(Array.from(dense.weights)).toEqual([1, 0.5, 1, -2]);
    const few = sumRows([sparse, sparse], 8);
    expect(Array.from(few.labels!)).toEqual([1, 3]);
    expect(Array.from(few.weights)).toEqual([1, -4]);
    for (const row of [dense, few]) {
      const logits = new Float64Array(8);
      addRow(logits, row, 2);
      for (let label = 0; label < 4; label++) expect(logits[label]).toBe(2 * weightFor(row, label));
      expect(alongDirection(row, Float64Array.of(0, 1, 0, -1, 0, 0, 0, 0))).toBe(weightFor(row, 1) - weightFor(row, 3));
    }
    expect(weightFor(few, 2)).toBe(0);
  });
});
