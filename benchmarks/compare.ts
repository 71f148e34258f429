// The cost of a change: this build against another one (an earlier commit's).
//   git worktree add /tmp/base <rev> && (cd /tmp/base && npm ci && npx tsup)
//   npm run build && npx tsx benchmarks/compare.ts --base /tmp/base/dist --label <rev> [--data ../shared/eval] [--rounds 9]
//   npm run build && npx tsx benchmarks/compare.ts --base /tmp/base/dist --label <rev> --fresh 14
// writes the "cost of the last change" section of RESULTS.md (--no-write to only print).
// Timings on a shared machine drift by 10 % and more between runs. By default the corpus is cut into chunks that
// alternate between the two builds in one process, time is CPU time, and the figure is the median over rounds of this
// build's total over the other's; an A/A run (--base dist) shows the noise that is left. With --fresh N, each build
// instead scores the corpus in N fresh processes, taking turns, and the figure is the ratio of the fastest runs: a
// neighbour on the machine can only add time, so the fastest of many runs is the steadiest reading of a small change.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { pairedRatio } from './paired.js';
import { markdownTable, writeResultsSection } from './results-file.js';

type Cxtone = typeof import('../src/index.js');

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const corpus = loadSentimentDatasets(dataDir).flatMap((dataset) => dataset.items.map((item) => item.text));
const load = async (dir: string) => (await import(pathToFileURL(resolve(dir, 'index.js')).href)) as Cxtone;
const CHUNKS = 20;

const configurations = {
  'core (sentiment only)': { emotions: false, intents: false, signals: false },
  'default (sentiment, emotions, intents, signals)': {},
  'core + aspects': { emotions: false, intents: false, signals: false, aspects: true },
};

const child = flag(args, 'child');
if (child) {
  // One fresh process of --fresh: each configuration read once to warm up, then timed on a second reading.
  const analyzer = (await load(child)).createAnalyzer();
  const times: number[] = [];
  for (const scorers of Object.values(configurations)) {
    for (const text of corpus) analyzer.analyze(text, scorers);
    const start = process.cpuUsage();
    for (const text of corpus) analyzer.analyze(text, scorers);
    const { user, system } = process.cpuUsage(start);
    times.push((user + system) / 1000);
  }
  process.stdout.write(`${JSON.stringify(times)}\n`);
  process.exit(0);
}

const baseDir = flag(args, 'base');
if (!baseDir) throw new Error('pass --base <dist directory of the build to compare with>');
const label = flag(args, 'label') ?? baseDir;
const currentDir = fileURLToPath(new URL('../dist/', import.meta.url));
const names = Object.keys(configurations);

interface Comparison {
  method: string;
  header: string[];
  rows: string[][];
}

async function pairedRuns(rounds: number): Promise<Comparison> {
  const current = (await load(currentDir)).createAnalyzer();
  const base = (await load(baseDir!)).createAnalyzer();
  const rows = Object.entries(configurations).map(([name, scorers]) => {
    const { median, low, high } = pairedRatio(
      corpus.length,
      (k) => current.analyze(corpus[k]!, scorers),
      (k) => base.analyze(corpus[k]!, scorers),
      { rounds, chunks: CHUNKS },
    );
    return [name, `${median.toFixed(3)}×`, `${low.toFixed(3)} – ${high.toFixed(3)}`];
  });
  const method = `${rounds} rounds of ${CHUNKS} chunks that alternate between the two builds in one process; the median and
range of the per-round ratio. An A/A run (the same build on both sides) stays within a few per cent of 1.00×.`;
  return { method, header: ['median', 'range'], rows };
}

function freshRuns(count: number): Comparison {
  const times: Record<'current' | 'base', number[][]> = { current: [], base: [] };
  for (let run = 0; run < count; run++) {
    for (const side of run % 2 === 0 ? (['current', 'base'] as const) : (['base', 'current'] as const)) {
      const dir = side === 'current' ? currentDir : resolve(baseDir!);
      const script = fileURLToPath(import.meta.url);
      const timed = spawnSync(process.execPath, [...process.execArgv, script, '--child', dir, '--data', dataDir], { encoding: 'utf8' });
      if (timed.status !== 0) throw new Error(`a timing process of ${dir} failed:\n${timed.stderr}`);
      times[side].push(JSON.parse(timed.stdout.trim().split('\n').pop()!) as number[]);
    }
  }
  const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;
  const rows = names.map((name, k) => {
    const current = times.current.map((run) => run[k]!);
    const base = times.base.map((run) => run[k]!);
    return [name, `${(Math.min(...current) / Math.min(...base)).toFixed(3)}×`, `${(median(current) / median(base)).toFixed(3)}×`];
  });
  const method = `each build scored the corpus in ${count} fresh processes, taking turns (every configuration read once to
warm up, then timed); the ratio of the fastest runs, and of the medians.`;
  return { method, header: ['fastest', 'median'], rows };
}

const fresh = flag(args, 'fresh');
const comparison = fresh ? freshRuns(Number(fresh)) : await pairedRuns(Number(flag(args, 'rounds') ?? 9));
const report = `## Cost of the last change

This build's CPU time over the build of \`${label}\`, on ${corpus.length} texts: ${comparison.method} Reproduce with
\`npx tsx benchmarks/compare.ts --base <dist of the other build> --label <its name> [--fresh N]\` (see the script's header).

${markdownTable(['configuration', ...comparison.header], comparison.rows)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('compare', report);
