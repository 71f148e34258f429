import { looksLikeHtml } from './doc/html.js';
import { nlp } from './doc/nlp.js';
import { type Doc, type InputFormat, readDoc } from './doc/readDoc.js';
import { describeValue, InputTooLargeError, InvalidInputError } from './errors.js';
import { type CompiledLexicon, type CompiledMovements, compileLexicons } from './lexicon/compile.js';
import { compileEmotions } from './lexicon/compileEmotions.js';
import { type CompiledPatterns, compilePatterns, type ScannedSentence, splitByKind, splitScan } from './lexicon/compilePatterns.js';
import type { Lexicon } from './lexicon/types.js';
import {
  type AnalyzerOptions,
  type CallOptions,
  resolveCallOptions,
  resolveOptions,
  type ScorerOptions,
  type TextFormat,
} from './options.js';
import { findPatterns, type PatternIndex, type PatternMatch } from './patterns/matcher.js';
import type { AnalysisResult, ProblemResult, SentenceResult } from './result.js';
import { hasMark, type Rule } from './rules/rule.js';
import { scoreAspects } from './scorers/aspect.js';
import { documentEvidence, scoreDocument } from './scorers/document.js';
import { type Situation, scoreEmotions } from './scorers/emotion.js';
import { applySentimentModel, fittedIntents } from './scorers/fitted.js';
import { applySarcasmModel } from './scorers/fittedSarcasm.js';
import { type ContextualMatch, findInContext, scoreIntents, withoutMockedPraise } from './scorers/intent.js';
import { type LabelThresholds, toSentimentScore } from './scorers/label.js';
import type { Analysis, Scorer, ScorerSwitch } from './scorers/scorer.js';
import { type ScoredSentence, scoreSentences } from './scorers/sentence.js';
import { scoreSignals } from './scorers/signals.js';

/** A configured, reusable scorer. Create one per configuration and share it. */
export interface Analyzer {
  /**
   * Scores `text`. Synchronous and pure: the same text always gives the same result. `options` turns
   * optional scorers on or off, or says the text's format, for this call only.
   */
  analyze(text: string, options?: CallOptions): AnalysisResult;
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
  /** The format of texts when a call does not say. */
  readonly format: TextFormat;
  readonly detectLanguage: boolean;
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
  const resolved = resolveOptions(options);
  // wink-nlp's model loads before the lexicons compile: the other way round, the model took longer to load and the
  // first result of a fresh process came 5 % later (median of 15 paired cold starts, 145 against 152 ms).
  nlp();
  const { lexicons, rules, thresholds, maxLength, subject, models, format, detectLanguage } = resolved;
  const lexicon = compileLexicons(lexicons);
  const patterns = compilePatterns(lexicons, lexicon.situations);
  const scorers = builtInScorers({ lexicons, lexicon, rules, patterns, thresholds, subject });
  const config: AnalyzerConfig = Object.freeze({
    thresholds: Object.freeze({ ...thresholds }),
    maxLength,
    scorers: Object.freeze({ ...resolved.scorers }),
    format,
    detectLanguage,
  });

  const readCore = coreReader(lexicon, rules, thresholds, detectLanguage);
  const sentimentModel = models.find((model) => model.model.task === 'sentiment');
  const sarcasmModel = models.find((model) => model.model.task === 'sarcasm');
  const intentModels = models.filter((model) => model.model.task === 'intents');

  return {
    config,
    analyze(text: string, callOptions?: CallOptions): AnalysisResult {
      if (typeof text !== 'string') throw new InvalidInputError(`expected text to be a string, received ${describeValue(text)}.`);
      const { scorers: wanted, format: textFormat } = resolveCallOptions(callOptions, config);
      if (text.length > maxLength) throw new InputTooLargeError(text.length, maxLength);
      const needed = neededScorers(scorers, wanted);
      // The situations, and the patterns the scorers that run read, are found in one pass over the tokens.
      const kinds = scanKinds(scorers, needed);
      const { doc, result, scanned } = readCore(text, textFormat, patterns.scanFor(kinds));
      // Before the scorers, so that emotions and intents read praise the model turned around as the rule's.
      if (sarcasmModel) applySarcasmModel(sarcasmModel, doc, result, thresholds);
      runScorers(scorers, needed, wanted, { text, doc, result, scanned, kinds, movements: lexicon.movements });
      // Fitted models read the lexicon's verdict as they were fitted on it, so intents come before the sentiment
      // model replaces it; the other scorers have read the lexicon's verdict already.
      if (wanted.intents && result.intents && intentModels.length > 0) {
        const fitted = intentModels.flatMap((model) => fittedIntents(model, doc, result));
        result.intents = [...result.intents, ...fitted].sort((a, b) => b.confidence - a.confidence);
      }
      if (sentimentModel) applySentimentModel(sentimentModel, doc, result);
      return result;
    },
  };
}

