import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { CxtoneError, describeValue, InputTooLargeError, InvalidInputError, InvalidOptionsError } from '../errors.js';
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
  /**
   * Stops the workers. An iteration still running settles at once: its next step throws
   * {@link PoolClosedError} (results already yielded stay yours; the rest are lost), and so does
   * every later call of `analyzeMany`.
   */
  close(): Promise<void>;
}

interface Pending {
  resolve: (results: string[]) => void;
  reject: (error: Error) => void;
}

/** An error as a worker sends it: plain data, since class instances do not cross threads. */
export interface WorkerError {
  message: string;
  code?: string;
  length?: number;
  maxLength?: number;
}

const POOL_OPTIONS = ['concurrency', 'analyzer', 'scorers', 'batchSize'];

/**
 * More threads than cores only cost memory: each worker holds its own language model (about 70 MB), so
 * the pool refuses more than this many per core.
 */
export const MAX_THREADS_PER_CORE = 2;

/** The error a worker reported, as the class the analyzer threw, so `code` says what went wrong. */
function reviveError(error: WorkerError): CxtoneError {
  const message = error.message.replace(/^cxtone: /, '');
  if (error.code === 'INPUT_TOO_LARGE' && error.length !== undefined && error.maxLength !== undefined)
    return new InputTooLargeError(error.length, error.maxLength);
  if (error.code === 'INVALID_OPTIONS') return new InvalidOptionsError(message);
  return new InvalidInputError(message);
}

/** Raised by a pool's iterations once `close()` has been called. */
export class PoolClosedError extends CxtoneError {
  override name = 'PoolClosedError';
  constructor() {
    super('POOL_CLOSED', 'the pool was closed; results not yet yielded are lost. Create a new pool to go on.');
  }
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
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new InvalidOptionsError(`pool options must be an object, received ${describeValue(options)}.`);
  for (const key of Object.keys(options)) {
    if (!POOL_OPTIONS.includes(key))
      throw new InvalidOptionsError(`unknown pool option "${key}"; expected one of ${POOL_OPTIONS.join(', ')}.`);
  }
  const maxThreads = MAX_THREADS_PER_CORE * availableParallelism();
  const concurrency = positiveInteger(options.concurrency, 'concurrency', availableParallelism());
  if (concurrency > maxThreads) {
    throw new InvalidOptionsError(
      `"concurrency" ${concurrency} is more than ${maxThreads} ` +
        `(${MAX_THREADS_PER_CORE} threads for each of ${availableParallelism()} cores); more threads only cost memory.`,
    );
  }
  const batchSize = positiveInteger(options.batchSize, 'batchSize', 64);
  const analyzerOptions = options.analyzer ?? {};
  if (analyzerOptions.rules !== undefined)
    throw new InvalidOptionsError('"analyzer.rules" cannot be sent to worker threads; use the analyzer in this thread for custom rules.');
  createAnalyzer(analyzerOptions); // fail here, in the caller's thread, on bad options
  const workerUrl = new URL('./worker.js', import.meta.url);
  const workers = Array.from(
    { length: concurrency },
    () => new Worker(workerUrl, { workerData: { analyzer: analyzerOptions, scorers: options.scorers } }),
  );
  const pending = new Map<number, Pending>();
  const busy = workers.map(() => 0);
  let nextId = 0;
  let closed = false;
  let broken: Error | undefined;
  workers.forEach((worker, index) => {
    worker.on('message', ({ id, results, error }: { id: number; results?: string[]; error?: WorkerError }) => {
      const job = pending.get(id);
      pending.delete(id);
      busy[index]!--;
      if (error !== undefined) job?.reject(reviveError(error));
      else job?.resolve(results!);
    });
    worker.on('error', (error) => {
      // A worker that crashed takes no more batches: later sends fail instead of waiting forever.
      broken ??= error;
      for (const job of pending.values()) job.reject(error);
      pending.clear();
    });
  });
  const send = (texts: string[]) => {
    if (closed) throw new PoolClosedError();
    if (broken) throw broken;
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
    if (closed) throw new PoolClosedError();
    expectIterable(texts);
    // At most two batches per worker in flight: enough to keep every worker busy, bounded memory.
    const inFlight: Promise<string[]>[] = [];
    let batch: string[] = [];
    let position = 0;
    // A bad item stops the run, but only after every good item before it has been scored and yielded.
    let bad: Error | undefined;
    for await (const text of texts) {
      try {
        batch.push(expectText(text, position++));
      } catch (error) {
        bad = error as Error;
        break;
      }
      if (batch.length < batchSize) continue;
      inFlight.push(send(batch));
      batch = [];
      if (inFlight.length >= concurrency * 2) yield await inFlight.shift()!;
    }
    if (batch.length > 0) inFlight.push(send(batch));
    while (inFlight.length > 0) yield await inFlight.shift()!;
    if (bad) throw bad;
  }

  return {
    async *analyzeMany(texts) {
      for await (const results of scoreInOrder(texts)) for (const json of results) yield JSON.parse(json) as AnalysisResult;
    },
    async *analyzeManyAsJson(texts) {
      for await (const results of scoreInOrder(texts)) yield* results;
    },
    async close() {
      // Every iteration still waiting for a batch settles with PoolClosedError instead of hanging.
      closed = true;
      for (const job of pending.values()) job.reject(new PoolClosedError());
      pending.clear();
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

function positiveInteger(value: unknown, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new InvalidOptionsError(`"${name}" must be a positive integer, received ${describeValue(value)}.`);
  return value;
}
