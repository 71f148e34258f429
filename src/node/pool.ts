import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeValue, InvalidInputError, InvalidOptionsError } from '../errors.js';
import type { AnalysisResult, AnalyzerOptions, ScorerOptions } from '../index.js';
import { expectIterable, expectText } from '../batch.js';
import { createAnalyzer } from '../index.js';

export interface PoolOptions {
  /** Worker threads. Default: the number of CPUs (`os.availableParallelism()`). */
  concurrency?: number;
  /**
   * Analyzer options for every worker. They cross a thread boundary, so they must be plain data:
   * lexicons and numbers, not custom rules (functions cannot be sent to a worker).
   */
  analyzer?: AnalyzerOptions;
  /** Scorer switches for every text. */
  scorers?: ScorerOptions;
  /** Texts sent to a worker at a time: larger batches cost less messaging. Default 64. */
  batchSize?: number;
}

export interface Pool {
  /** Scores texts across the workers; results come back in input order, with a bounded number in flight. */
  analyzeMany(texts: Iterable<string> | AsyncIterable<string>): AsyncGenerator<AnalysisResult>;
  /**
   * Like {@link Pool.analyzeMany}, but yields each result as a JSON string, as the worker wrote it: for
   * writing JSON lines, this skips parsing every result on the main thread, the pool's bottleneck.
   */
  analyzeManyAsJson(texts: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string>;
  /** Stops the workers. */
  close(): Promise<void>;
}

interface Pending {
  resolve: (results: string[]) => void;
  reject: (error: Error) => void;
}

/**
 * A pool of worker threads, each with its own analyzer. Node only (`cxtone/node`).
 *
 * @example
 * ```ts
 * const pool = createPool({ concurrency: 4, scorers: { aspects: true } });
 * for await (const result of pool.analyzeMany(texts)) write(result);
 * await pool.close();
 * ```
 */
export function createPool(options: PoolOptions = {}): Pool {
  const concurrency = positiveInteger(options.concurrency, 'concurrency', availableParallelism());
  const batchSize = positiveInteger(options.batchSize, 'batchSize', 64);
  const analyzerOptions = options.analyzer ?? {};
  if (analyzerOptions.rules !== undefined) throw new InvalidOptionsError('"analyzer.rules" cannot be sent to worker threads; use the analyzer in this thread for custom rules.');
  createAnalyzer(analyzerOptions); // fail here, in the caller's thread, on bad options
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from({ length: concurrency }, () => new Worker(workerUrl, { workerData: { analyzer: analyzerOptions, scorers: options.scorers } }));
  const pending = new Map<number, Pending>();
  const busy = workers.map(() => 0);
  let nextId = 0;
  workers.forEach((worker, index) => {
    worker.on('message', ({ id, results, error }: { id: number; results?: string[]; error?: string }) => {
      const job = pending.get(id);
      pending.delete(id);
      busy[index]!--;
      if (error !== undefined) job?.reject(new InvalidInputError(error.replace(/^cxtone: /, '')));
      else job?.resolve(results!);
    });
    worker.on('error', (error) => {
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
  });
  const send = (texts: string[]) => {
    // The least busy worker: texts differ in length, so turn by turn would leave a fast worker idle.
    const index = busy.indexOf(Math.min(...busy));
    busy[index]!++;
    const batch = new Promise<string[]>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      workers[index]!.postMessage({ id, texts });
    });
    // Awaited in order later; until then a failure must not count as unhandled.
    batch.catch(() => {});
    return batch;
  };

  async function* scoreInOrder(texts: Iterable<string> | AsyncIterable<string>): AsyncGenerator<string[]> {
    // At most two batches per worker in flight: enough to keep every worker busy, bounded memory.
    const inFlight: Promise<string[]>[] = [];
    let batch: string[] = [];
    let position = 0;
    expectIterable(texts);
    for await (const text of texts) {
      batch.push(expectText(text, position++));
      if (batch.length < batchSize) continue;
      inFlight.push(send(batch));
      batch = [];
      if (inFlight.length >= concurrency * 2) yield await inFlight.shift()!;
    }
    if (batch.length > 0) inFlight.push(send(batch));
    while (inFlight.length > 0) yield await inFlight.shift()!;
  }

  return {
    async *analyzeMany(texts) {
      for await (const results of scoreInOrder(texts)) for (const json of results) yield JSON.parse(json) as AnalysisResult;
    },
    async *analyzeManyAsJson(texts) {
      for await (const results of scoreInOrder(texts)) yield* results;
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new InvalidOptionsError(`"${name}" must be a positive integer, received ${describeValue(value)}.`);
  return value;
}
