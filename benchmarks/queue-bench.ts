// cxtone/bullmq end to end (issue 21): interactions enqueued, scored and checkpointed by 1 and 2 worker processes
// (the `cxtone worker` command), against analyzeMany in one process, in the same run; and the Redis memory the
// state takes per 1,000 accounts. Needs redis-server and a build:
//   npm run build && npx tsx benchmarks/queue-bench.ts [--records 30000] [--no-write]
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
  const cpuBefore = process.cpuUsage();
  let n = 0;
  for await (const _ of analyzeMany(
    records.map((record) => record.text!),
    { scorers: { aspects: true } },
  ))
    n++;
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(`${n / ((performance.now() - start) / 1000)} ${(cpu.user + cpu.system) / n}\n`);
  process.exit(0);
}

const queueModule = (await import(new URL('../dist/bullmq.js', import.meta.url).href)) as typeof import('../src/bullmq/index.js');
const server = await startRedis();
const redis = new Redis(server.url);

/** A run's records a second, and the CPU time its scoring processes spent per record (µs; NaN where not readable). */
interface Reading {
  rate: number;
  cpuPerRecord: number;
}

/** The four runs of a round: analyzeMany alone and as a pair, the queue with one and with two workers. */
type Side = 'local' | 'pair' | 'one' | 'two';

/**
 * CPU time (user and system, µs) a child process has used so far, from Linux's /proc: what a worker spends per record,
 * whatever share of the machine it got while the rates were taken. NaN where /proc is not there.
 */
function cpuTimeOf(child: ChildProcess): number {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks of 1/100 s (USER_HZ).
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return Number.NaN;
  }
}

