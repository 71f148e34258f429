// Shapes the parts of the aspect scorer pass to each other.
import type { Token } from '../../doc/token.js';
import type { PatternIndex, PatternMatch } from '../../patterns/matcher.js';
import type { LabelThresholds } from '../label.js';

/** A token inside an opinion word or phrase: the phrase's valence and its first token. */
export interface OpinionToken {
  valence: number;
  phraseStart: number;
}

/** Whether a token is tagged as a noun: wink-nlp's part of speech by default; the noun-phrase benchmark swaps in another tagger. */
export type NounTest = (token: Token, index: number) => boolean;

/** A span of tokens that names an aspect, found as a noun phrase or by a taxonomy pattern. */
export interface AspectMention {
  first: number;
  end: number;
  category: string;
  /** Named by a taxonomy pattern outside any noun phrase ("you charged us twice"). */
  categoryOnly: boolean;
  /** Names what the text is about (`subject` of `createAnalyzer`): attributed like an aspect, not reported as one. */
  isSubject?: boolean;
}

/** How {@link scoreAspects} finds and labels aspects. */
export interface AspectConfig {
  /**
   * Category patterns of the taxonomy lexicons: their index, or each sentence's matches of it (by `doc.sentences`)
   * when the analyzer's pattern scan has found them already.
   */
  taxonomy: PatternIndex | readonly (readonly PatternMatch[])[];
  /** Patterns naming what the text is about (`subject` of `createAnalyzer`): mentions they head are not aspects. */
  subject?: PatternIndex | undefined;
  /** The document's label thresholds; aspects narrow the neutral band ({@link aspectThresholds}). */
  thresholds: LabelThresholds;
  /** Which tokens are nouns; the noun-phrase benchmark swaps in another tagger. */
  isNounTagged?: NounTest;
}
