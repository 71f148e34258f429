import { NUMBER_SLOT } from '../doc/token.js';

/**
 * cxtone's pattern syntax, for intents and risk factors written as data:
 *
 * - `cancel our contract`: words in order; each matches a token's normal form or its lemma, so
 *   `cancel` also matches "cancelled" and "cancelling", and `be` matches "is" and "were".
 * - `(contract|subscription|renewal)`: one of the alternatives; an alternative may be several words.
 * - `[our|the]`: optional alternatives.
 * - `refund*`: any word starting with "refund".
 * - `*`: any one word; `...`: up to three words; `#`: a number, written in digits or words, alone or among
 *   alternatives (`(more|additional|#) seats`); `#th` (or `#st`, `#nd`, `#rd`) among alternatives: an ordinal in digits
 *   with that ending ("4th", "23rd").
 *
 * - A leading `!` makes a veto: when it matches, the other patterns of the same intent or factor do
 *   not count in that sentence (`!refund policy` keeps "what is your refund policy?" from being a dispute).
 *
 * Matching never crosses punctuation, so a pattern stays inside one clause.
 */
export interface Pattern {
  /** The pattern as written, for evidence. */
  source: string;
  veto: boolean;
  elements: readonly PatternElement[];
  /**
   * How many ways the pattern can branch from one token: the product of the distinct lengths its elements
   * can take (optional words, gaps, alternatives of different lengths). The matcher remembers partial matches
   * only for patterns above {@link MEMO_BRANCHES}, so a hostile pattern (`[a] [a] [a] … b`) costs time linear
   * in its length, not exponential.
   */
  branches: number;
  /** The most tokens a match can span: how far a partial match from one token can reach. */
  reach: number;
}

/** Patterns that branch more than this are matched with memoised partial results. */
export const MEMO_BRANCHES = 64;

export type PatternElement =
  | { kind: 'words'; alternatives: readonly (readonly WordTest[])[]; optional: boolean }
  | { kind: 'any' }
  | { kind: 'gap'; max: number }
  | { kind: 'number' };

export interface WordTest {
  word: string;
  prefix: boolean;
}

/** How many words `...` may skip. */
export const GAP_WORDS = 3;

/** Raised for a pattern that cannot be parsed; the message says what is wrong with it. */
export class PatternSyntaxError extends Error {}

const WHITESPACE = /\s/;
const WHITESPACES = /\s+/;
/** A word of a group's alternative that is `*` or `...`. */
const WILDCARD_WORD = /(?:^|[\s|])(?:\*|\.\.\.)(?=[\s|]|$)/;

/** Splits a word of a pattern as the tokenizer splits text ("won't" is "will not"): `tokenizeTerm` in `doc/nlp.ts`. */
export type TermTokenizer = (term: string) => string[];

/**
 * Checks a pattern's syntax without the language model, so a lexicon can be validated where it is defined,
 * at no cost at import. Throws {@link PatternSyntaxError} with a readable reason.
 */
export function checkPatternSyntax(source: string): void {
  parsePattern(source, (term) => [term]);
}

