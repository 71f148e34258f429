import type { SentenceSpan, Token } from '../doc/token.js';
import type { CompiledLexicon } from '../lexicon/compile.js';
import type { Hit } from '../lexicon/hit.js';

/** What a rule sees: one sentence, its lexicon matches with their current weights, and the whole token stream. */
export interface RuleContext {
  /** All tokens of the document; the sentence is `tokens[sentence.first .. sentence.end - 1]`. */
  readonly tokens: readonly Token[];
  readonly sentence: SentenceSpan;
  /** The sentence's lexicon matches, in order, with the weights left by the rules before this one. */
  readonly hits: readonly Readonly<Hit>[];
  /**
   * Index into `hits` of the match covering a token, or -1: `hitAt[tokenIndex - sentence.first]`. Valid while the
   * rules of this sentence run: the array is reused for the next sentence, so a rule must not keep it.
   */
  readonly hitAt: Int32Array;
  /** The next sentence's lexicon matches as the lexicon gave them (its rules have not run yet); empty at the end. */
  readonly nextHits: readonly Readonly<Hit>[];
  /** The previous sentence's matches after every rule; empty in the first sentence. */
  readonly previousHits: readonly Readonly<Hit>[];
  readonly lexicon: CompiledLexicon;
  /** The whole text is in capitals, so capitals carry no emphasis. */
  readonly shouting: boolean;
}

/** Multiply the weight of `hits[hit]` by `factor`. */
export interface Adjustment {
  /** An index into the context's `hits`. */
  hit: number;
  /** A number from -4 to 4; anything else makes `analyze()` throw an `InvalidOptionsError` naming the rule. */
  factor: number;
  /**
   * Why, when the rule detects something the result reports (the `sarcasm` rule's cues); `against` is the index of
   * the hit the praise is set against (a negative situation), reported beside it.
   */
  cue?: { name: string; confidence: number; against?: number };
}

/**
 * A named step that adjusts lexicon matches. Rules return adjustments rather than editing weights, so
 * the engine can record which rules touched each piece of evidence. Rules run in array order.
 *
 * @example
 * ```ts
 * // Damp everything in a sentence that starts with "FYI".
 * const fyi: Rule = {
 *   name: 'fyi',
 *   apply: ({ tokens, sentence, hits }) =>
 *     tokens[sentence.first]?.normal === 'fyi' ? hits.map((_, hit) => ({ hit, factor: 0.5 })) : [],
 * };
 * const analyzer = createAnalyzer({ rules: [...defaultRules, fyi] });
 * ```
 */
export interface Rule {
  readonly name: string;
  /**
   * What the rule's adjustments mean to the scorers that read them, so that no scorer recognises a rule by its
   * name: `politeness` (it damps courtesy; emotions skip it, since thanks is gratitude), `sarcasm` (its cues
   * are reported as the sentence's sarcasm), `emphasis` (negative evidence it strengthened counts toward
   * escalation risk), `calm` (it damps calmly stated problems; the option `problemsAreNegative` drops it), `hypothetical`
   * (the words it damped are imagined, not reported: a problem there is no `problem`), `resolved` (the problems it
   * muted are reported ended, so they are no `problem` either).
   */
  readonly marks?: readonly RuleMark[];
  apply(context: RuleContext): Adjustment[];
}

export type RuleMark = 'politeness' | 'sarcasm' | 'emphasis' | 'calm' | 'hypothetical' | 'resolved';

/** Whether `rule` carries `mark`. */
export const hasMark = (rule: Rule, mark: RuleMark): boolean => rule.marks?.includes(mark) === true;
