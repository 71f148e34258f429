import type { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createAnalyzer } from '../analyze.js';
import type { AnalyzerOptions } from '../options.js';
import { describeValue, InvalidOptionsError } from '../errors.js';
import { accumulate, fromState, toState } from '../rollup/accumulator.js';
import { createRollup, emptyState, type RollupOptions } from '../rollup/index.js';
import type { NormalizedRecord } from '../rollup/record.js';
import { connect, type RedisTarget, redisClient } from './connection.js';
import { keysOf, type QueueKeys, shardOf } from './keys.js';
import { accountsFrom, fieldsFrom, fieldsOf } from './layout.js';
import type { RollupJob } from './producer.js';
import { type CheckedRecord, prepareRecord } from './records.js';

// A worker scores a job's records and folds them into its shard's state in Redis. The fold is committed with the ids
// of the records it counted, in one transaction (WATCH on the shard's state and ids, MULTI/EXEC): a record already
// counted is skipped, so a job retried after a crash, or a record enqueued twice, counts once. Two workers on one
// shard cannot both commit from the same state: the second sees the first's write, reads again and folds again.

export interface RollupWorkerOptions {
  redis: RedisTarget;
  queue: string;
  /** How records with text are scored: plain-data analyzer options (lexicons, models, ...). Aspects are always on. */
  analyzer?: AnalyzerOptions;
  /** Options of the rollup state (quote and recent limits); every worker of a queue must use the same. */
  rollup?: RollupOptions;
  /** Told what happens: connections lost and regained, jobs failed. Default: lines on stderr. */
  log?: (message: string) => void;
  /** BullMQ lock and stalled-job check, in ms: how soon a job of a dead worker is taken over. Defaults 30,000 and 30,000. */
  lockDuration?: number;
  stalledInterval?: number;
}

export interface RollupWorker {
  /** The BullMQ worker, for its events. */
  worker: Worker<RollupJob>;
  /** Stops taking jobs, finishes the one in hand, and closes the connections. */
  close(): Promise<void>;
}

/** What a job did: records counted, records already counted before, records rejected. */
export interface JobOutcome {
  counted: number;
  alreadyCounted: number;
  rejected: number;
}

function checkPayload(data: unknown): RollupJob {
  const job = data as RollupJob;
  if (typeof data !== 'object' || data === null || !Number.isInteger(job.shard) || job.shard < 0 || !Array.isArray(job.records))
    throw new Error(`a job must be { shard, records: [...] }, received ${describeValue(data)}`);
  return job;
}

/**
 * Folds `records` into their accounts' states unless counted already, retried until no other worker wrote to the
 * shard in between. Only the days, contacts and lists the records touch are read and written, so a commit costs what
 * the batch touches, not what the shard or an account's history holds.
 */
export async function commitBatch(
  redis: Redis,
  keys: QueueKeys,
  shard: number,
  checked: readonly CheckedRecord[],
  rollupOptions: Required<RollupOptions>,
): Promise<JobOutcome> {
  // The first of two records with one key in a batch is the one that counts, as in a single pass.
  const unique = new Map<string, CheckedRecord>();
  for (const item of checked) if (!unique.has(item.key)) unique.set(item.key, item);
  const good = [...unique.values()].filter((item): item is { key: string; record: NormalizedRecord } => 'record' in item);
  const bad = [...unique.values()].filter((item): item is { key: string; reason: string } => 'reason' in item);
  for (;;) {
    await redis.watch(keys.accounts(shard), keys.seen(shard));
    const seen = good.length > 0 ? await redis.smismember(keys.seen(shard), ...good.map((item) => item.key)) : [];
    const fresh = good.filter((_, k) => seen[k] === 0);
    const transaction = redis.multi();
    if (fresh.length > 0) {
      const touched = [...new Set(fresh.flatMap((item) => fieldsOf(item.record)))];
      const stored = await redis.hmget(keys.accounts(shard), ...touched);
      const state = emptyState(rollupOptions.quoteLimit, rollupOptions.recentLimit);
      state.accounts = accountsFrom(touched.flatMap((name, k) => (stored[k] ? [[name, stored[k]!] as [string, string]] : [])));
      // The stored fields were written by this queue's workers, and the records were checked on the way in: no second
      // check of either, which would cost more than the fold.
      const accumulator = fromState(state);
      for (const item of fresh) accumulate(accumulator, item.record);
      transaction.hset(keys.accounts(shard), ...fieldsFrom(toState(accumulator).accounts));
      transaction.sadd(keys.seen(shard), ...fresh.map((item) => item.key));
    }
    for (const item of bad) transaction.hset(keys.rejected, item.key, item.reason);
    const done = await transaction.exec();
    if (done !== null) return { counted: fresh.length, alreadyCounted: good.length - fresh.length, rejected: bad.length };
  }
}

const JOBS_IN_HAND = 2;

