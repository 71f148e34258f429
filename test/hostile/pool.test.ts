// The worker pool on careless use (issue 22): it must settle, bound itself and say what went wrong.
import { availableParallelism } from 'node:os';
import { describe, expect, test } from 'vitest';

const { createPool, PoolClosedError } = (await import(
  new URL('../../dist/node.js', import.meta.url).href
)) as typeof import('../../src/node/index.js');

const texts = (n: number) => Array.from({ length: n }, (_, i) => `Ticket ${i}: the export keeps failing.`);

describe('createPool, hostile', () => {
  test('close() during a for-await settles the loop with PoolClosedError', async () => {
    const pool = createPool({ concurrency: 2, batchSize: 8 });
    let seen = 0;
    const loop = (async () => {
      for await (const result of pool.analyzeMany(texts(1000))) {
        void result;
        if (++seen === 20) void pool.close();
      }
    })();
    await expect(loop).rejects.toBeInstanceOf(PoolClosedError);
    expect(seen).toBeGreaterThanOrEqual(20);
  });

  test('analyzeMany after close() rejects at once', async () => {
    const pool = createPool({ concurrency: 1 });
    await pool.close();
    const next = pool.analyzeMany(['hello'])[Symbol.asyncIterator]().next();
    await expect(next).rejects.toThrow(/the pool was closed/);
  });

  test('good results before a bad item are all yielded before it stops the run', async () => {
    const pool = createPool({ concurrency: 2, batchSize: 16 });
    const items: unknown[] = [...texts(100), 42, 'never read'];
    const results: unknown[] = [];
    try {
      await expect(
        (async () => {
          for await (const result of pool.analyzeMany(items as string[])) results.push(result);
        })(),
      ).rejects.toThrow(/text 100: expected a string/);
      expect(results).toHaveLength(100);
    } finally {
      await pool.close();
    }
  });

  test('a text over maxLength fails with INPUT_TOO_LARGE, as in one thread', async () => {
    const pool = createPool({ concurrency: 1, analyzer: { maxLength: 10 } });
    try {
      const run = async () => {
        for await (const result of pool.analyzeMany(['this text is far too long'])) void result;
      };
      await expect(run()).rejects.toMatchObject({ code: 'INPUT_TOO_LARGE', maxLength: 10 });
    } finally {
      await pool.close();
    }
  });

  test('concurrency is bounded and unknown options are refused', () => {
    expect(() => createPool({ concurrency: 100_000 })).toThrow(
      new RegExp(`"concurrency" 100000 is more than ${2 * availableParallelism()}`),
    );
    expect(() => createPool({ concurency: 2 } as never)).toThrow(/unknown pool option "concurency"/);
    expect(() => createPool(null as never)).toThrow(/pool options must be an object/);
  });
});
