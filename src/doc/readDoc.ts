import { isBracketNotFace } from './faces.js';
import type { ExcludedSpan, LanguageResult } from '../result.js';
import { type HtmlText, readHtml } from './html.js';
import { countWord, ENGLISH_ASSUMED, noWords, readLanguage } from './language.js';
import { blankOut, findExcludedSpans, mergeSpans } from './neutralize.js';
import { addedWords, isKnownWord, isUnknownId, nlp, readLowerCase, startReading } from './nlp.js';
import { isDottedName } from './code.js';
import { expandedUnit, gluedDurationSplit } from './units.js';
import { readableText } from './readable.js';
import { normalizeEmoji, type Reading, type SentenceSpan, type Token, type WordCounts } from './token.js';

/** Input text turned into tokens and sentences, with the regions that are not scored. */
export interface Doc {
  /** The input as given: every token's offsets point into it. */
  text: string;
  tokens: Token[];
  sentences: SentenceSpan[];
  /**
   * Indices of the tokens that change how the words around them read, in order: negators ("not", "never"), condition
   * words ("if", "unless", "whether") and numbers. Gathered as the text is read, so a scorer that needs only these
   * visits them without another pass over every token.
   */
  cues: number[];
  excluded: ExcludedSpan[];
  /** The text is written in capitals throughout, so capitals carry no emphasis. */
  shouting: boolean;
  language: LanguageResult;
}

/** How the input is written: plain text, or an HTML body read as a mail client shows it. */
export type InputFormat = 'text' | 'html';

// A line shorter than this that runs on in lower case was typed that way, not wrapped by a mail client.
const MIN_WRAPPED_LINE = 30;
const TERMINAL = new Set(['.', '!', '?', ':', ';', '…', '...']);
const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;

/**
 * Reads `input`: HTML is first reduced to its visible text; the regions that are not the writer's own words, and
 * paragraphs in another language than English, are blanked; the rest is tokenised with wink-nlp and split into
 * sentences. Token offsets and excluded spans point into `input` as given.
 */
export function readDoc(input: string, format: InputFormat = 'text', detectLanguage = true): Doc {
  const html = format === 'html' ? readHtml(input) : undefined;
  const plain = html ? html.text : input;
  let excluded = findExcludedSpans(plain);
  let reading = tokenize(plain, excluded);
  const language = detectLanguage ? readLanguage(reading) : ENGLISH_ASSUMED;
  if (language.foreign.length > 0) {
    excluded = mergeSpans(excluded, language.foreign);
    reading = tokenize(plain, excluded);
  }
  if (html) {
    for (const token of reading.tokens) {
      token.start = html.starts[token.start]!;
      token.end = html.ends[token.end - 1]!;
    }
    excluded = mergeSpans(
      html.excluded,
      excluded.map((span) => toSource(span, html)),
    );
  }
  return {
    text: input,
    tokens: reading.tokens,
    sentences: reading.sentences,
    cues: reading.cues,
    excluded,
    shouting: reading.shouting,
    language: language.result,
  };
}

/** A span of the reduced text of an HTML body, in HTML offsets. */
function toSource(span: ExcludedSpan, html: HtmlText): ExcludedSpan {
  const last = html.starts.length;
  const start = span.start < last ? html.starts[span.start]! : (html.ends[last - 1] ?? 0);
  const end = span.end > span.start ? html.ends[span.end - 1]! : start;
  return { start, end: Math.max(start, end), reason: span.reason };
}

