// cxtone/bullmq against a real redis-server and real worker processes (issue 21): the merged state of the queue's
// workers equals one createRollup() pass over the same records, through crashes, retries, duplicates, lost
// connections and bad input. Needs redis-server (CI installs it); without it these tests are skipped, unless
// CXTONE_REQUIRE_REDIS is set, as in CI, where its absence fails them.
import { type ChildProcess, spawn } from 'node:child_process';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { enqueueInteractions, type QueueRecord, readQueueRollup, startRollupWorker } from '../src/bullmq/index.js';
import { keysOf, shardOf } from '../src/bullmq/keys.js';
import { prepareRecord } from '../src/bullmq/records.js';
import { commitBatch } from '../src/bullmq/worker.js';
import { createAnalyzer } from '../src/index.js';
import { createRollup, type InteractionRecord, type RollupState } from '../src/rollup/index.js';
import { syntheticInteractions } from './support/interactions.js';
import { freePort, type RedisServer, redisAvailable, sharedRedis, startRedis } from './support/redis.js';

const available = redisAvailable();
if (!available && process.env.CXTONE_REQUIRE_REDIS) throw new Error('redis-server is required here: apt-get install redis-server');

const workerScript = new URL('./support/queue-worker.ts', import.meta.url).pathname;
const analyzer = createAnalyzer();
// Analyses by text: the tests reuse texts under other dates.
const scored = new Map<string, InteractionRecord['result']>();

/** The state of one createRollup() pass over `records`, scored as a worker scores them. */
function onePass(records: readonly QueueRecord[]): RollupState {
  const live = createRollup();
  for (const record of records) {
    const { text, ...rest } = record;
    let result = scored.get(text!);
    if (!result) scored.set(text!, (result = analyzer.analyze(text!, { aspects: true })));
    live.add({ ...rest, result } as InteractionRecord);
  }
  return live.state();
}

interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
}

/** Starts a worker process; resolves once it is set up (not once Redis answers: it may be down on purpose). */
function startWorker(url: string, queue: string): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript, url, queue], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    const timer = setInterval(() => {
      if (log.includes('ready')) {
        clearInterval(timer);
        resolve({ child, stderr: () => log });
      }
    }, 20);
    child.once('exit', (code) => {
      clearInterval(timer);
      reject(new Error(`worker exited with ${code}: ${log}`));
    });
  });
}

const stopWorker = (worker: WorkerProcess) =>
  new Promise<void>((resolve) => {
    if (worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve();
    worker.child.once('exit', () => resolve());
    worker.child.kill('SIGTERM');
  });

/** Records counted so far (the shards' record ids) and rejected. */
async function progress(url: string, queue: string): Promise<{ counted: number; rejected: number; pending: number }> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  const jobs = new Queue(queue, { connection: { url, maxRetriesPerRequest: null } });
  try {
    const keys = keysOf(queue);
    const shards = Number((await redis.hget(keys.meta, 'shards')) ?? 0);
    let counted = 0;
    for (let shard = 0; shard < shards; shard++) counted += await redis.scard(keys.seen(shard));
    const counts = await jobs.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    const pending = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { counted, rejected: await redis.hlen(keys.rejected), pending };
  } finally {
    await jobs.close();
    redis.disconnect();
  }
}

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const drained = (url: string, queue: string, counted: number) => async () => {
  const now = await progress(url, queue);
  return now.counted === counted && now.pending === 0;
};

let queueNumber = 0;
const freshQueue = (name: string) => `${name}-${process.pid}-${++queueNumber}`;

