import type { Job, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { createAnalyzer } from '../analyze.js';
import type { AnalyzerOptions } from '../options.js';
import { describeValue, InvalidOptionsError } from '../errors.js';
import { accumulate, fromState, toState } from '../rollup/accumulator.js';
import { createRollup, emptyState, type RollupOptions } from '../rollup/index.js';
import { dayName, dayNumberOf, type NormalizedRecord } from '../rollup/record.js';
import { connect, type RedisTarget, redisClient } from './connection.js';
import { keysOf, type QueueKeys, shardOf } from './keys.js';
import { accountsFrom, fieldsFrom, fieldsOf } from './layout.js';
import type { RollupJob } from './producer.js';
import { type CheckedRecord, prepareRecord } from './records.js';

// A worker scores a job's records and folds them into its shard's state in Redis. The fold is committed with the ids
// of the records it counted, in one transaction (WATCH on the shard's state and ids, MULTI/EXEC): a record already
// counted is skipped, so a job retried after a crash, or a record enqueued twice, counts once. Two workers on one
// shard cannot both commit from the same state: the second sees the first's write, reads again and folds again.
// The ids are kept for good, or, with a deduplication window, in one set per day of the records' own dates that
// expires with the window; a record dated before the window is then turned away, as a repeat of it could pass unseen.

export interface RollupWorkerOptions {
  redis: RedisTarget;
  queue: string;
  /** How records with text are scored: plain-data analyzer options (lexicons, models, ...). Aspects are always on. */
  analyzer?: AnalyzerOptions;
  /** Options of the rollup state (quote and recent limits); every worker of a queue must use the same. */
  rollup?: RollupOptions;
  /**
   * Keep each record's id this many days past the record's own date, instead of for good, so that Redis memory stops
   * growing with the queue's age. A record dated further back is rejected with its reason (its repeat could no longer
   * be recognised). Fixed by the queue's first worker, and only on a queue that has counted nothing yet; every worker of
   * a queue must use the same. Worker clocks must agree within a day. Default: ids are kept for good.
   */
  dedupeDays?: number;
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

/** How a queue's workers fold and count: the rollup's limits, and how long record ids are kept (0: for good). */
export interface QueueSettings {
  quoteLimit: number;
  recentLimit: number;
  dedupeDays: number;
}

const DAY_SECONDS = 86_400;
// A day's ids outlive the last day a record of it can be accepted by one more day, for clocks that disagree.
const CLOCK_MARGIN_DAYS = 1;

function checkPayload(data: unknown): RollupJob {
  const job = data as RollupJob;
  if (typeof data !== 'object' || data === null || !Number.isInteger(job.shard) || job.shard < 0 || !Array.isArray(job.records))
    throw new Error(`a job must be { shard, records: [...] }, received ${describeValue(data)}`);
  return job;
}

type GoodRecord = { key: string; record: NormalizedRecord };

/** Records by the set that keeps their ids: the shard's one set, or their day's set in a deduplication window. */
function byIdSet(keys: QueueKeys, shard: number, records: readonly GoodRecord[], window: number): Map<string, GoodRecord[]> {
  const sets = new Map<string, GoodRecord[]>();
  for (const item of records) {
    const set = window > 0 ? keys.seenOn(shard, dayName(item.record.day)) : keys.seen(shard);
    const list = sets.get(set);
    if (list) list.push(item);
    else sets.set(set, [item]);
  }
  return sets;
}

/**
 * Folds `records` into their accounts' states unless counted already, retried until no other worker wrote to the
 * shard in between. Only the days and lists the records touch are read and written, so a commit costs what the batch
 * touches, not what the shard or an account's history holds.
 */
export async function commitBatch(
  redis: Redis,
  keys: QueueKeys,
  shard: number,
  checked: readonly CheckedRecord[],
  settings: QueueSettings,
  now = Date.now(),
): Promise<JobOutcome> {
  // The first of two records with one key in a batch is the one that counts, as in a single pass.
  const unique = new Map<string, CheckedRecord>();
  for (const item of checked) if (!unique.has(item.key)) unique.set(item.key, item);
  let good = [...unique.values()].filter((item): item is GoodRecord => 'record' in item);
  const bad = [...unique.values()].filter((item): item is { key: string; reason: string } => 'reason' in item);
  const window = settings.dedupeDays;
  if (window > 0) {
    const firstDay = dayNumberOf(now) - window;
    for (const item of good) {
      if (item.record.day >= firstDay) continue;
      bad.push({
        key: item.key,
        reason:
          `dated ${dayName(item.record.day)}, before the queue's deduplication window of ${window} days: ` +
          'a repeat of it could no longer be recognised, so it is not counted',
      });
    }
    good = good.filter((item) => item.record.day >= firstDay);
  }
  const idSets = byIdSet(keys, shard, good, window);
  for (;;) {
    await redis.watch(keys.accounts(shard), ...idSets.keys());
    const counted = new Set<string>();
    if (idSets.size > 0) {
      const lookups = redis.pipeline();
      for (const [set, items] of idSets) lookups.smismember(set, ...items.map((item) => item.key));
      const replies = (await lookups.exec()) ?? [];
      [...idSets.values()].forEach((items, k) => {
        const [error, seen] = replies[k] ?? [new Error('no reply')];
        if (error) throw error;
        items.forEach((item, j) => {
          if ((seen as number[])[j] === 1) counted.add(item.key);
        });
      });
    }
    const fresh = good.filter((item) => !counted.has(item.key));
    const transaction = redis.multi();
    if (fresh.length > 0) {
      const touched = [...new Set(fresh.flatMap((item) => fieldsOf(item.record)))];
      const stored = await redis.hmget(keys.accounts(shard), ...touched);
      const state = emptyState(settings.quoteLimit, settings.recentLimit);
      state.accounts = accountsFrom(touched.flatMap((name, k) => (stored[k] ? [[name, stored[k]!] as [string, string]] : [])));
      // The stored fields were written by this queue's workers, and the records were checked on the way in: no second
      // check of either, which would cost more than the fold.
      const accumulator = fromState(state);
      for (const item of fresh) accumulate(accumulator, item.record);
      transaction.hset(keys.accounts(shard), ...fieldsFrom(toState(accumulator).accounts));
      for (const [set, items] of byIdSet(keys, shard, fresh, window)) {
        transaction.sadd(set, ...items.map((item) => item.key));
        // The set goes once no record of its day can be accepted: after the window's last day and the clocks' margin.
        if (window > 0) transaction.expireat(set, (items[0]!.record.day + window + 1 + CLOCK_MARGIN_DAYS) * DAY_SECONDS);
      }
      if (window > 0) transaction.incrby(keys.counted(shard), fresh.length);
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

function checkDedupeDays(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new InvalidOptionsError(`"dedupeDays" must be a whole number of days, 1 or more, received ${describeValue(value)}.`);
  return value;
}

/** Whether the queue has counted records with their ids kept for good (in the shards' single sets). */
async function countsForGood(redis: Redis, keys: QueueKeys): Promise<boolean> {
  const shards = Number(await redis.hget(keys.meta, 'shards')) || 0;
  for (let shard = 0; shard < shards; shard++) if ((await redis.exists(keys.seen(shard))) > 0) return true;
  return false;
}

const keptFor = (days: number) => (days > 0 ? `for ${days} days` : 'for good');

/**
 * The quote and recent limits of the queue's state and how long it keeps record ids: fixed by its first worker (stored
 * in Redis), so that every worker keeps the same. Read in the background when Redis is down at start: the first job
 * waits for it.
 */
async function agreeOnSettings(redis: Redis, keys: QueueKeys, wanted: QueueSettings): Promise<QueueSettings> {
  const { quoteLimit, recentLimit, dedupeDays: window } = wanted;
  await redis.hsetnx(keys.meta, 'quoteLimit', String(quoteLimit));
  await redis.hsetnx(keys.meta, 'recentLimit', String(recentLimit));
  // A queue that has counted records with their ids kept for good goes on keeping them so: a window would not see them.
  if (window > 0 && !(await redis.hexists(keys.meta, 'dedupeDays')) && (await countsForGood(redis, keys)))
    await redis.hsetnx(keys.meta, 'dedupeDays', '0');
  await redis.hsetnx(keys.meta, 'dedupeDays', String(window));
  const [quotes, recent, days] = await redis.hmget(keys.meta, 'quoteLimit', 'recentLimit', 'dedupeDays');
  if (Number(quotes) !== quoteLimit || Number(recent) !== recentLimit)
    throw new InvalidOptionsError(
      `the queue (${keys.meta}) keeps ${quotes} quotes and ${recent} recent interactions per account; this worker was given ` +
        `${quoteLimit} and ${recentLimit}: every worker of a queue must keep the same.`,
    );
  if (Number(days) !== window)
    throw new InvalidOptionsError(
      `the queue (${keys.meta}) keeps record ids ${keptFor(Number(days))}; this worker was told to keep them ` +
        `${keptFor(window)}: every worker of a queue must keep the same, and a queue that has counted records keeps ` +
        'its ids as it began.',
    );
  return wanted;
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
  // Options are checked before any connection is made.
  const { quoteLimit, recentLimit } = createRollup(options.rollup ?? {}).state();
  const wanted: QueueSettings = { quoteLimit, recentLimit, dedupeDays: checkDedupeDays(options.dedupeDays) };
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
  // Not awaited: Redis may be down at start; the first job waits for the settings instead.
  const limits = agreeOnSettings(redis, keys, wanted);
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
