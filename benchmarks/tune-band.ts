// Sweeps the neutral band over the development sets: `npx tsx benchmarks/tune-band.ts [--data dir]`.
// Scores are computed once; only the decision threshold varies, so this is cheap to rerun.
import { createAnalyzer } from '../src/index.js';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { macroF1, type Polarity } from './metrics.js';

const datasets = loadSentimentDatasets(flag(process.argv.slice(2), 'data') ?? DEFAULT_DATA_DIR);
const analyzer = createAnalyzer();
const scored = datasets.map((dataset) => ({
  name: dataset.name,
  gold: dataset.items.map((item) => item.polarity),
  scores: dataset.items.map((item) => analyzer.analyze(item.text).sentiment.score),
}));
const label = (score: number, band: number): Polarity => (score >= band ? 'positive' : score <= -band ? 'negative' : 'neutral');
console.log(['band', ...scored.map((d) => d.name), 'mean'].join('\t'));
for (let band = 0.05; band <= 0.5001; band += 0.025) {
  const f1s = scored.map((d) =>
    macroF1(
      d.gold,
      d.scores.map((score) => label(score, band)),
    ),
  );
  console.log(
    [band.toFixed(3), ...f1s.map((f) => (100 * f).toFixed(1)), ((100 * f1s.reduce((a, b) => a + b)) / f1s.length).toFixed(2)].join('\t'),
  );
}
