import { isKnownWord, isVocabularyWord } from '../doc/nlp.js';
import { hashtagEntry } from './hashtag.js';
import { isCode } from '../doc/code.js';
import { isBracketNotFace } from '../doc/faces.js';
import type { Token } from '../doc/token.js';
import { modifiesMeasureOrRule, NOUN_TAGS } from '../doc/compound.js';
import { findTimesTaken } from './timeTaken.js';
import { findMovements } from './movement.js';
import { findRatings } from './rating.js';
import { findSituations, withSituations } from './situation.js';
import type { CompiledLexicon, LexiconEntry, PhraseEntry } from './compile.js';
import { findPhraseAt } from './phraseTrie.js';
import { type Hit, inPlaceOf } from './hit.js';
import type { PatternMatch } from '../patterns/matcher.js';
import { derivedEntry } from './derive.js';
import { correctedEntry } from './spelling.js';
import { CLOSING_QUOTES, OPENING_QUOTES } from '../doc/quotes.js';

// Token types that never carry sentiment: ticket numbers like "187" or "143" are valenced slang in
// VADER's lexicon, URLs, mentions and e-mail addresses are names, and markup (the ":/" of a URL,
// the "gt" of "&gt;") is not text at all.
const UNSCORED_TYPES = new Set(['markup', 'number', 'url', 'email', 'mention', 'ordinal', 'currency', 'time', 'date']);
const FIGURE_TYPES = new Set(['number', 'ordinal']);

/** The phrase slot a figure fills: `#` for a number, `#th` for "4th". */
const figureSlotOf = (token: Token) => (token.type === 'ordinal' ? `#${token.normal.slice(-2)}` : '#');

// Words whose valence belongs to one part of speech only: "like" the verb, not the preposition; "special" the adjective, not the dish.
// A Map, not an object literal: a lexicon term such as "constructor" must not find Object.prototype's members.
const POS_GATED: ReadonlyMap<string, string> = new Map([
  ['like', 'VERB'],
  ['likes', 'VERB'],
  ['kind', 'ADJ'],
  ['well', 'ADJ'],
  ['pretty', 'ADJ'],
  ['special', 'ADJ'],
  // "A moving tribute" is touching; "we're moving in a different direction", "moving the meeting" are not.
  ['moving', 'ADJ'],
  // "Excel" the spreadsheet is no praise: "export to Excel", "the Excel export is missing columns".
  ['excel', 'VERB'],
]);

// Nouns of trouble that are also verbs of doing: "same issue here" is a problem, "we cannot issue a refund" an act.
// wink tags some of the nouns as verbs ("my only issue is", "I had an issue my"), so a verb tag counts only in a
// verb's place (after an auxiliary, "not", "to", a subject or "please") or in a verb's own form ("issued").
const ACTS = new Set(['issue']);
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);

function isAct(tokens: readonly Token[], index: number, first: number, entry: LexiconEntry): boolean {
  const token = tokens[index]!;
  if (!ACTS.has(entry.term) || token.pos !== 'VERB') return false;
  if (token.normal !== entry.term && token.normal !== `${entry.term}s`) return true;
  const before = index > first ? tokens[index - 1]! : undefined;
  if (before === undefined) return false;
  return before.pos === 'AUX' || before.pos === 'PART' || SUBJECTS.has(before.normal) || before.normal === 'please';
}

// Clearing a cache, a queue or a form is an act, not clarity: "clear my cache", "clear the queue", "clear out old
// builds". Told by its object, since wink-nlp tags the verb as an adjective as often as not ("please clear the queue"),
// and a sentence's first word as a verb ("Clear instructions, thanks").
const CLEARING = new Set(['clear', 'clears', 'cleared', 'clearing']);
const CLEARED_OBJECT_START = new Set([
  'the',
  'my',
  'your',
  'our',
  'their',
  'his',
  'her',
  'its',
  'all',
  'out',
  'up',
  'away',
  'this',
  'these',
  'those',
]);