/** Records per second of analyzeMany over the records' texts, scored as a worker scores them (with aspects). */
async function inProcessRate(): Promise<Reading> {
  const child = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...args, '--in-process'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await new Promise((resolve) => child.once('exit', resolve));
  const [rate, cpuPerRecord] = output.trim().split(' ').map(Number) as [number, number];
  if (!(rate > 0) || !(cpuPerRecord > 0)) throw new Error(`the in-process run printed ${JSON.stringify(output)}`);
  return { rate, cpuPerRecord };
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

/**
 * Records per second from the first enqueue to the last checkpoint, with `workers` worker processes, and the CPU time
 * the workers spent per record over that time (Redis and the producer not included).
 */
async function queueRate(workers: number, queue: string): Promise<Reading> {
  const processes = await Promise.all(Array.from({ length: workers }, () => startWorker(queue)));
  // The workers share the warm-up as they share the records: one copy per worker (under other ids and accounts) leaves
  // each as warm as one worker is after one copy, and as the in-process side is.
  const copies = Array.from({ length: workers }, (_, copy) =>
    warmUp.map((record) => ({ ...record, id: `${record.id}-${copy}`, accountId: `${record.accountId}-${copy}` })),
  ).flat();
  await queueModule.enqueueInteractions(copies, { redis: server.url, queue });
  while ((await counted(queue)) < copies.length) await new Promise((resolve) => setTimeout(resolve, 50));
  const workerCpu = () => processes.reduce((total, child) => total + cpuTimeOf(child), 0);
  const cpuBefore = workerCpu();
  const start = performance.now();
  await queueModule.enqueueInteractions(records, { redis: server.url, queue });
  while ((await counted(queue)) < copies.length + records.length) await new Promise((resolve) => setTimeout(resolve, 50));
  const seconds = (performance.now() - start) / 1000;
  const cpuPerRecord = (workerCpu() - cpuBefore) / records.length;
  await Promise.all(
    processes.map(
      (child) =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  return { rate: records.length / seconds, cpuPerRecord };
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
  const rounds: Record<Side, Reading>[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const local = await inProcessRate();
    // Two scoring processes side by side, with no queue at all: how far two cores of this machine go past one. As one
    // side, their records a second add up and their CPU a record is the mean of the two.
    const [first, second] = await Promise.all([inProcessRate(), inProcessRate()]);
    const pair = { rate: first.rate + second.rate, cpuPerRecord: (first.cpuPerRecord + second.cpuPerRecord) / 2 };
    const one = await queueRate(1, `bench-one-${round}`);
    const two = await queueRate(2, `bench-two-${round}`);
    rounds.push({ local, pair, one, two });
  }
  const readings = (side: Side, field: keyof Reading) => rounds.map((round) => round[side][field]);
  const ratios = (side: Side, base: Side, field: keyof Reading) => rounds.map((round) => round[side][field] / round[base][field]);
  // The queue measured holds the warm-up's records and accounts too.
  const accounts = new Set([...records, ...warmUp].map((record) => record.accountId)).size;
  const stored = records.length + warmUp.length;
  const memory = await memoryOf('bench-one-0');
  const rateCells = (side: Side) => [
    median(readings(side, 'rate')).toFixed(0),
    `${median(ratios(side, 'local', 'rate')).toFixed(2)}×`,
    range(ratios(side, 'local', 'rate')),
  ];
  const cpuCell = (side: Side) => {
    const perRecord = median(readings(side, 'cpuPerRecord'));
    if (Number.isNaN(perRecord)) return 'n/a';
    const overLocal = ratios(side, 'local', 'cpuPerRecord');
    return side === 'local' ? perRecord.toFixed(0) : `${perRecord.toFixed(0)} (${median(overLocal).toFixed(2)}×; ${range(overLocal)})`;
  };
  const twoOverOne = ratios('two', 'one', 'rate');
  rows.push(
    ['analyzeMany in one process (with aspects)', median(readings('local', 'rate')).toFixed(0), '1.00×', '', cpuCell('local'), ''],
    [
      'analyzeMany in two processes side by side',
      ...rateCells('pair'),
      cpuCell('pair'),
      "no queue: this machine's ceiling for two processes",
    ],
    ['queue, 1 worker process', ...rateCells('one'), cpuCell('one'), '≥ 0.8× in-process'],
    [
      'queue, 2 worker processes',
      ...rateCells('two'),
      cpuCell('two'),
      `${median(twoOverOne).toFixed(2)}× one worker (${range(twoOverOne)}; target ≥ 1.5×)`,
    ],
  );
  const perThousand = (bytes: number) => `${(((bytes / accounts) * 1000) / 1024 / 1024).toFixed(2)} MB`;
  const report = `## Queue: cxtone/bullmq end to end

${records.length} synthetic interactions over ${accounts} accounts (90 days), enqueued in jobs of 500 and scored, folded and
checkpointed by \`cxtone worker\` processes on a local redis-server, timed from the first enqueue to the last checkpoint;
against \`analyzeMany\` on the same texts in one process, in the same run (${ROUNDS} rounds, each running the four in turn). Each side is a
fresh process warmed with the same ${WARM_UP} records of other accounts (the workers of a queue share one copy of them per
worker, so each reads about as many), then reads the records once. On this machine
(${(await import('node:os')).availableParallelism()} vCPUs, shared by the workers, Redis and the producer). Reproduce with
\`npm run build && npx tsx benchmarks/queue-bench.ts\`.

${markdownTable(['run', 'records/s (median)', 'vs in-process (median)', 'range over rounds', 'CPU µs per record (vs in-process; range)', 'note'], rows)}

CPU µs per record: the CPU time (user and system) the scoring processes spent over the records they scored: the
in-process run's own (for the pair, the mean of its two processes'), or the worker processes' together from the first
enqueue to the last checkpoint (Redis and the producer not counted), read from Linux's \`/proc\`; medians over the rounds,
and of the rounds' ratios to the in-process run. One worker's rate is bound by its CPU (its rate ratio is about the
inverse of its CPU ratio), so the CPU a worker spends beyond the in-process figure is the queue's cost, whatever the
machine: taking jobs, checking records, the commit, and the garbage they leave.

Redis memory for the state of ${accounts} accounts (${(stored / accounts).toFixed(0)} interactions each on average): ${perThousand(memory.state)}
per 1,000 accounts for the shard states, and ${perThousand(memory.seen)} per 1,000 accounts for the ids of the records counted
(${(memory.seen / records.length).toFixed(0)} bytes per record, growing with every record unless the queue keeps ids for a window: see the scale-out guide).`;
  console.log(report);
  if (!args.includes('--no-write')) writeResultsSection('queue', report);
} finally {
  redis.disconnect();
  await server.stop();
}
