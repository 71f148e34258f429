import type { Redis } from 'ioredis';
import { emptyState, type RollupState } from '../rollup/index.js';
import { connect, type RedisTarget, redisClient } from './connection.js';
import { keysOf } from './keys.js';
import { accountsFrom } from './layout.js';

/** A queue's rollup as the workers have committed it so far. */
export interface QueueRollup {
  /** All shards' states merged: pass it to `summarizeRollup` or `evaluateAlerts`. */
  state: RollupState;
  /** Records counted, and records rejected (with a sample of reasons, by record key). */
  counted: number;
  rejected: number;
  rejectedReasons: { key: string; reason: string }[];
  /** Jobs in BullMQ's failed set (malformed jobs), with their reasons. */
  failedJobs: { id: string; reason: string }[];
}

/**
 * Reads and merges the shards' states of a queue; runs in any process, at any time, and takes no lock: a commit in
 * progress is either in the state read or not, never half.
 */
export async function readQueueRollup(options: { redis: RedisTarget; queue: string; reasons?: number }): Promise<QueueRollup> {
  const { Queue } = await import('bullmq');
  const connection = connect(options.redis);
  const redis: Redis = await redisClient(connection);
  const queue = new Queue(options.queue, { connection });
  try {
    const keys = keysOf(options.queue);
    const [shards, quoteLimit, recentLimit, dedupeDays] = (
      await redis.hmget(keys.meta, 'shards', 'quoteLimit', 'recentLimit', 'dedupeDays')
    ).map(Number);
    const state = emptyState(quoteLimit || undefined, recentLimit || undefined);
    let counted = 0;
    // An account lives in one shard only, so the shards' accounts together are the whole state.
    for (let shard = 0; shard < (shards ?? 0); shard++) {
      // With a deduplication window the ids expire, so the shard keeps a count; for good, its set of ids is the count.
      const [accounts, seen] = await Promise.all([
        redis.hgetall(keys.accounts(shard)),
        dedupeDays! > 0 ? redis.get(keys.counted(shard)).then(Number) : redis.scard(keys.seen(shard)),
      ]);
      Object.assign(state.accounts, accountsFrom(Object.entries(accounts)));
      counted += seen;
    }
    const rejected = await redis.hlen(keys.rejected);
    const sample = await redis.hscan(keys.rejected, 0, 'COUNT', options.reasons ?? 20);
    const rejectedReasons: { key: string; reason: string }[] = [];
    for (let k = 0; k + 1 < sample[1].length; k += 2) rejectedReasons.push({ key: sample[1][k]!, reason: sample[1][k + 1]! });
    const failed = await queue.getFailed(0, (options.reasons ?? 20) - 1);
    return {
      state,
      counted,
      rejected,
      rejectedReasons,
      failedJobs: failed.map((job) => ({ id: String(job.id), reason: job.failedReason })),
    };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
