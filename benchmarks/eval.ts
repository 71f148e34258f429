// Accuracy of cxtone and its peers on every sentiment dataset in the data directory.
//   npm run eval -- [--data ../shared/eval] [--check] [--update-baseline] [--no-write]
// --check fails (exit 1) when a cxtone figure is more than one point below benchmarks/baseline.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createAnalyzer } from '../src/index.js';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { evaluateAspects } from './aspect-eval.js';
import { evaluateEmotions } from './emotion-eval.js';
import { evaluateFitting } from './fit-eval.js';
import { evaluateIntents } from './intent-eval.js';
import { evaluateMovements } from './movement-eval.js';
import { evaluateSarcasm } from './sarcasm-eval.js';
import { evaluateTone } from './tone-eval.js';
import { type Polarity, type SentimentMetrics, sentimentMetrics } from './metrics.js';
import { cxtoneScorer, peerScorers, type Scorer } from './peers.js';
import { barChart, writePlot } from './plot.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const BASELINE_PATH = new URL('./baseline.json', import.meta.url);
// A figure may drop this much (in points, on a 0-100 scale) below the baseline before CI fails.
const TOLERANCE_POINTS = 1;

// Sentiment datasets keep accuracy, macro-F1, binary accuracy and Pearson; emotion and intent rows keep their own figures.
type Baseline = Record<string, Record<string, number | null>>;

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const datasets = loadSentimentDatasets(dataDir);
if (datasets.length === 0) throw new Error(`no sentiment datasets (JSONL rows with "polarity") in ${dataDir}`);

const scorers: Scorer[] = [cxtoneScorer(), ...peerScorers];
const results = new Map<string, Map<string, SentimentMetrics>>();
for (const dataset of datasets) {
  const byScorer = new Map<string, SentimentMetrics>();
  for (const scorer of scorers) {
    const labels: Polarity[] = [];
    const scores: number[] = [];
    for (const item of dataset.items) {
      const { score, label } = scorer.score(item.text);
      labels.push(label);
      scores.push(score);
    }
    byScorer.set(
      scorer.name,
      sentimentMetrics(
        dataset.items.map((item) => item.polarity),
        labels,
        scores,
        dataset.items.map((item) => item.score),
      ),
    );
  }
  results.set(dataset.name, byScorer);
}

const pct = (value: number) => (value * 100).toFixed(1);
const tables: string[] = [];
for (const [metric, title] of [
  ['macroF1', 'Macro-F1 (3-class; classes present in gold)'],
  ['accuracy', '3-class accuracy'],
  ['binaryAccuracy', 'Binary accuracy (positive/negative gold only, sign of score)'],
] as const) {
  const rows = datasets.map((dataset) => {
    const byScorer = results.get(dataset.name)!;
    const values = scorers.map((scorer) => byScorer.get(scorer.name)![metric]);
    const best = Math.max(...values);
    return [dataset.name, String(dataset.items.length), ...values.map((v) => (v === best ? `**${pct(v)}**` : pct(v)))];
  });
  const means = scorers.map(
    (scorer) => datasets.reduce((sum, d) => sum + results.get(d.name)!.get(scorer.name)![metric], 0) / datasets.length,
  );
  rows.push(['**mean**', '', ...means.map(pct)]);
  tables.push(`### ${title}\n\n${markdownTable(['dataset', 'n', ...scorers.map((s) => s.name)], rows)}`);
}
const correlated = datasets.filter((dataset) => results.get(dataset.name)!.get('cxtone')!.pearson !== null);
if (correlated.length > 0) {
  const rows = correlated.map((dataset) => [
    dataset.name,
    String(dataset.items.length),
    ...scorers.map((scorer) => results.get(dataset.name)!.get(scorer.name)!.pearson!.toFixed(3)),
  ]);
  tables.push(`### Pearson correlation with gold ratings\n\n${markdownTable(['dataset', 'n', ...scorers.map((s) => s.name)], rows)}`);
}
const cxtoneMean = datasets.reduce((sum, d) => sum + results.get(d.name)!.get('cxtone')!.macroF1, 0) / datasets.length;
const vaderMean = datasets.reduce((sum, d) => sum + results.get(d.name)!.get('vader-sentiment')!.macroF1, 0) / datasets.length;
const summary = `cxtone mean macro-F1 ${pct(cxtoneMean)} vs vader-sentiment ${pct(vaderMean)} (${(100 * (cxtoneMean - vaderMean)).toFixed(1)} points).`;
const withSarcasm = createAnalyzer();
const sarcasm = evaluateSarcasm(dataDir, withSarcasm, datasets, (name) => results.get(name)!.get('cxtone')!.macroF1);

