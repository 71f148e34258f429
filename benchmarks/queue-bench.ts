// cxtone/bullmq end to end (issue 21): interactions enqueued, scored and checkpointed by 1 and 2 worker processes
// (the `cxtone worker` command), against analyzeMany in one process, in the same run; and the Redis memory the
// state takes per 1,000 accounts. Needs redis-server and a build:
//   npm run build && npx tsx benchmarks/queue-bench.ts [--records 30000] [--no-write]
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import { syntheticInteractions } from '../test/support/interactions.js';
import { startRedis } from '../test/support/redis.js';
import { flag } from './data.js';
import { markdownTable, writeResultsSection } from './results-file.js';

const args = process.argv.slice(2);
const count = Number(flag(args, 'records') ?? 30_000);
const ACCOUNTS = 1000;
const WARM_UP = 10_000;
const cli = new URL('../dist/cli.js', import.meta.url).pathname;
const records = syntheticInteractions(count, ACCOUNTS, 11);
// Warm-up records of other accounts: a worker that has run a while has its code compiled and its caches filled (the
// language model learns every new word it reads), and both sides are timed warm to the same degree.
const warmUp = syntheticInteractions(WARM_UP, 50, 99).map((record) => ({
  ...record,
  id: `warm-${record.id}`,
  accountId: `warm-${record.accountId}`,
}));

if (args.includes('--in-process')) {
  // The in-process side runs in a fresh process of its own, like each worker: a process that had read these texts
  // in an earlier round would read them faster (wink-nlp has learned their words), and the ratio would be unfair.
  const { analyzeMany } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');
  for await (const _ of analyzeMany(
    warmUp.map((record) => record.text!),
    { scorers: { aspects: true } },
  ));
  const start = performance.now();
  let n = 0;
  for await (const _ of analyzeMany(
    records.map((record) => record.text!),
    { scorers: { aspects: true } },
  ))
    n++;
  process.stdout.write(`${n / ((performance.now() - start) / 1000)}\n`);
  process.exit(0);
}

const queueModule = (await import(new URL('../dist/bullmq.js', import.meta.url).href)) as typeof import('../src/bullmq/index.js');
const server = await startRedis();
const redis = new Redis(server.url);

/** Records per second of analyzeMany over the records' texts, scored as a worker scores them (with aspects). */
async function inProcessRate(): Promise<number> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--in-process'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const rate = Number(output.trim());
  if (!(rate > 0)) throw new Error(`the in-process run printed ${JSON.stringify(output)}`);
  return rate;
}

function startWorker(queue: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [cli, 'worker', '--redis', server.url, '--queue', queue], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('waiting for jobs')) resolve(child);
    });
  });
}

async function counted(queue: string): Promise<number> {
  let total = 0;
  for (let shard = 0; shard < 16; shard++) total += await redis.scard(`cxtone:${queue}:shard:${shard}:seen`);
  return total;
}

