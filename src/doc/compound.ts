import type { Token } from './token.js';

/** The tags of a noun, common or proper. */
export const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);

// Nouns that turn the act or the fault a word names into a measure of it or a rule about it: "the escalation policy",
// "our cancellation rate", "the error rate" talk about escalating, cancelling and errors without doing or having any.
const MEASURES = new Set([
  'rate',
  'ratio',
  'count',
  'volume',
  'number',
  'metric',
  'figure',
  'stat',
  'statistic',
  'trend',
  'score',
  'level',
  'percentage',
  'total',
]);
const RULES = new Set(['policy', 'process', 'procedure', 'matrix', 'path', 'term', 'rule', 'guideline']);

/** A noun that measures what the noun before it names: "satisfaction scores", "uptime numbers", "error rate". */
export function isMeasureNoun(token: Token): boolean {
  return NOUN_TAGS.has(token.pos) && MEASURES.has(token.lemma);
}

/**
 * Words ending on a noun that modifies a measure or a rule ("escalation policy", "error rate") name that thing: neither
 * the act (an intent) nor a judgement (a lexicon word).
 */
export function modifiesMeasureOrRule(tokens: readonly Token[], matchEnd: number, sentenceEnd: number): boolean {
  if (matchEnd >= sentenceEnd || !NOUN_TAGS.has(tokens[matchEnd - 1]!.pos)) return false;
  const next = tokens[matchEnd]!;
  return NOUN_TAGS.has(next.pos) && (MEASURES.has(next.lemma) || RULES.has(next.lemma));
}
