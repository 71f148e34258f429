// The sarcasm rule as an irony detector (issue 23): the irony files, the part of the bootstrap corpus held out from
// scripts/build-situations.ts, the B2B contrast suite, and what the rule and the situations do to every sentiment set.
import type { Analyzer } from '../src/index.js';
import { situationsLexicon } from '../src/lexicons.js';
import { contrastSarcasm, contrastSincere } from '../test/support/contrast-cases.js';
import { type IronyDataset, ironyBootstrapCorpus, loadIronyDatasets, type SentimentDataset } from './data.js';
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

/** The sarcasm section of RESULTS.md, and the figures the regression gate keeps. */
export function evaluateSarcasm(
  dataDir: string,
  analyzer: Analyzer,
  datasets: readonly SentimentDataset[],
  cxtoneF1: (dataset: string) => number,
): { report: string; figures: Record<string, Record<string, number>> } {
  const irony = loadIronyDatasets(dataDir).map((dataset) => ({ name: dataset.name, result: detect(analyzer, dataset.items) }));
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

${markdownTable(['dataset', 'without sarcasm', 'without situations', 'default', 'rule', 'situations'], setRows)}`;

  const val = irony.find(({ name }) => name === 'tweeteval-irony.val')?.result;
  const figures: Record<string, Record<string, number>> = { 'sarcasm contrast suite': suite };
  if (val) figures['irony tweeteval-irony.val'] = { precision: val.precision };
  return { report, figures };
}