function isClearing(tokens: readonly Token[], index: number, end: number): boolean {
  const word = tokens[index]!.normal;
  if (!CLEARING.has(word) || index + 1 >= end) return false;
  const next = tokens[index + 1]!;
  // A verb's own form before a bare noun clears it ("cleared caches", "clearing cookies"; wink-nlp tags some of them as
  // verbs); "clear instructions" is clarity, and "cleared, thanks" a matter settled.
  return CLEARED_OBJECT_START.has(next.normal) || (word !== 'clear' && BARE_OBJECT_POS.has(next.pos) && !THANKS.has(next.normal));
}
const BARE_OBJECT_POS = new Set(['NOUN', 'VERB']);
const THANKS = new Set(['thanks', 'thank']);

// "The price alone is worth it", "the fees alone cost more": after what it singles out and before its verb, "alone" means
// "by itself"; after a verb or a pronoun ("travelling alone", "leave me alone") it is solitude.
const SINGLED_OUT = new Set(['NOUN', 'PROPN', 'NUM']);
const PREDICATE_POS = new Set(['AUX', 'VERB']);

const isFocusAlone = (tokens: readonly Token[], index: number, first: number, end: number): boolean =>
  tokens[index]!.normal === 'alone' &&
  index > first &&
  index + 1 < end &&
  SINGLED_OUT.has(tokens[index - 1]!.pos) &&
  PREDICATE_POS.has(tokens[index + 1]!.pos);

// "Clusters are not like indices", "it's nothing like the old version", "it was more like a bug": after "be", "like" is
// the preposition of likeness, whatever the tagger says, and likeness is no liking.
const LIKENESS = new Set(['like']);
const BEFORE_LIKENESS = new Set(['not', 'just', 'more', 'exactly', 'much', 'nothing', 'something', 'really', 'very', 'a', 'lot', 'bit']);
const LIKENESS_REACH = 3;

function isLikeness(tokens: readonly Token[], index: number, first: number, entry: LexiconEntry): boolean {
  if (!LIKENESS.has(entry.term)) return false;
  for (let k = index - 1; k >= Math.max(first, index - LIKENESS_REACH); k--) {
    if (tokens[k]!.lemma === 'be') return true;
    if (!BEFORE_LIKENESS.has(tokens[k]!.normal)) return false;
  }
  return false;
}

// "too long", "too many steps": excess is a complaint even when the word after "too" is neutral or
// positive ("drains too quickly", "too sensitive", "far too sweet", "too bright"). A lexicon's "too" entry
// carries the valence, for the pair only. Before a complaint ("too slow"), before plain praise ("too good to
// be true", "you're too kind"), after a word ("me too") or elsewhere, "too" scores nothing.
const EXCESS = 'too';
// Parts of speech that name a quality: what "too" and degree adverbs modify.
const QUALITY_POS = new Set(['ADJ', 'ADV']);
// Words that "too" leaves as praise: an excess of goodness is a figure of speech, an excess of a quality is not.
const PRAISE_AFTER_TOO = new Set([
  'good',
  'great',
  'kind',
  'happy',
  'glad',
  'nice',
  'cute',
  'perfect',
  'beautiful',
  'awesome',
  'amazing',
  'lovely',
  'wonderful',
  'excellent',
  'true',
  'funny',
  'delicious',
  'tasty',
  'fun',
  'excited',
]);

function lookupWord(token: Token, lexicon: CompiledLexicon): LexiconEntry | undefined {
  // "#frustrated" means what "frustrated" means.
  const normal = token.type === 'hashtag' ? token.normal.slice(1) : token.normal;
  // An intensifier scales the next word and scores nothing itself, as in VADER: "incredibly rude" is rude, so
  // "incredibly" must not borrow praise from "incredible" through the "-ly" derivation.
  const derivable = token.type === 'word' && !lexicon.intensifiers.has(normal);
  let entry = lexicon.words.get(normal) ?? lexicon.words.get(token.lemma) ?? (derivable ? derivedEntry(normal, lexicon) : undefined);
  // "#badservice" means what "bad service" means.
  if (!entry && token.type === 'hashtag') entry = hashtagEntry(token.text.slice(1), lexicon, isVocabularyWord);
  // "Delicous", "terible": a word the language model does not know may be a typo of a sentiment word.
  if (!entry && derivable && token.unknown) entry = correctedEntry(normal, lexicon, isKnownWord);
  if (!entry || entry.term === EXCESS) return undefined;
  const requiredPos = POS_GATED.get(entry.term);
  return requiredPos === undefined || requiredPos === token.pos ? entry : undefined;
}