/** Records per second from the first enqueue to the last checkpoint, with `workers` worker processes. */
async function queueRate(workers: number, queue: string): Promise<number> {
  const processes = await Promise.all(Array.from({ length: workers }, () => startWorker(queue)));
  await queueModule.enqueueInteractions(warmUp, { redis: server.url, queue });
  while ((await counted(queue)) < warmUp.length) await new Promise((resolve) => setTimeout(resolve, 50));
  const start = performance.now();
  await queueModule.enqueueInteractions(records, { redis: server.url, queue });
  while ((await counted(queue)) < warmUp.length + records.length) await new Promise((resolve) => setTimeout(resolve, 50));
  const seconds = (performance.now() - start) / 1000;
  await Promise.all(
    processes.map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  return records.length / seconds;
}

async function memoryOf(queue: string): Promise<{ state: number; seen: number }> {
  let state = 0;
  let seen = 0;
  for (let shard = 0; shard < 16; shard++) {
    state += Number((await redis.memory('USAGE', `cxtone:${queue}:shard:${shard}:accounts`, 'SAMPLES', 0)) ?? 0);
    seen += Number((await redis.memory('USAGE', `cxtone:${queue}:shard:${shard}:seen`, 'SAMPLES', 0)) ?? 0);
  }
  return { state, seen };
}

const rows: string[][] = [];
const ROUNDS = Number(flag(args, 'rounds') ?? 3);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[]) => `${Math.min(...values).toFixed(2)} – ${Math.max(...values).toFixed(2)}`;
try {
  // Rounds alternate the four runs, so that the machine's drift falls on all of them; ratios are per round.
  const oneRatios: number[] = [];
  const twoRatios: number[] = [];
  const twoOverOne: number[] = [];
  const pairOverOne: number[] = [];
  const rates = { pair: [] as number[], local: [] as number[], one: [] as number[], two: [] as number[] };
  for (let round = 0; round < ROUNDS; round++) {
    const local = await inProcessRate();
    // Two scoring processes side by side, with no queue at all: how far two cores of this machine go past one.
    const pair = (await Promise.all([inProcessRate(), inProcessRate()])).reduce((sum, rate) => sum + rate);
    const one = await queueRate(1, `bench-one-${round}`);
    const two = await queueRate(2, `bench-two-${round}`);
    rates.local.push(local);
    rates.pair.push(pair);
    pairOverOne.push(pair / local);
    rates.one.push(one);
    rates.two.push(two);
    oneRatios.push(one / local);
    twoRatios.push(two / local);
    twoOverOne.push(two / one);
  }
  // The queue measured holds the warm-up's records and accounts too.
  const accounts = new Set([...records, ...warmUp].map((record) => record.accountId)).size;
  const stored = records.length + warmUp.length;
  const memory = await memoryOf('bench-one-0');
  rows.push(
    ['analyzeMany in one process (with aspects)', median(rates.local).toFixed(0), '1.00×', '', ''],
    [
      'analyzeMany in two processes side by side',
      median(rates.pair).toFixed(0),
      `${median(pairOverOne).toFixed(2)}×`,
      range(pairOverOne),
      "no queue: this machine's ceiling for two processes",
    ],
    ['queue, 1 worker process', median(rates.one).toFixed(0), `${median(oneRatios).toFixed(2)}×`, range(oneRatios), '≥ 0.8× in-process'],
    [
      'queue, 2 worker processes',
      median(rates.two).toFixed(0),
      `${median(twoRatios).toFixed(2)}×`,
      range(twoRatios),
      `${median(twoOverOne).toFixed(2)}× one worker (${range(twoOverOne)}; target ≥ 1.5×)`,
    ],
  );
  const perThousand = (bytes: number) => `${(((bytes / accounts) * 1000) / 1024 / 1024).toFixed(2)} MB`;
  const report = `## Queue: cxtone/bullmq end to end

${records.length} synthetic interactions over ${accounts} accounts (90 days), enqueued in jobs of 500 and scored, folded and
checkpointed by \`cxtone worker\` processes on a local redis-server, timed from the first enqueue to the last checkpoint;
against \`analyzeMany\` on the same texts in one process, in the same run (${ROUNDS} rounds, each running the four in turn). Each side is a
fresh process warmed with the same ${WARM_UP} records of other accounts, then reads the records once. On this machine
(${(await import('node:os')).availableParallelism()} vCPUs, shared by the workers, Redis and the producer). Reproduce with
\`npm run build && npx tsx benchmarks/queue-bench.ts\`.

${markdownTable(['run', 'records/s (median)', 'vs in-process (median)', 'range over rounds', 'note'], rows)}

Redis memory for the state of ${accounts} accounts (${(stored / accounts).toFixed(0)} interactions each on average): ${perThousand(memory.state)}
per 1,000 accounts for the shard states, and ${perThousand(memory.seen)} per 1,000 accounts for the ids of the records counted
(${(memory.seen / records.length).toFixed(0)} bytes per record, growing with every record: see the scale-out guide).`;
  console.log(report);
  if (!args.includes('--no-write')) writeResultsSection('queue', report);
} finally {
  redis.disconnect();
  await server.stop();
}
