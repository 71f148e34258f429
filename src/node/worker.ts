// A pool worker: one analyzer, built from the pool's options, scoring batches of texts.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../index.js';
import type { AnalyzerOptions, ScorerOptions } from '../index.js';
import type { WorkerError } from './pool.js';

const { analyzer: options, scorers } = workerData as { analyzer: AnalyzerOptions; scorers?: ScorerOptions };
const analyzer = createAnalyzer(options);

// Results travel as JSON strings: copying strings between threads is cheap, and JSON.stringify + JSON.parse
// of a result costs about two thirds of structured cloning it (benchmarks/pool-bench.ts measures both).
parentPort!.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  try {
    parentPort!.postMessage({ id, results: texts.map((text) => JSON.stringify(analyzer.analyze(text, scorers))) });
  } catch (error) {
    const { message, code, length, maxLength } = error as WorkerError & Error;
    parentPort!.postMessage({ id, error: { message, code, length, maxLength } satisfies WorkerError });
  }
});
