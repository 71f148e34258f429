import type { Doc } from '../doc/readDoc.js';
import type { AnalysisResult } from '../result.js';
import type { PatternMatch } from '../patterns/matcher.js';
import type { ContextualMatch } from './intent.js';

/** The optional scorers, by the switch that asks for each (`ScorerOptions`). */
export type ScorerSwitch = 'emotions' | 'intents' | 'signals' | 'aspects';

/** One text on its way through an analyzer: what every scorer reads. */
export interface Analysis {
  readonly text: string;
  readonly doc: Doc;
  /** The core's sentiment, sentences, evidence and exclusions: scored before any scorer runs. */
  readonly result: Readonly<AnalysisResult>;
  /** What the scorers that ran before this one produced, whether or not it will be returned. */
  readonly parts: Readonly<Partial<AnalysisResult>>;
  /** Intent and risk-factor matches read in context, from the pattern pass the core made with its situations. */
  patternMatches(): { intents: readonly ContextualMatch[]; risks: readonly ContextualMatch[] };
  /** Each sentence's matches of the aspect taxonomy, from the same pass. */
  taxonomyMatches(): readonly PatternMatch[][];
}

/**
 * A scorer adds its part to the result (`emotions`, `intents`, `signals`, aspects). Scorers run in list order;
 * one that reads another's part names it in `reads`, and that one runs too, even when its part is not asked for.
 */
export interface Scorer {
  /** The switch that asks for it. */
  readonly name: ScorerSwitch;
  readonly reads?: readonly ScorerSwitch[];
  /**
   * The patterns it reads: intents and risk factors (`patternMatches()`) or the aspect taxonomy (`taxonomyMatches()`).
   * The core finds those of every scorer that runs in its own pass over the patterns.
   */
  readonly readsPatterns?: 'intents' | 'aspects';
  score(analysis: Analysis): Partial<AnalysisResult>;
}
