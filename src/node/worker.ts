// A pool worker: one analyzer, built from the pool's options, scoring batches of texts.
import { parentPort, workerData } from 'node:worker_threads';
import { createAnalyzer } from '../index.js';
import type { AnalyzerOptions, ScorerOptions } from '../index.js';

const { analyzer: options, scorers } = workerData as { analyzer: AnalyzerOptions; scorers?: ScorerOptions };
const analyzer = createAnalyzer(options);

parentPort!.on('message', ({ id, texts }: { id: number; texts: string[] }) => {
  try {
    parentPort!.postMessage({ id, results: texts.map((text) => analyzer.analyze(text, scorers)) });
  } catch (error) {
    parentPort!.postMessage({ id, error: (error as Error).message });
  }
});
