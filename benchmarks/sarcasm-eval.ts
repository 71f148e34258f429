// The sarcasm rule as an irony detector (issue 23): the irony files, the part of the bootstrap corpus held out from
// scripts/build-situations.ts, the B2B contrast suite, and what the rule and the situations do to every sentiment set.
import { type FitOptions, fit } from '../src/fit/index.js';
import { type Analyzer, createAnalyzer } from '../src/index.js';
import { situationsLexicon } from '../src/lexicons.js';
import { contrastSarcasm, contrastSincere } from '../test/support/contrast-cases.js';
import { existsSync } from 'node:fs';
import { DEFAULT_DATA_DIR, type IronyDataset, ironyBootstrapCorpus, loadIronyDatasets, type SentimentDataset } from './data.js';
import { macroF1 } from './metrics.js';
import { cxtoneScorer } from './peers.js';
import { markdownTable } from './results-file.js';

const pct = (value: number) => (100 * value).toFixed(1);
const change = (on: number, off: number) => `${on >= off ? '+' : ''}${(100 * (on - off)).toFixed(2)}`;

interface Detection {
  n: number;
  fired: number;
  contrast: number;
  precision: number;
  recall: number;
  f1: number;
}

function detect(analyzer: Analyzer, items: IronyDataset['items']): Detection {
  let tp = 0;
  let fp = 0;
  let contrast = 0;
  let ironic = 0;
  for (const item of items) {
    const cues = analyzer.analyze(item.text).sentences.flatMap((sentence) => sentence.sarcasm?.cues ?? []);
    if (item.ironic) ironic++;
    if (cues.length === 0) continue;
    if (cues.includes('contrast')) contrast++;
    if (item.ironic) tp++;
    else fp++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = ironic === 0 ? 0 : tp / ironic;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: items.length, fired: tp + fp, contrast, precision, recall, f1 };
}

const row = (name: string, { n, fired, contrast, precision, recall, f1 }: Detection) => [
  name,
  String(n),
  String(fired),
  String(contrast),
  pct(precision),
  pct(recall),
  pct(f1),
];

/** Where a fitted sarcasm model learns: the one irony train split none of the measured files holds. */
const FIT_SOURCE = 'tweeteval-irony.train';

/** A sarcasm model fitted for a setting, and what it did. */
interface FittedVariant {
  setting: string;
  /** The directory the train split came from. */
  from: string;
  /** Per seed. */
  thresholds: number[];
  /** Means over the seeds. */
  crossValidated: { precision: number; recall: number; f1: number };
  /** Means over the seeds, with the lowest and highest F1. */
  irony: { name: string; result: Detection; f1Range: [number, number] }[];
  /** With the first seed's model. */
  sentiment: { name: string; f1: number }[];
}

// Where a model fitted on half-ironic tweets is used, sarcasm is rarer: told so, fitting raises the threshold.
const RARE = 0.1;
// A model's figures move by a point or two with the seed, and with any change to the lexicon its score feature reads:
// a seed whose cross-validated precision sits at the target takes the next threshold of the grid (0.8 or 0.85) on a
// change in the fourth decimal, which moved a mean over three seeds by two points. Over ten, one such seed moves it by
// about half a point, under the gate's tolerance: the mean over ten is what the gate keeps.
const SEEDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function meanDetection(results: readonly Detection[]): Detection {
  const of = (key: keyof Detection) => mean(results.map((result) => result[key]));
  return { n: results[0]!.n, fired: of('fired'), contrast: of('contrast'), precision: of('precision'), recall: of('recall'), f1: of('f1') };
}

/**
 * Sarcasm models fitted on {@link FIT_SOURCE} with three seeds, with `fit()`'s defaults and with a prevalence of
 * {@link RARE}, each attached to the default analyzer and scored on the irony files that are not train splits (SemEval's
 * train split holds TweetEval's train), and the first seed's on every sentiment set. The split comes from the data
 * directory, or else from the default one; empty when neither has it.
 */
