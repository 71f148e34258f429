import winkNLP from 'wink-nlp';
import builtInTermTokens from './term-tokens.json';
import typeRules from './token-type-rules.json';
import { normalizeEmoji } from './token.js';
import { winkModel } from './winkModel.js';

// The only place wink-nlp is loaded. Sentence boundaries and POS (for lemmas) are all we use;
// wink's own negation and sentiment pipes are left out because cxtone's rules replace them.
//
// wink learns every word it has not seen before into its vocabulary, and its tokenizer then treats a learned
// word as a known one: after "U.K coasts", "U.K." splits into "U.K" + "." and ends a sentence. Results would
// depend on what was read before, and memory would grow with every new word. So the tokenizer is shown only
// the model's own vocabulary (learned words stay usable for their features), a new word's features are worked out
// from the word alone, and the instance is replaced once it has learned MAX_LEARNED_WORDS words: memory stays
// bounded, and a new instance reads text the same way.
type WinkInstance = ReturnType<typeof winkNLP>;

/** The parts of wink's internal word cache this module touches. */
interface WinkCache {
  lookup(text: string): number[] | null;
  add(text: string, category: number): number;
  currentSize(): number;
  intrinsicSize(): number;
}

const MAX_LEARNED_WORDS = 50_000;
let instance: WinkInstance | undefined;
let cache: WinkCache | undefined;
let firstUnknownId = Infinity;

/** The shared wink-nlp instance, created on first use so that importing cxtone stays cheap. */
export function nlp(): WinkInstance {
  if (instance && cache!.currentSize() - cache!.intrinsicSize() > MAX_LEARNED_WORDS) instance = undefined;
  if (!instance) {
    const created = createInstance();
    instance = created.instance;
    cache = created.cache;
  }
  return instance;
}

function createInstance(): { instance: WinkInstance; cache: WinkCache } {
  let captured: WinkCache | undefined;
  let ownLookup: WinkCache['lookup'] | undefined;
  let unfiltered: object | undefined;
  // wink hands its cache to the model's feature functions; that is the one way in. The features themselves
  // must see learned words (a word's features are computed from its lower-case form, added just before).
  const featureFn = (config: unknown) => {
    const features = winkModel.featureFn(config);
    const wrapped: Record<string, (...args: unknown[]) => unknown> = {};
    for (const name of Object.keys(features)) {
      wrapped[name] = (text, category, winkCache) => {
        if (!captured) {
          captured = winkCache as WinkCache;
          ownLookup = captured.lookup;
          unfiltered = { ...captured };
        }
        return features[name]!(text, category, unfiltered);
      };
    }
    return wrapped;
  };
  const created = winkNLP(
    { ...winkModel, featureFn, addons: { lemmatize: rememberedLemmatize } } as unknown as Parameters<typeof winkNLP>[0],
    ['sbd', 'pos'],
  );
  // wink numbers the model's own words first and words it meets later after them, so the id of the first
  // word it cannot know marks where its vocabulary ends. Reading it also hands over the cache.
  firstUnknownId = created.readDoc('qxzvbjw').tokens().out(created.its.uniqueId)[0] as unknown as number;
  if (!captured || !ownLookup)
    throw new Error('cxtone: wink-nlp did not expose its word cache; this version of wink-nlp is not supported.');
  const lookup = ownLookup;
  captured.lookup = (text) => {
    const found = lookup(text);
    return found !== null && found.length === 1 && found[0]! >= firstUnknownId ? null : found;
  };
  // wink works out a new word's features once, from the type its tokenizer gave the word where it was first met, and
  // the part-of-speech prior is one of them: "45" out of "R11.45" is a word there and a number alone, "GBP" out of
  // "100GBP" a currency there and a word alone. So that a reading never depends on what was read before, a new word is
  // stored with the type it has standing alone (where wink's first rules name one; a shape only its recursive rules
  // split keeps the type they give), read from its lower-case form, which wink adds with it and the same type. The type
  // the tokenizer gives it here is noted for readDoc, which takes a learned word's type from there.
  const add = captured.add;
  captured.add = (text, category) => {
    const lower = text.toLowerCase();
    const isNew = lookup(text) === null || (lower !== text && lookup(lower) === null);
    const id = add(text, isNew ? typeAlone(lower, category) : category);
    added.push({ id, type: CATEGORY_NAMES[category] ?? 'word' });
    return id;
  };
  return { instance: created, cache: captured };
}