/** Tokens of `text` with wink-nlp, after blanking `excluded`, in sentences and paragraphs; offsets into `text`. */
function tokenize(text: string, excluded: readonly ExcludedSpan[]): Reading {
  const { text: scored, starts, ends } = readableText(blankOut(text, excluded));
  const winkNlp = nlp();
  const { its } = winkNlp;
  startReading();
  const winkDoc = winkNlp.readDoc(scored);
  const winkTokens = winkDoc.tokens();
  const values = winkTokens.out(its.value);
  const normals = winkTokens.out(its.normal);
  const tags = winkTokens.out(its.pos);
  // wink's typings declare lemma with the model's addon signature; at run time it is an ordinary `its` helper.
  const lemmas = winkTokens.out(its.lemma as unknown as typeof its.value);
  const ids = winkTokens.out(its.uniqueId) as unknown as number[];
  const types = typesHere(winkTokens.out(its.type), ids);

  const winkSentenceStarts = new Set<number>();
  winkDoc.sentences().each((sentence: { out(f: typeof its.span): unknown }) => {
    winkSentenceStarts.add((sentence.out(its.span) as unknown as number[])[0]!);
  });

  const tokens: Token[] = [];
  const cues: number[] = [];
  const breaksBefore: number[] = [];
  const sentenceStarts: boolean[] = [];
  let cursor = 0;
  let pendingBreaks = 0;
  let pendingSentenceStart = false;
  let lineStart = 0;
  let previousLineStart = 0;
  let words = 0;
  let capsWords = 0;
  const paragraphs: number[] = [];
  const wordCounts: WordCounts[] = [];
  let handles: Set<string> | undefined;
  const pushToken = (token: Token) => {
    if (tokens.length === 0 || pendingBreaks >= 2) {
      paragraphs.push(tokens.length);
      wordCounts.push(noWords());
    }
    countWord(wordCounts[wordCounts.length - 1]!, token);
    tokens.push(token);
    breaksBefore.push(pendingBreaks);
    sentenceStarts.push(pendingSentenceStart || startsSentence(tokens, breaksBefore, lineStart - previousLineStart));
    pendingBreaks = 0;
    pendingSentenceStart = false;
  };
  /**
   * An abbreviated unit after a number reads as its word ("2 hrs" as "2 hours"). Once the token is counted: the language
   * gate counts the word as written.
   */
  const expandUnit = (token: Token) => {
    const unit = expandedUnit(token.normal, tokens, tokens.length - 1);
    if (unit === undefined) return;
    token.normal = unit.normal;
    token.lemma = unit.lemma;
    token.id = -1;
    if (token.unknown) token.unknown = false;
  };
  /** "2hrs" as "2" and "hrs", read as a number and its unit. */
  const pushGluedDuration = (value: string, digits: number, start: number) => {
    const number = value.slice(0, digits);
    cues.push(tokens.length);
    pushToken({ text: number, normal: number, lemma: number, pos: 'NUM', type: 'number', start, end: start + digits, caps: false, id: -1 });
    const text = value.slice(digits);
    const normal = text.toLowerCase();
    const unit: Token = {
      text,
      normal,
      lemma: readLowerCase(normal).lemma,
      pos: 'NOUN',
      type: 'word',
      start: start + digits,
      end: start + value.length,
      caps: isUpperCase(text) && text.length > 1,
      id: -1,
    };
    pushToken(unit);
    expandUnit(unit);
  };
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Only spaces lie between tokens (line breaks are tokens), so the next occurrence of a token is where it stands.
    if (!scored.startsWith(value, cursor)) cursor = scored.indexOf(value, cursor);
    const start = cursor;
    cursor += value.length;
    if (winkSentenceStarts.has(i)) pendingSentenceStart = true;
    // wink splits "foo..bar" around an empty word: it is nothing to read, and counted as an unknown word it made short
    // English text look foreign to the language gate.
    if (value.length === 0) continue;
    if (types[i] === 'tabCRLF') {
      for (let k = 0; k < value.length; k++) {
        if (value[k] === '\n') {
          pendingBreaks++;
          previousLineStart = lineStart;
          lineStart = start + k + 1;
        }
      }
      continue;
    }
    const type =
      (types[i] === 'emoticon' &&
        (gluedInsideWord(scored, start, cursor) || isBracketNotFace(tokens, tokens.length, value, start, lineStart))) ||
      isHtmlEntity(scored, start, normals[i]!)
        ? 'markup'
        : types[i]!;
    const normal = type === 'emoji' ? normalizeEmoji(normals[i]!) : type === 'emoticon' ? normals[i]!.toLowerCase() : normals[i]!;
    const upper = type === 'word' && isUpperCase(value);
    const caps = upper && value.length > 1;
    if (type === 'word') {
      words++;
      if (upper) capsWords++;
    }
    const final = isSentenceFinalIn(value, tokens[tokens.length - 1])
      ? { lemma: 'in', pos: 'ADP' }
      : endsSentenceAsAbbreviation(value, values[i + 1], types[i + 1]);
    if (final) {
      const word = value.slice(0, -1);
      pushToken({ text: word, normal: word.toLowerCase(), lemma: final.lemma, pos: final.pos, type, start, end: cursor - 1, caps, id: -1 });
      pushToken({
        text: '.',
        normal: '.',
        lemma: '.',
        pos: 'PUNCT',
        type: 'punctuation',
        start: cursor - 1,
        end: cursor,
        caps: false,
        id: -1,
      });
      continue;
    }
    const digits = type === 'time' ? gluedDurationSplit(value) : 0;
    if (digits > 0) {
      pushGluedDuration(value, digits, start);
      continue;
    }
    const id = normal === normals[i] && !isUnknownId(ids[i]!) ? ids[i]! : -1;
    const token: Token = { text: value, normal, lemma: lemmas[i] ?? normal, pos: tags[i]!, type, start, end: cursor, caps, id };
    if (isCapitalisedCommonNoun(token, tags[i + 1], values[i + 1], pendingSentenceStart)) {
      token.lemma = readLowerCase(normal).lemma;
      token.pos = 'NOUN';
    }
    // A word the model does not know may be a known word stretched ("loooove"): it is read as that word. Otherwise it is
    // unknown, which wink's case-sensitive vocabulary can only say of lower-case words ("Starting" is unknown).
    const stretched = type === 'word' && isUnknownId(ids[i]!) ? unstretched(normal) : undefined;
    if (stretched !== undefined) {
      token.normal = stretched;
      token.lemma = readLowerCase(stretched).lemma;
    } else if (type === 'word' && value === normal && isUnknownId(ids[i]!)) token.unknown = true;
    if (type === 'number' || CUE_WORDS.has(normal)) cues.push(tokens.length);
    if (type === 'mention') (handles ??= new Set()).add(normal.slice(1));
    pushToken(token);
    if (type === 'word') expandUnit(token);
  }
  if (handles) markHandles(tokens, handles);

  if (starts && ends) {
    for (const token of tokens) {
      token.start = starts[token.start]!;
      token.end = ends[token.end - 1]!;
    }
  }
  return {
    tokens,
    sentences: groupSentences(tokens, sentenceStarts),
    cues,
    paragraphs,
    words: wordCounts,
    shouting: words >= 3 && capsWords / words > 0.8,
  };
}