describe.skipIf(!available)('cxtone/bullmq on a real Redis', () => {
  let redis: RedisServer;
  const records = syntheticInteractions(20_000, 500);
  let reference: RollupState;

  beforeAll(async () => {
    redis = await sharedRedis();
    reference = onePass(records);
  }, 120_000);
  afterAll(async () => redis?.stop());

  test('20,000 interactions over 500 accounts through 3 worker processes: the merged state equals one pass', async () => {
    const queue = freshQueue('three');
    const jobs = await enqueueInteractions(records, { redis: redis.url, queue });
    // 500 records a job at most, each job one shard's: 40 jobs, and a few more for the shards' remainders.
    expect(jobs).toBeGreaterThanOrEqual(40);
    const workers = await Promise.all([0, 1, 2].map(() => startWorker(redis.url, queue)));
    try {
      await waitUntil(drained(redis.url, queue, records.length), 240_000, 'all records counted');
    } finally {
      await Promise.all(workers.map(stopWorker));
    }
    const merged = await readQueueRollup({ redis: redis.url, queue });
    expect(merged.counted).toBe(20_000);
    expect(merged.rejected).toBe(0);
    expect(Object.keys(merged.state.accounts)).toHaveLength(Object.keys(reference.accounts).length);
    expect(merged.state).toEqual(reference);
  }, 300_000);

  test('a worker killed mid-batch, a job run again and records enqueued twice: nothing lost, nothing doubled', async () => {
    const queue = freshQueue('crash');
    await enqueueInteractions(records, { redis: redis.url, queue, batchSize: 100 });
    const first = await startWorker(redis.url, queue);
    const second = await startWorker(redis.url, queue);
    await waitUntil(async () => (await progress(redis.url, queue)).counted >= 4_000, 120_000, '4,000 records counted');
    // SIGKILL: no chance to finish or release the job in hand; BullMQ finds it stalled and hands it to another worker.
    first.child.kill('SIGKILL');
    // The same records again (every 7th), and one batch run a second time, as a retry after a commit would run it.
    await enqueueInteractions(
      records.filter((_, index) => index % 7 === 0),
      { redis: redis.url, queue },
    );
    const again = new Queue(queue, { connection: { url: redis.url, maxRetriesPerRequest: null } });
    const shard = (await import('../src/bullmq/keys.js')).shardOf(records[0]!.accountId, 16);
    // ...and under the wrong shard: the worker puts each record in its account's shard whatever the job says.
    await again.add('interactions', {
      shard: (shard + 1) % 16,
      records: records.filter((record) => record.accountId === records[0]!.accountId),
    });
    await again.close();
    const replacement = await startWorker(redis.url, queue);
    try {
      await waitUntil(drained(redis.url, queue, records.length), 240_000, 'all records counted after the crash');
    } finally {
      await Promise.all([second, replacement].map(stopWorker));
    }
    const merged = await readQueueRollup({ redis: redis.url, queue });
    expect(merged.counted).toBe(20_000);
    expect(merged.state).toEqual(reference);
  }, 300_000);

  test('bad records are rejected with their reason and counted; a malformed job fails with its reason; the queue goes on', async () => {
    const queue = freshQueue('bad');
    const good = records.slice(0, 50);
    const bad = [
      { id: 'no-text', accountId: 'acct-1', at: '2026-07-02T10:00:00Z' },
      { id: 'bad-date', accountId: 'acct-1', at: 'yesterday', text: 'Broken.' },
      { id: 'bad-account', accountId: 42, at: '2026-07-02T10:00:00Z', text: 'Broken.' },
    ] as unknown as QueueRecord[];
    await enqueueInteractions([...bad, ...good], { redis: redis.url, queue });
    const jobs = new Queue(queue, { connection: { url: redis.url, maxRetriesPerRequest: null } });
    await jobs.add('interactions', 'not a batch' as never, { attempts: 3 });
    await jobs.close();
    const worker = await startWorker(redis.url, queue);
    try {
      await waitUntil(async () => (await progress(redis.url, queue)).rejected === 3, 60_000, 'three records rejected');
      await waitUntil(drained(redis.url, queue, 50), 60_000, 'the good records counted');
      await enqueueInteractions(records.slice(50, 60), { redis: redis.url, queue });
      await waitUntil(drained(redis.url, queue, 60), 60_000, 'records enqueued after the bad ones counted');
    } finally {
      await stopWorker(worker);
    }
    const merged = await readQueueRollup({ redis: redis.url, queue });
    expect(merged.rejected).toBe(3);
    expect(merged.rejectedReasons.map((item) => item.reason).sort()).toEqual([
      expect.stringMatching(/"accountId" must be a non-empty string/),
      expect.stringMatching(/"at"/),
      expect.stringMatching(/needs "text"/),
    ]);
    expect(merged.failedJobs).toEqual([{ id: expect.any(String), reason: expect.stringMatching(/a job must be \{ shard, records/) }]);
    expect(merged.state).toEqual(onePass(records.slice(0, 60)));
  }, 120_000);

  test('Redis down at start and gone mid-run: the worker says so, waits with backoff, and carries on when it is back', async () => {
    const port = await freePort();
    const url = `redis://127.0.0.1:${port}`;
    const queue = freshQueue('outage');
    const worker = await startWorker(url, queue);
    try {
      await waitUntil(
        async () => /Redis unavailable .*retrying with backoff/.test(worker.stderr()),
        20_000,
        'the worker to report the outage',
      );
      const server = await startRedis(port);
      await enqueueInteractions(records.slice(0, 200), { redis: url, queue });
      await waitUntil(drained(url, queue, 200), 60_000, 'records counted once Redis is up');
      await server.stop();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      expect(worker.child.exitCode).toBe(null);
      // Without persistence the restarted server is empty: the queue starts over, as the guide says it would.
      const restarted = await startRedis(port);
      try {
        await enqueueInteractions(records.slice(200, 300), { redis: url, queue });
        await waitUntil(drained(url, queue, 100), 60_000, 'records counted after the restart');
        expect(worker.stderr()).toMatch(/Redis connection back/);
        expect((await readQueueRollup({ redis: url, queue })).state).toEqual(onePass(records.slice(200, 300)));
      } finally {
        await stopWorker(worker);
        await restarted.stop();
      }
    } finally {
      await stopWorker(worker);
    }
  }, 120_000);

  test('a deduplication window: repeats counted once, records dated before it turned away, ids expiring with it', async () => {
    const queue = freshQueue('window');
    const keys = keysOf(queue);
    const client = new Redis(redis.url);
    const DAY = 86_400_000;
    const now = Date.now();
    // 600 interactions over the last 40 days; the queue keeps ids for 30, so about a quarter are too old to count.
    const dated = records
      .slice(0, 600)
      .map((record, k) => ({ ...record, at: new Date(now - ((k * 7) % 40) * DAY - (k % 24) * 3_600_000).toISOString() }));
    const firstDay = Math.floor(now / DAY) - 30;
    const inWindow = dated.filter((record) => Math.floor(Date.parse(record.at as string) / DAY) >= firstDay);
    expect(inWindow.length).toBeGreaterThan(300);
    expect(inWindow.length).toBeLessThan(dated.length);
    await client.hset(keys.meta, 'shards', '16', 'quoteLimit', '10', 'recentLimit', '10', 'dedupeDays', '30');
    const settings = { quoteLimit: 10, recentLimit: 10, dedupeDays: 30 };
    const commit = async (batch: readonly QueueRecord[]) => {
      const outcome = { counted: 0, alreadyCounted: 0, rejected: 0 };
      const byShard = new Map<number, QueueRecord[]>();
      for (const record of batch)
        byShard.set(shardOf(record.accountId, 16), [...(byShard.get(shardOf(record.accountId, 16)) ?? []), record]);
      for (const [shard, list] of byShard) {
        const checked = list.map((record) => prepareRecord(record, record.id, analyzer.analyze));
        const part = await commitBatch(client, keys, shard, checked, settings, now);
        outcome.counted += part.counted;
        outcome.alreadyCounted += part.alreadyCounted;
        outcome.rejected += part.rejected;
      }
      return outcome;
    };
    try {
      expect(await commit(dated)).toEqual({ counted: inWindow.length, alreadyCounted: 0, rejected: dated.length - inWindow.length });
      // Every fifth record again, as a retried job or a second enqueue would bring it.
      const again = dated.filter((_, k) => k % 5 === 0);
      const againInWindow = again.filter((record) => inWindow.includes(record)).length;
      expect(await commit(again)).toEqual({ counted: 0, alreadyCounted: againInWindow, rejected: again.length - againInWindow });
      const merged = await readQueueRollup({ redis: redis.url, queue });
      expect(merged.counted).toBe(inWindow.length);
      expect(merged.rejected).toBe(dated.length - inWindow.length);
      expect(merged.rejectedReasons[0]!.reason).toMatch(/before the queue's deduplication window of 30 days/);
      expect(merged.state).toEqual(onePass(inWindow));
      // The ids are kept by day, each day's set expiring a day after its last day in the window.
      const newest = inWindow.reduce((latest, record) => (record.at > latest.at ? record : latest));
      const day = (newest.at as string).slice(0, 10);
      const shard = shardOf(newest.accountId, 16);
      expect(await client.sismember(keys.seen(shard), `${newest.accountId}\u0000${newest.id}`)).toBe(0);
      const expiry = await client.expiretime(keys.seenOn(shard, day));
      expect(expiry).toBe(Date.parse(`${day}T00:00:00Z`) / 1000 + 32 * 86_400);
    } finally {
      client.disconnect();
    }
  }, 120_000);

  test('a worker told to keep ids for a window does not take a queue that keeps them for good, and says why', async () => {
    const queue = freshQueue('window-mismatch');
    await enqueueInteractions(records.slice(0, 20), { redis: redis.url, queue });
    const first = await startWorker(redis.url, queue);
    try {
      await waitUntil(drained(redis.url, queue, 20), 60_000, 'the first records counted');
    } finally {
      await stopWorker(first);
    }
    const messages: string[] = [];
    const late = await startRollupWorker({ redis: redis.url, queue, dedupeDays: 30, log: (message) => messages.push(message) });
    try {
      await waitUntil(async () => messages.some((message) => /keeps record ids for good/.test(message)), 20_000, 'the refusal');
    } finally {
      await late.close();
    }
  }, 120_000);
});