// wink-eng-lite-web-model's first tokenizer rules (its `trex.ltc`), copied because the model builds them only inside
// wink's instance: the type of a text standing alone, by its shape. test/purity.test.ts checks the copy.
const TYPE_RULES = (typeRules as [string, string, number][]).map(
  ([source, flags, category]) => [new RegExp(source, flags), category] as const,
);

/** The type (category number) wink's first rules give `text` standing alone, else `otherwise`. */
function typeAlone(text: string, otherwise: number): number {
  for (const [rule, category] of TYPE_RULES) if (rule.test(text)) return category;
  return otherwise;
}

type Lemmatize = (value: string, pos: string, cache: unknown) => string;
const { lemmatize } = winkModel.addons;
const lemmas = new Map<string, Map<string, string>>();

/**
 * wink's lemmatizer, remembered by part of speech and word: it strips suffixes and asks the model's own vocabulary
 * (never a learned word) which stem is a base form, so its answer is a pure function of the two.
 */
const rememberedLemmatize: Lemmatize = (value, pos, cache) => {
  let byWord = lemmas.get(pos);
  if (!byWord) lemmas.set(pos, (byWord = new Map()));
  return remembered(byWord, value, () => lemmatize(value, pos, cache));
};

/** A word the tokenizer added while reading: its id, and the type it gave it there. */
export interface AddedWord {
  id: number;
  type: string;
}
let added: AddedWord[] = [];
/** wink-eng-lite-web-model's token categories by number (its dist/token-categories.js; test/purity.test.ts checks them). */
export const CATEGORY_NAMES: readonly string[] = [
  'unk',
  'word',
  'number',
  'url',
  'email',
  'mention',
  'hashtag',
  'emoji',
  'emoticon',
  'time',
  'ordinal',
  'currency',
  'punctuation',
  'symbol',
  'tabCRLF',
  'wordRP',
  'alpha',
  'apos',
  'decade',
  'shortForm',
];

/** Forgets the words added so far: call before reading a text. */
export function startReading(): void {
  added = [];
}

/** The words the tokenizer added since `startReading()`, in reading order, with the types it gave them. */
export function addedWords(): readonly AddedWord[] {
  return added;
}

/** How many words wink-nlp's English model knows: the ids of tokens it knows are below this. */
export function vocabularySize(): number {
  nlp();
  return firstUnknownId;
}

/** Whether a token id from `its.uniqueId` is outside the model's vocabulary. */
export function isUnknownId(id: number): boolean {
  return id >= firstUnknownId;
}

const knownWords = new Map<string, boolean>();
const MAX_WORD_CACHE = 20_000;

/** Whether the model's vocabulary has this lower-case word. */
export function isKnownWord(word: string): boolean {
  return remembered(knownWords, word, () => {
    const winkInstance = nlp();
    const ids = winkInstance.readDoc(word).tokens().out(winkInstance.its.uniqueId) as unknown as number[];
    return ids.length === 1 && !isUnknownId(ids[0]!);
  });
}

const LOWER_LETTERS = /^\p{Ll}+$/u;

/**
 * Whether the model's vocabulary has this word of lower-case letters, asked of wink's word table directly: such a word is
 * one token to wink, so it need not be read (reading costs tens of microseconds, and a compound hashtag asks about
 * every part of itself). Anything else is read as {@link isKnownWord} reads it.
 */
