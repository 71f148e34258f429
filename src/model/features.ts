import { windowEnd } from '../doc/clause.js';
import { isNegator, NEGATION_WINDOW } from '../doc/negators.js';
import type { Doc } from '../doc/readDoc.js';
import { normalizeEmoji, type Token } from '../doc/token.js';
import type { FeatureSettings } from './types.js';

/** Receives what a text is read as: its words (in the form features name them) and adjacent pairs of words. */
export interface WordVisitor {
  /** `pieces`: whether the word is split into character n-grams (real words, not numbers or emoji). */
  word(form: string, token: Token, negated: boolean, pieces: boolean): void;
  /** Two adjacent words; their feature is `w:first second`. */
  pair(first: string, second: string, start: number, end: number): void;
}

/**
 * The feature names a visitor would see, one call each: a word's own feature (`w:` or `n:` when negated), its pieces
 * (`c:`), and pairs (`w:a b`), in text order. Counts add up, so a document's features are exactly its sentences'.
 */
export type FeatureVisitor = (name: string, start: number, end: number, negated: boolean) => void;

// Token kinds that stand for a class of things, not for their text: "$120" says nothing "$80" does not.
const CLASS_OF: Record<string, string> = { number: '<num>', ordinal: '<num>', url: '<url>', email: '<email>', mention: '<mention>' };
const PUNCTUATION_KEPT = new Set(['!', '?']);

/** The form a token is read as, or `undefined` for tokens that carry nothing (most punctuation, line breaks). */
function formOf(token: Token): string | undefined {
  const kind = CLASS_OF[token.type];
  if (kind) return kind;
  if (token.type === 'punctuation') return PUNCTUATION_KEPT.has(token.text) ? token.text : undefined;
  if (token.type === 'tabCRLF') return undefined;
  if (token.type === 'emoji' || token.type === 'emoticon') return normalizeEmoji(token.text);
  return token.normal === '' ? undefined : token.normal;
}

/** Reads the words and pairs of the tokens `first` up to (not including) `end` of `doc`, in text order. */
export function readWords(doc: Doc, first: number, end: number, settings: FeatureSettings, visitor: WordVisitor): void {
  const { tokens } = doc;
  let negatedUntil = -1;
  let previousForm: string | undefined;
  let previousStart = 0;
  for (let index = first; index < end; index++) {
    const token = tokens[index]!;
    const form = formOf(token);
    if (form === undefined) {
      previousForm = undefined;
      continue;
    }
    // The pair first: it starts at the previous word, so what a visitor collects stays in text order.
    if (settings.words === 2 && previousForm !== undefined) visitor.pair(previousForm, form, previousStart, token.end);
    visitor.word(form, token, settings.negation && index < negatedUntil, settings.chars !== null && token.type === 'word');
    if (settings.negation && isNegator(tokens, index, first)) negatedUntil = windowEnd(tokens, index, end, NEGATION_WINDOW);
    previousForm = form;
    previousStart = token.start;
  }
}

/** Every feature name of tokens `first`..`end`, as `fit()` counts them. */
export function readFeatures(doc: Doc, first: number, end: number, settings: FeatureSettings, visit: FeatureVisitor): void {
  readWords(doc, first, end, settings, {
    word(form, token, negated, pieces) {
      if (settings.words > 0) visit((negated ? 'n:' : 'w:') + form, token.start, token.end, negated);
      if (pieces) for (const piece of wordPieces(form, settings.chars!)) visit(piece, token.start, token.end, false);
    },
    pair(first, second, start, end) {
      visit(`w:${first} ${second}`, start, end, false);
    },
  });
}

/** Character n-grams of a word with its edges marked (`c:<ref`, `c:und>`); a word shorter than the shortest is one piece. */
export function wordPieces(form: string, [shortest, longest]: [number, number]): string[] {
  const marked = `<${form}>`;
  if (marked.length < shortest) return [`c:${marked}`];
  const pieces: string[] = [];
  for (let length = shortest; length <= longest && length <= marked.length; length++) {
    for (let at = 0; at + length <= marked.length; at++) pieces.push(`c:${marked.slice(at, at + length)}`);
  }
  return pieces;
}

/** The lexicon's reading of a text or sentence (its score and magnitude), as features no quote stands for. */
export function lexiconFeatures(score: number, magnitude: number): [string, number][] {
  return [
    ['lex:score', score],
    ['lex:magnitude', Math.log1p(magnitude)],
  ];
}
