import type { Redis } from 'ioredis';
import { describeValue, InvalidInputError, InvalidOptionsError } from '../errors.js';
import { connect, type RedisTarget, redisClient } from './connection.js';
import { keysOf, shardOf } from './keys.js';
import type { QueueRecord } from './records.js';

export interface EnqueueOptions {
  /** The Redis server: a `redis://` URL or ioredis options. */
  redis: RedisTarget;
  /** The queue's name; workers and readers use the same. */
  queue: string;
  /**
   * Shards of the rollup state: accounts are spread over them by a hash of their id, and each job holds records of
   * one shard. Fixed by the first producer of a queue (stored in Redis); a different number later is an error.
   * Default 16: enough for a few dozen worker processes to rarely wait on each other.
   */
  shards?: number;
  /** Records per job. Default 500: the queue's and the commit's cost per job are then small against scoring. */
  batchSize?: number;
}

/** The payload of one job: records of one shard. */
export interface RollupJob {
  shard: number;
  records: unknown[];
}

const JOB_NAME = 'interactions';
/** Retries with backoff, completed jobs dropped (their effect is in the state), failed ones kept with their reason. */
const JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: true,
  removeOnFail: false,
} as const;
const DEFAULT_SHARDS = 16;
const DEFAULT_BATCH = 500;

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 65_536)
    throw new InvalidOptionsError(`"${name}" must be a whole number from 1 to 65536, received ${describeValue(value)}.`);
  return value;
}

/** The queue's shard count: the one stored by its first producer, which this call may be. */
export async function agreeOnShards(client: Redis, name: string, wanted: number | undefined): Promise<number> {
  const key = keysOf(name).meta;
  const proposed = wanted ?? DEFAULT_SHARDS;
  await client.hsetnx(key, 'shards', String(proposed));
  const stored = Number(await client.hget(key, 'shards'));
  if (wanted !== undefined && stored !== wanted)
    throw new InvalidOptionsError(`queue "${name}" was set up with ${stored} shards; it cannot take ${wanted} (omit "shards" to use it).`);
  return stored;
}

/**
 * Adds interactions to a queue, grouped by shard into jobs of `batchSize`. Records are enqueued as given: workers
 * check them, so a bad record is counted as rejected there, never lost here. Returns how many jobs were added.
 *
 * @example
 * ```ts
 * await enqueueInteractions(records, { redis: 'redis://127.0.0.1:6379', queue: 'tickets' });
 * ```
 */
export async function enqueueInteractions(
  records: Iterable<QueueRecord> | AsyncIterable<QueueRecord>,
  options: EnqueueOptions,
): Promise<number> {
  checkRecordsArgument(records);
  const batchSize = positiveInteger(options.batchSize, 'batchSize', DEFAULT_BATCH);
  positiveInteger(options.shards, 'shards', DEFAULT_SHARDS);
  const connection = connect(options.redis);
  const { Queue } = await import('bullmq');
  const queue = new Queue<RollupJob>(options.queue, { connection });
  const client = await redisClient(connection);
  try {
    const shards = await agreeOnShards(client, options.queue, options.shards);
    const pending = new Map<number, unknown[]>();
    let jobs = 0;
    const flush = async (shard: number) => {
      const batch = pending.get(shard);
      if (!batch || batch.length === 0) return;
      pending.set(shard, []);
      await queue.add(JOB_NAME, { shard, records: batch }, JOB_OPTIONS);
      jobs++;
    };
    for await (const record of records) {
      // A record without a usable account still travels, to shard 0, so that the worker reports it.
      const accountId = (record as { accountId?: unknown } | null)?.accountId;
      const shard = typeof accountId === 'string' ? shardOf(accountId, shards) : 0;
      const batch = pending.get(shard) ?? [];
      batch.push(record);
      pending.set(shard, batch);
      if (batch.length >= batchSize) await flush(shard);
    }
    for (const shard of pending.keys()) await flush(shard);
    return jobs;
  } finally {
    await queue.close();
    client.disconnect();
  }
}

function checkRecordsArgument(records: unknown): void {
  if (records === null || typeof records !== 'object' || !(Symbol.iterator in records || Symbol.asyncIterator in records))
    throw new InvalidInputError(`expected records as an array or an iterable, received ${describeValue(records)}.`);
}
