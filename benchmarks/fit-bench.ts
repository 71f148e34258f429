// What fitted models cost (issue 17): fitting 10,000 labelled examples on one core, and analysis with a sentiment
// and an intent model attached against the default analyzer, side by side in paired rounds.
//   npx tsx benchmarks/fit-bench.ts [--data ../shared/eval] [--rounds 5] [--no-write]      (after npm run build)
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets, readJsonl } from './data.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const rounds = Number(flag(args, 'rounds') ?? 5);
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
const timeCorpus = (analyzer: typeof plain) =>
  timed(() => {
    for (const text of corpus) analyzer.analyze(text);
  })[1];
timeCorpus(plain);
timeCorpus(withModels);
const ratios: number[] = [];
for (let round = 0; round < rounds; round++) {
  // Alternate which goes first, so neither always runs on a warmer machine.
  const [first, second] = round % 2 === 0 ? [plain, withModels] : [withModels, plain];
  const a = timeCorpus(first);
  const b = timeCorpus(second);
  ratios.push(first === plain ? b / a : a / b);
}
const median = [...ratios].sort((x, y) => x - y)[Math.floor(ratios.length / 2)]!;

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
takes **${median.toFixed(2)}×** the default analyzer's time (median of ${rounds} paired rounds: ${ratios.map((ratio) => ratio.toFixed(2)).join(', ')};
target at most 1.3×).`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('fit-bench', report);