const UPPER_START = /^\p{Lu}\p{Ll}/u;
const POSSESSIVES = new Set(["'s", '\u2019s']);

const isCapitalisedName = (token: Token | undefined) => token !== undefined && token.pos === 'PROPN' && UPPER_START.test(token.text);

/**
 * A run of capitalised proper nouns inside a sentence is a name ("United Airlines", "Blind Spots"), not an
 * opinion, and so is a word that repeats one of the text's @-handles. A lone capitalised word is not trusted to be
 * one: tweets and chats capitalise at random.
 */
function isName(tokens: readonly Token[], index: number, first: number): boolean {
  // The text's own handle repeated: "@united … United".
  if (tokens[index]!.handle) return true;
  if (index === first || tokens[index - 1]!.type === 'punctuation') return false;
  // Capitalised with a possessive, inside a sentence, a word is a name: "Sunny's season", "Harmony's new API".
  const next = tokens[index + 1];
  if (next !== undefined && POSSESSIVES.has(next.normal) && next.start === tokens[index]!.end && UPPER_START.test(tokens[index]!.text))
    return true;
  if (!isCapitalisedName(tokens[index])) return false;
  return isCapitalisedName(tokens[index - 1]) || isCapitalisedName(tokens[index + 1]);
}

/** A word the lexicon lists as sarcastic praise when it stands in scare quotes: the 'fix', our "support". */
function scareQuoted(
  tokens: readonly Token[],
  index: number,
  first: number,
  end: number,
  lexicon: CompiledLexicon,
): LexiconEntry | undefined {
  if (index === first || index + 1 >= end || lexicon.scareQuoted.size === 0) return undefined;
  if (!OPENING_QUOTES.has(tokens[index - 1]!.text) || !CLOSING_QUOTES.has(tokens[index + 1]!.text)) return undefined;
  return lexicon.scareQuoted.get(tokens[index]!.normal);
}

function excess(tokens: readonly Token[], index: number, end: number, lexicon: CompiledLexicon): LexiconEntry | undefined {
  if (tokens[index]!.normal !== EXCESS || index + 1 >= end) return undefined;
  const next = tokens[index + 1]!;
  if (!QUALITY_POS.has(next.pos)) return undefined;
  const own = lookupWord(next, lexicon)?.valence ?? 0;
  if (own < 0 || PRAISE_AFTER_TOO.has(next.lemma) || PRAISE_AFTER_TOO.has(next.normal)) return undefined;
  return lexicon.words.get(EXCESS);
}

const isParticiple = (token: Token) => token.pos === 'VERB' && token.normal.endsWith('ed');

// "Well over an hour", "well above the limit": "well" before these measures, it does not praise.
const DEGREE_PREPOSITIONS = new Set([
  'over',
  'under',
  'above',
  'below',
  'within',
  'beyond',
  'past',
  'into',
  'before',
  'after',
  'ahead',
  'behind',
  'in',
]);

/**
 * "Works well", "performs really well", "well designed", "went well with the food": the adverb praises how
 * something is done. Not "as well" (also), "well over an hour" (degree) or a sentence-opening "Well, …"
 * (hesitation), which is why the lexicon's "well" is gated to adjectives and this looks at the neighbours.
 */
function adverbialWell(
  tokens: readonly Token[],
  index: number,
  first: number,
  end: number,
  lexicon: CompiledLexicon,
): LexiconEntry | undefined {
  const token = tokens[index]!;
  if (token.normal !== 'well' || token.pos !== 'ADV' || index === first) return undefined;
  const next = index + 1 < end ? tokens[index + 1]! : undefined;
  if (tokens[index - 1]!.normal === 'as' || next?.normal === 'as' || (next !== undefined && DEGREE_PREPOSITIONS.has(next.normal)))
    return undefined;
  const entry = lexicon.words.get('well');
  if (next !== undefined && isParticiple(next)) return entry;
  // The verb it modifies, across degree adverbs and a short object that names a thing: "works really well", "tailored
  // the training well", "protects the unit well". Not across a bare pronoun: "serves me well in business" and "handles
  // this very well" praise, but what they praise is the subject, not the pronoun's thing (the aspect reading).
  const floor = Math.max(first, index - WELL_REACH);
  let k = index - 1;
  while (k >= floor && tokens[k]!.pos === 'ADV') k--;
  const hasObject = k >= floor && NOUN_TAGS.has(tokens[k]!.pos);
  if (hasObject) while (k >= floor && IN_AN_OBJECT.has(tokens[k]!.pos)) k--;
  return k >= floor && tokens[k]!.pos === 'VERB' && (hasObject || k >= index - ADVERBS_REACH) ? entry : undefined;
}
const WELL_REACH = 4;
const ADVERBS_REACH = 3;
const IN_AN_OBJECT = new Set(['PRON', 'DET', 'NOUN', 'PROPN', 'ADJ']);

