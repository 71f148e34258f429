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

/** Milliseconds per 1,000 results for moving results between threads, two ways, on this thread. */
function transportCost(results: readonly unknown[]): { clone: number; json: number } {
  const perThousand = (run: () => unknown) => {
    const start = performance.now();
    run();
    return ((performance.now() - start) * 1000) / results.length;
  };
  return {
    clone: perThousand(() => structuredClone(results)),
    json: perThousand(() => results.map((result) => JSON.parse(JSON.stringify(result)))),
  };
}

const cpus = availableParallelism();
for await (const _ of analyzeMany(texts.slice(0, 2000))) void _; // warm-up
const sample: unknown[] = [];
const sampleStart = performance.now();
for await (const result of analyzeMany(texts.slice(0, 5000))) sample.push(result);
const analysisCost = ((performance.now() - sampleStart) * 1000) / sample.length;
const transport = transportCost(sample);
const rate = (seconds: number) => Math.round(texts.length / seconds).toLocaleString('en-US');
const ROUNDS = 3;
// Modes run interleaved, round after round, so that the shared machine's load changes hit them all alike.
const pools = [...new Set([2, cpus])].filter((n) => n >= 2).map((concurrency) => ({ concurrency, pool: createPool({ concurrency }) }));
for (const { pool } of pools) for await (const _ of pool.analyzeMany(texts.slice(0, 2000))) void _; // start the workers, load their models
const modes = [
  { name: 'single thread (analyzeMany)', threads: 1, run: () => analyzeMany(texts) },
  ...pools.flatMap(({ concurrency, pool }) => [
    { name: 'pool.analyzeMany (results as objects)', threads: concurrency, run: () => pool.analyzeMany(texts) },
    { name: 'pool.analyzeManyAsJson (results as JSON lines)', threads: concurrency, run: () => pool.analyzeManyAsJson(texts) },
  ]),
];
const rounds = modes.map((): number[] => []);
for (let round = 0; round < ROUNDS; round++) for (const [k, mode] of modes.entries()) rounds[k]!.push(await time(mode.run));
await Promise.all(pools.map(({ pool }) => pool.close()));
const best = rounds.map((seconds) => Math.min(...seconds));
const rows = modes.map((mode, k) => {
  const speedup = best[0]! / best[k]!;
  return [mode.name, String(mode.threads), rate(best[k]!), `${speedup.toFixed(2)}×`, k === 0 ? '' : `${((100 * speedup) / mode.threads).toFixed(0)} %`, rounds[k]!.map(rate).join(', ')];
});
const report = `## Batch and parallel scoring

${texts.length.toLocaleString('en-US')} texts (the ${corpus.length.toLocaleString('en-US')} public customer-service and review texts of \`${dataDir}\`, cycled),
default scorers, results consumed in input order; best of ${ROUNDS} interleaved rounds per mode (all rounds listed). ${cpus} CPU(s) available.
Reproduce with \`npm run bench\`.

${markdownTable(['mode', 'threads', 'texts/s (best)', 'speed-up', 'per-thread efficiency', 'each round, texts/s'], rows)}

What the main thread pays per 1,000 results, measured on one thread: analysis ${analysisCost.toFixed(0)} ms; moving results between
threads by structured clone ${transport.clone.toFixed(0)} ms, by JSON.stringify + JSON.parse ${transport.json.toFixed(0)} ms (the pool's
transport; \`analyzeManyAsJson\` leaves out the parse). With as many workers as CPUs, the main thread's share competes with the workers
for the same cores, so the speed-up stays below the thread count.`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('pool', report);