function fittedSarcasm(dataDir: string, irony: readonly IronyDataset[], datasets: readonly SentimentDataset[]): FittedVariant[] {
  // A directory of test files only (a sealed set) is scored by models fitted on the development split.
  const own = irony.find((dataset) => dataset.name === FIT_SOURCE);
  const fallback =
    own || !existsSync(DEFAULT_DATA_DIR) ? undefined : loadIronyDatasets(DEFAULT_DATA_DIR).find((dataset) => dataset.name === FIT_SOURCE);
  const source = own ?? fallback;
  if (!source) return [];
  const from = own ? dataDir : DEFAULT_DATA_DIR;
  const examples = source.items.map((item) => ({ text: item.text, sarcastic: item.ironic }));
  const scored = irony.filter((dataset) => !dataset.name.endsWith('.train'));
  const variants: [string, FitOptions][] = [
    ['defaults', {}],
    [`prevalence ${RARE}`, { prevalence: RARE }],
  ];
  return variants.map(([setting, options]) => {
    const models = SEEDS.map((seed) => fit(examples, { name: FIT_SOURCE, seed, ...options }));
    const analyzers = models.map((model) => createAnalyzer({ models: [model] }));
    const scorer = cxtoneScorer({ models: [models[0]!], emotions: false, intents: false, signals: false });
    const cv = models.map((model) => model.evaluation!.classes.sarcastic!);
    return {
      setting,
      from,
      thresholds: models.map((model) => model.threshold),
      crossValidated: {
        precision: mean(cv.map((figures) => figures.precision)),
        recall: mean(cv.map((figures) => figures.recall)),
        f1: mean(cv.map((figures) => figures.f1)),
      },
      irony: scored.map((dataset) => {
        const results = analyzers.map((analyzer) => detect(analyzer, dataset.items));
        const f1s = results.map((result) => result.f1);
        return { name: dataset.name, result: meanDetection(results), f1Range: [Math.min(...f1s), Math.max(...f1s)] };
      }),
      sentiment: datasets.map((dataset) => ({
        name: dataset.name,
        f1: macroF1(
          dataset.items.map((item) => item.polarity),
          dataset.items.map((item) => scorer.score(item.text).label),
        ),
      })),
    };
  });
}

/** The sarcasm section of RESULTS.md, and the figures the regression gate keeps. */
export function evaluateSarcasm(
  dataDir: string,
  analyzer: Analyzer,
  datasets: readonly SentimentDataset[],
  cxtoneF1: (dataset: string) => number,
): { report: string; figures: Record<string, Record<string, number>> } {
  const ironyDatasets = loadIronyDatasets(dataDir);
  const irony = ironyDatasets.map((dataset) => ({ name: dataset.name, result: detect(analyzer, dataset.items) }));
  const heldOut = detect(analyzer, ironyBootstrapCorpus(dataDir).heldOut);
  const learnedFrom = new Set(['tweeteval-irony.train', 'semeval18-irony.train']);
  const ironyRows = [
    ...irony.map(({ name, result }) => row(learnedFrom.has(name) ? `${name} (bootstrap source)` : name, result)),
    row('bootstrap held-out part', heldOut),
  ];

  const fires = (text: string) => analyzer.analyze(text).sentences.some((sentence) => sentence.sarcasm !== undefined);
  const caught = contrastSarcasm.filter(fires).length;
  const falseAlarms = contrastSincere.filter(fires).length;
  const suite = { precision: caught / Math.max(1, caught + falseAlarms), recall: caught / contrastSarcasm.length };

  const withoutSarcasm = cxtoneScorer({ sarcasm: false });
  const noSituations = Object.fromEntries(Object.keys(situationsLexicon.situations).map((pattern) => [pattern, null]));
  const withoutSituations = cxtoneScorer({ lexicons: [{ name: 'no-situations', situations: noSituations }] });
  const setRows = datasets.map((dataset) => {
    const gold = dataset.items.map((item) => item.polarity);
    const f1Of = (scorer: ReturnType<typeof cxtoneScorer>) =>
      macroF1(
        gold,
        dataset.items.map((item) => scorer.score(item.text).label),
      );
    const [noRule, noLexicon, on] = [f1Of(withoutSarcasm), f1Of(withoutSituations), cxtoneF1(dataset.name)];
    return [dataset.name, pct(noRule), pct(noLexicon), pct(on), change(on, noRule), change(on, noLexicon)];
  });

  const fitted = fittedSarcasm(dataDir, ironyDatasets, datasets);
  const report = `## Sarcasm

The \`sarcasm\` rule as a detector of irony (fires = some sentence has \`sarcasm\`; \`contrast\` = texts where the
contrast cue fired), on every irony file in \`${dataDir}\` and on the fifth of the bootstrap corpus that
\`scripts/build-situations.ts\` holds out (TweetEval's val is never part of that corpus).
Published reference (TweetEval irony, F1 of the ironic class, test split): RoBERTa-base 59.7, SVM 61.7.
cxtone's cues are written for support text and the situations are reviewed by hand, so on tweets they fire rarely;
precision is what they aim at.

${markdownTable(['dataset', 'n', 'fired', 'contrast', 'precision', 'recall', 'F1'], ironyRows)}

The B2B contrast suite (\`test/support/contrast-cases.ts\`: ${contrastSarcasm.length} sarcastic cases of the contrast
kind, ${contrastSincere.length} sincere look-alikes): ${caught} caught, ${falseAlarms} false alarm(s); precision
${pct(suite.precision)}, recall ${pct(suite.recall)}.

Sentiment macro-F1 without the rule, without the situations lexicon, and with both (neither may lower a figure by more
than 0.3):

${markdownTable(['dataset', 'without sarcasm', 'without situations', 'default', 'rule', 'situations'], setRows)}

${fittedReport(fitted, (name) => cxtoneF1(name))}`;

  const val = irony.find(({ name }) => name === 'tweeteval-irony.val')?.result;
  const figures: Record<string, Record<string, number>> = { 'sarcasm contrast suite': suite };
  if (val) figures['irony tweeteval-irony.val'] = { precision: val.precision };
  const fittedVal = fitted[0]?.irony.find(({ name }) => name === 'tweeteval-irony.val')?.result;
  if (fittedVal) figures['irony fitted tweeteval-irony.val'] = { precision: fittedVal.precision, f1: fittedVal.f1 };
  return { report, figures };
}

