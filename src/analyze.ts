import { readDoc } from './doc/readDoc.js';
import { describeValue, InputTooLargeError, InvalidInputError } from './errors.js';
import { compileLexicons } from './lexicon/compile.js';
import { type AnalyzerOptions, resolveOptions } from './options.js';
import type { AnalysisResult, SentenceResult } from './result.js';
import { scoreDocument } from './scorers/document.js';
import { toSentimentScore } from './scorers/label.js';
import { scoreSentences } from './scorers/sentence.js';

/** A configured, reusable scorer. Create one per configuration and share it. */
export interface Analyzer {
  /** Scores `text`. Synchronous and pure: the same text always gives the same result. */
  analyze(text: string): AnalysisResult;
}

/**
 * Creates an analyzer with its own lexicons and rules. Options are validated now, so a bad lexicon or
 * option fails here with a {@link CxtoneError}, not on the first text.
 *
 * @example
 * ```ts
 * const analyzer = createAnalyzer({
 *   lexicons: [{ name: 'acme', entries: { 'pulse sync': 0, 'sync storm': -3 } }],
 * });
 * analyzer.analyze('Another sync storm this morning.').sentiment.label; // 'negative'
 * ```
 */
export function createAnalyzer(options?: AnalyzerOptions): Analyzer {
  const { lexicons, rules, thresholds, maxLength } = resolveOptions(options);
  const lexicon = compileLexicons(lexicons);

  return {
    analyze(text: string): AnalysisResult {
      if (typeof text !== 'string') throw new InvalidInputError(`expected text to be a string, received ${describeValue(text)}.`);
      if (text.length > maxLength) throw new InputTooLargeError(text.length, maxLength);
      if (!NON_SPACE.test(text)) return emptyResult(thresholds);

      // text → tokens and sentences → lexicon matches → rules → sentence scores → document score
      const doc = readDoc(text);
      const scored = scoreSentences(doc, lexicon, rules);
      const sentences: SentenceResult[] = scored.map((sentence) => {
        const start = doc.tokens[sentence.span.first]!.start;
        const end = doc.tokens[sentence.span.end - 1]!.end;
        const result: SentenceResult = {
          text: text.slice(start, end),
          start,
          end,
          sentiment: toSentimentScore(sentence.score, sentence.positive, sentence.negative, thresholds),
          evidence: sentence.evidence,
        };
        if (sentence.sarcasm) result.sarcasm = sentence.sarcasm;
        return result;
      });
      return {
        sentiment: scoreDocument(scored, thresholds),
        sentences,
        evidence: sentences.flatMap((sentence) => sentence.evidence),
        excluded: doc.excluded,
      };
    },
  };
}

function emptyResult(thresholds: Parameters<typeof toSentimentScore>[3]): AnalysisResult {
  return { sentiment: toSentimentScore(0, 0, 0, thresholds), sentences: [], evidence: [], excluded: [] };
}

const NON_SPACE = /\S/;

let defaultAnalyzer: Analyzer | undefined;

/**
 * Scores `text` with the default analyzer (built-in lexicons and rules), created on first use.
 *
 * @example
 * ```ts
 * const result = analyze('Great, now our entire production environment is down. Not happy.');
 * result.sentiment.label;   // 'negative'
 * result.evidence[0].text;  // a quote from the input, with start/end offsets
 * ```
 * @throws {InvalidInputError} when `text` is not a string.
 * @throws {InputTooLargeError} when `text` is longer than 5,000,000 characters.
 */
export function analyze(text: string): AnalysisResult {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text);
}
