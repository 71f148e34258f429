// Where the default analyzer spends its time: a CPU profile of the built package scoring the sentiment corpus,
// reduced to the functions with the most self time and the share of each stage.
//   npm run bench:profile -- [--data ../shared/eval] [--no-write]
import { Session } from 'node:inspector/promises';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const corpus = loadSentimentDatasets(dataDir).flatMap((dataset) => dataset.items.map((item) => item.text));
const { analyze } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

for (const text of corpus) analyze(text); // warm-up: JIT, lazy models
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
for (let round = 0; round < 2; round++) for (const text of corpus) analyze(text);
const { profile } = (await session.post('Profiler.stop')) as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
session.disconnect();

const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
const parents = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
const where = (node: ProfileNode) => {
  const url = node.callFrame.url;
  if (url.includes('wink-nlp') || url.includes('wink-eng-lite')) return 'wink-nlp';
  if (url === '') return 'runtime';
  return 'cxtone';
};
const self = new Map<string, { ms: number; owner: string }>();
const stages = new Map<string, number>();
const STAGES = ['readDoc', 'scoreSentences', 'scoreEmotions', 'findInContext', 'scoreIntents', 'scoreSignals'];
let total = 0;
profile.samples.forEach((sample, k) => {
  const ms = (profile.timeDeltas[k] ?? 0) / 1000;
  total += ms;
  const node = nodes.get(sample)!;
  const name = node.callFrame.functionName || '(anonymous)';
  const key = `${name} (${where(node)})`;
  self.set(key, { ms: (self.get(key)?.ms ?? 0) + ms, owner: where(node) });
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parents.get(id)) {
    const fn = nodes.get(id)!.callFrame.functionName;
    if (STAGES.includes(fn) && !seen.has(fn)) {
      seen.add(fn);
      stages.set(fn, (stages.get(fn) ?? 0) + ms);
    }
  }
});
const share = (ms: number) => `${((100 * ms) / total).toFixed(1)} %`;
const top = [...self].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15);
const report = `## Profile of the default analyzer

Self time of the 15 costliest functions while the built package scores the sentiment corpus twice (${corpus.length.toLocaleString('en-US')} texts
a round) with the default scorers, after a warm-up round; and the share of the pipeline's stages, inclusive of what
they call. Reproduce with \`npm run bench:profile\`.

${markdownTable(
  ['function', 'self time'],
  top.map(([name, { ms }]) => [name, share(ms)]),
)}

${markdownTable(
  ['stage', 'share of the time'],
  STAGES.map((stage) => [stage, share(stages.get(stage) ?? 0)]),
)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('profile', report);