function fittedReport(variants: readonly FittedVariant[], defaultF1: (dataset: string) => number): string {
  if (variants.length === 0)
    return `### A fitted sarcasm model

Not measured: neither the data directory nor \`${DEFAULT_DATA_DIR}\` has \`${FIT_SOURCE}\` to fit on.`;
  const ironyRows = variants.flatMap(({ setting, irony }) =>
    irony.map(({ name, result, f1Range }) => [
      setting,
      name,
      String(result.n),
      result.fired.toFixed(0),
      pct(result.precision),
      pct(result.recall),
      pct(result.f1),
      `${pct(f1Range[0])}–${pct(f1Range[1])}`,
    ]),
  );
  const cvRows = variants.map(({ setting, thresholds, crossValidated: cv }) => [
    setting,
    thresholds.join(', '),
    pct(cv.precision),
    pct(cv.recall),
    pct(cv.f1),
  ]);
  const sentimentRows = variants[0]!.sentiment.map(({ name }) => {
    const cells = [name, pct(defaultF1(name))];
    for (const variant of variants) {
      const f1 = variant.sentiment.find((set) => set.name === name)!.f1;
      cells.push(pct(f1), change(f1, defaultF1(name)));
    }
    return cells;
  });
  return `### A fitted sarcasm model

\`fit()\` on \`${FIT_SOURCE}\` in \`${variants[0]!.from}\` (words, word pieces and the lexicon's score), with its defaults
and told that sarcasm is ${RARE * 100} % of the texts where it will be used (\`prevalence: ${RARE}\`; the tweets are half
ironic), each with seeds ${SEEDS.join(', ')}: a model's figures move by a point or two with the seed, so the tables give
means. The threshold is the lowest whose 5-fold cross-validated precision, reckoned at that prevalence, reaches 75 %
(the most precise when none does); cross-validated figures at the threshold, among the examples:

${markdownTable(['fitted with', 'thresholds', 'precision', 'recall', 'F1'], cvRows)}

Attached to the default analyzer, scored on the irony files that are not train splits (fires = some sentence has
\`sarcasm\`, from a cue or the model). No such model ships: the tweets it learns from are CC BY-NC-SA. It shows what a
team gets by fitting on its own labelled texts.

${markdownTable(['fitted with', 'dataset', 'n', 'fired', 'precision', 'recall', 'F1', 'F1 by seed'], ironyRows)}

Attached while scoring the sentiment sets (macro-F1; the first seed's model), a model fitted on ironic tweets reads
sarcasm where those sets have little; told the prevalence, it flags less and costs less:

${markdownTable(['dataset', 'default', ...variants.flatMap(({ setting }) => [`with the model (${setting})`, 'change'])], sentimentRows)}`;
}
