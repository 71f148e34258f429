// What fitted models cost (issue 17): fitting 10,000 labelled examples on one core, and analysis with a sentiment
// and an intent model attached against the default analyzer, side by side in paired rounds.
//   npx tsx benchmarks/fit-bench.ts [--data ../shared/eval] [--rounds 7] [--no-write]      (after npm run build)
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets, readJsonl } from './data.js';
import { pairedRatio } from './paired.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const rounds = Number(flag(args, 'rounds') ?? 7);
const cxtone = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
const { fit } = (await import(new URL('../dist/fit.js', import.meta.url).href)) as typeof import('../src/fit/index.js');

const timed = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, (performance.now() - start) / 1000];
};
const banking = readJsonl<{ text: string; intent: string }>(join(dataDir, 'banking77.train.jsonl')).slice(0, 10_000);
const airline = readJsonl<{ text: string; polarity: string }>(join(dataDir, 'airline-sentiment.dev.jsonl'));
const [intentModel, intentSeconds] = timed(() =>
  fit(
    banking.map(({ text, intent }) => ({ text, intent })),
    { name: 'banking77' },
  ),
);
const [sentimentModel, sentimentSeconds] = timed(() =>
  fit(
    airline.map(({ text, polarity }) => ({ text, label: polarity })),
    { name: 'airline' },
  ),
);
const mb = (model: unknown) => `${(JSON.stringify(model).length / 1e6).toFixed(2)} MB`;

const corpus = loadSentimentDatasets(dataDir).flatMap((dataset) => dataset.items.map((item) => item.text));
const plain = cxtone.createAnalyzer();
const withModels = cxtone.createAnalyzer({ models: [sentimentModel, intentModel] });
for (const text of corpus) {
  plain.analyze(text);
  withModels.analyze(text);
}
const { median, low, high } = pairedRatio(
  corpus.length,
  (k) => withModels.analyze(corpus[k]!),
  (k) => plain.analyze(corpus[k]!),
  { rounds },
);

const report = `## Fitted models: cost

Reproduce with \`npx tsx benchmarks/fit-bench.ts\` (part of \`npm run bench\`), on one core, with \`fit()\`'s defaults
(5-fold cross-validation for the figures, then the final fit).

${markdownTable(
  ['fit', 'examples', 'labels', 'time (s)', 'target', 'model file'],
  [
    [
      'Banking77 intents',
      String(banking.length),
      String(intentModel.labels.length),
      intentSeconds.toFixed(1),
      'under 60 s',
      mb(intentModel),
    ],
    [
      'airline sentiment',
      String(airline.length),
      String(sentimentModel.labels.length),
      sentimentSeconds.toFixed(1),
      '',
      mb(sentimentModel),
    ],
  ],
)}

Analysis of ${corpus.length.toLocaleString('en-US')} texts (every sentiment dev set) by the default analyzer with both models attached
takes **${median.toFixed(2)}×** the default analyzer's CPU time (median of ${rounds} rounds of 20 chunks alternating between the
two, range ${low.toFixed(2)} – ${high.toFixed(2)}; target at most 1.3×).`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('fit-bench', report);
