// `cxtone enqueue`, `cxtone worker` and `cxtone rollup --from-redis`, run as users run them (the built command) on
// a real redis-server: the account table read from the queue is the one `cxtone rollup` gives on the same file.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cliHarness } from './support/cli.js';
import { syntheticInteractions } from './support/interactions.js';
import { type RedisServer, redisAvailable, sharedRedis } from './support/redis.js';

const available = redisAvailable();
if (!available && process.env.CXTONE_REQUIRE_REDIS) throw new Error('redis-server is required here: apt-get install redis-server');
const { run, file, cli } = cliHarness('cxtone-queue-');

describe.skipIf(!available)('cxtone enqueue, worker and rollup --from-redis', () => {
  let redis: RedisServer;
  beforeAll(async () => {
    redis = await sharedRedis();
  });
  afterAll(async () => redis?.stop());

  test('the account table from the queue equals the one from the file', async () => {
    const queue = `cli-${process.pid}`;
    const records = syntheticInteractions(600, 40, 3);
    const lines = [
      ...records.map((record) => JSON.stringify(record)),
      '{not json',
      JSON.stringify({ id: 'x', accountId: 'a', at: 'soon', text: 'Hi' }),
    ];
    const path = file('records.jsonl', `${lines.join('\n')}\n`);
    const enqueued = run(['enqueue', path, '--redis', redis.url, '--queue', queue, '--batch-size', '100']);
    expect(enqueued.stderr).toMatch(/601 record\(s\) enqueued in \d+ job\(s\) on "cli-\d+", 1 bad line\(s\)/);
    expect(enqueued.code).toBe(2);

    const worker = spawn(process.execPath, [cli, 'worker', '--redis', redis.url, '--queue', queue], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    worker.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
    });
    try {
      const deadline = Date.now() + 60_000;
      for (;;) {
        const read = run(['rollup', '--from-redis', redis.url, '--queue', queue, '--format', 'json']);
        if (/^600 record\(s\) counted by the workers, 1 rejected/m.test(read.stderr)) break;
        if (Date.now() > deadline) throw new Error(`the worker did not finish: ${read.stderr}\n${log}`);
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
    } finally {
      await new Promise((resolve) => {
        worker.once('exit', resolve);
        worker.kill('SIGTERM');
      });
    }
    expect(log).toMatch(/waiting for jobs on "cli-\d+"/);
    const fromQueue = run(['rollup', '--from-redis', redis.url, '--queue', queue, '--format', 'json']);
    expect(fromQueue.code).toBe(2); // a record was rejected, as a bad row makes `cxtone rollup` exit 2
    expect(fromQueue.stderr).toMatch(/rejected a x: .*"at"/);
    const fromFile = run([
      'rollup',
      file('good.jsonl', `${records.map((record) => JSON.stringify(record)).join('\n')}\n`),
      '--format',
      'json',
    ]);
    expect(JSON.parse(fromQueue.stdout)).toEqual(JSON.parse(fromFile.stdout));
  }, 120_000);

  test('usage errors are clear', () => {
    expect(run(['rollup', '--from-redis', 'redis://127.0.0.1:1']).stderr).toMatch(/--from-redis needs --queue <name>/);
    expect(run(['rollup']).stderr).toMatch(/give a records file, - for standard input, or --from-redis URL --queue NAME/);
    const bad = run(['enqueue', 'missing.jsonl', '--redis', 'http://x', '--queue', 'q']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/"redis" must be a redis:\/\/ or rediss:\/\/ URL/);
  });
});