/**
 * Marks the words and hashtags that repeat an @-handle of the text: "@united I called United twice" and "#united" name
 * the airline, and "@Slack slack keeps logging me out" the product, whatever a lexicon says of the word. Case does not
 * matter: tweets and chats write names in lower case as often as not.
 */
function markHandles(tokens: readonly Token[], handles: ReadonlySet<string>): void {
  for (const token of tokens) {
    const name = token.type === 'word' ? token.normal : token.type === 'hashtag' ? token.normal.slice(1) : undefined;
    if (name !== undefined && handles.has(name)) token.handle = true;
  }
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * "Prices are higher", "Invoices are wrong": wink reads a capitalised word opening a sentence as a name and leaves it
 * unlemmatised, so "prices" would not match "price" in a lexicon phrase. When the word on its own is a common noun
 * and it does not start a run of names ("Opal Divine's"), it is read as that noun.
 */
function isCapitalisedCommonNoun(
  token: Token,
  nextTag: string | undefined,
  nextValue: string | undefined,
  opensSentence: boolean,
): boolean {
  if (!opensSentence || token.pos !== 'PROPN' || token.lemma !== token.normal || !CAPITALISED.test(token.text)) return false;
  if (nextTag === 'PROPN' && nextValue !== undefined && UPPER_START.test(nextValue)) return false;
  return readLowerCase(token.normal).pos === 'NOUN';
}

/** Letters in upper case only ("API", "OK2"); a lower-case start, as most words have, settles it without a copy. */
function isUpperCase(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/** "in." is inches only after a number ("5 in."); anywhere else it is the word "in" ending a sentence. */
function isSentenceFinalIn(value: string, previous: Token | undefined): boolean {
  return (value === 'in.' || value === 'In.' || value === 'IN.') && previous?.type !== 'number';
}

// wink also keeps the period of other sentence-final words it knows as abbreviations ("just told me no.", "hit or
// miss.", "a customer rep. What…"), which hides the word and the sentence's end. Real abbreviations keep theirs.
const LOWER_WITH_PERIOD = /^[a-z]{2,}\.$/;
const ABBREVIATIONS = new Set(
  `etc vs mr mrs ms dr st jr sr approx eg ie capt apt ind ft pp va dept inc ltd co corp jan feb mar apr jun jul aug sep
  sept oct nov dec mon tue tues wed thu thur thurs fri sat sun min max esp fig`.split(/\s+/),
);

/** A lower-case word whose period ends the text, a line, or comes before a capital: its reading without the period. */
function endsSentenceAsAbbreviation(
  value: string,
  next: string | undefined,
  nextType: string | undefined,
): { lemma: string; pos: string } | undefined {
  if (!value.endsWith('.') || !LOWER_WITH_PERIOD.test(value)) return undefined;
  if (next !== undefined && nextType !== 'tabCRLF' && !UPPER_START.test(next)) return undefined;
  const word = value.slice(0, -1);
  return ABBREVIATIONS.has(word) || !isKnownWord(word) ? undefined : readLowerCase(word);
}

/**
 * An "emoticon" wedged between word characters is punctuation: the ":/" of "https://", the ":p" of "a:page"; so is a
 * slash written onto the word after it, as in a path or a connection string ("@:/d5vj802").
 */
function gluedInsideWord(text: string, start: number, end: number): boolean {
  if (end < text.length && WORD_CHAR.test(text[end]!) && SLASHES.has(text[end - 1]!)) return true;
  return start > 0 && end < text.length && WORD_CHAR.test(text[start - 1]!) && !/\s/.test(text[end]!) && /^[:;=8xX]/.test(text[start]!);
}

const SLASHES = new Set(['/', '\\']);

/**
 * Token types as the tokenizer gave them in this text: a word wink learned earlier keeps the type of the place it
 * was first met, so a learned word's type is taken from its addition while reading this text. Additions come in
 * token order, so they pair with the tokens carrying their ids, first to first.
 */
function typesHere(types: string[], ids: readonly number[]): string[] {
  const added = addedWords();
  if (added.length === 0) return types;
  let next = 0;
  return types.map((type, i) => {
    const addition = added[next];
    if (addition === undefined || addition.id !== ids[i]) return type;
    next++;
    return isUnknownId(ids[i]!) ? addition.type : type;
  });
}

// Escaped HTML in exported tickets and tweets ("&amp;", "&gt;") tokenises as "&" + a word; the word is not text.
const HTML_ENTITIES = new Set(['amp', 'gt', 'lt', 'quot', 'apos', 'nbsp']);

function isHtmlEntity(text: string, start: number, normal: string): boolean {
  return start > 0 && text[start - 1] === '&' && HTML_ENTITIES.has(normal);
}

// Marks after which a capitalised word starts a new sentence even where wink-nlp reads none.
const CLOSING_MARKS = new Set(['...', '…', '.']);

/** Boundaries wink-nlp misses in support text: line breaks, and emoticons or ellipses before a capital. */
function startsSentence(tokens: Token[], breaksBefore: number[], previousLineLength: number): boolean {
  const index = tokens.length - 1;
  if (index === 0) return true;
  const token = tokens[index]!;
  const previous = tokens[index - 1]!;
  const breaks = breaksBefore[index]!;
  if (breaks >= 2) return true;
  if (breaks === 1) {
    const wrapped = previousLineLength >= MIN_WRAPPED_LINE && LOWER_START.test(token.text) && !TERMINAL.has(previous.text);
    return !wrapped;
  }
  const closesClause = previous.type === 'emoticon' || previous.type === 'emoji' || CLOSING_MARKS.has(previous.text);
  return closesClause && token.type === 'word' && UPPER_START.test(token.text);
}

const DIGIT = /\d/;
/**
 * The number after a dot in a version or a decimal, glued on both sides to a token with a digit: the "2" of "v4.2", the
 * "6" of "f5.6". Never a sentence's start; after a word ("happened now.3 times!") it is one.
 */
function isDigitAfterGluedDot(tokens: readonly Token[], at: number): boolean {
  const [before, dot, token] = [tokens[at - 2]!, tokens[at - 1]!, tokens[at]!];
  return token.type === 'number' && dot.text === '.' && dot.start === before.end && token.start === dot.end && DIGIT.test(before.text);
}

const CUE_WORDS = new Set(['not', 'never', 'if', 'unless', 'whether']);
/** Sentences from start flags, dropping any with nothing to read (rules, stray punctuation), and never inside a dotted name. */
function groupSentences(tokens: Token[], starts: boolean[]): SentenceSpan[] {
  const sentences: SentenceSpan[] = [];
  let first = 0;
  let readable = false;
  for (let i = 0; i <= tokens.length; i++) {
    // "os.path.join", "v4.2": wink ends a sentence at each dot of a dotted name, and after "v4" of a version.
    const insideName = i >= 2 && i < tokens.length && (isDottedName(tokens, i - 2, tokens.length) || isDigitAfterGluedDot(tokens, i));
    if (i === tokens.length || (starts[i] && i > first && !insideName)) {
      if (readable) sentences.push({ first, end: i });
      first = i;
      readable = false;
    }
    if (i < tokens.length && tokens[i]!.type !== 'punctuation' && tokens[i]!.type !== 'symbol') readable = true;
  }
  return sentences;
}

// A letter written three times or more: "loooove", "sooo slow", "pleeease", "hateeee".
const STRETCHED = /(\p{L})\1\1/u;
const RUNS_TO_TWO = /(\p{L})\1{2,}/gu;
const RUNS_TO_ONE = /(\p{L})\1+/gu;

/**
 * The word a stretched word stands for, when the model knows it: runs of a letter cut to two ("goood" is "good",
 * "helllo" "hello"), else the stretched runs to one and a written double kept ("hoooorrible" is "horrible"), else every
 * run to one ("loooove" is "love", "sooooo" "so"). Undefined for any other word.
 */
export function unstretched(word: string): string | undefined {
  if (!STRETCHED.test(word)) return undefined;
  const two = word.replace(RUNS_TO_TWO, '$1$1');
  if (isStretchable(two)) return two;
  const doublesKept = word.replace(RUNS_TO_TWO, '$1');
  if (doublesKept !== two.replace(RUNS_TO_ONE, '$1') && isStretchable(doublesKept) && !INTERJECTED.has(doublesKept)) return doublesKept;
  const one = two.replace(RUNS_TO_ONE, '$1');
  return isStretchable(one) && !INTERJECTED.has(one) ? one : undefined;
}

// Interjections are the words most often stretched ("aaaargh", "sheeeesh", "yikesss"), and the model's vocabulary lacks
// most of them.
const INTERJECTIONS = new Set('argh meh hmm yikes whoa phew yuck eww duh bah sheesh geez jeez yippee hurray woohoo'.split(' '));

const isStretchable = (word: string) => isKnownWord(word) || INTERJECTIONS.has(word);

// "Noooo" is a cry, not the negator "no", which would turn the words after it around.
const INTERJECTED = new Set(['no']);
