// The cost of a change: this build against another one (an earlier commit's).
//   git worktree add /tmp/base <rev> && (cd /tmp/base && npm ci && npx tsup)
//   npm run build && npx tsx benchmarks/compare.ts --base /tmp/base/dist --label <rev> [--data ../shared/eval] [--rounds 9]
//   npm run build && npx tsx benchmarks/compare.ts --base /tmp/base/dist --label <rev> --fresh 14
//   npm run build && npx tsx benchmarks/compare.ts --base /tmp/base/dist --label <rev> --processes 6 [--rounds 3]   (preferred)
// writes the "cost of the last change" section of RESULTS.md (--no-write to only print).
// Timings on a shared machine drift by 10 % and more between runs. By default the corpus is cut into chunks that
// alternate between the two builds in one process, time is CPU time, and the figure is the median over rounds of this
// build's total over the other's; an A/A run (--base dist) shows the noise that is left. With --fresh N, each build
// instead scores the corpus in N fresh processes, taking turns, and the figure is the ratio of the fastest runs: a
// neighbour on the machine can only add time, so the fastest of many runs is the steadiest reading of a small change.
// With --processes K, the paired runs are made in K fresh processes of plain node, half of them loading this build first:
// under tsx, this script's own runner, the default reading leans towards the build in this repository (see PAIRED_CHILD).
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
  const method = `${rounds} rounds of ${CHUNKS} chunks that alternate between the two builds in one process (under tsx); the
median and range of the per-round ratio. It leans towards the build in this repository: a copy of one build read 0.99×,
0.94× and 0.93× against it (core, default, aspects), so builds are better compared with --processes.`;
  return { method, header: ['median', 'range'], rows };
}

const median = (values: number[]) => [...values].sort((x, y) => x - y)[values.length >> 1]!;

/** Runs this script with `args` in a fresh process and returns the numbers it prints on its last line. */
function timedProcess(args: readonly string[]): number[] {
  const script = fileURLToPath(import.meta.url);
  const timed = spawnSync(process.execPath, [...process.execArgv, script, ...args, '--data', dataDir], { encoding: 'utf8' });
  if (timed.status !== 0) throw new Error(`a timing process failed:\n${timed.stderr}`);
  return JSON.parse(timed.stdout.trim().split('\n').pop()!) as number[];
}

function freshRuns(count: number): Comparison {
  const times: Record<'current' | 'base', number[][]> = { current: [], base: [] };
  for (let run = 0; run < count; run++) {
    for (const side of run % 2 === 0 ? (['current', 'base'] as const) : (['base', 'current'] as const)) {
      times[side].push(timedProcess(['--child', side === 'current' ? currentDir : resolve(baseDir!)]));
    }
  }
  const rows = names.map((name, k) => {
    const current = times.current.map((run) => run[k]!);
    const base = times.base.map((run) => run[k]!);
    return [name, `${(Math.min(...current) / Math.min(...base)).toFixed(3)}×`, `${(median(current) / median(base)).toFixed(3)}×`];
  });
  const method = `each build scored the corpus in ${count} fresh processes, taking turns (every configuration read once to
warm up, then timed); the ratio of the fastest runs, and of the medians.`;
  return { method, header: ['fastest', 'median'], rows };
}

/**
 * One process of --processes, run by plain `node`: under tsx, two copies of one build, one in this repository and one
 * outside it, read 0.99×, 0.94× and 0.93× (core, default, aspects; six processes); under node, 0.98× to 1.05×. It loads
 * the builds in the order given and prints, per configuration, the median over rounds of the first's CPU time over the
 * second's. It repeats the loop of `paired.ts`, which plain node cannot import.
 */
const PAIRED_CHILD = `
const [first, second, rounds, chunks, configurations] = JSON.parse(process.argv[1]);
const corpus = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const { pathToFileURL } = require('node:url');
(async () => {
  const load = async (dir) => (await import(pathToFileURL(dir + '/index.js').href)).createAnalyzer();
  const sides = [await load(first), await load(second)];
  const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
  const medians = configurations.map((scorers) => {
    for (const text of corpus) for (const side of sides) side.analyze(text, scorers);
    const ratios = [];
    for (let round = 0; round < rounds; round++) {
      const time = [0, 0];
      for (let chunk = 0; chunk < chunks; chunk++) {
        const from = Math.floor((chunk * corpus.length) / chunks);
        const to = Math.floor(((chunk + 1) * corpus.length) / chunks);
        for (const s of (chunk + round) % 2 === 0 ? [0, 1] : [1, 0]) {
          const start = cpu();
          for (let k = from; k < to; k++) sides[s].analyze(corpus[k], scorers);
          time[s] += cpu() - start;
        }
      }
      ratios.push(time[0] / time[1]);
    }
    return ratios.sort((x, y) => x - y)[ratios.length >> 1];
  });
  console.log(JSON.stringify(medians));
})();`;

function pairedProcesses(count: number, rounds: number): Comparison {
  const base = resolve(baseDir!);
  const corpusJson = JSON.stringify(corpus);
  const runs: number[][] = [];
  for (let run = 0; run < count; run++) {
    // Half the processes load this build first; a ratio of the second over the first is turned around.
    const currentFirst = run % 2 === 0;
    const order = currentFirst ? [currentDir, base] : [base, currentDir];
    const settings = JSON.stringify([...order, rounds, CHUNKS, Object.values(configurations)]);
    const timed = spawnSync(process.execPath, ['-e', PAIRED_CHILD, settings], { input: corpusJson, encoding: 'utf8', maxBuffer: 1 << 26 });
    if (timed.status !== 0) throw new Error(`a timing process failed:\n${timed.stderr}`);
    const medians = JSON.parse(timed.stdout.trim().split('\n').pop()!) as number[];
    runs.push(currentFirst ? medians : medians.map((ratio) => 1 / ratio));
  }
  const rows = names.map((name, k) => {
    const ratios = runs.map((run) => run[k]!);
    return [name, `${median(ratios).toFixed(3)}×`, `${Math.min(...ratios).toFixed(3)} – ${Math.max(...ratios).toFixed(3)}`];
  });
  const method = `paired runs (${rounds} rounds of ${CHUNKS} chunks that alternate between the builds) in ${count} fresh
processes of plain \`node\`, half of them loading this build first; the median and range of the processes' medians.`;
  return { method, header: ['median', 'range'], rows };
}

const fresh = flag(args, 'fresh');
const processes = flag(args, 'processes');
const comparison = fresh
  ? freshRuns(Number(fresh))
  : processes
    ? pairedProcesses(Number(processes), Number(flag(args, 'rounds') ?? 3))
    : await pairedRuns(Number(flag(args, 'rounds') ?? 9));
const report = `## Cost of the last change

This build's CPU time over the build of \`${label}\`, on ${corpus.length} texts: ${comparison.method} Reproduce with
\`npx tsx benchmarks/compare.ts --base <dist of the other build> --label <its name> [--processes N | --fresh N]\` (see the script's
header).

${markdownTable(['configuration', ...comparison.header], comparison.rows)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('compare', report);