/**
 * "Outrageously good", "ridiculously fast": an "-ly" adverb before a word of the opposite
 * valence says how much, not how it feels, so it scores nothing. Before a word of no valence of its own it keeps
 * its meaning: "ridiculously small" is a complaint. An intensifier the lexicon also scores says how much before any
 * rated quality: "damn fine", "so fucking excited", "damn slow" (the intensifier rule then boosts the quality).
 */
function isDegreeAdverb(tokens: readonly Token[], index: number, end: number, entry: LexiconEntry, lexicon: CompiledLexicon): boolean {
  const token = tokens[index]!;
  const intensifies = lexicon.intensifiers.has(token.normal);
  if ((!intensifies && (token.pos !== 'ADV' || !token.normal.endsWith('ly'))) || index + 1 >= end) return false;
  // Degree is said of qualities; before a verb the adverb says how it is done ("kindly escalate"). An intensifier of the
  // other sign before a participle says how much, too ("seriously impressed", "super bummed"); of the same sign it adds
  // its own feeling ("fucking failed").
  const quality = QUALITY_POS.has(tokens[index + 1]!.pos);
  if (!quality && !(intensifies && isParticiple(tokens[index + 1]!))) return false;
  const next = lookupWord(tokens[index + 1]!, lexicon);
  return next !== undefined && ((intensifies && quality) || next.valence * entry.valence < 0);
}

const MARK_TYPES = new Set(['punctuation', 'symbol']);

/**
 * A face the lexicon spells in marks that wink-nlp reads one by one ("]:", "*)", "%)"): brackets of the text when they
 * close one it opened ("[NAME]: …", "(sbyte*)", "(about 15%)").
 */
function isPunctuationFace(tokens: readonly Token[], index: number, end: number, first: number): boolean {
  let face = '';
  for (let k = index; k < end; k++) {
    if (!MARK_TYPES.has(tokens[k]!.type)) return false;
    face += tokens[k]!.text;
  }
  return isBracketNotFace(tokens, index, face, tokens[index]!.start, tokens[first]!.start);
}

// Every form that can start a match of a lexicon, with the phrases it starts (none for most), built on first use: its
// words, its phrases' first tokens, its scare-quoted words and the two words read by their neighbours ("too", "well"). A
// token's normal form is looked up once for both questions.
const NO_PHRASES: readonly PhraseEntry[] = Object.freeze([]);
const lexiconStarts = new WeakMap<CompiledLexicon, Map<string, readonly PhraseEntry[]>>();

function startsOf(lexicon: CompiledLexicon): Map<string, readonly PhraseEntry[]> {
  let starts = lexiconStarts.get(lexicon);
  if (!starts) {
    starts = new Map();
    for (const form of [...lexicon.words.keys(), ...lexicon.phrases.keys(), ...lexicon.scareQuoted.keys(), EXCESS, 'well'])
      starts.set(form, lexicon.phrases.get(form) ?? NO_PHRASES);
    lexiconStarts.set(lexicon, starts);
  }
  return starts;
}

/**
 * A word that no entry, phrase, derivation or spelling correction can start from (`own`: the phrases its normal form
 * starts, undefined when it starts nothing). Figures, hashtags, unknown words and "-ly"/"un-" words take the full path:
 * phrases start with figures, and the others are read through derivations.
 */
