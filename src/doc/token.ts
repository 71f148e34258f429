/** One token of the input with its exact character span. */
export interface Token {
  /** The token as written: `input.slice(start, end)`. */
  text: string;
  /** Lower-cased, contraction-expanded form from wink-nlp (`n't` → `not`). */
  normal: string;
  lemma: string;
  /** Universal POS tag from wink-nlp. */
  pos: string;
  /** wink-nlp token type: word, number, punctuation, emoji, emoticon, url, email, tabCRLF, … */
  type: string;
  start: number;
  end: number;
  /** A word of two or more letters written in capitals ("DOWN", not "I" or "A"). */
  caps: boolean;
  /**
   * A number for the word as written, the same for the life of the process, when wink-nlp's English model knows the
   * word and `normal` is the model's reading of it; -1 (or absent) otherwise. A key that needs no hashing: a table
   * indexed by it must still check the word, as the number stands for the text as written, not for `normal`.
   */
  id?: number;
  /** A lower-case word wink-nlp's English model does not know: a coinage, a name written in lower case, or a misspelling. */
  unknown?: boolean;
  /** A word or hashtag that repeats an @-handle of the same text ("@united … United was late"): a name, no opinion. */
  handle?: boolean;
}

/** A sentence as a half-open range of token indices into `Doc.tokens`. */
export interface SentenceSpan {
  first: number;
  end: number;
}

// Words that stand for a count: "took a week", "several days", "two hours".
const NUMBER_WORDS = new Set([
  'a',
  'an',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'fifteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'hundred',
  'several',
  'few',
  'couple',
  'many',
  'multiple',
  'numerous',
  'dozen',
  'dozens',
]);

/** A number written in digits or words, or a clock time ("5am"): what `#` matches in patterns and lexicon phrases. */
export function isNumberToken(token: Token): boolean {
  return token.type === 'number' || token.type === 'time' || NUMBER_WORDS.has(token.normal);
}

/** In lexicon phrases and patterns, `#` stands for a number and `#th` (`#st`, `#nd`, `#rd`) for an ordinal in digits. */
export const NUMBER_SLOT = '#';
const HASH = 0x23;
const ORDINAL_SLOT = /^#(?:st|nd|rd|th)$/;

/** Whether a phrase or pattern word is a slot for a figure rather than a word. */
export const isFigureSlot = (word: string): boolean =>
  // On the hot path of every phrase and pattern comparison: the first character rules out nearly every word.
  word.charCodeAt(0) === HASH && (word === NUMBER_SLOT || ORDINAL_SLOT.test(word));

/** Whether `token` fills the figure slot `slot`: "took # days" takes "3" or "three", "the #th time" takes "4th", not "1st". */
export function fillsFigureSlot(slot: string, token: Token): boolean {
  return slot === NUMBER_SLOT ? isNumberToken(token) : token.type === 'ordinal' && token.normal.endsWith(slot.slice(1));
}

/**
 * A hyphen written inside a word ("not-so-great", "follow-up"): wink-nlp splits it off, but it is no word of its
 * own: rule windows and aspect distances skip it.
 */
export function isJoiningHyphen(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index]!;
  return token.text === '-' && tokens[index - 1]?.end === token.start && tokens[index + 1]?.start === token.end;
}

// Emoji presentation selectors and skin tones don't change sentiment; strip them before lookup.
const EMOJI_MODIFIERS = /[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF]|\u200D[\u2640\u2642]/g;

export function normalizeEmoji(token: string): string {
  return token.replace(EMOJI_MODIFIERS, '');
}

/** A text read into tokens, sentences and paragraphs (indices of the tokens that start one), with each paragraph's words counted. */
export interface Reading {
  tokens: Token[];
  sentences: SentenceSpan[];
  /** See {@link Doc.cues}. */
  cues: number[];
  paragraphs: number[];
  words: WordCounts[];
  shouting: boolean;
}

/** What the words of a stretch of text say about its language, counted as it is read. */
export interface WordCounts {
  /** Lower-case words, and those of them the English vocabulary of the tokenizer does not know. */
  lower: number;
  unknown: number;
  letters: number;
  nonLatin: number;
}