const report = `## Sentiment accuracy\n\nData: every sentiment file in \`${dataDir}\` (${datasets.length} datasets). Reproduce with \`npm run eval\`.\ncxtone's \`mixed\` is read by the sign of its score; peers use their documented thresholds (VADER compound ±0.05, AFINN and wink sign).\n${summary}\n\n${tables.join('\n\n')}`;
// Emotions and intents on the development splits (tuning used the train splits of the emotion sets).
const emotions = evaluateEmotions(dataDir, withSarcasm, 'dev');
const intents = evaluateIntents(dataDir, withSarcasm);
const aspects = evaluateAspects(dataDir, withSarcasm);
const fitting = evaluateFitting(dataDir);
const movements = evaluateMovements(datasets, (name) => results.get(name)!.get('cxtone')!.macroF1);
const tone = evaluateTone(datasets, (name) => results.get(name)!.get('cxtone')!.macroF1);
const margins = [
  emotions.figures.goemotions &&
    `GoEmotions dev ${pct(emotions.figures.goemotions.cxtone)} vs keyword ${pct(emotions.figures.goemotions.keyword)} (+${(100 * (emotions.figures.goemotions.cxtone - emotions.figures.goemotions.keyword)).toFixed(1)})`,
  emotions.figures.tweeteval &&
    `TweetEval val ${pct(emotions.figures.tweeteval.cxtone)} vs keyword ${pct(emotions.figures.tweeteval.keyword)} (+${(100 * (emotions.figures.tweeteval.cxtone - emotions.figures.tweeteval.keyword)).toFixed(1)})`,
].filter(Boolean);
const emotionReport = `## Emotion accuracy

Macro-F1 over the mapped emotions, cxtone against the keyword baseline (target: at least 10 points above): ${margins.join('; ')}.
The lexicon was built by hand and pruned on the train splits (\`goemotions.train\`, \`tweeteval-emotion.train\`); the figures below are the dev/val splits.

${emotions.report}`;
console.log(
  `${report}\n\n${sarcasm.report}\n\n${movements.report}\n\n${tone.report}\n\n${emotionReport}\n\n${intents.report}\n\n${aspects.report}\n\n${fitting.report}`,
);

if (!args.includes('--no-write')) {
  writeResultsSection('eval', report);
  writeResultsSection('sarcasm', sarcasm.report);
  writeResultsSection('movement', movements.report);
  writeResultsSection('tone', tone.report);
  writeResultsSection('emotion', emotionReport);
  writeResultsSection('intent', intents.report);
  writeResultsSection('aspect', aspects.report);
  writeResultsSection('fit', fitting.report);
  if (fitting.curve) writePlot('learning-curve.svg', fitting.curve);
  writePlot(
    'accuracy.svg',
    barChart(
      'Sentiment macro-F1 (%) by dataset',
      datasets.map((dataset) => dataset.name),
      scorers.map((scorer) => ({
        name: scorer.name,
        values: datasets.map((dataset) => 100 * results.get(dataset.name)!.get(scorer.name)!.macroF1),
      })),
    ),
  );
}

const current: Baseline = {};
for (const dataset of datasets) {
  const { accuracy, macroF1, binaryAccuracy, pearson } = results.get(dataset.name)!.get('cxtone')!;
  current[dataset.name] = { accuracy, macroF1, binaryAccuracy, pearson };
}
if (emotions.figures.goemotions) current['emotion goemotions.dev'] = { macroF1: emotions.figures.goemotions.cxtone };
if (emotions.figures.tweeteval) current['emotion tweeteval-emotion.val'] = { macroF1: emotions.figures.tweeteval.cxtone };
current['movement suite'] = { accuracy: movements.suiteAccuracy };
current['tone suite'] = { accuracy: tone.suiteAccuracy };
for (const figure of intents.figures)
  current[`intent ${figure.dataset} ${figure.intent}`] = { precision: figure.precision, recall: figure.recall };
for (const [domain, { accuracy, macroF1 }] of Object.entries(aspects.figures.polarity))
  current[`aspect polarity ${domain}`] = { accuracy, macroF1 };
for (const [domain, { f1 }] of Object.entries(aspects.figures.extraction)) current[`aspect extraction ${domain}`] = { f1 };
for (const [domain, { f1 }] of Object.entries(aspects.figures.extractionWithSubject))
  current[`aspect extraction with the subject declared ${domain}`] = { f1 };
if (aspects.figures.category) current['aspect category restaurants'] = { accuracy: aspects.figures.category.accuracy };
Object.assign(current, fitting.figures, sarcasm.figures);
if (args.includes('--update-baseline')) {
  writeFileSync(BASELINE_PATH, `${JSON.stringify(current, null, 2)}\n`);
  console.log('\nbaseline updated');
}
if (args.includes('--check')) {
  if (!existsSync(BASELINE_PATH)) throw new Error('no benchmarks/baseline.json to check against; run with --update-baseline first');
  const baseline = JSON.parse(readFileSync(BASELINE_PATH, 'utf8')) as Baseline;
  const drops: string[] = [];
  for (const [name, figures] of Object.entries(baseline)) {
    const now = current[name];
    if (!now) continue; // a dataset missing from --data is not a regression of cxtone
    for (const [key, before] of Object.entries(figures)) {
      const after = now[key];
      if (before === null || after === null || after === undefined) continue;
      if ((before - after) * 100 > TOLERANCE_POINTS) drops.push(`${name} ${key}: ${pct(before)} → ${pct(after)}`);
    }
  }
  if (drops.length > 0) {
    console.error(
      `\nregression gate FAILED: cxtone dropped more than ${TOLERANCE_POINTS} point(s) below the baseline:\n  ${drops.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`\nregression gate passed: no cxtone figure more than ${TOLERANCE_POINTS} point(s) below benchmarks/baseline.json`);
}