/** Checked records by the shard of their account (rejected ones stay with the job's shard: they fold nothing). */
function byShard(checked: readonly CheckedRecord[], shards: number | undefined, fallback: number): Map<number, CheckedRecord[]> {
  const groups = new Map<number, CheckedRecord[]>();
  for (const item of checked) {
    const shard = shards !== undefined && 'record' in item ? shardOf(item.record.accountId, shards) : fallback;
    const group = groups.get(shard);
    if (group) group.push(item);
    else groups.set(shard, [item]);
  }
  return groups;
}

/**
 * The quote and recent limits of the queue's state: fixed by its first worker (stored in Redis), so that every
 * worker keeps the same. Read in the background when Redis is down at start: the first job waits for it.
 */
function agreeOnLimits(redis: Redis, keys: QueueKeys, wanted: RollupOptions): Promise<Required<RollupOptions>> {
  const { quoteLimit, recentLimit } = createRollup(wanted).state(); // checks the options now
  const limits = (async () => {
    await redis.hsetnx(keys.meta, 'quoteLimit', String(quoteLimit));
    await redis.hsetnx(keys.meta, 'recentLimit', String(recentLimit));
    const [quotes, recent] = await redis.hmget(keys.meta, 'quoteLimit', 'recentLimit');
    if (Number(quotes) !== quoteLimit || Number(recent) !== recentLimit)
      throw new InvalidOptionsError(
        `the queue (${keys.meta}) keeps ${quotes} quotes and ${recent} recent interactions per account; this worker was given ` +
          `${quoteLimit} and ${recentLimit}: every worker of a queue must keep the same.`,
      );
    return { quoteLimit, recentLimit };
  })();
  return limits;
}

/**
 * Starts a worker on `queue`: it scores each job's records, folds them into its shard's state in Redis exactly once,
 * and keeps going through lost connections (ioredis reconnects with backoff; each loss and return is logged).
 *
 * @example
 * ```ts
 * const { close } = await startRollupWorker({ redis: 'redis://127.0.0.1:6379', queue: 'tickets' });
 * process.on('SIGTERM', () => close());
 * ```
 */
export async function startRollupWorker(options: RollupWorkerOptions): Promise<RollupWorker> {
  const log = options.log ?? ((message: string) => process.stderr.write(`cxtone worker: ${message}\n`));
  const analyzer = createAnalyzer(options.analyzer);
  // Load the language model now, not on the first job: a worker is ready when it says so.
  analyzer.analyze('Ready.', { aspects: true });
  const keys = keysOf(options.queue);
  const connection = connect(options.redis);
  const { Worker, UnrecoverableError } = await import('bullmq');
  // Two jobs in hand: one is scored while the other's commit waits on Redis. A transaction watches keys on its own
  // connection, so each job in hand has one.
  const redis = await redisClient(connection);
  const idle = [redis, redis.duplicate()];
  // Not awaited: Redis may be down at start; the first job waits for the limits instead.
  const limits = agreeOnLimits(redis, keys, options.rollup ?? {});
  let down = false;
  redis.on('error', (error: Error) => {
    if (!down) log(`Redis unavailable (${error.message}); retrying with backoff`);
    down = true;
  });
  redis.on('ready', () => {
    if (down) log('Redis connection back');
    down = false;
  });

  const process_ = async (job: Job<RollupJob>): Promise<JobOutcome> => {
    let payload: RollupJob;
    try {
      payload = checkPayload(job.data);
    } catch (error) {
      // A malformed job can never succeed: to the failed set at once, with its reason.
      throw new UnrecoverableError((error as Error).message);
    }
    const checked = payload.records.map((raw, index) => prepareRecord(raw, `job ${job.id} record ${index}`, analyzer.analyze));
    const client = idle.pop()!;
    try {
      const settings = await limits;
      // Each record goes to its account's shard whatever the job says, so that no job, however made, can put an account
      // in two shards. A job from enqueueInteractions is one shard's already.
      const shards = Number(await client.hget(keys.meta, 'shards')) || undefined;
      const outcome: JobOutcome = { counted: 0, alreadyCounted: 0, rejected: 0 };
      for (const [shard, records] of byShard(checked, shards, payload.shard)) {
        const part = await commitBatch(client, keys, shard, records, settings);
        outcome.counted += part.counted;
        outcome.alreadyCounted += part.alreadyCounted;
        outcome.rejected += part.rejected;
      }
      return outcome;
    } finally {
      idle.push(client);
    }
  };
  const worker = new Worker<RollupJob>(options.queue, process_, {
    connection,
    concurrency: JOBS_IN_HAND,
    lockDuration: options.lockDuration ?? 30_000,
    stalledInterval: options.stalledInterval ?? 30_000,
  });
  worker.on('error', (error: Error) => {
    if (!down) log(`queue connection: ${error.message}; retrying with backoff`);
    down = true;
  });
  worker.on('failed', (job: Job | undefined, error: Error) => log(`job ${job?.id ?? '?'} failed: ${error.message}`));
  // A worker set up unlike the queue's others must not fold anything: it says why and stops taking jobs.
  limits.catch((error: Error) => {
    log(error.message.replace(/^cxtone: /, ''));
    void worker.close();
  });
  return {
    worker,
    async close() {
      await worker.close();
      for (const client of idle) client.disconnect();
    },
  };
}
