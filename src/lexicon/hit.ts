import type { LexiconEntry } from './compile.js';

/** A lexicon match in the token stream, with its weight as the rules change it. */
export interface Hit {
  /** First token of the match. */
  first: number;
  /** One past the last token of the match. */
  end: number;
  entry: LexiconEntry;
  weight: number;
  rules: string[];
  /** Cues of sarcasm that changed this hit, with the rule that found them. */
  cues?: { rule: string; name: string; confidence: number; against?: number }[];
  /** Tokens the hit names rather than judges, such as a movement's metric ("NPS"): capitals there are spelling, not emphasis. */
  named?: { first: number; end: number };
}
