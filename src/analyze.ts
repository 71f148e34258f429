import { readDoc } from './doc/readDoc.js';
import { describeValue, InputTooLargeError, InvalidInputError } from './errors.js';
import { compileLexicons } from './lexicon/compile.js';
import { compileEmotions } from './lexicon/compileEmotions.js';
import { compilePatterns } from './lexicon/compilePatterns.js';
import { type AnalyzerOptions, resolveCallScorers, resolveOptions, type ScorerOptions } from './options.js';
import type { AnalysisResult, SentenceResult } from './result.js';
import { scoreDocument } from './scorers/document.js';
import { type LabelThresholds, toSentimentScore } from './scorers/label.js';
import { scoreAspects } from './scorers/aspect.js';
import { scoreEmotions } from './scorers/emotion.js';
import { scoreIntents } from './scorers/intent.js';
import { scoreSentences } from './scorers/sentence.js';
import { scoreSignals } from './scorers/signals.js';

/** A configured, reusable scorer. Create one per configuration and share it. */
export interface Analyzer {
  /**
   * Scores `text`. Synchronous and pure: the same text always gives the same result. `scorers` turns
   * optional scorers on or off for this call only.
   */
  analyze(text: string, scorers?: ScorerOptions): AnalysisResult;
  /**
   * The resolved configuration this analyzer labels with, for code that aggregates its results the same way
   * (conversation summaries use it, so an analyzer's `neutralBand` holds there too).
   */
  readonly config: AnalyzerConfig;
}

/** What an analyzer resolved from its options: frozen, plain data. */
export interface AnalyzerConfig {
  readonly thresholds: Readonly<LabelThresholds>;
  readonly maxLength: number;
  /** Scorers that run when a call does not say. */
  readonly scorers: Readonly<Required<ScorerOptions>>;
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
  const { lexicons, rules, thresholds, maxLength, scorers: defaults, subject } = resolveOptions(options);
  const lexicon = compileLexicons(lexicons);
  const emotionLexicon = compileEmotions(lexicons, lexicon);
  // Courtesy damps "thanks" so it cannot outweigh a complaint's sentiment; as an emotion, thanks is
  // gratitude. Politeness formulas ("thanks in advance") are claimed by the lexicons instead.
  const emotionRules = rules.filter((rule) => rule.name !== 'courtesy');
  const patterns = compilePatterns(lexicons);
  const config: AnalyzerConfig = Object.freeze({ thresholds: Object.freeze({ ...thresholds }), maxLength, scorers: Object.freeze({ ...defaults }) });

  return {
    config,
    analyze(text: string, callScorers?: ScorerOptions): AnalysisResult {
      if (typeof text !== 'string') throw new InvalidInputError(`expected text to be a string, received ${describeValue(text)}.`);
      const scorers = resolveCallScorers(callScorers, defaults);
      if (text.length > maxLength) throw new InputTooLargeError(text.length, maxLength);
      const doc = readDoc(NON_SPACE.test(text) ? text : '');

      // text → tokens and sentences → lexicon matches → rules → sentence scores → document score
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
      const result: AnalysisResult = {
        sentiment: scoreDocument(scored, thresholds),
        sentences,
        evidence: sentences.flatMap((sentence) => sentence.evidence),
        excluded: doc.excluded,
      };
      // Risk reads intents and emotions, so they are scored for it even when not returned.
      const emotions = scorers.emotions || scorers.signals ? scoreEmotions(doc, emotionLexicon, emotionRules, result.evidence) : undefined;
      const intents = scorers.intents || scorers.signals ? scoreIntents(doc, patterns.intents) : undefined;
      if (scorers.emotions) result.emotions = emotions;
      if (scorers.intents) result.intents = intents;
      if (scorers.signals) result.signals = scoreSignals(doc, patterns, { sentiment: result.sentiment, sentences, evidence: result.evidence, intents, emotions });
      if (scorers.aspects) Object.assign(result, scoreAspects(doc, sentences, { taxonomy: patterns.aspects, subject, thresholds }));
      return result;
    },
  };
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
export function analyze(text: string, scorers?: ScorerOptions): AnalysisResult {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, scorers);
}