export function isVocabularyWord(word: string): boolean {
  if (!LOWER_LETTERS.test(word)) return isKnownWord(word);
  nlp();
  const ids = cache!.lookup(word);
  return ids !== null && ids.length === 1 && !isUnknownId(ids[0]!);
}

const lowerReadings = new Map<string, { lemma: string; pos: string }>();

/** Lemma and part of speech of a lower-case word read on its own, for words wink read as names because of a capital. */
export function readLowerCase(word: string): { lemma: string; pos: string } {
  return remembered(lowerReadings, word, () => {
    const winkInstance = nlp();
    const tokens = winkInstance.readDoc(word).tokens();
    const lemma = tokens.out(winkInstance.its.lemma as unknown as typeof winkInstance.its.value)[0] ?? word;
    return { lemma, pos: tokens.out(winkInstance.its.pos)[0] ?? 'X' };
  });
}

/** A word's answer from `cache`, computed once; the cache is emptied when full, so memory stays bounded on any input. */
function remembered<T>(cache: Map<string, T>, word: string, compute: () => T): T {
  let value = cache.get(word);
  if (value === undefined) {
    value = compute();
    if (cache.size >= MAX_WORD_CACHE) cache.clear();
    cache.set(word, value);
  }
  return value;
}

const tokenizerCache = new Map<string, string[]>();

// The built-in lexicons' terms that do not split at their spaces (see splitsAtSpaces), split at build time by `npm run
// build:term-tokens` with tokenizeWithWink below: compiling the default analyzer then needs no wink-nlp reading, which
// was a third of its first call. test/term-tokens.test.ts fails when a lexicon changes and the table does not.
// Looked up in place rather than copied into a map: an analyzer asks for a few thousand of its terms once, and copying
// the table cost more than the lookups. A term stored as 0 splits at its spaces.
const builtInTable = builtInTermTokens as Record<string, string[] | 0>;

// Written without their apostrophe, contractions are split by wink-nlp ("dont" is "do nt", "youre" "you re",
// "cannot" "can not"); every other word of lower-case letters is one token (82,082 words of ../shared/eval and the
// lexicons checked, and every auxiliary, pronoun and wh-word with each ending, 6 December 2026: "hasnt", "well",
// "shell" and "were" stay whole). The pattern lists the stems wink-nlp splits, so that the built-in table need not
// hold every phrase with "still", "all" or "more" in it. A figure's slot in a phrase ("took # day", "#th time") is one
// token too, and so is a mark standing alone between spaces ("no , i'm good", "come on !", "# % higher").
const WORD_OR_SLOT = '(?:[a-z]+|#(?:st|nd|rd|th)?|[,.!?%])';
const WORDS_OF_LETTERS = new RegExp(`^${WORD_OR_SLOT}(?: ${WORD_OR_SLOT})+$`);
const CONTRACTED = new RegExp(
  '(?:^| )(?:' +
    [
      '(?:ai|are|ca|could|did|does|do|had|have|is|must|should|was|were|wo|would|might|shall|sha|ought|dare|may)nt',
      '(?:could|should|would|must|might|may|i|we|they|you|he|who|what|where)ve',
      '(?:they|you|that|what|where|how)re',
      '(?:they|you|it|there|that|what|how)ll',
      'cannot',
      'iam',
    ].join('|') +
    ')(?= |$)',
);

/**
 * A phrase of lower-case words none of which wink-nlp splits: its tokens are its words. Most lexicon phrases are such,
 * so neither the built-in table nor wink-nlp is asked for them (test/term-tokens.test.ts checks every built-in one).
 */
export function splitsAtSpaces(term: string): boolean {
  return WORDS_OF_LETTERS.test(term) && !CONTRACTED.test(term);
}

function builtIn(term: string): string[] | undefined {
  if (!Object.hasOwn(builtInTable, term)) return undefined;
  const tokens = builtInTable[term]!;
  return tokens === 0 ? term.split(' ') : tokens;
}

