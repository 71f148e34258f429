import { isJoiningHyphen, type Token } from './token.js';

// Punctuation that closes a clause: rules that look back from a word never look past one.
const CLAUSE_PUNCTUATION = new Set([',', ';', ':', '(', ')', '—', '–', '--', '.', '!', '?', '...', '…', '"', '“', '”']);
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'whereas', 'except', 'despite', 'because', 'while']);

export function isClauseBreak(token: Token): boolean {
  return CLAUSE_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.normal);
}

/**
 * The first index of the window before `index`: at most `size` tokens back, never before `floor`,
 * and never across a clause break.
 */
export function windowStart(tokens: readonly Token[], index: number, floor: number, size: number): number {
  let start = index;
  let counted = 0;
  while (start > floor && counted < size && !isClauseBreak(tokens[start - 1]!)) {
    start--;
    if (!isJoiningHyphen(tokens, start)) counted++;
  }
  return start;
}

/**
 * The end (exclusive) of the window after `index`: at most `size` tokens forward, never past `ceiling`,
 * and never across a clause break.
 */
export function windowEnd(tokens: readonly Token[], index: number, ceiling: number, size: number): number {
  let end = index + 1;
  let counted = 0;
  while (end < ceiling && counted < size && !isClauseBreak(tokens[end]!)) {
    if (!isJoiningHyphen(tokens, end)) counted++;
    end++;
  }
  return end;
}
