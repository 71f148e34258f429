// Which aspect each opinion word is about: within its clause first, then by distance, never across a contrast.
import type { Doc } from '../../doc/readDoc.js';
import { type SentenceSpan, type Token, isJoiningHyphen } from '../../doc/token.js';
import type { Evidence, SentenceResult } from '../../result.js';
import type { OpinionToken } from './types.js';
import { CLAUSE_END, CONTRAST } from './words.js';
import { firstNotBefore } from '../../math.js';

/**
 * An opinion word whose clause names no aspect goes to the aspects of the sentence its own clause leaves without
 * opinion, at this share of its weight.
 */
export const ACROSS_CLAUSE = 0.5;

/** Each comma between an opinion word and an aspect counts as this many tokens of distance. */
export const COMMA_DISTANCE = 4;

/** Opinion words up to this many tokens from an aspect count fully; beyond, they fade with distance. */
export const NEAR = 3;

/** Below this valence a word the taxonomy names is read as a name, not an opinion. */
export const WEAK_OPINION = 0.35;

export function hasOpinionInClause(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  run: { first: number; end: number },
  opinionTokens: ReadonlyMap<number, OpinionToken>,
): boolean {
  const [from, to] = clauseAround(tokens, sentence, run.first);
  for (let i = from; i < to; i++) if (opinionTokens.has(i)) return true;
  return false;
}

/** The stretch of the sentence around `index` that contrast words and clause punctuation bound. */
export function clauseAround(tokens: readonly Token[], sentence: SentenceSpan, index: number): [number, number] {
  let from = index;
  while (from > sentence.first && !isClauseLimit(tokens[from - 1]!)) from--;
  let to = index + 1;
  while (to < sentence.end && !isClauseLimit(tokens[to]!)) to++;
  return [from, to];
}

export const isClauseLimit = (token: Token) => CONTRAST.has(token.normal) || CLAUSE_END.has(token.text);

/** Tokens `[first, end)` that name an aspect; a category-only mention ("charged us twice") is made of opinion words. */
export interface AspectSpan {
  first: number;
  end: number;
  categoryOnly?: boolean;
}

/** Opinion evidence attributed to one aspect span. */
export interface Attribution {
  weight: number;
  positive: number;
  negative: number;
  evidence: Evidence[];
}

/**
 * Gives every opinion word of a sentence to the aspects of its clause, so "love X but hate Y" splits at
 * "but"; within a clause a word weighs less the farther it stands, commas counting as distance, so in
 * "great food, terrible service" each aspect is mostly its own adjective. A word whose clause names no
 * aspect goes at half weight to the aspects of the sentence that their own clauses leave without opinion:
 * in "the service was a bit slow, but they were very friendly" the service stays slow.
 */
export function attribute(
  tokens: readonly Token[],
  sentence: SentenceSpan,
  spans: readonly AspectSpan[],
  opinions: readonly { index: number; evidence: Evidence }[],
): Attribution[] {
  const out: Attribution[] = spans.map(() => ({ weight: 0, positive: 0, negative: 0, evidence: [] }));
  // A word inside an aspect's name ("Beacon alerts", "crash reports", "fan noise") is not an opinion of it.
  // A phrase that only starts there ("design flaw" for "design") is.
  const insideTerm = (index: number, end: number) =>
    spans.some((span) => !span.categoryOnly && index >= span.first && end <= tokens[span.end - 1]!.end);
  const aboutAspects = opinions.filter(({ index, evidence }) => !insideTerm(index, evidence.end));
  // Asked only when a word crosses clauses, which most sentences never need.
  let ownOpinion: boolean[] | undefined;
  const hasOwnOpinion = (k: number) => {
    ownOpinion ??= spans.map((span) => {
      const [from, to] = clauseAround(tokens, sentence, span.first);
      return aboutAspects.some(({ index }) => index >= from && index < to);
    });
    return ownOpinion[k]!;
  };
  for (const { index, evidence } of aboutAspects) {
    let [from, to] = clauseAround(tokens, sentence, index);
    let share = 1;
    if (!spans.some((span) => span.end > from && span.first < to)) {
      [from, to] = [sentence.first, sentence.end];
      share = ACROSS_CLAUSE;
    }
    spans.forEach((span, k) => {
      if (span.end <= from || span.first >= to) return;
      if (share < 1 && hasOwnOpinion(k)) return;
      const inside = index >= span.first && index < span.end;
      const distance = inside ? 0 : distanceBetween(tokens, index, index < span.first ? span.first : span.end - 1);
      const weight = share * evidence.weight * (distance <= NEAR ? 1 : NEAR / distance);
      const target = out[k]!;
      target.weight += weight;
      if (weight > 0) target.positive += weight;
      else target.negative -= weight;
      // Quote only the words that speak mainly to this aspect.
      if (Math.abs(weight) >= Math.abs(evidence.weight) / 2) target.evidence.push(evidence);
    });
  }
  return out;
}

export function distanceBetween(tokens: readonly Token[], a: number, b: number): number {
  const [low, high] = a < b ? [a, b] : [b, a];
  let distance = high - low;
  for (let i = low + 1; i < high; i++) {
    if (tokens[i]!.text === ',') distance += COMMA_DISTANCE;
    else if (isJoiningHyphen(tokens, i)) distance--;
  }
  return distance;
}

/** Each sentence's opinion evidence located at its first token. */
export function locateOpinions(doc: Doc, sentences: readonly SentenceResult[]): { index: number; evidence: Evidence }[][] {
  return sentences.map((sentence) => {
    const located: { index: number; evidence: Evidence }[] = [];
    for (const evidence of sentence.evidence) {
      const index = tokenStartingAt(doc.tokens, evidence.start);
      if (index !== -1) located.push({ index, evidence });
    }
    return located;
  });
}

/**
 * The index of the token that starts at `offset`, or -1. A text has many tokens and few pieces of evidence: a search per
 * piece beats indexing every token.
 */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  const index = firstNotBefore(tokens.length, (k) => tokens[k]!.start < offset);
  return index < tokens.length && tokens[index]!.start === offset ? index : -1;
}