/**
 * Lower-cased tokens of a lexicon term, split exactly as input text is, so phrases match. Values rather
 * than wink's normal forms, which depend on context ("yeah" alone stays "yeah", in "yeah right" it
 * becomes "yes"), except for contraction pieces.
 */
export function tokenizeTerm(term: string): string[] {
  if (isOneToken(term)) return [term];
  if (splitsAtSpaces(term)) return term.split(' ');
  let tokens = tokenizerCache.get(term) ?? builtIn(term);
  if (!tokens) {
    tokens = tokenizeWithWink(term);
    tokenizerCache.set(term, tokens);
  }
  return tokens;
}

// wink-nlp keeps "p1", "mp3" and "x86" whole but splits a figure from the letters after it ("2fa" is "2 fa", "4k" "4 k").
const PLAIN_WORD = /^(?:[a-z][a-z0-9]*|[0-9]+)$/;

// wink-nlp splits a contraction written without its apostrophe ("dont" is "do nt", "youre" "you re", "cannot" "can not"),
// so a lexicon's "dont" is a phrase of two tokens, not a word. The words it splits after are auxiliaries and pronouns;
// a word of this shape that wink keeps whole ("hell", "well", "hasnt") only takes the slower path to its tokens.
// One pattern, not several tested in turn: every term of every lexicon is asked, and three tests made the first
// analysis of a process 5 ms slower (median of 11 cold starts).
const CONTRACTION_SHAPED = new RegExp(
  `^(?:${[
    '(?:do|does|did|ca|wo|is|are|was|were|has|have|had|could|would|should|must|might|need|ai)nt',
    '(?:you|we|they|who|what)re',
    '(?:i|you|we|they|could|would|should|might|must)ve',
    '(?:i|you|he|she|it|we|they|that|there|who|what)ll',
    'cannot',
    'iam',
  ].join('|')})$`,
);

/**
 * A term that is one token whatever the tokenizer: lower-case letters and digits, not a figure with letters after it,
 * not a contraction written without its apostrophe.
 */
export const isPlainWord = (term: string): boolean => PLAIN_WORD.test(term) && !CONTRACTION_SHAPED.test(term);

// One pictograph (an emoji without modifiers or joiners) is one token to wink-nlp, as a plain word is, and so is a word
// after one of the prefixes it keeps joined by a hyphen ("re-enter", "non-responsive"; "add-on" and "long-lasting"
// split), a mark, a contraction's second half ("'re", "'ll") and a word with accented letters ("cliché").
const LONE_EMOJI = /^\p{Extended_Pictographic}$/u;
const PREFIXED = /^(?:re|non|over|sub)-[a-z]+$/;
const SHAPED = /^(?:[!?,.#]|'(?:d|ll|re|ve|s|m)|[a-z]*[\u00e0-\u00ff][a-z\u00e0-\u00ff]*)$/;

/** A term of one token by its shape alone, which neither the built-in table nor wink-nlp need be asked about. */
export const isOneToken = (term: string): boolean => isPlainWord(term) || LONE_EMOJI.test(term) || PREFIXED.test(term) || SHAPED.test(term);

/** {@link tokenizeTerm} without the tables: how wink-nlp splits the term. */
export function tokenizeWithWink(term: string): string[] {
  const winkInstance = nlp();
  const winkTokens = winkInstance.readDoc(term).tokens();
  const normals = winkTokens.out(winkInstance.its.normal);
  return winkTokens
    .out(winkInstance.its.value)
    .map((value, index) => (isContractionPart(value, normals[index]!) ? normals[index]! : normalizeEmoji(value.toLowerCase())))
    .filter((token) => token.trim() !== '');
}

// Pieces of a contraction ("ca" + "n't") are matched by what they stand for ("can" + "not"), so that
// "can't log in" in a lexicon also matches "cannot log in".
function isContractionPart(value: string, normal: string): boolean {
  return value.includes("'") || value.includes('’') || normal.length > value.length;
}
