import { detect } from 'tinyld/light';
import type { ExcludedSpan, LanguageResult } from '../result.js';
import type { Reading, Token, WordCounts } from './token.js';

// Which paragraphs are not English, so that English lexicons do not score them. A trigram detector alone misreads
// short English text (tinyld names another language for 8.7 % of the English dev texts, franc for 14.6 %), so it
// is asked only when the words themselves look foreign: at least half of the lower-case words unknown to the
// English vocabulary of the tokenizer (and few English function words), or mostly non-Latin letters. Of the 62,166
// dev texts, 21 are then left unscored, 6 of them rightly (Turkish, Dutch, Spanish, Urdu tweets); English text never
// reaches the detector, and the words are counted as the text is read, so the gate costs next to nothing.

/** Fewest lower-case words (or non-Latin letters) before the words can say anything about the language. */
const MIN_WORDS = 4;
const MIN_NON_LATIN_LETTERS = 10;
const FOREIGN_SHARE = 0.5;
// English function words that are not words of the other languages the detector knows ("in", "is", "was", "me", "die"
// and "on" are): a quarter of the words among them, or two, and the text is English whatever its other words are.
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'the and that this with you your have has not for of it its my are were be been what would could should they ' +
    'their our we from but just does did very about there which'
  ).split(' '),
);
const ENGLISH_SHARE = 0.25;
// Greek and beyond: Latin, with its extensions and IPA, ends before U+0370.
const FIRST_NON_LATIN = 0x370;

export const ENGLISH_ASSUMED: LanguageVerdict = Object.freeze({ result: Object.freeze({ code: 'und', scored: true }), foreign: [] });

interface LanguageVerdict {
  result: LanguageResult;
  /** Paragraphs not in English, in the offsets of the text read. */
  foreign: ExcludedSpan[];
}

export const noWords = (): WordCounts => ({ lower: 0, unknown: 0, letters: 0, nonLatin: 0 });

/** Counts `token` into `counts`; called for every token as the text is read, so it must stay cheap. */
export function countWord(counts: WordCounts, token: Token): void {
  // wink calls a run of letters outside its alphabet (Cyrillic, kana) unknown; it counts as letters all the same.
  if (token.type !== 'word' && token.type !== 'unk') return;
  const text = token.text;
  counts.letters += text.length;
  // A word is in one script: its first letter says which.
  if (text.charCodeAt(0) >= FIRST_NON_LATIN) counts.nonLatin += text.length;
  else if (token.type === 'word' && text === token.normal) {
    counts.lower++;
    if (token.unknown) counts.unknown++;
  }
}

function sum(counts: readonly WordCounts[]): WordCounts {
  const total = { lower: 0, unknown: 0, letters: 0, nonLatin: 0 };
  for (const part of counts) {
    total.lower += part.lower;
    total.unknown += part.unknown;
    total.letters += part.letters;
    total.nonLatin += part.nonLatin;
  }
  return total;
}

/** Enough words to judge in tokens [first, end), and they look foreign. */
function looksForeign(tokens: readonly Token[], first: number, end: number, counts: WordCounts): boolean {
  if (counts.nonLatin >= MIN_NON_LATIN_LETTERS && counts.nonLatin * 2 >= counts.letters) return true;
  if (counts.lower < MIN_WORDS || counts.unknown < counts.lower * FOREIGN_SHARE) return false;
  // Rarely reached: English text stops above, so only candidates pay for the function words.
  let english = 0;
  for (let i = first; i < end; i++) if (tokens[i]!.type === 'word' && ENGLISH_FUNCTION_WORDS.has(tokens[i]!.text)) english++;
  return english < 2 && english < counts.lower * ENGLISH_SHARE;
}

function judgeable(counts: WordCounts): boolean {
  return counts.lower >= MIN_WORDS || counts.nonLatin >= MIN_NON_LATIN_LETTERS;
}

/** The detector's language for tokens [first, end), when the words look foreign; `en` otherwise. */
function languageOf(tokens: readonly Token[], first: number, end: number, counts: WordCounts): string {
  if (!looksForeign(tokens, first, end, counts)) return 'en';
  const words: string[] = [];
  for (let i = first; i < end; i++) if (tokens[i]!.type === 'word' || tokens[i]!.type === 'unk') words.push(tokens[i]!.text);
  return detect(words.join(' ')) || 'en';
}

/**
 * The main language of a text read into paragraphs, and the paragraphs in another language. A paragraph with too
 * few words to judge on its own takes the language of the whole text.
 */
export function readLanguage({ tokens, paragraphs, words: counts }: Reading): LanguageVerdict {
  const whole = counts.length === 1 ? counts[0]! : sum(counts);
  if (!judgeable(whole)) return ENGLISH_ASSUMED;
  const code = languageOf(tokens, 0, tokens.length, whole);
  const foreign: ExcludedSpan[] = [];
  paragraphs.forEach((first, p) => {
    const end = paragraphs[p + 1] ?? tokens.length;
    const language = paragraphs.length === 1 ? code : judgeable(counts[p]!) ? languageOf(tokens, first, end, counts[p]!) : code;
    if (language !== 'en') foreign.push({ start: tokens[first]!.start, end: tokens[end - 1]!.end, reason: 'language' });
  });
  return { result: { code, scored: foreign.length < paragraphs.length }, foreign };
}