/** A text read and scored by the core alone (tokens, lexicon, rules, sentence and document verdicts). */
export interface CoreReading {
  doc: Doc;
  result: AnalysisResult;
  /** With a scan index: each sentence's matches of it, by kind (the situations were scored already). */
  scanned?: ScannedSentence[];
}

/**
 * The first stage of every analysis: reading the text and scoring its sentences with the lexicons and rules.
 * `fit()` reads its examples with it, so a model learns from exactly what an analyzer will show it.
 */
export function coreReader(
  lexicon: CompiledLexicon,
  rules: readonly Rule[],
  thresholds: LabelThresholds,
  detectLanguage = true,
): (text: string, format?: TextFormat, scan?: PatternIndex) => CoreReading {
  return (text, format = 'auto', scan) => {
    const doc = readDoc(NON_SPACE.test(text) ? text : '', formatOf(text, format), detectLanguage);
    // A scan of a merged index reads each sentence's tokens once for situations and the patterns the scorers read.
    const scanned = scan && scanSentences(doc, scan);
    // text → tokens and sentences → lexicon matches → rules → sentence scores → document score
    const scored = scoreSentences(
      doc,
      lexicon,
      rules,
      scanned?.map((sentence) => sentence.situations),
    );
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
      if (sentence.problem) result.problem = sentence.problem;
      return result;
    });
    const sentiment = scoreDocument(scored, thresholds);
    // Nothing read is no evidence of neutrality.
    if (!doc.language.scored) sentiment.confidence = 0;
    const result: AnalysisResult = {
      sentiment,
      sentences,
      evidence: documentEvidence(sentences),
      excluded: doc.excluded,
      language: doc.language,
    };
    const problem = documentProblem(scored);
    if (problem) result.problem = problem;
    return scanned ? { doc, result, scanned } : { doc, result };
  };
}

function documentProblem(sentences: readonly ScoredSentence[]): ProblemResult | undefined {
  let problem: ProblemResult | undefined;
  for (const { problem: reported } of sentences) {
    if (!reported) continue;
    problem ??= { severity: 0, evidence: [] };
    problem.severity = Math.max(problem.severity, reported.severity);
    problem.evidence.push(...reported.evidence);
  }
  return problem;
}

function formatOf(text: string, format: TextFormat): InputFormat {
  return format === 'auto' ? (looksLikeHtml(text) ? 'html' : 'text') : format;
}

/** The core reader of an analyzer made with `options`, for `fit()`. */
export function createCoreReader(options?: AnalyzerOptions): (text: string) => CoreReading {
  const { lexicons, rules, thresholds, format, detectLanguage } = resolveOptions(options);
  const read = coreReader(compileLexicons(lexicons), rules, thresholds, detectLanguage);
  return (text) => read(text, format);
}

interface Compiled {
  lexicons: readonly Lexicon[];
  lexicon: CompiledLexicon;
  rules: readonly Rule[];
  patterns: CompiledPatterns;
  thresholds: LabelThresholds;
  subject: PatternIndex | undefined;
}

/** The built-in scorers, in the order they run; signals read emotions and intents. */
function builtInScorers({ lexicons, lexicon, rules, patterns, thresholds, subject }: Compiled): readonly Scorer[] {
  const emotionLexicon = compileEmotions(lexicons, lexicon);
  // As sentiment, politeness is damped so that it cannot outweigh a complaint; as an emotion, thanks is
  // gratitude. Politeness formulas ("thanks in advance") are claimed by the lexicons instead.
  // The calm rule damps problem entries, and no emotion entry is one: the emotion pass skips it.
  const emotionRules = rules.filter((rule) => !hasMark(rule, 'politeness') && !hasMark(rule, 'calm'));
  const emphasisRules = new Set(rules.filter((rule) => hasMark(rule, 'emphasis')).map((rule) => rule.name));
  return [
    {
      name: 'emotions',
      readsPatterns: 'intents',
      score: ({ doc, result, patternMatches }) => ({
        emotions: scoreEmotions(doc, emotionLexicon, emotionRules, result, situationsOf(patternMatches().risks, patterns)),
      }),
    },
    {
      name: 'intents',
      readsPatterns: 'intents',
      score: ({ result, patternMatches }) => {
        // Sarcasm is rare: most texts skip the collection altogether.
        const sarcastic = result.sentences.some((sentence) => sentence.sarcasm);
        const mocked = sarcastic ? result.sentences.flatMap((sentence) => sentence.sarcasm?.evidence ?? []) : [];
        return { intents: scoreIntents(withoutMockedPraise(patternMatches().intents, mocked)) };
      },
    },
    {
      name: 'signals',
      reads: ['emotions', 'intents'],
      readsPatterns: 'intents',
      score: ({ doc, result, parts, patternMatches }) => ({
        signals: scoreSignals(doc, patterns, {
          sentiment: result.sentiment,
          sentences: result.sentences,
          evidence: result.evidence,
          intents: parts.intents,
          emotions: parts.emotions,
          riskMatches: patternMatches().risks,
          emphasisRules,
        }),
      }),
    },
    {
      name: 'aspects',
      readsPatterns: 'aspects',
      score: ({ doc, result, taxonomyMatches }) =>
        scoreAspects(doc, result.sentences, { taxonomy: taxonomyMatches(), subject, thresholds }),
    },
  ];
}

