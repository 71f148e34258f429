// The cost of a change: this build against another one (an earlier commit's), side by side in one process.
//   git worktree add /tmp/base <rev> && (cd /tmp/base && npm ci && npx tsup)
//   npm run build && npx tsx benchmarks/compare.ts --base /tmp/base/dist --label <rev> [--data ../shared/eval] [--rounds 9]
// writes the "cost of the last change" section of RESULTS.md (--no-write to only print).
// Timings on a shared machine drift by 10 % and more between runs, so the corpus is cut into chunks that alternate
// between the two builds, time is CPU time, and the figure is the median over rounds of this build's total over the
// other's. An A/A run (--base dist) shows the noise that is left.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { pairedRatio } from './paired.js';
import { markdownTable, writeResultsSection } from './results-file.js';

type Cxtone = typeof import('../src/index.js');

const args = process.argv.slice(2);
const baseDir = flag(args, 'base');
if (!baseDir) throw new Error('pass --base <dist directory of the build to compare with>');
const rounds = Number(flag(args, 'rounds') ?? 9);
const CHUNKS = 20;
const corpus = loadSentimentDatasets(flag(args, 'data') ?? DEFAULT_DATA_DIR).flatMap((dataset) => dataset.items.map((item) => item.text));
const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Cxtone;
const current = (await load(new URL('../dist/', import.meta.url).pathname)).createAnalyzer();
const base = (await load(baseDir)).createAnalyzer();

const configurations = {
  'core (sentiment only)': { emotions: false, intents: false, signals: false },
  'default (sentiment, emotions, intents, signals)': {},
  'core + aspects': { emotions: false, intents: false, signals: false, aspects: true },
};

const rows: string[][] = [];
for (const [name, scorers] of Object.entries(configurations)) {
  const { median, low, high } = pairedRatio(
    corpus.length,
    (k) => current.analyze(corpus[k]!, scorers),
    (k) => base.analyze(corpus[k]!, scorers),
    { rounds, chunks: CHUNKS },
  );
  rows.push([name, `${median.toFixed(3)}×`, `${low.toFixed(3)} – ${high.toFixed(3)}`]);
}
const label = flag(args, 'label') ?? baseDir;
const report = `## Cost of the last change

This build's CPU time over the build of \`${label}\`, on ${corpus.length} texts in one process: ${rounds} rounds of
${CHUNKS} chunks that alternate between the two builds; the median and range of the per-round ratio. An A/A run (the
same build on both sides) stays within a few per cent of 1.00×. Reproduce with \`npx tsx benchmarks/compare.ts --base
<dist of the other build> --label <its name>\` (see the script's header).

${markdownTable(['configuration', 'median', 'range'], rows)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('compare', report);
