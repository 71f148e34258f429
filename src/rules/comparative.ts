import type { Token } from '../doc/token.js';

// Adjectives and adverbs in -er that compare nothing.
const PLAIN_ER = new Set([
  'super',
  'clever',
  'proper',
  'tender',
  'eager',
  'sober',
  'bitter',
  'together',
  'however',
  'whatever',
  'rather',
  'other',
  'ever',
  'never',
  'over',
  'under',
  'after',
]);

/** "Better", "faster", "worse", "more reliable": a comparison. */
export function isComparative(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  if (tokens[index - 1]?.normal === 'more' || token.normal === 'worse') return true;
  if (!token.normal.endsWith('er') || PLAIN_ER.has(token.normal)) return false;
  // wink lemmatises most comparatives ("better" → "good") but tags some as adverbs of their own ("faster").
  return token.lemma !== token.normal || token.pos === 'ADJ' || token.pos === 'ADV';
}