/** Risk-factor matches whose factor carries feelings ("third time" → frustration), for the emotion scorer. */
function situationsOf(risks: readonly ContextualMatch[], patterns: CompiledPatterns): Situation[] {
  const situations: Situation[] = [];
  for (const match of risks) {
    const emotions = patterns.factors.get(match.name)?.emotions;
    if (emotions)
      situations.push({
        factor: match.name,
        lexicon: match.lexicon,
        quote: match.quote,
        emotions,
        afterCondition: match.afterCondition,
        hedged: match.hedged,
      });
  }
  return situations;
}

/** The scorers asked for and those they read, transitively. */
function neededScorers(scorers: readonly Scorer[], wanted: Required<ScorerOptions>): Set<ScorerSwitch> {
  // A scorer reads only scorers before it, so one pass from the end collects what the wanted ones need.
  const needed = new Set<ScorerSwitch>();
  for (let k = scorers.length - 1; k >= 0; k--) {
    const scorer = scorers[k]!;
    if (!wanted[scorer.name] && !needed.has(scorer.name)) continue;
    needed.add(scorer.name);
    if (scorer.reads) for (const name of scorer.reads) needed.add(name);
  }
  return needed;
}

/**
 * Runs the `needed` scorers in list order; only the parts asked for reach the result. Their pattern matches are
 * those the core found (`scanned`), read in context the first time a scorer asks for them.
 */
function runScorers(
  scorers: readonly Scorer[],
  needed: ReadonlySet<ScorerSwitch>,
  wanted: Required<ScorerOptions>,
  input: {
    text: string;
    doc: Doc;
    result: AnalysisResult;
    /** The core's scan, and the kinds of patterns it was made for. */
    scanned: readonly ScannedSentence[] | undefined;
    kinds: ScanKinds;
    movements: CompiledMovements;
  },
): void {
  if (needed.size === 0) return;
  let matches: { intents: ContextualMatch[]; risks: ContextualMatch[] } | undefined;
  let taxonomy: PatternMatch[][] | undefined;
  const parts: Partial<AnalysisResult> = {};
  const analysis: Analysis = {
    text: input.text,
    doc: input.doc,
    result: input.result,
    parts,
    patternMatches: () =>
      (matches ??= splitByKind(
        findInContext(
          input.doc,
          scannedFor(input, 'intents').map((sentence) => sentence.intentsAndRisks),
          input.movements,
        ),
      )),
    taxonomyMatches: () => (taxonomy ??= scannedFor(input, 'aspects').map((sentence) => sentence.aspects)),
  };
  for (const scorer of scorers) {
    if (!needed.has(scorer.name)) continue;
    const part = scorer.score(analysis);
    Object.assign(parts, part);
    if (wanted[scorer.name]) Object.assign(input.result, part);
  }
}

/** Which patterns a text is scanned for besides its situations (see `CompiledPatterns.scanFor`). */
type ScanKinds = { intents: boolean; aspects: boolean };

/** The kinds of patterns the scorers that run read. */
function scanKinds(scorers: readonly Scorer[], needed: ReadonlySet<ScorerSwitch>): ScanKinds {
  const reads = (kind: Scorer['readsPatterns']) => scorers.some((scorer) => scorer.readsPatterns === kind && needed.has(scorer.name));
  return { intents: reads('intents'), aspects: reads('aspects') };
}

/** Each sentence's matches of a merged index, by kind. */
function scanSentences(doc: Doc, index: PatternIndex): ScannedSentence[] {
  return doc.sentences.map((span) => splitScan(findPatterns(doc.tokens, span.first, span.end, index)));
}

/** The core's scan, which a scorer may read only for the kind of patterns it said it reads (`readsPatterns`). */
function scannedFor(
  input: { scanned: readonly ScannedSentence[] | undefined; kinds: ScanKinds },
  kind: keyof ScanKinds,
): readonly ScannedSentence[] {
  if (!input.scanned || !input.kinds[kind]) throw new Error(`cxtone: a scorer read ${kind} patterns without saying so (readsPatterns)`);
  return input.scanned;
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
export function analyze(text: string, options?: CallOptions): AnalysisResult {
  defaultAnalyzer ??= createAnalyzer();
  return defaultAnalyzer.analyze(text, options);
}
