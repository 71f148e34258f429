import type { LexiconEntry } from '../lexicon/compile.js';

/** A lexicon match in the token stream, with its weight as the rules change it. */
export interface Hit {
  /** First token of the match. */
  first: number;
  /** One past the last token of the match. */
  end: number;
  entry: LexiconEntry;
  weight: number;
  rules: string[];
}
