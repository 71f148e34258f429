import { windowEnd } from '../doc/clause.js';
import { isNegator } from '../doc/negators.js';
import type { Doc } from '../doc/readDoc.js';
import { normalizeEmoji, type Token } from '../doc/token.js';
import { NEGATION_WINDOW } from '../rules/negation.js';
import type { FeatureSettings } from './types.js';

/**
 * One feature read at one place: `start`/`end` are the characters it stands on, so its weight can be quoted.
 * Word pieces (`c:`) and a negated word stand on the word itself. Counts add up, so a document's features are
 * exactly its sentences' features: a quote weighs the same in the sentence verdict as in the document's.
 */
export interface FeatureOccurrence {
  name: string;
  start: number;
  end: number;
  /** The word stands in a negator's window and was read as `n:word`. */
  negated: boolean;
}

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

/** The features of the tokens `first` up to (not including) `end` of `doc`, appended to `out`. */
export function readFeatures(doc: Doc, first: number, end: number, settings: FeatureSettings, out: FeatureOccurrence[]): void {
  const { tokens } = doc;
  let negatedUntil = -1;
  let previous: { form: string; start: number } | undefined;
  for (let index = first; index < end; index++) {
    const token = tokens[index]!;
    const form = formOf(token);
    if (form === undefined) {
      previous = undefined;
      continue;
    }
    const negated = settings.negation && index < negatedUntil;
    if (settings.words > 0) out.push({ name: (negated ? 'n:' : 'w:') + form, start: token.start, end: token.end, negated });
    if (settings.words === 2 && previous)
      out.push({ name: `w:${previous.form} ${form}`, start: previous.start, end: token.end, negated: false });
    if (settings.chars && token.type === 'word') readWordPieces(form, token, settings.chars, out);
    if (settings.negation && isNegator(tokens, index, first)) negatedUntil = windowEnd(tokens, index, end, NEGATION_WINDOW);
    previous = { form, start: token.start };
  }
}

/** Character n-grams of a word with its edges marked (`<ref`, `und>`); a word shorter than the shortest is one piece. */
function readWordPieces(form: string, token: Token, [shortest, longest]: [number, number], out: FeatureOccurrence[]): void {
  const marked = `<${form}>`;
  if (marked.length < shortest) {
    out.push({ name: `c:${marked}`, start: token.start, end: token.end, negated: false });
    return;
  }
  for (let length = shortest; length <= longest && length <= marked.length; length++) {
    for (let at = 0; at + length <= marked.length; at++) {
      out.push({ name: `c:${marked.slice(at, at + length)}`, start: token.start, end: token.end, negated: false });
    }
  }
}

/** The lexicon's reading of a text or sentence (its score and magnitude), as features no quote stands for. */
export function lexiconFeatures(score: number, magnitude: number): [string, number][] {
  return [
    ['lex:score', score],
    ['lex:magnitude', Math.log1p(magnitude)],
  ];
}