/** Parses one pattern, its words split by `tokenize`. Throws {@link PatternSyntaxError} with a readable reason. */
export function parsePattern(source: string, tokenize: TermTokenizer): Pattern {
  if (typeof source !== 'string' || source.trim() === '') throw new PatternSyntaxError('a pattern must be a non-empty string');
  const elements: PatternElement[] = [];
  const veto = source.trim().startsWith('!');
  const text = source.trim().replace(/^!/, '').toLowerCase();
  // Sticky expressions step from piece to piece: an analyzer parses hundreds of patterns as it is created, before the
  // engine has compiled this function, and a loop over characters made that a tenth of its cold start.
  const space = /\s+/y;
  const bareWord = /[^\s()[\]|]+/y;
  let i = 0;
  while (i < text.length) {
    space.lastIndex = i;
    if (space.test(text)) i = space.lastIndex;
    if (i >= text.length) break;
    const char = text[i]!;
    if (char === '(' || char === '[') {
      const close = char === '(' ? ')' : ']';
      const end = text.indexOf(close, i + 1);
      if (end < 0) throw new PatternSyntaxError(`"${char}" at position ${i} is never closed`);
      const inner = text.slice(i + 1, end);
      if (/[()[\]]/.test(inner)) throw new PatternSyntaxError(`groups cannot be nested (position ${i})`);
      const alternatives = inner.split('|').map((alternative) => alternative.trim());
      if (alternatives.includes('')) throw new PatternSyntaxError(`empty alternative in "${text.slice(i, end + 1)}"`);
      // Inside a group, "*" would be read as the character itself: say so rather than never match.
      if (WILDCARD_WORD.test(inner))
        throw new PatternSyntaxError(
          `"*" and "..." stand alone, not inside a group ("${text.slice(i, end + 1)}"); ` +
            'for an optional word, write the pattern twice, with and without it',
        );
      elements.push({
        kind: 'words',
        alternatives: alternatives.map((alternative) => wordTests(alternative, tokenize)),
        optional: char === '[',
      });
      i = end + 1;
      continue;
    }
    if (char === ')' || char === ']' || char === '|') throw new PatternSyntaxError(`unexpected "${char}" at position ${i}`);
    bareWord.lastIndex = i;
    bareWord.test(text);
    const word = text.slice(i, bareWord.lastIndex);
    if (word === '*') elements.push({ kind: 'any' });
    else if (word === '...') elements.push({ kind: 'gap', max: GAP_WORDS });
    else if (word === NUMBER_SLOT) elements.push({ kind: 'number' });
    else elements.push({ kind: 'words', alternatives: [wordTests(word, tokenize)], optional: false });
    i = bareWord.lastIndex;
  }
  if (!elements.some((element) => element.kind === 'words' && !element.optional)) {
    throw new PatternSyntaxError('a pattern needs at least one required word');
  }
  if (elements[0]!.kind === 'gap' || elements.at(-1)!.kind === 'gap') throw new PatternSyntaxError('"..." must stand between words');
  return { source: source.trim(), veto, elements, branches: countBranches(elements), reach: countReach(elements) };
}

function countReach(elements: readonly PatternElement[]): number {
  let reach = 0;
  for (const element of elements) {
    if (element.kind === 'words') reach += Math.max(...element.alternatives.map((words) => words.length));
    else if (element.kind === 'gap') reach += element.max;
    else reach += 1;
  }
  return reach;
}

/**
 * Alternatives of the same length lead to the same next token, so only distinct lengths branch: an optional
 * element adds a length of 0, a gap can end at any of its lengths.
 */
function countBranches(elements: readonly PatternElement[]): number {
  let branches = 1;
  for (const element of elements) {
    if (element.kind === 'words') {
      const lengths = new Set<number>();
      for (const words of element.alternatives) lengths.add(words.length);
      if (element.optional) lengths.add(0);
      branches *= lengths.size;
    } else if (element.kind === 'gap') branches *= element.max + 1;
  }
  return branches;
}

// The word tests of each alternative, by tokenizer: the built-in patterns write 6,460 alternatives, 2,110 of them
// distinct ("our", "the support team"), and building a test costs more than finding it. Tests are never changed once
// made, so patterns share them. Bounded like the tokenizer's own cache: emptied when full.
const testsByTokenizer = new WeakMap<TermTokenizer, Map<string, WordTest[]>>();
const MAX_KEPT_TESTS = 20_000;

/** Words as the tokenizer reads them: "won't" is "will not", so it matches "will not" too. */
function wordTests(alternative: string, tokenizeTerm: TermTokenizer): WordTest[] {
  let kept = testsByTokenizer.get(tokenizeTerm);
  if (!kept) testsByTokenizer.set(tokenizeTerm, (kept = new Map()));
  let tests = kept.get(alternative);
  if (!tests) {
    if (kept.size >= MAX_KEPT_TESTS) kept.clear();
    kept.set(alternative, (tests = testsOf(alternative, tokenizeTerm)));
  }
  return tests;
}

function testsOf(alternative: string, tokenizeTerm: TermTokenizer): WordTest[] {
  const tests: WordTest[] = [];
  // Loops rather than flatMap: an analyzer parses thousands of these as it is created, which is part of the cold start.
  for (const word of WHITESPACE.test(alternative) ? alternative.split(WHITESPACES) : [alternative]) {
    // "add-on*" reads as "add - on*": the tokenizer splits the stem as it splits text.
    const prefix = word.length > 1 && word.endsWith('*');
    const tokens = tokenizeTerm(prefix ? word.slice(0, -1) : word);
    for (let k = 0; k < tokens.length; k++) tests.push({ word: tokens[k]!, prefix: prefix && k === tokens.length - 1 });
  }
  return tests;
}
