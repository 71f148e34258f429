// cxtone/node's worker pool, from the built package (worker threads load dist/worker.js).
import { describe, expect, test } from 'vitest';

const { createPool } = (await import(new URL('../dist/node.js', import.meta.url).href)) as typeof import('../src/node/index.js');
const { analyze } = (await import(new URL('../dist/index.js', import.meta.url).href)) as typeof import('../src/index.js');

const texts = Array.from({ length: 300 }, (_, i) =>
  i % 3 === 0
    ? `Ticket ${i}: the export keeps failing, we will cancel.`
    : i % 3 === 1
      ? `Ticket ${i}: thanks, works great!`
      : `Ticket ${i}: please send the invoice.`,
);

describe('createPool', () => {
  test('results come back in input order and equal single-thread results', async () => {
    const pool = createPool({ concurrency: 2, batchSize: 16 });
    try {
      const results = [];
      for await (const result of pool.analyzeMany(texts)) results.push(result);
      expect(results).toHaveLength(texts.length);
      expect(results).toEqual(texts.map((text) => analyze(text)));
    } finally {
      await pool.close();
    }
  });

  test('analyzeManyAsJson yields each result as the JSON of the single-thread result, in input order', async () => {
    const pool = createPool({ concurrency: 2, batchSize: 7 });
    try {
      const lines: string[] = [];
      for await (const line of pool.analyzeManyAsJson(texts.slice(0, 50))) lines.push(line);
      expect(lines).toEqual(texts.slice(0, 50).map((text) => JSON.stringify(analyze(text))));
    } finally {
      await pool.close();
    }
  });

  test('reads async iterables and applies analyzer options and scorers in the workers', async () => {
    async function* lines() {
      yield 'Another sync storm this morning.';
      yield 'The dashboard is slow.';
    }
    const pool = createPool({
      concurrency: 1,
      analyzer: { lexicons: [{ name: 'acme', entries: { 'sync storm': -3 } }] },
      scorers: { aspects: true },
    });
    try {
      const results = [];
      for await (const result of pool.analyzeMany(lines())) results.push(result);
      expect(results[0]!.sentiment.label).toBe('negative');
      expect(results[1]!.aspects![0]!.term).toBe('dashboard');
    } finally {
      await pool.close();
    }
  });

  test('bad options fail in the caller, and a bad text names its position', async () => {
    expect(() => createPool({ concurrency: 0 })).toThrow(/"concurrency" must be a positive integer/);
    expect(() => createPool({ analyzer: { rules: [] } })).toThrow(/cannot be sent to worker threads/);
    expect(() => createPool({ analyzer: { neutralBand: 2 } })).toThrow(/"neutralBand"/);
    const pool = createPool({ concurrency: 1 });
    try {
      const consume = async () => {
        for await (const result of pool.analyzeMany(['fine', 42 as unknown as string])) void result;
      };
      await expect(consume()).rejects.toThrow(/text 1: expected a string/);
    } finally {
      await pool.close();
    }
  });
});