function cannotStartEntry(token: Token, own: readonly PhraseEntry[] | undefined, starts: ReadonlyMap<string, unknown>): boolean {
  if (token.type !== 'word' && token.type !== 'punctuation') return false;
  const { normal, lemma } = token;
  if (token.unknown || own !== undefined || (lemma !== normal && starts.has(lemma))) return false;
  if (normal.endsWith('ly') || normal.startsWith('un')) return false;
  if (token.text === normal) return true;
  const lower = token.text.toLowerCase();
  return lower === normal || lower === lemma || !starts.has(lower);
}

/**
 * Lexicon matches in tokens `[first, end)`, longest phrase first. Entries with valence 0 claim their
 * tokens (so "kill the process" hides "kill") but produce no hit. Ratings ("2/5", "five stars"), movements of metrics
 * ("costs doubled") and negative situations ("being on hold") take the place of the words they span. `situations`: the
 * sentence's situation matches when the analyzer's pattern scan has found them (see `findSituations`).
 */
export function matchLexicon(
  tokens: readonly Token[],
  first: number,
  end: number,
  lexicon: CompiledLexicon,
  situations?: PatternMatch[],
): Hit[] {
  const hits: Hit[] = [];
  let i = first;
  const starts = startsOf(lexicon);
  while (i < end) {
    const token = tokens[i]!;
    const own = token.type === 'hashtag' ? undefined : starts.get(token.normal);
    // Most words start no entry: they are passed over before the tests of names and code.
    if (cannotStartEntry(token, own, starts)) {
      i++;
      continue;
    }
    if (UNSCORED_TYPES.has(token.type) || isName(tokens, i, first) || isCode(tokens, i, first, end)) {
      // A figure scores nothing, but a phrase may start with one: "the 4th time" ("#th time").
      const figure =
        FIGURE_TYPES.has(token.type) && !isCode(tokens, i, first, end)
          ? findPhraseAt(tokens, i, end, lexicon.phrases.get(figureSlotOf(token)))
          : undefined;
      if (figure && figure.phrase.valence !== 0)
        hits.push({ first: i, end: figure.end, entry: figure.phrase, weight: figure.phrase.valence, rules: [] });
      i = figure ? figure.end : i + 1;
      continue;
    }
    let found = findPhraseAt(tokens, i, end, token.type === 'hashtag' ? lexicon.phrases.get(token.normal) : own);
    if (!found && token.lemma !== token.normal) found = findPhraseAt(tokens, i, end, lexicon.phrases.get(token.lemma));
    if (!found && token.text !== token.normal) {
      const lower = token.text.toLowerCase();
      if (lower !== token.normal && lower !== token.lemma) found = findPhraseAt(tokens, i, end, lexicon.phrases.get(lower));
    }
    const phrase = found?.phrase;
    const tooMuch = phrase ? undefined : excess(tokens, i, end, lexicon);
    let entry: LexiconEntry | undefined =
      phrase ??
      tooMuch ??
      scareQuoted(tokens, i, first, end, lexicon) ??
      lookupWord(token, lexicon) ??
      adverbialWell(tokens, i, first, end, lexicon);
    if (entry && !phrase && !tooMuch && isDegreeAdverb(tokens, i, end, entry, lexicon)) entry = undefined;
    if (entry && !phrase && (isAct(tokens, i, first, entry) || isLikeness(tokens, i, first, entry) || isClearing(tokens, i, end)))
      entry = undefined;
    if (entry && !phrase && isFocusAlone(tokens, i, first, end)) entry = undefined;
    const length = found ? found.end - i : tooMuch ? 2 : 1;
    if (entry && phrase && isPunctuationFace(tokens, i, i + length, first)) entry = undefined;
    // "The escalation policy", "our error rate": a word naming what a measure or a rule is about judges nothing.
    if (entry && entry.valence !== 0 && !modifiesMeasureOrRule(tokens, i + length, end)) {
      hits.push({ first: i, end: i + length, entry, weight: entry.valence, rules: [] });
    }
    i += length;
  }
  const rated = lexicon.readsRatings ? inPlaceOf(hits, findRatings(tokens, first, end)) : hits;
  const moved = inPlaceOf(inPlaceOf(rated, findMovements(tokens, first, end, lexicon.movements, hits)), findTimesTaken(tokens, first, end));
  return withSituations(moved, findSituations(tokens, first, end, lexicon.situations, situations));
}
