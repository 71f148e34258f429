import { analyze as analyzeWithDefault, type Analyzer } from './analyze.js';
import { describeValue, InvalidInputError } from './errors.js';
import type { ScorerOptions } from './options.js';
import type { AnalysisResult } from './result.js';

export interface AnalyzeManyOptions {
  /** The analyzer to use. Default: the default analyzer. */
  analyzer?: Analyzer;
  /** Scorer switches for every text, as in `analyze(text, scorers)`. */
  scorers?: ScorerOptions;
}

/**
 * Scores texts one at a time as they arrive and yields each result in input order, so a stream of any
 * length runs in constant memory. Works on arrays, generators and async iterables (a file read line by line).
 *
 * @example
 * ```ts
 * for await (const result of analyzeMany(readLines('tickets.txt'))) console.log(result.sentiment.label);
 * ```
 * @throws {InvalidInputError} naming the position of an item that is not a string.
 */
export async function* analyzeMany(
  texts: Iterable<string> | AsyncIterable<string>,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<AnalysisResult> {
  expectIterable(texts);
  const analyze = options.analyzer
    ? (text: string) => options.analyzer!.analyze(text, options.scorers)
    : (text: string) => analyzeWithDefault(text, options.scorers);
  let position = 0;
  for await (const text of texts) yield analyze(expectText(text, position++));
}

/** @throws {InvalidInputError} unless `texts` is an iterable or async iterable. Shared with the worker pool. */
export function expectIterable(texts: unknown): void {
  if (texts === null || typeof texts !== 'object' || !(Symbol.iterator in texts || Symbol.asyncIterator in texts)) {
    throw new InvalidInputError(`expected an iterable of texts, received ${describeValue(texts)}.`);
  }
}

/** @throws {InvalidInputError} naming the position of an item that is not a string. */
export function expectText(text: unknown, position: number): string {
  if (typeof text !== 'string') throw new InvalidInputError(`text ${position}: expected a string, received ${describeValue(text)}.`);
  return text;
}
