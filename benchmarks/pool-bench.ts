// Single thread against the worker pool on 100,000 texts, from the built package.
//   npm run bench (or: npx tsx benchmarks/pool-bench.ts [--data ../shared/eval] [--texts 100000])
import { availableParallelism } from 'node:os';
import { DEFAULT_DATA_DIR, flag, loadSentimentDatasets } from './data.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const dataDir = flag(args, 'data') ?? DEFAULT_DATA_DIR;
const size = Number(flag(args, 'texts') ?? 100_000);
const corpus = loadSentimentDatasets(dataDir).flatMap((dataset) => dataset.items.map((item) => item.text));
// The public customer-service texts, cycled to the size asked for.
const texts = Array.from({ length: size }, (_, i) => corpus[i % corpus.length]!);
const { analyzeMany } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
const { createPool } = (await import(new URL('../dist/node.js', import.meta.url).href)) as typeof import('../src/node/index.js');

async function time(run: () => AsyncGenerator<unknown>): Promise<number> {
  const start = performance.now();
  let count = 0;
  for await (const _ of run()) count++;
  if (count !== texts.length) throw new Error(`expected ${texts.length} results, got ${count}`);
  return (performance.now() - start) / 1000;
}

const cpus = availableParallelism();
for await (const _ of analyzeMany(texts.slice(0, 2000))) void _; // warm-up
const single = await time(() => analyzeMany(texts));
const rows = [['single thread (analyzeMany)', '1', Math.round(texts.length / single).toLocaleString('en-US'), '1.00×', '']];
for (const concurrency of [...new Set([2, cpus])].filter((n) => n >= 2)) {
  const pool = createPool({ concurrency });
  for await (const _ of pool.analyzeMany(texts.slice(0, 2000))) void _; // start the workers, load their models
  const seconds = await time(() => pool.analyzeMany(texts));
  await pool.close();
  const speedup = single / seconds;
  rows.push([`pool (cxtone/node)`, String(concurrency), Math.round(texts.length / seconds).toLocaleString('en-US'), `${speedup.toFixed(2)}×`, `${((100 * speedup) / concurrency).toFixed(0)} %`]);
}
const report = `## Batch and parallel scoring

${texts.length.toLocaleString('en-US')} texts (the ${corpus.length.toLocaleString('en-US')} public customer-service and review texts of \`${dataDir}\`, cycled),
default scorers, results consumed in input order. ${cpus} CPU(s) available. Reproduce with \`npm run bench\`.

${markdownTable(['mode', 'threads', 'texts/s', 'speed-up', 'per-thread efficiency'], rows)}`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('pool', report);
