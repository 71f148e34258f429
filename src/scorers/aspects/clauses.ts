import { concededClauseEnd, isClauseLimit } from '../../doc/clause.js';
import { type SentenceSpan, type Token, isJoiningHyphen } from '../../doc/token.js';

/** Each comma between an opinion word and an aspect counts as this many tokens of distance. */
export const COMMA_DISTANCE = 4;

/** The clauses of one sentence and the distances between its tokens. */
export interface SentenceClauses {
  /** The stretch `[from, to)` around token `index` that contrast words and clause punctuation bound. */
  around(index: number): [number, number];
  /**
   * The same stretch, bounded also by the comma that closes a conceded clause opening the sentence: "While we enjoyed
   * the food, the service was poor" says each side of its own things, as the two sides of "but" do. Which aspects an
   * opinion is about stops there; which words are aspects at all does not (an aspect of the conceded clause is still
   * one when the verdict holds the opinion: "While the prices are nothing special, the portions are huge").
   */
  side(index: number): [number, number];
  /** Tokens between `a` and `b`, a comma counting as {@link COMMA_DISTANCE} and a joining hyphen as none. */
  distance(a: number, b: number): number;
}

// Up to this many tokens, walking the sentence for each question costs less than indexing it first.
const SHORT_SENTENCE = 40;

/**
 * A long sentence is indexed in one pass: where each token's clause starts and ends, and running counts of commas and
 * joining hyphens. Walking from every mention and opinion word instead costs the clause's length each time, which a
 * sentence of thousands of tokens without punctuation (a pasted log, a transcript) turns quadratic.
 */
export function sentenceClauses(tokens: readonly Token[], sentence: SentenceSpan): SentenceClauses {
  const clauses = sentence.end - sentence.first <= SHORT_SENTENCE ? walkedClauses(tokens, sentence) : indexedClauses(tokens, sentence);
  const comma = concededClauseEnd(tokens, sentence);
  if (comma === -1) return clauses;
  const side = (index: number): [number, number] => {
    const [from, to] = clauses.around(index);
    return index < comma ? [from, Math.min(to, comma)] : [Math.max(from, comma + 1), to];
  };
  return { ...clauses, side };
}

function walkedClauses(tokens: readonly Token[], sentence: SentenceSpan): SentenceClauses {
  const around = (index: number): [number, number] => {
    let from = index;
    while (from > sentence.first && !isClauseLimit(tokens[from - 1]!)) from--;
    let to = index + 1;
    while (to < sentence.end && !isClauseLimit(tokens[to]!)) to++;
    return [from, to];
  };
  return {
    around,
    side: around,
    distance(a, b) {
      const [low, high] = a < b ? [a, b] : [b, a];
      let distance = high - low;
      for (let i = low + 1; i < high; i++) {
        if (tokens[i]!.text === ',') distance += COMMA_DISTANCE;
        else if (isJoiningHyphen(tokens, i)) distance--;
      }
      return distance;
    },
  };
}

function indexedClauses(tokens: readonly Token[], sentence: SentenceSpan): SentenceClauses {
  const { first, end } = sentence;
  const length = end - first;
  // clauseStart[i]: the first token after the last limit before token first + i; clauseEnd[i]: the next limit after it.
  const clauseStart = new Int32Array(length);
  const clauseEnd = new Int32Array(length);
  // Commas and joining hyphens among tokens first .. first + i - 1.
  const commas = new Int32Array(length + 1);
  const hyphens = new Int32Array(length + 1);
  for (let i = 0; i < length; i++) {
    const index = first + i;
    clauseStart[i] = i === 0 ? first : isClauseLimit(tokens[index - 1]!) ? index : clauseStart[i - 1]!;
    const comma = tokens[index]!.text === ',';
    commas[i + 1] = commas[i]! + (comma ? 1 : 0);
    hyphens[i + 1] = hyphens[i]! + (!comma && isJoiningHyphen(tokens, index) ? 1 : 0);
  }
  for (let i = length - 1; i >= 0; i--) {
    const next = first + i + 1;
    clauseEnd[i] = next >= end ? end : isClauseLimit(tokens[next]!) ? next : clauseEnd[i + 1]!;
  }
  const around = (index: number): [number, number] => [clauseStart[index - first]!, clauseEnd[index - first]!];
  return {
    around,
    side: around,
    distance(a, b) {
      const [low, high] = a < b ? [a, b] : [b, a];
      if (high - low < 2) return high - low;
      // The tokens strictly between: low + 1 .. high - 1.
      const between = (counts: Int32Array) => counts[high - first]! - counts[low + 1 - first]!;
      return high - low + COMMA_DISTANCE * between(commas) - between(hyphens);
    },
  };
}
