import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The only place wink-nlp is loaded. Sentence boundaries and POS (for lemmas) are all we use;
// wink's own negation and sentiment pipes are left out because cxtone's rules replace them.
let instance: ReturnType<typeof winkNLP> | undefined;
let firstUnknownId = Infinity;

/** The shared wink-nlp instance, created on first use so that importing cxtone stays cheap. */
export function nlp(): ReturnType<typeof winkNLP> {
  if (!instance) {
    instance = winkNLP(model, ['sbd', 'pos']);
    // wink numbers the model's own words first and words it meets later after them, so the id of the first
    // word it cannot know marks where its vocabulary ends.
    firstUnknownId = instance.readDoc('qxzvbjw').tokens().out(instance.its.uniqueId)[0] as unknown as number;
  }
  return instance;
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

/**
 * Lower-cased tokens of a lexicon term, split exactly as input text is, so phrases match. Values rather
 * than wink's normal forms, which depend on context ("yeah" alone stays "yeah", in "yeah right" it
 * becomes "yes"), except for contraction pieces.
 */
export function tokenizeTerm(term: string): string[] {
  if (/^[a-z0-9]+$/.test(term)) return [term];
  let tokens = tokenizerCache.get(term);
  if (!tokens) {
    const winkInstance = nlp();
    const winkTokens = winkInstance.readDoc(term).tokens();
    const normals = winkTokens.out(winkInstance.its.normal);
    tokens = winkTokens
      .out(winkInstance.its.value)
      .map((value, index) => (isContractionPart(value, normals[index]!) ? normals[index]! : normalizeEmoji(value.toLowerCase())))
      .filter((token) => token.trim() !== '');
    tokenizerCache.set(term, tokens);
  }
  return tokens;
}

// Pieces of a contraction ("ca" + "n't") are matched by what they stand for ("can" + "not"), so that
// "can't log in" in a lexicon also matches "cannot log in".
function isContractionPart(value: string, normal: string): boolean {
  return value.includes("'") || value.includes('’') || normal.length > value.length;
}

// Emoji presentation selectors and skin tones don't change sentiment; strip them before lookup.
const EMOJI_MODIFIERS = /[\uFE0E\uFE0F]|\uD83C[\uDFFB-\uDFFF]|\u200D[\u2640\u2642]/g;

export function normalizeEmoji(token: string): string {
  return token.replace(EMOJI_MODIFIERS, '');
}
