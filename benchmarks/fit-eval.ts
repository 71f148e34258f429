// Fitted models on the development sets (issue 17): each is fitted on a seeded, stratified part of a file and
// scored on the rest, against the default analyzer on the same texts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fit as fitModel } from '../src/fit/index.js';
import { seededRandom, shuffle } from '../src/fit/random.js';
import { assignFolds } from '../src/fit/split.js';
import { createAnalyzer, type FittedModel } from '../src/index.js';
import { readJsonl } from './data.js';
import { macroF1 } from './metrics.js';
import { cxtoneScorer } from './peers.js';
import { lineChart } from './plot.js';
import { markdownTable } from './results-file.js';

const SEED = 1;
const pct = (value: number) => (value * 100).toFixed(1);

interface Row {
  text: string;
  polarity?: string;
  intent?: string;
}

/** The rows of a file split in two, stratified by `field`: one part of `parts` is held out for scoring. */
function split(rows: readonly Row[], field: 'polarity' | 'intent', parts: number): { train: Row[]; test: Row[] } {
  const labels = [...new Set(rows.map((row) => row[field]!))].sort();
  const fold = assignFolds(
    rows.map((row) => [labels.indexOf(row[field]!)]),
    parts,
    SEED,
  );
  return { train: rows.filter((_, index) => fold[index] !== 0), test: rows.filter((_, index) => fold[index] === 0) };
}

function sentimentF1(model: FittedModel | undefined, test: readonly Row[]): number {
  const gold = test.map((row) => row.polarity!);
  if (!model) {
    const lexicon = cxtoneScorer();
    return macroF1(
      gold,
      test.map((row) => lexicon.score(row.text).label),
    );
  }
  const analyzer = createAnalyzer({ models: [model], emotions: false, intents: false, signals: false });
  return macroF1(
    gold,
    test.map((row) => analyzer.analyze(row.text).sentiment.label),
  );
}

function intentFigures(model: FittedModel, test: readonly Row[]): { accuracy: number; macroF1: number } {
  const analyzer = createAnalyzer({ models: [model], emotions: false, signals: false });
  const predicted = test.map((row) => analyzer.analyze(row.text).intents!.find((intent) => intent.model)?.intent ?? '');
  const gold = test.map((row) => row.intent!);
  return { accuracy: predicted.filter((label, index) => label === gold[index]).length / gold.length, macroF1: macroF1(gold, predicted) };
}

export interface FitFigures {
  [name: string]: Record<string, number>;
}

export function evaluateFitting(dataDir: string): { report: string; figures: FitFigures; curve: string | undefined } {
  const figures: FitFigures = {};
  const sections: string[] = [];
  let curve: string | undefined;
  const file = (name: string) => join(dataDir, name);

  if (existsSync(file('airline-sentiment.dev.jsonl'))) {
    const { train, test } = split(readJsonl<Row>(file('airline-sentiment.dev.jsonl')), 'polarity', 2);
    const lexicon = sentimentF1(undefined, test);
    // The learning curve takes the first n examples of the training half in a seeded order.
    const shuffled = shuffle([...train], seededRandom(SEED));
    const sizes = [100, 300, 1000, shuffled.length];
    const rows = sizes.map((size) => {
      const started = performance.now();
      const model = fitModel(
        shuffled.slice(0, size).map((row) => ({ text: row.text, label: row.polarity })),
        { name: 'airline' },
      );
      const seconds = (performance.now() - started) / 1000;
      return { size, f1: sentimentF1(model, test), chosen: model.features.words === 0 ? 'lexicon only' : 'words + lexicon', seconds };
    });
    const all = rows[rows.length - 1]!;
    figures['fit airline-sentiment'] = { macroF1: all.f1, gainOverDefault: all.f1 - lexicon };
    for (const row of rows.slice(0, -1)) figures[`fit airline-sentiment ${row.size}`] = { macroF1: row.f1 };
    sections.push(`### Airline sentiment: fitted on a seeded half (${train.length}), scored on the other (${test.length})

Default analyzer macro-F1 on the scored half: **${pct(lexicon)}**. Target: the model fitted on the whole half at least 10 points above.

${markdownTable(
  ['labelled examples', 'macro-F1', 'vs default', 'features kept', 'fit time (s)'],
  rows.map((row) => [
    String(row.size),
    pct(row.f1),
    `${row.f1 >= lexicon ? '+' : ''}${pct(row.f1 - lexicon)}`,
    row.chosen,
    row.seconds.toFixed(1),
  ]),
)}`);
    curve = lineChart(
      'Airline sentiment: macro-F1 (%) vs labelled examples',
      rows.map((row) => String(row.size)),
      [
        { name: 'fitted model', values: rows.map((row) => 100 * row.f1) },
        { name: 'default analyzer', values: rows.map(() => 100 * lexicon) },
      ],
    );
  }

  if (existsSync(file('tweeteval-sentiment.val.jsonl'))) {
    const { train, test } = split(readJsonl<Row>(file('tweeteval-sentiment.val.jsonl')), 'polarity', 2);
    const model = fitModel(
      train.map((row) => ({ text: row.text, label: row.polarity })),
      { name: 'tweeteval' },
    );
    const fitted = sentimentF1(model, test);
    const lexicon = sentimentF1(undefined, test);
    figures['fit tweeteval-sentiment'] = { macroF1: fitted, gainOverDefault: fitted - lexicon };
    sections.push(`### TweetEval sentiment: fitted on a seeded half of the val split (${train.length}), scored on the other (${test.length})

Small, noisy data must not hurt. Fitted macro-F1 **${pct(fitted)}** against the default analyzer's **${pct(lexicon)}**; the cross-validation
on the training half kept ${model.features.words === 0 ? "the lexicon's reading alone" : "words and the lexicon's reading"}
(${Object.entries(model.training.candidates ?? {})
      .map(([name, f1]) => `${name} ${pct(f1)}`)
      .join(', ')}).`);
  }

  const intentRows: string[][] = [];
  for (const [name, parts, target] of [
    ['banking77.train.jsonl', 5, 'accuracy ≥ 90.0'],
    ['bitext-intents.dev.jsonl', 2, 'macro-F1 ≥ 95.0'],
  ] as const) {
    if (!existsSync(file(name))) continue;
    const { train, test } = split(readJsonl<Row>(file(name)), 'intent', parts);
    const started = performance.now();
    const model = fitModel(
      train.map((row) => ({ text: row.text, intent: row.intent })),
      { name, folds: 0 },
    );
    const seconds = (performance.now() - started) / 1000;
    const result = intentFigures(model, test);
    const size = JSON.stringify(model).length;
    figures[`fit ${name.replace(/\.jsonl$/, '')}`] = result;
    intentRows.push([
      name,
      String(model.labels.length),
      `${train.length} / ${test.length}`,
      pct(result.accuracy),
      pct(result.macroF1),
      target,
      `${(size / 1e6).toFixed(2)} MB`,
      seconds.toFixed(1),
    ]);
  }
  if (intentRows.length > 0) {
    sections.push(`### Intents: fitted on a seeded, stratified part, scored on the rest

Banking77 keeps 80 % for fitting, Bitext half. Published reference on Banking77 (test): BERT-base 93 % accuracy.

${markdownTable(['file', 'intents', 'fitted / scored', 'accuracy', 'macro-F1', 'target', 'model file', 'fit time (s)'], intentRows)}`);
  }

  const report = `## Fitted models\n\nReproduce with \`npm run eval\`. Splits are seeded (seed ${SEED}) and stratified by label.\n\n${sections.join('\n\n')}`;
  return { report, figures, curve };
}
