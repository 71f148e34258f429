// Single thread against the worker pool on 100,000 texts, from the built package.
//   npm run bench (or: npx tsx benchmarks/pool-bench.ts [--data ../shared/eval] [--texts 100000])
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
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

async function drain(results: AsyncGenerator<unknown>): Promise<number> {
  let count = 0;
  for await (const _ of results) count++;
  return count;
}

async function time(run: () => Promise<number>): Promise<number> {
  const start = performance.now();
  const count = await run();
  if (count !== texts.length) throw new Error(`expected ${texts.length} results, got ${count}`);
  return (performance.now() - start) / 1000;
}

// Each worker scores its own share of the texts and sends back only a count: no dispatch, no results crossing
// threads, no main-thread work. What this reaches is the most any pool can reach on this machine.
const INDEPENDENT_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
import(workerData.dist).then(async ({ analyzeMany }) => {
  for await (const _ of analyzeMany(workerData.texts.slice(0, 2000))) void _;
  parentPort.postMessage('ready');
  parentPort.on('message', async () => {
    let count = 0;
    for await (const _ of analyzeMany(workerData.texts)) count++;
    parentPort.postMessage(count);
  });
});`;

async function independentWorkers(count: number): Promise<{ run: () => Promise<number>; close: () => Promise<void> }> {
  const share = Math.ceil(texts.length / count);
  const dist = new URL('../dist/index.js', import.meta.url).href;
  const workers = Array.from(
    { length: count },
    (_, k) => new Worker(INDEPENDENT_WORKER, { eval: true, workerData: { dist, texts: texts.slice(k * share, (k + 1) * share) } }),
  );
  const reply = (worker: Worker) => new Promise<number>((resolve, reject) => worker.once('message', resolve).once('error', reject));
  await Promise.all(workers.map(reply));
  return {
    run: async () => {
      const counts = workers.map((worker) => {
        const done = reply(worker);
        worker.postMessage('go');
        return done;
      });
      return (await Promise.all(counts)).reduce((sum, n) => sum + n, 0);
    },
    close: async () => void (await Promise.all(workers.map((worker) => worker.terminate()))),
  };
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
await drain(analyzeMany(texts.slice(0, 2000))); // warm-up
const sample: unknown[] = [];
const sampleStart = performance.now();
for await (const result of analyzeMany(texts.slice(0, 5000))) sample.push(result);
const analysisCost = ((performance.now() - sampleStart) * 1000) / sample.length;
const transport = transportCost(sample);
const rate = (seconds: number) => Math.round(texts.length / seconds).toLocaleString('en-US');
const ROUNDS = 5;
// Modes run interleaved, round after round, so that the shared machine's load changes hit them all alike.
const threadCounts = [...new Set([2, cpus])].filter((n) => n >= 2);
const pools = threadCounts.map((concurrency) => ({ concurrency, pool: createPool({ concurrency }) }));
for (const { pool } of pools) await drain(pool.analyzeMany(texts.slice(0, 2000))); // start the workers, load their models
const ceilings = await Promise.all(
  threadCounts.map(async (concurrency) => ({ concurrency, workers: await independentWorkers(concurrency) })),
);
const modes = [
  { name: 'single thread (analyzeMany)', threads: 1, run: () => drain(analyzeMany(texts)) },
  ...pools.flatMap(({ concurrency, pool }) => [
    { name: 'pool.analyzeMany (results as objects)', threads: concurrency, run: () => drain(pool.analyzeMany(texts)) },
    { name: 'pool.analyzeManyAsJson (results as JSON lines)', threads: concurrency, run: () => drain(pool.analyzeManyAsJson(texts)) },
  ]),
  ...ceilings.map(({ concurrency, workers }) => ({
    name: 'independent workers, no results returned (ceiling)',
    threads: concurrency,
    run: workers.run,
    ceiling: true,
  })),
];
const rounds = modes.map((): number[] => []);
for (let round = 0; round < ROUNDS; round++) for (const [k, mode] of modes.entries()) rounds[k]!.push(await time(mode.run));
await Promise.all([...pools.map(({ pool }) => pool.close()), ...ceilings.map(({ workers }) => workers.close())]);
const best = rounds.map((seconds) => Math.min(...seconds));
const ceilingSeconds = (threads: number) => best[modes.findIndex((mode) => 'ceiling' in mode && mode.threads === threads)]!;
const rows = modes.map((mode, k) => {
  const speedup = best[0]! / best[k]!;
  const ofCeiling = k === 0 ? '' : `${((100 * ceilingSeconds(mode.threads)) / best[k]!).toFixed(0)} %`;
  return [
    mode.name,
    String(mode.threads),
    rate(best[k]!),
    `${speedup.toFixed(2)}×`,
    k === 0 ? '' : `${((100 * speedup) / mode.threads).toFixed(0)} %`,
    ofCeiling,
    rounds[k]!.map(rate).join(', '),
  ];
});
const report = `## Batch and parallel scoring

${texts.length.toLocaleString('en-US')} texts (the ${corpus.length.toLocaleString('en-US')} public customer-service and review texts of \`${dataDir}\`, cycled),
default scorers, results consumed in input order; best of ${ROUNDS} interleaved rounds per mode (all rounds listed). ${cpus} CPU(s) available.
Reproduce with \`npm run bench\`.

${markdownTable(['mode', 'threads', 'texts/s (best)', 'speed-up', 'per-thread efficiency', 'of the ceiling', 'each round, texts/s'], rows)}

What the main thread pays per 1,000 results, measured on one thread: analysis ${analysisCost.toFixed(0)} ms; moving results between
threads by structured clone ${transport.clone.toFixed(0)} ms, by JSON.stringify + JSON.parse ${transport.json.toFixed(0)} ms (the pool's
transport; \`analyzeManyAsJson\` leaves out the parse). With as many workers as CPUs, the main thread's share competes with the workers
for the same cores. The ceiling row is the same scoring split over the same number of workers that share nothing and return only a
count: the most a pool can reach on this machine; \`of the ceiling\` is a mode's throughput as a share of it. Where the ceiling itself is
well below the thread count, the machine (shared cores, memory, the garbage collector's helper threads) sets the limit, not the pool.`;
console.log(report);
if (!args.includes('--no-write')) writeResultsSection('pool', report);
